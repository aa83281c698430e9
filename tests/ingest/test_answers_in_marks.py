"""Two forms where a quotation standing wholly in its paragraph takes its speaker from the page's structure:
- an interview whose answers are each in marks under the interviewer's question ("— Кто победил?" / "«Победил
  залив. ...»"): the interviewee's (fresh37/f3720 gave five answers no speaker);
- a newspaper's box of comments, each quotation under a name line ending in a colon ("Руна Вестбю, лидер Береговой
  партии:" / "«...»"): the person the line names (fresh37/f3717 gave two of five no speaker; fresh35 had the same
  form).
Both were read after fresh37 was scored. The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import RU, attributions, draft

INTERVIEW = RU + (
    "Лена Ортис: «Саммит — это когда семь человек не хотят платить»\n\n"
    "Лена Ортис приняла нас в своем кабинете в понедельник, через три дня после саммита.\n\n"
    "— Министр, саммит закончился соглашением о бюджете. Кто победил?\n\n"
    "«Победил залив. Никто не ушел довольным, а это и есть признак компромисса».\n\n"
    "— Дело капитана Дамма больше не мешает?\n\n"
    "«Оно мешает капитану Дамму, и я ему сочувствую».\n\n"
    "— Чего вы ждете от весны?\n\n"
    "«Первого тихого дня».\n"
)


def test_each_answer_in_marks_is_the_interviewee_s() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(INTERVIEW))}
    for answer in ("Победил залив. Никто не ушел довольным, а это и есть признак компромисса",
                   "Оно мешает капитану Дамму, и я ему сочувствую", "Первого тихого дня"):
        assert found[answer] == ["Лена Ортис"], answer


def test_one_answer_is_no_interview() -> None:
    # (a question and a quotation once: a column's rhetorical question as much as an interview)
    one = INTERVIEW.split("\n\n— Дело")[0] + "\n"
    found = {text: rule for text, _, rule, _ in attributions(draft(one))}
    assert found.get("Победил залив. Никто не ушел довольным, а это и есть признак компромисса") != \
        "interview: the interviewee's answer"


BOX = RU + (
    "Сенат Варнии во вторник одобрил деньги на кабель.\n\n"
    "Прямая речь\n\n"
    "Руна Вестбю, лидер Береговой партии:\n"
    "«Мы не против кабеля. Мы против кабеля, который никто не охраняет».\n\n"
    "Эрленд Вике, директор компании «Нордкабель»:\n"
    "«Судно-кабелеукладчик выйдет из порта в апреле».\n\n"
    "Фото: пресс-служба Сената\n"
)


def test_each_comment_is_the_name_line_s() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(BOX))}
    assert found["Мы не против кабеля. Мы против кабеля, который никто не охраняет"] == ["Руна Вестбю"]
    assert found["Судно-кабелеукладчик выйдет из порта в апреле"] == ["Эрленд Вике"]
