"""Reading printed PDFs back in tests: the text layer (poppler's pdftotext) and the pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
UPPER = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4c\u0e4d"  # ั ิ ี ึ ื ็ ์ ํ
LOWER = "\u0e38\u0e39\u0e3a"  # ุ ู ฺ
# Every consonant: the tall ones (ป ฝ ฟ ฬ) shift marks left, ญ ฐ lose their tails and
# ฎ ฏ shorten over a lower vowel.
CONSONANTS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"


def marks_text() -> str:
    """Thai with every tone mark and upper/lower vowel over every consonant, stacked as
    they are written (tone over upper or lower vowel, ำ after a tone), and common words."""
    words = []
    for c in CONSONANTS:
        words += [c + t for t in TONES]
        words += [c + v + t for v in "\u0e31\u0e34\u0e35\u0e36\u0e37" + LOWER[:2] for t in TONES]
        words += [c + t + "\u0e33" for t in TONES]
        words += [c + v for v in UPPER + LOWER] + [c + "\u0e33", c + "\u0e34\u0e4c"]
    return " ".join(words) + " " + WORDS


WORDS = ("เยี่ยม ปัญหา ที่ตั้ง น้ำ ตำบล สำนักงาน กำหนด ฤๅษี ฦๅ กตัญญู ฐาน ฎีกา ปฏิบัติ ญาติ "
         "ปั้น ฝั่ง ฟื้นฟู ฬ้ำ ป่า ค่า ก๋วยเตี๋ยว OTOP 2569")


def pdftotext(path: Path, *args: str) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, "-enc", "UTF-8", *args, str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


FOOTER = r"(Page|หน้า) \d+ (of|จาก) \d+"


def words(path: Path) -> list[str]:
    """The words of the text layer, without the page furniture."""
    return re.sub(FOOTER, " ", pdftotext(path)).split()


def page_images(path: Path, out: Path, resolution: int = 40) -> list[bytes]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-r", str(resolution), "-gray", str(path), str(out / "page")], check=True)
    return [p.read_bytes() for p in sorted(out.glob("page*.pgm"))]
