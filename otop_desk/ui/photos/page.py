"""The Photos page each record form adds, and the group form's extras: its production
site and products, a photo's GPS point as the group's place, and the place on a map.

A form adds its page with one call and saves it with one more::

    self.photos = add_photos_page(self, "visit", self._data.id)
    ...
    return self.photos.save(self.services.visits.save(data))
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.photos import in_thailand, map_url
from otop_desk.services import Services
from otop_desk.services.photos import Owner
from otop_desk.ui import messages
from otop_desk.ui.photos.strip import PhotoStrip


def _title(count: int) -> str:
    title = QCoreApplication.translate("PhotoStrip", "Photos")
    return f"{title} ({count})" if count else title


def add_photos_page(dialog: QWidget, table: str, record_id: uuid.UUID | None,
                    tabs: QTabWidget | None = None) -> PhotoStrip:
    """A Photos tab on ``dialog``'s tabs (its ``tabs`` unless given), its title counting them."""
    tabs = tabs if tabs is not None else dialog.tabs  # type: ignore[attr-defined]
    strip = PhotoStrip(dialog.services, Owner(table, record_id), dialog)  # type: ignore[attr-defined]
    index = tabs.addTab(strip, _title(strip.count()))
    strip.changed.connect(lambda: tabs.setTabText(index, _title(strip.count())))
    return strip


class GroupPhotos(QWidget):
    """The group form's Photos page: its production site, and each saved product's photos."""

    def __init__(self, services: Services, group_id: uuid.UUID | None, products: list[tuple[uuid.UUID, str]],
                 latitude: QLineEdit, longitude: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._latitude, self._longitude = latitude, longitude
        self.site = PhotoStrip(services, Owner("producer_group", group_id), self)
        self.gps_button = QPushButton(self.tr("Use a photo's GPS as the group's location"), self)
        self.gps_button.clicked.connect(self.use_photo_gps)
        site_box = QGroupBox(self.tr("Production site"), self)
        site_layout = QVBoxLayout(site_box)
        site_layout.addWidget(self.site, 1)
        site_layout.addWidget(self.gps_button)
        product_box = QGroupBox(self.tr("Product photos"), self)
        self.product = QComboBox(product_box)
        self.product_strips = QStackedWidget(product_box)
        self.strips: dict[uuid.UUID, PhotoStrip] = {}
        for product_id, name in products:
            strip = PhotoStrip(services, Owner("product", product_id), self.product_strips)
            self.strips[product_id] = strip
            self.product_strips.addWidget(strip)
            self.product.addItem(name, product_id)
        self.product.currentIndexChanged.connect(self.product_strips.setCurrentIndex)
        product_layout = QVBoxLayout(product_box)
        if products:
            product_layout.addWidget(self.product)
            product_layout.addWidget(self.product_strips, 1)
        else:
            self.product.hide()
            self.product_strips.hide()
            hint = QLabel(self.tr("Save the group with its products first; then each product can have photos."),
                          product_box)
            hint.setWordWrap(True)
            product_layout.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(site_box, 1)
        layout.addWidget(product_box, 1)

    def all_strips(self) -> list[PhotoStrip]:
        return [self.site, *self.strips.values()]

    def count(self) -> int:
        return sum(s.count() for s in self.all_strips())

    def save(self, group_id: uuid.UUID) -> uuid.UUID:
        self.site.save(group_id)
        for product_id, strip in self.strips.items():
            if product_id in self._surviving():
                strip.save(product_id)
        return group_id

    def _surviving(self) -> set[uuid.UUID]:
        """Products still in the group after its save (a deleted one took its photos along)."""
        group = self.services.groups.get(self.site.owner.id) if self.site.owner.id else None
        return {p.id for p in group.products if p.id is not None} if group else set()

    def use_photo_gps(self) -> None:
        """The GPS point of the newest photo (site first, then products) that has one
        inside Thailand, into the form's latitude and longitude."""
        for strip in self.all_strips():
            for entry in reversed(strip.entries):
                if in_thailand(entry.latitude, entry.longitude):
                    self._latitude.setText(f"{entry.latitude:.6f}")
                    self._longitude.setText(f"{entry.longitude:.6f}")
                    messages.show_info(self, self.tr("Group location"),
                                       self.tr("The location was taken from the photo {file}. "
                                               "Save the group to keep it.").format(file=entry.file_name))
                    return
        messages.show_info(self, self.tr("Group location"),
                           self.tr("None of these photos has a GPS point in Thailand. Photos keep their "
                                   "location when the phone's camera has location turned on."))


def add_group_photos_page(dialog: QWidget, group_id: uuid.UUID | None, products: list[tuple[uuid.UUID, str]],
                          latitude: QLineEdit, longitude: QLineEdit) -> GroupPhotos:
    tabs: QTabWidget = dialog.tabs  # type: ignore[attr-defined]
    page = GroupPhotos(dialog.services, group_id, products, latitude, longitude, dialog)  # type: ignore[attr-defined]
    index = tabs.addTab(page, _title(page.count()))
    for strip in page.all_strips():
        strip.changed.connect(lambda: tabs.setTabText(index, _title(page.count())))
    return page


def map_button(parent: QWidget, latitude: QLineEdit, longitude: QLineEdit) -> QPushButton:
    """A button opening the typed GPS point on OpenStreetMap in the browser."""
    button = QPushButton(QCoreApplication.translate("PhotoStrip", "Map"), parent)
    button.setToolTip(QCoreApplication.translate("PhotoStrip", "Open this location on OpenStreetMap"))

    def point() -> tuple[float, float] | None:
        try:
            lat, lon = float(latitude.text().strip()), float(longitude.text().strip())
        except ValueError:
            return None
        return (lat, lon) if in_thailand(lat, lon) else None

    def refresh() -> None:
        button.setEnabled(point() is not None)

    def open_map() -> None:
        found = point()
        if found is not None:
            QDesktopServices.openUrl(QUrl(map_url(*found)))

    latitude.textChanged.connect(refresh)
    longitude.textChanged.connect(refresh)
    button.clicked.connect(open_map)
    refresh()
    return button
