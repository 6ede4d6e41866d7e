"""Train the learned attribution tagger on PolNeAR train, select it on dev, print dev scores.

``python -m reportedly.learned.training --data DIR --out src/reportedly/models/attribution_<date>``

1. parses ``DIR/train`` and ``DIR/dev`` (brat standoff, see ``bench.brat``) with the main
   pipeline and stores them as spaCy DocBins with SOURCE / CUE / CONTENT entities
   (``learned.corpus``): the tagger reads the parse's lemmas, tags and dependency labels;
2. fine-tunes the pretrained MiniLM encoder's layers on train, selected on dev
   (``learned.finetune``; ``--tune-epochs 0`` skips it, ``--tuned FILE`` reuses layers
   fine-tuned before);
3. trains a spaCy pipeline of one transition-based ``ner`` with its own tok2vec (hash
   embeddings of the words and the parse beside the frozen contextual vectors of that
   encoder, ``learned.context``; then a 2-layer BiLSTM over the whole article), fixed seed,
   keeping the step with the best dev entity F1 (spaCy's ``model-best``). Training needs
   PyTorch, transformers and the encoder's package (dependencies of reportedly); the
   BiLSTM trains with PyTorch and is converted to thinc's native LSTM (``layers.to_native``);
4. writes that pipeline to ``--out`` with the tuned layers (``context.TUNED_FILE``) and
   scores its attributions on dev with the project's PolNeAR scorer (``learned.evaluate``),
   printing the table and writing ``dev_scores.json``.

The hyper-parameters in ``CONFIG`` are spaCy's defaults for a small NER except where a
comment says otherwise. ``--features parse`` trains the previous release's tagger (no
pretrained encoder: it runs without PyTorch), ``--features words --encoder cnn`` the first
one (words only, a 4-layer CNN of 4 words of context each side), for comparison.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import spacy
from spacy.util import load_config, load_config_from_str, load_model_from_config

from reportedly.bench.brat import GoldArticle
from reportedly.bench.polnear import load_split
from reportedly.errors import DependencyMissingError, NotFoundError, ReportedlyError
from reportedly.learned import context, finetune
from reportedly.learned.corpus import Conversion, to_docbin
from reportedly.learned.layers import to_native
from reportedly.nlp import load_bare

SEED = 13
WINDOW_SIZE = 1
"""Neighbours on each side each CNN layer reads (4 layers: 4 words of context each side)."""
MAX_EPOCHS = 10
"""Training epochs at most. On PolNeAR dev the entity F1 peaked at epoch 4 (step 2,100) and
did not improve in the 11 epochs run; ``PATIENCE`` stops the run well before this."""
PATIENCE = 1500
"""Steps without a better dev entity F1 before training stops (five evaluations)."""

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["ner"]
batch_size = 64

[components]

[components.ner]
factory = "ner"
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden_width}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.ner.model.tok2vec.embed]
@architectures = "{embed}"
width = {width}
attrs = {attrs}
# NORM rows doubled from spaCy's 5000: cue and source words are a long tail.
rows = {rows}
{embed_options}

[components.ner.model.tok2vec.encode]
{encoder}

[corpora]

[corpora.train]
@readers = "{reader}"
path = ${{paths.train}}

[corpora.dev]
@readers = "{reader}"
path = ${{paths.dev}}

[training]
seed = ${{system.seed}}
dropout = {dropout}
patience = {patience}
max_epochs = {max_epochs}
max_steps = 0
# About one evaluation per epoch (840 articles in batches of about 2,000 words).
eval_frequency = 300
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
size = 2000

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0

[initialize]
"""


ENCODERS = {
    # 4 layers of CNN: each word reads WINDOW_SIZE words each side per layer.
    "cnn": """@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = 4
window_size = {window_size}
maxout_pieces = 3""",
    # LSTM_DEPTH layers of bidirectional LSTM: each word reads the whole article.
    "bilstm": """@architectures = "reportedly.BiLSTMEncoder.v1"
width = {width}
depth = {lstm_depth}
dropout = 0.0""",
    # The same network trained with PyTorch's LSTM (needs torch to train, not to run: the
    # trained weights are converted to the native layer, see ``layers.to_native``).
    "torch-bilstm": """@architectures = "spacy.TorchBiLSTMEncoder.v1"
width = {width}
depth = {lstm_depth}
dropout = 0.0""",
}
"""The tagger's context encoders by name (``--encoder``)."""
TRAINED_WITH_TORCH = frozenset({"torch-bilstm"})
"""Encoders trained with PyTorch and shipped converted to the native layer."""
DEFAULT_ENCODER = "torch-bilstm"
WIDTH = 128
"""Width of the word vectors and of the encoder's output."""
LSTM_DEPTH = 2
"""Layers of the BiLSTM encoders (the CNN has 4)."""
HIDDEN_WIDTH = 64
"""Width of the transition-based head's hidden layer (spaCy's default)."""
DROPOUT = 0.1
"""Dropout during training (spaCy's default)."""


