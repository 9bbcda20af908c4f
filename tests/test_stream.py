"""iter_validate: the CLI's streaming validation for Python pipelines."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc

from pelayanan import iter_validate, validate
from pelayanan.io.documents import from_json
from pelayanan.rules.stream import ValidationStream

from .conftest import EXAMPLES

AS_OF = dt.date(2024, 6, 1)


def _documents() -> list[object]:
    found: list[object] = []
    for path in sorted((EXAMPLES / "dinas-sosial-kota-jambi").glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        found.extend(data if isinstance(data, list) else [data])
    return found


def _key(f: object) -> tuple[object, ...]:
    return (f.document_id, f.code, f.path, f.message)  # type: ignore[attr-defined]


def test_a_stream_finds_what_validate_finds_on_the_same_documents() -> None:
    """Per-document and cross-document findings equal validate() on the list, in input order."""
    documents = _documents()
    lines = [json.dumps(d, ensure_ascii=False) for d in documents]
    stream = iter_validate(lines, as_of=AS_OF)
    assert isinstance(stream, ValidationStream)
    reports = list(stream)
    whole = validate(documents, as_of=AS_OF)
    assert [r.id for r in reports] == [r.id for r in whole.documents]
    streamed = sorted(_key(f) for r in reports for f in r.findings)
    assert streamed == sorted(_key(f) for r in whole.documents for f in r.findings)
    assert sorted(map(_key, stream.cross_document)) == sorted(map(_key, whole.cross_document))
    assert whole.cross_document  # the examples are built to have cross-document findings


def test_model_objects_and_dicts_stream_as_well_as_text() -> None:
    """Items may be JSON-like data or model objects; each gives the same report as its text."""
    documents = _documents()
    as_text = [r.findings for r in iter_validate(map(json.dumps, documents), as_of=AS_OF)]
    as_data = [r.findings for r in iter_validate(documents, as_of=AS_OF)]
    as_models = [
        r.findings
        for r in iter_validate((from_json(json.dumps(d)) for d in documents), as_of=AS_OF)
    ]
    assert [len(f) for f in as_data] == [len(f) for f in as_text] == [len(f) for f in as_models]


def test_a_broken_line_is_reported_and_the_stream_goes_on() -> None:
    """Line 2 is not JSON: PL004 at <input>:2, and line 3 is still checked."""
    lines = [json.dumps(_documents()[0]), "{broken", "", json.dumps(_documents()[1])]
    reports = list(iter_validate(lines, as_of=AS_OF))
    assert [r.source for r in reports] == ["<input>:1", "<input>:2", "<input>:4"]
    assert [f.code for f in reports[1].findings] == ["PL004"]


def test_memory_stays_flat_as_the_stream_grows() -> None:
    """Peak memory for 3,000 standards is within 1.5 times that for 300 (nothing is kept).

    With ``again`` (a way to read the items once more), not even a summary of each standard is
    kept: memory does not grow with the number of documents.
    """
    base = json.loads((EXAMPLES / "dinas-sosial-kota-jambi/sp-dtks.json").read_text("utf-8"))

    def lines(count: int) -> object:
        for n in range(count):
            base["id"], base["service_id"] = f"sp-{n}", f"s-{n}"
            yield json.dumps(base)

    def peak(count: int) -> int:
        tracemalloc.start()
        stream = iter_validate(
            lines(count), as_of=AS_OF, select=["SP001"], again=lambda: lines(count)
        )
        for _ in stream:
            pass
        top = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return top

    peak(50)  # caches of the first run (rules, the catalogue) are not the stream's memory
    small, large = peak(300), peak(3000)
    assert large < small * 1.5


def test_reading_again_gives_the_same_cross_document_findings() -> None:
    """Standards before the provider that refers to them: offered, then read again, same findings."""
    documents = _documents()
    ordered = sorted(documents, key=lambda d: d.get("kind") != "service_standard")  # type: ignore[union-attr]
    lines = [json.dumps(d, ensure_ascii=False) for d in ordered]
    stream = iter_validate(lines, as_of=AS_OF, again=lambda: lines)
    list(stream)
    whole = validate(ordered, as_of=AS_OF)
    assert sorted(map(_key, stream.cross_document)) == sorted(map(_key, whole.cross_document))
