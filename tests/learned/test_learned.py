"""The learned tagger: PolNeAR -> spaCy conversion, the shipped model, linking and merging."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from reportedly.bench.brat import list_articles, read_article
from reportedly.learned.corpus import LABELS, Conversion, parsed_corpus, to_docbin
from reportedly.learned.extractors import HybridExtractor, model_id
from reportedly.learned.hybrid import to_attributions, with_rule_records
from reportedly.learned.inputs import tagger_input
from reportedly.learned.layers import bilstm_encoder
from reportedly.learned.tagger import (
    MODEL_DIR,
    OUTSIDE_PENALTY,
    LearnedAttribution,
    TaggedSpan,
    learned_attributions,
    load_tagger,
    predict,
)
from reportedly.learned.training import ENCODERS, FEATURES, TRAINED_WITH_TORCH, Recipe, build_config
from reportedly.model import Attribution, Span

SPLIT = Path(__file__).resolve().parents[1] / "resources" / "learned" / "split"
TEXT = (SPLIT / "text" / "tiny.txt").read_text(encoding="utf-8")


def _found_in(text: str, label: str, fragment: str) -> TaggedSpan:
    """A tagged span over the first occurrence of ``fragment`` in ``text``."""
    start = text.index(fragment)
    return TaggedSpan(label, start, start + len(fragment))


def _tagged(label: str, fragment: str) -> TaggedSpan:
    return _found_in(TEXT, label, fragment)


def test_brat_fixture_converts_to_docbin(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    article = read_article(list_articles(SPLIT)[0])
    docbin, counts = to_docbin(nlp, [article])
    docbin.to_disk(tmp_path / "tiny.spacy")
    (doc,) = DocBin().from_disk(tmp_path / "tiny.spacy").get_docs(nlp.vocab)
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("CONTENT", '"The bridge will reopen on Monday,"'),
        ("SOURCE", "the mayor"),
        ("CUE", "said"),
        ("CONTENT", "Critics called the plan reckless"),
        ("CUE", "according to"),
        ("SOURCE", "a local paper"),
    ]
    # The second attribution lies inside the third one's content: its pieces are dropped.
    assert counts == Conversion(docs=1, entities=6, overlapping=3, unaligned=0)


def test_parsed_corpus_trains_on_the_parse_without_the_answers(
    tmp_path: Path, pipeline: Language
) -> None:
    article = read_article(list_articles(SPLIT)[0])
    docbin, counts = to_docbin(pipeline, [article], parsed=True)
    assert counts.entities == 6
    docbin.to_disk(tmp_path / "tiny.spacy")
    (example,) = parsed_corpus(tmp_path / "tiny.spacy")(spacy.blank("en"))
    given, answer = example.predicted, example.reference
    labels = ["CONTENT", "SOURCE", "CUE", "CONTENT", "CUE", "SOURCE"]
    assert [e.label_ for e in answer.ents] == labels
    assert given.text == answer.text and not given.ents
    assert [t.dep_ for t in given] == [t.dep_ for t in answer]
    assert [t.lemma_ for t in given] == [t.lemma_ for t in answer]


def test_tagger_input_keeps_the_parse_but_no_sentences_or_entities(pipeline: Language) -> None:
    doc = pipeline('Mr. Smith of Acme said: "We are ready. We will go." Then he left.')
    given = tagger_input(doc)
    assert given.text == doc.text and len(given) == len(doc)
    assert [t.tag_ for t in given] == [t.tag_ for t in doc]
    assert [t.dep_ for t in given] == [t.dep_ for t in doc]
    assert [t.lemma_ for t in given] == [t.lemma_ for t in doc]
    assert not given.ents and doc.ents  # the caller's Doc keeps its own
    assert len(list(doc.sents)) > 1
    assert not any(t.is_sent_start for t in given[1:])


def test_bilstm_encoder_reads_whole_sequences() -> None:
    import numpy

    encoder = bilstm_encoder(width=8, depth=1, dropout=0.0)
    sequences = [numpy.ones((5, 8), dtype="f"), numpy.ones((2, 8), dtype="f")]
    encoder.initialize(X=sequences)
    assert [y.shape for y in encoder.predict(sequences)] == [(5, 8), (2, 8)]


@pytest.mark.parametrize("features", sorted(FEATURES))
@pytest.mark.parametrize("encoder", sorted(ENCODERS))
def test_every_training_config_is_valid(features: str, encoder: str) -> None:
    if encoder in TRAINED_WITH_TORCH:
        pytest.importorskip("torch", reason="PyTorch is not installed")
    config = build_config(Recipe(features=FEATURES[features], encoder=encoder, width=32))
    assert f'@readers = "{FEATURES[features].reader}"' in config
    assert "width = 32" in config


def test_linker_groups_spans_by_cue(pipeline: Language) -> None:
    spans = [
        _tagged("CONTENT", '"The bridge will reopen on Monday,"'),
        _tagged("SOURCE", "the mayor"),
        _tagged("CUE", "said"),
        _tagged("SOURCE", "Critics"),
        _tagged("CUE", "called"),
        _tagged("CONTENT", "the plan reckless"),
    ]
    found = learned_attributions(pipeline(TEXT), spans=spans)
    assert found == (
        LearnedAttribution(spans[2], spans[1], (spans[0],), 0),
        LearnedAttribution(spans[4], spans[3], (spans[5],), 1),
    )


def test_learned_attributions_merge_with_rules(pipeline: Language) -> None:
    found = LearnedAttribution(
        _tagged("CUE", "called"),
        _tagged("SOURCE", "Critics"),
        (_tagged("CONTENT", "the plan reckless"),),
        1,
    )
    (learned,) = to_attributions(pipeline(TEXT), [found])
    assert (learned.id, learned.cue.text, learned.stance) == ("m1", "called", "assert")
    assert learned.content.text == "the plan reckless"
    assert learned.kind == "indirect"
    rule = Attribution(
        id="a1",
        source=None,
        source_span=Span("the mayor", 36, 45),
        cue=Span("said", 46, 50),
        content=Span("The bridge will reopen on Monday", 1, 33),
        kind="direct",
    )
    assert with_rule_records([learned], [rule]) == (rule, learned)  # a union, in text order
    denial = replace(rule, cue=Span("called", 60, 66), stance="deny")
    (recorded,) = with_rule_records([learned], [denial])
    assert (recorded.id, recorded.stance, recorded.content) == ("a1", "deny", learned.content)


def test_a_learned_attribution_without_a_source_takes_the_rules() -> None:
    cue = Span("was quoted as saying", 30, 50)
    rule = Attribution(
        id="a4",
        source="s2",
        source_span=Span("a person close to Kozak", 5, 28),
        cue=cue,
        content=Span("Kozak is nowhere to be seen", 52, 79),
        kind="direct",
    )
    learned = replace(rule, id="m1", source=None, source_span=None)
    (merged,) = with_rule_records([learned], [rule])
    assert (merged.id, merged.source, merged.source_span) == ("a4", "s2", rule.source_span)
    named = replace(learned, source_span=Span("Kozak", 23, 28))
    (kept,) = with_rule_records([named], [rule])
    assert (kept.source, kept.source_span) == (None, named.source_span)


def test_a_content_the_rules_give_another_cue_goes_back_to_the_rules_reading() -> None:
    """ "Reuters reported X. 'Y,' a source was quoted as saying": the tagger linking
    "reported" to Y gives way to the rules' X."""
    reported = Attribution(
        id="a1",
        source="s1",
        source_span=Span("Reuters", 0, 7),
        cue=Span("reported", 8, 16),
        content=Span("X", 17, 18),
        kind="indirect",
    )
    quoted = replace(reported, id="a2", cue=Span("was quoted as saying", 27, 47))
    quoted = replace(quoted, content=Span("Y", 21, 22), source=None, source_span=None)
    learned = replace(reported, id="m1", content=Span("Y", 21, 22))
    merged = with_rule_records([learned], [reported, quoted])
    assert [(a.id, a.content.text) for a in merged] == [("a1", "X"), ("a2", "Y")]


