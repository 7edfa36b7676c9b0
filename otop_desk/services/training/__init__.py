"""Trainings, knowledge forums and study visits: records, participants and evaluation."""

from otop_desk.services.common.ids import AmbiguousIdError
from otop_desk.services.training.data import (
    GroupTrainingRow,
    ParticipantData,
    TrainingData,
    TrainingRow,
)
from otop_desk.services.training.evaluation import GroupAttendance, TrainingSummary, summarize
from otop_desk.services.training.rules import parse_rating, parse_score, validate_training
from otop_desk.services.training.service import TrainingService

__all__ = [
    "AmbiguousIdError",
    "GroupAttendance",
    "GroupTrainingRow",
    "ParticipantData",
    "TrainingData",
    "TrainingRow",
    "TrainingService",
    "TrainingSummary",
    "parse_rating",
    "parse_score",
    "summarize",
    "validate_training",
]
