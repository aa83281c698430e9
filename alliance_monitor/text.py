"""Unicode form of text that comes from outside the data (kept free of heavy imports: the CLI and app use it)."""

from __future__ import annotations

import unicodedata


def normalise_text(value: str) -> str:
    """`value` in Unicode NFC: the one form the data is stored in (README, "The data").

    Text typed or pasted in decomposed form (NFD: "s" + combining caron for "š", as some systems paste it) looks
    the same but compares unequal; every value that comes from outside (a URL parameter, a search box, an
    article) goes through this before it is compared with the data. Shape: str -> str of the same meaning; the
    length in code points may change, so offsets must be computed after it, never before.
    """
    return value if value.isascii() else unicodedata.normalize("NFC", value)