TUNE_EPOCHS = finetune.EPOCHS
"""Epochs of fine-tuning the encoder before the tagger trains (``learned.finetune``; 0: the
tagger reads the package's encoder as it is)."""

HASH_EMBED = "spacy.MultiHashEmbed.v2"
EMBED_OPTIONS = {HASH_EMBED: "include_static_vectors = false", context.EMBED: ""}
"""Options of each embedding architecture beyond width, attributes and rows."""


@dataclass(frozen=True, slots=True)
class Features:
    """What the tagger reads of each token: hashed attributes (with their table rows), the
    embedding that reads them, and the training reader that gives it documents carrying
    them."""

    attrs: tuple[str, ...]
    rows: tuple[int, ...]
    reader: str
    parsed: bool
    embed: str = HASH_EMBED


PARSE_FEATURES = Features(
    ("NORM", "PREFIX", "SUFFIX", "SHAPE", "LEMMA", "TAG", "DEP"),
    (10000, 1000, 2500, 2500, 5000, 200, 200),
    "reportedly.ParsedCorpus.v1",
    True,
)
FEATURES = {
    "words": Features(
        ("NORM", "PREFIX", "SUFFIX", "SHAPE"), (10000, 1000, 2500, 2500), "spacy.Corpus.v1", False
    ),
    # The main pipeline's analysis as well: lemmas group a cue verb's forms, and tags and
    # dependency labels mark the clause a content spans ("that", ccomp, the punctuation).
    "parse": PARSE_FEATURES,
    # The parse, and the pretrained encoder's contextual vectors (``learned.context``).
    "parse+context": replace(PARSE_FEATURES, embed=context.EMBED),
}
"""The tagger's feature sets by name (``--features``)."""
DEFAULT_FEATURES = "parse+context"


@dataclass(frozen=True, slots=True)
class Corpus:
    """The DocBin files written for training and what their conversion counted."""

    train: Path
    dev: Path
    train_counts: Conversion
    dev_counts: Conversion


@dataclass(frozen=True, slots=True)
class Recipe:
    """The choices a training run makes (the defaults give the shipped model)."""

    seed: int = SEED
    tune_epochs: int = TUNE_EPOCHS
    tuned: Path | None = None
    max_epochs: int = MAX_EPOCHS
    window_size: int = WINDOW_SIZE
    features: Features = FEATURES[DEFAULT_FEATURES]
    encoder: str = DEFAULT_ENCODER
    width: int = WIDTH
    lstm_depth: int = LSTM_DEPTH
    hidden_width: int = HIDDEN_WIDTH
    dropout: float = DROPOUT


def build_config(recipe: Recipe = Recipe()) -> str:
    """The complete training config (spaCy's defaults filled in) as text."""
    text = CONFIG.format(
        seed=recipe.seed,
        max_epochs=recipe.max_epochs,
        encoder=ENCODERS[recipe.encoder].format(
            window_size=recipe.window_size, width=recipe.width, lstm_depth=recipe.lstm_depth
        ),
        width=recipe.width,
        hidden_width=recipe.hidden_width,
        dropout=recipe.dropout,
        patience=PATIENCE,
        attrs=json.dumps(list(recipe.features.attrs)),
        rows=json.dumps(list(recipe.features.rows)),
        reader=recipe.features.reader,
        embed=recipe.features.embed,
        embed_options=EMBED_OPTIONS[recipe.features.embed],
    )
    config = load_config_from_str(text)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    filled: str = nlp.config.to_str()
    return filled


SPLITS = ("train", "dev")
"""The PolNeAR splits training reads: it learns from the first and selects on the second."""
Splits = dict[str, Sequence[GoldArticle]]


def read_splits(data: Path) -> Splits:
    """The gold articles of the train and dev splits of ``data``."""
    return {split: load_split(data / split)[0] for split in SPLITS}


def write_corpus(splits: Splits, workdir: Path, *, parsed: bool) -> Corpus:
    """Convert the train and dev articles to DocBins under ``workdir``, parsed by the main
    pipeline when the features need it."""
    nlp = load_bare() if parsed else spacy.blank("en")
    paths: dict[str, Path] = {}
    counts: dict[str, Conversion] = {}
    for split, articles in splits.items():
        docbin, counts[split] = to_docbin(nlp, articles, parsed=parsed)
        paths[split] = workdir / f"{split}.spacy"
        docbin.to_disk(paths[split])
    return Corpus(paths["train"], paths["dev"], counts["train"], counts["dev"])


