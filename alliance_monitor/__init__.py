"""The engine behind the alliance monitor: records, loading, validation, tables, scoring, search, the views of the
pages as plain data, export, the compiled cache and the command line.

It knows nothing of any particular alliance: the alliance, its states and its codebook all come from the data
folder. Two packages sit on it: `ingest` (drafting records from an article) and `app` (the dashboard's side, the
only code that imports streamlit); neither is imported by the engine.
"""

__version__ = "0.1.0"
