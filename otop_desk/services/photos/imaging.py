"""Reading a photo from a phone or a camera, and the copy OTOP Desk keeps of it.

Phones write 5-15 MB photos (a 17 MB one crashed a field app others use); 500 of them a
year would fill a laptop's disk and every workbook. Pillow (and ``pillow-heif`` for the
iPhone's HEIC) reads the file once, turns it upright by its EXIF orientation, keeps when
it was taken and where (EXIF date, offset and GPS), and writes a copy with a long side of
1,600 px as JPEG quality 82 (sharp on an A4 page, about 290 KB), with no EXIF at all (a
shared photo does not carry the village's GPS point), plus a thumbnail for the forms.

Whatever is wrong with a file is refused with one line that names it, before anything is
stored: an empty file, one that is not a picture, a damaged or truncated one, one that
vanishes while being read (a phone unplugged), and pictures too large to decode safely (a
"decompression bomb": a few kilobytes that claim billions of pixels). A JPEG is decoded
at a reduced scale straight from its DCT blocks (``draft``), so even a 100-megapixel
photo costs little memory; other formats must be decoded whole and are held to less.
"""

from __future__ import annotations

import errno
import hashlib
import io
import math
import struct
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from otop_desk.domain.clock import THAILAND
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# A truncated file is an error, never a picture with a grey bottom half.
ImageFile.LOAD_TRUNCATED_IMAGES = False

LONG_SIDE = 1600
#: 82, not the usual 85: no difference on paper, and a year's 500 phone photos stay
#: under 150 MB (about 286 KB each for 12-megapixel photos with a phone's grain).
QUALITY = 82
THUMB_SIDE = 256
THUMB_QUALITY = 75
PRINT_SIDE = 1000  # 8 cm wide on paper at 300 dpi
#: Larger than any photo a phone or camera writes (RAW files are not photos here).
MAX_FILE_BYTES = 80 * 1024 * 1024
#: Pixels a JPEG may claim: it is decoded at 1/2 to 1/8 scale, so 200 MP stays small.
MAX_JPEG_PIXELS = 200_000_000
#: Pixels decoded whole (any other format, or a JPEG after its reduction): 50 MP is
#: 150 MB as RGB, more than a 48-MP phone's HEIC and about what a laptop spares.
MAX_DECODED_PIXELS = 50_000_000
#: What Pillow itself refuses (it warns at half of it, which is made an error below).
Image.MAX_IMAGE_PIXELS = MAX_JPEG_PIXELS
_READ_FORMATS = {"JPEG", "MPO", "PNG", "HEIF", "WEBP", "TIFF", "BMP", "GIF"}
_DRAFTABLE = {"JPEG", "MPO"}
_CHUNK = 1024 * 1024

EMPTY = QT_TRANSLATE_NOOP("Validation", "{file} is empty (0 bytes). Nothing was added.")
NOT_A_PHOTO = QT_TRANSLATE_NOOP(
    "Validation", "{file} is not a photo OTOP Desk can read (JPEG, HEIC, PNG or WebP). Nothing was added.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Validation", "{file} is damaged or incomplete (perhaps copied only in part). Nothing was added; "
    "copy it from the phone again.")
FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "{file} is {size} MB, more than the {limit} MB a photo may be. Nothing was added.")
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Validation", "{file} is {width} × {height} pixels ({megapixels} megapixels), more than OTOP Desk "
    "reads safely ({limit} megapixels). Nothing was added.")
GONE = QT_TRANSLATE_NOOP(
    "Validation", "{file} disappeared while it was being read (was the phone or USB drive unplugged?). "
    "Nothing was added.")
UNREADABLE = QT_TRANSLATE_NOOP("Validation", "{file} cannot be read: {reason}. Nothing was added.")


class PhotoRefused(ValidationError):
    """A file cannot become a photo; the message names it and says why. Nothing was stored."""


def _refuse(message: str, name: str, **params: Any) -> PhotoRefused:
    return PhotoRefused(message, None, file=name, **params)


@dataclass(frozen=True)
class Prepared:
    """A photo as it will be kept: the stored JPEG, its thumbnail, and what EXIF said."""

    data: bytes
    thumbnail: bytes
    sha256: str
    width: int
    height: int
    file_name: str
    taken_at: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    #: The file as it came, when the officer asked to keep it.
    original: bytes | None = None

    @property
    def original_sha256(self) -> str | None:
        return sha256(self.original) if self.original is not None else None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# reading the file ----------------------------------------------------------------------------
