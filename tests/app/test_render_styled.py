"""render.styled: a shared frame's styles are worked out once, and Streamlit gets from it exactly what it gets from a
plain pandas Styler of the same frame (the CSS of every cell and the text every cell shows), a marked cell included.
"""

from __future__ import annotations

import pandas as pd
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.elements.lib.pandas_styler_utils import marshall_styler
from streamlit.proto.ArrowData_pb2 import ArrowData

from alliance_monitor.app import render

FRAME = pd.DataFrame({"Row": ["Токаев", "<b>not html</b>", "x"], "d1": ["+3.0 · n=1", "–", "-6.0 · n=3"],
                      "d2": ["–", "+0.0 · n=2", "–"]})
CSS = pd.DataFrame({"Row": ["color: #000000"] * 3,
                    "d1": ["background-color: #e08214; color: #000000", "background-color: #ffffff; color: #6b7280",
                           "background-color: #2d004b; color: #ffffff"],
                    "d2": ["background-color: #ffffff; color: #6b7280", "background-color: #f7f7f7; color: #000000",
                           "background-color: #ffffff; color: #6b7280"]})


def sent(styler: object) -> tuple[str, pd.DataFrame]:
    """What st.dataframe sends for a Styler: the CSS rules and the table of texts shown."""
    proto = ArrowData()
    marshall_styler(proto, styler, "default")  # type: ignore[arg-type]
    return proto.styler.styles, convert_arrow_bytes_to_pandas_df(proto.styler.display_values)


def plain(frame: pd.DataFrame) -> object:
    return frame.style.set_uuid("t").apply(lambda _: CSS, axis=None)


def test_a_styled_frame_sends_what_a_plain_styler_sends() -> None:
    styles, shown = sent(render.styled(FRAME, CSS, "t"))
    expected_styles, expected_shown = sent(plain(FRAME))
    assert styles == expected_styles and "#2d004b" in styles
    pd.testing.assert_frame_equal(shown, expected_shown)
    assert shown.iloc[1, 0] == "<b>not html</b>"  # text, as it is


def test_a_marked_cell_shows_its_text_and_the_shared_frame_is_untouched() -> None:
    before = FRAME.copy()
    styles, shown = sent(render.styled(FRAME, CSS, "t", mark=(2, 1, "▶ -6.0 · n=3 ◀")))
    marked = FRAME.copy()
    marked.iat[2, 1] = "▶ -6.0 · n=3 ◀"
    expected_styles, expected_shown = sent(plain(marked))
    assert styles == expected_styles
    pd.testing.assert_frame_equal(shown, expected_shown)
    pd.testing.assert_frame_equal(FRAME, before)
    # the next, unmarked Styler of the same frame shows no mark: the translation made once is shared, not changed
    pd.testing.assert_frame_equal(sent(render.styled(FRAME, CSS, "t"))[1], sent(plain(FRAME))[1])
