"""Attribution extraction: Doc -> sources and attributions (who says what, through whom).

The stage reads spaCy's parse and the tables in ``reportedly.lang.en``; see
``extract`` for the steps.
"""

from __future__ import annotations

from reportedly.attribution.extract import extract_attributions

__all__ = ["extract_attributions"]
