"""Issue 14, round 20b: the source record and the chrome of `fresh19/` (its lines in fresh19.scored.txt) and the same
kinds in `fresh7/`, `fresh9/`, `fresh10/`, `fresh14/` to `fresh17/`: each rule on a page of the shape it was written
for, and beside it ordinary text on which it must not fire."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import _is_menu, _kind_of, host_spells, names_the_page, settle_publisher
from alliance_monitor.ingest.dates import parse_date, propose_date
from alliance_monitor.ingest.draft import _INSCRIPTION
from tests.ingest.drafting import draft

BODY = ("BRENNA — The city council on Wednesday postponed its vote on a new port levy until an audit of the harbour "
        "board's accounts is finished.\n\n\"Nobody will pay a levy they cannot trace,\" council leader Hedda Varg "
        "said.\n")


def _title(page: str, url: str | None = None) -> str | None:
    d = draft(page, url)
    return d.layout.title.text if d.layout.title else None


# --- titles -----------------------------------------------------------------------------------------------------

def test_a_web_address_alone_on_its_line_is_furniture_not_the_headline() -> None:
    # fresh19/f1912 (d330): a print view's address line and "Printed: ..." over a long headline
    url = "https://brennacourier.example/politics/2026/11/18/port-levy-vote-delayed"
    page = (f"The Brenna Courier\n{url}\nPrinted: 11/21/2026, 09:40\n\nBrenna councillors put off the port levy "
            "vote until the harbour's accounts are audited\n\nWednesday, November 18, 2026\nBy Ansel Mork\n\n" + BODY)
    assert _kind_of(url) == "other"
    assert _title(page, url) == "Brenna councillors put off the port levy vote until the harbour's accounts are audited"


def test_a_sentence_giving_an_address_stays_the_articles() -> None:
    # ordinary text: an address inside a sentence is content
    line = "The full audit is published at https://brenna.example/audit and runs to ninety pages."
    assert _kind_of(line) is None
    page = "Harbour audit published\n\nBy Ansel Mork\n\n" + BODY + "\n" + line + "\n"
    assert any(line in p.text for p in draft(page).layout.paragraphs)


def test_a_menu_or_a_breadcrumb_is_never_the_slugs_headline() -> None:
    # fresh19/f1913 (d331): the slug "/press-office/news/87-26" names the section the menu and breadcrumb print
    assert _is_menu("Home  Ministry  Defence Policy  Press Office  Procurement  Contacts")
    assert _is_menu("Press Office > News")
    page = ("Ministry of Defence of the Republic of Lindmark\nHome  Ministry  Defence Policy  Press Office  "
            "Procurement  Contacts\nEN | LM\n\nPress Office > News\n\nDefence Minister Ragnhild Sorensen visits the "
            "Skarra coastal battery\nNews item No. 87/26\n03.12.2026\n\nOn 3 December, Defence Minister Ragnhild "
            "Sorensen visited the coastal battery at Skarra and met its commander.\n")
    assert _title(page, "https://mod.example.lm/en/press-office/news/87-26") == (
        "Defence Minister Ragnhild Sorensen visits the Skarra coastal battery")


def test_a_headline_the_slug_names_is_still_taken_and_a_headline_is_no_menu() -> None:
    # ordinary pages: headlines are no menus; the slug still picks the headline from under "Date of publication: ..."
    assert not _is_menu("Lindmark signs radar deal with Kessel")
    assert not _is_menu("Ortis: talks with Feld were frank and useful")
    page = ("TARN HARBOUR NEWS\nHome | Port | Fuel | Opinion\n\nHarbour board delays the new fuel quay at Tarn\n\n"
            "Date of publication: 14.02.2027\n" + BODY)
    assert _title(page, "https://tarnharbour.example/port/fuel-quay-delayed-tarn") == (
        "Harbour board delays the new fuel quay at Tarn")


def test_a_print_issue_line_is_the_pages_date_line_and_its_paper_the_pages_own_name() -> None:
    # fresh19/f1916 (d332), fresh17/f1715 (d333): the issue line was the title, or the only date left unread
    line = "Газета «Вечерний Тарн» №145 от 06.11.2026, стр. 3"
    reading = parse_date(line)
    assert reading is not None and reading.text == "06.11.2026"
    assert parse_date("The Brenna Courier, No. 4,812, 9 December 2026, p. 3") is not None
    page = ("Вечерний Тарн\nГазета  Приложения  Подкасты  Подписка\n\n" + line + "\n\nГород\nМэрия Тарна отложила "
            "ремонт набережной\nПодрядчик не успел до холодов\n\nМэрия Тарна перенесла на весну ремонт Северной "
            "набережной. Подрядчик не успел закончить работы до первых заморозков, сообщили в мэрии города.\n")
    d = draft(page)
    assert d.layout.title is not None and d.layout.title.text == "Мэрия Тарна отложила ремонт набережной"
    assert d.date.date == "2026-11-06" and d.date.confidence == "high"


def test_a_number_and_a_date_in_a_headline_or_a_decree_are_no_issue_line() -> None:
    # ordinary lines: a decree's number and date, a headline naming a paper and a date
    assert parse_date("Указ № 112 от 12.03.2026") is None
    assert parse_date("Resolution No. 5 of 3 March 2026") is None
    assert parse_date("Газета «Вечерний Тарн» закрывается 6 ноября 2026 года") is None
    assert parse_date("12 March 2026, p. 3") is None


def test_a_short_question_over_a_standfirst_and_the_byline_is_the_headline() -> None:
    # fresh19/f1907 (d334): the standfirst stood between the question and the block, so the page had no headline
    page = ("THE NORRHOLM QUARTERLY\n\nWill the Ferry Compact Survive Its First Hard Winter?\n\nThe ferry operators "
            "signed the pact in spring. The ice will test it before the lawyers do.\n\nBy Maren Solvik\nNovember 24, "
            "2026 · 9 min read\n\nWhen the four ferry operators of the Selby Sound signed their joint timetable in "
            "April, they promised that no island would go without a crossing.\n")
    d = draft(page)
    assert d.layout.title is not None and d.layout.title.text == "Will the Ferry Compact Survive Its First Hard Winter?"
    assert [p.role for p in d.layout.paragraphs][:2] == ["title", "standfirst"]


def test_an_article_opening_with_a_question_and_paragraphs_keeps_it_as_its_first_paragraph() -> None:
    # ordinary text: a question, two paragraphs of prose, and the byline at the foot: the question is the article's
    page = ("Who pays for the ferries?\n\nThe four ferry lines of the Selby Sound each run at a loss every winter, "
            "and the islands depend on all of them.\n\nThe regional government has covered the losses for ten years "
            "and says it cannot do so for another ten.\n\nBy Maren Solvik\n")
    d = draft(page)
    assert d.layout.title is None
    assert d.layout.paragraphs[0].text == "Who pays for the ferries?"


# --- dates --------------------------------------------------------------------------------------------------------

def test_the_urls_year_and_month_settle_an_ambiguous_numeric_date() -> None:
    # fresh19/f1907 (d335): "11/05/2026" at ".../2026/11/oskby-second-ferry-berth/"
    printed = parse_date("11/05/2026 · 5 min read")
    assert printed is not None and printed.ambiguous
    proposal = propose_date(printed, [printed], [], "https://ledger.example/politics/2026/11/oskby-berth/", text="")
    assert (proposal.date, proposal.confidence) == ("2026-11-05", "medium")


def test_a_url_month_that_fits_both_readings_or_neither_settles_nothing() -> None:
    # ordinary pages: "05/05/2026" is one date; a URL of another month, or with a year only, does not choose
    printed = parse_date("11/05/2026")
    assert printed is not None
    for url in ("https://ledger.example/politics/2026/08/oskby-berth/", "https://ledger.example/2026/oskby-berth/",
                "https://ledger2026.example/11/oskby-berth/"):
        proposal = propose_date(printed, [printed], [], url, text="")
        assert proposal.confidence == "low", url


def test_the_weather_beside_the_masthead_date_is_a_field_of_the_date_line() -> None:
    # fresh19/f1903 (d336): "Tuesday, December 8, 2026  |  -4°C Light snow"
    reading = parse_date("Monday, November 16, 2026  |  2°C Drizzle")
    assert reading is not None and reading.readings == ("2026-11-16",)
    assert parse_date("Tuesday, December 8, 2026  |  -4°C Light snow") is not None


def test_a_headline_beside_a_date_is_no_date_line() -> None:
    # ordinary line: a date and a sentence of news are no meta line
    assert parse_date("Monday, November 16, 2026 | Ferries cancelled across the sound after the storm") is None
    assert parse_date("Monday, November 16, 2026 | 2 ferries cancelled") is None


# --- publishers ---------------------------------------------------------------------------------------------------

def test_a_one_word_brand_is_spelt_out_by_the_longer_name_under_it_that_starts_as_it_does() -> None:
    # fresh19/f1904 (d337) and f1915 (d338)
    page = ("NORRPRESS\nNorrholm Regional News Agency\nEnglish | Svenska\n\nNorrholm opens winter shelter\n\n"
            "NORRHOLM, Nov. 27 (Norrpress) -- The regional government opened a shelter on Friday.\n")
    assert settle_publisher("Norrpress", page, None) == "Norrholm Regional News Agency"
    ru = ("ВЕСТКОМ\nИнформационное агентство «Вестком-Норд»\nГлавное  Политика\n\nПорт продлил навигацию\n\n"
          "Тарн. 20 ноября. ВЕСТКОМ - Порт Тарна продлит навигацию до декабря.\n")
    assert settle_publisher("Вестком", ru, None) == "Вестком-Норд"


def test_a_brand_over_a_name_of_other_words_or_away_from_the_top_stays_as_printed() -> None:
    # ordinary pages: the line under the brand names something else; the brand is only in the dateline
    page = ("NORRPRESS\nKessel Regional News Agency\n\nShelter opens\n\nNORRHOLM (Norrpress) -- A shelter opened.\n")
    assert settle_publisher("Norrpress", page, None) == "Norrpress"
    page = ("Norrholm Regional News Agency\n\nShelter opens\n\nNORRHOLM (Norrpress) -- A shelter opened.\n")
    assert settle_publisher("Norrpress", page, None) == "Norrpress"


def test_a_host_running_the_names_last_words_together_spells_it() -> None:
    # fresh19/f1911 (d339), fresh16/f1606: "northernsecurity", "navalreview"
    assert host_spells("Institute for Northern Security", "https://northernsecurity.example/commentary/x")
    assert host_spells("Northern Naval Review", "https://navalreview.example/procurement/x")
    page = "INSTITUTE FOR NORTHERN MARITIME STUDIES\nResearch  Commentary\n\nFerry subsidies\n\n" + BODY
    assert settle_publisher(None, page, "https://maritimestudies.example/commentary/x") == (
        "Institute for Northern Maritime Studies")


def test_a_host_running_a_names_first_words_together_does_not_spell_a_longer_name() -> None:
    # fresh7/f711, ordinary: "orbnews" is "ORB News", not "ORB News Desk"; nor "Northern Security Council"
    assert not host_spells("ORB News Desk", "https://orbnews.example/region/x")
    assert not host_spells("Northern Security Council", "https://northernsecurity.example/x")


def test_a_press_reviews_items_naming_outlets_in_brackets_are_no_dateline() -> None:
    # fresh19/f1920 (d340): "The Kessel Standard (Кессель). «...»" read as place and publisher
    page = ("Пресса.Норд\n\nСоседи о новом тарифе\n\n23.11.2026 10:15\n\nИностранные издания обсуждают новый паромный "
            "тариф Тарна, который вступит в силу в декабре.\n\nKvist Herald (Линдмарк). «Тариф вырос вдвое, а паромы "
            "ходят так же редко».\n\nSelby Post (Кессель). «Тарн снова решил, что острова подождут».\n")
    d = draft(page, "https://pressa-nord.example/obzory/2026/11/23/sosedi")
    assert d.layout.dateline is None
    assert d.document["source"]["publisher"] == "Пресса.Норд"


def test_a_wire_roundup_repeating_one_agency_keeps_its_dateline() -> None:
    # ordinary page: two datelines of the same agency are a roundup's, the first is the story's dateline
    page = ("Ferries resume\n\nTARN (Nordwire) - Ferries resumed across the sound on Monday after three days of ice "
            "and storms, the operators said.\n\nVELLIN (Nordwire) - The Vellin line will follow on Tuesday, its "
            "spokesman said.\n")
    d = draft(page)
    assert d.layout.dateline == "Tarn" and d.document["source"]["publisher"] == "Nordwire"
    # and a story's own dateline stays when candidates are listed below it in the items' shape
    listed = page + ("\nAnna Berg (Greens). The first candidate to sign the ferry pledge.\n\nPer Dahl (Liberals). "
                     "The second.\n")
    d = draft(listed)
    assert d.layout.dateline == "Tarn" and d.document["source"]["publisher"] == "Nordwire"


# --- chrome drafted as content --------------------------------------------------------------------------------------

NOTES_PAGE = ("Why the island ferries need a common ice plan\n\nKaja Lind, Research Fellow\n9 December 2026\n\n"
              "The four ferry lines of the Selby Sound each keep their own ice plan, and in a hard winter the plans "
              "collide.1 Last January two lines sent icebreakers to the same channel.2\n\n"
              "The regional transport minister, Per Holte, has called the present arrangement \"four captains and no "
              "chart\".3 A common plan would cost the lines very little.\n\n"
              "Notes\n1 Selby Sound Ferry Council, annual report, p. 12.\n"
              "2 Harbour Wire, \"Two icebreakers, one channel\", 14 January 2026.\n"
              "3 Per Holte, remarks to the regional assembly.\n\n"
              "About the author\nKaja Lind works on transport.\n")


def test_a_notes_list_the_text_cites_by_footnote_marks_ends_the_article() -> None:
    # fresh19/f1911 (d341), fresh7/f709: the notes' cited headline in marks was drafted as a quote
    d = draft(NOTES_PAGE)
    assert [q.text for q in d.quotes] == ["four captains and no chart"]
    chrome = " ".join(c.text for c in d.layout.chrome)
    assert "Notes" in chrome and "Two icebreakers, one channel" in chrome and "Kaja Lind works on transport." in chrome


def test_a_numbered_list_the_text_does_not_cite_stays_the_articles() -> None:
    # ordinary text: an article's own numbered points, with a quote inside one of them
    page = ("Three ways to keep the ferries running\n\nBy Kaja Lind\n\nThe regional government has set out three ways "
            "to keep the island ferries running through a hard winter, after two lines collided in January.\n\n"
            "1 Share one ice plan, which the minister called \"the cheapest fix we have\".\n2 Pool the icebreakers.\n"
            "3 Publish the timetable a week ahead.\n\nThe plan goes to the assembly in spring.\n")
    d = draft(page)
    assert "the cheapest fix we have" in [q.text for q in d.quotes]
    assert any(p.text.startswith("2 Pool") for p in d.layout.paragraphs)


def test_the_pages_own_name_in_marks_in_any_case_or_its_initials_is_no_quote() -> None:
    # fresh19/f1916 (d342), f1920, fresh16/f1616, f1618, f1619, fresh9/f921, fresh14/f1416, fresh15/f1519
    assert names_the_page("Северному вестнику", ["Северный вестник"])
    assert names_the_page("Харлского еженедельника", ["Харлский еженедельник"])
    assert names_the_page("СВ", ["Северный вестник"])
    assert names_the_page("Обзор.Варния", ["Обзор.Варния"])
    page = ("ЗАЛИВНЫЙ ВЕСТНИК\nНовости  Город  Порт\n\nДокеры Тарна пригрозили забастовкой\n27.11.2026, 18:40\n\n"
            "«Мы работаем третью зиму без нормального графика», — сказал председатель профсоюза Карл Тиммерман.\n\n"
            "Как заявил «Заливному вестнику» источник в администрации порта, переговоры продолжатся. Других "
            "подробностей собеседник «ЗВ» не привел.\n")
    assert [q.text for q in draft(page).quotes] == ["Мы работаем третью зиму без нормального графика"]


def test_other_names_and_words_in_marks_stay_quotes_or_terms() -> None:
    # ordinary text: another outlet, a sentence beginning with the page's name, a lower-case word, other initials
    assert not names_the_page("Северный ветер", ["Северный вестник"])
    assert not names_the_page("Северный вестник ошибся", ["Северный вестник"])
    assert not names_the_page("вестнику", ["Вестник"])
    assert not names_the_page("ЗВ", ["Северный вестник"])
    page = ("ЗАЛИВНЫЙ ВЕСТНИК\nНовости  Город  Порт\n\nДокеры Тарна пригрозили забастовкой\n27.11.2026, 18:40\n\n"
            "Как заявил «Тарнскому курьеру» источник в администрации порта, переговоры продолжатся на следующей "
            "неделе.\n")
    assert "Тарнскому курьеру" in [q.text for q in draft(page).quotes]


def test_words_on_a_placard_reading_are_written_not_said() -> None:
    # fresh19/f1908 (d343), fresh10/f1009: "banners reading "..."" drafted as a quote
    page = ("Norrholm assembly approves ferry subsidy\n\n25 November 2026\n\nThe Norrholm regional assembly has "
            "approved a new subsidy for the island ferries, by 41 votes to 30.\n\nOutside the hall, islanders held "
            "placards reading \"Our boats, our lifeline\".\n\n\"This subsidy keeps the islands connected through the "
            "winter,\" transport minister Per Holte said after the vote.\n")
    assert [q.text for q in draft(page).quotes] == ["This subsidy keeps the islands connected through the winter,"]


def test_reading_as_the_act_of_reading_leaves_the_quote() -> None:
    # ordinary text: "after reading", "was reading" before a quotation: the act, not an inscription
    for before in ("Holm said after reading ", "The minister was reading: ", "a banner reading "):
        found = _INSCRIPTION.search(before)
        assert found is not None and bool(found.group("aux")) == (not before.startswith("a banner")), before
    page = ("Norrholm assembly approves ferry subsidy\n\nBy Staff Writer\n\nThe transport minister, Per Holte, spoke "
            "to reporters after the vote on Tuesday.\n\n\"This subsidy keeps the islands connected,\" Holte said, "
            "reading from a statement.\n")
    assert [q.text for q in draft(page).quotes] == ["This subsidy keeps the islands connected,"]
