"""A service-standard registry as a framework-free WSGI application (the web-app how-to).

JSON comes in and goes out at the boundary (``pl.from_dict``, ``pl.to_dict``); inside, the
application works with frozen model objects; every standard submitted is checked with
``pl.validate`` and its findings returned with their legal basis. Run it with
``python docs/howto/wsgi_app.py`` and send JSON to http://localhost:8000/standards.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any

import pelayanan as pl
from pelayanan.model.standards import ServiceStandard

StartResponse = Callable[[str, list[tuple[str, str]]], object]
STANDARDS: dict[str, ServiceStandard] = {}
"""The registry: standards by id (a database in a real application)."""
AS_OF: dt.date | None = None
"""The date standards are checked for; ``None`` is today in WIB (tests fix it)."""


def _reply(start: StartResponse, status: str, body: object) -> list[bytes]:
    data = json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")
    start(status, [("Content-Type", "application/json; charset=utf-8")])
    return [data]


def _read_json(environ: dict[str, Any]) -> object:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    return json.loads(environ["wsgi.input"].read(length) or b"null")


def application(environ: dict[str, Any], start: StartResponse) -> Iterable[bytes]:  # noqa: PLR0911  (one reply per outcome)
    """``POST /standards`` checks and stores a standard; ``GET /standards/<id>`` returns it."""
    method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
    lang = "en" if "en" in environ.get("HTTP_ACCEPT_LANGUAGE", "") else "id"
    if method == "POST" and path == "/standards":
        try:
            data = _read_json(environ)
        except ValueError:
            return _reply(start, "400 Bad Request", {"error": "the body is not JSON"})
        # Validate the raw data: a structural problem is a finding (PL001 ...) like any other.
        report = pl.validate(data, as_of=AS_OF, lang=lang)
        if not report.ok:
            return _reply(start, "422 Unprocessable Content", pl.to_dict(report))
        try:
            standard = pl.from_dict(data, ServiceStandard)
        except pl.LoadError as error:  # valid JSON of another kind of document
            problems = [{"path": p.path, "message": p.message} for p in error.problems]
            return _reply(start, "422 Unprocessable Content", {"problems": problems})
        STANDARDS[standard.id] = standard
        warnings = [pl.to_dict(f) for f in report.findings]
        return _reply(start, "201 Created", {"id": standard.id, "findings": warnings})
    if method == "GET" and path.startswith("/standards/"):
        standard = STANDARDS.get(path.removeprefix("/standards/"))
        if standard is None:
            return _reply(start, "404 Not Found", {"error": "no such standard"})
        return _reply(start, "200 OK", pl.to_dict(standard))
    return _reply(start, "404 Not Found", {"error": f"no route for {method} {path}"})


if __name__ == "__main__":  # pragma: no cover  (a manual server for trying it out)
    from wsgiref.simple_server import make_server

    with make_server("127.0.0.1", 8000, application) as server:
        server.serve_forever()
