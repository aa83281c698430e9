"""Issue 14, round 29d: the source record `fresh28/` missed (its lines in fresh28.scored.txt): publishers, a
dateline and a title, each a case with the shape it was written for, and beside it ordinary pages on which the rule
must not fire. No rule here moves a date or its confidence (the dateline rule drops only the place; a test proves
the date stays). Names, places and sentences are made up."""

from __future__ import annotations

from tests.ingest.drafting import draft, source_record, speaker_names

# --- an organisation's own site names itself on its first line, over its menu (f2805, f2808, f2815, f2819) --------

_STORY = ("\n\nNew quay for the small boats\n\nPosted 3 March 2028\n\nThe council opened a new quay for the small "
          "boats on Friday, after two winters in which the old one stood under water at every high tide.\n\n"
          "\"We waited long enough,\" said skipper Ivar Noss.\n")


def test_an_institutes_name_over_its_menu_is_the_publisher() -> None:
    d = draft("Brisk Sound Policy Institute\nResearch  Commentary  Events  About" + _STORY,
              "https://soundpolicyhub.example/commentary/new-quay")
    assert source_record(d)["publisher"] == "Brisk Sound Policy Institute"


def test_a_cooperatives_name_with_an_apostrophe_over_its_menu_is_the_publisher() -> None:
    d = draft("Tarn Skippers' Cooperative\nHome  About  Members  Prices  News" + _STORY)
    assert source_record(d)["publisher"] == "Tarn Skippers' Cooperative"


def test_a_russian_bodys_name_over_its_menu_is_the_publisher() -> None:
    page = ("Совет старейшин Бреннского района\nО совете | Новости | Документы | Контакты\n\nНовый причал открыт\n\n"
            "3 марта 2028\n\nСовет старейшин района в пятницу открыл новый причал для малых судов, который строили "
            "два года.\n")
    assert source_record(draft(page))["publisher"] == "Совет старейшин Бреннского района"


def test_initials_beside_the_name_they_spell_give_the_name() -> None:
    page = "БК  Бреннский канал\nЭфир  Новости  Видео  Проекты\n\nНовый причал открыт\n\n3 марта 2028\n\n" + (
        "Новый причал для малых судов открыли в пятницу после двух лет строительства, сообщили в порту.\n")
    assert source_record(draft(page))["publisher"] == "Бреннский канал"


def test_a_first_line_in_capitals_is_given_in_a_names_case() -> None:
    d = draft("TARN HARBOUR TRUST\nHome  Projects  News  Contact" + _STORY)
    assert source_record(d)["publisher"] == "Tarn Harbour Trust"


def test_a_headline_on_the_first_line_over_a_share_bar_is_no_publisher() -> None:
    page = ("Council Opens New Quay\nShare  Tweet  Email  Print\n\nPosted 3 March 2028\n\nThe council opened a new "
            "quay for the small boats on Friday, after two winters under water at every high tide.\n")
    d = draft(page)
    assert source_record(d)["title"] == "Council Opens New Quay"
    assert source_record(d)["publisher"] is None


def test_a_cookie_sentence_over_a_menu_is_no_publisher() -> None:
    d = draft("We use cookies to improve this site.\nHome  News  Sport  Contact" + _STORY)
    assert source_record(d)["publisher"] is None


def test_a_name_with_no_menu_under_it_is_left_to_the_other_rules() -> None:
    d = draft("Brisk Sound Policy Institute\nA note for members" + _STORY)
    assert source_record(d)["publisher"] is None


def test_a_list_label_over_a_menu_is_no_publisher() -> None:
    d = draft("Most Read\nHome  World  Sport  Weather" + _STORY)
    assert source_record(d)["publisher"] is None


def test_a_russian_label_without_a_proper_name_over_a_menu_is_no_publisher() -> None:
    page = ("Жизнь района\nГлавная | Продукты | Контакты\n\nНовый причал открыт\n\n3 марта 2028\n\nНовый причал "
            "для малых судов открыли в пятницу после двух лет строительства, сообщили в порту.\n")
    assert source_record(draft(page))["publisher"] is None


def test_a_masthead_found_by_the_other_rules_is_kept() -> None:
    d = draft("The Brisk Sound Herald\nHome  News  Sport  Contact" + _STORY)
    assert source_record(d)["publisher"] == "The Brisk Sound Herald"


