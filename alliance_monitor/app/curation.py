"""Whether the curate page may exist in this server, and who may use it.

Curation writes the data, so it is off unless switched on (`ALLIANCE_MONITOR_CURATE=1`) and never on by default or
for a hosted link. Switched on for a server bound to the loopback address only (`--server.address 127.0.0.1`),
the person at this machine is the curator. Bound to any other address (Streamlit's default binds every
interface), anyone on the network could reach it: then it requires a login through `st.login` with a provider
configured in `.streamlit/secrets.toml` (`[auth]`), and the app refuses to start without one.
"""

from __future__ import annotations

import os
from enum import Enum

import streamlit as st

CURATE_ENV = "ALLIANCE_MONITOR_CURATE"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


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
    """True when the server listens on the loopback address only (an unset address means every interface)."""
    address = st.get_option("server.address")
    return bool(address) and str(address).strip("[]") in LOOPBACK


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


def refuse_unsafe() -> None:
    """The whole app's answer when curation is switched on unsafely: say why and how to fix it, show nothing else."""
    st.title("Curation refused to start")
    st.error(
        f"{CURATE_ENV}=1 is set, but this server listens on every network address and no login provider is "
        "configured, so anyone who can reach it could change the data. Start it bound to this machine only "
        "(`--server.address 127.0.0.1`, as the README's curation command does), or configure `st.login` in "
        f"`.streamlit/secrets.toml` ([auth]). Without {CURATE_ENV} the dashboard starts read-only."
    )
