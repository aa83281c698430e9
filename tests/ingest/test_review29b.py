"""Review of round 29b (issue 14): ordinary pages on which the round's rules must not fire or must give another
answer. Each finding's test (test_f1 ... test_f11, with the fix's own variants) fails on main at 6f4bf25 and passes
after the fix; each guard (test_guard_..., test_fN_guard_...) passes before and after: the round's gains and the
pages beside each fix where it must leave the page alone (F2-F4, which move a date's confidence: four ordinary pages
whose head block's date stays high).
"""

from __future__ import annotations

from alliance_monitor.ingest.draft import Draft
from tests.ingest.drafting import draft, speakers

BODY_EN = ("By Anna Lee\n12 March 2027\n\nThe ferry crews at Skarn returned to work on Monday after the ministry "
           "agreed to pay the overtime owed.\n\nThe union said it would watch the payments closely.\n")


def _texts(d: Draft) -> list[str]:
    return [q.text for q in d.quotes if not q.is_term]


def _title(d: Draft) -> str | None:
    return d.layout.title.text if d.layout.title is not None else None


# --- findings (each fails on main now) ----------------------------------------------------------------------------


def test_f1_a_name_shaped_headline_over_a_standfirst_stays_the_headline_and_the_standfirsts_quote_stays() -> None:
    page = ("Ferry Strike Ends\n\nMinister Tove Lind said the deal was \"the best the crews could get\" as the boats "
            "sailed again on Monday.\n\n" + BODY_EN)
    d = draft(page)
    assert _title(d) == "Ferry Strike Ends"
    assert "the best the crews could get" in _texts(d)
    ru = ("Перемирие\n\nМинистр Тове Линд назвала сделку «лучшей из возможных» для экипажей.\n\nАвтор: Анна Петрова\n"
          "12 марта 2027\n\nЭкипажи вернулись к работе в понедельник утром после десяти дней забастовки.\n\n"
          "Профсоюз обещал следить за выплатами.\n")
    d = draft(ru)
    assert _title(d) == "Перемирие"
    assert "лучшей из возможных" in _texts(d)


def test_f2_a_timelines_first_entry_date_is_not_the_pages_date_at_high() -> None:
    page = ("How the ferry strike unfolded\n\nThe strike that stopped the island ferries for ten days ended on "
            "Monday. Here is how it unfolded.\n\n2 March 2027\n\nThe crews walk off the boats at dawn, saying the "
            "ministry owes them three months of overtime.\n\n\"We have waited long enough,\" the union's leader, Ola "
            "Berg, tells reporters on the quay.\n\n8 March 2027\n\nThe ministry offers half of the money owed; the "
            "union turns it down within the hour.\n\nThe islanders start a petition asking both sides to return to "
            "the table.\n")
    d = draft(page)
    assert d.date.confidence != "high"


def test_f3_a_news_lists_items_are_not_a_head_block_its_next_lead_not_the_text() -> None:
    page = ("Latest news\n\nFerry crews return to work after ten days\n\nThe ferry crews at Skarn returned to work on "
            "Monday after the ministry agreed to pay the overtime owed.\n\nBy Anna Lee\n12 March 2027\n\n"
            "Minister promises new quay for the islands\n\nThe islands will get a new quay by 2029, the minister said "
            "on Friday. \"It is long overdue,\" said Tove Lind.\n\nBy Per Dahl\n9 March 2027\n\n"
            "Cod quota for the northern banks cut by a fifth\n\nThe northern banks will be fished less next year "
            "after the survey found fewer young cod.\n\nBy Anna Lee\n2 March 2027\n")
    d = draft(page)
    assert d.date.confidence != "high"
    assert "It is long overdue," not in _texts(d)  # another story's quote


def test_f4_a_one_paragraph_briefs_foot_byline_does_not_make_the_bio_and_comments_its_text() -> None:
    page = ("Ferry crews return to work\n\nThe ferry crews at Skarn returned to work on Monday after the ministry "
            "agreed to pay the overtime owed, the union said.\n\nBy Anna Lee\n12 March 2027\n\nAnna Lee covers the "
            "harbour and the islands for the Coast Herald.\n\n2 Comments\n\nPer Dahl\nRemember when the minister "
            "Tove Lind said \"the boats will never stop\"? So much for that promise.\n")
    d = draft(page)
    assert "the boats will never stop" not in _texts(d)  # a reader's comment


