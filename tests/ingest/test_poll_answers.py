"""A street poll printed without marks: each answer opens with a dash on the line right under a name line ("Нина
Ломова, 67 лет, пенсионерка" / "— Нужен. ..."). Each answer is a quote of the person the line names; a couple's line
or an unnamed passer-by's leaves the speaker to the rules. fresh36/f3615's five answers were no quotes (read after
fresh36 was scored). The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import RU, attributions, draft

LEAD = ("Мы спросили горожан на набережной, нужен ли городу пост морского патруля.\n\n"
        "Вопрос недели: нужен ли Вельморе пост патруля?\n\n")
POLL = (
    "Нина Ломова, 67 лет, пенсионерка\n— Нужен. Я две ночи не спала, пусть лучше смотрят.\n\n"
    "Артем Крайнов, 34 года, рыбак\n— Смотреть пусть смотрят, но сети нам опять закроют.\n\n"
    "Софья и Глеб Мирошины, студенты\n— Мы за. Это рабочие места.\n\n"
    "Мужчина, не пожелавший назвать себя\n— Сначала пост, потом база. Знаем, проходили.\n\n"
    "Голосование на сайте: «Да, нужен» — 41%, «Нет» — 37%.\n"
)


def test_each_answer_is_a_quote_of_its_name_line() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(RU + LEAD + POLL))}
    assert found["Нужен. Я две ночи не спала, пусть лучше смотрят."] == ["Нина Ломова"]
    assert found["Смотреть пусть смотрят, но сети нам опять закроют."] == ["Артем Крайнов"]
    # a couple's line is not one person, nor is a passer-by with no name
    assert "Софья" not in str(found["Мы за. Это рабочие места."])
    assert "Сначала пост, потом база. Знаем, проходили." in found


def test_answers_in_marks_are_the_marks_quotations() -> None:
    marked = POLL.replace("— Нужен. Я две ночи не спала, пусть лучше смотрят.",
                          "— «Нужен. Я две ночи не спала, пусть лучше смотрят».")
    texts = [text for text, _, _, _ in attributions(draft(RU + LEAD + marked))]
    assert "Нужен. Я две ночи не спала, пусть лучше смотрят" in texts
    assert "«Нужен. Я две ночи не спала, пусть лучше смотрят»." not in texts


def test_one_name_line_is_no_poll() -> None:
    # (a name over one dash line is a caption or a dialogue's turn as much as a poll's answer)
    one = "Нина Ломова, 67 лет, пенсионерка\n— Нужен. Я две ночи не спала, пусть лучше смотрят.\n"
    assert attributions(draft(RU + LEAD + one)) == []
