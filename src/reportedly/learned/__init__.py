"""A learned attribution tagger trained on PolNeAR, and its merge with the rules.

- ``corpus``: PolNeAR brat standoff -> spaCy docs with SOURCE / CUE / CONTENT entities;
- ``training``: convert, train (``python -m reportedly.learned.training``), score on dev;
- ``tagger``: the shipped model (``models/attribution_<date>/``): ``predict`` spans and
  ``learned_attributions`` that link them into attributions;
- ``hybrid``: learned attributions as ``Attribution`` records, merged with the rules';
- ``evaluate``: every variant through the PolNeAR scorer of ``bench.polnear``.

Nothing here is imported by the rules pipeline; spaCy loads the model on first use.
"""
