"""Use cases, without Qt. Each service takes the open ``Database`` and returns plain data."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from otop_desk.db.database import Database
from otop_desk.domain.clock import Clock

if TYPE_CHECKING:
    from otop_desk.services.backups import BackupService
    from otop_desk.services.books import BookService, CostingService, FairService
    from otop_desk.services.booths import BoothService
    from otop_desk.services.exports import ExportService
    from otop_desk.services.groups import GroupProfileService, GroupService
    from otop_desk.services.home import HomeService
    from otop_desk.services.network import NetworkService
    from otop_desk.services.officer import OfficerService
    from otop_desk.services.photos import PhotoService
    from otop_desk.services.plans import PlanService
    from otop_desk.services.privacy import PrivacyService
    from otop_desk.services.problems import ProblemService
    from otop_desk.services.register import RegisterService
    from otop_desk.services.reports import ReportService
    from otop_desk.services.training import TrainingService
    from otop_desk.services.visits import VisitService


class Services:
    """Everything the UI may call, built once per open database.

    Each service's module is imported when the service is first asked for: start-up
    imports only what the first screen uses."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def clock(self) -> Clock:
        """The open database's clock: what "today" is for every screen."""
        return self.db.clock

    @cached_property
    def groups(self) -> GroupService:
        from otop_desk.services.groups import GroupService

        return GroupService(self.db)

    @cached_property
    def officer(self) -> OfficerService:
        from otop_desk.services.officer import OfficerService

        return OfficerService(self.db)

    @cached_property
    def backups(self) -> BackupService:
        from otop_desk.services.backups import BackupService

        return BackupService(self.db)

    @cached_property
    def visits(self) -> VisitService:
        from otop_desk.services.visits import VisitService

        return VisitService(self.db)

    @cached_property
    def problems(self) -> ProblemService:
        from otop_desk.services.problems import ProblemService

        return ProblemService(self.db)

    @cached_property
    def training(self) -> TrainingService:
        from otop_desk.services.training import TrainingService

        return TrainingService(self.db)

    @cached_property
    def books(self) -> BookService:
        from otop_desk.services.books import BookService

        return BookService(self.db)

    @cached_property
    def costing(self) -> CostingService:
        from otop_desk.services.books import CostingService

        return CostingService(self.db)

    @cached_property
    def fairs(self) -> FairService:
        from otop_desk.services.books import FairService

        return FairService(self.db)

    @cached_property
    def exports(self) -> ExportService:
        from otop_desk.services.exports import ExportService

        return ExportService(self.db)

    @cached_property
    def home(self) -> HomeService:
        from otop_desk.services.home import HomeService

        return HomeService(self.db)

    @cached_property
    def group_profile(self) -> GroupProfileService:
        from otop_desk.services.groups import GroupProfileService

        return GroupProfileService(self.db)

    @cached_property
    def plans(self) -> PlanService:
        from otop_desk.services.plans import PlanService

        return PlanService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from otop_desk.services.reports import ReportService

        return ReportService(self.db)

    @cached_property
    def network(self) -> NetworkService:
        from otop_desk.services.network import NetworkService

        return NetworkService(self.db)

    @cached_property
    def booths(self) -> BoothService:
        from otop_desk.services.booths import BoothService

        return BoothService(self.db)

    @cached_property
    def register(self) -> RegisterService:
        from otop_desk.services.register import RegisterService

        return RegisterService(self.db)

    @cached_property
    def photos(self) -> PhotoService:
        from otop_desk.services.photos import PhotoService

        return PhotoService(self.db)

    @cached_property
    def privacy(self) -> PrivacyService:
        from otop_desk.services.privacy import PrivacyService

        return PrivacyService(self.db)
