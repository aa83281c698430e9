"""Second review of round 29a (after the fix of review 29a): the English speaker rules on ordinary English news text.
Each finding's test failed on main at 2afa589 (and passed before round 29, at 7bb841c); the guards passed there and
still do, and a guard stands beside each fix (the `test_guard_f*` tests after the review's own)."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft, speakers

Q1 = "\u201ca good first step for the whole region\u201d"
Q2 = "\u201cWe will sign it in May, whatever the opposition says about it.\u201d"


def _actors(page: str) -> list[dict[str, object]]:
    return list(draft(page).document["actors"])


def _kinds(page: str) -> dict[object, object]:
    return {a["name"]: a["kind"] for a in _actors(page)}


def _aliases(page: str) -> list[str]:
    out: list[str] = []
    for a in _actors(page):
        forms = a.get("aliases")
        if isinstance(forms, list):
            out.extend(str(x) for x in forms)
    return out


# --- F1: an opening phrase naming a body sends the pronoun to no one when its person is in the paragraph before ----


def test_pronoun_after_an_opening_phrase_naming_a_body_keeps_the_person_of_the_previous_paragraph() -> None:
    for page, who in (
            (EN + "Ivo Marant visited the port on Monday.\n\nSpeaking to the Countryside Party in Vellin, he said the "
             "deal was " + Q1 + ".\n", ["Ivo Marant"]),
            (EN + "Ivo Marant visited the port on Monday.\n\nAsked about the Kremlin, he said the deal was " + Q1
             + ".\n", ["Ivo Marant"]),
            (EN + "Ivo Marant met Ana Brel in Vellin on Monday.\n\nReferring to the Countryside Party, she said the "
             "deal was " + Q1 + ".\n", ["Ana Brel"])):
        assert speakers(draft(page)) == [who], page


def test_pronoun_after_an_opening_phrase_in_a_new_paragraph_after_the_persons_own_quote() -> None:
    page = (EN + "\u201cThe deal is a good first step for the whole region,\u201d Ivo Marant said on Monday.\n\n"
            "Speaking later at the Kremlin, he added: " + Q2 + "\n")
    assert speakers(draft(page)) == [["Ivo Marant"], ["Ivo Marant"]]


# --- F2: a state's name cut to its last word gets another state's formal adjective: two states' bodies merge -------


def test_a_directional_states_body_is_not_merged_with_the_other_states_body() -> None:
    for page in (EN + "South Sudan's army said the attack was \u201ca clear provocation\u201d. The Sudanese army said "
                 "it was \u201ca lie from start to finish\u201d.\n",
                 EN + "Northern Ireland's parliament said the vote was \u201ca clear signal\u201d. The Irish "
                 "parliament said it was \u201ca lie from start to finish\u201d.\n",
                 EN + "Northern Cyprus's parliament said the vote was \u201ca clear signal\u201d. The Cypriot "
                 "parliament said it was \u201ca lie from start to finish\u201d.\n"):
        first, second = speakers(draft(page))
        assert first != second, page
        assert not {"Sudanese Army", "Irish Parliament", "Cypriot Parliament"} & set(_aliases(page)), page


# --- F3: a company's "mark" that is a person's too (oldest, youngest, main, private) and "carrier" make a company ----


def test_a_person_with_an_age_superlative_or_a_carrier_occupation_stays_no_organisation() -> None:
    tail = " said the rules were \u201ca disgrace to the whole trade\u201d.\n"
    for page in (EN + "Hallin, the oldest publisher in Vellin," + tail,
                 EN + "Hallin, the youngest operator at the plant," + tail,
                 EN + "Hallin, a forest operator in Vellin," + tail,
                 EN + "Hallin, the main operator at the crane in Kelmstad," + tail,
                 EN + "Hallin, a mail carrier in Vellin," + tail):
        assert _kinds(page).get("Hallin") != "organisation", page


# --- F4: a figurative "army of ..." owned by a word in -ia gets an invented state adjective ---------------------------


def test_a_figurative_army_gets_no_state_adjective() -> None:
    for page, bad in ((EN + "Wikipedia's army of editors said the page was \u201ca clear provocation\u201d.\n",
                       "Wikipedian Army"),
                      (EN + "Olivia's army of fans said the show was \u201ca clear provocation\u201d.\n",
                       "Olivian Army"),
                      (EN + "Nvidia's army of engineers said the chip was \u201ca clear provocation\u201d.\n",
                       "Nvidian Army")):
        assert bad not in _aliases(page), page


# --- F5: "said a <Company> spokesperson" names no one (before: the company) ------------------------------------------


def test_a_companys_spokesperson_after_the_verb_speaks_for_the_company() -> None:
    for page, body in ((EN + "\u201cWe have no choice,\u201d said a Gazprom spokesperson.\n", "Gazprom"),
                       (EN + "Nordwing, the largest airline at Kelmstad, cancelled flights on Monday. \u201cWe have "
                        "no choice,\u201d said a Nordwing spokesperson.\n", "Nordwing")):
        assert speakers(draft(page)) == [[body]], page


# --- guards (pass on main) --------------------------------------------------------------------------------------------


def test_guard_opening_phrase_in_the_same_paragraph_and_the_headline() -> None:
    assert speakers(draft(EN + "Ivo Marant visited the port on Monday. Speaking to the Countryside Party in Vellin, "
                          "he said the deal was " + Q1 + ".\n")) == [["Ivo Marant"]]
    assert speakers(draft(EN + "Ana Brel met Ivo Marant on Monday. In reply to Marant, she said the deal was " + Q1
                          + ".\n")) == [["Ana Brel"]]
    assert speakers(draft(EN + "Ivo Marant visited the port on Monday.\n\nSpeaking in Moscow, he said the deal was "
                          + Q1 + ".\n")) == [["Ivo Marant"]]
    page = EN + "Asked about Ivo Marant, she said the plan was " + Q1 + ".\n"
    assert "Talks Resume" not in [a["name"] for a in _actors(page)]


def test_guard_state_bodies_companies_and_officials() -> None:
    assert speakers(draft(EN + "Russia's foreign ministry said the vote was \u201ca clear signal\u201d. The Russian "
                          "foreign ministry later said it was \u201ca grave provocation\u201d.\n")) == [
        ["Russia's foreign ministry"], ["Russia's foreign ministry"]]
    assert _kinds(EN + "Nordwing, the largest airline at Kelmstad, said the rules were \u201ca disgrace\u201d.\n").get(
        "Nordwing") == "organisation"
    assert _kinds(EN + "Hallin, 54, the oldest publisher in Vellin, said the rules were \u201ca disgrace\u201d.\n").get(
        "Hallin") != "organisation"
    assert speakers(draft(EN + "\u201cWe have no choice,\u201d Ivo Marant said. \u201cThe port must close,\u201d "
                          "officials said.\n")) == [["Ivo Marant"], []]
    assert speakers(draft(EN + "Ivo Marant and Ana Brel toured the port. \u201cWe have no choice,\u201d both "
                          "officials said.\n")) == [["Ivo Marant", "Ana Brel"]]
    assert speakers(draft(EN + "Ivo Marant spoke on Monday. \u201cWe have no choice,\u201d he told officials, adding "
                          "that the port would close.\n")) == [["Ivo Marant"]]
    assert speakers(draft(EN + "\u201cWe have no choice,\u201d said a Kremlin official.\n")) == [["Kremlin"]]


# --- guards beside each fix (ordinary text where the narrowed rules must still fire, or must not) -------------------


def test_guard_f1_the_phrases_object_and_the_page_head_are_never_the_pronouns() -> None:
    # a person named in the phrase, the paragraph before holding the subject: the subject, as a plain pronoun finds
    page = (EN + "Ivo Marant met Ana Brel on Monday.\n\nSpeaking after meeting Ana Brel, he said the deal was " + Q1
            + ".\n")
    assert speakers(draft(page)) == [["Ivo Marant"]]
    # the only person before the phrase is its object: no one, in the paragraph or after it
    for gap in (" ", "\n\n"):
        page = EN + "Ivo Marant spoke on Monday." + gap + "Speaking to Marant, she said the deal was " + Q1 + ".\n"
        assert speakers(draft(page)) == [[]], page
    # the phrase at the body's start: never the headline's words nor the byline
    d = draft(EN + "Speaking to Ivo Marant, she said the deal was " + Q1 + ".\n")
    assert speakers(d) == [[]]


def test_guard_f2_f4_a_states_whole_name_and_a_literal_army_keep_the_formal_adjective() -> None:
    def alias(page: str) -> list[str]:
        return _aliases(EN + page)

    assert "South Sudanese Army" in alias("South Sudan's army said the attack was \u201ca clear provocation\u201d.\n")
    assert "Russian Foreign Ministry" in alias("Yesterday Russia's foreign ministry said it was \u201ca clear "
                                               "provocation\u201d.\n")
    assert "Corvenian Army" in alias("Corvenia's army said the drill was \u201ca clear provocation\u201d.\n")
    assert not [a for a in alias("Northern Ireland's parliament said the vote was \u201ca clear signal\u201d.\n")
                if "Irish" in a]


def test_guard_f3_a_companys_rank_ownership_or_bare_carrier_still_makes_a_company() -> None:
    tail = " said it was \u201ctoo windy to fly today\u201d.\n"
    for page, name in ((EN + "Nordwing, the flag carrier at Kelmstad," + tail, "Nordwing"),
                       (EN + "Nordwing, the low-cost carrier at Kelmstad," + tail, "Nordwing"),
                       (EN + "Aeroflot, the national carrier," + tail, "Aeroflot"),
                       (EN + "Baltline, the biggest ferry operator in Tarnby," + tail, "Baltline"),
                       (EN + "Ford, the carrier based in Kelmstad," + tail, "Ford")):
        assert _kinds(page).get(name) == "organisation", page
    for page in (EN + "Hallin, a private operator in Vellin," + tail,
                 EN + "Hallin, the longest serving broadcaster in Vellin," + tail,
                 EN + "Hallin, a letter carrier in Vellin," + tail):
        assert _kinds(page).get("Hallin") != "organisation", page


def test_guard_f5_a_peoples_word_before_the_official_still_names_no_one() -> None:
    for word in ("Varnian", "Sorvian", "Israeli"):
        page = (EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d "
                "said a senior " + word + " official.\n")
        assert speakers(draft(page)) == [["Lena Ortis"], []], page
    assert speakers(draft(EN + "\u201cWe have no choice,\u201d said a Frontex official.\n")) == [["Frontex"]]
