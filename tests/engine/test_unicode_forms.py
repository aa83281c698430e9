"""Issue 13.4 and 13.5: one text in any Unicode form, and any script, folds and compares the same.

Unicode forms (13.4): the same name typed composed (NFC, "š") or decomposed (NFD, "s" + combining caron, as some
systems paste it) must find the same records, must not make ingest invent a new actor, and two aliases that differ
only in form or case are refused. Every boundary where text enters is covered: data files (each file), seeds,
articles (ingest), search queries, URL values (`text.normalise_text`), aliases.

Letters without a decomposition (13.5): folding transliterates every script and letter (anyascii) and never
returns an empty or split word for a word made of letters; a one-letter query does not match everything.
"""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
import yaml

from alliance_monitor.ingest.draft import ingest_article
from alliance_monitor.load import NOT_NFC
from alliance_monitor.models import RECORD_FILES
from alliance_monitor.search import fold, haystack, match_mask, normalise_text, query_terms, skeleton
from alliance_monitor.text import normalise_text as text_normalise_text
from alliance_monitor.validate import validate
from tests.conftest import FICTIONAL_DATA, REAL_DATA, run_cli


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def matches(query: str, *texts: str) -> bool:
    return bool(match_mask(pd.Series([haystack(texts)]), query).iloc[0])


# --- search queries and URL values ---------------------------------------------------------------------------

NAMES = ["Gaziz Abišev", "Kasym-Žomart Tokaev", "Токаев", "Тоқаев", "Йон Эйнарссон", "Jón Einarsson",
         "Kārlis Ozoliņš", "Sigrún Ólafsdóttir", "Jüri Tamm", "Çağrı Güneş", "Nguyễn Phú Trọng", "Αθήνα"]


@pytest.mark.parametrize("name", NAMES)
def test_a_decomposed_query_folds_and_finds_like_the_composed_one(name: str) -> None:
    assert fold(nfd(name)) == fold(name) and skeleton(nfd(name)) == skeleton(name)
    assert matches(nfd(name), name) and matches(name, nfd(name))


def test_the_named_case_abisev_in_nfd_finds_abishev() -> None:
    query = nfd("Abišev")
    assert query != "Abišev"  # really decomposed: "s" + U+030C
    assert matches(query, "Gaziz Abishev") and matches("abisev", "Gaziz Abišev") and matches("Abishev", query)


@pytest.mark.parametrize("value", ["Abišev", "Тоқаев", "plain ascii", "", "Jón"])
def test_url_values_are_normalised_to_nfc(value: str) -> None:
    assert normalise_text(nfd(value)) == value == text_normalise_text(value)
    assert normalise_text is text_normalise_text


# --- letters without a decomposition, every script ----------------------------------------------------------

LETTER_WORDS = {
    "ı": "i", "Kırıkkale": "kirikkale", "ə": "e", "Əliyev": "eliyev", "œuvre": "oeuvre", "Straße": "strasse",
    "Bodø": "bodo", "Łódź": "lodz", "Đorđe": "dorde", "Þór": "thor", "Æsir": "aesir", "ĳs": "ijs",
    "ħ": "h", "ŧ": "t", "ſ": "s", "ĸ": "q", "Ŋ": "ng", "ﷺ": "slallhlyhwslm",
    "Αθήνα": "athina", "Ελλάδα": "ellada", "თბილისი": "tbilisi",
    "Երևան": "erewan", "القاهرة": "lqhrh", "תל": "tl", "北京": "beijing", "東京": "dongjing",
    "서울": "seoul", "ไทย": "aithy", "Oʻzbekiston": "ozbekiston", "Ўзбекистон": "uzbekiston",
    "Қазақстан": "kazakstan", "Беларусь": "belarus", "ь": None, "ʼ": None,
}


@pytest.mark.parametrize("word", list(LETTER_WORDS))
def test_a_word_of_letters_folds_to_one_non_empty_ascii_word(word: str) -> None:
    assert all(ch.isalpha() for ch in word)
    for form in (word, nfd(word), word.upper(), word.lower()):
        folded = fold(form)
        assert folded and " " not in folded and folded.isascii() and folded.isalnum(), (form, folded)
        assert folded == fold(word)
    expected = LETTER_WORDS[word]
    if expected is not None:
        assert fold(word) == expected, fold(word)


