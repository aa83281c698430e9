"""Words in marks that are a name or a formula's wording, not words said: after a formula's or a slogan's noun
(«по формуле «половина поровну, половина по длине берега»», fresh37/f3718), a name with its article inside the
marks after a verb of naming ('taken to calling "the Heron affair"', f3708), a nickname after a naming verb and its
object ('Sailors called him "Old Fog"', f3712). What someone says of a thing stays their words ('she called the
formula "provisional"', fresh8/f806), and so do a formula's words as its sentence's subject («формула «никаких
уступок» себя исчерпала», test_review21.py; fresh37/f3720's gold disagrees). Read after fresh37 was scored. The
pages are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, attributions, draft


@pytest.mark.parametrize("page", [
    RU + "Лидеры договорились о бюджете. Деньги поделят по формуле «половина поровну, половина по длине берега».\n",
    EN + 'The case, which the press has taken to calling "the Heron affair", has strained relations.\n',
    EN + 'Sailors called him "Old Fog", for his habit of going on deck in any weather.\n',
    EN + 'Fishermen marched under the slogan "Fish, not frigates" on Saturday.\n',
])
def test_a_name_in_marks_is_no_quote(page: str) -> None:
    assert all(q.is_term for q in draft(page).quotes)


@pytest.mark.parametrize(("page", "quoted"), [
    (RU + "Как отметила министр Лена Ортис, формула «никаких уступок» себя исчерпала.\n", "никаких уступок"),
    (EN + 'Minister Petra Lindqvist called the formula "provisional" and said the ships would come "from the next '
     'budget, not this one."\n', "provisional"),
    (EN + 'Lena Ortis called the plan "a disaster for every port on the coast".\n',
     "a disaster for every port on the coast"),
])
def test_what_someone_says_of_it_stays_a_quote(page: str, quoted: str) -> None:
    assert quoted in [text for text, _, _, _ in attributions(draft(page))]
