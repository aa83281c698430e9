"""Review of rounds 28b and 28c (issue 14): each finding (F1-F10) one or more tests that failed before its fix, and
beside each fix a guard on an ordinary sentence where it must keep its answer. Names, places and sentences are made
up."""

from __future__ import annotations

from tests.ingest.drafting import RU, draft, speaker_names


def _said(page: str) -> dict[str, list[str]]:
    """Each drafted quote's text -> its speakers' names (terms left out)."""
    d = draft(page)
    return {q.text: speaker_names(d, q) for q in d.quotes if not q.is_term}


def _source(page: str, url: str | None = None) -> dict[str, object]:
    source: dict[str, object] = draft(page, url).document["source"]
    return source


_SARN = "«Порт закрыт уже третью неделю», — сказал нашему корреспонденту капитан буксира Игорь Сарн.\n\n"

# --- F1: present tense of verbs that also mean "resemble"/"meet" (28c) ------------------------------------------


def test_f1_resembles_in_the_present_is_no_verb_of_saying() -> None:
    said = _said(RU + "Мэр Мирска Иван Рест приехал на стройку. Ситуация напоминает «холодную войну» прошлого века.")
    assert said.get("холодную войну") in (None, [])


def test_f1_meets_standards_in_the_present_is_no_verb_of_saying() -> None:
    said = _said(RU + "Мэр Мирска Иван Рест приехал на стройку. Проект отвечает «зеленым стандартам» Евросоюза.")
    assert said.get("зеленым стандартам") in (None, [])


# --- F2: an unknown verb after the dash, then an anaphoric noun or a first name (28c) ----------------------------


def test_f2_the_interlocutor_after_an_unknown_verb_is_the_last_speaker() -> None:
    said = _said(RU + _SARN + "«Денег на ремонт нет и не будет», — сетует собеседник.")
    assert said["Денег на ремонт нет и не будет"] == ["Игорь Сарн"]


def test_f2_a_role_the_page_gave_after_an_unknown_verb_is_that_person() -> None:
    said = _said(RU + _SARN + "«Денег на ремонт нет и не будет», — продолжает капитан.")
    assert said["Денег на ремонт нет и не будет"] == ["Игорь Сарн"]


def test_f2_a_first_name_alone_after_an_unknown_verb_is_the_person_named_before() -> None:
    said = _said(RU + _SARN + "«Денег на ремонт нет и не будет», — сокрушается Игорь.")
    assert said["Денег на ремонт нет и не будет"] == ["Игорь Сарн"]


# --- F3: «слова X ... Y(dative) о том, что» (28c) ------------------------------------------------------------------


def test_f3_an_interviewer_in_the_dative_is_not_the_owner_of_the_words() -> None:
    said = _said(RU + "Слова министра Карла Эрдмана в интервью журналисту Ивану Петрову о том, что «река не может "
                 "ждать дипломатов», вызвали споры.")
    assert said["река не может ждать дипломатов"] == ["Карл Эрдман"]


# --- F4: the body opening a sentence takes adverbs and objects into its name (28c) -------------------------------


def test_f4_an_adverb_after_the_body_is_not_part_of_its_name() -> None:
    said = _said(RU + "В полиции Ростада вчера сообщили, что «вывозить обломки запрещено до весны».")
    assert said["вывозить обломки запрещено до весны"] == ["Полиция Ростада"]


def test_f4_an_addressee_in_the_dative_is_not_part_of_the_bodys_name() -> None:
    said = _said(RU + "В прокуратуре Ростада Ивану Ресту пояснили, что «дело закрыто».")
    assert said["дело закрыто"] == ["Прокуратура Ростада"]


def test_f4_a_plural_noun_is_no_bodys_name() -> None:
    said = _said(RU + "В агентствах недвижимости Ростада отметили, что «цены на жилье растут».")
    assert not any(n.startswith("Агентствах") for n in said["цены на жилье растут"])


# --- F5: «В <body> <plural subject> называют» (28b's present naming, merged into _RU_IN_BODY) --------------------


