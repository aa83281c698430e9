"""Profile a page's warm reruns in AppTest with pyinstrument (the script thread, where the page runs).

    python benchmarks/profile_page.py quotes --data benchmarks/out/x1000/data --runs 10 [--html OUT.html]

Applies the typical filters of benchmarks/run.py (country filter, a search query on the quote explorer, a
selected row on the member states page) and prints the profile of the timed reruns, combined.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", choices=["overview", "members", "matrix", "quotes", "timeline", "sources", "floor"])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent / "data")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--html", type=Path)
    parser.add_argument("--no-filters", action="store_true")
    parser.add_argument("--recompile", action="store_true",
                        help="let AppTest recompile the scripts on every run (by default they are compiled once, "
                        "as a server does)")
    parser.add_argument("--interval", type=float, default=0.0002)
    parser.add_argument("--main-thread", action="store_true",
                        help="profile AppTest's own thread (message handling) instead of the script thread")
    parser.add_argument("--by-call", action="store_true",
                        help="print the time per run of each Streamlit command (st.dataframe, st.text...) instead of "
                        "the call tree")
    parser.add_argument("--show-all", action="store_true", help="show the library frames pyinstrument hides")
    args = parser.parse_args()
    os.environ["ALLIANCE_MONITOR_DATA"] = str(args.data.resolve())
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import run as bench
    from pyinstrument import Profiler
    from pyinstrument.session import Session
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.testing.v1 import AppTest
    from streamlit.testing.v1 import app_test as app_test_module

    class _ServerPagesManager(PagesManager):
        def __init__(self, *a: Any, **k: Any) -> None:
            super().__init__(*a, **k)
            PagesManager.uses_pages_directory = False

    app_test_module.PagesManager = _ServerPagesManager  # type: ignore[attr-defined]
    if not args.recompile:
        bench.keep_script_cache()
    sessions: list[Session] = []
    recording = {"on": False}
    original = script_runner.ScriptRunner._run_script

    def profiled(self: Any, rerun_data: Any) -> None:
        if not recording["on"]:
            original(self, rerun_data)
            return
        profiler = Profiler(interval=args.interval)
        profiler.start()
        try:
            original(self, rerun_data)
        finally:
            sessions.append(profiler.stop())

    script_runner.ScriptRunner._run_script = profiled  # type: ignore[method-assign]
    filters = bench.typical_filters(args.data)
    if args.page == "floor":
        floor = Path("/tmp/floor_app.py")
        floor.write_text(bench.FLOOR_APP)
        at = AppTest.from_file(str(floor), default_timeout=600)
    else:
        at = AppTest.from_file(str(bench.ENTRY), default_timeout=600)
        if not args.no_filters:
            at.query_params["country"] = [filters["country"]]
            if args.page == "quotes":
                at.query_params["q"] = filters["queries"][0]
        if args.page != "overview":
            at.switch_page(bench.PAGES[args.page])
    at.run()
    if args.page == "members" and not args.no_filters:
        at.session_state[f"members_{filters['iso3']}"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    at.run()
    assert not at.exception, at.exception
    recording["on"] = not args.main_thread
    main_profiler = Profiler(interval=0.0002) if args.main_thread else None
    if main_profiler is not None:
        main_profiler.start()
    times = []
    for _ in range(args.runs):
        began = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - began) * 1000)
    recording["on"] = False
    if main_profiler is not None:
        sessions.append(main_profiler.stop())
    times.sort()
    print(f"{args.page}: median {times[len(times) // 2]:.1f} ms over {len(times)} runs (profiled)")
    combined = sessions[0]
    for s in sessions[1:]:
        combined = Session.combine(combined, s)
    profiler = Profiler()
    profiler._last_session = combined
    if args.html:
        args.html.write_text(profiler.output_html())
    if args.by_call:
        totals: dict[str, float] = {}

        def walk(frame: Any) -> None:
            for child in frame.children:
                if child.function == "wrapped_func" and child.children:
                    inner = max(child.children, key=lambda f: f.time)
                    totals[inner.function] = totals.get(inner.function, 0.0) + child.time
                else:
                    walk(child)

        walk(combined.root_frame())
        for name, spent in sorted(totals.items(), key=lambda kv: -kv[1]):
            print(f"{spent / args.runs * 1000:8.3f} ms/run  {name}")
        return 0
    print(profiler.output_text(show_all=args.show_all, color=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
