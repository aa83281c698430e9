"""Issue 14, round 21a: the speaker kinds `fresh20/` showed (its lines in fresh20.scored.txt), each a case with the
shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.actors import ActorIndex, find_cast
from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.ingest.gazetteer import load_gazetteer
from alliance_monitor.models import Actor, ActorKind
from tests.ingest.drafting import EN, RU, draft, speaker_names, speakers


def _actor_names(text: str) -> list[str]:
    return [a["name"] for a in draft(text).document["actors"]]


# --- a rank before a name is no part of it (fresh20/f2001) ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("\"The choice made itself,\" Commodore Britta Naess, who will command the squadron, told reporters.",
     "Britta Naess"),
    ("\"We will have a Kessel boat in every rotation,\" Lieutenant Aron Falkvik said.", "Aron Falkvik"),
    ("The base would open \"in the spring, not before,\" said Brigadier Sven Oddsen.", "Sven Oddsen"),
])
def test_a_rank_before_a_name_is_the_persons_rank_not_their_name(sentence: str, name: str) -> None:
    assert speakers(draft(EN + sentence + "\n")) == [[name]]


def test_a_three_word_name_without_a_rank_stays_whole() -> None:
    # ordinary text: a given name, a middle name and a surname are one name
    d = draft(EN + "\"The choice made itself,\" Anna Maria Holt told reporters.\n")
    assert speakers(d) == [["Anna Maria Holt"]]


# --- several unnamed persons by their number (fresh20/f2001) ----------------------------------------------------


def test_unnamed_officials_counted_by_a_number_speak_unnamed() -> None:
    d = draft(EN + "Commodore Britta Naess spoke first. \"We are ready,\" she said.\n\n"
              "Three Compact diplomats, who asked not to be named because the budget is still under discussion, "
              "said the cost would be shared \"according to the length of each coastline\".\n")
    assert speakers(d) == [["Britta Naess"], []]


def test_a_number_of_members_is_no_one_a_later_he_refers_to() -> None:
    # ordinary text: "all five members" is a group, no person "he" could be (fresh14/f1410)
    d = draft(EN + "Envoy Erik Sande said Lindmark's aim was a fee agreed by all five members. Asked about a vote, "
              "he said: \"There will not be a vote.\"\n")
    assert speakers(d) == [["Erik Sande"]]


# --- a military body's name and its unnamed voice's pronoun (fresh20/f2003, f2006) ------------------------------


@pytest.mark.parametrize(("sentence", "body"), [
    ("A spokesperson for the Kessel Armed Forces said the companies would arrive \"before the thaw\".",
     "Kessel Armed Forces"),
    ("A spokeswoman for the Lindmark Coast Guard said the boats would sail \"from Monday\".",
     "Lindmark Coast Guard"),
])
def test_a_military_body_named_by_its_own_words_and_noun_speaks_whole(sentence: str, body: str) -> None:
    assert speakers(draft(EN + sentence + "\n")) == [[body]]


def test_a_military_noun_alone_names_no_body() -> None:
    # ordinary text: "Staff" opening a sentence is people, no organisation called "Staff"
    d = draft(EN + "Staff at the base said the canteen would open \"next week at the latest\".\n")
    assert "Staff" not in _actor_names(EN + "Staff at the base said the canteen would open \"next week\".\n")
    assert speakers(d) == [[]]  # (unnamed staff: no one to name, no body; review of rounds 20-21, D6)


def test_he_after_a_bodys_unnamed_spokesman_is_that_body() -> None:
    d = draft(EN + "A spokesman for the General Staff told the Ledger that two frigates would join. \"The frigates "
              "are there to help, not to guard anyone,\" he said.\n")
    assert speakers(d) == [["General Staff"]]


def test_he_after_a_person_named_after_the_spokesman_is_that_person() -> None:
    # ordinary text: a person named between the body's voice and the pronoun is whom it refers to
    d = draft(EN + "A spokesman for the General Staff spoke first. The patrols will be led by Captain Jon Ruud, who "
              "commanded the station for six years. \"Nobody should drown here,\" he said.\n")
    assert speakers(d) == [["Jon Ruud"]]


# --- a role, its body and the name in apposition are one person (fresh20/f2005) ----------------------------------


_COMPACT = Known(actors=[Actor(id="harbour-compact", name="Harbour Compact", kind=ActorKind.ORGANISATION)])
"""A curated organisation, named by the cast wherever the page writes it."""


def _with_compact(text: str) -> list[list[str]]:
    d = build_draft(text, text.encode(), _COMPACT)
    return [speaker_names(d, q) if all(s != "harbour-compact" for s in d.speakers_of(q)) else ["Harbour Compact"]
            for q in d.quotes if not q.is_term]


def test_the_body_inside_a_persons_role_is_no_subject_of_its_own() -> None:
    assert _with_compact(EN + "The Deputy Secretary General of the Harbour Compact, Ada Lindqvist, who opened the "
                         "session, called the timetable \"the first plan every port has signed\".\n") == [
        ["Ada Lindqvist"]]


def test_a_body_in_apposition_still_speaks() -> None:
    # ordinary text: a body that is the subject, no person's role around it
    assert _with_compact(EN + "The Harbour Compact, the alliance of five states, said the timetable was \"a first "
                         "plan\".\n") == [["Harbour Compact"]]


# --- a Russian body named by a capitalised adjective and a noun (fresh20/f2014, f2019) -------------------------


def test_a_party_named_by_an_adjective_and_a_noun_speaks_without_the_opening_word() -> None:
    d = draft(RU + "Оппозиционный Береговой блок назвал мораторий «подарком импортерам песка».\n")
    assert speakers(d) == [["Береговой блок"]]


def test_the_person_after_a_party_in_the_genitive_speaks() -> None:
    d = draft(RU + "«Порты остаются без работы», — сказал депутат от оппозиционного Берегового блока Олег Ранне.\n")
    assert speakers(d) == [["Олег Ранне"]]


def test_a_given_name_after_a_party_in_the_genitive_is_no_place() -> None:
    # ordinary text: a given name in -а after the body is the person's, not the body's place in the genitive
    d = draft(RU + "Депутат от Берегового блока Мила Дорн заявила: «Мы пойдём в суд».\n")
    assert speakers(d) == [["Мила Дорн"]]


@pytest.mark.parametrize(("text", "body"), [
    ("Дорожная служба работает без выходных.", False),
    ("Работы идут. Дорожная служба работает без выходных.", False),
    ("Работы идут, и Дорожная служба работает без выходных.", True),  # inside a sentence: the body's name
])
def test_an_adjective_and_a_noun_opening_a_sentence_is_no_body(text: str, body: bool) -> None:
    # ordinary text: a sentence's first word is capitalised whatever it is ("Дорожная служба" opening a sentence is
    # a road service, no name). «служба» is one of the body nouns, so the sentence-opening guard is what keeps it
    # out (review of rounds 20-21, D5: «Северный порт» named no body noun, so the test could not fail)
    cast = find_cast(text, [(0, len(text))], ActorIndex([]), load_gazetteer())
    assert any("служба" in m.text for m in cast.mentions) == body


# --- a Russian ministry in the genitive, and «в министерстве» (fresh20/f2015) ----------------------------------


def test_a_ministry_in_the_genitive_after_its_message_speaks_in_the_nominative() -> None:
    d = draft(RU + "«Фарватер будет открыт в воскресенье», — говорится в сообщении Министерства транспорта "
              "Кесселя.\n")
    assert speakers(d) == [["Министерство транспорта Кесселя"]]


def test_said_in_the_ministry_is_the_ministry_named_before_by_its_initials() -> None:
    d = draft(RU + "В МИД Кесселя пояснили, что соседи были предупреждены. «Мы сообщили всем за десять дней», — "
              "заявили в министерстве.\n")
    assert speakers(d) == [["МИД Кесселя"]]


def test_a_role_and_its_body_in_the_genitive_after_the_verb_is_the_person_given_it() -> None:
    # ordinary text: «Председатель Сената» after the quote is the person the page gave that role, not the Senate
    d = draft(RU + "Председатель Сената Антон Ремизов открыл заседание. «Деньги уже выделены», — отметил "
              "Председатель Сената.\n")
    assert speakers(d) == [["Антон Ремизов"]]


def test_an_unnamed_sources_words_after_po_ego_slovam_are_no_ones() -> None:
    d = draft(RU + "Источник в Генеральном штабе сообщил агентству, что в учениях участвуют 12 кораблей. По его "
              "словам, «ни один из них не подойдет к чужим водам».\n")
    assert speakers(d) == [[]]


def test_a_named_persons_words_after_po_ego_slovam_are_his() -> None:
    # ordinary text: the sentence before names its speaker
    d = draft(RU + "Адмирал Ян Дорич сообщил агентству, что в учениях участвуют 12 кораблей. По его словам, «ни "
              "один из них не подойдет к чужим водам».\n")
    assert speakers(d) == [["Ян Дорич"]]


# --- «Как отметила X, ... «...»» (fresh20/f2016, fresh8/f818) -----------------------------------------------------


def test_kak_a_verb_and_its_speaker_open_the_clause_holding_the_quote() -> None:
    d = draft(RU + "Председатель профсоюза Игорь Хальм выступил первым. Как рассказала нашему изданию экономист "
              "Кессельского института транспорта Марта Свен, требование «вполне укладывается в тарифы».\n")
    assert speakers(d) == [["Марта Свен"]]


def test_kak_and_an_unnamed_source_names_no_one() -> None:
    # ordinary text: the one after the verb is an unnamed source in a body
    d = draft(RU + "Председатель профсоюза Игорь Хальм выступил первым. Как сообщил источник в правительстве "
              "Кесселя, кабинет «не намерен платить до весны».\n")
    assert speakers(d) != [["Игорь Хальм"]]


# --- a group before a colon (fresh20/f2020) -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    RU + "Капитан порта Нильс Оттесен: «Ледоколы готовы».\n\nВодители грузовиков в очереди у парома, с которыми "
         "поговорил наш корреспондент, настроены недоверчиво: «Ледокол обещают каждую зиму».\n",
    EN + "\"The boats are ready,\" harbour master Nils Otten said.\n\nPassengers at the terminal were less "
         "patient: \"Nobody tells us anything.\"\n",
])
def test_a_plural_subject_before_a_colon_is_an_unnamed_group(text: str) -> None:
    assert speakers(draft(text))[-1] == []


@pytest.mark.parametrize(("text", "name"), [
    (RU + "«Ледокол готов», — сказал Эрик Вангсо. Он был краток: «Ледокол выйдет на следующей неделе».\n",
     "Эрик Вангсо"),
    (EN + "\"The boats are ready,\" Nils Otten said. He was blunt: \"Nobody sails today.\"\n", "Nils Otten"),
])
def test_one_person_before_a_colon_still_speaks(text: str, name: str) -> None:
    # ordinary text: a singular subject (a pronoun) before the colon is the person quoted before
    assert speakers(draft(text)) == [[name], [name]]


# --- a first name in apposition (fresh20/f2011, fresh19/f1903) ----------------------------------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("A reader, Ingrid from Oskby, writes in: \"Is the night boat still running?\"", "Ingrid"),
    ("A fisherman at the harbour, who would give only his first name, Pelle, said the strike had cost him a day. "
     "\"I have lost a whole catch,\" he said.", "Pelle"),
])
def test_a_first_name_in_apposition_names_the_unnamed_person(sentence: str, name: str) -> None:
    assert speakers(draft(EN + sentence + "\n")) == [[name]]


def test_a_company_in_apposition_is_no_first_name() -> None:
    # ordinary text: one capitalised word between commas after an occupation's shape is a company, no person "he"
    # could be
    d = draft(EN + "Jon Berg spoke first. A ferry operator, Bayline, runs the crossing. \"We sail on Friday,\" he "
              "said.\n")
    assert speakers(d) == [["Jon Berg"]]


# --- a body's own page: its noun alone or its initials are the body (fresh8/f804, fresh9/f904, f922) -------------


def test_the_ministry_on_its_own_page_under_a_portal_brand_is_its_full_name() -> None:
    d = draft("GOV.KS\nKessel Ministry of Fisheries\nHome > News\n\nPress release\n\nTwo quota zones will open on 1 "
              "April, the Ministry of Fisheries announced today. The Ministry said the zones would \"give the small "
              "boats a fair share\".\n")
    assert speakers(d) == [["Kessel Ministry of Fisheries"]]


def test_the_ministrys_initials_on_its_own_page_are_its_full_name() -> None:
    d = draft("Министерство иностранных дел Республики Остравия\nПресс-центр\n\nО консультациях\n\n«Следующий раунд "
              "пройдет в апреле», — говорится в сообщении МИД.\n")
    assert speakers(d) == [["Министерство иностранных дел Республики Остравия"]]


def test_another_bodys_initials_on_a_ministrys_page_stay_that_body() -> None:
    # ordinary text: initials that are not the page's own (ГТК is no М-И-Д) name another body
    d = draft("Министерство иностранных дел Республики Остравия\nПресс-центр\n\nО консультациях\n\n«Проверки "
              "продолжатся», — говорится в сообщении ГТК.\n")
    assert speakers(d) != [["Министерство иностранных дел Республики Остравия"]]


def test_a_ministry_on_a_news_page_is_no_page_heading() -> None:
    # ordinary text: a paper's masthead is no body, so "the Ministry" is not renamed after it
    d = draft("The Harbour Times\nNews | Sport\n\nQuota zones to open\n\nBy Staff Writer\n\nThe Ministry of "
              "Fisheries announced two zones. The Ministry said the zones would \"give the small boats a fair "
              "share\".\n")
    assert speakers(d) != [["The Harbour Times"]]


# --- a Russian request or demand put in words (fresh14/f1420, fresh9/f919, fresh11/f1120) ------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("Портовая служба Астрели просит пассажиров «не приезжать к причалу до особого объявления».",
     "Портовая служба Астрели"),
    ("Глава профсоюза Лео Карлсен потребовал от перевозчика «оплатить экипажам все дни простоя».", "Лео Карлсен"),
    ("Мэр Дагни Вестре призвала жителей «не выходить на лед пешком».", "Дагни Вестре"),
])
def test_a_request_or_a_demand_is_the_subjects(sentence: str, name: str) -> None:
    assert speakers(draft(RU + sentence + "\n")) == [[name]]


def test_a_request_before_someone_elses_quote_gives_it_no_speaker() -> None:
    # ordinary text: the quote's own verb and speaker after it decide, not a request earlier in the paragraph
    d = draft(RU + "Мэр Дагни Вестре просит жителей набраться терпения. «Лед сойдет к апрелю», — сказал капитан "
              "порта Лео Карлсен.\n")
    assert speakers(d) == [["Лео Карлсен"]]


# --- a company named in apposition to what it is (fresh11/f1102, fresh14/f1405, fresh7/f705) --------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("The ferry operator, Skerrylink, said its crossings would run \"as normal\".", "Skerrylink"),
    ("The operator, Kessel Lines, said in a statement it was \"surprised and disappointed\".", "Kessel Lines"),
])
def test_a_company_between_commas_after_what_it_is_speaks(sentence: str, name: str) -> None:
    d = draft(EN + "Welder Mette Aasen said the strike would go on. " + sentence + "\n")
    assert speakers(d) == [[name]]


def test_a_person_between_commas_after_an_occupation_stays_a_person() -> None:
    # ordinary text: a given name and a surname in the same place are a person, who speaks as "he"
    d = draft(EN + "The crane operator, Jonas Lind, who works on the quay, said the mood was calm. \"Everyone wants "
              "to be home,\" he said.\n")
    assert speakers(d) == [["Jonas Lind"]]


# --- a question word and a faction in brackets name no one (fresh14/f1406, fresh8/f810) --------------------------


def test_a_question_word_opening_a_headline_is_no_given_name() -> None:
    d = draft("Why Halvik keeps its pilots\n\nBy Staff Writer\n\nI asked harbour master Rune Skog whether Halvik "
              "would wait. \"Ask me again in June,\" he said.\n")
    assert speakers(d) == [["Rune Skog"]]


def test_a_faction_in_brackets_after_a_person_is_no_person() -> None:
    d = draft(EN + "Deputy Ola Brekke (Free Fjord faction), who voted for the rules, was less patient. \"We waited "
              "three winters,\" he said.\n")
    assert speakers(d) == [["Ola Brekke"]]


def test_a_name_in_brackets_after_a_person_without_a_kind_is_left_alone() -> None:
    # ordinary text: brackets holding a place, no kind of group after it, make no organisation
    d = draft(EN + "Deputy Ola Brekke (North Fjord), who voted for the rules, said the wait was \"three winters too "
              "long\".\n")
    assert not [a for a in d.document["actors"] if a["kind"] == "organisation"]
    assert speakers(d) == [["Ola Brekke"]]
