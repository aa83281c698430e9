"""Second review of the parse's fallback for Russian speakers (alliance_monitor/ingest/syntax.py,
Attributor.parsed_speaker), after 30b09a2. Made-up sentences; each test asserts the right behaviour and failed on
main at 8a8443a: the quote's own predicate decides (its subject, or no one), never a verb of saying further away.
The review's seven cases where the rules themselves name an addressee or another clause's subject are left for a
later change (README, "Noticed")."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import attributions, draft
from tests.ingest.drafting import only_attribution as only


def speakers(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    return attributions(draft(text))


# 1. The quote's own verb has a subject that names no one (a common noun for a person); `_nearest` skips that cue
# and takes a LATER verb of saying in a relative, concessive or «добавив, что» clause whose subject is named
@pytest.mark.parametrize("text", [
    "«Нам никто не помог», — говорит водитель, которому министр Иван Сидоров пообещал компенсацию.",
    "«Нам никто не помог», — сказала пенсионерка, добавив, что губернатор Иван Сидоров обещал помочь еще весной.",
    "«Нам никто не помог», — говорит жительница поселка, хотя мэр Анна Крылова утверждает обратное.",
    "«Нам никто не помог», — говорят жители, хотя мэр Анна Крылова утверждает обратное.",
    ("«Мы не получили ни копейки», — в среду рассказала журналистам пенсионерка, которой губернатор Иван Сидоров "
     "обещал помочь."),
    ("«Огонь было видно за километр», — утверждает один из пожарных, хотя губернатор Иван Сидоров назвал пожар "
     "небольшим."),
    ("«Ждать придется до вечера», — жалуются пассажиры, хотя министр Иван Сидоров обещал, что поезда пойдут по "
     "графику."),
])
def test_an_unnamed_subject_of_the_quotes_own_verb_is_not_replaced_by_another_clauses_name(text: str) -> None:
    who, rule, _ = only(text)
    assert who == [] and not (rule or "").startswith("parse:")


# 2. The same with a pronoun subject: «они» is not resolved (review 1), but the cue is skipped and the next clause's
# named subject wins
@pytest.mark.parametrize("tail", ["говорят они, хотя мэр Анна Крылова утверждает обратное.",
                                  "жалуются они, а мэр Анна Крылова обещает, что воду дадут завтра."])
def test_a_pronoun_subject_does_not_hand_the_quote_to_the_next_clause(tail: str) -> None:
    who, rule, _ = only(f"Жители поселка вышли на митинг в субботу.\n\n«Воды нет уже неделю», — {tail}")
    assert "Анна Крылова" not in who and not (rule or "").startswith("parse:")


# 3. The quote hangs on a verb outside SAY_LEMMAS (скандировать, a placard): the only listed verb is the reporter's,
# or sits in a relative clause about the speakers
@pytest.mark.parametrize("tail", [
    "скандировали в пятницу протестующие, сообщил депутат Олег Петров.",
    "такие слова, как сообщил депутат Олег Петров, скандировали в пятницу протестующие.",
    "скандировали в пятницу вечером у здания суда пенсионеры, о которых рассказал журналистам депутат Олег Петров.",
    "с таким плакатом в пятницу вечером пришла к зданию суда пенсионерка, о которой рассказал депутат Олег Петров.",
])
def test_the_reporter_of_a_chant_is_not_its_speaker(tail: str) -> None:
    who, _, _ = only(f"«Министр, верни наши деньги!» — {tail}")
    assert "Олег Петров" not in who
