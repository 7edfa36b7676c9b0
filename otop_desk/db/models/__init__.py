"""All models, imported together so the metadata is complete."""

from otop_desk.db.models.books import CashEntry, CostingLine, CostingSheet
from otop_desk.db.models.booths import (
    BoothSelection,
    FairNote,
    FairResult,
    SelectionCandidate,
    SelectionCriterion,
)
from otop_desk.db.models.exports import AuditEntry, ExportBatch
from otop_desk.db.models.fairs import FairEntry, FairSale, TradeFair
from otop_desk.db.models.groups import Member, ProducerGroup, Product
from otop_desk.db.models.network import (
    AgendaItem,
    Committee,
    CommitteeMember,
    CommitteeTerm,
    Meeting,
    MeetingAction,
    MeetingAttendee,
)
from otop_desk.db.models.officer import OfficerProfile
from otop_desk.db.models.photos import Photo, PhotoBlob, PhotoOriginal
from otop_desk.db.models.plans import BusinessPlan, PlanLine, PlanProduct, PlanTarget, PlanVersion
from otop_desk.db.models.problems import Problem, ProblemAction
from otop_desk.db.models.register import (
    ProductCertificate,
    RegisterSetting,
    Registration,
    SegmentAssessment,
    StarRound,
)
from otop_desk.db.models.replica import Replica
from otop_desk.db.models.replication import ChangeLog, Conflict, Peer, SyncMark
from otop_desk.db.models.training import Participant, Training
from otop_desk.db.models.visits import FollowUpAction, Visit, visit_member

#: The records that travel between devices, parents before children: the order in which
#: they are inserted. Every change to them is logged (``db.changelog``).
EXCHANGED = (
    ProducerGroup, Product, Member, Visit, FollowUpAction, Training, Participant,
    Problem, ProblemAction, TradeFair, FairEntry, FairSale, CashEntry,
    BusinessPlan, PlanVersion, PlanProduct, PlanTarget, PlanLine,
    # the OTOP network (issue 23): committees and meetings, booths chosen, fairs summed up
    Committee, CommitteeTerm, CommitteeMember, Meeting, AgendaItem, MeetingAttendee, MeetingAction,
    BoothSelection, SelectionCriterion, SelectionCandidate, FairNote, FairResult,
    ProductCertificate, Registration, StarRound, SegmentAssessment,
    Photo,
)

__all__ = [
    "EXCHANGED",
    "AgendaItem",
    "BoothSelection",
    "Committee",
    "CommitteeMember",
    "CommitteeTerm",
    "FairNote",
    "FairResult",
    "Meeting",
    "MeetingAction",
    "MeetingAttendee",
    "SelectionCandidate",
    "SelectionCriterion",
    "AuditEntry",
    "BusinessPlan",
    "CashEntry",
    "ChangeLog",
    "Conflict",
    "CostingLine",
    "CostingSheet",
    "ExportBatch",
    "FairEntry",
    "FairSale",
    "FollowUpAction",
    "Member",
    "OfficerProfile",
    "Participant",
    "Peer",
    "PlanLine",
    "PlanProduct",
    "PlanTarget",
    "PlanVersion",
    "Photo",
    "PhotoBlob",
    "PhotoOriginal",
    "Problem",
    "ProblemAction",
    "ProducerGroup",
    "Product",
    "ProductCertificate",
    "RegisterSetting",
    "Registration",
    "SegmentAssessment",
    "StarRound",
    "Replica",
    "SyncMark",
    "TradeFair",
    "Training",
    "Visit",
    "visit_member",
]
