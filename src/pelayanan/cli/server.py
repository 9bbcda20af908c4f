"""A reference HTTP service, for programs written in other languages (the ``server`` extra).

:func:`create_app` builds an ASGI application (FastAPI) that answers what the command line
answers, as JSON:

``POST /validate``
    One document, a list of documents, or JSON Lines (one document per line) in the body.
    Query parameters ``as_of`` (YYYY-MM-DD; default today in WIB), ``lang`` (``id`` or ``en``),
    ``select`` and ``ignore`` (code prefixes, repeated or comma-separated). The answer is what
    ``pelayanan validate --format json`` prints (:func:`~pelayanan.rules.validation.report_schema`).
``POST /ikm``
    Survey answers as CSV in the body, with ``questionnaire``, ``on`` and ``order`` as
    ``pelayanan ikm`` takes them; the answer is what ``pelayanan ikm --format json`` prints.
``GET /deadline?start=YYYY-MM-DD&days=N``
    With ``calendar_days`` and ``cuti_bersama_is_workday`` (``true``/``false``): what
    ``pelayanan deadline --format json`` prints.
``GET /rules``
    With ``as_of``: what ``pelayanan rules --format json`` prints.
``GET /schema/{name}``
    The JSON Schema of a document kind, of ``document`` or of ``report`` (``pelayanan schema``).
``GET /healthz``
    ``{"status": "ok", "version": ...}``.

The status code carries the command line's exit code, which is also sent in the
``Pelayanan-Exit-Code`` header: 200 for 0 (nothing wrong), 422 for 1 (the data has errors; the
body is still the full answer), and 400, 404, 405, 413 or 415 for 2 (the request itself was
wrong), with a body ``{"error": "...", "exit_code": 2}``. A body larger than ``max_body_bytes``
(10 MiB unless configured) is refused with 413 before it is parsed.

The OpenAPI document (``GET /openapi.json``, browsable at ``/docs``) describes the request
bodies and answers with the JSON Schemas of :mod:`pelayanan.io.schema`.

Importing a table (``POST /import``) waits for the table importer, which does not exist yet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

from .._base.errors import PelayananError
from .._base.labels import Lang
from .._base.numbers import dumps_with_decimals
from .._base.version import __version__
from ..io._sources import stream_texts
from ..io.documents import to_dict
from ..io.schema import documents_schema
from ..rules._formats import make_writer
from ..rules.validation import report_schema
from ..time.regions import TimeZone
from . import _deadline, _ikm, _import, _rules, _schema, _validate
from ._common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError
from ._serve import DEFAULT_MAX_BODY_BYTES

with contextlib.suppress(ImportError):  # the server extra; create_app() names it when missing
    import fastapi
    import fastapi.exceptions
    import fastapi.openapi.utils
    import fastapi.responses
    import starlette.exceptions

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "EXTRA_MISSING",
    "ServerExtraMissingError",
    "create_app",
    "serve",
]

EXTRA_MISSING: Final = "the HTTP service needs the server extra: pip install 'pelayanan[server]'"
"""The one-line error when FastAPI or uvicorn is not installed."""

_EXIT_HEADER: Final = "Pelayanan-Exit-Code"
_STATUS: Final = {EXIT_OK: 200, EXIT_FINDINGS: 422}
_DRAIN_FACTOR: Final = 8
"""A body over the limit is read (and dropped) up to this many times the limit, so that the
client can read the 413 answer; past that the connection is closed on it."""


class ServerExtraMissingError(PelayananError, ImportError):
    """FastAPI or uvicorn is not installed: ``pip install 'pelayanan[server]'``."""


class _RequestError(Exception):
    """A request the service cannot answer: an HTTP status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _require_extra() -> None:
    try:
        import fastapi  # noqa: F401, PLC0415  (checked, not used, here)
        import uvicorn  # noqa: F401, PLC0415
    except ImportError:
        raise ServerExtraMissingError(EXTRA_MISSING) from None


# --- query parameters, read as the command line reads its options ---------------------------------------


def _date(query: Mapping[str, str], name: str) -> dt.date | None:
    text = query.get(name)
    if text is None or text == "":
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{name}={text!r} is not a date; write YYYY-MM-DD"
        raise _RequestError(400, msg) from None


def _lang(query: Mapping[str, str]) -> Lang:
    lang = query.get("lang", "id")
    if lang == "en":
        return "en"
    if lang == "id":
        return "id"
    msg = f"lang={lang!r}: use id or en"
    raise _RequestError(400, msg)


def _flag(query: Mapping[str, str], name: str) -> bool:
    text = query.get(name, "false").lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no", ""):
        return False
    msg = f"{name}={text!r}: use true or false"
    raise _RequestError(400, msg)


