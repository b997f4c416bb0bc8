"""Per-article results to JSON and back: the same values, and nothing but the model's types."""

import zlib

import pytest

from timeline import pipeline
from timeline.events import extract_events
from timeline.index import records
from timeline.index.analyse import EVENTS
from timeline.model import Analysis, Article, Mention

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def analyses():
    corpus, found = pipeline.analyse_corpus(pipeline.read_corpus([ROOT / "sources", ROOT / "tests/data/heldout/aviation"]))
    return found


def test_an_analysis_and_its_events_read_back_equal(analyses):
    for an in analyses:
        assert records.loads(records.dumps(an.article, Article), Article) == an.article
        back = records.loads_with(records.dumps_without(an, Analysis, "article"), Analysis, "article", an.article)
        assert back == an
        events = tuple(extract_events(an))
        assert records.loads(records.dumps(events, EVENTS), EVENTS) == events


def test_the_bytes_are_the_same_in_every_run(analyses):
    an = analyses[0]
    assert records.dumps_without(an, Analysis, "article") == records.dumps_without(an, Analysis, "article")


def _blob(text: str) -> bytes:
    return zlib.compress(text.encode())


@pytest.mark.parametrize("plain", [
    '[1, 2, "x", "DATE", null, null, null, "absolute", "", null, false, []]',  # too few fields
    '[1, 2, "x", "v", "DATE", "2016-13-01", null, null, "absolute", "", null, false, []]',  # no such day
    '[true, 2, "x", "v", "DATE", null, null, null, "absolute", "", null, false, []]',  # a bool for an offset
    '{"__class__": "os.system"}',
    'not json',
])  # fmt: skip
def test_anything_that_does_not_fit_the_type_is_a_record_error(plain):
    with pytest.raises(records.RecordError):
        records.loads(_blob(plain), Mention)


def test_a_blob_that_is_not_compressed_json_is_a_record_error():
    with pytest.raises(records.RecordError):
        records.loads(b"\x80\x04\x95 a pickle", Mention)