# --- a portal named as its domain: the body its "From:" line names publishes (f2810) ------------------------------

_PORTAL = ("Cookies on gov.tarnland\nWe use some essential cookies to make this service work.\n\nGOV.TARNLAND\nMenu\n"
           "Home  >  Coast\n\nNews story\nQuay repairs at Brenn to start in April\n\n{from_line}\nPublished 6 March "
           "2028\n\nRepairs to the old quay at Brenn will start in April, the {body} announced today.\n")


def test_the_from_lines_body_publishes_a_domain_named_portals_page() -> None:
    page = _PORTAL.format(from_line="From: Ministry of Harbours and Greta Holm", body="Ministry of Harbours")
    d = draft(page, "https://gov.tarnland.example/government/news/quay-repairs-at-brenn")
    assert source_record(d)["publisher"] == "Ministry of Harbours"


def test_a_bodys_own_and_stays_in_its_name_when_the_text_prints_it() -> None:
    page = _PORTAL.format(from_line="From: Department for Coasts and Harbours and Greta Holm",
                          body="Department for Coasts and Harbours")
    d = draft(page, "https://gov.tarnland.example/government/news/quay-repairs-at-brenn")
    assert source_record(d)["publisher"] == "Department for Coasts and Harbours"


def test_a_from_line_on_a_site_not_named_as_its_domain_changes_nothing() -> None:
    page = ("The Brenn Evening Post\nHome  News  Sport\n\nQuay repairs at Brenn to start in April\n\nFrom: our "
            "harbour correspondent\nPublished 6 March 2028\n\nRepairs to the old quay at Brenn will start in April, "
            "the ministry announced today.\n")
    d = draft(page, "https://brenneveningpost.example/news/quay-repairs")
    assert source_record(d)["publisher"] == "The Brenn Evening Post"


def test_an_e_mails_sender_is_no_portals_body() -> None:
    page = _PORTAL.format(from_line="From: Harbour Brief <brief@harbourbrief.example>", body="ministry")
    d = draft(page, "https://gov.tarnland.example/government/news/quay-repairs-at-brenn")
    assert source_record(d)["publisher"] == "GOV.TARNLAND"


# --- a site's name made of its owner's and its section's, the host setting them apart (f2812) ---------------------

_SHOW = ("\nBrowse  Shows  Library  Sign in\n\nEpisode 9: Fog on the sound\n\n6 March 2028 · 31 min\n\nShow notes\n"
         "Ferry captain Nils Hovde says fog is worse than ice: \"Ice you can see.\"\n")


def test_the_broadcaster_publishes_its_podcast_sites_page() -> None:
    d = draft("Tarn Radio Podcasts" + _SHOW, "https://podcasts.tarnradio.example/fog-hour/episode-9")
    assert source_record(d)["publisher"] == "Tarn Radio"


def test_a_name_the_host_spells_whole_keeps_its_last_word() -> None:
    d = draft("Tarn Radio Podcasts" + _SHOW, "https://tarnradiopodcasts.example/fog-hour/episode-9")
    assert source_record(d)["publisher"] == "Tarn Radio Podcasts"


def test_a_section_label_in_the_host_does_not_shorten_a_name_of_two_words() -> None:
    d = draft("Tarn News" + _SHOW, "https://news.tarn.example/fog-hour/episode-9")
    assert source_record(d)["publisher"] == "Tarn News"


def test_a_last_word_the_host_does_not_set_apart_stays() -> None:
    d = draft("Radio Tarn News" + _SHOW, "https://www.radiotarn.example/news/episode-9")
    assert source_record(d)["publisher"] != "Radio Tarn"


# --- a column of short items, each under its own place: no dateline for the page (f2813) --------------------------

_BRIEFS = ("The Selda Courier\nHome | News | Briefly | Sport\n\nAlong the coast: three short items\n\nCompiled by the "
           "news desk | Monday, March 6, 2028\n\n"
           "BRENN — The night ferry to Tarn will leave half an hour earlier from next week, the operator said.\n\n"
           "SELDA — The town council has appointed a new harbour master after a vote on Friday evening.\n\n"
           "ASKEVIK — The lighthouse on the point will be open to visitors on Sunday for the first time.\n")


