"""``python -m reportedly``: the same command line as the ``reportedly`` script."""

from __future__ import annotations

import sys

from reportedly.cli import main

if __name__ == "__main__":
    sys.exit(main())