def test_every_letter_of_the_basic_multilingual_plane_folds_to_one_word() -> None:
    """The property over every letter (category L*) Unicode has below U+10000: 48,000 cases."""
    letters = [chr(c) for c in range(0x80, 0x10000) if chr(c).isalpha()]
    bad = [(ch, fold(ch)) for ch in letters if not (f := fold(ch)) or " " in f or not f.isalnum()]
    assert len(letters) > 40_000 and not bad, bad[:20]


@pytest.mark.parametrize("query", ["ı", "i", "I", "ə", "e", "a", "œ", nfd("ș")])
def test_a_one_letter_query_does_not_match_everything(query: str) -> None:
    haystacks = pd.Series([haystack([t]) for t in ["Tokaev said the treaty is dead", "Kırıkkale", "Putin",
                                                     "Əliyev", "The Kremlin disagrees"]])
    mask = match_mask(haystacks, query)
    assert not mask.all(), (query, query_terms(query))
    assert mask.sum() <= 1


def test_one_letter_terms_match_a_whole_word() -> None:
    assert matches("I Einarsson", "I. Einarsson") and not matches("i", "Einarsson")
    assert matches("ı", "i") and matches("toka", "Tokaev")  # a longer term still matches the start of a name


# --- data files: every file reports non-NFC text with path:line: id.field ----------------------------------


def _decompose_first(path: Path) -> tuple[int, str]:
    """Decompose the first composable character of the file's text (after its header); its line and char."""
    text = path.read_text(encoding="utf-8")
    for index, ch in enumerate(text):
        if nfd(ch) != ch:
            path.write_text(text[:index] + nfd(ch) + text[index + 1:], encoding="utf-8")
            return text.count("\n", 0, index) + 1, ch
    raise AssertionError(f"{path.name} holds nothing to decompose")


def _append_note(path: Path) -> int:
    """Give the first record of a file without composable text a decomposed word in a free-text field."""
    text = path.read_text(encoding="utf-8")
    for field in ("  rationale: ", "  definition: ", "  description: ", "  basis: ", "  summary: "):
        index = text.find(field)
        if index >= 0:
            start = index + len(field)
            path.write_text(text[:start] + nfd("Café ") + text[start:], encoding="utf-8")
            return text.count("\n", 0, index) + 1
    raise AssertionError(path.name)


@pytest.mark.parametrize("kind", list(RECORD_FILES))
def test_non_nfc_text_in_every_data_file_is_reported_with_its_line_and_field(
        kind: str, fixture_copy: Path, hardening_figure: Callable[[str], None]) -> None:
    path = fixture_copy / f"{kind}.yaml"
    if kind == "quotes":  # its first composable character is in a span: decomposing it would break the span too
        line = _append_note(path)
    else:
        try:
            line, _ = _decompose_first(path)
        except AssertionError:
            line = _append_note(path)
    report = validate(fixture_copy)
    found = [p for p in report.problems if p.message.startswith(NOT_NFC)]
    assert len(found) == 1 and found[0].path.endswith(f"{kind}.yaml") and found[0].line == line, report.problems
    assert found[0].record and "fmt" in found[0].message
    assert str(found[0]).startswith(f"{found[0].path}:{line}: ")
    # fmt normalises it (the one problem fmt fixes), and the data then validates; spans keep their offsets
    result = run_cli("fmt", "--force", fixture_copy)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8"))
    assert validate(fixture_copy).ok
    hardening_figure(f"unicode forms: non-NFC text in {kind}.yaml: 1 tried, 1 caught")


def test_fmt_still_refuses_other_problems_alongside_non_nfc_text(fixture_copy: Path) -> None:
    _decompose_first(fixture_copy / "actors.yaml")
    quotes = fixture_copy / "quotes.yaml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("  - halvorsen\n", "  - nobody\n", 1),
                      encoding="utf-8")
    before = (fixture_copy / "actors.yaml").read_bytes()
    result = run_cli("fmt", fixture_copy)
    assert result.returncode == 1 and "unknown actor 'nobody'" in result.stdout
    assert (fixture_copy / "actors.yaml").read_bytes() == before


