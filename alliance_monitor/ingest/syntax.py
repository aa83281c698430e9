"""Who a Russian quotation's words are by, from a dependency parse: the fallback for a quote the rules leave
without a speaker.

The rules (`quotes.Attributor`) read attributions by the shape of the text. On Russian pages they have not seen
they leave about a quarter of quotes without a speaker (fresh14-fresh29 as each was scored:
`benchmarks/speaker_rules.py --at-scoring`), mostly because a clause is built in a way no rule lists. A parse does
not depend on the shape: the subject of the nearest verb of saying, or the name after «по словам», is the speaker
whatever stands between. On `fresh29/`'s 33 Russian quotes (the parser logic tuned on `dev/` only, then run on it
once) the rules were right for 25 (75.8%), the rules with this fallback for 29 (87.9%).

The parse is Natasha's (segmenter, news morphology, syntax and NER models from slovnet and navec, all inside the
`natasha` wheel: nothing is downloaded); verbs' dictionary forms are pymorphy3's (`morphology.lemma`). The models
load once per process (about 1 s, 260 MB) and parse the quote's paragraph (about 7 ms a quote:
`benchmarks/ingest_large.py --russian`).

`speaker_spans` returns where in the article the speaker is named; the caller maps those offsets to the article's
cast, so a name the parse finds is only ever an actor the rules already know (a curated actor or a stub), and the
attribution is always low confidence (`PARSE_CONFIDENCE`): the review list asks the curator to check it.

Only the quote's own sentence is read (or, for a paragraph that is all quote, the sentence ending in a colon just
before it): a verb of saying in another sentence is often someone else's (the review of this fallback: «Министр
заявил, что ... Пассажиры в этом сомневаются. «...»» are the passengers' words). A pronoun is never resolved (the
rules do that, with the article's cast), and a name in apposition must agree in case with its noun («жена Олега
Петрова» is his wife, not Петров).
"""

from __future__ import annotations

import bisect
import functools
import threading
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from alliance_monitor.ingest.morphology import lemma

SAY_LEMMAS = frozenset({
    "заявить", "сказать", "отметить", "подчеркнуть", "добавить", "сообщить", "писать", "написать", "говорить",
    "пояснить", "уточнить", "заверить", "назвать", "ответить", "признать", "напомнить", "предупредить", "объяснить",
    "рассказать", "указать", "заметить", "констатировать", "считать", "уверять", "признаться", "заключить",
    "резюмировать", "продолжить", "пообещать", "обещать", "призвать", "убеждать", "настаивать", "утверждать",
    "прокомментировать", "заявлять", "отмечать", "подчёркивать", "подчеркивать", "добавлять", "сообщать",
    "жаловаться", "охарактеризовать", "оценить", "уверить", "пожаловаться", "возразить", "парировать", "опасаться",
    "называть"
})
"""Verbs of saying, in the dictionary form (pymorphy3's `normal_form`)."""
ACCORDING_FORMS = frozenset({"словам", "мнению", "данным", "оценке", "информации", "сообщению", "утверждению"})
"""The nouns of «по словам X» and its kin, in the dative «по» puts them in: X is the speaker."""
BODY_NOUNS = frozenset({
    "министерство", "ведомство", "мид", "правительство", "компания", "оператор", "профсоюз", "ассоциация",
    "агентство", "служба", "центр", "комитет", "совет", "институт", "полиция", "армия", "парламент", "ассамблея",
    "посольство", "кабинет", "комиссия"
})
"""Nouns that head a body's name («Министерство транспорта», «центр кибербезопасности»): the body speaks."""
ROLE_NOUNS = frozenset({
    "глава", "министр", "замминистра", "заместитель", "председатель", "посол", "президент", "премьер",
    "премьер-министр", "мэр", "губернатор", "директор", "представитель", "представительница", "пресс-секретарь",
    "спикер", "руководитель", "командующий", "депутат", "сенатор", "дипломат", "генсек", "секретарь", "канцлер"
})
"""Nouns of a post («глава центра сказала»): with no name beside them, the speaker is whoever the cast gives the
post."""
NEAR_AFTER = 200
"""Characters after a quote within which a verb of saying counts as right beside it (the «..., — заявил X» form)."""
PARSE_CONFIDENCE = "low"
"""Every speaker the parse proposes is a guess the curator checks: the review list flags low confidence."""


