"""People and bodies named in an article: known actors by any alias, descriptors, pronouns, new names.

Names are matched through `search.skeleton`, so every romanisation of an alias matches ("Tokaev", "Tokayev",
"Токаев"); a person's surname alone matches when no other actor shares it. Descriptors ("the Kazakh president",
"the secretary", "the Russian leader") and pronouns ("he") are resolved to the last person mentioned who fits:
the role words must occur in the actor's role (any head-of-state title fits "leader"), and the demonym must be
the actor's nationality or affiliation. Roles and nationalities the text itself gives in apposition ("the Kazakh
historian Danijar Ašimbaev") count too, which is how people new to the dataset get stubs with a role.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from alliance_monitor.ingest.gazetteer import Gazetteer
from alliance_monitor.ingest.morphology import PRONOUN_SEX, body_head_nominative, genitive_chain, plural_finite_verb
from alliance_monitor.ingest.text import words
from alliance_monitor.models import Actor
from alliance_monitor.search import fold, skeleton

ROLE_NOUNS = (
    "secretary general", "secretary-general", "general secretary", "prime minister", "foreign minister",
    "defence minister", "defense minister", "interior minister", "deputy prime minister", "political scientist",
    "political analyst", "military expert", "security expert", "president", "premier", "chancellor", "minister",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "chief", "chairman", "chairwoman",
    "ambassador", "envoy", "diplomat", "official", "commander", "governor", "mayor", "king", "queen", "emir",
    "scientist", "analyst", "expert", "historian", "economist", "researcher", "professor", "journalist",
    "commentator", "politician", "lawmaker", "senator", "activist", "lawyer", "judge", "patriarch", "bishop",
    "general", "colonel", "spokesmen", "admiral", "chair", "chairperson", "captain", "speaker", "skipper",
    "consul general", "consul", "commissioner", "prosecutor", "councillor", "councilor", "coach",
    # ranks (a closed class): "Commodore Ilse Marren", "Lieutenant Aron Falk" are the rank and the name; "Sergeant
    # Aino Kask carries ..." in a gallery's captions
    "commodore", "lieutenant", "brigadier", "sergeant", "corporal",
)
HEAD_WORDS = {"president", "prime", "premier", "chancellor", "king", "queen", "emir", "leader", "head", "chairman",
              "monarch", "chief"}
"""A descriptor "the leader", "the head" fits any actor whose role holds one of these words."""
_MODIFIERS = (
    r"(?:(?:new|former|current|then|outgoing|incoming|acting|deputy|vice|top|senior|leading|well-known|prominent"
    r"|influential|veteran|independent|local|foreign|political|military|international)\s+){0,3}"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁҚҒҮҰӘӨҺІ][\w'’-]*"
_PARTICLES = r"(?:(?:de|van|von|der|al|bin|da|di|del|le|la|du|ibn|el)\s+)?"
_NAME_RUN = re.compile(rf"(?<![\w'’]){_NAME_WORD}(?:\s+{_PARTICLES}{_NAME_WORD}){{0,9}}")
_PRONOUN = re.compile(r"(?<![\w'’])(?:he|she|He|She|он|она|Он|Она)(?![\w'’])")
_NOT_NAME_WORDS = words(
    """the a an in on at as for but and or so yet moreover however meanwhile also both this that these those there
    here it its his her their our we they he she i you ultimately precisely another other all some many most
    according when while after before since until if although though because then now today yesterday
    tomorrow last next mr mrs ms miss dr st prof gen col lt sgt capt maj adm sen rep gov of to by with from into than
    central eastern western northern southern north south east west middle asia europe africa america americas
    caucasus pacific atlantic arctic baltic balkans council union organisation organization ministry party
    committee alliance treaty security nations assembly parliament government court bank fund news agency
    service forces army church university institute centre center foundation summit state states federation
    republic kingdom office department economic eurasian european collective islamic national international
    world cup games olympics airport station street square avenue road river sea ocean lake mountains god bay
    gulf strait straits island islands isle peninsula coast cape harbour harbor port canal""")
_NOT_NAME_WORDS = _NOT_NAME_WORDS | {w for role in ROLE_NOUNS for w in re.split(r"[\s-]+", role)} | words(
    """later earlier speaking asked adding agency day admiral captain major chair envoy veteran breaking update
    opposition speaker senate duma kremlin critics officials analysts experts observers residents sources
    diplomats witnesses radio television tv channel newspaper magazine declaration charter accord agreement
    convention protocol memorandum communique doctrine two three four five six seven eight nine ten eleven twelve
    twenty thirty hundred several why what where who whom whose which how
    your yours my mine like unlike despite besides contrary""") | {fold(w) for w in words(
    """Президент Председатель Премьер Министр Министерство Глава Сенат Сената Госдума Совет Правительство Как По
    Это Мы Они Он Она Официальный Представитель Посол Генеральный Секретарь Союз Союза Пресс Агентство Но И В На
    Однако Также Ранее Позднее Консул Консула Посла Министра Спикер Депутат Сенатор Республика Республики""")}
_MONTHS_DAYS = words(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""")


LOOKBACK = 300
"""A descriptor or pronoun refers to one of the last this many persons mentioned before it (a news article names
a few dozen; the bound keeps a page of thousands of quotations linear)."""


@dataclass(frozen=True)
class Candidate:
    """An actor a mention can stand for: a curated actor, or a stub for a person new to the dataset."""

    id: str
    name: str
    kind: str
    nationality: str | None
    affiliation: str | None
    role: str | None


@dataclass
class Mention:
    """Words that refer to someone, outside quotations."""

    start: int
    end: int
    text: str
    kind: str
    """name (a curated actor), new_name (a person not in the dataset), descriptor, or pronoun."""
    actor: str | None = None
    """The actor id for names; the stub key for new names; None until resolved for descriptors/pronouns."""
    role: str | None = None
    country: str | None = None
    forward: bool = False
    """A descriptor resolved to someone named only after it (less sure than a back-reference)."""
    bare: bool = False
    """A lower-case role without article ("spokesman"): kept only as the apposition of the name after it."""


