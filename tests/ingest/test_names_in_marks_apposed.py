"""Names in marks that are no one's words: a noun's name given with the article outside the marks, whoever gave it
('nicknamed the "power bridge" by Kessel's press', fresh36/f3601), and a work's title set off by commas after its kind
('Her institute's report, "Thin Grey Line", argued ...', fresh36/f3606); both were drafted as quotes (read after
fresh36 was scored). Words said keep their speaker. The pages are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, attributions, draft


@pytest.mark.parametrize("sentence", [
    'The route has been nicknamed the "power bridge" by Kessel\'s press.',
    'Her institute\'s report, "Thin Grey Line", argued that the Compact had no common rules.',
    'The study, "Salt Borders", found no such thing.',
])
def test_a_name_in_marks_is_no_quote(sentence: str) -> None:
    assert all(q.is_term for q in draft(EN + "Sunniva Roos leads the institute. " + sentence + "\n").quotes)


@pytest.mark.parametrize(("sentence", "quoted"), [
    ('Lena Ortis called the plan "a disaster for every port on the coast".', "a disaster for every port on the coast"),
    ('The minister, Lena Ortis, said the report was "thin, grey and late".', "thin, grey and late"),
    ('In its report, "We found no damage to the cable," the coast guard said.', "We found no damage to the cable,"),
])
def test_words_said_stay_quotes(sentence: str, quoted: str) -> None:
    assert quoted in [text for text, _, _, _ in attributions(draft(EN + sentence + "\n"))]