def train(data: Path, out: Path, recipe: Recipe = Recipe()) -> Corpus:
    """Convert, train and copy the dev-selected pipeline to ``out``."""
    from spacy.cli.train import train as spacy_train

    torch_needed = recipe.encoder in TRAINED_WITH_TORCH
    if torch_needed and importlib.util.find_spec("torch") is None:
        raise DependencyMissingError("torch")
    if recipe.features.embed == context.EMBED and (missing := context.missing_modules()):
        raise DependencyMissingError(", ".join(missing))
    if recipe.tuned is not None and not recipe.tuned.is_file():
        raise NotFoundError(str(recipe.tuned))

    with tempfile.TemporaryDirectory(prefix="reportedly-train-") as tmp:
        workdir = Path(tmp)
        config_path = workdir / "config.cfg"
        config_path.write_text(build_config(recipe), encoding="utf-8")
        splits = read_splits(data)
        corpus = write_corpus(splits, workdir, parsed=recipe.features.parsed)
        print(f"train: {corpus.train_counts}\ndev: {corpus.dev_counts}", flush=True)
        overrides = {"paths.train": str(corpus.train), "paths.dev": str(corpus.dev)}
        tuned = _tuned_layers(splits, workdir, recipe)
        if tuned is not None:
            overrides[TUNED_KEY] = str(tuned)
        spacy_train(config_path, workdir / "output", overrides=overrides)
        if out.exists():
            shutil.rmtree(out)
        best = workdir / "output" / "model-best"
        if torch_needed:
            to_native(best, out)
        else:
            shutil.copytree(best, out)
        if tuned is not None:
            _ship_tuned_layers(tuned, out)
    return corpus


TUNED_KEY = "components.ner.model.tok2vec.embed.tuned"
"""Where the config names the fine-tuned encoder layers the tagger reads."""


def _tuned_layers(splits: Splits, workdir: Path, recipe: Recipe) -> Path | None:
    """The fine-tuned encoder layers for the tagger: ``recipe.tuned`` if given, else those
    fine-tuned here on ``splits`` (none when the tagger reads no encoder or 0 epochs)."""
    if recipe.features.embed != context.EMBED:
        return None
    if recipe.tuned is not None:
        return recipe.tuned
    if recipe.tune_epochs == 0:
        return None
    tuned = workdir / context.TUNED_FILE
    print(f"fine-tuning the encoder, {recipe.tune_epochs} epochs", flush=True)
    finetune.fine_tune(
        splits["train"], splits["dev"], tuned, epochs=recipe.tune_epochs, seed=recipe.seed
    )
    return tuned


def _ship_tuned_layers(tuned: Path, out: Path) -> None:
    """Copy the tuned layers into the tagger's folder, its config naming them there."""
    shutil.copyfile(tuned, out / context.TUNED_FILE)
    config = load_config(out / "config.cfg")
    config["components"]["ner"]["model"]["tok2vec"]["embed"]["tuned"] = context.TUNED_FILE
    config.to_disk(out / "config.cfg")


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: train (unless ``--score-only``), then score the model on dev."""
    parser = argparse.ArgumentParser(prog="python -m reportedly.learned.training")
    parser.add_argument("--data", required=True, type=Path, help="the PolNeAR data directory")
    parser.add_argument("--out", required=True, type=Path, help="where the model is written")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--tune-epochs", type=int, default=TUNE_EPOCHS, help="encoder fine-tuning epochs (0: none)"
    )
    parser.add_argument(
        "--tuned", type=Path, help="fine-tuned encoder layers to use instead of fine-tuning"
    )
    parser.add_argument("--max-epochs", type=int, default=MAX_EPOCHS)
    parser.add_argument("--window-size", type=int, default=WINDOW_SIZE)
    parser.add_argument("--features", choices=sorted(FEATURES), default=DEFAULT_FEATURES)
    parser.add_argument("--encoder", choices=sorted(ENCODERS), default=DEFAULT_ENCODER)
    parser.add_argument("--width", type=int, default=WIDTH)
    parser.add_argument("--lstm-depth", type=int, default=LSTM_DEPTH)
    parser.add_argument("--hidden-width", type=int, default=HIDDEN_WIDTH)
    parser.add_argument("--dropout", type=float, default=DROPOUT)
    parser.add_argument("--score-only", action="store_true", help="score an existing --out")
    args = parser.parse_args(argv)
    try:
        _run(args)
    except ReportedlyError as error:  # a bad --data or --out: one line, no traceback
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def _run(args: argparse.Namespace) -> None:
    if not args.score_only:
        recipe = Recipe(
            seed=args.seed,
            tune_epochs=args.tune_epochs,
            tuned=args.tuned,
            max_epochs=args.max_epochs,
            window_size=args.window_size,
            features=FEATURES[args.features],
            encoder=args.encoder,
            width=args.width,
            lstm_depth=args.lstm_depth,
            hidden_width=args.hidden_width,
            dropout=args.dropout,
        )
        train(args.data, args.out, recipe)
    from reportedly.learned.evaluate import print_dev_scores

    scores = print_dev_scores(args.data, args.out)
    (args.out / "dev_scores.json").write_text(json.dumps(scores, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
