"""Round 28a review: the English speaker rules (a post alone before a lone quote, a rank's abbreviation, a translated
role-of-body-name holder, "informed that", an unnamed member qualified by a body's name) and the chrome rule (a dash
line under a quotation line) on ordinary text where they must not fire. Each finding's test fails on main at d937094;
the guards after them pass."""

from __future__ import annotations

from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.models import Actor
from tests.ingest.drafting import EN, draft, speakers

_P = "Ministers of Amsel and Kessel met in the capital and agreed on a new ferry schedule for the coming season.\n\n"
_FALK = "Governor Ingrid Falk opened the station on Monday.\n\n"
_COMPACT = Known(actors=[Actor.model_validate({"id": "harbour-compact", "name": "Harbour Compact",
                                               "kind": "organisation"})])


def _known_speakers(text: str) -> list[list[str]]:
    d = build_draft(text, text.encode(), _COMPACT)
    return [d.speakers_of(q) for q in d.quotes if not q.is_term]


def _chrome(text: str) -> list[str]:
    return [c["text"] for c in draft(text).document["source"]["chrome"]]


# --- F1: a post anywhere in the sentence before a lone quote, indefinite, qualified or ambiguous, is its holder ----


def test_f1_a_post_that_is_someone_else_or_not_the_subject_names_no_speaker() -> None:
    # "a former governor" is someone else; "the new governor of the neighbouring province" too
    assert speakers(draft(EN + _FALK + "A former governor smiled. \u201cAsk me after the budget.\u201d\n")) == [[]]
    assert speakers(draft(EN + _FALK + "The new governor of the neighbouring province smiled. \u201cAsk me after "
                          "the budget.\u201d\n")) == [[]]
    # the governor only in a subordinate clause; the protesters chant
    assert speakers(draft(EN + _FALK + "Protesters chanted outside as the governor arrived. \u201cAsk me after the "
                          "budget!\u201d\n")) == [[]]
    # the ferry's captain is not the Capt. named before (the short question no one is said to say is drafted as a
    # term, as it was before round 28a: either way it is not Eli Varga's)
    assert speakers(draft(EN + "\u201cWe count every boat,\u201d said Capt. Eli Varga.\n\nThe ferry's captain "
                          "shrugged. \u201cSafer for whom?\u201d\n")) in ([["Eli Varga"], []], [["Eli Varga"]])
    assert speakers(draft(EN + "\u201cWe count every boat,\u201d said Capt. Eli Varga.\n\nThe captain of the ferry "
                          "shrugged. \u201cSafer for whom, and for how long?\u201d\n")) == [["Eli Varga"], []]
    # the governor only in an opening clause ("Weeks after the governor spoke, ...") is not its subject
    assert speakers(draft(EN + _FALK + "Weeks after the governor spoke, nothing had changed. \u201cAsk me after "
                          "the budget.\u201d\n")) == [[]]
    # two ministers: "the minister" is either
    assert speakers(draft(EN + "Foreign Minister Ada Holm met Defence Minister Tomas Greb on Monday.\n\nAsked about "
                          "the ferries, the minister smiled. \u201cAsk me after the budget.\u201d\n")) == [[]]


# --- F2: the translated role-of-body-name rule cuts a body's last two words off as a person ---------------------


def test_f2_a_body_whose_name_ends_in_two_capitalised_nouns_is_no_person() -> None:
    for text, stub in (
            ("The head of the Ministry of Foreign Affairs Press Office declared: \u201cThe talks were useful and "
             "will go on.\u201d\n", "Press Office"),
            ("The commander of the Ministry of Defence Kessel Command stated that the drills were \u201croutine and "
             "planned\u201d.\n", "Kessel Command"),
            ("The spokesman of the Ministry of Foreign Affairs Information Department said the talks were "
             "\u201cuseful and long\u201d.\n", "Information Department")):
        d = draft(EN + text)
        people = [a["name"] for a in d.document["actors"] if a["kind"] == "person"]
        assert stub not in people, text
        assert speakers(d) != [[stub]], text


# --- F3: "informed that" in the passive is a verb of saying whose subject is the one told ------------------------


def test_f3_a_passive_informed_that_names_no_speaker() -> None:
    assert speakers(draft(EN + "Olga Brenn was informed that the port would be \u201cclosed for a year or "
                          "more\u201d.\n")) == [[]]
    assert speakers(draft(EN + "Olga Brenn told the council. Tomas Greb was not informed that the cranes were "
                          "\u201cout of service for a month\u201d.\n")) == [[]]
    assert speakers(draft(EN + "Tomas Greb spoke first. Olga Brenn, who was informed that the cranes were "
                          "\u201cout of service for a month\u201d, was angry.\n")) == [[]]


# --- F4: "Lt. Gov." gives the lieutenant governor the bare rank "governor" ---------------------------------------


def test_f4_a_compound_rank_abbreviation_is_not_the_bare_rank() -> None:
    # as the words in full do ("Lieutenant Governor Ingrid Falk" is not "the governor")
    d = draft(EN + "Gov. Tomas Greb opened the port. Lt. Gov. Ingrid Falk cut the ribbon.\n\n\u201cAsk me after the "
              "budget,\u201d the governor said.\n")
    assert speakers(d) == [["Tomas Greb"]]


