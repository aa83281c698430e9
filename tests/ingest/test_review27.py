"""Issue 14: the review of rounds 27a and 27c (speakers; read-only, main at 2614644). Each case below the guards
failed on the rules as those rounds left them: F1-F5 passed or gave no speaker before them (fb850f9), every one a
regression; F6-F7 were wrong before too. F1 took the object of a verb after a quote for its speaker ('Her reply,
"...," surprised reporter X'); F2 gave "declined to say" to its subject; F3 gave a lone quote to a person in the next
sentence who only acted on the words ("removed it"); F4 named the town hall after the residents who spoke in it
(«рассказали в мэрии жители ...»); F5 gave «Как доложили министру Ивану Ресту» to the one told; F6 gave a foreign
president's words on a news page to the first person named; F7 gave an anonymous neighbour's words to the man he is
the neighbour of. All seven are fixed by narrowing each rule to the sentence structure that justifies it; the guards
and the dev articles d730-d733 and d790-d795 keep each rule firing where it should. Fictional text only."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft, speakers


# Guards: right on main, keep them
@pytest.mark.parametrize(("page", "expected"), [
    (EN + "\"Talks will resume,\" said UN envoy Tomas Grell.\n", [["Tomas Grell"]]),
    (EN + "\"We strike on Monday,\" said HWU general secretary Bruno Salt.\n", [["Bruno Salt"]]),
    (EN + "\"Talks will resume,\" Ada Holm told AP reporter Tomas Grell.\n", [["Ada Holm"]]),
    (EN + "\"Ships are cheaper than bridges,\" Minister Ola Brenn liked to say.\n", [["Ola Brenn"]]),
    (EN + "\"Four ferries and two tugs.\" Those were the figures the ministry published on Monday.\n", [[]]),
    (RU + "«Паром готов», — сказал он секретарю Совета безопасности Алле Верес.\n", [[]]),
    (RU + "«Задержаны двое», — сообщили в полиции округа Порт-Селка.\n", [["Полиция округа Порт-Селка"]]),
])
def test_guard_round27_rules(page: str, expected: list[list[str]]) -> None:
    got = speakers(draft(page))
    assert got == expected or (expected == [[]] and got in ([[]], []))


# F1 (R; quotes.py 1a, _INVERTED_UNKNOWN): a transitive past verb after the quote has its object, not its speaker,
# after it; needs a list of verbs of saying/feeling it may be, or no rule when a subject precedes the quote
@pytest.mark.parametrize("page", [
    EN + "Mayor Ada Holm spoke on Monday. Her reply, \"No comment at all,\" surprised reporter Tomas Grell.\n",
    EN + "Mayor Ada Holm spoke on Monday. Her words, \"a disgrace to the port,\" offended councillor Tomas Grell.\n",
    EN + "Mayor Ada Holm wrote the words \"close the port tonight,\" addressed to harbour master Tomas Grell.\n",
])
def test_an_inverted_unknown_verb_with_an_object_names_no_speaker(page: str) -> None:
    assert "Tomas Grell" not in speakers(draft(page))[0]


# F2 (R; quotes.py after: speaker, verb, to say, _TAKES_INFINITIVE): "declined/refused to say" is not saying
@pytest.mark.parametrize("page", [
    EN + "Mayor Ada Holm spoke first. \"Who paid for the ferry,\" Ola Brenn declined to say.\n",
    EN + "Mayor Ada Holm answered most questions. \"Which ships and when,\" she refused to say.\n",
])
def test_declined_to_say_is_not_saying(page: str) -> None:
    assert speakers(draft(page)) == [[]]


# F3 (R; quotes.py 6b', _APPOSED_VERB): the next sentence's "it/those" and an apposed person who merely acts on
# the words (removed it, was not convinced) is not the speaker; the verb should be one of saying ("put it")
@pytest.mark.parametrize("page", [
    EN + "Mayor Ada Holm posted a notice on Monday.\n\n\"The port is closed.\" It hung on the gate for a week until "
         "the harbour master, Tomas Grell, removed it.\n",
    EN + "Mayor Ada Holm spoke on Monday.\n\n\"We will reopen in May.\" Those words did not convince a fisherman, "
         "Tomas Grell, waiting at the gate.\n",
])
def test_a_person_acting_on_the_words_next_sentence_did_not_say_them(page: str) -> None:
    assert "Tomas Grell" not in speakers(draft(page))[0]


# F4 (R; quotes.py _IN_BODY_OF / body_named): the lower-case words after the body are the plural subject
# («жители», «адвокаты»), not the body's genitive; the stub's name is nonsense
@pytest.mark.parametrize("page", [
    RU + "«Задержаны двое», — рассказали в мэрии жители Порт-Селки.\n",
    RU + "«Нас не слушают», — сообщили в прокуратуре адвокаты Реста.\n",
])
def test_a_plural_subject_after_the_body_is_no_part_of_its_name(page: str) -> None:
    names = speakers(draft(page))[0]
    assert not any(name.startswith(("Мэрия жители", "Прокуратура адвокаты")) for name in names)


# F5 (R; RU_SPEECH_VERBS «доложил»): «Как доложили министру X» names the addressee in the dative, not the speaker
def test_the_addressee_of_dolozhili_is_not_the_speaker() -> None:
    page = RU + "Как доложили министру Ивану Ресту, «паром затонул у причала».\n"
    assert speakers(draft(page)) == [[]]


# F6 (P; quotes.py russian_role/office_holder): a news page whose headline begins with the role speaks of a
# foreign president; the first person named (the host's premier, a reporter) is not that president
@pytest.mark.parametrize("body", [
    "Премьер-министр Кесселя Иван Рест встретил гостя в аэропорту. «Мы рады этому визиту», — отметил президент.\n",
    "Гостя встретил премьер Кесселя. Журналист Олег Март задал вопрос. «Мы рады этому визиту», — отметил "
    "президент.\n",
])
def test_a_foreign_president_on_a_news_page_is_not_the_first_person_named(body: str) -> None:
    page = "Президент Вельмарии прилетел в Кессель\n\nАвтор: Анна Петрова\n\n" + body
    assert speakers(draft(page)) == [[]]


# F7 (P; _ANONYMOUS_AFTER only when no one is found): «сосед Ивана Реста, попросивший не называть его имени» gives
# the genitive owner as the speaker
def test_an_anonymous_neighbour_is_not_the_person_he_is_neighbour_of() -> None:
    page = RU + ("«Зарплату задерживают», — рассказал журналистам сосед Ивана Реста, попросивший не называть его "
                 "имени.\n")
    assert speakers(draft(page)) == [[]]