def _open_source(path: Path) -> BinaryIO:
    """Opened here, so a test can hand over a file that fails half-way (a USB cable pulled)."""
    return open(path, "rb")  # noqa: SIM115 - closed by read_source


def read_source(path: Path) -> bytes:
    """The file's bytes, or ``PhotoRefused`` for one that is empty, too large, gone or
    unreadable. It is read whole before anything is decoded or stored."""
    name = Path(path).name
    try:
        with _open_source(Path(path)) as f:
            chunks: list[bytes] = []
            total = 0
            while True:
                chunk = f.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_FILE_BYTES:
                    raise _refuse(FILE_TOO_BIG, name, size=_megabytes(_size_of(path, total)),
                                  limit=MAX_FILE_BYTES // 2**20)
                chunks.append(chunk)
    except FileNotFoundError:
        raise _refuse(GONE, name) from None
    except IsADirectoryError:
        raise _refuse(NOT_A_PHOTO, name) from None
    except OSError as error:
        if error.errno in (errno.EIO, errno.ENXIO, errno.ENODEV, errno.ESTALE, errno.ENOENT):
            raise _refuse(GONE, name) from None
        raise _refuse(UNREADABLE, name, reason=error.strerror or str(error)) from None
    data = b"".join(chunks)
    if not data:
        raise _refuse(EMPTY, name)
    return data


def _size_of(path: Path, at_least: int) -> int:
    try:
        return max(Path(path).stat().st_size, at_least)
    except OSError:
        return at_least


def _megabytes(size: int) -> str:
    return f"{size / 2**20:,.0f}"


# decoding ---------------------------------------------------------------------------------------
def prepare(path: Path, *, keep_original: bool = False) -> Prepared:
    """Read ``path`` and make the copy to keep; ``PhotoRefused`` says why not."""
    data = read_source(Path(path))
    return prepare_bytes(data, Path(path).name, keep_original=keep_original)


def prepare_bytes(data: bytes, name: str, *, keep_original: bool = False) -> Prepared:
    """As ``prepare``, for bytes already read (a pasted picture)."""
    if not data:
        raise _refuse(EMPTY, name)
    image, exif = _decode(data, name)
    taken_at, latitude, longitude = _exif_facts(exif)
    stored = _encode(image, LONG_SIDE, QUALITY)
    width, height = _scaled(image.size, LONG_SIDE)
    return Prepared(
        data=stored, thumbnail=make_thumbnail(stored), sha256=sha256(stored), width=width, height=height,
        file_name=name[:200], taken_at=taken_at, latitude=latitude, longitude=longitude,
        original=data if keep_original else None,
    )


@cache
def _read_heic() -> None:
    """Teach Pillow to read a phone's HEIC photos. Loaded with the first photo read, not at
    start-up: the plug-in and its library take longer to load than the window to open."""
    import pillow_heif

    pillow_heif.register_heif_opener()


def _decode(data: bytes, name: str) -> tuple[Image.Image, Image.Exif]:
    """The picture upright and in RGB, at least ``LONG_SIDE`` wide where it was, and its EXIF."""
    _read_heic()
    try:
        with warnings.catch_warnings():
            # Pillow only warns at half its limit; a "bomb" is refused, not decoded.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in _READ_FORMATS:
                raise _refuse(NOT_A_PHOTO, name)
            width, height = image.size
            limit = MAX_JPEG_PIXELS if image.format in _DRAFTABLE else MAX_DECODED_PIXELS
            if width * height > limit:
                raise _too_many(name, width, height, limit)
            exif = image.getexif()
            if image.format in _DRAFTABLE:
                # Decoded at 1/2, 1/4 or 1/8 scale when that is still larger than needed.
                image.draft("RGB", _scaled((width, height), LONG_SIDE))
            if image.size[0] * image.size[1] > MAX_DECODED_PIXELS:
                raise _too_many(name, width, height, MAX_DECODED_PIXELS)
            image.load()
            image = ImageOps.exif_transpose(image) or image
            return _rgb(image), exif
    except PhotoRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        width, height = _claimed_size(data)
        raise _too_many(name, width, height, MAX_DECODED_PIXELS) from None
    except UnidentifiedImageError:
        raise _refuse(NOT_A_PHOTO, name) from None
    except MemoryError:
        raise _refuse(DAMAGED, name) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError, struct.error):
        # "image file is truncated", broken Huffman tables, a HEIC without its data...
        raise _refuse(DAMAGED, name) from None


