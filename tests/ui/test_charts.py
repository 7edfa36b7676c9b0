"""The QPainter bar chart: draws, saves PNG, follows the UI language, answers on hover."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QImage

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.demo import generate_demo
from otop_desk.domain.fiscal import YearKind
from otop_desk.services import Services
from otop_desk.ui.charts import BarChart, Series
from otop_desk.ui.charts.bar_chart import nice_step
from otop_desk.ui.home.charts_panel import ChartsPanel


def coloured_pixels(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    step = 2
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixel(x, y) == wanted)


def test_grouped_bars_render_and_save_png(qtbot: Any, tmp_path: Path) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data("รายรับ", ["ม.ค.", "ก.พ.", "มี.ค."],
                   [Series("รายรับ", [10, 20, 30], "#009E73"), Series("รายจ่าย", [5, 0, 12], "#D55E00")],
                   highlight=1)
    image = chart.image(QSize(500, 300))
    assert coloured_pixels(image, "#009E73") > 200 and coloured_pixels(image, "#D55E00") > 50
    assert coloured_pixels(image, "#fff3c4") > 50  # the chosen month's band
    path = tmp_path / "chart.png"
    assert chart.save_png(path)
    saved = QImage(str(path))
    assert not saved.isNull() and saved.width() > 100


def test_stacked_horizontal_and_empty(qtbot: Any) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data("ปัญหา", ["การตลาด", "การผลิต"], [Series("เปิด", [1, 2]), Series("แก้แล้ว", [3, 0])],
                   stacked=True, horizontal=True)
    assert coloured_pixels(chart.image(QSize(400, 240)), "#0072B2") > 50
    chart.set_data("ว่าง", ["ม.ค."], [Series("", [0])])
    assert chart.is_empty()
    image = chart.image(QSize(300, 200))
    assert coloured_pixels(image, "#0072B2") == 0


def test_hover_shows_the_value(qtbot: Any) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_data("การเยี่ยม", ["ม.ค.", "ก.พ."], [Series("การเยี่ยม", [4, 8])])
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: len(chart._hits) == 2)
    bar = chart._hits[1].rect.center()
    qtbot.mouseMove(chart, QPoint(int(bar.x()), int(bar.y())))
    qtbot.waitUntil(lambda: chart._hover == 1)
    assert chart._hits[1].text == "ก.พ.\nการเยี่ยม: 8"


def test_round_ticks() -> None:
    assert nice_step(10) == 2 and nice_step(12) == 2.5 and nice_step(12, whole=True) == 5
    assert nice_step(0.5, whole=True) == 1 and nice_step(1124) == 250


def test_panel_follows_the_language(qtbot: Any) -> None:
    db = Database.memory()
    generate_demo(db, today=date(2026, 11, 21))
    panel = ChartsPanel(Services(db))
    qtbot.addWidget(panel)
    panel.reload(date(2026, 11, 21))
    # Fiscal years by default: ปีงบประมาณ 2570 runs from October 2569, November is its second month.
    assert panel.year.year.currentText() == "ปีงบประมาณ 2570" and panel.month.currentData() == 11
    assert panel.visits.categories[0] == "ต.ค." and panel.visits.title == "การเยี่ยมรายเดือน ปีงบประมาณ 2570"
    assert panel.visits.highlight == 1
    assert all(not c.is_empty() for c in panel.charts())
    assert "พฤศจิกายน 2569" in panel.figures.text()
    i18n.install("en")
    english = ChartsPanel(Services(db))
    qtbot.addWidget(english)
    english.reload(date(2026, 11, 21))
    assert english.year.year.currentText() == "Fiscal year 2570" and english.visits.categories[0] == "Oct"
    english.year.kind.setCurrentIndex(english.year.kind.findData(YearKind.CALENDAR))
    assert english.year.year.currentText() == "Calendar year 2569"
    qtbot.waitUntil(lambda: english.visits.categories[0] == "Jan")
    assert english.visits.title == "Visits per month, Calendar year 2569" and english.visits.highlight == 10
    assert english.problems.series[0].label == "Open"
    assert english.stars.categories[0] == "No star"


def test_the_panel_reads_its_years_when_first_drawn_not_when_made(qtbot: Any) -> None:
    """Made as the Home tab takes the first screen's place, the panel does not read the
    years with records on the way (they were read twice: made, then first drawn)."""
    db = Database.memory()
    generate_demo(db, today=date(2026, 11, 21))
    services = Services(db)
    asked: list[date] = []
    years = services.home.years
    services.home.years = lambda today=None: (asked.append(today), years(today))[1]  # type: ignore[method-assign]
    panel = ChartsPanel(services)
    qtbot.addWidget(panel)
    assert asked == []
    assert panel.year.year.count() == 1  # this year until then
    panel.reload(date(2026, 11, 21))
    assert len(asked) == 1
    assert panel.year.year.count() > 1 and panel.year.year.currentText() == "ปีงบประมาณ 2570"


def test_the_panel_reads_its_years_off_the_gui_thread(qtbot: Any, tmp_path: Path) -> None:
    """As the Home tab's charts first show at start-up, the years with records are read
    beside the figures, in the background: on the GUI thread they were six queries (and a
    connection of its own while the list's reads held the others) in the window's way."""
    import threading

    db = Database.open(tmp_path / "officer.sqlite3")
    generate_demo(db, today=date(2026, 11, 21))
    services = Services(db)
    threads: list[bool] = []
    years = services.home.years
    services.home.years = lambda today=None: (  # type: ignore[method-assign]
        threads.append(threading.current_thread() is threading.main_thread()), years(today))[1]
    panel = ChartsPanel(services)
    qtbot.addWidget(panel)
    panel.reload(date(2026, 11, 21))
    assert panel.year.year.currentText() == "ปีงบประมาณ 2570"  # chosen at once, read or not
    qtbot.waitUntil(lambda: panel.year.year.count() > 1 and panel.data is not None)
    assert threads == [False]
    assert panel.year.year.currentText() == "ปีงบประมาณ 2570" and panel.month.currentData() == 11
    assert panel.visits.title == "การเยี่ยมรายเดือน ปีงบประมาณ 2570"
    db.close()
