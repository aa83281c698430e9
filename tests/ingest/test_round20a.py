"""Issue 14, round 20a: the speaker kinds `fresh19/` showed (its lines in fresh19.scored.txt), each a case with the
shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.actors import is_acronym, russian_nominative
from tests.ingest.drafting import EN, RU, draft, speakers

# --- an acronym's plural is a group, never a person's name (fresh19/f1908, fresh16/f1602) ----------------------


@pytest.mark.parametrize("word", ["MPs", "MEPs", "NGOs", "CEOs", "NGO's", "NATO", "МИД"])
def test_an_acronym_or_its_plural_is_no_name(word: str) -> None:
    assert is_acronym(word)


@pytest.mark.parametrize("word", ["Mps", "Ships", "Odds", "Amos", "Lars"])
def test_a_capitalised_word_ending_in_s_is_no_acronym(word: str) -> None:
    # ordinary words and names: one capital, then lower case
    assert not is_acronym(word)


def test_a_place_and_its_mps_are_no_person_for_the_next_pronoun() -> None:
    d = draft("Varnia MPs back levy\n\nBy Staff Writer\n\n"
              "Finance Minister Ilse Morrow told MPs the levy was fair. \"We will find the money,\" she said.\n")
    assert speakers(d) == [["Ilse Morrow"]]


def test_a_two_word_name_ending_in_s_is_still_a_name() -> None:
    # ordinary text: a surname ending in s after a given name is a person
    d = draft(EN + "\"We will find the money,\" Anna Lars said.\n")
    assert speakers(d) == [["Anna Lars"]]


# --- an institution's name is no person's (fresh19/f1910, fresh13/f1307) ---------------------------------------


@pytest.mark.parametrize("institution", ["Kessel City University", "Harl Bay Academy", "Oskby Marine College",
                                         "Brenn Halden Foundation"])
def test_the_words_before_an_institutions_head_noun_name_no_person(institution: str) -> None:
    d = draft(EN + f"Economist Per Vinje of {institution} reviewed the figures. \"You can argue about the price,\" "
              "he said.\n")
    assert speakers(d) == [["Per Vinje"]]


def test_a_name_before_a_comma_and_an_institution_is_still_a_name() -> None:
    # ordinary text: the institution's head noun stands apart from the name (a comma between)
    d = draft(EN + "\"You can argue about the price,\" said Per Vinje, College dean at Harl.\n")
    assert speakers(d) == [["Per Vinje"]]


# --- an apposition after a name introduces no one else (fresh19/f1902, f1907) ------------------------------------


def test_an_indefinite_apposition_after_a_name_is_that_person() -> None:
    d = draft(EN + "Dr Maren Ekholt, a defence analyst at the University of Tarn, said the dispute was about "
              "money. \"Whoever commands will pay,\" she said.\n")
    assert speakers(d) == [["Maren Ekholt"]]


def test_an_unnamed_person_introduced_after_a_name_still_speaks_unnamed() -> None:
    # ordinary text: someone new, unnamed, in a sentence of their own between the name and the pronoun
    d = draft(EN + "Maren Ekholt spoke first. A fisherman at the harbour then stood up. \"We will lose the "
              "season,\" he said.\n")
    assert speakers(d) == [[]]


# --- an unnamed speaker's own pronoun (fresh19/f1901) ----------------------------------------------------------


def test_the_pronoun_after_an_unnamed_person_is_theirs() -> None:
    d = draft(EN + "Lindmark's envoy, Sara Moen, said the talks had been useful. \"We are closer than before,\" "
              "Moen said.\n\nA Kesseli diplomat who followed the talks, speaking on condition of anonymity because "
              "he was not cleared to talk to reporters, called the result \"a map with no roads on it.\"\n")
    assert speakers(d) == [["Sara Moen"], []]


def test_a_person_named_after_an_unnamed_one_still_speaks() -> None:
    # ordinary text: a named person between the unnamed one and the verb is no pronoun of theirs
    d = draft(EN + "A Kesseli diplomat who met Sara Moen on Monday said Moen had called the result \"a map with no "
              "roads on it.\"\n")
    assert speakers(d) != [[]]


# --- an unnamed spokesperson for a body (fresh19/f1910, fresh16/f1603, f1608, fresh17/f1703, f1713) --------------


@pytest.mark.parametrize(("sentence", "body"), [
    ("\"We cannot put a tired pilot on a tanker,\" a spokeswoman for the Brenn Pilotage Authority said.",
     "Brenn Pilotage Authority"),
    ("A spokesperson for the Ministry of Transport told the Gazette: \"Twelve pilots are in training.\"",
     "Ministry of Transport"),
    ("A spokesman for their lobby, the Coastal Shipping Council, said the closure would cost \"a day on every "
     "crossing.\"", "Coastal Shipping Council"),
    ("A spokeswoman for the Senate budget committee said: \"The committee reviewed the figures.\"",
     "Senate budget committee"),
])
def test_an_unnamed_spokesperson_speaks_for_the_body_named_after_them(sentence: str, body: str) -> None:
    assert speakers(draft(EN + sentence + "\n")) == [[body]]


def test_a_spokesperson_named_in_apposition_speaks_themselves() -> None:
    # ordinary text: the name after the body is the speaker, and a name before the role too
    d = draft(EN + "A spokesman for the Brenn Pilotage Authority, Leon Hart, said the channel would close at "
              "\"midnight sharp.\"\n\nAron Tamm, a spokesman for the Ministry of Transport, said the ministry "
              "would \"study the text.\"\n")
    assert speakers(d) == [["Leon Hart"], ["Aron Tamm"]]


def test_a_spokesman_for_a_person_is_no_body() -> None:
    # ordinary text: a person's spokesman speaks for no body (no organisation is made of the person's name)
    d = draft(EN + "A spokesman for Marek Volkov said the visit was \"going ahead as planned.\"\n")
    assert all(a["kind"] == "person" for a in d.document["actors"])


# --- a body named by its people's word and its noun in lower case (fresh19/f1909, fresh18/f1810, fresh16/f1607) ---


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Ostravian foreign ministry said in a statement that the removal was \"a step back.\"",
     "Ostravian foreign ministry"),
    ("The Ostravian embassy in Tarn said the ambassador would stay home \"until the facts are clear.\"",
     "Ostravian embassy in Tarn"),
    ("The Kessel fleet owners' association said the move was \"one more reason to avoid the bay.\"",
     "Kessel fleet owners' association"),
])
def test_a_body_named_by_a_people_and_a_lower_case_noun_speaks(sentence: str, body: str) -> None:
    assert speakers(draft(EN + sentence + "\n")) == [[body]]


def test_it_is_the_body_that_spoke_in_the_sentence_before() -> None:
    d = draft(EN + "Lindmark's coast guard removed the buoys on Monday.\n\n"
              "The Ostravian foreign ministry said in a statement that the removal was \"a step back.\"\n\n"
              "It added that it expected the buoys back \"within days, not weeks\".\n")
    assert speakers(d) == [["Ostravian foreign ministry"], ["Ostravian foreign ministry"]]


@pytest.mark.parametrize("sentence", [
    "On Tuesday the ministry said the removal was \"a step back.\"",
    "During Wednesday's debate in parliament, Ivo Brand said the removal was \"a step back.\"",
    "A Ministry of Defence spokesperson said the removal was \"a step back.\"",
])
def test_a_weekday_or_an_article_is_no_part_of_a_bodys_name(sentence: str) -> None:
    # ordinary text: a sentence's opening word before a body's noun names no body
    names = speakers(draft(EN + sentence + "\n"))[0]
    assert not any(n.split()[0] in ("On", "Tuesday", "During", "Wednesday's", "A") for n in names)


# --- verbs of saying and of view (fresh19/f1911, fresh16/f1608) -----------------------------------------------


def test_conceded_is_a_verb_of_saying_and_a_conjunction_opens_a_clause_of_its_own() -> None:
    d = draft(EN + "Finance Minister Karl Osby said the budget would balance \"by the end of the second year\", but "
              "his deputy, Runa Tveit, conceded at the briefing that the figures were \"a placeholder, not a "
              "plan\".\n")
    assert speakers(d) == [["Karl Osby"], ["Runa Tveit"]]


def test_a_name_after_a_quote_and_its_comma_still_speaks() -> None:
    # ordinary text: the role and the name between commas after the quote, no conjunction, speak the quote
    d = draft(EN + "\"The figures are a placeholder,\" his deputy, Runa Tveit, said.\n")
    assert speakers(d) == [["Runa Tveit"]]


def test_expects_gives_the_view_of_its_subject() -> None:
    d = draft(EN + "The harbourmaster, Olav Brink, expects the backlog to be cleared \"within the week\".\n")
    assert speakers(d) == [["Olav Brink"]]


def test_expected_as_a_participle_gives_no_one_a_view() -> None:
    # ordinary text: "is expected" has no subject who expects
    d = draft(EN + "The harbourmaster, Olav Brink, spoke on Monday.\n\nThe backlog is expected to be cleared "
              "\"within the week, if the weather holds\", officials at the port said.\n")
    assert speakers(d) != [["Olav Brink"]]


# --- a document as a verb's object (fresh19/f1912) --------------------------------------------------------------


def test_a_document_after_a_verb_that_governs_it_is_no_speaker() -> None:
    d = draft(EN + "The Oskby Port Authority published its declaration.\n\n"
              "A senior official involved in drafting the declaration said the text was \"ninety per cent "
              "agreed\".\n")
    assert speakers(d) == [[]]


def test_a_document_as_the_subject_still_speaks_for_its_body() -> None:
    # ordinary text: the statement opening its clause speaks for the body named before
    d = draft(EN + "The Oskby Port Authority published its declaration.\n\n"
              "The declaration said the text was \"ninety per cent agreed\".\n")
    assert speakers(d) == [["Oskby Port Authority"]]


# --- an unnamed Russian source (fresh19/f1915, f1916, f1917; fresh18/f1815, f1814, f1817, f1816; fresh17/f1714) -----


@pytest.mark.parametrize("sentence", [
    "Источник в министерстве финансов Кесселя сообщил агентству, что ведомство «не видит другого способа».",
    "По словам источника в одной из компаний, перевозчики готовы платить «только вместе с соседями».",
    "«Деньги нужны уже этой зимой», — сказал собеседник агентства.",
    "«Решение принято, осталось его оформить», — сообщил «Курьеру» источник в министерстве обороны Кесселя.",
])
def test_an_unnamed_source_speaks_unnamed(sentence: str) -> None:
    d = draft(RU + "Министр финансов Кесселя Эрик Норд выступил в парламенте.\n\n" + sentence + "\n")
    assert speakers(d) == [[]]


def test_someone_who_asked_not_to_be_named_is_no_one_named_before() -> None:
    d = draft(RU + "Полковник Рууд Хальм пообещал открыть переправу. «Мы откроем окно», — сказал он.\n\n"
              "Жительница острова, пожелавшая остаться неизвестной, рассказала о закрытых магазинах. «Хлеб "
              "кончился вчера», — сказала она.\n")
    assert speakers(d) == [["Рууд Хальм"], []]


def test_a_body_a_named_person_speaks_for_still_speaks() -> None:
    # ordinary text: a body with no source in it is the verb's subject; a named speaker after the verb speaks
    d = draft(RU + "В министерстве финансов Кесселя заявили, что ведомство «не видит другого способа».\n\n"
              "«Деньги нужны уже этой зимой», — сказал министр финансов Эрик Норд.\n")
    assert speakers(d) == [["министерство финансов Кесселя"], ["Эрик Норд"]]


# --- a role or an occupation after the verb (fresh19/f1916, f1919; fresh18/f1815, f1816, f1819; fresh16/f1615) ----


@pytest.mark.parametrize(("before", "role", "name"), [
    ("Политолог Карл Веде считает исход голосования половинчатым.", "говорит эксперт", "Карл Веде"),
    ("Против проекта выступила глава бюджетного комитета Инга Вестер.", "сообщила «Вестнику» сенатор",
     "Инга Вестер"),
    ("Командир береговой охраны Ларс Хёвик поблагодарил сенаторов.", "сказал офицер", "Ларс Хёвик"),
])
def test_a_role_no_apposition_gave_is_the_person_the_sentence_before_names(before: str, role: str,
                                                                           name: str) -> None:
    d = draft(RU + before + " «Теперь нам есть что показать судовладельцам», — " + role + ".\n")
    assert speakers(d) == [[name]]


def test_a_role_after_the_verb_in_a_new_paragraph_names_no_one() -> None:
    # ordinary text: the sentence before is in another paragraph; the role alone gives no speaker there
    d = draft(RU + "Политолог Карл Веде считает исход голосования половинчатым.\n\n"
              "«Теперь нам есть что показать судовладельцам», — говорит эксперт.\n")
    assert speakers(d) == [[]]


def test_a_body_in_the_genitive_between_the_role_and_the_name() -> None:
    d = draft(RU + "«Мол защитит город», — заявил после голосования председатель Сената Арман Токбаев.\n")
    assert speakers(d) == [["Арман Токбаев"]]


def test_a_place_after_a_preposition_is_no_speaker() -> None:
    # ordinary text: "on her way out of Corvane" is where, not who ("note" is a verb of saying too)
    d = draft(EN + "Foreign minister Lena Ortis lands in Lindmark today. Ortis herself struck a warmer note on her "
              "way out of Corvane: \"Neighbours should not need a summit to have a coffee.\"\n")
    assert speakers(d) == [["Lena Ortis"]]


# --- a publication quoting a person (fresh19/f1920, fresh17/f1720) ----------------------------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("«Остравия сказала это вслух», — пишет газета, цитируя бывшего министра транспорта Густава Бренна.",
     "Густав Бренн"),
    ("«Тариф вырос на треть», — пишет издание, цитируя экономиста Кристину Мельдаль.", "Кристина Мельдаль"),
    ("«Тариф — это налог на географию», — цитирует «Портовый вестник» депутата Сената Марту Лунд.", "Марта Лунд"),
])
def test_the_person_a_publication_quotes_speaks(sentence: str, name: str) -> None:
    assert speakers(draft(RU + sentence + "\n")) == [[name]]


@pytest.mark.parametrize(("oblique", "nominative"), [
    ("Кристину Мельдаль", "Кристина Мельдаль"), ("Оду Верлунд", "Ода Верлунд"), ("Павла Сорина", "Павел Сорин"),
    ("Игоря Малого", None),
])
def test_a_womans_accusative_before_an_undeclined_surname(oblique: str, nominative: str | None) -> None:
    result = russian_nominative(oblique)
    assert (result or None) == nominative or (nominative is None and result is not None and result.startswith(
        "Игорь"))


def test_a_headline_in_marks_is_a_title_not_words_said() -> None:
    d = draft(RU + "«Мы строим мол», — сказал Арман Токбаев.\n\n"
              "Материал опубликован под заголовком «Сенат сказал да».\n")
    assert speakers(d) == [["Арман Токбаев"]]


# --- two ministers speaking jointly (fresh19/f1913, f1918) -----------------------------------------------------


def test_the_ministers_said_in_the_statement_is_both_ministers() -> None:
    d = draft(EN + "Foreign Minister Irja Brask received Foreign Minister of Tarnland Ola Vik in Astrell. They "
              "discussed the Astrell Accord.\n\n\"Ostravia and Tarnland will set their tariffs together,\" the "
              "ministers said in the statement.\n")
    assert sorted(speakers(d)[0]) == ["Irja Brask", "Ola Vik"]


def test_the_sides_before_a_quote_are_the_two_persons_named_last() -> None:
    d = draft(RU + "Министр Ирья Браск провела переговоры с министром Олафом Виком.\n\n"
              "По итогам встречи стороны «договорились продолжить консультации в июле».\n")
    assert sorted(speakers(d)[0]) == ["Ирья Браск", "Олаф Вик"]


def test_what_a_speaker_reports_of_the_sides_is_the_speakers() -> None:
    # ordinary text: «X отметил, что стороны «...»» is X's, not both sides'
    d = draft(RU + "Министр Ирья Браск провела переговоры с министром Олафом Виком.\n\n"
              "Вик, в свою очередь, отметил, что стороны «договорились не откладывать тарифы на потом».\n")
    assert speakers(d) == [["Олаф Вик"]]


@pytest.mark.parametrize("text", ["Astrell Accord", "Vellin Declaration", "Fact-Checkers' Charter"])
def test_a_documents_name_is_no_person(text: str) -> None:
    # the document named between the speaker and "he said" is no person "he" could be
    d = draft(EN + f"Ola Vik spoke first. The talks covered the {text}. \"We are close,\" he said.\n")
    assert speakers(d) == [["Ola Vik"]]


# --- an official release's initials, the instrumental, the head of the ministry (fresh19/f1918, fresh8/f817) -----


def test_an_initial_and_a_surname_is_the_person_named_in_full() -> None:
    d = draft(RU + "Состоялась встреча Министра иностранных дел Республики Остравия Ирьи Браск с Министром "
              "иностранных дел Тарнланда Олафом Виком.\n\nО.Вик, по информации тарнландской стороны, назвал "
              "предложение «своевременным и очень нужным».\n")
    assert speakers(d) == [["Олаф Вик"]]


def test_the_head_of_the_foreign_ministry_is_the_foreign_minister_named_before() -> None:
    d = draft(RU + "Министр иностранных дел Республики Остравия Ирья Браск провела переговоры. «Пролив должен "
              "соединять, а не разделять», — отметила глава МИД.\n")
    assert speakers(d) == [["Ирья Браск"]]


def test_a_ministry_after_the_verb_still_speaks() -> None:
    # ordinary text: the ministry itself after the verb, no role before it, speaks for itself
    d = draft(RU + "Министр иностранных дел Республики Остравия Ирья Браск провела переговоры. «Пролив должен "
              "соединять, а не разделять», — сообщил МИД Остравии.\n")
    assert speakers(d) == [["МИД Остравии"]]


def test_a_surname_met_in_the_instrumental_and_the_verbs_gender() -> None:
    d = draft(RU + "Об этом заявила министр иностранных дел Остравии Ирья Браск по итогам переговоров со своим "
              "коллегой Олафом Виком. «Ночной паром — это работа для двух портов», — сказала Браск.\n\n"
              "Вик, в свою очередь, отметил, что тарифы «не будут отложены на потом». «Расписание будет готово к "
              "осени», — добавил министр.\n")
    assert speakers(d) == [["Ирья Браск"], ["Олаф Вик"], ["Олаф Вик"]]


def test_a_role_after_a_verb_of_her_gender_is_still_her() -> None:
    # ordinary text: «— заявила министр» after «министр иностранных дел Лена Ортис» (the word «дел» is no verb)
    d = draft(RU + "Об этом заявила журналистам министр иностранных дел Лена Ортис.\n\n«Мы передали проект еще в "
              "январе», — заявила министр.\n")
    assert speakers(d) == [["Лена Ортис"]]


# --- a capitalised title between the verb and the name (the known limit; fresh18/f1804, fresh16/f1611) -----------


@pytest.mark.parametrize(("sentence", "name"), [
    ("\"We will dredge at night,\" said Harbour Master Gunnar Velt.", "Gunnar Velt"),
    ("\"The money is in this year's budget,\" Deputy Minister Oskar Brenn said.", "Oskar Brenn"),
    ("\"Brenn keeps its channel open,\" Speaker of the Landsraad Eva Tollan noted after the vote.", "Eva Tollan"),
    ("The Director General of the Brenn Maritime Administration, Sofie Lund, said: \"The dredger arrives soon.\"",
     "Sofie Lund"),
])
def test_a_capitalised_title_before_the_name_is_no_stop(sentence: str, name: str) -> None:
    assert speakers(draft(EN + sentence + "\n")) == [[name]]


def test_title_words_lead_to_no_person_past_a_clause() -> None:
    # ordinary text: "said Harbour officials, and Mayor Gunnar Velt agreed": the officials said it (unnamed); the
    # title words are read only up to the clause's end, never to the mayor after it
    d = draft(EN + "\"We will dredge at night,\" said Harbour officials, and Mayor Gunnar Velt agreed.\n")
    assert speakers(d) == [[]]


# --- a paper's name with its article; a body's own page (fresh18/f1812, fresh19/f1920) ---------------------------


def test_a_paper_named_with_its_article_at_a_sentences_start_keeps_it() -> None:
    d = draft(EN + "The Astrell Ledger reports that the subsidy will cost \"three times what the ministry has "
              "published\".\n")
    assert speakers(d) == [["The Astrell Ledger"]]


def test_a_name_after_the_in_a_sentence_keeps_no_article() -> None:
    # ordinary text: "the" inside a sentence, or a name that is no paper's, gains no article
    d = draft(EN + "Critics said the Astrell Ledger reports that the subsidy will cost \"three times what the "
              "ministry has published\".\n\nThe Ostrava Ferry Lines chief Jon Ekre said the route was \"safe for "
              "another winter at least\".\n")
    names = [n for ns in speakers(d) for n in ns]
    assert not any(n.startswith("The ") for n in names)


def test_a_body_on_its_own_page_speaks_under_its_full_name() -> None:
    d = draft("Ostravian Ministry of Transport\nTransport in the media\n\nOur response\n\nPosted on: 11 June 2026\n\n"
              "A Ministry of Transport spokesperson said:\n\n\"The published estimate stands, whatever the paper "
              "printed.\"\n")
    assert speakers(d) == [["Ostravian Ministry of Transport"]]


def test_a_headline_about_a_body_is_no_name_of_it() -> None:
    # ordinary text: a first line that is a headline (a verb in lower case) gives the body no longer name
    d = draft("Ministry of Transport denies ferry report\n\nBy Staff Writer\n\nA Ministry of Transport spokesperson "
              "said:\n\n\"The published estimate stands, whatever the paper printed.\"\n")
    assert speakers(d) == [["Ministry of Transport"]]


# --- a state body's press service, a body in the locative (fresh16/f1614, f1617, fresh17/f1716) -------------------


def test_a_press_service_named_with_its_body_and_place_speaks() -> None:
    d = draft(RU + "Переправа закроется 20 ноября, сообщили в пресс-службе администрации Хельмского края.\n\n"
              "«Решение принято из-за раннего льда в проливе», — уточнили в пресс-службе.\n\n"
              "В пресс-службе министерства транспорта Остравии уточнили, что рейс «будет открыт, как только "
              "позволит погода».\n")
    assert speakers(d) == [["пресс-служба администрации Хельмского края"],
                           ["пресс-служба министерства транспорта Остравии"]]


def test_a_body_in_the_locative_after_a_plural_verb_and_an_addressee() -> None:
    d = draft(RU + "Как сообщили СБ в Министерстве финансов Остравии, компенсация «будет выплачена до конца "
              "года».\n")
    assert speakers(d) == [["Министерство финансов Остравии"]]


@pytest.mark.parametrize(("sentence", "body"), [
    # ordinary text: a company's press service is the company's; a ministry's named only by its noun is the
    # ministry named before
    ("Как сообщили в пресс-службе Скерри Ферри, перевозчик «готов показать все расходы».", "Скерри Ферри"),
    ("«Учения плановые и ни против кого не направлены», — сообщили в пресс-службе министерства.",
     "Министерство обороны Кесселя"),
])
def test_other_press_services_keep_their_bodies(sentence: str, body: str) -> None:
    d = draft(RU + "Министерство обороны Кесселя объявило об учениях.\n\n" + sentence + "\n")
    assert speakers(d) == [[body]]
