"""Issue 14: the review of rounds 24a and 24b (read-only, main at 44b7b61). Each case below the guards failed on
the rules as those rounds left them (14 of the 16 passed before them). F1 and F2 gave a wrong date above low
confidence (a weekday, a day and an acronym between dashes read as a dateline; a dated list line "date - | Headline"
read as a meta line); F3-F4 a wrong speaker, F5-F6 a lost quote, F7-F9 a wrong field. All nine are fixed; the
guards are right on main and stay so. Fictional text only."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft, speakers

BODY = "\"We will keep the ferry running,\" harbour master Ola Berg said.\n"
HEAD = "ESKBY NOTES\n\nHarbour summit set for Tuesday\n\n"
RU_QUOTE = "«Мы ждем погоды», — сказал капитан Иван Лунд.\n"


# Guards: right on main, keep them
def test_guard_an_empty_slot_in_an_event_box_never_beats_the_printed_date() -> None:
    page = HEAD + "5 March 2027\n\nDate: 12 Mar. 2027 - | Venue: Eskby Hall\n\nBy Tove Lind\n\n" + BODY
    assert draft(page).date.date == "2027-03-05"


@pytest.mark.parametrize(("page", "name"), [
    (EN + "\"We will sail,\" said the Minister for Foreign Affairs Elise Varg.\n", "Elise Varg"),
    (EN + "\"We will sail,\" the Embassy of Kessel in Tarnby said in a statement.\n", "Embassy of Kessel in Tarnby"),
    (RU + "«Мы будем ждать», — сказала представитель МИД Ирма Келло.\n", "Ирма Келло"),
    (RU + "«Мы будем ждать», — сказала глава МИД Кесселя Ирма Келло.\n", "Ирма Келло"),
])
def test_guard_role_and_body_names(page: str, name: str) -> None:
    assert speakers(draft(page)) == [[name]]


def test_guard_a_timeline_with_a_speakers_colon_keeps_its_quotes() -> None:
    page = (EN + "The pier has a long story.\n\nOla Berg, 1998: \"We built this pier ourselves\"\n"
            "Tove Lind, 2026: \"We will rebuild it by summer\"\n\nThe work starts in May.\n")
    assert speakers(draft(page)) == [["Ola Berg"], ["Tove Lind"]]


# F1 (24b chrome.py _DATELINE, the caps agency after a comma behind a date): an ordinary opening sentence with a
# weekday, a day and an acronym between dashes is no dateline; it must not date the page above low
@pytest.mark.parametrize("paragraph", [
    "On Friday, 3 April, KPA – the port authority – closed the pier.",
    "Tuesday, 12 May, NATO – the alliance – kept its ships in port.",
])
def test_a_sentence_with_a_day_and_an_acronym_between_dashes_does_not_date_the_page(paragraph: str) -> None:
    d = draft("Harbour Talks Resume\n\nBy Staff Writer\n\n" + paragraph + "\n\n" + BODY,
              "https://x.example/2027/harbour-talks")
    assert d.date.date is None or d.date.confidence == "low"
    assert d.layout.dateline is None


# F2 (24b dates.py _EMPTY_SLOT in parse_date): a list or timeline line "date - | Short Headline" is no meta line;
# it must not date the page (main gives the list's date at HIGH)
@pytest.mark.parametrize("page", [
    HEAD + "By Tove Lind\n\nTimeline\n\n2 Mar. 2027 - | Ferry Strike Ends\n\n" + BODY,
    HEAD + "By Tove Lind\n\n" + BODY + "\n2 Mar. 2027 - | Ferry Strike Ends\n1 Mar. 2027 - | Pier Reopens\n",
    "ESKBY NOTES\n2 Mar. 2027 - | Ferry Strike Ends\n\nHarbour summit set for Tuesday\n\nBy Tove Lind\n\n" + BODY,
])
def test_a_dated_list_line_with_a_dash_does_not_date_the_page_above_low(page: str) -> None:
    proposal = draft(page).date
    assert proposal.date is None or proposal.confidence == "low"


# F3 (24a actors.py followers[a] >= 3): a title before one person's name and then the surname alone is a title
@pytest.mark.parametrize(("page", "name"), [
    (EN + "Justice Aino Berg wrote the ruling.\n\n\"The pier belongs to the town,\" Justice Berg wrote.\n",
     "Aino Berg"),
    (EN + "Bailiff Oskar Lind read the order.\n\n\"The ferry must stop,\" Bailiff Lind said.\n", "Oskar Lind"),
    (EN + "\"We will appeal,\" said Sheriff Jonas Vik. Sheriff Vik has held the post since 2019.\n", "Jonas Vik"),
])
def test_a_title_before_one_persons_name_and_surname_is_no_part_of_the_name(page: str, name: str) -> None:
    assert speakers(draft(page)) == [[name]]


# F4 (24a actors.py _ROLE_OF_BEFORE with "for" and words between, then `del words[:-2]`): a double given name after
# the portfolio stays whole
@pytest.mark.parametrize(("page", "name"), [
    (EN + "\"We will sail,\" said Minister for Foreign Affairs Anna Maria Holt.\n", "Anna Maria Holt"),
    (EN + "\"We will sail,\" Minister for Culture Jan Erik Dahl said.\n", "Jan Erik Dahl"),
])
def test_a_double_given_name_after_a_portfolio_stays_whole(page: str, name: str) -> None:
    assert speakers(draft(page)) == [[name]]


# F5 (24b chrome.py _PRINT_HEADER): a live blog's or a log's entry (short date, time, gap, words) is text
@pytest.mark.parametrize("entry", [
    "3/4/27, 10:00  \"We will not sell the pier,\" Tove Lind said.",
    "3/4/27, 10:05   Tove Lind: \"We will not sell the pier.\"",
])
def test_a_timestamped_entry_with_a_quote_keeps_its_quote(entry: str) -> None:
    page = EN + "Live updates\n\n" + entry + "\n\n" + BODY
    assert ["Tove Lind"] in speakers(draft(page))


# F6 (24b chrome.py _RELATED "other statements"): a subheading over the article's own quotes (single newlines, as
# pasted) is no related list
def test_an_other_statements_subheading_over_quotes_keeps_them() -> None:
    page = (EN + BODY + "\nOther statements\n\"We regret the vote,\" Tove Lind said.\n"
            "\"We will appeal,\" Jonas Vik said.\n")
    assert speakers(draft(page)) == [["Ola Berg"], ["Tove Lind"], ["Jonas Vik"]]


# F7 (24b chrome.py _DATELINE country in brackets): a caption "Name (Place) (left) - " is no dateline
def test_a_caption_with_two_brackets_names_no_publisher() -> None:
    d = draft(EN + "Ola Berg (Kessel) (left) - the new harbour master - greets Tove Lind.\n\n" + BODY)
    assert d.document["source"].get("publisher") != "left"
    assert d.layout.dateline is None


# F8 (24b chrome.py _RU_PROPER_NAME in _brand_spelt_out): a menu's section that starts as the brand is no name
def test_a_menu_section_starting_as_the_brand_is_not_the_publisher() -> None:
    page = ("ЛИНДА | Главная | Линдмарк сегодня\n\nПаромы встали\n\n18.06.2026 12:30\n\n"
            "ОСТБЮ, 18 июня – ЛИНДА. Паромы не вышли в рейс.\n\n" + RU_QUOTE)
    assert draft(page).document["source"]["publisher"] == "Линда"


# F9 (24b chrome.py _CORRESPONDENT_CREDIT): the outlet in the credit is declined; the masthead's name is the publisher
def test_a_credits_declined_outlet_gives_the_mastheads_name() -> None:
    page = ("ВЕСТНИК КЕССЕЛЯ\nВесна в Тарнбю\n\nПаромы встали\n\n21 мая 2026, 10:40\n\n"
            "ТАРНБЮ, 21 мая. /Корр. «Вестника» Олег Варин/. Паромы не вышли в рейс.\n\n" + RU_QUOTE)
    assert draft(page).document["source"]["publisher"] != "Вестника"