@dataclass(frozen=True)
class SpeakerSpan:
    """Where the article names a quote's speaker according to the parse: `start`-`end` (offsets in the article),
    what the words are ("name" of a person or body, "body" for a body's noun phrase, "post" for a post with no name)
    and the cue as printed (the verb of saying, or «по словам»)."""

    start: int
    end: int
    how: str
    cue: str


_LOADING = threading.Lock()


@functools.cache
def _pipeline() -> tuple[Any, Any, Any, Any]:
    """Natasha's segmenter, morphology tagger, syntax parser and NER tagger (loaded once; the lock keeps two sessions
    of the dashboard from loading them twice at the same time)."""
    with _LOADING:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        embedding = NewsEmbedding()
        return Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)


@dataclass
class _Parse:
    """One parsed paragraph: tokens with article offsets (and their starts, for bisecting), each token's children,
    sentences and NER spans."""

    tokens: list[Any]
    starts: list[int]
    children: dict[str, list[Any]]
    by_id: dict[str, Any]
    sentences: list[tuple[int, int]]
    entities: list[tuple[int, int, str]]


@functools.lru_cache(maxsize=64)
def _parse(text: str, offset: int) -> _Parse:
    """The parse of `text`, a paragraph that starts at `offset` in the article (cached: a paragraph's quotes share
    one parse)."""
    from natasha import Doc

    segmenter, morph, syntax, ner = _pipeline()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph)
    doc.parse_syntax(syntax)
    doc.tag_ner(ner)
    for token in doc.tokens:
        token.start += offset
        token.stop += offset
    children: dict[str, list[Any]] = defaultdict(list)
    for token in doc.tokens:
        children[token.head_id].append(token)
    return _Parse(list(doc.tokens), [t.start for t in doc.tokens], children, {t.id: t for t in doc.tokens},
                  [(s.start + offset, s.stop + offset) for s in doc.sents],
                  [(s.start + offset, s.stop + offset, s.type) for s in doc.spans])


def forget_parses() -> None:
    """Empty the cache of parsed paragraphs (a benchmark times the parse itself)."""
    _parse.cache_clear()


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