@pytest.mark.parametrize(("first", "second"), [("Abišev", nfd("Abišev")), ("CSTO", "Csto"), ("Jón", nfd("JÓN"))])
def test_aliases_equal_after_nfc_and_case_folding_are_refused(first: str, second: str, fixture_copy: Path) -> None:
    path = fixture_copy / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - Halvorsen\n", f"  - {first}\n  - {second}\n", 1), encoding="utf-8")
    report = validate(fixture_copy)
    found = [p for p in report.problems if p.field == "aliases[1]" and not p.message.startswith(NOT_NFC)]
    assert len(found) == 1 and found[0].record == "halvorsen" and "case folding" in found[0].message, report.problems
    assert found[0].line == text.count("\n", 0, text.index("  - Halvorsen\n")) + 2


def test_an_alias_equal_to_the_name_in_another_form_is_refused(fixture_copy: Path) -> None:
    path = fixture_copy / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - Jon Einarsson\n", f"  - {nfd('jón einarsson')}\n", 1), encoding="utf-8")
    assert any(p.record == "einarsson" and p.field == "aliases[0]" and "case folding" in p.message
               for p in validate(fixture_copy).problems)


# --- seeds: offsets index the seed as stored, so a decomposed seed is refused, never normalised ---------------


def test_a_seed_in_nfd_is_reported_on_its_source(fixture_copy: Path) -> None:
    seed = fixture_copy.parent / "seeds" / "northwind-2024-reykjavik-summit.txt"
    decomposed = nfd(seed.read_text(encoding="utf-8"))
    assert not unicodedata.is_normalized("NFC", decomposed)
    old_digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.write_text(decomposed, encoding="utf-8")
    sources = fixture_copy / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        old_digest, hashlib.sha256(seed.read_bytes()).hexdigest()), encoding="utf-8")
    report = validate(fixture_copy)
    found = [p for p in report.problems if p.field == "seed_file" and "NFC" in p.message]
    assert len(found) == 1 and "ingest the article again" in found[0].message, report.problems
    assert run_cli("fmt", "--force", fixture_copy).returncode == 1  # fmt cannot fix a seed: offsets would move


def test_every_bundled_seed_and_data_file_is_nfc() -> None:
    for folder in (REAL_DATA, FICTIONAL_DATA):
        for path in [*folder.glob("*.yaml"), *(folder.parent / "seeds").glob("*.txt")]:
            assert unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8")), path


# --- articles: ingest stores the article NFC before computing offsets --------------------------------------

ARTICLE = """\
23 November 2023

Vienna weighs its options

Vienna (Danube Wire) - According to Kazakh political scientist Gaziz Abišev, "Vienna is testing the patience \
of every neighbour."
"""


def test_ingest_of_a_decomposed_article_stores_it_nfc_and_finds_the_known_actor(tmp_path: Path) -> None:
    shutil.copytree(REAL_DATA, tmp_path / "data")
    shutil.copytree(REAL_DATA.parent / "seeds", tmp_path / "seeds")
    article = tmp_path / "article.txt"
    article.write_text(nfd(ARTICLE), encoding="utf-8")
    result = ingest_article(article, tmp_path / "data", source_id="danube-2023-vienna")
    stored = result.seed_path.read_text(encoding="utf-8")
    assert stored == ARTICLE  # NFC, so "Abišev" is one code point for š
    draft = yaml.safe_load(result.draft_path.read_text(encoding="utf-8"))
    assert draft["source"]["sha256"] == hashlib.sha256(result.seed_path.read_bytes()).hexdigest()
    quote = next(q for q in draft["quotes"] if q["text"].startswith("Vienna is testing"))
    assert quote["speakers"] == ["abishev"]  # the known actor, not a new "Gaziz Abis"
    assert not [a for a in draft["actors"] if "Abis" in a.get("name", "")]
    for q in draft["quotes"]:
        assert stored[q["start"]:q["end"]] == q["text"]  # offsets index the stored (NFC) text
