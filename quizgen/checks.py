"""Questions a teacher should check first, each with the reason in plain words.

A question is listed when a part it rests on is one the analysis is less sure of (its
confidence, a source whose kind is a guess, a pronoun read as a name, two sources in one
sentence, a claim with no source found) or one the teacher has since marked wrong. The
reasons only describe the stored analysis; nothing here changes a question.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from quizgen.corrections import difference_key, fact_key, flag_key, source_key, source_name
from quizgen.models import Attribution, Question, Quiz, Report

SURE = 1.0  # a question below this confidence is listed
# Templates (templates/find_source.json) whose key is the kind of a source, and those whose
# key is who stands behind one claim.
KIND_TEMPLATES = frozenset({"source-kind"})
WHO_TEMPLATES = frozenset({"source-of-claim", "claim-to-source"})


@dataclass
class CheckFirst:
    question: Question
    number: int  # its place in the quiz, from 1
    reasons: list[str] = field(default_factory=list)


class _Index:
    """What the checks look up per sentence, gathered once per report."""

    def __init__(self, report: Report, corrections: Collection[str]) -> None:
        self.texts = {s.id: s.text for art in report.articles for s in art.sentences}
        self.attributions: dict[str, list[Attribution]] = {}
        for art in report.articles:
            for a in art.attributions:
                self.attributions.setdefault(a.sentence, []).append(a)
        self.unattributed = {f.sentence for art in report.articles for f in art.flags if "unattributed" in f.reasons}
        self.struck_groups = [("fact", {m.sentence for m in f.mentions}) for f in report.comparison.facts
                              if fact_key(f) in corrections]
        self.struck_groups += [("difference", {m.sentence for m in d.versions})
                               for d in report.comparison.discrepancies if difference_key(d) in corrections]


def _struck_reasons(question: Question, index: _Index, sentence_ids: set[str], corrections: Collection[str]
                    ) -> list[str]:
    reasons = []
    if any(flag_key(e.article, e.text) in corrections for e in question.evidence):
        reasons.append("It asks about a sentence whose flag you marked wrong in the analysis.")
    for what, sentences in index.struck_groups:
        if len(sentence_ids) >= 2 and sentence_ids <= sentences:
            reasons.append(f"It compares sentences of a {what} you marked wrong in the analysis.")
    return reasons


def _source_reasons(question: Question, by_sentence: list[list[Attribution]], corrections: Collection[str]
                    ) -> list[str]:
    """Reasons from the sources of each sentence the question quotes."""
    reasons = []
    for attributions in by_sentence:
        names = list(dict.fromkeys(source_name(a) for a in attributions))
        reasons += [f"It rests on the source “{name}”, which you marked wrong in the analysis."
                    for name in names if source_key(name) in corrections]
        if question.skill != "find_source":
            continue
        for a in attributions:
            if a.type_certain is False and question.template in KIND_TEMPLATES:
                reasons.append(f"Whether “{a.source}” is a person or an organization is the analysis's guess.")
            if a.refers_to and a.refers_to.casefold() != a.source.casefold():
                reasons.append(f"The sentence says “{a.source}”; the analysis read it as {a.refers_to}.")
        if len(names) >= 2 and question.template in WHO_TEMPLATES:
            reasons.append("Two sources share a sentence it quotes: check which one stands behind the claim.")
    return reasons


def questions_to_check(quiz: Quiz, report: Report | None, corrections: Collection[str] = ()) -> list[CheckFirst]:
    """The quiz's questions that rest on unsure or rejected analysis, in quiz order. With no
    report (the set was deleted or changed since), only the questions' own confidence counts."""
    index = _Index(report, corrections) if report else None
    found = []
    for number, question in enumerate(quiz.questions, start=1):
        reasons = []
        if question.confidence is not None and question.confidence < SURE:
            reasons.append(f"The analysis is only {round(question.confidence * 100)}% sure of what it rests on.")
        if index is not None:
            # only sentences the report still holds as they were quoted
            sentence_ids = {e.sentence for e in question.evidence if index.texts.get(e.sentence) == e.text}
            quoted = [index.attributions.get(sid, []) for sid in sorted(sentence_ids)]
            reasons += _struck_reasons(question, index, sentence_ids, corrections)
            reasons += _source_reasons(question, quoted, corrections)
            if question.skill == "spot_unverified" and sentence_ids & index.unattributed:
                reasons.append("The analysis found no source in the sentence; the source may be in a sentence nearby.")
        if reasons:
            found.append(CheckFirst(question, number, list(dict.fromkeys(reasons))))
    return found
