"""Charts drawn with QPainter (no QtCharts in PySide6-Essentials, no web view)."""

from otop_desk.ui.charts.bar_chart import BarChart, Series

__all__ = ["BarChart", "Series"]
