"""Pick a balanced, varied, duplicate-free set of questions from all templates' drafts.

Skills take turns; within a skill the least-used template goes next (seeded tie-break),
so one quiz mixes question types. A question is skipped when it asks what another
already asks: same key (same claim, fact, discrepancy...), the same main evidence
sentence, or a near-identical prompt.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quizgen.generate.build import build_question
from quizgen.generate.confidence import CONFIDENCE_BAR
from quizgen.generate.context import Context, Draft, cited_in
from quizgen.generate.nearness import nearness
from quizgen.generate.templates import Template
from quizgen.generate.text import content_stems, jaccard, norm, related_sources, word_count, words
from quizgen.models import Question
from quizgen.outlets import same_outlet

COMPARE = "compare_coverage"

Generator = Callable[[Context, Template], Iterator[Draft]]
MAX_DRAFTS_PER_TEMPLATE = 40
NEAR_DUPLICATE_PROMPT = 0.8
MAX_PER_SUBJECT = 2
# options this long are sentences; two questions sharing this many of them repeat each other
SENTENCE_OPTION_WORDS = 8
SHARED_SENTENCE_OPTIONS = 2
# an option whose words are this share of a sentence's quotes it (options may be cut short)
QUOTED_SHARE = 0.8
# one generator serves at most ceil(count / TEMPLATES_PER_QUIZ) questions (at least MIN_PER_TEMPLATE) at first
TEMPLATES_PER_QUIZ = 6
MIN_PER_TEMPLATE = 2


@dataclass
class _Pool:
    template: Template
    drafts: list[Draft]
    used: int = 0
    # drafts left out because the analysis under them was not sure enough
    unsure: int = 0
    # true/false answers given so far ("True" count, "False" count)
    verdicts: list[int] = field(default_factory=lambda: [0, 0])
    # drafts held back only because their sentence leads a question of another skill
    deferred: list[Draft] = field(default_factory=list)
    # drafts held back as soft repeats (see _Picked.soft_repeat): taken when their skill has
    # nothing else, so that skills stay balanced
    held: list[Draft] = field(default_factory=list)


@dataclass
class _Picked:
    questions: list[Question] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    # evidence sentences per skill: a sentence may serve one question of each skill
    main_sentences: dict[str, set[str]] = field(default_factory=dict)
    all_sentences: dict[str, set[str]] = field(default_factory=dict)
    prompts: list[frozenset[str]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    option_sets: list[list[str]] = field(default_factory=list)
    sentence_options: list[frozenset[str]] = field(default_factory=list)
    # the sentences and facts already asked about, whatever the template or skill
    items: set[str] = field(default_factory=set)
    article_subjects: list[tuple[str, str]] = field(default_factory=list)
    # sources a compare question asks about ("which outlets cite X?"): a question of another
    # skill keying X in an outlet's article would give that answer away, and the other way round
    skill_subjects: list[tuple[str, str]] = field(default_factory=list)
    # (kind of question, its answer): the hedge "could" asked twice teaches one thing twice;
    # "which outlet alone reports this?" answered "abc7" twice is a repeat, but a cluster has
    # only so many outlets, so an outlet answer may come again when its skill has nothing else
    answers: set[tuple[str, str]] = field(default_factory=set)
    outlets: frozenset[str] = frozenset()
    # (kind of question, article): "in X's article, who is the source of ...?" three times is
    # one exercise, and so are "which word is the hedge?" and "type the hedge"
    exercise_articles: set[tuple[str, str]] = field(default_factory=set)
    # the sentences of questions whose answer is an outlet ("which outlet names X?"), never
    # shown as another question's option, and of those whose answer is a source ("who is the
    # source of ...?"), swapped out of other questions' options when a spare can stand in
    outlet_keyed: set[str] = field(default_factory=set)
    source_keyed: set[str] = field(default_factory=set)

    def repeats(self, skill: str, draft: Draft, prompt: frozenset[str], kind: str) -> bool:
        ids = [e.sentence for e in draft.evidence]
        main, every = self.main_sentences.get(skill, set()), self.all_sentences.get(skill, set())
        reused = ids[0] in every or any(i in main for i in ids)
        near = any(jaccard(prompt, p) >= NEAR_DUPLICATE_PROMPT for p in self.prompts)
        # the same answer again and again ("Reeves", "Governor Reeves", ...) or the same options
        # in another order ask one thing twice
        same_subject = bool(draft.subject) and \
            sum(related_sources(draft.subject, s) for s in self.subjects) >= MAX_PER_SUBJECT
        # (outlet options repeat by nature: a cluster has only so many outlets)
        same_options = skill == "find_source" and len(draft.options) > 2 \
            and any(_same_options(draft.options, o) for o in self.option_sets)
        # one source keyed once per article ("X said 141 passengers..." is one lesson)
        same_pair = bool(draft.subject) and any(
            article == _article(draft) and related_sources(draft.subject, s) for article, s in self.article_subjects)
        same_answer = (kind, _answer(draft)) in self.answers and _answer(draft) not in self.outlets
        return reused or near or draft.key in self.keys or same_subject or same_options or same_pair \
            or bool(draft.items & self.items) or same_answer or self._gives_away(skill, draft) \
            or self._shows_keyed_sentence(draft)

    def without_give_away(self, draft: Draft) -> Draft:
        """The draft with each wrong option that quotes a keyed sentence swapped for a spare
        one, while spares last."""
        keyed = self.outlet_keyed | self.source_keyed
        spares = [o for o in draft.spare_options if not _quotes_any(o, keyed)]
        options = list(draft.options)
        for n, option in enumerate(options):
            if n not in draft.right and _quotes_any(option, keyed) and spares:
                options[n] = spares.pop(0)
        return replace(draft, options=options) if options != draft.options else draft

    def _shows_keyed_sentence(self, draft: Draft) -> bool:
        """"Which outlet names Dr. X?" or "who is the source of ...?" and another question's
        option quoting that sentence, speaker and all: one question answers the other,
        whichever comes first (an option left after `without_give_away` had no spare)."""
        if _keys_sentence(draft, self.outlets) and any(
                _quotes(option, norm(e.text)) for e in draft.evidence for shown in self.sentence_options
                for option in shown):
            return True
        keyed = self.outlet_keyed | self.source_keyed
        return any(_quotes_any(option, keyed) for option in draft.options)

    def _gives_away(self, skill: str, draft: Draft) -> bool:
        """A compare question on a source and a question of another skill keying that source."""
        if not draft.subject:
            return False
        return any(COMPARE in (skill, other) and other != skill and related_sources(draft.subject, s)
                   for other, s in self.skill_subjects)

    def soft_repeat(self, draft: Draft, kind: str) -> bool:
        """The draft repeats an exercise on the same article, keys an outlet again or shows
        sentences another question shows: held back until its skill has nothing else to ask."""
        # (two sentence questions showing the same sentences as options ask nearly one thing)
        return (kind, _article(draft)) in self.exercise_articles or self.same_outlet_answer(draft, kind) \
            or _shares_sentences(_sentence_options(draft), self.sentence_options)

    def same_outlet_answer(self, draft: Draft, kind: str) -> bool:
        """A question of this kind already keys this answer (an outlet: any other answer is a
        hard repeat, see `repeats`)."""
        return (kind, _answer(draft)) in self.answers

    def leads_other_skill(self, skill: str, draft: Draft) -> bool:
        """A sentence of the draft is already evidence of a question of another skill: "which kind of
        source is 'the official'?" and "which sentence rests on an unnamed source?" teach one
        thing. Such drafts wait until the quiz cannot be filled otherwise."""
        mine = {e.sentence for e in draft.evidence}
        return any(mine & ids for s, ids in self.all_sentences.items() if s != skill)

    def add(self, question: Question, draft: Draft, prompt: frozenset[str], kind: str) -> None:
        self.questions.append(question)
        self.exercise_articles.add((kind, _article(draft)))
        if _answer(draft):
            self.answers.add((kind, _answer(draft)))
        self.keys.add(draft.key)
        self.main_sentences.setdefault(question.skill, set()).add(draft.evidence[0].sentence)
        self.all_sentences.setdefault(question.skill, set()).update(e.sentence for e in draft.evidence)
        self.prompts.append(prompt)
        if draft.subject:
            self.subjects.append(draft.subject)
            self.skill_subjects.append((question.skill, draft.subject))
            self.article_subjects.append((_article(draft), draft.subject))
        self.items |= draft.items
        if question.skill == "find_source" and len(draft.options) > 2:
            self.option_sets.append(list(draft.options))
        if shown := _sentence_options(draft):
            self.sentence_options.append(shown)
        if _answer(draft) in self.outlets:
            self.outlet_keyed.update(norm(e.text) for e in draft.evidence)
        elif _keys_sentence(draft, self.outlets):
            self.source_keyed.update(norm(e.text) for e in draft.evidence)


def _shares_sentences(mine: frozenset[str], shown: list[frozenset[str]]) -> bool:
    return any(len(mine & other) >= SHARED_SENTENCE_OPTIONS for other in shown)


def _keys_sentence(draft: Draft, outlets: frozenset[str]) -> bool:
    """The draft's answer is the outlet or the source of its evidence sentences."""
    return _answer(draft) in outlets or bool(draft.subject)