def test_f5_colleagues_in_a_ministry_naming_someone_are_not_the_ministry() -> None:
    said = _said(RU + "В МИД Кесселя коллеги называют министра «железным канцлером».")
    assert said.get("железным канцлером") in (None, [])


# --- F6: a company apposed to an object before an inverted verb (28c) --------------------------------------------


def test_f6_a_company_apposed_to_the_object_is_not_the_subject_of_an_inverted_verb() -> None:
    said = _said(RU + "Терминал купил новый владелец, компания «Норд Порт», сообщил Иван Рест. По его словам, работы "
                 "идут «в срок».")
    assert said["в срок"] == ["Иван Рест"]


# --- F7: a wire sharing the masthead's place word is no brand's company (28b) ------------------------------------

_TODAY = ("Skip to main content\nSelka Today\nHome   World   Business\n\nPilots vote to strike over the night rota\n\n"
          "March 4, 2027\nBy Ada Marsh\n\n")
_PILOTS = ("Harbour pilots in Selka voted on Thursday to strike from next week, their union said after talks broke "
           "down over a new rota.\n\n")
_TODAY_URL = "https://selkatoday.example/world/pilots-vote-strike"


def test_f7_a_wire_credit_in_the_dateline_stays_the_publisher() -> None:
    assert _source(_TODAY + "SELKA (Selka Press) - " + _PILOTS, _TODAY_URL)["publisher"] == "Selka Press"


def test_f7_a_syndicating_agencys_copyright_stays_the_publisher() -> None:
    page = _TODAY + _PILOTS + "Copyright 2027 Selka Wire Service. Distributed by Tribune Content Agency."
    assert _source(page, _TODAY_URL)["publisher"] == "Selka Wire Service"


# --- F8: a ticker's "date / Updated date" above the headline beats the page's own date line (28b widens) ---------

_WESTPORT = "WESTPORT DAILY\nNews   Local   Sport\n\n"
_FERRY = ("The ferry link between Westport and Orsa reopened on Thursday after ten days of storm repairs to the pier, "
          "the operator said on its website.\n\n")


def test_f8_a_tickers_slash_update_line_above_the_headline_is_not_the_page_date() -> None:
    page = (_WESTPORT + "Breaking\nStorm closes Orsa pier\nOct. 4, 2027 / Updated Oct. 5, 2027\n\n"
            "Ferry link to Orsa reopens after storm repairs\n\nBy Lena Holt | Oct. 20, 2027\n\n" + _FERRY)
    d = draft(page)
    assert d.date.date == "2027-10-20" or d.date.confidence == "low"


# --- F9: a headline named in prose that a "Most read" line prints becomes the title (28b) ------------------------

_LEDGER = ("The Quarterly Ledger\nMenu   This week   Search\n\nMost read\nWinter comes early\nThe price of salt\n\n"
           "Europe | Ports and power\n\nSalt in the wound\n\nA strike at Selka's docks leaves Lindmark short of road "
           "salt\n\nNov 3rd 2027\n\nShare\n\nThe first frost reached northern Lindmark on Monday, and with it the "
           "first complaints about the empty road-salt stores of three counties.\n\n")
_LEDGER_URL = "https://ledger.example/europe/2027/11/03/a-strike-at-selkas-docks-leaves-lindmark-short-of-road-salt"


def test_f9_a_headline_named_in_the_prose_is_not_the_title_because_a_list_prints_it() -> None:
    page = _LEDGER + ('Last week the Harl Courier ran a story under the headline "The price of salt", which the '
                      'ministry called alarmist.\n')
    assert _source(page, _LEDGER_URL)["title"] == "A strike at Selka's docks leaves Lindmark short of road salt"


def test_f9_a_corrections_former_headline_is_not_the_title() -> None:
    page = _LEDGER + ('Correction: an earlier version of this article appeared under the headline "Winter comes '
                      'early".\n')
    assert _source(page, _LEDGER_URL)["title"] != "Winter comes early"


# --- F10: a section in capitals beside the date, named as a country in the body (28b) ----------------------------


