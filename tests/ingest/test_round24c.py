"""Round 24c: a body's short name for the full name the page gave it, and a body's unnamed voices (fresh23's f2305,
f2306, f2309); each rule beside ordinary text where it must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft, speakers


def test_a_ministry_named_for_its_portfolio_then_by_its_head_noun_speaks_under_its_full_name() -> None:
    d = draft(EN + 'The Ministry for Coastal Affairs met the pilots. The Ministry has asked for "a full list of '
              'the boats" by Friday.\n')
    assert speakers(d) == [["Ministry for Coastal Affairs"]]


def test_the_head_noun_alone_is_the_nearest_body_it_opens_when_the_page_names_two() -> None:
    d = draft(EN + "The Ministry of Finance closed the fund. The Ministry of Transport opened the pier. "
              'The Ministry has asked for "a full list of the boats" by Friday.\n')
    assert speakers(d) == [["Ministry of Transport"]]


def test_the_head_noun_alone_with_no_fuller_body_on_the_page_stays_as_printed() -> None:
    d = draft(EN + 'The Ministry has asked for "a full list of the boats" by Friday.\n')
    assert speakers(d) == [["Ministry"]]


def test_a_party_for_a_cause_is_not_read_as_a_portfolio() -> None:
    d = draft(EN + 'The Party for Orreby Harbour said the plan was "a gift to the ferry company".\n')
    assert speakers(d) != [["Party for Orreby Harbour"]]


def test_a_police_district_speaks_under_its_whole_name() -> None:
    d = draft(EN + 'The Orreby Police District said officers found "two empty fuel cans" near the beach.\n')
    assert speakers(d) == [["Orreby Police District"]]


def test_a_district_after_the_police_in_lower_case_is_a_place_not_the_name() -> None:
    d = draft(EN + 'The Orreby Police said officers in the district found "two empty fuel cans" near the beach.\n')
    assert speakers(d) == [["Orreby Police"]]


def test_the_statement_of_an_air_force_named_before_speaks_for_it() -> None:
    d = draft(EN + "The plane turned back, the Tarnish Air Force said.\n\nIn a statement, the air force gave "
              'the times. "The aircraft flew low over the water," the statement said.\n')
    assert speakers(d) == [["Tarnish Air Force"]]


def test_a_ministry_spokesperson_speaks_for_the_ministry_named_before() -> None:
    d = draft(EN + "The Ostravian Transport Ministry denied it. A ministry spokesperson told reporters that its "
              'aircraft were "accounted for".\n')
    assert speakers(d) == [["Ostravian Transport Ministry"]]


def test_a_ministry_spokesperson_with_no_ministry_named_before_is_unnamed() -> None:
    d = draft(EN + "The Harbour Board denied it. A ministry spokesperson told reporters that its aircraft were "
              '"accounted for".\n')
    assert speakers(d) == [[]]


def test_an_unnamed_resident_is_no_body_voice() -> None:
    d = draft(EN + "The Ostravian Transport Ministry denied it. A resident told reporters the aircraft were "
              '"flying very low".\n')
    assert speakers(d) == [[]]
