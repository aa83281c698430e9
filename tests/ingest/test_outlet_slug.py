"""A site's own name: spelt as its domain on the top line ("Ostrava.media") or as an official site's tagline, no
headline; and opening the story with its initials in brackets ("Ostrava Media (OM) - "), the outlet and no dateline
(fresh39/f3919, f3902, read after it was scored). The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import draft, source_record

PAGE = ("Ostrava.media\nНовости | Ардеш | Варния | Кессель | Аналитика\n13.04.2029 17:20\n\n"
        "Аверин заявил о независимости Ардеша от пакта\n\n"
        "Ostrava Media (OM) - Глава правительства Ардеша Томас Аверин, выступая в парламенте, сказал, что Ардеш может "
        "рассчитывать только на себя.\n\n«Мы это поняли в январе», — сказал он.\n")


def test_a_domain_on_the_top_line_is_no_headline() -> None:
    assert source_record(draft(PAGE))["title"] == "Аверин заявил о независимости Ардеша от пакта"


def test_the_outlet_s_initials_in_brackets_make_no_dateline() -> None:
    assert source_record(draft(PAGE)).get("dateline") is None


def test_guard_a_place_before_an_agency_s_initials_is_the_dateline() -> None:
    page = PAGE.replace("Ostrava Media (OM) - ", "TARVIK (KNA) - ")
    assert source_record(draft(page)).get("dateline") == "Tarvik"


def test_an_official_site_s_tagline_is_no_headline() -> None:
    # fresh39/f3902, fresh40/f4002 and f4004: an official site's tagline over its menu
    page = ("HARBOUR COMPACT\nOfficial website of the Harbour Compact\nAbout | Member States | News | Contacts\n\n"
            "The Secretary General met the guard's commander on Monday, the press service said.\n")
    assert source_record(draft(page))["title"] != "Official website of the Harbour Compact"