@lru_cache(maxsize=50000)  # the same options and keyed sentences in every assembly attempt
def _quotes(option: str, sentence: str) -> bool:
    """The option quotes the (normalised) sentence, whole or cut short ("X said the plane …
    flew from ..."): nearly all its words are the sentence's."""
    if norm(option) == sentence:
        return True
    mine = set(words(option))
    return word_count(option) >= SENTENCE_OPTION_WORDS and len(mine & set(words(sentence))) >= QUOTED_SHARE * len(mine)


def _quotes_any(option: str, sentences: set[str]) -> bool:
    return any(_quotes(option, s) for s in sentences)


def _sentence_options(draft: Draft) -> frozenset[str]:
    """The options of a choice question that are whole sentences (not names or outlets)."""
    return frozenset(norm(o) for o in draft.options if word_count(o) >= SENTENCE_OPTION_WORDS)


def _answer(draft: Draft) -> str:
    """The one answer a choice or typed question keys, normalised; "" for true/false (two
    answers by nature), matching, ordering and multiple-answer questions."""
    if draft.accepted:
        return norm(draft.accepted[0])
    if len(draft.right) == 1 and len(draft.options) > 2:
        return norm(draft.options[draft.right[0]])
    return ""


def _article(draft: Draft) -> str:
    return draft.evidence[0].article if draft.evidence else ""