@dataclass
class Cast:
    """Everyone mentioned in one article, and what the article says about them."""

    mentions: list[Mention]
    candidates: dict[str, Candidate]
    text_roles: dict[str, set[str]] = field(default_factory=dict)
    text_countries: dict[str, set[str]] = field(default_factory=dict)
    stubs: dict[str, Candidate] = field(default_factory=dict)
    spellings: dict[str, list[str]] = field(default_factory=dict)
    """Stub key -> every form the article writes the new person's name in (Pashinyan, Pashinian): one stub,
    every spelling an alias."""
    org_nouns: dict[str, str] = field(default_factory=dict)
    """Organisation key -> the common noun its apposition gave it ("movement"): who "the movement" is."""
    qualified: set[str] = field(default_factory=set)
    """Persons whose title the page gave with a place ("Lindmark's Prime Minister Ulla Brekke", "the Varnian
    defence minister Oskar Venn"): a bare "the Prime Minister" is another holder of the title, if one fits."""
    not_names: frozenset[str] = frozenset()

    """Capitalised words that are never a person: the gazetteer's country forms (Moldova, Russian)."""
    starts: list[int] = field(default_factory=list)
    """The mentions' start offsets (mentions are sorted by start): lookups by position bisect this, so an
    article with thousands of quotations is drafted in linear time, not quadratic."""
    short_forms: dict[str, Mention] | None = None
    """The last word of each organisation's name of two words or more (folded) -> the first mention of the longest
    such name; built once per page by `organisation_by_short_form`, None until then or after a change."""

    not_pronouns: list[int] = field(default_factory=list)
    """The indexes in `mentions` of those that are no pronoun, in page order: a walk back to a person named before
    (`iter_persons_before`) steps over the pronouns between without reading them ("he said" in every paragraph)."""

    def index_mentions(self) -> None:
        """Sort the mentions and index their starts (after any change to `mentions`)."""
        self.mentions.sort(key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.not_pronouns = [i for i, m in enumerate(self.mentions) if m.kind != "pronoun"]
        self.short_forms = None

    def first_from(self, pos: int) -> int:
        """Index of the first mention starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    def organisation(self, name: str, shown: str | None = None) -> str:
        """The stub key of an organisation new to the dataset named `name` ("org:" and its skeleton, words joined by
        hyphens: one key however the page reaches the name), its stub made if new (`shown` its name, default
        `name`)."""
        key = "org:" + skeleton(name).replace(" ", "-")
        self.stubs.setdefault(key, Candidate(key, shown or name, "organisation", None, None, None))
        return key

    def following(self, pos: int, count: int) -> list[Mention]:
        """The first `count` mentions starting at or after `pos` (a bounded slice: no copy of the page's rest)."""
        i = self.first_from(pos)
        return self.mentions[i:i + count]

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying within [start, end)."""
        out = []
        for m in self.mentions[self.first_from(start):bisect.bisect_left(self.starts, end)]:
            if m.end <= end:
                out.append(m)
        return out

    def persons_before(self, pos: int) -> list[tuple[int, str]]:
        """(position, actor id) of every person named or resolved before `pos`, latest last."""
        return list(reversed(list(self.iter_persons_before(pos))))

    def iter_persons_before(self, pos: int) -> Iterable[tuple[int, str]]:
        """(position, actor id) of the persons named or resolved before `pos`, latest first (lazily)."""
        before = bisect.bisect_left(self.starts, pos)  # the mentions starting before `pos`; of them, no pronoun:
        for j in range(bisect.bisect_left(self.not_pronouns, before) - 1, -1, -1):
            m = self.mentions[self.not_pronouns[j]]
            if m.end > pos:
                continue
            if m.actor and self.is_person(m.actor):
                yield m.start, m.actor

    def is_person(self, actor_id: str) -> bool:
        cand = self.candidates.get(actor_id) or self.stubs.get(actor_id)
        return cand is not None and cand.kind == "person"

    def fits(self, actor_id: str, role: str | None, country: str | None) -> bool:
        """Whether a descriptor (role words, country) can refer to this actor."""
        cand = self.candidates.get(actor_id) or self.stubs.get(actor_id)
        if cand is None or cand.kind != "person":
            return False
        if country is not None:
            countries = {cand.nationality, cand.affiliation} | self.text_countries.get(actor_id, set())
            if country not in countries:
                return False
        if role is None:
            return True
        roles = [r for r in [cand.role, *self.text_roles.get(actor_id, set())] if r]
        if not roles:
            return country is not None
        wanted = set(skeleton(role.replace("-", " ")).split())
        for have in roles:
            words = set(skeleton(have.replace("-", " ")).split())
            if (words & _SECONDS) - wanted and not words & _MILITARY_RANKS - _SECONDS:
                # a deputy's, a vice's or a lieutenant's post is another post ("Vice President Ingrid Falk", "Lt.
                # Gov. Ingrid Falk" are not "the president", "the governor"), but a military rank's ("Lieutenant
                # Colonel" is "the colonel"; review of round 28a)
                continue
            if wanted <= words or (wanted & {skeleton(w) for w in HEAD_WORDS} and words & {
                skeleton(w) for w in HEAD_WORDS
            }):
                return True
        return False

    def resolve(self, mention: Mention, sex: Callable[[int, str], str | None] | None = None) -> str | None:
        """The actor a descriptor or pronoun refers to: the last person mentioned before it who fits. A pronoun with
        a sex ("she", «он»: `PRONOUN_SEX`) skips a person `sex` (where they are named, actor id -> "m", "f" or None)
        gives the other one: «По словам Остерман, ... Президента Марека Волкова ... Она сказала» is Остерман's."""
        if mention.kind in ("name", "new_name"):
            return mention.actor
        checked: set[str] = set()
        qualified: str | None = None
        wanted = PRONOUN_SEX.get(mention.text.lower()) if mention.kind == "pronoun" and sex is not None else None
        for n, (start, actor_id) in enumerate(self.iter_persons_before(mention.start)):
            if n >= LOOKBACK:
                break
            if actor_id in checked:
                continue
            checked.add(actor_id)
            if mention.kind == "pronoun":
                if wanted is not None and sex is not None and sex(start, actor_id) not in (None, wanted):
                    continue
                return actor_id
            if self.fits(actor_id, mention.role, mention.country):
                # "Prime Minister Petru Zaric ... Lindmark's Prime Minister Ulla Brekke ... the Prime Minister
                # said": a title the page gave with a country marks the other holder of it; the bare title
                # ("the Prime Minister", no country) is the one the page named without one, if any fits
                if mention.country is None and mention.role and actor_id in self.qualified:
                    qualified = qualified or actor_id
                    continue
                return actor_id
        if qualified is not None:
            return qualified
        if mention.kind == "descriptor":
            # A headline or standfirst may describe someone the body names later ("Armenia's prime minister
            # said ..." before "Prime Minister Nikol Pashinyan"): the first person after it who fits.
            for m in self.following(mention.end + 1, LOOKBACK):
                if m.start > mention.end and m.kind in ("name", "new_name") and m.actor and self.fits(
                    m.actor, mention.role, mention.country
                ):
                    mention.forward = True
                    return m.actor
        return None


_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")
_RU_CASE_ENDINGS = ("omu", "ogo", "oi", "ei", "im", "om", "a", "u", "e", "i", "iu", "ia")
"""Russian case endings, transliterated as the skeleton writes them (longest first)."""


class ActorIndex:
    """Every way the curated actors are written, reduced to skeletons for matching in running text."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.candidates: dict[str, Candidate] = {}
        forms: dict[tuple[str, ...], set[str]] = {}
        exact: dict[str, str] = {}
        surnames: dict[tuple[str, ...], set[str]] = {}
        for actor in actors:
            self.candidates[actor.id] = Candidate(actor.id, actor.name, actor.kind.value, actor.nationality,
                                                  actor.affiliation, actor.role)
            for form in [actor.name, *actor.aliases]:
                if form.isupper() or len(fold(form)) <= 3:
                    exact[form] = actor.id  # acronyms match only as written: "UN", never "un"
                    continue
                key = tuple(loose(w) for w in skeleton(form).split())
                if key:
                    forms.setdefault(key, set()).add(actor.id)
                    if actor.kind.value == "person" and len(key) > 1 and len(key[-1]) >= 4:
                        surnames.setdefault(key[-1:], set()).add(actor.id)
        for key, ids in surnames.items():
            if key not in forms and len(ids) == 1:
                forms[key] = ids
        self.forms = {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}
        self.exact = exact
        self.longest = max((len(k) for k in self.forms), default=1)

    def names(self, text: str, start: int, end: int) -> list[Mention]:
        """Curated actors named in text[start:end] (capitalised words only; acronyms exactly as written)."""
        words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", text[start:end])]
        words = [(s + start, e + start, w) for s, e, w in words]
        keys = [loose(skeleton(w)) for _, _, w in words]
        found: list[Mention] = []
        i = 0
        while i < len(words):
            hit = None
            if words[i][2] in self.exact:
                hit = (i, self.exact[words[i][2]])
            elif words[i][2][:1].isupper():
                for n in range(min(self.longest, len(words) - i), 0, -1):
                    if not _joined(text, words[i:i + n]):
                        continue
                    actor_id = self.forms.get(tuple(keys[i:i + n]))
                    if actor_id:
                        hit = (i + n - 1, actor_id)
                        break
                if hit is None and _CYRILLIC.search(words[i][2]):
                    # A Russian surname in another case: "Зарича", "Токаеву", "Ортис" (indeclinable) as is.
                    for ending in _RU_CASE_ENDINGS:
                        stem = keys[i][:-len(ending)] if keys[i].endswith(ending) else ""
                        if len(stem) >= 4 and (stem,) in self.forms:
                            hit = (i, self.forms[(stem,)])
                            break
            if hit:
                s, e = words[i][0], words[hit[0]][1]
                found.append(Mention(s, e, text[s:e], "name", hit[1]))
                i = hit[0] + 1
            else:
                i += 1
        return found


def loose(key: str) -> str:
    """A skeleton with y and i, ch and c merged: "Pashinyan" and "Pashinian", "Zaric" and "Зарич" meet
    (romanisations of one name by two desks of one newspaper, or a Slavic c read as ch)."""
    return key.replace("y", "i").replace("ch", "c")


def _joined(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether consecutive words are separated only by spaces or a hyphen (one name, not two phrases)."""
    return all(re.fullmatch(r"[\s\-‐]{1,2}", text[a[1]:b[0]]) for a, b in itertools.pairwise(words))


def _descriptor_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    demonyms = sorted((f for f, (iso, via) in gazetteer.forms.items() if iso and via == "demonym"), key=len,
                      reverse=True)
    countries = sorted((f for f, (iso, via) in gazetteer.forms.items() if iso and via == "name"), key=len,
                       reverse=True)
    roles = "|".join(re.escape(r) for r in sorted(ROLE_NOUNS, key=len, reverse=True))
    dem = "|".join(re.escape(d) for d in demonyms)
    cty = "|".join(re.escape(c) for c in countries)
    firsts = "|".join(sorted({re.escape(r.split()[0]) for r in ROLE_NOUNS if " " in r}))
    # "Trade Minister Ada Moll": a portfolio before Minister/Secretary is part of the role (not a name), unless it
    # begins a role of its own ("Prime Minister", "Foreign Minister")
    portfolio = rf"(?:(?!(?i:{firsts})\b)[A-Z][a-z]+\s+(?=(?:Minister|Secretary|Commissioner)\b))?"
    return re.compile(
        rf"(?<![\w'’])(?:(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts|[Aa]n?)\s+|(?P<poss>{cty})['’]s\s+)?"
        rf"(?:(?P<dem>{dem})\s+)?{_MODIFIERS}{portfolio}(?P<role>(?i:{roles}))"

        rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>{cty}))?(?![\w'’])"
    )


_OPENING_WORD = (r"(?!(?:A|An|The|In|On|At|For|But|And|As|When|While|During|After|Before|Since|If|Yesterday|Today"
                 r"|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\s)")
"""Not a sentence's opening word (an article, a preposition, a weekday): no part of a body's name after it ("A
Ministry of Defence spokesperson", "During Wednesday's debate in parliament")."""
_LOWER_BODY_NOUNS = (r"ministry|office|agency|authority|secretariat|commission|council|service|inspectorate"
                     r"|directorate|administration|guard|navy|army|police|customs|fleet|government|cabinet|parliament"
                     r"|senate|embassy|consulate|mission")
_LOWER_BODY = "(?:" + _LOWER_BODY_NOUNS + ")"
"""A state body's noun in lower case after its owner ("Kessel's foreign ministry", "the Sorvian embassy")."""
_IN_PLACE = r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
"""A body's seat after it ("the Sorvian embassy in Tarn", "Sorvia's embassy in Kessel City"): part of its name."""
_RU_ADJ_END = r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их)"
_RU_ADJ_BODY = (r"[А-ЯЁ][а-яё]{2,}" + _RU_ADJ_END + r"(?:\s+[а-яё]{3,}" + _RU_ADJ_END + r"){0,2}\s+"
                r"(?:союз|парти[яиюей]|движени|фронт|блок|коалици|альянс|объединени|профсоюз|комитет|совет|служб"
                r"|компани[яиюей]|фонд|ассоциаци|федераци|содружеств|флотили|штаб|охран(?=[аыеуо])"
                r"|суд(?=(?:а|у|е|ом)?(?![а-яё-])))"
                r"[а-яё]{0,3}(?![а-яё-])")
"""A capitalised adjective, up to two lower-case ones, then a body's noun in any case ("Гражданский союз",
"Гражданского союза", "Дорожная служба", "Береговая охрана", "Генеральном штабе", "Окружной суд"; never "судно", a
ship)."""
_RU_ADJ_BODY_AT = re.compile(_RU_ADJ_BODY)
_GIVEN_NAME_BEFORE = re.compile(r"[^\s.!?:;«\"(—–-][ \t\u00a0]+[А-ЯЁ][а-яё]+[ \t\u00a0]+$")
"""Before a Russian body's adjective-shaped name, a capitalised word inside a sentence (not opening it): a given name,
so the "adjective" is a surname ("Андрей Белый совету директоров"); "Сегодня Дорожная служба" opens its sentence."""
_RU_PLACE_OF = r"[А-ЯЁ][а-яё]+(?:ии|ы|и|а|я|ой|ей)(?![а-яё-])(?![ \t\u00a0]+[А-ЯЁ])"
"""A place in the genitive after a body's name ("Оскби", "Кесселя"), not the given name before a surname ("союза
Мила Дорн")."""
_STATE_OWNED_BODY = re.compile(r"(?P<owner>[A-Z][a-z-]+)['’]s\s+(?P<body>(?:[a-z][\w-]*\s+){0,2}" + _LOWER_BODY
                               + r")(?P<rest>" + _IN_PLACE + r")")


_STATE_ONLY_BODIES = words("""ministry embassy consulate navy army cabinet parliament""")
"""A body's noun only a state has (not "office", "council", "secretariat", "service", "mission": a person's, a
club's or a company's too; nor "agency", "police", "authority", "administration", "government", "customs": a city's
or a company's too, "Philadelphia's police", "Sofia's city administration", "Expedia's travel agency": review of
round 29a)."""


_NAME_PREFIXES = words("""north south east west northern southern eastern western central equatorial new papua
saudi upper lower greater great""")
"""Words that begin a state's or a region's name of two words or more ("South Sudan", "Northern Ireland", "New
Zealand", "Papua New Guinea") though they are no name on their own (`_NOT_NAME_WORDS` holds some)."""


def _owner_before(before: str) -> list[str]:
    """The capitalised words right before a possessive owner (`before`: the text up to it on its line) that are of
    the owner's name: a prefix of a state's name (`_NAME_PREFIXES`: "South" of "South Sudan's army") or any word no
    common word (`_NOT_NAME_WORDS`: "Sierra" of "Sierra Leone's army"), not a sentence's opening word such as "In" or
    "Yesterday" ("In Russia's foreign ministry ...")."""
    run = re.search(r"(?:[A-Z][\w-]*[ \t\u00a0]+)+$", before)
    out: list[str] = []
    for w in reversed(run.group(0).split() if run else []):
        if fold(w) in _NOT_NAME_WORDS and fold(w) not in _NAME_PREFIXES:
            break
        out.insert(0, w)
    return out


def _state_adjective(owner: str, body: str, gazetteer: Gazetteer, given_names: set[str], lead: list[str]
                     ) -> str | None:
    """The adjective a state's body is named by, from the state's name, for a body only a state has
    (`_STATE_ONLY_BODIES`): the gazetteer's first demonym of a country it names ("Russia": "Russian"; the whole name
    with the words `lead` before the owner: "South Sudan", "South Sudanese", never "Sudanese": second review of
    round 29a), else the English rule of a one-word name in -ia ("Corvenia's foreign ministry": "Corvenian"); None
    for any other body or word (a company's, a forum's, a city's, a person's: "Forum's secretariat", "Nordwing's press
    office", "Georgia's office", "Philadelphia's police", "Wikipedia's army" keep their possessive), for a name the
    gazetteer does not know whole ("Northern Ireland", "Northern Cyprus"), and for an owner the page gives as a
    person's given name (`given_names`: "Georgia Brel ... Georgia's agency")."""
    if body.split()[-1] not in _STATE_ONLY_BODIES or owner in given_names:
        return None
    iso3, via = gazetteer.forms.get(" ".join([*lead, owner]), (None, ""))
    if iso3 is not None and via == "name":
        for form, (code, how) in gazetteer.forms.items():
            if code == iso3 and how == "demonym" and not form.endswith("s"):
                return form
        return None
    if not lead and owner.endswith("ia") and len(owner) > 4:
        return owner + "n"
    return None


_FIGURATIVE_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:[a-z][\w-]*[ \t\u00a0]+){0,2}[a-z][\w-]*s(?![\w'’-])")
"""After a body's noun, "of" and a lower-case plural: a figurative body ("an army of editors", "a cabinet of
curiosities"), no state's."""


def _state_body_name(name: str, gazetteer: Gazetteer, given_names: set[str], before: str = "", after: str = ""
                     ) -> str:
    """A state's body named with its owner in the possessive, by its formal name: "Corvenia's foreign ministry" is the
    Corvenian Foreign Ministry, as the page's "the Corvenian foreign ministry" and a curated record may name it
    (fresh26 f2601, fresh28 f2813: round 29a); any other name as given. `before`, `after`: the text on the name's
    line before and after it (the owner's whole name, "South Sudan's army"; a figurative "army of editors": second
    review of round 29a)."""
    match = _STATE_OWNED_BODY.fullmatch(name)
    adjective = (_state_adjective(match.group("owner"), match.group("body"), gazetteer, given_names,
                                  _owner_before(before))
                 if match and not _FIGURATIVE_OF.match(after) else None)
    if match is None or adjective is None:
        return name
    return adjective + " " + " ".join(w.capitalize() for w in match.group("body").split()) + match.group("rest")


def _owner_named(name: str) -> bool:
    """Whether the words of a body's name up to its owner's "'s" hold one that names someone ("Minister Petru Zaric's
    office": "Petru"), not only a role's words ("Minister's Office")."""
    owner = re.match(r"(.*?)['’]s\s", name)
    return owner is not None and any(fold(w) not in _NOT_NAME_WORDS for w in owner.group(1).split())


_UNIT_NOUNS = words("forces staff army navy guard coastguard police fleet command force service")
"""A military or a state service's noun (as `_ORG` reads it after a body's own words): a common noun, no name."""
_ORG = re.compile(
    r"(?<![\w'’])(?:[Tt]he\s+)?(?P<org>(?:" + _OPENING_WORD + r"[A-Z][\w'’-]*\s+){0,4}(?:Ministry|Office|Council"
    r"|Government|Agency"
    r"|Committee|Parliament|Senate|Secretariat|(?P<seated>Embassy)|Kremlin|Commission|Cabinet|Presidency|Duma"
    r"|Movement|Party"
    r"|Front|Coalition|Association|Authority|Union|Federation|Confederation|Chamber|Board|Guild|Administration"
    r"|Inspectorate|Directorate|Centre|Center)"
    # ("the Ministry for Foreign Affairs", "the Office for Statistics": a ministry's or an office's portfolio after
    # "for" is its name as "of" gives it; not a parliament's or a party's "for", "the Party for Varnia's future")
    # ("the Committee on Defence and Security", "the Commission on Fisheries": a committee's or a commission's
    # remit after "on" is its name; "and" joins one more capitalised word of the remit, never a name of two words
    # or an owner after it: "the Ministry of Defence and Lena Ortis", "the Committee on Energy and Kessel's envoy")
    r"(?:\s+(?:of|(?<=Ministry\s)for|(?<=Office\s)for|(?<=Agency\s)for|(?<=Secretariat\s)for"
    r"|(?<=Committee\s)on|(?<=Commission\s)on)(?:\s+the)?"
    r"(?:\s+[A-Z][\w'’-]*){1,4}(?P<joined>\s+and\s+[A-Z][a-z'’-]+(?![\w'’-]|['’]s|\s+[A-Z]))?){0,3}"
    # "the Embassy of the Kingdom of Kessel in Vellin": an embassy is named with its seat (one state keeps one in
    # each capital), which the page's later "the Embassy in Vellin" or the byline repeats
    r"(?(seated)(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+of\s+[A-Z][\w'’-]*)?)?)"
    # "the Lindmark Armed Forces", "the General Staff", "the Kessel Navy", "the Varnian Border Service": a military
    # or a state service's noun after its own capitalised words (alone, "Staff at the base", "Army" is no body's name)
    r"|(?:" + _OPENING_WORD + r"[A-Z][\w'’-]*\s+){1,3}(?:Forces|Staff|Army|Navy|Guard|Coastguard|Police|Fleet"
    r"|Command|Force|Service)"
    # "the Skelde Police District", "the Varnian Navy Command": a unit's word after the body's is its full name; its
    # possessive too ("the Kessel Navy's programme manager", fresh36/f3612)
    r"(?:\s+(?:District|Department|Directorate|Headquarters|Region|Service))?(?P<unit>)"
    r"(?:(?=['’]s(?![\w'’-]))|(?![\w'’-]))"
    r"|(?:" + _OPENING_WORD + r"[A-Z][\w-]*\s+){0,2}" + _OPENING_WORD + r"[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
    + _LOWER_BODY + r"(?![\w'’-])" + _IN_PLACE
    # "the Sorvian foreign ministry", "the Kessel government", "the Sorvian embassy in Tarn": a people's or a
    # place's word, then the body in lower case (after "the": "Tuesday the ministry" names no body)
    + r"|(?<=[Tt]he\s)" + _OPENING_WORD + r"[A-Z][\w-]*\s+(?:(?!(?:the|a|an|and|or|of|in|on|at|to|for|by|with|from"
    r"|said|says|told)\s)[a-z][\w-]*(?:s['’])?\s+){0,2}(?:" + _LOWER_BODY_NOUNS + r"|association|union)"
    + r"(?![\w'’-]|\s+[a-z]+['’])" + _IN_PLACE
    + r"(?![\w'’-])"
    # "(Coastal Varnia faction)": a group's capitalised name, then what it is in lower case, inside brackets
    + r"|(?<=\()" + _OPENING_WORD + r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:faction|caucus|party|bloc|group"
    r"|movement)(?=\))"
    # "Союз рыбаков Вальмонта", "Федерация футбола Варнии": a union, a movement, a party or a federation only with
    # its name (a proper noun, after its members in the genitive); "Движение паромов через пролив" is traffic
    r"|(?:Союз(?:а|у|ом)?|Движение|Партия|Федерация)(?:\s+[а-яё]{3,}(?:ых|их|ов|ев|ей|а|я|ы|и)){0,3}"
    r"\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?"
    # "оппозиционного Гражданского союза", "Дорожная служба Оскби": a Russian body's name is one capitalised adjective
    # and a lower-case noun of a body (the language capitalises only its first word); not opening a sentence (where
    # every word is capitalised: "Новый порт"), unless the place it belongs to follows in the genitive
    r"|(?:(?<=[а-яё,»][ \t\u00a0])" + _RU_ADJ_BODY + r"(?:\s+" + _RU_PLACE_OF + r")?"
    # (opening its sentence, a place in the genitive or one that does not decline: "Окружной суд Нурдбю")
    r"|" + _RU_ADJ_BODY + r"\s+(?:" + _RU_PLACE_OF + r"|[А-ЯЁ][а-яё]+ю(?![а-яё-])))"
    # (in any case but the locative, which `_RU_BODY_LOCATIVE` reads after "в": "в сообщении Министерства обороны
    # Сорвии" names the ministry in the genitive)
    # (only a ministry, a council, a committee, an agency or an administration has a portfolio after "по":
    # "Правительство по поручению президента заявило" is the government)
    r"|(?:(?P<remit>Министерств(?:о|а|у|ом)|Совет(?:а|у|ом)?|Комитет(?:а|у|ом)?|Агентств(?:о|а|у|ом)"
    r"|Администраци(?:я|и|ю|ей))|МИД|Правительств(?:о|а|у|ом)|Сенат(?:а|у|ом)?|Парламент(?:а|у|ом)?"
    r"|(?P<ru_seated>Посольств(?:о|а|у|ом))"
    r"|Кремл(?:ь|я|ю|ём|ем)|Профсоюз(?:а|у|ом)?|Ассоциаци(?:я|и|ю|ей))"
    r"(?:\s+(?:иностранных|внутренних|обороны|безопасности|дел|юстиции|финансов|экономики|транспорта|торговли"
    r"|здравоохранения|образования|энергетики|культуры|труда|связи|промышленности|сельского|хозяйства|природных"
    r"|ресурсов|экологии|науки|развития"
    # ("Комитет по обороне и безопасности": a portfolio after "по", in the dative, one or two nouns; not "по итогам")
    r"|(?(remit)по[ \t\u00a0]+(?!(?:итогам|словам|данным|мнению|поводу|причине|просьбе|результатам|сообщениям"
    r"|информации|времени|мере|поручению|инициативе|приглашению|требованию|оценкам|случаю|сути|традиции|телефону)"
    r"(?![а-яё]))[а-яё]{3,}[еиуюм](?:[ \t\u00a0]+и[ \t\u00a0]+[а-яё]{3,}[еиуюм])?|(?!))"
    r"|(?(remit)по|(?!))|делам|чрезвычайным|ситуациям|порта|города|области|района|округа"
    r"|острова|республики|региона|[а-яё]{3,}(?:ого|его|ых|их|ов|ев)"
    # (a plural noun's genitive in -ей, "Совет работодателей Варнии", not a possessive, "Совет своей волей")
    r"|(?!(?:сво|наш|ваш)ей(?![а-яё]))[а-яё]{3,}ей)){0,3}"

    # "Республики Варния": a state's form in the genitive, then its name as printed (often the nominative), is
    # one name with the body's ("Министерство иностранных дел Республики Варния"), not cut after the form
    r"(?:\s+(?:Республики|Королевства|Федерации|Княжества)(?:\s+[А-ЯЁ][а-яё-]+){1,2}"
    # (a place in the genitive, never the given name in the nominative, in -а or -я, of the person the body's title
    # is in apposition to: "представитель МИД Ирма Келло" is Ирма Келло; "главе МИД Варнии Лене Ортис" keeps its place)
    r"|\s+[А-ЯЁ][а-яё]+(?:ии|ы|и|а|я|ой|ей)(?!(?<=[ая])[ \t\u00a0]+[А-ЯЁ][а-яё]))?"
    # "Посольства Королевства Кессель в Веллине": an embassy with its seat, in the prepositional case in any case
    r"(?(ru_seated)(?:\s+в\s+[А-ЯЁ][а-яё-]+(?:е|и)(?:\s+[А-ЯЁ][а-яё-]+)?)?))"
    r"(?(unit)(?:(?=['’]s(?![\w'’]))|(?![\w'’]))|(?![\w'’]))"
)
"""An organisation or state body named as such: it can speak, as an organisation (never as a person); a military
unit's or a service's possessive names it too ("the Kessel Navy's programme manager", fresh36/f3612)."""
_RU_BODY_LOCATIVE = re.compile(
    r"(?<![а-яё])(?:[Вв]|[Вв]о)[ \t\u00a0]+(?P<head>(?i:министерстве|правительстве|ведомстве|агентстве"
    r"|комитете|совете|парламенте|сенате|администрации|комиссии|мэрии|секретариате|пресс-службе"
    r"|(?P<embassy>посольстве)))"
    # ("комитете по обороне и безопасности": a committee's portfolio after "по", in the dative, one or two nouns)
    r"(?P<rest>(?:[ \t\u00a0]+(?:по[ \t\u00a0]+(?!(?:итогам|словам|данным|мнению|поводу|причине|просьбе|результатам"
    r"|сообщениям|информации|времени|мере)(?![а-яё]))[а-яё]{3,}[еиуюм](?:[ \t\u00a0]+и[ \t\u00a0]+[а-яё]{3,}[еиуюм])?"
    r"|дел|по|делам|[а-яё]+(?:ых|их|ого|его|ой|ей|ии|ства|ния|ики|ции|ны|сти|ов|ев)"
    r"|[а-яё]{3,}[ая]))*(?:[ \t\u00a0]+[А-ЯЁ][а-яё]+(?:[ \t\u00a0]+(?:края|области|района|округа|республики|острова"
    r"|города))?)?"
    # "в посольстве Сорвии в Нурдбю": an embassy with its seat (the city in the prepositional, or indeclinable)
    r"(?(embassy)(?:[ \t\u00a0]+в[ \t\u00a0]+[А-ЯЁ][а-яё-]+)?))(?![\w-])")
"""A state body in the prepositional case, with what it is of ("министерстве иностранных дел Варнии",
"Министерстве иностранных дел Кесселя", "пресс-службе администрации Кварнского края")."""
_RU_NAMED_BODY_LOCATIVE = re.compile(
    r"(?<![а-яё])(?:[Вв]|[Вв]о)[ \t\u00a0]+(?P<head>[А-ЯЁ][а-яё]{3,})(?P<rest>(?:[ \t\u00a0]+[А-ЯЁа-яё-]+){1,7})")
"""A body named in the prepositional case whose head noun is any common noun the dictionary holds (capitalised, as a
name's first word is), with what it is of: «в Управлении гражданской авиации Варнии», «в Департаменте рыболовства»;
the head is checked by `morphology.body_head_nominative`, so a place («в Москве») is never one."""
_RU_BODY_OBLIQUE = re.compile(r"(?P<stem>Министерств|Правительств|Агентств|Посольств|Сенат|Парламент|Совет|Комитет"
                              r"|Профсоюз|Союз|Администраци|Ассоциаци|Кремл)(?P<end>а|у|ом|и|ю|ей|я|ём|ем)(?=\s|$)")
_RU_BODY_ENDING = {"Министерств": "о", "Правительств": "о", "Агентств": "о", "Посольств": "о", "Администраци": "я",
                   "Ассоциаци": "я", "Кремл": "ь"}


_RU_FEMININE_BODY_OBLIQUE = re.compile(
    r"(?P<adj>[А-ЯЁ][а-яё]+?)(?P<adj_end>ой|ей|ую|юю)[ \t\u00a0]+"
    r"(?P<noun>служб|охран|флотили|компани|ассоциаци|федераци|парти)(?:ой|е|ы|у|ей|и|ю)(?=[ \t\u00a0]|$)")
"""A feminine body's name (a capitalised adjective, then its noun) in an oblique case."""


def _ru_body_nominative(name: str) -> str:
    """A Russian state body's name met in another case back in the nominative, its first word only (the words after
    it are in the genitive in every case): "Министерства обороны Сорвии" -> "Министерство обороны Сорвии", "Сената"
    -> "Сенат"; any other name as it is."""
    head = _RU_BODY_OBLIQUE.match(name)
    feminine = _RU_FEMININE_BODY_OBLIQUE.match(name) if head is None else None
    if feminine is not None:
        # "Пограничной службе Варнии" -> "Пограничная служба Варнии": a feminine body's adjective and noun
        adjective, noun = feminine.group("adj"), feminine.group("noun")
        soft = adjective[-1] == "н" and feminine.group("adj_end") in ("ей", "юю")  # Верхней -> Верхняя
        return (adjective + ("яя" if soft else "ая") + " " + noun + ("я" if noun.endswith("и") else "а")
                + name[feminine.end():])
    if head is None:
        return name
    return head.group("stem") + _RU_BODY_ENDING.get(head.group("stem"), "") + name[head.end():]


_RU_BODY_NOMINATIVE = {"министерстве": "министерство", "правительстве": "правительство", "посольстве": "посольство",
                       "ведомстве": "ведомство", "агентстве": "агентство", "комитете": "комитет", "совете": "совет",
                       "парламенте": "парламент", "сенате": "сенат", "администрации": "администрация",
                       "комиссии": "комиссия", "мэрии": "мэрия", "секретариате": "секретариат",
                       "пресс-службе": "пресс-служба"}
_ORGAN_AFTER = re.compile(r"[ \t\u00a0]+(?:secretariat|presidency|press office|press service)(?![\w'’])")
"""An organisation's organ named after it in lower case ("the Harbour Compact secretariat")."""
_ORG_NOUNS = (r"movement|coalition|party|group|campaign|union|network|front|initiative|association|alliance"
              r"|organisation|organization|collective|federation|society|bloc")
_COMPANY_NOUNS = r"company|operator|carrier|firm|airline|shipyard|insurer|lender|bank|broadcaster|publisher"
"""The kinds of company a page names a company by, in apposition to its name."""
_PERSON_OR_COMPANY = words("operator publisher lender insurer broadcaster")
"""Company nouns that are a person's occupation too ("Hallin, the operator of the crane", "a publisher in Vellin"):
in apposition to a name they make it a company only with a company's mark before them (`_COMPANY_MARK`)."""
_QUALIFIED_OCCUPATION = words("carrier")
"""Company nouns that are a person's occupation only with a word before them ("a mail carrier", "a letter carrier";
"Ford, the carrier based in Kelmstad" is a company): with such a word and no company's mark, no company (second
review of round 29a)."""
_COMPANY_MARK = re.compile(r"(?<![\w-])(?:largest|biggest|(?:second|third)-(?:largest|biggest)|leading|dominant"
                           r"|national|state|state-owned|state-run|flag|low-cost|budget|commercial)\s")
"""A company's mark before a noun a person's occupation shares: its rank in a market or its ownership, a closed class
("the biggest ferry operator", "the state broadcaster", "the flag carrier"); not any word in -est nor "main",
"public", "private", which qualify a person's job too ("the oldest publisher", "a forest operator", "the main
operator at the crane", "a private operator": second review of round 29a)."""
_PLACE_OR_TIME_BEFORE = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Oo]n|[Bb]y|[Ff]or|[Ff]rom|[Aa]fter|[Bb]efore"
                                   r"|[Ss]ince|[Uu]ntil|[Dd]uring|[Nn]ear|[Tt]o|[Ww]ith)[ \t\u00a0]+$")