# --- F5: "official" as an adjective ("a Compact official statement") taken for an unnamed official ---------------


def test_f5_an_official_statement_of_a_body_is_the_bodys() -> None:
    assert _known_speakers(EN + "A Harbour Compact official statement said: \u201cNobody wants a habit "
                           "here.\u201d\n") == [["harbour-compact"]]


# --- F6: a related link under a paragraph that is only a quotation is taken as content ---------------------------


def test_f6_a_related_link_under_a_quote_paragraph_stays_chrome() -> None:
    page = (EN + _P + "Ada Holm, the transport minister, was firm.\n\n\"We will not leave the port. Not now, not "
            "ever.\"\n\n\u2014 Ferry fares rise again\n\u2014 Port strike ends\n")
    assert any("Ferry fares rise again" in c for c in _chrome(page))
    page = (EN + _P + "Tomas Greb said the deal was \"a good start\".\n\n\"We will not leave the port.\"\n"
            "\u2014 Ferry fares rise again (12 comments)\n")
    assert any("Ferry fares rise again" in c for c in _chrome(page))


# --- F7 (low): a rank by abbreviation outranks a later holder introduced with "another" --------------------------


def test_f7_another_captain_named_later_is_not_the_abbreviated_captain() -> None:
    d = draft(EN + "\u201cWe count every boat,\u201d said Capt. Eli Varga.\n\nAnother captain, Tomas Greb, "
              "disagreed.\n\n\u201cSafer for whom?\u201d the captain said.\n")
    assert speakers(d)[-1] in ([], ["Tomas Greb"])


# --- guards: ordinary text where the rules keep the right reading (pass on main) -------------------------------


def test_guard_a_post_the_page_gave_one_person_as_the_subject_is_theirs() -> None:
    d = draft(EN + _FALK + "Her rival, Tomas Greb, spoke later.\n\nAsked about the radios, the governor laughed. "
              "\u201cAsk me after the budget.\u201d\n")
    assert speakers(d) == [["Ingrid Falk"]]


def test_guard_a_named_spokesperson_in_apposition_is_that_person() -> None:
    assert speakers(draft(EN + "A Compact spokeswoman, Ana Brel, said: \u201cNobody wants a habit here.\u201d\n")) == [
        ["Ana Brel"]]
    assert speakers(draft(EN + "A spokesperson for the Harbour Compact, Ana Brel, said: \u201cNobody wants a habit "
                          "here.\u201d\n")) == [["Ana Brel"]]
    assert _known_speakers(EN + "A Harbour Compact press officer said: \u201cNobody wants a habit here.\u201d\n") == [
        ["harbour-compact"]]


def test_guard_an_inverted_question_to_the_leader_is_not_the_leaders() -> None:
    assert speakers(draft(EN + "\u201cWhere were the boats?\u201d asked Tomas Greb of the opposition leader, Hana "
                          "Brisk.\n")) == [["Tomas Greb"]]
    assert speakers(draft(EN + "\u201cWhere were the boats?\u201d a reporter asked the opposition leader, Hana "
                          "Brisk, in parliament.\n")) == [[]]


def test_guard_ranks_in_full_and_two_ranks() -> None:
    d = draft(EN + "Gen. Eli Varga commands the post. Capt. Tomas Greb commands a ship.\n\n\u201cSafer for "
              "whom?\u201d the captain said.\n")
    assert speakers(d) == [["Tomas Greb"]]


def test_guard_as_reported_in_and_active_informed() -> None:
    d = draft(EN + "Tomas Greb spoke at length.\n\n\"The plan is dead on arrival and buried,\" as reported in the "
              "Harbour Gazette.\n")
    assert speakers(d) == [[]]
    d = draft(EN + "Tomas Greb kept the council informed that the cranes were \u201cout of service for a "
              "month\u201d.\n")
    assert speakers(d) == [["Tomas Greb"]]


def test_guard_a_tweet_under_a_quote_line_is_its_author() -> None:
    d = draft(EN + _P + "\u201cWe will not leave the port.\u201d\n\u2014 Ada Holm (@adaholm) July 3, 2027\n\nThe "
              "post was shared widely.\n")
    assert speakers(d) == [["Ada Holm"]]


def test_guard_a_related_list_under_a_heading_stays_chrome() -> None:
    page = (EN + _P + "Ada Holm, the transport minister, was firm.\n\n\"We will not leave the port. Not now, not "
            "ever.\"\n\nRelated\n\n\u2014 Ferry fares rise again\n\u2014 Port strike ends\n")
    assert any("Ferry fares rise again" in c for c in _chrome(page))


# --- the fixes' whole kinds, and beside each a guard where it must not fire (after the review) --------------------


def test_f1_guard_a_lone_post_as_the_subject_at_the_sentence_start_is_its_holders() -> None:
    d = draft(EN + _FALK + "The governor laughed. \u201cAsk me after the budget.\u201d\n")
    assert speakers(d) == [["Ingrid Falk"]]