def test_f5_a_post_by_admin_keeps_its_first_paragraph_and_quote() -> None:
    page = ("Ferry crews return to work after ten days\n\nadmin\n12 March 2027\n\n\"We are glad to sail again,\" "
            "said the union's leader, Ola Berg, on the quay at Skarn on Monday.\n\nThe ministry agreed to pay the "
            "overtime owed within a month, the union said.\n")
    d = draft(page)
    assert _texts(d) == ["We are glad to sail again,"] and speakers(d) == [["Ola Berg"]]
    ru = ("Паромы снова ходят\n\nАдминистратор\n12.03.2027 14:05\n\n«Мы рады снова выйти в море», — сказал лидер "
          "профсоюза Ола Берг в понедельник на причале.\n\nМинистерство согласилось выплатить долги в течение месяца, "
          "сообщили в профсоюзе.\n")
    assert _texts(draft(ru)) == ["Мы рады снова выйти в море"]


def test_f6_a_news_pages_quote_box_naming_its_speaker_is_no_forum_quote_block() -> None:
    page = ("Паромы снова ходят\n\nАвтор: Анна Петрова\n\nЭкипажи паромов в Скарне вернулись к работе в понедельник "
            "после десяти дней забастовки.\n\nЦитата: Тове Линд\n«Экипажам заплатят всё до апреля».\n\n"
            "Профсоюз обещал следить за выплатами.\n")
    assert "Экипажам заплатят всё до апреля" in _texts(draft(page))


def test_f7_a_decks_quote_someone_is_said_to_say_is_kept_even_when_unattributed() -> None:
    for dek, quote in (("\"Ten days of shame\" are over, the union says, as ferries run again.", "Ten days of shame"),
                       ("Ferries run again after the deal the union hailed as \"a win for every islander\" on Monday.",
                        "a win for every islander")):
        d = draft("Ferry crews return to work after ten days\n\n" + dek + "\n\n" + BODY_EN)
        assert quote in _texts(d), dek


def test_f8_their_ministry_is_not_the_last_place_when_another_country_is_theirs() -> None:
    page = ("Паромы встали\n\nАвтор: Анна Петрова\n\nДелегация из Казахстана провела переговоры в Армении, после чего "
            "их МИД заявил: «Соглашение будет подписано осенью».\n")
    assert speakers(draft(page)) != [["МИД Армении"]]


def test_f9_a_quote_with_its_speaker_is_no_name_though_an_exercise_is_named_with_those_words() -> None:
    page = ("Паромы встали\n\nАвтор: Анна Петрова\n\nФлот участвовал в учениях «Никогда больше-2027» у внешнего "
            "пролива.\n\nАдмирал Тове Линд сказала экипажам на параде: «Никогда больше».\n")
    d = draft(page)
    assert "Никогда больше" in _texts(d)


def test_f10_a_title_case_headline_opening_video_by_is_the_headline() -> None:
    page = ("Video By Coast Guard Shows Ferry Collision\n\nBy Anna Lee\n12 March 2027\n\nA video released by the "
            "coast guard on Tuesday shows the two ferries colliding in fog off Skarn.\n\n\"The footage speaks for "
            "itself,\" the port director Marta Holm said.\n")
    assert _title(draft(page)) == "Video By Coast Guard Shows Ferry Collision"


def test_f11_a_credit_shaped_line_in_the_text_keeps_the_full_name_of_the_speaker() -> None:
    page = ("Harbour Talks Resume\n\nBy Staff Writer\n\nThe museum opened a new exhibition on Friday.\n\n"
            "Photographs by Anna Vik\nFerry Crews of the Outer Sound\n\n\"I wanted to show the people, not the "
            "boats,\" said Vik at the opening.\n")
    assert speakers(draft(page)) == [["Anna Vik"]]


