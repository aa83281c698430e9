"""Issue 14, round 19: the kinds that recur across `fresh16/`, `fresh17/` and `fresh18/` (their lines in
fresh16.scored.txt, fresh17.scored.txt and fresh18.scored.txt), each a case with the shape it was written for, and
beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import _abbreviates, settle_publisher
from tests.ingest.drafting import draft

BODY = ("VELLIN, 4 December – Varnia has offered the Harbour Compact a second coastal radar site near Skarra, the "
        "defence ministry said on Friday.\n")


# --- an abbreviated publisher is cited by the page's own full form ----------------------------------------------

def test_initials_are_read_as_word_starts_in_latin_and_cyrillic() -> None:
    # fresh18/f1804, f1814, fresh17/f1704, fresh16/f1604: the agencies' and broadcaster's own abbreviations
    assert _abbreviates("LINA", "Lindmark News Agency")
    assert _abbreviates("ЛИНА", "Линдмаркское новостное агентство")
    assert _abbreviates("SONA", "Sorvian State News Agency")
    assert _abbreviates("SBC", "Sorvian Broadcasting Corporation")
    assert _abbreviates("Sbc", "Sorvian Broadcasting Corporation")  # the masthead's title-cased form


def test_initials_do_not_fit_a_name_of_other_words() -> None:
    # ordinary names: a first or last word that gives no letter, a single word, more than one word skipped
    assert not _abbreviates("LINA", "Agency for Lindmark News")
    assert not _abbreviates("SONA", "Sorvia")
    assert not _abbreviates("SNA", "Sorvian Northern Coast Maritime Agency")
    assert not _abbreviates("KNA", "Lindmark News Agency")


def test_a_masthead_of_initials_is_spelt_out_by_the_copyright_line_or_the_line_under_it() -> None:
    # fresh18/f1804 (d310): "© Varnian News Agency (VANA), 2026" in the footer; f1814 (d311): the full name under
    page = ("VANA\nEnglish | Русский\n\nVarnia offers a second radar site to the Compact\n04.12.2026 11:20\n\n"
            + BODY.replace("December –", "December (VANA) –")
            + "\n© Varnian News Agency (VANA), 2026. When quoting, a reference to VANA is required.\n")
    assert settle_publisher("VANA", page, None) == "Varnian News Agency"
    assert draft(page).document["source"]["publisher"] == "Varnian News Agency"
    ru = ("КЕНА\nКессельское новостное агентство\nРусский | English\n\nКессель продлит патрулирование\n"
          "8 декабря 2026, 10:40\n\nКЕССЕЛЬ-СИТИ, 8 декабря. /КЕНА/. Кессель продлит патрулирование залива.\n")
    assert settle_publisher("КЕНА", ru, None) == "Кессельское новостное агентство"


def test_initials_with_no_full_form_on_the_page_or_a_name_they_do_not_fit_stay_as_printed() -> None:
    # ordinary pages: an agency that never spells itself out; a bracketed abbreviation of something else
    page = ("VANA\nEnglish | Русский\n\nVarnia offers a second radar site to the Compact\n\n" + BODY
            + "\nThe Compact's Joint Radar Command (JRC) will inspect the site.\n© VANA, 2026.\n")
    assert settle_publisher("VANA", page, None) == "VANA"
    assert settle_publisher("Harbour Times", page, None) == "Harbour Times"
