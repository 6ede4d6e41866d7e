"""The public surface is pinned: ``reportedly.__all__`` is sorted and every name imports."""

from __future__ import annotations

import reportedly


def test_all_is_sorted() -> None:
    assert reportedly.__all__ == sorted(reportedly.__all__)


def test_all_has_no_duplicates() -> None:
    assert len(set(reportedly.__all__)) == len(reportedly.__all__)


def test_every_exported_name_exists() -> None:
    missing = [name for name in reportedly.__all__ if not hasattr(reportedly, name)]
    assert missing == []


def test_exported_members_belong_to_reportedly() -> None:
    """Every exported class and function is defined in the package (not re-exported)."""
    for name in reportedly.__all__:
        member = getattr(reportedly, name)
        if callable(member):
            assert member.__module__.startswith("reportedly"), name


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from reportedly import *", namespace)
    namespace.pop("__builtins__")
    assert sorted(namespace) == sorted(reportedly.__all__)