"""A preposition right before capitalised words: they are a place or a time ("In Kelmstad,"), no company's name."""
_NAME_APPOSED_AFTER = re.compile(r"[^,.;:!?\n]{0,62},[ \t\u00a0]*[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3},")
"""The rest of an apposition, then a name between commas ("the airline at Kelmstad, Nordwing,"): the name after it
is the company the apposition describes, not the words before it."""
_ORG_APPOSITION = re.compile(
    r"(?<![\w'’])(?:[Tt]he\s+)?(?P<org>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
    r"(?:which\s+(?:calls\s+itself|describes\s+itself\s+as|is)\s+)?(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<noun>" + _ORG_NOUNS + r")(?![\w'’])"
    r"(?=\s*[,.;:)]|\s+(?:that|which|whose|founded|formed|created|set|launched|led|based|born|behind|of|from|in"
    r"|with|opposed|calling|campaigning)\b)"
    # "Nordwing, the largest airline at Kelmstad, said": a name, then in apposition the kind of company it is, a
    # comma or a phrase after the noun (round 29a, f2804; never a person's name: "Tove Hallin, the operator of the
    # crane", checked where it is read)
    # (the noun the apposition's head: no "of" nor an owner in the possessive before it, "the owner of the airline",
    # "the cable's operator": review of round 29a)
    r"|(?<![\w'’])(?P<org4>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:a|an|the)\s+"
    r"(?P<pre4>(?:(?!of\s)[\w-]+\s+){0,3}?)"
    r"(?P<noun4>" + _COMPANY_NOUNS + r")(?![\w'’-])(?=\s*,|\s+(?:at|in|of|from|on|with|based|serving|flying)\s"
    r"[^,.;:!?\n]{1,60},)"
    r"|(?<![\w'’])(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<noun2>" + _ORG_NOUNS + r")\s+"
    r"(?P<org2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?![\w'’])"
    # "The ferry operator, Bayline, said", "The operator, Kesselline, said": what it is, then its name between commas
    r"|(?<![\w'’])[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<noun3>" + _ORG_NOUNS + r"|" + _COMPANY_NOUNS
    + r"),\s+(?!(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir)\.?\s)"
    r"(?P<org3>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),"
)
"""A name, then in apposition what it is ("Green Shore, a protest movement, ...", "The Blue Road, a student
coalition that ...", "Green Shore, which calls itself a protest movement"), or what it is, then the name ("the
protest movement Green Shore"): that name is an organisation, and "the movement said" later is it."""


