"""Issue 14, round 23a: the speaker kinds `fresh22/` showed (its lines in fresh22.scored.txt), each a case with the
shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, RU, draft, speakers

# --- a bare title after two holders of it, one qualified by a place (fresh22/f2211) -----------------------------


def test_a_bare_title_is_the_holder_the_page_named_without_a_place() -> None:
    d = draft(EN + "Chancellor Ilvo Marten met Kessel's Chancellor Rika Sollen at the port.\n\n"
              "Addressing the workers, the Chancellor said: \"This quay will carry our grain.\"\n")
    assert speakers(d) == [["Ilvo Marten"]]


def test_a_bare_title_after_one_holder_qualified_by_a_place_is_that_holder() -> None:
    # ordinary text: the only chancellor on the page is qualified by her country; the bare title is still her
    d = draft(EN + "Kessel's Chancellor Rika Sollen visited the port with Mayor Tomas Brandt.\n\n"
              "Addressing the workers, the Chancellor said: \"This quay will carry our grain.\"\n")
    assert speakers(d) == [["Rika Sollen"]]


def test_a_bare_title_after_two_unqualified_holders_is_the_one_named_last() -> None:
    # ordinary text: neither holder is qualified; the bare title is the one named last, as before
    d = draft(EN + "Chancellor Ilvo Marten handed over to Chancellor Rika Sollen at the port.\n\n"
              "Addressing the workers, the Chancellor said: \"This quay will carry our grain.\"\n")
    assert speakers(d) == [["Rika Sollen"]]


# --- a title and the surname alone of someone named in full before (fresh22/f2211) ------------------------------


def test_a_title_and_a_surname_met_before_is_that_person() -> None:
    d = draft(EN + "Chancellor Ilvo Marten met Kessel's Chancellor Rika Sollen at the port.\n\n"
              "Chancellor Sollen praised the engineers. \"They finished early,\" she said.\n")
    assert speakers(d) == [["Rika Sollen"]]


def test_a_place_word_and_a_surname_met_before_is_no_person() -> None:
    # ordinary text: "Port Marten" is a place the family gave its name to; "Port" is no title
    d = draft(EN + "Chancellor Ilvo Marten opened the quay.\n\n"
              "\"We are glad of the work,\" said a sailor in Port Marten.\n")
    assert speakers(d) == [[]]


# --- a name numbered like an edition is an event's, no person's (fresh22/f2209) ----------------------------------


def test_a_name_numbered_like_an_edition_is_no_speaker() -> None:
    d = draft(EN + "Colonel Ines Varga said Kessel was invited to Storm Gate 27 but had not answered. \"An invitation "
              "is welcome,\" she said, \"but it does not answer the questions we asked.\"\n")
    assert speakers(d) == [["Ines Varga"], ["Ines Varga"]]


def test_a_name_before_a_date_is_still_a_person() -> None:
    # ordinary text: a number that begins a date after a name is no edition of it
    d = draft(EN + "The letter was signed by Tomas Brandt 12 March in Tarnby. \"We asked for nothing more than the "
              "truth,\" he said.\n")
    assert speakers(d) == [["Tomas Brandt"]]


# --- a role owned in the possessive, then the name between commas (fresh22/f2209) --------------------------------


def test_a_role_owned_in_the_possessive_then_the_name_between_commas_speaks() -> None:
    d = draft(EN + "\"Our boats will stay in our waters and watch what happens,\" the ministry's spokeswoman, "
              "Colonel Ines Varga, told reporters.\n")
    assert speakers(d) == [["Ines Varga"]]


def test_a_role_owned_in_the_possessive_without_a_name_is_no_earlier_person() -> None:
    # ordinary text: no name in apposition; the mayor named before does not take the spokeswoman's words
    d = draft(EN + "Mayor Anna Holt met the crews. \"Our boats will stay in our waters and watch what happens,\" the "
              "ministry's spokeswoman told reporters.\n")
    assert ["Anna Holt"] not in speakers(d)


def test_a_russian_name_before_a_date_is_still_a_person() -> None:
    # ordinary text (fresh21/f2117's form): a number and a month's genitive after a name are a date, no edition
    d = draft(RU + "Министр обороны Йенс Оберг 10 февраля сам признал в парламенте: «Чей это якорь — пока не "
              "известно никому из нас».\n")
    assert speakers(d) == [["Йенс Оберг"]]