def _too_many(name: str, width: int, height: int, limit: int) -> PhotoRefused:
    return _refuse(TOO_MANY_PIXELS, name, width=f"{width:,}", height=f"{height:,}",
                   megapixels=f"{width * height / 1e6:,.0f}", limit=f"{limit / 1e6:,.0f}")


def _claimed_size(data: bytes) -> tuple[int, int]:
    _read_heic()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            Image.MAX_IMAGE_PIXELS, saved = None, Image.MAX_IMAGE_PIXELS
            try:
                return Image.open(io.BytesIO(data)).size
            finally:
                Image.MAX_IMAGE_PIXELS = saved
    except Exception:  # noqa: BLE001 - only for the message
        return (0, 0)


def _rgb(image: Image.Image) -> Image.Image:
    """RGB; anything transparent is laid on white (a product shot cut out on a phone)."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v / 256).convert("L")
    return image.convert("RGB")


def _scaled(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    width, height = size
    if max(width, height) <= long_side:
        return width, height
    factor = long_side / max(width, height)
    return max(1, round(width * factor)), max(1, round(height * factor))


def _encode(image: Image.Image, long_side: int, quality: int) -> bytes:
    target = _scaled(image.size, long_side)
    if target != image.size:
        image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    out = io.BytesIO()
    # No EXIF: the GPS point and the phone's serial number stay in the database only.
    image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue()


def make_thumbnail(stored: bytes) -> bytes:
    """A small JPEG of a stored photo, for the forms' strips (made again when lost)."""
    image = Image.open(io.BytesIO(stored))
    image.draft("RGB", _scaled(image.size, THUMB_SIDE))
    return _encode(_rgb(image), THUMB_SIDE, THUMB_QUALITY)


def for_print(stored: bytes, long_side: int = PRINT_SIDE) -> bytes:
    """A stored photo at the size a printed page needs."""
    image = Image.open(io.BytesIO(stored))
    if max(image.size) <= long_side:
        return stored
    image.draft("RGB", _scaled(image.size, long_side))
    return _encode(_rgb(image), long_side, 80)


# EXIF -------------------------------------------------------------------------------------------
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATE_ORIGINAL, _OFFSET_ORIGINAL, _DATE_TIME = 0x9003, 0x9011, 0x0132


def _exif_facts(exif: Image.Exif) -> tuple[datetime | None, float | None, float | None]:
    try:
        details = exif.get_ifd(_EXIF_IFD)
        gps = exif.get_ifd(_GPS_IFD)
    except Exception:  # noqa: BLE001 - a broken EXIF block loses its facts, not the photo
        return None, None, None
    taken = _taken_at(details.get(_DATE_ORIGINAL) or exif.get(_DATE_TIME), details.get(_OFFSET_ORIGINAL))
    latitude = _degrees(gps.get(2), gps.get(1), "S", 90)
    longitude = _degrees(gps.get(4), gps.get(3), "W", 180)
    if latitude is None or longitude is None or (latitude == 0 and longitude == 0):
        return taken, None, None  # 0,0: a phone that had no fix
    return taken, latitude, longitude


def _taken_at(text: Any, offset: Any) -> datetime | None:
    """EXIF's local "YYYY:MM:DD HH:MM:SS" as an instant: by its offset when the camera
    wrote one, else in Thailand's time (UTC+7, the same all year)."""
    if not isinstance(text, str):
        return None
    try:
        local = datetime.strptime(text.strip().rstrip("\x00")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if not 1990 <= local.year <= 2100:
        return None
    zone = timezone(THAILAND)
    if isinstance(offset, str) and len(offset.strip()) >= 6 and offset.strip()[0] in "+-":
        try:
            sign = -1 if offset.strip()[0] == "-" else 1
            hours, minutes = (int(x) for x in offset.strip()[1:6].split(":"))
            zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
        except ValueError:
            pass
    return local.replace(tzinfo=zone).astimezone(UTC).replace(microsecond=0)


def _degrees(value: Any, ref: Any, negative: str, bound: float) -> float | None:
    try:
        degrees, minutes, seconds = (float(v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = degrees + minutes / 60 + seconds / 3600
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if isinstance(ref, str) and ref.strip().upper().startswith(negative):
        result = -result
    if not math.isfinite(result) or abs(result) > bound:
        return None
    return round(result, 6)
