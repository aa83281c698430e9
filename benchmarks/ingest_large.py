"""Time ingest on a large made-up article (issue 13, point 9: ingest time must grow linearly with the quotes).

`python benchmarks/ingest_large.py [--quotes 2800] [--russian] [--out FILE]` writes an article of fictional
paragraphs, each with a dateline-free sentence quoting a fictional speaker in one of the attribution forms ingest
knows, then drafts it (`build_draft`, nothing written) and prints bytes, quotations and seconds. 2,800 quotes make
about 1.4 MB. Deterministic (seeded). The figures are printed, one line per size. `--russian`: Russian quotations
whose speakers only the dependency parse finds (`russian_article`), timed after the parse's models have loaded.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alliance_monitor.ingest.draft import Known, build_draft  # noqa: E402
from alliance_monitor.ingest.syntax import forget_parses  # noqa: E402

_PEOPLE = ["Ivo Marant", "Lena Ortis", "Petru Zaric", "Anja Velk", "Tomas Brenn", "Mira Kell", "Oren Salk"]
_ROLES = ["the harbour minister", "the council spokesman", "the envoy", "the mayor"]
_TEXT = ("the compact will hold its course while the river towns keep their ferries running and every member "
         "pays its share of the watch on the northern coast before the winter storms close the passes")
_WORDS = _TEXT.split(" ")


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize()


def article(quotes: int, seed: int = 7) -> str:
    """A made-up article of about 500 bytes per quotation."""
    rng = random.Random(seed)
    lines = ["Tidewater Compact Holds Its Course, Says Council", "", "By Anja Velk", ""]
    for i in range(quotes):
        who = rng.choice(_PEOPLE)
        said = _phrase(rng, rng.randint(8, 20))
        filler = _phrase(rng, rng.randint(60, 80))
        form = i % 4
        if form == 0:
            body = f'"{said}," {who} said on Tuesday. {filler}.'
        elif form == 1:
            body = f'{who} told reporters that "{said.lower()}". {filler}.'
        elif form == 2:
            body = f'{filler}. According to {rng.choice(_ROLES)}, "{said.lower()}."'
        else:
            body = f'"{said}," he added. {filler}.'
        lines += [body, ""]
    return "\n".join(lines)


_RU_PEOPLE = ["Ильмар Котт", "Ирма Вальд", "Оскар Линдт", "Агда Рууд", "Тур Экдаль"]
_RU_SAID = ["Все паромы стоят, и никто не знает почему", "Мы ждем решения министерства уже третий день",
            "Пассажиры спят прямо на вокзале", "Никто не предупредил нас о забастовке",
            "Движение восстановят не раньше понедельника", "Мы просим только одного: расписания"]


def russian_article(quotes: int, *, one_paragraph: bool = False, seed: int = 7) -> str:
    """A made-up Russian article whose every quotation has its speaker after a long stretch of words no rule reads
    («..., — в пятницу вечером сообщил журналистам прямо на перроне начальник станции X»), so that each goes to the
    dependency parse (`ingest/syntax.py`); `one_paragraph` puts them all in one paragraph."""
    rng = random.Random(seed)
    parts = [f"«{rng.choice(_RU_SAID)}, и так уже {i + 2} дня», — в пятницу вечером сообщил журналистам прямо на "
             f"перроне начальник станции {rng.choice(_RU_PEOPLE)}. Потом он ушел." for i in range(quotes)]
    return "Паромы стоят\n\n" + (" " if one_paragraph else "\n\n").join(parts) + "\n"


def time_ingest(text: str) -> float:
    """Seconds to draft `text`, every paragraph parsed afresh (the parse's cache emptied first)."""
    forget_parses()
    started = time.perf_counter()
    build_draft(text, text.encode(), Known())
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", default="700,2800", help="comma-separated numbers of quotations")
    parser.add_argument("--out", type=Path, help="also write the largest article here")
    parser.add_argument("--russian", action="store_true",
                        help="Russian quotations whose speakers only the dependency parse finds (models load first)")
    args = parser.parse_args(argv)
    text = ""
    if args.russian:
        time_ingest(russian_article(1))  # the parse's models load once per process (about 1 s); not a size's cost
    for n in (int(x) for x in args.quotes.split(",")):
        text = russian_article(n) if args.russian else article(n)
        seconds = time_ingest(text)
        print(f"quotes {n:>6,}  bytes {len(text.encode()):>10,}  ingest {seconds:6.2f} s")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