def _not_a_company_name(text: str, match: re.Match[str], s0: int) -> bool:
    """Whether the capitalised words before a company's kind in apposition (`_ORG_APPOSITION`'s `org4`, at `s0`) are
    no company's name (review of round 29a): a sentence's opening time or place ("On Monday, the airline at
    Kelmstad, Nordwing, said", "In Kelmstad, the largest airline"), a person's title ("Dr Hallin, the operator of
    the clinic"), an apposition that itself ends in the name it describes ("..., Nordwing,"), or a noun that is a
    person's occupation too with no company's mark ("Hallin, the operator of the crane", "a publisher in Vellin",
    "a mail carrier in Vellin")."""
    first, *rest = match.group("org4").split()
    if fold(first) in _NOT_NAME_WORDS or fold(first) in _TITLE_WORDS or fold(first) in _MONTHS_DAYS or any(
            fold(w) in _MONTHS_DAYS for w in rest) or _PLACE_OR_TIME_BEFORE.search(text, max(0, s0 - 8), s0):
        return True
    if _NAME_APPOSED_AFTER.match(text, match.end()):
        return True
    noun = match.group("noun4").lower()
    if noun in _QUALIFIED_OCCUPATION and match.group("pre4").strip():
        return not _COMPANY_MARK.search(match.group("pre4"))
    return noun in _PERSON_OR_COMPANY and (
        not _COMPANY_MARK.search(match.group("pre4")) or text.startswith(" of ", match.end()))


_PUBLICATION_WORD = re.compile(r"\s(?:Times|Standard|Post|Herald|Gazette|Review|Courier|Observer|Daily|Weekly|News"
                               r"|Journal|Ledger|Tribune|Chronicle|Telegraph|Guardian|Mail|Express|Record|Monitor"
                               r"|Bulletin|Examiner|Dispatch|Register|Evening|Morning)$")
"""The last word of a newspaper's name (a closed class of the language): "Vellin Times", "Kessel Standard"."""
_THE_OPENING = re.compile(r"(?:^|\n[ \t\u00a0]*|[.!?…][\"'”’»)]*[ \t\u00a0]+)The[ \t\u00a0]+$")
"""A capitalised "The" opening a sentence or a line right before a name."""
_INITIAL_SURNAME = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-ÞА-ЯЁ]\.[ \t\u00a0]?(?P<surname>[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]{2,})"
                              r"(?![\w.'’-])")
"""An initial and a surname ("А.Весс", "J. Feld"), as official releases write a person named in full before."""


def find_cast(
    text: str, spans: Iterable[tuple[int, int]], index: ActorIndex, gazetteer: Gazetteer
) -> Cast:
    """Every mention in the given spans of a (quote-masked) text, with descriptors resolved in order."""
    pattern = _descriptor_pattern(gazetteer)
    mentions: list[Mention] = []
    cast = Cast([], dict(index.candidates), not_names=frozenset(gazetteer.forms))
    surnames: dict[str, str] = {}  # the last word of each new person's name -> their stub key
    spans = list(spans)
    # every two capitalised words side by side on the page (one pass), to tell a title from a given name ("Justice
    # Aino Berg" where the page also writes "Justice Berg")
    pairs: set[tuple[str, str]] = set()
    ends: set[str] = set()  # the last word of every such run ("Ministry for Coastal Affairs": "affairs")
    alone: set[str] = set()  # every capitalised word the page prints on its own ("Sorvia denies it")
    lower_words: set[str] | None = None  # the page's lower-case words, read once when a remit has "and X"
    given_names: set[str] = set()  # the first word of each new person's name of two words or more ("Georgia Brel")
    for start, end in spans:
        for match in _NAME_RUN.finditer(text, start, end):
            run = match.group(0).split()
            pairs.update((fold(a), fold(b)) for a, b in itertools.pairwise(run))
            ends.add(fold(run[-1]))
            if len(run) == 1 and not re.search(r"(?<![\w'’])(?:and|of|on|for|the|&)\s+$",
                                               text[max(0, match.start() - 6):match.start()]):
                alone.add(run[0])  # (not a word of a longer name, "Defence and Security", "Ministry of Trade")
    # a title stands before the names of several people, or before one person's given name and surname and then the
    # surname alone: three different words after it at least ("Justice Mira Tolvanen ... Justice Oskar Lindqvist ...
    # Justice Tolvanen"). A double given name the page shortens stands before two ("Anna Maria Holt ... Anna Holt":
    # "Maria", "Holt"), and is the person's first given name, no title; a word of a title (the role nouns and the
    # honorifics, `_TITLE_WORDS`) before one person's name and surname is a title all the same ("Justice Aino Berg"
    # and "Justice Berg": the two shapes differ in nothing else on the page).
    followers = collections.Counter(a for a, _ in pairs)
    pairs = {(a, b) for a, b in pairs if followers[a] >= 3 or a in _TITLE_WORDS}
    for start, end in spans:
        names = index.names(text, start, end)
        taken = [(m.start, m.end) for m in names]
        descriptors = []
        for match in pattern.finditer(text, start, end):
            # (an owner in the possessive anchors a role as an article does: "the ministry's spokesman, Pavel Strunin")
            has_anchor = match.group("det") or match.group("poss") or match.group("dem") or _OWNER_BEFORE.search(
                text, max(0, match.start() - 30), match.start())
            role = match.group("role")
            bare = not has_anchor and not role[:1].isupper()
            if bare and not re.match(r"\s[A-ZÀ-ÖØ-ÞА-ЯЁ]", text[match.end():match.end() + 2]) and not (
                    _APPOSED_NAME_BETWEEN_COMMAS.match(text, match.end(), min(end, match.end() + 80))
                    and (_ARTICLE_AND_NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start())
                         or _ANOTHER_BEFORE.search(text, max(0, match.start() - 10), match.start()))):
                # a lower-case role counts only in apposition to a name ("spokesman Ivan Dorokhov"), or after an
                # article and the noun that qualifies it, the name in apposition between commas or ending the
                # sentence ("asked the opposition leader, Hana Brisk, in parliament": round 28a, f2702; not "In a
                # letter to the opposition leader, Hana Brisk said", the name the next clause's subject); still
                # bare, so it counts only joined to the name after it. "Another captain, Tomas Greb, disagreed": the
                # name's post, so "the captain" after it may be Tomas Greb, not the captain named before (review of
                # round 28a)
                continue
            country_word = match.group("poss") or match.group("dem") or match.group("of")
            country = gazetteer.country_of(country_word) if country_word else None
            second = _SECOND_BEFORE_ROLE.search(text, max(start, match.start() - 12), match.start("role"))
            if second is not None and role.lower().split()[0] not in _SECONDS:
                # "Vice President Ingrid Falk", "the deputy minister": the post of a second, not the post itself
                role = second.group(0).split()[0] + " " + role
            descriptors.append(Mention(match.start(), match.end(), match.group(0), "descriptor", None,
                                       role.lower(), country, bare=bare))
        new_names = []
        # (a form that is also a given name, "Sofia", "Jordan", may begin a person's name: "Sofia Marr")
        country_spans = [(c.start, c.end) for c in gazetteer.mentions(text, start, end)
                         if not (c.iso3 is None and "given name" in (c.note or ""))]
        for match in _NAME_RUN.finditer(text, start, end):
            found = _new_names(text, match.start(), match.end(), taken, country_spans, descriptors, pairs,
                               ends)
            number = _NUMBER_AFTER.match(text, match.end())
            if (number and number.group("next").lower() not in _DATE_WORDS) or _EVENT_NOUN_AFTER.match(
                    text, match.end()):
                # "the Compact's Iron Tide 27 exercise", "Zapad 2021": a name numbered like an edition is an
                # event's or a thing's, never a person's (a date after a byline's name is no number of it); so is
                # one an event's noun follows ("the Silver Tern exercise")
                found = [n for n in found if n.end != match.end()]
            new_names.extend(found)
            for n in found:
                last = n.text.split()[-1]
                surnames.setdefault(last, n.actor or "")
                if _CYRILLIC.match(last) and last.endswith(("ом", "ем")) and len(last) > 4:
                    # "с коллегой Эриком Стольбергом", then "Стольберг, в свою очередь, отметил": the surname in
                    # the nominative is the person met in the instrumental
                    surnames.setdefault(last[:-2], n.actor or "")
            *title, last = match.group(0).split()
            last_start = match.end() - len(last)
            if not found and last in surnames and all(fold(w) in _TITLE_WORDS for w in title) and not any(
                s < match.end() and last_start < e for s, e in taken
            ):
                # "Braun has heard every argument" after "Captain Ilse Braun": the person met before, by surname
                # (after a title too: "Prime Minister Brekke" after "Prime Minister Ulla Brekke")
                new_names.append(Mention(last_start, match.end(), last, "new_name", surnames[last]))
        given_names.update(n.text.split()[0] for n in new_names if " " in n.text)
        for n in new_names:
            if _PUBLICATION_WORD.search(n.text) and n.actor and _THE_OPENING.search(text, max(0, n.start - 8), n.start):
                # "The Vellin Times reports ...", "The Kessel Standard (Кессель).": a paper's name printed with its
                # article where nothing before asks for one (a sentence's or a line's start) keeps it
                forms = cast.spellings.setdefault(n.actor, [])
                if "The " + n.text not in forms:
                    forms.append("The " + n.text)
        for match in _FIRST_NAME_ONLY.finditer(text, start, end):
            # "A reader, Tove in Skelde, writes in:", "A fisherman ..., who gave only his first name, Olav, said": an
            # unnamed person's first name in apposition names that person (as the page does, by the first name)
            group = "first" if match.group("first") else "lives"
            s0, e0 = match.span(group)
            first_name = match.group(group)
            if fold(first_name) in _NOT_NAME_WORDS or fold(first_name) in _MONTHS_DAYS or any(
                    a < e0 and s0 < b for a, b in taken + country_spans + [(n.start, n.end) for n in new_names]):
                continue
            new_names.append(Mention(s0, e0, first_name, "new_name", "stub:" + loose(skeleton(first_name))))
        for match in _INITIAL_SURNAME.finditer(text, start, end):
            # "А.Весс", "J. Feld": an initial and a surname is the person of that surname (met in full before or
            # after: one stub by the surname's key)
            s0, e0 = match.span("surname")
            if fold(match.group("surname")) in _NOT_NAME_WORDS or any(
                    a < e0 and s0 < b for a, b in taken + [(n.start, n.end) for n in new_names]):
                continue
            key = "stub:" + loose(skeleton(match.group("surname"))).replace(" ", "-")
            new_names.append(Mention(s0, e0, match.group("surname"), "new_name", key))
        for m in list(names):
            organ = _ORGAN_AFTER.match(text, m.end, end)
            if organ and m.actor and not cast.is_person(m.actor):
                # "The Harbour Compact secretariat said": the organisation's organ speaks, a body of its own
                name = text[m.start:organ.end()]
                key = cast.organisation(name)
                names[names.index(m)] = Mention(m.start, organ.end(), name, "name", key)
                taken.append((m.start, organ.end()))
        pronouns = [Mention(m.start(), m.end(), m.group(0), "pronoun") for m in _PRONOUN.finditer(text, start, end)]
        orgs = []
        holders: list[Mention] = []  # a role's holder named right after the body's name (`_HOLDER_AFTER_BODY`)
        for match in _ORG.finditer(text, start, end):
            if _RU_ADJ_BODY_AT.match(match.group("org")) and _GIVEN_NAME_BEFORE.search(
                    text, max(0, match.start() - 40), match.start()):
                continue  # "сказал Андрей Белый совету директоров": a given name, then a surname shaped as an adjective
            owner = [m for m in names if match.start() <= m.start and m.end <= match.end()
                     and re.match(r"['’]s\s", text[m.end:m.end + 3])]
            if owner and cast.is_person(owner[0].actor or "") and not any(
                s < match.end() and match.start() < e for s, e in taken if (s, e) != (owner[0].start, owner[0].end)
            ):
                # "Petru Zaric's office said": the office speaks, as an organisation, not the person who owns it
                names.remove(owner[0])
                taken.remove((owner[0].start, owner[0].end))
            elif any(s < match.end() and match.start() < e for s, e in taken):
                continue
            name, first, last_end = match.group("org"), match.start(), match.end()
            if match.group("joined"):
                for joined in re.finditer(r"\s+and\s+([A-Z][\w'’-]*)", name):
                    if lower_words is None:
                        lower_words = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text))
                    if joined.group(1) in alone or joined.group(1) in gazetteer.forms or not (
                            fold(joined.group(1)) in _NOT_NAME_WORDS | _UNIT_NOUNS
                            or joined.group(1).lower() in lower_words):
                        # "the Ministry of Defence and Sorvia agreed": a word the page prints on its own as a
                        # name (a state, a body) after "and" is a second party, not a word of the remit; so is
                        # one that is no common noun ("the Commission on Fisheries and Tarnby": a remit's word is
                        # one of the nouns no name is made of, "Security", "Coastguard", or one the page prints in
                        # lower case)
                        last_end -= len(name) - joined.start()
                        name = name[:joined.start()]
                        break
            lead = re.match(r"(?:[A-Z][\w-]*\s+)+?(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s)", name)
            while lead and " " in name and fold(name.split()[0]) in _NOT_NAME_WORDS and _owner_named(
                    name.split(None, 1)[1]):
                # "Prime Minister Petru Zaric's office": the owner's role is not the office's name (but a role alone
                # owning it is: "the Prime Minister's Office" is that office's name)
                first = match.start("org") + len(match.group("org")) - len(name) + len(name.split()[0]) + 1
                name = name.split(None, 1)[1]
            holder = _HOLDER_AFTER_BODY.search(name) if _ROLE_OF_BEFORE_BODY.search(
                text, max(0, first - 40), first) and re.match(r"[ \u00a0]+[a-z]", text[last_end:last_end + 2]) else None
            if holder is not None and any(fold(w) in _NOT_NAME_WORDS or fold(w) in _BODY_UNIT_WORDS
                                          or w in cast.not_names for w in holder.group("tail").split()):
                # "The head of the Ministry of Foreign Affairs Press Office declared", "the Ministry of Defence Kessel
                # Command": a unit's noun or a place ending the body's name is the body's, no given name and surname
                # (review of round 28a)
                holder = None
            if holder is not None:
                # "The official representative of the Ministry of Foreign Affairs Yana Druts declared": a lower-case
                # role of a body, the body's name, then a given name and a surname before the verb (no comma, as a
                # machine translation of a Russian page writes it) is the body, then the role's holder; the name
                # stays a person's (round 28a, f2713)
                last_end -= len(name) - holder.start("tail")
                name = name[:holder.start("tail")]
                s0 = last_end + len(holder.group("tail")) - len(holder.group("tail").lstrip())
                e0 = last_end + len(holder.group("tail"))
                holders.append(Mention(s0, e0, text[s0:e0], "new_name",
                                       "stub:" + loose(skeleton(text[s0:e0].split()[-1]))))
            printed = _ru_body_nominative(name)
            line_start = text.rfind("\n", 0, last_end - len(name)) + 1
            formal = _state_body_name(printed, gazetteer, given_names, text[max(line_start, last_end - len(name) - 60):
                                                                            last_end - len(name)],
                                      text[last_end:last_end + 60])
            key = cast.organisation(formal, printed)
            if formal != printed:
                # one body however the page names it ("the Corvenian foreign ministry" later is the same key), its
                # stub keeping the name as printed with the formal one as an alias (curated records use either)
                forms = cast.spellings.setdefault(key, [])
                forms.extend(f for f in (printed, formal) if f not in forms)
            seat = re.search(r"(?<![\w'’-])" + _LOWER_BODY + r"(?=\s+in\s+[A-Z])", name)
            if seat:
                # "Sorvia's embassy in Kessel City": "the embassy" later is it (its name ends with its seat)
                cast.org_nouns.setdefault(key, seat.group(0))
            orgs.append(Mention(first, last_end, text[first:last_end], "name", key))
        for match in _ORG_APPOSITION.finditer(text, start, end):
            # "Green Shore, a protest movement, ...": the name before the apposition is that organisation
            group = next(g for g in ("org", "org2", "org3", "org4") if match.group(g))
            s0, e0 = match.span(group)
            if group in ("org3", "org4") and any(n.start < e0 and s0 < n.end for n in new_names):
                continue  # "The crane operator, Tove Hallin, said": a person's name in apposition to an occupation
            if group == "org4" and _not_a_company_name(text, match, s0):
                continue
            if any(s < e0 and s0 < e for s, e in taken + [(o.start, o.end) for o in orgs]):
                # a curated or already found organisation: "The Harbour Compact, the alliance of ..." tells that
                # "the alliance" later is it
                known = [m for m in [*names, *orgs] if m.start < e0 and s0 < m.end and m.actor]
                if known and not cast.is_person(known[0].actor or ""):
                    noun = (match.group("noun") or match.group("noun2") or match.group("noun3")
                            or match.group("noun4")).lower()
                    cast.org_nouns.setdefault(known[0].actor or "", noun)
                continue
            name = match.group(group)
            key = cast.organisation(name)
            cast.org_nouns[key] = (match.group("noun") or match.group("noun2") or match.group("noun3")
                                   or match.group("noun4")).lower()
            first = match.start() if group == "org" else s0
            orgs.append(Mention(first, e0, text[first:e0], "name", key))

        for match in _RU_BODY_LOCATIVE.finditer(text, start, end):
            # "В министерстве иностранных дел Варнии назвали ...": a body named in the prepositional case speaks
            # in the nominative ("министерство иностранных дел Варнии")
            s0 = match.start("head")
            if any(s < match.end() and s0 < e for s, e in taken + [(o.start, o.end) for o in orgs]):
                continue
            head = match.group("head")
            if not match.group("rest").strip() and head.lower() in ("ведомстве", "министерстве", "пресс-службе"):
                continue  # "В ведомстве заявили": the body named before by its name (quotes resolves the noun)
            if head.lower() == "пресс-службе" and not re.fullmatch(r"\s+[а-яё].*[А-ЯЁ].*", match.group("rest")):
                # a press service is a body of its own only as a state body's, with its place ("пресс-службе
                # министерства обороны Варнии"); "пресс-службе министерства" is the ministry named before's, and
                # "пресс-службе Скерри Ферри" the company's (quotes resolves both)
                continue
            nominative = _RU_BODY_NOMINATIVE.get(head.lower(), head)
            name = (nominative.capitalize() if head[:1].isupper() else nominative) + match.group("rest")
            key = cast.organisation(name)
            orgs.append(Mention(s0, match.end(), text[s0:match.end()], "name", key))
        spans = sorted(taken + [(o.start, o.end) for o in orgs])
        span_starts = [a for a, _ in spans]
        for match in _RU_NAMED_BODY_LOCATIVE.finditer(text, start, end):
            s0 = match.start("head")
            head_nominative = body_head_nominative(match.group("head"))
            rest = list(re.finditer(r"[А-ЯЁа-яё-]+", match.group("rest")))
            chain = genitive_chain([w.group(0) for w in rest]) if head_nominative is not None else 0
            if head_nominative is None or not chain:
                continue
            e0 = match.start("rest") + rest[chain - 1].end()
            after = [w.group(0) for w in rest[chain:chain + 4]]
            verb_after = next((k for k, w in enumerate(after) if plural_finite_verb(w)), None)
            between = text[e0:match.start("rest") + rest[chain + verb_after].start()] if verb_after is not None else ""
            verb_before = re.search(r"([а-яё]+)[ \t\u00a0]+$", text[max(start, match.start() - 30):match.start()])
            # a body speaks as «они»: a plural verb right before «в» («сообщили в Управлении ...»), or within the four
            # words after its name with only its object or «не» between («В Департаменте рыболовства этой информации
            # не подтвердили»); a venue, a document or an event named after «в» has none
            # (`morphology.plural_finite_verb`)
            speaks_after = verb_after is not None and not re.search(r"[,.;:!?«»\"“”]|[ \t\u00a0][А-ЯЁ]", between)
            speaks_before = verb_before is not None and plural_finite_verb(verb_before.group(1)) and (
                chain == len(rest) or re.match(r"[ \t\u00a0]*[,.;:!?—«»\"“”]", text[e0:e0 + 3]) is not None
                or rest[chain].group(0) in ("в", "во", "и", "что"))
            if not (speaks_after or speaks_before):
                continue  # (nor a name the chain could not finish: «сообщили в Центре управления чем-то новым»)
            i = bisect.bisect_left(span_starts, e0)
            if (i > 0 and spans[i - 1][1] > s0) or (i < len(spans) and spans[i][0] < e0):
                continue  # (overlapping a name or body found before; the spans are searched, not walked)
            key = cast.organisation(head_nominative + text[match.start("rest"):e0])
            orgs.append(Mention(s0, e0, text[s0:e0], "name", key))
            spans.insert(i, (s0, e0))
            span_starts.insert(i, s0)
        org_spans = [(m.start, m.end) for m in orgs]
        new_names = [n for n in new_names if not any(s < n.end and n.start < e for s, e in org_spans)] + holders
        descriptors = [d for d in descriptors if not any(s < d.end and d.start < e for s, e in org_spans)]
        for n in list(new_names):
            if _WORKPLACE_BEFORE.search(text, max(start, n.start - 40), n.start) and not re.match(
                    r"['’]s(?![\w'’])", text[n.end:n.end + 3]):
                # "a strategist at Halvik Capital", "Analysts at Valmont Securities": where someone works is an
                # organisation, never a person ("she" after it is the strategist); never one whose possession follows
                # ("Protesters at Jan Oberg's office": a person's)
                key = cast.organisation(n.text)
                new_names.remove(n)
                orgs.append(Mention(n.start, n.end, n.text, "name", key))
        mentions.extend(_merge(text, names + orgs, new_names, descriptors, pronouns, cast))
    cast.mentions = mentions
    cast.index_mentions()
    _nominative_stubs(text, cast)
    _full_names(text, cast)
    for mention in mentions:
        rank = _RANK_ABBREVIATION.search(text, max(0, mention.start - 24), mention.start) if mention.kind in (
            "name", "new_name") and mention.actor else None
        if rank is not None and mention.actor and cast.is_person(mention.actor):
            # "said Capt. Eli Varga": a rank's abbreviation before a person's name is their rank, as the word in full
            # is ("Captain Eli Varga"), so "the captain" later on the page is that person (round 28a, f2710). A
            # second's word before it makes a post of its own ("Lt. Gov. Ingrid Falk" is no governor, as "Lieutenant
            # Governor" is not), but a military rank's (a lieutenant colonel is "the colonel"; review of round 28a)
            role = _RANKS[rank.group("rank")]
            second_word = rank.group("second")
            if second_word and role not in _MILITARY_RANKS:
                role = _SECOND_WORDS.get(second_word.rstrip(".").lower(), "lieutenant") + " " + role
            cast.text_roles.setdefault(mention.actor, set()).add(role)
        if mention.kind == "descriptor":
            mention.actor = cast.resolve(mention)
    return cast


