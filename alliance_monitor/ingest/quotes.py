"""Direct quotations in an article, who said them, and the author's own quoted terms.

Quotations are found by their marks: straight and curly double quotes, guillemets, and single quotes (an
apostrophe between two letters is never a mark), including quotations that run over paragraphs (each new
paragraph reopens the quote). Only top-level quotations count: a quote inside a quote is part of it.

Each quotation is attributed by the first rule that applies, in this order, in its own sentence:

0. after the quote, a document: "...," the statement says / «...», — говорится в заявлении (the organisation
   named last)
1. after the quote: "..., observes X", "..., declared the secretary", "...," he added  (verb and speaker), also
   after a lower-case role or with an apposition between commas ("...," spokesman Ivan Dorokhov said; "...,"
   Ivo Marant, the secretary general, said); a possessive is never the speaker; Russian verbs («...», — заявил X)
2. passive before it: "justified by X and Y as ..."
3. before it, verb first: "concludes X, ..."; a headline "X: '...'"
4. before it, speaker then verb: "X observed, ...", "X told Y that ...", "in an interview with Y, X said:",
   "X responded to Y by saying that ..." (an object of to/with/told is never the speaker)
5. "according to X", "in the words of X", "по словам X", a sentence opening "For X, ..."
6. a reporting verb anywhere earlier in the sentence with its speaker: "X had spoken of ..., and '...'"
7. the previous quotation of the same sentence
8. a quotation of the previous sentence (medium confidence)
9. the previous quotation of the paragraph (low confidence)

Speakers are names (any alias), descriptors and pronouns, resolved by `actors`. Confidence is high for
a reporting verb with a name or descriptor, medium for pronouns, opinions ("seeing ... as") and carried-over
speakers, low for proposals ("proposes to introduce ... 'x'") and paragraph-level carry-over. A single quoted
word, and a short quotation (three words or fewer) that nobody is said to have said, is the author's term
(scare quotes), not a statement (but one word a named speaker is said to call something, 'Zaric called the plan
"premature"', «назвал «...»», is that speaker's quote); so are a quoted title-case name after an article
('a "Question Hour"') and a
short quoted modifier after a possessive ('Zaric's "sea first" policy').
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from alliance_monitor.ingest.actors import (
    _CYRILLIC,
    _DATIVE_GOVERNOR,
    _MONTHS_DAYS,
    _NOT_NAME_WORDS,
    _OBLIQUE_GOVERNOR,
    STAFF_AT,
    Candidate,
    Cast,
    Mention,
    _female_nominative,
    _male_nominative,
    is_acronym,
    loose,
    organisation_by_short_form,
)
from alliance_monitor.ingest.chrome import _initials
from alliance_monitor.ingest.frame import frame_subject, russian_finite_verb, someone_else_between
from alliance_monitor.ingest.morphology import PRONOUN_SEX, can_be_nominative, name_sex, personal_name
from alliance_monitor.ingest.morphology import lemma as morph_lemma
from alliance_monitor.ingest.syntax import SAY_LEMMAS
from alliance_monitor.ingest.text import words
from alliance_monitor.search import fold, skeleton

# --- quotation marks ----------------------------------------------------------------------------------

_DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", '"': '"'}
_SINGLE_OPEN = {"‘": "’", "'": "'", "‹": "›"}
_OPENING_CONTEXT = " \t\n([{—–-/“‘«„\"'"
_CLOSER = {**_DOUBLE_OPEN, **_SINGLE_OPEN}
"""Each opening mark and the mark that closes it."""
_MARKS = re.compile("[" + re.escape("".join(sorted(set(_CLOSER) | set(_CLOSER.values()) | {"’"}))) + "]")


@dataclass(frozen=True)
class Quotation:
    """Words between quotation marks: [start, end) excludes the marks at open_pos and close_pos."""

    open_pos: int
    close_pos: int
    paragraph: int
    interviewee: int = -1
    """For an interview's answer printed without marks: the offset where the article names the interviewee in
    full (the answer's speaker); -1 for any other quotation."""
    between: tuple[int, int] | None = None
    """For a piece of a quote split inside one pair of marks by its attribution ("«..., — сказал X. — ...»"): the
    attribution's span, from its verb to its closing dash, which both pieces share; None for any other quotation."""
    padding: tuple[int, int] = (0, 0)
    """Blanks inside the marks, after the opening one and before the closing one ('Kalvo? "he said': a page's typo,
    fresh39/f3904): no part of the words."""

    @property
    def start(self) -> int:
        return self.open_pos + 1 + self.padding[0]

    @property
    def end(self) -> int:
        return self.close_pos - self.padding[1]


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _opens(ch: str, prev: str, nxt: str) -> bool:
    """Whether a mark opens a quotation: a double or curly mark before a non-blank, or a straight single
    quote after a blank or an opening mark and before a letter."""
    if ch in _CLOSER and ch not in ("'", "’"):
        return not nxt.isspace()
    return ch == "'" and prev in _OPENING_CONTEXT and (_is_letter(nxt) or nxt in "….")


_DIALOGUE = re.compile(r"[ \t\u00a0]*[—–][ \t\u00a0]+(?P<words>[^—–«»\"“”„\n]{2,}?)[,.!?…]?[ \t\u00a0]+[—–][ \t\u00a0]+"
                       r"(?=[а-яё]+(?:л|ла|ли|ло|ет|ит|ют|ят)(?![а-яё]))")
"""A paragraph of Russian dialogue: a dash, the words said, a dash and the reporting verb."""


def find_quotations(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quotation], list[int]]:
    """Top-level quotations in the given paragraphs, and the offsets of quotation marks left unmatched."""
    found: list[Quotation] = []
    unmatched: list[int] = []
    carry: tuple[str, int, int] | None = None  # an open double quote running over into the next paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        stack: list[tuple[str, int, int]] = []  # (opening mark, position, paragraph)
        i = p_start
        if carry is not None:
            # The convention of print: a quote running on into the next paragraph leaves its paragraph
            # unclosed and opens the next one with a mark again. Each paragraph's part is a quote of its own
            # (the first ends where its paragraph ends), as the curated data and the gold annotate it.
            lead = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            first = _MARKS.search(text, p_start, p_end)
            if p_start + lead < p_end and text[p_start + lead] in _DOUBLE_OPEN:
                prev_start, prev_end = paragraphs[carry[2]]
                close = prev_start + len(text[prev_start:prev_end].rstrip())
                if close > carry[1] + 1:
                    found.append(Quotation(carry[1], close, carry[2]))
            elif first is not None and text[first.start()] == _CLOSER[carry[0]] and first.start() > p_start + lead:
                # No mark reopens the quote, but the paragraph closes it ("«... систем.\n\nЕсли ... их», —
                # написала Ран"): one quote per paragraph still, the second from its paragraph's start (its
                # open_pos is the character before that start, no mark).
                prev_start, prev_end = paragraphs[carry[2]]
                close = prev_start + len(text[prev_start:prev_end].rstrip())
                if close > carry[1] + 1:
                    found.append(Quotation(carry[1], close, carry[2]))
                found.append(Quotation(p_start + lead - 1, first.start(), p_index))
                i = first.start() + 1
            else:
                unmatched.append(carry[1])
            carry = None
        dialogue = _DIALOGUE.match(text, p_start, p_end) if carry is None else None
        if dialogue:
            # Russian dialogue: "— Мы ловили здесь еще при деде, — сказал ...": the words between the dashes, no
            # marks (open_pos is the blank before them)
            found.append(Quotation(dialogue.start("words") - 1, dialogue.end("words"), p_index))
            i = dialogue.end()
        # Only quotation marks matter: jump from one to the next (a character loop cost seconds on long pages).
        for mark in _MARKS.finditer(text, i, p_end):
            i = mark.start()
            ch = text[i]
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + 1] if i + 1 < p_end else " "
            if ch in ("'", "’") and _is_letter(prev) and _is_letter(nxt):
                continue  # an apostrophe: Kazakhstan's, L’Asia
            k = next((k for k in range(len(stack) - 1, -1, -1) if _CLOSER[stack[k][0]] == ch), None)
            if k is not None and not (ch in ("'", "’") and prev.isspace()):
                _, pos, para = stack[k]
                del stack[k:]
                if not stack and i > pos + 1:
                    found.append(Quotation(pos, i, para))
            elif _opens(ch, prev, nxt):
                stack.append((ch, i, p_index))
        if stack and stack[0][0] in _DOUBLE_OPEN and p_index + 1 < len(paragraphs):
            carry = stack[0]
            unmatched.extend(pos for _, pos, _ in stack[1:])
        else:
            unmatched.extend(pos for _, pos, _ in stack)
    if carry is not None:
        unmatched.append(carry[1])
    found = _split_inside(text, found)
    found = _answers_in_marks(text, paragraphs, found)
    clips = _clip_turns(text, paragraphs)
    if clips:
        # a broadcast script's recorded clip is one quote, whatever marks it holds
        found = [q for q in found if not any(c.open_pos <= q.open_pos < c.close_pos for c in clips)]
        found = sorted([*found, *clips], key=lambda q: q.open_pos)
    answers = _interview_answers(text, paragraphs)
    if answers:
        # An interview's answer is one quote, whatever marks it holds; the questions are the publication's words.
        starts = {start for start, _ in paragraphs}
        found = [q for q in found if not any(a.open_pos <= q.open_pos < a.close_pos for a in answers)
                 # the interviewer's label in quotation marks («Портовые ведомости»: ...) is a name, no quote
                 and not (q.open_pos in starts and re.match(r"[ \t\u00a0]*:", text[q.close_pos + 1:q.close_pos + 4]))]
        found = sorted([*found, *answers], key=lambda q: q.open_pos)
    return [_without_padding(text, q) for q in found], unmatched


def _without_padding(text: str, q: Quotation) -> Quotation:
    """`q` with the blanks inside its marks left out of its words (never all of them)."""
    inner = text[q.open_pos + 1:q.close_pos]
    lead, tail = len(inner) - len(inner.lstrip(" \t\u00a0")), len(inner) - len(inner.rstrip(" \t\u00a0"))
    if (lead or tail) and inner.strip(" \t\u00a0") and q.interviewee < 0:
        return replace(q, padding=(lead, tail))
    return q


_SPLIT_INSIDE = re.compile(
    r"(?:,|(?<=[?!…]))[ \t\u00a0]+[—–][ \t\u00a0]+(?P<verb>[а-яё]+)(?=[ \t\u00a0,])"
    r"(?:[^—–«»\"“”„\n]|„[^“”„«»\n]{1,40}[“”]|«[^«»\n]{1,40}»){1,140}?[,.][ \t\u00a0]+[—–][ \t\u00a0]+")
"""Inside one pair of guillemets, the attribution between dashes ("«Мы готовы подписать, — сказал Волков, — но ...»",
or ending its sentence: "«Мы не против, — сказал Волков. — Но ...»"): the quote is two pieces. The first piece
ends at the comma (left out) or after a question's or an exclamation's mark (kept: "«Кто подпишет? — спросила
Верлунд депутатов. — Никто»"); the attribution may run long, with commas ("— сказал, отвечая на вопросы сенаторов,
заместитель министра ... Каменев. —") and a name in marks ("— пояснил „Курьеру“ дипломат ... —": the paper, its
addressee), never a dash of its own."""


def _split_inside(text: str, found: list[Quotation]) -> list[Quotation]:
    out: list[Quotation] = []
    for q in found:
        split = next((m for m in _SPLIT_INSIDE.finditer(text, q.start, q.end) if m.group("verb") in RU_SPEECH_VERBS),
                     None)
        if split is not None and split.end() < q.end:
            between = (split.start("verb"), split.end())
            out.append(Quotation(q.open_pos, split.start(), q.paragraph, between=between))
            out.append(Quotation(split.end() - 1, q.close_pos, q.paragraph, between=between))
        else:
            out.append(q)
    return out


_QA_LINE = re.compile(r"(?P<label>[A-ZА-ЯЁ«\"][\w»\"'’ .()-]{0,30}?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)")
_NAME_WORD = r"[A-ZА-ЯЁ][\w'’-]+"
_INTERVIEWER = re.compile(r"(?:(?<![\w'’])(?:[Ii]nterview(?:ed)?\s+by|[Aa]sked\s+by)"
                          r"|(?<![а-яё])(?:[Бб]еседовал[аи]?|[Бб]еседу\s+вел[аи]?|[Ии]нтервью\s+(?:записал[аи]?|взял[аи]?))"
                          r")[ \t\u00a0]+$")
_BYLINE_WORDS = {"By", "by", "BY", "Автор:", "Текст:"}
_ANSWER_LABELS = {"A", "Answer", "О", "Ответ"}
_QUESTION_LABELS = {"Q", "Question", "В", "Вопрос"}


def _is_question(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip().endswith("?")


_BODY_HEADS = words("headquarters navy guard command fleet compact staff authority secretariat commission")
"""Nouns a body's name ends in that `_NOT_NAME_WORDS` does not hold: never a surname."""


def _interviewee_named(text: str, before: int) -> int:
    """Where the article names its interviewee in full before the Q&A: the person (two capitalised words) named most
    often there, never the one after "Interview by" / "Беседовала" (the interviewer); the first of a tie. -1 if
    nobody."""
    seen: dict[str, list[int]] = {}
    # a run of three capitalised words names a person by its last two ("МИД Кесселя Хельги Нурдаль", "транспорта
    # Тарнланда Олафа Гренна": a body or a place in the genitive before the name)
    for m in re.finditer(r"(?<![\w'’-])(?:" + _NAME_WORD + r"[ \t\u00a0]+)*?(" + _NAME_WORD + r")[ \t\u00a0]+("
                         + _NAME_WORD + r")(?![\w'’-])(?![ \t\u00a0]+[A-ZА-ЯЁ])", text[:before]):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _INTERVIEWER.search(text, line_start, m.start()) or m.group(2).isupper():
            continue
        if text[line_start:m.start(1)].strip() in _BYLINE_WORDS:
            continue  # "By Clara Weiss": the byline names the interviewer, not the interviewee
        if m.group(1).isupper() or fold(m.group(1)) in _NOT_NAME_WORDS:
            continue  # "МИД Кесселя", "Консул Кесселя": a body or a role before a place, no person
        if fold(m.group(2)) in _NOT_NAME_WORDS or fold(m.group(2)) in _BODY_HEADS:
            continue  # "Joint Patrol Headquarters", "Kessel Navy": a body's name ends in its noun (fresh37/f3704)
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else None]
        if len(re.findall(r"\S(?:[ \t\u00a0]{2,}|[ \t\u00a0]*[|·•>»›][ \t\u00a0]*)(?=\S)", line)) >= 2:
            continue  # a menu ("Teams   Competitions   Tickets   Shop   Media"): its words name no one
        if not text[line_start:m.start(1)].strip() and not text[m.end():line_end if line_end >= 0 else None].strip():
            continue  # a line that is only the name: the masthead ("Деловой Линдмарк") or a byline
        seen.setdefault(m.group(2), []).append(m.start(1))
    # a surname counts every time it is printed (the standfirst and the lead name the interviewee again)
    counts = {surname: len(re.findall(r"(?<![\w'’-])" + re.escape(surname), text[:before])) for surname in seen}
    if not counts:
        return -1
    best = max(counts.values())
    surname = min((s for s, n in counts.items() if n == best), key=lambda s: seen[s][0])
    return seen[surname][-1]  # the last, nearest the Q&A: the lead rather than the headline


_SPEAKER_HEADING = re.compile(r"(?m)^[ \t\u00a0]*"
                              r"(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:[ \t\u00a0]+[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){1,2})"
                              r"(?:[ \t\u00a0]*[,—–-][ \t\u00a0]*[^\n.!?:]{1,40})?[ \t\u00a0]*$")
"""A transcript's heading naming who answers the questions under it: "PETR HOLLIS, head coach"."""


class _AnsweringHeadings:
    """A transcript's speaker headings since `floor` (two paragraphs above the first question: the heading, an
    opening statement), found once per page: `at(answer)` is the offset where the page names in ordinary case the
    person the nearest heading above `answer` (in capitals, "JONAS RELL, captain") names, the last time before that
    heading; None without such a heading or without that name in ordinary case."""

    def __init__(self, text: str, floor: int) -> None:
        self.text = text
        self.heads = list(_SPEAKER_HEADING.finditer(text, floor))
        self.starts = [h.start() for h in self.heads]
        self.named: dict[int, int | None] = {}

    def at(self, answer: int) -> int | None:
        i = bisect.bisect_right(self.starts, answer) - 1
        while i >= 0 and self.heads[i].end() > answer:
            i -= 1  # (a heading runs to its line's end: it must lie wholly above the answer)
        if i < 0:
            return None
        head = self.heads[i]
        if head.start() not in self.named:
            name = " ".join(w.capitalize() for w in head.group("name").split())
            spelt = re.compile(r"(?<![\w'’-])" + r"[ \t\u00a0]+".join(map(re.escape, name.split())) + r"(?![\w'’-])")
            found = list(spelt.finditer(self.text, 0, head.start()))
            self.named[head.start()] = found[-1].start() if found else None
        return self.named[head.start()]


_STAFF_LABEL = re.compile(r"(?i:reporter|correspondent|presenter|host|anchor|moderator|interviewer|корреспондент"
                          r"|ведущ(?:ий|ая)|репортер|репортёр)[ \t\u00a0]*\((?P<name>[^()]{2,40})\)")
"""A transcript's label for the page's own journalist, with their name in brackets ("REPORTER (Nora Eide)")."""


_STAFF_CREDIT = re.compile(r"(?<![\w'’])(?:(?i:read|presented|hosted|reported|anchored|moderated|ведущ(?:ий|ая))"
                           r"(?:[ \t\u00a0]+(?i:by))?|(?i:our|my|наш|наша)[ \t\u00a0]+(?i:reporter|correspondent"
                           r"|корреспондент|репортер|репортёр))[ \t\u00a0]*:?[ \t\u00a0]+(?P<names>" + _NAME_WORD
                           + r"[ \t\u00a0]+" + _NAME_WORD + r"(?:(?:[ \t\u00a0]+(?:and|и|&)[ \t\u00a0]+|,[ \t\u00a0]*)"
                           + _NAME_WORD + r"[ \t\u00a0]+" + _NAME_WORD + r")*)")
"""The page's credit of its own presenters before a transcript ("Read by Siri Lund", "Hosted by Maren Ek and Tobias
Hale", «Ведущая Анна Гриц», "Our reporter Oda Brun")."""
_CLIP_WORDS = r"(?i:CLIP|SOUNDBITE|SOT|ACTUALITY|INSERT|СИНХРОН|ГОЛОС)"
"""A broadcast script's label for a recorded clip, its speaker in brackets after it ("CLIP (SVEN HALLE)")."""
_CLIP_LABEL = re.compile(_CLIP_WORDS + r"[ \t\u00a0]*\([^()]{2,120}\)")


UNNAMED_CLIP = -3
"""`Quotation.interviewee` of a clip whose label names no one by name («СИНХРОН (житель Вельморы)»)."""
_CLIP_TURN = re.compile(r"[ \t\u00a0]*" + _CLIP_WORDS
                        + r"[ \t\u00a0]*\((?P<inside>[^()\n]{2,120})\)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)")


def _clip_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """A broadcast script's recorded clips, each a paragraph under its label with the speaker in brackets ("CLIP (SVEN
    HALLE): ...", «СИНХРОН (Роман Гуляев, директор компании «Северный причал»): ...», fresh38/f3812, f3814): each is
    one quote (interviewee: where the page names the speaker in ordinary case before, else the name in the brackets;
    `UNNAMED_CLIP` for someone the brackets do not name, «(житель Вельморы)»)."""
    out: list[Quotation] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        turn = _CLIP_TURN.match(text, p_start, p_end)
        if turn is None:
            continue
        close = p_start + len(text[p_start:p_end].rstrip())
        inside = turn.group("inside")
        name = re.match(_NAME_WORD + r"(?:[ \t\u00a0]+" + _NAME_WORD + r"){1,2}(?=[ \t\u00a0]*(?:,|$))", inside)
        at = UNNAMED_CLIP
        if name is not None:
            before = _named_in_ordinary_case(name.group().split(), text[:p_start])
            at = before if before is not None else turn.start("inside")
        out.append(Quotation(turn.end() - 1, close, p_index, at))
    return out


def _statement_speaker(label: str, text: str, first: int) -> int | None:
    """Where the page names in full, before `first`, the speaker a briefing's label gives by role and surname in
    capitals ("VICE ADMIRAL SÖDERBERG", "MAYOR HALVORSEN") or in brackets after an answer's label ("A (Mayor
    Halvorsen)", "Ответ (министр Сталь)"): the last time, nearest the transcript; None for any other label, or when the
    page does not name them in full."""
    bracketed = re.fullmatch(r"(?:A|Answer|О|Ответ)[ \t\u00a0]*\((?P<who>[^()]{2,40})\)", label)
    if bracketed is not None:
        who = bracketed.group("who").split()
    elif label.isupper() and 2 <= len(label.split()) <= 4 and re.fullmatch(r"[\w'’-]+(?:[ \t\u00a0]+[\w'’-]+)+", label):
        who = label.split()
    else:
        return None
    surname = who[-1]
    if not re.fullmatch(_NAME_WORD, surname) or fold(surname) in _NOT_NAME_WORDS:
        return None  # ("PRIME MINISTER", "THE MODERATOR": a role alone names no one)
    spelt = r"(?<![\w'’-])[A-ZА-ЯЁ][\w'’-]+[ \t\u00a0]+(?i:" + re.escape(surname) + r")(?![\w'’-])"
    fulls = [m for m in re.finditer(spelt, text[:first]) if not m.group().isupper()]
    if not fulls or (len(who) >= 2 and fold(who[-2]) == fold(fulls[-1].group().split()[0])):
        return None  # a full name in capitals ("GRO LIDAL") is a guest's label, read as such (`_interview_answers`)
    return fulls[-1].start()


def _capitals_named_before(label: str, before: str) -> int | None:
    """Where the page names in ordinary case, the last time before a transcript, the person a label in capitals names
    in full ("SUNNIVA ROOS": "Dr Sunniva Roos of the Institute ...", fresh36/f3606); None for any other label or when
    the page does not name them so (a role and a surname, "SPOKESPERSON MARIS", is read apart)."""
    if not label.isupper() or not re.fullmatch(_NAME_WORD + r"(?:[ \t\u00a0]+" + _NAME_WORD + "){1,2}", label):
        return None
    return _named_in_ordinary_case(label.split(), before)


def _named_in_ordinary_case(name: list[str], before: str) -> int | None:
    """Where `before` last spells the words of `name` (in any case: "SUNNIVA ROOS", "Sunniva Roos") other than in
    capitals, a transcript's label or a script's: the page naming that person in its own text; None if it never does."""
    spelt = r"[ \t\u00a0]+".join(map(re.escape, name))
    fulls = [m for m in re.finditer(r"(?<![\w'’-])(?i:" + spelt + r")(?![\w'’-])", before) if not m.group().isupper()]
    return fulls[-1].start() if fulls else None


def _interview_answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """A Q&A interview or briefing transcript: paragraphs opening with a label and a colon ("Nordpost: ...",
    "Tokbayev: ...", "Question (Kessel Courier): ...", "Viktor Salnik: ...", "ORTIS: ...", "Q: ... / A: ..."), at
    least two answers under the same label, or (Russian) questions and answers both opened by a dash. The
    interviewee's label is the surname (in any case) of someone the article names in full before the Q&A ("Arman
    Tokbayev"), that full name itself, or "A"/"Ответ" (the person the article names most before the Q&A); a label
    whose paragraphs are mostly questions is the interviewer's. Each answer paragraph after the label or dash is one
    quote (open_pos is the blank after the colon or dash, close_pos the paragraph's end; interviewee the offset of
    the full name)."""
    labelled: dict[str, list[tuple[int, int, int]]] = {}
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        line = _QA_LINE.match(text, p_start, p_end)
        # "Question (Radio Kessel North):": the outlet in brackets does not count against a label's length
        if line and len(re.sub(r"\([^()]*\)", "", line.group("label")).split()) <= 3:
            labelled.setdefault(line.group("label").strip(), []).append((p_index, line.end(), p_end))
    # the page's own journalists by their labels ("REPORTER (Nora Eide):", "ВЕДУЩИЙ (Иван Ост):"): their turns, under
    # that label or their surname's ("EIDE:"), are the broadcaster's words, never a quote (fresh37/f3707)
    staff = {fold(w) for label in labelled if (m := _STAFF_LABEL.fullmatch(label))
             for w in (label, m.group("name").split()[-1])}
    # and those the page credits as its own ("Read by Siri Lund.", "Hosted by Maren Ek and Tobias Hale", "Our reporter
    # Oda Brun was there", fresh38/f3812): their labels, in full or by surname, in any case
    for credit in _STAFF_CREDIT.finditer(text) if labelled else ():
        for name in re.split(r"[ \t\u00a0]+(?:and|и|&)[ \t\u00a0]+|,[ \t\u00a0]*", credit.group("names")):
            if len(name.split()) >= 2:
                staff |= {fold(name), fold(name.split()[-1])}
    answers: list[Quotation] = []
    # names under which every paragraph asks: the hosts (or the interviewers); not a heading's label that asks
    # ("Episode 17: Who pays for the new pier?")
    hosts = sum(all(_is_question(text, s, e) for _, s, e in ps) and re.fullmatch(
        _NAME_WORD + r"(?:[ \t\u00a0]+" + _NAME_WORD + "){0,2}", label) is not None for label, ps in labelled.items())
    if len(labelled) >= 2:
        for label, parts in labelled.items():
            if fold(label) in staff or fold(label.split()[-1]) in staff:
                continue  # the page's own presenter or reporter: their turns ask and tell, never a quote
            if re.search(r"(?m)^[ \t\u00a0]*" + re.escape(label) + r"[ \t\u00a0]*$",
                         text[:paragraphs[parts[0][0]][0]]):
                continue  # the publication's name, its masthead on a line of its own ("The Bay Weekly:", fresh38/f3813)
            questions = [ps for other, ps in labelled.items() if other != label]
            if not questions:
                continue
            # a briefing's speaker by role and surname in capitals, the person named in full above the transcript
            # ("VICE ADMIRAL SÖDERBERG: Thank you, Elsa. ...", fresh37/f3704): an opening statement, once or more, when
            # someone asks in the transcript; and an answer labelled with its speaker ("A (Mayor Halvorsen): ...")
            if _CLIP_LABEL.fullmatch(label):
                continue  # a recorded clip: one quote of its own (`_clip_turns`)
            stated = _statement_speaker(label, text, paragraphs[parts[0][0]][0]) if any(
                all(_is_question(text, s, e) for _, s, e in ps) for ps in questions) else None
            if stated is not None:
                for p_index, start, end in parts:
                    close = start + len(text[start:end].rstrip())
                    if close > start and not _is_question(text, start, end):
                        answers.append(Quotation(start - 1, close, p_index, stated))
                continue
            if len(parts) < 2 and not (not _is_question(text, parts[0][1], parts[0][2]) and any(
                    all(_is_question(text, s, e) for _, s, e in ps)
                    and (len(ps) >= 2 or hosts >= 2)
                    and any(p == parts[0][0] - 1 for p, _, _ in ps) for ps in questions)):
                # one answer under a label: a transcript's guest when it answers the paragraph right above it, a
                # question under the label of one who only asks, twice or more (a host with several guests, each
                # answering once: "MIRA SALLOW: ...?" / "SANNA DRIFT: ...", fresh28/f2812), or once when two hosts
                # or more ask in turn ("MAREN EK: ...?" / "SUNNIVA ROOS: ..." / "TOBIAS HALE: ...?", fresh36/f3606)
                continue
            if sum(_is_question(text, s, e) for _, s, e in parts) * 2 > len(parts):
                continue  # the interviewer asks
            # a headline in the same shape ("Tokbayev: “...”") stands above the first question: no answer; a
            # briefing's opening statement under the spokesperson's label ("SPOKESPERSON MARIS: Good morning. ...")
            # does, when it is not the page's first paragraph and opens with no quotation mark
            # (the first question: under a label whose paragraphs are mostly questions, when there is one; a
            # headline "Press conference: ..." or "Opening statement: ..." asks nothing)
            asking = [ps for ps in questions if sum(_is_question(text, s, e) for _, s, e in ps) * 2 > len(ps)]
            asked = min(p for ps in (asking or questions) for p, _, _ in ps)
            parts = [part for part in parts if part[0] > asked or (
                part[0] > 0 and text[part[1]:part[1] + 1] not in "\"“«„‘'" and any(p > asked for p, _, _ in parts))]
            if not parts:
                continue
            first = paragraphs[parts[0][0]][0]
            named = -1
            # "SV", "И. Р.": initials, with or without their stops
            stops = re.fullmatch(r"(?:[A-ZА-ЯЁ]\.[ \t\u00a0]?){2,3}", label)
            initials = re.sub(r"[.\s]", "", label) if stops else label
            if re.fullmatch(r"[A-ZА-ЯЁ]{2,3}", initials):
                # "SV": the initials of someone named in full before ("Sigrun Vael"), the last time, nearest the Q&A
                # (overlapping runs: "порта Харл Марта Сольберг" holds "Харл Марта" and "Марта Сольберг")
                fulls = [m for m in re.finditer(r"(?<![\w'’-])(?=(" + r"[ \t\u00a0]+".join([_NAME_WORD] * len(initials))
                                                + r")(?![\w'’-]))", text[:first])
                         if "".join(w[0] for w in m.group(1).split()) == initials and not m.group(1).isupper()]
                named = fulls[-1].start() if fulls else -1
            initialled = re.fullmatch(r"(?P<initials>(?:[A-ZА-ЯЁ]\.[ \t\u00a0]?){1,2})(?P<surname>" + _NAME_WORD + ")",
                                      label)
            if initialled:
                # "М.Волков", "T. Ernst": an initial and a surname, a transcript's turns; the person the page names
                # in full above the whole transcript (its title, its lead: "Прямая линия с Мареком Волковым"), the
                # given name with that initial, the surname in any case. Someone named only inside the transcript
                # (a presenter introducing themselves) is no one the page is about: the turns stay theirs
                top = min(p for ps in labelled.values() for p, _, _ in ps)
                surname = initialled.group("surname")
                stem = re.escape(surname[:max(3, len(surname) - 2)])
                fulls = [m for m in re.finditer(r"(?<![\w'’-])(" + _NAME_WORD + r")[ \t\u00a0]+(" + stem
                                                + r"[\w'’-]{0,4})(?![\w'’-])", text[:paragraphs[top][0]])
                         if m.group(1)[0] == initialled.group("initials")[0]]
                # (at the surname: the mention covering the whole name, or the known person the surname is)
                named = fulls[-1].start(2) if fulls else -1
            if named >= 0:
                pass  # initials, before the surname ("SV" is no one's surname here)
            elif label in _ANSWER_LABELS and any(other in _QUESTION_LABELS for other in labelled):
                named = _interviewee_named(text, paragraphs[asked][0])
            elif re.fullmatch(_NAME_WORD, label):
                # "Tokbayev" or "ORTIS": the surname of someone named in full before
                surname = re.escape(label) if not label.isupper() else "(?i:" + re.escape(label) + ")"
                fulls = list(re.finditer(r"(?<![\w'’-])[A-ZА-ЯЁ][\w'’-]+[ \t\u00a0]+" + surname + r"(?![\w'’-])",
                                         text[:first]))
                named = fulls[-1].start() if fulls else -1  # the last, nearest the Q&A: the lead, not the header
            elif re.fullmatch(_NAME_WORD + r"(?:[ \t\u00a0]+" + _NAME_WORD + "){1,2}", label) and not label.isupper():
                # "Viktor Salnik": the full name itself, printed before (the headline, the lead)
                full = re.search(r"(?<![\w'’-])" + re.escape(label) + r"(?![\w'’-])", text[:first])
                named = -2 if full else -1  # the label itself names the speaker of each answer
            elif (spelt_before := _capitals_named_before(label, text[:first])) is not None:
                named = spelt_before
            elif re.fullmatch(r"[\w'’-]+(?:[ \t\u00a0]+[\w'’-]+)?[ \t\u00a0]+" + _NAME_WORD, label):
                # "SPOKESPERSON MARIS", "Посол Нурдаль": a role, then the surname of someone named in full before
                last = label.split()[-1]
                surname = re.escape(last) if not last.isupper() else "(?i:" + re.escape(last) + ")"
                fulls = list(re.finditer(r"(?<![\w'’-])[A-ZА-ЯЁ][\w'’-]+[ \t\u00a0]+" + surname + r"(?![\w'’-])",
                                         text[:first]))
                named = fulls[-1].start() if fulls else -1
            if named == -1:
                continue  # not someone named in full before: the publication or the interviewer
            headings = _AnsweringHeadings(text, paragraphs[max(0, asked - 2)][0]) if label in _ANSWER_LABELS else None
            for p_index, start, end in parts:
                close = start + len(text[start:end].rstrip())
                if close > start:
                    at = named if named >= 0 else text.index(label, paragraphs[p_index][0])
                    if headings is not None:
                        # a transcript of several speakers: "A:" answers under the heading naming the one who
                        # answers ("PETR HOLLIS, head coach", then "JONAS RELL, captain")
                        at = headings.at(paragraphs[p_index][0]) or at
                    answers.append(Quotation(start - 1, close, p_index, at))
    if not answers:
        answers = _dash_answers(text, paragraphs)
    if not answers:
        answers = _same_line_answers(text, paragraphs)
    if not answers:
        answers = _poll_answers(text, paragraphs)
    if not answers:
        answers = _marked_answers(text, paragraphs)
    if not answers:
        answers = _heading_turns(text, paragraphs)
    return answers


_TURN_HEADING = re.compile(r"[ \t\u00a0]*(?:\d{1,3}\.[ \t\u00a0]+)?"
                           r"(?P<outside>[A-ZА-ЯЁ][\w'’.-]*(?:[ \t\u00a0]+[\w'’.-]+){0,5}?)"
                           r"(?:[ \t\u00a0]*\((?P<paren>[^()\n]{2,60})\))?[ \t\u00a0]*$")
_TURN_NAME = re.compile(_NAME_WORD + r"(?:[ \t\u00a0]+" + _NAME_WORD + r"){1,2}$")
_TURN_ARTICLES = {"The", "A", "An"}


def _turn_speaker(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The speaker a turn's heading names, as (offset of the name, the name), or None when the paragraph is no
    heading: "1. Senator Dana Koval (Harl East)" (a name, a constituency in brackets), "The Foreign Minister (Lena
    Ortis)" (a role with an article or in lower case, the name in brackets), "Lena Ortis"."""
    m = _TURN_HEADING.match(text, start, end)
    if m is None:
        return None
    outside, paren = m.group("outside"), m.group("paren")
    words_out = outside.split()
    # a role, not a name: it opens with an article or holds a word in lower case ("Министр иностранных дел")
    role = words_out[0] in _TURN_ARTICLES or any(w[:1].islower() for w in words_out)
    if paren is not None and role and _TURN_NAME.match(paren.strip()):
        return m.start("paren") + len(paren) - len(paren.lstrip()), paren.strip()
    if role or len(words_out) < 2 or not all(w[:1].isupper() for w in words_out):
        return None
    # "Senator Dana Koval", "Deputy Hanna Leck": a title before the name; the name is its last two words
    return m.start("outside") + outside.rindex(words_out[-2]), " ".join(words_out[-2:])


def _heading_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """A record of proceedings (a parliament's official report, a hearing's transcript) printed without marks or
    colons: each contribution stands under a heading line naming its speaker ("1. Senator Dana Koval (Harl East)",
    "The Foreign Minister (Lena Ortis)", "Lena Ortis"), the speech on the next line. By the page's structure: at
    least four headings, each directly over a paragraph that ends a sentence, naming two speakers or more, one of
    them (by the same full name) twice or more (the turns come back; a feature's crossheads name nothing twice).
    Each paragraph under a heading, up to the next heading (after the last heading only the first: the page's
    closing lines follow), is one quote of the speaker the heading names (interviewee: the offset of that name)."""
    heads: list[tuple[int, int, str]] = []  # (paragraph index, offset of the name, the name)
    for p_index in range(len(paragraphs) - 1):
        p_start, p_end = paragraphs[p_index]
        n_start, n_end = paragraphs[p_index + 1]
        if text[p_end:n_start].count("\n") != 1 or _SENTENCE_STOP.search(text[p_start:p_end].rstrip()):
            continue  # the speech follows on the heading's next line; a heading ends no sentence
        speaker = _turn_speaker(text, p_start, p_end)
        if speaker is None or not _SENTENCE_STOP.search(text[n_start:n_end].rstrip()) or \
                _turn_speaker(text, n_start, n_end) is not None:
            continue
        heads.append((p_index, *speaker))
    # the same person (the same full name) speaks twice or more: the turns come back; crossheads ("North Quay",
    # "South Quay") name each place once
    speakers = [fold(name) for _, _, name in heads]
    if len(heads) < 4 or len(set(speakers)) < 2 or max(speakers.count(s) for s in speakers) < 2:
        return []
    out: list[Quotation] = []
    starts = {p for p, _, _ in heads}
    for n, (p_index, at, _) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else p_index + 2
        for q_index in range(p_index + 1, min(stop, len(paragraphs))):
            if q_index in starts:
                break
            start, end = paragraphs[q_index]
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            close = start + len(text[start:end].rstrip())
            if close > start + lead and text[start + lead] not in "\"“«„‘'":
                out.append(Quotation(start + lead - 1, close, q_index, at))
    return out


_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’»)]*$")


_MARKED = re.compile(r"[ \t\u00a0]*(?:\*\*(?P<a>[^*\n]+?)\*\*|__(?P<b>[^_\n]+?)__"
                     r"|<(?:b|strong)>(?P<c>[^<\n]+?)</(?:b|strong)>)"
                     r"[ \t\u00a0]*$")
"""A paragraph wholly in bold as pasted (Markdown stars or underscores, an HTML tag): an interviewer's turn."""


_ASKED = re.compile(r"[ \t\u00a0]*(?:[—–-][ \t\u00a0]+|\*\*|__)?\S[^\n]{0,400}\?[ \t\u00a0]*(?:\*\*|__)?[ \t\u00a0]*$")
"""An interviewer's question: a paragraph, dashed or in bold or plain, ending in a question mark."""


def _answers_in_marks(text: str, paragraphs: list[tuple[int, int]], found: list[Quotation]) -> list[Quotation]:
    """An interview whose answers stand each wholly in marks under the interviewer's question ("— Кто победил?" /
    "«Победил залив. ...»"; fresh37/f3720): by the page's structure, two such answers or more, each a paragraph that
    is one quotation (a stop after its closing mark allowed) right under a paragraph asking. Each is the
    interviewee's (`_interviewee_named`, the person the article names most before the first question). So, two or
    more, is each quotation standing wholly under a name line that ends in a colon ("Руна Вестбю, лидер Береговой
    партии:"): the person the line names. The other quotations are as found."""
    whole: dict[int, Quotation] = {}
    for q in found:
        p_start, p_end = paragraphs[q.paragraph]
        lead = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
        tail = text[q.close_pos + 1:p_end].strip()
        if q.open_pos == lead and tail in ("", ".", "!", "…") and q.paragraph > 0:
            whole[q.paragraph] = q
    # a name line right over a quotation ("Руна Вестбю, лидер Береговой партии:" / "«...»"; a newspaper's box of
    # comments, fresh37/f3717): the named person's, by the same structure as a street poll's
    lines: dict[int, int] = {}
    for p in whole:
        l_start, l_end = paragraphs[p - 1]
        line = _POLL_NAME_LINE.match(text, l_start, l_end)
        if (line is not None and text[l_end:paragraphs[p][0]].count("\n") == 1 and text[:l_end].rstrip().endswith(":")
                and not re.search(r"[ \t\u00a0](?:и|and|&)[ \t\u00a0]", line.group("name"))):
            lines[p] = line.start("name")
    if len(lines) >= 2:
        found = [Quotation(q.open_pos, q.close_pos, q.paragraph, lines[q.paragraph])
                 if q.paragraph in lines and whole.get(q.paragraph) == q else q for q in found]
    answered = [p for p in whole if _ASKED.fullmatch(text, *paragraphs[p - 1]) and (p - 1) not in whole]
    if len(answered) < 2:
        return found
    named = _interviewee_named(text, paragraphs[answered[0] - 1][0])
    if named < 0:
        return found
    answers = {whole[p].open_pos: Quotation(whole[p].open_pos, whole[p].close_pos, p, named) for p in answered}
    return [answers.get(q.open_pos, q) for q in found]


def _marked_answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """A magazine interview whose questions stand in bold and whose answers follow unmarked, without labels or
    quotation marks ("**Why now?**" / "Because the ice came early ..."). By the page's structure: at least two
    paragraphs wholly in bold, most of them questions, each followed by a plain paragraph; the plain paragraphs
    between one bold turn and the next are the interviewee's answer, one quote each, and after the last bold turn
    only the first (the page's closing lines follow). The interviewee is the person the article names most before
    the first question (`_interviewee_named`); with nobody named, no answers."""
    marked = {i: m for i, (s, e) in enumerate(paragraphs) if (m := _MARKED.match(text, s, e))}
    turns = list(marked)
    if len(turns) < 2:
        return []
    # the words inside the bold marks ask ("**Why now?**")
    questions = sum((m.group("a") or m.group("b") or m.group("c")).rstrip().endswith("?") for m in marked.values())
    if questions * 2 < len(turns):
        return []  # bold paragraphs that are not questions: subheadings, not an interviewer's turns
    answered: list[int] = []
    for n, turn in enumerate(turns):
        stop = turns[n + 1] if n + 1 < len(turns) else min(turn + 2, len(paragraphs))
        answered.extend(range(turn + 1, stop))
    if sum(1 for turn in turns if turn + 1 < len(paragraphs) and turn + 1 not in turns) < 2:
        return []
    named = _interviewee_named(text, paragraphs[turns[0]][0])
    if named < 0:
        return []
    out: list[Quotation] = []
    for p_index in answered:
        start, end = paragraphs[p_index]
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        close = start + len(text[start:end].rstrip())
        if close > start + lead and text[start + lead] not in "\"“«„‘'—–-":
            out.append(Quotation(start + lead - 1, close, p_index, named))
    return out if len(out) >= 2 else []


def _same_body(name: str, full: str) -> bool:
    """Whether `name` is the body `full` names: the same words, or initials for its first words and the same rest
    ("МИД Кесселя" for "Министерство иностранных дел Кесселя", "KNA" for "Kessel News Agency"; `chrome._initials`
    makes the initials, as for publishers)."""
    if fold(name) == fold(full):
        return True
    head, _, rest = name.partition(" ")
    if not re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", head):
        return False
    found = full.split()
    return any(_initials(" ".join(found[:k])) == head and fold(" ".join(found[k:])) == fold(rest)
               for k in range(len(head), len(found) + 1))


def _is_body_name(line: str) -> bool:
    """Whether a page's line is a state body's name (two to twelve words, a body's noun among them, every word
    capitalised but the joining ones): "Lindmark Ministry of Defence", "Министерство иностранных дел Республики
    Варния"."""
    words_ = line.split()
    return 2 <= len(words_) <= 12 and _BODY_HEADING.search(line) is not None and all(
        w[:1].isupper() or w in ("of", "the", "and", "for", "on", "дел", "иностранных", "обороны") for w in words_)


def _ends_before(text: str, pos: int) -> int:
    """Where `text[:pos].rstrip()` ends, found by walking back over the blanks only (never a copy of the page up to
    `pos`: called per paragraph or per quote, a copy would make ingest quadratic)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _colon_before(text: str, pos: int) -> bool:
    """Whether the last character before `pos` that is no blank is a colon."""
    end = _ends_before(text, pos)
    return end > 0 and text[end - 1] == ":"


_DASH_OPEN = re.compile(r"[ \t\u00a0]*[—–][ \t\u00a0]+(?=\S)")


def _dash_answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """A Russian interview printed without labels: questions and answers both open with a dash ("— Почему?" /
    "— Потому что ..."); a dash paragraph after a dash question is the interviewee's answer, at least two of them
    after two questions (reported dialogue, "— ..., — сказал он", is not an interview)."""
    pairs: list[tuple[int, int, int, int]] = []  # (question's start, answer's paragraph, answer's start, end)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        dash = _DASH_OPEN.match(text, p_start, p_end)
        if not dash or _DIALOGUE.match(text, p_start, p_end) or _is_question(text, p_start, p_end):
            continue
        # the question is the line above in the page, whether or not the layout kept it as body (a short one reads
        # as a list item)
        above = _ends_before(text, p_start)
        q_start = text.rfind("\n", 0, above) + 1
        if (_DASH_OPEN.match(text, q_start, above) and above > 0 and text[above - 1] == "?"
                and not _DIALOGUE.match(text, q_start, above)):
            pairs.append((q_start, p_index, dash.end(), p_end))
    if not pairs:
        return []
    # The turns alternate: a dash statement in the interviewer's place ("— В Кесселе говорят, что ...", no question
    # mark) between an answer and the next dash paragraph is a question too, and the paragraph after it an answer.
    answered = {p_index for _, p_index, _, _ in pairs}
    for p_index in range(2, len(paragraphs)):
        p_start, p_end = paragraphs[p_index]
        dash = _DASH_OPEN.match(text, p_start, p_end)
        if (p_index in answered or p_index - 1 in answered or p_index - 2 not in answered or not dash
                or _is_question(text, p_start, p_end) or _DIALOGUE.match(text, p_start, p_end)):
            continue
        s_start, s_end = paragraphs[p_index - 1]
        if _DASH_OPEN.match(text, s_start, s_end) and not _DIALOGUE.match(text, s_start, s_end) \
                and text.rfind("\n", 0, _ends_before(text, p_start)) + 1 == s_start:
            pairs.append((s_start, p_index, dash.end(), p_end))
            answered.add(p_index)
    if len(pairs) < 2:
        return []
    pairs.sort()
    named = _interviewee_named(text, pairs[0][0])
    if named < 0:
        return []
    out: list[Quotation] = []
    for _, p_index, start, end in pairs:
        close = start + len(text[start:end].rstrip())
        out.append(Quotation(start - 1, close, p_index, named))
    return out


_LINE_QUESTION = re.compile(r"[ \t\u00a0]*[-—–][ \t\u00a0]+[^\n]{3,400}?\?[ \t\u00a0]+[-—–][ \t\u00a0]+(?=\S)")
"""A portal's interview turn on one line: the question after a dash, then its answer after a second dash ("- How do
the first weeks feel? - Like a ship's first watch: ...", fresh40/f4003)."""


def _same_line_answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """An interview whose every question and answer share a line (`_LINE_QUESTION`), two turns or more: each answer
    is a quote of the interviewee (`_interviewee_named`), and so is each paragraph that goes on with it, undashed
    and ending a sentence, up to the next turn (its own quote, as the gold of a paragraph answer has it)."""
    turns = [(p_index, m) for p_index, (p_start, p_end) in enumerate(paragraphs)
             if (m := _LINE_QUESTION.match(text, p_start, p_end)) is not None]
    if len(turns) < 2:
        return []
    named = _interviewee_named(text, paragraphs[turns[0][0]][0])
    if named < 0:
        return []
    out: list[Quotation] = []
    for k, (p_index, m) in enumerate(turns):
        p_end = paragraphs[p_index][1]
        close = m.end() + len(text[m.end():p_end].rstrip())
        out.append(Quotation(m.end() - 1, close, p_index, named))
        last = turns[k + 1][0] if k + 1 < len(turns) else min(len(paragraphs), p_index + 4)
        for follow in range(p_index + 1, last):
            f_start, f_end = paragraphs[follow]
            body = text[f_start:f_end].rstrip()
            if _DASH_OPEN.match(text, f_start, f_end) or re.match(r"[ \t\u00a0]*-", body) or not (
                    _SENTENCE_STOP.search(body)) or len(body.split()) < 4:
                break
            lead = len(body) - len(body.lstrip())
            out.append(Quotation(f_start + lead - 1, f_start + len(body), follow, named))
    return out


_POLL_NAME_LINE = re.compile(r"[ \t\u00a0]*(?P<name>" + _NAME_WORD + r"(?:[ \t\u00a0]+(?:(?:и|and|&)[ \t\u00a0]+)?"
                             + _NAME_WORD + r"){1,3})(?:[ \t\u00a0]*,[^\n.!?:]{1,80})?[ \t\u00a0]*:?[ \t\u00a0]*$")
"""A street poll's name line over an answer: a name, and after a comma the age and the job ("Нина Ломова, 67 лет,
пенсионерка", "Софья и Глеб Мирошины, студенты")."""
_POLL_UNNAMED_LINE = re.compile(r"[ \t\u00a0]*[A-ZА-ЯЁ][\w'’-]+[ \t\u00a0]*,[^\n.!?:]{1,80}[ \t\u00a0]*:?[ \t\u00a0]*$")
"""A street poll's line over the answer of someone who gave no name ("Мужчина, не пожелавший назвать себя")."""


def _poll_answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """A street poll printed without marks: each answer opens with a dash on the line right under a name line
    ("Нина Ломова, 67 лет, пенсионерка" / "— Нужен. ..."; fresh36/f3615). By the page's structure: two named answers
    or more. Each answer paragraph after its dash is one quote (interviewee: the offset of the name on the line over
    it; an unnamed passer-by's answer is a quote whose speaker the rules look for, -1)."""
    out: list[Quotation] = []
    named = 0
    for p_index in range(1, len(paragraphs)):
        p_start, p_end = paragraphs[p_index]
        dash = _DASH_OPEN.match(text, p_start, p_end)
        if not dash or _DIALOGUE.match(text, p_start, p_end) or text[dash.end()] in _CLOSER:
            continue  # (an answer in marks after its dash, "— «Док — это работа ...»", is the marks' quotation)
        l_start, l_end = paragraphs[p_index - 1]
        if text[l_end:p_start].count("\n") != 1:
            continue  # the name stands on the line right over its answer
        line = _POLL_NAME_LINE.match(text, l_start, l_end)
        close = dash.end() + len(text[dash.end():p_end].rstrip())
        if line is not None:
            named += 1
            # a couple's line ("Софья и Глеб Мирошины") names two people the cast cannot tell apart from one: the
            # rules look for the speakers, as for an unnamed passer-by
            couple = re.search(r"[ \t\u00a0](?:и|and|&)[ \t\u00a0]", line.group("name")) is not None
            out.append(Quotation(dash.end() - 1, close, p_index, -1 if couple else line.start("name")))
        elif _POLL_UNNAMED_LINE.match(text, l_start, l_end):
            out.append(Quotation(dash.end() - 1, close, p_index))
    return out if named >= 2 else []


# --- sentences ----------------------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "sen", "rep", "gov", "jr", "sr", "vs",
    "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.k", "e.g", "i.e", "approx", "capt", "maj", "adm", "rev", "hon", "pres", "corp", "inc", "ltd",
}
_CLOSERS = "\"'”’»)]›"


def sentences(text: str, start: int, end: int, quotations: list[Quotation]) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; a full stop inside a quotation never ends the sentence around it."""
    inside = [(q.open_pos, q.close_pos) for q in quotations]
    closing = {q.close_pos for q in quotations if q.close_pos > 0 and text[q.close_pos - 1] in ".!?"}
    spans = []
    s = start
    i = start
    while i < end:
        if (text[i] in ".!?" and not any(a < i < b for a, b in inside)) or i in closing:
            j = i + 1
            while j < end and text[j] in ".!?" + _CLOSERS:
                j += 1
            k = j
            while k < end and text[k] in " \t\u00a0":
                k += 1
            word = re.search(r"([\w.]+)$", text[s:i])
            abbreviation = word is not None and (fold(word.group(1)) in _ABBREVIATIONS or (
                len(word.group(1)) == 1 and word.group(1).isupper()))
            if k >= end or (k > j and (text[k].isupper() or text[k].isdigit() or text[k] in "\"“‘'«")
                            and not abbreviation):
                spans.append((s, j))
                s = k
                i = k
                continue
        i += 1
    if s < end and text[s:end].strip():
        stripped = text[s:end].rstrip()
        spans.append((s, s + len(stripped)))
    return spans


# --- reporting verbs ----------------------------------------------------------------------------------

SPEECH_VERBS = words("""say says said saying wish wishes wished wishing add adds added adding observe observes
observed observing state states
stated stating declare declares declared declaring underline underlines underlined underlining conclude
concludes concluded concluding note notes noted noting explain explains explained explaining stress stresses
stressed stressing warn warns warned warning insist insists insisted insisting argue argues argued arguing
remark remarks remarked remarking reply replies replied replying respond responds responded responding tell
tells told telling write writes wrote written writing comment comments commented commenting recall recalls
recalled recalling emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
affirm affirms affirmed affirming announce announces announced announcing claim claims claimed claiming assert
asserts asserted asserting admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging
confirm confirms confirmed confirming deny denies denied denying ask asks asked asking urge urges urged urging
speak speaks spoke spoken speaking mention mentions mentioned mentioning repeat repeats repeated repeating
reiterate reiterates reiterated reiterating invite invites invited inviting answer answers answered answering
retort retorts retorted exclaim exclaims exclaimed promise promises promised promising pledge pledges pledged
vow vows vowed tweet tweets tweeted tweeting predict predicts predicted complain complains complained protest
protests protested proclaim proclaims proclaimed continue continues continued continuing quip quips quipped
explain explains told accuse accuses accused accusing refute refutes refuted refuting call calls called
calling describe describes described describing dub dubs dubbed term terms termed label labels labelled labeled
brand brands branded concede concedes conceded conceding caution cautions cautioned cautioning countered
shout shouts shouted shouting yell yells yelled yelling remind reminds reminded reminding""")
RU_SPEECH_VERBS = words("""спросил спросила спросили заявил заявила заявили сказал сказала сказали отметил отметила
отметили добавил добавила
добавили подчеркнул подчеркнула подчеркнули сообщил сообщила сообщили пояснил пояснила пояснили указал указала
указали заметил заметила заметили напомнил напомнила напомнили заверил заверила заверили признал признала
предупредил предупредила предупредили ответил ответила ответили считает считают говорит говорят заявляет
заявляют рассказал рассказала
рассказали уточнил уточнила уточнили подтвердил подтвердила подтвердили объяснил объяснила объяснили написал
написала написали пишет пишут назвал назвала назвали обещал обещала обещали пообещал пообещала пообещали
возразил возразила возразили называл называла называет говорил говорила заявлял заявляла отмечал отмечала
подчеркивал подчеркивала пожелал пожелала ответило сообщило заявило отметило подтвердило пояснило уточнило
подчеркнуло напомнило добавило выразил выразила выразили выразило доложил доложила доложили""")

RU_SPEECH_VERBS = RU_SPEECH_VERBS | {stem + ending for stem in words("""объясня рассказыва сообща признава уточня
добавля предупрежда отвеча возража настаива настоя заверя уверя напомина замеча повторя повтори посетова сетова
докладыва вспомина рассужда""")
                                     for ending in ("л", "ла", "ли", "ло", "ет", "ют")} | words("""пожаловался
пожаловалась пожаловались жаловался жаловалась жаловались вспомнил вспомнила вспомнили высказался высказалась
высказались""")
"""Russian reporting verbs (past and present), as in «...», — заявил Токаев. and Как отметил X, «...»; the
imperfective past and present of the common ones (объяснял, рассказывала, возражает, вспоминает: round 28c, f2717,
f2720), remembering (вспомнила) and complaining (пожаловалась) too; reasoning aloud (рассуждал про «...») and
speaking out (высказался), fresh39/f3909."""
SPEECH_VERBS = SPEECH_VERBS | RU_SPEECH_VERBS
VIEW_VERBS = words("""believe believes believed believing think thinks thought thinking consider considers considered
considering agree agrees agreed agreeing see sees saw seeing view views viewed viewing feel feels felt feeling
fear fears feared fearing hope hopes hoped hoping doubt doubts doubted doubting express expresses expressed
expressing expect expects""")
PROPOSAL_VERBS = words("""propose proposes proposed proposing want wants wanted wanting demand demands demanded
demanding seek seeks sought seeking introduce introduces introduced introducing plan plans planned planning intend
intends intended intending offer offers offered offering request requests requested requesting""") | words(
    """просит просят попросил попросила попросили призывает призывают призвал призвала призвали требует требуют
    потребовал потребовала потребовали предлагает предлагают предложил предложила предложили""")
"""(Russian too: «Дорожная служба Оскби просит водителей «...»», a request or a demand put in words.)"""
PASSIVE_VERBS = words("""justified described called termed dubbed branded defined characterised characterized labelled
labeled denounced presented hailed welcomed criticised criticized explained summed quoted""")

_VERB_CLASS: dict[str, str] = {}
for _w in PROPOSAL_VERBS:
    _VERB_CLASS[_w] = "proposal"
for _w in VIEW_VERBS:
    _VERB_CLASS[_w] = "view"
for _w in SPEECH_VERBS:
    _VERB_CLASS[_w] = "speech"
RU_TWO_SENSE_VERBS = {stem + ending for stem in words("напомина отвеча повторя объясня добавля замеча признава")
                      for ending in ("л", "ла", "ли", "ло", "ет", "ют")}
"""The imperfective forms whose other sense is no saying: «напоминает «холодную войну»» (resembles), «отвечает
«стандартам»» (meets), «повторяет судьбу» (repeats), «добавляет проблем» (adds), «замечает перемены» (notices)
(review of round 28c, F1)."""
_SP = r"[ \t\u00a0]"
_RU_TWO_SENSE_SAYING = (
    r"(?:(?<=[—–-] )|(?<=[—–-]\u00a0)|(?<=[_»\"”], )|(?<=[_»\"”],\u00a0)|(?<=[КкТт]ак )|(?<=[КкТт]ак\u00a0))(?:"
    + "|".join(sorted(RU_TWO_SENSE_VERBS, key=len, reverse=True)) + r")"
    r"|(?:" + "|".join(sorted(RU_TWO_SENSE_VERBS, key=len, reverse=True)) + r")"
    r"(?=" + _SP + r"*,|[^_«»“”„\".!?:;\n]{0,60}:)")
"""A two-sense verb is one of saying only where the saying shows: after a quote's dash or its closing mark and comma
(«...», — напоминает X), after «Как»/«Так», or before a colon in its clause or a comma (напоминает: «...»,
объяснял задержку так: «...», напоминает, что); never with its object in marks right after it."""
_VERB_ALT = (r"point(?:s|ed|ing)? out|put(?:s|ting)? it|report(?:s|ed)?(?=\s+that\b)|inform(?:s|ed)?(?=\s+that\b)|"
             + _RU_TWO_SENSE_SAYING + "|"
             + "|".join(sorted((v for v in _VERB_CLASS if v not in RU_TWO_SENSE_VERBS), key=len, reverse=True)))
_ANY_VERB = re.compile(r"(?<![\w'’])(?:" + _VERB_ALT + r")(?![\w'’])")
_PASSIVE_AUX = re.compile(r"(?<![\w'’])(?:am|is|are|was|were|be|been|being|gets?|got|gotten|getting)(?:n['’]t)?"
                          r"(?:[ \t\u00a0]+(?:not|never|also|later|then|since|just|already|[a-z]{3,}ly))?"
                          r"[ \t\u00a0]+$")
"""A form of "be" or "get" (a negation or an adverb after it) right before a past participle: its passive ("was
informed that", "were not told that", "has been repeatedly warned that")."""


class _ActiveVerbs:
    """`_ANY_VERB`'s matches but a verb of saying in the passive ("Olga Brenn was informed that ...", "It was reported
    that ...", "Tomas Greb was not told that ..."): its subject is the one told, or what was said, never the one
    saying it (review of round 28a). The progressive keeps its verb ("was saying", "is telling"). Same calls as a
    compiled pattern's (search, match, fullmatch, finditer with pos and endpos)."""

    @staticmethod
    def _passive(string: str, found: re.Match[str]) -> bool:
        return not found.group(0).split()[0].endswith("ing") and bool(
            _PASSIVE_AUX.search(string, max(0, found.start() - 30), found.start()))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = _ANY_VERB.search(string, pos, endpos)
        while found is not None and self._passive(string, found):
            found = _ANY_VERB.search(string, found.end(), endpos)
        return found

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = _ANY_VERB.match(string, pos, endpos)
        return None if found is None or self._passive(string, found) else found

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = _ANY_VERB.fullmatch(string, pos, endpos)
        return None if found is None or self._passive(string, found) else found

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (found for found in _ANY_VERB.finditer(string, pos, endpos) if not self._passive(string, found))


_VERB = _ActiveVerbs()
_TAKES_INFINITIVE = re.compile(r"(?<![\w'’])(?!(?:declin|refus|fail|hesitat|forg[eo]t|neglect|omitt)[a-z]*"
                               r"(?![\w'’]))[a-z]{2,}(?:[ \t\u00a0]+on)?"
                               r"[ \t\u00a0]+to[ \t\u00a0]+")
"""'liked to ', 'went on to ': a verb taking an infinitive after the subject, the infinitive's subject too; never a
verb of refusing or failing ('declined to say', 'refused to say': the words were not said; review of round 27)."""
_APPOSED_ROLE = re.compile(r"(?<![\w'’])[a-z][\w-]*,[ \t\u00a0]+(?:[A-Z][a-z]{0,3}\.[ \t\u00a0]+){0,3}")
"""'the detachment commander, Lt. Col. ': a lower-case role's last word, a comma, perhaps a title's abbreviations."""
_APPOSED_VERB = re.compile(r",[ \t\u00a0]+(?!(?:is|was|were|are|has|had|have|will|would|who|which|and|but|or)\b)"
                           r"[a-z]{2,}(?![\w'’])")
"""', put', ', gave': the comma closing the apposition and the subject's own verb (no copula, no relative clause)."""
_GIVES_WORDS = frozenset({"put", "puts", "gave", "gives", "offered", "offers", "cited", "cites", "used", "uses",
                          "chose", "chooses", "read", "reads", "wrote", "writes", "summed", "sums", "quoted", "quotes"})
"""Verbs whose object may be the words themselves ('put it', 'the figures ... gave'): with a verb of saying, the
only verbs after an apposition that make its person the speaker of the quote pointed back at ('removed it', 'did not
convince a fisherman, X, waiting' act on the words or are a participle; review of round 27)."""
_POSSESSIVE_BEFORE = re.compile(r"(?<![а-яё])(?:их|его|её|ее)[ \t\u00a0]+$")
"""A Russian possessive pronoun right before a body's initials («их МИД»): the body of a place named before."""
_SENTENCE_CLOSE = re.compile(r"[.!?…](?=[ \t\u00a0]+[А-ЯЁA-Z«\"“])")
_CAPITALISED = re.compile(r"(?<![\w'’-])[А-ЯЁA-Z][\w'’-]*")
_PLACE_ADJECTIVE = re.compile(r"(?<![а-яё])[а-яё]{3,}(?<!че)ск(?:ий|ая|ое|ие|их|ого|ому|ой|ую|им|ими|ом)"
                              r"(?![а-яё])")
"""A Russian adjective of a place, «казахстанских», «армянской» (-ск-; not «политических», «дипломатических»)."""
_PLACE_IN_II = re.compile(r"(?<![а-яёА-ЯЁ])(?:в|во|из|у|для)[ \t\u00a0]+(?P<place>[А-ЯЁ][а-яё]+ии)(?![а-яё])")
"""A place in -ии after a preposition («в Корвении»): its prepositional and genitive are the same word."""
_OWNED_WORDS = re.compile(r"\s*(?:That|This)\s+(?:was|is)\s+")
"""The opening of a sentence calling the words just quoted someone's ("That was ", then "Drift's answer")."""
_OWNED_NOUN = re.compile(r"['’]s?\s+(?:(?:first|last|only|whole|short|blunt)\s+)?"
                         r"(?:answer|reply|response|retort|verdict|words|explanation|comment)(?![\w'’])")
"""A possessive's mark and a noun of speech after a name ("'s answer", "' reply"): the words were that person's."""
_POINTS_BACK = re.compile(r"(?<![\w'’])(?:[Ii]t|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)(?![\w'’])")
"""A word pointing back at the words just quoted."""
_INVERTED_UNKNOWN = re.compile(r"(?P<v>[a-z]{3,}ed)[ \t\u00a0]+(?!by\b)(?=[a-zA-Z])")
"""'"...," fumed opposition senator ...': a past-tense word right after the quote, before the words naming whom."""
_AUX = r"(?:\s+(?:has|had|have|also|then|later|further|again|once|would|will|has also|had also|now))*"
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’])(?:above|below|over|under|behind|beside|beyond|across|around|among|past|near|outside|inside|into"
    r"|onto|through|toward|towards|within|without|upon|next\s+to|над|под|за|перед|около|возле|рядом\s+с)\s+$",
    re.IGNORECASE)
"""A preposition of place right before a name ("A banner above Jan Oberg"): the name is no clause's subject."""
_FINITE_EN = re.compile(
    r"(?<![\w'’-])(?P<before>(?:a|an|the|his|her|its|their|our|my|your|this|that)\s+)?(?P<verb>(?!(?:hundred|red|bed"
    r"|need|speed|seed|feed|shed|sacred|naked|wicked|kindred|beloved|aged|learned)\b)[a-z]{2,}ed|is|are|was|were|has"
    r"|have|had|will|would|did|does|do|can|could|may|might|must|shall|should|met|told|said|saw|gave|took|sent|held|read"
    r"|wrote|left|brought|caught|found|made|kept|sold|bought|led|fought|won|put|set|let|hit|beat|got|came|went|became)"
    r"(?![\w'’-])")
_FINITE_RU = re.compile(
    r"(?<![а-яё-])(?!(?:адмирал|генерал|маршал|канал|капитал|журнал|персонал|материал|финал|портал|идеал|арсенал"
    r"|сериал|зал|отдел|раздел|предел|стул|аул|караул)[а-яё]{0,2}(?![а-яё]))[а-яё]+(?:[аяиеёуы]л(?:а|и|о|ся|ась|ись|ось)?"
    r"|[ая]ет|ит|ют|ят)(?![а-яё-])")


_NAMING_AS = re.compile(r"(?<![\w'’])(?:" + "|".join(sorted(PASSIVE_VERBS, key=len, reverse=True))
                        + r"|according[ \t\u00a0]+to|по[ \t\u00a0]+словам)(?![\w'’])", re.IGNORECASE)


def someone_says(clause: str) -> bool:
    """Whether a clause (its quotations masked, `mask_quotations`) has someone say or name words: an active verb of
    saying ("the union says", "said Lind"; not "skippers were told"), a verb of naming ("the deal the union hailed
    as", "what she called"), "according to", «по словам». A deck's words in marks so introduced are a quote, even
    when no speaker is found for them (review of round 29b, F7)."""
    return bool(_VERB.search(clause)) or bool(_NAMING_AS.search(clause))


def _finite_verb(clause: str) -> bool:
    """Whether a clause holds a finite verb (lower case, English or Russian; a participle after an article, "the
    retired admiral", is none): the words after it are its objects, not its subject."""
    return any(m.group("before") is None for m in _FINITE_EN.finditer(clause)) or bool(_FINITE_RU.search(clause))


OBJECT_BEFORE = re.compile(
    r"(?:\b(?:to|with|by|told|tells|telling|from|of|for|about|against|on|at|in|near|than|like|between|met|meets|meeting"
    r"|asked|asks|urged|urges|invited|invites|answered|accused|criticised|criticized|thanked|praised|called"
    r"|interview with|с|со|к|от|для|о|об|у|перед|после|против|при|вместе с)\s+)$",
    re.IGNORECASE,
)


_STATEMENT = re.compile(
    r"(?i:(?:the|its|a|this)\s+(?:statement|communiqu[eé]|declaration|press release|release|document|letter|note"
    r"|resolution)\s+(?:says|said|reads|read|stated|states|adds|added|continues|continued)\b"
    r"|(?P<personal>(?:the|his|her|this)\s+(?:message|greeting|telegram|letter|address)(?:\s+of\s+(?:greetings?"
    r"|condolences?|congratulations?|support))?\s+(?:says|said|reads|read)\b"
    r"|говорится\s+в\s+(?:приветствии|послании|телеграмме|поздравлении))"
    r"|говорится\s+в\s+(?:заявлении|сообщении|документе|коммюнике|релизе|резолюции))"
)
"""A document's words attributed to the document: it speaks for the organisation named last."""
_STATEMENT_INVERTED = re.compile(
    r"(?:says|said|reads|read|stated|states|adds|added)\s+(?:the|a|their|a\s+joint|the\s+joint)\s+(?:joint\s+)?"
    r"(?:statement|communiqu[eé]|declaration|letter)(?![\w'’])", re.IGNORECASE)
"""'"...," said the statement': a document's words, the verb before the document."""
_SAID_IN_BODY_EN = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:reported|said|stated|announced|declared|informed|noted"
                              r"|explained|stressed|added)[ \t\u00a0]+(?:in|at)[ \t\u00a0]+"
                              r"(?=[Tt]he[ \t\u00a0]+[A-Z]|[A-Z])")
"""After a quotation, a verb of saying with no subject and "in"/"at" before a capitalised name ("," reported in the
Ministry of Defense": a calque of "сообщили в министерстве")."""
_IT_SAID_BEFORE = re.compile(r"(?<![\w'’])it[ \t\u00a0]+(?:only[ \t\u00a0]+)?(?:said|says|stated|states|added|adds"
                             r"|noted|notes)(?![\w'’])(?:[ \t\u00a0]+only)?(?:[ \t\u00a0]+that)?[^.!?]*$")
"""Before a quote, in its own clause, "it said (only) that ...": "it" is a thing the page named before."""
_DOCUMENT_SUBJECT = re.compile(r"[\s\"'“”«»]*(?:The|This|That)[ \t\u00a0]+(?:joint[ \t\u00a0]+)?"
                               r"(?:statement|communiqu[eé]|declaration|document)(?![\w'’])")
"""A sentence whose subject is a document (its first words)."""
_DOCUMENT_NOUN = re.compile(r"(?<![\w'’])(?:statements?|communiqu[eé]s?|declarations?|documents?|letters?|reply"
                            r"|replies|responses?|releases?|заявлени[а-яё]*|коммюнике|сообщени[а-яё]*|письм[а-яё]*)"
                            r"(?![\w'’])", re.IGNORECASE)
"""A document named by its common noun: between a signed document and "the statement" of a later sentence, another
document the page introduces."""
_SIGNED_AFTER = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:which\s+was\s+|jointly\s+)?signed\s+(?:jointly\s+)?by"
                           r"(?![\w'’])|[ \t\u00a0]*,[ \t\u00a0]*подписанн(?:ом|ое|ая|ой)[ \t\u00a0]+", re.IGNORECASE)
"""Right after a document that speaks, the words naming who signed it (the signatories follow)."""
_STATEMENT_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:statement|communiqu[eé]|declaration|press release)\s+(?:says|said"
    r"|adds|added|stated|states|continued|continues|noted|notes)(?![\w'’])"
    r"|(?<![а-яё])[Вв]\s+(?:заявлении|сообщении|коммюнике)\s+(?:также\s+)?(?:говорится|отмечается|подчеркивается"
    r"|подчёркивается|указывается)(?![а-яё])")
"""Before a quote, a document reported indirectly ("The statement added that ... '...'", "В заявлении также
говорится, что ... «...»"): it speaks for the organisation named last."""

_DOCUMENT_OF_NOUN_BEFORE = re.compile(
    r"(?<![а-яё])[Вв][ \t\u00a0]+(?:решении|постановлении|приговоре|определении|заявлении|сообщении|письме)"
    r"[ \t\u00a0]+(?P<noun>[а-яё]{3,}[аыи])[ \t\u00a0]+(?:также[ \t\u00a0]+)?(?:говорится|отмечается|указывается"
    r"|сказано|подчеркивается|подчёркивается)(?![а-яё])")
"""Before a quote, a document of a body named by its common noun in the genitive ("В решении суда говорится, что
«...»", "В заявлении министерства отмечается"): the body with that noun the page named before speaks."""
_RU_ADJECTIVE_HEAD = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ый|ий|ой|ая|яя|ое|ее)[ \t\u00a0]+(?P<noun>[а-яё]{3,})")
"""A Russian body's name opening with its capitalised adjective, then its noun ("Окружной суд Нурдбю")."""
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at|on|of|from|to|into|near|outside|inside|after|before|by"
                                 r"|в|во|на|из|после|перед|у|при|за|около|возле|до)[ \t\u00a0]+$", re.IGNORECASE)
"""A preposition right before a name: the name is a place or an object, no speaker."""
_RU_PAST = (r"(?<![а-яё-])(?!(?:адмирал|генерал|маршал|канал|капитал|журнал|персонал|материал|финал|портал|идеал"
            r"|арсенал|сериал|отдел|раздел|предел|посол|караул|совет)(?![а-яё]))[а-яё]{2,}?[аеиоуыяё](?P<g>ла|л)"
            r"(?:ся|сь)?(?![а-яё])")
"""A Russian verb in the past, its gender in group g ("л" a man's, "ла" a woman's): "сказала", "отметил", reflexive
"встретился", "встретилась" (a woman's -лась, not a man's -л and -ась: review of round 29c); not a noun in -л
("генерал", "посол")."""
_RU_PREPOSITION_NOUN = re.compile(
    r"(?<![а-яё-])(?:в|во|на|из|под|у|от|до|около|возле|близ)[ \t\u00a0]+(?:деревн[еиюя]|сел[еоау]|пос[её]лк[еау]"
    r"|пос[её]лок|город[еау]?|городк[еау]|район[еау]?|област[иь]|кра[еяю]|кра[йю]|округ[еау]?|улиц[еыау]|станци[июя]"
    r"|станиц[еыау]|хутор[еау]?|аул[еау]?|остров[еау]?|залив[еау]?|бухт[еыау]|озер[еау]|озеро|рек[еиау]"
    r"|провинци[июя]|коммун[еыау]|общин[еыау]|волост[иь]|квартал[еау]?|микрорайон[еау]?|порт[еау]?|порту)"
    r"[ \t\u00a0]+$")
"""A Russian preposition and a settlement's or place's noun right before a capitalised word ("из деревни Лейдо", "в
селе Ольхи"): the word names the noun's place. A closed class of nouns: «в интервью Петров», «на встрече Петров» name
the speaker (review of round 29c, F6)."""
_SUBJECT_BEFORE_PLACE = re.compile(r"(?<![а-яё-])[а-яё]{3,}(?<![уюм])(?![а-яё-])")
"""Between a verb of saying and a preposition with its place's noun, a lower-case word not in a dative's ending
(«пенсионерка», «житель», not «корреспонденту», «журналистам»): the verb's subject, so the capitalised word after the
place's noun is the place."""
_RU_GOVERNED_BEFORE = re.compile(
    r"(?<![а-яё-])(?:с|со|у|к|ко|при|о|об|обо|перед|между|для|от|до|без|из|за|над|под)[ \t\u00a0]+"
    r"(?:[а-яё-]+[ \t\u00a0]+){0,2}$")
"""A Russian preposition that governs an oblique case, and up to two lower-case words, right before a name («с
министром Петровым»): the name is the preposition's object."""
_RU_KIN_WORDS = words("""кум кума сват сватья брат сестра сосед соседка отец мать мама папа дед дедушка бабушка бабка
муж жена сын дочь дочка тесть теща тёща свекор свёкор свекровь зять невестка шурин деверь золовка дядя тетя тётя
племянник племянница внук внучка друг подруга приятель приятельница товарищ напарник напарница знакомый
знакомая земляк земляки""")
"""Russian words of kinship and company, which open a sentence as its subject with no name («Сват говорит: ...»)."""
_RU_LINKS = words("""в во на с со по о об от до для из за к ко у при под над про через после перед между около
возле без и или а но что чтобы как когда если где который которая которое которые это этот эта он она они его ее её
их ему ей им также тоже уже еще ещё""")
_RU_GENITIVE_CHAIN = re.compile(
    r"(?:[ \t\u00a0]*(?!(?:" + "|".join(sorted(_RU_LINKS, key=len, reverse=True)) + r")[ \t\u00a0])"
    r"(?:[а-яё][а-яё-]*|[А-ЯЁ][а-яё-]+)[ \t\u00a0]+)*")
"""Russian words between a speech verb and the speaker's name that form one role (its addressee, its noun and
the noun's genitive chain: "журналистам командир патрульного корабля береговой охраны Кесселя"): no preposition,
conjunction or pronoun among them."""
_RU_ADVERBIAL = re.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(?!(?:когда|хотя|пока|будто|словно|едва|тогда|тоже|также|однако|впрочем)[ \t\u00a0,])"
    r"[а-яё]{3,}(?:ая|яя|уя|[^аеиоуыэюяё]я|ясь|аясь|ав|ив|ыв|ев|ув|вшись)(?:[ \t\u00a0]+[а-яё-]+){0,4}"
    r"[ \t\u00a0]*,[ \t\u00a0]*(?=\S)")
"""An adverbial participle's phrase between commas right after a Russian speech verb ("— подчеркнул, открывая
слушания, Председатель Сената Арман Токбаев"): the speaker is named after it."""
_BODY_HEADING = re.compile(r"(?<![\w'’-])(?:Ministry|Office|Agency|Authority|Administration|Secretariat|Embassy"
                           r"|Council|Commission|Министерство|МИД|Агентство|Администрация|Посольство)(?![\w'’-])")
"""A state body's noun in a page's first line: the line may be that body's name, heading its own page."""
_NEW_CLAUSE = re.compile(r"(?:but|and|while|whereas|although|though|yet)[ \t\u00a0]")
"""Right after a quote, a conjunction: what follows is a clause of its own, no attribution of the quote."""
_GOVERNS_BEFORE = re.compile(r"(?<![\w'’])(?:[a-z]{2,}ing|[a-z]{2,}ed|of|in|on|to|from|by|with|for|about|over|under"
                             r"|against|into|read|saw|seen|signed|sign|drafted|draft|wrote|written)[ \t\u00a0]+$")
"""Right before a document's name, a verb or a preposition that governs it ("involved in drafting the declaration
said"): the document is that word's object, not the subject of the verb after it."""

_AS_SAID = re.compile(r"[\s«\"(]*[Кк]ак[ \t\u00a0]+(?P<verb>[а-яё]+л[аи]?)[ \t\u00a0]+"
                      # (a paper's name in marks inside: "Как заявил в интервью «Радио Веллин» министр ...,")
                      # (masked, the name is a run of '_' after a space)
                      r"(?P<rest>(?:[^,.;:!?«»\"_\n]|«[^«»\n]{1,40}»|(?<=[ \t\u00a0])_{3,42}(?=[ \t\u00a0]))"
                      r"{2,120}?)[ \t\u00a0]*,")
"""A sentence opening "Как отметила X," (a verb of saying in the past and its speaker up to a comma): the clause
after the comma is X's account."""
_STATEMENT_OF_BEFORE = re.compile(
    r"(?<![а-яё])[Вв]\s+(?:совместном\s+)?(?:заявлении|сообщении|коммюнике|обращении)\s+"
    # (a channel or an account the body posts on is no owner: «В сообщении Telegram-канала Минсельхоза Варнии»)
    r"(?:(?:[\w-]+-)?(?:канала|аккаунта|страницы|блога)\s+)?"
    r"(?P<owner>[A-ZА-ЯЁ][^,.;:!?«»_\n]{1,60}?)"
    r"(?:\s*,[^.;:!?«»_\n]{1,100},)?\s+(?:также\s+)?(?:говорится|отмечается|подчеркивается|подчёркивается"
    r"|указывается|сказано)(?![а-яё])")
"""Before a quote, a document and its owner in the genitive, then the passive verb ("В заявлении МИД Варнии,
распространенном по итогам встречи, отмечается, что ... «...»"): the owner speaks. Bounded: the owner's words and a
participle clause of at most a hundred characters, within the sentence."""

_DOCUMENT_OF_PERSON_BEFORE = re.compile(
    r"(?<![а-яё])[Вв][ \t\u00a0]+(?:открытом[ \t\u00a0]+)?(?:письме|заявлении|обращении|послании|записке)[ \t\u00a0]+"
    r"(?P<owner>[а-яё][а-яё-]+[ая][ \t\u00a0]+[^,.;:!?«»_\n]{1,80}?)[ \t\u00a0]+(?:также[ \t\u00a0]+)?"
    r"(?:говорится|сказано|отмечается|указывается|подчеркивается|подчёркивается)(?![а-яё])")
"""Before a quote, a document of a person given by role in the genitive, perhaps its addressee in the dative, then
the passive verb ("В письме мэра Римхольма Йонаса Экка премьер-министру сказано, что «...»"): the person named in the
genitive after the role wrote it (not the addressee, not the one quoted before)."""

_APPOSITION = re.compile(r"(?P<inner>[^,.;:!?_\n]{0,60}?,[^,.;:!?_\n]{1,60}?),\s*" + _AUX
                         + r"\s*(?:" + _VERB_ALT + r")(?![\w'’])")
"""After a speaker: words up to a comma, an apposition, a comma and the verb (', the secretary general, said')."""
_RELATIVE_SAYS = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]+(?:which|who)[ \t\u00a0]+")
"""A relative clause opening after a name and a comma (", which wrote to all ports ..."): its antecedent is its
subject."""
_VERB_BEFORE_QUOTE = re.compile(r"(?<![\w'’])(?:" + _VERB_ALT + r")[ \t\u00a0]*$")
"""The end of the words after a quotation when they end in a verb with no punctuation after it: the next
quotation, right after, is the verb's object ('..., a phrase the mayor calls "..."')."""
_ASKS_OBJECT = re.compile(r"(?<![\w'’])(?:asked|asks|interviewed|questioned|pressed|quizzed)(?![\w'’])")
"""A verb whose object is asked for an answer: the words that follow are the object's reply."""
_REPLY_AFTER = re.compile(r"[ \t\u00a0]+(?:replied|replies|answered|answers|responded|"
                          r"told[ \t\u00a0]+(?:him|her|them|me|us))(?![\w'’])")
"""After a pronoun, a verb of answering, or telling the other person ('he replied', 'he told her')."""
_TOLD_BEFORE = re.compile(r"(?<![\w'’])(?:told|tells)[ \t\u00a0]+$")
"""Right before a person named: the verb of telling them (they are the listener, its subject the speaker)."""
_OBJECT_OF_BEFORE = re.compile(r"(?<![\w'’])(?:for|of|to)[ \t\u00a0]+$")
"""Right before a name, a preposition whose object it is ("a lawyer for Tomas Grell")."""
_OWN_PRONOUN = re.compile(r"(?<![\w'’])(?:his|her)(?![\w'’])", re.IGNORECASE)
_VERB_BEFORE_OWN = re.compile(r"(?<![\w'’])(?:told|tells|asked|asks|thanked|met|meets|praised|urged|called|gave|let|"
                              r"made|for|to|with|about|by|from|at|on|against|of)[ \t\u00a0]+$", re.IGNORECASE)
"""Before "her", a verb or preposition it is the object of ('told her', 'thanked her'), not a possessive."""
_DESCRIBES_QUOTE = re.compile(r"[\s,;:]*(?:[—–-]\s*)?(?:an?|one|which|what|words|something)(?![\w'’])")
"""The opening of the words after a quotation when they describe it, an apposition or a relative clause (', a
phrase ...', ', which ...', ', what ...'), not a clause of saying ('Ekk said, adding', 'the mayor said and added')."""


def verb_class(word: str) -> str:
    # ("reports that", a paper's verb of saying; "report" alone is as often a noun; "informed that", a machine
    # translation's "сообщил, что": round 28a, f2713)
    return "speech" if word.split()[0].startswith(("point", "put", "report", "inform")) else _VERB_CLASS[word]


# --- attribution --------------------------------------------------------------------------------------


@dataclass
class Attribution:
    speakers: list[str]
    confidence: str
    basis: str
    rule: str
    note: str | None = None


@dataclass
class DraftQuote:
    """A quotation found in the text, classified and attributed (speakers are actor ids or stub keys)."""

    quotation: Quotation
    text: str
    context: tuple[int, int]
    words: int
    is_term: bool
    kind: str
    attribution: Attribution | None
    sentence: int
    """Index of its sentence in the article."""

    @property
    def start(self) -> int:
        return self.quotation.start

    @property
    def end(self) -> int:
        return self.quotation.end


_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_ROLE_WORD = re.compile(r"(?<![а-яёА-ЯЁ-])(?i:премьер|министр|президент|журналист|корреспондент|репортер|репортёр)"
                        r"[а-яё]*")
"""A head of government or state, a minister or a reporter, in any case: one person holds no two of them, so a person
given one in apposition is not the holder of another (a chair who is a senator, an ambassador who is a diplomat, an
economist who is an expert may be named by either)."""
_RU_ROLE_NOUNS = (r"(?:вице-)?премьер(?:-министр)?|министр|посол|глава|президент"
                  r"|председатель|спикер|генерал|адмирал|командующий|полковник|губернатор|директор|лидер|советник"
                  r"|депутат|замминистра|заместитель|(?:официальный\s+)?представитель(?:ница)?|пресс-секретарь|мэр"
                  r"|дипломат|генсек|секретарь|эксперт|аналитик|политолог|экономист|социолог|историк|юрист"
                  r"|профессор|исследователь|офицер|сенатор")
"""The Russian roles a person is named by, in the nominative (the lexicon `_RU_ROLE` reads)."""
_RU_ROLE = re.compile(
    r"[ \t\u00a0]*(?:_+[ \t\u00a0]+)?(?P<role>(?i:" + _RU_ROLE_NOUNS + r"))"
    r"(?:[ \t\u00a0]+(?:[а-яё-]+|[А-ЯЁ][а-яё]+[аыуе]))?(?:[ \t\u00a0]+[А-ЯЁ][а-яё]+(?:ии|[ыаяи]))?"
    r"(?:[ \t\u00a0]+[а-яё-]+){0,7}[ \t\u00a0]*(?=[.,;!?]|$)")
"""A Russian role with no name after it (— сказала министр.; — сообщила «Вестнику» сенатор.: a paper's name in
marks, the addressee, may stand before it; — отметил Председатель Сената Сорвии.: its body and the body's place in
the genitive): it refers to someone named before."""
_BODY_SAID = re.compile(
    r"[ \t\u00a0]*(?:the|its)[ \t\u00a0]+(?P<body>secretariat|ministry|government|council|commission|embassy"
    r"|presidency|cabinet|committee|agency|authority|bloc|alliance|movement|party|coalition|association|group"
    r"|campaign|union|network|front|initiative|collective|federation|society|organisation|organization)"
    r"(?:['’]s[ \t\u00a0]+(?:press[ \t\u00a0]+(?:office|service|department)|spokes(?:man|woman|person)))?" + _AUX

    + r"[ \t\u00a0]+(?:said|says|added|stated|announced|noted|warned|insisted)(?![\w'’])")
"""After a quote, a body by its common noun ("the secretariat said", "the ministry added"): it speaks as an
organisation, the one named before by that noun if any."""
_ORG_VOICE_SAID = re.compile(
    r"[ \t\u00a0]*(?:a|an|the)[ \t\u00a0]+(?P<org>[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3})[ \t\u00a0]+"
    r"(?:spokes(?:man|woman|person)|official|representative|press[ \t\u00a0]+officer)" + _AUX
    + r"[ \t\u00a0]+(?:said|says|added|stated|told|noted|wrote)(?![\w'’])")
"""After a quote, an organisation's unnamed voice ("a Compact spokesperson said"): the organisation speaks."""
_GENERIC_BODIES = words("alliance bloc pact organisation organization union")
"""Common nouns a report uses for the organisation it has just named ("the alliance said")."""
_STATE_BODY_NOUNS = words("""ministry agency authority office government council commission committee embassy
secretariat presidency cabinet service parliament senate мид министерство агентство правительство""")
_BODY_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|its)[ \t\u00a0]+(?P<body>(?:[a-z]+[ \t\u00a0]+)?press[ \t\u00a0]+"
                          r"(?:service|office)|secretariat|ministry|government|council"
                          r"|commission|embassy|presidency|cabinet|committee|agency|authority|bloc|alliance|movement"
                          r"|party|coalition|association|union|organisation|organization)" + _AUX
                          + r"[ \t\u00a0]*$")
"""Before its verb, a body by its common noun ("In a statement, the ministry said: ...", "The presidential press
service said in a statement that ..."): it speaks, as the organisation named before by that noun or by itself."""
_IT_SAID = re.compile(r"[ \t\u00a0]*(?:it|It)" + _AUX + r"[ \t\u00a0]+(?:said|says|added|adds|stated|announced"
                      r"|noted|warned|insisted|wrote|told)(?![\w'’])")
"""After a quote, "it said": an organisation named before speaks (a person is he or she)."""
_PARTNER_WORDS = (r"\s*,?\s+and\s+(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,3}?(?:counterparts?|colleagues?"
                  r"|opposite numbers?|deputy|deputies|successor|predecessor|partners?|wife|husband|ally|allies)"
                  r"(?:\s+(?:from|of|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+")
"""Two speakers joined through a descriptor: "X and her Kessel counterpart(,) Y"."""
_RU_ADDRESSEE = re.compile(r"(?:[ \t\u00a0]+(?:[А-ЯЁ][а-яё-]+(?:у|ю)|_+))?[ \t\u00a0]+(?:источник|собеседни(?:к|ца)"
                           r"|осведомл[её]нный|знакомый|близкий|один\s+из|одна\s+из|человек)(?![а-яё])")
"""After a Russian verb, maybe an addressee in the dative or a name in marks, then an unnamed source ("рассказал
Варинформу источник", "— сообщил «БК» источник в министерстве", "— сказал собеседник издания")."""
_RU_SOURCE = r"(?<![а-яё-])(?:[Ии]сточник|[Сс]обеседни(?:к|ц))[а-яё]{0,2}(?![а-яё-])"
"""A Russian source or interlocutor (источник, источника, собеседник, собеседница): someone unnamed."""
_RU_SOURCE_IN = re.compile(_RU_SOURCE + r"[ \t\u00a0]+(?:в|во|из|из[ \t\u00a0]+числа|близк[а-яё]+[ \t\u00a0]+к)"
                           r"[ \t\u00a0]+(?:[а-яё-]+[ \t\u00a0]+){0,3}$")
"""Right before a body's name, a source in it ("Источник в министерстве обороны Кесселя заявил"): the body is where
the unnamed source works, not the verb's subject."""
_JOINT_SAID = re.compile(r"[ \t\u00a0]*(?:(?:the\s+two|both)(?:\s+[a-z][\w-]*){0,2}|the\s+(?:foreign\s+|defence\s+"
                         r"|prime\s+)?(?:ministers|leaders|presidents|premiers|sides))" + _AUX
                         + r"[ \t\u00a0]+(?:said|say|added|stated|declared|wrote)(?![\w'’])")
"""After a quote, "the two ministers said", "both leaders said", "the ministers said in the statement": the two
persons named last, jointly."""
_JOINT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:[Tt]he\s+two|[Bb]oth)\s+(?:sides|ministers|leaders)|[Tt]he\s+(?:ministers|leaders|sides)"
    r"|(?:[Оо]бе\s+)?[Сс]тороны|[Мм]инистры|[Лл]идеры)(?:\s+(?:also|jointly|said|say|stated|declared|added|также"
    r"|совместно|заявили|подтвердили|отметили|подчеркнули|назвали))*[ \t\u00a0,:]*$")
"""Right before a quote, the two sides or the ministers as its subject ("По итогам разговора стороны «подтвердили
...»", "Both sides said: '...'"): the two persons named last, jointly."""
_CITES = re.compile(r"[ \t\u00a0]*(?:цитиру(?:ет|ют)|процитировал[аи]?|приводит\s+слова|приводят\s+слова)"
                    r"(?![а-яё])")
"""After a quote, «...», — цитирует Варпресс X: X is quoted, the agency reports."""
_QUOTING = re.compile(r"[ \t\u00a0]*(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")[ \t\u00a0]+"
                      r"[^.;:!?_\n]{1,60}?,[ \t\u00a0]+(?:цитируя|quoting|citing)(?![\w'’])")
"""After a quote, a publication's verb and "quoting" ("— пишет издание, цитируя ...", "the magazine wrote, quoting
..."): the person it quotes said the words."""
_QUOTED_AS = re.compile(r"(?<![\w'’])(?:quoted|quotes|quoting|cited|cites)\s+(?P<who>[^.;:!?_\n]{2,80}?)\s+as\s+"
                        r"(?:saying|stating|telling)\b")
"""Before a quote, "The Herald quoted X as saying": X speaks, not the paper."""
_ABOUT_THIS = re.compile(r"[\s.!?»”\"]*(?:Об\s+этом|Это|Так(?:ое\s+мнение)?)(?:[ \t\u00a0]+(?:[а-яё]+|_+)){0,4}?"
                         r"[ \t\u00a0]+"
                         r"(?:заявил[аи]?|сказал[аи]?|сообщил[аи]?|рассказал[аи]?|написал[аи]?|отметил[аи]?"
                         r"|подчеркнул[аи]?|высказал[аи]?|выразил[аи]?|объясняет|объяснил[аи]?|описывает"
                         r"|описал[аи]?)(?![а-яё])")
"""The sentence after a quote: "Об этом журналистам заявил X", "Об этом в интервью сообщил X", "Так объясняет
забастовку X", "Об этом в интервью газете «...» заявил X" (the paper's name masked)."""
_MESSAGE_FROM = re.compile(r"(?:(?:That|This|Such|So|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:message|warning"
                           r"|verdict|view|promise|pledge|words?|assessment|reply|answer|response)\s+(?:from|of)\s+"
                           r"|(?:The|His|Her|Their|Its|A)\s+(?:swift\s+|quick\s+|sharp\s+)?(?:reply|answer|response"
                           r"|retort|rebuttal|riposte)\s+came\s+(?:[\w'’-]+\s+){0,5}?from\s+"
                           r"|(?:Эти|Такие|Эти\s+слова|Такие\s+слова)\s+(?:слова\s+)?принадлежат\s+"
                           r"|(?:Ответ|Отповедь)\s+(?:[а-яё]+\s+){0,4}?(?:дал[аи]?|последовал)\s+(?:[а-яё]+\s+){0,3}?"
                           r"|(?:That|This|So)\s+is\s+how\s+(?=[A-ZÀ-ÖØ-Þ]))")
"""The sentence (or paragraph) after a quote standing alone: "That was the message from X, ...", "That is how X,
who chairs ..., explains why ..."."""
_NOT_A_PLURAL_SUBJECT = r"(?![а-яё]*(?:тели|ники|щики|чики|цы|ие|ые|ане|яне)(?![а-яё]))"
"""Not a plural noun, the subject of its own («коллеги», «жители», «журналисты», «пострадавшие»): who spoke «в МИД»
is they, not the body (review of rounds 28b and 28c, F5; the same words `_BODY_OPENS` refuses)."""
_RU_IN_BODY = re.compile(r"\s*(?:В|Во)\s+(?P<body>[^,.;:!?_\n]{2,60}?)\s+(?:" + _NOT_A_PLURAL_SUBJECT
                         + r"[а-яё]+\s+){0,2}?(?:назвали|заявили"
                         r"|сообщили|считают|ответили|подчеркнули|отметили|добавили|пояснили|указали|уточнили"
                         r"|рассказали|называют|называли|" + "|".join(sorted((v for v in RU_SPEECH_VERBS
                                                                             if v.endswith("ли")),
                                                                            key=len, reverse=True)) + r")(?![а-яё])")
"""«В МИД Кесселя назвали ... «...»»: the body in which something was said speaks (any plural verb of saying in the
past: «В полиции Ростада предупредили», «В Управлении ... напомнили», round 28c, f2715, f2717; and naming in the
present, «В МИД Халвии по-прежнему называют обвинения «...»», round 28b, f2720: a body the text names, never people
of a place)."""
_SAID_IN_SERVICE = re.compile(r"(?<![а-яё])(?:сообщили|заявили|рассказали|пояснили|отметили|уточнили|ответили"
                              r"|подчеркнули)[ \t\u00a0]+(?:[а-яё]+[ \t\u00a0]+){0,2}?(?:в|во)[ \t\u00a0]+"
                              r"(?:пресс-служб[еы]|пресс-центре)[ \t\u00a0]+")
"""Before a quote, a plural verb of saying with no subject, said in a body's press service: the body speaks."""
_SAID_IN_BODY = re.compile(r"(?<![а-яё])(?:сообщили|заявили|рассказали|пояснили|отметили|уточнили|ответили"
                           r"|подчеркнули)[ \t\u00a0]+(?:[^\s,.;:!?]+[ \t\u00a0]+){0,2}?(?:в|во)[ \t\u00a0]+"
                           r"(?=[А-ЯЁа-яё])")
"""Before a quote, a plural verb of saying with no subject, then "в" and a body ("Как сообщили КТА в Министерстве
иностранных дел Кесселя, ..."): the body speaks (the body itself is found by the cast)."""
_SIGNED = re.compile(r"(?<![а-яё])(?:подписавш[а-яё]*|подписал[аи]?|подписан[аоы]?)(?![а-яё])"
                     r"|(?<![\w'’])(?:signed\s+by|signatories(?:\s+(?:are|include|included))?)(?![\w'’])",
                     re.IGNORECASE)
"""Where a page names who signed a letter: what follows (in the sentence) is the signatories' names."""
_LETTER_SAYS = re.compile(r"(?:говорится|сказано|отмечается)[ \t\u00a0]+в[ \t\u00a0]+(?:открытом[ \t\u00a0]+)?"
                          r"(?:письме|обращении)(?![а-яё])|(?i:(?:the|their|this)\s+(?:open\s+)?letter\s+(?:says|said"
                          r"|reads|read|states|stated|adds|added))(?![\w'’])")
"""After a quote, the letter itself speaks: "— говорится в письме", "the letter says"."""
_LETTER_NOUN = re.compile(r"(?<![а-яё])(?:письм[оаеу]|обращени[еяю])[ \t\u00a0]+")
"""A letter or an appeal in the prose, its author's name in the genitive perhaps after it ("письмо спикера ...")."""
_RU_GENITIVE_PREPOSITIONS = words("""против среди вокруг после около возле кроме вместо ради вне внутри мимо посреди
напротив насчет насчёт помимо накануне вдоль из-за из-под""")
_LETTER_AUTHOR_ROLE = re.compile(
    r"(?:(?i:(?:вице-)?премьер(?:-министра)?|посла|главы|замминистра|командующего|пресс-секретаря|генсека"
    r"|(?:" + _RU_ROLE_NOUNS + r")(?:а|я)))[ \t\u00a0]+")
"""Right after «письмо», a role of the lexicon in the genitive singular («губернатора», «спикера», «главы»): the author
holds it, and the name after its genitive complements is the author in apposition; a relative, a group or an abstract
noun («родителей», «жены», «сторонников», «поддержки») is not a role, and the name after it only owns the authors."""
_LETTER_AUTHOR_CHAIN = re.compile(
    r"(?:(?!(?:" + "|".join(sorted(_RU_LINKS | _RU_GENITIVE_PREPOSITIONS, key=len, reverse=True)) + r")[ \t\u00a0])"
    r"(?:[а-яё-]+(?:а|я|ы|и|ого|его|ой|ей|ых|их|ов|ев)|дел|[А-ЯЁ][А-ЯЁа-яё-]*)[ \t\u00a0]+)*")
"""Between «письмо» and its author's name, only words in the genitive: a role's nouns and adjectives («губернатора
области», «министра иностранных дел»), capitalised places and bodies («Сената Варнии»); no preposition."""


def _genitive_name(name: str) -> bool:
    """Whether a Russian name (a curated person's surname alone, or a full name) reads as a genitive: every word in
    a genitive's ending (Ивана Петрова, Анны Ивановой, Токбаева), or a woman's given name in -ы/-и before a surname
    she does not decline (Ильвы Сорн); not a dative (Ивану Петрову, Анне Ивановой)."""
    parts = name.split()
    return len(parts) >= 1 and _CYRILLIC_WORD.fullmatch(parts[0]) is not None and (
        all(_GENITIVE_END.search(p) for p in parts) or (
            len(parts) >= 2 and parts[0].endswith(("ы", "и")) and parts[-1][-1] not in "аеёиоуыэюя"))


_LETTER_SIGNED_BY = re.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(?:которое|которую|который|которые)[ \t\u00a0]+(?:[^,.;:!?«»\n]{1,60}?[ \t\u00a0]+)?"
    r"(?:подписал[аи]?|написал[аи]?|направил[аи]?|составил[аи]?|отправил[аи]?)[ \t\u00a0]+")
"""After "— говорится в письме", the clause of its author ("..., которое от имени экипажей подписал капитан Нильс
Ферро"): the one who signed, wrote or sent the letter is its subject, named after the verb (not one who received it)."""
_GROUP_SAYS = re.compile(r"[а-яё]+(?:ют|ят|ут|ат|ли)[ \t\u00a0]+[а-яё]+(?:ые|ие|ы|и)(?=[ \t\u00a0]*[.,;]|$)"
                         r"|(?:the\s+)?[a-z]+s\s+(?:write|wrote|say|said|add|added|argue|argued)(?=\s*[.,;])")
"""After a quote, a plural verb and a plural common noun, no name ("— подчёркивают учёные", "the signatories
write"): a group speaks; with a page naming the signatories of a letter, they are the group."""
_BODY_NOUN_ALONE = re.compile(r"(?i:министерстве|ведомстве)(?=[ \t\u00a0]*(?:[.,;!?]|$))")
"""After "в", a state body by its common noun alone, the clause ending there («— заявили в министерстве.»)."""
_IN_BODY_OF = re.compile(r"[ \t\u00a0]+(?:в|во)[ \t\u00a0]+(?P<noun>(?:полиц|прокуратур|администрац|мэр|милиц|жандармер"
                         r"|префектур|инспекц|комендатур|таможн|гвард|министерств|управлен|ведомств)[а-яё]{0,3})"
                         r"(?P<rest>(?:[ \t\u00a0]+(?:[а-яё]{2,}(?:ого|его|ой|ей)|(?:округ|район|област|город|кра"
                         r"|республик|провинц|уезд|волост|графств|штат|посел|посёл|деревн|сел|остров|порт|губерни"
                         r"|департамент|муниципалитет|коммун|регион|общин|полиц|прокуратур|администрац|министерств"
                         r"|управлени|мэри|гарнизон)[а-яё]{0,4})){1,3})[ \t\u00a0]+")
"""After a plural verb of saying, "в", a body's common noun in the prepositional and its lower-case genitive words
(adjectives, the place's kind or another body: «округа», «северного района», «управления полиции»), right before a
place's name («— сообщили в полиции округа Порт-Селка»): the body of that place speaks. Never a plural subject
noun («— рассказали в мэрии жители Порт-Селки»: the residents told the town hall; review of round 27)."""
_RU_PLURAL_SAID = "|".join(sorted((v for v in RU_SPEECH_VERBS if v.endswith("ли")), key=len, reverse=True))
_BODY_OPENS = re.compile(
    r"[\s«\"]*(?:В|Во)[ \t\u00a0]+(?P<noun>(?i:полиц|прокуратур|администрац|мэри|милиц|префектур|инспекц|комендатур"
    r"|таможн|министерств|управлени|ведомств|департамент|штаб|комитет|служб|агентств)[а-яё]{0,3})"
    r"(?P<rest>(?:[ \t\u00a0]+(?:по|(?![а-яё]*(?:тели|ники|щики|чики|цы|ие|ые|ане|яне)(?![а-яё]))[А-ЯЁа-яё][а-яё-]*"
    r"(?:ого|его|ой|ей|ых|их|ому|ему|ы|и|а|я|у|ю))(?![а-яё-])){1,6}?)"
    r"[ \t\u00a0]+(?:" + _RU_PLURAL_SAID + r")(?![а-яё])")
"""A sentence opening with «В», a body's common noun in the prepositional (capitalised as its name, «Управлении», or
not, «полиции»), its genitive words, a «по» and its place in the dative, or a place in the genitive, then a plural
verb of saying with no subject («В полиции Ростада предупредили», «В Управлении гражданской защиты по Товикскому
округу напомнили»): the body speaks. No plural noun among the words (a subject of its own: «В полиции Ростада
жители рассказали»)."""
_OWN_BODY_OPENS = re.compile(r"[\s«\"]*(?:В|Во)[ \t\u00a0]+(?P<noun>[А-ЯЁ][а-яё]{4,}(?:ии|ии|е))[ \t\u00a0]+(?:"
                             + _RU_PLURAL_SAID + r")(?![а-яё])")
"""A sentence opening with «В», a body's capitalised noun alone in the prepositional, then a plural verb of saying
(«В Управлении подчеркнули»): the body the page's heading names in full, when that name begins with the noun."""
_GENITIVE_WORD = (r"(?![а-яё]+(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ат)(?![а-яё]))[а-яё]{2,}(?:ого|его|ой|ей|ых|их|ов|ев|ы"
                  r"|и|а|я)")
"""A lower-case Russian word in a genitive's ending that is no verb (past, or present third person)."""
_OWN_HEADING = re.compile(r"[А-ЯЁ][а-яё]+(?:[ \t\u00a0]+" + _GENITIVE_WORD + r"){0,4}(?:[ \t\u00a0]+[А-ЯЁ][а-яё-]+)+")
"""A page's first line that is a Russian body's name: its noun, lower-case words in the genitive, then capitalised
ones (its place): «Управление гражданской авиации Варнии»; not a headline, its verb among the words («Департамент
образования проверил школы Ростада»: review of round 29c, F5)."""
_BODY_NAME_WORD = re.compile(r"[ \t\u00a0]+(?P<word>[А-ЯЁа-яё][а-яё-]*)")
_GENITIVE_END = re.compile(r"(?:ого|его|ой|ей|ых|их|ы|и|а|я)$")
_DATIVE_END = re.compile(r"(?:ому|ему|ой|ей|ым|им|ам|ям|у|ю|и|е)$")
_NOT_OF_A_NAME = re.compile(r"(?:вчера|сегодня|завтра|позавчера|тогда|также|тоже|всегда|снова|уже|еще|ещё|ему|ей|им"
                            r"|нам|вам|мне|тебе|всем|журналистам?|корреспонденту|корреспондентам)$")
"""After a body's noun, words that are never part of its name: an adverb of time, a pronoun or a reporter in the
dative («В полиции Ростада вчера сообщили», «... корреспонденту рассказали»)."""


_RU_PREPOSITION = r"(?:в|во|с|со|на|к|ко|по|о|об|для|от|у|из|до|за|перед|при|через|после)(?![А-ЯЁа-яё-])"
_WORDS_AFTER_BODY = re.compile(r"(?:[ \t\u00a0]+(?!" + _RU_PREPOSITION + r")[а-яё-]+)+[ \t\u00a0]*")
"""Between a body's name and its verb, lower-case words with no preposition among them («коллеги», «местные жители»,
not «в заявлении»)."""
_SUBJECT_AFTER_BODY = re.compile(r"(?<![А-ЯЁа-яё-])(?!(?:" + "|".join(sorted(RU_SPEECH_VERBS, key=len, reverse=True))
                                 + r")(?![а-яё]))(?![а-яё]*жды(?![а-яё])|почти(?![а-яё]))[а-яё]{3,}(?:и|ы)"
                                 r"(?![А-ЯЁа-яё-])")
"""Between a body's name (its place last, «В МИД Кесселя») and the plural verb, a lower-case word in the nominative
plural («коллеги», «жители», «журналисты», «пострадавшие»): the verb's own subject, people in the body, not the body
(review of rounds 28b and 28c, F5)."""


def _people_after_body(masked: str, start: int, end: int) -> bool:
    """Whether the words from a body's name (ending at `start`) to its verb (`end`, the verb included or not) are
    lower-case words with no preposition, one of them a noun in the nominative plural: people in the body are the
    verb's subject («В МИД Кесселя коллеги заявили»), not the body (review of rounds 28b and 28c, F5)."""
    verb = re.search(r"[ \t\u00a0]+[а-яё]+$", masked[start:end])
    stop = start + verb.start() if verb and masked[start + verb.start():end].strip() in RU_SPEECH_VERBS | {
        "называют", "называли", "считают"} else end
    return bool(_WORDS_AFTER_BODY.fullmatch(masked, start, stop) and _SUBJECT_AFTER_BODY.search(masked, start, stop))


def _body_name_end(masked: str, start: int, end: int) -> int | None:
    """Where the name of a body that opens a sentence ends, among the words from `start` to `end` after its noun:
    lower-case genitive words, then a place (capitalised words in the genitive, «Ростада») or «по» and its place in
    the dative («по Товикскому округу»); it stops there, before an adverb, a pronoun or a person in the dative or
    accusative (review of round 28c, F4: «В прокуратуре Ростада Ивану Ресту пояснили» is the prosecutor's office
    of Rostad). None when no word is the name's."""
    pos, last = start, None
    words = list(_BODY_NAME_WORD.finditer(masked, start, end))
    i = 0
    while i < len(words):
        word = words[i].group("word")
        if word == "по":
            j = i + 1
            while j < len(words) and _DATIVE_END.search(words[j].group("word")) and not _NOT_OF_A_NAME.fullmatch(
                    words[j].group("word")):
                j += 1
            return words[j - 1].end() if j > i + 1 else last
        if word[:1].isupper():
            if _GENITIVE_END.search(word) is None:
                return last
            while i < len(words) and words[i].group("word")[:1].isupper() and _GENITIVE_END.search(
                    words[i].group("word")):
                pos = words[i].end()
                i += 1
            return pos
        if _NOT_OF_A_NAME.fullmatch(word) or not _GENITIVE_END.search(word):
            return last
        pos = last = words[i].end()
        i += 1
    return last


_BODY_NOMINATIVE = (("стве", "ство"), ("нии", "ние"), ("ии", "ия"), ("уре", "ура"), ("бе", "ба"), ("не", "ня"),
                    ("те", "т"), ("е", ""))
"""A body's noun in the prepositional -> its nominative ending (полиции -> полиция, Управлении -> Управление,
таможне -> таможня, штабе -> штаб)."""
_OPENS_ITS_CLAUSE = re.compile(r"(?:.*,[ \t\u00a0]+что[ \t\u00a0]+|[\s«\"—–-]*)(?:[А-ЯЁа-яё-]+[ \t\u00a0]+){0,2}"
                               r"[А-ЯЁа-яё-]+", re.S)
"""A noun phrase of three words at most, opening its sentence or a «, что» clause («Оператор кабеля»)."""
_INVERTED_SUBJECT = re.compile(r"[а-яё]+[ \t\u00a0]+[А-ЯЁ][а-яё-]+")
"""A verb, then a capitalised word: a subject after its verb («сообщил Иван Рест»)."""
_COMPANY_APPOSED = re.compile(
    r"[а-яё],[ \t\u00a0]+(?:компания|корпорация|фирма|концерн|холдинг|агентство|оператор|перевозчик)[ \t\u00a0]+"
    r"(?P<blank>_{3,})[ \t\u00a0]*,[ \t\u00a0]*" + _AUX + r"[ \t\u00a0]*$")
"""Right before a verb, after a common noun (the subject: «Оператор кабеля»), an apposition between commas: a
company's noun and its name in marks, masked («, компания «Геллан Пауэр»,»): that company is the subject."""
_NOUN_MARKED = re.compile(r"(?<![А-ЯЁа-яё-])(?P<noun>(?:компани|корпораци|фирм|концерн|холдинг|агентств|оператор"
                          r"|перевозчик)[а-яё]{0,3})[ \t\u00a0]+«(?P<name>[А-ЯЁA-Z][^«»\n]{1,60})»")
"""A company's common noun in lower case right before its name in marks («компания «Селка Энерджи Терминал»»)."""
_PLACE_PREPOSITION = re.compile(r"(?<![\w'’])(?:in|at|near|outside|inside|into|в|во|на)[ \t\u00a0]+$")
"""A preposition of place right before a name: the name is a place ("the General Staff in Kessel City")."""
_AFTER_IN_BODY = re.compile(r"(?:[ \t\u00a0]+[а-яё]+){0,3}?[ \t\u00a0]+(?:в|во)[ \t\u00a0]+(?=[а-яё])")
"""After a plural verb of saying, up to three words (the addressee, "нашему каналу") before "в" and a body."""
_ROLE_SYNONYMS = (
    (r"глав\w*\s+(?:[а-яё]+\s+)?дипломатии|(?:top|chief)\s+diplomat|глав\w*\s+(?:МИД|министерства\s+иностранных\s+дел)"
     r"|head\s+of\s+the\s+foreign\s+ministry",
     ("министр иностранных дел", "министра иностранных дел", "глава мид", "главы мид", "foreign minister",
      "minister of foreign affairs", "foreign secretary")),
    # "глава региона", "глава области": a region's head is its governor
    (r"глав\w*\s+(?:региона|области|края)", ("губернатор", "глава региона", "глава области", "governor")),
    # "замминистра": a deputy minister
    (r"замминистр\w*", ("заместител", "замминистр", "deputy minister")),
    # "глава государства": a state's head is its president
    (r"глав\w*\s+государства", ("президент", "глава государства", "president")),
    # «— подчеркнула министр»: a minister with no portfolio named is also one the page gave as a ministry's head
    # ("главы МИД Варнии Лены Ортис", fresh36/f3614)
    (r"^[ \t\u00a0]*министр[а-яё]{0,2}[ \t\u00a0]*$",
     ("минист", "глава мид", "главы мид", "главе мид", "главой мид", "глава министерства", "главы министерства")),
)
"""A role named by a periphrasis ("глава кессельской дипломатии", "the country's top diplomat"): the words the
apposition of the person meant shows."""
_WORDS_OF = re.compile(
    r"(?<![а-яё])(?:[Зз]аявлени[еяю]|[Сс]лова|[Оо]бещани[еяю]|[Пп]ризыв|[Пп]редупреждени[еяю]|[Пп]ризнани[еяю]"
    r"|[Вв]ысказывани[еяю]|[Рр]еплик[аиу]|[Уу]тверждени[еяю])(?=\s+[а-яёА-ЯЁ])"
    r"|(?P<who>[A-ZÀ-ÖØ-Þ][\w-]+)['’]s\s+(?:[a-z]+\s+)?(?:statement|remark|claim|warning|promise|words|comment"
    r"|assertion|insistence|pledge|argument|complaint)\s+that(?![\w'’])")
"""The words of someone named right after them in the genitive ("Заявление генерального секретаря Юхана Эквалля о
том, что"), or before them in the possessive ("Ekvall's warning that"): that person speaks."""
_ABOUT_THAT = re.compile(r"(?P<owner>[^,.;:!?«»_\n]{1,80}?)[ \t\u00a0]+о[ \t\u00a0]+том[ \t\u00a0]*,[ \t\u00a0]*что"
                         r"[ \t\u00a0]*$")
"""After the noun of someone's words («слова»), their owner in the genitive, then «о том, что» right before a quote:
the quote is those words."""
_OWNER_GAP = re.compile(r"(?:[ \t\u00a0]+(?!" + _RU_PREPOSITION + r"|(?:журналист|корреспондент)[а-яё]*(?:у|ам)"
                        r"(?![а-яё-]))[А-ЯЁа-яё-]+)*[ \t\u00a0]+")
"""Between the noun of someone's words and their owner: a role and its genitive words at most («министра транспорта
Соседии»), no preposition, no addressee."""
_NOT_GENITIVE_NAME = re.compile(r"[а-яё](?:у|ю|ом|ем|ым|им)$")
"""A Russian name ending in the dative or instrumental («Ивану Петрову», «Петровым»): not the owner of the words."""
_BODY_NOUN_ACCORDING = re.compile(r"(?<![а-яё])[Пп]о[ \t\u00a0]+(?:данным|словам|информации|оценке)[ \t\u00a0]+"
                                  r"(?P<noun>ведомства|министерства)(?![а-яё])")
""""По данным ведомства": a state body by its common noun alone (its name given before), as the source of what
follows."""
_PRESS_SERVICE = re.compile(r"[ \t\u00a0]+(?:в|во)[ \t\u00a0]+(?:пресс-служб[еы]|пресс-центре|ведомстве)"
                            r"(?:[ \t\u00a0]+(?P<noun>[а-яё]+))?")
"""After a Russian verb, the press service of a body named by its common noun ("— сообщили в пресс-службе
министерства"): the body named before speaks."""
_TAKES_OBJECT = re.compile(r"told|tells|telling|tell|asked|asks|asking|urged|urges|warned|warns|invited|invites"
                           r"|answered|answers|accused|accuses|called|calls|thanked|reminded|reminds")
"""English reporting verbs whose next noun is the one spoken to ("told the Gazette:"), never the speaker."""
_ROLE_WORDS = words("""governor mayor minister ambassador envoy president premier chancellor spokesman spokeswoman
spokesperson speaker chairman chairwoman chair secretary general admiral commander chief director leader""")
"""English roles that, alone before a verb ("the governor said:"), name a person named before with that role."""


_VOICE_ROLES = words("spokesperson spokesman spokeswoman spokespeople spokesmen representative official")
"""Roles whose holder, unnamed, speaks for the body named after them ("a spokesperson for the Ministry of
Defence")."""
_VOICE_FOR = re.compile(r"[ \t\u00a0]+(?:for|of|at|from)[ \t\u00a0]+")
_BODY_HEAD_NOUNS = _STATE_BODY_NOUNS | words("""secretariat department directorate inspectorate administration
authority board party alliance union movement coalition association federation group campaign company bureau
institute court navy army police guard coastguard""")
"""Common nouns a body's name ends in when the page writes it in lower case after its own name ("the Senate budget
committee", "the Compact secretariat")."""
_VOICED_NAME = re.compile(
    r"(?:(?:his|her|their|its|the)[ \t\u00a0]+[a-z][\w-]*(?:[ \t\u00a0]+[a-z][\w-]*)?[ \t\u00a0]*,[ \t\u00a0]*)?"
    r"(?:the[ \t\u00a0]+)?(?P<name>[A-Z][\w'’-]*(?:[ \t\u00a0]+(?:(?:of|for|and|the)[ \t\u00a0]+)*[A-Z][\w'’-]*)*)"
    r"(?P<tail>(?:[ \t\u00a0]+[a-z][\w-]*)?[ \t\u00a0]+(?:" + "|".join(sorted(_BODY_HEAD_NOUNS, key=len, reverse=True))
    + r")(?![\w'’-]))?")
_VOICED_NOUN = re.compile(r"the[ \t\u00a0]+(?P<noun>[a-z]+)(?![\w'’-])(?![ \t\u00a0]+(?:of|for)[ \t\u00a0])")
"""After "a spokesperson for": "the office", a body by its common noun alone (not "the office of ...")."""
"""After "a spokesperson for": the body's own capitalised words (after "the", or after a common noun and a comma:
"her party, the Fjord Alliance"), maybe finished by lower-case words ending in a body's noun ("Senate budget
committee")."""


@dataclass(frozen=True)
class _ShiftedRole:
    """A role word found at `start` (what `russian_role` reads of a role match)."""

    word: str
    start_at: int

    def group(self, name: str) -> str:
        return self.word

    def start(self, name: str) -> int:
        return self.start_at

    def end(self, name: str) -> int:
        return self.start_at + len(self.word)
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё-]+")
_RU_OBLIQUE_HEAD = re.compile(r"[А-ЯЁ][а-яё-]+(?:ии|ого|его|ых|их)")
"""A capitalised Russian word in an oblique case only (a noun in -ии, an adjective in -ого/-его/-ых/-их): "Варнии",
"Гаванского". No nominative, hence no subject, has this form."""


def _oblique_attribute(masked: str, m: Mention) -> bool:
    """Whether `m` is a Russian name in the genitive qualifying the lower-case noun right before it ("в делегации
    Варнии", "учениях Гаванского содружества"): an attribute, never the subject of the clause's verb (the subject of
    "Источник в делегации Варнии сообщил" is the unnamed source)."""
    first = m.text.split()[0] if m.text.split() else ""
    return bool(_RU_OBLIQUE_HEAD.fullmatch(first)) and bool(
        re.search(r"[а-яё][ \t\u00a0]+$", masked[max(0, m.start - 3):m.start]))


def _in_brackets(masked: str, m: Mention) -> bool:
    """Whether `m` stands alone in round brackets ("Mats Orre (Social Democrats)")."""
    return masked[m.start - 1:m.start] == "(" and masked[m.end:m.end + 1] == ")"


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Sen|Rep|Gov|Sir|Dame)\.?"
                        r"[ \t\u00a0]+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
"""A title before a name (Mr Zaric, Dr. Vell, Gen. Oster): the speaker is the person named after it."""

_CONF_RANK = {"high": 2, "medium": 1, "low": 0}


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    quotes: list[Quotation] = field(default_factory=list)


class Attributor:
    """Applies the attribution rules to every quotation of one article."""

    def named_elsewhere(self, q: Quotation) -> bool:
        """Capitalised words in marks (up to six, no sentence's stop) that the page prints elsewhere in marks as a
        name, whole or with a number after it ('учений «Фонарный дозор-27»' then '«Фонарный дозор» впервые
        использует'): the thing's name again, no words said (fresh28/f2818)."""
        quoted = self.text[q.start:q.end].strip(" ,.")
        parts = quoted.split()
        if not (1 <= len(parts) <= 6 and parts[0][:1].isupper() and not re.search(r"[.!?,;:…]", quoted)):
            return False
        folded = fold(quoted)
        return any(name == folded or (name.startswith(folded) and re.match(r"[ \t\u00a0-]*\d", name[len(folded):]))
                   for name in self.name_texts)

    def __init__(self, text: str, masked: str, cast: Cast, quotations: list[Quotation] | None = None,
                 body_start: int | None = None) -> None:
        self.text = text
        self.body_start = body_start or 0
        """Where the article's text begins (0 when unknown): the page's head (headline, standfirst, byline) is
        before it."""
        self.masked = masked
        self.cast = cast
        self.quoted = [(q.open_pos, q.close_pos) for q in quotations or []]
        self.names = {(q.open_pos, q.close_pos) for q in quotations or [] if _is_name_quoted(text, q)}
        self.name_texts = {fold(text[s:e]).strip(" ,.") for s, e in ((q.start, q.end) for q in quotations or []
                                                                     if (q.open_pos, q.close_pos) in self.names)}
        """The names the page prints in marks as names (`_is_name_quoted`), folded, read once."""
        first = len(text) - len(text.lstrip())
        line_end = text.find("\n", first)
        self.heading = text[first:line_end if line_end >= 0 else len(text)].strip()
        """The page's first line (its headline, or a body's name heading its own page); a body's name on one of its
        first three lines under a portal's brand ("GOV.LM" over "Lindmark Ministry of Defence") is the heading."""
        top = [line.strip() for line in text[first:first + 600].split("\n")[:4] if line.strip()][:3]
        self.heading = next((line for line in top if _is_body_name(line)), self.heading)
        self._word_counts: dict[str, int] | None = None
        self._org_index: dict[str, list[int]] | None = None
        self._office_holder: tuple[int, str] | None = None
        self._marked: list[tuple[int, str, str]] | None = None
        self._signed: list[tuple[int, int]] | None = None
        self._document: Attribution | None = None
        """The last document the page said was signed by two or more people, attributed to them."""
        self._document_at: tuple[int, int] = (-1, 0)
        """Where that document's sentence is: (its paragraph, the end of its signatories)."""
        self._named_at: dict[str, tuple[list[int], list[int]]] | None = None
        """Person -> (starts, ends) of the mentions naming or describing them (no pronoun), in page order; built once
        per page, so a pronoun finds its person's last mention without a walk back over the page's mentions."""
        self._unnamed_index: tuple[list[int], list[int], list[int], list[int]] | None = None
        """The masked page's unnamed persons (`_UNNAMED_PERSON`: starts, ends), its sentence ends and the ends of its
        words that report ("that", "whether"), found once per page for `_unnamed_between`."""
        self._sexes: dict[str, str] | None = None
        self._other_body_at: dict[str, int] = {}  # a body's noun's stem -> where another body of it is first named
        self._en_sexes: dict[str, str] | None = None
        self._stated: dict[str, str] | None = None
        """Person -> "m" or "f", read once per page from Russian past verbs next to their names (`sex_of`)."""
        self._sentence_breaks: list[int] | None = None
        self._page_persons: set[str] | None = None
        """The persons the page names (its name mentions), found once per page for `post_as_subject`."""
        """Where the masked page's sentences and lines end (a stop or a line break), found once per page."""
        self._own_body_names()

    def _own_body_names(self) -> None:
        """A body's own page, its full name heading it ("Varnian Ministry of Defence", "Ministry of Foreign Affairs
        of the Republic of Varnia"): an organisation the page names by the first or the last words of that name
        ("A Ministry of Defence spokesperson said") is that body, and speaks under the full name."""
        words_ = self.heading.split()
        if not _is_body_name(self.heading):
            return
        full = fold(self.heading)
        initials = "".join(w[:1] for w in words_).upper()
        # the words of the other bodies the page names ("The Sorvian Ministry of Defence", «МИД Сорвии»): a name with
        # a word neither the heading's (in any case: «МИД Варнии» under "... Республики Варния") nor its initials
        stems = {w[:5] for w in full.split()}
        others = {w for cand in self.cast.stubs.values() if cand.kind == "organisation" and len(cand.name.split()) >= 2
                  and any(w[:5] not in stems and not fold(initials).startswith(w) for w in fold(cand.name).split())
                  for w in fold(cand.name).split()}
        for key, cand in list(self.cast.stubs.items()):
            name = fold(cand.name)
            # (and the body's noun alone, "the Ministry said", or its initials, «— говорится в сообщении МИД» under
            # "Министерство иностранных дел Республики Варния": the page's own body, unless the page names another
            # body by that noun or those initials: "The Sorvian Ministry of Defence ... the Ministry said")
            alone = len(name.split()) == 1 and name not in others and (
                (_BODY_HEADING.fullmatch(cand.name) is not None and name in full.split())
                or (cand.name.isupper() and len(cand.name) >= 2 and initials.startswith(cand.name)))
            if cand.kind == "organisation" and name != full and (alone or (len(name.split()) >= 2 and (
                    full.startswith(name + " ") or full.endswith(" " + name)))):
                self.cast.stubs[key] = Candidate(key, self.heading, cand.kind, cand.nationality, cand.affiliation,
                                                 cand.role)

    def printed(self, word: str) -> int:
        """How often the page prints `word` as a whole word (not inside another word, nor with an apostrophe on
        either side): the page's words are counted once, so a transcript of thousands of labels stays linear."""
        if self._word_counts is None:
            self._word_counts = {}
            for w in re.finditer(r"[\w'’]+", self.text):
                self._word_counts[w.group(0)] = self._word_counts.get(w.group(0), 0) + 1
        if re.fullmatch(r"[\w'’]+", word):
            return self._word_counts.get(word, 0)
        return len(re.findall(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", self.text))

    # -- mentions ------------------------------------------------------------------------------------
    def mention_starting(self, pos: int, limit: int) -> Mention | None:
        """The mention that begins at `pos` (after blanks), or a capitalised word there taken as a new name."""
        while pos < limit and self.masked[pos] in " \t\n\u00a0":
            pos += 1
        honorific = _HONORIFIC.match(self.masked, pos, limit)
        if honorific:  # "Mr Zaric said", "Dr. Vell said": the name after the title
            pos = honorific.end()
        at = []
        for i in range(self.cast.first_from(pos), len(self.cast.mentions)):
            m = self.cast.mentions[i]
            if m.start > pos:
                break
            if m.start == pos and m.end <= limit:
                at.append(m)
        if at:  # "Kessel's transport ministry" rather than "Kessel" at the same place
            return max(at, key=lambda m: m.end)
        return self._word_as_name(re.match(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w’'-]*", self.masked[pos:limit]), pos)

    def mention_ending(self, pos: int, floor: int) -> Mention | None:
        """The mention that ends at `pos` (before blanks)."""
        while pos > floor and self.masked[pos - 1] in " \t\n\u00a0":
            pos -= 1
        for m in self.cast.between(floor, pos):
            if m.end == pos:
                return m
        word = re.search(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w’'-]*$", self.masked[floor:pos])
        return self._word_as_name(word, floor)

    def _word_as_name(self, match: re.Match[str] | None, offset: int) -> Mention | None:
        if match is None:
            return None
        word = match.group(0)
        if word.endswith(("s'", "s’")):
            return None  # "the Greens' leader": a plural possessive is never the speaker
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        end = match.start() + offset + len(word)
        # Not a person: common and role words, months and weekdays ("October"), countries and demonyms
        # ("Moldova"), the first word of a named day ("Unity Day"), acronyms.
        if (fold(word) in _NOT_NAME_WORDS or fold(word) in _MONTHS_DAYS or word in self.cast.not_names
                or is_acronym(word) or len(word) < 3 or re.match(r"\s+Day\b", self.masked[end:end + 5])):
            return None
        start = match.start() + offset
        if _CYRILLIC_WORD.fullmatch(word) and re.search(r"(?<![а-яё])(?:в|во|на|из|под|над|при|через|до|около"
                                                        r"|возле|у)\s+(?:[А-ЯЁ][а-яё-]+\s+(?:и|или)\s+)?$",
                                                        self.masked[max(0, start - 30):start], re.IGNORECASE):
            return None  # "политики в Вальмонте и Астрели говорят": places after a preposition, not people
        if _CYRILLIC_WORD.fullmatch(word) and word.lower() in _RU_KIN_WORDS and re.search(
                r"(?:^|[.!?…][ \t\u00a0]+|\n[ \t\u00a0]*)$", self.masked[max(0, start - 3):start]) and not any(
                k.endswith("-" + loose(skeleton(word))) or k == "stub:" + loose(skeleton(word))
                for k in self.cast.stubs):
            # "Сват говорит: «...»": a word of kinship or company (a closed class) opening its sentence, which names
            # no one the page names, has only the sentence's capital: no name (round 29c, f2820). Not any word
            # printed once: a surname met before in another case («с Иваном Петровым. Петров заявил»), «Макрон
            # заявил», «Минобороны сообщило» are names (review of round 29c, F3)
            return None
        body = organisation_by_short_form(self.cast, word)
        if body is not None:
            # "the Compact said" on a page naming the Harbour Compact: the organisation by its last word
            return Mention(start, end, word, "name", body.actor)
        key = "stub:" + loose(skeleton(word))
        if key not in self.cast.stubs and _CYRILLIC_WORD.fullmatch(word):
            # "По словам Бруна" after "генерал Аксель Брун": the surname in another case is the person met
            for form in (_male_nominative(word), _female_nominative(word, surname=True)):
                other = "stub:" + loose(skeleton(form))
                if other in self.cast.stubs:
                    key = other
                    break
        if key not in self.cast.stubs:
            known = next((k for k in self.cast.stubs if k.endswith("-" + loose(skeleton(word)))), None)
            if known is None:
                self.cast.stubs[key] = Candidate(key, word, "person", None, None, None)
            else:
                key = known
        spellings = self.cast.spellings.setdefault(key, [])
        if word not in spellings:
            spellings.append(word)
        start = match.start() + offset
        return Mention(start, start + len(word), word, "new_name", key)

    def speaker_at(self, pos: int, limit: int) -> Mention | None:
        """The speaker named at `pos`: a mention there, or after a few lower-case words ("bloc spokesman Ivan
        Dorokhov"); an organisation or role right before a person's name stands for that person ("официальный
        представитель МИД Иван Дорохов")."""
        who = self._person_after_place(self.mention_starting(pos, limit), limit)
        poss = re.match(r"[ \t\u00a0]*[A-ZÀ-ÖØ-ÞА-ЯЁ][\w-]*['’]s[ \t\u00a0]+", self.masked[pos:limit])
        if poss and (who is None or who.kind == "new_name"):
            # "Varnia's Transport Minister Jan Oberg said": the name after the possessive (never a run that
            # swallowed it, "Varnia's Transport")
            owned = self.mention_starting(pos + poss.end(), limit)
            if owned is not None and owned.kind in ("name", "new_name") and self.cast.is_person(owned.actor or ""):
                who = owned
        if who is not None and (re.match(r"['’]s\b", self.masked[who.end:who.end + 3]) or (
                who.text.endswith("s") and re.match(r"['’](?![\w'’])", self.masked[who.end:who.end + 2]))):
            # "Kessel's transport minister, Egon Falk, said", "the Greens' leader, Mira Holt, told": a possessive
            # is never the speaker; the words it qualifies are (a role, then the name in apposition)
            mark = 2 if re.match(r"['’]s\b", self.masked[who.end:who.end + 3]) else 1
            after = self.cast.between(who.end + mark, limit)[:1]
            who = after[0] if after and len(self.masked[who.end + mark:after[0].start].split()) <= 4 else None
            if who is None:
                return None
        at = pos
        for n in range(8) if who is None else ():
            if n >= 4 and not _RU_GENITIVE_CHAIN.fullmatch(self.masked[pos:at]):
                # past four words only a Russian role's genitive chain, no preposition or conjunction in it
                # ("— сказала журналистам командир патрульного корабля береговой охраны Кесселя Сигрид Хольт"):
                # "— сказал после встречи с министром Иваном Петровым" names no speaker
                break
            # lower-case words, or a plural possessive ("the Greens' leader, Mira Holt"), or a name in marks (the
            # masked addressee of "— сказал «Вестнику» рыбак Петр Ануфриев"), or a capitalised Russian word that
            # names no one (a body or a place in the genitive: "— заявил председатель Сената Арман Токбаев")
            # (and a lower-case owner in the possessive: "the ministry's spokesman, Pavel Strunin")
            skip = re.match(r"[ \t\u00a0]*(?:[a-z][\w-]*['’]s|[a-zа-яё][\w-]*|[A-ZА-ЯЁ][\w-]*s['’]"
                            r"|[«\"“„]?_+[»\"”“]?|[А-ЯЁ][а-яё-]+|(?P<title>[A-Z][a-z-]+)"
                            r"|[A-Z][A-Z0-9]{1,5}(?=[ \t\u00a0]+[a-z]))[ \t\u00a0]+",
                            self.masked[at:limit])
            if skip is None or (skip.group("title") and fold(skip.group("title")) not in _NOT_NAME_WORDS):
                # (a capitalised title's word may stand before the name: "said Harbour Master Gunnar Velt", '"...,"
                # Deputy Minister Oskar Brenn said'; any other capitalised word ends the search)
                # (and a body's initials before a lower-case role: "said VDU general secretary Bruno Salt", round 27a)
                break
            at += skip.end()
            if self.masked[at:at + 1].isupper() and _PREPOSITION_BEFORE.search(self.masked, max(pos, at - 12), at):
                break  # "on her way out of Corvane", "после совещания в правительстве": a place, no speaker
            who = self._person_after_place(self.mention_starting(at, limit), limit)
            place = _RU_PREPOSITION_NOUN.search(self.masked, max(pos, at - 30), at)
            if who is not None and who.kind == "new_name" and " " not in who.text and who not in self.cast.mentions \
                    and place is not None and _SUBJECT_BEFORE_PLACE.search(self.masked, pos, place.start()) and not any(
                        " " in form for form in self.cast.spellings.get(who.actor or "", [])) and (
                    self._last_named(who.actor or "", at) is None):
                # (a surname the page named a person by before, «Министр Петров», stays that person: review of
                # round 29c, F6; and the word is a place only when the verb has another subject before the
                # preposition, «пенсионерка из деревни Лейдо»: «— сказал в порту Петров» is Петров's, its second
                # review, F6)
                # "— рассказала пенсионерка из деревни Лейдо": one capitalised word the page names no one with,
                # after a preposition and its noun, is that noun's name (a place), not the speaker (round 29c, f2814)
                who = None
                break
            if who is not None:
                who = None if who.kind == "pronoun" else self._past_genitive(who, limit)
                if who is not None and _CYRILLIC_WORD.fullmatch(who.text):
                    # "— сказал губернатор Аскинской области Виктор Ранк": a place's adjective and its lower-case
                    # noun ("Аскинской области") qualify the role; the person named after them speaks
                    noun = re.match(r"[ \t\u00a0]+(?:[а-яё-]+[ \t\u00a0]+){1,2}", self.masked[who.end:limit])
                    person = noun and self.mention_starting(who.end + noun.end(), limit)
                    if person and person.kind in ("name", "new_name") and self.cast.is_person(person.actor or ""):
                        who = person
                    elif noun and re.fullmatch(r"[А-ЯЁ][а-яё-]+(?:ской|цкой|ского|цкого|ии)", who.text):
                        who = None  # "— сказал губернатор Аскинской области.": the place is no speaker
                if who is not None and n >= 4 and self._declined(who):
                    # past four words, a name printed in another case than its own is the last link of the
                    # genitive chain, the owner of the speaker's tie ("— сказала ... жена капитана парома Ивана
                    # Петрова"): the speaker is the unnamed head of the chain
                    who = None
                break
        if who is not None and who.kind != "pronoun" and (
            who.kind == "descriptor" or not self.cast.is_person(who.actor or "")
        ):
            gap = re.match(r"[ \t\u00a0]*(?:[a-zа-яё][\w-]*[ \t\u00a0]+){0,3}", self.masked[who.end:limit])
            # (never past a verb: "Kessel's transport ministry wrote on Telegram" is the ministry)
            reach = who.end + (gap.end() if gap else 0)
            # (a mention the lower-case words run into is that mention: "for the Oskby Port Authority" is the body
            # "the Oskby Port Authority", not a person "Oskby")
            covering = next((m for m in self.cast.following(who.end, 3) if who.end <= m.start < reach < m.end), None)
            nxt = None if gap and _VERB.search(gap.group(0)) else covering or self._person_after_place(
                self.mention_starting(reach, limit), limit)
            if nxt is not None:
                nxt = self._past_genitive(nxt, limit)
            if nxt is not None and nxt.kind in ("name", "new_name") and self.cast.is_person(nxt.actor or ""):
                return nxt
        return who

    def _person_after_place(self, who: Mention | None, limit: int) -> Mention | None:
        """"Lindmark Defence Minister Sigrid Aalto told", "Brenn Transport Minister Hella Markstrom", "Speaker of the
        Landsraad Eva Tollan noted": a place's or a body's name before the role and the name of a person the cast
        found after it (or overlapping it, when the place and the role's first word read as a name) qualifies that
        person, and is no speaker itself."""
        if who is None or who.kind != "new_name":
            return who
        nxt = next((m for m in self.cast.following(who.start + 1, 3)
                    if m.end > who.end and m.end <= limit and m.kind in ("name", "new_name")
                    and self.cast.is_person(m.actor or "")
                    and re.fullmatch(r"[ \t\u00a0]*", self.masked[min(who.end, m.start):m.start])
                    and (m.start < who.end or " " not in who.text)), None)
        if nxt is not None and " " in nxt.text[max(0, who.end - nxt.start):].strip():
            return nxt
        return who

    def trailing_attribution(self, pos: int, end: int) -> Attribution | None:
        """The speaker a sentence names at its end, after a comma, when the quote stands inside the clause before
        it ('Ardesh now stands "outside of" the Compact, Averin said on Wednesday.', '... the Compact, said
        Averin.', «Ардеш стоит «вне пакта», заявил Аверин.»): a person's name and a verb of saying in either order,
        then nothing but adverbials to the sentence's end. None when the words between the quote and the comma
        hold a verb of saying or another quotation, or when no person is named there."""
        masked = self.masked
        stop = re.search(r"[ \t\u00a0]*[.!?…]*[ \t\u00a0]*$", masked[pos:end])
        body_end = pos + stop.start() if stop else end
        comma = masked.rfind(",", pos, body_end)
        if comma >= 0 and re.match(r"[ \t\u00a0]*(?:according[ \t\u00a0]+to|citing|as[ \t\u00a0]+reported[ \t\u00a0]+by"
                                   r"|(?:со[ \t\u00a0]+)?ссылкой[ \t\u00a0]+на|передает|сообщает)[ \t\u00a0]",
                                   masked[comma + 1:body_end]):
            # (', according to Varnian state media.': the report's source after the speaker's verb, fresh39/f3906)
            body_end = comma
            comma = masked.rfind(",", pos, body_end)
        if comma < 0 or not re.search(r"\w", masked[pos:comma]) or _ANY_VERB.search(masked, pos, comma) or (
                _VERB.search(masked, pos, comma)) or re.search(r"[\"“”«»„_]", masked[pos:comma]):
            return None
        start = comma + 1
        blanks = re.match(r"[ \t\u00a0]*", masked[start:body_end])
        verb = _VERB.match(masked, start + (blanks.end() if blanks else 0), body_end)
        who = None
        if verb and verb_class(verb.group(0)) == "speech":
            who = self.speaker_at(verb.end(), body_end)  # ", said Averin."
            rest = who.end if who is not None else body_end
        else:
            who = self.speaker_at(start, body_end)  # ", Averin said on Wednesday."
            tail = re.match(_AUX + r"[ \t\u00a0]+", masked[who.end:body_end]) if who is not None else None
            verb = _VERB.match(masked, who.end + tail.end(), body_end) if who is not None and tail else None
            if not (verb and verb_class(verb.group(0)) == "speech"):
                return None
            rest = verb.end()
        if who is None or who.kind not in ("name", "new_name") or not self.cast.is_person(who.actor or ""):
            return None
        if re.search(r"(?<![\w'’])(?:that|что|as|how|как)(?![\w'’])|[,;:]", masked[rest:body_end]):
            return None  # (', Averin said, adding that ...': another clause follows)
        att = self._make([who], "after: the clause, then its speaker and verb at the sentence's end",
                         self.text[start:body_end].strip(), who)
        att.confidence = "medium"
        return att

    def clause_final_subject(self, start: int, limit: int) -> Mention | None:
        """The person who ends a Russian clause after its speech verb, past the words that say to whom, when and where
        («"...", - заявил журналистам по итогам встречи министров пакта Ведерников.»): Russian puts the subject of
        an inverted verb last. Only a person's name the page prints in the nominative (never «с министром Иваном
        Петровым», whose instrumental names a companion), with no other person, comma, mark or verb between, and
        nothing after it but the clause's stop; None otherwise."""
        stop = re.search(r"[.;!?…]|$", self.masked[start:limit])
        end = start + stop.start() if stop else limit
        span = self.masked[start:end]
        if re.search(r"[,:«»\"“”„()—–_]", span) or len(span.split()) > 12:
            return None
        closing = re.search(r"(?:[А-ЯЁ][а-яё-]+[ \t\u00a0]+){0,2}[А-ЯЁ][а-яё-]+[ \t\u00a0]*$", span)
        if closing is None:
            return None
        last = None
        for word in re.finditer(r"[А-ЯЁ][а-яё-]+", closing.group(0)):
            found = self.mention_starting(start + closing.start() + word.start(), end)
            if found is not None and not self.masked[found.end:end].strip():
                last = found
                break
        if last is None or last.kind not in ("name", "new_name") or not self.cast.is_person(last.actor or "") or any(
                self.cast.is_person(m.actor or "") for m in self.cast.between(start, last.start)):
            return None
        if not all(can_be_nominative(w) for w in _CYRILLIC_WORD.findall(last.text)) or self._declined(last) or (
                _RU_PREPOSITION_NOUN.search(self.masked, max(start, last.start - 30), last.start)):
            return None  # (nor a place's name after its noun, «— рассказала пенсионерка из деревни Лейдо»)
        between = self.masked[start:last.start]
        if russian_finite_verb(between):
            return None
        return last

    def _declined(self, who: Mention) -> bool:
        """Whether a person's name is printed in another case than the cast's name for them ("Ивана Петрова" for
        "Иван Петров"): a word of the printed name that is no word of the cast's."""
        cand = self.cast.candidates.get(who.actor or "") or self.cast.stubs.get(who.actor or "")
        if cand is None or cand.kind != "person":
            return False
        own = {fold(w) for w in cand.name.split()}
        return any(fold(w) not in own for w in who.text.split())

    def _past_genitive(self, who: Mention, limit: int) -> Mention:
        """"официальный представитель МИД Кесселя Эльза Дорн": a capitalised Russian word that is no name of the
        cast (a place or a body in the genitive) between a role and a name is not the speaker; the name after it
        is."""
        if who in self.cast.mentions or not _CYRILLIC_WORD.fullmatch(who.text):
            return who
        nxt = self.mention_starting(who.end, limit)
        if nxt is not None and nxt in self.cast.mentions and nxt.kind in ("name", "new_name") and (
            self.cast.is_person(nxt.actor or "")
        ):
            return nxt
        return who

    def _quoted_person(self, start: int, end: int, before: int) -> Mention | None:
        """The person a reporter quotes between `start` and `end` ("цитирует Варпресс заместителя министра Олега
        Сандера", "quoted Holm's deputy, Tor Ness, as saying"): the last person named there with two words or
        named before (a one-word name met for the first time is the agency or the paper), or the first one an
        apposition describes ("quoted Dana Kiric, a spokeswoman for Volkov, as saying")."""
        seen = {actor for _, actor in self.cast.iter_persons_before(before)}
        surnames: dict[str, str] = {}
        for actor in seen:
            cand = self.cast.candidates.get(actor) or self.cast.stubs.get(actor)
            if cand is not None and len(skeleton(cand.name.split()[-1])) >= 3:
                surnames[skeleton(cand.name.split()[-1])] = actor

        def met_before(m: Mention) -> bool:
            return m.actor in seen or any(skeleton(m.text).startswith(sk) for sk in surnames)

        def as_met(m: Mention) -> Mention:  # "Колба" after "Ян Колб": the same person, in another case
            if m.actor in seen or " " in m.text.strip():
                return m
            actor = next(a for sk, a in surnames.items() if skeleton(m.text).startswith(sk))
            return Mention(m.start, m.end, m.text, "name", actor)

        found: list[Mention] = []
        for word in re.finditer(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞА-ЯЁ]", self.masked[start:end]):
            m = self.mention_starting(start + word.start(), end)
            if m is not None and m not in found and not any(f.start <= m.start < f.end for f in found):
                found.append(m)
        people = [m for m in found if m.kind in ("name", "new_name")
                  and self.cast.is_person(m.actor or "") and not re.match(r"['’]s\b", self.masked[m.end:m.end + 3])
                  and (" " in m.text.strip() or met_before(m))]
        for person in people[:-1]:
            if re.match(r"[ \t\u00a0]*,[ \t\u00a0]+(?:(?:a|an|the|his|her|their)[ \t\u00a0]+)?[a-z]",
                        self.masked[person.end:end]):
                # "quoted Dana Kiric, a spokeswoman for Volkov, as saying": the one quoted is the name the
                # apposition describes, not the one inside it (fresh39/f3907; the issue's kind 6)
                return as_met(person)
        return as_met(people[-1]) if people else None

    def role_before(self, verb_start: int, floor: int, before: int, basis_end: int) -> Attribution | None:
        """"the governor said: '...'", "посол сказала: «...»": a role right before the verb names the last person
        named before with that role in apposition."""
        role = re.search(r"(?:^|\s)(?:the\s+)?(?P<role>[a-zа-яёA-ZА-ЯЁ][\w-]+)(?:\s+(?:также|тоже|еще|ещё|затем|вновь"
                         r"|уже|тогда|also|then|later|again))?\s*$", self.masked[floor:verb_start])
        if role is None:
            return None
        word = role.group("role").lower()
        if word not in _ROLE_WORDS and not _RU_ROLE.fullmatch(" " + word):
            return None
        start = floor + role.start("role")
        shifted = _ShiftedRole(word, start)
        return self.russian_role(shifted, before, self.text[start:basis_end].rstrip(" ,:;"))

    def role_after_body(self, body: Mention, verb_start: int, before: int) -> Attribution | None:
        """"The Compact Secretary General stressed", "the Kessel defence minister said": a body's name that only
        qualifies a role after it, the role then the verb, names the person the page gave that role before ("Kasimir
        Lenz, the Compact Secretary General,", fresh39/f3903), the last one named before who fits it; None when the
        body's name is no such qualifier or a spokesman's role; no one (low) when no one fits, for the body does not
        speak then either."""
        if body.kind != "name" or self.cast.is_person(body.actor or ""):
            return None
        tail = re.fullmatch(r"(?:['’]s)?[ \t\u00a0]+(?P<role>(?:[A-Za-z][\w-]*[ \t\u00a0]+){0,2}[A-Za-z][\w-]*)"
                            + _AUX + r"[ \t\u00a0]*", self.masked[body.end:verb_start])
        if tail is None or tail.group("role").split()[-1].lower() not in _ROLE_WORDS:
            return None
        role = " ".join(tail.group("role").lower().split())
        for n, (_, actor_id) in enumerate(self.cast.iter_persons_before(body.start)):
            if n >= 20:
                break
            cand = self.cast.candidates.get(actor_id) or self.cast.stubs.get(actor_id)
            has_role = bool(self.cast.text_roles.get(actor_id)) or bool(cand is not None and cand.role)
            if has_role and self.cast.fits(actor_id, role, None):
                mention = Mention(body.start, body.end + tail.end("role"),
                                  self.text[body.start:body.end + tail.end("role")], "name", actor_id)
                att = self._make([mention], "before: a body's role, its holder named before",
                                 self.text[body.start:before].rstrip(" ,:;"), mention)
                att.confidence = "medium"
                return att
        if role.split()[-1] in _VOICE_ROLES:
            return None  # ("the Compact spokesman said": the body's voice, which the body's rules give the body)
        return Attribution([], "low", " ".join(self.text[body.start:body.end + tail.end("role")].split()),
                           "before: a body's role, no holder named",
                           "the words are the holder's of a role the page gives no name: no one to name")

    def holder_of_body_role(self, body: Mention, floor: int, before: int) -> Attribution | None:
        """"Глава МИД Линдмарка сказал", "the head of the ministry said": a role word right before a body's name
        that is the verb's subject names the person the page gave that role with that body before ("глава МИД
        Линдмарка Йонас Хильд"), one of the last twenty persons; None when no one was (the body speaks then)."""
        # ("глава линдмаркского МИД": the body's place as an adjective between the role and the body)
        role = re.search(r"(?:^|\s)(?P<role>[a-zа-яёA-ZА-ЯЁ][\w-]+)[ \t\u00a0]+"
                         r"(?:of[ \t\u00a0]+(?:the[ \t\u00a0]+)?|(?P<place>[а-яё]{3,}?)(?:ск|цк)(?:ого|ой|ому|им|ом)"
                         r"[ \t\u00a0]+)?$", self.masked[floor:body.start])
        if role is None:
            return None
        word = role.group("role").lower()
        if word not in _ROLE_WORDS and word not in ("head", "глава") and not _RU_ROLE.fullmatch(" " + word):
            return None
        phrase = " ".join((word + " " + self.masked[floor + role.end("role"):body.end]).lower().split())
        # "глава линдмаркского МИД" after "главой МИД Линдмарка Элисе Варг": the role's stem, the body and the
        # place's stem, each in the holder's apposition, in whatever case the page gave it there
        # (the adjective's soft sign is no part of the place's stem: "кессельского" after "Кесселя")
        place = (role.group("place") or "").rstrip("ь")
        stems = [word[:4], self.masked[body.start:body.end].lower(), place] if place else []
        for n, (start, actor_id) in enumerate(self.cast.iter_persons_before(floor + role.start("role"))):
            if n >= 20:
                break
            apposition = re.split(r"[.!?;\n]", self.masked[max(0, start - 80):start].lower())[-1]
            # (the role's stem heads the apposition: no role word right before it, "Заместитель главы МИД
            # Линдмарка Ола Берг" is the deputy, not the head; review of round 26)
            head = re.search(r"(?<![а-яё])" + re.escape(stems[0]), apposition) if stems else None
            prior = re.search(r"([а-яё-]+)[ \t\u00a0]+$", apposition[:head.start()]) if head is not None else None
            governed = prior is not None and (prior.group(1) in _ROLE_WORDS or bool(
                _RU_ROLE.fullmatch(" " + prior.group(1))))
            if phrase in " ".join(apposition.split()) or (head is not None and not governed and all(
                    re.search(r"(?<![а-яё])" + re.escape(stem), apposition) for stem in stems[1:])):
                mention = Mention(floor + role.start("role"), body.end, self.text[floor + role.start("role"):body.end],
                                  "name", actor_id)
                att = self._make([mention], "before: role of a body, its holder named before",
                                 self.text[mention.start:before].rstrip(" ,:;"), mention)
                att.confidence = "medium"
                return att
        return None

    def _named_before_in_full(self, subject: Mention, before: int) -> Mention | None:
        """When `subject` is one word, a first name or a surname alone («Игорь»), the mention of one of the last five
        persons named before `before` whose name has that word («Игорь Сарн»); else None."""
        if subject.kind not in ("name", "new_name") or len(subject.text.split()) != 1:
            return None
        for count, (pos, actor) in enumerate(self.cast.iter_persons_before(before)):
            if count == 5:
                break
            if actor == subject.actor:
                return None
            mention = next((m for m in self.cast.between(pos, before) if m.start == pos), None)
            if mention is not None and len(mention.text.split()) > 1 and subject.text in mention.text.split():
                return mention
        return None

    def _noun_for_someone_before(self, subject: str, before: int) -> bool:
        """Whether the common noun that opens `subject` («собеседник», «капитан из Мирска») is one the page has
        used for a person named before `before`: an interlocutor («собеседник», «собеседница») is always the
        person just quoted, and a noun in the words right before one of the last few persons named («капитан
        буксира Игорь Сарн») is that person's role (review of round 28c, F2). Looks at three mentions at most."""
        nouns = [w for w in re.findall(r"[а-яё]{4,}", subject.split(" из ")[0].split(" с ")[0])]
        if not nouns:
            return False
        if any(n.startswith("собеседни") for n in nouns):
            return True
        stems = {n[:max(4, len(n) - 2)] for n in nouns}
        for count, (pos, _actor) in enumerate(self.cast.iter_persons_before(before)):
            if count == 3:
                break
            if any(stem in self.text[max(0, pos - 60):pos].lower() for stem in stems):
                return True
        return False

    def russian_role(self, role: re.Match[str] | _ShiftedRole, before: int, basis: str) -> Attribution | None:
        """«...», — сказала министр: the last person named before the quote with that role in apposition
        ("Министр финансов Варнии Ирма Вальд")."""
        stems = [role.group("role").lower()[:6]]
        phrase = role.group(0) if isinstance(role, re.Match) else role.word
        for pattern, also in _ROLE_SYNONYMS:
            if re.search(pattern, phrase, re.IGNORECASE):
                stems = list(also)  # "глава кессельской дипломатии" is the foreign minister
        # (the verb's gender, "— добавил министр", rules out a person the page writes as the other: "сказала Ортис")
        verb = re.search(_RU_PAST + r"[ \t\u00a0]+(?:_+[ \t\u00a0]+)?$",
                         self.masked[max(0, role.start("role") - 30):role.start("role")])
        sex = {"л": "m", "ла": "f"}.get(verb.group("g")) if verb else None
        for n, (start, actor_id) in enumerate(self.cast.iter_persons_before(before)):
            if n >= 20:
                break
            if sex is not None and self.known_sex(actor_id) not in (None, sex):
                continue
            apposition = self.masked[max(0, start - 60):start].lower()
            # (the apposition ends at a clause's edge: in "Официальный представитель напомнила, что министр обороны
            # Линдмарка Йенс Оберг" the role before the comma is the subject's, not Oberg's)
            apposition = re.split(r"[.!?;\n:«»_]|,[ \t\u00a0]*(?:что|чтобы|как|that)(?![\w'’])", apposition)[-1]
            if any(stem in apposition for stem in stems):
                mention = Mention(role.start("role"), role.end("role"), role.group("role"), "name", actor_id)
                att = self._make([mention], "after: verb, role of a person named before", basis, mention)
                att.confidence = "medium"
                return att
        holder = self.office_holder(stems, before)
        if holder is not None:
            mention = Mention(role.start("role"), role.end("role"), role.group("role"), "name", holder)
            att = self._make([mention], "after: verb, role of the office whose site the page is", basis, mention)
            att.confidence = "medium"
            return att
        return None

    def office_holder(self, stems: list[str], before: int) -> str | None:
        """«...», — отметил Президент. on an office's own site (its masthead, the page's first line, "Президент
        Сорвийской Республики", begins with the role): the person the page names first, as the subject of a
        past-tense verb («Егор Дранов провел ...»), before `before`; None on any other page or when the first person
        named is not a verb's subject. Found once per page (the first person), so a page stays linear."""
        masthead = self.text.lstrip().split("\n", 1)[0].strip().lower()
        if not masthead or not any(masthead.startswith(stem) for stem in stems) or re.search(_RU_PAST, masthead):
            # (a headline with a verb, «Президент Вельмарии прилетел в Кессель», is a news page about the office,
            # not the office's own masthead; review of round 27)
            return None
        if self._office_holder is None:
            first = next((m for m in self.cast.mentions if m.kind in ("name", "new_name") and m.actor
                          and self.cast.is_person(m.actor)), None)
            self._office_holder = (first.start, first.actor or "") if first is not None and _SUBJECT_VERB.match(
                self.masked, first.end) else (-1, "")
        start, actor_id = self._office_holder
        # (the first person given another role in apposition, «Премьер-министр Кесселя Иван Рест», «Журналист Олег
        # Март», holds that role, not the office)
        apposition = re.split(r"[.!?;\n:«»]", self.masked[max(0, start - 60):max(0, start)])[-1]
        other = [r.group(0).lower()[:6] for r in _ROLE_WORD.finditer(apposition)]
        if any(word not in stems for word in other):
            return None
        return actor_id if 0 <= start < before and actor_id else None

    def _organisations(self) -> dict[str, list[int]]:
        """The page's organisations indexed once (built on first use): a key -> the sorted indices into
        `cast.mentions` of the organisation names it fits. Keys: "" (any organisation), "end:" + the folded last
        word of its name, "noun:" + the common noun its apposition gave it (`Cast.org_nouns`), "generic" (a body
        with a name of its own that a generic noun can stand for), "first:" + each prefix of one to six letters of
        the first word of its name (lower case), "office" (a state body "ведомство" can stand for). The look-ups
        before a position bisect these lists, so a page of thousands of quotes never walks back to its top once per
        quote."""
        if self._org_index is None:
            index: dict[str, list[int]] = {}
            for i, m in enumerate(self.cast.mentions):
                cand = self.cast.candidates.get(m.actor or "") or self.cast.stubs.get(m.actor or "")
                if m.kind != "name" or cand is None or cand.kind != "organisation":
                    continue
                keys = {"", "end:" + " ".join(fold(cand.name).split()[-1:])}
                if m.actor in self.cast.org_nouns:
                    keys.add("noun:" + self.cast.org_nouns[m.actor or ""])
                if not (set(fold(cand.name).split()) & _STATE_BODY_NOUNS) and cand.name[:1].isupper() and (
                        "'" not in cand.name and "’" not in cand.name):
                    keys.add("generic")
                first = cand.name.lower().split()[:1]
                head = _RU_ADJECTIVE_HEAD.match(cand.name)
                if head:
                    # "Окружной суд Нурдбю" is "суд" ("В решении суда"): a Russian body's noun after its adjective
                    keys.add("head:" + head.group("noun")[:3])
                    if head.group("noun")[:4] in ("служ", "охра"):
                        keys.add("office")  # "Береговая охрана Варнии" is the "ведомство" ("По данным ведомства")
                if first:
                    keys.update("first:" + first[0][:k] for k in range(1, min(6, len(first[0])) + 1))
                    if first[0] in _STATE_BODY_NOUNS or first[0][:6] in {
                            "минист", "агентс", "служба", "правит", "посоль", "ведомс", "департ"}:
                        keys.add("office")
                for key in keys:
                    index.setdefault(key, []).append(i)
            self._org_index = index
        return self._org_index

    def _last_organisation_by(self, pos: int, *keys: str) -> Mention | None:
        """The last organisation named before `pos` (starting before it) that the index files under any of
        `keys`."""
        first = self.cast.first_from(pos)
        last = -1
        for key in keys:
            found = self._organisations().get(key, [])
            i = bisect.bisect_left(found, first) - 1
            if i >= 0:
                last = max(last, found[i])
        return self.cast.mentions[last] if last >= 0 else None

    def organisation_for(self, body: str, pos: int) -> Mention:
        """"the secretariat", "the ministry": the last organisation named before `pos` whose name ends with that
        word ("Varnia's interior ministry"), else a body of that name (indexed once per page)."""
        word = fold(body)
        named = self._last_organisation_by(pos, "end:" + word, "noun:" + word)
        if named is not None:
            return named
        if word in _GENERIC_BODIES:
            # "The Harbour Compact declined ... 'the alliance said'": a generic noun stands for the last body
            # named by a name of its own before (not a ministry or an agency, which have their own nouns)
            generic = self._last_organisation_by(pos, "generic")
            if generic is not None:
                return generic
        key = self.cast.organisation(body, body.lower())
        return Mention(pos, pos, body, "name", key)

    def common_body(self, noun: str | None, pos: int) -> Mention | None:
        """The body a Russian common noun stands for ("министерства", "ведомство", "ведомства"): the last
        organisation named before `pos` whose name begins with that noun, or for "ведомство" (any office) the
        last state body (indexed once per page)."""
        stem = (noun or "ведомство").lower()[:6]
        # (a ministry may be named by its initials: "министерство" after "МИД Сорвии" is that ministry)
        return self._last_organisation_by(pos, "first:" + stem, *(["office"] if stem == "ведомс" else []),
                                          *(["first:мид"] if stem == "минист" else []))

    def possessed_body(self, m: Mention) -> Mention:
        """A body by its initials alone after a possessive pronoun («А вот в Корвении уже празднуют — их МИД
        написал»): the body of the place the line names last before it after a preposition, a stub named «МИД
        Корвении» (fresh28/f2820); only a place whose prepositional is its genitive (in -ии), so the name is spelt as
        printed. Any other mention is returned as it is."""
        if m.kind != "name" or self.cast.is_person(m.actor or "") or not re.fullmatch(r"[А-ЯЁ]{2,5}", m.text) or (
                not _POSSESSIVE_BEFORE.search(self.masked, max(0, m.start - 8), m.start)):
            return m
        line_start = self.masked.rfind("\n", 0, m.start) + 1
        places = list(_PLACE_IN_II.finditer(self.masked, max(line_start, m.start - 200), m.start))
        if not places:
            return m
        # (review of round 29b: only when the sentence before the pronoun names no one and nothing else, no other
        # place, «Делегация из Казахстана провела переговоры в Армении, после чего их МИД», no country's adjective,
        # «спросили казахстанских дипломатов»: "their" is then those others' as well as the place's; the place's
        # name may head the sentence, «В Корвении празднуют — их МИД»)
        opening = max((e.end() for e in _SENTENCE_CLOSE.finditer(self.masked, line_start, places[-1].start())),
                      default=line_start)
        before = self.masked[opening:m.start]
        capitals = [w for w in _CAPITALISED.finditer(before) if w.group(0) != places[-1].group("place")]
        if (capitals and any(w.start() > len(before) - len(before.lstrip()) for w in capitals)) or (
                _PLACE_ADJECTIVE.search(before)):
            return m
        name = m.text + " " + places[-1].group("place")
        key = "stub:" + loose(skeleton(name))
        if key not in self.cast.stubs:
            self.cast.stubs[key] = Candidate(key, name, "organisation", None, None, None)
        return Mention(m.start, m.end, m.text, "name", key)

    def body_named(self, body_of: re.Match[str], place: Mention) -> Mention:
        """The body «в полиции округа Порт-Селка» names (`body_of` matched by `_IN_BODY_OF` up to the place's
        mention `place`): a stub named in the nominative, "Полиция округа Порт-Селка", and its mention from the
        noun to the place's end."""
        noun = body_of.group("noun")
        for oblique, nominative in (("стве", "ство"), ("нии", "ние"), ("ии", "ия"), ("е", "а")):
            if noun.endswith(oblique):
                noun = noun[:-len(oblique)] + nominative
                break
        name = " ".join([noun[:1].upper() + noun[1:], *body_of.group("rest").split(), place.text])
        key = "stub:" + loose(skeleton(name))
        if key not in self.cast.stubs:
            self.cast.stubs[key] = Candidate(key, name, "organisation", None, None, None)
        return Mention(body_of.start("noun"), place.end, self.text[body_of.start("noun"):place.end], "name", key)

    def _other_body_by_noun(self, stem: str, pos: int) -> bool:
        """Whether the page before `pos` names a body by the noun of `stem`, in any case of its letters, followed by
        words not the heading's («Управление МЧС по Товику сообщило», «сообщило управление МЧС» under «Управление
        гражданской авиации Варнии», in any paragraph before): «В Управлении ...» after it may be that other body
        (review of round 29c, F5; its second review: the lower case and the paragraphs before too). The page is read
        once per stem."""
        first = self._other_body_at.get(stem)
        if first is None:
            heading = self.heading.split()
            second = heading[1][:4].lower() if len(heading) > 1 else ""
            named = re.compile(r"(?<![\w-])(?i:" + re.escape(stem) + r")[а-яё]*[ \t\u00a0]+"
                               r"(?P<next>[А-ЯЁа-яё][А-ЯЁа-яё-]*)")
            first = len(self.masked)
            for m in named.finditer(self.masked):
                word = m.group("next")
                if word[:4].lower() == second or not (word[:1].isupper() or re.fullmatch(_GENITIVE_WORD, word)):
                    continue
                person = self.cast.between(m.start("next"), m.start("next") + 80)
                if person and person[0].start == m.start("next") and self.cast.is_person(person[0].actor or ""):
                    continue  # «директор Департамента Эрик Валлин»: a person named after the noun, not its qualifier
                first = m.start()
                break
            self._other_body_at[stem] = first
        return first < pos

    def body_opening(self, start: int, before: int) -> Mention | None:
        """The body named by a sentence opening at `start` «В полиции Ростада предупредили» (`_BODY_OPENS`, up to
        `before`): a stub named in the nominative ("Полиция Ростада", "Управление гражданской защиты по Товикскому
        округу") and its mention from the noun to the words' end; None when the sentence does not open so."""
        opens = _BODY_OPENS.match(self.masked, start, before)
        own = _OWN_BODY_OPENS.match(self.masked, start, before) if opens is None else None
        stem = own.group("noun")[:-2 if own.group("noun").endswith("ии") else -1] if own is not None else ""
        if own is not None and _OWN_HEADING.fullmatch(self.heading) and self.heading.startswith(stem) and not (
                self._other_body_by_noun(stem, start)):
            # «В Управлении подчеркнули, что ...» on the page a body's full name heads («Управление гражданской
            # авиации Варнии»): its capitalised noun alone is that body, under its full name (round 29c, f2817)
            key = "stub:" + loose(skeleton(self.heading))
            if key not in self.cast.stubs:
                self.cast.stubs[key] = Candidate(key, self.heading, "organisation", None, None, None)
            return Mention(own.start("noun"), own.end("noun"), own.group("noun"), "name", key)
        if opens is None:
            return None
        noun = opens.group("noun")
        if noun.lower().endswith(("ах", "ях")):
            return None  # a plural, «В агентствах недвижимости Ростада»: bodies of a kind, none named (review 28c)
        end = _body_name_end(self.masked, opens.start("rest"), opens.end("rest"))
        if end is None:
            return None
        for oblique, nominative in _BODY_NOMINATIVE:
            if noun.lower().endswith(oblique):
                noun = noun[:len(noun) - len(oblique)] + nominative
                break
        name = " ".join([noun[:1].upper() + noun[1:], *self.text[opens.end("noun"):end].split()])
        key = "stub:" + loose(skeleton(name))
        if key not in self.cast.stubs:
            self.cast.stubs[key] = Candidate(key, name, "organisation", None, None, None)
        return Mention(opens.start("noun"), end, self.text[opens.start("noun"):end], "name", key)

    def marked_body(self, subject: Mention) -> Mention | None:
        """The body a capitalised common noun (`subject`, "Компания") stands for: the last name in marks the page
        printed before it right after that noun in lower case, in any case («сообщила компания «Селка Энерджи
        Терминал»»), as a stub under that name; None when the page printed none. The names in marks after a noun
        are found once per page."""
        if self._marked is None:
            self._marked = [(m.start(), m.group("noun")[:5], m.group("name")) for m in _NOUN_MARKED.finditer(self.text)]
        word = subject.text.strip()
        if not word[:1].isupper() or not word[1:].islower():
            return None
        stem = word.lower()[:5]
        name = next((n for start, s, n in reversed(self._marked) if start < subject.start and s == stem), None)
        if name is None:
            return None
        key = "stub:" + loose(skeleton(name))
        if key not in self.cast.stubs:
            self.cast.stubs[key] = Candidate(key, name, "organisation", None, None, None)
        return Mention(subject.start, subject.end, subject.text, "name", key)

    def own_body(self, noun: str, start: int, end: int) -> Mention | None:
        """The body whose name heads the page («Министерство обороны Сорвийской Республики») when `noun`, a common
        noun in any case ("министерства", "ведомства"), is its name's first word (the same six-letter stem), as a
        mention at masked[start:end] of a stub under that full name; None when the heading is no body's name or
        begins with another noun."""
        head = self.heading.split()
        # (a body's name with lower-case words of its remit, «Министерство по чрезвычайным ситуациям ...», too: its
        # noun capitalised first, words only, no sentence)
        if not 2 <= len(head) <= 12 or not head[0][:1].isupper() or head[0].lower()[:6] != noun.lower()[:6] or not (
                _is_body_name(self.heading) or (_BODY_HEADING.search(self.heading) is not None
                                                and re.fullmatch(r"[\w -]+", self.heading) is not None)):
            return None
        key = "stub:" + loose(skeleton(self.heading))
        if key not in self.cast.stubs:
            self.cast.stubs[key] = Candidate(key, self.heading, "organisation", None, None, None)
        return Mention(start, end, self.text[start:end], "name", key)

    def signatories(self, before: int) -> list[Mention]:
        """The persons a sentence before `before` names as signing ("signed by Karin Holt, Aksel Brun and Veronika
        Strand", "Среди подписавших — Агата Линд, Борис Каллио и Эва Северин"), in the page's order: the last such
        sentence naming two or more among the last four signing words before `before`; [] if none. The signing
        words are found once per page, so no quote scans the page from its top."""
        if self._signed is None:
            self._signed = [(m.start(), m.end()) for m in _SIGNED.finditer(self.masked)]
        last = bisect.bisect_right(self._signed, (before, before)) - 1
        for _start, end_of_word in reversed(self._signed[max(0, last - 3):last + 1]):
            if end_of_word > before:
                continue
            stop = re.compile(r"[.!?…](?=\s|$)").search(self.masked, end_of_word, before)
            end = stop.start() if stop else before
            people: list[Mention] = []
            for m in self.cast.between(end_of_word, end):
                if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "") and all(
                        p.actor != m.actor for p in people):
                    people.append(m)
            if len(people) >= 2:
                return people
        return []

    def body_in(self, pos: int) -> Mention | None:
        """The state body named at `pos` ("министерстве иностранных дел Варнии", found by the cast in the
        prepositional case and named in the nominative), if any."""
        return next((m for m in self.cast.between(pos, pos + 120) if m.start == pos and m.kind == "name"
                     and not self.cast.is_person(m.actor or "")), None)

    def organisation_named(self, start: int, end: int) -> Mention | None:
        """The organisation the words masked[start:end] name: a mention of an organisation inside them that ends
        where they end ("the Harbour Compact" for "the Harbour Compact"; where it starts is not checked, so "new
        Harbour Compact" gives it too), or a single word that is the last word of an organisation's name of two
        words or more (`organisation_by_short_form`: "Compact" for the Harbour Compact, curated or found by
        `_ORG`); None for anything else (a country, a person)."""
        for m in self.cast.between(start, end):
            cand = self.cast.candidates.get(m.actor or "") or self.cast.stubs.get(m.actor or "")
            if m.kind == "name" and cand is not None and cand.kind == "organisation" and m.end == end:
                return m
        words = self.masked[start:end].split()
        body = organisation_by_short_form(self.cast, words[-1]) if len(words) == 1 else None
        return Mention(start, end, self.masked[start:end], "name", body.actor) if body is not None else None

    def it_body(self, pos: int, prev_sentence: Attribution | None) -> Mention | None:
        """The organisation "it" stands for before `pos`: the one body that spoke in the sentence before ("In a
        statement, the ministry said: '...' It added that ..."), else the last organisation named before."""
        spoke = prev_sentence.speakers if prev_sentence is not None else []
        cand = (self.cast.candidates.get(spoke[0]) or self.cast.stubs.get(spoke[0])) if len(spoke) == 1 else None
        if cand is not None and cand.kind == "organisation":
            return Mention(pos, pos, cand.name, "name", cand.id)
        return self.last_organisation(pos)

    def last_organisation(self, pos: int) -> Mention | None:
        """The last organisation named before `pos` (who "the statement" speaks for; indexed once per page)."""
        return self._last_organisation_by(pos, "")

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return self.cast.between(start, end)

    def speakers_of(self, mention: Mention, also: list[Mention] | None = None) -> tuple[list[str], str | None]:
        """Actor ids (or stub keys) a mention stands for; a note when it cannot be resolved."""
        out = []
        note = None
        for m in [mention, *(also or [])]:
            voice = self.voice_before(m.start) if m.kind == "pronoun" else None
            if voice is not None:
                # "A spokesman for the General Staff told SNA that ... '...,' he said": he is the body's unnamed
                # voice, so the body speaks (not a person named before him, nor no one)
                if voice not in out:
                    out.append(voice)
                continue
            opening = _OPENING_PARTICIPLE.search(
                self.masked, max(0, m.start - 120), m.start) if m.kind == "pronoun" else None
            objects = {x.actor for x in self.cast.between(opening.start(), m.start)
                       if x.kind != "pronoun" and x.actor and self.cast.is_person(x.actor)
                       and not re.match(r"['’]s?(?!\w)", self.masked[x.end:x.end + 2])} if opening else set()
            if opening is not None and objects:
                # "District Judge Owen Marle adjourned sentencing. Addressing Solt, he said: '...'": he is the
                # participle's subject, never the person its phrase names (its object); the person before the
                # phrase, as if it were not there (round 29a, f2809). Not a person in the possessive ("Speaking at
                # Ana Brel's launch, she said": the pronoun's own, review of round 29a)
                m = Mention(opening.start(), opening.start() + len(m.text), m.text, "pronoun")
            else:
                opening = None
            actor = m.actor if m.kind in ("name", "new_name") else self.cast.resolve(m, self.sex_named_at)
            if opening is not None and actor is not None:
                named = self._last_named(actor, opening.start())
                if named is None or named < self.body_start:
                    # the person before the phrase as a plain pronoun there would find them (the paragraph before
                    # too: "'...,' Marant said.\n\nSpeaking later to Ana Brel, he added"), but never the page's
                    # head: the headline's words or the byline (reviews of round 29a): else the pronoun names no one
                    note = f"'{m.text}' after an opening phrase refers to no one named in the article's text"
                    continue
            if m.kind == "pronoun" and actor is not None:
                actor = self._subject_not_object(actor, m)
                if opening is not None and actor in objects:
                    # nor the phrase's own object ("Ivo Marant spoke.\n\nSpeaking to Marant, she said"): no one
                    note = f"'{m.text}' after an opening phrase refers to no one named in the article's text"
                    continue
                last = self._last_named(actor, m.start)
                if last is not None and self._unnamed_between(last, m.start):
                    # "when I asked a Varnian admiral ..., he answered": he is the unnamed admiral, not the person
                    # named before him
                    note = f"'{m.text}' is an unnamed person: no one to name"
                    continue
            if actor is None:
                note = f"'{m.text}' refers to no one mentioned before it: name the speaker"
                continue
            if actor not in out:
                out.append(actor)
        return out, note

    def _subject_not_object(self, actor: str, pronoun: Mention) -> str:
        """The person a pronoun in a later sentence refers to when the person named last before it, `actor`, is the
        object of another person's verb in their sentence ("Chief executive Lars Tennant told Nordic Markets Daily
        that ... '...,' he said", "Ortis ... said her ministry had summoned Ambassador Pavel Sarkov. '...,' she
        said", "Speaker Arman Tokbayev backed the minister. '...,' he said"): that sentence's subject, the first
        person it names with no finite verb before them and one between them and `actor`. `actor` otherwise, and
        when the page gives the subject a sex the pronoun does not have (Russian verbs, `sex_of`)."""
        last = self._last_named(actor, pronoun.start)
        if last is None:
            return actor
        if self._sentence_breaks is None:
            self._sentence_breaks = [b.start() for b in re.finditer(r"[.!?…](?=\s)|\n", self.masked)]
        breaks = self._sentence_breaks
        i = bisect.bisect_left(breaks, last)
        opening = breaks[i - 1] + 1 if i > 0 else 0
        if i >= len(breaks) or breaks[i] >= pronoun.start:
            return actor  # (the pronoun in the same sentence as the person: no later sentence)
        for m in self.cast.between(opening, last):
            if m.kind == "pronoun" or not m.actor:
                continue
            subject = m.actor if m.kind in ("name", "new_name") else self.cast.resolve(m)
            if subject is None or not self.cast.is_person(subject):
                continue
            if subject == actor or _finite_verb(self.masked[opening:m.start]) or any(
                    o <= m.start < c for o, c in self.quoted):
                return actor
            if not _finite_verb(self.masked[m.end:last]):
                return actor
            sex = PRONOUN_SEX.get(pronoun.text.lower())
            if pronoun.text.lower() in ("он", "она"):
                have = self.known_sex(subject)
                return actor if have is not None and sex is not None and have != sex else subject
            if _ASKS_OBJECT.search(self.masked, m.end, last) or _REPLY_AFTER.match(self.masked, pronoun.end):
                # "Ekk asked harbour master Tomas Grell about ... '...,' he replied": the person asked answers
                return actor
            # an English pronoun says nothing of the sex of a name on its own: the subject only when the page gives
            # the subject the pronoun's sex or the person named last another one, and neither the contrary
            # ("Mayor Jonas Ekk met councillor Ylva Renk. '...,' she said": hers, the object's)
            mine, theirs = self.person_sex(subject), self.person_sex(actor)
            # (or when the person named last is who the subject told something: "Chief executive Lars Tennant told
            # Nordic Markets Daily that ...": the teller goes on speaking)
            told = _TOLD_BEFORE.search(self.masked, m.end, last) is not None
            known = sex is not None and (mine == sex or theirs not in (None, sex) or told)
            contrary = mine not in (None, sex) or theirs == sex
            return subject if known and not contrary else actor
        return actor

    def person_sex(self, actor_id: str) -> str | None:
        """"m" or "f" for a person: a Russian verb's sex beside their name (`sex_of`) first, then "his" or "her" the
        page ties to their name (the next words up to the next person, in their sentence: "Ortis ... said her
        ministry"), else their name's form (`known_sex`), else a Latin given name in -a ("Ylva Renk"); None when
        nothing says or the signs disagree. The page's mentions are read once."""
        ru = self.sex_of(actor_id)
        if ru is not None:
            return ru
        if self._en_sexes is None:
            found: dict[str, set[str]] = {}
            persons = [m for m in self.cast.mentions if m.kind in ("name", "new_name") and m.actor
                       and self.cast.is_person(m.actor)]
            for k, m in enumerate(persons):
                stop = min(persons[k + 1].start if k + 1 < len(persons) else len(self.masked), m.end + 150)
                end = re.compile(r"[.!?…](?=\s)|\n").search(self.masked, m.end, stop)
                for own in _OWN_PRONOUN.finditer(self.masked, m.end, end.start() if end else stop):
                    if not _VERB_BEFORE_OWN.search(self.masked, max(0, own.start() - 20), own.start()):
                        found.setdefault(m.actor or "", set()).add("m" if own.group(0).lower() == "his" else "f")
            self._en_sexes = {a: next(iter(g)) for a, g in found.items() if len(g) == 1}
        own_sex = self._en_sexes.get(actor_id)
        if own_sex is not None:
            return own_sex
        named = self.known_sex(actor_id)
        if named is not None:
            return named
        cand = self.cast.candidates.get(actor_id) or self.cast.stubs.get(actor_id)
        words = cand.name.split() if cand is not None else []
        return "f" if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+a", words[0]) else None

    def known_sex(self, actor_id: str, printed: Mention | None = None) -> str | None:
        """"m" or "f" for a person when every sign that holds for anyone agrees: a Russian verb beside their name
        (`sex_of`), a title or a kinship word the page puts before it (`stated_sex`: "Ms Ada Holm", "his daughter
        Ada Holm", «госпожа»), their name's form (`morphology.name_sex`: "Марек Волков", "Irena Dobrova"), and the
        form `printed` at one mention when it is the name's own case (not «Ильхама Алиева», a man's genitive); None
        when none says or two disagree («Андреа Ронки остался»). Not "her" nearby, nor a Latin given name's -a, which
        `person_sex` also reads."""
        cand = self.cast.candidates.get(actor_id) or self.cast.stubs.get(actor_id)
        signs = {self.sex_of(actor_id), self.stated_sex(actor_id)}
        if cand is not None and cand.kind == "person":
            signs.add(name_sex(cand.name))
        if printed is not None and not (_CYRILLIC.search(printed.text) and self._declined(printed)):
            signs.add(name_sex(printed.text))
        signs.discard(None)
        return signs.pop() if len(signs) == 1 else None

    def stated_sex(self, actor_id: str) -> str | None:
        """"m" or "f" when the page puts a title or a kinship word of one sex right before the person's name ("Mr",
        "Ms", "Mrs", "Sir", "his daughter", «госпожа», «его дочь», «вдова»), None when it never does or does both;
        the page's mentions are read once."""
        if self._stated is None:
            found: dict[str, set[str]] = {}
            for m in self.cast.mentions:
                if m.kind in ("name", "new_name") and m.actor:
                    word = _SEX_WORD_BEFORE.search(self.masked, max(0, m.start - 24), m.start + 6)
                    if word is not None and word.end() > m.start - 2:
                        found.setdefault(m.actor, set()).add("m" if word.group("m") else "f")
            self._stated = {a: next(iter(g)) for a, g in found.items() if len(g) == 1}
        return self._stated.get(actor_id)

    def sex_named_at(self, start: int, actor_id: str) -> str | None:
        """The sex of the person named at `start` (`known_sex`, with the form printed there: "Maja Brekk" though the
        page's cast took her for her father "Brekk"): what a pronoun after them must agree with."""
        i = bisect.bisect_left(self.cast.starts, start)
        printed = self.cast.mentions[i] if i < len(self.cast.mentions) and self.cast.mentions[i].start == start \
            else None
        return self.known_sex(actor_id, printed)

    def voice_before(self, pos: int) -> str | None:
        """The body whose unnamed voice ("a spokesman for the General Staff") the page introduced last before a
        pronoun at `pos`, within its last few mentions, the last 400 characters and no person named between them;
        None otherwise (the pronoun is a person's, or an unnamed person's who speaks for no body)."""
        i = self.cast.first_from(pos)
        for m in reversed(self.cast.mentions[max(0, i - 8):i]):
            if m.end > pos or m.kind == "pronoun":
                continue
            if pos - m.start > 400:
                return None
            if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "") and not _PLACE_PREPOSITION.search(
                    self.masked, max(0, m.start - 10), m.start):
                return None  # (a name after a preposition of place is a place: "the General Staff in Kessel City")
            if m.kind == "descriptor" and (m.role or "") in _VOICE_ROLES:
                body = self.voiced_body(m, pos)
                return body.actor if body is not None else None
        return None

    def _still_the_signed_document(self, sentence: _Sentence) -> bool:
        """Whether "the statement" that `sentence` opens with is still the signed document (`_document`): it is in
        the document's paragraph or the next, and no other document or organisation is named between them ("On
        Friday the harbour board published a statement of its own. The statement ...": the board's)."""
        paragraph, end = self._document_at
        if not 0 <= sentence.paragraph - paragraph <= 1 or sentence.start < end:
            return False
        if _DOCUMENT_NOUN.search(self.masked, end, sentence.start):
            return False
        for m in self.cast.between(end, sentence.start):
            cand = self.cast.candidates.get(m.actor or "") or self.cast.stubs.get(m.actor or "")
            if m.kind == "name" and cand is not None and cand.kind == "organisation":
                return False
        return True

    def _last_named(self, actor: str, pos: int) -> int | None:
        """Where the last mention of the person `actor` before `pos` that is no pronoun starts (as the first of
        `Cast.iter_persons_before` that is theirs), or None."""
        if self._named_at is None:
            self._named_at = {}
            for m in self.cast.mentions:
                if m.actor and m.kind != "pronoun":
                    starts, ends = self._named_at.setdefault(m.actor, ([], []))
                    starts.append(m.start)
                    ends.append(m.end)
        starts, ends = self._named_at.get(actor, ([], []))
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and ends[i] > pos:
            i -= 1
        return starts[i] if i >= 0 and self.cast.is_person(actor) else None

    def _named_once(self, mention: Mention) -> bool:
        """Whether `mention` is the only mention of its actor on the page that is no pronoun (by the index
        `_last_named` builds once, no scan of the page)."""
        self._last_named(mention.actor or "", 0)
        return len((self._named_at or {}).get(mention.actor or "", ([], []))[0]) <= 1

    def _unnamed_between(self, named: int, pronoun: int) -> bool:
        """Whether someone unnamed ("a Varnian admiral") is introduced between a person named at `named` and a
        pronoun at `pronoun` (the pronoun may be theirs). Not one inside what the named person's verb reports in
        the same sentence ("Holm answered that ... whether a student in Tarn can afford ..."): a person in
        reported content is no participant the next sentence's "she" refers to.

        By the page's indexes (`_unnamed_index`), not a scan from the name to the pronoun (a page naming its
        person once, then "he said" in every paragraph, scanned it all per quote): true when the first unnamed
        person after the name has no reporting word before it since the name, or when a sentence ends between the
        name and the last of them (what each one's own test, in turn, comes to)."""
        if self._unnamed_index is None:
            # (not the words in apposition to a person named right before them: "Dr Maren Ekholt, a defence
            # analyst at ..., said" says who she is, it introduces no one else)
            found = [u for u in _UNNAMED_PERSON.finditer(self.masked) if not self._apposition_of_person(u.start())]
            self._unnamed_index = ([u.start() for u in found], [u.end() for u in found],
                                   [m.start() for m in re.finditer(r"[.!?…](?=\s)", self.masked)],
                                   [m.end() for m in re.finditer(r"(?<![\w'’])(?:that|whether|if|что|ли)(?![\w'’])",
                                                                 self.masked)])
        starts, ends, stops, reporting = self._unnamed_index
        first = bisect.bisect_left(starts, named)
        last = bisect.bisect_right(ends, pronoun) - 1  # (matches do not overlap: their ends rise with their starts)
        if first >= len(starts) or first > last:
            return False
        reported = bisect.bisect_right(reporting, starts[first]) > bisect.bisect_right(reporting, named)
        # a stop inside masked[named:start] with the blank after it inside too
        stopped = bisect.bisect_right(stops, starts[last] - 2) > bisect.bisect_left(stops, named)
        return not reported or stopped

    def voiced_body(self, who: Mention, limit: int) -> Mention | None:
        """The body an unnamed voice speaks for, named right after it ("a spokesperson for the Ministry of
        Defence", "a spokesman for the Oskby Port Authority", "a spokesperson for her party, the Fjord Alliance,",
        "a spokeswoman for the Senate budget committee"), as a mention ending where its name ends; None for anyone
        else (a spokesperson named in apposition, one the page named before, one for a person)."""
        if who.kind != "descriptor" or (who.role or "") not in _VOICE_ROLES or self._apposition_of_person(who.start):
            return None  # (not "Aron Tamm, a spokesman for Kessel's foreign ministry, said": Tamm speaks)
        if not re.match(r"(?i:an?|one)[ \t\u00a0]", who.text) and self.cast.resolve(who) is not None:
            return None  # "the spokesman said": the one the page named before with that role
        of = _VOICE_FOR.match(self.masked, who.end, limit)
        named = _VOICED_NAME.match(self.masked, of.end(), limit) if of else None
        noun = _VOICED_NOUN.match(self.masked, of.end(), limit) if of and named is None else None
        if noun is not None and noun.group("noun") in _BODY_HEAD_NOUNS:
            # "The Prime Minister's Office has confirmed receipt. A spokesperson for the office said": the body named
            # before by that noun (none named: no body to give the words)
            word = noun.group("noun")
            body = self._last_organisation_by(who.start, "end:" + word, "noun:" + word)
            other = self._last_organisation_by(body.start, "end:" + word, "noun:" + word) if body else None
            if body is not None and other is not None and other.actor != body.actor and (
                    other.start > self.masked.rfind("\n", 0, who.start)):
                return None  # ("The Harbour Office wrote to the Mayor's Office": two offices in the paragraph)
            return body
        if named is None:
            return None
        start, end = named.span("name")
        if named.group("tail"):
            end = named.end("tail")  # "the Compact secretariat", "the Senate budget committee"
        if any(self.cast.is_person(m.actor or "") or m.kind == "descriptor" for m in self.cast.between(start, end)):
            return None  # "a spokesman for Marek Volkov": a person's spokesman, who is no body
        body = self.organisation_named(start, end)
        if body is None:
            body = next((m for m in self.cast.following(start, 2) if (m.start, m.end) == (start, end)
                         and m.kind == "name"), None)
        if body is None:
            name = self.text[start:end]
            body = Mention(start, end, name, "name", self.cast.organisation(name))
        return body

    def unnamed_member(self, subject: Mention, floor: int, verb_start: int) -> tuple[int, int] | None:
        """The span of an unnamed person a body's name only qualifies ("A senior Harbour Compact official", "an
        Ostrava Port pilot": an indefinite article, the body's name, a person's noun after it), or None: the subject
        is that person, not the body. A spokesperson or a representative speaks for the body ("A Harbour Compact
        spokesperson said" is the Compact's), so is never such a person; nor is a person's noun that only qualifies
        the noun after it, the verb's subject ("A Harbour Compact official statement said": a document's words,
        `verb_start` the verb's start; review of round 28a)."""
        if subject.kind != "name" or self.cast.is_person(subject.actor or ""):
            return None
        found = _UNNAMED_PERSON.search(self.masked, max(floor, subject.start - 30), subject.end + 30)
        if found is None or not found.start() < subject.start or found.end() <= subject.end or not re.fullmatch(
                r"[ \t\u00a0]+[a-z]+", self.masked[subject.end:found.end()]):
            return None
        if self.masked[subject.end:found.end()].strip() in _VOICE_ROLES - {"official"}:
            return None
        if _NOUN_BEFORE_VERB.fullmatch(self.masked, found.end(), verb_start):
            return None
        return found.start(), found.end()

    def addressee_in_marks(self, q: Quotation, o: Quotation) -> bool:
        """Whether the quotation `o` after `q` is a publication's name in marks after `q`'s verb of saying, its
        addressee or the one citing ("«...», — сообщила «Варнийским ведомостям» сенатор Ива Дренн", "«...», —
        цитирует «Деловой вестник» премьер-министра Оду Верлунд"): only a dash and the verb between them, and a short
        run of words starting with a capital (no sentence) inside, not words said."""
        between = re.fullmatch(r"[\s,]*[—–-][ \t\u00a0]*(?P<verb>[а-яё]+)[ \t\u00a0]*",
                               self.masked[q.close_pos + 1:o.open_pos])
        inside = self.text[o.start:o.end]
        return (between is not None and (between.group("verb") in RU_SPEECH_VERBS or between.group("verb").startswith(
            "цитиру")) and inside[:1].isupper()
                and len(inside.split()) <= 4 and not re.search(r"[.,!?;:…]", inside))

    def sex_of(self, actor_id: str) -> str | None:
        """"m" or "f" when the page writes a Russian past verb of that gender right next to the person's name
        ("сказала Ортис", "Ортис подчеркнула", "Стольберг отметил"), None when it never does or does both; the
        page's mentions are read once."""
        if self._sexes is None:
            found: dict[str, set[str]] = {}
            for m in self.cast.mentions:
                if m.kind not in ("name", "new_name") or not m.actor:
                    continue
                near = [re.match(r"[ \t\u00a0]+" + _RU_PAST, self.masked[m.end:m.end + 30]),
                        re.search(_RU_PAST + r"[ \t\u00a0]+$", self.masked[max(0, m.start - 30):m.start])]
                for v in near:
                    if v is not None:
                        found.setdefault(m.actor, set()).add("m" if v.group("g") == "л" else "f")
            self._sexes = {a: next(iter(g)) for a, g in found.items() if len(g) == 1}
        return self._sexes.get(actor_id)

    def last_two(self, pos: int) -> list[Mention]:
        """The last two persons named before `pos`, in the order the text named them ([] if fewer)."""
        pair: list[Mention] = []
        for start, actor_id in self.cast.iter_persons_before(pos):
            if all(m.actor != actor_id for m in pair):
                pair.append(Mention(start, start, actor_id, "name", actor_id))
            if len(pair) == 2:
                return pair[::-1]
        return []

    def source_in(self, subject: Mention) -> bool:
        """Whether a verb's subject found is the body an unnamed source works in ("Источник в министерстве обороны
        Кесселя заявил"): the source speaks, unnamed, not the body."""
        return subject.kind == "name" and not self.cast.is_person(subject.actor or "") and bool(
            _RU_SOURCE_IN.search(self.masked, max(0, subject.start - 80), subject.start))

    def _unnamed_source(self, subject: Mention) -> Attribution:
        start = _RU_SOURCE_IN.search(self.masked, max(0, subject.start - 80), subject.start)
        basis = self.text[start.start() if start else subject.start:subject.end]
        return Attribution([], "low", " ".join(basis.split()), "before: an unnamed source in a body, verb",
                           "the words are an unnamed source's: no one to name")

    def _apposition_of_person(self, pos: int) -> bool:
        """Whether the words at `pos` stand in apposition to a person named right before them and a comma ("Hugo
        Marsh, a former diplomat ..."): they say who that person is, they introduce no one else."""
        return self._person_before_apposition(pos) is not None

    def _person_before_apposition(self, pos: int) -> Mention | None:
        """The person named right before `pos` and a comma ("Aron Tamm, a spokesman for ..."), their age between
        ("Asta Berge, 81, a retired fisherwoman", fresh37/f3709), or None."""
        comma = re.search(r"(?:[ \t\u00a0]*,[ \t\u00a0]*\d{1,3})?[ \t\u00a0]*,[ \t\u00a0]*$",
                          self.masked[max(0, pos - 12):pos])
        if comma is None:
            return None
        end = max(0, pos - 12) + comma.start()
        return next((m for m in self.cast.between(max(0, end - 80), end) if m.end == end
                     and m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")), None)

    def is_object(self, mention: Mention, floor: int) -> bool:
        return bool(OBJECT_BEFORE.search(self.masked[max(floor, mention.start - 30):mention.start]))

    def coordinated(self, mention: Mention, floor: int) -> list[Mention]:
        """Mentions joined to this one by 'and' before it ("Putin and Lukashenko said")."""
        out: list[Mention] = []
        current = mention
        while True:
            gap = re.search(r"(?:,\s*|\s+and\s+|\s*,\s*and\s+|\s+и\s+|" + _PARTNER_WORDS + r")$",
                            self.masked[floor:current.start])
            if not gap:
                return out
            if " and " not in gap.group(0) and _OPENING_PARTICIPLE.search(
                    self.masked, max(0, current.start - 120), current.start):
                return out  # "Addressing Solt, he said": the participle's object, no subject joined (round 29a)
            before = self.mention_ending(floor + gap.start(), floor)
            if before is None or before.kind == "pronoun" or (not self.cast.is_person(before.actor or "") and (
                before.kind != "descriptor"
            )) or (before.kind == "new_name" and " " not in before.text and ", " in gap.group(0)
                   and " and " not in gap.group(0)):
                return out  # "At the summit in October, President X noted": no list of speakers without "and"
            if "," in gap.group(0) and re.fullmatch(r"[А-ЯЁ][а-яё-]+(?:[ \t\u00a0]+[А-ЯЁ][а-яё-]+)*", before.text) and (
                    self._declined(before)):
                # «слова министра Карла Эрдмана, Вера Ранц сказала»: a name in another case than the subject's is
                # no subject joined to it (round 28c)
                return out
            out.append(before)
            current = before

    def only_names_between(self, start: int, end: int) -> bool:
        """Whether every quotation between `start` and `end` is a name ("возразил, что закон «О прибрежной зоне»
        «...»": the law's title stands between the verb and the quote)."""
        inside = [(o, c) for o, c in self.quoted if start <= o and c < end]
        covered = sum(c - o + 1 for o, c in inside)
        return covered == self.masked.count("_", start, end) and all((o, c) in self.names for o, c in inside)

    # -- rules ---------------------------------------------------------------------------------------
    def attribute(self, q: Quotation, sent: _Sentence, previous: Attribution | None,
                  prev_sentence: Attribution | None, prev_paragraph: Attribution | None,
                  earlier: _Sentence | None = None) -> Attribution | None:
        masked, text = self.masked, self.text
        # (a name in quotation marks earlier in the sentence does not end its clause: "закон «О прибрежной зоне»")
        # (nor does a single quoted word, the author's term: "cut the stock to 'underweight', writing that ...")
        same = [o for o in sent.quotes if o.close_pos < q.open_pos and (o.open_pos, o.close_pos) not in self.names
                and len(_WORDS.findall(text[o.start:o.end])) > 1
                # nor a "so-called" term ("о так называемых «незаконных патрулях»"): the author's, inside the clause
                and not _SO_CALLED.search(masked, max(0, o.open_pos - 30), o.open_pos)]
        floor = same[-1].close_pos + 1 if same else sent.start
        # (nor, after the quote, a name or a single word in marks: "— сказал «Вестнику» рыбак Петр Ануфриев")
        after_end = next((o.open_pos for o in sent.quotes if o.open_pos > q.close_pos
                          and (o.open_pos, o.close_pos) not in self.names
                          and len(_WORDS.findall(text[o.start:o.end])) > 1
                          and not self.addressee_in_marks(q, o)), sent.end)
        before = masked[floor:q.open_pos]
        after = masked[q.close_pos + 1:after_end]
        no_quote_after = after_end == sent.end  # (no other quotation later in the sentence)

        # 0'. «Комментируя слова представителя компакта Мило Арендта о том, что «...», Друц отметила»: the quote is
        # what the words of the person named in the genitive after «слова» said («о том, что» right before it), not
        # the words of the subject after it, who reports them (round 28c, f2719)
        words_of = _WORDS_OF.search(masked, floor, q.open_pos)
        about = _ABOUT_THAT.match(masked, words_of.end(), q.open_pos) if words_of and words_of.group(
            "who") is None else None
        # (the owner is the first person after the noun, nothing but a role in lower case between them and no
        # name in the dative or instrumental: «Слова министра Карла Эрдмана в интервью журналисту Ивану Петрову о
        # том, что» are the minister's, not the interviewer's: review of round 28c, F3)
        whose_words = [m for m in self.cast.between(words_of.end(), about.end("owner"))
                       if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")][:1] if (
            words_of and about) else []
        if words_of and whose_words and (not _OWNER_GAP.fullmatch(masked, words_of.end(), whose_words[0].start)
                                         or _NOT_GENITIVE_NAME.search(whose_words[0].text)):
            whose_words = []
        if words_of and whose_words:
            return self._make(whose_words, "before: the words of X about that (genitive)",
                              text[words_of.start():whose_words[0].end], whose_words[0])

        # 0. "...," the statement says / «...», — говорится в заявлении: the organisation named last
        lead = re.match(r"[\s,;:]*(?:[—–-]\s*)?", after)
        pos = q.close_pos + 1 + (lead.end() if lead else 0)
        if _NEW_CLAUSE.match(masked, pos, after_end):
            # '"...", but his deputy, Runa Tveit, conceded that ...': a conjunction opens a clause of its own after
            # the quote, whose subject says the next words, not these
            after_end = pos
        taking = _VERB_BEFORE_QUOTE.search(masked, pos, after_end) if after_end < sent.end else None
        if taking and _DESCRIBES_QUOTE.match(masked, q.close_pos + 1, after_end) and not _VERB.search(
                masked, pos, taking.start()):
            # '"every option is on the table", a phrase Rimholm's mayor, Jonas Ekk, calls "..."': a verb right
            # before the next quotation, nothing between, takes that quotation as its object; its clause
            # attributes the next words, not these. Only when the words describe this quotation (an apposition,
            # a relative clause) and hold no verb of their own before: '"...," Ekk said, adding "..."' and
            # '"..." Ekk said "..."' attribute both
            after_end = pos
        statement = _STATEMENT.match(masked, pos, after_end)
        if statement and statement.group("personal"):
            # "...," the message of greetings reads: a message someone sent, who is named before it
            sender = next(iter(self.cast.iter_persons_before(q.open_pos)), None)
            if sender is not None:
                by = Mention(sender[0], sender[0], sender[1], "name", sender[1])
                att = self._make([by], "after: the message reads (its sender)", text[pos:statement.end()], by)
                att.confidence = "medium"
                return att
        inverted = statement or _STATEMENT_INVERTED.match(masked, pos, after_end)
        signed = inverted and _SIGNED_AFTER.match(masked, inverted.end(), after_end)
        if signed:
            # '"...," said the statement, signed by Lindmark's Joakim Feld and Kessel's Tomas Brenner': a document
            # its signatories sign speaks for them all (as an open letter does), when it names two or more
            stop = re.compile(r"[.!?…;](?=\s|$)").search(masked, signed.end(), after_end)
            people: list[Mention] = []
            for m in self.cast.between(signed.end(), stop.start() if stop else after_end):
                if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "") and all(
                        p.actor != m.actor for p in people):
                    people.append(m)
            if len(people) >= 2:
                att = self._make(people[:1], "after: the statement says (its signatories)",
                                 text[pos:signed.end()], people[0], extra=people[1:])
                att.confidence = "medium"
                self._document = att
                self._document_at = (sent.paragraph, stop.start() if stop else after_end)
                return att
        it_said = _IT_SAID_BEFORE.search(before)
        if it_said and self._document is not None and earlier is not None and _DOCUMENT_SUBJECT.match(
                masked, earlier.start, earlier.end) and self._still_the_signed_document(earlier):
            # 'The statement ... ran to four pages. On port fees it said only that "..."': "it" is the document the
            # sentence before has as its subject, whose signatories the page gave
            att = Attribution(list(self._document.speakers), "medium",
                              f"{text[floor + it_said.start():floor + it_said.end()].strip()} (the statement, "
                              f"'{self._document.basis}')", "before: it (the statement before), verb")
            return att
        if statement:
            # "— говорится в сообщении МИД Кесселя", "the statement of the Harbour Compact said": the body the
            # document is of, named right after it, in the form the page uses there; else the one named last
            of_whom = re.match(r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?",
                               masked[statement.end():after_end])
            at = statement.end() + (of_whom.end() if of_whom else 0)
            owned = next((m for m in self.cast.following(at, 3) if m.start == at
                          and m.kind == "name" and not self.cast.is_person(m.actor or "")), None) if of_whom else None
            if owned is not None and _same_body(owned.text, self.heading):
                owned = None  # the body's own page (its full name heads it): it speaks under that full name
            org = owned or self.last_organisation(q.open_pos)
            noun = re.match(r"[а-яё]{5,}(?=[ \t\u00a0]*(?:[.,;!?]|$))", masked[at:after_end]) if of_whom else None
            if org is None and noun is not None:
                # «...», — говорится в сообщении министерства. on the ministry's own site, no body named before:
                # the body whose name heads the page (the masthead «Министерство обороны ...»)
                org = self.own_body(noun.group(0), at, noun.end())
            if org is not None:
                att = self._make([org], "after: the statement says", text[pos:statement.end()], org)
                att.confidence = "medium"
                return att

        # 0a. an open letter's words ("— говорится в письме", "..., the signatories write", "— подчёркивают
        # учёные"): every signatory the page names ("Среди подписавших — Агата Линд, Борис Каллио и Эва Северин")
        letter = _LETTER_SAYS.match(masked, pos, after_end) or _GROUP_SAYS.match(masked, pos, after_end)
        signers = self.signatories(q.open_pos) if letter else []
        if letter and signers:
            att = self._make(signers[:1], "after: the letter says (its signatories)", text[pos:letter.end()],
                             signers[0], extra=signers[1:])
            att.confidence = "medium"
            return att
        writer = self.mention_starting(letter.end(), after_end) if letter and letter.group(0)[:1] in "гсо" else None
        if writer is not None and writer.kind == "name" and not self.cast.is_person(writer.actor or ""):
            # «...», — говорится в письме Совета работодателей Варнии правительству: the body whose letter it is,
            # named right after it in the genitive
            return self._make([writer], "after: the letter of the body says", text[pos:writer.end], writer)

        # «...», — говорится в письме, которое от имени экипажей подписал капитан Нильс Ферро: the letter's author,
        # named as the subject of the relative clause's verb of signing or writing
        signed_by = _LETTER_SIGNED_BY.match(masked, letter.end(), after_end) if (
            letter and letter.group(0)[:1] in "гсо") else None
        author = self.speaker_at(signed_by.end(), after_end) if signed_by else None
        # (the author is the verb's subject, in the nominative; a dative after "направили" is the addressee:
        # "которое рыбаки направили мэру Оскару Линду"; review of round 26)
        if signed_by and author is not None and author.kind in ("name", "new_name") and self.cast.is_person(
                author.actor or "") and not re.search(r"[а-яё][уюю](?![а-яё])", masked[signed_by.end():author.end]):
            return self._make([author], "after: the letter says, which X signed", text[pos:author.end], author)

        # «...», — говорится в письме.: the letter alone, its author named in the genitive right after the noun
        # where the paragraph mentions it before ("получил письмо спикера Сената Варнии Армана Токбаева, который
        # ..."): the letter's author (no verb, preposition of address or stop between the noun and the name; round
        # 29c, f2815)
        alone = letter is not None and letter.group(0)[:1] in "гсо" and re.match(
            r"[ \t\u00a0]*(?:[.;!?]|$)", masked[letter.end():after_end])
        nouns = list(_LETTER_NOUN.finditer(masked, max(masked.rfind("\n", 0, q.open_pos) + 1, q.open_pos - 600),
                                           q.open_pos)) if alone else []
        owner = next((m for m in self.cast.between(nouns[-1].end(), min(q.open_pos, nouns[-1].end() + 100))
                      if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")),
                     None) if nouns else None
        # (only a chain of genitives between, each a role's word or a capitalised place or body, and the name itself
        # in the genitive: a preposition, an infinitive or a word in another case between, «письмо главе района
        # Ивану Петрову», «письмо с требованием уволить министра ...», is a letter to or about the person; review of
        # round 29c, F2)
        # (and the chain opens with a role of the lexicon in the genitive singular, «письмо губернатора области»: a
        # letter of a person's relatives, supporters or defence, «письмо родителей Ивана Петрова», «обращение защиты
        # Ивана Петрова», is theirs, not his; second review of round 29c, F2)
        role = _LETTER_AUTHOR_ROLE.match(masked, nouns[-1].end(), owner.start) if owner is not None and nouns else None
        if owner is not None and nouns and role is not None and _LETTER_AUTHOR_CHAIN.fullmatch(
                masked, role.end(), owner.start) and _genitive_name(owner.text):
            att = self._make([owner], "after: the letter says, its author named with it before",
                             text[pos:letter.end()] if letter else "", owner)
            att.confidence = "medium"
            return att

        # 0b. "...," the two ministers said (in a joint statement): the last two persons named before
        joint = _JOINT_SAID.match(masked, pos, after_end)
        pair = self.last_two(q.open_pos) if joint else []
        if joint and pair:
            att = self._make(pair[:1], "after: the two of them, verb (the last two persons named before)",
                             text[pos:joint.end()], pair[0], extra=pair[1:])
            att.confidence = "medium"
            return att
        # 0c. «...», — цитирует Варпресс заместителя министра Олега Сандера: the one quoted, not the agency; «...», —
        # пишет издание, цитируя бывшего дипломата Хуго Марша: the one the publication quotes
        cites = _CITES.match(masked, pos, after_end) or _QUOTING.match(masked, pos, after_end)
        if cites:
            who = self._quoted_person(cites.end(), after_end, q.open_pos)
            if who is not None:
                return self._make([who], "after: cites (agency), speaker", text[pos:who.end], who)

        # 0d. '"...," reported in the Ministry of Defense of Halvia.': a verb of saying with no subject, then "in" or
        # "at" and a body's name ending the sentence (a machine translation's "сообщили в Министерстве обороны"):
        # the body said it (round 28a, f2713)
        verb_in = _SAID_IN_BODY_EN.match(masked, pos, after_end)
        body_in = self.mention_starting(verb_in.end(), after_end) if verb_in else None
        if body_in is not None and body_in.kind == "name" and not self.cast.is_person(body_in.actor or "") and (
                re.match(r"[ \t\u00a0]*(?:[.;!?]|$)", masked[body_in.end:after_end])):
            return self._make([body_in], "after: verb, in (a body)", text[pos:body_in.end].strip(" ,"), body_in)
        # 1a. '"...," fumed opposition senator Juno Pell, who ...': the quote's own clause ends in a comma inside
        # its marks, and a past-tense word the lexicon does not know is inverted before a person's name (a few
        # lower-case role words between), up to the clause's end; that person said it (round 27a, f2602)
        # (only when the quote opens its sentence: after a subject, 'Her reply, "...," surprised reporter X', the
        # verb is the subject's and the name its object; review of round 27)
        inverted = None if _VERB.match(masked, pos, after_end) or text[q.close_pos - 1:q.close_pos] != "," or (
            re.search(r"\w", before)) else _INVERTED_UNKNOWN.match(masked, pos, after_end)
        if inverted and inverted.group("v").lower() not in _VERB_CLASS:
            who = self.speaker_at(inverted.end(), after_end)
            clause_end = re.match(r"[ \t\u00a0]*(?:[,.;!?]|$)", masked[who.end:after_end]) if who else None
            if who is not None and clause_end and who.kind in ("name", "new_name") and self.cast.is_person(
                    who.actor or ""):
                att = self._make([who], "after: an inverted past-tense verb, speaker", text[pos:who.end], who)
                att.confidence = "medium"
                return att

        # 1. after the quote: "..., observes X" / "...," he added / "...," spokesman Ivan Dorokhov said
        verb = _VERB.match(masked, pos, after_end)
        if verb and verb_class(verb.group(0)) == "speech":
            addressee = _RU_ADDRESSEE.match(masked, verb.end(), after_end)
            if addressee and not any(m.kind == "pronoun" or self.cast.is_person(m.actor or "")
                                     for m in self.cast.between(addressee.end(), after_end)):
                # (where the source works, "источник в правительстве", names no one)
                # «...», — рассказал Варинформу источник в министерстве: told the agency, by someone unnamed
                return Attribution([], "low", " ".join(text[pos:after_end].split()).rstrip(" ."),
                                   "after: verb, addressee, unnamed source",
                                   "the words are an unnamed source's: no one to name")
            participle = _RU_ADVERBIAL.match(masked, verb.end(), after_end)
            who = self.speaker_at(participle.end() if participle else verb.end(), after_end)
            if who is not None and who.kind in ("name", "new_name") and self.cast.is_person(who.actor or "") and (
                    _RU_GOVERNED_BEFORE.search(masked, max(verb.end(), who.start - 60), who.start)) and not all(
                    can_be_nominative(w) for w in _CYRILLIC_WORD.findall(who.text)):
                # «— сказал после встречи с Петровым», «— сказал после встречи с министром Петровым»: a person's
                # name a preposition governs in an oblique case is the verb's companion, never its subject (the
                # case alone is not enough: the dictionary guesses an oblique case for many a made-up name)
                who = None
            head = re.fullmatch(r"[ \t\u00a0]*(?P<w>глава|head[ \t\u00a0]+of[ \t\u00a0]+the)[ \t\u00a0]+",
                                masked[verb.end():who.start]) if who is not None and who.kind == "name" and (
                not self.cast.is_person(who.actor or "")) else None
            held = self.russian_role(_ShiftedRole(masked[verb.end() + head.start("w"):who.end], verb.end() + head.start(
                "w")), q.open_pos, text[pos:who.end]) if head and who is not None else None
            if held is None and head is None and who is not None and who.kind == "name" and not self.cast.is_person(
                    who.actor or "") and re.fullmatch(r"[ \t\u00a0]*глава[ \t\u00a0]+[а-яё]{3,}(?:ск|цк)(?:ого|ой)"
                                                      r"[ \t\u00a0]+", masked[verb.end():who.start]):
                # «...», — добавила глава линдмаркского МИД: the holder the page gave that role with that body and
                # that place before («с главой МИД Линдмарка Элисе Варг»), not the body
                held = self.holder_of_body_role(who, verb.end(), q.open_pos)
            place_word = who is not None and who.kind == "new_name" and bool(_CYRILLIC_WORD.fullmatch(who.text)) and (
                not personal_name(who.text))
            if held is None and who is not None and (
                    (who.kind == "name" and not self.cast.is_person(who.actor or "")) or place_word):
                # «...», — отметил Председатель Сената: a role and its body in the genitive, no name after them, is
                # the person the page gave that role before («Председатель Сената Антон Ремизов»), not the body; a
                # place's one word after the role too («— добавил президент Варнии», fresh39/f3916)
                role_of = _RU_ROLE.match(masked, verb.end(), after_end)
                if role_of and role_of.start("role") < who.start and role_of.end() >= who.end:
                    held = self.russian_role(role_of, q.open_pos, text[pos:role_of.end()])
                    if held is None and who.kind == "new_name" and not can_be_nominative(who.text):
                        # «— добавил президент Ардеша.»: a place in the genitive after the role, whose holder the
                        # page never named, is no one's name
                        who = None
            if held is not None:
                # «...», — отметила глава МИД: the person the page gave that role before («Министра иностранных дел
                # ... Лены Ортис»), not the body
                return held
            # (a plural verb with no subject, and one word after the body's words, a place: «— сообщил в полиции
            # Иван Рест» is a man who told the police)
            body_of = _IN_BODY_OF.fullmatch(masked, verb.end(), who.start) if who is not None and who.kind in (
                "name", "new_name") and verb.group(0).endswith("и") and len(who.text.split()) == 1 else None
            if body_of is not None and who is not None:
                # «...», — сообщили в полиции округа Порт-Селка: the body in which it was said, its common noun
                # back in the nominative with the words and the place after it, not the place alone
                in_place = self.body_named(body_of, who)
                return self._make([in_place], "after: verb, в (a body by its common noun and place)",
                                  text[pos:who.end], in_place)
            # (a noun of a relation to a person, whose genitive the name is: never an occupation, "токарь Игнат
            # Ровный, попросивший не называть его завод", where the name is the subject's own)
            owner_of = re.search(r"(?<![А-ЯЁа-яё-])(?:сосед|соседк|друг|друз|подруг|родственни|коллег|жен|муж|брат"
                                 r"|сестр|сын|доч|отец|отц|мат|помощни|знаком|охранни|водител)[а-яё]{0,3}[ \t\u00a0]+$",
                                 masked[verb.end():who.start]) if (
                who is not None and who.kind in ("name", "new_name")) else None
            if owner_of and who is not None and _ANONYMOUS_AFTER.match(masked, who.end, after_end) and re.match(
                    r"[ \t\u00a0]*,[ \t\u00a0]+(?:попросивш|пожелавш)", masked[who.end:after_end]):
                # «...», — рассказал журналистам сосед Ивана Реста, попросивший не называть его имени: the name, in
                # another case than the page's own form of it, is the genitive of the noun before it, whose person
                # asked not to be named (review of round 27)
                return Attribution([], "low", " ".join(text[pos:after_end].split()).rstrip(" ."),
                                   "after: verb, an unnamed person of the one named",
                                   "the words are an unnamed person's: no one to name")
            blanks = re.compile(r"[ \t\u00a0]+").match(masked, verb.end(), after_end)
            lone = _UNNAMED_PERSON.match(masked, blanks.end(), after_end) if blanks and who is not None else None
            if lone and who is not None and who.kind == "new_name" and lone.start() < who.start and (
                    who.end <= lone.end()) and " " not in who.text and self._named_once(who) and _DEMONYM_SHAPED.search(
                    who.text) and re.search(
                    r"(?:official|source|diplomat|officer|spokes(?:man|woman|person)|representative)$",
                    lone.group(0)) and re.match(r"[ \t\u00a0]*(?:[,.;!?]|$)", masked[lone.end():after_end]):
                # '"...," said a senior Varnian official.': a people's word the page names no one else by, between
                # the article and the official, is no person: someone unnamed speaks (review of round 29a); not a
                # company's name ('said a Gazprom spokesperson': the company speaks, second review of round 29a)
                return Attribution([], "low", " ".join(text[pos:lone.end()].split()),
                                   "after: verb, an unnamed official",
                                   "the words are an unnamed person's: no one to name")
            if who is not None:
                return self._make([who], "after: verb, speaker", text[pos:who.end], who)
            last = self.clause_final_subject(verb.end(), after_end) if re.search("[а-яё]", verb.group(0)) else None
            if last is not None:
                att = self._make([last], "after: verb, circumstances, speaker at the clause's end",
                                 text[pos:last.end], last)
                att.confidence = "medium"
                return att
            unnamed = _UNNAMED_AFTER.match(masked, verb.end(), after_end) or _ANONYMOUS_AFTER.match(
                masked, verb.end(), after_end) or _UNNAMED_FROM_PLACE.fullmatch(masked, verb.end(), after_end)
            # (or a common noun and the place the person is from, «— рассказал рыбак из поселка Мерви»: round 29c)
            if unnamed and not self.cast.between(unnamed.start(), unnamed.end()):
                # «...», — рассказал нашему корреспонденту один из резервистов: told by someone the page does not
                # name, never the person quoted before
                return Attribution([], "low", " ".join(text[pos:unnamed.end()].split()),
                                   "after: verb, an unnamed person",
                                   "the words are an unnamed person's: no one to name")
            service = _PRESS_SERVICE.match(masked, verb.end(), after_end)
            served = None
            if service and service.group("noun") is None and "пресс-служб" in service.group(0):
                # «...», — уточнили в пресс-службе: the press service the page named before ("сообщили в
                # пресс-службе администрации Кварнского края"), if it named one
                served = self._last_organisation_by(q.open_pos, "first:пресс-")
            served = served or (self.common_body(service.group("noun"), q.open_pos) if service else None)
            if service and served is not None:
                return self._make([served], "after: verb, press service of the body named before",
                                  text[pos:service.end()], served)
            role = _RU_ROLE.match(masked, verb.end(), after_end)
            if role and any(self.cast.is_person(m.actor or "") for m in self.cast.between(role.start(), role.end())):
                role = None  # "— сказала министр Анна.": a name after the role, not a role alone
            by_role = self.russian_role(role, q.open_pos, text[pos:role.end()]) if role else None
            if by_role is not None:
                return by_role
            if role and earlier is not None and earlier.paragraph == sent.paragraph:
                # "Политолог Карл Веде ... считает исход голосования половинчатым. «...», — говорит эксперт.": a role
                # or an occupation no apposition gave anyone is the person the sentence before makes its speaker
                by_earlier = self.speaker_of_sentence(earlier.start, earlier.end)
                # (not a person the sentence gives another role: «Премьер-министр Кесселя Иван Рест встретил
                # гостя. «...», — отметил президент.» is the guest's words; review of round 27)
                stem = role.group("role").lower()[:6]
                first_named = next((m for m in self.cast.between(earlier.start, earlier.end) if by_earlier is not None
                                    and by_earlier.speakers and m.actor == by_earlier.speakers[0]), None)
                their_role = masked[max(earlier.start, first_named.start - 60):first_named.start] if (
                    first_named is not None) else ""
                their_role = re.split(r"[.!?;:«»]|,[ \t\u00a0]", their_role)[-1]
                other_role = any(w.group(0).lower()[:6] != stem for w in _ROLE_WORD.finditer(their_role))
                if by_earlier is not None and by_earlier.speakers and not other_role and all(
                        self.cast.is_person(a) for a in by_earlier.speakers):
                    return Attribution(list(by_earlier.speakers), "medium",
                                       " ".join(text[pos:role.end()].split()) + f" ({by_earlier.basis})",
                                       "after: verb, role of the person the sentence before names")
            # «...», — ответили нашему каналу в министерстве рыболовства Линдмарка: a plural verb with no
            # subject, then the body in which it was said
            within = _AFTER_IN_BODY.match(masked, verb.end(), after_end) if verb.group(0).endswith("и") else None
            in_body = self.body_in(within.end()) if within else None
            if in_body is not None:
                return self._make([in_body], "after: verb, в (body)", text[pos:in_body.end], in_body)
            noun = _BODY_NOUN_ALONE.match(masked, within.end(), after_end) if within else None
            by_noun = self.common_body(noun.group(0), q.open_pos) if noun else None
            if noun and by_noun is not None:
                # «...», — заявили в министерстве: the ministry the page named before («В МИД Сорвии связали ...»)
                att = self._make([by_noun], "after: verb, в (the body named before by its noun)",
                                 text[pos:noun.end()], by_noun)
                att.confidence = "medium"
                return att
        # 1b. «...», — вспоминает мэр Товика Грета Лунн: after the quote's comma and dash, a Russian verb in the past
        # or the present that the lexicon does not hold as one of saying (remembering, confessing, smiling), then
        # its subject up to the clause's end: a person named there in the nominative said it; one of a group («—
        # признался корреспонденту один из резервистов») or a common noun alone («— улыбается учительница из
        # Мирска») is someone the page does not name, never the speaker of the sentence before (round 28c, f2720,
        # f2718)
        ru_verb = _RU_VERB_AFTER_DASH.match(masked, pos, after_end) if verb is None and re.search(
            "[—–]", masked[q.close_pos + 1:pos]) else None
        if ru_verb is not None:
            subject = self.speaker_at(ru_verb.end(), after_end)
            clause_end = re.match(r"[ \t\u00a0]*(?:[,.;!?]|$)", masked[subject.end:after_end]) if subject else None
            # (a first name or a surname alone, «— сокрушается Игорь.», is the person the page named before in
            # full with it, when there is one: review of round 28c, F2)
            in_full = self._named_before_in_full(subject, q.open_pos) if subject is not None and clause_end else None
            if in_full is not None:
                att = self._make([in_full], "after: a Russian verb after the dash, a name alone, named before",
                                 text[pos:subject.end] if subject else "", in_full)
                att.confidence = "medium"
                return att
            if subject is not None and clause_end and subject.kind in ("name", "new_name") and self.cast.is_person(
                    subject.actor or "") and not self._declined(subject):
                att = self._make([subject], "after: a Russian verb after the dash, speaker", text[pos:subject.end],
                                 subject)
                att.confidence = "medium"
                return att
            # (a role alone, «— вспоминает министр.», is the person the page gave that role before)
            role = _RU_ROLE.match(masked, ru_verb.end(), after_end)
            by_role = self.russian_role(role, q.open_pos, text[pos:role.end()]) if role else None
            if by_role is not None:
                return by_role
            unnamed = _UNNAMED_AFTER.match(masked, ru_verb.end(), after_end) or (
                None if role else _COMMON_NOUN_ALONE.fullmatch(masked, ru_verb.end(), after_end))
            if unnamed and not self.cast.between(ru_verb.end(), after_end) and not self._noun_for_someone_before(
                    unnamed.group(0), q.open_pos):
                return Attribution([], "low", " ".join(text[pos:unnamed.end()].split()).rstrip(" ."),
                                   "after: a Russian verb after the dash, an unnamed person",
                                   "the words are an unnamed person's: no one to name")
        # (only for a quote inside its clause: no comma, stop or dash ends it, inside its marks or right after)
        mid_clause = bool(re.match(r"[ \t\u00a0]+[\w(]", masked[q.close_pos + 1:sent.end])) and (
            text[q.close_pos - 1] not in ",.;:!?…—–-")
        trailing = self.trailing_attribution(pos, sent.end) if no_quote_after and mid_clause else None
        if trailing is not None:
            return trailing
        who = self.speaker_at(pos, after_end)
        voiced = self.voiced_body(who, after_end) if who is not None else None
        if voiced is not None:
            # '"...," a spokesman for the Oskby Port Authority said': the body its unnamed voice speaks for
            tail = re.match(r"(?:\s*,)?" + _AUX + r"\s+", masked[voiced.end:after_end])
            verb = _VERB.match(masked, voiced.end + tail.end(), after_end) if tail else None
            if verb and verb_class(verb.group(0)) == "speech":
                return self._voice(voiced, "after: an unnamed voice of a body, verb", text[pos:verb.end()])
        if who is not None:
            # (a comma may close an apposition that came before the name: "Lindmark's finance chief, Sara Holm,")
            # (or a role merged with the name it stands in apposition to: "the spokesman, Pavel Strunin, told")
            # (a person's body after the name, "analyst Rita Hume of Kessel Handelsbank wrote": where they work)
            works = re.match(r"[ \t\u00a0]+(?:of|at|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?", masked[who.end:after_end]
                             ) if who.kind in ("name", "new_name") and self.cast.is_person(who.actor or "") and not (
                # (not a name that is itself the object of "for", "of", "to": "a lawyer for Tomas Grell of Veska
                # Shipping said" is the lawyer's, not the client's)
                _OBJECT_OF_BEFORE.search(masked, pos, who.start)) else None
            employer = self.mention_starting(who.end + works.end(), after_end) if works else None
            who_end = employer.end if employer is not None and employer.kind in ("name", "new_name") else who.end
            tail = re.match((r"(?:\s*,)?" if who.start > pos or "," in who.text else "") + _AUX + r"\s+",
                            masked[who_end:after_end])
            verb = _VERB.match(masked, who_end + (tail.end() if tail else 0), after_end) if tail else None
            if verb and verb_class(verb.group(0)) == "speech":
                return self._make([who], "after: speaker, verb", text[pos:verb.end()], who)
            # '"...," she liked to say', '"...," Holt went on to say': the subject's verb takes an infinitive of
            # saying (one word, perhaps "on", then "to"), whose subject is the same person (round 27a, f2612)
            takes = _TAKES_INFINITIVE.match(masked, who_end + tail.end(), after_end) if tail and not verb else None
            infinitive = _VERB.match(masked, takes.end(), after_end) if takes else None
            if infinitive and verb_class(infinitive.group(0)) == "speech":
                return self._make([who], "after: speaker, verb, to say", text[pos:infinitive.end()], who)
            # "...," Interior Minister Vera Kaln and her Kessel counterpart(,) Johan Strell(,) said: both
            partner = re.match(_PARTNER_WORDS, masked[who.end:after_end]) if who.kind != "pronoun" else None
            other = self.mention_starting(who.end + partner.end(), after_end) if partner else None
            if other is not None and other.kind in ("name", "new_name") and self.cast.is_person(other.actor or ""):
                tail = re.match(r"(?:\s*,)?" + _AUX + r"\s+", masked[other.end:after_end])
                verb = _VERB.match(masked, other.end + tail.end(), after_end) if tail else None
                if verb and verb_class(verb.group(0)) == "speech":
                    return self._make([who], "after: speaker and counterpart, verb", text[pos:verb.end()], who,
                                      extra=[other])
            # "...," Ivo Marant, the Compact's secretary general, said / "...," a spokesman for the port
            # authority, Leon Hart, said: a speaker and its apposition between commas, then the verb.
            app = _APPOSITION.match(masked, who.end, after_end)
            if app:
                inner = [m for m in self.cast.between(app.start("inner"), app.end("inner"))
                         if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")]
                main = who
                if who.kind == "descriptor" or not self.cast.is_person(who.actor or "") or (
                        inner and re.match(r"['’]s(?![\w'’])", masked[who.end:who.end + 3])):
                    # ("Rimholm's mayor, Jonas Ekk, calls": a possessive owns the role; the name in apposition to
                    # the role speaks, not the owner)
                    main = inner[-1] if inner else who
                if main.kind != "pronoun":
                    return self._make([main], "after: speaker, apposition, verb", text[pos:app.end()], main)

        # "...," it said in a statement: the organisation named before (a person is never "it")
        pronoun = _IT_SAID.match(masked, pos, after_end)
        if pronoun:
            org = self.it_body(q.open_pos, prev_sentence)
            if org is not None:
                att = self._make([org], "after: it, verb (the organisation named before)",
                                 text[pos:pronoun.end()], org)
                att.confidence = "medium"
                return att

        body = _BODY_SAID.match(masked, pos, after_end)
        if body:
            org = self.organisation_for(body.group("body"), q.open_pos)
            return self._make([org], "after: the body, verb", text[pos:body.end()], org)
        # "...," a Compact spokesperson said: an unnamed voice of an organisation the page names speaks for it
        voice = _ORG_VOICE_SAID.match(masked, pos, after_end)
        voiced = self.organisation_named(voice.start("org"), voice.end("org")) if voice else None
        if voice and voiced is not None:
            att = self._make([voiced], "after: the organisation's unnamed spokesperson, verb", text[pos:voice.end()],
                             voiced)
            att.confidence = "medium"
            return att
        if who is None:
            # "...," union leader, Pia Lund, said: a lower-case role, then the name between commas, then the verb
            # (a plural possessive may qualify the role: "the Greens' leader, Mira Holt, told")
            lead = re.match(r"[ \t\u00a0]*(?:(?:[a-z][\w-]*(?:['’]s)?|[A-Z][\w-]*s['’])[ \t\u00a0]+){0,3}[a-z][\w-]*,"
                            r"[ \t\u00a0]*", masked[pos:after_end])
            name = self.mention_starting(pos + lead.end(), after_end) if lead else None
            if name is not None and name.kind in ("name", "new_name") and self.cast.is_person(name.actor or ""):
                tail = re.match(r"[ \t\u00a0]*," + _AUX + r"[ \t\u00a0]*", masked[name.end:after_end])
                verb = _VERB.match(masked, name.end + tail.end(), after_end) if tail else None
                if verb and verb_class(verb.group(0)) == "speech":
                    return self._make([name], "after: role, speaker between commas, verb", text[pos:verb.end()],
                                      name)

        # 1b. the second piece of a split quote: '"...," Minister X told reporters in Astrell, "..."', '«..., — сказал
        # Волков, — ...»': the words between the pieces are the first piece's attribution, so the speaker is the same
        if (previous is not None and previous.speakers and previous.rule.startswith("after:") and same
                and len(list(_VERB.finditer(masked, floor, q.open_pos))) <= 1
                and not re.search(r"[.;!?]", masked[floor:q.open_pos])):
            return Attribution(list(previous.speakers), previous.confidence,
                               f"split quote: the same attribution ('{previous.basis}')", "split quote")

        # 2. passive: "justified by X and Y as"
        passive = re.search(r"(?<![\w'’])(?P<verb>" + "|".join(sorted(PASSIVE_VERBS)) + r")\s+by\s+(?P<who>.+?)"
                            r"(?:\s+as)?\s*[,:]?\s*$", before)
        if passive:
            who_start = floor + passive.start("who")
            who_end = floor + passive.end("who")
            people = [m for m in self.mentions_in(who_start, who_end) if m.kind != "pronoun"]
            joined = bool(people) and re.fullmatch(
                r"(?:\s*(?:,|and|,\s*and)\s*)*", re.sub(r"\x00", "", "".join(
                    masked[a.end:b.start] for a, b in itertools.pairwise(people))) or " ")
            if people and joined and people[0].start == who_start:
                basis = text[floor + passive.start("verb"):q.open_pos].rstrip(" ,:")
                return self._make(people, "passive: verb by speakers", basis, people[0], extra=people[1:])

        # 2b. "The Harbour Times quoted Holm's deputy, Tor Ness, as saying ... '...'": the one quoted
        quoted_as = next(reversed(list(_QUOTED_AS.finditer(masked, floor, q.open_pos))), None)
        if quoted_as is not None:
            who = self._quoted_person(quoted_as.start("who"), quoted_as.end("who"), q.open_pos)
            if who is not None:
                return self._make([who], "before: quoted X as saying", text[quoted_as.start():quoted_as.end()],
                                  who)

        # 2c. "В заявлении МИД Варнии, распространенном ..., отмечается, что ... «...»": the document's owner, named
        # right after it in the genitive, speaks (not the organisation named last before)
        of_doc = _STATEMENT_OF_BEFORE.search(masked, floor, q.open_pos)
        doc_owner = self.mention_starting(of_doc.start("owner"), of_doc.end("owner")) if of_doc else None
        if of_doc and doc_owner is not None and doc_owner.kind in ("name", "new_name"):
            att = self._make([doc_owner], "before: the statement of X says", text[of_doc.start():of_doc.end()],
                             doc_owner)
            if "со ссылкой на" in of_doc.group(0):
                # «В сообщении Reuters со ссылкой на министра ... говорится»: an agency reporting someone's words
                # quotes them; the curator checks whose they are
                att.confidence = "low"
            return att
        # 2c'. "В письме мэра Римхольма Йонаса Экка премьер-министру сказано, что «...»": the person named in the
        # genitive after the role the document's noun governs (the role's genitive agrees with the name's)
        of_person = _DOCUMENT_OF_PERSON_BEFORE.search(masked, floor, q.open_pos) if not of_doc else None
        owners = [m for m in self.mentions_in(of_person.start("owner"), of_person.end("owner"))
                  if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")] if of_person else []
        # (the name declined as the role is, in the genitive; an addressee's, in the dative, ends otherwise)
        # (the document's first genitive is the role that governs the name, no second role between them: "В письме
        # адвоката капитана Ивана Сорина" is the lawyer's, unnamed; review of round 26)
        gap = masked[of_person.start("owner"):owners[0].start] if of_person and owners else ""
        first_role = re.match(r"\S+", gap)
        if of_person and len(owners) == 1 and re.search(r"[аяыи]$", owners[0].text) and _OBLIQUE_GOVERNOR.fullmatch(
                gap) and first_role is not None and not _OBLIQUE_GOVERNOR.search(gap, first_role.end()):
            return self._make(owners, "before: the document of X (genitive) says",
                              text[of_person.start():of_person.end()], owners[0])
        # 2d'. "В решении суда говорится, что «...»": a document of a body named by its common noun in the genitive
        # is the document of the body with that noun named last before ("Окружной суд Нурдбю")
        of_noun = _DOCUMENT_OF_NOUN_BEFORE.search(masked, floor, q.open_pos)
        doc_noun = of_noun.group("noun") if of_noun else ""
        doc_body = self._last_organisation_by(q.open_pos, "head:" + doc_noun[:3], "first:" + doc_noun[:-1][:6]) if (
            of_noun) else None
        if of_noun and doc_body is not None:
            att = self._make([doc_body], "before: the document of the body (its noun) says",
                             text[of_noun.start():of_noun.end()], doc_body)
            att.confidence = "medium"
            return att
        # 2d. "The statement added that the alliance would '...'": the organisation named last, as after a quote
        reported = _STATEMENT_BEFORE.search(masked, floor, q.open_pos)
        if reported and _GOVERNS_BEFORE.search(masked, max(floor, reported.start() - 30), reported.start()):
            reported = None  # "An official involved in drafting the declaration said": the document is an object
        if reported:
            org = self.last_organisation(q.open_pos)
            if org is not None:
                att = self._make([org], "before: the statement says", text[reported.start():reported.end()], org)
                att.confidence = "medium"
                return att

        # 3. verb then speaker before the quote: "concludes X, '...'"; a headline "X: '...'"
        tail = re.search(r"(?<![\w'’])(?P<verb>" + _VERB_ALT + r")\s+(?P<rest>[^,:;]{1,80}?)\s*[,:]\s*$", before)
        if tail and verb_class(tail.group("verb")) == "speech" and not _TAKES_OBJECT.fullmatch(tail.group("verb")):
            who = self.mention_starting(floor + tail.start("rest"), floor + tail.end("rest"))
            if who is None:
                # "Как заявила журналистам официальный представитель Компакта Ганна Рийк, «...»": an addressee
                # and a role (with the body in the genitive) before the name
                who = self.speaker_at(floor + tail.start("rest"), floor + tail.end("rest"))
                if who is not None and not (
                    who.kind in ("name", "new_name") and self.cast.is_person(who.actor or "")
                ):
                    who = None  # "Как отметил глава МИД, «...»": the role's holder, named before, not the body

            if who is not None and re.search(r"(?<![\w'’])(?:in|at|on|from|near|outside|inside|to|into|for|with)"
                                             r"[ \t\u00a0]+(?:the[ \t\u00a0]+)?$", masked[floor:who.start]):
                who = None  # "said at the signing in Harl:": a place after a preposition, never the verb's subject
            if who is not None and _DATIVE_GOVERNOR.search(masked, floor + tail.start("rest"), who.start):
                # «Как доложили министру Ивану Ресту, «...»»: a name after a role in the dative is the one told,
                # never the verb's subject (review of round 27)
                who = None
            if who is not None and who.end >= floor + tail.end("rest") - 1:

                basis = text[floor + tail.start("verb"):who.end]
                return self._make([who], "before: verb, speaker", basis, who)
        # 3'. "Как отметила эксперт ... Ханна Вестбю, формула «...»": the sentence opens with "как", a verb of saying
        # and its speaker up to a comma, and the quote comes later in the clause after it
        as_said = _AS_SAID.match(masked, sent.start, q.open_pos)
        if as_said and as_said.group("verb").lower() in RU_SPEECH_VERBS and not _RU_SOURCE_IN.search(
                masked, as_said.start("rest"), as_said.end("rest")) and not any(
                w.lower() in RU_SPEECH_VERBS for w in re.findall(r"[а-яёА-ЯЁ]+", masked[as_said.end():q.open_pos])
                ) and not any(m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")
                              for m in self.cast.between(as_said.end(), q.open_pos)):
            # (not when the clause after the comma has its own verb of saying or a person of its own: "Как
            # сообщила Лена Ортис, Олег Рунд заявил ей, что «...»" is Рунд's, whom the rules after this one find)
            # (the name that ends the words after the verb: a role, its body and the addressee may come before it)
            who = next((m for m in reversed(self.cast.between(as_said.start("rest"), as_said.end("rest")))
                        if m.end == as_said.end("rest")), None)
            if who is not None and who.kind in ("name", "new_name") and self.cast.is_person(who.actor or "") and not (
                    # (a name right after a role in the dative is the one told: «Как доложили министру Ивану Ресту»)
                    _DATIVE_GOVERNOR.search(masked, as_said.start("rest"), who.start)):
                return self._make([who], "before: как, verb, speaker, the clause after it",
                                  text[as_said.start():who.end], who)
        headline = re.fullmatch(r"\s*(?P<who>[^:]{2,60}?)\s*:\s*", before)
        if headline and floor == sent.start:
            who = self.mention_starting(floor + headline.start("who"), floor + headline.end("who"))
            label = who is not None and who.kind == "new_name" and " " not in who.text.strip() and self.printed(
                who.text.strip()) <= 1
            if who is not None and who.end == floor + headline.end("who") and not label:
                # (a lone capitalised word the page never uses again is a box's label, "Claim:", not a person)
                return self._make([who], "headline: speaker, colon", text[who.start:q.open_pos].rstrip(), who)

        # 3a. "Как сообщили в пресс-службе Харбор Компакта, секретариат «...»": the body whose press service spoke
        service = _SAID_IN_SERVICE.search(masked, sent.start, q.open_pos)
        served = self.mention_starting(service.end(), q.open_pos) if service else None
        if served is not None and served.kind in ("name", "new_name") and (
                served.kind == "new_name" or not self.cast.is_person(served.actor or "")):
            # (a name after "пресс-службе" is a body's, whatever its form: a press service serves no person)
            return self._make([served], "before: said in the press service of (body)",
                              text[service.start():served.end] if service else "", served)
        # 3a'. "Как сообщили КТА в Министерстве иностранных дел Кесселя, вопрос «...»": a plural verb with no subject
        # (an addressee may follow it), said in a body the cast names
        said_at = _SAID_IN_BODY.search(masked, floor, q.open_pos)
        said_in = self.body_in(said_at.end()) if said_at else None
        if said_at and said_in is not None:
            return self._make([said_in], "before: said in (body)", text[said_at.start():said_in.end], said_in)
        # 3b. "В министерстве иностранных дел Варнии сообщение Ран назвали «...»": the body in which it was said
        # (a plural verb with no subject), not the person in the genitive before the verb
        inside = _RU_IN_BODY.match(masked, sent.start, q.open_pos)
        speaking_body = self.body_in(inside.start("body")) if inside else None
        if inside and speaking_body is None and re.fullmatch(r"ведомстве|министерстве",
                                                             inside.group("body").strip().lower()):
            speaking_body = self.common_body(inside.group("body"), q.open_pos)  # "В ведомстве заявили"
        if speaking_body is None and inside is not None:
            # «В полиции Ростада предупредили, что «...»», «В Управлении гражданской защиты по Товикскому округу
            # напомнили:»: a body's noun in the prepositional opening the sentence, its genitive words and place,
            # then the plural verb with no subject; the cast knows no such body: it is named here, in the
            # nominative (round 28c, f2715, f2717)
            speaking_body = self.body_opening(sent.start, q.open_pos)
            opens = _BODY_OPENS.match(masked, sent.start, q.open_pos) if speaking_body is None else None
            if opens is not None and opens.group("noun").lower().endswith(("ах", "ях")):
                # «В агентствах недвижимости Ростада отметили»: bodies of a kind in the plural, none named, and
                # never the place after them (review of round 28c, F4)
                return Attribution([], "low", " ".join(text[sent.start:q.open_pos].split()).rstrip(" ,:"),
                                   "в (bodies of a kind) said", "the words are unnamed bodies': no one to name")
        if speaking_body is not None and inside is not None and _people_after_body(
                masked, speaking_body.end, inside.end()):
            speaking_body = None
        if speaking_body is not None:
            return self._make([speaking_body], "в (body) said", text[sent.start:q.open_pos].rstrip(" ,:"),
                              speaking_body)

        # 3c. "Заявление генерального секретаря Юхана Эквалля о том, что ... «...»", "Ekvall's warning that ...
        # '...'": the words of the person named in the genitive or the possessive
        words_of = _WORDS_OF.search(masked, floor, q.open_pos)
        if words_of:
            end = words_of.end()
            reach = re.match(r"[^,.;:!?_]{0,80}", masked[end:q.open_pos])
            people = [m for m in self.cast.between(end, end + (reach.end() if reach else 0))
                      if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")]
            if words_of.group("who") is not None:
                owner = self.mention_ending(words_of.end("who"), floor)
                people = [owner] if owner is not None and owner.kind != "pronoun" and self.cast.is_person(
                    owner.actor or "") else []
            if people and any(verb_class(v.group(0)) == "speech" for v in _VERB.finditer(
                    masked, people[0].end, q.open_pos)) and re.search(",", masked[people[0].end:q.open_pos]):
                # «Комментируя слова министра Карла Эрдмана, Вера Ранц сказала: «...»»: a clause of its own after the
                # comma, its verb of saying, says the quote; its subject speaks, not the one whose words it comments
                # on (round 28c)
                people = []
            if people:
                return self._make(people[:1], "before: the words of X (genitive or possessive)",
                                  text[words_of.start():people[0].end if people[0].end > words_of.start()
                                       else words_of.end()], people[0])

        # 4. speaker then verb before the quote: "X observed, '...'", "X told Y that '...'"
        verbs = list(_VERB.finditer(masked, floor, q.open_pos))
        for verb in reversed(verbs):
            klass = verb_class(verb.group(0))
            gap = masked[verb.end():q.open_pos]
            words = gap.split()
            if words and words[-1].lower() in ("that", "that,"):
                words = words[:-1]
            limit = 6 if klass == "speech" else 8
            if len(words) > limit or re.search(r"[.;!?]", gap) or (
                "_" in gap and not self.only_names_between(verb.end(), q.open_pos)
            ):
                continue
            # "X congratulated Y by telephone and wished him '...'": a second verb of the clause has its subject
            second = bool(re.search(r"(?<![\w'’])(?:and|и)\s+$", masked[floor:verb.start()]))
            subject = self._subject(verb.start(), floor, participle=verb.group(0).endswith("ing") or second)
            if subject is not None and self._reported_clause_verb(subject, verb, klass):
                continue
            held_role = self.role_after_body(subject, verb.start(), q.open_pos) if subject is not None else None
            if held_role is not None:
                return held_role
            if subject is not None and self.source_in(subject):
                return self._unnamed_source(subject)
            member = self.unnamed_member(subject, floor, verb.start()) if subject is not None else None
            if member is not None:
                # "A senior Harbour Compact official, who spoke on condition of anonymity, said:": the body's name
                # only qualifies someone unnamed, who is not the body (round 28a, f2701)
                return Attribution([], "low", " ".join(text[member[0]:verb.end()].split()),
                                   "before: an unnamed member of a body, verb",
                                   "the words are an unnamed person's: no one to name")
            voiced = self.voiced_body(subject, verb.start()) if subject is not None else None
            if voiced is not None and subject is not None:
                # "A spokesperson for the Ministry of Defence told us: '...'": the body its unnamed voice speaks for
                return self._voice(voiced, f"before: an unnamed voice of a body, {klass} verb",
                                   text[subject.start:q.open_pos].rstrip(" ,:;"))
            if subject is None and klass == "speech":
                by_role = self.role_before(verb.start(), floor, q.open_pos, q.open_pos)
                if by_role is not None:
                    return by_role
                # "In a statement, the ministry said: '...'": the body named before by that noun
                body = _BODY_BEFORE.search(masked, floor, verb.start())
                if body:
                    org = self.organisation_for(body.group("body"), q.open_pos)
                    basis = text[body.start():q.open_pos].rstrip(" ,:;")
                    return self._make([org], "before: the body, verb", basis, org)
            if subject is None:
                it = re.search(r"(?<![\w'’])[Ii]t" + _AUX + r"\s+$", masked[floor:verb.start()])
                org = self.it_body(q.open_pos, prev_sentence) if it else None
                if it and org is not None and klass == "speech":
                    att = self._make([org], "before: it, verb (the organisation named before)",
                                     text[floor + it.start():q.open_pos].rstrip(" ,:;"), org)
                    att.confidence = "medium"
                    return att
                continue
            if subject.kind == "descriptor" and self.cast.resolve(subject) is None:
                # "the governor said: '...'": a role no curated actor holds names the person given it before
                by_role = self.role_before(subject.end, floor, q.open_pos, q.open_pos)
                if by_role is not None:
                    return by_role
            if subject.kind == "name" and not self.cast.is_person(subject.actor or ""):
                # "Глава МИД Линдмарка, в свою очередь, сказал: «...»": the body's head, the person given that
                # role and body before, not the body
                held = self.holder_of_body_role(subject, floor, q.open_pos)
                if held is not None:
                    return held
            if subject.kind == "new_name" and " " not in subject.text.strip():
                # "Компания сообщила, что «...»": a common noun opening the sentence, not a name, is the body the
                # page named before with that noun before its name in marks («компания «Селка Энерджи Терминал»»)
                by_noun = self.marked_body(subject)
                if by_noun is not None:
                    return self._make([by_noun], "before: a body by its common noun, verb",
                                      text[subject.start:q.open_pos].rstrip(" ,:;"), by_noun, klass=klass)
            basis = text[subject.start:q.open_pos].rstrip(" ,:;")
            if subject.kind in ("name", "new_name") and not self.cast.is_person(subject.actor or "") and (
                    _people_after_body(masked, subject.end, verb.start())):
                # «В МИД Кесселя коллеги заявили»: the plural noun after the body is the verb's subject, people
                # in it that the page does not name, not the body (review of rounds 28b and 28c, F5)
                return Attribution([], "low", " ".join(text[subject.start:verb.end()].split()),
                                   "before: people in a body, verb", "the words are unnamed people's: no one to name")
            rule = f"before: speaker, {klass} verb"
            # the speakers in the order the sentence names them ("X and her counterpart Y said": X, Y); not the
            # speaker of an opening "Как сообщила X," ("Как рассказала Ортис, Рунд написал: «...»": Рунд's)
            clause = as_said.end() if as_said is not None and as_said.end() <= subject.start else sent.start
            people = sorted([subject, *self.coordinated(subject, clause)], key=lambda m: m.start)
            return self._make(people[:1], rule, basis, subject, klass=klass, extra=people[1:])

            break

        # 4a. "По итогам разговора стороны «подтвердили ...»": the two sides, the last two persons named before
        both = _JOINT_BEFORE.search(masked, floor, q.open_pos)
        if both and _VERB.search(masked, floor, both.start()):
            both = None  # "Стольберг отметил, что стороны «...»": what a speaker reports of the two sides
        pair = self.last_two(q.open_pos) if both else []
        if both and pair:
            att = self._make(pair[:1], "before: the two of them (the last two persons named before)",
                             text[both.start():q.open_pos].rstrip(" ,:"), pair[0], extra=pair[1:])
            att.confidence = "medium"
            return att

        # 4b. "По её словам, ... «...»", "His answer was simple: '...'": the words of someone the pronoun refers to,
        # the speaker of the sentence before (the subject of its verb of saying, else the one person it names)
        theirs = _THEIR_WORDS.search(masked, floor, q.open_pos)
        if theirs and earlier is not None:
            carried = prev_sentence if prev_sentence is not None and prev_sentence.speakers else None
            by_earlier = carried or self.speaker_of_sentence(earlier.start, earlier.end, objects=True)
            plural = (theirs.group("pronoun") or theirs.group("pronoun2") or theirs.group("pronoun3")).lower() in (
                "their", "их")
            if by_earlier is not None and plural and len(by_earlier.speakers) == 1 and self.cast.is_person(
                    by_earlier.speakers[0]):
                # "Fishermen met Mayor Jan Oberg. Their verdict was clear:", "По их мнению": a plural pronoun is a
                # group's or an organisation's, never one person's (the mayor met is no "they")
                by_earlier = None
            if by_earlier is not None and (by_earlier.speakers or by_earlier.note):
                # (an unnamed speaker's words are no one's: "По его словам" after "Источник в штабе сообщил")
                return Attribution(list(by_earlier.speakers), "medium" if by_earlier.speakers else "low", " ".join(
                    text[theirs.start():theirs.end()].split()) + f" ({by_earlier.basis})",
                    "before: their words (the speaker of the sentence before)", by_earlier.note)

        # 5. "according to X", "in the words of X", "For X, ..."
        whole = masked[sent.start:sent.end]
        # "По данным ведомства, помехи «...»": a state body by its common noun in the genitive, after "по данным"
        # or "по словам", is the body of that noun named before (the quote is its words, however short)
        per_noun = _BODY_NOUN_ACCORDING.search(masked, sent.start, q.open_pos)
        noun_body = self.common_body(per_noun.group("noun"), q.open_pos) if per_noun else None
        if per_noun and noun_body is not None:
            att = self._make([noun_body], "according to the body (its noun)", text[per_noun.start():per_noun.end()],
                             noun_body)
            att.confidence = "medium"
            return att
        for match in re.finditer(r"(?i:according to|in the words of|по словам|по мнению|как считает)\s+", whole):
            if re.match(_RU_SOURCE, masked[sent.start + match.end():sent.end]):
                # "По словам источника в одной из делегаций, ... «...»": someone unnamed
                basis = whole[match.start():].split(",")[0]
                return Attribution([], "low", " ".join(basis.split()), "according to an unnamed source",
                                   "the words are an unnamed source's: no one to name")
            who = self.mention_starting(sent.start + match.end(), sent.end)
            if who is None or (who.kind == "new_name" and who.text.split()[0] == who.text):
                # "По словам министра иностранных дел Лены Ортис": the first name met a few words on
                # (the first person: "По словам главы МИД Кесселя Эльзы Дорн" is Эльза Дорн, not the МИД)
                inner = [m for m in self.cast.between(sent.start + match.end(), sent.end)[:3]
                         if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")][:1]
                gap = self.masked[sent.start + match.end():inner[0].start] if inner else ""
                if inner and len(gap.split()) <= 4 and not re.search(r"[,.;:]", gap):
                    who = inner[0]
                elif inner and len(gap.split()) <= 5 and re.fullmatch(r"[^,.;:]+,\s*", gap) and re.match(
                        r"\s*,", self.masked[inner[0].end:inner[0].end + 3]):
                    # "По словам одной из подписавших, Агаты Линд, «...»": the person in apposition, between commas
                    who = inner[0]
            if who is not None and who.kind == "new_name" and " " not in who.text.strip() and re.match(
                    r"[ \t\u00a0]+[a-zа-яё]", masked[who.end:who.end + 2]):
                continue  # "according to Varnian state media": one capitalised word before a lower-case noun qualifies
                # the source (fresh39/f3906); no one's name
            if who is not None and not any(o.open_pos < who.start < o.close_pos for o in sent.quotes):
                return self._make([who], "according to", text[sent.start + match.start():who.end], who)
        opening = re.match(r"\s*For\s+", masked[sent.start:q.open_pos])
        if opening:
            who = self.mention_starting(sent.start + opening.end(), q.open_pos)
            if who is not None and masked[who.end:who.end + 1] == ",":
                basis = text[sent.start:q.open_pos].strip(" ,:")
                return self._make([who], "opinion: For X,", basis, who, klass="view")

        # 6. a reporting verb earlier in the sentence, with its speaker
        for verb in reversed(verbs):
            klass = verb_class(verb.group(0))
            subject = self._subject(verb.start(), floor, participle=verb.group(0).endswith("ing"))
            if subject is not None and self._reported_clause_verb(subject, verb, klass):
                continue
            if subject is not None and self.source_in(subject):
                return self._unnamed_source(subject)
            voiced = self.voiced_body(subject, verb.start()) if subject is not None else None
            if voiced is not None and subject is not None:
                return self._voice(voiced, f"earlier in the sentence: an unnamed voice of a body, {klass} verb",
                                   text[subject.start:verb.end()])
            body = _BODY_BEFORE.search(masked, floor, verb.start()) if subject is None and klass == "speech" else None
            if body:
                # "The presidential press service said in a statement that ... '...'": the body by its noun
                org = self.organisation_for(body.group("body"), q.open_pos)
                att = self._make([org], "earlier in the sentence: the body, verb", text[body.start():verb.end()], org)
                att.confidence = "medium"
                return att
            if subject is not None:
                basis = text[subject.start:verb.end()]
                nxt = re.match(r"\s+(?:of|about|on)\b", masked[verb.end():q.open_pos])
                if nxt:
                    basis += text[verb.end():verb.end() + nxt.end()]
                # "Lena Ortis and Edda Rahn said in a joint statement that ...": both, in the order named
                people = sorted([subject, *self.coordinated(subject, floor)], key=lambda m: m.start)
                att = self._make(people[:1], f"earlier in the sentence: speaker, {klass} verb", basis, subject,
                                 klass=klass, extra=people[1:])
                if att.confidence == "high":
                    att.confidence = "medium"
                return att

        # 6b. the quote is a sentence of its own, and the next one opens with its speaker and a reporting verb
        # ('"There is no crisis." Marek Volkov told reporters ...')
        if not before.strip() and not after.strip() and q.close_pos > 0 and text[q.close_pos - 1] in ".!?":
            nxt_end = self.text.find("\n", sent.end)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            who = self.mention_starting(sent.end, nxt_end)
            if who is not None and who.kind in ("name", "new_name") and self.cast.is_person(who.actor or ""):
                tail = re.match(_AUX + r"\s+", masked[who.end:nxt_end])
                verb = _VERB.match(masked, who.end + tail.end(), nxt_end) if tail else None
                if verb and verb_class(verb.group(0)) == "speech":
                    att = self._make([who], "next sentence: speaker, verb", text[who.start:verb.end()], who)
                    att.confidence = "medium"
                    return att

        # 6b'. '"Four jets ... enough." The detachment commander, Lt. Col. Hanne Vestby, put it as simply as that':
        # the quote is a sentence of its own, and the next sentence of its paragraph points back at it (it, that,
        # those) and has one person, named in apposition to a lower-case role, as the subject of its own verb
        if not before.strip() and not after.strip() and q.close_pos > 0 and text[q.close_pos - 1] in ".!?":
            nxt_end = self.text.find("\n", sent.end)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            # (its end: a full stop not after a title's abbreviation, "Lt. Col.")
            stop = next((m for m in re.finditer(r"(?P<w>\w*)[.!?](?:\s|$)", masked[sent.end:nxt_end])
                         if not re.fullmatch(r"[A-Z][a-z]{0,3}", m.group("w"))), None)
            nxt_end = sent.end + stop.end() if stop else nxt_end
            people = [m for m in self.cast.between(sent.end, nxt_end)
                      if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")]
            apposed = people[0] if len(people) == 1 else None
            # (the role may open the name's mention: "the branch chair, Marta Hegg" is one mention from "chair")
            role = _APPOSED_ROLE.search(masked, sent.end, apposed.end) if apposed is not None else None
            apposed_at = role.end() if role and apposed is not None and role.start() == apposed.start and (
                role.end() < apposed.end) else apposed.start if apposed is not None else -1
            verb_after = _APPOSED_VERB.match(masked, apposed.end, nxt_end) if apposed is not None else None
            said_word = verb_after.group(0).lstrip(", \t\u00a0").lower() if verb_after else ""
            if said_word not in _GIVES_WORDS and _VERB_CLASS.get(said_word) != "speech":
                verb_after = None
            if apposed is not None and role and role.end() == apposed_at and verb_after and _POINTS_BACK.search(
                    masked, sent.end, nxt_end):
                att = self._make([apposed], "next sentence: it points back, role, speaker in apposition, verb",
                                 text[role.start():verb_after.end()].strip(), apposed)
                att.confidence = "medium"
                return att

        # 6b''. '"We are not heroes ..." That was Drift's answer when I asked ...': the quote is a sentence of its
        # own, and the next sentence of its paragraph opens by calling it someone's answer (a possessive name)
        if not before.strip() and not after.strip() and q.close_pos > 0 and text[q.close_pos - 1] in ".!?":
            nxt_end = self.text.find("\n", sent.end)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            calls_it = _OWNED_WORDS.match(masked, sent.end, nxt_end)
            owner = self.mention_starting(calls_it.end(), nxt_end) if calls_it else None
            if calls_it and owner is not None and owner.kind in ("name", "new_name") and self.cast.is_person(
                    owner.actor or "") and _OWNED_NOUN.match(masked, owner.end, nxt_end):
                att = self._make([owner], "next sentence: it was the speaker's answer",
                                 text[calls_it.start():owner.end], owner)
                att.confidence = "medium"
                return att

        # 6c. '«...». Об этом журналистам заявил Хаген.': the next sentence says who said it
        if not before.strip() and not after.strip(" .!?"):
            nxt_start = sent.end + len(text[sent.end:]) - len(text[sent.end:].lstrip())
            nxt_end = self.text.find("\n", nxt_start)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            about = _ABOUT_THIS.match(masked, sent.end, nxt_end) or _MESSAGE_FROM.match(masked, nxt_start, nxt_end)
            if about:
                who = self.speaker_at(about.end(), nxt_end)
                if who is None:
                    # "Так объясняет отказ от воскресных смен представитель профсоюза Павел Крус.": the person
                    # named in that sentence, after what is explained
                    stop = re.search(r"[.!?](?:\s|$)", masked[about.end():nxt_end])
                    who = next((m for m in self.cast.between(about.end(), about.end() + stop.start() if stop
                                                             else nxt_end)
                                if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")), None)
                if who is not None and who.kind != "pronoun":
                    att = self._make([who], "next sentence: it says who said it", text[about.start():who.end],
                                     who)
                    att.confidence = "medium"
                    return att
        # 6d. "В МИД Кесселя назвали встречу «...»": the body in which it was said
        inside = _RU_IN_BODY.match(masked, sent.start, q.open_pos)
        if inside:
            org = next((m for m in self.cast.between(sent.start, inside.end("body") + 1)
                        if m.kind == "name" and not self.cast.is_person(m.actor or "")), None)
            if org is None and re.fullmatch(r"ведомстве|министерстве", inside.group("body").strip().lower()):
                org = self.common_body(inside.group("body"), q.open_pos)  # "В ведомстве заявили": the body named
            if org is not None and not _people_after_body(masked, org.end, inside.end()):
                return self._make([org], "в (body) said", text[sent.start:q.open_pos].rstrip(" ,:"), org)

        # 6e. after the quote, someone unnamed and their verb ('"...," one farmer whose land borders the field told
        # LRTV', '"...," said a fisherman on the quay'): their words, no one to name (never the speaker of the
        # sentence before); not when a person is apposed between them and their verb ("a diplomat who met Sara Moen")
        lone = _UNNAMED_PERSON.match(masked, pos, after_end)
        said_after = _VERB.search(masked, lone.end(), after_end) if lone else None
        if lone is None:
            said_after = _VERB.match(masked, pos, after_end)
            blanks = re.compile(r"[ \t\u00a0]+").match(masked, said_after.end(), after_end) if said_after else None
            lone = _UNNAMED_PERSON.match(masked, blanks.end(), after_end) if blanks else None
        comma = _APPOSITION_COMMA.match(masked, lone.end(), after_end) if lone else None
        apposed = self.mention_starting(comma.end(), after_end) if comma else None
        if lone and said_after and apposed is not None and apposed.kind in ("name", "new_name") and (
                self.cast.is_person(apposed.actor or "")) and _APPOSITION_END.match(masked, apposed.end, after_end):
            # '"...," said a driver, Ola Berg, 54.': the person is named in apposition to the one unnamed before
            return self._make([apposed], "after: an unnamed person, their name in apposition",
                              text[pos:apposed.end], apposed)
        # (a body's voice, "a coast guard spokesperson told CN24", speaks for the body: the rules after this one)
        if lone and said_after and re.match(r"[A-Za-z]", lone.group(0)) and not re.search(
                r"(?:spokes(?:man|woman|person)|official|representative|source)$", lone.group(0)) and not any(
                m.kind in ("name", "new_name", "descriptor") and self.cast.is_person(m.actor or "")
                for m in self.cast.between(min(lone.start(), said_after.start()), max(lone.end(), said_after.end()))):
            return Attribution([], "low", " ".join(text[pos:max(lone.end(), said_after.end())].split()),
                               "after: an unnamed person, verb", "the words are an unnamed person's: no one to name")
        if lone is None or said_after is None:
            # '"...," Varnian officials said', '"...," said two senior officials.': officials in the plural, by no
            # name (review of round 29a)
            lone = _UNNAMED_OFFICIALS.match(masked, pos, after_end)
            said_after = _VERB.search(masked, lone.end(), after_end) if lone else None
            if lone is None:
                said_after = _VERB.match(masked, pos, after_end)
                blanks = re.compile(r"[ \t\u00a0]+").match(masked, said_after.end(), after_end) if said_after else None
                lone = _UNNAMED_OFFICIALS.match(masked, blanks.end(), after_end) if blanks else None
        if lone and said_after and verb_class(said_after.group(0)) == "speech" and (
                re.fullmatch(r"[ \t\u00a0]*,?" + _AUX + r"[ \t\u00a0]*", masked[lone.end():said_after.start()])
                if lone.start() < said_after.start() else re.match(r"[ \t\u00a0]*(?:[,.;!?]|$)", masked[
                    lone.end():after_end])) and not self.cast.between(lone.start(), lone.end()) and not any(
                w.lower() in _BODY_HEAD_NOUNS for w in _WORDS.findall(lone.group(0))):
            # '"...," a senior Varnian official said, speaking on condition of anonymity': an official (a source, a
            # spokesperson) whom the page names by no body (a people's word is none), and their verb right after
            # them: someone unnamed, never the speaker of the quote before (round 29a, f2802); the verb before them
            # too, nothing after them in the sentence ('"...," said a senior Varnian official.': review of round 29a)
            return Attribution([], "low", " ".join(text[pos:max(lone.end(), said_after.end())].split()),
                               "after: an unnamed official, verb", "the words are an unnamed person's: no one to name")
        # 6e. "A senior Compact official, speaking on condition of anonymity, said:": someone unnamed speaks
        unnamed = _UNNAMED_PERSON.search(masked, sent.start, q.open_pos) or _UNNAMED_GROUP.search(
            masked, sent.start, q.open_pos) or _INDEFINITE_SUBJECT.match(
            masked, sent.start + len(masked[sent.start:q.open_pos]) - len(masked[sent.start:q.open_pos].lstrip()),
            q.open_pos)
        said = _VERB.search(masked, unnamed.end(), q.open_pos) if unnamed else None
        # (a person named between them and their verb is someone else, "A diplomat who met Sara Moen said"; not a
        # pronoun, which is theirs, "A Sorvian diplomat, speaking on condition of anonymity because he was not
        # authorized to brief the press, called the draft '...'", nor the body they work in, "Источник в
        # правительстве Варнии рассказал"; a name after the verb is what they report, "Источник рассказал, что
        # Каллас «впервые назвал ситуацию ошибкой»")
        if unnamed and said and not any(
                m.kind == "descriptor" or (m.kind != "pronoun" and self.cast.is_person(m.actor or ""))
                for m in self.cast.between(unnamed.start(), said.start())) and (
                not self._apposition_of_person(unnamed.start())):
            voice = _BODY_NOUN_VOICE.match(masked, unnamed.start(), unnamed.end())
            word = voice.group("body").lower() if voice else ""
            voiced = self._last_organisation_by(unnamed.start(), "end:" + word, "noun:" + word) if voice else None
            if voiced is not None:
                # "The Sorvian Defence Ministry rejected the account. A ministry spokesperson told ...": the voice of
                # the body named before by its noun speaks for it (no body of that noun named: no one to name)
                att = self._make([voiced], "before: a body's unnamed voice, verb",
                                 " ".join(text[unnamed.start():said.end()].split()), voiced)
                att.confidence = "medium"
                return att
            return Attribution([], "low", " ".join(text[unnamed.start():q.open_pos].split()).rstrip(" ,:"),
                               "before: an unnamed person, verb", "the words are an unnamed person's: no one to name")
        # 6f. the quote is a sentence (or a paragraph) on its own, and the sentence before it names its speaker:
        # "The new pier would be paid for ..., she said. '...'", "Volkov was in no mood for compromise. '...'",
        # "Ekvall said:\n\n'...'" (a quote opening its paragraph under a line ending with a colon)
        if (earlier is not None and not before.strip() and not after.strip(" .!?") and prev_sentence is None
                and not any(o >= earlier.start and c < earlier.end for o, c in self.quoted)):
            by_earlier = self.speaker_of_sentence(earlier.start, earlier.end)
            if by_earlier is not None:
                return by_earlier
        # 6g. a quote after a colon whose clause names one person and no verb of saying gave a speaker ("Отставной
        # адмирал Виктор Хаас в разговоре со мной был короче: «...»"): that person
        if before.rstrip().endswith(":") and not re.search(r"[.!?]\s", before):
            named: dict[str, Mention] = {}
            for m in self.cast.between(floor, q.open_pos):
                # only the clause's subject: a person before its first finite verb and after no preposition ("The
                # court sentenced Jan Oberg ..., and the verdict was short:", "A banner above Jan Oberg read:" give
                # the words to no one)
                if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "") and not self.is_object(
                        m, floor) and not re.match(r"['’]s\b", masked[m.end:m.end + 3]) and not _PLACE_BEFORE.search(
                        masked, max(floor, m.start - 30), m.start) and not _finite_verb(masked[floor:m.start]):
                    named.setdefault(m.actor or "", m)
            if len(named) == 1:
                m = next(iter(named.values()))
                att = self._make([m], "before: the one person the clause names, colon",
                                 text[m.start:q.open_pos].rstrip(" :"), m)
                if att.speakers:
                    att.confidence = "low"
                    return att
        # 6h. "Рыбаки в Аске ... настроены скептически: «...»", "Residents in Tarn were less sure: '...'": a clause of
        # its own before a colon, whose subject is a plural common noun (its verb plural) and which names no one, is an
        # unnamed group's introduction: no one earlier speaks these words
        group = (_GROUP_COLON.fullmatch(masked, sent.start, q.open_pos)
                 # (of four words or more: "Министры ... обещают «новую эпоху сотрудничества»" is a scare quote)
                 or (_GROUP_SUBJECT.fullmatch(masked, sent.start, q.open_pos)
                     if len(_WORDS.findall(text[q.start:q.end])) >= 4 else None)) if floor == sent.start else None
        if group and not self.cast.between(sent.start, q.open_pos):
            return Attribution([], "low", " ".join(text[sent.start:q.open_pos].split()).rstrip(" :"),
                               "before: a group, colon", "the words are an unnamed group's: no one to name")
        # 7. «Министр напомнил слова министра ... Лены Ортис о том, что «...», и назвал такой подход «...»»: a second
        # predicate joined by «и» has the sentence's subject (a role opening it), not the owner of the words before
        joined = _AND_PREDICATE.search(masked, same[-1].close_pos + 1, q.open_pos) if same and previous else None
        opening = _ROLE_OPENS.match(masked, sent.start, q.open_pos) if joined else None
        if opening and any(m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")
                           and _SUBJECT_VERB.match(masked, m.end, same[0].open_pos)
                           for m in self.cast.between(opening.end(), same[0].open_pos)):
            # "Мэр напомнил, что Лена Ортис назвала пирс «...» и призвала ...": a person named between the opening
            # role and the first quote, her own verb after her, is the subject of the clause that holds both
            # predicates (not "повторил слова ... Ингрид Сааль о том, что ...", a name in the genitive)
            opening = None
        by_subject = self.role_before(opening.end("role"), sent.start, sent.start, opening.end("role")) if (
            opening) else None
        if opening and joined and by_subject is not None and previous is not None and (
                by_subject.speakers != previous.speakers):
            return Attribution(list(by_subject.speakers), "medium",
                               f"{text[sent.start:opening.end()].strip()} ... "
                               f"{text[joined.start():joined.end()].strip()} ({by_subject.basis})",
                               "and: the sentence's subject (a role), its second predicate")
        # 6i. "a request from the Kessel Ministry of Transport, which wrote to all ports asking them to '...'": a
        # relative clause's verb of saying, its antecedent named right before the comma, no one named after it
        rel_clause = None
        for rel_found in _RELATIVE_SAYS.finditer(masked, floor, q.open_pos):
            rel_clause = rel_found  # (the last relative clause before the quote)
        rel_verb = _VERB.search(masked, rel_clause.end(), q.open_pos) if rel_clause else None
        rel_head = next((m for m in self.cast.between(max(floor, rel_clause.start() - 80), rel_clause.start())
                         if m.end == rel_clause.start() and m.kind in ("name", "new_name")),
                        None) if rel_clause else None
        if rel_clause and rel_verb and verb_class(rel_verb.group(0)) == "speech" and rel_head is not None and not any(
                m.kind != "pronoun" for m in self.cast.between(rel_clause.end(), q.open_pos)):
            att = self._make([rel_head], "relative clause: antecedent, which/who, speech verb",
                             text[rel_head.start:rel_verb.end()], rel_head)
            att.confidence = "medium"
            return att
        # 7-9. carried over from an earlier quotation (a guess the curator checks: CARRIED_CONFIDENCE)
        if previous is not None and previous.speakers:
            return Attribution(list(previous.speakers), CARRIED_CONFIDENCE, f"same sentence as '{previous.basis}'",
                               "same sentence as the previous quotation")
        if prev_sentence is not None and prev_sentence.speakers:
            return Attribution(list(prev_sentence.speakers), CARRIED_CONFIDENCE,
                               f"continues the previous sentence's quotation ('{prev_sentence.basis}')",
                               "previous sentence")
        if prev_paragraph is not None and prev_paragraph.speakers:
            return Attribution(list(prev_paragraph.speakers), CARRIED_CONFIDENCE,
                               f"earlier quotation in the paragraph ('{prev_paragraph.basis}')",
                               "earlier in the paragraph")
        return None

    def parsed_speaker(self, q: Quotation, paragraph: tuple[int, int],
                       previous_paragraph: tuple[int, int]) -> Attribution | None:
        """The fallback for a Russian quote no rule spoke for: the speaker a dependency parse of its own sentence
        finds (`syntax.speaker_spans`), as the actor the article's cast has at those words (a curated actor or a stub;
        never a new name), at low confidence so the review list asks the curator to check it. None when the parse
        names no one or its words are no one in the cast."""
        from alliance_monitor.ingest.syntax import PARSE_CONFIDENCE, speaker_spans

        spans = speaker_spans(self.text, (q.start, q.end), paragraph, previous_paragraph, self.quoted)
        who: list[Mention] = []
        for span in spans:
            near = [m for m in self.cast.between(max(0, span.start - 160), span.end + 160)
                    if m.start < span.end and span.start < m.end and m.actor]
            if span.how == "post":
                # a post alone («министр транспорта», «глава МИД»): its holder, only if the rules gave it to someone
                fits = [m for m in near if m.kind == "descriptor"]
            else:
                # the cast's names within the parse's words (a mention reaching out of them, «Петрова Анна» for the
                # parse's «Анна», is another reading of the words)
                within = [m for m in near if m.kind in ("name", "new_name") and span.start <= m.start
                          and m.end <= span.end]
                persons = [m for m in within if self.cast.is_person(m.actor or "")]
                # a body's phrase: the body, never a person its name holds («пресс-служба губернатора Ивана
                # Сидорова»); a name: the person before anyone else («глава центра Халвард Несс» names the centre too)
                fits = [m for m in within if m not in persons] if span.how == "body" else persons or within[-1:]
            if fits and all(fits[0].actor != m.actor for m in who):
                who.append(fits[0])
        if not who:
            return None
        cue = spans[0].cue
        cue_kind = "по словам" if cue.startswith("по ") else "the subject of a verb of saying"
        att = self._make(who[:1], f"parse: {cue_kind}, a {spans[0].how}",
                         f"{self.text[who[0].start:who[0].end]}{' ... ' + cue if cue else ''} (dependency parse)",
                         who[0], extra=who[1:])
        if not att.speakers:
            return None
        att.confidence = PARSE_CONFIDENCE
        return att

    def frame_speaker(self, q: Quotation, paragraph: tuple[int, int]) -> Attribution | None:
        """The fallback for a quote no rule spoke for, from the attribution frame right after it
        (`frame.frame_subject`): a pronoun is the person it refers back to (`speakers_of`, with its sex); a common
        noun is the person the page last named with that noun beside their name («Местный фермер Антон Пелле ...
        «...», — говорит фермер», "Alma Ferrand, the dean, ... the dean said"). A noun the page never put beside a
        name is someone unnamed («— говорит жительница», as «— считает ученый» after «Гидролог Лукас Ферроу»: a
        review found no safe way to tell the two apart). Always low confidence: the review list asks the curator to
        check it. None when the frame is not there or names no one; a pronoun's person must be named in `paragraph`,
        the quote's own."""
        if q.between is not None:
            return None
        subject = frame_subject(self.text, q.close_pos + 1)
        if subject is None:
            return None
        said = self.text[subject.start:subject.end]
        if subject.kind == "pronoun":
            pronoun = Mention(subject.start, subject.end, said, "pronoun")
            att = self._make([pronoun], "after: the frame's pronoun", said, pronoun)
            named = self._last_named(att.speakers[0], q.open_pos) if len(att.speakers) == 1 else None
            named_end = next((m.end for m in self.cast.following(named, 1)), named) if named is not None else None
            if named is None or named_end is None or named < paragraph[0] or not self._named_as_subject(
                    named, paragraph[0]) or someone_else_between(self.masked, named_end, q.open_pos,
                                                                 PRONOUN_SEX.get(said.lower())):
                # the pronoun's person is named in the quote's own paragraph, as a subject, and no one the page
                # brings in after them by a common noun may be the pronoun's instead (the reviews of round 29c:
                # «Пенсионерка ... пришла на прием к депутату Анне Берг. «...», — просит она» is the pensioner's)
                return None
        else:
            person = self._named_with(subject.lemma, q.open_pos)
            rule = "after: the frame's noun, as the page named them before"
            if person is None or (subject.sex is not None and self.known_sex(person.actor or "") not in (
                    None, subject.sex)):
                return None
            att = self._make([person], rule, f"{self.text[person.start:person.end]} ... {said}", person)
        if not att.speakers:
            return None
        att.confidence = FRAME_CONFIDENCE
        return att

    def pointed_back_speaker(self, q: Quotation, paragraph: tuple[int, int],
                             next_paragraph: tuple[int, int] | None) -> Attribution | None:
        """The fallback for a quote that is a paragraph of its own with no speaker: the next paragraph's first
        sentence, when it opens by pointing back at the words ("These words belong to the spokesperson of the ministry,
        Arvid Kosta", "The promise came from Major General Ysolde Brandt", "That was how Captain Eirik Vangen
        described", «Эти слова принадлежат ...», «Так ответил ...»: `_POINTS_BACK_OPENER`) and names one person with
        only their post between. Low confidence; None otherwise."""
        if next_paragraph is None or self.text[paragraph[0]:q.open_pos].strip() or self.text[
                q.close_pos + 1:paragraph[1]].strip(" \t.!?…"):
            return None
        start, end = next_paragraph
        opener = _POINTS_BACK_OPENER.match(self.masked, start, end)
        if opener is None or (opener.group("so") is not None and not (
                russian_finite_verb(opener.group("so")) and morph_lemma(opener.group("so")) in SAY_LEMMAS)):
            return None  # («Так называемый», «Так же считает»: no finite verb of saying after «Так»)
        stop = _SENTENCE_END.search(self.masked, opener.end(), end)
        sentence_end = stop.start() if stop else end
        people = [m for m in self.cast.between(opener.end(), sentence_end) if m.kind in ("name", "new_name")
                  and self.cast.is_person(m.actor or "")]
        if len({m.actor for m in people}) != 1:
            return None
        person = people[0]
        gap = self.masked[opener.end():person.start]
        # only the person's post between the words and the name ("the spokesperson of the ministry,", «официальный
        # представитель министерства»), no verb (never "angered Prime Minister X", «возмутило министра X»)
        if len(gap.split()) > 6 or re.search(r"[.;:!?«»\"“”]", gap) or _finite_verb(gap) or russian_finite_verb(gap) \
                or OBJECT_BEFORE.search(gap):
            return None
        if opener.group("how") is not None and not _HOW_SAID_AFTER.match(self.masked, person.end, sentence_end):
            return None
        att = self._make([person], "next paragraph: it points back and names one person",
                         self.text[start:person.end], person)
        if not att.speakers:
            return None
        att.confidence = FRAME_CONFIDENCE
        return att

    def _named_as_subject(self, named: int, floor: int) -> bool:
        """Whether the name at `named` is its sentence's subject: the sentence's words before it (from `floor`, its
        paragraph's start, at the earliest) are its noun phrase (a post, a place, «Командир батальона подполковник
        Руна Вестберг»), after a fronted adverbial and its comma at most ("On Monday, Colonel ..."), with no verb,
        other comma or mark, and no object's preposition right before it («Пенсионерка из Ростада пришла на прием к
        депутату Анне Берг»)."""
        opening = max(self.masked.rfind(stop, floor, named) for stop in (". ", "! ", "? ", "\n"))
        lead = self.masked[opening + 1 if opening >= 0 else floor:named]
        lead = _FRONTED.sub("", lead, count=1)
        return not (re.search(r"[,;:«»\"“”()]", lead) or _finite_verb(lead) or russian_finite_verb(lead)
                    or OBJECT_BEFORE.search(lead))

    def _named_with(self, lemma: str, before: int) -> Mention | None:
        """The person named last before `before` with the noun `lemma` as their post or description, in apposition:
        the noun right before their name, or the head of a Russian post's phrase before it («Местный фермер Антон
        Пелле», «Командир батальона подполковник Руна Вестберг», "Inspector Jan Berg"), or after their name and a
        comma ("Alma Ferrand, the dean,", "Anton Pelle, 54, a farmer"). Not a name the noun governs or a verb's
        object («Вдова рыбака Яна Берга», "the mother of Jan Berg", "a farmer told inspector Jan Berg"), not one of
        two ("The couple, Anton Pelle and Marta Skov"); and None when the page brings in another holder of the noun
        after them ("another farmer", «другой фермер»)."""
        cyrillic = bool(_CYRILLIC.match(lemma))
        for word in reversed(list(_WORD.finditer(self.masked, max(0, before - NAMED_WITH_REACH), before))):
            form = word.group(0).lower()
            if (morph_lemma(form) if cyrillic and _CYRILLIC.match(form) else form) != lemma:
                continue
            person = self._apposed_person(word.start(), word.end(), cyrillic)
            if person is not None:
                return person
            if _ANOTHER_BEFORE_NOUN.search(self.masked, max(0, word.start() - 20), word.start()):
                return None  # someone else with the same noun, unnamed
        return None

    def _apposed_person(self, start: int, end: int, cyrillic: bool) -> Mention | None:
        """The person whose name the noun at masked[start:end] is in apposition to (`_named_with`), or None."""
        persons = [m for m in self.cast.between(max(0, start - 120), end + 120) if m.kind in ("name", "new_name")
                   and m.actor and self.cast.is_person(m.actor)]
        for m in persons:
            if m.start <= start and end <= m.end:
                # "Inspector Jan Berg": the title's last word, right before the name itself, is the noun
                head = _WORD.findall(self.masked[m.start:m.end])
                cand = self.cast.candidates.get(m.actor or "") or self.cast.stubs.get(m.actor or "")
                own = {fold(w) for w in cand.name.split()} if cand is not None else set()
                title = [w for w in head if fold(w) not in own]
                return m if title and fold(title[-1]) == fold(self.masked[start:end]) else None
        after = next((m for m in persons if m.start >= end), None)
        if after is not None:
            gap = self.masked[end:after.start]
            chain = cyrillic and len(gap.split()) <= 4 and not re.search(r"[,.!?;:\n«»\"“”—]", gap) and not (
                russian_finite_verb(gap) or OBJECT_BEFORE.search(gap)) and (
                not gap.strip() or _RU_ROLE_WORD.search(gap.split()[-1]))
            if (not gap.strip() or re.fullmatch(r",[ \t\u00a0]*", gap) or chain) and not self._declined(after) \
                    and not _AND_ANOTHER_NAME.match(self.masked, after.end):
                return after
        before_noun = [m for m in persons if m.end <= start]
        if before_noun and _APPOSITION_AFTER_NAME.fullmatch(self.masked, before_noun[-1].end, start):
            return before_noun[-1]
        return None

    def speaker_of_sentence(self, start: int, end: int, *, objects: bool = False) -> Attribution | None:
        """Who a sentence masked[start:end] without a quotation makes the speaker of the quote after it: the subject
        of its last reporting verb ("..., she said.", "Ekvall said:"), else the one person it names ("Speaking to
        veterans, Volkov was in no mood for compromise."), at low confidence; None if neither. `objects`: a person
        named as an object ("I asked Rune Tamsen", "met Mayor Jan Oberg") counts as that one person too (for a
        possessive pronoun's words, "His reply was short:"; a plural one's caller rejects a lone person itself)."""
        masked = self.masked
        sentence = masked[start:end].rstrip()
        for verb in reversed(list(_VERB.finditer(masked, start, end))):
            if verb_class(verb.group(0)) != "speech":
                continue
            subject = self._subject(verb.start(), start, participle=verb.group(0).endswith("ing"))
            if subject is not None and self.source_in(subject):
                # "Источник в Генеральном штабе сообщил ... По его словам, «...»": the unnamed source, not the body
                unnamed = self._unnamed_source(subject)
                unnamed.rule = "the sentence before: an unnamed source in a body, verb"
                return unnamed
            voiced = self.voiced_body(subject, verb.start()) if subject is not None else None
            if voiced is not None and subject is not None:
                return self._voice(voiced, "the sentence before: an unnamed voice of a body, verb",
                                   self.text[subject.start:verb.end()])
            if subject is not None and subject.kind != "descriptor":
                att = self._make([subject], "the sentence before: speaker, verb",
                                 self.text[subject.start:verb.end()], subject)
                if att.speakers:
                    att.confidence = CARRIED_CONFIDENCE
                    return att
        if sentence.endswith(":"):
            return None
        people: dict[str, Mention] = {}
        for m in self.cast.between(start, end):
            # (a person by their post alone, the post the page gave them before, counts as their name: "Asked about
            # Halvia, the president smiled briefly. '...'" is the president's; round 28a, f2703)
            if m.kind == "pronoun" or (m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")) or (
                    m.kind == "descriptor" and not m.forward and self.cast.is_person(m.actor or "")
                    and self.post_as_subject(m, start)):
                actor = m.actor if m.kind != "pronoun" else self.cast.resolve(m, self.sex_named_at)
                if actor is not None and (objects or not self.is_object(m, start)):
                    people.setdefault(actor, m)
        if len(people) == 1:
            m = next(iter(people.values()))
            att = self._make([m], "the sentence before names one person", self.text[m.start:m.end], m)
            if att.speakers:
                att.confidence = "low"
                return att
        return None

    def post_as_subject(self, m: Mention, start: int) -> bool:
        """Whether the descriptor `m` in the sentence from `start` names its one holder as the sentence's subject:
        definite and bare ("the governor", "the Prime Minister"; not "a former governor", "the new governor"), the
        sentence's first words or right after its opening phrase's comma ("Asked about Halvia, the president
        smiled"; not "Protesters chanted as the governor arrived", "Weeks after the governor spoke, ..."), no
        qualifier after it ("the governor of the province", "the captain's", "the minister and ..."), and exactly
        one person the page names fits the post (two ministers: "the minister" is either)."""
        masked = self.masked
        if not _BARE_DEFINITE_POST.fullmatch(m.text) or not _POST_OPENS_CLAUSE.fullmatch(masked, start, m.start):
            return False
        if not _POST_THEN_VERB.match(masked, m.end):
            return False
        if self._page_persons is None:
            self._page_persons = {p.actor for p in self.cast.mentions if p.kind in ("name", "new_name") and p.actor
                                  and self.cast.is_person(p.actor)}
        return sum(1 for actor in self._page_persons if self.cast.fits(actor, m.role, m.country)) == 1

    def interviewee(self, q: Quotation) -> Attribution | None:
        """An interview's answer: the interviewee the article names in full before the Q&A speaks it; a clip whose
        label names no one (`UNNAMED_CLIP`): no one, said so."""
        if q.interviewee == UNNAMED_CLIP:
            label = self.text[self.text.rfind("\n", 0, q.open_pos) + 1:q.open_pos].strip()
            return Attribution([], "low", label, "a clip's label: an unnamed speaker",
                               "the words are an unnamed person's: no one to name")
        if q.interviewee < 0:
            return None
        # the cast's mention covering the full name ("Rear Admiral Petra Lindqvist" from "Rear"), else the one there
        covering = [m for m in self.cast.mentions[max(0, self.cast.first_from(q.interviewee) - 3):
                                                  self.cast.first_from(q.interviewee + 1)]
                    if m.start <= q.interviewee < m.end]
        who = (max(covering, key=lambda m: m.end - m.start) if covering
               else self.mention_starting(q.interviewee, min(len(self.text), q.interviewee + 80)))
        if who is None:
            return None
        return self._make([who], "interview: the interviewee's answer", who.text, who)

    def split_speaker(self, q: Quotation) -> Attribution | None:
        """The speaker of a piece of a split quote (`Quotation.between`): the one person its attribution names
        between the dashes ("— сказал, отвечая на вопросы сенаторов, заместитель министра обороны Юрий Каменев. —",
        a body's role before the name aside: "— заявила официальный представитель МИД Варнии Ольга Брандт. —");
        None for any other quotation, or when the attribution names no one person (a pronoun, a body, two people):
        the rules decide then."""
        if q.between is None:
            return None
        start, end = q.between
        found = self.cast.between(start, end)
        people = [m for m in found if m.kind in ("name", "new_name") and self.cast.is_person(m.actor or "")]
        if not people or any(m.kind == "pronoun" for m in found) or len({m.actor for m in people}) > 1:
            return None
        return self._make([people[-1]], "split quote: the speaker between the dashes",
                          self.text[start:people[-1].end], people[-1])

    def unnamed_between(self, q: Quotation, att: Attribution | None,
                        first: Attribution | None = None) -> Attribution | None:
        """A piece of a split quote whose attribution names no one, its verb's subject words of its own ("—
        пояснил „Курьеру“ высокопоставленный дипломат одной из стран-участниц. —"): an unnamed speaker's words,
        never a speaker carried over from an earlier quote (`att`, by the rules); the second piece shares the first
        piece's attribution (`first`) when the rules found one between the dashes ("— говорит эксперт. —": the
        political scientist named before). None when the rules' attribution stands."""
        if q.between is None or (att is not None and att.speakers and att.rule not in _CARRIED):
            return None
        if first is not None and first.speakers and first.rule not in _CARRIED:
            return Attribution(list(first.speakers), first.confidence, first.basis,
                               "split quote: the same attribution between the dashes", first.note)
        start, end = q.between
        clause = self.text[start:end]
        subject = re.sub(r"^[а-яё]+[ \t\u00a0,]*", "", clause).strip(" \t\u00a0.,—–")
        if self.cast.between(start, end) or not re.search(r"[а-яё]{3,}", subject):
            return None
        return Attribution([], "low", " ".join(clause.split()).rstrip(" .,—–"),
                           "split quote: an unnamed speaker between the dashes",
                           "the words are an unnamed speaker's: no one to name")

    def dash_line(self, q: Quotation) -> Attribution | None:
        """A quotation that ends its line, the speaker on the next line after a dash ("“...”\n— Arman
        Tokbayev, in his acceptance speech")."""
        line = _DASH_LINE.match(self.masked, q.close_pos + 1)
        if line is None:
            return None
        who = self.mention_starting(line.end(), len(self.masked))
        if who is None or who.kind == "pronoun" or (not self.cast.is_person(who.actor or "") and who.kind != "name"):
            return None
        return self._make([who], "after: dash line, speaker", self.masked[line.start():who.end], who)

    def _reported_clause_verb(self, subject: Mention, verb: re.Match[str], klass: str) -> bool:
        """Whether `verb`, not one of saying, is the verb of a clause a verb of saying reports between it and its
        found `subject` ("Jakob Rask, speaking for the Countryside Party, said his group backed the plan but not
        '...'": "backed" is "his group"'s, whom the page does not name, not the party's; the verb of saying and its
        subject say the words: round 29a, f2803)."""
        return klass != "speech" and any(verb_class(v.group(0)) == "speech"
                                          for v in _VERB.finditer(self.masked, subject.end, verb.start()))

    def _subject(self, verb_start: int, floor: int, *, participle: bool) -> Mention | None:
        """The speaker of a verb: the nearest mention before it that is not an object (for a participle,
        "X responded to Y by saying", the first one: the subject of the clause)."""
        # An object ("told Y") or a possessive ("Putin's decision") is never the speaker of the verb.
        candidates = [m for m in _outermost(self.cast.between(floor, verb_start)) if (
            not self.is_object(m, floor) or STAFF_AT.search(self.masked, max(floor, m.start - 40), m.start))
            and not re.match(r"['’]s\b", self.masked[m.end:m.end + 3])
            and not _oblique_attribute(self.masked, m)]
        if len(candidates) > 1 and _in_brackets(self.masked, candidates[-1]) and not _in_brackets(
                self.masked, candidates[-2]):
            # "The rapporteur, Mats Orre (Social Democrats), said": a party or a place in brackets after a person
            # only qualifies that person; the one before the brackets is the subject
            candidates.pop()
        if not candidates:
            blank = re.search(r"_+" + _AUX + r"[ \t\u00a0]+$", self.masked[floor:verb_start])
            close = floor + blank.start() + len(blank.group(0).split()[0]) - 1 if blank else -1
            apposed = None if blank else _COMPANY_APPOSED.search(self.masked, floor, verb_start)
            if apposed is not None and not (_OPENS_ITS_CLAUSE.fullmatch(self.masked, floor, apposed.start() + 1) and
                                            not _INVERTED_SUBJECT.match(self.masked, verb_start)):
                # (the noun the company stands beside is the clause's subject only when it opens the clause and no
                # name follows the verb: «Терминал купил новый владелец, компания «Норд Порт», сообщил Иван Рест»
                # is Rest's: review of round 28c, F6)
                apposed = None
            if apposed is not None:
                # "Оператор кабеля, компания «Геллан Пауэр», заявил, что ...": a common noun, then in apposition
                # between commas a company by its noun and its name in marks; the company is the verb's subject
                # (round 28c, f2716)
                close = apposed.end("blank") - 1
            quoted = next((o for o, c in self.quoted if c == close), None)
            name = self.text[quoted + 1:close].strip() if quoted is not None else ""
            if quoted is not None and 1 <= len(name.split()) <= 4 and name[:1].isupper() and not re.search(
                    r"[.!?,;:]", name):
                # "Перевозчик «Остраллайн» сообщил, что ...": a quoted name as the subject of the verb is an
                # organisation by that name
                key = self.cast.organisation(name)
                return Mention(quoted, quoted + len(name) + 2, name, "name", key)
            word = self.mention_ending(verb_start, floor)
            if word is not None and not self.is_object(word, floor) and not _oblique_attribute(
                    self.masked, word) and re.fullmatch(
                _AUX + r"\s*", self.masked[word.end:verb_start]
            ):
                return word
            which = re.fullmatch(r"\s*(?P<w>[A-ZÀ-ÖØ-Þ][\w'’-]+),\s+which\s[^,;_\n]{1,90},\s*" + _AUX + r"\s*",
                                 self.masked[floor:verb_start])
            if which and fold(which.group("w")) not in _NOT_NAME_WORDS:
                # "Varnia, which diplomats say is behind on payments, said it would pay": a state or a body (which,
                # not who) speaks
                name = which.group("w")
                key = self.cast.organisation(name)
                return Mention(floor + which.start("w"), floor + which.end("w"), name, "name", key)
            return None
        if participle:
            return candidates[0]
        relative = re.search(r",[ \t\u00a0]+(?:who|which|кто|котор(?:ый|ая|ое|ые)|[a-z]{2,}(?:ing|ed)|an?|the)"
                             r"[ \t\u00a0]"
                             r"[^,;_\n]{1,90},[ \t\u00a0]*"
                             + _AUX + r"[ \t\u00a0]*$", self.masked[floor:verb_start])
        if relative is not None:
            # "Mira Staal, who heads the Varnian Hauliers' Union, said": the relative clause's words (its object,
            # a place) are not the subject; the one it describes, named before it, is. So for a participle's
            # phrase between commas: "Jakob Rask, speaking for the Countryside Party, said", "Nordwing, citing the
            # air navigation service, said" (round 29a, f2803); and for a noun in apposition: "Julian Crane, an
            # analyst at Kessel Securities, called ..." (fresh36/f3609)
            outside = [m for m in candidates if m.end <= floor + relative.start()]
            if outside and not re.search(r"[,;]", self.masked[outside[-1].end:floor + relative.start()]):
                return outside[-1]
        nearest = candidates[-1]
        if nearest.kind == "descriptor":
            # "Aron Tamm, a spokesman for the Ministry of Transport, said": the role is the named person's apposition
            nearest = self._person_before_apposition(nearest.start) or nearest
        between = self.masked[nearest.end:verb_start]
        surname = re.match(r"[ \t\u00a0]+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]+(?=" + _AUX + r"\s*$)", between)
        if nearest.kind == "descriptor" and surname:
            # "Secretary General Marant stressed that ...": a title, then the surname of someone met before
            word = self.mention_ending(nearest.end + surname.end(), nearest.end)
            if word is not None:
                return word
        if re.search(r",\s*(?:которо(?:го|й|му)|которую|которых|whom)(?![\w'’])", between):
            return None  # "Олаф Берг, которого местная газета называет ...": the object of the clause's verb
        # "Dr. Nora Falk, a defence analyst at the University of Lindmark, said": an apposition between commas
        between = re.sub(r"^\s*,[^,;_\n]{1,90},", " ", between)
        if len(between.split()) > 6 or re.search(r"[;]", between):
            return None
        return nearest

    def _voice(self, body: Mention, rule: str, basis: str) -> Attribution:
        """The attribution to a body of words its unnamed voice said (medium: the page names no one)."""
        att = self._make([body], rule, basis, body)
        att.confidence = "medium"
        return att

    def _make(self, who: list[Mention], rule: str, basis: str, main: Mention, *, klass: str = "speech",
              extra: list[Mention] | None = None) -> Attribution:
        people = list(who)
        for m in extra or []:
            if m not in people:
                people.append(m)
        people[0] = self.possessed_body(people[0])
        speakers, note = self.speakers_of(people[0], people[1:])
        if klass == "proposal":
            confidence = "low"
        elif klass == "view" or main.kind == "pronoun" or main.forward:
            confidence = "medium"
        else:
            confidence = "high"
        if not speakers:
            confidence = "low"
        basis = " ".join(basis.split()) or main.text
        return Attribution(speakers, confidence, basis, rule, note)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions not lying inside a longer one, in page order: "The Secretary General of the Harbour Compact, Ilan
    Rusk," is one mention of the person its role and body qualify; the body inside it is no subject of its own."""
    out: list[Mention] = []
    reach = -1
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.end > reach or (out and (out[-1].start, out[-1].end) == (m.start, m.end)):
            out.append(m)
        reach = max(reach, m.end)
    return sorted(out, key=lambda m: m.start)


_NAMING_VERB = re.compile(r"(?:(?<![а-яё])(?:назвал[а]?|называл[а]?|называет)"
                          r"|(?<![\w'’])(?:called|calls|call|dubbed|dubs|termed|terms|labelled|labeled|branded|brands)"
                          r"(?![\w'’])(?!\s+(?:on|for|off|in|up|out|back)\b))(?:[ \t\u00a0]+[^\s_]+){0,4}[ \t\u00a0]*$")
"""A speaker's verb of naming right before a one-word quotation ("назвала «недоразумением»", "назвал отношения
«рабочими»", 'Zaric called the plan "premature"'): when the sentence names who calls it so, the word is that
speaker's quote, in Russian as in English (the data standard: an author's scare quote, with no one named calling
it so, stays a term: 'the so-called "peacekeepers"', 'what critics call his "..."')."""
_SO_CALLED = re.compile(r"(?<![\w'’-])(?:so-called|so\s+called|[Тт]ак\s+называем(?:ый|ая|ое|ые|ого|ой|ую|ым|ых))"
                        r"[ \t\u00a0]+$", re.IGNORECASE)
"""The author's own distance from a word ('the so-called "harbour tax"', «так называемый «сбор»»): a term, whoever
spoke before (the data standard's scare quote)."""
_JOINED = re.compile(r"[ \t\u00a0,]+(?:и|а|and|but)[ \t\u00a0]+$")
"""A conjunction right before a verb: the verb shares the subject of the verb before it."""
_COPULA_BEFORE = re.compile(r"(?<![\w'’])(?:was|were|is|are|would\s+be|will\s+be|had\s+been|has\s+been|remained"
                            r"|remains)[ \t\u00a0]+$")
"""A copula right before a short quotation: the quoted words are the predicate of a reported clause."""


def _is_utterance(text: str, q: Quotation) -> bool:
    """Words quoted whole after a colon, from a capital to a final stop inside the marks ('told us only:
    "Tomorrow."'): something said, however short."""
    quoted = text[q.start:q.end].strip()
    return (_colon_before(text, q.open_pos) and quoted[:1].isupper() and quoted[-1:] in ".!?…"
            and not text[q.start:q.start + 1].isspace())


_CARRIED = ("same sentence as the previous quotation", "previous sentence", "earlier in the paragraph")
"""Rules that carry a speaker over from an earlier quotation: the words themselves are said by no one named."""
CARRIED_CONFIDENCE = "low"
"""The confidence of a speaker carried over to a quote from an earlier quotation or sentence (the `_CARRIED` rules,
and "the sentence before: speaker, verb"): low, so the draft's review list asks the curator to check it. Measured,
not assumed: on the sixteen held-out batches fresh14-fresh29, each drafted by the code of the day it was scored
(`benchmarks/speaker_rules.py --at-scoring`), "previous sentence" was right for 99 of 162 quotes (61%; in Russian
14 of 41), "the sentence before: speaker, verb" for 8 of 12 and "same sentence as the previous quotation" for 4 of
9, against 87-96% for every frequent rule that finds the speaker in the quote's own sentence."""
FRAME_CONFIDENCE = "low"
"""The confidence of a speaker the frame after a quote names where no rule did (`Attributor.frame_speaker`): a
fallback the curator checks, as the parse's is (`syntax.PARSE_CONFIDENCE`)."""
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_SPEECH_NOUNS_EN = (r"words?|remarks?|comments?|promise|warning|message|answer|reply|verdict|assessment|plea|appeal"
                    r"|claim|description|explanation")
_POINTS_BACK_OPENER = re.compile(
    # "These words belong to ...", "The promise came from ...": the words, then whose they are
    r"[ \t\u00a0]*(?:(?:These|Those|The|Such)[ \t\u00a0]+(?:" + _SPEECH_NOUNS_EN + r")[ \t\u00a0]+"
    r"(?:belong(?:s|ed)?[ \t\u00a0]+to|came[ \t\u00a0]+from|come[ \t\u00a0]+from|(?:were|was)[ \t\u00a0]+(?:spoken|said"
    r"|written|uttered)[ \t\u00a0]+by"
    # "The words are those of ...", "Those words are not mine. They belong to ..." (fresh36/f3604, f3608)
    r"|(?:are|were)[ \t\u00a0]+those[ \t\u00a0]+of"
    r"|(?:are|were)[ \t\u00a0]+not[ \t\u00a0]+(?:mine|ours)\.[ \t\u00a0]+(?:They|It)[ \t\u00a0]+belongs?[ \t\u00a0]+to)"
    # "That was how Captain Eirik Vangen described ...": the manner, then who put it so (a verb of saying after them)
    r"|(?:That|This)[ \t\u00a0]+(?:was|is)[ \t\u00a0]+how(?P<how>)"
    # «Эти слова принадлежат ...», «Так ответил ...», «Такими словами ...»
    r"|(?:Эти|Такие)[ \t\u00a0]+слова[ \t\u00a0]+принадлежат|Такими[ \t\u00a0]+словами(?P<words>)"
    r"|Так[ \t\u00a0]+(?P<so>[а-яё]+))")
"""A paragraph's first words saying whose the quotation before it is ("These words belong to", "The promise came
from", "The words are those of", "Those words are not mine. They belong to", "That was how ... described", «Эти слова
принадлежат», «Так ответил», «Такими словами»): the person named next speaks. Never a bare demonstrative ("This week",
«Это решение», «Так называемый»): a paragraph that opens with one is about something else as often as not (a review
of this fallback)."""
_HOW_SAID_AFTER = re.compile(r"[ \t\u00a0,]+(?:[\w-]+[ \t\u00a0]+){0,4}?(?:described|put[ \t\u00a0]+it|explained|summed"
                             r"|said|told|recalled|remembered|answered|replied|put[ \t\u00a0]+the)(?![\w'’])")
"""After the person of "That was how X": a verb of saying within a few words ("described the moment", "put it")."""
_ANOTHER_BEFORE_NOUN = re.compile(r"(?<![\w'’])(?i:another|a|an|one|other|second|другой|другая|еще[ \t\u00a0]+один"
                                  r"|еще[ \t\u00a0]+одна|ещё[ \t\u00a0]+один|ещё[ \t\u00a0]+одна|второй|вторая|один"
                                  r"[ \t\u00a0]+из|одна[ \t\u00a0]+из)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?$")
"""An indefinite or "other" word before a noun ("another farmer", «другой фермер»): a holder of the noun new to the
page, not the one it named before."""
_SEX_WORD_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?P<m>Mr\.?|Sir|Lord|(?i:his|her|their|our)[ \t\u00a0]+(?:son|father|husband|brother|"
    r"grandfather|uncle|nephew|widower)|[Гг]осподин|(?i:его|ее|её|их)[ \t\u00a0]+(?:сын|отец|муж|брат|дед|дядя)"
    r"|[Вв]довец)"
    r"|(?P<f>Mrs\.?|Ms\.?|Miss|Dame|Lady|(?i:his|her|their|our)[ \t\u00a0]+(?:daughter|mother|wife|sister|"
    r"grandmother|aunt|niece|widow)|[Гг]оспожа|(?i:его|ее|её|их)[ \t\u00a0]+(?:дочь|мать|жена|сестра|бабушка|тетя"
    r"|тётя)|[Вв]дова))[ \t\u00a0]+(?=[A-ZА-ЯЁ])")
"""A title or a kinship word that gives the person named right after it a sex ("Ms Ada Holm", "his daughter Ada
Holm", «госпожа Холм», «его дочь Нино»): closed words of the language, not guesses from the name."""
_APPOSITION_AFTER_NAME = re.compile(r",[ \t\u00a0]*(?:\d{1,3},[ \t\u00a0]*)?(?:(?:the|a|an|its|their|our)[ \t\u00a0]+)?"
                                    r"(?:[\w-]+[ \t\u00a0]+){0,2}", re.IGNORECASE)
"""From a name to its description after a comma: an age at most, an article, two words ("Anton Pelle, 54, a ")."""
_AND_ANOTHER_NAME = re.compile(r"[ \t\u00a0]+(?:and|и)[ \t\u00a0]+[A-ZА-ЯЁ]")
"""A name followed by "and" and another name: the noun is in apposition to both ("The couple, Anton Pelle and ...")."""
_RU_ROLE_WORD = re.compile(r"(?i:" + _RU_ROLE_NOUNS + r")[а-яё]*$")
"""The last word of a Russian post's phrase before a name («... подполковник»)."""
_FRONTED = re.compile(r"^[ \t\u00a0]*(?:On|In|At|By|After|Before|During|Since|Last|This|Earlier|Later|Today|Yesterday"
                      r"|В|Во|На|После|До|Утром|Вечером|Днем|Днём|Ночью|Сегодня|Вчера)(?![\w'’])[^,.;:!?\n]{0,40},"
                      r"[ \t\u00a0]*")
"""A fronted adverbial of time or place and its comma opening a sentence ("On Monday, Colonel Runa Westberg ...")."""
NAMED_WITH_REACH = 3000
"""How far before a quote (characters) the frame's noun is looked for beside a person's name: a few paragraphs,
so that a page of thousands of quotations stays linear."""
_LABEL_RELATIVE = re.compile(r"(?:(?<![а-яё])(?:которо(?:го|й|му)|которую|которых)|(?<![\w'’])(?:whom|who))"
                             r"[^,.;:!?_\n]{0,60}$")
"""A relative clause before the verb of naming ("Нюберг, которого газета называет", "Nyberg, whom the paper calls"):
the label names the person, whatever was said before it."""
_LABEL_BEFORE = re.compile(r"(?:(?<![а-яё])(?:называ(?:ет|ют|ли|л|ла)|назвал[аи]?|прозвал[аи]?)"
                           r"|(?<![\w'’])(?:calls?|called|dubs?|dubbed|labels?|labelled|labeled|nicknamed))"
                           r"[ \t\u00a0]*$")
"""A verb of naming right before a quotation that no one is said to have said ("которого газета «...» называет
«последним рыбаком в сенате»"): a label given to someone, the author's term, not words spoken."""
_THEIR_WORDS = re.compile(
    r"(?<![\w'’])(?:[Пп]о\s+(?P<pronoun>его|её|ее|их)\s+(?:словам|мнению|оценке)(?![а-яё])"
    r"|(?P<pronoun2>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:answer|reply|response|words|message|verdict|retort|explanation)"
    r"\s+(?:was|is|were|are|came)(?![\w'’])"
    r"|(?<![\w'’])[Ii]n\s+(?P<pronoun3>his|her|their)\s+(?:own\s+)?(?:words|view|opinion|phrase)(?![\w'’]))")
"""Someone's words by a possessive pronoun ("По её словам", "His answer was disarmingly simple:", "In her words,"):
the person the sentence before made its speaker, or the one person it names."""
_UNNAMED_PERSON = re.compile(
    _RU_SOURCE + r"|(?<![а-яё])(?:попросивш|пожелавш)[а-яё]+\s+(?:не\s+называть|остаться\s+(?:неизвестн|неназванн"
    r"|анонимн|инкогнито))"
    r"|(?<![\w'’])(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:with|of|to|for|in|on|at|by|from|and|the|interview)\s)[\w'’-]+\s+)"
    r"{0,3}?(?:official|source|diplomat|officer|admiral|general|minister"
    r"|spokesman|spokeswoman|spokesperson|analyst|expert|resident|worker|fisherman|sailor|captain|member|envoy"
    r"|lawmaker|senator|aide|adviser|advisor|woman|man|passenger|traveller|traveler|driver|mother|father|student"
    r"|pensioner|trader|shopkeeper|farmer|voter|councillor|councilor|islander|protester|protestor"
    r"|[a-z]+(?:man|woman))(?![\w'’])"
    # ("One of the pilots, who cannot be named, described ...": one of a group the page does not name; round 28a,
    # f2706)
    r"|(?<![\w'’])[Oo]ne\s+of\s+(?:the|its|their|our|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]{3,}s(?![\w'’])"
    r"|(?<![а-яё])(?:[Оо]дин|[Оо]дна|[Оо]дно)\s+(?:из\s+)?[а-яё]{4,}"
    # ("Жена одного из рыбаков": someone named by their tie to one of a group is as unnamed as that one)
    r"|(?<![а-яё])[А-ЯЁа-яё][а-яё]{2,}\s+(?:одного|одной)\s+из\s+[а-яё]{4,}")
"""Someone introduced with an indefinite article ("a senior Compact official", "a Varnian admiral"), a Russian source
(«источник в правительстве», «собеседник издания») or one who asked not to be named («жительница, пожелавшая
остаться неизвестной»): a person the article does not name."""
_NOUN_BEFORE_VERB = re.compile(r"[ \t\u00a0]+(?!(?:also|later|then|once|still|first|just|never|too|again|earlier|has"
                               r"|had|have|was|is|were|are|will|would|did|does|do|who|which|that)[ \t\u00a0])"
                               r"[a-z]+(?<!ly)(?<!ed)(?:[ \t\u00a0]*,[^,;:\n]{1,80},)?[ \t\u00a0]*")
"""One lower-case word between a person's noun and the verb, not an adverb, an auxiliary, a relative or a verb in
the past: a noun the person's noun qualifies as an adjective ("official statement", "official report"; a clause
between commas after it: "official statement, released on Monday,")."""
_BARE_DEFINITE_POST = re.compile(r"[Tt]he[ \t\u00a0]+(?!(?:new|former|current|then|outgoing|incoming|acting|deputy"
                                 r"|vice|interim)[ \t\u00a0])(?:[A-Za-z][\w-]*[ \t\u00a0]+){0,2}[A-Za-z][\w-]*")
"""A post with "the" and no word marking another holder ("the governor", "the Foreign Minister"; not "the former
governor", "the deputy minister")."""
_POST_OPENS_CLAUSE = re.compile(r"[ \t\u00a0\n]*(?:[^,;:\n]*,[ \t\u00a0]+)?")
"""A sentence's start up to its subject: nothing, or an opening phrase and its comma ("Asked about Halvia, ")."""
_POST_THEN_VERB = re.compile(r"[ \t\u00a0]+(?!(?:of|for|from|at|in|on|with|and|or|who|whose|whom|to|by)(?![\w'’]))"
                             r"[a-z]")
"""After a post, a lower-case word that is not a preposition, a conjunction or a relative: its verb ("the governor
laughed"; not "the governor of the province", "the minister and her aide")."""
_INDEFINITE_SUBJECT = re.compile(r"(?:A|An)[ \t\u00a0]+(?:(?!(?:the|his|her|its|their|our|and|or|of|for|to|in|at|on|by"
                                 r"|with|from)[ \t\u00a0])[a-z][\w-]*[ \t\u00a0]+){0,3}[a-z]{3,}"
                                 r"(?=[ \t\u00a0]+(?:said|says|told|tells|added|explained|noted|warned|wrote)"
                                 r"(?![\w'’]))")
"""A sentence opening with someone introduced by an indefinite article and common nouns, its verb of saying right
after ("A committee clerk said"): a person the page does not name (round 28a, after its rules gave fresh21/f2101's
clerk the words of the person quoted in the paragraph before)."""
_APPOSITION_COMMA = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*")
_APPOSITION_END = re.compile(r"[ \t\u00a0]*(?:[,.]|$)")
"""A name in apposition after an unnamed person ("said a driver, Ola Berg, 54."): between commas, or ending the
sentence."""
_UNNAMED_AFTER = re.compile(r"(?:[ \t\u00a0]+[а-яё]{3,}){0,2}?[ \t\u00a0]+(?:[Оо]дин|[Оо]дна|[Оо]дно)[ \t\u00a0]+"
                            r"из[ \t\u00a0]+[а-яё]{4,}(?![а-яё])")
"""After a Russian speech verb (its addressee between), one of a group: «— рассказал нашему корреспонденту один из
резервистов»."""
_ANONYMOUS_AFTER = re.compile(r"[^.!?;\n]{0,120}?,[ \t\u00a0]+(?:попросивш|пожелавш)[а-яё]*[ \t\u00a0]+"
                              r"(?:не[ \t\u00a0]+называть|остаться[ \t\u00a0]+неизвестн|не[ \t\u00a0]+указывать)")
"""After a Russian speech verb, the one who spoke and a participle asking not to be named («— рассказал «Вечернему
Веллину» слесарь завода, попросивший не называть его фамилию»): someone the page does not name."""
_RU_VERB_AFTER_DASH = re.compile(
    r"[ \t\u00a0]*(?:" + _RU_PAST.replace("(?P<g>", "(?:") + r"|(?<![а-яё-])[а-яё]{2,}(?:ает|яет|ует|еет|ёт|ит|ют|ят"
    r"|ут|ат)(?:ся)?(?![а-яё-])|(?<![а-яё-])[а-яё]{2,}лись(?![а-яё-]))")
"""Right after a quote's comma and dash, a lower-case Russian verb in the past or the third person of the present,
perhaps reflexive («— вспоминает», «— признался», «— улыбается»): the verb of the quote's own clause, its subject
after it."""
_UNNAMED_FROM_PLACE = re.compile(r"[ \t\u00a0]+(?:[а-яё-]+[ \t\u00a0]+){0,2}?[а-яё]{4,}[ \t\u00a0]+(?:из|с|со)"
                                r"[ \t\u00a0]+[а-яё]{3,}[ \t\u00a0]+[А-ЯЁ][а-яё-]+[ \t\u00a0]*[.;!?]?[ \t\u00a0]*")
"""After a verb of saying, a common noun, then where the person is from by a place's noun and its name, up to the
sentence's end («— рассказал рыбак из поселка Мерви.»): the subject is unnamed (the capitalised word is the place)."""
_COMMON_NOUN_ALONE = re.compile(r"[ \t\u00a0]+(?:[а-яё-]+[ \t\u00a0]+){0,2}?[а-яё]{4,}(?:[ \t\u00a0]+(?:из|с|со)"
                                r"[ \t\u00a0]+[А-ЯЁа-яё][а-яё-]+)?[ \t\u00a0]*[.,;!?]?[ \t\u00a0]*")
"""After that verb, a common noun alone up to the clause's end, perhaps a lower-case word or two before it and where
the person is from after it («— улыбается учительница из Мирска»): the clause's subject, unnamed."""
_AND_PREDICATE = re.compile(r"(?<![а-яё])и[ \t\u00a0]+(?:также[ \t\u00a0]+)?" + _RU_PAST.replace("(?P<g>", "(?:")
                            + r"(?=[^.!?;]*$)")
"""Between two quotes of one sentence, a second predicate joined by «и» ("..., и назвал такой подход «...»")."""
_SUBJECT_VERB = re.compile(r"[ \t\u00a0]+" + _RU_PAST.replace("(?P<g>", "(?:"))
"""A Russian past verb right after a name: the name is its subject ("Лена Ортис назвала")."""
_ROLE_OPENS = re.compile(r"[\s«\"]*(?P<role>[А-ЯЁ][а-яё-]+)[ \t\u00a0]+(?=" + _RU_PAST.replace("(?P<g>", "(?:") + ")")
"""A sentence opening with one capitalised word, then a past verb: its subject, a role ("Министр напомнил")."""
_GROUP_COLON = re.compile(
    r"[\s«\"“]*(?:[А-ЯЁ][а-яё]{3,}[ыи](?=[\s,])[^:.!?«»\"“”_\n]{0,160}?(?<![а-яё])[а-яё]{2,}(?:ли|ют|ят|ут|ат|ны)"
    r"(?:[ \t\u00a0]+[а-яё]+){0,2}"
    r"|[A-Z][a-z]+(?:s|men|people)\s+(?:[\w'’,-]+\s+){0,8}?(?:were|are|remain|remained|seem|seemed|sound|sounded"
    r"|have\s+been|had\s+been)(?:\s+[\w-]+){0,3}?)[ \t\u00a0]*:[ \t\u00a0]*$")
"""A sentence before a colon and a quote whose subject is a plural common noun (its first word, the verb plural:
"Рыбаки ... настроены скептически:", "Residents were less sure:")."""
_GROUP_SUBJECT = re.compile(
    r"[\s«\"“]*[А-ЯЁ][а-яё]{3,}[ыи](?=[ \t\u00a0])[^:.!?«»\"“”_\n]{0,160}?(?<![а-яё])[а-яё]{2,}(?:ют|ят|ут|ат)"
    r"(?:[ \t\u00a0]+[а-яё]+)?[ \t\u00a0]+$")
"""A Russian sentence opening with a plural common noun, its plural verb in the present (and an infinitive) right
before the quote ("Жители прибрежного района ... просят учесть «...»"): the group is the subject; named by none."""
_UNNAMED_GROUP = re.compile(
    r"(?<![\w'’])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal)\s+(?:(?!(?:of|the|and)\s)[\w'’-]+\s+){0,3}?"
    r"(?:officials|sources|diplomats|officers|envoys|lawmakers|senators|aides|advisers|advisors|members|people)"
    r"(?![\w'’])")
"""Several unnamed persons by their number ("Two Compact officials, who asked not to be named, said"): they speak
unnamed (never the antecedent of "he" or "she", so apart from `_UNNAMED_PERSON`)."""
_UNNAMED_OFFICIALS = re.compile(
    r"(?<![\w'’])(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Oo]ther)\s+)?"
    r"(?:(?!(?:of|the|and|at|in|for|from)\s)[\w'’-]+\s+){0,2}?(?:officials|sources|diplomats)(?![\w'’])")
"""Officials in the plural by no name, after a quote with their verb beside them ("Varnian officials said", "said
two senior officials"): unnamed, checked where it is read for a body named with them ("Coast Guard officials")."""
_BODY_NOUN_VOICE = re.compile(r"(?:[Aa]n?|[Oo]ne)[ \t\u00a0]+(?P<body>ministry|secretariat|embassy|agency|commission"
                              r"|council|committee|government|presidency|authority|police|navy|army)[ \t\u00a0]+"
                              r"(?:spokes(?:man|woman|person)|official|representative)")
"""An unnamed voice named by its body's common noun ("a ministry spokesperson", "an embassy official"): it speaks for
the body the page named before with a name ending in that noun."""
_DASH_LINE = re.compile(r"[.,!?…]?[ \t\u00a0]*\r?\n[ \t\u00a0]*[—–-][ \t\u00a0]*(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
"""The end of a quotation's line and a dash opening the next, before a capitalised name."""


_NAME_BEFORE = re.compile(r"(?:\b(?:a|an|the|called|named|nicknamed|dubbed|titled|entitled|so-called|its|their"
                          r"|his|her)"
                          r"|\b(?:так называемый|так называемая|так называемое))\s*$", re.IGNORECASE)


_KIND_BEFORE = re.compile(
    r"(?<![\w'’])(?:party|movement|newspaper|paper|daily|weekly|magazine|journal|coalition|front|bloc|group|agency"
    r"|broadcaster|channel|station|alliance|union|campaign|association|company|programme|program|operation"
    r"|парти[яиюейе]|движени[еяюи]|движением|газет[аеуыой]{1,2}|журнал[аеуом]{0,2}|агентств[оауе]|агентством"
    r"|издани[еяю]|коалици[яиюей]{1,2}|фронт[аеуом]{0,2}|союз[аеуом]{0,2}|объединени[еяю]|организаци[яиюей]{1,2}"
    r"|блок[аеуом]{0,2}|компани[яиюей]{1,2}|телеканал[аеуом]{0,2}|радиостанци[яиюей]{1,2}|операци[яиюей]{1,2}"
    r"|программ[аеуыой]{1,2}|фонд[аеуом]{0,2}|центр[аеуом]{0,2}|клуб[аеуом]{0,2}"
    r"|law|act|bill|decree|code|doctrine|faction|caucus|exercise|закон[аеуом]{0,2}|законопроект[аеуом]{0,2}"
    r"|указ[аеуом]{0,2}|кодекс[аеуом]{0,2}|доктрин[аеуыой]{1,2}|фракци[яиюей]{1,2}|учени[яйям]{1,3})\s*$",
    re.IGNORECASE)
"""A kind of named thing right before a quotation: `партии «Зеленая Варния»`, `газете «Вальмонтский вестник»`,
`the newspaper "Harbour Times"`: what follows is its name."""
_WORK_APPOSED = re.compile(r"(?<![\w'’])(?:report|study|book|paper|film|documentary|album|song|novel|essay|memoir"
                           r"|series|podcast|column|survey|pamphlet|play|exhibition|доклад|исследование|книга|фильм"
                           r"|сериал|альбом|статья|колонка)[ \t\u00a0]*[,(][ \t\u00a0]*$", re.IGNORECASE)
"""A work's kind, then a comma or a bracket: the title in marks after it, set off the same way, is its name ('the
report, "Thin Grey Line", argued', fresh36/f3606)."""
_TITLE_LINKS = words("of and the for on in a an to at by with или и в на о")
"""Small words a title leaves in lower case."""
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?:под[ \t\u00a0]+(?:заголовком|названием)|(?:headlined|under[ \t\u00a0]+the"
                           r"[ \t\u00a0]+(?:headline|title)))[ \t\u00a0]*$", re.IGNORECASE)
"""Right before a quotation, "под заголовком", "under the headline": what follows is a title, no words said."""
_PASSIVE_NAMING = re.compile(r"(?<![\w'’])(?:is|are|was|were|be|been|being|becomes|became)[ \t\u00a0]+"
                             r"(?:[a-z]+[ \t\u00a0]+)?"
                             r"(?:called|named|known[ \t\u00a0]+as|dubbed|termed|nicknamed|referred[ \t\u00a0]+to"
                             r"[ \t\u00a0]+as)[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?$"
                             r"|(?<![а-яё])(?:называ(?:ют|ли|ется|лся|лась|лось|лись)|прозвали|именуют)[ \t\u00a0]+$"
                             # a participle of naming with no copula ('an island long known as the bay's "quiet
                             # corner"', fresh26/f2601)
                             r"|(?<![\w'’])known[ \t\u00a0]+as[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?"
                             r"(?:[\w-]+['’]s[ \t\u00a0]+)?$"
                             # a verb of naming with the article outside the marks: the quoted words are a noun's
                             # name, not something said ('what traders call the "Selka premium"', 'what she calls a
                             # "proper radar"', 'call the extra charge the "Tarn toll"', fresh26/f2602, f2604; 'he
                             # called it a "disgrace"' names no thing, 'he called it "a disgrace"' keeps its article
                             # inside, 'called the plan "premature"' and 'calls the Compact fund a "blank cheque"' (an
                             # object, then "a": what they say of it, fresh9/f909) are the speaker's words)
                             r"|(?<![\w'’])(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed)[ \t\u00a0]+"
                             r"(?:the[ \t\u00a0]+[a-z-]+(?:[ \t\u00a0]+[a-z-]+)?[ \t\u00a0]+the|the|a|an)[ \t\u00a0]+$",
                             re.IGNORECASE)
"""A thing's name given in the passive, or by no one ('the event is often called the "Skelde cut"', 'what is
known as the "night shift"', «его называют «скельдским разрезом»»): a name, whoever speaks nearby, not words
said."""
_FORMULA_BEFORE = re.compile(r"(?<![\w'’])(?:(?:under|by|on|with)[ \t\u00a0]+(?:the|a|its|their)[ \t\u00a0]+formula"
                             r"|(?:the|a|its|their)[ \t\u00a0]+(?:slogan|motto|catchphrase|watchword))[ \t\u00a0]*$"
                             r"|(?<![а-яё])(?:по[ \t\u00a0]+формуле|под[ \t\u00a0]+лозунгом|под[ \t\u00a0]+девизом)"
                             r"[ \t\u00a0]*$", re.IGNORECASE)
"""Right before a quotation, a formula a thing is done by, or a slogan's noun: the words in marks are its wording,
whatever their case («по формуле «половина поровну, половина по длине берега»», fresh37/f3718). Not a formula as the
sentence's subject («формула «никаких уступок» себя исчерпала», test_review21.py: what someone said)."""
_DESCRIBED_OBJECT = re.compile(r"(?<![\w'’])(?:call|calls|called|calling|describe[sd]?|describing|term(?:s|ed)?"
                               r"|deem(?:s|ed)?|label(?:s|led|ed)?|found|finds|consider(?:s|ed)?|назвал[аи]?|называ[а-яё]+)"
                               r"[ \t\u00a0]+(?:the|its|their|this|that|a|an|[а-яё]+)?[ \t\u00a0]*\w+[ \t\u00a0]*$",
                               re.IGNORECASE)
"""A verb that says something of its object, the object after it: what follows in marks is what was said of it."""
_NAMING_VERB_BEFORE = re.compile(r"(?<![\w'’])(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nickname[sd]?"
                                 r"|nicknaming)(?:[ \t\u00a0]+(?:him|her|it|them|the[ \t\u00a0]+\w+))?[ \t\u00a0]+$",
                                 re.IGNORECASE)
"""A verb of naming right before a quotation, its object pronoun between perhaps."""
_OBJECT_PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(?:him|her|them)[ \t\u00a0]+$", re.IGNORECASE)
"""A person as a naming verb's object ("called him"): a nickname follows; "called it "Total Nonsense"" judges a thing
(test_review21.py)."""
_KIND_AFTER = re.compile(
    r"[ \t\u00a0]+(?:faction|party|movement|alliance|bloc|coalition|caucus|group|law|act|bill|plan|doctrine"
    r"|exercises?|operation|campaign|programme|program|strategy)(?![\w'’])", re.IGNORECASE)
"""A kind of named thing right after quoted capitalised words ('the "Free Harbour" faction')."""


_RU_VERB_LIKE = re.compile(r"(?:л|ла|ло|ли|ет|ют|ут|ит|ат|ят|ть|сь|ся|вши)$|^(?:как|что|словами|слова|так|это"
                           r"|фраз[аеуы]|заголов[а-я]*|лозунг[а-я]*|призыв[а-я]*|ответ|вопрос)$")
"""A Russian word ending like a verb (past, present, infinitive, reflexive, gerund), or one that introduces speech
("как", "словами", "лозунгом"): a quotation after it may be words said."""


def _is_name_quoted(text: str, q: Quotation) -> bool:
    """A quoted name, not words said: title-case words after an article ('during a "Question Hour"',
    'the "Unity Day" parade'), or a capitalised name of up to eight words after the kind of thing it names
    (`движение «Свободная гавань»`, `the party "Green Shore"`); drafted as the author's term."""
    # a comma or full stop the style sets inside the marks ('a law titled "On Maritime Neutrality," which') ends
    # no sentence of the name
    quoted = text[q.start:q.end].rstrip(",.")
    parts = quoted.split()
    if (1 <= len(parts) <= 8 and parts[0][:1].isupper() and not re.search(r"[.!?,;:]", quoted)
            and (_KIND_BEFORE.search(text[max(0, q.open_pos - 30):q.open_pos])
                 or _TITLE_BEFORE.search(text, max(0, q.open_pos - 30), q.open_pos))):
        return True
    if (1 <= len(parts) <= 8 and all(p[:1].isupper() or p.lower() in _TITLE_LINKS for p in parts)
            and not re.search(r"[.!?,;:…]", quoted) and _WORK_APPOSED.search(text, max(0, q.open_pos - 30), q.open_pos)
            and re.match(r"[,)]", text[q.close_pos + 1:q.close_pos + 2])):
        return True  # 'Her institute's report, "Thin Grey Line", argued ...': a work's title set off by commas
    if (text[q.open_pos:q.open_pos + 1] == "«" and 1 <= len(parts) <= 6 and parts[0][:1].isupper()
            and not re.search(r"[.!?,;:…]", quoted)):
        # Russian prints speech after a colon, a dash or a verb; a capitalised quotation straight after a noun
        # (`парома «Северная звезда»`, `по статье «Растрата в особо крупном размере»`, `Редакция «Линдмарк
        # Сегодня»`) is that thing's name, whatever its kind
        before = re.search(r"(?<![\w'’-])(?P<word>[а-яёА-ЯЁ][а-яё-]+)[ \t\u00a0]+$",
                           text[max(0, q.open_pos - 40):q.open_pos])
        if before and not _RU_VERB_LIKE.search(before.group("word").lower()) and before.group("word").lower() not in \
                _VERB_CLASS:
            return True
    if text[q.open_pos:q.open_pos + 1] == "«" and 1 <= len(parts) <= 6 and parts[0][:1].isupper() and not re.search(
            r"[.!?,;:…]", quoted) and re.search(r"(?<![\w'’-])[А-ЯЁ]{2,5}[ \t\u00a0]+$",
                                                text[max(0, q.open_pos - 12):q.open_pos]):
        return True  # `ИК «Тарн Капитал»`, `АО «Паромная линия»`: a body's kind in initials, then its name
    if 1 <= len(parts) <= 4 and not re.search(r"[.!?,;:…]", quoted) and _PASSIVE_NAMING.search(
            text, max(0, q.open_pos - 50), q.open_pos) and (
                not re.match(r"[,]?[ \t\u00a0]+(?:by|—|–)[ \t\u00a0]", text[q.close_pos + 1:q.close_pos + 6])
                or re.search(r"(?<![\w'’])(?:the|a|an)[ \t\u00a0]+$", text[max(0, q.open_pos - 6):q.open_pos])):
        # (not 'was called "a disaster" by the minister': the agent named, they said it; but the article outside the
        # marks makes a noun's name whoever gave it, 'nicknamed the "power bridge" by Kessel's press', fresh36/f3601)
        return True  # 'the event is often called the "Skelde cut"': the name a thing goes by, in any case
    capitalised = 1 <= len(parts) <= 8 and all(p[:1].isupper() or p.lower() in ("of", "and", "the", "for", "on")
                                                for p in parts) and not re.search(r"[.!?,;:]", quoted)
    lead_in = text[max(0, q.open_pos - 40):q.open_pos]
    if 1 <= len(parts) <= 10 and _FORMULA_BEFORE.search(lead_in) and not _DESCRIBED_OBJECT.search(lead_in):
        # «по формуле «половина поровну, ...»», 'the slogan "Fish, not frigates"': a formula's wording; not what
        # someone calls it ('she called the formula "provisional"', fresh8/f806)
        return True
    if 2 <= len(parts) <= 5 and not re.search(r"[.!?,;:…]", quoted) and _NAMING_VERB_BEFORE.search(lead_in) and (
            (parts[0].lower() == "the" and parts[1][:1].isupper())
            or (_OBJECT_PRONOUN_BEFORE.search(lead_in) and all(p[:1].isupper() for p in parts))):
        # 'taken to calling "the Heron affair"', 'Sailors called him "Old Fog"' (fresh37/f3708, f3712): a name the
        # thing or the person goes by, its article inside the marks or its bearer before them
        return True
    if _title_case_name(text, q, parts):
        return True
    if capitalised and _KIND_AFTER.match(text, q.close_pos + 1):
        return True  # 'the smaller "Free Harbour" faction': the name of the thing named after it
    return capitalised and bool(_NAME_BEFORE.search(text[max(0, q.open_pos - 30):q.open_pos]))


_TITLE_JOINING = {"of", "and", "the", "for", "on", "in", "at", "to", "a", "an", "from", "by", "with"}
_DEMONYM_SHAPED = re.compile(r"(?:an|ese|ish|i)$")
"""The ending of a people's word ("Varnian", "Sorvian", "Kesselese", "Tarnish", "Israeli"), which a company's name
("Gazprom", "Frontex", "Nordwing") does not have."""
_OPENING_PARTICIPLE = re.compile(r"(?:^|(?<=[.!?:\n])|(?<=[.!?][\"'”’])|(?<=[.!?][\"'”’][ \t\u00a0]))[ \t\u00a0]*"
                                 r"(?:(?:After|Before|On|Upon|While|When|Since)[ \t\u00a0]+[a-z]+(?:ing|ed)"
                                 r"|[A-Z][a-z]+(?:ing|ed)|Like|Unlike|Contrary[ \t\u00a0]+to|Despite|Besides"
                                 r"|In[ \t\u00a0]+(?:reply|response)[ \t\u00a0]+to"
                                 r"|In[ \t\u00a0]+an?[ \t\u00a0]+(?:letter|reply|message|note)[ \t\u00a0]+to)"
                                 r"(?P<object>[ \t\u00a0][^,;.!?\n_]{1,80}),[ \t\u00a0]*$")
"""A sentence's opening participle phrase up to the pronoun after its comma ("Addressing Solt, he", "After meeting
Marant, she"), or a phrase of comparison or reply ("Unlike Marant, she", "In a letter to Marant, she": review of
round 29a): the phrase's person is the participle's or the preposition's object, not the pronoun's."""
_SAID_NOT_NAMED = words("""it them him her this that words word slogan slogans reply replies answer answers
response phrase message cry cries chant chants shout promise warning line lines question""")
"""Right before title-case words in marks, what makes them words said, not a name: a pronoun a verb makes them of
('called it "Total Nonsense"'), or a noun for words ('with the words "Never Again"', 'the slogan "No Levy"')."""


def _title_case_name(text: str, q: Quotation, parts: list[str]) -> bool:
    """Two to six words in title case (each capitalised but joining ones, commas allowed between them, a comma or a
    stop the style sets inside the closing mark) right after a lower-case word that is no verb of saying or after a
    possessive, or opening its line as the subject of a verb, and before no verb of saying: a name or a title in marks
    ('the Compact patrol ship "Vellin Star," which ...', 'the operation name “Northern Watch”', 'known as "Frost
    Anchor"', 'my book "Small States, Long Winters"', 'Hanna Vire's "The Long Winter Road"'). Speech is not set in
    title case; a quotation after a colon or a verb of saying ('said "Welcome Home"') is left to the rules."""
    if not 2 <= len(parts) <= 6 or not parts[0][:1].isupper() or re.search(r"[.!?;:…]", " ".join(parts)[:-1]):
        return False
    bare = [p.strip(",") for p in parts]
    if not all(p[:1].isupper() or p in _TITLE_JOINING for p in bare) or sum(p[:1].isupper() for p in bare) < 2:
        return False
    line_start = text.rfind("\n", 0, q.open_pos) + 1
    before = re.search(r"(?<![\w'’-])(?P<word>[a-z][a-z-]*|[A-ZÀ-ÞА-ЯЁ][\w-]*['’]s)[ \t\u00a0]+$",
                       text[max(line_start, q.open_pos - 30):q.open_pos])
    if before is not None and (before.group("word") in _VERB_CLASS or before.group("word") in _SAID_NOT_NAMED or (
            before.group("word").endswith("ly"))):
        # words said after an adverb ('answered simply "Absolutely Not"'), after what a verb makes of them ('he
        # called it "Total Nonsense"') or after a noun for words ('with the words "Never Again"'): speech, whatever
        # its case, left to the rules
        return False
    if before is None and not (q.open_pos == line_start and re.match(r" [a-z]", text[q.close_pos + 1:q.close_pos + 3])):
        # (opening its line, a title is the subject of the verb after it: '"The Long Winter Road" opens in cinemas')
        return False
    after = re.match(r"[ \t\u00a0,]*(?:[—–-][ \t\u00a0]*)?(?:[\w'’-]+[ \t\u00a0]+){0,3}?(?P<verb>[\w'’-]+)",
                     text[q.close_pos + 1:q.close_pos + 60])
    return not (after and _VERB.fullmatch(after.group("verb")) and verb_class(after.group("verb")) == "speech")


_FUNCTION_WORDS = words("""for to in on of at by with and or as from that which who is are was were will would has
have had be been but than into over under after before since""")


def _is_modifier(text: str, q: Quotation) -> bool:
    """Short quoted words used as a modifier of the noun after them, after a possessive or an article
    ('the government's "ferries first" plan', not '... create a "joint force" for the region'): the author's
    term, whoever is said to hold it."""
    before = text[max(0, q.open_pos - 12):q.open_pos]
    after = re.match(r"\s([a-zа-яё]+)", text[q.close_pos + 1:q.close_pos + 20])
    return bool(re.search(r"(?:['’]s|\b(?:its|his|her|their|our))\s$", before, re.IGNORECASE)
                and after and after.group(1) not in _FUNCTION_WORDS)


_WHAT_THEY_CALL = re.compile(
    r"\bwhat\s+(?:[\w'’-]+\s+){1,5}(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|label|labels"
    r"|labelled|labeled)\s+(?:(?:his|her|its|their|our|the|a|an|it|him|them)\s+)?$", re.IGNORECASE)


def _is_what_they_call(text: str, q: Quotation, cast: Cast) -> bool:
    """A name others give to something ('what critics call his "ferry diplomacy"'): the author's term, not
    words said by anyone named ('what he called "a domestic debate"' is his phrase: he is someone named)."""
    floor = max(0, q.open_pos - 60)
    match = _WHAT_THEY_CALL.search(text, floor, q.open_pos)
    if match is None or re.match(r"what\s+(?:he|she)\s", match.group(0), re.IGNORECASE):
        return False
    # 'what the Ostrava Seafarers' Union calls "..."': a caller the cast names (a person, an organisation) is
    # someone named; a capitalised word that is no mention of its own ("What Brenn calls", a place) is not
    caller = match.end() - len(re.sub(r"(?i)^what\s+", "", match.group(0)))
    return not any(m.kind in ("name", "new_name") and m.start >= caller and m.actor
                   for m in cast.between(caller, match.end()))


def mask_quotations(text: str, quotations: list[Quotation]) -> str:
    """The text with every quotation (marks included) blanked to '_', so that words inside quotes are never
    taken for speakers or verbs; offsets are unchanged."""
    chars = list(text)
    for q in quotations:
        # (a quotation without marks, a dash answer, may end with the text: its close is then past the last char)
        for i in range(q.open_pos, min(q.close_pos + 1, len(chars))):
            if chars[i] not in "\n":
                chars[i] = "_"
    return "".join(chars)


def draft_quotes(text: str, masked: str, paragraphs: list[tuple[int, int]], quotations: list[Quotation],
                 cast: Cast, body_start: int | None = None) -> list[DraftQuote]:
    """Classify and attribute every quotation, in text order. `body_start`: where the article's text begins (its
    first body paragraph, under the headline, standfirst and byline), if the layout found it."""
    by_paragraph: list[list[Quotation]] = [[] for _ in paragraphs]
    for q in quotations:
        by_paragraph[q.paragraph].append(q)
    # the quotations running on into later paragraphs (rare), listed under each paragraph they run into
    running: list[list[Quotation]] = [[] for _ in paragraphs]
    for q in quotations:
        p_index = q.paragraph + 1
        while p_index < len(paragraphs) and paragraphs[p_index][0] <= q.close_pos:
            running[p_index].append(q)
            p_index += 1
    all_sentences: list[_Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        # Only the quotations that open in this paragraph or run into it bound its sentences (all of them,
        # for every paragraph, made ingest quadratic in the quotations).
        near = by_paragraph[p_index] + [q for q in running[p_index] if q.open_pos < p_start]
        for s, e in sentences(text, p_start, p_end, near):
            all_sentences.append(_Sentence(s, e, p_index))
    sentence_starts = [s.start for s in all_sentences]

    def sentence_at(pos: int) -> int | None:
        i = bisect.bisect_right(sentence_starts, pos) - 1
        return i if i >= 0 and all_sentences[i].start <= pos < all_sentences[i].end else None

    for q in quotations:
        at = sentence_at(q.open_pos)
        if at is None:
            at = sentence_at(q.start)  # a quote's part that opens its paragraph without a mark
        if at is not None:
            all_sentences[at].quotes.append(q)
    attributor = Attributor(text, masked, cast, quotations, body_start)
    out: list[DraftQuote] = []
    last_in_paragraph: dict[int, Attribution] = {}
    sentence_attr: dict[int, Attribution] = {}
    split_first: dict[tuple[int, int], Attribution | None] = {}  # a split quote's attribution, by its first piece
    for s_index, sent in enumerate(all_sentences):
        previous: Attribution | None = None
        prev_q: Quotation | None = None
        for q in sent.quotes:
            quote_before, prev_q = prev_q, q
            end_sentence = sentence_at(q.close_pos)
            end_sentence = s_index if end_sentence is None else end_sentence
            context = (sent.start, max(all_sentences[end_sentence].end, q.close_pos + 1))
            quoted = text[q.start:q.end]
            words = len(_WORDS.findall(quoted))
            prev_sentence = None
            if s_index > 0:
                before = all_sentences[s_index - 1]
                if before.paragraph in (sent.paragraph, sent.paragraph - 1):
                    prev_sentence = sentence_attr.get(s_index - 1)
            earlier = None
            if s_index > 0 and all_sentences[s_index - 1].paragraph in (sent.paragraph, sent.paragraph - 1) and (
                all_sentences[s_index - 1].paragraph == sent.paragraph
                or _colon_before(text, all_sentences[s_index - 1].end)
            ):
                earlier = all_sentences[s_index - 1]  # the sentence before, in the paragraph or ending with a colon
            att = attributor.interviewee(q) or attributor.split_speaker(q) or attributor.attribute(
                q, sent, previous, prev_sentence, last_in_paragraph.get(sent.paragraph), earlier)
            att = attributor.unnamed_between(q, att, split_first.get(q.between) if q.between else None) or att
            if q.between is not None:
                split_first.setdefault(q.between, att)
            if att is None or not att.speakers:
                att = attributor.dash_line(q) or att
            own = att is not None and att.rule not in ("previous sentence", "earlier in the paragraph")
            said_by = att is not None and bool(att.speakers) and att.rule.startswith(
                ("before:", "earlier in the sentence:"))
            naming = _NAMING_VERB.search(masked, sent.start, q.open_pos)
            named_by = words == 1 and naming is not None and (said_by or (
                # "Дорн считает, что «...», и назвал ситуацию «привычной»": a verb of naming joined by "и"/"and"
                # to the speaker's verb shares its subject
                att is not None and bool(att.speakers) and att.rule == "same sentence as the previous quotation"
                and bool(_JOINED.search(masked, sent.start, naming.start()))))
            # (review of round 29b, `named_elsewhere` below: a name the page marks elsewhere is words said when a
            # named speaker says them after a colon, «Адмирал Тове Линд сказала экипажам: «Никогда больше»», whatever
            # an exercise is named; «По словам X, «Белый берег» впервые проходит зимой» stays the name)
            # The sentence's structure says a named speaker's verb of saying carries a short quote: the complement of
            # a copula in what they said ('the ministry said the delay was "procedural"') or a whole utterance after
            # a colon ('told us only: "Tomorrow."'), never a scare quote (no one is said to say it)
            said_short = words <= 3 and said_by and (
                bool(_COPULA_BEFORE.search(masked, sent.start, q.open_pos)) or _is_utterance(text, q))
            label = bool(_LABEL_BEFORE.search(masked, sent.start, q.open_pos)) and (att is None or (
                att.rule in _CARRIED and bool(_LABEL_RELATIVE.search(masked, sent.start, q.open_pos))))
            so_called = words <= 3 and bool(_SO_CALLED.search(masked, max(sent.start, q.open_pos - 30), q.open_pos))
            # a name in marks after a quote's verb is its addressee ("«...», — сообщила «Варнийским ведомостям»
            # сенатор Ива Дренн"), no words said
            so_called = so_called or (quote_before is not None and attributor.addressee_in_marks(quote_before, q))
            if so_called or (not said_short and ((words <= 1 and not named_by) or label or (
                    words <= 3 and (att is None or att.rule == "earlier in the paragraph")) or (
                _is_name_quoted(text, q) or (attributor.named_elsewhere(q) and not (said_by and _colon_before(
                    masked, q.open_pos))) or (words <= 3 and (
                    _is_modifier(text, q) or _is_what_they_call(text, q, attributor.cast)))
            ))):
                out.append(DraftQuote(q, quoted, context, words, True, "term", None, s_index))
                continue
            kind = "quoted_phrase" if words <= 5 else "statement"
            if att is not None and not own and words > 3 and att.rule == "earlier in the paragraph":
                att.confidence = "low"
            out.append(DraftQuote(q, quoted, context, words, False, kind, att, s_index))
            if att is not None and att.speakers:
                previous = att
                last_in_paragraph[sent.paragraph] = att
                sentence_attr[s_index] = att
    # A quote running on into the next paragraph, its speaker named only where it closes there: both parts are
    # that speaker's ("«... систем.\n\nЕсли ... их», — написала Ран"), whether the next paragraph reopens the
    # quote with a mark (the convention of print: '"The exercise was planned ...\n\n"We will not move ...," the
    # statement said') or not.
    for part, rest in itertools.pairwise(out):
        rest_start = paragraphs[rest.quotation.paragraph][0]
        rest_lead = len(text[rest_start:rest.quotation.open_pos].strip()) == 0
        if (not part.is_term and (part.attribution is None or not part.attribution.speakers)
                and text[part.quotation.close_pos:part.quotation.close_pos + 1] not in _CLOSERS
                and rest.quotation.paragraph == part.quotation.paragraph + 1
                and ((text[rest.quotation.open_pos] not in _CLOSERS and not _MARKS.match(text, rest.quotation.open_pos))
                     or (rest_lead and text[rest.quotation.open_pos] in _DOUBLE_OPEN))
                and rest.attribution is not None and rest.attribution.speakers):
            part.attribution = Attribution(list(rest.attribution.speakers), _copied(rest.attribution),
                                           rest.attribution.basis, "the same quote, closed in the next paragraph", None)
            if part.kind == "term":
                part.kind = "statement"
    # The same words quoted twice (a fact-check's "Claim:" box, then who said it in the body): a copy with no
    # speaker of its own is the speaker's the other copy names.
    said: dict[str, Attribution] = {}
    for dq in out:
        if not dq.is_term and dq.words >= 4 and dq.attribution is not None and dq.attribution.speakers:
            said.setdefault(fold(dq.text).strip(" .,!?;:…"), dq.attribution)
    for dq in out:
        if dq.is_term or dq.words < 4 or (dq.attribution is not None and dq.attribution.speakers):
            continue
        other = said.get(fold(dq.text).strip(" .,!?;:…"))
        if other is not None:
            dq.attribution = Attribution(list(other.speakers), _copied(other), other.basis,
                                         "the same words quoted elsewhere with their speaker", None)
    # Last, and only where no rule said anything (an unnamed source is a rule's answer too): the speaker the frame
    # after the quote names, else a Russian quote's speaker from the parse of its sentence; never copied to another
    # quote by the passes above
    for dq in out:
        if not dq.is_term and dq.attribution is None:
            p_index = dq.quotation.paragraph
            its_paragraph, paragraph_before = paragraphs[p_index], paragraphs[max(0, p_index - 1)]
            dq.attribution = attributor.frame_speaker(dq.quotation, its_paragraph)
            if dq.attribution is None:
                dq.attribution = attributor.pointed_back_speaker(
                    dq.quotation, its_paragraph, paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None)
            if dq.attribution is None and _CYRILLIC.search(dq.text):
                dq.attribution = attributor.parsed_speaker(dq.quotation, its_paragraph, paragraph_before)
    return out


def _copied(source: Attribution) -> str:
    """The confidence of a speaker copied from another quote's attribution: medium at most, and never above the
    source's (a low guess copied stays a guess the review list flags)."""
    return "low" if source.confidence == "low" else "medium"
