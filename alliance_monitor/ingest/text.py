"""Small text helpers shared by the ingest modules."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The blank-separated words of `text`, as a set (word lists are easier to read and edit as text)."""
    return frozenset(text.split())
