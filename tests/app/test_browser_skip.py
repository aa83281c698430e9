"""The browser tests' skip rule: without Debian's Chromium they skip and say why, unless REQUIRE_BROWSER=1 (CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import browser


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    missing = tmp_path / "chromium"
    monkeypatch.setattr(browser, "CHROMIUM", missing)
    return missing


def test_missing_chromium_skips_and_says_why(no_chromium: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match=f"{no_chromium} is missing.*apt-get install chromium"):
        browser.require_chromium()


def test_missing_chromium_fails_when_the_browser_is_required(no_chromium: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_BROWSER=1"):
        browser.require_chromium()


def test_a_present_chromium_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setattr(browser, "CHROMIUM", fake)
    monkeypatch.setenv("REQUIRE_BROWSER", "1")
    browser.require_chromium()  # neither skips nor fails
