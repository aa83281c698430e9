"""Entrypoint placeholder: replaced by the multipage app."""

import streamlit as st

st.title("CSTO Monitor")