# --- guards (pass on main) ----------------------------------------------------------------------------------------


def test_guard_a_russian_standfirst_over_text_photo_date_and_reading_time() -> None:
    page = ("Паромы снова ходят\n\nЭкипажи паромов в Скарне вернулись к работе после десяти дней забастовки.\n\n"
            "Текст: Анна Петрова\nФото: Олег Берг\n12 марта 2027\nВремя чтения: 4 минуты\n\n"
            "Экипажи вернулись к работе в понедельник утром, после того как министерство согласилось выплатить "
            "долги.\n\n«Мы рады снова выйти в море», — сказал лидер профсоюза Ола Берг.\n")
    d = draft(page)
    assert d.date.date == "2027-03-12" and d.date.confidence == "high"
    assert _texts(d) == ["Мы рады снова выйти в море"] and speakers(d) == [["Ола Берг"]]


def test_guard_a_related_box_in_the_head_block_gives_not_its_date() -> None:
    page = ("Ferry crews return to work after ten days\n\nThe strike is over, but the ministry still has to find the "
            "money it promised the crews.\n\nBy Anna Lee\n14 March 2027\n\nRelated\nFerry strike enters its second "
            "week\n8 March 2027\n\nThe ferry crews at Skarn returned to work on Monday after the ministry agreed to "
            "pay the overtime owed.\n\n\"We are glad to sail again,\" said the union's leader, Ola Berg.\n")
    d = draft(page)
    assert d.date.date == "2027-03-14"
    assert _texts(d) == ["We are glad to sail again,"]


def test_guard_an_update_line_alone_in_the_head_block_stays_low() -> None:
    page = ("Ferry crews return to work after ten days\n\nThe strike is over, but the ministry still has to find the "
            "money it promised the crews.\n\nBy Anna Lee\nUpdated 14 March 2027\n\nThe ferry crews at Skarn returned "
            "to work on Monday after the ministry agreed to pay the overtime owed.\n\n\"We are glad to sail again,\" "
            "said the union's leader, Ola Berg.\n")
    d = draft(page)
    assert d.date.confidence == "low"
    assert _texts(d) == ["We are glad to sail again,"]


def test_guard_a_decks_quote_with_its_speaker_stays() -> None:
    for dek, quote in (("Minister Tove Lind says the deal is \"the best the crews could get\".",
                        "the best the crews could get"),
                       ("Tove Lind is in no hurry. \"We will wait for the survey,\" she says.",
                        "We will wait for the survey,"),
                       ("According to Tove Lind, the quota \"cannot be raised this year\".",
                        "cannot be raised this year")):
        d = draft("Ferry crews return to work after ten days\n\n" + dek + "\n\n" + BODY_EN)
        assert quote in _texts(d) and speakers(d) == [["Tove Lind"]], dek


def test_guard_that_was_someones_reply_after_a_lone_quote() -> None:
    page = ("Harbour Talks Resume\n\nBy Staff Writer\n\nThe minister, Tove Lind, wrote to the crews. \"Half now, "
            "half in May.\" That was Berg's reply to her letter, and it was short.\n\n\"Sell the boats.\" That was "
            "the union's answer.\n")
    d = draft(page)
    assert speakers(d)[0] == ["Berg"]


def test_guard_a_ships_name_with_and_without_a_number_and_a_sentence_about_it() -> None:
    page = ("Harbour Talks Resume\n\nBy Staff Writer\n\nThe next exercise, \"Aurora-2\", will follow in May. The "
            "flagship \"Aurora\" led the line.\n\nThe minister praised the crews. \"Aurora was the best ship we "
            "had,\" she said.\n")
    d = draft(page)
    assert _texts(d) == ["Aurora was the best ship we had,"]


def test_guard_their_ministry_after_a_two_word_country_is_not_cut() -> None:
    page = ("Паромы встали\n\nАвтор: Анна Петрова\n\nА вот в Саудовской Аравии уже празднуют — их МИД написал: "
            "«Это большая победа для региона».\n")
    assert speakers(draft(page)) != [["МИД Аравии"]]


