"""The CSV is RFC 4180 and Python's csv module (a spreadsheet's reader) reads it back as written."""

import csv
import io

from timeline.export.table import COLUMNS, table


def rows(text):
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_bundled_export_reads_back_one_row_per_entry(bundled):
    text = table(bundled)
    got = rows(text)
    assert list(got[0]) == list(COLUMNS)
    assert {"start", "end", "precision", "headline", "actors", "sources_count", "sources", "urls"} <= set(COLUMNS)
    assert len(got) == len(bundled.entries)
    for row, entry in zip(got, bundled.entries):
        assert row["id"] == entry.id
        assert (row["start"], row["end"]) == (entry.first.isoformat(), entry.last.isoformat())
        assert row["precision"] == entry.precision and row["date"] == entry.value
        assert int(row["sources_count"]) == entry.sources_count
        assert row["actors"].split("; ") == list(entry.actors) if entry.actors else row["actors"] == ""
    assert any(row["urls"].startswith("https://www.themoscowtimes.com/") for row in got)


def test_rows_end_in_crlf_and_quote_commas(bundled):
    body = table(bundled).removeprefix("\ufeff")
    assert body.endswith("\r\n") and body.count("\r\n") == len(bundled.entries) + 1
    assert "\n" not in body.replace("\r\n", "")
    assert any(line.count('"') >= 2 for line in body.split("\r\n"))


def test_formulas_in_article_text_stay_text(hostile):
    got = rows(table(hostile))
    for row in got:
        for column in ("headline", "actors", "sources"):
            assert not row[column].startswith(("=", "+", "-", "@"))
        assert row["urls"] == ""  # a javascript: link is not a URL to open
    assert "=HYPERLINK" in got[0]["headline"]  # kept, as text


def test_a_cell_starting_with_a_formula_sign_gets_an_apostrophe():
    from timeline.export.table import cell

    assert cell("=SUM(A1)") == "'=SUM(A1)"
    assert cell("-1 said") == "'-1 said"
    assert cell("Putin said") == "Putin said"
