"""Fine-tuning the encoder (``learned.finetune``) and reading its layers back (``context``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from reportedly.bench.brat import GoldArticle, GoldAttribution, list_articles, read_article
from reportedly.errors import ModelMissingError
from reportedly.learned import context, finetune
from reportedly.learned.tagger import point_at_tuned_layers
from reportedly.learned.training import TUNED_KEY, Recipe, build_config

SPLIT = Path(__file__).resolve().parents[1] / "resources" / "learned" / "split"


def _article(text: str, *attributions: GoldAttribution) -> GoldArticle:
    return GoldArticle("a", text, "ann1", attributions)


def _at(text: str, fragment: str) -> tuple[tuple[int, int], ...]:
    start = text.index(fragment)
    return ((start, start + len(fragment)),)


TEXT = "The mayor said the bridge would reopen on Monday."
MAYOR = GoldAttribution(
    "E1", _at(TEXT, "The mayor"), _at(TEXT, "said"), _at(TEXT, "the bridge would reopen")
)
SOURCE_B, SOURCE_I, CUE_B, CUE_I, CONTENT_B, CONTENT_I = range(1, 7)


def test_pieces_label_their_word_pieces_b_then_i() -> None:
    offsets = [(0, 3), (4, 9), (10, 14), (15, 18), (19, 25), (26, 31), (32, 38), (39, 41)]
    labels = finetune.piece_labels(offsets, _article(TEXT, MAYOR))
    assert labels == [SOURCE_B, SOURCE_I, CUE_B, CONTENT_B, CONTENT_I, CONTENT_I, CONTENT_I, 0]


def test_a_piece_overlapping_an_earlier_one_is_dropped() -> None:
    inner = GoldAttribution("E2", (), _at(TEXT, "bridge"), _at(TEXT, "reopen"))
    offsets = [(0, 3), (4, 9), (10, 14), (15, 18), (19, 25), (26, 31), (32, 38)]
    labels = finetune.piece_labels(offsets, _article(TEXT, MAYOR, inner))
    assert labels == finetune.piece_labels(offsets, _article(TEXT, MAYOR))


def test_windows_cover_the_article_once_with_special_pieces(encoder: context.Encoder) -> None:
    article = _article(TEXT * 60, MAYOR)
    windows = finetune.article_windows(article, encoder)
    assert len(windows) > 1
    pieces = [i for w in windows for i in w.ids[1:-1]]
    assert pieces == encoder.tokenizer(article.text, add_special_tokens=False)["input_ids"]
    for window in windows:
        assert len(window.ids) == len(window.labels) <= context.WINDOW + 2
        assert window.ids[0] == encoder.tokenizer.cls_token_id
        assert window.labels[0] == window.labels[-1] == finetune.IGNORED
    assert windows[0].labels[1:5] == (SOURCE_B, SOURCE_I, CUE_B, CONTENT_B)


def test_fine_tuning_writes_layers_the_encoder_reads_back(
    encoder: context.Encoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import torch

    # One step at the real rate moves the weights less than half precision resolves.
    monkeypatch.setattr(finetune, "LEARN_RATE", 1e-2)
    monkeypatch.setattr(finetune, "WARMUP_STEPS", 1)
    article = read_article(list_articles(SPLIT)[0])
    out = tmp_path / context.TUNED_FILE
    scores = finetune.fine_tune([article] * 16, [article], out, epochs=1, log=lambda _: None)
    assert len(scores) == 3 and all(0.0 <= f <= 1.0 for f in scores)
    tuned = context.load_encoder.__wrapped__(str(out))
    package = encoder.model.state_dict()
    changed = tuned.model.state_dict()
    assert torch.equal(
        changed["embeddings.word_embeddings.weight"], package["embeddings.word_embeddings.weight"]
    )
    name = "encoder.layer.5.output.dense.weight"
    assert not torch.equal(changed[name], package[name].half().float())
    assert out.stat().st_size < 25_000_000  # half precision: the layers alone, no embeddings


def test_layers_of_another_encoder_are_refused(encoder: context.Encoder, tmp_path: Path) -> None:
    import torch
    from safetensors.torch import save_file

    wrong = tmp_path / context.TUNED_FILE
    save_file({"encoder.layer.0.extra": torch.zeros(2)}, str(wrong))
    with pytest.raises(ModelMissingError, match="not this encoder's layers"):
        context.load_tuned_layers(encoder.model, wrong)
    with pytest.raises(ModelMissingError):
        context.load_tuned_layers(encoder.model, tmp_path / "absent.safetensors")


def _tagger_config(tuned: str) -> Language:
    config = spacy.util.load_config_from_str(build_config(Recipe()))
    config["components"]["ner"]["model"]["tok2vec"]["embed"]["tuned"] = tuned
    return spacy.util.load_model_from_config(config, auto_fill=True)


@pytest.mark.parametrize(("named", "expected"), [("encoder.safetensors", True), ("", False)])
def test_a_tagger_reads_the_tuned_layers_in_its_own_folder(
    named: str, expected: bool, tmp_path: Path
) -> None:
    tagger = _tagger_config(named)
    found = point_at_tuned_layers(tagger, tmp_path)
    assert found == (str(tmp_path / named) if expected else "")
    layers = [n for n in tagger.get_pipe("ner").model.walk() if n.name == context.CONTEXT_LAYER]
    assert [n.attrs["tuned"] for n in layers] == [found]


def test_the_training_config_names_the_tuned_layers() -> None:
    config = spacy.util.load_config_from_str(build_config(Recipe()))
    section, key = TUNED_KEY.rsplit(".", 1)
    block = config
    for part in section.split("."):
        block = block[part]
    assert block[key] == ""
