"""The tagger's own network layers, registered with spaCy so a saved model loads.

``reportedly.BiLSTMEncoder.v1`` is spaCy's BiLSTM encoder built on thinc's native LSTM
instead of PyTorch's: the same network (each word reads the whole article in both
directions), with no PyTorch to install. On this machine it trains as fast as the PyTorch
layer; it predicts about six times slower, still far faster than the parse it follows.
"""

from __future__ import annotations

from spacy.util import registry
from thinc.api import LSTM, Model, with_padded
from thinc.types import Floats2d


def bilstm_encoder(width: int, depth: int, dropout: float) -> Model[list[Floats2d], list[Floats2d]]:
    """``depth`` bidirectional LSTM layers of ``width`` outputs (half each direction)."""
    encoder: Model[list[Floats2d], list[Floats2d]] = with_padded(
        LSTM(width, width, bi=True, depth=depth, dropout=dropout)
    )
    return encoder


registry.architectures.register("reportedly.BiLSTMEncoder.v1", func=bilstm_encoder)