def test_f3_any_verb_of_saying_in_the_passive_names_no_speaker() -> None:
    for verb in ("was told", "was warned", "had been reminded", "was not informed", "wasn\u2019t told"):
        assert speakers(draft(EN + f"Olga Brenn {verb} that the port would be \u201cclosed for a year or "
                              "more\u201d.\n")) == [[]], verb
    assert speakers(draft(EN + "Tomas Greb spoke first. It was reported that the port would be \u201cclosed for a "
                          "year or more\u201d.\n")) == [[]]


def test_f3_guard_the_active_and_the_progressive_keep_their_subject() -> None:
    for verb in ("reported", "informed", "was saying", "told reporters"):
        assert speakers(draft(EN + f"Olga Brenn {verb} that the port would be \u201cclosed for a year or "
                              "more\u201d.\n")) == [["Olga Brenn"]], verb


def test_f4_a_seconds_post_in_full_is_not_the_post() -> None:
    # the same kind with the words in full: a vice president is not "the president", a deputy minister not "the
    # minister"
    d = draft(EN + "President Tomas Greb opened the port. Vice President Ingrid Falk cut the ribbon.\n\n\u201cAsk me "
              "after the budget,\u201d the president said.\n")
    assert speakers(d) == [["Tomas Greb"]]
    d = draft(EN + "Minister Tomas Greb opened the port. Deputy Minister Ingrid Falk cut the ribbon.\n\n\u201cAsk me "
              "after the budget,\u201d the minister said.\n")
    assert speakers(d) == [["Tomas Greb"]]


def test_f4_guard_a_military_seconds_rank_and_the_seconds_post_itself() -> None:
    # a lieutenant colonel is "the colonel", a vice admiral "the admiral"; the deputy minister is "the deputy minister"
    d = draft(EN + "Gen. Tomas Greb opened the port. Lt. Col. Ingrid Falk cut the ribbon.\n\n\u201cAsk me after the "
              "budget,\u201d the colonel said.\n")
    assert speakers(d) == [["Ingrid Falk"]]
    d = draft(EN + "Gen. Tomas Greb opened the port. Vice Adm. Ingrid Falk cut the ribbon.\n\n\u201cAsk me after the "
              "budget,\u201d the admiral said.\n")
    assert speakers(d) == [["Ingrid Falk"]]
    d = draft(EN + "Minister Tomas Greb opened the port. Deputy Minister Ingrid Falk cut the ribbon.\n\n\u201cAsk me "
              "after the budget,\u201d the deputy minister said.\n")
    assert speakers(d) == [["Ingrid Falk"]]


def test_f5_a_persons_noun_qualifying_a_document_is_no_person() -> None:
    assert _known_speakers(EN + "A Harbour Compact official report, released on Monday, said: \u201cNobody wants a "
                           "habit here.\u201d\n") == [["harbour-compact"]]


def test_f5_guard_an_unnamed_official_with_an_adverb_is_still_unnamed() -> None:
    for text in ("A Harbour Compact official also said: ", "A Harbour Compact official said: ",
                 "A senior Harbour Compact official, who asked not to be named, said: "):
        assert _known_speakers(EN + text + "\u201cNobody wants a habit here.\u201d\n") == [[]], text


def test_f2_guard_a_holders_given_name_and_surname_after_the_body_is_the_holder() -> None:
    d = draft(EN + "The representative of the Ministry of Transport Olga Brenn declared: \u201cThe talks were useful "
              "and will go on.\u201d\n")
    assert speakers(d) == [["Olga Brenn"]]


def test_f6_guard_a_speakers_dash_line_under_a_quote_line_is_content() -> None:
    page = (EN + _P + "The minister closed the debate with one line.\n\n\u201cPredictability is a weapon too.\u201d\n"
            "\u2014 President Marek Volkov, at a press conference in Vellin (Friday)\n")
    assert not any("Marek Volkov" in c for c in _chrome(page))


def test_f7_a_holder_in_apposition_after_the_name_is_not_the_earlier_holder() -> None:
    d = draft(EN + "\u201cWe count every boat,\u201d said Prof. Ingrid Falk.\n\nTomas Greb, a professor of law, "
              "disagreed.\n\n\u201cSafer for whom?\u201d the professor said.\n")
    assert speakers(d)[-1] in ([], ["Tomas Greb"])
    d = draft(EN + "\u201cWe count every boat,\u201d said Captain Eli Varga.\n\nAnother captain, Tomas Greb, "
              "disagreed.\n\n\u201cSafer for whom?\u201d the captain said.\n")
    assert speakers(d)[-1] in ([], ["Tomas Greb"])


def test_f7_guard_one_captain_on_the_page_is_the_captain() -> None:
    d = draft(EN + "\u201cWe count every boat,\u201d said Capt. Eli Varga.\n\nA pilot, Tomas Greb, disagreed.\n\n"
              "\u201cSafer for whom?\u201d the captain said.\n")
    assert speakers(d)[-1] == ["Eli Varga"]
