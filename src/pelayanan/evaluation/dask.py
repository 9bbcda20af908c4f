"""National runs on Dask: validation and compliance partition by partition, on any cluster.

SIPPN holds hundreds of thousands of standards; a year of SKM answers reaches millions of rows.
These functions spread the work of :func:`pelayanan.validate` and
:func:`~pelayanan.evaluation.compliance.compliance_summary` over a `Dask <https://dask.org>`_ bag,
so the same code runs on a laptop (threads or a ``LocalCluster``) and on a cluster (a
``dask.distributed.Client`` with the scheduler's address). Install the extra:
``pip install "pelayanan[dask]"``.

* :func:`validate_bag` validates each partition as one data set and returns the findings as a bag
  of flat records (:meth:`pelayanan.Report.to_records`); :func:`findings_frame` turns them into a
  Dask DataFrame. Cross-document rules see the documents *of the same partition*: partition a data
  set by unit (a provider with its services, standards and charters together) to keep them
  meaningful, as a province's SIPPN export per unit already is.
* :func:`compliance_by_unit` reduces standards to the version in force per service
  (:func:`~pelayanan.model.standards.version_in_force`, else the latest) across partitions, then
  to each unit's share of the 14 components: the figures ``compliance_summary`` gives in one
  process.

Items of a bag may be model objects, JSON-like dicts, or JSON text (a line of a JSON Lines file,
as ``dask.bag.read_text`` gives them).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, Final

from .._base.errors import PelayananError
from .._base.labels import Lang
from ..io.documents import parse_document
from ..model.standards import ServiceStandard, is_in_force
from ..rules import ValidationConfig
from ..rules.validation import validate
from .compliance import standard_compliance

__all__ = [
    "MissingDaskError",
    "compliance_by_unit",
    "findings_frame",
    "validate_bag",
    "validate_partition",
]


class MissingDaskError(PelayananError, ImportError):
    """Dask is not installed: ``pip install "pelayanan[dask]"``."""


def _dask_bag() -> Any:  # noqa: ANN401  (the dask.bag module)
    try:
        import dask.bag  # noqa: PLC0415  (an optional extra, loaded when used)
    except ImportError:
        msg = 'these functions need Dask: pip install "pelayanan[dask]"'
        raise MissingDaskError(msg) from None
    return dask.bag


def _data(item: object) -> object:
    """JSON-like data from a line of JSON text; ``_BROKEN`` for a line that is not JSON."""
    if isinstance(item, (str, bytes)):
        try:
            return json.loads(item)
        except ValueError:  # JSONDecodeError and UnicodeDecodeError
            return _BROKEN
    return item


_BROKEN: Final = object()


def validate_partition(
    items: Iterable[object],
    *,
    as_of: dt.date,
    lang: Lang = "id",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: ValidationConfig | None = None,
) -> list[dict[str, Any]]:
    """Validate the documents of one partition together: one flat record per finding.

    This is what :func:`validate_bag` runs on every partition; it needs no Dask. Lines of JSON
    text are parsed one by one, so a broken line gives its own structural finding (``source`` is
    its position in the partition) and the other documents are still checked.

    >>> import datetime as dt
    >>> records = validate_partition(
    ...     ['{"kind": "service", "id": "s", "name": "KTP", "provider_id": "p", "unit_id": "u"}',
    ...      "{not json"],
    ...     as_of=dt.date(2024, 6, 1), select=["PL"], lang="en",
    ... )
    >>> [(r["source"], r["code"], r["path"]) for r in records]
    [('item 2', 'PL004', '')]
    """
    documents: list[object] = []
    records: list[dict[str, Any]] = []
    options: dict[str, Any] = {
        "as_of": as_of,
        "lang": lang,
        "select": select,
        "ignore": ignore,
        "config": config,
    }
    for position, item in enumerate(items, start=1):
        if isinstance(item, (str, bytes)) and not item.strip():
            continue  # a blank line of a JSON Lines file
        data = _data(item)
        if data is _BROKEN:
            # A line that is not JSON is reported on its own, with its position.
            records.extend(validate(item, source=f"item {position}", **options).to_records())
        else:
            documents.append(data)
    if documents:
        records.extend(validate(documents, **options).to_records())
    return records


def validate_bag(
    bag: Any,  # noqa: ANN401  (a dask.bag.Bag; Dask has no type hints)
    *,
    as_of: dt.date,
    lang: Lang = "id",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: ValidationConfig | None = None,
) -> Any:  # noqa: ANN401  (a dask.bag.Bag)
    """The findings of every partition of ``bag``, as a bag of flat records (lazy).

    ``as_of`` is required: a distributed run must not depend on each worker's clock.
    """
    _dask_bag()
    return bag.map_partitions(
        validate_partition,
        as_of=as_of,
        lang=lang,
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore) if ignore is not None else None,
        config=config,
    )


def findings_frame(records: Any) -> Any:  # noqa: ANN401  (a Bag in, a DataFrame out)
    """The records of :func:`validate_bag` as a Dask DataFrame, one row per finding."""
    _dask_bag()
    try:
        import dask.dataframe  # noqa: PLC0415, F401  (needs pandas: an optional extra)
    except ImportError:
        msg = 'a DataFrame of findings needs pandas: pip install "pelayanan[dask]"'
        raise MissingDaskError(msg) from None
    from ..rules.validation import RECORD_FIELDS  # noqa: PLC0415  (one list of columns)

    meta = {
        name: ("bool" if name in {"verified", "cross_document"} else "object")
        for name in RECORD_FIELDS
    }
    return records.to_dataframe(meta=meta)


def _standards(partition: Iterable[object]) -> list[ServiceStandard]:
    """The standards of a partition, loaded leniently (what is valid of each)."""
    found = []
    for item in partition:
        data = _data(item)
        document = data if isinstance(data, ServiceStandard) else None
        if isinstance(data, Mapping):
            document = parse_document(data).document  # type: ignore[assignment]
        if isinstance(document, ServiceStandard):
            found.append(document)
    return found


def _rank(as_of: dt.date) -> Any:  # noqa: ANN401  (a key function)
    def rank(standard: ServiceStandard) -> tuple[bool, int]:
        return is_in_force(standard, as_of), standard.version

    return rank


def compliance_by_unit(
    bag: Any,  # noqa: ANN401  (a dask.bag.Bag; Dask has no type hints)
    *,
    as_of: dt.date,
    config: ValidationConfig | None = None,
) -> dict[str | None, Fraction]:
    """Each unit's share of the 14 components over its services' current standards (computed).

    For every service the version in force on ``as_of`` counts, else its latest version (as
    :func:`~pelayanan.evaluation.compliance.compliance_summary` chooses); a unit's share is the
    mean of its standards' shares. Items that are not standards are ignored. The result is exact
    (:class:`~fractions.Fraction`); :attr:`UnitCompliance.percent
    <pelayanan.evaluation.compliance.UnitCompliance.percent>` rounds the same way.
    """
    _dask_bag()
    rank = _rank(as_of)
    standards = bag.map_partitions(_standards)
    current = standards.foldby(
        lambda s: s.service_id,
        lambda best, s: s if best is None or rank(s) > rank(best) else best,
        None,
        lambda a, b: a if b is None or (a is not None and rank(a) >= rank(b)) else b,
        None,
    )
    measured = current.map(lambda pair: standard_compliance(pair[1], config))
    totals = measured.foldby(
        lambda m: m.unit_id,
        lambda acc, m: (acc[0] + m.share, acc[1] + 1),
        (Fraction(0), 0),
        lambda a, b: (a[0] + b[0], a[1] + b[1]),
        (Fraction(0), 0),
    ).compute()
    return {unit: share / count for unit, (share, count) in totals}
