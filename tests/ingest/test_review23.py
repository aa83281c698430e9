"""Issue 14: the review of rounds 22a, 22b, the date fix after round 22, 23a and 23b (read-only, at the end of the
eighth session). Each case failed on the rules as those rounds left them. R1 and R2 gave a wrong date above low
confidence and are fixed; R3 and R4 were kept as strict expected failures, named in the README's known faults, so
that the round that fixes them must turn them into ordinary tests (R3 is one since round 24b, R4 since round 24a)."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, draft, speakers

BODY = "\"We will keep the ferry running,\" harbour master Ola Berg said.\n"
HEAD = "ESKBY NOTES\n\nHarbour summit set for Tuesday\n\n5 March 2027\n\n"


# R1 (date fix 97efaeb): another date over the article that the URL repeats must be a publication's line, not an
# update's line, an event's box or a date inside the standfirst's sentence
@pytest.mark.parametrize(("header", "url"), [
    ("Updated: 9 March 2027\n\n", "https://x.example/2027/03/09/harbour-summit"),
    ("When: 9 March 2027\n\n", "https://x.example/events/2027/03/09/harbour-summit"),
])
def test_an_update_or_an_events_date_the_url_repeats_never_replaces_the_printed_date_above_low(
        header: str, url: str) -> None:
    proposal = draft(HEAD + header + "By Tove Lind\n\n" + BODY, url).date
    assert proposal.confidence == "low" or proposal.date == "2027-03-05"


def test_a_standfirsts_event_date_the_url_repeats_never_replaces_the_printed_date_above_low() -> None:
    page = ("ESKBY NOTES\n\nHarbour summit set\n\nLeaders will meet in Eskby on 9 March 2027 to settle the ferry "
            "row.\n\n5 March 2027\n\nBy Tove Lind\n\n" + BODY)
    proposal = draft(page, "https://x.example/events/2027/03/09/harbour-summit").date
    assert proposal.confidence == "low" or proposal.date == "2027-03-05"


# R2 (round 22b print line bbf09fb): a body sentence about a report printed on a day is no print line of the page
@pytest.mark.parametrize("line", [
    "The report was first published in print on 3 March 2025.",
    "The report first appeared in print on 3 March 2025.",
])
def test_a_body_sentence_on_a_report_in_print_does_not_date_the_page(line: str) -> None:
    page = EN + "The audit found gaps in the ferry budget.\n\n" + line + "\n\n" + BODY
    proposal = draft(page).date
    assert proposal.date != "2025-03-03" or proposal.confidence == "low"


# R3 (round 22b reference list 23e4f8d): a timeline of dated quotes is no list of references (fixed in round 24b)
@pytest.mark.parametrize("lines", [
    "1998 — Ola Berg: \"We built this pier ourselves.\"\n2026 — Tove Lind: \"We will rebuild it by summer.\"\n",
    "Ola Berg, 1998: \"We built this pier ourselves.\"\nTove Lind, 2026: \"We will rebuild it by summer.\"\n",
])
def test_two_lines_of_dated_quotes_keep_their_quotes_and_speakers(lines: str) -> None:
    d = draft(EN + "The pier has a long story.\n\n" + lines + "\nThe work starts in May.\n")
    assert speakers(d) == [["Ola Berg"], ["Tove Lind"]]


# R4 (round 22a title dropping 2d7a7c0): a double given name shortened to the first is no title (fixed in round 24a:
# a title stands before three different words at least, a double given name before two)
@pytest.mark.parametrize(("page", "name"), [
    (EN + "Anna Maria Holt chairs the port board.\n\n\"We will not sell the pier,\" Anna Holt said.\n",
     "Anna Maria Holt"),
    (EN + "\"We will not sell the pier,\" said Mary Ann Lowe, the port's chair.\n\nMary Lowe has chaired the board "
     "since 2019.\n", "Mary Ann Lowe"),
])
def test_a_double_given_name_the_page_shortens_to_its_first_stays_whole(page: str, name: str) -> None:
    assert speakers(draft(page)) == [[name]]