def test_a_learned_source_inside_the_rules_content_gives_way_to_the_rules() -> None:
    """ "Kozak was said to have secured a deal": the rules read Kozak in the claim and the
    report's source from context; the tagger's "Kozak" is no speaker."""
    rule = Attribution(
        id="a3",
        source="s1",
        source_span=None,
        cue=Span("was said to", 6, 17),
        content=Span("Kozak was said to have secured a deal", 0, 37),
        kind="indirect",
        hedges=("was said to",),
    )
    learned = replace(rule, id="m1", source=None, source_span=Span("Kozak", 0, 5))
    learned = replace(learned, cue=Span("was said", 6, 14), content=Span("to have", 15, 22))
    (merged,) = with_rule_records([learned], [rule])
    assert (merged.source, merged.source_span, merged.content) == ("s1", None, rule.content)


def test_a_learned_hedge_of_another_report_is_no_report_of_its_own() -> None:
    text = "Reuters reported Putin reportedly expanded his goals."
    reported = Attribution(
        id="a1",
        source="s1",
        source_span=Span("Reuters", 0, 7),
        cue=Span("reported", 8, 16),
        content=Span(text[17:52], 17, 52),
        kind="indirect",
        hedges=("reportedly",),
    )
    hedge = replace(reported, id="m2", cue=Span("reportedly", 23, 33), hedges=())
    hedge = replace(hedge, source=None, source_span=None, content=Span(text[34:52], 34, 52))
    found = replace(reported, id="m1", hedges=())
    assert [a.id for a in with_rule_records([found, hedge], [reported])] == ["a1"]


