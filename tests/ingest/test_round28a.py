"""Issue 14, round 28a: the English speaker kinds `fresh27/` showed (its lines in fresh27.scored.txt), each a case
with the shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.models import Actor
from tests.ingest.drafting import EN, draft, speakers

# --- an inverted verb, a role qualified by nouns after "the", the name in apposition (fresh27/f2702) -------------


def test_an_inverted_verb_before_a_role_qualified_by_a_noun_and_an_apposed_name_names_the_speaker() -> None:
    d = draft(EN + "\u201cWhere were the boats?\u201d asked the opposition leader, Hana Brisk, in parliament.\n")
    assert speakers(d) == [["Hana Brisk"]]
    d = draft(EN + "\u201cWho pays for it?\u201d asked the island council chair, Berit Aune.\n")
    assert speakers(d) == [["Berit Aune"]]


def test_a_role_qualified_by_a_noun_before_a_comma_and_the_next_clauses_subject_gives_the_role_to_no_one() -> None:
    # ordinary text: "to the opposition leader, Hana Brisk said": the name after the comma is the subject of the
    # next clause, not the leader's name in apposition (the basis is her own clause, the role not hers)
    d = draft(EN + "In a letter to the opposition leader, Hana Brisk said: \u201cWhere were the boats?\u201d\n")
    assert speakers(d) == [["Hana Brisk"]]
    assert d.quotes[0].attribution is not None and d.quotes[0].attribution.basis == "Hana Brisk said"
    # a question whose inverted verb has a role and no name after it names no one
    d = draft(EN + "\u201cWhere were the boats?\u201d asked the opposition leader, who did not wait for an "
              "answer.\n")
    assert speakers(d) == [[]]


# --- a person by their post alone, the subject of the sentence before a lone quote (fresh27/f2703) ---------------


def test_a_post_alone_as_the_subject_of_the_sentence_before_a_lone_quote_is_its_holder() -> None:
    d = draft(EN + "Governor Ingrid Falk opened the station on Monday.\n\nAsked about the radios, the governor "
              "laughed. \u201cAsk me after the budget.\u201d\n")
    assert speakers(d) == [["Ingrid Falk"]]


def test_a_post_as_an_object_or_one_the_page_never_gave_names_no_speaker() -> None:
    # ordinary text: the post is the object of the sentence's verb, or no one holds it on the page
    d = draft(EN + "Governor Ingrid Falk opened the station on Monday.\n\nVolunteers thanked the governor. "
              "\u201cAsk me after the budget.\u201d\n")
    assert speakers(d) == [[]]
    d = draft(EN + "Volunteers opened the station on Monday.\n\nAsked about the radios, the governor laughed. "
              "\u201cAsk me after the budget.\u201d\n")
    assert speakers(d) == [[]]


# --- a rank's abbreviation is the person's rank; the rank alone later is them (fresh27/f2710) --------------------


def test_a_rank_abbreviation_makes_the_rank_alone_later_the_person_and_he_follows() -> None:
    d = draft(EN + "\u201cWe count every boat,\u201d said Capt. Eli Varga, who commands the post.\n\nAcross the "
              "river, Tomas Greb, the head of the village, said his neighbours were \u201ctired of the noise\u201d."
              "\n\nAsked whether it was safer, the captain looked at the water.\n\n\u201cSafer for whom?\u201d he "
              "said.\n")
    assert speakers(d) == [["Eli Varga"], ["Tomas Greb"], ["Eli Varga"]]


def test_a_rank_alone_with_no_holder_of_that_rank_or_an_abbreviation_that_is_no_rank_keeps_the_last_person() -> None:
    # ordinary text: "Gen." in a date-like "Gen. Assembly" or before no name gives no one a rank; a captain no one
    # holds leaves "he" to the last person named
    d = draft(EN + "\u201cWe count every boat,\u201d said Eli Varga, who runs the post.\n\nTomas Greb, the head of "
              "the village, was tired.\n\nThe captain of the ferry looked at the water.\n\n\u201cSafer for "
              "whom?\u201d he said.\n")
    assert speakers(d)[-1] == ["Tomas Greb"]


# --- a week in quotes: the last quote's dash line is its speaker, not a link (fresh27/f2712) ---------------------


def test_the_last_dash_line_under_a_quote_line_is_its_speaker() -> None:
    page = (EN + "Here is what was said this week.\n\n\"A third more is a third more.\"\n"
            "\u2014 Berit Aune, island council chair (Monday)\n\n\"The cranes will move again.\"\n"
            "\u2014 Minister Ada Holm, at a press conference in Tarnby (Friday)\n\n"
            "Send us your quote of the week: theweek@tarnby.example\n")
    assert speakers(draft(page)) == [["Berit Aune"], ["Ada Holm"]]


def test_a_dash_line_after_prose_that_is_no_quote_line_stays_a_link() -> None:
    # ordinary text: a related link under a dash after the article's last paragraph (no quote line above it)
    page = (EN + "The cranes stood still all week, and the port waited for parts. \"They will move again,\" said "
            "Ada Holm.\n\n\u2014 Tarnby cranes: a history in pictures\n")
    d = draft(page)
    assert speakers(d) == [["Ada Holm"]]
    assert any("history in pictures" in c["text"] for c in d.document["source"]["chrome"])


# --- a machine translation: role of a body, the holder's name, "informed that", "reported in" (fresh27/f2713) ----


def test_a_translated_role_of_a_body_then_the_holder_and_reported_in_the_body() -> None:
    d = draft(EN + "The press secretary of the Ministry of Transport Olga Brenn declared: \"The port is an "
              "investment.\"\n\nHead of the Port Authority Captain Erik Sand informed that the ships will arrive "
              "\"before the storms\".\n\n\"All the cranes are new,\" reported in the Ministry of Transport of "
              "Sorvia.\n")
    assert speakers(d) == [["Olga Brenn"], ["Erik Sand"], ["Ministry of Transport of Sorvia"]]


def test_a_body_whose_name_ends_its_portfolio_or_reported_after_a_subject_keeps_its_ordinary_reading() -> None:
    # ordinary text: a role of a body whose portfolio is two words and a verb after it (no holder's name cut from
    # it); "reported in" after a named subject, and "informed" with an object, are the subject's
    d = draft(EN + "A spokesman of the Ministry of Foreign Affairs said the talks were \"useful\".\n")
    assert speakers(d) != [["Foreign Affairs"]]
    d = draft(EN + "Olga Brenn spoke first. \"All the cranes are new,\" she said at the Ministry of Transport.\n")
    assert speakers(d) == [["Olga Brenn"]]
    d = draft(EN + "Olga Brenn spoke first. \"All the cranes are new,\" said in Tarn the Ministry of Transport.\n")
    assert speakers(d) != [["Tarn"]]


# --- someone unnamed whom a body's name qualifies, one of a group (fresh27/f2701, f2706) -------------------------

_COMPACT = Known(actors=[Actor.model_validate({"id": "harbour-compact", "name": "Harbour Compact",
                                               "kind": "organisation"})])


def _known_speakers(text: str) -> list[list[str]]:
    d = build_draft(text, text.encode(), _COMPACT)
    return [d.speakers_of(q) for q in d.quotes if not q.is_term]


def test_an_unnamed_official_a_curated_body_name_qualifies_is_no_one_not_the_body() -> None:
    assert _known_speakers(EN + "A senior Harbour Compact official, who spoke on condition of anonymity, said: "
                           "\"Nobody wants a habit.\"\n") == [[]]


def test_the_body_itself_or_its_spokesperson_still_speaks_for_the_body() -> None:
    # ordinary text: the body as the subject, its unnamed spokesperson (the corpus's convention since d240)
    assert _known_speakers(EN + "The Harbour Compact said: \"Nobody wants a habit.\"\n") == [["harbour-compact"]]
    assert _known_speakers(EN + "A Harbour Compact spokesperson said: \"Nobody wants a habit.\"\n") == [
        ["harbour-compact"]]


def test_one_of_a_group_who_cannot_be_named_is_no_one() -> None:
    d = draft(EN + "The Skelby Port Authority said the rotas would be \"reviewed in July\". One of the deckhands, "
              "who cannot be named, described the shifts: \"You sleep on the bench.\"\n")
    assert speakers(d) == [["Skelby Port Authority"], []]


def test_one_of_a_group_named_in_apposition_is_that_person() -> None:
    # ordinary text: "one of the deckhands, Ola Berg," is named; "one of the reasons" is no person and no verb of
    # saying follows it
    d = draft(EN + "One of the deckhands, Ola Berg, described the shifts: \"You sleep on the bench.\"\n")
    assert speakers(d) == [["Ola Berg"]]


# --- someone introduced by "a" and common nouns right before "said" (fresh21/f2101) ------------------------------


def test_a_sentence_opening_with_an_indefinite_subject_and_said_names_no_one() -> None:
    d = draft(EN + "\"We were promised figures,\" said the committee's chair, Nora Dahl.\n\nA committee secretary "
              "said the record of the long hearing would be sent to members \"by Friday\".\n")
    assert speakers(d) == [["Nora Dahl"], []]


def test_an_indefinite_time_phrase_before_a_named_subject_or_a_named_apposition_keeps_the_speaker() -> None:
    # ordinary text: "A day later the minister said" (the subject after "the"), "A committee secretary, Ola Berg, said"
    # (named in apposition)
    d = draft(EN + "Minister Nora Dahl spoke first.\n\nA day later the minister said the record of the long "
              "hearing would be sent \"by Friday\".\n")
    assert speakers(d) == [["Nora Dahl"]]
    d = draft(EN + "\"We were promised figures,\" said Nora Dahl.\n\nA committee secretary, Ola Berg, said the record "
              "of the long hearing would be sent \"by Friday\".\n")
    assert speakers(d) == [["Nora Dahl"], ["Ola Berg"]]
