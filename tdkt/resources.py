"""Files the project ships beside its code: ontology, taxonomy, saved queries, sample articles.

A wheel carries them under tdkt/resources/ (package data mapped from the
repository's top-level folders); a source checkout (an editable install) reads
them from those folders directly.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).parent / "resources"
_CHECKOUT = Path(__file__).resolve().parents[1]


def resource_path(relative: str) -> Path:
    """Path of a shipped file or folder, e.g. 'ontology/tdkt.ttl' or 'queries'."""
    for root in (_PACKAGED, _CHECKOUT):
        candidate = root / relative
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"tdkt resource {relative!r} is missing: reinstall the package (pip install .)")


def resource_text(relative: str) -> str:
    return resource_path(relative).read_text(encoding="utf-8")
