"""Typed records passed along the pipeline: ingest -> analyze -> compare -> generate.

Every record turns into plain JSON with `to_dict()` and back with `from_dict()`, so the
web app can store reports and quizzes and the CLI can print them. Field names follow
the analysis report and quiz contracts (schemas in `quizgen/schemas/`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

SourceType = Literal["named_person", "named_organization", "anonymous", "document", "media_outlet", "unspecified"]
SOURCE_TYPES: tuple[str, ...] = ("named_person", "named_organization", "anonymous", "document", "media_outlet", "unspecified")
FlagReason = Literal["anonymous_source", "hedged", "unattributed", "prediction", "vague_source"]
FLAG_REASONS: tuple[str, ...] = ("anonymous_source", "hedged", "unattributed", "prediction", "vague_source")
Skill = Literal["find_source", "spot_unverified", "compare_coverage"]
SKILLS: tuple[str, ...] = ("find_source", "spot_unverified", "compare_coverage")
QuestionType = Literal["multiple_choice", "multiple_select", "true_false", "matching", "ordering", "short_answer", "open_response"]
QUESTION_TYPES: tuple[str, ...] = ("multiple_choice", "multiple_select", "true_false", "matching", "ordering", "short_answer", "open_response")
DiscrepancyKind = Literal["number", "certainty", "source", "wording"]


class Record:
    """Mixin: JSON round-trip for flat dataclasses (nested ones override from_dict)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


# --- ingest ---------------------------------------------------------------------------

@dataclass
class Article(Record):
    """One outlet's article, cleaned. `body` is the text all offsets point into."""

    id: str
    body: str
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date "2022-09-06" when known
    url: str | None = None
    path: str | None = None
    # a news agency the page credits for its copy ("Reuters | Updated ..."), found in a line
    # that ingest removed from the body: a cited outlet, not the page's own outlet
    wire: str | None = None


# --- analyze --------------------------------------------------------------------------

@dataclass
class Sentence(Record):
    id: str  # "<article id>.s<n>", n from 1
    text: str  # == body[start:end]
    start: int
    end: int


@dataclass
class Attribution(Record):
    """A "who says so": `source` said/reported/... (`cue`) the sentence `sentence`."""

    source: str
    source_type: str  # one of SOURCE_TYPES
    cue: str
    sentence: str  # sentence id
    text: str  # the sentence's text
    # character offsets of the source phrase in the article body (for highlighting)
    source_start: int | None = None
    source_end: int | None = None
    # for pronoun sources ("he"), the source it refers to ("Tom Statler"); for an acronym
    # ("CCTV"), the full name used earlier ("China Central Television"): one source, two spellings
    refers_to: str | None = None
    # False when source_type is a best guess: a capitalised name with no evidence of a person
    # (title, known given name, introduced surname, he/she) or of an organisation; None: not assessed
    type_certain: bool | None = None
    # character offsets in the body of the clause the cue governs: the source, the cue and
    # what they report ("Officials weren't available, but [a spokeswoman said the road would
    # reopen]"); None: the whole sentence
    scope_start: int | None = None
    scope_end: int | None = None

    def scope(self, sentence: Sentence) -> str:
        """The clause the cue governs, cut from its sentence (the whole sentence when unknown)."""
        if self.scope_start is None or self.scope_end is None \
                or not sentence.start <= self.scope_start < self.scope_end <= sentence.end:
            return sentence.text
        return sentence.text[self.scope_start - sentence.start:self.scope_end - sentence.start]

    def shares_clause(self, other: Attribution) -> bool:
        """Both cues govern one clause ("X told Reuters"), unlike "X said A, but Y said B";
        an unknown clause is the whole sentence."""
        a, b, c, d = self.scope_start, self.scope_end, other.scope_start, other.scope_end
        same_sentence = self.sentence == other.sentence
        return same_sentence and (a is None or b is None or c is None or d is None or (a < d and c < b))


@dataclass
class Flag(Record):
    """A sentence a reader cannot verify from the article."""

    sentence: str
    text: str
    reasons: list[str]  # from FLAG_REASONS
    cue: str
    # every word in the sentence that signals uncertainty, `cue` first: a question that asks
    # for one of them must not offer another as a wrong option
    cues: list[str] = field(default_factory=list)


@dataclass
class ArticleAnalysis:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    cited_outlets: list[str] = field(default_factory=list)
    # what ingest/analysis could not find, said plainly ("no outlet found")
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = self.article.to_dict()
        out.update(
            sentences=[s.to_dict() for s in self.sentences],
            attributions=[a.to_dict() for a in self.attributions],
            flags=[f.to_dict() for f in self.flags],
            cited_outlets=list(self.cited_outlets),
            notes=list(self.notes),
        )
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleAnalysis:
        return cls(
            article=Article.from_dict(data),
            sentences=[Sentence.from_dict(s) for s in data.get("sentences", [])],
            attributions=[Attribution.from_dict(a) for a in data.get("attributions", [])],
            flags=[Flag.from_dict(f) for f in data.get("flags", [])],
            cited_outlets=list(data.get("cited_outlets", [])),
            notes=list(data.get("notes", [])),
        )

    def sentence(self, sentence_id: str) -> Sentence | None:
        return next((s for s in self.sentences if s.id == sentence_id), None)


# --- compare --------------------------------------------------------------------------

@dataclass
class Mention(Record):
    article: str
    sentence: str
    text: str


@dataclass
class Fact:
    id: str
    summary: str
    mentions: list[Mention]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "summary": self.summary, "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        return cls(data["id"], data.get("summary", ""), [Mention.from_dict(m) for m in data.get("mentions", [])])