def _days(query: Mapping[str, str]) -> int:
    text = query.get("days")
    if text is None:
        raise _RequestError(400, "days is required: a whole number of at least 0")
    if not re.fullmatch(r"[0-9]{1,6}", text):
        msg = f"days={text!r} is not a number of days; write a whole number of at least 0"
        raise _RequestError(400, msg)
    return int(text)


# --- the answers -------------------------------------------------------------------------------------------


def _validate_body(body: bytes, query: Any, lang: Lang) -> tuple[str, int]:  # noqa: ANN401
    as_of = _date(query, "as_of")
    select = query.getlist("select") or None
    ignore = query.getlist("ignore") or None
    try:
        settings, validator = _validate.prepare(
            as_of=as_of, lang=lang, select=select, ignore=ignore, keep_standards=True
        )
    except UsageError as exc:
        message = str(exc).replace("--select", "select").replace("--ignore", "ignore")
        raise _RequestError(400, message) from None
    out = io.StringIO()
    writer = make_writer(
        "json",
        out,
        lang=lang,
        as_of=validator.as_of,
        colour=False,
        as_of_reason="given" if as_of else "default_time_zone",
        time_zone=None if as_of else TimeZone.WIB,
    )
    texts = stream_texts("<request>", io.BytesIO(body))
    status = _validate.check_texts(texts, settings, validator, writer)
    if writer.documents == 0:
        raise _RequestError(400, "the body holds no document: send JSON or JSON Lines")
    return out.getvalue(), status


def _ikm_body(body: bytes, query: Any) -> tuple[str, int]:  # noqa: ANN401
    try:
        survey = _ikm.load_survey(
            body,
            "<request>",
            questionnaire=query.get("questionnaire"),
            on=_date(query, "on"),
            order=query.get("order", "lampiran"),
        )
    except UsageError as exc:
        raise _RequestError(400, str(exc)) from None
    report, status = _ikm.ikm_report(survey, "<request>")
    return dumps_with_decimals(report), status


def _import_body(body: bytes, query: Any) -> tuple[str, int]:  # noqa: ANN401
    """``pelayanan import`` on a request body: the documents, or with ``validate`` the report."""
    import argparse  # noqa: PLC0415

    from ..io.tables import TableReadError, read_standard_table  # noqa: PLC0415

    scope = query.get("scope")
    if scope not in (None, "full", "published"):
        raise _RequestError(400, f"scope={scope!r}: use full or published")
    try:
        imported = read_standard_table(
            body,
            name="<request>",
            format=query.get("format"),
            provider_id=query.get("provider"),
            unit_id=query.get("unit"),
            service=query.get("service"),
            scope=scope,
        )
    except (TableReadError, ValueError) as exc:
        raise _RequestError(400, str(exc).splitlines()[0]) from None
    lang = _lang(query)
    if _flag(query, "validate"):
        args = argparse.Namespace(as_of=_date(query, "as_of"), lang=lang, format="json")
        out = io.StringIO()
        status = _import.validate_imports([imported], args, out)
        return out.getvalue(), status
    findings = [f.to_dict(lang) for f in imported.findings]
    documents = [to_dict(d) for d in imported.documents]
    status = EXIT_FINDINGS if any(f.severity != "info" for f in imported.findings) else EXIT_OK
    answer = {"documents": documents, "findings": findings}
    return json.dumps(answer, ensure_ascii=False, default=str), status


def _deadline_answer(query: Mapping[str, str]) -> tuple[str, int]:
    start = _date(query, "start")
    if start is None:
        raise _RequestError(400, "start is required: a date, YYYY-MM-DD")
    data = _deadline.deadline_to_dict(
        start,
        _days(query),
        calendar_days=_flag(query, "calendar_days"),
        cuti_bersama_is_workday=_flag(query, "cuti_bersama_is_workday"),
    )
    return json.dumps(data, ensure_ascii=False), EXIT_OK


def _rules_answer(query: Mapping[str, str]) -> tuple[str, int]:
    rules = _rules.rules_in_force(_date(query, "as_of"))
    return json.dumps([_rules.rule_to_dict(r) for r in rules], ensure_ascii=False), EXIT_OK


def _schema_answer(name: str) -> tuple[str, int]:
    if name not in _schema.NAMES:
        msg = f"no schema {name!r}; use one of: {', '.join(_schema.NAMES)}"
        raise _RequestError(404, msg)
    return json.dumps(_schema.schema(name), ensure_ascii=False), EXIT_OK


# --- the OpenAPI document ------------------------------------------------------------------------------------