def test_guard_a_quote_label_with_a_role_is_left_in_the_text() -> None:
    page = ("Ferry crews return to work after ten days\n\n" + BODY_EN.replace(
        "\n\nThe union said", "\n\nQuote: Tove Lind, minister\n\"The crews will be paid in full by April.\"\n\n"
        "The union said"))
    assert "The crews will be paid in full by April." in _texts(draft(page))


# --- the fixes' own cases and guards (fix of review 29b) -----------------------------------------------------------

STANDFIRST = "The strike is over, but the ministry still has to find the money it promised the crews.\n\n"
HEAD = "Ferry crews return to work after ten days\n\n" + STANDFIRST
RU_HEAD = "Паромы встали\n\nАвтор: Анна Петрова\n\n"


def test_f1_guard_a_masthead_over_a_headline_that_looks_like_a_standfirst_is_still_no_headline() -> None:
    d = draft("Coast Herald\n\nOrtis tells Kessel to \"read the treaty\" before the vote\n\n" + BODY_EN)
    assert _title(d) == "Ortis tells Kessel to \"read the treaty\" before the vote"


def test_f2_a_live_blogs_first_entry_under_the_byline_is_no_standfirst_and_its_stamp_not_high() -> None:
    page = ("Ferry strike: live\n\nFollow the latest on the ferry strike as the crews and the ministry meet at Skarn."
            "\n\nBy Anna Lee\n14 March 2027, 16:05\n\nThe talks have ended for the day; both sides will meet again "
            "tomorrow morning.\n\n14 March 2027, 13:40\n\n\"We are close,\" the union's leader, Ola Berg, told "
            "reporters at the door.\n\n14 March 2027, 11:15\n\nThe minister arrives at the harbour office.\n")
    assert draft(page).date.confidence != "high"


def test_f2_guard_a_head_blocks_date_stays_high_beside_an_events_date_a_quoted_date_and_a_related_links_date() -> None:
    body = ("The ferry crews at Skarn returned to work on Monday after the ministry agreed to pay the overtime "
            "owed.\n\n")
    for tail in ("The crews first walked off on 2 March 2027, the union said.\n",
                 "\"Since 2 March 2027 no crew has been paid,\" said the union's leader, Ola Berg.\n",
                 "The union said it would watch the payments closely.\n\nRelated\nFerry strike enters its second "
                 "week\n8 March 2027\n",
                 "The union said it would watch the payments closely.\n\nBy Anna Lee\n14 March 2027\n"):
        d = draft(HEAD + "By Anna Lee\n14 March 2027\n\n" + body + tail)
        assert (d.date.date, d.date.confidence) == ("2027-03-14", "high"), tail


def test_f4_guard_a_one_paragraph_brief_under_its_byline_and_date_keeps_its_date_and_quote() -> None:
    page = (HEAD + "By Anna Lee\n14 March 2027\n\n\"We are glad to sail again,\" said the union's leader, Ola Berg, "
            "on the quay at Skarn on Monday morning as the first boat left.\n")
    d = draft(page)
    assert (d.date.date, d.date.confidence) == ("2027-03-14", "high")
    assert _texts(d) == ["We are glad to sail again,"]


FORUM = ("Ferry forum\n\nIs the Skarn ferry back on schedule?\n\nPage 1 of 1 · Replies: 2 · Views: 311\n\nsailor_ola\n"
         "Posts: 207\n12 March 2027, 19:05\n\nAnyone on the boat today? The news said the ferry runs again, and the "
         "port chief Erik Holm said: \"From Monday the ferry keeps its usual timetable.\"\n\n")


def test_f5_guard_a_forums_staff_notice_after_a_users_post_is_still_the_forums() -> None:
    page = (FORUM + "Moderator\n12 March 2027, 19:30\n\nA reminder: the ferry board says \"no election posts here\", "
            "so keep to the boats, please.\n\ngranny_nina\nPosts: 1 318\n13 March 2027, 08:10\n\nI sailed this "
            "morning and all was on time.\n")
    assert "no election posts here" not in _texts(draft(page))


