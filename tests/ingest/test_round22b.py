"""Issue 14, round 22b: the source record, the chrome and the missed quotes of `fresh21/` (its lines in
fresh21.scored.txt) and the same kinds in earlier batches: each rule on a page of the shape it was written for, and
beside it ordinary text on which it must not fire."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import _is_citation, _is_sentence, _kind_of
from alliance_monitor.ingest.dates import parse_date, propose_date
from tests.ingest.drafting import EN, RU, draft, speakers

BODY = ("BRENNA — The city council on Wednesday postponed its vote on a new port levy until an audit of the harbour "
        "board's accounts is finished.\n\n\"Nobody will pay a levy they cannot trace,\" council leader Hedda Varg "
        "said.\n")


def _quotes(page: str, url: str | None = None) -> list[str]:
    return [q.text for q in draft(page, url).quotes if not q.is_term]


def _terms(page: str) -> list[str]:
    return [q.text for q in draft(page).quotes if q.is_term]


def _title(page: str, url: str | None = None) -> str | None:
    d = draft(page, url)
    return d.layout.title.text if d.layout.title else None


def _publisher(page: str, url: str | None = None) -> str | None:
    publisher = draft(page, url).document["source"]["publisher"]
    return str(publisher) if publisher is not None else None


# --- a list of references ---------------------------------------------------------------------------------------

REFERENCES = ("References\n"
              "^ a b Lunde, Tove (3 March 2026). \"Brenna dockers walk out over pay\". Brenna Evening Post.\n"
              "^ \"Harbour pay talks collapse\". Nordwire. 27 February 2026.\n\n")


def test_a_list_of_titles_in_marks_with_outlets_and_dates_is_a_reference_list() -> None:
    # fresh21/f2113, f2106 (d410, d411): every cited headline was drafted as a quote
    page = EN + BODY + "\n" + REFERENCES + "Categories: Ports\n"
    assert _quotes(page) == ["Nobody will pay a levy they cannot trace,"]
    chrome = [c.text for c in draft(page).layout.chrome]
    assert any("Harbour pay talks collapse" in c for c in chrome)
    notes = "1. Kvarn Courier, “Council shelves ferry levy again”, 12 April 2025."
    assert _is_citation(notes) and _is_citation("2. Ilse Marrow and Per Vand, “Islands and Ledgers”, KIPS Paper 9, "
                                                "May 2024.")
    assert not _is_citation(notes.replace("2025", "last year"))  # a title and an outlet with no year: not proof


def test_sentences_quoting_someone_on_a_day_are_no_reference_list() -> None:
    # ordinary text: a quote and its date, with a verb of saying and joining words outside the marks, line after line
    page = EN + ("\"We will not sign,\" said Ola Berg on 12 May 2026.\n"
                 "\"Nor will we,\" Anna Lind replied on 13 May 2026.\n\n" + BODY)
    assert _quotes(page)[:2] == ["We will not sign,", "Nor will we,"]
    assert not _is_citation("\"We will not sign,\" said Ola Berg on 12 May 2026.")


def test_a_links_label_and_its_headline_are_a_link_but_a_labelled_sentence_is_not() -> None:
    # fresh21/f2107 (d411, d417): "Read more: ‘Nobody told the ferry’ – ..." was drafted as a quote
    assert _kind_of("Read more: ‘Paid by the mile’ – how Tyle funds its boats") == "related_item"
    assert _kind_of("Читайте также: «Паром не придет» — как живет Тюле") == "related_item"
    # ordinary text: a sentence after the label ends with its stop and is the article's
    assert _kind_of("Read more: the council will publish the audit in May.") is None


# --- a name given in the passive --------------------------------------------------------------------------------

def test_a_name_given_in_the_passive_is_a_term() -> None:
    # fresh21/f2113 (d410): 'the event is often called the "Skelde cut"' was drafted as a quote
    page = EN + "Among dockers the strike is still called the \"long week\".\n\n" + BODY
    assert "long week" in _terms(page) and "long week" not in _quotes(page)


def test_words_someone_is_said_to_call_a_thing_stay_their_quote() -> None:
    # ordinary text: an active verb of naming with its subject, a copula without one ("the plan is")
    page = EN + "The mayor, Ivo Dahl, called the plan \"a waste of money\".\n\n" + BODY
    assert "a waste of money" in _quotes(page)
    page = EN + "The mayor, Ivo Dahl, said the plan is \"a waste of money\".\n\n" + BODY
    assert "a waste of money" in _quotes(page)


# --- a transcript's turns under an initial and a surname --------------------------------------------------------

TRANSCRIPT = ("Губернатор Ян Корда ответил на вопросы жителей\n18 марта 2026 года\n\n"
              "Губернатор Ян Корда провел прямой эфир на областном телевидении.\n\n"
              "Л.Ведина: Добрый день! В студии Лидия Ведина. Первый звонок из Тюле.\n\n"
              "П.Осин: Паром к нам ходит раз в неделю. Когда будет чаще?\n\n"
              "Я.Корда: С мая паром будет ходить три раза в неделю.\n\n"
              "Л.Ведина: Следующий вопрос о дороге. Почему ее ремонтируют третий год?\n\n"
              "Я.Корда: Подрядчик сорвал сроки, и мы его сменили.\n\n"
              "Л.Ведина: Спасибо. Это был прямой эфир.\n")


def test_a_transcripts_answers_under_an_initial_and_a_surname_are_the_persons_named_above_it() -> None:
    # fresh21/f2120 (d412): «М.Волков:» labelled four unmarked answers, none found
    d = draft(TRANSCRIPT)
    assert [q.text for q in d.quotes if not q.is_term] == [
        "С мая паром будет ходить три раза в неделю.", "Подрядчик сорвал сроки, и мы его сменили."]
    assert speakers(d) == [["Ян Корда"], ["Ян Корда"]]


def test_turns_of_someone_named_only_inside_the_transcript_are_no_answers() -> None:
    # ordinary transcript: the presenter introduces herself in her own turn; her turns are no one's answers, and
    # without the answering person named above the transcript nothing is drafted
    page = TRANSCRIPT.replace("Губернатор Ян Корда", "Губернатор области")
    assert _quotes(page) == []


# --- a masthead's slogan and a print line at the foot -----------------------------------------------------------

def test_a_mastheads_slogan_is_no_running_text_and_a_print_line_at_the_foot_dates_the_page() -> None:
    # fresh21/f2110 (d413), fresh15/f1503, fresh11/f1111: the slogan started the article (no title); the print line
    # was the page's only date
    page = ("TYLE ISLAND NEWS\nYour island. Your paper.\n\nFerries\nWinter timetable keeps the late boat\nBy Runa "
            "Falk\n\n" + BODY + "\nThis article appeared in print on Tuesday 10 November 2026, page 2.\n")
    d = draft(page)
    assert _title(page) == "Winter timetable keeps the late boat"
    assert d.document["source"]["published"]["date"] == "2026-11-10"
    assert not _is_sentence("Your island. Your paper.") and not _is_sentence("Новости. Мнения. Аналитика.")


def test_a_short_sentence_still_starts_an_article_and_a_person_in_print_is_no_date_line() -> None:
    # ordinary text: one sentence of four words or more, or sentences of more words, are running text
    assert _is_sentence("The ferry will run all winter.") and _is_sentence("The boats ran. The council paid for it.")
    assert parse_date("The minister appeared in print on 11 February 2027.") is None
    assert parse_date("This article appeared in print on 11 February 2027.") is not None


# --- the page's own name in the byline block --------------------------------------------------------------------

SERVICE = ("Радио Бренна\nРусская редакция\nГлавная   Бренна   Регион\n\nВ Кварне открыли паромный терминал\n\n"
           "Ольга Лунд\n{line}\n12.03.2026, 09:15\n\n"
           "Новый паромный терминал в Кварне принял первых пассажиров в среду утром, сообщили в мэрии города.\n\n"
           "«Теперь зимой никто не будет ждать парома под снегом», — сказал журналистам мэр Кварна Петер Вик.\n")


def test_a_services_line_naming_the_page_again_is_never_the_headline() -> None:
    # fresh21/f2119 (d414): «Русская служба «Голоса Линдмарка»» under the author was taken for the headline
    page = SERVICE.format(line="Русская редакция «Радио Бренны»")
    assert _title(page) == "В Кварне открыли паромный терминал" and _publisher(page) == "Радио Бренна"


def test_a_headline_naming_the_outlet_among_other_words_stays_the_headline() -> None:
    # ordinary text: words the first lines do not print beside the name ("Мэр Кварна дал интервью"): the headline
    page = SERVICE.format(line="Ольга Лунд").replace("В Кварне открыли паромный терминал",
                                                    "Мэр Кварна дал интервью «Радио Бренны»")
    assert _title(page) == "Мэр Кварна дал интервью «Радио Бренны»"


# --- publishers ---------------------------------------------------------------------------------------------------

def test_a_brand_of_initials_over_the_full_name_and_a_datelines_short_name_are_spelt_out() -> None:
    # fresh21/f2103 (d415): "LBC News" over "Lindmark Broadcasting Corporation"
    page = "KBN Online\nKvarn Broadcasting Network\nNews home   Kvarn   World\n\n" + EN + BODY
    assert _publisher(page) == "Kvarn Broadcasting Network"
    # fresh21/f2108 (d416): "(Meridian)" in the dateline, "Meridian News Service" in the copyright line
    wire = (EN + "TYLE, Oct. 17 (Harbinger) — Residents of Tyle island voted on Saturday to keep their primary school "
            "open.\n\n\"We are not losing the school,\" said parent Karin Dahl.\n\nCopyright 2026 Harbinger Press "
            "Agency. All rights reserved.\n")
    assert _publisher(wire) == "Harbinger Press Agency"


def test_a_brand_the_next_line_does_not_spell_and_another_copyright_name_stay() -> None:
    # ordinary pages: a brand whose initials are not the line under it; a copyright name of another first word
    page = "KBN Online\nNews from the north coast\nNews home   Kvarn   World\n\n" + EN + BODY
    assert _publisher(page) == "KBN Online"
    wire = (EN + "TYLE, Oct. 17 (Harbinger) — Residents of Tyle island voted on Saturday to keep their primary school "
            "open.\n\n\"We are not losing the school,\" said parent Karin Dahl.\n\nCopyright 2026 Nordic Wire "
            "Services. All rights reserved.\n")
    assert _publisher(wire) == "Harbinger"


# --- a two-digit year ---------------------------------------------------------------------------------------------

def test_a_labelled_two_digit_year_is_read_when_the_page_prints_that_year_in_full() -> None:
    # fresh21/f2107 (d417): "Published: 01.02.27 | 07:45" beside "© 2027" was left unread
    line = "Published: 03.11.26 | 08:20"
    printed = parse_date(line)
    assert printed is not None and printed.short_year and printed.readings == ("2026-11-03", "2026-03-11")
    proposal = propose_date(printed, [], [], None, page_year=2026, text=line)
    assert proposal.date == "2026-11-03" and proposal.confidence == "low"  # the order is not settled: low
    day_over_12 = propose_date(parse_date("Published: 23.11.26"), [], [], None, page_year=2026, text="x")
    assert day_over_12.date == "2026-11-23" and day_over_12.confidence == "medium"  # never high from two digits


def test_a_two_digit_year_no_full_year_confirms_or_a_bare_stamp_is_never_a_date() -> None:
    # ordinary pages: no copyright year, another year, or a stamp with no label (a comment's, a live blog's)
    printed = parse_date("Published: 03.11.26 | 08:20")
    assert propose_date(printed, [], [], None, page_year=None, text="x").date is None
    assert propose_date(printed, [], [], None, page_year=2025, text="x").date is None
    assert parse_date("03.11.26") is None
    page = RU + "Опубликовано 05.02.27\n\n" + "Паромы не вышли в рейс из-за шторма, сообщили в порту Бренны в среду.\n"
    assert draft(page).document["source"]["published"]["date"] is None
