"""Countries from names, demonyms, capitals and metonyms, from the generic gazetteer kept as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_monitor.ingest.gazetteer import GAZETTEER_PATH, GazetteerError, load_gazetteer, parse_gazetteer
from alliance_monitor.models import COUNTRY_NAMES


def codes(text: str) -> list[tuple[str | None, str, str]]:
    return [(m.iso3, m.text, m.via) for m in load_gazetteer().mentions(text)]


def test_names_demonyms_capitals_metonyms() -> None:
    text = ("Kazakh troops left; Yerevan protested, the Kremlin said nothing, Washington and Beijing watched, "
            "and Russia's pro-Russian neighbours in South Sudan and Sudan shrugged.")
    assert codes(text) == [
        ("KAZ", "Kazakh", "demonym"), ("ARM", "Yerevan", "capital"), ("RUS", "Kremlin", "metonym"),
        ("USA", "Washington", "capital"), ("CHN", "Beijing", "capital"), ("RUS", "Russia", "name"),
        ("RUS", "Russian", "demonym"), ("SSD", "South Sudan", "name"), ("SDN", "Sudan", "name"),
    ]


def test_ordinary_words_and_ambiguous_forms() -> None:
    assert codes("a turkey for chad, and china plates") == []  # lower case never fires
    found = codes("Brussels agreed; Latin America waited; the Soviet era ended.")
    assert [(c, t) for c, t, _ in found] == [(None, "Brussels"), (None, "Latin America"), (None, "Soviet")]


def test_the_gazetteer_covers_europe_the_post_soviet_states_and_the_g20() -> None:
    covered = {iso for iso, _ in load_gazetteer().forms.values() if iso}
    europe = {"ALB", "AND", "AUT", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
              "GRC", "HUN", "ISL", "IRL", "ITA", "LVA", "LIE", "LTU", "LUX", "MLT", "MCO", "MNE", "NLD", "MKD",
              "NOR", "POL", "PRT", "ROU", "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "GBR", "VAT", "MDA",
              "UKR", "BLR", "RUS", "TUR"}
    post_soviet = {"ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM",
                   "UKR", "UZB"}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
           "SAU", "ZAF", "TUR", "GBR", "USA"}
    assert europe | post_soviet | g20 | {"AFG"} <= covered
    assert covered <= set(COUNTRY_NAMES)


def test_a_broken_gazetteer_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "g.yaml"
    bad.write_text("countries:\n- iso3: XXX\n  names: [Nowhere]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"g\.yaml:2: countries\[0\]\.iso3"):
        parse_gazetteer(bad)
    bad.write_text("countries:\n- {iso3: FRA, names: [Paris]}\n- {iso3: DEU, capitals: [Paris]}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="already names FRA"):
        parse_gazetteer(bad)


def test_the_shipped_gazetteer_is_generic_data() -> None:
    text = GAZETTEER_PATH.read_text(encoding="utf-8")
    assert "CSTO" not in text and "alliance" not in text.split("countries:")[1].split("ambiguous:")[0]