def organisation_by_short_form(cast: Cast, word: str) -> Mention | None:
    """The organisation whose name of two words or more ends with `word` ("Compact" for "Harbour Compact"): the
    first mention of the longest such name, or None. The name is one the cast holds as an organisation: a curated
    organisation named on the page, or one the page names by its shape (`_ORG`: "the Harbour Compact Council", an
    apposition, a workplace). A page that names a body in full and then by its last word ("the Compact said")
    means that body. The page's names are indexed once (`Cast.short_forms`), so each look-up is constant time."""
    if cast.short_forms is None:
        index: dict[str, tuple[Mention, int]] = {}
        for m in cast.mentions:
            cand = cast.candidates.get(m.actor or "") or cast.stubs.get(m.actor or "")
            if m.kind != "name" or cand is None or cand.kind != "organisation":
                continue
            full = fold(cand.name).split()
            if len(full) > 1 and len(full) > index.get(full[-1], (m, 0))[1]:
                index[full[-1]] = (m, len(full))
        cast.short_forms = {key: m for key, (m, _) in index.items()}
    return cast.short_forms.get(fold(word))


_HEAD_NOUNS_OF_NAMES = words("""ministry office agency secretariat commission council committee directorate
inspectorate authority administration""")
"""A body's head nouns that open its full name ("Ministry for Foreign Affairs", "Office of the Ombudsman"): alone
and capitalised, the page's short name for that body."""
_ORGAN_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?")


def _full_names(text: str, cast: Cast) -> None:
    """Resolve an organisation found by a one-word short form ("the Council", "Council calls for ...") to the
    longest name the page gives it: where the page names it "Council of the Harbour Compact", the organ of an
    organisation the cast holds (a curated one, or one `_ORG` finds), that organisation speaks (a press release's
    "the Council said" is the Compact's, as "the Secretariat of the Harbour Compact ... the statement says" is);
    else a longer organisation name the cast holds ending with it (`organisation_by_short_form`). Each short form
    is looked up in the text once, however often the page uses it."""
    remap: dict[str, str] = {}
    tried: set[str] = set()
    # the organisations of two words or more by their first word ("ministry" -> [(start, actor), ...], in the
    # page's order): one pass, so each short name's look-up bisects
    opening_with: dict[str, list[tuple[int, str]]] = {}
    for m in cast.mentions:
        cand = cast.candidates.get(m.actor or "") or cast.stubs.get(m.actor or "")
        if m.kind == "name" and cand is not None and cand.kind == "organisation" and len(cand.name.split()) > 1:
            opening_with.setdefault(fold(cand.name.split()[0]), []).append((m.start, m.actor or ""))
    for m in cast.mentions:
        cand = cast.stubs.get(m.actor or "")
        if m.kind != "name" or cand is None or cand.kind != "organisation" or len(cand.name.split()) != 1:
            continue
        if m.actor in tried:
            continue
        tried.add(m.actor or "")
        for named in re.finditer(rf"(?<![\w'’]){re.escape(cand.name)}(?=[ \t\u00a0]+of[ \t\u00a0])", text):
            of = _ORGAN_OF.match(text, named.end())
            owner = of and next((o for o in cast.following(of.end(), 2) if o.start == of.end()
                                 and o.kind == "name" and not cast.is_person(o.actor or "")), None)
            if owner and owner.actor and owner.actor != m.actor:
                remap[m.actor or ""] = owner.actor
                break
    for m in cast.mentions:
        cand = cast.stubs.get(m.actor or "")
        if m.kind != "name" or cand is None or cand.kind != "organisation" or m.actor in remap:
            continue
        if len(cand.name.split()) == 1:
            longer = organisation_by_short_form(cast, cand.name)
            if longer is not None and longer.actor and longer.actor != m.actor:
                remap[m.actor or ""] = longer.actor
            elif longer is None and fold(cand.name) in _HEAD_NOUNS_OF_NAMES:
                # "The Ministry for Foreign Affairs summoned ... The Ministry has requested": a body's head noun
                # alone, capitalised, is the short name of the body named before whose full name opens with it
                # (the last such before this mention: a page naming two ministries means the nearer)
                fuller = opening_with.get(fold(cand.name))
                if fuller:
                    i = bisect.bisect_left(fuller, (m.start, "")) - 1
                    if i >= 0:
                        m.actor = fuller[i][1]
    for m in cast.mentions:
        if m.actor in remap:
            m.actor = remap[m.actor]
    cast.short_forms = None  # the index holds the actors before the remap


_PARTICLE_WORDS = {"de", "van", "von", "der", "al", "bin", "da", "di", "del", "le", "la", "du", "ibn", "el"}


_TITLE_HEADS = words(
    """executive executives officer director manager editor adviser advisor counsel partner founder chairman
    chairwoman chairperson president secretary spokesperson spokesman spokeswoman representative correspondent
    administrator coordinator superintendent inspector treasurer registrar controller comptroller auditor
    attorney ombudsman ombudsperson principal rector provost curator producer strategist economist analyst
    negotiator delegate commissioner commander minister governor mayor ambassador envoy consul chief head master""")
"""The head nouns English job titles end in ("Chief Executive", "Managing Director", "Chief Operating Officer"):
a closed class of the language, not of one batch."""
_TITLE_PREFIX = re.compile(
    r"(?<![\w'’])(?:Chief|Deputy|Vice|Senior|Managing|Executive|Acting|Interim|Associate|Assistant|Lead)"
    r"\s+$")
"""A title's modifier right before a run of capitalised words: the run's first words may finish the title. Not
"General": a rank of its own before a name ("General Peter Anders Holm", whose given name has an occupation's
shape); "General Manager", "General Counsel" end in a title's head noun anyway."""
_OCCUPATION_SHAPE = re.compile(r"[A-Z][a-z]+(?:er|or|ive|ent|ant|ist|ian|man|woman|person)")
"""A word shaped like an occupation (Officer, Executive, Correspondent): after a title's modifier, part of it."""


_ROLE_OF_BEFORE = re.compile(r"(?<![\w'’-])(?i:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
                             + r")[ \t\u00a0]+(?P<of>of|for)[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
                             r"(?P<between>(?:[A-Z][\w'’-]*[ \t\u00a0]+){0,3})$")
"""A role and "of" or "for" right before a run of capitalised words: the run's first words are the role's place or
portfolio ("Foreign Minister of Kessel Jonas Feld"), also where the portfolio's first words are common ones that
broke the run ("Minister for Foreign Affairs Elise Varg": the run is "Affairs Elise Varg"). After "for" (a
portfolio) or after such words, the run's first word alone finishes the role; after "of" right before the run, the
place may be of two words and the name keeps the run's last two."""
_INSTITUTION_OF = re.compile(
    r"(?<![\w'’])(?:Institute|Ministry|Centre|Center|Council|Committee|Commission|Department|Office|Agency|School"
    r"|University|Foundation|Fund|Bank|Union|Association|Society|Academy|Bureau|Board|Service|Authority|Museum"
    r"|College|Chamber|Federation|League|Party|Court|Secretariat)[ \t\u00a0]+(?:for|of|on)[ \t\u00a0]+"
    r"(?:the[ \t\u00a0]+)?$")
