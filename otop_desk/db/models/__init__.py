"""All models, imported together so the metadata is complete."""

from otop_desk.db.models.books import CashEntry, CostingLine, CostingSheet
from otop_desk.db.models.exports import AuditEntry, ExportBatch
from otop_desk.db.models.fairs import FairEntry, FairSale, TradeFair
from otop_desk.db.models.groups import Member, ProducerGroup, Product
from otop_desk.db.models.officer import OfficerProfile
from otop_desk.db.models.photos import Photo, PhotoBlob, PhotoOriginal
from otop_desk.db.models.problems import Problem, ProblemAction
from otop_desk.db.models.replica import Replica
from otop_desk.db.models.replication import ChangeLog, Conflict, Peer, SyncMark
from otop_desk.db.models.training import Participant, Training
from otop_desk.db.models.visits import FollowUpAction, Visit, visit_member

#: The records that travel between devices, parents before children: the order in which
#: they are inserted. Every change to them is logged (``db.changelog``).
EXCHANGED = (
    ProducerGroup, Product, Member, Visit, FollowUpAction, Training, Participant,
    Problem, ProblemAction, TradeFair, FairEntry, FairSale, CashEntry, Photo,
)

__all__ = [
    "EXCHANGED",
    "AuditEntry",
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
    "Photo",
    "PhotoBlob",
    "PhotoOriginal",
    "Problem",
    "ProblemAction",
    "ProducerGroup",
    "Product",
    "Replica",
    "SyncMark",
    "TradeFair",
    "Training",
    "Visit",
    "visit_member",
]
