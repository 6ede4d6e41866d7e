"""The tagger's own network layers, registered with spaCy so a saved model loads.

``reportedly.BiLSTMEncoder.v1`` is spaCy's BiLSTM encoder built on thinc's native LSTM
instead of PyTorch's: the same network (each word reads the whole article in both
directions), with no PyTorch to install. ``to_native`` turns a pipeline trained with
spaCy's PyTorch encoder into one that uses it, weights unchanged: a single Doc gets the
same output from both (to float precision). Batches differ: thinc's PyTorch wrapper runs
the backward direction over the padding of shorter Docs, the native layer does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import numpy
from spacy.util import registry
from thinc.api import LSTM, Model, with_padded
from thinc.types import Floats1d, Floats2d

ENCODER = "reportedly.BiLSTMEncoder.v1"
TORCH_GATES = (1, 0, 3, 2)
"""PyTorch stacks an LSTM's gate weights as (input, forget, cell, output); thinc's native
kernel reads them as (forget, input, output, cell): the torch chunks in this order."""


def bilstm_encoder(width: int, depth: int, dropout: float) -> Model[list[Floats2d], list[Floats2d]]:
    """``depth`` bidirectional LSTM layers of ``width`` outputs (half each direction)."""
    encoder: Model[list[Floats2d], list[Floats2d]] = with_padded(
        LSTM(width, width, bi=True, depth=depth, dropout=dropout)
    )
    return encoder


registry.architectures.register(ENCODER, func=bilstm_encoder)


def to_native(trained: Path, out: Path) -> None:
    """Write the pipeline at ``trained`` (its ``ner`` on spaCy's PyTorch BiLSTM encoder) to
    ``out`` with the native encoder and the same weights. Needs torch installed."""
    import spacy
    from spacy.util import load_config

    nlp = spacy.load(trained)
    config = load_config(trained / "config.cfg")
    block = config["components"]["ner"]["model"]
    block["tok2vec"]["encode"]["@architectures"] = ENCODER
    ner = nlp.get_pipe("ner")
    native = registry.resolve({"model": block})["model"]
    _copy_weights(ner.model, native)  # type: ignore[attr-defined]
    ner.model = native  # type: ignore[attr-defined]
    nlp.to_disk(out)
    config.to_disk(out / "config.cfg")


def _copy_weights(source: Model[Any, Any], target: Model[Any, Any]) -> None:
    """Dimensions, parameters and attributes node by node, the PyTorch LSTM converted.

    The trees differ only there: spaCy's encoder is ``with_padded(with_padded(pytorch))``
    and the native one ``with_padded(lstm)``: the inner wrapper pairs with ``lstm``."""
    nodes = [node for node in source.walk() if node.name != "pytorch"]
    targets = list(target.walk())
    if len(nodes) != len(targets):
        raise ValueError("the trained model is not the native model's PyTorch twin")
    for node, twin in zip(nodes, targets, strict=True):
        if node.name == "with_padded(pytorch)":
            twin.set_param("LSTM", _native_weights(node.layers[0].shims[0]._model))
            depth, dirs = twin.get_dim("depth"), twin.get_dim("dirs")
            twin.set_param("HC0", twin.ops.alloc4f(2, depth, dirs, twin.get_dim("nO") // dirs))
            continue
        for dim in node.dim_names:
            if node.has_dim(dim) is True and twin.has_dim(dim) is not False:
                twin.set_dim(dim, node.get_dim(dim), force=True)
        for param in node.param_names:
            if node.has_param(param):
                twin.set_param(param, node.get_param(param))
        twin.attrs.update(node.attrs)


def _native_weights(torch_lstm: Any) -> Floats1d:
    """The weights of a ``torch.nn.LSTM`` as one array in the native layer's order."""
    directions = ("", "_reverse") if torch_lstm.bidirectional else ("",)
    parts: list[Any] = []
    for layer in range(torch_lstm.num_layers):
        for suffix in directions:
            for name in ("weight_ih", "bias_ih", "weight_hh", "bias_hh"):
                weights = getattr(torch_lstm, f"{name}_l{layer}{suffix}").detach().numpy()
                gates = numpy.split(weights, 4, axis=0)
                parts.extend(gates[g].ravel() for g in TORCH_GATES)
    return cast(Floats1d, numpy.concatenate(parts).astype("float32"))