def draft_items(ctx: Context, draft: Draft, skill: str) -> frozenset[str]:
    """What a question asks about: its generator's items (a cited outlet), its sentences and
    the facts they report. Two questions on one fact (the same claim in two articles, the
    same hedge twice) ask one thing twice."""
    sentences = {e.sentence for e in draft.evidence}
    facts = {f"fact:{f.id}" for f in ctx.report.comparison.facts if any(m.sentence in sentences for m in f.mentions)}
    # the halves of one quote ("... ," she said. "...") are one statement: one question
    quotes = {f"quote:{ctx.quote_head(s)}" for s in sentences}
    # the fee that "could rise to £150m" in one outlet and "may rise up to £130m" in another
    # is one hedged point, though the figures keep the two apart as facts: one such question
    near = set()
    if skill == "spot_unverified":
        close = nearness(ctx)
        near = {"near:" + "|".join(sorted((s, o))) for s in sentences for o in close.close_sentences(s)}
    # an outlet one article cites, keyed or shown as its source ("Only one article names The
    # Journal ...") answers "which outlet does this article cite?": one question per article
    art = ctx.report.article(_article(draft))
    cited = {cited_in(art.article.id, draft.subject)} if art and draft.subject and any(
        same_outlet(draft.subject, c) for c in art.cited_outlets) else set()
    return draft.items | {f"sentence:{s}" for s in sentences} | facts | quotes | near | cited


