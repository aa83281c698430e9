"""Versioned links: the notice a view shows when its link was made on another version of the data.

A view's link carries the dataset version it was made on; when the data served is another version, the view
still opens (the filters are the same words) but says so, names both versions and says where to see what changed
(changelog.yaml, shown on the dashboard). Pure functions: the page reads the link's parameter and renders the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from alliance_monitor.models import ChangelogEntry, version_key

LINK_PARAMETER = "data"
"""The suggested query parameter of a view's link that holds the data version (`?data=0.1.0`)."""

CHANGES_AT = "the dataset's changelog (Sources & method page, Dataset section)"
"""Where a reader sees what changed between versions, as the notice says it (the page may pass its own words)."""

_SHOWN = 40
"""A link's version longer than this is cut in the notice (links come from anywhere)."""


def changes_between(changelog: Sequence[ChangelogEntry], old: str, new: str) -> list[ChangelogEntry]:
    """The changelog entries after version `old` up to and including `new` (newest first); when `old` is newer
    than `new` (a link from a later version), the entries after `new` up to `old` that this changelog lists.
    ValueError if either is not a MAJOR.MINOR.PATCH version."""
    low, high = sorted((version_key(old), version_key(new)))
    return [e for e in changelog if low < version_key(e.version) <= high]


def _shown(version: str) -> str:
    printable = "".join(ch if ch.isprintable() else "\N{REPLACEMENT CHARACTER}" for ch in version)
    return repr(printable if len(printable) <= _SHOWN else printable[: _SHOWN - 1] + "…")


def version_notice(link_version: str | None, dataset_version: str, changelog: Sequence[ChangelogEntry] = (),
                   changes_at: str = CHANGES_AT) -> str | None:
    """The notice for a view opened from a link made on `link_version`, or None when there is nothing to say.

    None when the link names no version (an old link, or one typed by hand) or the one served. Otherwise one
    paragraph naming both versions, whether the link's is older or newer, the versions in between with their
    summaries (from `changelog`, newest first, at most three named) and where to see what changed (`changes_at`).
    A value that is not a version (anything can be typed in a link) is named, cut to 40 printable characters,
    as not a version of this dataset.
    """
    if link_version is None or not link_version.strip():
        return None
    wanted = link_version.strip()
    if wanted == dataset_version:
        return None
    try:
        between = changes_between(changelog, wanted, dataset_version)
        newer = version_key(wanted) > version_key(dataset_version)
    except ValueError:
        return (f"This link names the data version {_shown(wanted)}, which is not a version of this dataset; "
                f"the view shows version {dataset_version}. See {changes_at} for its versions.")
    if newer:
        head = (f"This link was made on version {wanted} of the data, newer than the version served here "
                f"({dataset_version}): the view may show less than its author saw.")
    else:
        head = (f"This link was made on version {wanted} of the data; the view shows version {dataset_version}, "
                "so it may differ from what its author saw.")
    if changelog and wanted not in {e.version for e in changelog}:
        head += f" Version {wanted} is not in this dataset's changelog."
    if between and not newer:
        named = "; ".join(f"{e.version} ({e.date}): {e.summary.rstrip().rstrip('.')}" for e in between[:3])
        more = f"; and {len(between) - 3} more" if len(between) > 3 else ""
        head += f" Changed since: {named}{more}."
    return f"{head} See {changes_at}."
