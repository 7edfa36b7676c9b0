"""Demo data, part 2: each month's visits, follow-ups, problems and trainings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from otop_desk.demo import names as W
from otop_desk.demo.core import Ctx, GroupInfo, Picker, picker, round_baht
from otop_desk.domain.dates import be_year
from otop_desk.domain.enums import (
    ProblemCategory,
    ProblemSource,
    ProblemStatus,
    Severity,
    TrainingFormat,
    TrainingTopic,
    VisitPurpose,
)
from otop_desk.domain.money import Money

PURPOSE_WEIGHTS = {
    VisitPurpose.FOLLOW_UP: 40, VisitPurpose.ENCOURAGEMENT: 22, VisitPurpose.BUSINESS_PLAN: 15,
    VisitPurpose.EVALUATION: 12, VisitPurpose.OTHER: 6,
}
SEVERITY_WEIGHTS = {Severity.LOW: 25, Severity.MEDIUM: 50, Severity.HIGH: 25}
OTHER_SOURCE_WEIGHTS = {ProblemSource.TRAINING: 40, ProblemSource.MEETING: 30,
                        ProblemSource.FAIR: 15, ProblemSource.OTHER: 15}
SATISFACTION_WEIGHTS = {5: 40, 4: 40, 3: 15, 2: 4, 1: 1}
FROM_VISITS = 0.8  # share of problems found on a visit
# Budget in baht by training format: a study visit hires a bus, a meeting costs little.
BUDGETS = {
    TrainingFormat.TRAINING: (8000, 60000), TrainingFormat.WORKSHOP: (10000, 60000),
    TrainingFormat.FORUM: (3000, 15000), TrainingFormat.STUDY_VISIT: (20000, 80000),
    TrainingFormat.NETWORK_MEETING: (500, 5000),
}
# Study visits and network meetings only suit some topics.
FORMAT_TOPICS = {
    TrainingFormat.STUDY_VISIT: (TrainingTopic.PRODUCT_DESIGN, TrainingTopic.PACKAGING,
                                 TrainingTopic.KBO, TrainingTopic.MARKETING),
    TrainingFormat.NETWORK_MEETING: (TrainingTopic.KBO, TrainingTopic.SALES_PROMOTION,
                                     TrainingTopic.OTHER),
}
DAYS = {TrainingFormat.STUDY_VISIT: (2, 3), TrainingFormat.TRAINING: (1, 2),
        TrainingFormat.WORKSHOP: (1, 2), TrainingFormat.FORUM: (1, 1),
        TrainingFormat.NETWORK_MEETING: (1, 1)}


@dataclass
class FairPlan:
    """A fair decided up front, so that visits and problems can refer to it."""

    id: uuid.UUID
    name: str
    start: date
    end: date
    level: str
    venue: str
    applicants: list[GroupInfo] = field(default_factory=list)
    selected: list[GroupInfo] = field(default_factory=list)


class Finding(NamedTuple):
    """A problem as found: its category, description and the outcome if it gets settled."""

    category: ProblemCategory
    text: str
    outcome: str


@dataclass
class VisitInfo:
    id: uuid.UUID
    group: GroupInfo
    day: date
    problem: Finding | None


@dataclass
class TrainingInfo:
    id: uuid.UUID
    day: date  # last day
    groups: list[GroupInfo]


class Activity:
    """Generates the officer's monthly work: trainings, visits and the problems found."""

    def __init__(self, ctx: Ctx, fairs: list[FairPlan]) -> None:
        self.ctx = ctx
        self.fairs = fairs
        self.active = [g for g in ctx.groups if g.active] or ctx.groups
        # Inactive groups are still visited now and then, to encourage a restart.
        self.pick_group = Picker(ctx.groups, [1.0 if g.active else 0.15 for g in ctx.groups])
        self.pick_purpose = picker(PURPOSE_WEIGHTS)
        self.pick_category = picker(W.PROBLEM_WEIGHTS)
        self.pick_severity = picker(SEVERITY_WEIGHTS)
        self.pick_source = picker(OTHER_SOURCE_WEIGHTS)
        self.pick_topic = picker(W.TRAINING_WEIGHTS)
        self.pick_format = picker(W.FORMAT_WEIGHTS)
        self.pick_satisfaction = picker(SATISFACTION_WEIGHTS)

    def month(self, first: date, last: date, fraction: float) -> None:
        ctx, scale = self.ctx, self.ctx.scale
        trainings = [self.training(first, last)
                     for _ in range(ctx.count(scale.trainings_per_month, fraction))]
        n_visits = ctx.count(scale.visits_per_month, fraction)
        n_problems = ctx.count(scale.problems_per_month, fraction)
        from_visits = min(n_visits, round(n_problems * FROM_VISITS))
        flagged = set(ctx.rng.sample(range(n_visits), from_visits))
        # Applicants are checked in the weeks before a fair.
        upcoming = [f for f in self.fairs if first <= f.start - timedelta(days=20)
                    and f.start - timedelta(days=45) <= last]
        for i in range(n_visits):
            visit = self.visit(first, last, i in flagged, upcoming)
            if visit.problem is not None:
                self.problem(visit.group, visit.day, visit.problem, ProblemSource.VISIT,
                             visit_id=visit.id)
        for _ in range(n_problems - from_visits):
            self.other_problem(first, last, trainings)

    # visits -------------------------------------------------------------------------
    def visit(self, first: date, last: date, with_problem: bool,
              upcoming: list[FairPlan]) -> VisitInfo:
        ctx, rng = self.ctx, self.ctx.rng
        group = self.pick_group(rng)
        purpose = self.pick_purpose(rng)
        day = ctx.workday_between(first, last)
        if upcoming and rng.random() < 0.35:  # checking an applicant before the fair
            fair = rng.choice(upcoming)
            purpose = VisitPurpose.FAIR_SELECTION
            group = rng.choice(fair.applicants or self.active)
            day = ctx.workday_between(first, min(last, fair.start - timedelta(days=7)))
        product = rng.choice(group.products).name
        problem = self.finding(product) if with_problem else None
        people = rng.randint(2, max(2, min(15, group.member_count)))
        met = rng.sample(group.members, min(len(group.members), rng.randint(1, 5), people))
        row = ctx.record(day)
        row.update(
            group_id=group.id,
            visit_date=day,
            purpose=purpose,
            officers=self._officers(),
            people_met=people,
            observations=self._observations(purpose, product, problem),
            advice=self._advice(purpose, problem),
            next_visit_date=day + timedelta(days=rng.randint(14, 60)) if rng.random() < 0.85
            else None,
            notes=rng.choice(W.VISIT_NOTES),
        )
        ctx.add("visit", row, on=day)
        for member in met:
            ctx.sink.add("visit_member", {"visit_id": row["id"], "member_id": member.id})
        for _ in range(rng.choices((0, 1, 2, 3), (20, 35, 30, 15))[0]):
            self.follow_up(row["id"], group, day)
        return VisitInfo(row["id"], group, day, problem)

    def _officers(self) -> str:
        ctx, roll = self.ctx, self.ctx.rng.random()
        if roll < 0.6:
            return ctx.officer
        if roll < 0.9:
            return f"{ctx.officer}, {ctx.colleague}"
        return f"{ctx.officer}, {ctx.chief} (พัฒนาการอำเภอ)"

    def finding(self, product: str) -> Finding:
        category = self.pick_category(self.ctx.rng)
        text, outcome = self.ctx.rng.choice(W.PROBLEMS[category])
        return Finding(category, text.format(product=product), outcome)

    def _observations(self, purpose: VisitPurpose, product: str,
                      problem: Finding | None) -> str:
        rng = self.ctx.rng
        parts = [rng.choice(W.VISIT_LEADS[purpose])]
        parts += [s.format(product=product) for s in rng.sample(W.OBSERVATIONS, rng.randint(1, 2))]
        if problem is not None:
            parts.append("พบปัญหา: " + problem.text)
        return " ".join(parts)

    def _advice(self, purpose: VisitPurpose, problem: Finding | None) -> str:
        rng = self.ctx.rng
        parts = []
        if purpose == VisitPurpose.FAIR_SELECTION:
            parts.append(W.FAIR_ADVICE)
        if problem is not None:
            parts.append(W.PROBLEM_ADVICE[problem.category])
        if not parts or rng.random() < 0.5:
            parts.append(rng.choice(W.ADVICE))
        return " ".join(parts)

    def follow_up(self, visit_id: uuid.UUID, group: GroupInfo, day: date) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        text, who = rng.choice(W.FOLLOW_UPS)
        due = day + timedelta(days=rng.randint(7, 45))
        done = day < ctx.today and rng.random() < (0.7 if due <= ctx.today else 0.2)
        done_date = None
        if done:
            done_date = ctx.day_between(day + timedelta(days=1),
                                        min(due + timedelta(days=10), ctx.today))
        row = ctx.record(day, done_date)
        row.update(
            visit_id=visit_id,
            description=text,
            due_date=due,
            responsible=(ctx.officer if who == "officer" else group.chair.name if who == "chair"
                         else W.RESPONSIBLE[who]),
            done=done,
            done_date=done_date,
        )
        ctx.add("follow_up_action", row, on=day)

    # problems -----------------------------------------------------------------------
    def other_problem(self, first: date, last: date, trainings: list[TrainingInfo]) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        source = self.pick_source(rng)
        fairs = [f for f in self.fairs if first <= f.end <= last and f.selected]
        training_id = None
        if source == ProblemSource.TRAINING and trainings:
            training = rng.choice(trainings)
            group, day, training_id = rng.choice(training.groups), training.day, training.id
        elif source == ProblemSource.FAIR and fairs:
            fair = rng.choice(fairs)
            group, day = rng.choice(fair.selected), ctx.day_between(fair.start, fair.end)
        else:
            source = rng.choice((ProblemSource.MEETING, ProblemSource.OTHER))
            group, day = rng.choice(self.active), ctx.workday_between(first, last)
        finding = self.finding(rng.choice(group.products).name)
        self.problem(group, day, finding, source, training_id=training_id)

    def problem(self, group: GroupInfo, found: date, finding: Finding, source: ProblemSource,
                *, visit_id: uuid.UUID | None = None,
                training_id: uuid.UUID | None = None) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        category = finding.category
        status, ended = self._status(found)
        helpers = rng.sample(W.PROBLEM_HELPERS[category], rng.randint(1, 2))
        places = group.places(ctx.province.name_th)
        agencies = [W.HELPER_AGENCIES[h].format(**places) for h in helpers
                    if h in W.HELPER_AGENCIES]
        actions = self._action_dates(found, ended or ctx.today, status)
        row = ctx.record(found, ended or actions[-1])
        row.update(
            group_id=group.id,
            visit_id=visit_id,
            training_id=training_id,
            source=source,
            found_date=found,
            category=category,
            description=finding.text,
            severity=self.pick_severity(rng),
            status=status,
            helpers=",".join(sorted(h.value for h in helpers)),
            helper_notes=", ".join(agencies),
            target_date=found + timedelta(days=rng.randint(30, 120)) if rng.random() < 0.75
            else None,
            resolved_date=ended,  # resolved or closed unresolved: the day it ended
            outcome=finding.outcome if status == ProblemStatus.RESOLVED else "",
            close_reason=(rng.choice(W.CLOSE_REASONS)
                          if status == ProblemStatus.CLOSED_UNRESOLVED else ""),
        )
        ctx.add("problem", row, on=found)
        texts = rng.sample(W.PROBLEM_ACTIONS[category], len(W.PROBLEM_ACTIONS[category]))
        if rng.random() < 0.6:
            texts.insert(0, W.FIRST_ACTION)
        for i, day in enumerate(actions):
            result = self._result(i, len(actions), status)
            self._action(row["id"], texts[i % len(texts)], day, result, agencies)

    def _status(self, found: date) -> tuple[ProblemStatus, date | None]:
        """Older problems are more often settled; returns the status and when it ended."""
        ctx, rng = self.ctx, self.ctx.rng
        age = (ctx.today - found).days
        weights = (50, 45, 5, 0) if age < 30 else (20, 45, 30, 5) if age < 120 else (8, 17, 65, 10)
        status = rng.choices(list(ProblemStatus), weights)[0]
        if status.is_open:
            return status, None
        if age < 7:  # too recent to be settled
            return ProblemStatus.IN_PROGRESS, None
        return status, found + timedelta(days=rng.randint(7, min(age, 150)))

    def _action_dates(self, found: date, end: date, status: ProblemStatus) -> list[date]:
        rng = self.ctx.rng
        n = rng.randint(1, 2) if status.is_open else rng.randint(2, 4)
        days = sorted([found] + [self.ctx.day_between(found, end) for _ in range(n - 1)])
        if not status.is_open:
            days[-1] = end  # the last action settles it
        return days

    def _result(self, i: int, n: int, status: ProblemStatus) -> str:
        rng = self.ctx.rng
        if i == n - 1 and status == ProblemStatus.RESOLVED:
            return W.RESOLVED_RESULT
        if i == n - 1 and status == ProblemStatus.CLOSED_UNRESOLVED:
            return W.CLOSED_RESULT
        return rng.choice(W.FIRST_RESULTS if i == 0 else W.MIDDLE_RESULTS)

    def _action(self, problem_id: uuid.UUID, text: str, day: date, result: str,
                agencies: list[str]) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        by = rng.choice([ctx.officer, ctx.officer, "คณะกรรมการกลุ่ม", *agencies])
        row = ctx.record(day)
        row.update(problem_id=problem_id, action_date=day, description=text, by_whom=by,
                   result=result)
        ctx.add("problem_action", row, on=day)

    # trainings ----------------------------------------------------------------------
    def training(self, first: date, last: date) -> TrainingInfo:
        ctx, rng = self.ctx, self.ctx.rng
        fmt = self.pick_format(rng)
        topic = self.pick_topic(rng)
        if fmt in FORMAT_TOPICS:
            topic = rng.choice(FORMAT_TOPICS[fmt])
        start = ctx.workday_between(first, last)
        end = min(start + timedelta(days=rng.randint(*DAYS[fmt]) - 1), last)
        host = rng.choice(self.active)
        places = host.places(ctx.province.name_th)
        title = W.FORMAT_PREFIX[fmt] + rng.choice(W.TRAINING_TITLES[topic])
        if rng.random() < 0.4:
            fiscal = be_year(start.year + (start.month >= 10))
            title += f" ประจำปีงบประมาณ พ.ศ. {fiscal}"
        venue = (rng.choice(W.STUDY_VISIT_VENUES) if fmt == TrainingFormat.STUDY_VISIT
                 else rng.choice(W.TRAINING_VENUES).format(**places))
        speakers = ", ".join(
            f"{ctx.person()} ({rng.choice(W.SPEAKER_ORGS[topic]).format(**places)})"
            for _ in range(rng.randint(1, 2))
        )
        budget = Money(0)
        if fmt != TrainingFormat.NETWORK_MEETING or rng.random() < 0.5:
            budget = round_baht(rng, *BUDGETS[fmt], step=100)
        row = ctx.record(end)
        row.update(
            title=title, topic=topic, format=fmt, start_date=start, end_date=end, venue=venue,
            speakers=speakers, organiser=rng.choice(W.TRAINING_ORGANISERS).format(**places),
            budget=budget, notes=rng.choice(W.TRAINING_NOTES),
        )
        ctx.add("training", row, on=end)
        groups = self._participants(row["id"], end, fmt, places)
        return TrainingInfo(row["id"], end, groups or [host])

    def _participants(self, training_id: uuid.UUID, day: date, fmt: TrainingFormat,
                      places: dict[str, str]) -> list[GroupInfo]:
        ctx, rng = self.ctx, self.ctx.rng
        wanted = rng.randint(*ctx.scale.participants)
        outsiders = rng.randint(1, max(1, min(5, wanted // 4)))
        seats: list[tuple[GroupInfo | None, int]] = []  # (group, member index)
        groups: list[GroupInfo] = []
        for group in rng.sample(self.active, min(len(self.active), 15)):
            if len(seats) >= wanted - outsiders:
                break
            take = min(len(group.members), rng.randint(2, 8), wanted - outsiders - len(seats))
            seats += [(group, i) for i in rng.sample(range(len(group.members)), take)]
            groups.append(group)
        seats += [(None, 0)] * outsiders
        scored = fmt != TrainingFormat.NETWORK_MEETING and rng.random() < 0.7
        top = rng.choice((10, 20))
        for seq, (group, index) in enumerate(seats, start=1):
            row = ctx.record(day)
            if group is None:
                row.update(group_id=None, member_id=None, name=ctx.person(),
                           organisation=rng.choice(W.OUTSIDER_ORGS).format(**places),
                           phone=ctx.phone() if rng.random() < 0.5 else "")
            else:
                member = group.members[index]
                row.update(group_id=group.id, member_id=member.id, name=member.name,
                           organisation=group.name, phone=member.phone)
            row.update(training_id=training_id, seq=seq, **self._scores(scored, top))
            ctx.add("participant", row, on=day)
        return groups

    def _scores(self, scored: bool, top: int) -> dict[str, object]:
        rng = self.ctx.rng
        attended = rng.random() < 0.92
        if not attended:
            return {"attended": False, "pre_score": None, "post_score": None,
                    "satisfaction": None}
        pre = post = None
        if scored:
            before = round(rng.uniform(0.3, 0.75) * top * 2) / 2
            after = min(top, round((before + rng.uniform(0.0, 0.35) * top) * 2) / 2)
            pre = None if rng.random() < 0.08 else Decimal(str(before))
            post = None if rng.random() < 0.05 else Decimal(str(after))
        satisfaction = None if rng.random() < 0.1 else self.pick_satisfaction(rng)
        return {"attended": True, "pre_score": pre, "post_score": post,
                "satisfaction": satisfaction}
