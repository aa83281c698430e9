""""In her words, ...", "In his view, ...": someone's words by a possessive pronoun, as «По её словам» and "His answer
was" are (quotes._THEIR_WORDS): the person the sentence before made its speaker, or the one person it names. The form
was left without a speaker on three clean batches (fresh14's f1404, fresh21's f2111, fresh34's f3403, read after
fresh34 was scored); the pages here are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, attributions, draft

RULE = "before: their words (the speaker of the sentence before)"


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('Ms Tveit said her company had asked for patrols twice. In her words, the answers had been "polite, thorough '
     'and entirely useless".', "Tveit"),
    ('Prof. Anton Dinescu was more optimistic. In his view, the fee was "a bargaining chip dressed up as a '
     'principle".', "Anton Dinescu"),
    ('Councillor Mira Sand spoke last. In her own words, the vote was "the easiest I have ever cast".', "Mira Sand"),
    ('Judge Ola Rehn would have granted the petition. In his opinion, "a parliament that learns of a posting from '
     'the papers has not been asked".', "Ola Rehn"),
])
def test_in_their_words_is_the_speaker_of_the_sentence_before(paragraph: str, speaker: str) -> None:
    (_, speakers, rule, confidence), = attributions(draft(EN + paragraph + "\n"))
    assert speakers[-1].endswith(speaker) and len(speakers) == 1
    assert (rule, confidence) == (RULE, "medium")


@pytest.mark.parametrize("paragraph", [
    # "their" is a group's, never the one person the sentence before names
    'The fishermen met Mayor Jan Oberg on Monday. In their view, the plan was "a licence to close the harbour".',
    # no one in the sentence before
    'The harbour was quiet on Monday. In his view, the plan was "a licence to close the harbour".',
    # "words" that are not a possessive's frame
    'Mayor Jan Oberg was away. In other words, the plan was "a licence to close the harbour".',
])
def test_in_their_words_with_no_one_to_refer_to_names_no_one(paragraph: str) -> None:
    assert all(rule != RULE and not speakers for _, speakers, rule, _ in attributions(draft(EN + paragraph + "\n")))
