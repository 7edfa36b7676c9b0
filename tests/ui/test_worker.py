"""run_with_progress: the result comes back, errors are re-raised, progress is throttled."""

from __future__ import annotations

import pytest

from otop_desk.ui.common.worker import _Runner, run_with_progress


def test_result_and_error_come_back_to_the_caller(qtbot) -> None:
    def work(progress):
        for done in range(1, 5001):
            progress(done, 5000)
        return "done"

    assert run_with_progress(None, "t", "l", work) == "done"

    def failing(progress):
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        run_with_progress(None, "t", "l", failing)


def test_progress_reported_per_record_is_throttled_but_the_last_is_sent(qapp) -> None:
    runner = _Runner(lambda progress: None)
    sent: list[tuple[int, int]] = []
    runner.progressed.connect(lambda done, total: sent.append((done, total)))
    for done in range(1, 20_001):
        assert runner.progress(done, 20_000)
    assert len(sent) < 50  # 20,000 calls in well under a second
    assert sent[0] == (1, 20_000)
    assert sent[-1] == (20_000, 20_000)
    runner.cancelled.set()
    assert runner.progress(1, 2) is False