CHAIN = "Putin rejected the deal, Reuters reported, citing three sources."


def _chain_rules() -> tuple[Attribution, Attribution]:
    claim = Span("Putin rejected the deal", 0, 23)
    reported = Attribution(
        id="a1",
        source="s1",
        source_span=Span("Reuters", 25, 32),
        cue=Span("reported", 33, 41),
        content=claim,
        kind="indirect",
    )
    citing = replace(
        reported,
        id="a2",
        source="s2",
        source_span=Span("three sources", 50, 63),
        cue=Span("citing", 43, 49),
        parent="a1",
    )
    return reported, citing


@pytest.mark.parametrize("found_cue", ["reported", "citing"])
def test_model_records_keeps_a_citing_chain_whole(found_cue: str) -> None:
    """The tagger finding one cue of "X, Reuters reported, citing three sources" brings the
    whole chain as the rules read it: the tagger knows no chains."""
    start = CHAIN.index(found_cue)
    learned = Attribution(
        id="m1",
        source=None,
        source_span=None,
        cue=Span(found_cue, start, start + len(found_cue)),
        content=Span("the deal", 15, 23),
        kind="indirect",
    )
    rules = _chain_rules()
    assert with_rule_records([learned], rules) == rules


needs_model = pytest.mark.usefixtures("learned_model")


@needs_model
def test_shipped_model_tags_a_sentence() -> None:
    text = "  The senator said on Tuesday that the vote would be delayed."
    spans = predict(text)
    assert load_tagger() is load_tagger()
    assert spans and {s.label for s in spans} <= set(LABELS)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    # One cue, at "said" (how far it runs -- "said on Tuesday" -- is the benchmark's business).
    (cue,) = [text[s.start : s.end] for s in spans if s.label == "CUE"]
    assert cue.startswith("said")


@needs_model
def test_the_outside_penalty_lowers_the_o_move_alone() -> None:
    import numpy

    def biases(tagger: Language) -> tuple[list[str], Any]:
        ner: Any = tagger.get_pipe("ner")
        moves = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        return moves, ner.model.get_ref("upper").get_param("b")

    moves, trained = biases(load_tagger(MODEL_DIR, outside_penalty=0.0))
    _, penalized = biases(load_tagger(MODEL_DIR, outside_penalty=0.5))
    _, shipped = biases(load_tagger())
    lowered = numpy.zeros(len(moves), dtype="float32")
    lowered[moves.index("O")] = 0.5
    numpy.testing.assert_allclose(trained - penalized, lowered, atol=1e-6)
    lowered[moves.index("O")] = OUTSIDE_PENALTY
    numpy.testing.assert_allclose(trained - shipped, lowered, atol=1e-6)


@needs_model
def test_shipped_model_gives_attributions(pipeline: Language) -> None:
    doc = pipeline("The senator said on Tuesday that the vote would be delayed.")
    (found,) = learned_attributions(doc)
    assert doc.text[found.cue.start : found.cue.end].startswith("said")
    assert found.source is not None
    assert doc.text[found.source.start : found.source.end] == "The senator"
    assert [doc.text[p.start : p.end] for p in found.content] == ["that the vote would be delayed"]


@needs_model
def test_hybrid_gives_the_learned_spans_the_rules_record(pipeline: Language) -> None:
    doc = pipeline("The senator denied on Tuesday that the vote would be delayed.")
    (rule,) = doc._.attributions
    ((_, (merged,)),) = HybridExtractor()([doc])
    assert (merged.id, merged.stance) == (rule.id, "deny")
    assert merged.cue.text.startswith("denied")
    assert merged.content.text == "that the vote would be delayed"