def _components() -> dict[str, Any]:
    """The JSON Schemas of item 1 as OpenAPI components, references rewritten to point there."""
    components: dict[str, Any] = {}
    for name, schema in (("document", documents_schema()), ("report", report_schema())):
        text = json.dumps(schema).replace('"#/$defs/', '"#/components/schemas/')
        moved = json.loads(text)
        for key in ("$schema", "$id"):
            moved.pop(key)
        components.update(moved.pop("$defs"))
        components[name] = moved
    components["error"] = {
        "type": "object",
        "properties": {
            "error": {"type": "string", "description": "What was wrong, in one line."},
            "exit_code": {"const": EXIT_USAGE, "description": "The command line's exit code."},
        },
        "required": ["error", "exit_code"],
        "additionalProperties": False,
    }
    return components


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _answers(success: str | dict[str, Any], *, findings: bool = False) -> dict[str, Any]:
    schema = _ref(success) if isinstance(success, str) else success
    json_body = {"application/json": {"schema": schema}}
    error = {"application/json": {"schema": _ref("error")}}
    answers: dict[str, Any] = {"200": {"description": "Exit code 0.", "content": json_body}}
    if findings:
        answers["422"] = {"description": "Exit code 1: the data has errors.", "content": json_body}
    answers["400"] = {"description": "Exit code 2: a bad request.", "content": error}
    return answers


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}  # fmt: skip


_DATE: Final = {"type": "string", "format": "date"}
_CODES: Final = {"type": "array", "items": {"type": "string"}}


# --- the application ----------------------------------------------------------------------------------------


Handler = Callable[[bytes, Any], tuple[str, int]]


