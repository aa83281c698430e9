"""Second review of round 29d: the narrowed source-record rules (alliance_monitor/ingest/chrome.py) on further
ordinary pages, against the code before round 29 (7bb841c). Each finding's cases failed before the fixes; the guards
held before and hold after, and a guard stands beside each fix. Names and sentences are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import draft, source_record

_BODY = ("The harbour board said on Tuesday that ferry services to the outer islands would resume next week after a "
         "two-week strike by deck crews over pay.\n\n\"We have reached an agreement that protects both the crews and "
         "the islanders,\" said board chair Ida Fennick.\n")
_RU_BODY = ("Портовое управление во вторник сообщило, что паромное сообщение с островами возобновится на следующей "
            "неделе после двухнедельной забастовки экипажей.\n\n«Мы достигли соглашения, которое защищает и экипажи, "
            "и жителей островов», — заявила председатель совета Ида Феннік.\n")
_MENU = "Home  News  Sport  Business  Opinion\n\n"
_RU_MENU = "Главная | Новости | Политика | Экономика | Контакты\n\n"
_PORTAL = ("Cookies on gov.tarnland\nWe use some essential cookies to make this service work.\n\n"
           "GOV.TARNLAND\n\nMenu\n\nHome > Coast\n\nNews story\n\nFerry talks resume\n\n"
           "The ministry welcomed the deal.\n\n"
           "From: {who}\nPublished 6 March 2028\n\n" + _BODY)
_PORTAL_URL = "https://www.gov.tarnland.example/news/ferry-talks"


# --- F1: a "From:" line's minister with a portfolio or an honorific before the name stays in the publisher ---------

@pytest.mark.parametrize("who", ["Ministry of Harbours and Transport Minister Ida Fennick",
                                 "Ministry of Harbours and The Rt Hon Ida Fennick MP",
                                 "Ministry of Harbours and Transport Secretary Ida Fennick"])
def test_f1_a_minister_named_with_a_portfolio_is_cut_off_the_from_body(who: str) -> None:
    source = source_record(draft(_PORTAL.format(who=who), _PORTAL_URL))
    assert source["publisher"] in ("Ministry of Harbours", "GOV.TARNLAND")


# --- F2: a body listed first that has no _ORG_SIGN word is passed over as a person; two bodies make one name -------

@pytest.mark.parametrize("who", ["Prime Minister's Office and Ministry of Harbours",
                                 "HM Treasury and Ministry of Harbours"])
def test_f2_a_body_listed_first_is_not_passed_over_as_a_person(who: str) -> None:
    source = source_record(draft(_PORTAL.format(who=who), _PORTAL_URL))
    assert source["publisher"] in (who.split(" and ")[0], "GOV.TARNLAND")


@pytest.mark.parametrize("who", ["Ministry of Harbours and Department of Coasts",
                                 "Ministry of Harbours and Ministry of Finance",
                                 "Ministry of Harbours, Coast Guard Agency"])
def test_f2_two_bodies_on_the_from_line_are_not_one_publisher(who: str) -> None:
    source = source_record(draft(_PORTAL.format(who=who), _PORTAL_URL))
    assert source["publisher"] in ("Ministry of Harbours", "GOV.TARNLAND")


# --- F3: one story's dateline dropped when its lead is followed by two paragraphs opening with other places --------

_LEAD = ("Ferry crews walked out across the coast on Tuesday in the largest strike the region has seen for a decade, "
         "union leaders said.")
_LONG_LEAD = (_LEAD[:-1] + ", after talks with the harbour board collapsed late on Monday night over a pay offer the "
              "crews called an insult to their work during the winter storms.")
_PLACES = ("\n\nTARN — In Tarn, commuters queued for hours at the terminal as the first sailings of the day were "
           "cancelled without warning.\n\nSELDA — Port workers in Selda said they would join the strike on Wednesday "
           "unless the board reopened talks on pay.\n\n")


@pytest.mark.parametrize("lead", [_LEAD, _LONG_LEAD])
def test_f3_a_story_lead_keeps_its_dateline_over_other_places_and_undated_paragraphs(lead: str) -> None:
    page = "Harbour Times\n\nStrike spreads along the coast\n\n3 March 2028\n\nBRENN — " + lead + _PLACES + _BODY
    source = source_record(draft(page))
    assert source["dateline"] == "Brenn"
    assert source["published"] == source_record(draft(page.replace("BRENN — ", "")))["published"]


def test_f3_russian_story_lead_keeps_its_dateline() -> None:
    page = ("Вечерний Тарнвик\n\nЗабастовка охватила побережье\n\n3 марта 2028\n\nБРЕНН — Экипажи паромов по всему "
            "побережью во вторник прекратили работу, заявили лидеры профсоюза, это крупнейшая забастовка за десять "
            "лет.\n\nТАРН — В Тарне пассажиры часами стояли в очередях у терминала, так как первые рейсы дня были "
            "отменены без предупреждения.\n\nСЕЛЬДА — Портовые рабочие Сельды заявили, что присоединятся к забастовке "
            "в среду, если совет не возобновит переговоры.\n\n" + _RU_BODY)
    assert source_record(draft(page))["dateline"] == "Бренн"


# --- F4: a news page's counter under a Title Case headline: the headline is read as the author's name -----------

_COUNTER_PAGE = "Brenn Evening Post\n" + _MENU + "Ferry Strike Ends\n\n{counter}\n\n6 March 2028\n\n" + _BODY
_RU_COUNTER_PAGE = ("Вечерний Тарнвик\n" + _RU_MENU + "Паромы Встали\n\nПросмотров: 1 208\n\n6 марта 2028\n\n"
                    + _RU_BODY)


@pytest.mark.parametrize("page", [_COUNTER_PAGE.format(counter="Views: 1 208"),
                                  _COUNTER_PAGE.format(counter="Page 2 of 5"),
                                  _COUNTER_PAGE.format(counter="Comments: 14"), _RU_COUNTER_PAGE])
def test_f4_a_title_case_headline_over_a_counter_is_no_author(page: str) -> None:
    # (regression: None before round 29; main drafts an author "ends" / "vstali")
    assert source_record(draft(page)).get("author") is None


@pytest.mark.parametrize("page", [_COUNTER_PAGE.format(counter="Views: 1 208"),
                                  _COUNTER_PAGE.format(counter="Page 2 of 5"),
                                  _COUNTER_PAGE.format(counter="Comments: 14"), _RU_COUNTER_PAGE])
def test_f4_a_title_case_headline_over_a_counter_stays_the_title(page: str) -> None:
    # (wrong before round 29 too, the counter was the title; main gives the masthead for "Views"/"Просмотров")
    assert source_record(draft(page)).get("title") in ("Ferry Strike Ends", "Паромы Встали")


# --- guards: what holds on main ------------------------------------------------------------------------------------

def test_guard_evening_news_masthead_over_a_menu_with_a_wire_dateline_keeps_the_wire() -> None:
    page = "Brenn Evening News\n" + _MENU + "Ferry talks resume\n\nKELMSTAD, March 3 (Nordwire) - " + _BODY
    source = source_record(draft(page, "https://www.brenneveningnews.example/news/ferry"))
    assert (source["publisher"], source["dateline"]) == ("Nordwire", "Kelmstad")


def test_guard_evening_news_masthead_without_a_dateline_is_the_publisher() -> None:
    page = "Brenn Evening News\n" + _MENU + "Ferry talks resume\n\nPublished 3 March 2028\n\n" + _BODY
    source = source_record(draft(page))
    assert (source["publisher"], source["title"]) == ("Brenn Evening News", "Ferry talks resume")


def test_guard_official_site_with_an_agency_dateline_keeps_the_agency() -> None:
    page = ("Министерство транспорта Варнии\nОфициальный сайт\n" + _RU_MENU + "Паромы встали\n\nБРЕНН, 6 марта — "
            "РИА Новости. " + _RU_BODY)
    source = source_record(draft(page))
    assert (source["publisher"], source["dateline"]) == ("РИА Новости", "Бренн")


def test_guard_dated_wire_roundup_keeps_its_first_dateline() -> None:
    items = "".join(f"{place}, March 3 (Nordwire) - Ferry crews in {place.title()} walked out on Tuesday morning, "
                    "stranding hundreds of commuters at the terminal.\n\n"
                    for place in ("KELMSTAD", "OSKEBY", "VELLIN"))
    source = source_record(draft("Nordwire\n\nCoast ferry strikes: the day in brief\n\n3 March 2028\n\n" + items))
    assert (source["publisher"], source["dateline"]) == ("Nordwire", "Kelmstad")


def test_guard_page_counter_under_a_lower_case_headline() -> None:
    page = "Brenn Evening Post\n" + _MENU + "Ferry talks resume\n\nPage 2 of 5\n\n6 March 2028\n\n" + _BODY
    source = source_record(draft(page))
    assert (source["title"], source["publisher"]) == ("Ferry talks resume", "Brenn Evening Post")


@pytest.mark.parametrize("who", ["Ministry of Harbours and Coast Guard", "Ministry of Harbours"])
def test_guard_from_line_with_a_part_that_looks_like_a_name_or_alone(who: str) -> None:
    source = source_record(draft(_PORTAL.format(who=who), _PORTAL_URL))
    assert source["publisher"] in ("Ministry of Harbours", "GOV.TARNLAND")
    assert source["published"]["date"] == "2028-03-06"  # type: ignore[index]


# --- guards beside each fix ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("who", "body"), [
    ("Ministry of Harbours and Ida Fennick", "Ministry of Harbours"),
    ("Ministry of Trade and Industry", "Ministry of Trade and Industry"),
    ("Ministry of Harbours, Minister of State Ida Fennick", "Ministry of Harbours")])
def test_guard_f1_f2_one_body_with_its_own_and_or_a_plain_minister_is_still_read(who: str, body: str) -> None:
    # (F1/F2 leave the portal's name only for a person with a post inside the line or for two bodies)
    page = _PORTAL.format(who=who).replace("The ministry welcomed", "The " + body + " and Ida Fennick welcomed")
    assert source_record(draft(page, _PORTAL_URL))["publisher"] == body


def test_guard_f3_a_column_of_short_place_items_to_the_end_is_still_news_in_brief() -> None:
    # (every paragraph from the first item to the end is a short item with its own place)
    page = ("The Selda Courier\nHome | News | Briefly | Sport\nBRIEFLY\n\nAlong the coast: four items\n\n"
            "Compiled by the news desk | Monday, March 6, 2028\n\nBRENN — The night ferry to Tarn will leave half "
            "an hour earlier from next week, the operator said on Friday.\n\nSELDA — The town council has appointed "
            "a new harbour master, who starts in April after twenty years at sea.\n\nASKEVIK — The lighthouse on "
            "the point will be open to visitors on Sunday for the first time in six years.\n\nTARN — The market "
            "square will be closed to cars on Saturday for the spring fair, the council said.\n")
    d = draft(page)
    assert source_record(d).get("dateline") is None and str(d.date.date) == "2028-03-06"


def test_guard_f4_a_forum_handle_over_its_counter_is_still_passed_over() -> None:
    page = ("Brenn Forum\n" + _MENU + "Ferry strike: who else is stuck in Tarn?\n\nharbour_ida\n\nPosts: 312\n\n"
            "6 March 2028\n\n" + _BODY)
    source = source_record(draft(page))
    assert source["title"] == "Ferry strike: who else is stuck in Tarn?"
    assert source.get("author") != "Ferry strike: who else is stuck in Tarn?"