@needs_model
def test_the_model_is_named_by_its_folder_and_a_hash_of_its_weights(tmp_path: Path) -> None:
    name, _, digest = model_id().partition("@")
    assert name == MODEL_DIR.name and len(digest) == 12
    copy = tmp_path / MODEL_DIR.name
    (copy / "ner").mkdir(parents=True)
    (copy / "ner" / "model").write_bytes(b"other weights")
    assert model_id(copy).partition("@")[0] == name
    assert model_id(copy) != model_id()


QUOTES = (
    '"We are ready," the mayor said. "The bridge opens on Monday." '
    "She thanked the crews, officials said. The council met on Friday."
)


def _in_quotes(label: str, fragment: str) -> TaggedSpan:
    return _found_in(QUOTES, label, fragment)


def test_linker_joins_a_quote_continued_after_its_cue(pipeline: Language) -> None:
    cut = _in_quotes("CONTENT", '"We are ready,"')
    source, cue = _in_quotes("SOURCE", "the mayor"), _in_quotes("CUE", "said")
    (found,) = learned_attributions(pipeline(QUOTES), spans=[cut, source, cue])
    assert found.content == (cut, _in_quotes("CONTENT", '"The bridge opens on Monday."'))


def test_linker_closes_a_quote_the_tagger_left_open(pipeline: Language) -> None:
    cut = _in_quotes("CONTENT", '"We are ready,"')
    source, cue = _in_quotes("SOURCE", "the mayor"), _in_quotes("CUE", "said")
    open_quote = _in_quotes("CONTENT", '"The bridge opens on Monday')
    found = learned_attributions(pipeline(QUOTES), spans=[cut, source, cue, open_quote])
    assert found[0].content == (cut, _in_quotes("CONTENT", '"The bridge opens on Monday."'))


def _spans(text: str, *labelled: tuple[str, str]) -> list[TaggedSpan]:
    return [_found_in(text, label, fragment) for label, fragment in labelled]


def _contents(text: str, found: LearnedAttribution) -> list[str]:
    return [text[piece.start : piece.end] for piece in found.content]


LINKED_CONTENTS = {
    "a content runs to the end of the quote it opens": (
        'She said: "We are ready. The bridge opens on Monday. Come and see." Then she left.',
        [("SOURCE", "She"), ("CUE", "said"), ("CONTENT", '"We are ready.')],
        ['"We are ready. The bridge opens on Monday. Come and see."'],
    ),
    "a stray piece before a cue that runs into its content is dropped": (
        "As a phone rang, Clinton said “It’s 3 a.m., and your children are asleep.”",
        [
            ("CONTENT", "As a phone rang"),
            ("SOURCE", "Clinton"),
            ("CUE", "said"),
            ("CONTENT", "“It’s 3 a.m., and your children are asleep.”"),
        ],
        ["“It’s 3 a.m., and your children are asleep.”"],
    ),
    "a piece before its cue that the cue's word governs is kept": (
        "The efforts are expected to continue until election day.",
        [
            ("CONTENT", "The efforts"),
            ("CUE", "are expected"),
            ("CONTENT", "to continue until election day"),
        ],
        ["The efforts", "to continue until election day"],
    ),
    "both sides of a parenthetical cue are kept": (
        "All of this, he acknowledges, could be undone at the ballot box.",
        [
            ("CONTENT", "All of this"),
            ("SOURCE", "he"),
            ("CUE", "acknowledges"),
            ("CONTENT", "could be undone at the ballot box"),
        ],
        ["All of this", "could be undone at the ballot box"],
    ),
    "a cut quote is continued only in its cue's paragraph": (
        '"We are ready," the mayor said.\n\n"The bridge opens on Monday." She thanked the crews.',
        [("CONTENT", '"We are ready,"'), ("SOURCE", "the mayor"), ("CUE", "said")],
        ['"We are ready,"'],
    ),
    # The tagger found the next paragraph's quote but not its cue: it is not the mayor's.
    "a cue keeps its own paragraph's pieces": (
        '"We are ready," the mayor said.\n\n"The bridge opens on Monday." The council met.',
        [
            ("CONTENT", '"We are ready,"'),
            ("SOURCE", "the mayor"),
            ("CUE", "said"),
            ("CONTENT", '"The bridge opens on Monday."'),
        ],
        ['"We are ready,"'],
    ),
}
"""Linker rules as (text, tagged spans, the content pieces linked to the one cue)."""