def _same_options(new: list[str], old: list[str]) -> bool:
    """Every option names one of the other question's options, maybe in other words
    ("Dr. Ann Li" / "State Health Officer Dr. Ann Li")."""
    return len(new) == len(old) and all(any(norm(o) == norm(p) or related_sources(o, p) for p in old) for o in new)


def _difficulty_rank(tpl: Template, difficulty: int | None) -> int:
    """0 for the wanted difficulty, growing with distance; everything ranks 0 with no wish."""
    return 0 if difficulty is None else abs(tpl.difficulty - difficulty)


def draft_pools(ctx: Context, templates: Sequence[Template], generators: dict[str, Generator]) -> list[_Pool]:
    pools = []
    for tpl in sorted(templates, key=lambda t: t.id):
        drafts, unsure = [], 0
        for draft in generators[tpl.generator](ctx, tpl):
            draft.confidence = ctx.confidence(draft)  # its own parts times its sentences
            draft.items = draft_items(ctx, draft, tpl.skill)
            if draft.confidence < CONFIDENCE_BAR:
                unsure += 1
                continue
            drafts.append(draft)
            if len(drafts) >= MAX_DRAFTS_PER_TEMPLATE:
                break
        ctx.rng.shuffle(drafts)
        if tpl.type == "true_false":
            drafts = _alternate_answers(drafts)
        pools.append(_Pool(tpl, drafts, unsure=unsure))
    return pools


def _alternate_answers(drafts: list[Draft]) -> list[Draft]:
    """True/false drafts ordered so that picks (popped from the end) alternate False and
    True while both last: named sources are commoner, and "always True" teaches nothing."""
    false = [d for d in drafts if d.right == [1]]
    true = [d for d in drafts if d.right != [1]]
    ordered: list[Draft] = []
    while false or true:
        for group in (false, true):
            if group:
                ordered.append(group.pop())
    return ordered[::-1]


def _unbalanced(pool: _Pool, draft: Draft) -> bool:
    """A true/false answer that would put one verdict more than one ahead of the other:
    a run of "True" teaches guessing, not reading."""
    if pool.template.type != "true_false":
        return False
    verdict = 1 if draft.right == [1] else 0
    return pool.verdicts[verdict] + 1 - pool.verdicts[1 - verdict] > 1


def _next_question(pool: _Pool, picked: _Picked, rng: random.Random, relaxed: bool,
                   soft: bool = False) -> Question | None:
    while pool.drafts:
        draft = picked.without_give_away(pool.drafts.pop())
        if _unbalanced(pool, draft):
            continue
        question = build_question(pool.template, draft, rng, f"q{len(picked.questions) + 1}")
        if question is None:
            continue
        prompt = content_stems(question.prompt)
        if picked.repeats(pool.template.skill, draft, prompt, str(_kind(pool))):
            continue
        if not relaxed and picked.leads_other_skill(pool.template.skill, draft):
            pool.deferred.append(draft)
            continue
        if not soft and picked.soft_repeat(draft, str(_kind(pool))):
            pool.held.append(draft)
            continue
        picked.add(question, draft, prompt, str(_kind(pool)))
        pool.used += 1
        if pool.template.type == "true_false":
            pool.verdicts[1 if draft.right == [1] else 0] += 1
        return question
    return None