def test_f10_a_section_in_capitals_beside_the_date_is_no_dateline() -> None:
    page = ("The Harbour Review\nMenu   Weekly edition   Search\n\nNets and nerves\n\nJun 9th 2027 | BRITAIN\n\nWhen "
            "the bay closed on Monday, the skippers tied up their boats, and the old quarrels in Britain came back.\n")
    assert _source(page, "https://review.example/britain/2027/06/09/nets-and-nerves").get("dateline") is None


# --- guards: checked, no misfire (pass on main) ------------------------------------------------------------------


def test_guard_one_of_a_group_then_a_name_is_that_person() -> None:
    said = _said(RU + "«Мы ждали этого моста десять лет», — признался один из руководителей компании Иван Петров.")
    assert said["Мы ждали этого моста десять лет"] == ["Иван Петров"]


def test_guard_a_statement_of_a_person_about_that_is_that_persons() -> None:
    said = _said(RU + "Заявление Ивана Петрова о том, что «река не может ждать дипломатов», Вера Ранц назвала "
                 "популизмом.")
    assert said["река не может ждать дипломатов"] == ["Иван Петров"]


def test_guard_according_to_a_declined_name_before_a_comma_is_not_a_co_speaker() -> None:
    said = _said(RU + "По словам Анны Петровой, Ольга Тарн заявила: «Мы не уйдем из порта до весны».")
    assert said["Мы не уйдем из порта до весны"] == ["Ольга Тарн"]


def test_guard_a_list_of_speakers_keeps_every_name() -> None:
    said = _said(RU + "Анна Петрова, Ольга Тарн и Иван Рест заявили: «Мы не уйдем из порта до весны».")
    assert said["Мы не уйдем из порта до весны"] == ["Анна Петрова", "Ольга Тарн", "Иван Рест"]


def test_guard_residents_of_a_place_naming_someone_stay_unattributed() -> None:
    said = _said(RU + "В Ростаде жители называют мэра «хозяином пирса», пишет газета «Вестник Ростада».")
    assert said.get("хозяином пирса") in (None, [])


def test_guard_an_object_in_the_accusative_after_an_unknown_verb_is_not_the_speaker() -> None:
    said = _said(RU + "«Мы ждали этого моста десять лет», — благодарят Мари Дюбуа жители Мирска.")
    assert said["Мы ждали этого моста десять лет"] != ["Мари Дюбуа"]


def test_guard_a_published_date_before_a_relative_update_is_the_date() -> None:
    d = draft(_WESTPORT + "Ferry link to Orsa reopens after storm repairs\n\nPublished Oct. 14, 2027 / Updated 2 hours "
              "ago\nBy Lena Holt\n\n" + _FERRY)
    assert (d.date.date, d.date.confidence) == ("2027-10-14", "high")


def test_guard_a_comments_slash_update_stamp_is_not_a_high_date() -> None:
    d = draft(_WESTPORT + "Ferry link to Orsa reopens after storm repairs\n\nBy Lena Holt\n\n" + _FERRY
              + "Comments\n\nPia Varn / Updated Oct. 16, 2027\nGreat news for Orsa.\n")
    assert d.date.confidence == "low"


def test_guard_an_acronym_beside_the_date_is_no_dateline() -> None:
    page = ("The Harbour Review\nMenu   Weekly edition   Search\n\nNets and nerves\n\nJun 9th 2027 | NATO\n\nWhen the "
            "bay closed on Monday, the skippers tied up their boats, and the old quarrels in NATO came back.\n")
    assert _source(page).get("dateline") is None


def test_guard_a_headline_opening_with_original_text_stays_the_title() -> None:
    page = ("Original text of the Harl treaty published in full\n\nBy Petra Lusk\n\nThe government published the "
            "original text of the treaty on Monday, the ministry said.\n")
    assert _source(page)["title"] == "Original text of the Harl treaty published in full"


# --- the fixes' other cases (the whole kind) and a guard beside each fix ------------------------------------------


def test_f1_resembles_in_the_past_with_its_object_in_marks_is_no_verb_of_saying() -> None:
    said = _said(RU + "Мэр Мирска Иван Рест приехал на стройку. Ситуация напоминала «холодную войну» прошлого века.")
    assert said.get("холодную войну") in (None, [])


