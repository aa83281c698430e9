"""«"...", - заявил журналистам по итогам встречи министров Ведерников.»: a Russian agency's inverted attribution puts
the speaker last, after the verb's addressee and circumstances. Read from the form of a real agency item (its words
not copied) before fresh39 was written; no corpus held it. The pages are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import RU, attributions, draft

NAMED = "Исполняющий обязанности генсека пакта Игорь Ведерников провел встречу министров в Сарнове.\n\n"


@pytest.mark.parametrize("after_the_quote", [
    # the surname alone, past four words of addressee and circumstances, and a hyphen for the dash: the person the
    # page named before
    "- заявил журналистам по итогам встречи министров Ведерников.",
    "— сказал журналистам в среду после заседания совета пакта Ведерников.",
    "— заявил журналистам по итогам встречи министров Игорь Ведерников.",
])
def test_the_name_that_ends_the_clause_speaks(after_the_quote: str) -> None:
    page = RU + NAMED + f"\"Решение о назначении принято единогласно\", {after_the_quote}\n"
    [(_, who, rule, confidence)] = attributions(draft(page))
    assert who == ["Игорь Ведерников"], rule
    assert confidence in ("high", "medium")


@pytest.mark.parametrize("after_the_quote", [
    # a companion in the instrumental is no subject
    "— сказал журналистам по итогам долгой встречи с министром Ведерниковым.",
    # a place's name after its noun
    "— рассказала журналистам по итогам встречи пенсионерка из деревни Лейдо.",
    # another finite verb between: the name is that clause's
    "— заявил журналистам по итогам встречи, которую провел Ведерников.",
])
def test_a_name_that_is_not_the_subject_does_not_speak(after_the_quote: str) -> None:
    page = RU + f"«Решение о назначении принято единогласно», {after_the_quote}\n"
    [(_, who, _, _)] = attributions(draft(page))
    assert who != ["Ведерников"] and who != ["Ведерниковым"] and who != ["Лейдо"]