def test_f5_an_admin_over_a_post_on_a_forum_page_but_first_under_the_headline_keeps_its_text() -> None:
    page = ("Ferry crews return to work after ten days\n\nPage 1 of 1 · Replies: 0\n\nadmin\n12 March 2027\n\n\"We are "
            "glad to sail again,\" said the union's leader, Ola Berg, on the quay at Skarn on Monday.\n")
    assert _texts(draft(page)) == ["We are glad to sail again,"]


def test_f6_an_english_quote_box_naming_its_speaker_is_a_quotation() -> None:
    page = ("Ferry crews return to work after ten days\n\n" + BODY_EN.replace(
        "\n\nThe union said", "\n\nQuote (Tove Lind)\n\"The crews will be paid in full by April.\"\n\nThe union said"))
    assert "The crews will be paid in full by April." in _texts(draft(page))


def test_f6_guard_a_forums_quote_block_repeating_an_earlier_post_is_still_the_forums() -> None:
    page = (FORUM + "granny_nina\nPosts: 1 318\n13 March 2027, 08:10\n\nQuote (sailor_ola)\n\"From Monday the ferry "
            "keeps its usual timetable.\"\n\nI sailed this morning and all was on time.\n")
    assert _texts(draft(page)).count("From Monday the ferry keeps its usual timetable.") == 1


def test_f10_a_title_case_headline_opening_photos_by_with_a_verb_is_the_headline() -> None:
    page = "Photos By Islanders Show Ferry Queue\n\n" + BODY_EN
    assert _title(draft(page)) == "Photos By Islanders Show Ferry Queue"


def test_f10_guard_a_credit_line_beside_the_byline_or_under_the_date_is_still_the_heads() -> None:
    for block in ("By Anna Lee\nPhotographs by Lene Haug\n12 March 2027\n\n",
                  "12 March 2027\nPhotographs by Lene Haug\n\n"):
        page = HEAD + block + ("The ferry crews at Skarn returned to work on Monday.\n\n\"We are glad to sail "
                               "again,\" said the union's leader, Ola Berg.\n")
        d = draft(page)
        assert d.layout.title is not None and "Lene Haug" not in d.layout.title.text
        assert any(c.text == "Photographs by Lene Haug" for c in d.layout.chrome), block


def test_f7_guard_a_decks_words_no_one_is_said_to_say_stay_the_desks() -> None:
    for dek, words in (("Skippers were told to steer \"by the book\" as signals dropped out over the sound.",
                        "by the book"),
                       ("Tributes paid to \"the man who kept the harbour open\" as the town mourns.",
                        "the man who kept the harbour open")):
        d = draft("Ferry crews return to work after ten days\n\n" + dek + "\n\n" + BODY_EN)
        assert words not in [q.text for q in d.quotes], dek


def test_f8_their_ministry_after_a_countrys_adjective_is_no_places() -> None:
    page = ("Паромы встали\n\nАвтор: Анна Петрова\n\nЖурналисты в Грузии спросили казахстанских дипломатов о сделке, "
            "и их МИД ответил: «Соглашение будет подписано осенью».\n")
    assert speakers(draft(page)) != [["МИД Грузии"]]


def test_f8_guard_their_ministry_after_the_only_place_in_the_sentence_is_the_places() -> None:
    for line in ("Рыбаки ждут решения. А вот в Корвении уже празднуют — их МИД написал: «Это большая победа».\n",
                 "Зато в Корвении политических споров нет — их МИД написал: «Это большая победа».\n"):
        assert speakers(draft("Паромы встали\n\nАвтор: Анна Петрова\n\n" + line)) == [["МИД Корвении"]], line


def test_f9_guard_a_names_words_again_in_a_speakers_sentence_without_a_colon_stay_the_name() -> None:
    page = RU_HEAD + ("Флот участвовал в учениях «Никогда больше-2027» у внешнего пролива.\n\nПо словам адмирала Тове "
                      "Линд, «Никогда больше» в этом году впервые проходят зимой.\n")
    d = draft(page)
    assert _texts(d) == [] and "Никогда больше" in [q.text for q in d.quotes if q.is_term]
