"""Issue 14: ingest on real news pages. Each failure kind is a test, on the issue's own made-up examples."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from alliance_monitor.ingest.actors import russian_nominative
from alliance_monitor.ingest.dates import parse_date, url_date
from alliance_monitor.ingest.draft import Draft, Known, build_draft
from alliance_monitor.ingest.evaluate import corpus_totals, evaluate_corpus
from alliance_monitor.models import Actor, ActorKind

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "ingest_eval"
KNOWN = Known(actors=[
    Actor(id="putin", name="Vladimir Putin", aliases=["Putin"], kind=ActorKind.PERSON, nationality="RUS",
          role="President of Russia"),
    Actor(id="zaric", name="Petru Zaric", aliases=["Zaric"], kind=ActorKind.PERSON, role="Prime Minister"),
    Actor(id="tokaev", name="Kassym-Jomart Tokayev", aliases=["Tokayev"], kind=ActorKind.PERSON, nationality="KAZ",
          role="President of Kazakhstan"),
])


def draft(text: str, url: str | None = None, known: Known = KNOWN) -> Draft:
    """The rules' draft (the speaker model off, as in tests/ingest/drafting.py): what each kind's rule gives. The
    batches' figures below are ingest's own, the model on."""
    return build_draft(text, text.encode(), known, url=url, learned_fallback=False)


def quotes(d: Draft) -> list[Any]:
    return [q for q in d.quotes if not q.is_term]


def names(d: Draft, q: Any) -> list[str]:
    """The names of a quote's speakers (curated actors and the draft's stubs)."""
    by_id = {a.id: a.name for a in KNOWN.actors} | {a["id"]: a["name"] for a in d.document["actors"]}
    return [by_id[s] for s in d.speakers_of(q)]


def only(d: Draft) -> Any:
    found = quotes(d)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


BODY = "\n\nThe ministers met on Monday and talked for a long time about the ports and the patrols.\n"

# --- 1. dates -------------------------------------------------------------------------------------------


def test_a_year_in_the_text_is_not_the_publication_date() -> None:
    d = draft("Zaric looks west\n\nSince coming to power in a 2018 revolution, Petru Zaric has moved closer to "
              "the West.\n")
    assert d.date.date is None and "2018" in d.date.evidence
    assert any(w["kind"] == "no_printed_date" for w in d.warnings)


def test_a_date_line_and_a_dated_url() -> None:
    d = draft("date 2024-03-14\nPact story" + BODY, url="https://example.org/2024/03/14/pact-story")
    assert (d.date.date, d.date.confidence) == ("2024-03-14", "high")
    assert d.layout.title is not None and d.layout.title.text == "Pact story"
    d = draft("Pact story" + BODY, url="https://example.org/2024/03/14/pact-story")
    assert (d.date.date, d.date.confidence) == ("2024-03-14", "medium")


@pytest.mark.parametrize(("page", "date"), [
    ("Pact story\nBy Lena Ortis | January 29, 2024" + BODY, "2024-01-29"),
    ("Pact story\nBy Lena Ortis\nFebruary 23, 2024" + BODY, "2024-02-23"),
    ("Пакт\n\nМОСКВА, 3 ноября 2022 /ТАСС/ — Министры встретились в понедельник и долго говорили о портах.\n",
     "2022-11-03"),
    ("Пакт\n03.11.2022\n\nМинистры встретились в понедельник и долго говорили о портах и патрулях.\n", "2022-11-03"),
])
def test_byline_dateline_and_russian_dates(page: str, date: str) -> None:
    assert draft(page).date.date == date


@pytest.mark.parametrize(("page", "iso", "confidence"), [
    # fresh14's f1403: the release's own date in its dateline, the footer's update two days later
    ("Release\n\nHARL, 25 November 2026 – The embassy presented the programme of the season today in Harl and "
     "Oskby.\n\nShare this page\nLast updated: 26.11.2026\n", "2026-11-25", "high"),
    # fresh14's f1406: the post's meta line names its author before the date, the update's line is under it
    ("Why Kessel says no\n\nPosted by Irene Falk on November 22, 2026 · 6 min read\nLast updated November 24, 2026"
     + BODY, "2026-11-22", "high"),
    ("Пакт\n\nОбновлено: 27.11.2026, 09:40\n\nТАРН, 25 ноября 2026 /Линдмарк сегодня/ — Министры встретились в "
     "понедельник и долго говорили о портах.\n", "2026-11-25", "high"),
    ("Pact story\nBy Lena Ortis | Updated January 29, 2024" + BODY, "2024-01-29", "low"),
    ("Pact story\n\nИзменено: 27.11.2026" + BODY, "2026-11-27", "low"),
    ("Pact story" + BODY + "\nThis page was last modified on 24 November 2026\n", "2026-11-24", "low"),
])
def test_a_date_under_an_update_label_is_never_the_publication_date(page: str, iso: str, confidence: str) -> None:
    d = draft(page)
    assert (d.date.date, d.date.confidence) == (iso, confidence)
    if confidence == "low":  # only the update's date is printed: the draft says so
        assert any(w["kind"] == "date_only_updated" for w in d.warnings)


def test_a_yearless_dateline_gives_no_year() -> None:
    d = draft("Pact story\n\nVALMONT, May 3 (Reuters) - The bloc said on Monday it would send observers.\n")
    assert d.date.date is None and d.layout.dateline_day == (5, 3)


# --- 2. publisher and dateline ---------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "place"), [
    ("TBILISI (Reuters) - The bloc said on Monday it would send observers to the valley.", "Tbilisi"),
    ("VALMONT, May 3 (Reuters) - The bloc said on Monday it would send observers to the valley.", "Valmont"),
])
def test_wire_dateline_on_the_first_line(first: str, place: str) -> None:
    d = draft(first + '\n\n"We will be there," spokesman Ivan Dorokhov said.\n')
    assert d.document["source"]["publisher"] == "Reuters" and d.layout.dateline == place
    assert d.layout.title is None  # the dateline paragraph is never the title


def test_agency_slug_and_copyright_publishers() -> None:
    d = draft("Pact story\n\nASTRELL, November 3. /Varpress/. The speaker urged both sides to keep talking.\n")
    assert (d.document["source"]["publisher"], d.layout.dateline) == ("Varpress", "Astrell")
    d = draft("Pact story" + BODY + "\n© 2024 Lindmark Courier. All rights reserved.\n")
    assert d.document["source"]["publisher"] == "Lindmark Courier"


# --- 3. title ---------------------------------------------------------------------------------------------


def test_the_headline_under_page_furniture() -> None:
    d = draft("Asset 7\nEnd of content\nNo more pages to load\nLena Ortis\nPact Remains United, Says Bloc Chief"
              + BODY)
    assert d.document["source"]["title"] == "Pact Remains United, Says Bloc Chief"
    assert all(c.text != "Pact Remains United, Says Bloc Chief" for c in d.layout.chrome)


def test_no_headline_is_said_not_guessed() -> None:
    d = draft("Asset 7\nEnd of content" + BODY)
    assert d.document["source"]["title"] is None
    assert any(w["kind"] == "title_missing" for w in d.warnings)


# --- 4. speakers left empty -------------------------------------------------------------------------------


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"We will keep talking to our partners," spokesman Ivan Dorokhov said.', "Ivan Dorokhov"),
    ('"We expect full answers," the Moldovan Foreign Ministry said.', "Moldovan Foreign Ministry"),
    ('The Harbour Council met on Monday.\n\n«Порты останутся открытыми для всех,» the statement says.',
     "Harbour Council"),
    ('Министерство иностранных дел Варнии опубликовало заявление.\n\n«Порты останутся открытыми для всех», — '
     "говорится в заявлении.", "Министерство иностранных дел Варнии"),
])
def test_speakers_that_were_left_empty(paragraph: str, speaker: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]
    stub = next(a for a in d.document["actors"] if a["name"] == speaker)
    assert stub["kind"] == ("person" if speaker == "Ivan Dorokhov" else "organisation")


def test_the_prime_minister_named_earlier() -> None:
    d = draft('Pact story\n\nThe prime minister said the strike would end soon. He later accused them of "playing '
              'with the ports".\n\nPrime Minister Petru Zaric spoke in Valmont.\n')
    assert names(d, only(d)) == ["Petru Zaric"]


# --- 5. words that are not people -------------------------------------------------------------------------


def test_months_countries_and_holidays_are_not_people() -> None:
    d = draft('Pact story\n\nAt the summit at the end of October, President Ivan Dorokhov noted that "the pact is '
              'stronger than its quarrels".\n\nMoldova and the Unity Day were on the agenda, Moldova said.\n')
    assert names(d, only(d)) == ["Ivan Dorokhov"]
    assert [a["name"] for a in d.document["actors"]] == ["Ivan Dorokhov"]


# --- 6. a known actor in the sentence does not beat the speaker --------------------------------------------


def test_the_real_speaker_beats_a_known_actor() -> None:
    d = draft("Pact story\n\nThe agency quoted Mira Kell as saying that she took Putin's decision calmly, but added: "
              '"I have no regrets about the ports."\n')
    assert names(d, only(d)) == ["Mira Kell"]
    d = draft("Pact story\n\nZaric further refuted Putin's statement, noting that 'the cabinet was never asked'.\n")
    assert d.speakers_of(only(d)) == ["zaric"]


# --- 7. page chrome is never a quote ------------------------------------------------------------------------


def test_related_links_and_tickers_are_chrome() -> None:
    d = draft("Pact story" + BODY + "\n- Minister Zaric: 'We are not anyone's allies in this war.'\n"
              'Mayor cancels summit trip, says "not the right time"\n')
    assert quotes(d) == [] and [q for q in d.quotes if q.is_term] == []
    d = draft('BREAKING: Ferry strike spreads\nMayor cancels summit trip, says "not the right time"\n\nPact story'
              + BODY)
    assert d.quotes == [] and d.document["source"]["title"] == "Pact story"


# --- 8. quoted names -----------------------------------------------------------------------------------------


def test_a_quoted_name_is_not_a_quote() -> None:
    d = draft('Pact story\n\nZaric spoke during a "Question Hour" in parliament on Wednesday.\n')
    assert quotes(d) == [] and [q.text for q in d.quotes if q.is_term] == ["Question Hour"]


# --- 9. a speaker's short phrase -----------------------------------------------------------------------------


def test_a_short_phrase_quoted_from_a_speaker() -> None:
    d = draft('Pact story\n\nTASS quoted Zaric as saying that membership "creates serious risks".\n')
    q = only(d)
    assert q.kind == "quoted_phrase" and d.speakers_of(q) == ["zaric"]
    assert d.document["source"].get("author_terms", []) == []


# --- 10. one person, two spellings ---------------------------------------------------------------------------


def test_two_spellings_one_stub() -> None:
    d = draft('Pact story\n\nEnvoy Nikol Pashinyan arrived on Monday. "I came to listen," Pashinyan said. Later '
              'Pashinian added: "Nothing is decided yet."\n')
    assert [names(d, q) for q in quotes(d)] == [["Nikol Pashinyan"], ["Nikol Pashinyan"]]
    (stub,) = d.document["actors"]
    assert {"Pashinyan", "Pashinian"} <= set(stub["aliases"])


def test_a_known_actor_by_another_spelling_or_script() -> None:
    d = draft('Pact story\n\n«Пакт выдержит», — заявил Токаев.\n\n"It will hold," Tokaev said.\n')
    assert [d.speakers_of(q) for q in quotes(d)] == [["tokaev"], ["tokaev"]] and d.document["actors"] == []


# --- Russian ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("paragraph", [
    "«Союз останется единым», — заявил Токаев.",
    "Как отметил Токаев, «союз останется единым».",
    "„Союз останется единым“, — сказал Токаев.",
])
def test_russian_attributions(paragraph: str) -> None:
    d = draft("Пакт\n\n" + paragraph + "\n")
    q = only(d)
    assert d.speakers_of(q) == ["tokaev"] and q.text.lower().startswith("союз")
    assert any(w["kind"] == "translation_missing" for w in d.warnings)


def test_a_quote_carries_an_english_translation_beside_its_text() -> None:
    from pydantic import ValidationError

    from alliance_monitor.models import Quote

    record = {"id": "q-1", "source": "s", "speakers": ["tokaev"], "text": "Союз останется единым", "start": 10,
              "end": 31, "kind": "statement", "context": {"start": 0, "end": 40, "text": "x"},
              "attribution": {"confidence": "high", "basis": "заявил Токаев"}}
    quote = Quote.model_validate({**record, "translation_en": "The union will stay united"})
    assert quote.text == "Союз останется единым" and quote.translation_en == "The union will stay united"
    assert Quote.model_validate(record).translation_en is None
    with pytest.raises(ValidationError):
        Quote.model_validate({**record, "translation_en": ""})


# --- fresh2/'s misses (each kind on made-up examples; the forms are in dev/ d45-d61) ------------------------


@pytest.mark.parametrize(("head", "publisher"), [
    ("Compact delays vote on ferry levy\nHarbour Times\nJune 3, 2025\n", "Harbour Times"),
    ("Компакт проведёт учения\n\nГавань-Пресс\n14 мая 2025\n", "Гавань-Пресс"),
    ("Compact delays vote on ferry levy\nLena Ortis\nJune 3, 2025\n", None),
    ("Compact delays vote on ferry levy\nMeridian\nJune 3, 2025\n", None),
    ("Compact delays vote on ferry levy\nAnalysis\nJune 3, 2025\n", None),
])
def test_a_name_line_between_headline_and_date_is_not_the_title(head: str, publisher: str | None) -> None:
    d = draft(head + BODY)
    assert d.document["source"]["title"] == head.split("\n")[0]
    assert d.document["source"]["publisher"] == publisher
    name = head.split("\n")[-3]
    assert any(c.text == name for c in d.layout.chrome)


@pytest.mark.parametrize("standfirst", [
    "Maren Fisk, sworn in on Monday, says the dispute with Varnia has cost both countries far too much",
    "The vote came after three nights of debate.",
])
def test_a_standfirst_between_headline_and_byline_is_not_the_title(standfirst: str) -> None:
    d = draft("Kessel's new premier promises to end the quarrel\n" + standfirst + "\nBy Rune Dahl\nJuly 8, 2025\n"
              + BODY)
    assert d.document["source"]["title"] == "Kessel's new premier promises to end the quarrel"
    assert [p.role for p in d.layout.paragraphs if p.text == standfirst] == ["standfirst"]


@pytest.mark.parametrize("menu", ["Sections", "Разделы", "All sections", "Navigation"])
def test_a_menu_line_is_never_the_title_of_a_page_without_headline(menu: str) -> None:
    d = draft(menu + "\n\nPublished: 4 March 2025" + BODY)
    assert d.document["source"]["title"] is None and any(c.text == menu for c in d.layout.chrome)
    assert any(w["kind"] == "title_missing" for w in d.warnings)


@pytest.mark.parametrize(("first", "place", "publisher", "day"), [
    ("ASTRELL, Kessel, Aug. 9 (Meridian) - The Compact will hold drills off Astrell next week.", "Astrell",
     "Meridian", (8, 9)),
    ("LINDMARK, Varnia, Sept. 14 (Harbour Wire) — Varnia reopened the Lindmark crossing on Sunday.", "Lindmark",
     "Harbour Wire", (9, 14)),
    ("ASTRELL, Kessel, Aug 9 (Meridian) - The Compact will hold drills off Astrell next week.", "Astrell",
     "Meridian", (8, 9)),
    ("АСТРЕЛЛ, Кессель, 9 авг /Меридиан/ — Компакт проведёт учения у островов на следующей неделе.", "Астрелл",
     "Меридиан", (8, 9)),
])
def test_a_dateline_with_a_region_and_an_abbreviated_month(first: str, place: str, publisher: str,
                                                           day: tuple[int, int]) -> None:
    d = draft("Pact story\n\n" + first + "\n")
    assert (d.layout.dateline, d.document["source"]["publisher"], d.layout.dateline_day) == (place, publisher, day)


@pytest.mark.parametrize(("page", "publisher"), [
    ("VALMONT, Varnia (NP) — Kessel and Varnia signed a fishing agreement on Friday.\n\nCopyright 2025 The "
     "Northern Press. All Rights Reserved.\n", "The Northern Press"),
    ("The council met on Monday and kept the island schools open.\n\n© 2025 The Island Herald\n",
     "The Island Herald"),
    ("By CLARA WENDT Associated Press\n\nVALMONT, Varnia (AP) — The border crossing reopened on Monday.\n\n"
     "Copyright 2024 The Associated Press. All Rights Reserved.\n", "Associated Press"),
])
def test_the_publisher_keeps_its_name_as_printed(page: str, publisher: str) -> None:
    # The copyright line prints "The Northern Press": so does the draft; a byline printing "Associated Press"
    # comes first and is kept as it prints it.
    assert draft("Pact story\n\n" + page).document["source"]["publisher"] == publisher


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('Tide Watch, a fishermen\'s movement that grew out of the strikes, blocked the quay. "We will stay until the '
     'quotas are fair," the movement said.', "Tide Watch"),
    ('The Blue Road, a student coalition, joined the protest. "The harbour belongs to everyone," the coalition '
     'said in a leaflet.', "Blue Road"),
    ('Green Shore, a protest movement, marched on Friday.\n\n"The strait does not need more warships," the movement '
     'said.', "Green Shore"),
    ('The protest movement Green Shore marched on Friday. "No more warships," the movement said.', "Green Shore"),
    ('Green Shore, which calls itself a protest movement, marched. "No more warships," the movement said.',
     "Green Shore"),
])
def test_a_movement_named_in_apposition_is_that_organisation(paragraph: str, speaker: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]
    (stub,) = d.document["actors"]
    assert stub["kind"] == "organisation"


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('The Lindmark Port Authority closed the north quay. "The quay will reopen soon," it said in a statement.',
     "Lindmark Port Authority"),
    ('The Varnian Transport Ministry sent two engineers. "No ship will be turned away," it said on its website.',
     "Varnian Transport Ministry"),
    ('The Harbour Council met on Monday. It said in a statement: "The ports stay open."', "Harbour Council"),
])
def test_it_said_is_the_organisation_named_before(paragraph: str, speaker: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]


def test_it_said_with_no_organisation_before_names_no_one() -> None:
    d = draft('Pact story\n\nMarek Lind spoke on Monday. "The quay will reopen soon," it said.\n')
    assert names(d, only(d)) != ["Marek Lind"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("Как заявила журналистам официальный представитель Компакта Ганна Рийк, «корабли останутся в море».",
     "Ганна Рийк"),
    ("Как сообщил агентству пресс-секретарь министерства обороны Кесселя Олег Варин, «Кессель пришлёт два судна».",
     "Олег Варин"),
    ("Как рассказал газете министр обороны Кесселя Олег Варин, «суда придут».", "Олег Варин"),
])
def test_kak_zayavil_with_an_addressee_and_a_role_before_the_name(paragraph: str, speaker: str) -> None:
    d = draft("Пакт\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]


def test_kak_otmetil_a_role_of_a_body_is_not_the_body() -> None:
    # the fallback above takes a person after the role, never the body the role is of
    d = draft("Пакт\n\nГлава МИД Кесселя Лена Ортис прибыла в Варнию.\n\nКак отметил глава МИД, «разногласия будут "
              "решены к весне».\n")
    assert "МИД" not in names(d, only(d))


@pytest.mark.parametrize(("paragraph", "speakers"), [
    ('Interior Minister Vera Kaln and her Kessel counterpart Johan Strell said after the meeting: "Smugglers do '
     'not stop at the barrier."', ["Vera Kaln", "Johan Strell"]),
    ('"A lorry should cross in an hour," Trade Minister Ada Moll and his Varnian counterpart, Ivo Brandt, told '
     "reporters.", ["Ada Moll", "Ivo Brandt"]),
    ('"We patrol together now," Interior Minister Vera Kaln and her Kessel counterpart Johan Strell said.',
     ["Vera Kaln", "Johan Strell"]),
    ('"We patrol together," Interior Minister Vera Kaln and her counterpart from Kessel, Johan Strell, said.',
     ["Vera Kaln", "Johan Strell"]),
])
def test_two_speakers_joined_through_a_descriptor(paragraph: str, speakers: list[str]) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == speakers


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('Prime Minister Petru Zaric spoke in parliament. "Every island keeps its boat," Mr Zaric said.', "Petru Zaric"),
    ('"Every island keeps its boat," Mr. Zaric said.', "Petru Zaric"),
    ('"Every island keeps its boat," said Mr Zaric.', "Petru Zaric"),
    ('The plan was questioned by Dr. Hanna Vell. "Patients cannot wait," Dr Vell said.', "Hanna Vell"),
    ('The navy will help, said Gen. Arno Oster. "We have two ships ready," Gen. Oster said.', "Arno Oster"),
    ('Ms Ilse Brand welcomed the plan. "It is a start," Ms Brand told reporters.', "Ilse Brand"),
    ('Mrs Ilse Brand welcomed the plan. Mrs Brand said: "It is a start."', "Ilse Brand"),
])
def test_an_honorific_before_a_name(paragraph: str, speaker: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]
    assert all(not a["name"].startswith(("Mr", "Ms", "Dr", "Gen")) for a in d.document["actors"])


@pytest.mark.parametrize(("paragraph", "name", "alias"), [
    ("По словам вице-премьера Варнии Павла Сорина, «снижение пошлин поможет мельницам».", "Павел Сорин",
     "Павла Сорина"),
    ("По словам министра финансов Кесселя Ирины Марковой, «Кессель ответит тем же».", "Ирина Маркова",
     "Ирины Марковой"),
    ("По мнению советника президента Андрея Белецкого, «цены на хлеб упадут».", "Андрей Белецкий",
     "Андрея Белецкого"),
    ("По словам главы МИД Кесселя Эльзы Дорн, «суда придут».", "Эльза Дорн", "Эльзы Дорн"),
])
def test_a_new_person_named_only_in_the_genitive_gets_a_nominative_stub(paragraph: str, name: str,
                                                                        alias: str) -> None:
    d = draft("Пакт\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [name]
    (stub,) = d.document["actors"]
    assert stub["name"] == name and alias in stub["aliases"]


@pytest.mark.parametrize(("oblique", "nominative"), [
    ("Павла Сорина", "Павел Сорин"), ("Ирины Марковой", "Ирина Маркова"), ("Андрея Белецкого", "Андрей Белецкий"),
    ("Игоря Ласточкина", "Игорь Ласточкин"), ("Марии Сокольской", "Мария Сокольская"),
    ("Ольги Петровой", "Ольга Петрова"), ("Льва Гайдая", "Лев Гайдай"), ("Ганны Рийк", "Ганна Рийк"),
    ("Ивана Ивановича Петрова", "Иван Иванович Петров"), ("Анны Сергеевны Котовой", "Анна Сергеевна Котова"),
    ("Ивану Сорину", "Иван Сорин"), ("Иваном Сориным", "Иван Сорин"),
])
def test_russian_names_back_in_the_nominative(oblique: str, nominative: str) -> None:
    assert russian_nominative(oblique) == nominative


def test_a_name_already_in_the_nominative_after_a_genitive_role_stays() -> None:
    assert russian_nominative("Андрей Белецкий") is None
    d = draft("Пакт\n\nСоветник президента Андрей Белецкий заявил: «Цены на хлеб упадут».\n")
    assert names(d, only(d)) == ["Андрей Белецкий"]
    # a name right before its verb is the verb's subject, in the nominative, even after a genitive role
    d = draft("Пакт\n\nЖена министра Анна Сорина заявила: «Мы остаёмся».\n")
    assert names(d, only(d)) == ["Анна Сорина"]



# --- fresh3/'s misses (each kind on made-up examples; the forms are in dev/ d62-) ---------------------------------


@pytest.mark.parametrize(("line", "iso"), [
    ("Source: Harbour Wire | 2025-02-11 08:15:02 | Editor: Ola Fenn", "2025-02-11"),
    ("Updated 5:02 PM GMT+2, October 3, 2024", "2024-10-03"),
    ("Published: 07:20 CET, 9 May 2025 | Updated: 11:45 CET, 10 May 2025", "2025-05-09"),
    ("Updated: 11:45 CET, 10 May 2025 | Published: 07:20 CET, 9 May 2025", "2025-05-09"),
    ("Posted on March 4, 2025 by Ines Varg", "2025-03-04"),
    ("January 27, 2025 | 6:05 PM", "2025-01-27"),
    ("Last modified: 23/06/2025 - 16:05", "2025-06-23"),
    ("Опубликовано: 14.09.2025 в 09:15", "2025-09-14"),
    ("09:40, 2 июня 2025", "2025-06-02"),
    ("Обновлено: 2025-06-02T09:40+03:00", "2025-06-02"),
])
def test_printed_date_lines_with_times_zones_labels_and_fields(line: str, iso: str) -> None:
    d = draft("Compact delays vote on ferry levy\n" + line + BODY)
    # a line that prints only an update's date gives it at low confidence since round 15 (fresh14's f1403, f1406:
    # an update's date is never the publication date, which may be earlier)
    only_update = re.match(r"(?:Updated|Last modified|Обновлено)\b", line) is not None and "Published" not in line
    assert (d.date.date, d.date.confidence) == (iso, "low" if only_update else "high")
    assert any(c.text == line for c in d.layout.chrome)


@pytest.mark.parametrize("line", ["Home | News | World", "The vote was on 3 May 2024 | and more"])
def test_a_line_with_bars_is_a_date_line_only_when_every_field_is_meta(line: str) -> None:
    assert parse_date(line) is None


def test_a_meta_line_names_the_publisher_and_a_posted_line_the_author() -> None:
    d = draft("Source: Harbour Wire | 2025-02-11 08:15:02 | Editor: Ola Fenn\n" + BODY)
    assert d.document["source"]["publisher"] == "Harbour Wire"
    d = draft("Why the ferry levy will not go away\nPosted on March 4, 2025 by Ines Varg\n" + BODY)
    assert d.layout.byline_name == "Ines Varg"


def test_an_ambiguous_day_and_month_in_a_new_form_stays_flagged() -> None:
    d = draft("Compact delays vote on ferry levy\nLast modified: 03/04/2025 - 10:00 UTC+3" + BODY)
    assert d.date.confidence != "high" and any(w[0] == "date_ambiguous" for w in d.date.warnings)


@pytest.mark.parametrize(("url", "iso"), [
    ("https://www.meridian.example/world/storm-warnings-staven-2025-09-12/", "2025-09-12"),
    ("https://example.org/news/pact_2025-09-12.html", "2025-09-12"),
])
def test_a_date_ending_the_url_slug(url: str, iso: str) -> None:
    assert url_date(url) == iso
    assert draft("Pact story" + BODY, url=url).date.date == iso


def test_a_wire_dateline_with_a_double_hyphen() -> None:
    d = draft("Pact story\n\nVALMONT, Nov. 18 (Nordpost) -- The Compact declined to take sides on Monday.\n")
    assert (d.layout.dateline, d.document["source"]["publisher"]) == ("Valmont", "Nordpost")


@pytest.mark.parametrize(("head", "title"), [
    ("Home\nNews\nSport\nVarnia's coast guard gets three new cutters\n4 hours ago\nShare\nSave\n",
     "Varnia's coast guard gets three new cutters"),
    ("Все новости\nМир\nКессель отправит в пролив еще два корабля\n", "Кессель отправит в пролив еще два корабля"),
    ("Политика\nВарния продлит аренду причалов Кесселю\nОпубликовано: 12.09.2025 в 09:15\n",
     "Варния продлит аренду причалов Кесселю"),
    ("Мир\n14:22, 6 октября 2025\nВолков назвал Кессель соседом\nПрезидент призвал не превращать спор в "
     "конфликт\nДарья Млынова (редактор отдела «Мир»)\n", "Волков назвал Кессель соседом"),
    ("Главная › Новости › Общество\n", None),
    ("Video PlayerClose\n", None),
    ("Ortis rules out a referendum\nForeign minister says membership \"is not a question for us\"\nBy Anders "
     "Kolb\nWednesday, October 15, 2025\n", "Ortis rules out a referendum"),
])
def test_menu_words_section_labels_and_a_quoting_standfirst_are_not_the_title(head: str, title: str | None) -> None:
    d = draft(head + BODY)
    assert d.document["source"]["title"] == title


def test_reader_comments_and_related_coverage_quote_nothing() -> None:
    page = ("Kessel raises its herring quota\n\nKessel raised its herring quota by a tenth on Wednesday, the "
            "ministry said.\n\nRELATED COVERAGE\nVarnia says 'our boats will follow the science' on quotas\n\n"
            "Comments (3)\nHarbourWatcher: \"This will empty the sea again.\"\nNordic_Gull: Good news for the "
            "fleet.\n")
    d = draft(page)
    assert d.quotes == []
    assert any(c.text.startswith("Comments (3)") for c in d.layout.chrome)


def test_a_standfirst_quoting_the_body_is_not_a_second_quote() -> None:
    d = draft("Kessel raises its herring quota\nMinister says the stocks \"have come back\"\nBy Anna Rask\n"
              "April 10, 2025\n\n\"The stocks have come back,\" Fisheries Minister Lars Dal told parliament.\n")
    assert [q.text for q in quotes(d)] == ["The stocks have come back,"]



@pytest.mark.parametrize("page", [
    'Pact story\n\n"We will not sell the harbour," Ola Fenn told reporters. "We go today.\n\n"Our members voted '
    'for it."\n',
    "Пакт\n\n«Мы ждали три месяца», — сказал Эрик Вейс. «Больше ждать не будем.\n\n«Порт встанет утром».\n",
])
def test_a_quote_running_on_into_the_next_paragraph_is_one_quote_per_paragraph(page: str) -> None:
    d = draft(page)
    texts = [q.text for q in quotes(d)]
    assert len(texts) == 3 and all("\n" not in t for t in texts)
    assert {tuple(names(d, q)) for q in quotes(d)} in ({("Ola Fenn",)}, {("Эрик Вейс",)})


def test_a_plural_possessive_before_the_role_is_not_the_speaker() -> None:
    d = draft("Pact story\n\nVarnia's Reds said on Monday they would leave the coalition.\n\n\"We will not sell "
              "the harbour,\" the Reds' leader, Ola Fenn, told reporters.\n")
    assert names(d, only(d)) == ["Ola Fenn"]


@pytest.mark.parametrize(("page", "term"), [
    ("Пакт\n\nЛидер оппозиционной партии «Новая Варния» Анна Берг потребовала отставки министра.\n", "Новая Варния"),
    ("Пакт\n\nБерг заявила об этом в интервью газете «Северный курьер» в понедельник.\n", "Северный курьер"),
    ("Пакт\n\nВ движении «Чистый залив» поддержали требование оппозиции.\n", "Чистый залив"),
    ('Pact story\n\nThe leader of the opposition party "Free Coast" called for an inquiry.\n', "Free Coast"),
    ('Pact story\n\nLind told the newspaper "Astrell Evening" on Monday.\n', "Astrell Evening"),
    ('Pact story\n\nThey will vote against what critics have taken to calling the "harbour deal".\n', "harbour deal"),
])
def test_the_name_of_a_party_movement_or_newspaper_in_quotes_is_a_term(page: str, term: str) -> None:
    d = draft(page)
    assert quotes(d) == [] and [q.text for q in d.quotes if q.is_term] == [term]



@pytest.mark.parametrize(("page", "speakers"), [
    # a body named in full, then by its common noun
    ("Pact story\n\nVarnia's port authority said on Wednesday that lorries would wait. \"We have lost two "
     "cranes,\" the authority said.\n", ["Varnia's port authority"]),
    # the text says the Compact is the alliance
    ("Pact story\n\nThe Harbour Compact, the alliance of the four coastal states, offered engineers. \"We have "
     "cranes to spare,\" the alliance said.\n", ["Harbour Compact"]),
    # a body by its full name writes on a social network
    ("Pact story\n\n\"The first crossing is booked,\" Kessel's transport ministry wrote on Telegram.\n",
     ["Kessel's transport ministry"]),
    # two people speaking jointly
    ("Pact story\n\nVarnian Minister Jan Kolb and his Kessel counterpart Eva Strand met in Astrell on Monday. "
     "\"The ferry will sail again,\" the two ministers said in a joint statement.\n", ["Jan Kolb", "Eva Strand"]),
    # a role alone before the verb: the person named before with it
    ("Pact story\n\nLindmark's governor, Sara Holm, has asked for more boats.\n\nAsked about it, the governor "
     "said: \"I ask for them every month.\"\n", ["Sara Holm"]),
    ("Пакт\n\nПосол Варнии Нина Рауд встретилась с министром.\n\nПосле встречи с министром посол сказала: "
     "«Визы будут выдавать за неделю».\n", ["Нина Рауд"]),
    # the paper quotes someone: the one quoted speaks
    ("Pact story\n\nThe Harbour Times quoted Holm's deputy, Tor Ness, as saying the boats were needed \"before "
     "the autumn storms\".\n", ["Tor Ness"]),
    ("Пакт\n\n«Мы подпишем протокол до конца мая», — цитирует Варпресс заместителя министра транспорта Кесселя "
     "Олега Сандера.\n", ["Олег Сандер"]),
    ("Пакт\n\nМинистр транспорта Варнии Ян Колб выступил в парламенте.\n\n«Линия окупится за два года», — "
     "цитирует Колба агентство Интерварн.\n", ["Ян Колб"]),
    # a post on a social network
    ("Пакт\n\n\"Паромы пойдут в июле\", - написал министр транспорта Ян Колб в своем Telegram-канале.\n",
     ["Ян Колб"]),
    # the speaker in the next sentence
    ("Пакт\n\nМинистр Эрик Хаген прилетел в Вальмонт.\n\n«Мы ответим тем же». Об этом журналистам заявил "
     "Хаген.\n", ["Эрик Хаген"]),
    # the body in which it was said
    ("Пакт\n\nВ МИД Кесселя назвали встречу «полезной, хотя и слишком короткой».\n", ["МИД Кесселя"]),
    # a body by its common noun before the verb and a colon
    ("Pact story\n\nKessel's foreign ministry summoned the ambassador.\n\nIn a statement, the ministry said: "
     "\"The arrest is unacceptable.\"\n", ["Kessel's foreign ministry"]),
    # a country's possessive before a capitalised role and the name
    ("Pact story\n\n\"The trawler will be released,\" Varnia's Interior Minister Vera Kaln said.\n", ["Vera Kaln"]),
    # a Russian role with no name, and the surname in the genitive, after the full name
    ("Пакт\n\nОб этом сообщил командующий генерал Отто Рейн.\n\n«Мы не меняем планы», — сказал генерал.\n",
     ["Отто Рейн"]),
    ("Пакт\n\nОб этом сообщил командующий генерал Отто Рейн.\n\nПо словам Рейна, учения «не направлены против "
     "соседей».\n", ["Отто Рейн"]),
])
def test_speakers_of_bodies_joint_statements_roles_citing_and_next_sentences(page: str,
                                                                             speakers: list[str]) -> None:
    d = draft(page)
    assert names(d, only(d)) == speakers


def test_an_unnamed_source_telling_an_agency_has_no_speaker_and_signing_is_no_subscription() -> None:
    d = draft("Пакт\n\nМинистр Эрик Сван прилетел в Астрелл.\n\n«Текст согласован, осталось подписать его», — "
              "рассказал Варпрессу источник в правительстве.\n\nПодписывайтесь на Варпресс в Telegram\n")
    q = only(d)
    assert d.speakers_of(q) == [] and q.attribution is not None and q.attribution.note
    assert [c.kind for c in d.layout.chrome] == ["subscription"]


def test_what_he_called_is_his_phrase_what_critics_call_is_a_term() -> None:
    d = draft("Pact story\n\nDr Ivo Marant declined to comment on what he called \"a matter for the capitals\".\n")
    assert names(d, only(d)) == ["Ivo Marant"]
    d = draft("Pact story\n\nThe vote ended what critics call his \"ferry diplomacy\".\n")
    assert quotes(d) == []


def test_a_russian_verb_of_naming_has_its_subject_as_speaker() -> None:
    d = draft("Пакт\n\nРанее министр транспорта Кесселя Эрик Сван назвал переговоры «долгими, но полезными».\n")
    assert names(d, only(d)) == ["Эрик Сван"]


def test_an_agency_in_capitals_after_a_dotted_dateline() -> None:
    d = draft("Пакт\n\nЛиндмарк. 12 июня. ВАРПРЕСС - Кессель и Варния подпишут соглашение о маяках.\n\n© 2025 "
              "Варпресс\n")
    assert (d.layout.dateline, d.document["source"]["publisher"], d.layout.dateline_day) == (
        "Линдмарк", "Варпресс", (6, 12))


@pytest.mark.parametrize(("page", "speaker"), [
    ("Pact story\n\nDr. Nora Falk, an energy researcher at the University of Lindmark, said the quay was a small "
     "step with a large signal: \"Every port will be asked why.\"\n", "Nora Falk"),
    ("Pact story\n\n\"We will not be the last port on this coast.\"\n\nThat was the message from Lindmark's "
     "harbour master, Pia Lenk, as she opened the quay.\n", "Pia Lenk"),
    ("Пакт\n\n«Сбор останется до тех пор, пока не построят причал». Такое мнение высказал министр финансов "
     "Варнии Ивар Лунд.\n", "Ивар Лунд"),
])
def test_a_speaker_before_a_long_apposition_or_in_the_sentence_after(page: str, speaker: str) -> None:
    d = draft(page)
    assert names(d, only(d)) == [speaker]


@pytest.mark.parametrize(("page", "body"), [
    ("Pact story\n\nKessel's fisheries agency asked for a survey.\n\n\"The numbers are old,\" said Ines Marr, a "
     "skipper.\n\nThe statement added that the agency would \"pay for half of the ships\".\n",
     "Kessel's fisheries agency"),
    ("Пакт\n\nМИД Кесселя опубликовал ответ.\n\n«Мы не нарушали границ», — заявил капитан Олег Берг.\n\nВ "
     "заявлении также говорится, что Кессель «готов передать спор в арбитраж».\n", "МИД Кесселя"),
])
def test_a_statement_reported_indirectly_speaks_for_the_body_named_last(page: str, body: str) -> None:
    d = draft(page)
    assert names(d, quotes(d)[-1]) == [body]


def test_the_alliance_is_the_organisation_just_named_by_its_own_name() -> None:
    compact = Actor(id="harbour-compact", name="Harbour Compact", aliases=["the Compact"], kind=ActorKind.ORGANISATION)
    known = Known(actors=[*KNOWN.actors, compact])
    d = draft("Pact story\n\nThe Harbour Compact urged both members to settle. \"Two members need no referee,\" the "
              "alliance said.\n", known=known)
    assert d.speakers_of(only(d)) == ["harbour-compact"]
    # a ministry is not "the alliance"
    d = draft("Pact story\n\nKessel's foreign ministry urged both members to settle. \"Two members need no "
              "referee,\" the alliance said.\n", known=known)
    assert d.speakers_of(only(d)) != ["kessel-s-foreign-ministry"]


# --- fresh14/'s misses (round 15a; each kind on made-up examples; the forms are in dev/ d260-) ---------------------


@pytest.mark.parametrize(("page", "url", "publisher"), [
    # f1406 (d261): a blog's name on its first line, the host spelling it as one hyphenated part of its label
    ("Bay Watch\nNotes on politics around the Ostrava Bay\nHome  About  Archive\n\nWhy Kessel says no" + BODY,
     "https://baywatch-notes.example/2026/11/22/why-kessel-says-no/", "Bay Watch"),
    # f1403 (d260): a consulate's own site, its name on the first line
    ("Consulate General of Lindmark in Oskby\nHome | Visas | News\n\nA visa desk at the harbour" + BODY, None,
     "Consulate General of Lindmark in Oskby"),
])
def test_the_publisher_a_blog_or_a_consulate_names_on_its_first_line(page: str, url: str | None,
                                                                    publisher: str) -> None:
    assert draft(page, url=url).document["source"]["publisher"] == publisher


def test_a_short_word_of_the_host_is_not_the_whole_name() -> None:
    # "bay" alone (under six letters) is no name the host spells
    page = "Bay\nHome  About  Archive\n\nWhy Kessel says no" + BODY
    assert draft(page, url="https://bay-notes.example/why-kessel-says-no/").document["source"]["publisher"] is None


@pytest.mark.parametrize(("page", "title", "date"), [
    # f1413 (d263): a question over the date line with the episode's running time; "Episode 112" is a label
    ("Compact Matters\nEpisodes | Hosts | Support us\n\nEpisode 112\n\nCan the Compact survive a fee war?\n\n"
     "26 Nov 2026 · 38 min\nDownload MP3" + BODY, "Can the Compact survive a fee war?", "2026-11-26"),
    # f1404 (d264): a question over a venue and a "Posted" line (the page type's label "Event summary" above it is
    # passed over by the URL's slug, in d264; without a URL it is left: README, round 15a)
    ("LISA\nResearch | Events | About\n\nWho guards the bay?\n\nVenue: LISA Hall\n"
     "Posted 19 November 2026" + BODY, "Who guards the bay?", "2026-11-19"),
    # f1408 (d266): a question over the byline, under an advertisement's line of furniture
    ("HARBOUR WIRE\nAdvertisement · Scroll to continue\n\nFACTBOX-What is behind the fee dispute?\n\n"
     "By Harbour Wire staff\nNovember 26, 2026 5:48 PM GMT+1" + BODY, "FACTBOX-What is behind the fee dispute?",
     "2026-11-26"),
    # f1405 (d265): a reader's credit is a byline, never the title
    ("Radio Oskby 97.4\nListen live ▶\n\nThe 8 o'clock news: Monday 23 November\n\nRead by Ebba Lund" + BODY,
     "The 8 o'clock news: Monday 23 November", None),
    # f1416 (d268): a view counter is a field of the date line
    ("Колонки\n\nПаромы и лёд\n\n8 декабря 2026, 12:00 · 1 240 просмотров\n\nМинистры встретились в понедельник и "
     "долго говорили о портах и патрулях.\n", "Паромы и лёд", "2026-12-08"),
])
def test_a_question_headline_labels_and_credits(page: str, title: str, date: str | None) -> None:
    d = draft(page)
    assert d.layout.title is not None and d.layout.title.text == title
    assert d.date.date == date


def test_a_question_in_the_text_is_still_text() -> None:
    # a short question with no date line under it opens the article
    d = draft("Pact story\n\nWho pays for the dredging?\n\nThe ministers met on Monday and talked for a long time "
              "about the ports.\n")
    assert d.layout.title is not None and d.layout.title.text == "Pact story"


def test_a_related_events_list_is_no_clue_to_the_date() -> None:
    d = draft("Who guards the bay?\nPosted 2 October 2026" + BODY + "\nRelated events\nFishing quotas after the "
              "Compact (14 January 2027)\n")
    assert (d.date.date, d.date.confidence) == ("2026-10-02", "high")


@pytest.mark.parametrize(("page", "url", "publisher"), [
    # f1404 (d264): the page's own full form of the initials on its first line
    ("LISA\nLindmark Institute for Strategic Affairs\nResearch | Events\n\nWho guards the bay?" + BODY,
     "https://www.lisa-tarn.example/events/who-guards-the-bay", "Lindmark Institute for Strategic Affairs"),
    ("OBSR\nOstrava Bay Security Review\nResearch | Events\n\nWho guards the bay?" + BODY,
     "https://www.obsr.example/events/who-guards-the-bay", "Ostrava Bay Security Review"),
    # f1405 (d265): a station's frequency is not its name
    ("Radio Oskby 97.4\nListen live ▶\n\nThe 8 o'clock news" + BODY + "\n© Radio Oskby 2026\n",
     "https://www.radiooskby.example/news/bulletins/2026-11-23-0800", "Radio Oskby"),
    # f1416 (d268): a masthead in guillemets
    ("«Харлский еженедельник»\nПолитика | Экономика | Общество\n\nКессель играет в долгую\n\nМинистры встретились "
     "в понедельник и долго говорили о портах и патрулях.\n", None, "Харлский еженедельник"),
])
def test_the_publisher_by_its_full_form_without_frequency_or_marks(page: str, url: str | None,
                                                                   publisher: str) -> None:
    assert draft(page, url=url).document["source"]["publisher"] == publisher


def test_a_dateline_of_a_place_in_capitals_its_region_and_a_dash() -> None:
    # f1402 (d267)
    d = draft("Pact story\n\nTARN, Lindmark — Lindmark and Kessel will begin joint patrols next spring, their "
              "ministers said.\n")
    assert d.layout.dateline == "Tarn"
    # a region needs the place in capitals: "Since coming to power, Zaric ..." is no dateline
    assert draft("Pact story\n\nHarl, Varnia — the talks went on.\n").layout.dateline is None


# --- the corpus ---------------------------------------------------------------------------------------------------


def test_the_held_out_corpus_meets_the_targets() -> None:
    totals = corpus_totals(evaluate_corpus(CORPUS / "test"))
    assert totals.articles >= 20
    assert totals.failures() == []


def test_the_first_fresh_batch_now_development_meets_the_targets() -> None:
    # fresh/ was the clean estimate once; its misses were then fixed on new dev/ articles, so it is development
    # data now (README), held to the targets like dev/.
    totals = corpus_totals(evaluate_corpus(CORPUS / "fresh"))
    assert totals.articles >= 10 and totals.failures() == []


def test_the_second_fresh_batch_now_development_meets_the_targets() -> None:
    # fresh2/ was the clean estimate once (README: its figures then); its misses were then fixed on new dev/
    # articles (d45-d61), so it is development data now, held to the targets like fresh/ (its menu line taken
    # as the title, once a strict expected failure here, is among them).
    totals = corpus_totals(evaluate_corpus(CORPUS / "fresh2"))
    assert totals.articles >= 16 and totals.failures() == []


def test_the_third_fresh_batch_now_development_meets_the_targets() -> None:
    # fresh3/ was the clean estimate once (README: its figures then, in fresh3.scored.txt); its misses were then
    # fixed as kinds on new dev/ articles (d62-d90), so it is development data now, held to the targets like
    # fresh2/.
    totals = corpus_totals(evaluate_corpus(CORPUS / "fresh3"))
    assert totals.articles == 24 and totals.failures() == [] and totals.confident_wrong_dates == 0


def test_the_fourth_fresh_batch_now_development_meets_the_targets() -> None:
    # fresh4/ was the clean estimate of round 4 (README: scored once, in fresh4.scored.txt: title 62%, publisher
    # 46%, speakers 65.8%, 15 pieces of chrome as content). Round 5 read its misses and fixed them as kinds on new
    # dev/ articles (d91-d133), so it is development data now, held to the targets like fresh3/: a development
    # figure, not a measure.
    totals = corpus_totals(evaluate_corpus(CORPUS / "fresh4"))
    assert totals.articles == 24 and totals.failures() == [] and totals.confident_wrong_dates == 0


def test_the_fifth_fresh_batch_now_development_meets_the_targets() -> None:
    # fresh5/ was the clean estimate of round 5 (README: scored once, in fresh5.scored.txt: recall 89.7%, speakers
    # 70.5%, title 79%, publisher 58%, 6 pieces of chrome as content). Round 6 read its misses and fixed them as
    # kinds on new dev/ articles (d134-d189), so it is development data now, held to the targets like fresh4/: a
    # development figure, not a measure.
    totals = corpus_totals(evaluate_corpus(CORPUS / "fresh5"))
    assert totals.articles == 24 and totals.failures() == [] and totals.confident_wrong_dates == 0


def test_the_sixth_fresh_batch_now_development_holds_round_7s_figures() -> None:
    # fresh6/ was the clean estimate of round 6 (README: scored once, in fresh6.scored.txt: recall 84.3%, speakers
    # 80.0%, publisher 71%, one wrong date above low confidence). Round 7 read its misses and fixed kinds on new dev/
    # articles (d190-d205), so it is development data now: a development figure, not a measure. Round 7 did not
    # reach every target on it (README: the kinds that remain); this holds what it reached, and what it has not
    # reached stays named here, so that a later round that reaches it must update this test.
    totals = corpus_totals(evaluate_corpus(CORPUS / "fresh6"))
    assert totals.articles == 24 and totals.confident_wrong_dates == 0
    assert totals.date >= 0.95 and totals.title >= 0.95 and totals.dateline >= 0.95
    # speakers: 82.6% -> 83.7% after round 20a (bodies and unnamed voices as speakers, a title before a name)
    # precision 96.6% -> 97.7%, chrome 2 -> 1 after round 21b (a live blog's entry heading under its time stamp is
    # furniture, f604; "nicknamed" names)
    # speakers 83.7% -> 84.9% after round 23a (a bare title is the holder the page named without a place, f603)
    assert totals.quote_recall >= 0.955 and totals.quote_precision >= 0.977 and totals.speaker_accuracy >= 0.848
    # publisher: 79% after round 7, 83% after round 8, 96% after round 10 (the URL's host and the full name), 100%
    # after round 21b (a channel's name over its audience count, f619); title 96% -> 100% after round 21b (a post's
    # line introducing with a colon is no headline, f619)
    assert totals.chrome_as_content <= 1 and totals.publisher == 1.0 and totals.title == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["quote_recall", "speaker_accuracy", "chrome_as_content"]


def test_the_seventh_fresh_batch_now_development_holds_round_8s_figures() -> None:
    # fresh7/ was the clean estimate of round 7 (README: scored once, in fresh7.scored.txt: recall 85.6%, precision
    # 91.7%, speakers 81.8%, chrome 5, title 79%, publisher 62%, date 88%). Round 8 read its misses and fixed kinds on
    # new dev/ articles (d206-d212), so it is development data now: a development figure, not a measure. Round 8 did
    # not reach every target on it (README: the kinds that remain); this holds what it reached, and what it has not
    # reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh7")
    totals = corpus_totals(scores)
    assert totals.articles == 24 and sum(s.gold_quotes for s in scores) == 90 and totals.confident_wrong_dates == 0
    # speakers: 85.4% after round 11, 86.5% after round 12 (a ministry named in full with its republic's name)
    # precision 93.7% -> 94.7% after round 14 (a capitalised Russian quotation straight after a noun is a name),
    # 94.7% -> 95.7% after round 20b (the notes list the text cites by footnote marks is chrome, f709); speakers
    # 86.5% -> 88.8% after round 20a (a body named by its people's word and a lower-case noun, "it" the body that
    # spoke before, an unnamed spokesperson for a body)
    # precision 95.7% -> 96.7% after round 21b (a live blog's key events and entry headings are furniture, f706);
    # speakers 88.8% -> 89.9% after round 21a (a company between commas after what it is, "The operator,
    # Kesselline,", f705); precision 96.7% -> 97.8% after round 22b (a thing's name given in the passive, «его
    # называют «...»», is no quote, f723); speakers 89.9% -> 91.0% after round 26a (a pronoun after an object of
    # the subject's verb is the subject's, f705)
    assert totals.quote_recall >= 0.988 and totals.quote_precision >= 0.977 and totals.speaker_accuracy >= 0.909
    # publisher: 79% after round 8, 100% after round 10 (the URL's host and the full name); title 92% -> 96% after
    # round 14 (a headline wholly a quotation stays the headline over a standfirst that shares the slug's words), 96%
    # -> 100% after round 21b (a post's line introducing with a colon is no headline, f719); chrome 2 -> 1 after round
    # 20b (f709's notes list), 1 -> 0 after round 21b (f706's entry heading)
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher == 1.0
    # date: 88% -> 92% after round 15a (a running time or a view counter beside the date is a field of its line),
    # 92% -> 96% after round 21b (the URL's month by its name, "/2026/oct/30/", f706)
    assert totals.date >= 0.958 and totals.dateline >= 0.95
    assert [f.split()[0] for f in totals.failures()] == ["speaker_accuracy"]


def test_the_eighth_fresh_batch_now_development_holds_round_9s_figures() -> None:
    # fresh8/ was the clean estimate of round 8 (README: scored once, in fresh8.scored.txt: recall 87.6%, precision
    # 92.9%, speakers 74.4%, chrome 9, title 58%, publisher 75%, date 83%). Round 9 read its misses and fixed kinds on
    # new dev/ articles (d213-d218), so it is development data now: a development figure, not a measure. Round 9 did
    # not reach every target on it (README: the kinds that remain); this holds what it reached, and what it has not
    # reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh8")
    totals = corpus_totals(scores)
    assert totals.articles == 24 and sum(s.gold_quotes for s in scores) == 89 and totals.confident_wrong_dates == 0
    # speakers 81.2% -> 84.7% after round 20a (an unnamed spokesperson for a body; a surname met in the instrumental,
    # a role after a verb of the other gender)
    # recall 95.5% -> 97.8%, precision 93.4% -> 95.6%, speakers 84.7% -> 85.1%, chrome 3 -> 2 after round 21b (a quote
    # split by a long attribution, f822; a newsletter's reading list, f811); speakers 85.1% -> 89.7% after round
    # 21a (a ministry's own page calling itself "the Ministry", f804; «Как рассказал ... X, администрация «...»», f818;
    # a faction in brackets, f810)
    # precision 95.6% -> 96.7%, chrome 2 -> 1 after round 29b (a standfirst over the head block is the header, its
    # date line no news list's item, f809's claim box)
    assert totals.quote_recall >= 0.977 and totals.quote_precision >= 0.966 and totals.speaker_accuracy >= 0.896
    # publisher: 79% after round 9, 100% after round 10 (the URL's host and the full name)
    assert totals.chrome_as_content <= 1 and totals.title >= 0.95 and totals.publisher == 1.0
    # date: 88% -> 92% after round 21b (a slug ending with the day in words, "-28-october-2026", f805)
    assert totals.date >= 0.916 and totals.dateline >= 0.95
    assert [f.split()[0] for f in totals.failures()] == ["quote_recall", "quote_precision", "speaker_accuracy",
                                                         "chrome_as_content", "date"]


def test_the_ninth_fresh_batch_now_development_holds_round_10s_figures() -> None:
    # fresh9/ was the clean estimate of round 9 (README: scored once, in fresh9.scored.txt: recall 88.9%, precision
    # 92.0%, speakers 88.8%, chrome 1, title 100%, publisher 75%, date 88%). Round 10 read its misses and fixed the
    # publisher's kinds on new dev/ articles (d219-d224), so it is development data now: a development figure, not a
    # measure. Round 10 did not reach every target on it (README: the kinds that remain); this holds what it reached,
    # and what it has not reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh9")
    totals = corpus_totals(scores)
    assert totals.articles == 24 and sum(s.gold_quotes for s in scores) == 90 and totals.confident_wrong_dates == 0
    # recall 88.9% -> 90.0% and speakers 91.2% -> 91.4% after round 12 (a short quote a named speaker says); recall
    # 90.0% -> 94.4%, precision 92.0% -> 93.4%, speakers 91.4% -> 91.8% after round 14 (initials labels with stops,
    # "И. С.:"; a capitalised Russian quotation straight after a noun is a name); precision 93.4% -> 94.4% after
    # round 20b (the page's own name in «» in another case is no quote, «Вестнику Корвана», f921); recall 94.4% ->
    # 95.6%, precision 94.4% -> 94.5%, speakers 91.8% -> 91.9% after round 20a (a paper's name in marks after the
    # verb is its addressee, no quote that ends the attribution)
    # recall 95.6% -> 96.7%, precision 94.5% -> 96.7%, speakers 91.9% -> 93.1% after round 21b (a quote split by a
    # long attribution, f923; names in title case in marks, f904, f907); speakers 93.1% -> 96.6% after round 21a (a
    # ministry's own page under a portal's brand and by its initials, f904, f922; «потребовал», f919)
    # precision 96.7% -> 97.8%, chrome 1 -> 0 after round 29b (words in marks no one is said to say in the
    # standfirst are the desk's, f902)
    assert totals.quote_recall >= 0.966 and totals.quote_precision >= 0.977 and totals.speaker_accuracy >= 0.965
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher == 1.0
    # date: 88% -> 92% after round 17 (bare years in the text do not overturn a printed day, month and year)
    assert totals.date >= 0.916 and totals.dateline >= 0.95
    assert [f.split()[0] for f in totals.failures()] == ["quote_recall", "date"]


def test_the_tenth_fresh_batch_now_development_holds_round_11s_figures() -> None:
    # fresh10/ was the clean estimate of round 10 (README: scored once, in fresh10.scored.txt: recall 98.6%, precision
    # 97.1%, speakers 77.9%, chrome 1, title 95%, publisher 85%, date 85%, dateline 95%). Round 11 read its misses and
    # fixed kinds on new dev/ articles (d225-d234), so it is development data now: a development figure, not a
    # measure. Round 11 did not reach every target on it (README: the kinds that remain); this holds what it reached,
    # and what it has not reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh10")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 69 and totals.confident_wrong_dates == 0
    # speakers: 95.6% after round 11, 97.1% after round 12 (a ministry named in full with its republic's name)
    # precision 97.2% -> 98.6% after round 14 (a trawler's name in guillemets after "траулера" is a name, not words),
    # 98.6% -> 100% after round 20b (banners reading "...": written, not said, f1009); speakers 97.1% -> 98.6% after
    # round 25c (a union declined, «Союза рыбаков Кесселя», is a body, f1015)
    assert totals.quote_recall == 1.0 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.985
    assert totals.chrome_as_content <= 1 and totals.title >= 0.95 and totals.publisher == 1.0
    # date: 90% -> 95% after round 15a (a page with only an update's date: it is the date, at low confidence), 95% ->
    # 100% after round 21b (a slug ending with the day in words, "-22-november-2026", f1004)
    assert totals.date == 1.0 and totals.dateline >= 0.95
    assert [f.split()[0] for f in totals.failures()] == ["chrome_as_content"]



def test_the_eleventh_fresh_batch_now_development_holds_round_12s_figures() -> None:
    # fresh11/ was the clean estimate of round 11 (README: scored once, after round 11 was merged, in
    # fresh11.scored.txt: recall 89.7%, precision 98.4%, speakers 83.6%, chrome 0, title 95%, publisher 85%, date
    # 95%, dateline 100%). Round 12 read its misses and fixed kinds on new dev/ articles (d235-d239), so it is
    # development data now: a development figure, not a measure. Round 12 did not reach every target on it (README:
    # the kinds that remain); this holds what it reached, and what it has not reached stays named here, so that a
    # later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh11")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 68 and totals.confident_wrong_dates == 0
    # speakers: 88.2% -> 89.7% after round 16 (a name in marks after the verb: «— отметил руководитель ... «X» Y»),
    # 89.7% -> 92.6% after round 21a (a company between commas after what it is, f1102; «призвал», f1120),
    # 92.6% -> 94.1% after round 25a (a verb of reminding reports speech, f1113), 94.1% -> 97.1% with the speaker
    # model
    # (the speaker model, benchmarks/train_speaker_model.py, fitted on this batch among the development folders)
    assert totals.quote_recall == 1.0 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.970
    # title 95% -> 100% after round 22b (a masthead's slogan of short sentences is no running text, f1111)
    # publisher 85% -> 90% after round 28b (a first line's name with a joining word in lower case, "Varnian Voice of
    # America", is a masthead: "voice" is a publication's word, f1112)
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher >= 0.9
    assert totals.date >= 0.95 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["publisher"]



def test_the_twelfth_fresh_batch_now_development_holds_round_13s_figures() -> None:
    # fresh12/ was the clean estimate of round 12 (README: scored once, after round 12 was merged, in
    # fresh12.scored.txt: recall 98.7%, precision 95.1%, speakers 77.9%, chrome 2, title 80%, publisher 95%, date
    # 90%, dateline 100%). Round 13 read its misses and fixed kinds on new dev/ articles (d240-d244), so it is
    # development data now: a development figure, not a measure. Round 13 did not reach every target on it (README:
    # the kinds that remain); this holds what it reached, and what it has not reached stays named here, so that a
    # later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh12")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 78 and totals.confident_wrong_dates == 0
    # speakers: 77.9% -> 92.2% after round 13 (organisations by their full name, places and labels not speakers)
    # precision 95.1% -> 98.7% after round 21b (a book's or a film's title in title case in marks is no quote, f1207,
    # f1210); 98.7% -> 100% after round 29b (a film's title the page marks as a name, again in marks, f1218)
    # speakers 92.2% -> 96.1% with the speaker model
    # (the speaker model, benchmarks/train_speaker_model.py, fitted on this batch among the development folders)
    assert totals.quote_recall >= 0.987 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.96
    # chrome: 2 -> 1 after round 18 (a newsletter's web-view line is furniture, f1209)
    # publisher 95% -> 100% after round 19 (an agency's initials spelt out by the page's own full form)
    assert totals.chrome_as_content <= 1 and totals.title >= 0.80 and totals.publisher == 1.0
    # date: 90% -> 95% after round 14 (a meta line's issue number after the date, "Mon 9 Nov 2026 | Issue 212"),
    # 95% -> 100% after round 17 (bare years in the text do not overturn a printed day, month and year)
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["chrome_as_content", "title"]


def test_the_thirteenth_fresh_batch_now_development_holds_round_14s_figures() -> None:
    # fresh13/ was the clean estimate of round 13 (README: scored once, after round 13 was merged, in
    # fresh13.scored.txt: recall 82.4%, precision 94.6%, speakers 78.6%, chrome 4, title 80%, publisher 95%, date
    # 90%, dateline 100%). Round 14 read its misses and fixed kinds on new dev/ articles (d245-d254), so it is
    # development data now: a development figure, not a measure. Round 14 reached the targets on it (recall 98.8%,
    # precision 98.8%, speakers 95.2%, chrome 0, title 100%, publisher 95%, date 100%); this holds them, and the
    # misses left (README: round 14, "left") stay below the targets' margins, so a later round must not lose them.
    scores = evaluate_corpus(CORPUS / "fresh13")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 85 and totals.confident_wrong_dates == 0
    # speakers 95.2% -> 96.4% after round 20a (a body with its seat, "Varnia's embassy in Kessel City", f1307), 96.4%
    # -> 97.6% after round 26a (f1308)
    assert totals.quote_recall >= 0.988 and totals.quote_precision >= 0.988 and totals.speaker_accuracy >= 0.976
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher >= 0.95
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert totals.failures() == []



def test_the_fourteenth_fresh_batch_now_development_holds_round_15s_figures() -> None:
    # fresh14/ was the clean estimate of round 14 (README: scored once, after round 14 was merged, in
    # fresh14.scored.txt: recall 95.7%, precision 100%, speakers 65.7%, chrome 5, title 75%, publisher 80%, date 80%,
    # dateline 95%, and two dates wrong above low confidence: `Last updated` lines). Round 15a read its misses of
    # dates, titles, chrome as title and publishers and fixed their kinds on new dev/ articles (d260-d268); round 15b
    # read its speakers (d270-d272: a joint statement's signatories, a possessive place before a name, a pronoun
    # after someone unnamed in reported words, a Russian role after the verb), so it is development data now: a
    # development figure, not a measure. What is not reached stays named here, so that a later round that reaches it
    # must update this test.
    scores = evaluate_corpus(CORPUS / "fresh14")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 70 and totals.confident_wrong_dates == 0
    # speakers 79.1% -> 80.6% after round 20a (a body in the locative after a plural verb, f1420), 80.6% -> 85.1%
    # after round 21a (a company between commas after what it is, f1405; a question word opens no name, f1406; a
    # Russian body by its adjective and noun, «просит», f1420)
    assert totals.quote_recall >= 0.957 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.85
    # chrome 1 -> 0 after round 20b (the page's own name in «» in another case is no quote, f1416)
    # round 29a: 85.1% -> 86.6% (a verb that a verb of saying reports is not the subject's named before that verb
    # of saying: "the painter Ottilie Brask, and said the embassy hoped '...'" is not Brask's, f1403)
    assert totals.speaker_accuracy >= 0.865
    assert totals.chrome_as_content == 0 and totals.title >= 0.95 and totals.publisher == 1.0
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["quote_recall", "speaker_accuracy"]



def test_the_fifteenth_fresh_batch_now_development_holds_round_16s_figures() -> None:
    # fresh15/ was the clean estimate of round 15 (README: scored once, after rounds 15a, the review's fixes and 15b
    # were merged, in fresh15.scored.txt: recall 94.5%, precision 94.5%, speakers 81.2%, chrome 1, title 90%,
    # publisher 90%, date 95%, dateline 100%). Round 16 read its misses and fixed speaker kinds on new dev/ articles
    # (d280-d283: a compound job title before a name, a man's first-declension given name in the genitive, the head
    # of a body named before, a statement's owner, an addressee in marks, a press service's statement, an
    # institution's name), so it is development data now: speakers 81.2% -> 94.2%, a development figure, not a
    # measure. What is not reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh15")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 73 and totals.confident_wrong_dates == 0
    # precision 94.5% -> 95.8% after round 20b (the page's own name in marks is no quote, "Кессель сегодня", f1519)
    # speakers 94.2% -> 97.1% with the speaker model
    # (the speaker model, benchmarks/train_speaker_model.py, fitted on this batch among the development folders)
    assert totals.quote_recall >= 0.945 and totals.quote_precision >= 0.958 and totals.speaker_accuracy >= 0.970
    # chrome 1 -> 0 and title 90% -> 95% after round 22b (a masthead's slogan of short sentences is no running text,
    # f1503)
    # publisher 90% -> 95% after round 29d (initials beside the name they spell over the site's menu, f1520)
    assert totals.chrome_as_content == 0 and totals.title >= 0.95 and totals.publisher >= 0.95
    # date: 95% -> 100% after round 17 (bare years in the text do not overturn a printed day, month and year)
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["quote_recall", "quote_precision"]



def test_the_sixteenth_fresh_batch_now_development_holds_round_17s_figures() -> None:
    # fresh16/ was the clean estimate of round 16 (README: scored once, after round 16 was merged, in
    # fresh16.scored.txt: recall 92.5%, precision 94.9%, speakers 79.7%, chrome 1, title 95%, publisher 75%, date
    # 90%, dateline 100%, and one date wrong above low confidence: 06/11/2026 read month first). Round 17 read its
    # dates and fixed their kinds on new dev/ articles (d290: a weekday of the events is the page's day or the day
    # before, so it settles no order; d291: bare years do not overturn a printed date), so it is development data
    # now: date 90% -> 100% and no date wrong above low confidence, a development figure, not a measure. What is not
    # reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh16")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 80 and totals.confident_wrong_dates == 0
    # precision 94.9% -> 98.7% after round 20b (the page's own name in «» in the dative is no quote, f1616, f1618,
    # f1619)
    # recall 92.5% -> 93.8%, speakers 79.7% -> 97.3% after round 20a (bodies and their unnamed voices, acronyms'
    # plurals, Russian unnamed sources and occupations after the verb, a publication quoting a person, a state
    # body's press service and a body in the locative), 97.3% -> 98.7% after round 26a (f1613), 98.7% -> 97.3% with
    # the speaker model: it names Jonas Hild (low) for f1610's "our last step, not our first", which the gold gives no
    # one, and a body's stub for f1616's port, which the gold names otherwise
    assert totals.quote_recall >= 0.937 and totals.quote_precision >= 0.986 and totals.speaker_accuracy >= 0.972
    # chrome 1 -> 0 and title 95% -> 100% after round 18 (a two-digit-year time stamp is the date block, f1616)
    # publisher 75% -> 80% after round 19 ("SBC" spelt out as the masthead's own full name, f1604), 80% -> 85% after
    # round 20b (a host running the name's last words together, "navalreview", f1606), 85% -> 90% after round 29d
    # (an outlet's name in capitals alone over its site's menu, f1618)
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher >= 0.90
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["quote_recall", "publisher"]



def test_the_seventeenth_fresh_batch_now_development_holds_round_18s_figures() -> None:
    # fresh17/ was the clean estimate of round 17 (README: scored once, after round 17 was merged, in
    # fresh17.scored.txt: recall 95.4%, precision 98.8%, speakers 92.8%, chrome 4, title 85%, publisher 85%, date
    # 90%, dateline 100%). Round 18 read its misses and fixed the kinds of chrome taken as the title or a quote on
    # new dev/ articles (d300-d304: a long question over the date block, a series' name its footer repeats, an
    # agency's description, a video player's label, a newsletter's web-view line), so it is development data now:
    # precision 98.8% -> 100%, chrome 4 -> 1, title 85% -> 100%, a development figure, not a measure. What is not
    # reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh17")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 87 and totals.confident_wrong_dates == 0
    # speakers 92.8% -> 100% after round 20a (an unnamed spokesperson for a body, Russian unnamed sources and press
    # services, a publication quoting a person)
    assert totals.quote_recall >= 0.954 and totals.quote_precision == 1.0 and totals.speaker_accuracy == 1.0
    # publisher 85% -> 90% after round 19 ("SONA" spelt out as the masthead's own full name, f1704)
    # chrome 1 -> 0 after round 22b (a line of short sentences, the footer's «..., 2026. Все права защищены.», is no
    # running text, so the related links above it end the article, f1719)
    # publisher 90% -> 95% after round 29d (a channel's name in capitals alone over its site's menu, f1719)
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher >= 0.95
    # date 90% -> 95% after round 20b (a print issue's line, «№213 от 25.11.2026», is the page's date line, f1715)
    assert totals.date >= 0.95 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["quote_recall"]



def test_the_eighteenth_fresh_batch_now_development_holds_round_19s_figures() -> None:
    # fresh18/ was the clean estimate of round 18 (README: scored once, after round 18 was merged, in
    # fresh18.scored.txt: recall 93.8%, precision 95.0%, speakers 78.9%, chrome 2, title 95%, publisher 80%, date
    # 100%, dateline 95%). Round 19 read the kinds that recur across fresh16-fresh18 and fixed the publisher printed
    # as initials on new dev/ articles (d310-d311: the page's own full form, in its first lines or bracketed before
    # the initials, whose word starts spell them), so it is development data now: publisher 80% -> 90%, a
    # development figure, not a measure. What is not reached stays named here, so that a later round that reaches it
    # must update this test.
    scores = evaluate_corpus(CORPUS / "fresh18")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 81 and totals.confident_wrong_dates == 0
    # speakers 78.9% -> 97.4% after round 20a (bodies named by a people's word, Russian unnamed sources and
    # occupations after the verb, a title before a name, a paper's name with its article, a body on its own page)
    # recall 93.8% -> 98.8%, precision 95.0% -> 100%, speakers 97.4% -> 97.5%, chrome 2 -> 1, title 95% -> 100%,
    # publisher 90% -> 95% after round 21b (a gallery's captions, f1813; a quote split after a question, f1818; a live
    # blog's key events, f1811; a company's name after its initials, f1817; a channel's name and post, f1820)
    assert totals.quote_recall >= 0.987 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.975
    # publisher 95% -> 100% after round 29d (a ministry's name alone over its blog's menu, f1812)
    assert totals.chrome_as_content <= 1 and totals.title == 1.0 and totals.publisher >= 1.0
    assert totals.date == 1.0 and totals.dateline >= 0.95
    assert [f.split()[0] for f in totals.failures()] == ["chrome_as_content"]



def test_the_nineteenth_fresh_batch_now_development_holds_round_20s_figures() -> None:
    # fresh19/ was the clean estimate of round 19 (README: scored once, after round 19 was merged, in
    # fresh19.scored.txt: recall 99.0%, precision 97.1%, speakers 73.7%, chrome 5, title 80%, publisher 80%, date
    # 90%, dateline 95%). Round 20b read its misses of the source record and the chrome and fixed their kinds on new
    # dev/ articles (d330-d343: a print view's address line, a menu the slug names, a print issue's line, a question
    # headline over a standfirst, the URL's month, the weather on the date line, a brand over its full name, a host
    # running the name's last words together, a press review's items, a notes list, the page's own name in marks, a
    # placard's words), so it is development data now: precision 97.1% -> 100%, chrome 5 -> 0, title 80% -> 100%,
    # publisher 80% -> 100%, date 90% -> 100%, dateline 95% -> 100%. Round 20a read its speakers and fixed their
    # kinds on new dev/ articles (d312-d328: bodies and their unnamed voices as speakers, people's words given to a
    # body, a place or a group named nearby, unnamed speakers given to a nearby actor, Russian speakers named before
    # or after the quote, joint statements, a title before the name): speakers 73.7% -> 99.0%. Development figures,
    # not a measure; with both rounds it meets every target, and a later round must not lose them.
    scores = evaluate_corpus(CORPUS / "fresh19")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100 and totals.confident_wrong_dates == 0
    # speakers 99.0% -> 100% after round 21a (a first name given in apposition, "who gave only his first name,
    # Olav,", f1903)
    assert totals.quote_recall >= 0.99 and totals.quote_precision == 1.0 and totals.speaker_accuracy == 1.0
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher == 1.0
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert totals.failures() == []


def test_the_twentieth_fresh_batch_now_development_holds_round_21s_figures() -> None:
    # fresh20/ was the clean estimate of round 20 (README: scored once, after rounds 20a and 20b and the review of
    # rounds 15a-19 were merged, in fresh20.scored.txt: recall 93.0%, precision 95.9%, speakers 84.9%, chrome 4,
    # title 90%, publisher 90%, date 90%, dateline 100%). Round 21b read its misses of the source record, the chrome
    # and the quotes and fixed their kinds on new dev/ articles (d370-d381: a gallery's captions, a quote split by a
    # long attribution, a live blog's key events and entry headings, a newsletter's sender line and reading list,
    # names in title case in marks, a press release's label, a channel's name over its audience and its post, date
    # lines without a year, a URL's month by name), so it is development data now: recall 93.0% -> 100%, precision
    # 95.9% -> 100%, chrome 4 -> 0, title 90% -> 100%, publisher 90% -> 100% (speakers 84.9% -> 86.0% on the way).
    # Round 21a read its speakers and fixed their kinds on new dev/ articles (d350-d357: a rank kept in the name,
    # officials counted by a number, a military body's name and its unnamed voice's "he", a body inside a person's
    # role, a Russian party by its adjective and noun, a ministry in the genitive and «в министерстве», «Как отметила
    # X, ...», a group before a colon, a first name in apposition): speakers 86.0% -> 100%. Development figures, not
    # a measure; what is not reached stays named here, so that a later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh20")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100 and totals.confident_wrong_dates == 0
    # speakers 100% -> 99.0% with the speaker model: it names a place's stub (low) for f2012's "It's good for the
    # bakery ...", which the gold gives no one
    assert totals.quote_recall == 1.0 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.989
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher == 1.0
    # left: two dates printed without a year and nothing on the page to give it (f2010, f2020): no date, low
    assert totals.date >= 0.90 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["date"]


def test_the_twenty_first_fresh_batch_now_development_holds_round_22s_figures() -> None:
    # fresh21/ was the clean estimate of round 21 (README: scored once, after rounds 21a and 21b were merged, in
    # fresh21.scored.txt: recall 96.0%, precision 89.7%, speakers 72.9%, chrome 12, title 90%, publisher 85%, date
    # 90%, dateline 100%). Round 22a read its speakers and fixed kinds on new dev/ articles (d390-d391: a title the
    # page also puts before the surname alone, a party in brackets after a person, a Russian name in the genitive
    # after a noun, a role's apposition cut at a clause's edge, a region's adjective and noun after a role): speakers
    # 72.9% -> 79.2%. Round 22b read its misses of the source record, the chrome and the quotes and fixed their kinds
    # on new dev/ articles (d410-d417: a reference list of titles in marks with outlets and dates, a name given in the
    # passive, a link's label with its headline, a transcript's turns under an initial and a surname, a masthead's
    # slogan, a print line at the foot, a service's own name in the byline block, a brand of initials over the full
    # name, a dateline's short name and the copyright's full one, a labelled two-digit year the copyright's year
    # confirms): recall 96.0% -> 100%, precision 89.7% -> 100%, chrome 12 -> 0, title 90% -> 100%, publisher 85% ->
    # 95%, date 90% -> 100%. Development figures, not a measure; what is not reached stays named here, so that a
    # later round that reaches it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh21")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100 and totals.confident_wrong_dates == 0
    assert totals.quote_recall == 1.0 and totals.quote_precision == 1.0
    # left (speakers): two ministers at one appearance (f2104), a body's words in a document (f2105, f2111), a
    # locative body (f2116), a first name alone (f2110), a group or a place given words (f2106, f2112)
    assert totals.speaker_accuracy >= 0.80  # (79.2% -> 80.0% with round 22b's answers of f2120)
    # Round 28a (fresh27's English speakers, dev d800-d807): a role after "the" and its nouns, the name in apposition
    # after an inverted verb ("said its defence spokesman, Jonas Ek", f2101), and "one of the engineers" someone
    # unnamed (f2112): 80.0% -> 82.0%
    assert totals.speaker_accuracy >= 0.82
    # Review of rounds 28b and 28c: a first name alone after an unknown verb is the person named before in full
    # with it (f2118's «Андрей», Андрей Мелис): 82.0% -> 83.0%
    assert totals.speaker_accuracy >= 0.83
    # left: f2120's publisher, the site's masthead, where fresh9/f915 and fresh18/f1809 annotate the same form by the
    # office its copyright line names (the golds disagree; not edited)
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher >= 0.95
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert [f.split()[0] for f in totals.failures()] == ["speaker_accuracy"]


def test_the_twenty_second_fresh_batch_now_development_holds_round_23s_figures() -> None:
    # fresh22/ was the clean estimate of round 22 (README: scored once, after rounds 22a and 22b and the review of
    # rounds 20-21 were merged, in fresh22.scored.txt: recall 99.0%, precision 99.0%, speakers 74.7%, chrome 0, title
    # 90%, publisher 75%, date 75%, dateline 95%, and ONE date wrong above low confidence: f2219's print issue's date
    # taken over its online time at medium, against its URL). That one kind was then fixed on every path (a printed
    # date the URL contradicts is never kept above low; dev d430, test_round22c.py): date 75% -> 80%. Round 23b read
    # its misses of the source record and fixed their kinds on new dev/ articles (d450-d453: a copyright holder that
    # extends the page's own name, a heading repeating the breadcrumb's last item, an agency's name over a one-word
    # rubric right above its time line, a fact check's "Fact checked on" date): title 90% -> 95%, publisher 75% ->
    # 90%, date 80% -> 85%. Round 23a read its speakers and fixed kinds on new dev/ articles (d431-d432: a bare title
    # after two holders of it, one qualified by a place; a title before a surname met before; a name numbered like an
    # edition is no person; a role owned in the possessive, then the name between commas): speakers 74.7% -> 81.8%.
    # Development figures, not a measure; what is not reached stays named here, so that a later round that reaches
    # it must update this test.
    scores = evaluate_corpus(CORPUS / "fresh22")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100
    assert totals.confident_wrong_dates == 0
    # left (quotes): f2212's "secretly decided" (a claim's words quoted again), f2220's cited headline drafted
    assert totals.quote_recall >= 0.99 and totals.quote_precision >= 0.99 and totals.chrome_as_content == 0
    # left: f2213's title, date and dateline (a PDF bulletin's hard-wrapped numbered paragraphs under "Sandvik, 11
    # March 2027"); f2204's and f2220's publishers; f2217's year-less «Пн, 01.03» (f2203's date, off by a day at
    # low, is read since round 25b from its "Issued on 18 Feb. 2027" line: date 85% -> 90%)
    assert totals.title >= 0.95 and totals.publisher >= 0.90 and totals.date >= 0.90 and totals.dateline >= 0.95
    # left (speakers): attribution across a PDF's hard line breaks (f2213), papers in a press review (f2220), a
    # fact-checker and a body's unnamed denial (f2212), a body's name cut (f2214; f2201's embassy takes its seat
    # since round 24a: 81.8% -> 82.8%), a press service for its ministry (f2216), a person for a committee or another
    # person (f2207, f2210), an unnamed speaker (f2202)
    assert totals.speaker_accuracy >= 0.828


def test_the_twenty_third_fresh_batch_now_development_holds_round_24s_figures() -> None:
    # fresh23/ is the clean estimate of round 23 (README: scored once, after rounds 23a and 23b were merged, in
    # fresh23.scored.txt: recall 97.0%, precision 99.0%, speakers 77.3%, chrome 2, title 95%, publisher 80%, date
    # 95%, dateline 90%). Every article scores, and no date is wrong at a confidence above low. Round 24a read its
    # speakers and fixed kinds on new dev/ articles (d460-d462: a capitalised role's body or portfolio run on into the
    # name, an embassy's seat, a given name in -а after "МИД"): speakers 77.3% -> 87.6%; round 24c (d520-d521: a
    # body's short name for its full name, bodies' unnamed voices): 87.6% -> 91.8%. Development figures, not a
    # measure.
    scores = evaluate_corpus(CORPUS / "fresh23")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100
    assert totals.confident_wrong_dates == 0
    # left (speakers): a quote before the paragraph naming its speaker (f2309), a Russian body's unnamed voice (f2317),
    # a role for the person met before (f2303, f2314), a paper named in the attribution clause (f2315, f2317), a
    # Russian body in the locative (f2315)
    assert totals.speaker_accuracy >= 0.917  # 89 of 97
    # Round 26c (d704-d705: «глава кессельского МИД», the place as an adjective, for the holder named before; a paper
    # in marks inside «Как заявил ...,»; a feminine body in the prepositional named in the nominative): 91.8% ->
    # 95.9%. Left: f2309, f2303, and f2317's body voice in «в самом Совете работодателей» and its unnamed fitter.
    assert totals.speaker_accuracy >= 0.958  # 93 of 97
    # Round 27c (d795: after a paper in the dative, someone who asked not to be named, «попросивший не называть его
    # фамилию», is no one named): 95.9% -> 96.9%. Left: f2309, f2303, f2317's «в самом Совете работодателей».
    assert totals.speaker_accuracy >= 0.968  # 94 of 97
    # Round 28a (dev d801: a post alone, "The Secretary General", the subject of the sentence before a lone quote,
    # is the person the page gave it, f2303): 96.9% -> 97.9%
    assert totals.speaker_accuracy >= 0.978  # 95 of 97
    # Round 24b read its misses of the source record, chrome and quotes and fixed their kinds on new dev/ articles
    # (d490-d496: a breadcrumb ending with the headline, a meta line's empty dash slot, agency datelines with the
    # brand between commas or the country in brackets, a correspondent's credit, a Russian agency's full name, a
    # print view's header and footer at a page break, a "More local news" list): precision 99% -> 100%, chrome 2 ->
    # 0, title 95% -> 100%, publisher 80% -> 90%, date 95% -> 100%, dateline 90% -> 100%. Left: f2308's and f2311's
    # publishers (an embassy's masthead against its footer; a broadcaster's logo over "NEWS"), and the quotes
    # f2304's "follow every summons" and f2312's two partial quotes (drafted as terms).
    assert totals.quote_precision >= 1.0 and totals.chrome_as_content == 0
    assert totals.title >= 1.0 and totals.publisher >= 0.90 and totals.date >= 1.0 and totals.dateline >= 1.0



def test_the_twenty_fourth_fresh_batch_now_development_holds_round_25s_figures() -> None:
    # fresh24/ was the clean estimate of round 24 (README: scored once, after rounds 24a, 24b, 24c and the review's
    # fixes were merged, in fresh24.scored.txt: recall 100%, precision 97.9%, speakers 80.4%, chrome 3, title 100%,
    # publisher 90%, date 90%, dateline 100%). Round 25 read its misses and fixed kinds on new dev/ articles (round
    # 25a: d530-d532, English speakers: a committee's remit and a service's name cut short, an unnamed person's words
    # after a named speaker's, a ministry that "reminds"; round 25c: d590-d593, Russian speakers), so it is
    # development data now: a development figure, not a measure.
    scores = evaluate_corpus(CORPUS / "fresh24")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 92
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 1.0 and totals.quote_precision >= 0.978
    # left (English speakers): a joint statement's signatories (f2403), a ministry's own page speaking under its
    # masthead's longer name (f2406), an officer at a centre (f2408), a readout's "the Prime Minister" (f2411),
    # a state's "has said" after a named person (f2412)
    assert totals.speaker_accuracy >= 0.945  # 87 of 92
    # Round 25b read its misses of the source record and fixed their kinds on new dev/ articles (d560-d563: a press
    # release's "Issued on" line under its numbered label, a month planned in its own clause, a year-less time beside
    # a pictograph's view counter, a Russian footer's company form before the masthead's name): publisher 90% ->
    # 100%, date 90% -> 100% (f2419's at low: the copyright range's last year). Left: chrome 3 (f2401's related
    # headline's quoted words, f2402's ship's name in a standfirst, f2412's correction note).
    assert totals.title >= 1.0 and totals.publisher >= 1.0 and totals.date >= 1.0 and totals.dateline >= 1.0
    # Round 25d fixed those three chrome kinds on new dev/ articles (d620-d622: the page's own notes after the story,
    # a wire credit in brackets and the publisher's self-description around a related list; a correction note whose
    # subject is the article itself; a standfirst's name in marks that the body marks again): chrome 3 -> 0,
    # precision 97.9% -> 100%.
    assert totals.chrome_as_content == 0 and totals.quote_precision >= 1.0



def test_the_twenty_fifth_fresh_batch_now_development_holds_round_26s_figures() -> None:
    # fresh25/ was the clean estimate of round 25 (README: scored once, after rounds 25a, 25b, 25c, 25d and the
    # review's fixes were merged, in fresh25.scored.txt: recall 99.0%, precision 96.0%, speakers 83.5%, chrome 6,
    # title 95%, publisher 85%, date 90%, dateline 100%). Round 26 reads its misses and fixes kinds on new dev/
    # articles, so it is development data now: a development figure, not a measure.
    scores = evaluate_corpus(CORPUS / "fresh25")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 98
    assert totals.confident_wrong_dates == 0
    # Round 26b fixed its chrome kinds and the date line on new dev/ articles (d670-d675: a blog's comments headed by
    # the post's title in marks; a petition's signers' reasons under a name and a relative time; a sticky bar
    # repeating the headline; a quote-of-the-day box; a print edition's line naming its headline; an alert's banner
    # over the headline and "Posted: ... / 06:45 PM CEST"): chrome 6 -> 0, precision 96.0% -> 99.0%, title 95% ->
    # 100%, date 90% -> 95%.
    assert totals.chrome_as_content == 0 and totals.quote_precision >= 0.989  # 97/98
    assert totals.title >= 1.0 and totals.date >= 0.95
    # Round 26c (d700-d703, Russian speakers: a name in the instrumental after a participle's role and a rank, a
    # place's adjective no given name and a group opening its sentence, a letter of a person in the genitive, a
    # letter's signer and a body's noun after «по данным»): every Russian speaker right, recall 99.0% -> 100%,
    # speakers 83.5% -> 87.8%.
    assert totals.quote_recall >= 1.0 and totals.speaker_accuracy >= 0.877  # 86 of 98
    # Round 26a (d640-d642, English speakers): a pronoun after an object of the subject's verb (f2510, f2513), a
    # place's possessive owning a role in apposition and a verb taking the next quote (f2508), a name "of" a body
    # before the verb (f2510), a body's relative clause of saying (f2504), "a spokesperson for the office" (f2507):
    # speakers 83.5% -> 91.8% on its own, 87.8% -> 95.9% beside round 26c. Left: a first name alone (f2511's
    # Harald), "posted that" (f2511), an unnamed registrar (f2505); every other figure 100% but publisher.
    assert totals.speaker_accuracy >= 0.959  # 94 of 98
    # Round 29d: publisher 85% -> 90% (a port authority's name alone over its site's menu, f2504).
    assert totals.publisher >= 0.9



def test_the_twenty_sixth_fresh_batch_now_development_holds_round_27s_figures() -> None:
    # fresh26/ was the clean estimate of round 26 (README: scored once, after rounds 26a, 26b, 26c and the fixes of
    # their two reviews were merged, in fresh26.scored.txt: recall 97.9%, precision 94.1%, speakers 77.9%, chrome 4,
    # title 80%, publisher 85%, date 90%, dateline 100%). Round 27 reads its misses and fixes kinds on new dev/
    # articles, so it is development data now: a development figure, not a measure.
    scores = evaluate_corpus(CORPUS / "fresh26")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 97
    assert totals.confident_wrong_dates == 0
    # Round 27a (d730-d733, English speakers): a lone quote whose next sentence points back at it ("put it as simply
    # as that") and names its speaker in apposition to a lower-case role (f2606), a verb taking an infinitive of
    # saying ("she liked to say", f2612), an unlisted verb inverted before a role and a name (f2602), a body's
    # initials before a role (f2608): speakers 77.9% -> 83.2% (79 of 95 matched).
    assert totals.speaker_accuracy >= 0.831
    # Round 27c (d790-d794, Russian speakers): a role alone on the office's own site for the person it names first
    # (f2616's «— отметил Президент», «глава государства»), «доложил» a verb of saying (f2616's missed quote), a
    # dative name after a capitalised body (f2616), a body by its noun and place after «сообщили в» and a company's
    # noun for its name in marks (f2615), a ministry's release on its own site (f2619): recall 97.9% -> 99.0%,
    # speakers 83.2% -> 90.6% beside round 27a (77.9% -> 85.4% on its own).
    assert totals.quote_recall >= 0.989 and totals.speaker_accuracy >= 0.906  # 87 of 96
    # Round 27b (d760-d765: a web archive's toolbar, a date line's time in brackets, a paywall's login link, a
    # meeting record's label, "Posted on DATE in Section", a partnership's "L.P.", names after "known as" and after
    # a verb of naming and an article): chrome 4 -> 0, title 80% -> 100%, date 90% -> 100%, publisher 85% -> 90%,
    # precision 94.1% -> 97.0% beside rounds 27a and 27c.
    assert totals.chrome_as_content == 0 and totals.title >= 1.0 and totals.date >= 1.0
    assert totals.publisher >= 0.9 and totals.quote_precision >= 0.969  # 96 of 99
    # Round 29d: publisher 90% -> 95% (the president's site's name alone over its menu, f2616).
    assert totals.publisher >= 0.95
    # Round 29a: a state's body with the state in the possessive is one body with its formal adjective form
    # ("Sorvia's defence ministry", the Sorvian Defence Ministry, f2601's two quotes): speakers 91.7% -> 93.8%
    assert totals.speaker_accuracy >= 0.937  # 90 of 96


def test_the_twenty_seventh_fresh_batch_now_development_holds_round_28s_figures() -> None:
    # fresh27/ was the clean estimate of round 27 (README: scored once, after rounds 27a, 27b, 27c and the fixes of
    # their two reviews were merged, in fresh27.scored.txt: recall 99.0%, precision 100%, speakers 82.3% (79 of 96),
    # chrome 1, title 95%, publisher 90%, date 95%, dateline 95%, no date wrong above low). Round 28 reads its misses
    # and fixes kinds on new dev/ articles, so it is development data now: a development figure, not a measure. Each
    # round that raises a figure raises its floor here and names what it fixed.
    scores = evaluate_corpus(CORPUS / "fresh27")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 97
    assert totals.confident_wrong_dates == 0
    # round 28b: recall 99.0% -> 100% (a body naming in the present, «В МИД ... называют ... «...»», f2720; speakers
    # 82.3% -> 82.5%, one quote more), chrome 1 -> 0 and title 95% -> 100% (the print line names the headline,
    # f2704), publisher 90% -> 100% (the masthead, not the brand's company in the copyright, f2701; the masthead
    # under a machine-translation bar, f2713), date 95% -> 100% (an update after a slash on the date line, f2701),
    # dateline 95% -> 100% (a place in capitals beside the date, f2704)
    assert totals.quote_recall == 1.0 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.824
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher == 1.0
    assert totals.date == 1.0 and totals.dateline == 1.0
    # round 28c (Russian speakers, 79 -> 86 of 96): a body in the prepositional opening the sentence before a plural
    # verb of saying (f2715, f2717), a company in apposition in marks (f2716), verbs of saying in the present and an
    # unknown verb after the dash (f2717, f2720), one of a group after it (f2718), «слова X о том, что» (f2719)
    assert totals.speaker_accuracy >= 0.895
    # Round 28a (d800-d807, English speakers): an inverted verb before a role qualified by nouns and the name in
    # apposition ("asked the opposition leader, Hana Brisk, in parliament", f2702); a post alone as the subject of the
    # sentence before a lone quote (f2703); a rank's abbreviation ("Capt.") the person's rank, so "the captain" and
    # the "he" after it are theirs (f2710); the last dash line under a quote line its speaker, not a link (f2712); a
    # machine translation's "role of the Body Name declared", "informed that", '"...," reported in the Body' (f2713);
    # someone unnamed whom a body's name qualifies ("A senior Harbour Compact official", f2701) or one of a group
    # ("One of the pilots, who cannot be named", f2706) names no one: speakers 82.3% -> 92.7% (89 of 96) on its own,
    # 89.7% -> 100% (97 of 97) over rounds 28b and 28c
    assert totals.speaker_accuracy == 1.0


def test_the_twenty_eighth_fresh_batch_now_development_holds_round_29s_figures() -> None:
    # fresh28/ was the clean estimate of round 28 (README: scored once, after rounds 28a, 28b, 28c and the fixes of
    # their two reviews were merged, in fresh28.scored.txt: recall 86.3%, precision 98.8%, speakers 79.3% (65 of 82),
    # chrome 3, title 95%, publisher 70%, date 100%, dateline 95%, no date wrong above low). Round 29 reads its misses
    # and fixes kinds on new dev/ articles, so it is development data now: a development figure, not a measure. Each
    # round that raises a figure raises its floor here and names what it fixed.
    scores = evaluate_corpus(CORPUS / "fresh28")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 95
    assert totals.confident_wrong_dates == 0
    # speakers 79.3% -> 89.0% after round 29c (Russian: a woman's given name in a vowel and -и back in -я, a surname
    # alone after a genitive full name, a place after a preposition and its noun, the author of «письмо» for «—
    # говорится в письме», «— просит она», a body's noun alone on its own page, a word opening its sentence printed
    # nowhere else; f2814-f2817, f2820)
    # round 29b: recall 86.3% -> 100%, precision 98.8% -> 99.0%, speakers 95.1% -> 95.8% (91 of 95), chrome 2 -> 0 (a
    # standfirst over the head block is the header and the body the text, f2807, f2810; a print line naming the
    # month's issue and "That was X's answer", f2807; a transcript's guests answering once, f2812; a forum's
    # counters, quote block and staff notice, and «их МИД» after «в Корвении», f2820; a deck's unattributed words in
    # marks, f2801; a name in marks again without its number, f2818)
    # Second review of round 29c: speakers 95.8% -> 94.7% (90 of 95). Round 29c's «— просит она» rule (the
    # paragraph's person of the pronoun's sex) was REVERTED to the behaviour before round 29: no simple signal kept it
    # from naming the official an unnamed visitor came to («пришла на прием к депутату Анне Берг»), a person past an
    # unnamed one introduced after her, or a man whose given name ends in -а/-я (Илья, Кузьма) as «она»
    # (tests/ingest/test_review29c2.py, F3 and F4). f2816's «— просит она» quote has no speaker again; d903 stays in
    # dev/ as a known miss.
    assert totals.quote_recall == 1.0 and totals.quote_precision >= 0.989 and totals.speaker_accuracy >= 0.947
    assert totals.chrome_as_content == 0 and totals.title == 1.0 and totals.publisher >= 0.7
    assert totals.date >= 1.0 and totals.dateline >= 0.95
    # Round 29d (d920-d925): an organisation's own site names itself alone on its first line over its menu (f2805,
    # f2808, f2815, f2819), a portal named as its domain is published by the body of its "From:" line (f2810), a
    # site's section word the host sets apart is no part of its owner's name (f2812), a column of items under three
    # places or more has no dateline (f2813), a forum post's handle and counters are no headline (f2820): publisher
    # 70% -> 100%, dateline 95% -> 100%, title 95% -> 100%, chrome 3 -> 2 (the counter taken as the title).
    assert totals.publisher >= 1.0 and totals.dateline >= 1.0 and totals.title >= 1.0 and totals.chrome_as_content <= 2
    # Round 29a (d860-d864, English speakers): a state's body with the state in the possessive named by its formal
    # adjective form too ("Corvenia's foreign ministry", f2813); a participle's phrase between the speaker and the
    # verb, and a verb a verb of saying reports after the speaker ("Jakob Rask, speaking for the Countryside Party,
    # said his group supported ...", f2803); an official after the quote named by no body is unnamed ("a senior
    # Varnian official said", f2802); a name with the kind of company in apposition is a company that speaks
    # ("Nordwing, the largest airline at Kelmstad, said", f2804); an opening participle's object is not the pronoun
    # after it ("Addressing Solt, he said:", f2809): speakers 89.0% -> 95.1% (78 of 82) beside round 29c (79.3% ->
    # 85.4% on its own); 94.7% since the second review of round 29c reverted «— просит она» (above)
    assert totals.speaker_accuracy >= 0.947


def test_the_twenty_ninth_fresh_batch_now_development_holds_round_30s_figures() -> None:
    # fresh29/ was the clean estimate of round 29 (README: scored once, after rounds 29a-29d and the fixes of their
    # seven reviews were merged, in fresh29.scored.txt: recall 99.0%, precision 100%, speakers 80.8% (80 of 99),
    # chrome 4, title 90%, publisher 90%, date 90%, dateline 100%, no date wrong above low). A later round reads its
    # misses and fixes kinds on new dev/ articles, so it becomes development data: each round that raises a figure
    # raises its floor here and names what it fixed.
    scores = evaluate_corpus(CORPUS / "fresh29")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.989 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.807
    assert totals.chrome_as_content <= 4 and totals.title >= 0.9 and totals.publisher >= 0.9
    assert totals.date >= 0.9 and totals.dateline == 1.0
    # The parse's fallback for Russian quotes the rules leave without a speaker (ingest/syntax.py; chosen on the
    # figures of a helper's parser run on this batch, so it is development data now): the four Russian quotes with
    # no speaker are named right, 80.8% -> 84.8% (84 of 99)
    assert totals.speaker_accuracy >= 0.848


def test_the_thirtieth_fresh_batch_holds_its_clean_figures() -> None:
    # fresh30/ was the clean estimate of the calibrated speaker confidence and the parse's fallback (README: scored
    # once, after both and the fixes of the fallback's two reviews were merged, in fresh30.scored.txt: recall 94.0%,
    # precision 98.9%, speakers 79.8% (75 of 94), chrome 4, title 80%, publisher 85%, date and dateline 100%, no date
    # wrong above low, 7 wrong speakers left unflagged for review). Its clean figures are its floors until a change
    # reads its misses and raises them, naming what it fixed.
    scores = evaluate_corpus(CORPUS / "fresh30")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.94 and totals.quote_precision >= 0.989 and totals.speaker_accuracy >= 0.797
    assert totals.chrome_as_content <= 4 and totals.title >= 0.8 and totals.publisher >= 0.85
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 7
    # The pronoun's sex (ingest/morphology.py; tests/ingest/test_pronoun_sex.py), from f3019's «По словам Остерман,
    # ... Президента Марека Волкова ... она сказала», given to Волков: 79.8% -> 80.9%, unflagged 7 -> 6
    assert totals.speaker_accuracy >= 0.808 and totals.unflagged_wrong_speakers <= 6


def test_the_thirty_first_fresh_batch_holds_its_clean_figures() -> None:
    # fresh31/ was the clean estimate of the pronoun's sex (ingest/morphology.py; README: scored once, after it was
    # merged, in fresh31.scored.txt: recall 100%, precision 100%, speakers 80.0% (80 of 100), chrome 1, title 95%,
    # publisher 100%, date 90%, dateline 95%, no date wrong above low, 8 wrong speakers left unflagged for review). Its
    # clean figures are its floors until a change reads its misses and raises them, naming what it fixed.
    scores = evaluate_corpus(CORPUS / "fresh31")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 100
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall == 1.0 and totals.quote_precision == 1.0 and totals.speaker_accuracy >= 0.80
    assert totals.chrome_as_content <= 1 and totals.title >= 0.95 and totals.publisher == 1.0
    assert totals.date >= 0.9 and totals.dateline >= 0.95
    assert totals.unflagged_wrong_speakers <= 8
    # Read after scoring: the one quote the pronoun's sex cost here (the engine before it had 81.0%, in a diagnosis
    # run after scoring) was f3109's "Marta Skov ... she said", her surname read as a Slavic man's -ov; a stem of
    # three letters or more, and a Latin given name's -a vetoing a man's surname, fix the kind: 80.0% -> 81.0%
    assert totals.speaker_accuracy >= 0.81 and totals.unflagged_wrong_speakers <= 7
    # The frame's fallback (ingest/frame.py), from f3117's «— улыбается она» and «— говорит фермер» after «Местный
    # фермер Антон Пелле»: 81.0% -> 83.0%, both at low confidence (flagged for review)
    assert totals.speaker_accuracy >= 0.83


def test_the_thirty_second_fresh_batch_holds_its_clean_figures() -> None:
    # fresh32/ was the clean estimate of the frame's fallback and its review's fixes, with the pronoun's sex (README:
    # scored once, after them, in fresh32.scored.txt: recall 97.1%, precision 99.0%, speakers 80.8% (80 of 99),
    # chrome 1, title, publisher and date 95%, dateline 100%, no date wrong above low, 2 wrong speakers left unflagged
    # for review). Its clean figures are its floors until a change reads its misses and raises them, naming what it
    # fixed.
    scores = evaluate_corpus(CORPUS / "fresh32")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 102
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.97 and totals.quote_precision >= 0.99 and totals.speaker_accuracy >= 0.808
    assert totals.chrome_as_content <= 1 and totals.title >= 0.95 and totals.publisher >= 0.95
    assert totals.date >= 0.95 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 2
    # Read after scoring: a person's name is written in one script (f3220's «компании Strait Line Ода Брекке» made a
    # stub "Line Ода Брекке"; tests/ingest/test_name_script.py): 80.8% -> 81.8%
    assert totals.speaker_accuracy >= 0.818
    # Read after scoring: a body named after «в» by any head noun the dictionary holds (f3214's «в Управлении
    # гражданской авиации Варнии ... — говорится в сообщении управления»; tests/ingest/test_body_locative.py):
    # 81.8% -> 82.8%
    assert totals.speaker_accuracy >= 0.828
    # and a body's document named in Latin letters on a Russian page (f3220's «В заявлении Harbour Compact говорится,
    # что ...»; tests/ingest/test_name_script.py): 82.8% -> 83.8%
    assert totals.speaker_accuracy >= 0.838
    # and a quote paragraph whose next paragraph points back at it and names one person (f3202, f3204, f3210: "These
    # words belong to ...", "The promise came from ...", "That was how ... described"; tests/ingest/
    # test_pointed_back.py): 83.8% -> 85.9%
    assert totals.speaker_accuracy >= 0.858


def test_the_thirty_third_fresh_batch_holds_its_clean_figures() -> None:
    # fresh33/ was the clean estimate of the fixes made after fresh32 was scored and their two reviews' fixes (README:
    # scored once, after them, in fresh33.scored.txt: recall 98.2%, precision 99.1%, speakers 77.7% (87 of 112),
    # chrome 5, title, publisher and date 90%, dateline 100%, no date wrong above low, 11 wrong speakers left
    # unflagged for review; the engine of the session's start drafted it the same). Its clean figures are its floors
    # until a change reads its misses and raises them, naming what it fixed.
    scores = evaluate_corpus(CORPUS / "fresh33")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 114
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.98 and totals.quote_precision >= 0.99 and totals.speaker_accuracy >= 0.776
    assert totals.chrome_as_content <= 5 and totals.title >= 0.9 and totals.publisher >= 0.9
    assert totals.date >= 0.9 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 11


def test_the_thirty_fourth_fresh_batch_holds_its_clean_figures() -> None:
    # fresh34/ was the clean estimate of the speaker model (README: scored once, after it, in fresh34.scored.txt:
    # recall 91.3%, precision 95.0%, speakers 84.2% (80 of 95; 80.0% with the engine before the model), chrome 6,
    # title 75%, publisher 95%, date 85%, dateline 100%, no date wrong above low, 6 wrong speakers left unflagged for
    # review). Its clean figures are its floors until a change reads its misses and raises them, naming what it fixed.
    # Development since: the speaker model was refitted on it and "In her words, ..." read from it (85.3% then).
    scores = evaluate_corpus(CORPUS / "fresh34")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 104
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.912 and totals.quote_precision >= 0.949 and totals.speaker_accuracy >= 0.841
    assert totals.chrome_as_content <= 6 and totals.title >= 0.75 and totals.publisher >= 0.95
    assert totals.date >= 0.85 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 6


def test_the_thirty_fifth_fresh_batch_holds_its_clean_figures() -> None:
    # fresh35/ was the clean estimate of the speaker model after its review and of "In her words" (README: scored
    # once, after them, in fresh35.scored.txt: recall 95.0%, precision 95.8%, speakers 84.2% (96 of 114; 82.5% with
    # the engine of the session's start), chrome 6, title 80%, publisher 90%, date 95%, dateline 100%, no date wrong
    # above low, 5 wrong speakers left unflagged for review). Its clean figures are its floors. Development since:
    # its misses were read and three kinds fixed (a reader appeal over the headline and an asking link, f3520; an
    # event's name, f3508; a player's label, f3501): recall 98.3%, speakers 86.4%, chrome 5, title 90% then.
    scores = evaluate_corpus(CORPUS / "fresh35")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 120
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.982 and totals.quote_precision >= 0.958 and totals.speaker_accuracy >= 0.863
    assert totals.chrome_as_content <= 5 and totals.title >= 0.9 and totals.publisher >= 0.9
    assert totals.date >= 0.95 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 5


def test_the_thirty_sixth_fresh_batch_holds_its_clean_figures() -> None:
    # fresh36/ was the clean estimate of the refitted speaker model and the fixes read from fresh35 (README: scored
    # once, after them, in fresh36.scored.txt: recall 89.6%, precision 94.5%, speakers 80.6% (83 of 103; 77.7% with
    # the engine of the session's start), chrome 11, title 80%, publisher 90%, date 90%, dateline 95%, no date wrong
    # above low, 7 wrong speakers left unflagged for review). Development since: its misses were read on 2026-12-01
    # and fixed as kinds, each with its test file (a print page's hard line breaks, f3603; a transcript's labels in
    # capitals, f3606; a street poll's dash answers, f3615; date lines with a section or a host, f3604, f3606; a
    # wire's version tag, f3601; a pinned post, f3618; chapter lists, credits, reading lists, f3601, f3606, f3607,
    # f3616, f3619; names in marks, f3601, f3606; "The words are those of", f3604, f3608; an apposed noun, f3609; a
    # minister as a ministry's head, f3614; a unit's possessive, f3612): recall 99.1%, precision 100%, speakers
    # 86.8%, chrome 2, title 90%, date and dateline 100%, 4 unflagged then.
    scores = evaluate_corpus(CORPUS / "fresh36")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 115
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.991 and totals.quote_precision >= 0.999 and totals.speaker_accuracy >= 0.867
    assert totals.chrome_as_content <= 2 and totals.title >= 0.9 and totals.publisher >= 0.9
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 4


def test_the_thirty_seventh_fresh_batch_holds_its_clean_figures() -> None:
    # fresh37/ was the clean estimate of the fixes read from fresh36's misses (README: scored once, after them, in
    # fresh37.scored.txt: recall 95.2%, precision 91.5%, speakers 78.0% (92 of 118; the same with the engine of the
    # session's start), chrome 2, title 90%, publisher 90%, date and dateline 100%, no date wrong above low, 6 wrong
    # speakers left unflagged for review). Development since: its misses were read on 2026-12-01 and fixed as kinds
    # (answers in marks under questions and comments under name lines, f3720, f3717; a transcript's own reporter,
    # f3707; a body's name as no interviewee, f3704; an age before an apposition, f3709; a newsletter's "View in
    # browser", f3703; a briefing's statements, f3704; formulas, slogans and nicknames in marks, f3708, f3712, f3718)
    # and the speaker model refitted on it: recall 97.6%, precision 96.0%, speakers 87.6%, chrome 1, title 95%, 3
    # unflagged then.
    scores = evaluate_corpus(CORPUS / "fresh37")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 124
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.975 and totals.quote_precision >= 0.959 and totals.speaker_accuracy >= 0.875
    assert totals.chrome_as_content <= 1 and totals.title >= 0.95 and totals.publisher >= 0.9
    assert totals.date == 1.0 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 3


def test_the_thirty_eighth_fresh_batch_holds_its_clean_figures() -> None:
    # fresh38/ was the clean estimate of the fixes read from fresh36's and fresh37's misses (README: scored once,
    # after them, in fresh38.scored.txt: recall 85.6%, precision 86.3%, speakers 81.3% (87 of 107), chrome 4, title
    # 80%, publisher 90%, date 95%, dateline 100%, no date wrong above low, 8 wrong speakers left unflagged; the engine
    # of the session's start drafted it the same, line for line). Development since: three kinds read from its misses
    # (a broadcast script's newsreader, reporter and clips, f3812, f3814; an interviewer labelled with the masthead,
    # f3813) and the speaker model refitted on it: recall 92.8%, precision 94.3%, speakers 82.8% then.
    scores = evaluate_corpus(CORPUS / "fresh38")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 125
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.927 and totals.quote_precision >= 0.942 and totals.speaker_accuracy >= 0.827
    assert totals.chrome_as_content <= 4 and totals.title >= 0.8 and totals.publisher >= 0.9
    assert totals.date >= 0.95 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 8


def test_the_thirty_ninth_fresh_batch_holds_what_its_fixes_reached() -> None:
    # fresh39/ was the first batch whose page forms were sampled from real pages as they come, common forms included
    # (README: scored once with the engine of the session's start, in fresh39.scored.txt: recall 91.1%, precision
    # 92.7%, speakers 78.4% (40 of 51), chrome 7, title 85%, publisher 75%, date 75% with one date wrong above low,
    # dateline 95%). Development since: its misses read (dates, a reprint's publisher, a site's slug, speakers at the
    # clause's end, a body's role, a role and its country, padded marks) and the speaker model refitted on it.
    scores = evaluate_corpus(CORPUS / "fresh39")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 56
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.928 and totals.quote_precision >= 0.945 and totals.speaker_accuracy >= 0.903
    assert totals.chrome_as_content <= 4 and totals.title >= 0.95 and totals.publisher >= 0.8
    assert totals.date >= 0.95 and totals.dateline == 1.0
    assert totals.unflagged_wrong_speakers <= 1


def test_the_fortieth_fresh_batch_holds_what_its_fixes_reached() -> None:
    # fresh40/ was sampled as fresh39/ was, from the other half of the same searches, and scored once after the fixes
    # read from fresh39/ (README; fresh40.scored.txt: recall 76.0%, precision 88.4%, speakers 92.1% (35 of 38), chrome
    # 3, title 90%, publisher 90%, date 90%, dateline 95%, no date wrong above low, 2 wrong speakers unflagged; the
    # engine of the session's start: 74.0%, 86.0%, 89.2%, 3, 90%, 90%, 85%, 95%). Development since: two kinds read
    # from its misses (an interview's turns on one line, f4003; an official site's tagline, f4002 and f4004).
    scores = evaluate_corpus(CORPUS / "fresh40")
    totals = corpus_totals(scores)
    assert totals.articles == 20 and sum(s.gold_quotes for s in scores) == 50
    assert totals.confident_wrong_dates == 0
    assert totals.quote_recall >= 0.879 and totals.quote_precision >= 0.897 and totals.speaker_accuracy >= 0.931
    assert totals.chrome_as_content <= 2 and totals.title >= 0.9 and totals.publisher >= 0.9
    assert totals.date >= 0.9 and totals.dateline >= 0.95
    assert totals.unflagged_wrong_speakers <= 2


def test_the_development_set_meets_the_targets() -> None:
    scores = evaluate_corpus(CORPUS / "dev")
    totals = corpus_totals(scores)
    assert totals.articles >= 455 and totals.failures() == [] and totals.confident_wrong_dates == 0
    # The frame's fallback (ingest/frame.py) names d903's «— просит она» safely, where the rule the second review of
    # round 29c reverted did not. One known miss since the speaker model: it names Анна Ветт (low) for d906's
    # kinship line, which the gold gives no one
    assert [s.article for s in scores if s.speakers_right < s.matched] == ["d906-ru-kinship-word-opens-the-sentence"]



def test_the_corpus_has_forty_articles() -> None:
    assert len(list(CORPUS.glob("*/*.gold.yaml"))) >= 40


def test_evaluate_corpus_command_exits_nonzero_below_the_targets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('Pact story\n\n"We stay," Ivo Marant said.\n', encoding="utf-8")
    (tmp_path / "a.gold.yaml").write_text("title: Another title\npublisher: null\ndate: null\ndateline: null\n"
                                          "quotes:\n- text: We stay\n  speakers: [Ivo Marant]\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "alliance_monitor", "evaluate", "--corpus", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "title: drafted 'Pact story', gold 'Another title'" in run.stdout
    (tmp_path / "a.gold.yaml").write_text("title: Pact story\npublisher: null\ndate: null\ndateline: null\n"
                                          "quotes:\n- text: We stay\n  speakers: [Ivo Marant]\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "alliance_monitor", "evaluate", "--corpus", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout


def test_a_bad_gold_file_names_file_line_and_field(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Pact story\n", encoding="utf-8")
    (tmp_path / "a.gold.yaml").write_text("title: Pact story\ndate: 14 March\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "alliance_monitor", "evaluate", "--corpus", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and f"{tmp_path / 'a.gold.yaml'}:2: date:" in run.stderr


def test_a_yearless_dateline_takes_its_year_from_the_url_or_the_copyright_line() -> None:
    page = "Pact story\n\nVALMONT, May 3 (Reuters) - The bloc said on Monday it would send observers.\n"
    d = draft(page, url="https://example.org/world/2024/pact-story")
    assert (d.date.date, d.date.confidence) == ("2024-05-03", "medium")
    d = draft(page + "\n© 2023 Valmont Gazette\n")
    assert (d.date.date, d.date.confidence) == ("2023-05-03", "low")


# --- the weak forms of the first fresh batch (issue 14, second round) ---------------------------------------------


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"We got what we asked for," union leader, Ansel Brod, said.', "Ansel Brod"),
    ('"There is no crisis, only a long meeting." Ansel Brod told reporters the talks would end.', "Ansel Brod"),
    ("«Порты останутся открытыми», — заявила официальный представитель МИД Кесселя Эльза Дорн.", "Эльза Дорн"),
    ("Министр финансов Варнии Ирма Вальд выступила в сенате.\n\n«Денег хватит на всех», — сказала министр.",
     "Ирма Вальд"),
])
def test_roles_between_commas_russian_descriptors_and_a_quote_before_its_sentence(paragraph: str,
                                                                                 speaker: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]


def test_the_secretariat_and_the_ministry_speak_as_bodies() -> None:
    d = draft('Pact story\n\n"All members have agreed," the secretariat said.\n')
    assert names(d, only(d)) == ["secretariat"]
    d = draft("Pact story\n\nVarnia's interior ministry said it had expelled the crew.\n\n"
              '"The crew were sent home by ferry," the ministry said.\n')
    assert names(d, only(d)) == ["Varnia's interior ministry"]


def test_what_critics_call_is_a_term_and_an_interview_kicker_is_no_headline() -> None:
    d = draft('Ortis on tour\n\nLena Ortis defended what her critics call her "weekend diplomacy".\n')
    assert quotes(d) == [] and [q.text for q in d.quotes if q.is_term] == ["weekend diplomacy"]
    d = draft("Tokbayev: the Senate will sit\nInterview by Rune Dahl\nJuly 2, 2024" + BODY)
    assert d.document["source"]["title"] == "Tokbayev: the Senate will sit"


def test_a_headline_repeating_a_body_quote_is_not_a_second_quote() -> None:
    d = draft("Ортис: «Мы не уйдем из Компакта»\n\n«Мы не уйдем из Компакта ни при каком правительстве», — сказала "
              "Лена Ортис.\n")
    assert [q.text for q in quotes(d)] == ["Мы не уйдем из Компакта ни при каком правительстве"]


def test_movements_and_parties_speak_as_organisations() -> None:
    d = draft('Pact story\n\n"An island without a ferry is a prison," the Island Voice Movement said.\n\n'
              "The Coastal Workers' Party backed the protest. \"We will raise this in parliament,\" the party said.\n")
    assert [names(d, q) for q in quotes(d)] == [["Island Voice Movement"], ["Coastal Workers' Party"]]
    assert {a["kind"] for a in d.document["actors"]} == {"organisation"}


def test_gold_chrome_is_located_as_a_whole_line_first(tmp_path: Path) -> None:
    # a topic link "Kessel" under the article is the chrome, not the word Kessel inside a quote above it
    from alliance_monitor.ingest.evaluate import load_gold

    article = 'Pact story\n\n"Kessel has voted," she said.\n\nRelated topics\nKessel\n'
    gold = tmp_path / "a.gold.yaml"
    gold.write_text("title: Pact story\npublisher: null\ndate: null\ndateline: null\nchrome:\n- Kessel\n",
                    encoding="utf-8")
    start = article.index("\nKessel\n") + 1
    assert load_gold(gold, article).chrome == [(start, start + len("Kessel"))]


# --- round 6: the kinds behind fresh5's misses (each reproduced on dev/ d134-d189) ------------------------------


@pytest.mark.parametrize(("page", "title", "publisher"), [
    ("Sellin Star · English Edition\n\n„We will not sign a map we have not seen“: fishermen reject the draft border "
     "chart\n\nPublished on 4 October 2025 at 07:30 CET\nby Aino Rask" + BODY, "„We will not sign a map we have not "
     "seen“: fishermen reject the draft border chart", "Sellin Star"),
    ("ВАРНИЯ СЕГОДНЯ — русская служба\n12 ноября 2025, 10:15\n\nВальд: «Бюджет будет утвержден»" + BODY,
     "Вальд: «Бюджет будет утвержден»", "Варния Сегодня"),
])
def test_an_edition_line_names_the_publisher_and_is_never_the_title(page: str, title: str, publisher: str) -> None:
    d = draft(page)
    assert (d.document["source"]["title"], d.document["source"]["publisher"]) == (title, publisher)


@pytest.mark.parametrize("page", [
    "PORT AUTHORITY OF SELLIN\nHome / News\nLanguage: EN | RU\nSearch the site\n\nStatement No. 41\n"
    "02.06.2025 16:00\n\n"
    "Statement on the ferry incident" + BODY,
    "ВЕДОМСТВО ПОРТА СЕЛЛИН\nГлавная / Новости\nЯзык: RU | EN\nПоиск по сайту\n\nПресс-релиз № 7\n02.06.2025 16:00\n\n"
    "Statement on the ferry incident" + BODY,
])
def test_search_boxes_and_language_selectors_are_never_the_title(page: str) -> None:
    assert draft(page).document["source"]["title"] == "Statement on the ferry incident"


@pytest.mark.parametrize("page", [
    "Harbour Record\n\n'We were told, \"Next year\"': dockers lose patience\n\nCrane crews say repairs never came\n\n"
    "Mette Lind, Ports Editor\nThursday 12 June 2025 08:10 GMT" + BODY,
    "Coast News\nNews | Harbour | Weather\n\nBy Petra Holm\nReporter\n9 September 2025\n\n'We were told, "
    "\"Next year\"': dockers lose patience"
    + BODY,
    "Голос Астреля\nНовости | Порт | Погода\n\nАвтор: Ольга Стрем\nКорреспондент\n3 марта 2025\n\n'We were "
    "told, \"Next year\"': dockers lose "
    "patience" + BODY,
])
def test_a_journalists_role_is_the_bylines_never_the_title(page: str) -> None:
    assert draft(page).document["source"]["title"] == "'We were told, \"Next year\"': dockers lose patience"


@pytest.mark.parametrize(("footer", "publisher"), [
    ("© Valmont Sunday Courier Ltd 2025", "Valmont Sunday Courier"),
    ("Copyright © 2025 Astrell Evening Media. All rights reserved.", "Astrell Evening"),
    ("© Lindmark Daily Verlag 2025", "Lindmark Daily"),
    ("© Вальмонтский вестник 2025. Перепечатка только с согласия редакции.", "Вальмонтский вестник"),
    ("© «Тарнский вестник», 2025. 16+", "Тарнский вестник"),
    ("Селлинские известия, 2025. Сетевое издание. 18+", "Селлинские известия"),
])
def test_a_copyright_line_names_the_publisher_without_company_form_or_year(footer: str, publisher: str) -> None:
    page = "Pact story\nBy Lena Ortis\nFebruary 23, 2024" + BODY + "\nRead also:\nAnother story\n" + footer + "\n"
    assert draft(page).document["source"]["publisher"] == publisher


@pytest.mark.parametrize(("masthead", "publisher"), [
    ("VPA Varnian Press Agency", "Varnian Press Agency"),
    ("КИА Кессельское информационное агентство", "Кессельское информационное агентство"),
    ("THE SELLIN OBSERVER", "The Sellin Observer"),
])
def test_a_masthead_spells_out_its_initials_and_keeps_its_article(masthead: str, publisher: str) -> None:
    page = masthead + "\n\nPact story\n\n08.10.2025 11:05\n\nSELLIN, 8 October (" + masthead.split()[0] + ") – The "\
        "ministers met on Monday and talked for a long time about the ports and the patrols.\n"
    if masthead.startswith("THE"):
        page = masthead + "\nFriday, 7 March 2025\n\nPact story" + BODY
    assert draft(page).document["source"]["publisher"] == publisher


@pytest.mark.parametrize("sentence", [
    "The council said the tunnel will be opened to traffic in 2028, a year late.",
    "Мэрия сообщила, что мост будет достроен в 2029 году.",
])
def test_a_planned_year_is_no_clue_against_the_printed_date(sentence: str) -> None:
    d = draft("Pact story\nPublished on 3 February 2025 at 09:00 CET\n\n" + sentence + "\n")
    assert (d.date.date, d.date.confidence) == ("2025-02-03", "high")


@pytest.mark.parametrize(("page", "chrome"), [
    ('Pact story\nKaja Morn\n5 August 2025\n\nThe council chair, Olof Brand, said it would "keep Tarn for Tarn".\n\n'
     'Kaja Morn is a former ferry captain and the author of "Salt and Timetables".\n', "Salt and Timetables"),
    ("Пакт\nАвтор: Дина Ларс\n5 августа 2025\n\nМэр Оскар Лунд сказал, что сбор «пойдет на причалы».\n\n"
     "Дина Ларс — обозреватель и автор книги «Соль и расписания».\n", "Соль и расписания"),
])
def test_the_authors_note_at_the_end_is_chrome(page: str, chrome: str) -> None:
    d = draft(page)
    assert all(q.text != chrome for q in d.quotes) and len(quotes(d)) == 1


@pytest.mark.parametrize(("embed", "said"), [
    ("Lotta Brenn\n@BrennSenate\nKessel cannot set our deadlines. #quotas\n1:44 PM · Jun 3, 2025\n842 Reposts   2.1K "
     "Likes", 'In her post, Brenn wrote: "Kessel cannot set our deadlines."'),
    ("Лотта Бренн\n@BrennSenat\nКессель не будет назначать нам сроки.\n13:44 · 3 июня 2025\n842 репоста",
     "В своем посте Бренн написала: «Кессель не будет назначать нам сроки»."),
])
def test_an_embedded_post_is_furniture_and_the_body_under_it_stays(embed: str, said: str) -> None:
    page = ("Pact story\nBy Ola Strand\nJune 3, 2025\n\nSenate Speaker Lotta Brenn rejected the deadline on Tuesday in "
            "a short post.\n\n" + embed + "\n\n" + said + "\n")
    d = draft(page)
    assert names(d, only(d)) == ["Lotta Brenn"]
    assert d.layout.in_chrome(page.index("@Brenn"), page.index("@Brenn") + 5)


@pytest.mark.parametrize(("label", "page"), [
    ("Halvorsen", "Harbour Weekly\n\nA port, not a border\n10 April 2025\n\nIngrid Halvorsen has run the port for "
     "eleven years. We met her on the quay.\n\nHarbour Weekly: How long are the queues?\n\nHalvorsen: Six hours on "
     "Monday. We are a port, not a border.\n\nHarbour Weekly: Will you ask the ministry?\n\nHalvorsen: I have asked "
     "twice. The answer was \"wait\".\n"),
    ("Браск", "Курьер\n\nПошлины не политика\n10 апреля 2025\n\nМинистр торговли Кесселя Ханна Браск дала интервью "
     "нашей газете.\n\nКурьер: Зачем пошлины?\n\nБраск: Потому что Варния начала первой. Мы лишь ответили.\n\n"
     "Курьер: Когда их отменят?\n\nБраск: Когда отменят варнийские.\n"),
])
def test_a_qa_interviews_answers_are_the_interviewees_quotes(label: str, page: str) -> None:
    d = draft(page)
    found = quotes(d)
    assert [q.text for q in found] == [line.split(": ", 1)[1] for line in page.splitlines()
                                       if line.startswith(label + ": ")]
    assert {tuple(names(d, q)) for q in found} == {(("Ingrid Halvorsen",) if label == "Halvorsen"
                                                   else ("Ханна Браск",))}


@pytest.mark.parametrize(("paragraph", "pieces", "speaker"), [
    ('"It took three years," Defence Minister Rune Falk told reporters in Sellin, "and three days for the rest."',
     ["It took three years,", "and three days for the rest."], "Rune Falk"),
    ("«Мы три года договаривались, — сказал министр обороны Кесселя Руне Фальк, — и три дня обо всем остальном».",
     ["Мы три года договаривались", "и три дня обо всем остальном"], "Руне Фальк"),
])
def test_a_split_quote_is_two_pieces_of_one_speaker(paragraph: str, pieces: list[str], speaker: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert [q.text for q in quotes(d)] == pieces and [names(d, q) for q in quotes(d)] == [[speaker]] * 2


@pytest.mark.parametrize(("page", "speaker"), [
    ('Pact story\n\nPresenting the accounts, Oskar Ekman said:\n\n"We paid for patrols with radar money.\n\n'
     '"We cannot do that twice."\n', "Oskar Ekman"),
    ("Пакт\n\nПредставляя отчет, казначей Оскар Экман сказал:\n\n«Мы оплатили патрули деньгами радаров.\n\n"
     "«Второй раз так не получится».\n", "Оскар Экман"),
    ('Pact story\n\nThe breakwater would be finished before winter, Edvin Hake said. "The island has waited long '
     'enough."\n', "Edvin Hake"),
    ("Пакт\n\nНа причале Эдвин Хаке был в хорошем настроении. «Я видел чертежи, и они прекрасны».\n", "Эдвин Хаке"),
])
def test_a_quote_standing_alone_takes_the_speaker_of_the_sentence_before(page: str, speaker: str) -> None:
    d = draft(page)
    assert quotes(d) and all(names(d, q) == [speaker] for q in quotes(d))


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"We do not need a partner." The reply came within hours from Kessel\'s transport minister, Signe Aal.',
     "Signe Aal"),
    ("«Нам не нужен партнер». Эти слова принадлежат министру транспорта Кесселя Густаву Эльгу.", "Густав Эльг"),
    ("Заявление казначея Ингвара Толля о том, что касса «почти пуста», вызвало споры.", "Ингвар Толль"),
    ('Treasurer Ingvar Toll\'s warning that the coffers were "almost empty" set off an argument.', "Ingvar Toll"),
])
def test_a_speaker_named_in_an_oblique_case_or_the_next_sentence(paragraph: str, speaker: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]


@pytest.mark.parametrize(("page", "speaker"), [
    ("Пакт\n\nДелегацию возглавил министр иностранных дел Матс Оберг.\n\n«Мы ответим по существу», — сказал глава "
     "варнийской дипломатии журналистам.\n", "Матс Оберг"),
    ("Пакт\n\nМинистр транспорта Кесселя Сольвейг Аск пообещала новый паром.\n\nМинистр также отметила, что старый "
     "паром «доработает сезон, но не больше».\n", "Сольвейг Аск"),
])
def test_a_role_alone_or_its_periphrasis_names_the_person_given_it(page: str, speaker: str) -> None:
    d = draft(page)
    assert names(d, only(d)) == [speaker]


@pytest.mark.parametrize(("page", "body"), [
    ("Пакт\n\nМИД Варнии опубликовал ответ. В ведомстве заявили, что «пошлины нарушают соглашение», которое, по "
     "мнению Варнии, действует.\n", "МИД Варнии"),
    ("Пакт\n\nМинистерство обороны Кесселя проведет учения.\n\n«Учения плановые и ни против кого», — сообщили в "
     "пресс-службе министерства.\n", "Министерство обороны Кесселя"),
    ('Pact story\n\nKessel\'s defence ministry will hold drills.\n\n"The drills are routine and aimed at no one," the '
     "ministry's press office said.\n", "Kessel's defence ministry"),
    ("Пакт\n\nМинистерство регионального развития Кесселя ответило на запрос: проект «еще не прошел экспертизу».\n",
     "Министерство регионального развития Кесселя"),
    ('Pact story\n\nThe Ministry of Transport of the Republic of Kessel notes the ferry will sail.\n\n"Every crossing '
     'will carry a second engineer," the statement says.\n', "Ministry of Transport of the Republic of Kessel"),
    ('Pact story\n\nThe Harbour Compact secretariat said it was "ready to host talks at any time".\n',
     "Harbour Compact secretariat"),
    ('Pact story\n\nBaywise, which runs the ferry for the island council, said it would publish "a timetable that '
     'holds".\n', "Baywise"),
])
def test_a_body_named_by_a_common_noun_its_press_service_or_a_long_name_speaks(page: str, body: str) -> None:
    compact = Actor(id="harbour-compact", name="Harbour Compact", aliases=["the Compact"], kind=ActorKind.ORGANISATION)
    d = draft(page, known=Known(actors=[*KNOWN.actors, compact]))
    assert names(d, only(d)) == [body]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('Baker Anneli Sund told the Herald: "Flour comes twice a week now, not daily."', ["Anneli Sund"]),
    ('Tor Ekdahl said talks would resume. One woman at the terminal said nobody had warned them. "We learned it '
     'from the radio," she said.', []),
    ("Директор Тур Экдаль сказал, что переговоры продолжатся. Одна из пассажирок рассказала, что никто не "
     "предупредил. «Мы узнали об этом по радио», — сказала она.", []),
    ('As one trawlerman in Tarn put it to me: "Rules for whom?"', []),
    ('Senate Speaker Anton Rieck sat under a chart of Kessel Bay. "Treaties are slow on purpose," he said.',
     ["Anton Rieck"]),
])
def test_the_one_told_an_unnamed_person_and_a_place_are_never_the_speaker(paragraph: str,
                                                                          speaker: list[str]) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert names(d, only(d)) == speaker


@pytest.mark.parametrize(("paragraph", "said", "label"), [
    ("Спикер Арман Токбаев возразил, что закон «О портах» «ничего не отнимает у рыбаков». Сенатор Олаф Нюберг, "
     "которого газета называет «последним лоцманом сената», молчит.", "ничего не отнимает у рыбаков",
     "последним лоцманом сената"),
    ('Speaker Arman Tokbayev replied that the "Ports Act" "takes nothing away from fishermen". Senator Olaf Nyberg, '
     'whom the local paper calls "the last harbour pilot", is silent.', "takes nothing away from fishermen",
     "the last harbour pilot"),
])
def test_a_name_in_quotes_ends_no_clause_and_a_label_nobody_says_is_a_term(paragraph: str, said: str,
                                                                            label: str) -> None:
    d = draft("Pact story\n\n" + paragraph + "\n")
    assert [q.text for q in quotes(d)] == [said] and label in [q.text for q in d.quotes if q.is_term]


# --- round 7: the kinds behind fresh6's misses (each reproduced on dev/ d190 onwards) ----------------------------


@pytest.mark.parametrize(("page", "publisher"), [
    ("Агентство «Северный рейд»\nЛента   Политика   Экономика   Мнения\nНовости  27 ноября 2025 года, 11:05\n\n"
     "Кессель вышел из соглашения" + BODY, "Северный рейд"),
    ("News agency \"Harbour Line\"\nLatest   World   Business   Opinion\nWorld  14 October 2025, 09:10\n\n"
     "Tarn keeps its terminal open" + BODY, "Harbour Line"),
])
def test_a_masthead_naming_the_outlets_kind_then_its_name_in_quotes(page: str, publisher: str) -> None:
    # fresh6/f623 (d194): the name in the quotation marks is the publisher, the line never the headline; a section's
    # name before the date is its date line
    d = draft(page)
    assert d.document["source"]["publisher"] == publisher
    assert d.document["source"]["title"] in ("Кессель вышел из соглашения", "Tarn keeps its terminal open")
    assert d.date.date in ("2025-11-27", "2025-10-14")


@pytest.mark.parametrize(("page", "said"), [
    ("We use cookies. By continuing you accept them. Accept | Settings\n\nTHE ESKBY LEDGER\n\nShipyard hires again\n\n"
     "The yard's order book has filled up since the autumn.\n\nMonday 3 November 2025\n\nBy Karin Aalto\n\n"
     "\"We are taking on forty welders,\" said Mats Ekholm, the yard's director.\n", "We are taking on forty welders,"),
    ("ТАРНСКИЕ ВЕСТИ\n\nВерфь снова набирает рабочих\n\nПортфель заказов верфи заполнен до конца года.\n\n"
     "Вторник, 4 ноября 2025\n\nАвтор: Ольга Стрем\n\n«Мы возьмем сорок сварщиков», — сказал директор верфи "
     "Павел Рунге.\n", "Мы возьмем сорок сварщиков"),
])
def test_a_date_and_byline_under_the_standfirst_are_the_articles_header(page: str, said: str) -> None:
    # fresh6/f614 (d196, d197): the date line under a sentence is not a news list's next item
    d = draft(page)
    assert only(d).text == said and d.date.date in ("2025-11-03", "2025-11-04")


@pytest.mark.parametrize(("page", "answer"), [
    ("Marden: \"The pilots will get their pay\"\n\nLise Marden runs the port authority.\n\nHarbour Review: Did you "
     "give in?\n\nMarden: No. That is a deal.\n\nHarbour Review: Will they sue?\n\nMarden: Two have written.\n",
     "No. That is a deal."),
    ("Марден: «Лоцманы получат сетку»\n\nЛиза Марден руководит портом.\n\n«Портовые ведомости»: Вы уступили?\n\n"
     "Марден: Нет. Это сделка.\n\n«Портовые ведомости»: Суда потребуют компенсаций?\n\nМарден: Двое написали.\n",
     "Нет. Это сделка."),
])
def test_a_qa_headline_in_the_answers_shape_is_no_answer(page: str, answer: str) -> None:
    # fresh6/f606 (d199, d200): the headline's label does not hide the full name above the first question, and the
    # interviewer's label in quotation marks is a name, no quote
    found = quotes(draft(page))
    assert [q.text for q in found][:1] == [answer] and len(found) == 2
    assert all(names(draft(page), q) for q in found)


@pytest.mark.parametrize("heading", ["8 comments", "Comments (31)", "Комментарии (2)", "12 комментариев"])
def test_reader_comments_under_a_count_heading_are_chrome(heading: str) -> None:
    # fresh6/f605 (d201, d202): each comment, set apart by blank lines, quotes the body or anyone: chrome
    page = ("Ferry crews vote to strike\n\nFerry crews on the Tarn line voted on Thursday to strike next week.\n\n"
            "\"Twelve-hour shifts are a dare,\" said Nils Oster, who speaks for the crews.\n\nThe company will meet "
            f"the union on Monday.\n\n{heading}\n\nharbour_kat · 2 hours ago\n\"A dare\" is exactly right, my "
            "brother works that line.\nReply · Like 9\n\nTarnDad\nMy neighbour said \"they always blink first\" and "
            "I believe him.\nReply\n")
    assert [q.text for q in quotes(draft(page))] == ["Twelve-hour shifts are a dare,"]


@pytest.mark.parametrize(("masthead", "publisher"), [("ТАРН ОНЛАЙН", "Тарн Онлайн"), ("ESKBY ONLINE", "Eskby Online")])
def test_a_masthead_in_capitals_names_the_publisher(masthead: str, publisher: str) -> None:
    # fresh6/f620 (d202): "online" makes a publication's name like "news" or "вестник"
    page = f"{masthead}\nNews  City  Sport\n\nFerry crews vote to strike\n\n6 November 2025, 17:30" + BODY
    assert draft(page).document["source"]["publisher"] == publisher


@pytest.mark.parametrize(("page", "title"), [
    ("Министерство транспорта Республики Варния\nО министерстве  Пресс-центр  Контакты\nRU | EN\n\n"
     "Главная / Новости\n\nО рабочей встрече Министра транспорта Я.Верес с руководством администрации порта "
     "Селлин по вопросам зимней "
     "навигации\n\n18.11.2025" + BODY, "О рабочей встрече Министра транспорта Я.Верес с руководством администрации "
     "порта Селлин по вопросам зимней навигации"),
    ("Тарнский вестник\nНовости   Мнения\n\nЧему Селлин научился за осень\n\nНина Корвель, экономист\n3 декабря 2025"
     + BODY, "Чему Селлин научился за осень"),
    ("The Tarn Observer\nNews   Opinion\n\nWhat Sellin learned this autumn\n\nNina Korvel, political analyst\n"
     "December 3, 2025" + BODY, "What Sellin learned this autumn"),
])
def test_a_language_switch_and_a_columnists_line_are_never_the_title(page: str, title: str) -> None:
    # fresh6/f621, f624 (d203-d205): "RU | EN" is furniture, a body's name with lowercase words is no headline, and
    # "Name, экономист" / "Name, political analyst" is the byline
    assert draft(page).document["source"]["title"] == title


@pytest.mark.parametrize(("page", "speaker"), [
    ("Briefing\n\nTranscript of the briefing by Spokeswoman Hanne Ostrup\n\n9 December 2026\n\n"
     "Question (Radio Kessel North): Will the ferry run?\n\nHanne Ostrup: Three nights a week.\n\n"
     "Question: From when?\n\nHanne Ostrup: From 5 January.\n", "Hanne Ostrup"),
    ("The Quay\n\nThe admiral who counts buoys\n\n14 March 2026\n\nRear Admiral Petra Lindqvist commands the patrol."
     "\n\nTHE QUAY: How many ships?\n\nLINDQVIST: Eleven, if the yards keep their word.\n\nTHE QUAY: And Kessel?\n\n"
     "LINDQVIST: Kessel has a fair case.\n", "Petra Lindqvist"),
    ("Вестник\n\nИнгрид Сорен: «Ледоколов больше, чем денег»\n\nБеседовал Павел Ларин\n17.11.2026\n\n"
     "Ингрид Сорен руководит портом с весны.\n\n— Порт готов к зиме?\n\n— Готов настолько, насколько позволяет "
     "бюджет.\n\n— А если компакт так и не договорится о тарифе?\n\n— Тогда договоримся с соседями напрямую.\n\n"
     "Теги: порты\n", "Ингрид Сорен"),
])
def test_an_interviews_answers_under_a_full_name_a_capitals_label_or_a_dash(page: str, speaker: str) -> None:
    # fresh7/f703, f715, f720 (d206-d208): "Name Surname:", "SURNAME:" and Russian dash answers after dash
    # questions are the interviewee's quotes, each its whole paragraph; the questions are no quotes
    d = draft(page)
    found = quotes(d)
    assert len(found) == 2 and all(not q.text.endswith("?") for q in found)
    assert [names(d, q) for q in found] == [[speaker]] * 2


@pytest.mark.parametrize(("footer", "publisher"), [
    ("© Ministry of Transport of the Republic of Kessel, 2026", "Ministry of Transport of the Republic of Kessel"),
    ("© Министерство обороны Республики Варния, 2026", "Министерство обороны Республики Варния"),
])
def test_a_ministrys_own_site_names_itself_in_a_long_copyright_line(footer: str, publisher: str) -> None:
    # fresh7/f703 (d206): a body's full name is longer than a newspaper's
    page = "Ferry crews vote to strike\n\n6 November 2025" + BODY + "\n" + footer + "\n"
    assert draft(page).document["source"]["publisher"] == publisher


@pytest.mark.parametrize(("paragraph", "pieces", "speaker"), [
    ("«Радары оплачены и уже на складе, — сказал министр обороны Кесселя Руне Фальк. — Но ставить их зимой никто "
     "не станет».", ["Радары оплачены и уже на складе", "Но ставить их зимой никто не станет"], "Руне Фальк"),
    ("«Текст мы получили в пятницу, — подчеркнула председатель комитета Ева Лунд. — Заключение будет к июню».",
     ["Текст мы получили в пятницу", "Заключение будет к июню"], "Ева Лунд"),
])
def test_a_split_quote_whose_attribution_ends_its_sentence_is_two_pieces(paragraph: str, pieces: list[str],
                                                                           speaker: str) -> None:
    # fresh7/f722 (d209, d210): "«..., — сказал Фальк. — Но ...»": the attribution is in neither piece
    d = draft("Пакт\n\n" + paragraph + "\n")
    assert [q.text for q in quotes(d)] == pieces and [names(d, q) for q in quotes(d)] == [[speaker]] * 2


@pytest.mark.parametrize(("top", "switch", "publisher"), [
    ("SENATE OF THE REPUBLIC OF KESSEL\nHome | Sittings | Committees", "Version for the visually impaired",
     "Senate of the Republic of Kessel"),
    ("Министерство транспорта Республики Кессель\nМинистерство | Новости | Контакты", "Версия для слабовидящих",
     "Министерство транспорта Республики Кессель"),
])
def test_a_state_bodys_site_publishes_itself_and_its_accessibility_switch_is_no_title(top: str, switch: str,
                                                                                      publisher: str) -> None:
    # fresh7/f710, f721 (d211, d212): the body's name on the first line is the publisher, never the title; the
    # accessibility switch is furniture
    page = f"{top}\n{switch}\n\nНовости\n\n11.02.2026\n\nFerry crews vote to strike" + BODY
    source = draft(page).document["source"]
    assert source["title"] == "Ferry crews vote to strike" and source["publisher"] == publisher


@pytest.mark.parametrize(("top", "headline", "url"), [
    ("TARN HARBOUR NEWS\nHome | Port | Energy | Opinion\n\nPort | Energy\n\n",
     "Harbour board delays the new fuel quay at Tarn",
     "https://tarnharbour.example/port/energy/fuel-quay-delayed-tarn"),
    ("СЕЛЛИН.РУ\n\n12.03.2027 11:40\nГород\n👁 2 317\n\n", "В Селлине закрыли мост через Вельду на ремонт",
     "https://sellin.example/news/gorod/58213-zakryli-most-veldu-remont/"),
])
def test_the_urls_slug_names_the_headline_among_header_lines(top: str, headline: str, url: str) -> None:
    # fresh8/f803, f808, f810, f814, f817, f818 (d213, d214): section labels, "Date of publication: ...", a view
    # counter stood where the rules looked for the headline; the slug's words (transliterated for Russian) name it
    page = f"{top}{headline}\n\nDate of publication: 14.02.2027\n" + BODY
    assert draft(page, url=url).document["source"]["title"] == headline
    # with a slug that names nothing (a date, an id), the rules' own choice stands, as without a URL
    assert (draft(page, url="https://tarnharbour.example/2027/02/14/12345.html").document["source"]["title"]
            == draft(page).document["source"]["title"])


def test_a_headline_sharing_a_slug_word_keeps_its_place() -> None:
    # the slug overrules only a headline that shares none of its words
    page = "Harbour board delays fuel quay\nTarn harbour board fuel quay opening postponed to autumn\n" + BODY
    d = draft(page, url="https://tarnharbour.example/tarn-harbour-board-fuel-quay-opening")
    assert d.document["source"]["title"] == "Harbour board delays fuel quay"


def test_a_newsletters_mail_subject_is_its_headline_without_the_label() -> None:
    # fresh8/f811: an e-mail newsletter pasted with its header
    page = ("From: Morning Compact <news@lindmark.example>\nSubject: Morning Compact: ferries, fees and a visit\n"
            "View in browser\n\nTHE LINDMARK TIMES\nThe Morning Compact\nFriday 6 November 2026\n" + BODY)
    assert draft(page).document["source"]["title"] == "Morning Compact: ferries, fees and a visit"


def test_a_date_of_publication_label_and_a_dotted_site_name_in_the_footer() -> None:
    # d213, d214 (fresh8/f810, f818): "Date of publication: 14.02.2027" is the printed date; "© Селлин.ру, 2027"
    # names Селлин.ру (a dot inside a name does not end it)
    d = draft("Ferry crews vote to strike\n\nDate of publication: 14.02.2027\n" + BODY + "\n© Селлин.ру, 2027\n")
    source = d.document["source"]
    assert source["published"]["date"] == "2027-02-14" and source["publisher"] == "Селлин.ру"


@pytest.mark.parametrize(("page", "answers", "speaker"), [
    # fresh8/f805 (d215): a role and the surname in capitals; the opening statement above the first question too
    ("Briefing by Spokesperson Odile Brandt\n\nPublished: 3 March 2027\n\nSPOKESPERSON BRANDT: Good afternoon. One "
     "announcement first.\n\nQUESTION (Coastal Post): Will the ferry run?\n\nSPOKESPERSON BRANDT: It will run from "
     "April.\n\nQUESTION: And the fares?\n\nSPOKESPERSON BRANDT: They stay where they are.\n",
     ["Good afternoon. One announcement first.", "It will run from April.", "They stay where they are."],
     "Odile Brandt"),
    # fresh8/f812 (d216): initials of the interviewee named in full before
    ("\"A lighthouse is a promise\"\n\nTove Lindqvist has kept the Sellin light for twenty years.\n\nSR: What do you "
     "do now?\n\nTL: The same as before: I watch the sea.\n\nSR: Will the light be automated?\n\nTL: Next year, they "
     "say.\n", ["The same as before: I watch the sea.", "Next year, they say."], "Tove Lindqvist"),
    # fresh8/f820 (d217): the site's name alone on the first line is not the interviewee
    ("Портовый Вестник\n\nИда Сольберг: «Мы не поднимем тарифы»\n\nБеседовал Олег Ростов\n4 марта 2027\n\n— Ида, "
     "порт справился?\n\n— Справился, хотя "
     "два раза мы стояли по трое суток и ледоколов не хватало всем.\n\n— Будут ли расти тарифы?\n\n— До лета "
     "точно нет, мы обещали это нашим клиентам ещё в январе этого года.\n",
     ["Справился, хотя два раза мы стояли по трое суток и ледоколов не хватало всем.",
      "До лета точно нет, мы обещали это нашим клиентам ещё в январе этого года."], "Ида Сольберг"),
    # fresh8/f821 (d218): a role or a body before a place ("Губернатор Селлина", "Республики Тарнланд") is no
    # person; the name ends a run of capitalised words ("Тарнланда Олафа Гренна")
    ("Брифинг заместителя министра транспорта Тарнланда Олафа Гренна\n\nГубернатор Селлина обратился в "
     "министерство Республики Тарнланд.\n\nВопрос: Когда возобновятся рейсы?\n\nОтвет: С апреля.\n\nВопрос: "
     "Изменятся ли цены?\n\nОтвет: Нет, до осени цены останутся прежними.\n",
     ["С апреля.", "Нет, до осени цены останутся прежними."], "Олаф Гренн"),
])
def test_a_transcripts_labelled_answers_are_the_named_persons(page: str, answers: list[str], speaker: str) -> None:
    d = draft(page)
    found = [q for q in quotes(d) if q.text in answers]
    assert [q.text for q in found] == answers and [names(d, q) for q in found] == [[speaker]] * len(answers)


@pytest.mark.parametrize(("page", "url", "publisher", "unhosted"), [
    # fresh9/f911, fresh7/f709, fresh8/f805 (d219): the first line's name, the host spelling one of its words
    ("Tarnland Senate\nHome | Sittings | Committees\n\nFerry crews vote to strike\n\n12 February 2027\n",
     "https://senate.tl.example/press/ferry-crews-vote-to-strike", "Tarnland Senate",
     # (round 29d: without the URL, the name alone on the first line over the site's menu of three items is found)
     "Tarnland Senate"),
    # fresh8/f819, f820, fresh7/f724 (d220): the host spells the name transliterated
    ("Сельдская Неделя\nНовости | Город\n\nFerry crews vote to strike\n\n14.03.2027\n",
     "https://seldskaya-nedelya.example/gorod/2027/03/14/parom/", "Сельдская Неделя", None),
    # fresh8/f816: the host spells the name's initials; the bracketed initials are not part of the name
    ("Selda Institute for Harbour Studies (SIHS)\nAbout | Research\n\nFerry crews vote to strike\n\n"
     "14.03.2027\n", "https://www.sihs.example/events/ferry-crews", "Selda Institute for Harbour Studies", None),
    # fresh7/f713, fresh6/f608 (d224): a cookie banner above the masthead; a name the host spells whole, anywhere
    ("We use cookies. Accept | Settings\n\nTHE BRENN OBSERVER\nLocal | Harbour\n\nFerry crews vote to strike\n"
     "\nPublished 4 February 2027\n", "https://www.brennobserver.example/harbour/ferry-5521", "The Brenn Observer",
     None),
])
def test_the_urls_host_names_the_publisher_among_the_pages_names(page: str, url: str, publisher: str,
                                                                  unhosted: str | None) -> None:
    # Round 10: a name the page prints, when the host spells it, is the publisher; without the URL, none is found
    # unless another rule finds it (`unhosted`)
    assert draft(page + BODY, url=url).document["source"]["publisher"] == publisher
    assert draft(page + BODY).document["source"]["publisher"] == unhosted


@pytest.mark.parametrize(("top", "dateline", "footer", "url", "publisher"), [
    # fresh9/f901, fresh7/f705 (d221): the dateline's short name, the masthead's full one
    ("Vellmar Press\nWorld | Markets", "SELDA, March 2 (Vellmar) - ", "© Vellmar Press Ltd 2027",
     "https://vellmarpress.example/world/x", "Vellmar Press"),
    # fresh9/f913: initials in the dateline and the copyright, the name the initials spell in the header
    ("TNS Tarnland News Service\nPolitics | World", "SELDA, March 2 (TNS) - ", "© TNS 2027. All rights reserved.",
     "https://tns.example/en/politics/x", "Tarnland News Service"),
    # fresh9/f922, fresh6/f621, fresh8/f821 (d222): a body's initials before the rest of its name
    ("Министерство по чрезвычайным ситуациям Республики Тарнланд\nГлавная | Новости", "",
     "© МЧС Республики Тарнланд, 2027", "https://mchs.tarnland.example/news/x",
     "Министерство по чрезвычайным ситуациям Республики Тарнланд"),
    # fresh9/f902 (d224): the masthead prints "The", the copyright line leaves it out
    ("The Halden Evening Post\nNews | Sport", "", "© Halden Evening Post Ltd 2027",
     "https://haldeneveningpost.example/news/x", "The Halden Evening Post"),
    # fresh7/f711: a longer name elsewhere ("SNB News Desk") never displaces the masthead's name the host spells
    ("SNB News\nTop stories  World", "", "By SNB News Desk", "https://snbnews.example/region/x", "SNB News"),
    # fresh9/f904 (d223): the site printed as its domain, the body's name under it
    ("GOV.TL\nTarnland Ministry of Transport", "", "", "https://www.gov.tl/government/news/x",
     "Tarnland Ministry of Transport"),
])
def test_a_short_name_gives_way_to_the_full_name_the_page_prints(top: str, dateline: str, footer: str, url: str,
                                                                 publisher: str) -> None:
    # Round 10: the page shows one name short and long; the full name of the body is its publisher
    page = (f"{top}\n\nFerry crews vote to strike\n\n2 March 2027\n\n{dateline}Ferry crews in Selda voted on "
            f"Tuesday to strike.\n\n\"We will stop on Monday,\" said Lars Hemm.\n\n{footer}\n")
    assert draft(page, url=url).document["source"]["publisher"] == publisher


@pytest.mark.parametrize(("url", "host"), [
    ("https://www.Ledger.example:8443/region/story?x=1#top", "ledger.example"),
    ("ru.varnia-today.example/politika/ortis-poezd", "varnia-today.example"),
    ("http://[not-a-host/path", ""),
    (None, ""),
])
def test_the_host_of_a_pages_url_is_read_by_the_standard_library(url: str | None, host: str) -> None:
    from alliance_monitor.ingest.chrome import _url_host

    assert _url_host(url) == host


# --- round 11: fresh10's kinds, by general signals ---------------------------------------------------------


@pytest.mark.parametrize(("page", "speaker"), [
    # fresh10/f1001 (d225): a place's name before the role and the name is no speaker, whether or not the cast
    # reads the place and the role's first word as a name
    ('"Two boats are safer than one," Lindmark Defence Minister Sigrid Aalto told reporters.\n', "Sigrid Aalto"),
    ('"Two boats are safer than one," Brenn Transport Minister Hella Markstrom told reporters.\n',
     "Hella Markstrom"),
    # fresh10/f1007 (d226): a role under a lower-case possessive, then the name between commas
    ('"We found corrosion where we did not expect it," the authority\'s chief engineer, Paavo Lind, said.\n',
     "Paavo Lind"),
])
def test_a_place_or_a_possessive_before_the_role_leaves_the_person_named(page: str, speaker: str) -> None:
    d = draft("Pact story\n\n" + page)
    assert names(d, only(d)) == [speaker]


def test_where_someone_works_is_an_organisation_and_its_analysts_speak_for_it() -> None:
    # fresh10/f1005, fresh9/f908 (d227): "a strategist at Halvik Capital" works at a firm, so "she" is the
    # strategist; "Analysts at Valmont Securities ..., writing that": the firm, past a one-word rating in quotes
    d = draft("Pact story\n\nAnalysts at Valmont Securities cut the stock to 'underweight', writing that the levy "
              "would take 'between a fifth and a quarter' of profit.\n\nIngrid Falk, a strategist at Halvik Capital, "
              "said the reaction was overdone. 'The market is pricing the levy as if it lasts for ever,' she said.\n")
    found = quotes(d)
    assert [q.text for q in found] == ["between a fifth and a quarter",
                                       "The market is pricing the levy as if it lasts for ever,"]
    assert [names(d, q) for q in found] == [["Valmont Securities"], ["Ingrid Falk"]]
    kinds = {a["name"]: a["kind"] for a in d.document["actors"]}
    assert kinds["Valmont Securities"] == "organisation" and kinds["Ingrid Falk"] == "person"


@pytest.mark.parametrize(("page", "speaker"), [
    # fresh10/f1011 (d228): "His answer was ...:" is the person the sentence before named (the one asked)
    ("I asked the harbour master, Rune Tamsen, why now. His answer was simple: \"Because the ice does not check "
     "passports.\"\n", "Rune Tamsen"),
    # fresh10/f1018 (d229): «По её словам» after a sentence whose verb of saying has its subject (Рунге), not the
    # minister named in its «что» clause
    ("Отвечая на вопрос, Эльза Рунге сообщила, что министр Лена Ортис поедет на саммит. По её словам, Варния "
     "привезёт «конкретные цифры, а не лозунги».\n", "Эльза Рунге"),
    # fresh10/f1020 (d229): a clause naming one person ends with a colon before the quote, no verb of saying
    ("Отставной адмирал Виктор Хаас в разговоре со мной был короче: «Катера не ждут, пока политики "
     "договорятся».\n", "Виктор Хаас"),
    # fresh10/f1020, f1016 (d229, d230): imperfective and complaining verbs of saying
    ("Спикер Арман Токбаев объяснял задержку бюджета так: «Ускоряться в тумане опасно».\n", "Арман Токбаев"),
    ("Жительница Вера Клинг рассказала о дороге. «Я встаю в пять утра», — пожаловалась она.\n", "Вера Клинг"),
    # fresh10/f1016 (d230): a company named in quotation marks as the subject of the verb of saying
    ("Перевозчик «Остраллайн» сообщил, что без субсидий линия «не окупится и за десять лет».\n", "Остраллайн"),
])
def test_whose_words_by_a_pronoun_a_colon_clause_or_a_quoted_name_as_subject(page: str, speaker: str) -> None:
    d = draft("Пакт\n\n" + page)
    assert names(d, only(d)) == [speaker]


@pytest.mark.parametrize(("top", "url", "publisher"), [
    # fresh10/f1011 (d231): the host spells the name with its "The"
    ("The Bay Letter\nA weekly newsletter on the bay\n", "https://thebayletter.example/p/ferry-crews",
     "The Bay Letter"),
    # fresh10/f1016 (d232): a site named as its domain, a tagline after a dash
    ("Хальвик.инфо — новости города\nНовости  Афиша\n", "https://halvik.info.example/news/ferry", "Хальвик.инфо"),
    # fresh10/f1014 (d233): an agency's tag is the initials of the first line's name, lower-case words and all
    ("Варнийское агентство новостей\nГлавное | Политика\n\nFerry crews vote to strike\n\nКОРВАН, 23 ноября. /ВАН/. "
     "Паромщики проголосовали за забастовку.\n", "https://van-news.example/politics/ferry", "Варнийское агентство "
     "новостей"),
])
def test_the_host_or_an_acronym_names_a_first_line_of_any_shape(top: str, url: str, publisher: str) -> None:
    page = top if "КОРВАН" in top else top + "\nFerry crews vote to strike\n\n12 February 2027\n"
    assert draft(page + BODY, url=url).document["source"]["publisher"] == publisher


def test_a_printed_date_the_url_confirms_outweighs_a_planned_year_in_the_text() -> None:
    # fresh10/f1014 (d234): "в 2027 году флот получит" (a plan) is no reason to drop a date the URL confirms
    page = ("Флот получит катера\n\n23 ноября 2026, 12:10\n\nПо словам президента, в 2027 году флот получит "
            "четыре новых патрульных катера.\n")
    d = draft(page, url="https://van-news.example/politics/20261123/flot.html")
    assert (d.date.date, d.date.confidence) == ("2026-11-23", "medium") and d.date.conflict
    # without the URL too since round 17 (fresh16/f1606, d291): a bare year is the weaker record than a printed day,
    # month and year; the date is kept at medium and the conflict flagged, never above medium
    alone = draft(page).date
    assert (alone.date, alone.confidence) == ("2026-11-23", "medium") and alone.conflict


# --- round 12: fresh11's kinds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("page", "answers", "speaker"), [
    # fresh11/f1110 (d235): questions in bold (one a statement), answers under them with no label and no marks; the
    # byline names the interviewer, never the interviewee; after the last question only its first paragraph
    ("\"Ports are patient\"\n\nBy Tomas Reyn\n\nIlse Brandt has run the port of Selden for nine years.\n\n**How bad "
     "was the backlog?**\n\nWorse than the papers said.\n\n**The ministry blames the pilots.**\n\nThe pilots worked "
     "double shifts.\n\n**Will the pier help?**\n\nOnly if it opens before the ice.\n\nThis conversation has been "
     "condensed and edited for length and clarity by the magazine.\n",
     ["Worse than the papers said.", "The pilots worked double shifts.", "Only if it opens before the ice."],
     "Ilse Brandt"),
    # fresh10/f1017 (d236): the dash turns alternate, so a dash statement in the question's place is a question
    ("Эрик Солм: «Паром не может ждать»\n\nБеседовала Анна Ведь\n\n— Эрик, расписание уже утверждено?\n\n— "
     "Утверждено в понедельник, и ни один порт не останется без парома этой зимой.\n\n— Пассажиры на островах "
     "жалуются на цены билетов.\n\n— Цены выросли из-за топлива, и мы держим их, пока можем, но зима будет "
     "дорогой.\n",
     ["Утверждено в понедельник, и ни один порт не останется без парома этой зимой.",
      "Цены выросли из-за топлива, и мы держим их, пока можем, но зима будет дорогой."], "Эрик Солм"),
])
def test_an_interviews_answers_under_bold_or_alternating_turns(page: str, answers: list[str], speaker: str) -> None:
    d = draft(page)
    found = quotes(d)
    assert [q.text for q in found] == answers and [names(d, q) for q in found] == [[speaker]] * len(answers)


def test_bold_subheadings_that_are_not_questions_make_no_interview() -> None:
    # the structure, not the bold: a feature's bold subheadings over the reporter's own paragraphs are no turns
    d = draft("Ferry story\n\nIlse Brandt runs the port.\n\n**The backlog**\n\nTwelve ships waited outside.\n\n"
              "**The pilots**\n\nThe pilots worked double shifts.\n")
    assert quotes(d) == []


@pytest.mark.parametrize(("paragraph", "quoted", "speaker"), [
    # fresh11/f1105 (d237): the predicate after a copula in what a named body said
    ('The Selden Harbour Board said the delay was "technical" on Thursday.', "technical", "Selden Harbour Board"),
    # fresh11/f1102 (d237): a named body's own name for something (not "what critics call")
    ("Dock workers are angry about what the Selden Dockers' Guild calls \"idle shifts\" at the gates.", "idle shifts",
     "Selden Dockers' Guild"),
    # fresh11/f1109 (d237): a whole reply after a colon, capital to final stop inside the marks
    ('Asked when the levy would start, board chair Nora Vell told reporters only: "Spring."', "Spring.", "Nora Vell"),
    # fresh11/f1119 (d238): a verb of naming joined by «и» to the speaker's verb of saying shares its subject
    ("Глава ассоциации Ирма Холт считает, что перенос «ничего не решает», и назвала ситуацию «абсурдной».",
     "абсурдной", "Ирма Холт"),
])
def test_a_short_quote_a_named_speaker_is_said_to_say(paragraph: str, quoted: str, speaker: str) -> None:
    d = draft("Port levy\n\n" + paragraph + "\n")
    found = [q for q in quotes(d) if q.text == quoted]
    assert len(found) == 1 and names(d, found[0]) == [speaker]


@pytest.mark.parametrize("paragraph", [
    # the round 6 policy: no named speaker says these; "so-called" marks the author's distance even after a speaker
    'Nora Vell spoke first. Shops have long complained about the so-called "harbour tax" on deliveries.',
    "Ирма Холт выступила первой. Так называемый «портовый сбор» обсуждается уже третий год.",
    'What critics call his "ferry diplomacy" failed.',
    'The tax was "unfair", the paper wrote.',
])
def test_scare_quotes_stay_the_authors_terms(paragraph: str) -> None:
    d = draft("Port levy\n\n" + paragraph + "\n")
    assert quotes(d) == [] and any(q.is_term for q in d.quotes)


@pytest.mark.parametrize("paragraph", [
    # fresh11/f1118, fresh10/f1018 (d239): the republic's name after «Республики» belongs to the body's name
    "Министерство транспорта Республики Остравия заявило, что решение «не согласовано с портами острова».",
    # fresh11/f1118 (d239): a «так называемых» term before the quote does not end the speaker's clause
    "Министерство транспорта Республики Остравия считает решение о так называемых «ночных рейсах» «не "
    "согласованным с портами острова».",
])
def test_a_ministry_named_in_full_with_its_republics_name_speaks_under_it(paragraph: str) -> None:
    d = draft("Заявление\n\n" + paragraph + "\n")
    assert names(d, only(d)) == ["Министерство транспорта Республики Остравия"]


# --- round 13: fresh12's kinds ------------------------------------------------------------------------------------

COMPACT = Known(actors=[*KNOWN.actors, Actor(id="harbour-compact", name="Harbour Compact", aliases=["the Compact"],
                                              kind=ActorKind.ORGANISATION)])


@pytest.mark.parametrize(("page", "speaker"), [
    # fresh12/f1208 (d241): the organ of an organisation the page names in full speaks for it ("the Council")
    ("Council meets\n\nThe Council of the Harbour Compact met on Tuesday.\n\nIn its closing statement the Council "
     'said: "Ships that sail on old charts sail into accidents."\n', "Harbour Compact"),
    # fresh12/f1208 (d241): an organisation by the last word of its full name ("the Compact said")
    ('Council meets\n\nThe Harbour Compact met on Tuesday.\n\n"One chart a day costs less than one rescue a year," '
     "the Compact said.\n", "Harbour Compact"),
    # fresh12/f1201 (d240): an unnamed spokesperson of an organisation the page names speaks for it
    ('Ferry row\n\nThe Harbour Compact asked for patience. "The two harbours will keep their timetable," a Compact '
     "spokesperson said in Harl.\n", "Harbour Compact"),
])
def test_an_organisation_by_a_short_form_an_organ_or_a_spokesperson_is_its_full_name(page: str, speaker: str) -> None:
    d = build_draft(page, page.encode(), COMPACT)
    by_id = {a.id: a.name for a in COMPACT.actors}
    assert [by_id.get(s) for s in d.speakers_of(only(d))] == [speaker]


def test_an_organisation_by_a_short_form_the_page_alone_names_is_its_full_name() -> None:
    # no curated actor: the page names the body in full by its shape (a board), then by its last word
    page = ('Board meets\n\nThe Harbour Fisheries Board met on Tuesday.\n\n"One chart a day costs less than one '
            'rescue a year," the Board said.\n')
    d = build_draft(page, page.encode(), Known())
    assert [a["name"] for a in d.document["actors"] if a["id"] in d.speakers_of(only(d))] == ["Harbour Fisheries Board"]


def test_a_statement_reopened_in_the_next_paragraph_is_one_speakers() -> None:
    # fresh12/f1202, f1215 (d240): the first paragraph left open, the second reopened and attributed
    d = draft('Drills\n\nThe Ostravian Transport Ministry said in a statement on Sunday that checks go on.\n\n"The '
              'checks were announced in October. Nothing is new.\n\n"We will not stop a lawful inspection," the '
              "statement said.\n")
    assert [names(d, q) for q in quotes(d)] == [["Ostravian Transport Ministry"]] * 2


@pytest.mark.parametrize(("page", "speaker"), [
    # fresh12/f1215 (d242): the body named right after «говорится в сообщении», in the form the page uses there
    ("Паром\n\nМинистерство иностранных дел Остравии в среду потребовало объяснений.\n\n«Мы ожидаем, что судно "
     "отпустят до конца недели», — говорится в сообщении МИД Остравии.\n", "МИД Остравии"),
    # fresh12/f1216 (d242): a union with its members in the genitive plural is an organisation speaking
    ("Отсрочка\n\nПрофсоюз рыбаков Остравии в заявлении назвал задержание «ударом по всему побережью».\n",
     "Профсоюз рыбаков Остравии"),
])
def test_a_statements_owner_named_after_it_and_a_union_speak(page: str, speaker: str) -> None:
    d = draft(page)
    assert names(d, only(d)) == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # fresh12/f1205 (d243): a place after a preposition following the verb is never its subject
    ("Ostravia's transport minister, Ilse Varga, said at the ceremony in Tarnby: \"A bridge that stays open is a "
     'policy."', "Ilse Varga"),
    # fresh12/f1206 (d243): the institution someone is the head of is an organisation, not the "he" after it
    ('The head of Tarnby College, Jon Berg, spoke on Friday. "It was the best geography lesson of the year," he said.',
     "Jon Berg"),
])
def test_a_place_or_an_institution_named_near_the_person_is_not_the_speaker(paragraph: str, speaker: str) -> None:
    d = draft("Rail crossing\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]


def test_a_boxs_label_is_no_person_and_the_same_words_keep_their_speaker() -> None:
    # fresh12/f1212 (d244): "Claim:" is a label; the claim's words are quoted again in the body with their speaker
    d = draft('Fact check\n\nClaim: "Tarnby has closed its port to every Ostravian ship since Monday."\n\nCouncillor '
              'Mara Holm said on local radio that "Tarnby has closed its port to every Ostravian ship since '
              'Monday".\n')
    assert [names(d, q) for q in quotes(d)] == [["Mara Holm"], ["Mara Holm"]]


# --- round 14: fresh13's kinds ------------------------------------------------------------------------------------


def test_an_official_record_s_contributions_under_heading_lines_are_quotes_of_the_named() -> None:
    # fresh13/f1303 (d245): no marks, no colons; a heading line names the speaker, the speech is on the next line
    page = ("Official Record\nAssembly — Questions to the Minister\n\nHerring Quota\n\n3. Deputy Hanna Leck (Skerry "
            "North)\nTo ask the Minister when the quota will be published.\n\nThe Fisheries Minister (Tomas Brede)\n"
            "The quota will be published on Friday.\n\nDeputy Hanna Leck\nWill the Minister meet the boats first?\n\n"
            "Tomas Brede\nI will meet them on Thursday.\n\nShare this record | Print\n")
    d = draft(page)
    assert [(q.text, names(d, q)) for q in quotes(d)] == [
        ("To ask the Minister when the quota will be published.", ["Hanna Leck"]),
        ("The quota will be published on Friday.", ["Tomas Brede"]),
        ("Will the Minister meet the boats first?", ["Hanna Leck"]),
        ("I will meet them on Thursday.", ["Tomas Brede"]),
    ]


def test_crossheads_over_paragraphs_naming_no_one_twice_are_no_record() -> None:
    # the same shape in a feature: subheadings over paragraphs, each once, are no speakers' turns
    page = ("Harbour life\n\nThe harbour wakes early. Boats leave before dawn.\n\nNorth Quay\nThe oldest quay holds "
            "the ferries.\n\nSouth Quay\nThe newest quay holds the tankers.\n\nFish Market\nThe market opens at five."
            "\n\nOld Customs House\nThe museum opens at ten.\n")
    assert quotes(draft(page)) == []


def test_initials_with_stops_label_an_interview_and_a_quotation_headline_stays_the_title() -> None:
    # fresh13/f1314 (d246): "И. Л.:" asks, "М. С.:" answers (Марта Сольберг, named in full before); the headline
    # is itself a quotation and stays the title over the standfirst that shares the slug's words
    page = ("Северный курьер\n\n«Лёд нам не враг»\nДиректор порта Харл Марта Сольберг — о зимней навигации\n\n"
            "2 декабря 2026, 09:30\n\nО зимней навигации мы поговорили с директором порта Харл Мартой Сольберг.\n\n"
            "И. Л.: Порт готов к зиме?\nМ. С.: Готов настолько, насколько готовы ледоколы.\n\n"
            "И. Л.: Чего не хватает?\nМ. С.: Лёд нам не враг. Мы просим завозить топливо.\n")
    d = draft(page, url="https://severny-kurier.example/interview/2026/12/02/marta-solberg-port-harl")
    assert [(q.text, names(d, q)) for q in quotes(d)] == [
        ("Готов настолько, насколько готовы ледоколы.", ["Марта Сольберг"]),
        ("Лёд нам не враг. Мы просим завозить топливо.", ["Марта Сольберг"]),
    ]
    assert d.layout.title is not None and d.layout.title.text == "«Лёд нам не враг»"


@pytest.mark.parametrize(("player", "headline"), [
    # fresh13/f1304 (d247): the player's running time, its switch and the clip's label are the player's
    ("▶ WATCH 1:54\nAutoplay: ON\nVideo: Keepers' last night\nCaptions available for this clip.",
     "Skerry lighthouse goes automatic after 140 years"),
    # fresh13/f1319 (d248): the notice under the player ends a sentence, yet is the player's, not the article's
    ("▶ 02:40\nСюжет: ледокол вернулся\nВидео не воспроизводится? Откройте его в приложении «Канал».",
     "Ледокол вернулся в порт Харл после ремонта"),
])
def test_a_video_player_above_the_story_is_chrome_and_never_the_headline(player: str, headline: str) -> None:
    lead = ("The last keepers left the island on Thursday, when the light was switched to remote control."
            if headline.startswith("Skerry") else "Ледокол в пятницу вернулся в порт Харл после трёх месяцев ремонта.")
    page = f"Coast TV\nNews | Weather | On demand\n{player}\n\n{headline}\n\n4.12.2026 18:20\n\n{lead}\n"
    d = draft(page)
    assert d.layout.title is not None and d.layout.title.text == headline
    assert d.layout.in_chrome(page.index(player.split("\n")[1]), page.index(player.split("\n")[1]) + 3)
    assert any(p.text == lead for p in d.layout.paragraphs)


def test_answers_under_a_speaker_heading_are_that_persons_and_a_menu_word_is_no_one() -> None:
    # fresh13/f1302 (d249): "A:" answers under "OLA KRANTZ, coach" then "EMIL VINTER, goalkeeper"; the menu's
    # "Store" is never the interviewee, nor does "Press conference:" count as the first question
    page = ("HOCKEY ASSOCIATION\nTeams   Fixtures   Tickets   Store   Media\n\nPress conference: Ostravia 3-2 Skerry\n"
            "\nCoach Ola Krantz and goalkeeper Emil Vinter spoke to the media after the win.\n\nOLA KRANTZ, coach\n\n"
            "Q: Were you worried?\nA: Worried, no. Annoyed, yes.\n\nQ: Is Tuesday too soon?\nA: The doctors decide."
            "\n\nEMIL VINTER, goalkeeper\n\nQ: What did you tell the defenders?\nA: Nothing polite.\n")
    d = draft(page)
    assert [names(d, q) for q in quotes(d)] == [["Ola Krantz"], ["Ola Krantz"], ["Emil Vinter"]]
    without = page.replace("OLA KRANTZ, coach\n\n", "").replace("EMIL VINTER, goalkeeper\n\n", "")
    d = draft(without)
    assert all("Store" not in names(d, q) for q in quotes(d))


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # fresh13/f1306 (d250): the relative clause's union is not the subject of "said"
    ("Erik Lindh, who chairs the Skerry Ferry Workers' Union, said the crews were \"tired of guessing when they "
     'sail".', "Erik Lindh"),
    # fresh13/f1311 (d250): a title before the name is not part of it
    ('Consul Agnes Brink, who has lived on the islands for a decade, said residents would be "the first to buy the '
     'season tickets".', "Agnes Brink"),
])
def test_a_relative_clause_and_a_title_do_not_change_the_speaker(paragraph: str, speaker: str) -> None:
    d = draft("Ferry timetable\n\n" + paragraph + "\n")
    assert names(d, only(d)) == [speaker]


def test_an_open_letters_words_are_its_named_signatories_and_a_ministry_keeps_its_full_name() -> None:
    # fresh13/f1320 (d251): "говорится в письме", "подчёркивают врачи": the three named signatories; "По словам
    # одной из подписавших, X, «...»": X; "В министерстве природных ресурсов Скерри заявили": the ministry in full
    page = ("Письмо врачей\n\nВрачи направили открытое письмо властям. Среди подписавших — хирург Ингрид Моберг, "
            "Ларс Экдаль и Сив Ульссон.\n\n«Свалка горит каждое лето», — говорится в письме.\n\n«Мы готовы показать "
            "статистику», — подчёркивают врачи.\n\nПо словам одной из подписавших, Ингрид Моберг, «закрыть свалку "
            "дешевле».\n\nВ министерстве природных ресурсов Скерри заявили, что письмо «изучается специалистами».\n")
    d = draft(page)
    three = ["Ингрид Моберг", "Ларс Экдаль", "Сив Ульссон"]
    assert [names(d, q) for q in quotes(d)] == [three, three, ["Ингрид Моберг"],
                                                ["министерство природных ресурсов Скерри"]]


@pytest.mark.parametrize("sentence", [
    # fresh13/f1316 (d252): a ship's name after the noun, its captain named after it
    "Капитан парома «Морская ласточка» Эрик Дюн рассказал, что команда останется на борту.",
    # fresh13/f1318 (d252): a statute's name
    "Владельцу предъявлено обвинение по статье «Уклонение от уплаты сборов».",
    # fresh13/f1320 (d251): a newspaper's name
    "Редакция «Скерри Сегодня» направила запрос в мэрию.",
])
def test_a_capitalised_quotation_straight_after_a_russian_noun_is_a_name(sentence: str) -> None:
    assert quotes(draft("Суд\n\n" + sentence + "\n")) == []


def test_words_after_a_russian_verb_or_a_colon_stay_quotes() -> None:
    d = draft("Суд\n\nАдвокат Карин Сунд сказала «Мы обжалуем решение» и ушла.\n\nУльф ответил: «Пусть обжалуют».\n")
    assert [q.text for q in quotes(d)] == ["Мы обжалуем решение", "Пусть обжалуют"]


def test_a_press_service_speaks_for_its_body_and_a_quote_after_a_plural_verb_in_a_body() -> None:
    # fresh13/f1317 (d253), f1319 (d248)
    d = draft("Тарифы\n\nКак сообщили в пресс-службе Скерри Ферри, перевозчик «готов показать все расходы».\n\n"
              "«Ледокол выйдет в понедельник», — ответили нашему каналу в министерстве транспорта Скерри.\n\n"
              "«А кто будет платить?» — спросил докер Юхан Эрб.\n")
    assert [names(d, q) for q in quotes(d)] == [["Скерри Ферри"], ["министерство транспорта Скерри"], ["Юхан Эрб"]]


@pytest.mark.parametrize(("line", "day"), [
    # fresh13/f1317 (d253): a paper's issue number beside the date, "г." after the year
    ("№ 118 (9 204) · 7 декабря 2026 г.", "2026-12-07"),
    ("No. 312 | 9 November 2026", "2026-11-09"),
    # fresh13/f1312 (d254): a time zone in words, in brackets
    ("Last updated: 9 December 2026, 18:20 (island time)", "2026-12-09"),
    ("9 декабря 2026, 18:20 (по московскому времени)", "2026-12-09"),
])
def test_a_date_line_with_an_issue_number_or_a_zone_in_words_is_read(line: str, day: str) -> None:
    reading = parse_date(line)
    assert reading is not None and reading.readings == (day,)
