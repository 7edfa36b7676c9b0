"""Help → About: version, purpose, and the licences of everything bundled."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from otop_desk import APP_NAME, __version__
from otop_desk.paths import resource

LICENCES = (
    ("Sarabun", "fonts/sarabun/OFL.txt"),
    ("thai-province-data", "thai-admin/LICENSE"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About OTOP Desk"))
        self.resize(640, 520)
        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(resource("icons", "otop-desk.png"))).scaledToWidth(72))
        title = QLabel(
            f"<h2>{APP_NAME} {__version__}</h2><p>"
            + self.tr("Records of OTOP producer groups for community-development officers, "
                      "kept on this computer and usable without a signal.")
            + f"</p><p>Qt {qVersion()}</p>",
            self,
        )
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)
        self.tabs = QTabWidget(self)
        credits = QTextBrowser(self)
        credits.setHtml(
            "<p>"
            + self.tr("Thai font: Sarabun by Cadson Demak, SIL Open Font License 1.1.")
            + "</p><p>"
            + self.tr("Thai provinces, districts and sub-districts: thai-province-data by "
                      "Kongvut Sangkla, MIT licence.")
            + "</p>"
        )
        self.tabs.addTab(credits, self.tr("Credits"))
        for name, path in LICENCES:
            view = QTextBrowser(self)
            view.setProperty("verbatim", True)  # a licence is shown as written, in English
            view.setHtml(f"<pre>{escape(resource(*path.split('/')).read_text(encoding='utf-8'))}</pre>")
            self.tabs.addTab(view, self.tr("Licence: {name}").format(name=name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
