"""Issue 14, round 29b: quote recall, precision and the page's layout (where the article's text starts and ends) on
the kinds `fresh28/` showed (its lines in fresh28.scored.txt), each a case with the shape it was written for, and
beside it ordinary pages on which the rule must not fire (three or more for a rule that moves a date or its
confidence)."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import analyse_layout
from tests.ingest.drafting import EN, RU, draft, speakers


def _date_warnings(text: str) -> list[str]:
    return [w["kind"] for w in draft(text).warnings if w["kind"].startswith("date")]


def _chrome_texts(text: str) -> list[str]:
    return [c.text for c in analyse_layout(text).chrome]


# --- a standfirst over the page's head block: the body starts under the block (fresh28/f2807, f2810) -------------

MAGAZINE = ("HARBOUR QUARTERLY\nEssays  Reports  Archive  Subscribe\n\nThe ferrymen of the outer sound\n\n"
            "Six crews still sail the winter route without radar. We sailed with two of them in January.\n\n"
            "By Tomas Irvik\nPhotographs by Lene Haug\nJanuary 22, 2027\nReading time: 9 minutes\n\n"
            "The boat leaves Skarn quay at half past six, in the dark, with the mail and a nurse for the islands.\n\n"
            "\"The sound tells you what it wants,\" said Arvid Molle. \"Most people never listen.\"\n")

PORTAL = ("GOV.TARNLAND\nMenu\nHome  >  Fisheries  >  Quotas\n\nPress release\n"
          "Cod quota for the northern banks cut by a fifth\n\n"
          "The northern banks will be fished less next year after the survey found fewer young cod.\n\n"
          "From: Ministry of Fisheries and Ole Brandt\nPublished 4 December 2027\n"
          "Last updated 5 December 2027 — See all updates\n\nContents\nSurvey\n\n"
          "The cod quota for the northern banks will fall by 20 percent, the ministry announced today.\n\n"
          "Fisheries Minister Ole Brandt said:\n\n\"Nobody in the fleet wants to hear this.\"\n")


def test_a_standfirst_over_a_byline_credit_and_date_is_the_header_and_the_body_its_text() -> None:
    d = draft(MAGAZINE)
    assert [q.text for q in d.quotes] == ["The sound tells you what it wants,", "Most people never listen."]
    assert speakers(d) == [["Arvid Molle"], ["Arvid Molle"]]
    # the date line stands above the text now: as printed, no warning that it stands below it
    assert d.date.date == "2027-01-22" and d.date.confidence == "high" and _date_warnings(MAGAZINE) == []
    layout = d.layout
    assert layout.title is not None and layout.title.text == "The ferrymen of the outer sound"
    assert [p.role for p in layout.paragraphs if p.text.startswith("Six crews")] == ["standfirst"]
    assert "Photographs by Lene Haug" in _chrome_texts(MAGAZINE)


def test_a_release_summary_over_from_published_updated_and_contents_is_the_header() -> None:
    d = draft(PORTAL)
    assert [q.text for q in d.quotes] == ["Nobody in the fleet wants to hear this."]
    assert d.date.date == "2027-12-04" and "date_below_text" not in _date_warnings(PORTAL)
    chrome = _chrome_texts(PORTAL)
    # the update's line and the contents box under the head block are the page's, not the text
    assert "Contents" in chrome and "Survey" in chrome and "Last updated 5 December 2027 — See all updates" in chrome
    assert d.layout.title is not None and d.layout.title.text == "Cod quota for the northern banks cut by a fifth"


def test_a_one_paragraph_story_over_a_news_lists_dated_item_keeps_the_date_below_the_text() -> None:
    # ordinary page: a date line over another headline and one lead under the story is a news list's item, not a
    # head block (one prose line under it): the date stays the related item's, at low
    page = ("Harbour Talks Resume\n\nNegotiators from both sides met again on Tuesday after a pause of several "
            "months over the quota.\n\n14 March 2027\nFerry fares rise again on the island route\nThe island ferry "
            "company raised its fares by a tenth on Monday, citing the price of fuel.\n")
    d = draft(page)
    assert d.date.date == "2027-03-14" and d.date.confidence == "low" and _date_warnings(page) == ["date_below_text"]


def test_an_update_line_at_the_foot_of_an_ordinary_story_is_left_alone() -> None:
    # ordinary page: two prose paragraphs, then an update's line: no head block between the first two
    page = ("Harbour Talks Resume\n\nNegotiators from both sides met again on Tuesday after a pause of several "
            "months over the quota.\n\nThe talks opened at noon in the old customs hall, with both delegations at "
            "the long table.\n\nUpdated 15 March 2027\n")
    d = draft(page)
    assert d.date.date == "2027-03-15" and d.date.confidence == "low"
    assert _date_warnings(page) == ["date_only_updated"]


def test_an_events_date_in_the_prose_and_a_date_in_a_quote_set_no_date() -> None:
    # ordinary page: dates inside sentences are no date lines, and no head block holds one
    page = ("Harbour Talks Resume\n\nNegotiators from both sides met again on 14 March 2027 after a pause of "
            "several months.\n\n\"We will meet again on 2 April 2027,\" said Minister Tove Lind.\n")
    d = draft(page)
    assert d.date.date is None and d.date.confidence == "low"
    assert [q.text for q in d.quotes] == ["We will meet again on 2 April 2027,"]


def test_a_related_links_date_under_the_story_sets_no_date() -> None:
    # ordinary page: a related list's dated item under two paragraphs is no head block (not under the first one)
    page = ("Harbour Talks Resume\n\nNegotiators from both sides met again on Tuesday after a pause of several "
            "months over the quota.\n\nThe talks opened at noon in the old customs hall, with both delegations at "
            "the long table.\n\nRelated\n2 March 2027 · Quota talks stall over the northern banks\n")
    d = draft(page)
    assert d.date.date is None and d.date.confidence == "low"


# --- a credit line for the pictures beside the byline (fresh28/f2807, fresh9/f916) --------------------------------


def test_a_byline_with_a_photographers_credit_after_a_separator_is_the_byline() -> None:
    page = ("FEATURE\nThe woman who reads the ice\nFor twenty years she has guided ships through the bay. Now "
            "governments want her advice too.\nWords by Elsa Brun · Photographs by Tor Aune\nNovember 24, 2026\n\n"
            "The pilot station at Brenna is a grey hut at the end of a long pier, and in January it is cold.\n\n"
            "\"Ice does not stay on a line,\" said Nadia Kerr.\n")
    layout = analyse_layout(page)
    assert layout.title is not None and layout.title.text == "The woman who reads the ice"
    assert layout.byline_name == "Elsa Brun"
    assert "Words by Elsa Brun · Photographs by Tor Aune" in [c.text for c in layout.chrome]


def test_a_sentence_about_photographs_by_someone_stays_the_articles_text() -> None:
    # ordinary text: the credit's words inside a sentence, or a credit's words followed by more, are no credit line
    page = EN + "Photographs by Anna Vik were shown at the town hall on Friday, the council said.\n"
    assert "Photographs by Anna Vik" not in " ".join(_chrome_texts(page))
    page = EN + "Photographs by Anna Vik\n\nThe exhibition opens on Friday at the town hall, the council said.\n"
    assert "Photographs by Anna Vik" in _chrome_texts(page)


# --- a magazine's print line naming an issue by its month (fresh28/f2807) ----------------------------------------

PRINTED = ("Coastline Monthly\n\nA lighthouse goes back to oil\n\nBy Ella Norum\nMarch 9, 2027\n\n"
           "The keepers at Rask Point lit the paraffin lamp again last month for the first time in thirty years.\n\n"
           "\"Oil does not care whether the cable is working,\" said Halvard Lind.\n\n")


def test_a_print_line_naming_the_months_issue_and_its_headline_is_chrome_and_no_term() -> None:
    page = PRINTED + ("This article appears in the April 2027 issue of Coastline Monthly under the headline \"The "
                      "oil lamp returns\".\n")
    d = draft(page)
    assert [q.text for q in d.quotes] == ["Oil does not care whether the cable is working,"]
    assert any(c.text.startswith("This article appears in the April 2027 issue") for c in d.layout.chrome)
    # the issue's month is the print edition's, no clue in the text: the printed date stands
    assert d.date.date == "2027-03-09" and d.date.confidence == "high"


def test_a_later_month_in_the_prose_a_quote_or_a_related_link_still_speaks_against_the_printed_date() -> None:
    # ordinary pages: the same month in a sentence of the story, in a quote, or in a related link is no print line;
    # each keeps the date as it was (the text's clue, or the link's furniture, as before the rule)
    for tail, date, confidence in (
            ("The lamp will be lit every night from April 2027, the coastal authority said.\n", "2027", "low"),
            ("\"The April 2027 issue of the plan is final,\" said Ada Berg.\n", "2027", "low"),
            ("Related\nApril 2027: the oil lamp returns to Skarn\n", "2027-03-09", "high")):
        d = draft(PRINTED + tail)
        assert (d.date.date, d.date.confidence) == (date, confidence), tail
    # a sentence telling of another paper's headline goes on after the marks: the story's
    page = PRINTED + ("The story appeared in the April 2027 issue of the Harbour Times under the headline \"Oil "
                      "again\", and nobody complained.\n")
    assert not any(c.text.startswith("The story appeared") for c in draft(page).layout.chrome)


# --- a transcript's guests each answering once under their label (fresh28/f2812) ---------------------------------

TRANSCRIPT = ("The Coast Hour\n\nEpisode 17: Who pays for the new pier?\n\n8 May 2027 · 41 min\n\n"
              "Jon Vester talks to harbour master Gro Lidal and economist Per Sandnes about the cost of the pier.\n\n"
              "Transcript (excerpt)\n\n")


def test_a_guest_answering_once_under_a_label_after_the_hosts_question_is_quoted() -> None:
    page = TRANSCRIPT + ("JON VESTER: Gro, how bad is the old pier really?\n\n"
                         "GRO LIDAL: Bad enough that we close it in every storm.\n\n"
                         "JON VESTER: Per, will the ferry fares go up?\n\n"
                         "PER SANDNES: A little, for a few years.\n")
    d = draft(page)
    assert [q.text for q in d.quotes] == ["Bad enough that we close it in every storm.", "A little, for a few years."]
    assert speakers(d) == [["Gro Lidal"], ["Per Sandnes"]]


def test_a_single_label_not_answering_a_hosts_question_is_no_answer() -> None:
    # ordinary text: a host who asks once, or a label's paragraph after a statement rather than a question
    page = TRANSCRIPT + ("JON VESTER: Gro, how bad is the old pier really?\n\n"
                         "GRO LIDAL: Bad enough that we close it in every storm.\n")
    assert [q.text for q in draft(page).quotes] == []
    page = TRANSCRIPT + ("JON VESTER: Gro, how bad is the old pier really?\n\n"
                         "JON VESTER: Per, will the ferry fares go up?\n\n"
                         "JON VESTER: We will come back to that after the break.\n\n"
                         "PER SANDNES: A little, for a few years.\n")
    assert [q.text for q in draft(page).quotes] == []


# --- a forum thread: post counters, a quote block, the staff's notice, users' names (fresh28/f2820) --------------

FORUM = ("Форум Сельвика\nГлавная форума › Паромы\n\nПаром до Скарна снова ходит по расписанию?\n\n"
         "Рыбак_из_Сельвика\nСообщений: 207\n12 мар 2027, 19:05\n\n"
         "Кто сегодня плавал? В новостях было: «Паром идет по обычному графику», — сказал начальник порта Эрик "
         "Холмер.\nПосмотрим, надолго ли.\n\n"
         "Модератор\n12 мар 2027, 19:30\n\n"
         "Напоминаю: про выборы пишем в разделе «Выборы», здесь — только паромы. Спасибо.\n\n"
         "Бабушка_Нина\nСообщений: 1 318\n13 мар 2027, 08:10\n\n"
         "Цитата: Рыбак_из_Сельвика\nПосмотрим, надолго ли.\n\n"
         "Утром плыла. Капитан парома Линда Осе сказала пассажирам: «До лета ходим без перерывов».\n")


def test_a_forum_threads_counters_quote_block_and_staff_notice_are_the_forums() -> None:
    d = draft(FORUM)
    assert [q.text for q in d.quotes if not q.is_term] == ["Паром идет по обычному графику", "До лета ходим без "
                                                           "перерывов"]
    assert [q.text for q in d.quotes if q.is_term] == []  # the section's name in the moderator's notice
    assert d.layout.title is not None and d.layout.title.text == "Паром до Скарна снова ходит по расписанию?"
    chrome = _chrome_texts(FORUM)
    assert "Сообщений: 207" in chrome and "Цитата: Рыбак_из_Сельвика" in chrome
    assert any(c.startswith("Напоминаю:") for c in chrome)
    assert d.date.date == "2027-03-12"


def test_a_moderator_or_a_quote_in_an_ordinary_story_stays_the_storys() -> None:
    # ordinary text: a moderator named in a sentence, a quotation after "Цитата:" in marks, a count in a sentence
    page = RU + "Модератор форума Анна Ли сказала: «Мы удалили сорок сообщений за ночь».\n"
    d = draft(page)
    assert [q.text for q in d.quotes] == ["Мы удалили сорок сообщений за ночь"]
    page = RU + ("Модератор\n\nФорум закрыли на ночь, сообщил администратор Олег Вест: «Так решили владельцы».\n")
    assert [q.text for q in draft(page).quotes] == ["Так решили владельцы"]
    page = EN + "Posts: 12 of them were removed overnight, the moderators said on Friday.\n"
    assert "Posts: 12" not in " ".join(_chrome_texts(page))


def test_a_user_name_with_underscores_is_no_headline_but_a_headline_is() -> None:
    page = ("Форум Сельвика\n\nПаром снова ходит\n\nМарта_К\n12 мар 2027, 19:05\n\nКто сегодня плавал? У меня всё "
            "по расписанию, и в новостях пишут то же самое.\n")
    layout = analyse_layout(page)
    assert layout.title is not None and layout.title.text == "Паром снова ходит"
    # ordinary page: a headline with no user's name under it stays the headline
    page = "Паром снова ходит\n\n12 мар 2027, 19:05\n\nКто сегодня плавал? У меня всё по расписанию, и в новостях.\n"
    layout = analyse_layout(page)
    assert layout.title is not None and layout.title.text == "Паром снова ходит"


# --- words in marks no one is said to say in the standfirst (fresh28/f2801, fresh9/f902) --------------------------


def test_a_standfirsts_unattributed_words_in_marks_are_the_desks() -> None:
    page = ("Ferry crews sail without satnav for a second week\n\nSkippers were told to steer \"by the book\" as "
            "signals dropped out over the sound\n\nBy Maren Dahl\n12 November 2027\n\nThe evening ferries sailed "
            "without satellite navigation for the seventh night in a row on Thursday.\n\n\"We kept to the marked "
            "channel,\" said Captain Eirik Vold.\n")
    d = draft(page)
    assert [q.text for q in d.quotes] == ["We kept to the marked channel,"]


def test_a_standfirsts_quote_with_its_speaker_and_a_bodys_term_stay() -> None:
    # ordinary text: the standfirst names who says the words; the body's own scare quote is the author's term
    page = ("Patrol vote passes\n\nOpposition warns the vote binds the navy as Defence Minister Karin Ost promises "
            "\"no open cheque\"\n\nBy Maren Dahl\n12 November 2027\n\nThe motion passed by 96 votes to 71 on "
            "Thursday after a long debate on the so-called \"northern question\".\n\nDefence Minister Karin Ost said "
            "the patrols would stay under national command.\n")
    d = draft(page)
    assert "no open cheque" in [q.text for q in d.quotes]
    assert [q.text for q in d.quotes if q.is_term] == ["northern question"]


def test_a_standfirst_under_the_byline_keeps_the_authors_term() -> None:
    # ordinary text: under the byline, the standfirst is the author's own (a seed's 'a right of "coordination"')
    page = ("Harbour Talks Resume\n\nby Vera Holm\n\nThe council is seeking more control of the port. It wants a "
            "right of \"coordination\" over every berth on the quay.\n\nHaldby (Harbour News) - The council voted on "
            "Tuesday to ask the port for a seat on its board, after a year of disputes over berths.\n\nThe vote was "
            "twelve to three, the clerk said.\n")
    assert [q.text for q in draft(page).quotes if q.is_term] == ["coordination"]


# --- a name in marks again without its number (fresh28/f2818) ----------------------------------------------------


def test_a_name_the_page_marks_as_a_name_is_a_name_again_without_its_number() -> None:
    page = RU + ("Во вторник, на второй день учений «Белый берег-27», экипажи отрабатывали швартовку.\n\n"
                 "По словам Яна Карлсена, «Белый берег» в этом году впервые проходит зимой.\n")
    d = draft(page)
    assert [q.text for q in d.quotes if not q.is_term] == []
    assert [q.text for q in d.quotes if q.is_term] == ["Белый берег-27", "Белый берег"]


def test_words_said_that_open_with_a_names_words_stay_a_quote() -> None:
    # ordinary text: a sentence in marks opening with the name, and a name no one marked as a name elsewhere
    page = RU + ("На учениях «Белый берег-27» экипажи отрабатывали швартовку.\n\n"
                 "«Белый берег — это наш дом», — сказал капитан Олег Стрем.\n")
    assert [q.text for q in draft(page).quotes if not q.is_term] == ["Белый берег — это наш дом"]
    page = EN + "\"Harbour Shield is over,\" said Admiral Rolf Dane, whose ships left on Friday.\n"
    assert [q.text for q in draft(page).quotes if not q.is_term] == ["Harbour Shield is over,"]


# --- the next sentence calls the lone quote someone's answer (fresh28/f2807) ------------------------------------


def test_a_lone_quote_the_next_sentence_calls_someones_answer_is_theirs() -> None:
    page = EN + ("\"You trust your ears first,\" said Ruth Aker, a pilot.\n\nHer colleague, Jonas Brekk, keeps the "
                 "old charts in a drawer.\n\n\"We are not brave, we just know the water.\" That was Aker's answer "
                 "when I asked whether the job frightened her.\n")
    assert speakers(draft(page)) == [["Ruth Aker"], ["Ruth Aker"]]


def test_a_next_sentence_calling_it_no_ones_answer_or_something_else_leaves_the_quote_alone() -> None:
    # ordinary text: the next sentence names an idea, not words, or calls it an answer with no name before it
    for tail in ("That was Aker's idea, and it worked.", "That was the answer the board wanted."):
        page = EN + ("\"You trust your ears first,\" said Ruth Aker, a pilot.\n\nHer colleague, Jonas Brekk, keeps "
                     "the old charts in a drawer.\n\n\"We are not brave, we just know the water.\" " + tail + "\n")
        assert speakers(draft(page))[1] != ["Ruth Aker"], tail


# --- a body's initials after a possessive pronoun: the body of the place named before (fresh28/f2820) -------------


def test_their_ministry_after_a_place_in_the_prepositional_is_that_places_ministry() -> None:
    page = RU + "А вот в Сорвии недовольны — их МИД заявил, что новые рейсы «мешают рыбакам у границы».\n"
    assert speakers(draft(page)) == [["МИД Сорвии"]]


def test_a_ministry_without_a_possessive_or_a_place_in_ii_keeps_its_name() -> None:
    # ordinary text: no possessive before the initials; a place whose genitive differs from its prepositional
    # («в Кесселе», «Кесселя»): the name is not spelt from it; a place named by no preposition
    page = RU + "В Сорвии недовольны. МИД заявил, что новые рейсы «мешают рыбакам у границы».\n"
    assert speakers(draft(page)) == [["МИД"]]
    page = RU + "А вот в Кесселе недовольны — их МИД заявил, что новые рейсы «мешают рыбакам у границы».\n"
    assert speakers(draft(page)) == [["МИД"]]
    # a person after the possessive is that person
    page = RU + "А вот в Сорвии недовольны — их посол Ян Берг заявил, что новые рейсы «мешают рыбакам у границы».\n"
    assert speakers(draft(page)) == [["Ян Берг"]]
