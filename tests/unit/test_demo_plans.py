"""The demo's business plans: some groups met their targets, others fell well short."""

from __future__ import annotations

from otop_desk.db.database import Database
from otop_desk.demo import generate_demo
from otop_desk.services import Services
from otop_desk.services.home import AttentionKind


def test_demo_plans_met_and_missed() -> None:
    db = Database.memory()
    try:
        generate_demo(db, scale="district")
        services = Services(db)
        last, this = services.plans.rows(2026), services.plans.rows(2027)
        assert 5 <= len(this) <= 25 and {r.group_id for r in last} == {r.group_id for r in this}
        percents = [r.percent for r in last]
        assert any(p is not None and p >= 100 for p in percents)  # met
        assert any(p is not None and p < 70 for p in percents)  # missed by more than 30 %
        assert any(r.number == 2 for r in last)  # revised during the year
        assert all(r.agreed_date is not None for r in last)
        assert any(r.agreed_date is None for r in this) or len(this) < 8  # a few still drafts
        flagged = [i for i in services.home.attention() if i.kind is AttentionKind.BEHIND_PLAN]
        assert flagged and {i.record_id for i in flagged} <= {r.id for r in this}
        plan = services.plans.get(this[0].version_id)
        assert plan.products and plan.lines and plan.summary and any(plan.targets)
    finally:
        db.close()