def test_a_column_of_items_under_three_places_has_no_dateline() -> None:
    d = draft(_BRIEFS)
    assert source_record(d).get("dateline") is None


def test_the_columns_date_stays_as_it_was() -> None:
    assert draft(_BRIEFS).date.date == "2028-03-06"


def test_one_storys_dateline_stays_with_a_second_place_in_its_text() -> None:
    page = ("Kessel Wire\n\nFerry talks resume\n\nBRENN — Ferry talks between the operator and the crews resumed on "
            "Monday after a week's pause, both sides said.\n\nTARN — In the capital, the ministry said it welcomed "
            "the talks and hoped for an agreement within a month.\n")
    assert source_record(draft(page)).get("dateline") == "Brenn"


def test_a_dateline_repeated_under_an_update_stays() -> None:
    page = ("Kessel Wire\n\nFerry talks resume\n\nBRENN — Ferry talks between the operator and the crews resumed on "
            "Monday after a week's pause, both sides said.\n\nBRENN — Later on Monday the crews said the talks "
            "would go on into a second day, with no strike called.\n\nTARN — The ministry said it welcomed the "
            "talks and hoped for an agreement within a month.\n")
    assert source_record(draft(page)).get("dateline") == "Brenn"


def test_an_agency_in_capitals_beside_the_place_is_no_second_item() -> None:
    page = ("KNA\n\nFerry talks resume\n\nBRENN (KNA) — Ferry talks between the operator and the crews resumed on "
            "Monday after a week's pause, both sides said.\n")
    assert source_record(draft(page)).get("dateline") == "Brenn"


# --- a forum post's head is no headline: a handle, a post count, the thread's counters (f2820) --------------------

_THREAD = ("Форум Бреннского побережья\nГлавная форума › Город › Порт\nПравила  Поиск  Вход\n\n"
           "Паром опять опоздал? Третий вечер уходит позже\n\nСтраница 1 из 1 · Ответов: 2 · Просмотров: 845\n\n"
           "Паромщик_77\nСообщений: 1 208\n6 мар 2028, 19:12\n\nТретий раз за неделю паром уходит позже. В порту "
           "сказали только, что ждут погоду, а погода нормальная.\n")


def test_a_forum_threads_title_is_its_topic_not_a_post_count() -> None:
    d = draft(_THREAD, "https://forum-brenn.example/viewtopic.php?t=4821")
    assert source_record(d)["title"] == "Паром опять опоздал? Третий вечер уходит позже"


def test_a_post_count_in_english_is_no_title() -> None:
    page = ("Brenn Forum\nIndex › Harbour\nRules  Search  Log in\n\nFerry late again, third night running\n\n"
            "Page 1 of 1 · Replies: 2\n\nferryman_77\nPosts: 1 208\n6 Mar 2028, 19:12\n\nThird time this week the "
            "ferry left late. The port said only that they were waiting for the weather.\n")
    d = draft(page, "https://forum-brenn.example/viewtopic.php?t=4821")
    assert source_record(d)["title"] == "Ferry late again, third night running"


def test_a_headline_with_a_number_over_the_date_stays_the_title() -> None:
    page = ("Brenn Evening Post\nHome  News  Sport\n\nFerry fares: 12 percent up from April\n\n6 March 2028\n\n"
            "Ferry fares on the Brenn route will rise by 12 percent from April, the operator said on Monday.\n")
    assert source_record(draft(page))["title"] == "Ferry fares: 12 percent up from April"


def test_a_one_word_headline_with_a_year_stays_the_title() -> None:
    page = ("Бреннский вестник\nГлавная  Новости  Спорт\n\nВыборы-2028\n\n6 марта 2028\n\nВыборы в городской совет "
            "назначены на сентябрь, сообщила в понедельник избирательная комиссия.\n")
    assert source_record(draft(page))["title"] == "Выборы-2028"


def test_the_quote_of_a_name_over_its_menu_keeps_its_speaker() -> None:
    # the publisher rule changes nothing in the body: the quote and its speaker are as before
    d = draft("Tarn Skippers' Cooperative\nHome  About  Members  Prices  News" + _STORY)
    quotes = [q for q in d.quotes if not q.is_term]
    assert [speaker_names(d, q) for q in quotes] == [["Ivar Noss"]]