def _take_held(pool: _Pool, picked: _Picked, rng: random.Random, relaxed: bool) -> Question | None:
    """A soft repeat of this pool, when its skill has nothing else to ask."""
    pool.drafts, pool.held = pool.held[::-1] + pool.drafts, []
    return _next_question(pool, picked, rng, relaxed, soft=True)


def _kind(pool: _Pool) -> tuple[str, tuple]:
    return pool.template.generator, tuple(sorted(pool.template.params.items()))


def _uses_per_generator(pools: list[_Pool]) -> dict[tuple[str, tuple], int]:
    used: dict[tuple[str, tuple], int] = {}
    for pool in pools:
        used[_kind(pool)] = used.get(_kind(pool), 0) + pool.used
    return used


def assemble(pools: list[_Pool], skills: Sequence[str], count: int, difficulty: int | None,
             rng: random.Random, outlets: Sequence[str] = ()) -> list[Question]:
    picked = _Picked(outlets=frozenset(norm(o) for o in outlets))
    tie_break = {id(p): rng.random() for p in pools}
    by_skill = {s: [p for p in pools if p.template.skill == s] for s in skills}
    # one kind of question (one generator) at most `cap` times, then one more if the articles back
    # too few (a quiz of four "which outlet alone reports this?" repeats itself: fewer, with a
    # note, is better), and last letting a sentence lead questions of two skills
    cap = max(MIN_PER_TEMPLATE, math.ceil(count / TEMPLATES_PER_QUIZ))
    for per_template, relaxed in ((cap, False), (cap + 1, False), (cap + 1, True)):
        if relaxed:
            for pool in pools:
                pool.drafts = pool.deferred[::-1] + pool.drafts
                pool.deferred = []
        open_skills = [s for s in skills if by_skill[s]]
        while len(picked.questions) < count and open_skills:
            # the skill with the fewest drafts left picks first: questions never share a sentence,
            # so a skill with plenty to choose from must not take the few another skill has
            for skill in sorted(open_skills, key=lambda s: sum(len(p.drafts) for p in by_skill[s])):
                if len(picked.questions) >= count:
                    break
                # templates of one generator ("which word is the hedge?" as choice or typed) ask
                # the same thing: they share one cap
                used = _uses_per_generator(pools)
                candidates = sorted((p for p in by_skill[skill] if (p.drafts or p.held) and used[_kind(p)] < per_template),
                                    key=lambda p: (_difficulty_rank(p.template, difficulty), used[_kind(p)],
                                                   tie_break[id(p)]))
                if not any(_next_question(pool, picked, rng, relaxed) for pool in candidates) \
                        and not any(_take_held(pool, picked, rng, relaxed) for pool in candidates):
                    open_skills.remove(skill)
    return picked.questions


# Picking is greedy: an early pick can block later ones ("questions never share a sentence").
# When a quiz comes out short, a few other orders of the same drafts are tried (seeded, so the
# quiz stays reproducible) and the longest quiz is kept.
ASSEMBLY_ATTEMPTS = 20


def assemble_longest(pools: list[_Pool], skills: Sequence[str], count: int, difficulty: int | None,
                     rng: random.Random, outlets: Sequence[str] = ()) -> list[Question]:
    best: list[Question] = []
    for attempt in range(ASSEMBLY_ATTEMPTS):
        order = rng if attempt == 0 else random.Random(rng.random())
        tried = assemble([_fresh(p, order if attempt else None) for p in pools], skills, count, difficulty, order,
                         outlets)
        if len(tried) > len(best):
            best = tried
        if len(best) >= count:
            break
    return best


def _fresh(pool: _Pool, shuffle: random.Random | None) -> _Pool:
    """An unused copy of a pool, its drafts in another order when `shuffle` is given."""
    drafts = list(pool.drafts)
    if shuffle is not None:
        shuffle.shuffle(drafts)
        if pool.template.type == "true_false":
            drafts = _alternate_answers(drafts)
    return _Pool(pool.template, drafts, unsure=pool.unsure)
