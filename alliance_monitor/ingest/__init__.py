"""Ingest: from a new article to reviewed records.

`draft` drafts the records of an article (the `ingest` command), `promote` merges a reviewed draft into the curated
data after validating the result, and `evaluate` measures the drafting against hand-made gold records. The rules
live in `text` (words), `chrome` (page furniture), `dates` (printed dates), `quotes` (quotations and attribution),
`actors` (who is meant) and `gazetteer` (countries, kept as data in `gazetteer.yaml`); `cli` adds the three
commands to `python -m alliance_monitor`. Ingest reads and writes through the engine; it never imports the
dashboard (`alliance_monitor.app`) or streamlit.
"""
