"""Issue 14, round 28b: the source record, chrome and quotes `fresh27/` missed (its lines in fresh27.scored.txt), each
a case with the shape it was written for, and beside it ordinary pages on which the rule must not fire (three or more
for the date rule). Names, places and sentences are made up."""

from __future__ import annotations

from alliance_monitor.ingest.dates import parse_date
from tests.ingest.drafting import RU, draft, source_record, speaker_names

# --- the copyright's company shares the masthead's brand word (f2701) ---------------------------------------------

_NETWORK = ("Skip to main content\nKVT News\nHome   World   Business\n\nPilots vote to strike over the night rota\n\n"
            "March 4, 2027\nBy Ada Marsh\n\nHarbour pilots in Selka voted on Thursday to strike from next week, "
            "their union said after talks broke down over a new rota for the night shift.\n\n")


def test_the_masthead_the_host_spells_is_the_publisher_not_the_brands_company() -> None:
    d = draft(_NETWORK + "© 2027 KVT Broadcasting Group", "https://kvtnews.example/world/pilots-vote-strike")
    assert source_record(d)["publisher"] == "KVT News"


def test_without_a_url_the_copyright_line_still_names_the_publisher() -> None:
    # no host to tell the brand's publication from its company: the copyright line's name stands as before
    d = draft(_NETWORK + "© 2027 KVT Broadcasting Group")
    assert source_record(d)["publisher"] == "KVT Broadcasting"


def test_a_copyright_name_the_host_spells_stays_the_publisher() -> None:
    d = draft(_NETWORK + "© 2027 KVT Broadcasting Group", "https://kvtbroadcasting.example/world/pilots-vote-strike")
    assert source_record(d)["publisher"] == "KVT Broadcasting"


def test_a_masthead_of_another_brand_does_not_replace_the_copyright_name() -> None:
    page = _NETWORK.replace("KVT News", "Selka Today") + "© 2027 KVT Broadcasting Group"
    d = draft(page, "https://selkatoday.example/world/pilots-vote-strike")
    assert source_record(d)["publisher"] != "KVT News"


# --- an update after a slash on the date line (f2701) -----------------------------------------------------------

_DAILY = "WESTPORT DAILY\nNews   Local   Sport\n\nFerry link to Orsa reopens after storm repairs\n\n"
_BODY = ("By Lena Holt\n\nThe ferry link between Westport and Orsa reopened on Thursday after ten days of storm "
         "repairs to the pier, the operator said on its website.\n\n")


def test_the_date_before_a_slash_and_an_update_is_the_publication_date() -> None:
    d = draft(_DAILY + "Oct. 14, 2027, 5:02 PM CEST / Updated Oct. 15, 2027, 8:45 AM CEST\n" + _BODY)
    assert d.date.date == "2027-10-14"


def test_an_update_alone_after_the_slash_is_not_the_publication_date() -> None:
    # only an update's date on the line (before the slash a section's name): never the publication date above low
    d = draft(_DAILY + "Ports / Updated Oct. 15, 2027, 8:45 AM CEST\n" + _BODY)
    assert d.date.date != "2027-10-15" or d.date.confidence == "low"


def test_an_events_date_before_a_slash_in_the_prose_is_not_a_date_line() -> None:
    page = _DAILY + "Oct. 20, 2027\n" + _BODY + ("The pier closed on Oct. 4, 2027 / updated figures from the "
                                                  "operator show that ten thousand passengers were turned away.\n")
    d = draft(page)
    assert d.date.date == "2027-10-20"


def test_a_date_and_an_update_in_a_quote_leave_the_page_date_alone() -> None:
    page = _DAILY + "Oct. 20, 2027\n" + _BODY + ('"The notice said Oct. 4, 2027 / Updated Oct. 5, 2027, and nobody '
                                                  'read it," said Pia Varn, a spokeswoman for Orsa Lines.\n')
    d = draft(page)
    assert d.date.date == "2027-10-20"


def test_a_related_links_date_and_update_below_the_text_leave_the_page_date_alone() -> None:
    page = _DAILY + "Oct. 20, 2027\n" + _BODY + ("Related\nStorm closes the Orsa pier\nOct. 4, 2027, 9:10 AM CEST / "
                                                  "Updated Oct. 5, 2027, 7:00 AM CEST\n")
    d = draft(page)
    assert d.date.date == "2027-10-20"


def test_a_slash_before_anything_but_an_update_splits_no_fields() -> None:
    # "a date / words": a list's or a caption's line, not a meta line of fields
    assert parse_date("Oct. 14, 2027 / Ferry Strike Ends") is None
    assert parse_date("Oct. 14, 2027 / Updated figures") is not None  # (an update's label: a field)


# --- the print line names the headline (f2704) -------------------------------------------------------------------

_WEEKLY = ("The Quarterly Ledger\nMenu   This week   Search\n\nEurope | Ports and power\n\nSalt in the wound\n\n"
           "A strike at Selka's docks leaves Lindmark short of road salt\n\nNov 3rd 2027\n\nShare\n\n"
           "The first frost reached northern Lindmark on Monday, and with it the first complaints about the empty "
           "road-salt stores of three counties.\n\n")
