"""The dashboard's side of the engine: the only package that imports streamlit.

`data` loads the dataset once per process and shares it and the views of the pages between sessions; `state` holds
what shapes a view and lives in its link (the global filters, URL parameters and their checks, the link itself);
`render` shows things (untrusted text as literal Markdown, numbers, colours, column configurations); `figures`
builds the figures (the map and the matrix's legend as SVG, the matrix as a table of coloured cells, the timeline
with plotly). Pages (`app_pages/`) and the entrypoint (`dashboard.py`) import from here; nothing in the engine
or in `ingest` imports this package.
"""