def test_f1_a_person_resembling_someone_in_marks_says_nothing() -> None:
    said = _said(RU + "Министр обороны Иван Рест напоминает «железного канцлера» прошлого века.")
    assert said.get("железного канцлера") in (None, [])


def test_f1_a_scene_resembling_a_film_named_in_marks_says_nothing() -> None:
    said = _said(RU + "Картина напоминает кадры из фильма «Безумный Макс: дорога ярости».")
    assert said.get("Безумный Макс: дорога ярости") in (None, [])


def test_guard_f1_the_same_verbs_still_say_after_a_dash_a_colon_or_before_that() -> None:
    assert _said(RU + "«Мост строили десять лет», — напоминает Иван Рест.")["Мост строили десять лет"] == [
        "Иван Рест"]
    assert _said(RU + "Иван Рест напоминает: «Мост строили десять лет».")["Мост строили десять лет"] == ["Иван Рест"]
    assert _said(RU + "Иван Рест напоминает, что «мост строили десять лет».")["мост строили десять лет"] == [
        "Иван Рест"]
    assert _said(RU + "Олег Стрем объяснял задержку ремонта так: «Денег на причал не было».")[
        "Денег на причал не было"] == ["Олег Стрем"]


def test_f2_an_interlocutor_of_the_agency_after_an_unknown_verb_is_the_last_speaker() -> None:
    said = _said(RU + _SARN + "«Денег на ремонт нет и не будет», — вздыхает собеседник агентства.")
    assert said["Денег на ремонт нет и не будет"] == ["Игорь Сарн"]


def test_guard_f2_a_new_first_name_after_an_unknown_verb_is_a_new_person_not_the_last_speaker() -> None:
    said = _said(RU + _SARN + "«Денег на ремонт нет и не будет», — сокрушается Вера.")
    assert said["Денег на ремонт нет и не будет"] == ["Вера"]


def test_guard_f2_a_common_noun_the_page_never_gave_anyone_stays_unnamed() -> None:
    said = _said(RU + _SARN + "«Денег на ремонт нет и не будет», — улыбается учительница из Мирска.")
    assert said["Денег на ремонт нет и не будет"] == []


def test_guard_f3_the_owner_after_a_role_and_its_place_in_the_genitive_is_the_owner() -> None:
    said = _said(RU + "Комментируя слова министра транспорта Соседии Карла Эрдмана о том, что «река не может ждать "
                 "дипломатов», Вера Ранц подчеркнула, что график согласован.")
    assert said["река не может ждать дипломатов"] == ["Карл Эрдман"]


def test_f4_an_adverb_of_today_a_reporter_a_pronoun_or_an_object_after_the_body_is_no_part_of_its_name() -> None:
    for words in ("сегодня напомнили", "корреспонденту рассказали", "ему ответили", "водителя предупредили"):
        said = _said(RU + f"В полиции Ростада {words}, что «дело закрыто».")
        assert said["дело закрыто"] == ["Полиция Ростада"], words


def test_f4_a_plural_service_is_no_bodys_name_nor_its_place() -> None:
    said = _said(RU + "В службах такси Ростада отметили, что «цены на поездки растут».")
    assert said["цены на поездки растут"] == []


def test_guard_f4_a_body_by_its_place_in_the_dative_keeps_its_whole_name() -> None:
    said = _said(RU + "В Управлении гражданской защиты по Товикскому округу напомнили, что «дело закрыто».")
    assert said["дело закрыто"] == ["Управление гражданской защиты по Товикскому округу"]


def test_guard_f4_a_body_with_its_genitive_words_and_no_place_keeps_them() -> None:
    said = _said(RU + "В полиции округа сообщили, что «дело закрыто».")
    assert said["дело закрыто"] == ["Полиция округа"]


def test_f5_residents_naming_the_mayor_in_a_town_hall_are_not_the_town_hall() -> None:
    said = _said(RU + "В администрации Ростада местные жители называют мэра «хозяином пирса».")
    assert said.get("хозяином пирса") in (None, [])


