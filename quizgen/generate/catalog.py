"""The documented set of generators a template can name, with the slots each one fills
and the question types it can produce. Templates are checked against this table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GeneratorSpec:
    description: str
    types: tuple[str, ...]
    slots: tuple[str, ...]
    # allowed values of template "params" keys for this generator
    params: dict[str, tuple[str, ...]] | None = None


FLAG_PARAM = {"reason": ("anonymous_source", "unattributed", "hedged", "prediction")}

GENERATORS: dict[str, GeneratorSpec] = {
    "attribution": GeneratorSpec(
        "Who is given as the source of a claim; wrong options are other sources from the articles.",
        ("multiple_choice",), ("outlet", "claim", "source", "cue", "source_kind", "kind_sentence", "sentence")),
    "source_kind": GeneratorSpec(
        "What kind of source (named person, organization, anonymous, document, outlet, vague group) a source is.",
        ("multiple_choice",), ("outlet", "claim", "source", "cue", "source_kind", "kind_note", "sentence")),
    "source_named": GeneratorSpec(
        "True/false: the article names the source of a claim (named sources vs anonymous or vague ones).",
        ("true_false",), ("outlet", "claim", "source", "cue", "source_kind", "verdict", "sentence")),
    "first_reported_by": GeneratorSpec(
        "Which outlet the articles credit with breaking the story; wrong options are other outlets.",
        ("multiple_choice", "short_answer"), ("first_outlet", "crediting_outlet", "sentence", "cue")),
    "article_sources": GeneratorSpec(
        "Which of these sources one article cites; wrong options are sources only other articles cite.",
        ("multiple_select",), ("outlet", "sources")),
    "claim_source_pairs": GeneratorSpec(
        "Match claims from one article to their sources.",
        ("matching",), ("outlet", "pairs")),
    "cited_outlet": GeneratorSpec(
        "Name another news outlet that an article cites as a source of information.",
        ("short_answer",), ("outlet", "cited", "sentence", "cited_count", "which_outlet")),
    "flagged_sentence": GeneratorSpec(
        "Which sentence of an article rests on an anonymous source / has no source / hedges / predicts "
        "(params.reason); wrong options are sentences of the same article that do not.",
        ("multiple_choice",), ("outlet", "cue", "cue_noun", "cue_verb", "sentence", "reason_note"), FLAG_PARAM),
    "hedge_cue": GeneratorSpec(
        "Which word in a hedged sentence signals uncertainty; wrong options are other words of that sentence.",
        ("multiple_choice", "short_answer"), ("outlet", "sentence", "cue", "cue_meaning")),
    "verify_set": GeneratorSpec(
        "Select every sentence to verify before sharing (flagged) among sentences that name their source.",
        ("multiple_select",), ("outlet", "reasons")),
    "fact_across_outlets": GeneratorSpec(
        "Which outlets report a given point; wrong options are outlets whose articles do not "
        "(reporting_outlets/silent_outlets: the outlets shown that do / do not, joined with 'and').",
        ("multiple_select",), ("quote", "quoting_outlet", "reporting_outlets", "silent_outlets", "corroboration")),
    "lone_source": GeneratorSpec(
        "A named source that only one outlet's article names (short answer: type that outlet; multiple "
        "choice: pick it among named sources that two or more outlets name; second_hand: a sentence naming the "
        "outlet the article has the words through, or empty).",
        ("multiple_choice", "short_answer"), ("outlet", "source", "detail", "cue", "kind", "others", "second_hand")),
    "lone_source_pairs": GeneratorSpec(
        "Match named sources that only one outlet names to their outlets (sources: each with its outlet and cue).",
        ("matching",), ("outlets", "sources")),
    "source_outlets": GeneratorSpec(
        "Which outlets cite a named source that two or more outlets cite; wrong options are outlets whose articles "
        "never mention it (citing_outlets/silent_outlets: the outlets shown that do / do not, joined with 'and').",
        ("multiple_select",), ("source", "cue", "cue_outlet", "citing_outlets", "silent_outlets")),
    "discrepancy": GeneratorSpec(
        "How another outlet reports the same point (multiple choice), or why two versions differ (open response).",
        ("multiple_choice", "open_response"),
        ("outlet_a", "version_a", "outlet_b", "version_b", "kind_note", "topic")),
    "discrepancy_pairs": GeneratorSpec(
        "Match each outlet to its version of a point the outlets report differently.",
        ("matching",), ("topic", "kind_note")),
}
