"""Issue 14, round 25d: the chrome `fresh24/` let through as quotes (its lines in fresh24.scored.txt), each a case
with the shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft


def _quotes(text: str) -> list[str]:
    return [q.text for q in draft(text).quotes if not q.is_term]


def _terms(text: str) -> list[str]:
    return [q.text for q in draft(text).quotes if q.is_term]


STORY = ("Tallvik port reopens north quay\n\nBy Edvin Lass\n\n"
         "The port of Tallvik reopened its north quay on Tuesday, a week after a crane fell across two berths.\n\n"
         "\"We checked every bolt on every crane before letting a ship back in,\" harbour master Greta Ulven said.\n\n")

# --- the page's own notes after the story: a wire credit, a list, the publisher's self-description (f2401) --------


def test_a_related_list_between_a_bracketed_wire_credit_and_the_publishers_note_is_chrome() -> None:
    page = ("Skarwire\n\n" + STORY + "(Reporting by Edvin Lass; Editing by Maja Thorn)\n\nEditor's picks\n"
            "Fishing fleet calls the quota \"a slow strangling of the coast\"\n\n"
            "Skarwire, the news agency of the Skar Media Group, serves newspapers across the northern coast.\n")
    assert _quotes(page) == ["We checked every bolt on every crane before letting a ship back in,"]


def test_a_last_paragraph_opening_with_the_publishers_name_right_after_the_story_stays_content() -> None:
    # ordinary text: the agency reporting its own part in the story, straight after the story's paragraphs, is the
    # story's last paragraph (nothing sets it apart), and so is what it quotes
    page = ("Skarwire\n\n" + STORY + "Skarwire, which asked the port for its inspection log, was told the log was "
            "\"still being typed up by the night shift\".\n")
    assert "still being typed up by the night shift" in _quotes(page)


def test_a_headline_quote_the_body_repeats_stays_the_bodys_quote() -> None:
    # ordinary text: a real quote in the headline, which the body also has, is still drafted from the body
    page = ("Skarwire\n\nUlven: \"We checked every bolt\"\n\nBy Edvin Lass\n\n"
            "The port of Tallvik reopened its north quay on Tuesday, a week after a crane fell across two berths.\n\n"
            "\"We checked every bolt on every crane before letting a ship back in,\" harbour master Greta Ulven said."
            "\n\n(Reporting by Edvin Lass)\n")
    assert _quotes(page) == ["We checked every bolt on every crane before letting a ship back in,"]


# --- a correction note after the story, whose subject is the article itself (f2412) ------------------------------


def test_a_correction_note_after_the_story_is_chrome_and_its_repeated_quote_no_quote() -> None:
    page = (STORY + "• This article was amended on 15 April 2027. An earlier version attributed the remark \"We "
            "checked every bolt on every crane before letting a ship back in,\" to the mayor. It was made by Ulven.\n")
    assert _quotes(page) == ["We checked every bolt on every crane before letting a ship back in,"]
    page = (STORY + "Correction: an earlier version of this story said the crane fell in \"the worst storm in "
            "memory\"; it was the second worst.\n")
    assert _quotes(page) == ["We checked every bolt on every crane before letting a ship back in,"]


def test_an_ordinary_quote_after_a_correction_like_sentence_in_the_body_stays() -> None:
    # ordinary text: a sentence about a plan's earlier version, with a quote after it and prose after that
    page = (EN + "An earlier version of the plan was amended in March. \"We changed two lines and nothing else,\" "
            "the planner Ivo Sand said.\n\nThe council votes on Friday, after a hearing of the harbour's tenants.\n")
    assert _quotes(page) == ["We changed two lines and nothing else,"]
    # and a treaty's article amended, in the body with a paragraph after it
    page = (EN + "This article was amended in 2019, Ivo Sand said, calling it \"a door left open for the "
            "neighbours\".\n\nThe council votes on Friday, after a hearing of the harbour's tenants.\n")
    assert _quotes(page) == ["a door left open for the neighbours"]


# --- a ship's name in marks in the standfirst, marked again in the body (f2402) -----------------------------------

SHIP = ("Pilots escort damaged freighter into Tallvik\n\n"
        "Crew of the “Merle” taken ashore after the freighter lost power off the Brekka shoals on Monday\n\n"
        "Sigrun Vale, Coast correspondent\nPublished: 3 May 2027, 09:15\n\n")


def test_a_ship_name_in_the_standfirst_that_the_body_marks_again_is_left_to_the_body() -> None:
    page = SHIP + ("Two pilot boats escorted the freighter, the “Merle”, into Tallvik on Monday night after it lost "
                   "power off the shoals.\n")
    d = draft(page)
    body = next(p for p in d.layout.paragraphs if p.role == "body")
    assert [q.start >= body.start for q in d.quotes if q.text == "Merle"] == [True]


def test_a_quoted_ship_name_inside_a_real_quote_keeps_the_quote() -> None:
    # ordinary text: the body's real quote holds the ship's name in marks; the quote is drafted whole
    page = SHIP + ("“We followed the ‘Merle’ for an hour before it answered the radio,” pilot chief Odd Brann said on "
                   "Tuesday.\n")
    assert _quotes(page) == ["We followed the ‘Merle’ for an hour before it answered the radio,"]


def test_a_standfirst_term_the_body_does_not_mark_is_the_decks() -> None:
    # the standfirst's name in marks, with no copy in the body: not dropped by this rule (no repeat), but since round
    # 29b a deck's words in marks that no one says are the desk's (the deck over the byline and the date is chrome,
    # as fresh28/f2801 and fresh9/f902 annotate it), so no term is drafted from it
    page = SHIP + "Two pilot boats escorted the freighter into Tallvik on Monday night after it lost power.\n"
    assert _terms(page) == []
    # a standfirst under the byline is the author's own: its name in marks stays a term
    page = ("Pilots escort damaged freighter into Tallvik\n\nSigrun Vale, Coast correspondent\nPublished: 3 May "
            "2027, 09:15\n\nCrew of the “Merle” taken ashore after the freighter lost power off the Brekka shoals "
            "on Monday.\n\nTwo pilot boats escorted the freighter into Tallvik on Monday night after it lost power.\n")
    assert _terms(page) == ["Merle"]
