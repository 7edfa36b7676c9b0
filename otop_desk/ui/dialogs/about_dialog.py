"""Help → About: version, purpose, this computer's id and key fingerprint (compared when
the office imports an officer's first workbook), and the licences of everything bundled."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from otop_desk import APP_NAME, __version__
from otop_desk.paths import resource
from otop_desk.ui.common.thai_style import tab_widget

LICENCES = (
    ("Sarabun", "fonts/sarabun/OFL.txt"),
    ("thai-province-data", "thai-admin/LICENSE"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, services: Any = None) -> None:
        """``services``: the open database, whose id and key are shown (none: not shown)."""
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
        self.tabs = tab_widget(self)
        self.identity_label: QLabel | None = None
        if services is not None:
            self._add_identity(services)
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

    def _add_identity(self, services: Any) -> None:
        from otop_desk.ui.exports.identity import identity

        me = identity(services.db)
        if me is None:
            return
        key = me.fingerprint or self.tr("not made yet: it is made with the first workbook")
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = ((self.tr("Computer id"), f"<b style='font-size:x-large'>{me.short_id}</b>"),
                (self.tr("Key"), f"<b style='font-size:x-large'>{escape(key)}</b>"),
                (self.tr("Full id"), str(me.device)))
        intro = self.tr("When the office imports your first workbook, it is told this computer's id "
                        "and key. Read them out to the office over the phone: if they match, the "
                        "workbook came from you.")
        label.setText(f"<p>{escape(intro)}</p><table cellpadding='6'>"
                      + "".join(f"<tr><td>{escape(name)}</td><td>{value}</td></tr>" for name, value in rows)
                      + "</table>")
        label.setContentsMargins(8, 8, 8, 8)
        self.identity_label = label
        self.tabs.addTab(label, self.tr("This computer"))