"""An institution's noun and "for"/"of"/"on" right before a run of capitalised words: the run finishes the
institution's name ("Institute for Maritime Affairs", "Ministry of Foreign Affairs"), it names no person."""


_ACRONYM_PLURAL = re.compile(r"[A-ZА-ЯЁ]{2,}['’]?[sы]")


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym ("NATO", "МИД") or an acronym's plural ("MPs", "CEOs", "NGO's"): a body or a
    group of people (Kessel MPs), never a person's name."""
    return word.isupper() or bool(_ACRONYM_PLURAL.fullmatch(word))


_INSTITUTION_HEADS = words("""university institute college school academy foundation fund bank hospital museum
library clinic observatory conservatory seminary""")
"""The head nouns of an institution's name after its own capitalised words ("Kessel City University", "Halden
Foundation"): the words before it name the institution, not a person."""


_RU_ADJECTIVE_FIRST = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ая|яя|ое|ее|ые|ие|ый)")
"""A capitalised Russian adjective in the nominative (Нижняя, Красное, Новые, Старый): the first word of a place's
name, never a given name (given names end otherwise: Юрий, Андрей, Анна, Мария)."""


_RU_AGREEING_NOUN = {"ая": "[ая]", "яя": "[ая]", "ое": "[оеё]", "ее": "[оеё]", "ые": "[ыи]", "ие": "[ыи]",
                     "ый": "[бвгджзклмнпрстфхцчшщ]"}
"""The ending of the noun a place's adjective agrees with, by the adjective's ending (Нижняя Аска, Красное Поле, Новые
Горки, Старый Бор)."""
_RU_SURNAME_SHAPE = re.compile(r"[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына|ская|цкая)")
"""A woman's surname in the nominative (Петрова, Ильина, Варшавская)."""


def _ru_place_adjective(first: str, second: str) -> bool:
    """Whether `first` `second` is a place's adjective and its noun: the adjective's ending agrees with the noun's, and
    the noun is no woman's surname. A given name shaped like an adjective (Софие, Аглая) stands before a surname that
    does not agree with it (Софие Ларсен, Аглая Берг; review of round 26)."""
    if not _RU_ADJECTIVE_FIRST.fullmatch(first):
        return False
    ending = _RU_AGREEING_NOUN.get(first[-2:])
    return (ending is not None and re.fullmatch(r"[А-ЯЁ][а-яё]*" + ending, second) is not None
            and not _RU_SURNAME_SHAPE.fullmatch(second))


def _new_names(
    text: str, start: int, end: int, taken: list[tuple[int, int]], countries: list[tuple[int, int]],
    titles: list[Mention] | None = None, pairs: set[tuple[str, str]] | None = None, ends: set[str] | None = None,
) -> list[Mention]:
    """Runs of two to four capitalised words that may be a person's name, none of them a common word. A job title
    cut from a run's start ("Managing Director" of "Managing Director Petter Lind") goes to `titles` as a
    descriptor, so the name's mention reaches back over it. `pairs`: the title word before a
    surname (`find_cast`); `ends`: the last words of the page's capitalised runs."""
    out: list[Mention] = []
    blocked = taken + countries

    def flush(words: list[tuple[int, int]]) -> None:
        while words and fold(text[words[-1][0]:words[-1][1]]) in _PARTICLE_WORDS:
            words.pop()
        if len(words) >= 3 and all(_CYRILLIC.match(text[a:b]) for a, b in words):
            # "МИД Кесселя Эльза Дорн", "министр экологии Кесселя Ингрид Тале": a Russian name is a first name and
            # a surname (with a patronymic between them); a capitalised genitive before it is a place or a body.
            keep = 3 if _PATRONYMIC.search(text[words[-2][0]:words[-2][1]]) else 2
            del words[:-keep]
        role_of = _ROLE_OF_BEFORE.search(text, max(0, words[0][0] - 40), words[0][0]) if len(words) >= 3 else None
        if role_of is not None and len(words) <= 4 and role_of.group(0)[:1].isupper() and (
                role_of.group("of") == "for" or role_of.group("between")):
            # "Minister for Culture Jan Erik Dahl", "Minister for Foreign Affairs Anna Maria Holt": a capitalised
            # title's portfolio, its head noun (its modifier broke the run) the run's first word only; the name is
            # the rest, whole (a lower-case role's body may be of several words: "a spokesperson for Tarn Energy").
            # A portfolio of two words the page prints elsewhere ending a run ("Minister for Coastal Affairs Britt
            # Halvorsen" beside "the Ministry for Coastal Affairs") is both words.
            two = (len(words) == 4 and not role_of.group("between") and ends is not None
                   and fold(text[words[1][0]:words[1][1]]) in ends)
            del words[:2 if two else 1]
        elif role_of is not None:
            # "Foreign Minister of Kessel Jonas Feld": the role's place, then the name (its last two words)
            del words[:-2]
        if len(words) >= 3:
            # "Chief Executive Ragna Stell", "Managing Director Ann Bell", "Chief Operating Officer Lena Holt": an
            # English job title ends in a head noun (executive, officer, director, ...); capitalised before a name
            # it is the title, not the name's first word. Only words before the last two (a name keeps two).
            after_title = _TITLE_PREFIX.search(text, max(0, words[0][0] - 12), words[0][0]) is not None
            cut = max((i + 1 for i in range(len(words) - 2)
                       if fold(text[words[i][0]:words[i][1]]) in _TITLE_HEADS
                       or (after_title and _OCCUPATION_SHAPE.fullmatch(text[words[i][0]:words[i][1]]))), default=0)
            if cut and titles is not None:
                a, b = words[0][0], words[cut - 1][1]
                titles.append(Mention(a, b, text[a:b], "descriptor", None, text[a:b].lower()))
            del words[:cut]
        if len(words) == 3 and pairs is not None and not _CYRILLIC.match(text[words[0][0]:words[0][1]]) and (
                fold(text[words[0][0]:words[0][1]]), fold(text[words[2][0]:words[2][1]])) in pairs:
            # "Justice Aino Berg", then "Justice Berg writes": a word the page also puts right before the surname
            # alone, skipping the given name, is a title (an honorific, a judge's, a cleric's), no part of the name
            if titles is not None:
                a, b = words[0]
                titles.append(Mention(a, b, text[a:b], "descriptor", None, text[a:b].lower()))
            del words[0]
        if len(words) == 3 and re.fullmatch(r"[A-Z][a-z]+(?:monger|keeper|er|or|ist|ian|man|woman)",
                                            text[words[0][0]:words[0][1]]) and re.search(
                r"(?:^|[.!?][\"'”’»]?\s+|\n\s*)$", text[max(0, words[0][0] - 4):words[0][0]]):
            del words[0]  # "Fishmonger Ada Brin told": an occupation opening the sentence, then the name
        if len(words) >= 2 and _ru_place_adjective(text[words[0][0]:words[0][1]], text[words[1][0]:words[1][1]]):
            return  # "Нижняя Аска", "Красное Поле": a place's adjective and noun; no given name declines so
        if 2 <= len(words) <= 4:
            s, e = words[0][0], words[-1][1]
            surname = loose(skeleton(text[words[-1][0]:e]))
            out.append(Mention(s, e, text[s:e], "new_name", "stub:" + surname.replace(" ", "-")))

    for run in _NAME_RUN.finditer(text, start, end):
        # "the Tarn Institute for Maritime Affairs": the rest of an institution's name names no person; a role word
        # in the run ends the institution's name ("Bank of Varnia Governor Lena Ortis")
        in_institution = bool(_INSTITUTION_OF.search(text, max(0, run.start() - 40), run.start()))
        current: list[tuple[int, int]] = []
        for part in re.finditer(r"\S+", run.group(0)):
            s, e = part.start() + run.start(), part.end() + run.start()
            if in_institution:
                in_institution = fold(text[s:e]) not in _NOT_NAME_WORDS
                continue
            possessive = text[s:e].endswith(("'s", "’s"))
            if possessive:
                e -= 2
            if possessive and part.end() + run.start() < run.end():
                # "Lindmark's Joakim Feld", "Jan Oberg's Harbour Party": a possessive inside a run ends a name (its
                # owner's, a place's or a person's); the words after it are a name of their own
                if fold(text[s:e]) not in _NOT_NAME_WORDS and not is_acronym(text[s:e]) and not any(
                        a < e and s < b for a, b in blocked):
                    current.append((s, e))
                flush(current)
                current = []
                continue
            if current and _script(text[s:e]) != _script(text[current[-1][0]:current[-1][1]]):
                # "компании Strait Line Ода Брекке": one person's name is written in one script; a run that changes
                # script is two names (a company's, then the person's)
                flush(current)
                current = []
            low = fold(text[s:e])
            bad = (low in _NOT_NAME_WORDS or any(w in _NOT_NAME_WORDS for w in low.split()) or low in _MONTHS_DAYS
                   or is_acronym(text[s:e]) or any(a < e and s < b for a, b in blocked))
            if current and low in _INSTITUTION_HEADS and text[current[-1][1]:s] == " ":
                # "Kessel City University", "the Oskby Maritime Academy": the words before an institution's head noun
                # are its name (a place's, a founder's), no person's
                current = []
                continue
            if (bad and current and e == run.end() and not is_acronym(text[s:e]) and low not in _NOT_NAME_WORDS
                    and not any(a < e and s < b for a, b in taken) and text[current[-1][1]:s] == " "
                    and not any(a < current[-1][1] and current[-1][0] < b for a, b in countries)):
                # "Rolf Dane", "Ivo Kessel": a surname spelled like a place or a people, last in a run of names
                current.append((s, e))
                continue
            if bad and current and any(a <= s < b for a, b in taken) and text[current[-1][1]:s] == " " and all(
                    _CYRILLIC.match(text[a:b]) for a, b in current):
                # "Республики Варния Лены Ортис": the word before a known person's surname is that person's given
                # name in another case (and the words before it a place), no person of its own
                current = []
                continue
            if low in _PARTICLE_WORDS and current:
                current.append((s, e))
            elif bad:
                flush(current)
                current = []
            else:
                current.append((s, e))
        flush(current)
    return out


_NOT_OCCUPATIONS = (
    r"dinner|supper|later|water|winter|summer|corner|border|order|letter|paper|number|center|centre|after|never|ever"
    r"|other|another|together|however|whether|under|over|rather|either|neither|matter|quarter|chamber|shelter|poster"
    r"|banner|river|tower|power|silver|hunger|danger|answer|offer|proper|inner|outer|upper|lower|former|latter"
    r"|event|moment|agent|parent|talent|present|percent|account|restaurant")
"""Words shaped like an occupation (-er, -or, -ant, -ent) that name none: "dinner at", "later at"."""
_FIRST_NAME_ONLY = re.compile(
    r"(?<![\w'’])(?:[Aa]n?|[Oo]ne)[ \t\u00a0]+(?:[a-z][\w'’-]*[ \t\u00a0]+){0,2}?"
    r"(?!(?:" + _NOT_OCCUPATIONS + r")\b)[a-z]+(?:er|or|ent|ant|ist|ian|man|woman|person)"
    r"(?:[ \t\u00a0]+(?:at|in|from|of|on)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[\w'’-]+(?:[ \t\u00a0]+[A-Z][\w'’-]+)?)?"
    r",[ \t\u00a0]+(?:who[ \t\u00a0]+(?:gave|would[ \t\u00a0]+give)[ \t\u00a0]+only[ \t\u00a0]+(?:his|her|their)"
    r"[ \t\u00a0]+first[ \t\u00a0]+name,[ \t\u00a0]+(?P<first>[A-Z][a-z]{2,})(?=[ \t\u00a0]*,)"
    r"|(?P<lives>[A-Z][a-z]{2,})(?=[ \t\u00a0]+(?:in|from)[ \t\u00a0]+[A-Z][\w'’-]*[ \t\u00a0]*,))")
"""Someone introduced by an indefinite occupation or role ("A reader", "A fisherman at the harbour"), then in
apposition one capitalised word that the page says is their first name ("who gave only his first name, Olav,") or
that stands before where they live ("Tove in Skelde,"): the person, named so. (Not any word between commas: "A
ferry operator, Bayline, said" is a company.)"""
STAFF_AT = re.compile(
    r"(?<![\w'’])(?:(?!(?:" + _NOT_OCCUPATIONS + r")s?\s)(?:[a-z]+(?:ists?|ysts?|ians?|fellows?|officials?)|staff|"
    + "|".join(r.replace(" ", r"\s+") for r in ROLE_NOUNS) + r"|[a-z]+(?:ers|ors|ants|ents))"
    r"|(?:a|an|the|one|another|his|her|their|its|our)\s+(?:[a-z-]+\s+){0,2}?(?!(?:" + _NOT_OCCUPATIONS + r")\s)"
    r"[a-z]+(?:er|or|ant|ent)|works?|worked|working)\s+(?:at|from)\s+(?:the\s+)?$",
    re.IGNORECASE)
"""Someone's occupation and "at" or "from" right before a name: a plural or unmistakable occupation ("Analysts at",
"a strategist at", "economists from", "who works at"), or one shaped like a common word with its determiner ("a
trader at", never "dinner at" or "later at"): the name is the workplace, an organisation, whose staff may speak."""
_WORKPLACE_BEFORE = re.compile(
    STAFF_AT.pattern + r"|(?<![\w'’])(?:head|director|principal|headteacher|headmaster|headmistress|rector|dean"
    r"|manager|owner|founder|chief)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
"""`STAFF_AT`, or the one who runs a place and "of" ("The head of Oskby School"): the name is the workplace."""
_ROLE_OF_PLACE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s*|(?<=\w)\s)")
"""Between a role and a name in apposition, the place or body the role is of ("the mayor of Astrell, "), or a
capitalised role's place or portfolio run on into the name ("Speaker of the Senate Arman Tokbayev", "Minister for
Foreign Affairs Elise Varg": the name's words are the last of the run)."""


_APPOSED_NAME = re.compile(r",[ \t\u00a0]+[A-ZÀ-ÖØ-ÞА-ЯЁ]")
"""A comma and a capitalised word after a run: "A spokesperson for Varnia Ferry Lines, Janne Holt": the run the role
is for is a body (whatever its words look like), and the role's name follows in apposition."""


def _script(word: str) -> str:
    """"cyrillic" for a word with a Cyrillic letter (any of the block: «Әлихан», and «Aнна» typed with a Latin A),
    else "latin"."""
    return "cyrillic" if re.search(r"[\u0400-\u04ff]", word) else "latin"


