import pytest

from otop_desk.domain.errors import ValidationError
from otop_desk.domain.text import clean_phone, clean_text


def test_trims_and_normalises() -> None:
    assert clean_text("  กลุ่ม  ", "f") == "กลุ่ม"
    assert clean_text("a\r\nb", "f", multiline=True) == "a\nb"
    assert clean_text("a\nb", "f") == "a b"
    assert clean_text("ทอผ้า 🧵 silk", "f") == "ทอผ้า 🧵 silk"


def test_required_field_of_spaces_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text("   ", "Group name", required=True)
    assert info.value.english() == "Group name is required."


@pytest.mark.parametrize("bad", ["a\x00b", "x\x07", "\x1b[31m"])
def test_control_characters_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        clean_text(bad, "f")


def test_length_limit() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text("ก" * 100_000, "Notes", max_length=20_000, multiline=True)
    assert "100000 characters" in info.value.english()


@pytest.mark.parametrize(("typed", "stored"), [
    ("081-234-5678", "0812345678"), ("0812345678", "0812345678"), ("043 123 456", "043123456"),
    ("+66 81 234 5678", "0812345678"), ("  ", ""), ("", "")])
def test_phone_is_stored_as_digits(typed: str, stored: str) -> None:
    assert clean_phone(typed, "p") == stored


@pytest.mark.parametrize("bad", ["12345", "call me", "081-234-5678 ext", "a\x00b"])
def test_phone_bad(bad: str) -> None:
    with pytest.raises(ValidationError):
        clean_phone(bad, "p")


def test_error_translation_uses_field_context() -> None:
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append(context)
        return {"Group name": "ชื่อกลุ่ม", "{field} is required.": "ต้องกรอก{field}"}.get(text, text)

    error = ValidationError("{field} is required.", "Group name", field="Group name").in_row(2)
    assert error.translated(translate) == "Row 2: ต้องกรอกชื่อกลุ่ม"
    assert {"Field", "Validation"} <= set(seen)
