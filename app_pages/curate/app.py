"""Curate: from a pasted or uploaded article to reviewed, coded, validated, promoted records.

Registered by dashboard.py only when curation is switched on (see alliance_monitor/app/curation.py). Every decision
is a callback that opens the draft from disk, changes it, and saves it atomically as the next revision; a save
based on an older revision (another tab saved meanwhile) is refused with a message (ingest.workbench.StaleDraft).
Article text is untrusted: it reaches the page through st.text or render.literal only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date as Date
from pathlib import Path
from typing import Any

import streamlit as st

from alliance_monitor.app import curation, data, figures, render, state
from alliance_monitor.ingest import workbench as wb
from alliance_monitor.ingest.promote import PromoteError
from alliance_monitor.load import data_dir_from_env
from alliance_monitor.models import EventKind, Precision, QuoteKind, date_bounds, date_precision

ss = st.session_state
DATA_DIR = data_dir_from_env().resolve()
STATUS_COLOUR = {wb.ACCEPTED: "green", wb.PENDING: "orange"}


# --- messages and actions ------------------------------------------------------------------------------------


def say(kind: str, text: str) -> None:
    """A message for the next run (callbacks run before the page is drawn)."""
    ss["cur_msg"] = (kind, text)


def seen() -> dict[str, int]:
    """Draft file name -> the revision this session last saw (what its next save is based on)."""
    return ss.setdefault("cur_seen", {})  # type: ignore[no-any-return]


Action = Callable[[wb.Workbench], str]


def section(label: str, key: str, *, open_now: bool = False) -> Any:
    """An expander whose open state the server keeps (key, rerun on toggle), so that a rerun which adds or removes
    an element above it (a message, a new card) does not remount it closed under the curator's cursor.
    `open_now` opens it on this run (a record with a problem, a first visit)."""
    if open_now:
        ss[key] = True
    return st.expander(label, key=key, on_change="rerun")


def act(name: str, action: Action) -> None:
    """Open the draft, apply `action`, save it as the next revision of what this session saw; say what happened."""
    try:
        bench = wb.Workbench.open(wb.drafts_dir(DATA_DIR) / name, DATA_DIR)
        bench.based_on = seen().get(name, bench.based_on)
        done = action(bench)
        seen()[name] = bench.save()
        say("success", done)
    except wb.StaleDraft as stale:
        seen()[name] = stale.current  # the page now shows the latest revision; a repeated change will apply
        say("error", str(stale))
    except wb.WorkbenchError as err:
        say("error", str(err))


def make_draft() -> None:
    url = str(ss.get("cur_url") or "").strip()
    try:
        if ss.get("cur_from") == "Upload a file":
            upload = ss.get("cur_upload")
            if upload is None:
                raise wb.WorkbenchError("choose a .txt or .html file first")
            text, name = wb.article_text(upload.name, upload.getvalue()), upload.name
        else:
            raw = str(ss.get("cur_paste") or "")
            text, name = wb.article_text("pasted text", raw.encode("utf-8")), "pasted.txt"
        path = wb.create_draft(DATA_DIR, text, url=url or None, name=name,
                               source_id=str(ss.get("cur_sid") or "").strip() or None)
    except wb.WorkbenchError as err:
        say("error", str(err))
        return
    ss["cur_draft"] = path.name
    seen()[path.name] = 1
    ss["cur_paste"] = ""
    ss["cur_add_open"] = False  # the form has done its job; the draft below is what to look at now
    say("success", f"Draft {path.name} made and saved: review it below.")


def discard(name: str) -> None:
    try:
        target = wb.discard_draft(wb.drafts_dir(DATA_DIR) / name, seen().get(name, 0))
    except wb.WorkbenchError as err:
        say("error", str(err))
        return
    ss.pop("cur_draft", None)
    say("success", f"Draft filed under {target.parent.name}/{target.name} (nothing was deleted).")


def promote(name: str) -> None:
    try:
        bench = wb.Workbench.open(wb.drafts_dir(DATA_DIR) / name, DATA_DIR)
        bench.based_on = seen().get(name, bench.based_on)
        result = bench.promote()
    except PromoteError as err:
        say("error", "Not promoted, nothing changed: " + "; ".join(err.problems[:5]))
        return
    except wb.WorkbenchError as err:
        say("error", str(err))
        return
    ss.pop("cur_draft", None)
    added = ", ".join(f"{len(ids)} {kind}" for kind, ids in result.added.items())
    say("success", f"Promoted {name}: added {added}. The new records are on every page now.")


# the actions, as functions of the workbench (callbacks get their arguments through `args`)


def step(change: Callable[[wb.Workbench], object], message: str) -> Action:
    """An action that makes `change` and reports `message`."""
    def run(bench: wb.Workbench) -> str:
        change(bench)
        return message
    return run


def accept(qid: str) -> Action:
    return step(lambda b: b.accept(qid), f"Accepted {qid}.")


def reject(qid: str) -> Action:
    return step(lambda b: b.reject(qid), f"Rejected {qid} (kept under the draft's rejected quotes).")


def restore(qid: str) -> Action:
    return step(lambda b: b.restore(qid), f"Restored {qid} for review.")


def speakers_from(qid: str, key: str) -> Action:
    return step(lambda b: b.set_speakers(qid, list(ss.get(key) or [])), f"Speakers of {qid} saved.")


def add_speaker(qid: str, actor: str, only: bool) -> Action:
    def run(b: wb.Workbench) -> str:
        current = [] if only else list(b.quote(qid).get("speakers") or [])
        b.set_speakers(qid, [*current, actor])
        b.accept(qid)
        return f"{qid}: speaker {'set to' if only else 'added:'} {actor}; quote accepted."
    return run


def kind_from(qid: str, key: str) -> Action:
    return step(lambda b: b.set_kind(qid, str(ss[key])), f"Kind of {qid} saved.")


def about_from(qid: str, key: str) -> Action:
    return step(lambda b: b.set_about(qid, list(ss.get(key) or [])), f"Countries of {qid} saved.")


def words_from(qid: str, key: str) -> Action:
    return step(lambda b: b.set_span_words(qid, str(ss.get(key) or "")), f"Span of {qid} set; offsets computed.")


def extend(qid: str) -> Action:
    return step(lambda b: b.extend_to_sentence(qid), f"{qid} now spans its whole sentence.")


def new_person(qid: str, prefix: str) -> Action:
    def run(b: wb.Workbench) -> str:
        aliases = [a.strip() for a in str(ss.get(f"{prefix}_aliases") or "").split(",")]
        actor = b.new_actor(str(ss.get(f"{prefix}_name") or ""), aliases=aliases, kind=str(ss[f"{prefix}_kind"]),
                            nationality=ss.get(f"{prefix}_nat"), affiliation=str(ss.get(f"{prefix}_aff") or "") or None,
                            role=str(ss.get(f"{prefix}_role") or "") or None,
                            taken={c.id for c in wb.actor_choices(DATA_DIR, b.doc)})
        b.set_speakers(qid, [*list(b.quote(qid).get("speakers") or []), actor])
        return f"New person {actor} created and added to {qid}."
    return run


def source_from(prefix: str, fields: list[str]) -> Action:
    def run(b: wb.Workbench) -> str:
        b.set_source({f: ss.get(f"{prefix}_{f}") for f in fields})
        return "Source record saved."
    return run


def add_signal(prefix: str) -> Action:
    def run(b: wb.Workbench) -> str:
        evidence = str(ss.get(f"{prefix}_evidence") or "")
        span = chosen_passage(b, f"{prefix}_p") if evidence == "passage" else None
        sid = b.add_signal(quote=evidence if evidence != "passage" else None,
                           state=ss.get(f"{prefix}_state_{evidence}"), actor=ss.get(f"{prefix}_actor_{evidence}"),
                           dimension=str(ss.get("cur_sig_dim")),
                           direction=int(ss.get(f"{prefix}_dir") or 1), strength=int(ss.get(f"{prefix}_str") or 2),
                           confidence=str(ss.get(f"{prefix}_conf") or "medium"),
                           rationale=str(ss.get(f"{prefix}_why") or ""), span=span)
        return f"Signal {sid} added."
    return run


def remove_signal(sid: str) -> Action:
    return step(lambda b: b.remove_signal(sid), f"Signal {sid} removed.")


def chosen_passage(b: wb.Workbench, prefix: str) -> tuple[int, int]:
    """The passage the sentence picker `prefix` shows: offsets computed from the chosen sentences, never typed."""
    first, last = ss.get(f"{prefix}_from"), ss.get(f"{prefix}_to")
    if first is None or last is None:
        raise wb.WorkbenchError("choose the passage's first and last sentence")
    return wb.passage(b.seed, int(first), int(last))


def snap_to_sentence(prefix: str, seed: str) -> None:
    """The word finder's callback: choose the sentence where the words occur as the passage's first and last."""
    words = str(ss.get(f"{prefix}_find") or "")
    found = wb.sentence_at(seed, words)
    if found is None:
        if words.strip():
            say("error", f"{words.strip()[:80]!r} is not in the article: no sentence chosen")
        return
    ss[f"{prefix}_from"] = ss[f"{prefix}_to"] = found


def add_event(prefix: str, taken: set[str]) -> Action:
    def run(b: wb.Workbench) -> str:
        evidence = str(ss.get(f"{prefix}_evidence") or "")
        if evidence == "passage":
            span = b.evidence_span(span=chosen_passage(b, f"{prefix}_p"))
        else:
            span = b.evidence_span(quote=evidence or None)
        eid = b.add_event(
            title=str(ss.get(f"{prefix}_title") or ""), kind=str(ss.get(f"{prefix}_kind")),
            date=wb.fuzzy_date(ss[f"{prefix}_date"], str(ss.get(f"{prefix}_prec"))),
            description=str(ss.get(f"{prefix}_desc") or ""), evidence=[span],
            **{role: list(ss.get(f"{prefix}_{role}") or []) for role in EVENT_ROLES},
            actors=list(ss.get(f"{prefix}_actors") or []), location=str(ss.get(f"{prefix}_where") or "") or None,
            date_note=str(ss.get(f"{prefix}_note") or "") or None, taken=taken)
        return f"Event {eid} added."
    return run


def remove_event(eid: str) -> Action:
    return step(lambda b: b.remove_event(eid), f"Event {eid} removed.")


EVENT_ROLES = {"states": "Taking part", "absent": "Absent (members that stayed away)",
               "location_states": "Where it happened", "targets": "Directed at"}
"""The Event model's roles of a state, with the page's labels."""


# --- the page ------------------------------------------------------------------------------------------------

# st.user has no is_logged_in at all where no identity cookie was ever set: that is "not logged in"
logging_in = curation.mode() is curation.Mode.LOGIN
if logging_in and not getattr(st.user, "is_logged_in", False):
    st.title("Curate")
    st.info("Curation changes the data: log in first.")
    st.button("Log in", key="cur_login", on_click=st.login)
    state.end_page()

st.title("Curate")
if logging_in:
    who = st.columns([5, 1])
    who[0].caption(f"Logged in as {render.literal(str(st.user.get('email') or st.user.get('name') or 'unknown'))}")
    who[1].button("Log out", key="cur_logout", on_click=st.logout)
st.caption("Add an article, review what ingest drafted, code signals, and promote when everything validates. "
           "Every decision is saved at once; you can leave and resume later.")

if "cur_msg" in ss:
    kind, text = ss.pop("cur_msg")
    (st.success if kind == "success" else st.error)(render.literal(text))

first_visit = "cur_add_open" not in ss
with section("Add an article", "cur_add_open", open_now=first_visit and not wb.list_drafts(DATA_DIR)) as opened:
    if opened.open:  # drawn only while open (see section)
        source = st.radio("Article from", ["Paste the text", "Upload a file"], key="cur_from", horizontal=True)
        if source == "Upload a file":
            st.file_uploader(f"A .txt or .html file (at most {wb.MAX_UPLOAD_BYTES // 1000:,} kB; HTML is reduced to "
                             "text, never shown)", type=["txt", "html", "htm"], key="cur_upload", max_upload_size=1)
        else:
            st.text_area("Article text", key="cur_paste", height=180, placeholder="Paste the whole article here")
        left, right = st.columns(2)
        left.text_input("URL of the article", key="cur_url", placeholder="https://...")
        right.text_input("Source id (optional)", key="cur_sid", placeholder="publisher-year-two-words")
        st.button("Make the draft", key="cur_make", type="primary", on_click=make_draft)

drafts = {d.path.name: d for d in wb.list_drafts(DATA_DIR)}
st.subheader("Drafts in review")
if not drafts:
    st.info("No draft in review. Add an article above.")
    state.end_page()
if ss.get("cur_draft") not in drafts:
    ss["cur_draft"] = next(iter(drafts))
name = st.selectbox("Draft", list(drafts), key="cur_draft",
                    format_func=lambda n: f"{drafts[n].title} ({n}: {drafts[n].quotes} quotes, "
                                          f"{drafts[n].pending} to review)")
assert name is not None
try:
    bench = wb.Workbench.open(drafts[name].path, DATA_DIR)
except wb.WorkbenchError as err:
    st.error(render.literal(str(err)))
    state.end_page()
seen().setdefault(name, bench.based_on)
doc, rev = bench.doc, bench.based_on
app = data.app_data()
ds = app.dataset
choices = wb.actor_choices(DATA_DIR, doc)
actor_label = {c.id: c.label for c in choices}
state_names = {s.iso3: s.name for s in ds.alliance.states}


@st.cache_data(max_entries=32, show_spinner=False)
def merged_problems(path: str, revision: int, data_fingerprint: str) -> list[str]:
    """The problems of the merged data for this revision of the draft (promote's own check, nothing written)."""
    return wb.Workbench.open(Path(path), DATA_DIR).problems()


problems = merged_problems(str(bench.path), rev, app.key)
record_ids = [str(doc["source"].get("id"))] + [str(x.get("id")) for x in
                                               doc["actors"] + doc["quotes"] + doc["signals"] + doc["events"]]
by_record, general = wb.problems_by_record(problems, record_ids)
pending = wb.pending_quotes(doc)


def show_problems(record_id: str) -> None:
    for line in by_record.get(record_id, []):
        st.error(render.literal(line), icon=":material/error:")


article_sentences = wb.sentences(bench.seed)


def passage_picker(prefix: str) -> None:
    """Choose a passage as a run of the article's sentences (or find words and snap to their sentence), shown
    highlighted in its place before it is used. The offsets are the sentences' own, computed by the workbench."""
    def label(i: int) -> str:
        start, end = article_sentences[i]
        words = " ".join(bench.seed[start:end].split())
        return f"{i + 1}: {words[:90]}{'...' if len(words) > 90 else ''}"

    st.text_input("Find words in the article (Enter chooses their sentence)", key=f"{prefix}_find",
                  on_change=snap_to_sentence, args=(prefix, bench.seed))
    options = list(range(len(article_sentences)))
    first = st.selectbox("From the sentence", options, key=f"{prefix}_from", format_func=label)
    last = st.selectbox("To the sentence", options, key=f"{prefix}_to", format_func=label)
    try:
        start, end = wb.passage(bench.seed, int(first or 0), int(last or 0))
    except wb.WorkbenchError as err:
        st.error(render.literal(str(err)))
        return
    i, j = int(first or 0), int(last or 0)
    before = bench.seed[article_sentences[i - 1][0]:start] if i > 0 else ""
    after = bench.seed[end:article_sentences[j + 1][1]] if j + 1 < len(article_sentences) else ""
    st.caption(f"The passage (characters {start}-{end}), highlighted with the sentences around it:")
    with st.container(border=True, key=f"{prefix}_shown"):
        st.markdown(render.highlighted(before, bench.seed[start:end], after))


top = st.columns([3, 1, 1])
top[0].markdown(render.literal(f"{len(doc['quotes'])} quotes, {len(pending)} to review, {len(doc['signals'])} "
                               f"signals, {len(doc['events'])} events · {len(problems)} problem(s) · revision {rev}"))
top[1].button("Discard draft", key="cur_discard", on_click=discard, args=(name,),
              help="Files the draft under drafts/discarded/; nothing is deleted")

# -- 1. the source record
src = doc["source"]
with section("Source record", "cur_source_open", open_now=bool(by_record.get(str(src.get("id"))))) as opened:
    if opened.open:  # drawn only while open (see section)
        for w in (doc.get("review") or {}).get("warnings") or []:
            if w.get("kind") != "new_actor":
                st.warning(render.literal(f"[{w.get('kind')}] {w.get('message')}"))
        published = src.get("published") or {}
        if src.get("printed_date"):
            st.caption("Printed date, as on the page:")
            st.text(str(src["printed_date"].get("text")))
        st.caption("Date evidence found by ingest:")
        st.text(str(published.get("evidence") or "(none)"))
        show_problems(str(src.get("id")))
        prefix = f"cur_src_{rev}"
        fields = ["title", "publisher", "author", "dateline", "url", "language", "published.date",
                  "published.confidence", "published.method", "published.evidence", "date_conflict"]
        with st.form(f"{prefix}_form"):
            cols = st.columns(2)
            for i, f in enumerate(fields):
                head, _, leaf = f.partition(".")
                value = (src.get(head) or {}).get(leaf) if leaf else src.get(head)
                if f == "published.confidence":
                    opts = ["low", "medium", "high"]
                    cols[i % 2].selectbox(f, opts, index=opts.index(value) if value in opts else 0, key=f"{prefix}_{f}")
                elif f == "published.method":
                    opts = ["as_printed", "printed_reinterpreted", "inferred_from_text"]
                    cols[i % 2].selectbox(f, opts, index=opts.index(value) if value in opts else 0, key=f"{prefix}_{f}")
                else:
                    cols[i % 2].text_input(f, value=str(value or ""), key=f"{prefix}_{f}")
            st.form_submit_button("Save the source record", on_click=act, args=(name, source_from(prefix, fields)))

# -- 2. the quotes: the article with every drafted quote highlighted, then a card per quote
st.subheader("Quotes")
numbers = {str(q["id"]): i + 1 for i, q in enumerate(sorted(doc["quotes"], key=lambda q: int(q["start"])))}
with section("The article, quotes highlighted", "cur_article_open", open_now="cur_article_open" not in ss) as opened:
    if opened.open:  # drawn only while open (see section)
        marks = sorted(((int(q["start"]), int(q["end"]), str(q["id"])) for q in doc["quotes"]), key=lambda m: m[0])
        parts, pos = [], 0
        for start, end, qid in marks:
            if start < pos:
                continue
            parts.append(render.literal(bench.seed[pos:start]))
            colour = STATUS_COLOUR.get(bench.status(qid), "orange")
            quoted = " ".join(bench.seed[start:end].split())
            parts.append(f"**\\[Q{numbers[qid]}\\]**:{colour}-background[{render.literal(quoted)}]")
            pos = end
        parts.append(render.literal(bench.seed[pos:]))
        with st.container(height=320):
            st.markdown("".join(parts))

for q in sorted(doc["quotes"], key=lambda q: int(q["start"])):
    qid = str(q["id"])
    status = bench.status(qid)
    with st.container(border=True, key=f"cur_card_{qid}"):
        left, right = st.columns([5, 1])
        with left:
            st.markdown(f"**Q{numbers[qid]}** · :{STATUS_COLOUR.get(status, 'gray')}[{status}] · "
                        + render.literal(qid))
            st.text(str(q.get("text")))
            speakers = ", ".join(actor_label.get(s, s) for s in q.get("speakers") or []) or "NO SPEAKER"
            att = q.get("attribution") or {}
            st.markdown(render.small(f"Speakers: {speakers}\nAttribution ({att.get('confidence')}): "
                                     f"{att.get('basis')}\nKind: {q.get('kind')} · about: "
                                     f"{', '.join(q.get('about') or []) or '-'}"))
            show_problems(qid)
        with right:
            st.button("Accept", key=f"cur_accept_{qid}", type="primary", disabled=status == wb.ACCEPTED,
                      on_click=act, args=(name, accept(qid)), width="stretch")
            st.button("Reject", key=f"cur_reject_{qid}", on_click=act, args=(name, reject(qid)), width="stretch")
        with section(f"Correct Q{numbers[qid]}", f"cur_correct_{qid}") as correcting:
            if not correcting.open:
                continue  # the correction form is drawn only while open: a draft of 40 quotes stays light
            p = f"cur_{qid}_{rev}"
            st.multiselect("Speakers", list(actor_label), default=[s for s in q.get("speakers") or []
                                                                   if s in actor_label],
                           format_func=lambda a: actor_label.get(a, a), key=f"{p}_speakers",
                           on_change=act, args=(name, speakers_from(qid, f"{p}_speakers")))
            query = st.text_input("Find a speaker by any spelling (aliases, transliterations, Cyrillic)",
                                  key=f"cur_find_{qid}")
            for c in wb.find_actors(choices, query or ""):
                col_name, col_only, col_add = st.columns([3, 1, 1])
                col_name.text(c.label)
                col_only.button("Only speaker", key=f"cur_only_{qid}_{c.id}", on_click=act,
                                args=(name, add_speaker(qid, c.id, True)))
                col_add.button("Add", key=f"cur_add_{qid}_{c.id}", on_click=act,
                               args=(name, add_speaker(qid, c.id, False)))
            if query and not wb.find_actors(choices, query):
                st.caption("Nobody by that name: create the person below.")
            with st.popover("New person"):
                n = f"cur_new_{qid}"
                st.text_input("Display name", key=f"{n}_name")
                st.text_input("Other spellings (comma-separated)", key=f"{n}_aliases")
                st.selectbox("Kind", ["person", "organisation"], key=f"{n}_kind")
                st.selectbox("Nationality", [None, *state_names], key=f"{n}_nat",
                             format_func=lambda c: "(unknown)" if c is None else f"{state_names[c]} ({c})")
                st.text_input("Speaks for (ISO-3 state or organisation id)", key=f"{n}_aff")
                st.text_input("Role", key=f"{n}_role")
                st.button("Create and add as speaker", key=f"{n}_go", on_click=act, args=(name, new_person(qid, n)))
            kinds = [k.value for k in QuoteKind]
            st.selectbox("Kind", kinds, index=kinds.index(q.get("kind")) if q.get("kind") in kinds else 0,
                         key=f"{p}_kind", on_change=act, args=(name, kind_from(qid, f"{p}_kind")))
            st.multiselect("About (countries)", list(state_names), default=[c for c in q.get("about") or []
                                                                             if c in state_names],
                           format_func=lambda c: f"{state_names[c]} ({c})", key=f"{p}_about",
                           on_change=act, args=(name, about_from(qid, f"{p}_about")))
            st.text_area("The quote's exact words (edit them; the offsets are computed)", value=str(q.get("text")),
                         key=f"{p}_words")
            a, b = st.columns(2)
            a.button("Use these words", key=f"{p}_usewords", on_click=act, args=(name, words_from(qid, f"{p}_words")))
            b.button("Extend to the sentence", key=f"{p}_extend", on_click=act, args=(name, extend(qid)))

rejected = doc["draft"].get("rejected") or []
if rejected:
    with section(f"Rejected quotes ({len(rejected)})", "cur_rejected_open") as opened:
        if opened.open:  # drawn only while open (see section)
            for q in rejected:
                a, b = st.columns([5, 1])
                a.text(str(q.get("text")))
                b.button("Restore", key=f"cur_restore_{q['id']}", on_click=act, args=(name, restore(str(q["id"]))))

# -- 3. signals, with the codebook beside
st.subheader("Signals")
dims = {d.id: d for d in ds.codebook.dimensions}
accepted = [str(q["id"]) for q in doc["quotes"] if bench.status(str(q["id"])) == wb.ACCEPTED]
form_col, book_col = st.columns([3, 2])
with form_col:
    s = f"cur_sig_{rev}"
    st.selectbox("Evidence", [*accepted, "passage"], key=f"{s}_evidence",
                 format_func=lambda e: "A passage of the article" if e == "passage" else
                 f"Q{numbers.get(e, '?')}: {next(str(q['text'])[:70] for q in doc['quotes'] if q['id'] == e)}")
    if ss.get(f"{s}_evidence") == "passage":
        passage_picker(f"{s}_p")
    # the evidence quote's first speaker, and the state they speak for, are the usual subject: proposed, editable
    evidence = str(ss.get(f"{s}_evidence") or "")
    speaker = next((str((q.get("speakers") or [""])[0]) for q in doc["quotes"] if q["id"] == evidence), "")
    known = [*(x.model_dump() for x in ds.actors), *doc["actors"]]
    record: dict[str, Any] = next((a for a in known if a["id"] == speaker), {})
    subject_state = next((c for c in (record.get("affiliation"), record.get("nationality")) if c in state_names), None)
    state_options: list[str | None] = [None, *state_names]
    actor_options: list[str | None] = [None, *actor_label]
    c1, c2 = st.columns(2)
    c1.selectbox("State", state_options, index=state_options.index(subject_state), key=f"{s}_state_{evidence}",
                 format_func=lambda c: "(none)" if c is None else f"{state_names[c]} ({c})")
    c2.selectbox("Actor", actor_options, index=actor_options.index(speaker) if speaker in actor_label else 0,
                 key=f"{s}_actor_{evidence}", format_func=lambda a: "(none)" if a is None else actor_label[a])
    st.selectbox("Dimension", list(dims), key="cur_sig_dim", format_func=lambda d: dims[d].label)
    c1, c2, c3 = st.columns(3)
    c1.radio("Direction", [1, -1], key=f"{s}_dir", format_func=lambda v: f"+1 toward {ds.alliance.leader_label}"
             if v == 1 else f"-1 toward {ds.alliance.national_label}")
    c2.radio("Strength", [1, 2, 3], index=1, key=f"{s}_str", format_func=str)
    c3.radio("Confidence", ["low", "medium", "high"], index=1, key=f"{s}_conf")
    st.text_input("Rationale (one sentence)", key=f"{s}_why")
    st.button("Add signal", key="cur_sig_add", type="primary", on_click=act, args=(name, add_signal(s)))
with book_col:
    dim = dims[str(ss.get("cur_sig_dim") or next(iter(dims)))]
    with st.container(border=True):
        st.markdown(f"**{render.literal(dim.label)}** ({dim.kind.value})  \n" + render.literal(dim.definition))
        st.markdown(render.literal(f"+1 toward {ds.alliance.leader_label}: {dim.toward_leader}"))
        st.markdown(render.literal(f"-1 toward {ds.alliance.national_label}: {dim.toward_national}"))
        st.caption("Worked example")
        st.text(dim.example.evidence.text)
        st.markdown(render.small(f"{dim.example.direction:+d}: {dim.example.explanation}"))
        st.markdown(render.small("\n".join(f"strength {k}: {v}" for k, v in sorted(ds.codebook.strength.items()))))

for sig in doc["signals"]:
    sid = str(sig.get("id"))
    with st.container(border=True):
        a, b = st.columns([5, 1])
        ev = sig.get("evidence") or {}
        where = (f"Q{numbers.get(str(ev.get('quote')), '?')}" if "quote" in ev
                 else f"passage {ev.get('start')}-{ev.get('end')}")
        a.markdown(render.literal(f"{sid}: {sig.get('state') or '-'} / {sig.get('actor') or '-'} · "
                                  f"{sig.get('dimension')} {int(sig.get('direction', 0)):+d} x{sig.get('strength')} "
                                  f"({sig.get('confidence')}) · {where}"))
        a.markdown(render.small(str(sig.get("rationale"))))
        with a:
            show_problems(sid)
        b.button("Remove", key=f"cur_sig_rm_{sid}", on_click=act, args=(name, remove_signal(sid)))

# -- 4. events, with their evidence and every role a state can have
st.subheader("Events")
kinds_of_event = [k.value for k in EventKind]
published_date = str((src.get("published") or {}).get("date") or "")
default_day: Date | None
try:
    default_day, default_precision = date_bounds(published_date)[0], date_precision(published_date).value
except (ValueError, KeyError, TypeError):
    default_day, default_precision = None, Precision.DAY.value
e = f"cur_ev_{rev}"
st.text_input("Title", key=f"{e}_title", placeholder="e.g. Tokayev's press conference on defence priorities")
c1, c2, c3 = st.columns(3)
c1.selectbox("Kind", kinds_of_event, key=f"{e}_kind", format_func=figures.kind_label,
             index=kinds_of_event.index(EventKind.OTHER.value))
c2.date_input("Date", value=default_day, key=f"{e}_date", min_value=Date(1900, 1, 1), max_value=Date(2100, 12, 31),
              help="The source's publication date is proposed; choose the day the event happened or began")
precisions = [p.value for p in Precision][::-1]
c3.radio("Known to the", precisions, index=precisions.index(default_precision), key=f"{e}_prec", horizontal=True,
         help="A date known only to the month or year is recorded so (2024-03, 2024) and drawn over the whole period")
if ss.get(f"{e}_date") is not None:
    st.caption(f"Recorded as {wb.fuzzy_date(ss[f'{e}_date'], str(ss.get(f'{e}_prec')))}")
roles = st.columns(4)
for col, (role, role_label) in zip(roles, EVENT_ROLES.items(), strict=True):
    col.multiselect(role_label, list(state_names), key=f"{e}_{role}", format_func=lambda c: f"{state_names[c]} ({c})")
c1, c2 = st.columns(2)
c1.multiselect("Actors involved", list(actor_label), key=f"{e}_actors", format_func=lambda a: actor_label.get(a, a))
c2.text_input("Location (as the source gives it)", key=f"{e}_where")
st.text_area("What happened (a sentence or two)", key=f"{e}_desc", height=80)
st.text_input("How the date was established (when not printed)", key=f"{e}_note")
st.selectbox("Evidence", [*accepted, "passage"], key=f"{e}_evidence",
             format_func=lambda v: "A passage of the article" if v == "passage" else
             f"Q{numbers.get(v, '?')}: {next(str(q['text'])[:70] for q in doc['quotes'] if q['id'] == v)}")
if ss.get(f"{e}_evidence") == "passage":
    passage_picker(f"{e}_p")
st.button("Add event", key="cur_ev_add", type="primary", on_click=act,
          args=(name, add_event(e, {x.id for x in ds.events})))

for event in doc["events"]:
    eid = str(event.get("id"))
    with st.container(border=True):
        a, b = st.columns([5, 1])
        roles_text = " · ".join(f"{EVENT_ROLES[r].split(' (')[0].lower()}: {', '.join(event[r])}"
                                for r in EVENT_ROLES if event.get(r))
        a.markdown(render.literal(f"{eid}: {event.get('date')} · {figures.kind_label(str(event.get('kind')))} · "
                                  f"{event.get('title')}" + (f" · {roles_text}" if roles_text else "")))
        a.markdown(render.small(str(event.get("description") or "")))
        for span in event.get("evidence") or []:
            a.text(str(span.get("text")))
        with a:
            show_problems(eid)
        b.button("Remove", key=f"cur_ev_rm_{eid}", on_click=act, args=(name, remove_event(eid)))

# -- 5. validate and promote
st.subheader("Validate and promote")
for actor in doc["actors"]:
    if by_record.get(str(actor.get("id"))):
        st.markdown(render.literal(f"New person {actor.get('id')}:"))
        show_problems(str(actor.get("id")))
for line in general:
    st.error(render.literal(line), icon=":material/error:")
ready = not problems and not pending
if ready:
    st.success("The merged data validates and every quote is decided.")
elif pending and not problems:
    st.info(f"{len(pending)} quote(s) still to review.")
st.button("Promote", key="cur_promote", type="primary", disabled=not ready, on_click=promote, args=(name,),
          help="Merges the draft into the curated files, all or nothing (the `promote` command's code)")