def test_f5_colleagues_in_a_ministry_saying_something_are_not_the_ministry() -> None:
    said = _said(RU + "В МИД Кесселя коллеги заявили, что «министр прав».")
    assert said["министр прав"] == []


def test_guard_f5_a_ministry_naming_something_in_a_statement_is_the_ministry() -> None:
    said = _said(RU + "В МИД Кесселя в заявлении назвали встречу «полезной встречей двух стран».")
    assert said["полезной встречей двух стран"] == ["МИД Кесселя"]


def test_guard_f5_a_union_naming_something_in_a_statement_is_the_union() -> None:
    said = _said(RU + "Профсоюз рыбаков Остравии в заявлении назвал задержание «ударом по всему побережью».")
    assert said["ударом по всему побережью"] == ["Профсоюз рыбаков Остравии"]


def test_guard_f5_a_ministry_that_said_twice_is_the_ministry() -> None:
    said = _said(RU + "В МИД Кесселя дважды заявили, что «министр прав».")
    assert said["министр прав"] == ["МИД Кесселя"]


def test_guard_f6_a_company_apposed_to_the_clauses_subject_is_the_subject() -> None:
    said = _said(RU + "Оператор кабеля, компания «Геллан Пауэр», заявил, что «ремонт займет неделю».")
    assert said["ремонт займет неделю"] == ["Геллан Пауэр"]


def test_guard_f7_the_brands_media_company_holding_the_copyright_is_not_the_publisher() -> None:
    page = _TODAY + _PILOTS + "© 2027 Selka Today Media Ltd"
    assert _source(page, _TODAY_URL)["publisher"] == "Selka Today"


def test_f8_a_tickers_date_line_above_the_headline_alone_is_not_a_high_date() -> None:
    page = (_WESTPORT + "Breaking\nStorm closes Orsa pier\nOct. 4, 2027 / Updated Oct. 5, 2027\n\n"
            "Ferry link to Orsa reopens after storm repairs\n\nBy Lena Holt\n\n" + _FERRY)
    assert draft(page).date.confidence == "low"


def test_guard_f8_a_section_label_over_the_date_line_above_the_headline_keeps_it() -> None:
    d = draft(_WESTPORT + "World / Europe\nOct. 20, 2027 / Updated Oct. 21, 2027\n\nFerry link to Orsa reopens "
              "after storm repairs\n\nBy Lena Holt\n\n" + _FERRY)
    assert (d.date.date, d.date.confidence) == ("2027-10-20", "high")


def test_guard_f8_a_date_line_above_the_headline_that_the_byline_confirms_keeps_it() -> None:
    d = draft(_WESTPORT + "Oct. 20, 2027\n\nFerry link to Orsa reopens after storm repairs\n\nBy Lena Holt | Oct. 20,"
              " 2027\n\n" + _FERRY)
    assert (d.date.date, d.date.confidence) == ("2027-10-20", "high")


def test_guard_f8_an_event_date_in_the_prose_leaves_the_date_line_alone() -> None:
    d = draft(_WESTPORT + "Oct. 20, 2027\n\nFerry link to Orsa reopens after storm repairs\n\nBy Lena Holt\n\n"
              + _FERRY + "The pier was first damaged on Oct. 4, 2027, when the storm hit.\n")
    assert (d.date.date, d.date.confidence) == ("2027-10-20", "high")


def test_guard_f9_the_print_editions_line_still_names_the_title() -> None:
    page = _LEDGER + ('This article appeared in the Europe section of the print edition under the headline "Salt in '
                      'the wound"\n')
    assert _source(page)["title"] == "Salt in the wound"


def test_guard_f10_a_place_beside_the_date_that_the_url_files_under_no_section_stays_the_dateline() -> None:
    page = ("The Harbour Review\nMenu   Weekly edition   Search\n\nNets and nerves\n\nJun 9th 2027 | ROSTAD\n\nWhen "
            "the bay closed on Monday, the skippers in Rostad tied up their boats.\n")
    assert _source(page, "https://review.example/europe/2027/06/09/nets-and-nerves").get("dateline") == "Rostad"