def create_app(*, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> Any:  # noqa: ANN401, PLR0915  (the FastAPI app; one route per endpoint)
    """The ASGI application (a FastAPI app) of the HTTP service; see the module docstring.

    Raises :class:`ServerExtraMissingError` when the ``server`` extra is not installed.
    """
    _require_extra()
    from fastapi.concurrency import run_in_threadpool  # noqa: PLC0415  (the extra is optional)

    app = fastapi.FastAPI(
        title="pelayanan",
        version=__version__,
        description=(
            "Indonesian public-service law as code: validate documents, compute the IKM and "
            "deadlines. The same JSON as the `pelayanan` command line."
        ),
    )

    def answer(text: str, status: int) -> Any:  # noqa: ANN401
        return fastapi.responses.Response(
            text,
            status_code=_STATUS.get(status, 400),
            media_type="application/json",
            headers={_EXIT_HEADER: str(status)},
        )

    def error(status: int, message: str) -> Any:  # noqa: ANN401
        body = json.dumps({"error": message, "exit_code": EXIT_USAGE}, ensure_ascii=False)
        return fastapi.responses.Response(
            body,
            status_code=status,
            media_type="application/json",
            headers={_EXIT_HEADER: str(EXIT_USAGE)},
        )

    async def read_body(request: fastapi.Request) -> bytes:
        declared = request.headers.get("content-length", "")
        too_large = f"the body is larger than {max_body_bytes} bytes"
        if declared.isdigit() and int(declared) > max_body_bytes * _DRAIN_FACTOR:
            raise _RequestError(413, too_large)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body_bytes * _DRAIN_FACTOR:
                break
            if size <= max_body_bytes:
                chunks.append(chunk)
        if size > max_body_bytes:
            raise _RequestError(413, too_large)
        return b"".join(chunks)

    async def run(work: Callable[[], tuple[str, int]]) -> Any:  # noqa: ANN401
        try:
            text, status = await run_in_threadpool(work)
        except _RequestError as exc:
            return error(exc.status, exc.message)
        return answer(text, status)

    def posting(handler: Handler) -> Callable[[fastapi.Request], Awaitable[Any]]:
        async def endpoint(request: fastapi.Request) -> Any:  # noqa: ANN401
            try:
                body = await read_body(request)
            except _RequestError as exc:
                return error(exc.status, exc.message)
            return await run(lambda: handler(body, request.query_params))

        return endpoint

    validate_parameters = [
        _query("as_of", "The date the check is for (default: today in WIB).", _DATE),
        _query("lang", "Language of the messages.", {"enum": ["id", "en"], "default": "id"}),
        _query("select", "Only rules whose code starts with one of these.", _CODES),
        _query("ignore", "Skip rules whose code starts with one of these.", _CODES),
    ]
    app.add_api_route(
        "/validate",
        posting(lambda body, query: _validate_body(body, query, _lang(query))),
        methods=["POST"],
        summary="Validate documents (pelayanan validate --format json)",
        openapi_extra={
            "parameters": validate_parameters,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": _ref("document")},
                    "application/x-ndjson": {
                        "schema": {"type": "string", "description": "One document per line."}
                    },
                },
            },
            "responses": _answers("report", findings=True),
        },
    )
    app.add_api_route(
        "/ikm",
        posting(_ikm_body),
        methods=["POST"],
        summary="The satisfaction index of survey answers in CSV (pelayanan ikm --format json)",
        openapi_extra={
            "parameters": [
                _query("questionnaire", "The instrument the survey followed.", {"type": "string"}),
                _query("on", "Use the instrument in force on this date.", _DATE),
                _query("order", "Numbering of U8/U9.", {"enum": ["lampiran", "questionnaire"]}),
            ],
            "requestBody": {
                "required": True,
                "content": {"text/csv": {"schema": {"type": "string"}}},
            },
            "responses": _answers({"type": "object"}, findings=True),
        },
    )

    app.add_api_route(
        "/import",
        posting(_import_body),
        methods=["POST"],
        summary="Service standards from a table in CSV, XLSX, DOCX or HTML (pelayanan import)",
        openapi_extra={
            "parameters": [
                _query(
                    "format", "csv, xlsx, docx or html (default: detected).", {"type": "string"}
                ),
                _query("provider", "The provider id of the standards.", {"type": "string"}),
                _query("unit", "The unit id of the standards.", {"type": "string"}),
                _query(
                    "service",
                    "The service's name, when the table does not say.",
                    {"type": "string"},
                ),
                _query("scope", "full or published.", {"enum": ["full", "published"]}),
                _query("validate", "Answer with the validation report.", {"type": "boolean"}),
                _query("as_of", "The date of the check, with validate.", _DATE),
                _query("lang", "Language of the messages.", {"enum": ["id", "en"]}),
            ],
            "requestBody": {
                "required": True,
                "content": {"application/octet-stream": {"schema": {"type": "string"}}},
            },
            "responses": _answers({"type": "object"}, findings=True),
        },
    )

    def getting(handler: Callable[[Any], tuple[str, int]]) -> Callable[..., Awaitable[Any]]:
        async def endpoint(request: fastapi.Request) -> Any:  # noqa: ANN401
            return await run(lambda: handler(request.query_params))

        return endpoint

    app.add_api_route(
        "/deadline",
        getting(_deadline_answer),
        methods=["GET"],
        summary="The due date of a time limit (pelayanan deadline --format json)",
        openapi_extra={
            "parameters": [
                {**_query("start", "Start date.", _DATE), "required": True},
                {
                    **_query("days", "Number of days.", {"type": "integer", "minimum": 0}),
                    "required": True,
                },
                _query("calendar_days", "Count calendar days.", {"type": "boolean"}),
                _query(
                    "cuti_bersama_is_workday", "Cuti bersama are workdays.", {"type": "boolean"}
                ),
            ],
            "responses": _answers({"type": "object"}),
        },
    )
    app.add_api_route(
        "/rules",
        getting(_rules_answer),
        methods=["GET"],
        summary="The compliance rules (pelayanan rules --format json)",
        openapi_extra={
            "parameters": [_query("as_of", "Only the rules in force on this date.", _DATE)],
            "responses": _answers({"type": "array", "items": {"type": "object"}}),
        },
    )

    async def schema_endpoint(request: fastapi.Request) -> Any:  # noqa: ANN401
        return await run(lambda: _schema_answer(request.path_params["name"]))

    app.add_api_route(
        "/schema/{name}",
        schema_endpoint,
        methods=["GET"],
        summary="A JSON Schema (pelayanan schema NAME)",
        openapi_extra={
            "parameters": [
                {
                    "name": "name",
                    "in": "path",
                    "required": True,
                    "schema": {"enum": list(_schema.NAMES)},
                }
            ],
            "responses": {
                **_answers({"type": "object"}),
                "404": {
                    "description": "Exit code 2: no such schema.",
                    "content": {"application/json": {"schema": _ref("error")}},
                },
            },
        },
    )

    async def healthz() -> Any:  # noqa: ANN401
        return answer(json.dumps({"status": "ok", "version": __version__}), EXIT_OK)

    app.add_api_route("/healthz", healthz, methods=["GET"], summary="Liveness")

    async def http_error(_: Any, exc: Any) -> Any:  # noqa: ANN401
        return error(exc.status_code, str(exc.detail))

    async def invalid_request(_: Any, exc: Any) -> Any:  # noqa: ANN401
        return error(400, "; ".join(str(e.get("msg", e)) for e in exc.errors()))

    app.add_exception_handler(starlette.exceptions.HTTPException, http_error)
    app.add_exception_handler(fastapi.exceptions.RequestValidationError, invalid_request)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = fastapi.openapi.utils.get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            document.setdefault("components", {})["schemas"] = _components()
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def serve(host: str = "127.0.0.1", port: int = 8000, **settings: Any) -> None:  # noqa: ANN401
    """Run the service with uvicorn until interrupted; ``settings`` go to :func:`create_app`."""
    app = create_app(**settings)
    import uvicorn  # noqa: PLC0415  (the extra is optional; create_app checked it is installed)

    uvicorn.run(app, host=host, port=port, log_level="warning")
