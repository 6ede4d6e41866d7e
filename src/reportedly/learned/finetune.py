"""Fine-tune the pretrained encoder on PolNeAR before the tagger reads its vectors.

The tagger reads the MiniLM encoder's hidden states as frozen features (``learned.context``);
pretrained on sentence similarity, those states know words and phrasing but not which of
them are a source, a cue or a content. This first stage teaches them: the encoder's six
transformer layers and a linear head are trained as a word-piece BIO tagger of the three
roles on PolNeAR train (the word-piece embeddings stay frozen, so only the layers need
storing), and the layers of the epoch with the best dev role F1 are written in half
precision (``context.save_tuned_layers``). The tagger then trains on the tuned encoder's
vectors; the head is only a means and is not kept.

Articles are cut into consecutive windows of ``context.WINDOW`` word pieces (no overlap:
every piece is a training target once an epoch). A gold piece labels the word pieces it
overlaps; a piece overlapping an earlier one is dropped, as in the tagger's corpus
(``learned.corpus``). About 2.5 s a step of 16 windows on 2 CPU threads: 7 epochs of
PolNeAR train (3,629 windows) take about 70 minutes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy

from reportedly.bench.brat import GoldArticle
from reportedly.learned import context
from reportedly.learned.corpus import LABELS, role_pieces

OUTSIDE = 0
"""The label of a word piece outside every role piece; role k (``LABELS``) is B = 2k + 1,
I = 2k + 2."""
IGNORED = -100
"""The label of the special pieces around a window (no loss: PyTorch's ignore index)."""
EPOCHS = 7
"""On PolNeAR dev the word-piece F1 rose to epoch 6 of 7 (mean 81.9, against 81.5 after 4
epochs of a 4-epoch run); the best epoch is kept."""
BATCH = 16
LEARN_RATE = 1e-4
"""The encoder layers' learning rate: on PolNeAR dev, 1e-4 reached after 2 epochs the word-piece
F1 that 5e-5 (the top of the BERT paper's range) reached after 4, and went on rising."""
HEAD_LEARN_RATE = 1e-3
"""The new head's learning rate: it starts from random weights."""
WARMUP_STEPS = 100
"""Steps of linear warm-up, then a linear decay to 0 at the last step."""
WEIGHT_DECAY = 0.01


@dataclass(frozen=True, slots=True)
class Window:
    """One training window: its word piece ids and labels, special pieces included."""

    ids: tuple[int, ...]
    labels: tuple[int, ...]


def piece_labels(offsets: Sequence[tuple[int, int]], article: GoldArticle) -> list[int]:
    """The BIO label of each word piece (by character offsets) of the article's text."""
    starts = numpy.array([start for start, _ in offsets])
    ends = numpy.array([end for _, end in offsets])
    labels = numpy.full(len(offsets), OUTSIDE)
    taken = numpy.zeros(len(offsets), dtype=bool)
    for piece in role_pieces(article.attributions):
        inside = (starts < piece.end) & (ends > piece.start)
        if not inside.any() or taken[inside].any():
            continue
        begin = 2 * LABELS.index(piece.label) + 1
        labels[inside] = begin + 1
        labels[numpy.argmax(inside)] = begin
        taken |= inside
    return [int(label) for label in labels]


def article_windows(article: GoldArticle, encoder: context.Encoder) -> list[Window]:
    """The article's consecutive windows of word pieces with their labels."""
    encoded = encoder.tokenizer(article.text, add_special_tokens=False, return_offsets_mapping=True)
    ids, labels = encoded["input_ids"], piece_labels(encoded["offset_mapping"], article)
    return [
        Window(
            tuple(encoder.framed(ids[start : start + context.WINDOW])),
            (IGNORED, *labels[start : start + context.WINDOW], IGNORED),
        )
        for start in range(0, len(ids), context.WINDOW)
    ]


def batch_tensors(windows: Sequence[Window]) -> tuple[Any, Any, Any]:
    """Padded ids, attention mask and labels of the windows, as tensors."""
    rows = [w.ids for w in windows]
    return (
        context.padded(rows),
        context.padded_mask(rows),
        context.padded([w.labels for w in windows], IGNORED),
    )


def role_f1(model: Any, head: Any, windows: Sequence[Window]) -> tuple[float, ...]:
    """Word-piece F1 of each role (B and I count alike), model and head in eval mode."""
    import torch

    model.eval()
    head.eval()
    counts = numpy.zeros((len(LABELS) + 1, 3))  # per role id: true pos., false pos., false neg.
    with torch.inference_mode():
        for first in range(0, len(windows), 2 * BATCH):
            ids, mask, labels = batch_tensors(windows[first : first + 2 * BATCH])
            predicted = head(model(input_ids=ids, attention_mask=mask).last_hidden_state)
            scored = labels != IGNORED
            guess = ((predicted.argmax(-1) + 1) // 2)[scored].numpy()
            gold = ((labels + 1) // 2)[scored].numpy()
            for role in range(1, len(LABELS) + 1):
                counts[role] += [
                    ((guess == role) & (gold == role)).sum(),
                    ((guess == role) & (gold != role)).sum(),
                    ((guess != role) & (gold == role)).sum(),
                ]
    model.train()
    head.train()
    tp, fp, fn = counts[1:].T
    return tuple(float(f) for f in 2 * tp / numpy.maximum(2 * tp + fp + fn, 1))


def fine_tune(
    train: Sequence[GoldArticle],
    dev: Sequence[GoldArticle],
    out: Path,
    *,
    epochs: int = EPOCHS,
    seed: int = 13,
    log: Callable[[str], None] = print,
) -> tuple[float, ...]:
    """Fine-tune the package's encoder on ``train``, store at ``out`` the layers of the epoch
    with the best mean dev role F1 (``context.TUNED_FILE``), and return those F1s."""
    import torch

    torch.manual_seed(seed)
    shuffle = numpy.random.default_rng(seed)
    encoder = context.load_encoder()
    model = copy.deepcopy(encoder.model).train()
    for name, weights in model.named_parameters():
        weights.requires_grad = name.startswith(context.TUNED_PREFIX)
    head = torch.nn.Linear(context.WIDTH, 2 * len(LABELS) + 1)
    train_windows = [w for a in train for w in article_windows(a, encoder)]
    dev_windows = [w for a in dev for w in article_windows(a, encoder)]
    layers = [w for w in model.parameters() if w.requires_grad]
    groups: list[dict[str, Any]] = [
        {"params": layers, "lr": LEARN_RATE},
        {"params": list(head.parameters())},
    ]
    optimizer = torch.optim.AdamW(
        groups,
        lr=HEAD_LEARN_RATE,
        weight_decay=WEIGHT_DECAY,
    )
    steps_per_epoch = len(train_windows) // BATCH
    total = epochs * steps_per_epoch
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, (step + 1) / WARMUP_STEPS) * max(0.0, 1 - step / total)
    )
    best: tuple[float, ...] = ()
    for epoch in range(1, epochs + 1):
        order = shuffle.permutation(len(train_windows))
        for step in range(steps_per_epoch):
            chosen = order[step * BATCH : (step + 1) * BATCH]
            ids, mask, labels = batch_tensors([train_windows[i] for i in chosen])
            scores = head(model(input_ids=ids, attention_mask=mask).last_hidden_state)
            loss = torch.nn.functional.cross_entropy(
                scores.flatten(0, 1), labels.flatten(), ignore_index=IGNORED
            )
            optimizer.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            torch.nn.utils.clip_grad_norm_(layers, 1.0)
            optimizer.step()
            schedule.step()
        scores_f1 = role_f1(model, head, dev_windows)
        log(f"epoch {epoch}: dev word-piece F1 " + " / ".join(f"{100 * f:.1f}" for f in scores_f1))
        if not best or sum(scores_f1) > sum(best):
            best = scores_f1
            context.save_tuned_layers(model, out)
    return best
