"""Who a Russian quotation's words are by, from a dependency parse: the fallback for a quote the rules leave
without a speaker.

The rules (`quotes.Attributor`) read attributions by the shape of the text. On Russian pages they have not seen
they leave about a quarter of quotes without a speaker (fresh14-fresh29 as each was scored:
`benchmarks/speaker_rules.py --at-scoring`), mostly because a clause is built in a way no rule lists. A parse does
not depend on the shape: the subject of the nearest verb of saying, or the name after «по словам», is the speaker
whatever stands between. Measured on `fresh29/` (Russian quotes, parser logic tuned on `dev/` only): the rules 75.8%
right, the rules with this fallback 87.9%.

The parse is Natasha's (segmenter, news morphology, syntax and NER models from slovnet and navec, all inside the
`natasha` wheel: nothing is downloaded); verbs' dictionary forms are pymorphy3's. The models load once per process
(about 1 s) and parse only the quote's paragraph and the one before it (0.05-0.3 s).

`speaker_spans` returns where in the article the speaker is named; the caller maps those offsets to the article's
cast, so a name the parse finds is only ever an actor the rules already know (a curated actor or a stub), and the
attribution is always low confidence: the review list asks the curator to check it.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

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
PERSON_PRONOUNS = frozenset({"он", "она"})
PLURAL_PRONOUNS = frozenset({"они"})
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


@dataclass(frozen=True)
class SpeakerSpan:
    """Where the article names a quote's speaker according to the parse: `start`-`end` (offsets in the article),
    how it was found ("subject", "по словам", "pronoun", "post", "body in the locative") and the cue as printed (the
    verb of saying or «по словам»)."""

    start: int
    end: int
    how: str
    cue: str


@functools.cache
def _pipeline() -> tuple[Any, Any, Any, Any, Any]:
    """Natasha's segmenter, morphology tagger, syntax parser and NER tagger, and pymorphy3's analyser (loaded once)."""
    import pymorphy3
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding = NewsEmbedding()
    return (Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding),
            pymorphy3.MorphAnalyzer())


@functools.lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    """The dictionary form of a Russian word (pymorphy3's most likely parse)."""
    return str(_pipeline()[4].parse(word.lower())[0].normal_form)


@dataclass
class _Parse:
    """One parsed stretch of the article: tokens with article offsets, their children, sentences and NER spans."""

    tokens: list[Any]
    children: dict[str, list[Any]]
    by_id: dict[str, Any]
    sentences: list[tuple[int, int]]
    entities: list[tuple[int, int, str]]


@functools.lru_cache(maxsize=64)
def _parse(text: str, offset: int) -> _Parse:
    from natasha import Doc

    segmenter, morph, syntax, ner, _ = _pipeline()
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
    return _Parse(list(doc.tokens), children, {t.id: t for t in doc.tokens},
                  [(s.start + offset, s.stop + offset) for s in doc.sents],
                  [(s.start + offset, s.stop + offset, s.type) for s in doc.spans])


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


class _Reader:
    def __init__(self, parse: _Parse, context_start: int, quoted: list[tuple[int, int]]) -> None:
        self.p = parse
        self.context_start = context_start
        self.quoted = quoted

    def entity_at(self, pos: int, types: tuple[str, ...]) -> tuple[int, int, str] | None:
        return next((e for e in self.p.entities if e[0] <= pos < e[1] and e[2] in types), None)

    def gender_at(self, pos: int) -> str | None:
        token = next((t for t in self.p.tokens if t.start == pos), None)
        return (token.feats or {}).get("Gender") if token is not None else None

    def antecedent(self, before: int, types: tuple[str, ...], gender: str | None = None) -> SpeakerSpan | None:
        """The last entity of these types named before `before` (outside quotations), in this paragraph or the one
        before; with `gender`, only one whose first word has it."""
        found = [e for e in self.p.entities if self.context_start <= e[0] and e[1] <= before and e[2] in types
                 and not _inside(e[0], self.quoted) and (gender is None or self.gender_at(e[0]) == gender)]
        return SpeakerSpan(found[-1][0], found[-1][1], "pronoun", "") if found else None

    def referent(self, pronoun: Any) -> SpeakerSpan | None:
        """Who «он» or «она» stands for: the subject of the last clause before it whose gender agrees («Директор ...
        Тур Экдаль сказал ... — сказал он»), by its name; None when that subject names no one («Одна из
        пассажирок рассказала ... — сказала она»). Without such a subject, the last person named with that gender."""
        gender = (pronoun.feats or {}).get("Gender")
        subjects = [t for t in self.p.tokens if self.context_start <= t.start < pronoun.start
                    and t.rel in ("nsubj", "nsubj:pass") and not _inside(t.start, self.quoted)
                    and (t.feats or {}).get("Gender") == gender]
        for subject in reversed(subjects):
            if subject.pos == "PRON" and subject.text.lower() in PERSON_PRONOUNS:
                continue  # the same one again («она сказала ... она добавила»)
            found = self.names(subject, "")
            return found[0] if found else None
        return self.antecedent(pronoun.start, ("PER",), gender)

    def chain(self, token: Any) -> tuple[int, int]:
        """A proper name's span: the token and its flat:name tail (Халвард Несс)."""
        start, end, todo = token.start, token.stop, [token]
        while todo:
            for child in self.p.children.get(todo.pop().id, []):
                if child.rel == "flat:name":
                    start, end = min(start, child.start), max(end, child.stop)
                    todo.append(child)
        return start, end

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
        """The speakers a subject (or the noun after «по словам») names: itself and its conjuncts."""
        heads = [token, *[c for c in self.p.children.get(token.id, []) if c.rel == "conj"]]
        out: list[SpeakerSpan] = []
        for head in heads:
            word = head.text.lower()
            found: SpeakerSpan | None = None
            if head.pos == "PRON":
                if word in PERSON_PRONOUNS:
                    found = self.referent(head)
                elif word in PLURAL_PRONOUNS:
                    found = self.antecedent(head.start, ("ORG", "PER"))
            elif head.pos == "PROPN" and lemma(head.text) not in ROLE_NOUNS:
                if self.entity_at(head.start, ("PER", "ORG")) is not None or lemma(head.text) not in BODY_NOUNS:
                    found = SpeakerSpan(*self.chain(head), "subject", cue)
                else:  # «МИД Ровении»
                    found = SpeakerSpan(*self.phrase(head), "subject", cue)
            else:
                named = [c for c in self.p.children.get(head.id, []) if c.rel == "appos" and c.pos == "PROPN" and (
                    any(k.rel == "flat:name" for k in self.p.children.get(c.id, []))
                    or self.entity_at(c.start, ("PER",)) is not None)]
                if named:  # «глава центра Халвард Несс»: the name in apposition to the post
                    found = SpeakerSpan(*self.chain(named[-1]), "subject", cue)
                elif lemma(head.text) in BODY_NOUNS or self.entity_at(head.start, ("ORG",)) is not None:
                    found = SpeakerSpan(*self.phrase(head), "subject", cue)
                elif lemma(head.text) in ROLE_NOUNS:
                    # a post with no name beside it («министр транспорта обещал»): whoever the article's cast gives
                    # that post to, if anyone (the caller's mapping decides, not the nearest name)
                    found = SpeakerSpan(*self.phrase(head), "post", cue)
            if found is not None:
                out.append(SpeakerSpan(found.start, found.end, found.how, cue))
        return out

    def options(self, quote: tuple[int, int],
                region: tuple[int, int]) -> list[tuple[tuple[int, int], list[SpeakerSpan]]]:
        """Every cue in the region with the speakers it names, keyed (0 in the quote's sentence else 1, distance)."""
        q_start, q_end = quote
        in_quote = [s for s in self.p.sentences if s[0] < q_end and q_start < s[1]]
        s_lo = min((s[0] for s in in_quote), default=q_start)
        s_hi = max((s[1] for s in in_quote), default=q_end)
        out: list[tuple[tuple[int, int], list[SpeakerSpan]]] = []
        for token in self.p.tokens:
            if not region[0] <= token.start < region[1] or _inside(token.start, self.quoted) or (
                    q_start <= token.start < q_end):
                continue
            after = token.start >= q_end and token.start - q_end < NEAR_AFTER
            key = (0 if s_lo <= token.start < s_hi else 1,
                   0 if after else min(abs(token.start - q_end), abs(q_start - token.start)))
            kids = self.p.children.get(token.id, [])
            if token.text.lower() in ACCORDING_FORMS and any(
                    c.rel == "case" and c.text.lower() == "по" for c in kids):
                noun = [c for c in kids if c.rel in ("nmod", "appos")]
                cue = f"по {token.text}"
                spans = [SpeakerSpan(s.start, s.end, "по словам", cue) for s in self.names(noun[0], cue)] if noun \
                    else []
                if not spans:  # the name the parse did not attach: the first person or body right after
                    after_cue = [e for e in self.p.entities if token.stop <= e[0] < token.stop + 60
                                 and e[2] in ("PER", "ORG")]
                    spans = [SpeakerSpan(after_cue[0][0], after_cue[0][1], "по словам", cue)] if after_cue else []
                out.append((key, spans))
                continue
            if token.pos != "VERB" or lemma(token.text) not in SAY_LEMMAS:
                continue
            subject = next((c for c in kids if c.rel in ("nsubj", "nsubj:pass")), None)
            climb = token
            for _ in range(2):  # a verb joined to another («заявил и добавил»): the first one's subject
                if subject is not None or climb.rel not in ("conj", "xcomp", "advcl"):
                    break
                climb = self.p.by_id.get(climb.head_id, climb)
                subject = next((c for c in self.p.children.get(climb.id, []) if c.rel in ("nsubj", "nsubj:pass")),
                               None)
            if subject is not None:
                out.append((key, self.names(subject, token.text)))
                continue
            # «В МИД Ровении назвали ...»: a body in the locative is the subject of an impersonal plural verb
            plural = (token.feats or {}).get("Number") == "Plur"
            body = [c for c in kids if plural and c.rel == "obl" and any(
                k.rel == "case" and k.text.lower() in ("в", "во") for k in self.p.children.get(c.id, [])) and (
                lemma(c.text) in BODY_NOUNS or self.entity_at(c.start, ("ORG",)) is not None)]
            out.append((key, [SpeakerSpan(*self.phrase(body[0]), "body in the locative", token.text)] if body else []))
        return out


def speaker_spans(text: str, quote: tuple[int, int], paragraph: tuple[int, int], previous_paragraph_start: int,
                  quoted: list[tuple[int, int]]) -> list[SpeakerSpan]:
    """Where the article names the speaker of the quote `text[quote[0]:quote[1]]`, by the parse of its paragraph
    (`paragraph`: start and end offsets) and the paragraph before it (from `previous_paragraph_start`), or [] when
    the parse finds no verb of saying or «по словам» there. `quoted`: every quotation's (open, close) marks, whose
    words are never a cue or a name. The nearest cue in the quote's own sentence wins, else the nearest that names
    someone; a paragraph that is all quote takes the cue of the paragraph before when that one ends in a colon."""
    parse = _parse(text[previous_paragraph_start:paragraph[1]], previous_paragraph_start)
    reader = _Reader(parse, previous_paragraph_start, quoted)
    regions = [paragraph]
    before = text[previous_paragraph_start:paragraph[0]].rstrip()
    if previous_paragraph_start < paragraph[0] and before.endswith(":"):
        regions.append((previous_paragraph_start, paragraph[0]))
    for region in regions:
        options = reader.options(quote, region)
        if not options:
            continue
        options.sort(key=lambda option: option[0])
        best = options[0]
        if best[0][0] == 1:
            best = next((o for o in options if o[1]), best)
        return best[1]
    return []
