"""Issue 13.6: YAML 1.1 forms that change a value silently are refused, with `path:line: id.field: cause; fix`.

`troops: 02500` is read by YAML 1.1 as 1344 (octal) and `troops: 25:00` as 1500 (base 60); `0x1F`, `0b11`, `1_000`
and `yes/no/on/off` change values the same way, and `0o17` is text to YAML 1.1 but a number to YAML 1.2 readers.
Every such form is refused wherever it stands (an int, a float, a literal, a date, a string, a list item), by both
readers (the one-pass fast path and the full loader), and every plain form that reads as it looks is accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from alliance_monitor import yamlio
from alliance_monitor.validate import validate
from tests.conftest import replace_nth, run_cli

# (file, the line as it is, the line with {} for the value, the record, the field)
SLOTS = {
    "troops": ("events.yaml", "  troops: 3000\n", "  troops: {}\n", "ev-2023-09-northern-shield", "troops"),
    "direction": ("signals.yaml", "  direction: 1\n", "  direction: {}\n", "s-nor-threat-sea-lanes", "direction"),
    "strength": ("signals.yaml", "  strength: 3\n", "  strength: {}\n", "s-nor-threat-sea-lanes", "strength"),
    "weight": ("codebook.yaml", "  default_weight: 1.0\n", "  default_weight: {}\n", "codebook",
               "dimensions[0].default_weight"),
    "start": ("quotes.yaml", "  start: 610\n", "  start: {}\n", "q-halvorsen-sea-lanes", "start"),
    "role": ("actors.yaml", "  role: Prime Minister of Norway\n", "  role: {}\n", "halvorsen", "role"),
    "about": ("quotes.yaml", "  about: []\n", "  about: [{}]\n", "q-halvorsen-sea-lanes", "about[0]"),
    "date": ("events.yaml", "  date: '1997'\n", "  date: {}\n", "ev-1997-accord-founded", "date"),
}

BAD = [
    ("troops", "02500", "the octal number 1344"),  # the case in the issue
    ("troops", "25:00", "the base-60 number 1500"),  # the case in the issue
    ("troops", "0x9C4", "the hexadecimal number 2500"),
    ("troops", "0b100111000100", "the binary number 2500"),
    ("troops", "2_500", "the number 2500"),
    ("troops", "+02500", "the octal number 1344"),
    ("troops", "0o4704", "YAML 1.2 reads 0o4704 as the octal number 2500"),
    ("troops", "yes", "as true"),
    ("direction", "-01", "the octal number -1"),
    ("direction", "-0x1", "the hexadecimal number -1"),
    ("strength", "03", "the octal number 3"),
    ("strength", "1:03", "the base-60 number 63"),
    ("weight", "1_0.5", "the number 10.5"),
    ("weight", "1:30.5", "the base-60 number 90.5"),
    ("start", "0610", "the octal number 392"),
    ("start", "10:10", "the base-60 number 610"),
    ("role", "yes", "as true"),
    ("role", "No", "as false"),
    ("role", "on", "as true"),
    ("role", "OFF", "as false"),
    ("role", "0o17", "YAML 1.2 reads 0o17 as the octal number 15"),
    ("role", "12:30", "the base-60 number 750"),
    ("about", "NO", "as false"),  # Norway's ISO alpha-2, where a string is meant
    ("about", "ON", "as true"),
    ("date", "2023:09", "the base-60 number 121389"),
    ("date", "02023", "the octal number 1043"),
]

GOOD = [
    ("troops", "2500"), ("troops", "0"), ("troops", "'02500'"), ("troops", "+2500"), ("direction", "-1"),
    ("direction", "+1"), ("strength", "2"), ("weight", "0.5"), ("weight", "1.0"), ("weight", "2"),
    ("start", "610"), ("role", "'yes'"), ("role", '"on"'), ("role", "'25:00'"), ("role", "'0o17'"),
    ("role", "Yes, a minister"), ("role", "yesterday's minister"), ("role", "true north"), ("about", "'NOR'"),
    ("about", "NOR"), ("date", "1997"), ("date", "'1997'"), ("date", "1997-05"), ("date", "1997-05-01"),
]


def _set(data: Path, slot: str, value: str) -> tuple[str, int]:
    file, old, new, _, _ = SLOTS[slot]
    return file, replace_nth(data / file, old, new.format(value))


@pytest.mark.parametrize(("slot", "value", "reading"), BAD, ids=[f"{s}={v}" for s, v, _ in BAD])
def test_a_form_that_changes_its_value_is_refused_at_its_line_and_field(
        slot: str, value: str, reading: str, fixture_copy: Path, hardening_figure: Callable[[str], None]) -> None:
    file, line = _set(fixture_copy, slot, value)
    report = validate(fixture_copy)
    _, _, _, record, field = SLOTS[slot]
    found = [str(p) for p in report.problems if p.path.endswith(file) and p.line == line]
    assert len(found) == 1, report.problems
    assert f"{file}:{line}: {record}.{field}: " in found[0]
    assert f": {record}.{field}: " in found[0] and reading in found[0] and "quote it" in found[0], found[0]
    assert len(report.problems) == 1, report.problems  # nothing else is blamed for it
    hardening_figure(f"yaml 1.1 forms: {slot}: {value}: 1 tried, 1 caught")


@pytest.mark.parametrize(("slot", "value"), GOOD, ids=[f"{s}={v}" for s, v in GOOD])
def test_a_form_that_reads_as_it_looks_is_accepted(slot: str, value: str, fixture_copy: Path) -> None:
    _set(fixture_copy, slot, value)
    report = validate(fixture_copy)
    assert report.ok, report.problems


@pytest.mark.parametrize("value", sorted({v for _, v, _ in BAD} | {v for _, v in GOOD}))
def test_both_readers_agree_on_every_form(value: str) -> None:
    text = f"a: {value}\nb: [{value}]\n"
    fast = yamlio._load_plain(text)
    assert fast is not yamlio._NOT_PLAIN
    assert fast == yaml.load(text, Loader=yamlio._Loader)
    assert yamlio.parse_yaml(Path("x.yaml"), text.encode(), lines=False) == fast


def test_keys_keep_their_text_and_quoted_values_are_text() -> None:
    text = "yes: 1\n010: '02500'\nc: \"on\"\n"
    assert yamlio._load_plain(text) == yaml.load(text, Loader=yamlio._Loader) == {"yes": 1, "010": "02500", "c": "on"}


def test_the_command_line_reports_the_case_without_a_traceback(fixture_copy: Path) -> None:
    _, line = _set(fixture_copy, "troops", "02500")
    result = run_cli("validate", fixture_copy)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (f"events.yaml:{line}: ev-2023-09-northern-shield.troops: YAML reads 02500 as the octal number 1344: quote "
            "it ('02500') for text, or write the plain decimal number meant") in result.stdout