@pytest.mark.parametrize(
    ("text", "labelled", "expected"), LINKED_CONTENTS.values(), ids=LINKED_CONTENTS.keys()
)
def test_linker_links_the_content_pieces(
    pipeline: Language, text: str, labelled: list[tuple[str, str]], expected: list[str]
) -> None:
    (found,) = learned_attributions(pipeline(text), spans=_spans(text, *labelled))
    assert _contents(text, found) == expected


@pytest.mark.parametrize("tail", [", saving the city millions", ", which pleased the council"])
def test_linker_stops_a_content_where_the_tagger_did_before_a_clause_break(
    pipeline: Language, tail: str
) -> None:
    # The parse hangs the tail under the complement of "said"; the tagger left it out.
    text = f"Officials said the plan would cut costs{tail}."
    spans = _spans(text, ("SOURCE", "Officials"), ("CUE", "said"), ("CONTENT", "the plan would"))
    (stretched,) = learned_attributions(pipeline(text), spans=spans)
    assert _contents(text, stretched) == [f"the plan would cut costs{tail}"]
    spans[-1] = _found_in(text, "CONTENT", "the plan would cut costs")
    (kept,) = learned_attributions(pipeline(text), spans=spans)
    assert _contents(text, kept) == ["the plan would cut costs"]


def test_linker_keeps_a_cues_own_sentence_pieces(pipeline: Language) -> None:
    spans = [
        _in_quotes("CONTENT", "She thanked the crews"),
        _in_quotes("SOURCE", "officials"),
        _in_quotes("CUE", "said"),
        _in_quotes("CONTENT", "The council met on Friday"),
    ]
    spans[2] = TaggedSpan("CUE", QUOTES.index("said. The"), QUOTES.index("said. The") + 4)
    (found,) = learned_attributions(pipeline(QUOTES), spans=spans)
    assert found.content == (spans[0],)


def test_a_pytorch_trained_tagger_runs_natively_with_the_same_output(
    tmp_path: Path, pipeline: Language
) -> None:
    pytest.importorskip("torch", reason="PyTorch is not installed")
    import numpy
    from spacy.training import Example
    from spacy.util import load_config_from_str, load_model_from_config

    from reportedly.learned.layers import ENCODER, to_native

    config = build_config(Recipe(encoder="torch-bilstm", width=16))
    trained = load_model_from_config(load_config_from_str(config), auto_fill=True)
    article = read_article(list_articles(SPLIT)[0])
    docbin, _ = to_docbin(pipeline, [article], parsed=True)
    (doc,) = docbin.get_docs(trained.vocab)
    trained.initialize(lambda: [Example(tagger_input(doc), doc)])
    trained.to_disk(tmp_path / "torch")
    to_native(tmp_path / "torch", tmp_path / "native")
    native = spacy.load(tmp_path / "native")
    assert ENCODER in (tmp_path / "native" / "config.cfg").read_text()
    given = tagger_input(doc)
    vectors = [  # the tagger's view of each word: the encoder, then a linear layer of 64
        nlp.get_pipe("ner").model.get_ref("tok2vec").predict([given])  # type: ignore[attr-defined]
        for nlp in (trained, native)
    ]
    assert vectors[0].shape == (len(doc), 64)
    numpy.testing.assert_allclose(vectors[0], vectors[1], atol=1e-5)


def test_training_command_reports_bad_paths_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reportedly.learned.training import main

    no_split = ["--data", str(tmp_path), "--out", str(tmp_path / "model")]
    assert main([*no_split, "--features", "words", "--encoder", "cnn"]) == 2
    assert "not a benchmark split" in capsys.readouterr().err
    assert main(["--data", str(SPLIT.parent), "--out", str(tmp_path), "--score-only"]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    absent = tmp_path / "tuned.safetensors"
    assert main([*no_split, "--tuned", str(absent)]) == 2
    assert capsys.readouterr().err == f"error: {absent}: no such file\n"


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        ("Tea party activists also disputed the allegations on Monday.", "disputed", "deny"),
        ("The mayor did not dispute the figures.", "dispute", "assert"),
        ("A spokesman declined to comment on the report.", "declined", "decline"),
    ],
)
def test_a_learned_attribution_the_rules_did_not_read_takes_its_cue_s_stance(
    pipeline: Language, text: str, cue: str, stance: str
) -> None:
    found = LearnedAttribution(
        _found_in(text, "CUE", cue), None, (_found_in(text, "CONTENT", text.split()[-1]),), 0
    )
    (learned,) = to_attributions(pipeline(text), [found])
    assert learned.stance == stance
