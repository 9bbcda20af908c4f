"""National runs on Dask: partition by partition, the same findings as in one process.

Run on a real ``dask.distributed.LocalCluster`` with two worker processes; skipped when the
``pelayanan[dask]`` extra is not installed (.ci/run installs it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from fractions import Fraction

import pytest

from pelayanan import validate
from pelayanan.evaluation.compliance import compliance_summary
from pelayanan.io.documents import from_json

from .conftest import EXAMPLES

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from pelayanan.evaluation.dask import (  # noqa: E402  (after the skip: the module needs the extra)
    compliance_by_unit,
    findings_frame,
    validate_bag,
    validate_partition,
)

AS_OF = dt.date(2024, 6, 1)
JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"


def _lines() -> list[str]:
    """Every example document as one JSON line (a list file gives a line per document)."""
    lines: list[str] = []
    for path in sorted(JAMBI.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        items = data if isinstance(data, list) else [data]
        lines.extend(json.dumps(item, ensure_ascii=False) for item in items)
    return lines


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local cluster of two worker processes, as a real deployment would have."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


def _key(record: dict[str, object]) -> tuple[str, ...]:
    return tuple(str(record[k]) for k in ("document_id", "kind", "path", "code", "message"))


def test_the_cluster_finds_what_one_process_finds(client: object) -> None:
    """Two partitions on two worker processes: the findings of validate() on each partition."""
    bag = dask_bag.from_sequence(_lines(), npartitions=2)
    assert bag.npartitions == 2
    found = sorted(map(_key, validate_bag(bag, as_of=AS_OF).compute()))
    partitions = [part.compute() for part in bag.to_delayed()]
    in_process = sorted(
        _key(record)
        for partition in partitions
        for record in validate([json.loads(line) for line in partition], as_of=AS_OF).to_records()
    )
    assert found == in_process
    assert found  # the examples are built to have findings (README's table of examples)


def test_a_broken_line_is_reported_and_the_rest_still_checked(client: object) -> None:
    """A line that is not JSON gives a PL finding with its position; the others are validated."""
    lines = [*_lines()[:3], "{broken"]
    records = validate_bag(dask_bag.from_sequence(lines, npartitions=1), as_of=AS_OF).compute()
    broken = [r for r in records if r["source"] == "item 4"]
    assert [r["code"] for r in broken] == ["PL004"]
    assert any(r["document_id"] is not None for r in records)


def test_compliance_per_unit_equals_the_in_process_summary(client: object) -> None:
    """Versions of one service split across partitions still reduce to the version in force."""
    lines = _lines()
    standards = [line for line in lines if '"kind": "service_standard"' in line]
    bag = dask_bag.from_sequence(standards, npartitions=2)
    shares = compliance_by_unit(bag, as_of=AS_OF)
    summary = compliance_summary([from_json(line) for line in standards], as_of=AS_OF)
    assert shares == {unit.unit_id: unit.share for unit in summary.units}
    assert all(isinstance(share, Fraction) for share in shares.values())


def test_findings_become_a_dataframe_with_one_row_per_finding(client: object) -> None:
    """findings_frame: the records as a Dask DataFrame (pandas underneath)."""
    pytest.importorskip("dask.dataframe")
    bag = dask_bag.from_sequence(_lines(), npartitions=2)
    records = validate_bag(bag, as_of=AS_OF)
    frame = findings_frame(records).compute()
    assert len(frame) == len(records.compute())
    assert {"code", "severity", "document_id"} <= set(frame.columns)


def test_a_partition_needs_no_dask() -> None:
    """validate_partition is plain Python: what each worker runs."""
    records = validate_partition(_lines(), as_of=AS_OF)
    assert {r["code"] for r in records} == {
        f.code for f in validate([json.loads(line) for line in _lines()], as_of=AS_OF).findings
    }
