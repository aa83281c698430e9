"""Issue 14, round 27b: the source-record, chrome and quote-precision kinds `fresh26/` showed (its lines in
fresh26.scored.txt), each a case with the shape it was written for, and beside it ordinary text on which the rule
must not fire (for the rules that read a date, at least three ordinary pages whose date they must leave alone)."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import _kind_of
from alliance_monitor.ingest.dates import parse_date
from tests.ingest.drafting import EN, RU, draft, speakers


def _title(text: str, url: str | None = None) -> str | None:
    title: str | None = draft(text, url).document["source"]["title"]
    return title


def _terms(text: str) -> tuple[list[str], list[str]]:
    """The quotes' texts and the terms' texts of the draft of `text`."""
    d = draft(text)
    return [q.text for q in d.quotes if not q.is_term], [q.text for q in d.quotes if q.is_term]


# --- a web archive's toolbar over the archived page (fresh26/f2611) ---------------------------------------------

_ARCHIVED = ("STACKS\nhttps://tarnpost.example/news/2027/05/02/ferry-crews-end-strike-at-dawn\nGo\n58 captures\n"
             "02 May 2027 - 09 May 2027\nAPR MAY JUN\nAbout this capture\nEvery page, kept.\n\n"
             "The Tarn Post\nSunday, May 2, 2027\n\nFerry crews end strike at dawn after pay deal\n\nBy Ida Moe\n\n"
             "Ferry crews on the Tarn line returned to work on Sunday after a pay deal was agreed overnight.\n\n"
             "\"We got what we asked for,\" said union steward Pal Rud.\n")


def test_a_web_archives_toolbar_is_chrome_and_its_address_never_the_headline() -> None:
    url = "https://stacks.example/web/20270503/https://tarnpost.example/news/2027/05/02/ferry-crews-end-strike-at-dawn"
    d = draft(_ARCHIVED, url)
    assert d.document["source"]["title"] == "Ferry crews end strike at dawn after pay deal"
    assert d.date.date == "2027-05-02"
    assert speakers(d) == [["Pal Rud"]]


def test_a_pages_own_address_line_without_an_archives_captures_is_left_to_the_other_rules() -> None:
    # ordinary: a print view's address over the page (no count of captures): the headline stays the headline
    page = ("https://tarnpost.example/news/2027/05/02/ferry-crews-end-strike-at-dawn\n\n"
            "Ferry crews end strike at dawn after pay deal\n\nBy Ida Moe\n\n"
            "Ferry crews on the Tarn line returned to work on Sunday after a pay deal was agreed overnight.\n")
    assert _title(page, "https://tarnpost.example/news/2027/05/02/ferry-crews-end-strike-at-dawn") == (
        "Ferry crews end strike at dawn after pay deal")
    # a body line counting copies ("12 copies of the report") is no archive's toolbar: no address above it
    page = ("Report counts the copies\n\nBy Ida Moe\n\n12 copies\n\nThe council printed twelve copies of the "
            "report, officials said on Monday.\n")
    assert _title(page) == "Report counts the copies"


# --- a ministry's date line with the time in brackets (fresh26/f2619) -------------------------------------------


def test_a_date_line_with_its_time_in_brackets_is_the_pages_date_not_its_headline() -> None:
    page = ("Министерство транспорта Республики Кессель\nМинистерство | Новости | Документы\n\nНовости\n\n"
            "Паром «Тарн» вернулся на линию после ремонта\n\n14.02.2027 (09:15)\n\n"
            "Паром «Тарн» с понедельника вновь работает на линии, сообщили в министерстве.\n")
    d = draft(page)
    assert d.document["source"]["title"] == "Паром «Тарн» вернулся на линию после ремонта"
    assert d.date.date == "2027-02-14"
    reading = parse_date("14.02.2027 (09:15)")
    assert reading is not None and reading.readings == ("2027-02-14",)


def test_a_bracketed_time_leaves_other_pages_dates_alone() -> None:
    # ordinary page 1: an event's date with its time in brackets in the prose; the page's date line stands
    page = ("Паром вернулся на линию\n\n10.02.2027 12:00\n\nПервый рейс назначен на 14.02.2027 (09:15), "
            "сообщили в министерстве.\n")
    d = draft(page)
    assert d.date.date == "2027-02-10"
    # ordinary page 2: an update line with a bracketed time under the printed date: the printed date stays
    page = ("Паром вернулся на линию\n\n10.02.2027 12:00\n\nОбновлено: 12.02.2027 (18:30)\n\n"
            "Паром вернулся на линию после ремонта, сообщили в министерстве.\n")
    d = draft(page)
    assert d.date.date == "2027-02-10"
    # ordinary page 3: a date in a quote, with a bracketed time; no date line: no date above low
    page = RU + "«Рейсы начнутся 14.02.2027 (09:15)», — сказал директор порта Оскар Линд.\n"
    d = draft(page)
    assert d.date.date is None or d.date.confidence == "low"
    # ordinary page 4: a related link's date under the article; the page's own date line stays
    page = ("Паром вернулся на линию\n\n10.02.2027 12:00\n\nПаром вернулся на линию после ремонта, сообщили в "
            "министерстве.\n\nЧитайте также\nПаром «Тарн» ушел на ремонт\n14.01.2027 (10:00)\n")
    d = draft(page)
    assert d.date.date == "2027-02-10"
    # a bracket holding anything but a time is no date line
    assert parse_date("14.02.2027 (архив)") is None


# --- a paywall's login link over the headline (fresh26/f2615) ---------------------------------------------------


def test_a_paywalls_login_link_is_furniture() -> None:
    for line in ("Вход для подписчиков", "Войти", "Личный кабинет", "Subscriber login", "Sign in for members"):
        assert _kind_of(line) in ("other", "subscription"), line
    page = ("ПОРТ-ИНФО\nДеловое агентство новостей\nЛенты | Порты | Финансы\nВход для подписчиков\n\nПорты\n\n"
            "Кессель: после ремонта причала в порту Лесвик второй терминал принимает суда без задержек\n\n"
            "11.03.2027 10:05\n\nЛесвик. 11 марта. ПОРТ-ИНФО — Второй терминал порта принял первое судно.\n")
    assert _title(page) == "Кессель: после ремонта причала в порту Лесвик второй терминал принимает суда без задержек"


def test_a_headline_about_logging_in_stays_a_headline() -> None:
    # ordinary: words of signing in inside a headline, a sentence about an entrance
    for line in ("Вход для подписчиков стал платным с понедельника", "Sign in rules change for port workers",
                 "Вход в порт закрыт до утра"):
        assert _kind_of(line) is None, line


# --- a meeting record's label over its headline (fresh26/f2605) -------------------------------------------------


def test_a_meetings_label_is_never_the_headline() -> None:
    for line in ("Tarn Strait Commission, 14th Meeting (PM)", "Harbour Council, 3rd Session", "27th Meeting (AM)",
                 "Совет Тарнского союза, 12-е заседание"):
        assert _kind_of(line) == "other", line
    page = ("Tarn Compact\nMeetings Coverage and Press Releases\nHome | Council | Documents\n9 April 2027\n\n"
            "Tarn Compact Council, 14th Meeting (PM)\n\nCouncil Members Back New Pilotage Rules for Night Crossings\n\n"
            "AMSEL — The Council this afternoon adopted new pilotage rules, members said.\n")
    assert _title(page) == "Council Members Back New Pilotage Rules for Night Crossings"


def test_a_headline_saying_a_meeting_stays_a_headline() -> None:
    # ordinary: a headline that tells of a meeting, words before the number and no comma
    for line in ("Council opens its 27th Meeting", "Commission holds 14th session on night crossings",
                 "Council meets for the 3rd time"):
        assert _kind_of(line) is None, line


# --- a labelled publication line with the section after the date (fresh26/f2609) --------------------------------


def test_a_posted_line_with_its_section_after_the_date_is_the_pages_date() -> None:
    page = ("University of Lesvik\nStudy | Research | News\n\nNews › Campus stories\n\n"
            "Harbour pilots train on the new ship simulator\n\nPosted on 3 May 2027 in School of Maritime Studies\n\n"
            "Twelve harbour pilots spent three days on the simulator last week, the university said.\n")
    d = draft(page)
    assert d.document["source"]["title"] == "Harbour pilots train on the new ship simulator"
    assert d.date.date == "2027-05-03"


def test_a_section_after_a_date_leaves_other_pages_dates_alone() -> None:
    # ordinary: a bare date and a place ("3 May 2027 in Lesvik" is an event's), a sentence after a label, an update
    assert parse_date("3 May 2027 in Lesvik") is None
    assert parse_date("Posted on 3 May 2027 in the hall where the pilots met") is None
    # ordinary page 1: the event's date in the prose in that shape; the page's date line stands
    page = ("Pilots train on simulator\n\n1 May 2027\n\nThe course ends on 3 May 2027 in Lesvik, the university "
            "said.\n")
    assert draft(page).date.date == "2027-05-01"
    # ordinary page 2: an update line with its section under the printed date: the printed date stays the date
    page = ("Pilots train on simulator\n\nPosted on 1 May 2027 in Campus News\n\nUpdated on 4 May 2027 in Campus "
            "News\n\nTwelve harbour pilots spent three days on the simulator, the university said.\n")
    assert draft(page).date.date == "2027-05-01"
    # ordinary page 3: a date in a quote; no date line: no date above low
    page = EN + "\"We posted on 3 May 2027 in School of Maritime Studies,\" said Dr Kaja Holm.\n"
    d = draft(page)
    assert d.date.date is None or d.date.confidence == "low"
    # ordinary page 4: a related story's posted line under the article; the page's own date stays
    page = ("Pilots train on simulator\n\n1 May 2027\n\nTwelve harbour pilots spent three days on the simulator, the "
            "university said.\n\nMore stories\nOpen day draws record crowd\nPosted on 20 April 2027 in Campus News\n")
    assert draft(page).date.date == "2027-05-01"


# --- a partnership's form after the publisher's name in the copyright line (fresh26/f2604) ----------------------


def test_a_partnerships_form_is_not_part_of_the_publishers_name() -> None:
    page = ("Brightwater\nMarkets | Shipping\n\nFreight rates climb in the strait\n\nBy Jonas Eld\n\n"
            "Freight rates rose for a third week, brokers said on Monday.\n\n©2027 Brightwater L.P. All Rights "
            "Reserved.\n")
    assert draft(page).document["source"]["publisher"] == "Brightwater"


def test_a_name_ending_in_initials_that_are_no_company_form_keeps_them() -> None:
    # ordinary: a copyright holder whose name is only the masthead, no form after it
    page = ("Harbour Daily\n\nFreight rates climb in the strait\n\nBy Jonas Eld\n\nFreight rates rose for a third "
            "week, brokers said on Monday.\n\n© 2027 Harbour Daily\n")
    assert draft(page).document["source"]["publisher"] == "Harbour Daily"


# --- a name a thing goes by after a named speaker's quote (fresh26/f2601, f2602, f2604) -------------------------


def test_a_name_after_known_as_or_after_a_naming_verb_and_an_article_is_a_term() -> None:
    quotes, terms = _terms(EN + "\"We watch the rules closely,\" said broker Ylva Berg. The strait, long known as "
                           "the coast's \"short cut\", adds half a day, she said.\n")
    assert "short cut" in terms and "short cut" not in quotes
    quotes, terms = _terms(EN + "\"It is a cost like any other,\" Berg added. Brokers have started to call the "
                           "extra charge the \"Tarn toll\", she said.\n")
    assert "Tarn toll" in terms
    quotes, terms = _terms(EN + "\"Nobody likes paying for the night,\" said senator Maren Fisk, who wants what she "
                           "calls a \"night lane\" for ferries.\n")
    assert "night lane" in terms


def test_a_short_quote_with_its_speakers_verb_stays_a_quote() -> None:
    # ordinary: a speaker's short words after a verb of saying, or with the article inside the marks, are hers
    quotes, _ = _terms(EN + "Rates were \"firm but not frantic\", broker Ylva Berg said.\n")
    assert quotes == ["firm but not frantic"]
    quotes, _ = _terms(EN + "Senator Maren Fisk called it \"a night lane for nobody\".\n")
    assert quotes == ["a night lane for nobody"]
    quotes, _ = _terms(EN + "Senator Maren Fisk calls the harbour fund a \"blank cheque\". She wants it audited.\n")
    assert quotes == ["blank cheque"]
    d = draft(EN + "Minister Arne Voll called the plan \"premature\" on Monday.\n")
    assert [q.text for q in d.quotes if not q.is_term] == ["premature"]
    assert speakers(d) == [["Arne Voll"]]
