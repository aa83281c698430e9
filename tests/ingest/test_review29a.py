"""Round 29a review: the English speaker rules (a state's body in the possessive, a participle phrase after the
speaker, an unnamed official after the quote, a company's kind in apposition, a sentence's opening participle
phrase) on ordinary English news text. Each finding's test fails on main at ba9d539; the guards pass. F3's one-word
quote with no one to say it is the author's term there, as anywhere on a page: its test asserts no speaker, and a
longer quote that it stays a quote with none."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft, speakers


def _actors(page: str) -> list[dict[str, object]]:
    return list(draft(page).document["actors"])


# --- F1: an opening adverbial ("On Monday,", "In January,") is taken as a company's name (rule 4) ----------------


def test_an_opening_adverbial_before_a_company_apposition_is_no_organisation() -> None:
    for page, bad in ((EN + "On Monday, the airline at Kelmstad, Nordwing, said it was \u201ctoo windy\u201d.\n",
                       "On Monday"),
                      (EN + "In January, a ferry operator in Tarnby, Baltline, said it was \u201ctoo windy\u201d.\n",
                       "In January"),
                      (EN + "In Kelmstad, the largest airline in the north, Nordwing, said it was \u201ctoo "
                       "windy\u201d.\n", "In Kelmstad")):
        assert bad not in [a["name"] for a in _actors(page)], page


# --- F2: a person (a title, or a surname alone) before "the <role> of the <company noun> at/in X" is a company ----


def test_a_person_whose_apposition_names_a_company_after_of_stays_a_person() -> None:
    for page, name in ((EN + "Dr Hallin, the operator of the clinic in Vellin, said it was \u201ctoo windy\u201d.\n",
                        "Dr Hallin"),
                       (EN + "Mr Hallin, the owner of the airline in Kelmstad, said it was \u201ctoo windy\u201d.\n",
                        "Mr Hallin"),
                       (EN + "Hallin, the operator of the crane at Kelmstad, said it was \u201ctoo windy\u201d.\n",
                        "Hallin")):
        kinds = {a["name"]: a["kind"] for a in _actors(page)}
        assert kinds.get(name) != "organisation", page


# --- F3: the pronoun after an opening participle phrase reaches back to the headline (rule 5) ---------------------


def test_an_opening_participle_phrase_at_the_start_of_the_body_does_not_make_the_headline_the_speaker() -> None:
    # (a one-word quote no one is said to say is the author's term, as anywhere else: no speaker either way)
    d = draft(EN + "Asked about Ivo Marant, she said the plan was \u201cfoolish\u201d.\n")
    assert all(s == [] for s in speakers(d)) and "Talks Resume" not in [a["name"] for a in d.document["actors"]]
    d = draft(EN + "Asked about Ivo Marant, she said the plan was \u201cfoolish and far too late\u201d.\n")
    assert speakers(d) == [[]]
    d = draft(EN + "Harbour workers walked out on Monday. Asked about Ivo Marant, she said the plan was "
              "\u201cfoolish and far too late\u201d.\n")
    assert speakers(d) == [[]]


# --- F4: a person named in the possessive inside the opening phrase is the pronoun's, not its object (rule 5) -----


def test_an_opening_phrase_naming_the_pronouns_person_in_the_possessive_keeps_that_person() -> None:
    d = draft(EN + "Ivo Marant was in the audience. Speaking at Ana Brel's campaign launch in Vellin, she said the "
              "plan was \u201cgood\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]
    d = draft(EN + "Ivo Marant spoke first. Reacting to Ana Brel's own remarks, she said the plan was "
              "\u201cgood\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]


# --- F5: the same kind of opening phrase the rule misses: "After meeting X,", "While addressing X,", "Unlike X," ---


def test_an_opening_phrase_after_a_conjunction_or_a_preposition_names_its_object_not_the_speaker() -> None:
    d = draft(EN + "Ana Brel met Ivo Marant on Monday. After meeting Marant, she said the plan was "
              "\u201cfoolish\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]
    d = draft(EN + "Erik Solt pleaded guilty. Judge Owen Marle adjourned sentencing. While addressing Solt, he "
              "said: \u201cYou have been foolish.\u201d\n")
    assert speakers(d) == [["Owen Marle"]]
    d = draft(EN + "Ana Brel met Ivo Marant on Monday. Unlike Marant, she said the plan was \u201cfoolish\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]
    d = draft(EN + "Like Ivo Marant, Ana Brel said the plan was \u201cfoolish\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]


# --- F6: the formal adjective made of a city's, a company's or a person's name (rule 1) ---------------------------


def test_no_state_adjective_is_made_of_a_city_a_company_or_a_persons_name() -> None:
    for page in (EN + "Philadelphia's police said the road was \u201cclosed\u201d.\n",
                 EN + "Sofia's city administration said the road was \u201cclosed\u201d.\n",
                 EN + "Expedia's travel agency said the booking was \u201cvoid\u201d.\n",
                 EN + "Julia Brel is a singer. Julia's agency said the tour was \u201ccancelled\u201d.\n",
                 EN + "Georgia Brel is a singer. Georgia's agency said the tour was \u201ccancelled\u201d.\n",
                 EN + "Georgia's office said the visit was \u201cprivate\u201d.\n"):
        owned = [a for a in _actors(page) if "'s " in str(a["name"])]
        assert owned and all("aliases" not in a for a in owned), page


# --- F7: the unnamed official rule covers one word order and the singular only (rule 3) ---------------------------


def test_an_unnamed_official_after_the_quote_in_any_order_or_number_is_no_one_named() -> None:
    d = draft(EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d "
              "said a senior Varnian official.\n")
    assert speakers(d) == [["Lena Ortis"], []]
    d = draft(EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d "
              "Varnian officials said.\n")
    assert speakers(d) == [["Lena Ortis"], []]


# --- guards: ordinary text the rules get right ----------------------------------------------------------------------


def test_guard_state_bodies_in_the_possessive() -> None:
    d = draft(EN + "Corvenia's foreign ministry said the map was \u201ca drawing\u201d.\n\nLater the Corvenian "
              "Foreign Ministry said it had \u201cnothing to add\u201d.\n")
    first, second = (d.speakers_of(q) for q in d.quotes)
    assert first == second and len(first) == 1
    for page in (EN + "Kessel's defence minister Ivo Marant said the flight was \u201croutine\u201d.\n",
                 EN + "Russia's defence minister Ivo Marant said the flight was \u201croutine\u201d.\n"):
        assert speakers(draft(page)) == [["Ivo Marant"]], page
    d = draft(EN + "Nordwing's press office said it had \u201cno comment\u201d.\n")
    assert speakers(d) == [["Nordwing's press office"]]


def test_guard_participle_phrases_carrying_or_beside_the_speaker() -> None:
    for page in (EN + "Speaking to reporters, Ivo Marant said the plan was \u201cdead\u201d.\n",
                 EN + "Ivo Marant, speaking in Vellin, said the plan was \u201cdead\u201d.\n",
                 EN + "\u201cThe plan is dead,\u201d said Ivo Marant, speaking in Vellin.\n",
                 EN + "Ivo Marant, speaking alongside Ana Brel, said the plan was \u201cdead\u201d.\n",
                 EN + "Ivo Marant, quoting Ana Brel, said the plan was \u201cdead\u201d.\n"):
        assert speakers(draft(page)) == [["Ivo Marant"]], page
    d = draft(EN + "Ivo Marant said Ana Brel had called the plan \u201cdead\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]


def test_guard_an_official_named_in_apposition_after_the_quote() -> None:
    d = draft(EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d a "
              "senior official, Ana Brel, said.\n")
    assert speakers(d) == [["Lena Ortis"], ["Ana Brel"]]


def test_guard_people_and_companies_in_apposition() -> None:
    for page, name, kind in (
            (EN + "Tove Hallin, the largest landowner in the valley, said it was \u201ctoo windy\u201d.\n",
             "Tove Hallin", "person"),
            (EN + "Nordwing's chief, Tove Hallin, the operator of the crane, said it was \u201ctoo windy\u201d.\n",
             "Tove Hallin", "person"),
            (EN + "Ford, the carrier based in Kelmstad, said the route was \u201ctoo windy\u201d.\n", "Ford",
             "organisation")):
        d = draft(page)
        assert speakers(d) == [[name]], page
        assert next(a for a in d.document["actors"] if a["name"] == name)["kind"] == kind, page


def test_guard_opening_participle_phrases() -> None:
    d = draft(EN + "Ivo Marant met Ana Brel on Monday. Addressing Brel, he said the plan was \u201cgood\u201d.\n")
    assert speakers(d) == [["Ivo Marant"]]
    d = draft(EN + "Erik Solt pleaded guilty. Judge Owen Marle adjourned sentencing. Asked about the case, Solt "
              "said: \u201cI was foolish.\u201d\n")
    assert speakers(d) == [["Erik Solt"]]
    d = draft(EN + "Ivo Marant met Ana Brel on Monday. Asked about the talks, Marant and Brel said: \u201cNot at "
              "all.\u201d\n")
    assert speakers(d) == [["Ivo Marant", "Ana Brel"]]


# --- guards beside each fix: ordinary text the narrowed rules must still get right ---------------------------------


def test_guard_f1_a_company_after_an_opening_time_phrase_still_speaks() -> None:
    d = draft(EN + "On Monday, Nordwing, the largest airline at Kelmstad, said it was \u201ctoo windy to fly "
              "today\u201d.\n")
    assert speakers(d) == [["Nordwing"]]
    assert next(a for a in d.document["actors"] if a["name"] == "Nordwing")["kind"] == "organisation"


def test_guard_f2_a_company_with_its_rank_in_apposition_and_a_person_met_in_full() -> None:
    d = draft(EN + "Hallin, the largest lender in Vellin, said it was \u201ctoo windy to lend today\u201d.\n")
    assert next(a for a in d.document["actors"] if a["name"] == "Hallin")["kind"] == "organisation"
    d = draft(EN + "Tove Hallin spoke first.\n\nHallin, the operator of the crane at Kelmstad, said it was \u201ctoo "
              "windy to lift\u201d.\n")
    assert speakers(d) == [["Tove Hallin"]]
    d = draft(EN + "Hallin, a crane operator, said it was \u201ctoo windy to lift\u201d.\n")
    assert all(a["kind"] == "person" for a in d.document["actors"])


def test_guard_f3_the_person_named_in_the_phrases_paragraph_is_the_pronouns() -> None:
    d = draft(EN + "Erik Solt pleaded guilty. Judge Owen Marle adjourned sentencing. Turning to Solt, he said: "
              "\u201cYou have been foolish.\u201d\n")
    assert speakers(d) == [["Owen Marle"]]
    # a judge named a paragraph before: the judge, as a plain "he said" there would find him (the second review of
    # round 29a found the paragraph's limit too tight: "'...,' Marant said.\n\nSpeaking later at the Kremlin, he
    # added"), never the person the phrase names
    d = draft(EN + "Erik Solt pleaded guilty.\n\nJudge Owen Marle adjourned sentencing.\n\nTurning to Solt, he said: "
              "\u201cYou have been foolish.\u201d\n")
    assert speakers(d) == [["Owen Marle"]]


def test_guard_f4_a_possessive_before_the_named_subject_and_a_phrase_with_no_person() -> None:
    d = draft(EN + "Addressing Ana Brel's supporters, Ivo Marant said the plan was \u201cgood for everyone\u201d.\n")
    assert speakers(d) == [["Ivo Marant"]]
    d = draft(EN + "Ana Brel met Ivo Marant on Monday. After the meeting, she said the plan was \u201cgood for "
              "everyone\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]


def test_guard_f5_according_to_and_no_opener_word_in_a_name() -> None:
    d = draft(EN + "Ana Brel met Ivo Marant on Monday. According to Marant, she said the plan was \u201cgood for "
              "everyone\u201d.\n")
    assert speakers(d) == [["Ana Brel"]]
    for opener in ("Unlike", "Like", "Contrary to"):
        d = draft(EN + f"Ana Brel met Ivo Marant. {opener} Marant, Brel was calm. Marant said it was \u201ca good "
                  "plan for all\u201d.\n")
        assert speakers(d) == [["Ivo Marant"]], opener
        assert next(a for a in d.document["actors"] if a["name"] == "Ivo Marant").get("aliases") == ["Marant"]


def test_guard_f6_a_states_embassy_keeps_its_formal_name_and_a_persons_ministry_none() -> None:
    d = draft(EN + "Russia's embassy said the visit was \u201cprivate and short\u201d.\n")
    assert [a.get("aliases") for a in d.document["actors"] if a["name"] == "Russia's embassy"] == [
        ["Russian Embassy"]]
    d = draft(EN + "Julia Brel is the minister. Julia's ministry said the visit was \u201cprivate and short\u201d.\n")
    assert all("Julian" not in str(a.get("aliases")) for a in d.document["actors"])


def test_guard_f7_an_official_of_a_named_body_or_a_persons_spokesperson_is_no_unnamed_one() -> None:
    d = draft(EN + "\u201cWe have measured it,\u201d said a senior Coast Guard official.\n")
    assert speakers(d) == [["Coast Guard"]]
    d = draft(EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d "
              "said a senior official, Ana Brel.\n")
    assert speakers(d) == [["Lena Ortis"], ["Ana Brel"]]
    d = draft(EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d "
              "two senior officials told reporters.\n")
    assert speakers(d) == [["Lena Ortis"], []]
