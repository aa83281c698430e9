"""Time ingest on a large made-up article (issue 13, point 9: ingest time must grow linearly with the quotes).

`python benchmarks/ingest_large.py [--quotes 2800] [--out FILE]` writes an article of fictional paragraphs, each
with a dateline-free sentence quoting a fictional speaker in one of the attribution forms ingest knows, then
drafts it (`build_draft`, nothing written) and prints bytes, quotations and seconds. 2,800 quotes make about
1.4 MB. Deterministic (seeded). The figures are printed, one line per size.
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


def time_ingest(text: str) -> float:
    started = time.perf_counter()
    build_draft(text, text.encode(), Known())
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", default="700,2800", help="comma-separated numbers of quotations")
    parser.add_argument("--out", type=Path, help="also write the largest article here")
    args = parser.parse_args(argv)
    text = ""
    for n in (int(x) for x in args.quotes.split(",")):
        text = article(n)
        seconds = time_ingest(text)
        print(f"quotes {n:>6,}  bytes {len(text.encode()):>10,}  ingest {seconds:6.2f} s")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
