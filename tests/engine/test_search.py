"""Search folds case, accents, scripts and romanisations, so an analyst finds a speaker however it is spelled."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from alliance_monitor.search import fold, haystack, match_mask, query_terms, skeleton
from alliance_monitor.tables import Tables, build_tables
from alliance_monitor.validate import load_dataset
from tests.conftest import FICTIONAL_DATA, REAL_DATA


def matches(query: str, *texts: str) -> bool:
    return bool(match_mask(pd.Series([haystack(texts)]), query).iloc[0])


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("ashimbaev", "Danijar Ašimbaev"),
        ("ashimbayev", "Ašimbaev"),
        ("Ašimbaev", "Daniyar Ashimbayev"),
        ("tokayev", "Kasym-Žomart Tokaev"),
        ("Tokaev", "Kassym-Jomart Tokayev"),
        ("Токаев", "Kassym-Jomart Tokayev"),
        ("Тоқаев", "Tokayev"),
        ("Токаев", "Тоқаев"),
        ("kassym-jomart", "Kasym-Žomart Tokaev"),
        ("Kassym Jomart", "Қасым-Жомарт Тоқаев"),
        ("TOKAYEV", "tokayev"),
        ("tokayev", "TOKAEV"),
        ("Guterres", "António Guterres"),
        ("antónio", "Antonio Guterres"),
        ("lukashenko", "Лукашенко"),
        ("ozolins", "Kārlis Ozoliņš"),
        ("Karlis Ozolins", "Карлис Озолиньш"),
        ("jon", "Jón Einarsson"),
        ("olafsdottir", "Sigrún Ólafsdóttir"),
        ("toka", "Tokaev"),  # the start of a name is enough
        ("tokayev alarms", "Tokaev: there is no need to constantly raise alarms"),  # every word, in any order
        ("alarms tokayev", "Tokaev: there is no need to constantly raise alarms"),
        ("to\u00adkayev", "Tokaev"),  # a soft hyphen pasted from a web page
    ],
)
def test_query_finds(query: str, text: str) -> None:
    assert matches(query, text), (skeleton(query), skeleton(text))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("tokayev", "Tasmagambetov"),
        ("tokayev putin", "Tokaev: there is no need to constantly raise alarms"),  # AND, not OR
        ("ashimbaev", "Abišev"),
        ("ozolins", "Halvorsen"),
        ("guterres", "Gutteridge"),
    ],
)
def test_query_does_not_find(query: str, text: str) -> None:
    assert not matches(query, text), (skeleton(query), skeleton(text))


@pytest.mark.parametrize("query", ["", "   ", "?!", "- , ;", "\u00ad"])
def test_blank_or_punctuation_only_query_matches_everything(query: str) -> None:
    """A query with no word is no filter: every row stays, rather than none."""
    assert query_terms(query) == []
    haystacks = pd.Series([haystack(["Tokaev"]), haystack(["Putin"]), haystack([])])
    assert match_mask(haystacks, query).tolist() == [True, True, True]


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Kasym-Žomart Tokaev", "kasym zhomart tokaev"), ("Ašimbaev", "ashimbaev"), ("Тоқаев", "tokaev"),
     ("  Jón,  Einarsson! ", "jon einarsson"), ("Bodø", "bodo")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_mask_keeps_the_index() -> None:
    haystacks = pd.Series([haystack(["Tokaev"]), haystack(["Putin"])], index=["q-a", "q-b"])
    assert match_mask(haystacks, "tokayev").to_dict() == {"q-a": True, "q-b": False}


@pytest.fixture(scope="module")
def real_tables() -> Tables:
    return build_tables(load_dataset(Path(REAL_DATA)))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "tokayev",
            [
                "q-tokayev-no-need-to-raise-alarms",
                "q-tokayev-keep-tactics-in-line",
                "q-tokayev-threats-always-existed",
                "q-tokayev-illusion-of-fear",
                "q-ashimbayev-peacemaking-position",  # its text: "Tokaev's words reflect ..."
            ],
        ),
        (
            "ashimbaev",
            [
                "q-ashimbayev-concerns-about-threats",
                "q-ashimbayev-giving-weight",
                "q-ashimbayev-peacemaking-position",
                "q-ashimbayev-both-directions",
                "q-ashimbayev-prevent-instrument",
            ],
        ),
        ("Токаев", "tokayev"),  # the same five as for "tokayev"
        ("Тоқаев", "tokayev"),
        ("Ašimbaev", "ashimbaev"),
        ("putin lukashenko", ["q-putin-lukashenko-defense-from-threats"]),
        (
            "qasym",  # q is not folded to k: only the alias "Qasym-Jomart Toqaev" finds him, so only his quotes
            [
                "q-tokayev-no-need-to-raise-alarms",
                "q-tokayev-keep-tactics-in-line",
                "q-tokayev-threats-always-existed",
                "q-tokayev-illusion-of-fear",
            ],
        ),
    ],
)
def test_real_quotes_found(real_tables: Tables, query: str, expected: list[str] | str) -> None:
    quotes = real_tables.quotes
    found = set(quotes.index[match_mask(quotes["search"], query)])
    if isinstance(expected, str):
        expected = list(quotes.index[match_mask(quotes["search"], expected)])
        assert len(expected) == 5
    assert found == set(expected)


def test_fictional_aliases_are_searched() -> None:
    """The Cyrillic alias of Jüri Tamm is in actors.yaml only, yet finds both of his quotes."""
    quotes = build_tables(load_dataset(FICTIONAL_DATA)).quotes
    assert set(quotes.index[match_mask(quotes["search"], "Юри")]) == {
        "q-halvorsen-tamm-carry-budget",
        "q-tamm-own-patrol-routes",
    }
    assert set(quotes.index[match_mask(quotes["search"], "ozolins")]) == {
        "q-ozolins-budget-written-in-oslo",
        "q-ozolins-not-told-what-to-pay",
    }


def test_a_country_name_finds_the_quotes_about_it(real_tables: Tables) -> None:
    """Issue 12: "Kazakhstan" finds the quotes about Kazakhstan, though their words may not name it."""
    quotes = real_tables.quotes
    for iso3 in ("KAZ", "ARM"):
        about = set(quotes.index[quotes["about"].map(lambda codes, c=iso3: c in codes)])
        name = str(real_tables.states.at[iso3, "name"])
        found = set(quotes.index[match_mask(quotes["search"], name)])
        assert about and about <= found, (iso3, about - found)
        assert found == set(quotes.index[match_mask(quotes["search"], name.lower())])
    not_about = quotes[~quotes["about"].map(lambda codes: "KAZ" in codes)]
    unnamed = not_about[~not_about["text"].str.contains("Kazak", case=False)
                        & ~not_about["translation_en"].str.contains("Kazak", case=False)]
    assert not set(unnamed.index) & set(quotes.index[match_mask(quotes["search"], "Kazakhstan")])


def test_an_empty_result_names_the_filter_that_empties_it() -> None:
    """The quote explorer's notice: one filter that matches nothing is named alone; among several, the ones that
    match nothing even with no other filter; otherwise each filter's own count."""
    from alliance_monitor.views import QuoteQuery, why_empty

    t = build_tables(load_dataset(FICTIONAL_DATA))
    assert why_empty(t, QuoteQuery(text="zzqxv")) == "No quote matches the search 'zzqxv'."
    some = str(t.quotes["source"].iloc[0])
    assert why_empty(t, QuoteQuery(text="zzqxv", sources=(some,))) == \
        "No quote matches the search 'zzqxv', even with no other filter."
