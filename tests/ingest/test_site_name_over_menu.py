"""The publisher of a page that reprints another outlet's item: the site's name over its menu, not the agency its
foot names ("Источник: Интерфакс-Варния"), and never a name run on into the next line (fresh39/f3916, read after it
was scored; the same form fixed fresh34 and fresh35's publishers). The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import draft, source_record

TEXT = ("Волков: Пакт стоит у причала\n\n20.03.2029 | Новости | admin\n\n"
        "«Мы построили корабль и держим его у причала», — сказал Марек Волков в Сарнове.\n\n")


def test_the_site_over_its_menu_publishes_the_reprint() -> None:
    page = ("Союз ветеранов флота Варнии\nГлавная | Новости | История | Память | Контакты\n\n" + TEXT
            + "Источник: Интерфакс-Варния\nПоделиться: ВКонтакте | Telegram\n")
    assert source_record(draft(page))["publisher"] == "Союз ветеранов флота Варнии"


def test_a_source_line_names_one_line_only() -> None:
    page = TEXT + "Источник: Интерфакс-Варния\nПоделиться\n"
    assert source_record(draft(page))["publisher"] == "Интерфакс-Варния"


def test_a_headline_over_a_menu_is_still_no_publisher() -> None:
    page = ("Compact starts spring drills, the agency says\nHome | World | Politics | Sport\n\n"
            "\"We are ready,\" Jonas Ekre said on Thursday.\n")
    assert source_record(draft(page))["publisher"] != "Compact starts spring drills, the agency says"
