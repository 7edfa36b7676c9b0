"""Photos for tests, drawn with Pillow: no downloads, the same bytes on every run."""

from __future__ import annotations

import io
import random
from datetime import datetime
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from otop_desk.db.database import Database
from otop_desk.services.photos import Owner
from otop_desk.services.visits import VisitData


def scene(width: int, height: int, seed: int = 1, *, noise: int = 6) -> Image.Image:
    """A picture that compresses like a phone photo: a sky and ground in gradients,
    shapes with soft edges, texture, and sensor noise."""
    rng = random.Random(seed)
    small = (max(8, width // 16), max(8, height // 16))
    base = Image.linear_gradient("L").resize(small).convert("RGB")
    sky = (rng.randrange(90, 160), rng.randrange(140, 200), rng.randrange(190, 250))
    ground = (rng.randrange(60, 140), rng.randrange(80, 150), rng.randrange(30, 90))
    picture = Image.composite(Image.new("RGB", small, ground), Image.new("RGB", small, sky),
                              base.convert("L"))
    draw = ImageDraw.Draw(picture)
    for _ in range(12):
        x, y = rng.randrange(small[0]), rng.randrange(small[1] // 3, small[1])
        r = rng.randrange(2, max(3, small[0] // 6))
        colour = tuple(rng.randrange(30, 230) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    picture = picture.resize((width, height), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(1))
    texture = _noise(rng, max(1, width // 4), max(1, height // 4)).resize((width, height), Image.Resampling.BICUBIC)
    picture = Image.blend(picture, Image.merge("RGB", (texture, texture, texture)), 0.10)
    if noise:
        grain = _noise(rng, width, height)
        picture = Image.blend(picture, Image.merge("RGB", (grain, grain, grain)), noise / 100)
    return picture


def _noise(rng: random.Random, width: int, height: int) -> Image.Image:
    """Uniform grey noise from the seeded generator (Pillow's own is not seeded)."""
    return Image.frombytes("L", (width, height), rng.randbytes(width * height))


def exif_bytes(*, taken: str | None = None, offset: str | None = None, orientation: int | None = None,
               gps: tuple[float, float] | None = None) -> bytes:
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if taken:
        details = {0x9003: taken}
        if offset:
            details[0x9011] = offset
        exif[0x8769] = details
    if gps:
        lat, lon = gps
        exif[0x8825] = {1: "N" if lat >= 0 else "S", 2: _dms(abs(lat)), 3: "E" if lon >= 0 else "W",
                        4: _dms(abs(lon))}
    return exif.tobytes()


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 1000)
    return (Fraction(degrees), Fraction(minutes), Fraction(seconds, 1000))


def jpeg_bytes(width: int = 800, height: int = 600, seed: int = 1, *, quality: int = 90,
               exif: bytes | None = None, noise: int = 6) -> bytes:
    out = io.BytesIO()
    scene(width, height, seed, noise=noise).save(out, "JPEG", quality=quality, exif=exif or b"")
    return out.getvalue()


def write_jpeg(path: Path, width: int = 800, height: int = 600, seed: int = 1, **kwargs: object) -> Path:
    path.write_bytes(jpeg_bytes(width, height, seed, **kwargs))  # type: ignore[arg-type]
    return path


def phone_photo(path: Path, seed: int) -> Path:
    """A 12-megapixel (4000 × 3000) photo as a phone writes it: quality 92, EXIF date,
    GPS and orientation."""
    exif = exif_bytes(taken="2026:11:20 10:15:00", offset="+07:00", orientation=1, gps=(16.44, 102.83))
    return write_jpeg(path, 4000, 3000, seed, quality=92, exif=exif, noise=8)


def make_visit(db: Database) -> Owner:
    """A group and a visit to it; the visit as a photo owner."""
    from otop_desk.services import Services
    from otop_desk.services.groups import GroupData

    services = Services(db)
    group = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนนสูง", member_count=12))
    visit = services.visits.save(VisitData(group_id=group, visit_date=datetime(2026, 11, 20).date(),
                                           officers="นางสาวมณี ใจดี", people_met=5))
    return Owner("visit", visit)
