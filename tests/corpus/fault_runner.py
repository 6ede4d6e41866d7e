"""The command line in a subprocess, with the hooks the fault tests (``test_faults.py``)
need to cause a fault at a chosen moment:

    python fault_runner.py [--batch N] [--announce] [--hold-after K --release FILE]
                           [--file-limit BYTES] reportedly ARGS...

- ``--batch N``: write N reports per transaction (``corpus.job.BATCH_ARTICLES``), so that a
  short input is written in several batches;
- ``--announce``: print ``writing N`` before and ``written N`` after every batch written, on
  stderr, so that a test can kill the process at a known moment;
- ``--hold-after K --release FILE``: after the K-th batch, wait until FILE exists (at most
  ``HOLD_SECONDS``), so that a test can act while the writer holds the store;
- ``--file-limit BYTES``: no file of this process may grow past BYTES (``RLIMIT_FSIZE``,
  with ``SIGXFSZ`` ignored, so that a write fails with ``EFBIG`` as on a full disk); the
  language identifier, which unpacks its model into a temporary file, is loaded first.

Then ``reportedly.cli.main(ARGS)`` runs, and its exit code is this process's.
"""

from __future__ import annotations

import argparse
import resource
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportedly import cli
from reportedly.corpus import job, store

HOLD_SECONDS = 60.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=None)
    parser.add_argument("--announce", action="store_true")
    parser.add_argument("--hold-after", type=int, default=None)
    parser.add_argument("--release", type=Path, default=None)
    parser.add_argument("--file-limit", type=int, default=None)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.batch is not None:
        job.BATCH_ARTICLES = args.batch
    if args.announce or args.hold_after is not None:
        _hook_writes(args.announce, args.hold_after, args.release)
    if args.file_limit is not None:
        _limit_files(args.file_limit)
    command = args.command[1:] if args.command[:1] == ["reportedly"] else args.command
    return cli.main(command)


def _hook_writes(announce: bool, hold_after: int | None, release: Path | None) -> None:
    write = store.Store.write
    batches = 0

    def hooked(self: store.Store, items: Sequence[Any], run: int) -> None:
        nonlocal batches
        if announce:
            print(f"writing {len(items)}", file=sys.stderr, flush=True)
        write(self, items, run)
        batches += 1
        if announce:
            print(f"written {len(items)}", file=sys.stderr, flush=True)
        if batches == hold_after and release is not None:
            deadline = time.monotonic() + HOLD_SECONDS
            while not release.exists() and time.monotonic() < deadline:
                time.sleep(0.02)

    store.Store.write = hooked  # type: ignore[method-assign]


def _limit_files(limit: int) -> None:
    from reportedly.ingest.language import detect_language

    detect_language("The minister said on Monday that the talks had failed.")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


if __name__ == "__main__":
    raise SystemExit(main())
