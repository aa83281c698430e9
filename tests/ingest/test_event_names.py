"""A run of capitalised words followed by the noun of an event or a thing names that event or thing, never a person:
"the Silver Tern exercise", "the Lunde declaration" (actors._EVENT_NOUN_AFTER). fresh33's "Cold Lantern" and fresh35's
"Silver Tern" exercises were each made the speaker of the next "he said" (read after each batch was scored); the
pages here are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, attributions, draft


@pytest.mark.parametrize("paragraph", [
    'Anton Kask keeps the notices. There are nine of them since the Silver Tern exercise began on 10 July.\n\n'
    '"Every morning I read where I am not allowed to be," he says.',
    'Anton Kask watched the night of the Cold Lantern exercise from the quay.\n\n"They fired all night," he said.',
    'Anton Kask has fished through every Harbour Regatta festival since 1990.\n\n"It is a good week," he said.',
])
def test_the_person_before_the_event_s_name_speaks(paragraph: str) -> None:
    assert [speakers for _, speakers, _, _ in attributions(draft(EN + paragraph + "\n"))] == [["Anton Kask"]]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a verb after a surname is no event's noun
    ('Anton Kask exercises every morning on the quay. "It keeps me awake," he said.', "Anton Kask"),
    ('"We talk every week," said Ulla Brekke, who talks to the fishermen often.', "Ulla Brekke"),
])
def test_a_person_s_verb_is_no_event_s_noun(paragraph: str, speaker: str) -> None:
    assert [speakers for _, speakers, _, _ in attributions(draft(EN + paragraph + "\n"))] == [[speaker]]
