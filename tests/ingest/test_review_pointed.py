"""A read-only review of the next paragraph pointing back (`Attributor.pointed_back_speaker`) and of a body's document
named in Latin letters (`_STATEMENT_OF_BEFORE`). Made-up sentences; every test failed at bef6505 and passes since the
fixes: the paragraph must say whose the words are ("These words belong to", "That was how X described", «Так
ответил»), not merely open with "This" or «Это»; only the person's post stands between; a channel is no owner; an
agency citing someone is checked by the curator."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, attributions, draft

POINTED = "next paragraph: it points back and names one person"
Q = '"We will not accept any new tariffs on grain from the north."\n\n'
RQ = "«Мы не примем никаких новых пошлин на зерно с севера».\n\n"


# Finding 1 (worst, common): the opener regex takes any paragraph starting with This/That/So/Such/Это/Эта/Этот/Так
# as "pointing back", so an ordinary next paragraph about something else names its one person as the speaker.
@pytest.mark.parametrize("page", [
    EN + Q + "This week, Minister Arvid Kosta flew to Dorsk for talks.",
    EN + Q + "That evening Arvid Kosta met the delegation at the port.",
    EN + Q + "So far Arvid Kosta has not commented on the dispute.",
    EN + Q + "This is the first time Arvid Kosta has faced such a challenge.",
    EN + Q + "The reply came hours after Arvid Kosta announced the tariffs.",
    RU + RQ + "Это уже третий визит Арвида Косты в Дорск.",
    RU + RQ + "Так называемый план министра Арвида Косты провалился в парламенте.",
    RU + RQ + "Эта неделя стала трудной для министра Арвида Косты.",
    RU + RQ + "Этот вопрос министр Арвид Коста обсудит в пятницу.",
    RU + RQ + "Это решение министр Арвид Коста назвал ошибкой.",
])
def test_a_next_paragraph_about_something_else_names_no_speaker(page: str) -> None:
    [(_, who, rule, _)] = attributions(draft(page))
    assert rule != POINTED and who == []


# Finding 2 (worst): the paragraph does point back, but the one person is who the words were addressed to, who
# reacted to them, or who rejected them. `_OBJECT_BEFORE` only looks at the word right before the name, so a title
# between ("by opposition leader X"), a Russian object in the accusative/dative without a preposition, or a
# reaction verb ("angered X", «возмутило ... Косту», «раскритиковал ... Коста») passes.
@pytest.mark.parametrize(("page", "not_speaker"), [
    (EN + Q + "Those words angered Prime Minister Arvid Kosta.", "Arvid Kosta"),
    (EN + Q + "This statement surprised Arvid Kosta, the trade minister.", "Arvid Kosta"),
    (EN + Q + "The warning was dismissed by opposition leader Ysolde Brandt.", "Ysolde Brandt"),
    (EN + Q + "The claim was rejected by opposition leader Ysolde Brandt.", "Ysolde Brandt"),
    (EN + Q + "These words were written on a banner held up as Arvid Kosta arrived.", "Arvid Kosta"),
    (RU + RQ + "Эти слова адресованы министру Арвиду Косте.", "Кост"),
    (RU + RQ + "Эти слова были обращены к министру Арвиду Косте.", "Кост"),
    (RU + RQ + "Такое заявление возмутило премьер-министра Арвида Косту.", "Кост"),
    (RU + RQ + "Такой ответ не устроил министра Арвида Косту.", "Кост"),
    (RU + RQ + "Эти слова раскритиковал министр Арвид Коста.", "Кост"),
    (RU + RQ + "Это заявление осудил министр Арвид Коста.", "Кост"),
    (RU + RQ + "Такова позиция фермеров, с которой спорит министр Арвид Коста.", "Кост"),
])
def test_the_person_the_words_were_addressed_to_or_against_is_not_their_speaker(page: str, not_speaker: str) -> None:
    [(_, who, rule, _)] = attributions(draft(page))
    assert rule != POINTED and not any(not_speaker in w for w in who)


# Finding 3 (wrong person): the one person named is a reporter ("That was what reporter X heard"), or someone who
# agrees ("Так же считает и министр X", "That was also the message X gave").
@pytest.mark.parametrize(("page", "not_speaker"), [
    (EN + Q + "That was what reporter Ysolde Brandt heard at the port.", "Ysolde Brandt"),
    (RU + RQ + "Так же считает и министр Арвид Коста.", "Кост"),
])
def test_a_reporter_or_someone_who_agrees_is_not_the_speaker(page: str, not_speaker: str) -> None:
    [(_, who, rule, _)] = attributions(draft(page))
    assert rule != POINTED and not any(not_speaker in w for w in who)


# Finding 4 (wrong person): a pull quote repeating words whose speaker was named before it (here in reported speech,
# so no earlier rule claims it) takes the person of the next, unrelated paragraph.
def test_a_pull_quote_after_its_speaker_does_not_take_the_next_paragraph_s_person() -> None:
    page = (EN + "Farmer Ysolde Brandt told the meeting that the north was dumping grain and that prices had "
            "collapsed.\n\n\"The north is dumping grain on our markets.\"\n\nThis week, Minister Arvid Kosta flew to "
            "Dorsk for talks.")
    [(_, who, _, _)] = attributions(draft(page))
    assert "Arvid Kosta" not in who


# Finding 5 (32ac4ef, wrong owner): with a Latin first letter allowed, «В сообщении Telegram-канала Минсельхоза
# Варнии говорится» makes "Telegram-канала Минсельхоза Варнии" (a channel, inflected) the owner at high confidence;
# the owner is the ministry. (Same fault existed for Cyrillic «Телеграм-канала»; the change extends it.)
def test_a_platform_channel_in_latin_letters_is_not_the_statement_s_owner() -> None:
    page = (RU + "В сообщении Telegram-канала Минсельхоза Варнии говорится, что правительство «не примет никаких "
            "новых пошлин на зерно».")
    [(_, who, _, _)] = attributions(draft(page))
    assert not any(w.startswith("Telegram") for w in who)


# Finding 6 (32ac4ef, lower): a news agency's report citing a minister («В сообщении Reuters со ссылкой на министра
# ...») makes the agency the speaker at HIGH confidence; the words are the cited minister's claim.
def test_an_agency_report_citing_a_minister_is_not_the_agency_s_statement_at_high_confidence() -> None:
    page = (RU + "В сообщении Reuters со ссылкой на министра Арвида Косту говорится, что правительство «не примет "
            "никаких новых пошлин на зерно».")
    [(_, who, _, confidence)] = attributions(draft(page))
    assert not (who == ["Reuters"] and confidence == "high")