@dataclass
class Discrepancy:
    id: str
    topic: str
    kind: str  # number | certainty | source | wording
    versions: list[Mention]
    # optional per-version detail, e.g. the number or the hedge word that differs
    details: dict[str, str] = field(default_factory=dict)
    # number kind only: "conflict" (the figures disagree), "rounding" ("about 19,000" vs
    # "some 20,000") or "qualifier" ("about 19,000" vs "over 19,000"); the last two
    # must not be taught as outlets contradicting each other; wording kind: "quote" when
    # the versions are one quotation printed with different words
    difference: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "topic": self.topic, "kind": self.kind,
                "versions": [m.to_dict() for m in self.versions], "details": dict(self.details)}
        if self.difference:
            data["difference"] = self.difference
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Discrepancy:
        return cls(data["id"], data.get("topic", ""), data.get("kind", "wording"),
                   [Mention.from_dict(m) for m in data.get("versions", [])], dict(data.get("details", {})),
                   data.get("difference", ""))


@dataclass
class SourcingProfile(Record):
    """How one article sources its claims: counts per source type, flags, cited outlets."""

    article: str
    outlet: str | None
    source_types: dict[str, int]
    flagged: int
    sentences: int
    cited_outlets: list[str]


@dataclass
class Comparison:
    facts: list[Fact] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    first_reported_by: str | None = None
    profiles: list[SourcingProfile] = field(default_factory=list)
    # article ids grouped by the event they report; more than one group means the
    # articles are not about one event: facts and discrepancies never cross groups, and
    # no compare question may set articles of two groups side by side
    event_groups: list[list[str]] = field(default_factory=list)

    @property
    def same_event(self) -> bool:
        return len(self.event_groups) <= 1

    def to_dict(self) -> dict[str, Any]:
        return {"facts": [f.to_dict() for f in self.facts],
                "discrepancies": [d.to_dict() for d in self.discrepancies],
                "first_reported_by": self.first_reported_by,
                "profiles": [p.to_dict() for p in self.profiles],
                "same_event": self.same_event,
                "event_groups": [list(g) for g in self.event_groups]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Comparison:
        return cls([Fact.from_dict(f) for f in data.get("facts", [])],
                   [Discrepancy.from_dict(d) for d in data.get("discrepancies", [])],
                   data.get("first_reported_by"),
                   [SourcingProfile.from_dict(p) for p in data.get("profiles", [])],
                   [list(g) for g in data.get("event_groups", [])])


@dataclass
class Report:
    """The analysis report: `quizgen analyze --format json` prints `to_dict()`."""

    articles: list[ArticleAnalysis]
    comparison: Comparison = field(default_factory=Comparison)

    def to_dict(self) -> dict[str, Any]:
        return {"articles": [a.to_dict() for a in self.articles], "comparison": self.comparison.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls([ArticleAnalysis.from_dict(a) for a in data.get("articles", [])],
                   Comparison.from_dict(data.get("comparison") or {}))

    def article(self, article_id: str) -> ArticleAnalysis | None:
        return next((a for a in self.articles if a.article.id == article_id), None)


# --- generate -------------------------------------------------------------------------

@dataclass
class Choice(Record):
    id: str  # "a", "b", ...
    text: str
    # matching questions: "left" (claims) or "right" (sources); None otherwise
    side: str | None = None


@dataclass
class Evidence(Record):
    article: str
    sentence: str
    text: str  # == article body[start:end]
    start: int
    end: int


@dataclass
class Question:
    """One quiz question. `answer` by type:

    multiple_choice/true_false: [choice id]; multiple_select: [choice ids];
    matching: [[left id, right id], ...]; ordering: [choice ids in order];
    short_answer: [accepted strings]; open_response: [model answer].
    """

    id: str
    skill: str
    type: str
    template: str
    difficulty: int
    prompt: str
    choices: list[Choice]
    answer: list[Any]
    explanation: str
    evidence: list[Evidence]
    # how sure the analysis is of what the question rests on (0-1); None for hand-made questions
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"id": self.id, "skill": self.skill, "type": self.type, "template": self.template,
               "difficulty": self.difficulty, "prompt": self.prompt,
               "choices": [c.to_dict() for c in self.choices], "answer": list(self.answer),
               "explanation": self.explanation, "evidence": [e.to_dict() for e in self.evidence]}
        return out | ({"confidence": self.confidence} if self.confidence is not None else {})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        confidence = data.get("confidence")
        return cls(data["id"], data["skill"], data["type"], data.get("template", ""), int(data.get("difficulty", 1)),
                   data["prompt"], [Choice.from_dict(c) for c in data.get("choices", [])], list(data.get("answer", [])),
                   data.get("explanation", ""), [Evidence.from_dict(e) for e in data.get("evidence", [])],
                   float(confidence) if isinstance(confidence, (int, float)) else None)


@dataclass
class QuizArticle(Record):
    id: str
    outlet: str | None
    title: str | None
    body: str


@dataclass
class Quiz:
    seed: int
    articles: list[QuizArticle]
    questions: list[Question]
    title: str = "Media-literacy quiz"
    # why the quiz is shorter than asked, or lacks a skill (for the teacher; CLI stderr)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = {"title": self.title, "seed": self.seed, "articles": [a.to_dict() for a in self.articles],
               "questions": [q.to_dict() for q in self.questions]}
        return out | ({"notes": list(self.notes)} if self.notes else {})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quiz:
        return cls(int(data.get("seed", 0)), [QuizArticle.from_dict(a) for a in data.get("articles", [])],
                   [Question.from_dict(q) for q in data.get("questions", [])], data.get("title", "Media-literacy quiz"),
                   [str(n) for n in data.get("notes", [])])
