"""Demo photos: a few pictures drawn with Pillow (no downloads), attached to some of the
demo's visits, trainings and products through the photo service, like an officer's."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from random import Random

from PIL import Image, ImageDraw
from sqlalchemy import select

from otop_desk.db.database import Database
from otop_desk.db.models import Product, ProductCertificate, Training, Visit
from otop_desk.domain.photos import Consent, PhotoKind
from otop_desk.services.photos import NewPhoto, Owner, PhotoEdits, PhotoService

VISITS, TRAININGS, PRODUCTS, CERTIFICATES = 4, 2, 3, 2
#: Drawn small and enlarged (soft edges, as a photo has, for little time): 960 × 720.
WIDTH, HEIGHT = 480, 360
SCALE = 2
VISIT_CAPTIONS = ("สมาชิกกลุ่มสาธิตขั้นตอนการผลิต", "ประชุมกลุ่มเรื่องการจัดทำบัญชี",
                  "เจ้าหน้าที่ให้คำแนะนำเรื่องบรรจุภัณฑ์", "สถานที่ผลิตของกลุ่ม")
TRAINING_CAPTIONS = ("ผู้เข้าอบรมฝึกปฏิบัติ", "วิทยากรบรรยายให้ความรู้")


def picture(rng: Random) -> bytes:
    """A scene in the colours of a village workshop: sky, ground, goods in rows."""
    sky = (rng.randrange(110, 170), rng.randrange(160, 210), rng.randrange(200, 250))
    ground = (rng.randrange(90, 150), rng.randrange(80, 130), rng.randrange(40, 80))
    image = Image.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(image)
    horizon = rng.randrange(HEIGHT // 3, HEIGHT // 2)
    draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=ground)
    for _ in range(rng.randrange(5, 10)):  # baskets, cloth, jars
        x, y = rng.randrange(WIDTH), rng.randrange(horizon, HEIGHT)
        w, h = rng.randrange(30, 110), rng.randrange(20, 80)
        colour = tuple(rng.randrange(40, 230) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse((x, y - h, x + w, y), fill=colour)
        else:
            for stripe in range(0, h, 6):  # woven cloth
                shade = tuple(max(0, c - (stripe % 12) * 6) for c in colour)
                draw.rectangle((x, y - h + stripe, x + w, y - h + stripe + 5), fill=shade)
    image = image.resize((WIDTH * SCALE, HEIGHT * SCALE), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def add_demo_photos(db: Database, seed: int = 2569) -> int:
    """Attach a few drawn photos to the demo's records; returns how many."""
    rng = Random(seed)
    photos = PhotoService(db)
    with db.read() as s:
        visits = s.execute(select(Visit.id, Visit.visit_date).order_by(Visit.visit_date.desc(), Visit.id)
                           .limit(VISITS)).all()
        trainings = s.execute(select(Training.id, Training.start_date).order_by(Training.start_date.desc(),
                                                                                 Training.id).limit(TRAININGS)).all()
        products = s.scalars(select(Product.id).order_by(Product.id).limit(PRODUCTS)).all()
        # By what they say, not their random ids, so the same demo gets the same scans.
        certificates = s.execute(select(ProductCertificate.id, ProductCertificate.issue_date)
                                 .where(ProductCertificate.issue_date.is_not(None))
                                 .order_by(ProductCertificate.issue_date.desc(), ProductCertificate.number)
                                 .limit(CERTIFICATES)).all()
    added = 0
    for number, (visit_id, day) in enumerate(visits):
        added += _attach(photos, rng, Owner("visit", visit_id), PhotoKind.ACTIVITY,
                         VISIT_CAPTIONS[number % len(VISIT_CAPTIONS)], day, count=2)
    for number, (training_id, day) in enumerate(trainings):
        added += _attach(photos, rng, Owner("training", training_id), PhotoKind.ACTIVITY,
                         TRAINING_CAPTIONS[number % len(TRAINING_CAPTIONS)], day, count=3)
    for number, product_id in enumerate(products):
        added += _attach(photos, rng, Owner("product", product_id), PhotoKind.PRODUCT, "ภาพผลิตภัณฑ์", None,
                         count=1, keep_original=number == 0)  # one original kept, as an officer may ask
    # Drawn last, so the photos above are the same as before certificates had scans.
    for certificate_id, issued in certificates:
        added += _attach(photos, rng, Owner("product_certificate", certificate_id), PhotoKind.DOCUMENT,
                         "ภาพสแกนใบรับรอง", issued, count=1, draw=scan)
    return added


def scan(rng: Random) -> bytes:
    """A certificate photographed on a desk: a white sheet, a crest, lines of text, a seal."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (rng.randrange(120, 160),) * 3)
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = 110, 12, WIDTH - 110, HEIGHT - 12
    draw.rectangle((left, top, right, bottom), fill=(250, 249, 244))
    middle = (left + right) // 2
    draw.ellipse((middle - 18, top + 14, middle + 18, top + 50), outline=(150, 110, 40), width=3)
    for line in range(top + 70, bottom - 60, 16):
        indent = rng.randrange(0, 30)
        draw.line((left + 24 + indent, line, right - 24 - rng.randrange(0, 60), line), fill=(90, 90, 100), width=3)
    draw.ellipse((right - 80, bottom - 60, right - 30, bottom - 10), outline=(190, 40, 40), width=4)
    image = image.resize((WIDTH * SCALE, HEIGHT * SCALE), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _attach(photos: PhotoService, rng: Random, owner: Owner, kind: PhotoKind, caption: str,
            day: object, count: int, keep_original: bool = False,
            draw: Callable[[Random], bytes] = picture) -> int:
    added = []
    for n in range(count):
        staged = photos.stage_bytes(draw(rng), f"IMG_{rng.randrange(1000, 9999)}.JPG",
                                    keep_original=keep_original)
        if day is not None:  # taken at mid-morning, Thai time
            taken = datetime.combine(day, time(10 + n, 0)).replace(tzinfo=UTC) - timedelta(hours=7)  # type: ignore[arg-type]
            staged = replace(staged, taken_at=taken)
        # The demo's first photo of each visit shows people up close, with their consent.
        added.append(NewPhoto(staged, kind, caption, people_close=n == 0 and kind is PhotoKind.ACTIVITY,
                              consent=Consent.GIVEN if n == 0 else Consent.NOT_ASKED))
    return len(photos.apply(owner, PhotoEdits(added=added)))