_SLUG = "https://ledger.example/europe/2027/11/03/a-strike-at-selkas-docks-leaves-lindmark-short-of-road-salt"


def test_the_headline_the_print_line_names_is_the_title() -> None:
    page = _WEEKLY + ('This article appeared in the Europe section of the print edition under the headline "Salt in '
                      'the wound"\n')
    assert source_record(draft(page, _SLUG))["title"] == "Salt in the wound"


def test_a_print_line_naming_another_headline_leaves_the_slugs_title() -> None:
    page = _WEEKLY + ('This article appeared in the Europe section of the print edition under the headline "Winter '
                      'comes early"\n')
    assert source_record(draft(page, _SLUG))["title"] == "A strike at Selka's docks leaves Lindmark short of road salt"


def test_a_headline_named_in_the_prose_that_no_header_line_prints_changes_nothing() -> None:
    page = _WEEKLY + ('The Harl Courier ran the story under the headline "Salt runs out", which the ministry called '
                      'alarmist.\n')
    assert source_record(draft(page, _SLUG))["title"] == "A strike at Selka's docks leaves Lindmark short of road salt"


# --- the place in capitals beside the date (f2704) ---------------------------------------------------------------

_REVIEW = "The Harbour Review\nMenu   Weekly edition   Search\n\nAsia | Fishing rights\n\nNets and nerves\n\n"
_SKIPPERS = ("\n\nWhen the bay closed on Monday, the skippers in Tarnby tied up their boats and waited for the "
             "ministry to explain itself.\n")


def test_a_place_in_capitals_beside_the_date_is_the_dateline() -> None:
    assert source_record(draft(_REVIEW + "Jun 9th 2027 | TARNBY" + _SKIPPERS))["dateline"] == "Tarnby"


def test_a_word_in_capitals_the_text_names_as_no_place_is_no_dateline() -> None:
    assert source_record(draft(_REVIEW + "Jun 9th 2027 | OPINION" + _SKIPPERS)).get("dateline") is None


def test_a_section_the_header_names_is_no_dateline() -> None:
    page = _REVIEW + "Jun 9th 2027 | ASIA" + _SKIPPERS.replace("in Tarnby", "in Asia")
    assert source_record(draft(page)).get("dateline") is None


def test_a_paragraphs_own_dateline_is_kept() -> None:
    page = _REVIEW + "Jun 9th 2027 | TARNBY\n\nORSA (Nordwire) - The skippers in Tarnby tied up their boats and " \
        "waited for the ministry to explain itself on Monday.\n"
    assert source_record(draft(page))["dateline"] == "Orsa"


# --- the machine-translation bar over the masthead (f2713) ---------------------------------------------------------

_TRANSLATED = ("Translated from: Kesselian   →   English\nShow original   Options ▾   Always translate Kesselian\n"
               "HARL COURIER\nMain   Country   World\nEconomy\n\nIn the port of Harl stopped the loading of grain\n\n"
               "21 September 2027, Tuesday, 11:40\nAuthor: Petra Lusk\n\nOn Monday in the port of Harl the dockers "
               "stopped the loading of grain ships, demanding a winter bonus from the port.\n")


def test_the_masthead_under_a_translation_bar_is_the_publisher() -> None:
    assert source_record(draft(_TRANSLATED))["publisher"] == "Harl Courier"


def test_a_headline_about_a_translation_on_the_first_line_is_no_bar() -> None:
    page = ("Harl poems translated into English for the first time\n\nBy Petra Lusk\n\nThe poems of the Harl "
            "fishermen have been translated into English for the first time, their publisher said on Monday.\n")
    assert source_record(draft(page))["title"] == "Harl poems translated into English for the first time"


def test_a_masthead_over_a_show_original_link_further_down_stays() -> None:
    page = _TRANSLATED.split("\n", 2)[2] + "\nShow original\n"
    assert source_record(draft(page))["publisher"] == "Harl Courier"


def test_a_name_of_a_voice_in_capitals_on_the_first_line_is_a_masthead() -> None:
    page = _TRANSLATED.split("\n", 2)[2].replace("HARL COURIER", "VOICE OF HARL")
    assert source_record(draft(page))["publisher"] == "Voice of Harl"


# --- «В МИД ... называют ... «...»»: a body's words (f2720) ------------------------------------------------------


def _quotes(page: str) -> dict[str, list[str]]:
    d = draft(page)
    return {q.text: speaker_names(d, q) for q in d.quotes if not q.is_term}


def test_a_body_naming_in_the_present_tense_speaks() -> None:
    said = _quotes(RU + "В МИД Кесселя по-прежнему называют претензии соседей «попыткой сорвать переговоры».")
    assert said["попыткой сорвать переговоры"] == ["МИД Кесселя"]


def test_an_impersonal_naming_after_a_place_stays_a_term() -> None:
    assert "пленниками пролива" not in _quotes(RU + "В порту Тарна задержанные суда называют «пленниками пролива».")


def test_residents_naming_something_stays_a_term() -> None:
    assert "ночными гостями" not in _quotes(RU + "Жители Товика называют эти дроны «ночными гостями».")


def test_an_event_named_in_marks_stays_a_name() -> None:
    assert "Янтарные ворота" not in _quotes(RU + "В городе называют учения «Янтарные ворота».")