def _title_rest(gap: str) -> bool:
    """Whether `gap` (between a role word and a name) is the rest of a job title: one to three capitalised words
    each a title's head noun or shaped like an occupation (" Executive ", " Operating Officer ")."""
    return bool(re.fullmatch(r"(?: [A-Z][a-z]+){1,3} ", gap)) and any(
        fold(w) in _TITLE_HEADS or _OCCUPATION_SHAPE.fullmatch(w) for w in gap.split())


_DATE_WORDS = _MONTHS_DAYS | words(
    """jan feb mar apr jun jul aug sep sept oct nov dec января февраля марта апреля мая июня июля августа сентября
    октября ноября декабря""")
"""A month's or a day's name, English or Russian (the genitive of a date): after a number, the number is a day."""

_NUMBER_AFTER = re.compile(r"[ \u00a0]\d{1,4}(?![\d.,:/-]\d)\b[ \u00a0]*(?P<next>[\w]*)")
"""A number right after a run of capitalised words, and the word after it (a month's name makes it a date)."""
_EVENT_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?:exercise|manoeuvres|maneuvers|war[ \u00a0]+game|summit|regatta|festival|pipeline|corridor"
    r"|declaration|treaty|accord|initiative|programme)(?![\w'’-])")
"""A noun of an event or a thing right after a run of capitalised words ("the Silver Tern exercise", "the Lunde
declaration"): the run names it, never a person. The singular only: "Lind exercises daily" is a person's verb.
(fresh33's "Cold Lantern" and fresh35's "Silver Tern" exercises were made speakers; read after each was scored.)"""

_ROLE_OF_BEFORE_BODY = re.compile(r"(?<![\w'’])(?:representative|spokes(?:man|woman|person)|head|chief|director"
                                  r"|commander|secretary|minister|official|press[ \u00a0]+secretary)[ \u00a0]+of"
                                  r"[ \u00a0]+(?:the[ \u00a0]+)?$")
"""A lower-case role and "of (the)" right before a body's name ("the official representative of the")."""
_HOLDER_AFTER_BODY = re.compile(r"(?<=\s)(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?"
                                r"(?P<tail>\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)$")
"""A body's portfolio after "of" of one word at least, then two name-shaped words ending the run: the run's last two
words are a person's given name and surname, not the portfolio's ("of Foreign Affairs Yana Druts")."""
_BODY_UNIT_WORDS = words(
    """command division region district relations staff unit bureau directorate headquarters branch section information
    affairs operations communications policy planning protocol media intelligence defence defense personnel logistics
    group team desk secretariat inspectorate administration board authority commission council agency department
    service services office press centre center affairs cooperation development analysis research training
    support security control management""")
"""A unit's or a portfolio's noun ending a body's name ("Press Office", "Kessel Command", "Information Department"):
never a given name or a surname after the body."""
_RANKS = {"Capt": "captain", "Cpt": "captain", "Gen": "general", "Col": "colonel", "Lt": "lieutenant",
          "Sgt": "sergeant", "Adm": "admiral", "Cdr": "commander", "Cmdr": "commander", "Cmdre": "commodore",
          "Brig": "brigadier", "Cpl": "corporal", "Sen": "senator", "Gov": "governor", "Amb": "ambassador",
          "Prof": "professor"}
"""A rank's or a title's abbreviation and the role noun it stands for (each one of `ROLE_NOUNS`)."""
_SECONDS = frozenset({"vice", "deputy", "lieutenant", "assistant"})
"""A second's words: before a post ("vice president", "deputy minister", "lieutenant governor"), another post."""
_SECOND_BEFORE_ROLE = re.compile(r"(?<![\w'’])(?i:vice|deputy|assistant)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?$")
"""A second's word among the modifiers before a role ("Deputy Minister", "the deputy foreign minister")."""
_ANOTHER_BEFORE = re.compile(r"(?<![\w'’])[Aa]nother[ \u00a0]+$")
""""another" right before a role ("Another captain, Tomas Greb,"): the role of the name in apposition after it."""
_INDEFINITE_APPOSITION = re.compile(r",[ \u00a0]*$")
"""A comma right before an indefinite role ("Tomas Greb, a professor of law"): the role is in apposition."""
_MILITARY_RANKS = frozenset({"captain", "general", "colonel", "lieutenant", "sergeant", "admiral", "commander",
                             "commodore", "brigadier", "corporal"})
"""The ranks whose holder with a second's word before it ("Lt. Col.", "Vice Adm.") is called by the rank alone."""
_SECOND_WORDS = {"lt": "lieutenant", "lieutenant": "lieutenant", "vice": "vice", "deputy": "deputy",
                 "asst": "assistant", "assistant": "assistant"}
"""A second's word before a post ("Lt. Gov.", "Vice Gov.", "Deputy Gov."): the post is another one."""
_RANK_ABBREVIATION = re.compile(r"(?<![\w'’.-])(?:(?P<second>Lt\.|Lieutenant|Vice|Deputy|Asst\.|Assistant)"
                                r"[ \u00a0]+)?(?P<rank>" + "|".join(_RANKS) + r")\.[ \u00a0]+$")
"""A rank's abbreviation with its full stop right before a name ("Capt. Eli Varga"), and a second's word before it
("Lt. Gov.")."""
_APPOSED_NAME_BETWEEN_COMMAS = re.compile(r",[ \u00a0]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \u00a0]+){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]*"
                                          r"(?=[ \u00a0]*(?:[,.;!?]|$))", re.MULTILINE)
"""A comma and a name of two to four capitalised words, then a comma or the sentence's end: a name in apposition."""
_ARTICLE_AND_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)[ \u00a0]+"
                                      r"(?:[a-z][a-z-]{2,}[ \u00a0]+){1,2}$")
"""An article or a possessive and one or two lower-case nouns right before a role ("the opposition leader", "the
island council chair"): the nouns qualify the role as a portfolio does."""
_OWNER_BEFORE = re.compile(r"(?<![\w'’])[a-z][a-z-]+['’]s[ \u00a0]+$")
"""A lower-case owner in the possessive right before a role ("the ministry's spokesman")."""

_TITLE_WORDS = frozenset({w for role in ROLE_NOUNS for w in re.split(r"[\s-]+", role)} | words(
    "mr mrs ms dr sir dame lord lady justice sheriff bailiff marshal constable magistrate coroner"))
"""The words of a title ("Prime", "Minister", "Dr"): before a surname met before, the title names that person."""

