"""The installed package's version, without importing the analysis stack."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def package_version() -> str:
    """The installed package's version (``0+unknown`` when run from an uninstalled tree)."""
    try:
        return version("reportedly")
    except PackageNotFoundError:
        return "0+unknown"
