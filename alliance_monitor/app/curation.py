"""Whether the curate page may exist in this server, and who may use it.

Curation writes the data, so it is off unless switched on (`ALLIANCE_MONITOR_CURATE=1`) and never on by default or
for a hosted link. Switched on for a server bound to the loopback address only (`--server.address 127.0.0.1`),
the person at this machine is the curator. Bound to any other address (Streamlit's default binds every
interface), anyone on the network could reach it: then it requires a login through `st.login` with a provider
configured in `.streamlit/secrets.toml` (`[auth]`), and the app refuses to start without one: the server process
prints one line naming the setting and what to do (`refusal_line`) and exits with status REFUSED_EXIT (78).

When that happens: `streamlit run` runs no code of the app before a session starts (Streamlit 1.67 has no startup
hook for a script app), so the check runs at the first run of `dashboard.py`, when the first browser connects;
that run shows only the refusal, and the process ends a second later (`exit_refused`). Nothing of the data, and
no curate widget, is ever served by such a server.
"""

from __future__ import annotations

import ipaddress
import os
import sys
import threading
from enum import Enum

import streamlit as st
from streamlit import config as st_config

CURATE_ENV = "ALLIANCE_MONITOR_CURATE"
REFUSED_EXIT = 78
"""Exit status of a server that refused to start (EX_CONFIG of sysexits.h: a configuration error)."""
EXIT_DELAY_S = 1.0
"""Seconds between the refusal page's run and the process's end: enough for the page to reach the browser."""


class Mode(Enum):
    OFF = "off"
    LOCAL = "local"
    """Switched on, server bound to the loopback address: no login needed."""
    LOGIN = "login"
    """Switched on, server reachable from the network, a login provider configured: the page asks for a login."""
    UNSAFE = "unsafe"
    """Switched on, reachable from the network, no login provider: the app refuses to start."""


def requested() -> bool:
    return os.environ.get(CURATE_ENV, "").strip() == "1"


def loopback_only() -> bool:
    """True when the server listens on a loopback address only (127.0.0.0/8, ::1, localhost); an unset address
    means every interface."""
    address = str(st.get_option("server.address") or "").strip().strip("[]")
    if address.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:  # empty (every interface) or a host name: not provably this machine only
        return False


def login_configured() -> bool:
    """True when secrets.toml has an [auth] section (what st.login needs); a missing secrets file is False."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises its own not-found error
        return False


def mode() -> Mode:
    if not requested():
        return Mode.OFF
    if loopback_only():
        return Mode.LOCAL
    return Mode.LOGIN if login_configured() else Mode.UNSAFE


def refusal_line() -> str:
    """The one line a refused server prints: the setting, why, and what to do."""
    address = st.get_option("server.address") or "unset (every network interface)"
    return (f"Refused to start: {CURATE_ENV}=1 is set but server.address is {address} and .streamlit/secrets.toml "
            "has no [auth] login provider, so anyone on the network could change the data. Start with "
            f"--server.address 127.0.0.1, or configure [auth] for st.login, or unset {CURATE_ENV}.")


def exit_refused() -> None:
    """End the server process: print `refusal_line` to stderr now, exit with REFUSED_EXIT after EXIT_DELAY_S.

    os._exit, not sys.exit: this runs in a session's script thread, where SystemExit would end only the run. The
    server holds nothing to flush (curation never started; nothing was written). Under AppTest (the test runs the
    app in its own process) only the message is printed."""
    print(refusal_line(), file=sys.stderr, flush=True)
    # AppTest marks its runs by patching streamlit.config.get_option (st.get_option is another reference to the
    # unpatched function, so it cannot tell)
    if st_config.get_option("global.appTest"):
        return
    timer = threading.Timer(EXIT_DELAY_S, os._exit, args=(REFUSED_EXIT,))
    timer.daemon = True
    timer.start()


def refuse_unsafe() -> None:
    """The whole app's answer when curation is switched on unsafely: say why and how to fix it, show nothing else."""
    st.title("Curation refused to start")
    st.error(
        f"{CURATE_ENV}=1 is set, but this server is not bound to the loopback address only and no login provider "
        "is configured, so anyone who can reach it could change the data. Start it bound to this machine only "
        "(`--server.address 127.0.0.1`, as the README's curation command does), or configure `st.login` in "
        f"`.streamlit/secrets.toml` ([auth]). Without {CURATE_ENV} the dashboard starts read-only. This server "
        "is stopping now."
    )
