"""Export a timeline: the YAML/JSON data file (`records`), written atomically."""

from __future__ import annotations

from timeline.export.records import (
    dump,
    entry_record,
    mention_record,
    source_numbers,
    source_record,
    timeline_record,
    write_atomic,
)

__all__ = ["dump", "entry_record", "mention_record", "source_numbers", "source_record", "timeline_record", "write_atomic"]