_POSSESSOR_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w-]*['’]s\s+$")
"""A capitalised possessor right before a title ("Lindmark's Prime Minister Ulla Brekke"): the title is of a named
place or body, whether or not the gazetteer knows it."""


def _merge(
    text: str, names: list[Mention], new_names: list[Mention], descriptors: list[Mention], pronouns: list[Mention],
    cast: Cast,
) -> list[Mention]:
    """One mention per place: a descriptor right before a name is that name's apposition (its role, its
    country), not a mention of its own."""
    for n in new_names:
        if n.actor and n.actor not in cast.stubs:
            cast.stubs[n.actor] = Candidate(n.actor, n.text, "person", None, None, None)
        if n.actor:
            cast.spellings.setdefault(n.actor, [])
            if n.text not in cast.spellings[n.actor]:
                cast.spellings[n.actor].append(n.text)
    named = sorted(names + new_names, key=lambda m: m.start)
    out: list[Mention] = []
    used: set[int] = set()
    for d in descriptors:
        follower = next((n for n in named if n.start >= d.end and re.fullmatch(r"[\s,]*", text[d.end:n.start])),
                        None)
        if follower is None:
            # "Chief Executive Ragna Stell": the rest of the title between the role and the name
            follower = next((n for n in named if n.start >= d.end and _title_rest(text[d.end:n.start])), None)
            if follower is not None:
                follower.start = d.end
        if follower is None:
            # "The mayor of Astrell, Brita Moen, said": the role's place between the role and the name
            follower = next((n for n in named if n.start >= d.end and _ROLE_OF_PLACE.fullmatch(text[d.end:n.start])
                             and (text[d.end:n.start].rstrip().endswith(",")
                                  or not _APPOSED_NAME.match(text, n.end))), None)
            if follower is not None:
                follower.start, follower.text = d.end, text[d.end:follower.end]  # the descriptor joins it below
        if follower is not None and (follower.start - d.end <= 3 or follower.start == d.end):
            key = follower.actor or ""
            follower.start, follower.text = d.start, text[d.start:follower.end]
            if d.role:
                cast.text_roles.setdefault(key, set()).add(d.role)
            if d.country:
                cast.text_countries.setdefault(key, set()).add(d.country)
            if d.country or _POSSESSOR_BEFORE.search(text, max(0, d.start - 40), d.start):
                cast.qualified.add(key)
            used.add(id(d))
    ending = {n.end: n for n in named}
    for d in descriptors:
        comma = _INDEFINITE_APPOSITION.search(text, max(0, d.start - 4), d.start) if d.role and id(d) not in used and (
            re.match(r"(?i:an?)[ \u00a0]", d.text) or (
                re.match(r"(?i:the)[ \u00a0]", d.text) and re.match(r"[ \u00a0]*,", text[d.end:d.end + 3]))) else None
        owner = ending.get(comma.start()) if comma is not None else None
        if owner is not None and owner.actor and cast.is_person(owner.actor):
            # "Tomas Greb, a professor of law, disagreed": the post in apposition after a name is that person's, as
            # before it ("Professor Tomas Greb"), so "the professor" after it may be Tomas Greb (review of round 28a);
            # a definite post too when a comma closes it ("Kasimir Lenz, the Compact Secretary General, said",
            # fresh39/f3903), never "Lenz met Ortis, the minister said", the minister's own clause
            cast.text_roles.setdefault(owner.actor, set()).add(d.role or "")
    overlapping_named = [(n.start, n.end) for n in named]
    for d in descriptors:
        if id(d) in used or d.bare or any(s < d.end and d.start < e for s, e in overlapping_named):
            continue
        out.append(d)
    out.extend(named)
    taken = [(m.start, m.end) for m in out]
    out.extend(p for p in pronouns if not any(s < p.end and p.start < e for s, e in taken))
    return out


# --- Russian names in an oblique case -------------------------------------------------------------------------

_OBLIQUE_GOVERNOR = re.compile(
    r"(?:(?<![\w-])(?:[Пп]о\s+(?:словам|мнению|данным|оценке|информации)|[Сс]о\s+слов)\s+(?:[\w-]+\s+){0,5}"
    r"|(?<![\w-])(?:[Вв]ице-|[Ээ]кс-)?(?i:министра|премьера|премьер-министра|представителя|представительницы|главы|посла"
    r"|советника|советницы|президента|председателя|секретаря|пресс-секретаря|губернатора|мэра|директора"
    r"|руководителя|заместителя|депутата|спикера|генсека|помощника|помощницы|эксперта|политолога|аналитика"
    r"|командующего|начальника|казначея|капитана|лидера|адмирала|генерала|дипломата|экономиста|историка|сенатора"
    r"|офицера|юриста|профессора|социолога|исследователя)\s+(?:[а-яё-]+\s+){0,3}"
    # ("губернатора Орнского края Матиаса Брандта": a place's adjective and its noun in the genitive)
    r"(?:[А-ЯЁ][а-яё]+(?:ого|его|ой|ей)\s+[а-яё]{3,}\s+)?"
    # (a state's form and its name: "Министра иностранных дел Республики Остравия Ирьи Браск")
    r"(?:(?:Республики|Королевства|Федерации)\s+)?(?:[А-ЯЁ][а-яё-]+\s+)?"
    r"|(?<![\w-])(?:[Зз]аявлени[еяю]|[Сс]лова|[Оо]бещани[еяю]|[Пп]ризыв|[Пп]редупреждени[еяю]|[Пп]ризнани[еяю])"
    r"\s+(?:[а-яё-]+\s+){0,3}"
    r"|(?<![\w-])цитиру(?:ет|ют|я|ет\s+агентство|ют\s+СМИ)\s+(?:[А-ЯЁ][\w-]+\s+)?)$"
)
"""What puts the name after it in the genitive: "по словам", "по мнению", "со слов" (with the words between),
"цитирует (Агентство)" (the accusative of a man's name is its genitive), or a role in the genitive
("вице-премьера Варнии", "министра финансов Кесселя"): the name agrees with it."""
_FEMALE_SURNAME_OBLIQUE = (("ской", "ская"), ("цкой", "цкая"), ("скую", "ская"), ("цкую", "цкая"),
                           ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
                           ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("ыну", "ына"))
_FLEETING_VOWEL = {"Павл": "Павел", "Льв": "Лев", "Петр": "Пётр"}
"""Given names that drop a vowel in the other cases (Павел, Павла): no ending rule can restore it."""
_HUSHING = "гкхжшчщ"
_SUBJECT_VERB = re.compile(r"[ \t\u00a0]+(?:[а-яё]+(?:л|ла|ло|ли)|[а-яё]+(?:ет|ит|ют|ят|ут|ат))(?![а-яё])")
"""A verb right after a name (past tense, or present third person): the name is its subject, in the nominative."""



def _male_nominative(word: str) -> str:
    """A male given name or surname in the genitive (also accusative, dative, instrumental, prepositional) back
    in the nominative: Белецкого -> Белецкий, Сорина -> Сорин, Андрея -> Андрей, Игоря -> Игорь, Павла -> Павел."""
    for oblique, nominative in (("ского", "ский"), ("цкого", "цкий"), ("скому", "ский"), ("цкому", "цкий"),
                                ("ским", "ский"), ("цким", "цкий"), ("ском", "ский"), ("цком", "цкий")):
        if word.endswith(oblique):
            return word[:-len(oblique)] + nominative
    for ending in ("ым", "ом", "а", "у", "е"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[:-len(ending)]
            return _FLEETING_VOWEL.get(stem, stem)
    for ending in ("ем", "я", "ю"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[:-len(ending)]
            # Андрея -> Андрей (after a vowel), Игоря -> Игорь (after a consonant)
            return stem + ("й" if stem[-1] in "аеёиоуыэюя" else "ь")
    return word


def _female_nominative(word: str, *, surname: bool) -> str:
    """A female given name or surname in an oblique case back in the nominative: Марковой -> Маркова,
    Ирины -> Ирина, Марии -> Мария, Ольги -> Ольга, Ириной -> Ирина, Ирину -> Ирина."""
    if surname:
        for oblique, nominative in _FEMALE_SURNAME_OBLIQUE:
            if word.endswith(oblique):
                return word[:-len(oblique)] + nominative
        return word  # a surname ending in a consonant (Рийк, Дорн) does not decline for a woman
    for oblique, nominative in (("ии", "ия"), ("ией", "ия"), ("ию", "ия"), ("ей", "я"), ("ой", "а"), ("ю", "я"),
                                ("у", "а")):
        if word.endswith(oblique) and len(word) - len(oblique) >= 2:
            return word[:-len(oblique)] + nominative
    if word.endswith(("и", "е")) and len(word) >= 3 and word[-2] in "аеёоуэюя":
        # a given name whose stem ends in a vowel (Мая, Зоя, Аглая) takes -я in the nominative: Маи -> Мая, Зое
        # -> Зоя (an -а would follow the vowel: no name ends so; round 29c, f2814)
        return word[:-1] + "я"
    if word.endswith(("ы", "е")) and len(word) >= 4:
        return word[:-1] + "а"
    if word.endswith("и") and len(word) >= 4:
        return word[:-1] + ("а" if word[-2] in _HUSHING else "я")
    return word


def russian_nominative(name: str, *, governed: bool = False) -> str | None:
    """A Russian name (given name, patronymic optional, surname) met in the genitive back in the nominative, or
    None when its words do not read as one. The sex is read from the endings (a female surname in -ой/-ую, a
    female given name in -ы/-и/-ой, or in -у/-ю, the accusative, before an undeclined surname; else
    male); patronymics decline like the given name's sex
    (Ивановича -> Иванович, Ивановны -> Ивановна). A reversal by endings, so the draft says it is a proposal."""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or not all(_CYRILLIC.match(p) for p in parts):
        return None
    given, surname = parts[0], parts[-1]
    # (`governed`: the name right after "по словам", "со слов", which put it in the genitive itself, no role's chain
    # between to stand in apposition to: "По словам Ивана Черных" is a man's genitive before an undeclined surname in
    # -ых/-их; review of round 26)
    if given.endswith(("а", "я")) and surname[-1] not in "аеёиоуыэюяй" and not governed:
        # "заместитель губернатора Ольга Веер": a given name in -а/-я before a surname in a consonant is the
        # nominative (a man's genitive declines his surname too: Павла Сорина; a woman's given name would be in
        # -ы/-и), after a role's genitive chain it is in apposition to
        return None
    # (a woman's given name in -у/-ю before an undeclined surname is her accusative after a verb: "цитируя
    # экономиста Кристину Мельдаль"; a man's genitive never ends so)
    female = surname.endswith(("ой", "ую")) or (
        surname[-1] not in "аеёиоуыэюяйь" and given.endswith(("ы", "и", "ой"))) or (
        surname[-1] not in "аеёиоуыэюя" and given.endswith(("у", "ю"))
    ) or (len(parts) == 3 and parts[1].endswith(("овны", "евны", "ичны", "овне", "евне", "овной", "евной")))
    if female:
        out = [_female_nominative(given, surname=False)]
        if len(parts) == 3:
            out.append(re.sub(r"(?:ы|е|ой|у)$", "а", parts[1]))
        out.append(_female_nominative(surname, surname=True))
    else:
        given_ending = re.search(r"(?<=[а-яё]{2})ы$|(?<=[а-яё][ь" + _HUSHING + r"])и$", given)
        if given_ending:
            # a man's given name of the first declension (Илья, Никита, Лука): Ильи -> Илья, Никиты -> Никита,
            # Луки -> Лука; a man's name in -и/-ы is in an oblique case, as his surname says (Грина, not Гриной).
            # Only -и after ь or a hushing or velar consonant (Ильи, Луки, Саши): a name that ends in -и in the
            # nominative keeps it (Эмомали Рахмона, Гиви Абашидзе)
            stem = given[:-1]
            out = [stem + ("а" if given_ending.group(0) == "ы" or stem[-1] in _HUSHING else "я")]
        else:
            out = [_male_nominative(given)]
        if len(parts) == 3:
            out.append(re.sub(r"(?:а|у|ем|е)$", "", parts[1]))
        out.append(_male_nominative(surname))
    result = " ".join(out)
    return result if result != name else None


_DATIVE_GOVERNOR = re.compile(
    r"(?<![\w-])(?:вице-|экс-)?(?:министру|премьеру|премьер-министру|представителю|представительнице|главе|послу"
    r"|советнику|советнице|президенту|председателю|секретарю|пресс-секретарю|губернатору|мэру|директору"
    r"|руководителю|заместителю|депутату|спикеру|генсеку|помощнику|помощнице|эксперту|политологу|аналитику"
    r"|начальнику)\s+(?:[а-яё-]+\s+){0,3}(?:[А-ЯЁ][а-яё-]+\s+)?$"
    # "секретарю Совета безопасности Алле Верес": the role's body in the genitive, its capital first and its
    # lower-case words after it (review of fresh26, round 27c)
    r"|(?<![\w-])(?:министру|представителю|представительнице|главе|председателю|секретарю|пресс-секретарю"
    r"|руководителю|заместителю|начальнику|советнику|советнице|помощнику|помощнице)\s+[А-ЯЁ][а-яё-]+"
    r"(?:\s+[а-яё-]+){1,3}\s+$")
"""A role in the dative ("принадлежат министру транспорта Кесселя"): the name after it is in the dative."""


def _dative_nominative(name: str) -> str | None:
    """The nominative of a name in the dative (Густаву Эльгу -> Густав Эльг, Лене Ортис -> Лена Ортис, Анне
    Ивановой -> Анна Иванова); None when a word has no dative ending to undo and the name is unchanged."""
    out = []
    for n, word in enumerate(name.split()):
        if word.endswith(("ой", "ей")) and n > 0 and word[:-2].endswith(("ов", "ев", "ин", "ск", "цк")):
            word = word[:-2] + "а"
        elif word.endswith("у") and len(word) > 3:
            word = word[:-1]
        elif word.endswith("ю") and len(word) > 3:
            word = word[:-1] + "й"
        elif word.endswith(("ье", "ии")) and n == 0 and len(word) > 3:
            word = word[:-1] + "я"  # Дарье -> Дарья, Марии -> Мария (a soft stem keeps its я)
        elif word.endswith("е") and n == 0 and len(word) >= 3 and word[-2] in "аеёоуэюя":
            word = word[:-1] + "я"  # Мае -> Мая, Зое -> Зоя (a stem in a vowel keeps its я; round 29c)
        elif word.endswith("е") and n == 0 and len(word) > 3:
            word = word[:-1] + "а"
        out.append(word)
    result = " ".join(out)
    return None if result == name else result


_INSTRUMENTAL_GOVERNOR = re.compile(
    r"(?<![\w-])(?:[Сс]|[Сс]о|между)[ \t\u00a0]+(?:[а-яё-]+(?:им|ым|ой|ей)[ \t\u00a0]+){0,3}[А-ЯЁа-яё-]+(?:ом|ем|ой|ей)"
    r"[ \t\u00a0]+(?:[а-яё-]+[ \t\u00a0]+){0,3}(?:[А-ЯЁ][а-яё-]+[ \t\u00a0]+)?$"
    # "с главой МИД Кесселя Анникой Стрём": the role's body by its initials, then its place
    r"|(?<![\w-])(?:[Сс]|[Сс]о)[ \t\u00a0]+[а-яё-]+(?:ом|ем|ой|ей)[ \t\u00a0]+[А-ЯЁ]{2,}[ \t\u00a0]+"
    r"(?:[А-ЯЁ][а-яё-]+[ \t\u00a0]+)?$"
    # "с командующим ВМС Варнии контр-адмиралом Стефаном Хольмом": a participle's role (its body after it in the
    # genitive, initials or a place), then a rank in the instrumental right before the name
    r"|(?<![\w-])(?:[Сс]|[Сс]о)[ \t\u00a0]+[а-яё]{4,}(?:ющим|щим|вшим)[ \t\u00a0]+(?:[А-ЯЁа-яё-]+[ \t\u00a0]+){0,3}"
    r"[а-яё-]{3,}(?:ом|ем)[ \t\u00a0]+$")
""""с" and a role in the instrumental, its adjectives before it ("разговор ... с Министром иностранных дел Сорвии
Адамом Вессом", "со своим линдмаркским коллегой Эриком Стольбергом"): the name after it is in the instrumental."""


def _instrumental_nominative(name: str) -> str | None:
    """The nominative of a two- or three-word name in the instrumental (Адамом Вессом -> Адам Весс, Андреем Кимом ->
    Андрей Ким, Анной Ивановой -> Анна Иванова, Марией Лунд -> Мария Лунд); None when a word has no such ending
    to undo."""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or not all(_CYRILLIC.match(p) for p in parts):
        return None
    out = []
    for n, word in enumerate(parts):
        if word.endswith(("овой", "евой", "иной", "ской", "цкой")):
            word = word[:-2] + "а"  # a woman's surname: Ивановой -> Иванова
        elif word.endswith("ией") and n == 0:
            word = word[:-3] + "ия"  # Марией -> Мария
        elif word.endswith(("ой", "ей")) and n == 0:
            word = word[:-2] + ("а" if word.endswith("ой") else "я")  # Анной -> Анна, Ольгой -> Ольга
        elif word.endswith("ом") and len(word) > 3:
            word = word[:-2]  # Адамом -> Адам, Вессом -> Весс
        elif word.endswith("ем") and len(word) > 3:
            stem = word[:-2]
            word = stem + ("й" if stem[-1] in "аеёиоуыэюя" else "ь")  # Андреем -> Андрей, Игорем -> Игорь
        out.append(word)
    result = " ".join(out)
    return None if result == name else result


_ACCORDING_TO = re.compile(r"(?<![\w-])(?:[Пп]о\s+(?:словам|мнению|данным|оценке|информации)|[Сс]о\s+слов)\s+$")
""""По словам", "со слов" right before a name: the name is in the genitive, governed by them."""


_FEMININE_BEFORE = re.compile(
    r"(?:ла|ница|(?:ерк|истк|ентк|антк|янк|ушк|ичк)а|(?<![\w-])(?:жена|вдова|сестра|мама|дочка|тетя|тётя|хозяйка"
    r"|подруга|соседка|девушка|женщина|бабушка|невеста|свекровь|теща|тёща|внучка|няня))[ \t\u00a0]+$")
"""A word in -а/-я right before a name that is no man's genitive: a woman's past verb («заявила»), a woman's noun in the
nominative («пенсионерка», «жительница», «жена»): the name after it is a woman's, in the nominative."""


def _surnames_printed(text: str) -> tuple[set[str], dict[str, set[str]]]:
    """The page's capitalised Cyrillic words printed alone (no capitalised word right before: "— говорит Кросс"), and
    each word printed after a capitalised word -> those words ("Олег Сорокин": Сорокин -> {Олег}); read once."""
    alone: set[str] = set()
    full: dict[str, set[str]] = {}
    last_end, last_word = -1, ""
    for m in re.finditer(r"(?<![\w-])[А-ЯЁ][а-яё-]+", text):
        if last_end >= 0 and re.fullmatch(r"[ \t\u00a0]+", text[last_end:m.start()]):
            full.setdefault(m.group(0), set()).add(last_word)
        else:
            alone.add(m.group(0))
        last_end, last_word = m.end(), m.group(0)
    return alone, full


def _nominative_stubs(text: str, cast: Cast) -> None:
    """A new person named only in the genitive ("По словам вице-премьера Варнии Павла Сорина") gets a stub in the
    nominative (Павел Сорин); the form met stays an alias. The stub is re-keyed by the nominative surname, so a
    later nominative mention of the same person meets it."""
    printed: tuple[set[str], dict[str, set[str]]] | None = None  # the page's surnames alone, and in full (once)
    for mention in cast.mentions:
        if mention.kind != "new_name" or not mention.actor or not _CYRILLIC.match(mention.text):
            continue
        sentence_start = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
        window = text[max(sentence_start, mention.start - 120):mention.start]
        dative = _DATIVE_GOVERNOR.search(window)
        instrumental = _INSTRUMENTAL_GOVERNOR.search(window) if not dative else None
        # "трактор фермера Юхана Кросса ... — говорит Кросс": a man's name after a lower-case noun in the genitive
        # that no list of roles holds, whose surname the page prints elsewhere alone without the genitive's ending,
        # is that genitive: the surname in the nominative confirms the case (round 29c, f2816)
        # (never a surname in -ова/-ева/-ина/-ына: a man's genitive there is a woman's nominative, «заведующая Ирина
        # Лунина» beside «Лунин», whatever noun or verb stands before her; only a surname that does not decline by
        # sex, «Кросса», «Линдгрена», is read so: second review of round 29c, F1)
        confirmed = None
        noun = re.search(r"(?<![\w-])[а-яё]{3,}(?:а|я)[ \t\u00a0]+$", window)
        if noun and not _FEMININE_BEFORE.search(noun.group(0)) and re.fullmatch(
                r"[А-ЯЁ][а-яё-]+(?:а|я)[ \t\u00a0]+[А-ЯЁ][а-яё-]+(?<!ов|ев|ёв|ин|ын)а", mention.text):
            if printed is None:
                printed = _surnames_printed(text)
            confirmed = russian_nominative(mention.text)
            # (the surname printed alone, never after another given name: "Депутат Иван Лунин ... — заявила Ирина
            # Лунина" or "Фермер Олег Сорокин ... — говорит Сорокин ... пенсионерка Мария Сорокина": a woman in the
            # nominative beside a relative named in full, not one man's genitive; review of round 29c, F1)
            if confirmed is not None and (confirmed.split()[-1] not in printed[0]
                                          or confirmed.split()[-1] == mention.text.split()[-1]
                                          or printed[1].get(confirmed.split()[-1], set()) - {confirmed.split()[0]}):
                confirmed = None
        if not dative and not instrumental and not _OBLIQUE_GOVERNOR.search(window) and confirmed is None:
            continue
        if _SUBJECT_VERB.match(text, mention.end):
            continue  # "Жена министра Анна Сорина заявила": the name is the verb's subject, in the nominative
        governed = bool(_ACCORDING_TO.search(window))
        nominative = (_dative_nominative(mention.text) if dative else _instrumental_nominative(mention.text)
                      if instrumental else russian_nominative(mention.text, governed=governed))
        nominative = nominative or confirmed
        if nominative is None:
            continue
        old = mention.actor
        new = "stub:" + loose(skeleton(nominative.split()[-1]))
        if new != old:
            for m in cast.mentions:
                if m.actor == old:
                    m.actor = new
            spellings = cast.spellings.pop(old, [])
            cast.stubs.pop(old, None)
        else:
            spellings = cast.spellings.get(old, [])
        cast.stubs[new] = Candidate(new, nominative, "person", None, None, None)
        merged = cast.spellings.setdefault(new, [])
        for form in [nominative, *spellings]:
            if form not in merged:
                merged.append(form)
        for table in (cast.text_roles, cast.text_countries):
            if old in table and new != old:
                table.setdefault(new, set()).update(table.pop(old))
