"""The engine behind the alliance monitor: models, loading, validation, scoring, search.

It knows nothing of any particular alliance: the alliance, its states and its codebook all come from the data
folder. Only `ui.py` imports streamlit.
"""

__version__ = "0.1.0"