class _Reader:
    """Reads one parsed paragraph for the cues of one quote: `quoted` are the (open, close) marks of the
    quotations that overlap the paragraph, whose words are never a cue or a name."""

    def __init__(self, parse: _Parse, quoted: list[tuple[int, int]]) -> None:
        self.p = parse
        self.quoted = quoted

    def entity_at(self, pos: int, types: tuple[str, ...]) -> tuple[int, int, str] | None:
        return next((e for e in self.p.entities if e[0] <= pos < e[1] and e[2] in types), None)

    def is_body(self, token: Any) -> bool:
        """A noun that heads a body's name: a body noun (the last part of a compound too, «пресс-служба») or an
        organisation by the NER."""
        return (lemma(token.text).split("-")[-1] in BODY_NOUNS
                or self.entity_at(token.start, ("ORG",)) is not None)

    def chain(self, token: Any) -> tuple[int, int]:
        """A proper name's span: the token and its flat:name tail (Халвард Несс), and the whole of the NER's name
        that covers it (the parse may hang a surname on the given name as apposition: «Агда Рууд»)."""
        start, end, todo = token.start, token.stop, [token]
        while todo:
            for child in self.p.children.get(todo.pop().id, []):
                if child.rel == "flat:name":
                    start, end = min(start, child.start), max(end, child.stop)
                    todo.append(child)
        entity = self.entity_at(token.start, ("PER", "ORG"))
        return (min(start, entity[0]), max(end, entity[1])) if entity else (start, end)

    def phrase(self, head: Any) -> tuple[int, int]:
        """A body's name: the head noun with its adjectives and genitive modifiers (Национальный центр
        кибербезопасности), not a prepositional phrase."""
        start, end, todo = head.start, head.stop, [head]
        while todo:
            for child in self.p.children.get(todo.pop().id, []):
                if child.rel in ("amod", "nmod", "flat:name", "flat", "appos") and not (
                        child.rel == "nmod" and any(k.rel == "case" for k in self.p.children.get(child.id, []))):
                    start, end = min(start, child.start), max(end, child.stop)
                    todo.append(child)
        return start, end

    def names(self, token: Any, cue: str) -> list[SpeakerSpan]:
        """The speakers a subject (or the noun after «по словам») names: itself and its conjuncts. A pronoun, or a
        noun that is no name, post or body («пассажиры», «один из жителей»), names no one."""
        heads = [token, *[c for c in self.p.children.get(token.id, []) if c.rel == "conj"]]
        out: list[SpeakerSpan] = []
        for head in heads:
            if head.pos == "PRON":
                continue
            if head.pos == "PROPN" and lemma(head.text) not in ROLE_NOUNS:
                if self.entity_at(head.start, ("PER", "ORG")) is not None or lemma(head.text) not in BODY_NOUNS:
                    out.append(SpeakerSpan(*self.chain(head), "name", cue))
                else:  # «МИД Ровении»
                    out.append(SpeakerSpan(*self.phrase(head), "body", cue))
                continue
            if self.is_body(head):
                # the body speaks, not a person its name holds or the parse hangs on it («пресс-служба губернатора
                # Ивана Сидорова»)
                out.append(SpeakerSpan(*self.phrase(head), "body", cue))
                continue
            case = (head.feats or {}).get("Case")
            # «глава центра Халвард Несс»: a name in apposition to the post, in the post's case (not «жена Олега
            # Петрова», a genitive the parse may attach as apposition)
            named = [c for c in self.p.children.get(head.id, []) if c.rel == "appos" and c.pos == "PROPN"
                     and (c.feats or {}).get("Case") == case and (
                         any(k.rel == "flat:name" for k in self.p.children.get(c.id, []))
                         or self.entity_at(c.start, ("PER",)) is not None)]
            if named:
                out.append(SpeakerSpan(*self.chain(named[-1]), "name", cue))
            elif lemma(head.text) in ROLE_NOUNS:
                # a post with no name beside it («министр транспорта обещал»): whoever the article's cast gives
                # that post to, if anyone (the caller's mapping decides, not the nearest name)
                out.append(SpeakerSpan(*self.phrase(head), "post", cue))
        return out

    def speakers_in(self, sentence: tuple[int, int], quote: tuple[int, int]) -> list[SpeakerSpan]:
        """The speakers `sentence` gives the quote: the noun after «по словам» (or its kin) when the sentence has one,
        else the subject of the quote's own predicate: the verb nearest the quote (one right after it first, the
        «..., — заявил X» form; a «как» clause's verb only when there is no other), if that is a verb of saying.
        [] when that verb is another («скандировали»), or its subject names no one («говорит водитель, которому
        министр Иван Сидоров обещал ...»): never the name of a verb further away."""
        q_start, q_end = quote
        # (only the marks in this sentence: a paragraph of many quotes stays linear)
        quoted = [(a, b) for a, b in self.quoted if a < sentence[1] and sentence[0] <= b]
        according: list[tuple[int, Any]] = []
        verbs: list[tuple[int, Any]] = []
        first = bisect.bisect_left(self.p.starts, sentence[0])
        for token in self.p.tokens[first:bisect.bisect_left(self.p.starts, sentence[1])]:
            if _inside(token.start, quoted) or q_start <= token.start < q_end:
                continue
            after = q_end <= token.start < q_end + NEAR_AFTER
            distance = 0 if after else min(abs(token.start - q_end), abs(q_start - token.start))
            if token.text.lower() in ACCORDING_FORMS and any(
                    c.rel == "case" and c.text.lower() == "по" for c in self.p.children.get(token.id, [])):
                according.append((distance, token))
            elif token.pos == "VERB":
                verbs.append((distance, token))
        if according:
            cue = min(according, key=lambda found: found[0])[1]
            noun = [c for c in self.p.children.get(cue.id, []) if c.rel in ("nmod", "appos")]
            return self.names(noun[0], f"по {cue.text}") if noun else []
        # «..., как сообщил депутат, скандировали протестующие»: a verb in a «как» clause only reports what the
        # sentence's own predicate says, unless it is the sentence's only verb («Как отметил Петров, «...»»)
        own = [(d, v) for d, v in verbs if not any(
            c.rel == "mark" and c.text.lower() == "как" for c in self.p.children.get(v.id, []))]
        verbs = own or verbs
        if not verbs:
            return []
        verb = min(verbs, key=lambda found: found[0])[1]  # (the first such verb after the quote, when several)
        return self.subject_of(verb) if lemma(verb.text) in SAY_LEMMAS else []

    def subject_of(self, verb: Any) -> list[SpeakerSpan]:
        """Who a verb of saying's subject names, or the body in the locative of an impersonal plural verb («В МИД
        Ровении назвали ...»)."""
        kids = self.p.children.get(verb.id, [])
        subject = next((c for c in kids if c.rel in ("nsubj", "nsubj:pass")), None)
        climb = verb
        for _ in range(2):  # a verb joined to another («заявил и добавил»): the first one's subject
            if subject is not None or climb.rel not in ("conj", "xcomp", "advcl"):
                break
            climb = self.p.by_id.get(climb.head_id, climb)
            subject = next((c for c in self.p.children.get(climb.id, []) if c.rel in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return self.names(subject, verb.text)
        plural = (verb.feats or {}).get("Number") == "Plur"
        body = [c for c in kids if plural and c.rel == "obl" and any(
            k.rel == "case" and k.text.lower() in ("в", "во") for k in self.p.children.get(c.id, [])) and (
            self.is_body(c))]
        return [SpeakerSpan(*self.phrase(body[0]), "body", verb.text)] if body else []


def _reader(text: str, paragraph: tuple[int, int], quoted: list[tuple[int, int]]) -> _Reader:
    return _Reader(_parse(text[paragraph[0]:paragraph[1]], paragraph[0]),
                   [(a, b) for a, b in quoted if a < paragraph[1] and paragraph[0] <= b])


def speaker_spans(text: str, quote: tuple[int, int], paragraph: tuple[int, int], previous_paragraph: tuple[int, int],
                  quoted: list[tuple[int, int]]) -> list[SpeakerSpan]:
    """Where the article names the speaker of the quote `text[quote[0]:quote[1]]`, from the parse of its own
    sentence in `paragraph` (start and end offsets; `_Reader.speakers_in`), or [] when that sentence names no one
    that way. A paragraph that is all quote reads instead the last sentence of `previous_paragraph` when it ends in
    a colon («Министр сказал журналистам:»). `quoted`: every quotation's (open, close) marks."""
    reader = _reader(text, paragraph, quoted)
    own = [s for s in reader.p.sentences if s[0] < quote[1] and quote[0] < s[1]]
    sentence = (min((s[0] for s in own), default=quote[0]), max((s[1] for s in own), default=quote[1]))
    found = reader.speakers_in(sentence, quote)
    all_quote = not text[paragraph[0]:quote[0]].strip(" \t\u00a0«„\"“'‘-—–")
    if not found and all_quote and previous_paragraph != paragraph and (
            text[previous_paragraph[0]:previous_paragraph[1]].rstrip().endswith(":")):
        reader = _reader(text, previous_paragraph, quoted)
        if reader.p.sentences:
            last = reader.p.sentences[-1]
            found = reader.speakers_in(last, (last[1], last[1]))  # (the quote stands after the colon)
    return found
