"""The HTTP service, tested as a client would use it: a real uvicorn on 127.0.0.1, real requests.

Skipped when the ``server`` extra (FastAPI, uvicorn) is not installed; .ci/run installs it.
"""

from __future__ import annotations

import concurrent.futures
import doctest
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pelayanan.cli.server import DEFAULT_MAX_BODY_BYTES
from pelayanan.io.schema import documents_schema
from pelayanan.rules.validation import report_schema

from .conftest import EXAMPLES, ROOT

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
AS_OF = "2024-06-01"
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
    return port


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    """`pelayanan serve` on a free loopback port; stopped after the module's tests."""
    pytest.importorskip("fastapi")
    pytest.importorskip("uvicorn")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pelayanan", "serve", "--host", HOST, "--port", str(port)],
        env=_environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _, _ = _request(port, "GET", "/healthz")
                if status == 200:
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    _, err = process.communicate(timeout=5)
                    pytest.fail(f"the server did not start: {err.decode()}")
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def _request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    content_type: str = "application/json",
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        headers = {"Content-Type": content_type} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def _json(
    port: int, method: str, path: str, body: bytes | None = None, **kw: Any
) -> tuple[int, Any]:
    status, headers, data = _request(port, method, path, body, **kw)
    assert headers["content-type"] == "application/json"
    return status, json.loads(data)


def _cli(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-m", "pelayanan", *args],
        input=stdin,
        capture_output=True,
        env=_environment(),
        check=False,
    )
    return result.returncode, result.stdout.decode("utf-8")


def _without_sources(report: dict[str, Any]) -> dict[str, Any]:
    """The report with the input's name taken out (the CLI reads <stdin>, the service <request>)."""
    for key in ("documents", "cross_document"):
        for entry in report[key]:
            entry.pop("source")
    return report


# --- validate ------------------------------------------------------------------------------------------


def test_validate_answers_what_the_command_line_prints(server: int) -> None:
    """The same documents give the same JSON from the service and from `validate -`."""
    body = (JAMBI / "rekomendasi-pbi-tidak-lengkap.json").read_bytes()
    status, headers, data = _request(server, "POST", f"/validate?as_of={AS_OF}&lang=en", body)
    code, printed = _cli(
        "validate", "--format", "json", "--as-of", AS_OF, "--lang", "en", "-", stdin=body
    )
    assert (status, headers["pelayanan-exit-code"], code) == (422, "1", 1)
    assert _without_sources(json.loads(data)) == _without_sources(json.loads(printed))


def test_a_clean_document_answers_200_and_exit_code_0(server: int) -> None:
    """The complete DTKS standard has no finding on 1 June 2024."""
    body = (JAMBI / "sp-dtks.json").read_bytes()
    status, report = _json(server, "POST", f"/validate?as_of={AS_OF}", body)
    assert status == 200
    assert report["ok"] is True
    assert report["as_of"] == AS_OF
    assert report["as_of_reason"] == "given"


def test_a_list_and_json_lines_are_checked_across_documents(server: int) -> None:
    """Services and standards sent together meet the cross-document rules, in both shapes."""
    documents = [
        *json.loads((JAMBI / "services.json").read_text("utf-8")),
        json.loads((JAMBI / "sp-dtks.json").read_text("utf-8")),
    ]
    as_list = json.dumps(documents).encode()
    as_lines = "\n".join(json.dumps(d) for d in documents).encode()
    _, from_list = _json(server, "POST", f"/validate?as_of={AS_OF}", as_list)
    _, from_lines = _json(
        server, "POST", f"/validate?as_of={AS_OF}", as_lines, content_type="application/x-ndjson"
    )
    assert len(from_list["documents"]) == len(from_lines["documents"]) == len(documents)
    assert from_list["cross_document"]
    codes = sorted(f["code"] for f in from_list["cross_document"])
    assert codes == sorted(f["code"] for f in from_lines["cross_document"])
    assert from_lines["documents"][1]["source"] == "<request>:2"


def test_select_and_ignore_filter_the_rules(server: int) -> None:
    """?select=SP001,SP002 keeps only those codes; ?ignore=SP drops every SP rule."""
    body = (JAMBI / "rekomendasi-pbi-tidak-lengkap.json").read_bytes()
    _, selected = _json(server, "POST", f"/validate?as_of={AS_OF}&select=SP001,SP002", body)
    codes = {f["code"] for d in selected["documents"] for f in d["findings"]}
    assert codes <= {"SP001", "SP002"}
    assert codes
    _, ignored = _json(server, "POST", f"/validate?as_of={AS_OF}&ignore=SP&ignore=PL", body)
    assert not any(f["code"].startswith("SP") for d in ignored["documents"] for f in d["findings"])


def test_every_answer_of_validate_matches_the_report_schema(server: int) -> None:
    """The OpenAPI promise: the body is a report as report.json describes it."""
    jsonschema = pytest.importorskip("jsonschema")
    body = (JAMBI / "provider.json").read_bytes()
    _, report = _json(server, "POST", "/validate", body)
    jsonschema.Draft202012Validator(report_schema()).validate(report)
    assert report["as_of_reason"] == "default_time_zone"


def test_a_malformed_body_is_a_finding_not_a_crash(server: int) -> None:
    """Broken JSON is reported as PL004 with exit code 1, as the command line reports it."""
    status, report = _json(server, "POST", f"/validate?as_of={AS_OF}", b'{"kind": "service", ')
    assert status == 422
    assert [f["code"] for f in report["documents"][0]["findings"]] == ["PL004"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("as_of=2024-13-01", "as_of='2024-13-01' is not a date"),
        ("lang=fr", "lang='fr': use id or en"),
        ("select=SP02O", "select SP02O: no rule code starts with this"),
    ],
)
def test_a_bad_query_is_a_400_with_exit_code_2(server: int, query: str, message: str) -> None:
    """A request the command line would refuse with exit code 2 gets 400 and the same message."""
    status, headers, data = _request(server, "POST", f"/validate?{query}", b"{}")
    assert (status, headers["pelayanan-exit-code"]) == (400, "2")
    error = json.loads(data)
    assert error["exit_code"] == 2
    assert error["error"].startswith(message)


def test_an_empty_body_is_a_400(server: int) -> None:
    """Nothing to check is a bad request, not an empty report."""
    status, error = _json(server, "POST", "/validate", b"")
    assert status == 400
    assert "no document" in error["error"]


def test_a_20_mb_body_is_refused_with_413(server: int) -> None:
    """A body over the 10 MiB limit is answered 413 before it is parsed."""
    assert DEFAULT_MAX_BODY_BYTES == 10 * 1024 * 1024
    body = b"[" + b'{"kind": "service"},' * (20_000_000 // 20) + b"{}]"
    assert len(body) > 20_000_000
    status, headers, data = _request(server, "POST", "/validate", body)
    assert (status, headers["pelayanan-exit-code"]) == (413, "2")
    assert json.loads(data)["error"] == f"the body is larger than {DEFAULT_MAX_BODY_BYTES} bytes"


def test_200_concurrent_requests_all_get_the_same_answer(server: int) -> None:
    """200 requests in flight at once on loopback: none fails, all answers are identical."""
    body = (JAMBI / "rekomendasi-pbi-tidak-lengkap.json").read_bytes()
    path = f"/validate?as_of={AS_OF}"
    with concurrent.futures.ThreadPoolExecutor(max_workers=200) as pool:
        answers = list(pool.map(lambda _: _request(server, "POST", path, body), range(200)))
    assert {status for status, _, _ in answers} == {422}
    assert len({data for _, _, data in answers}) == 1


# --- the other endpoints -----------------------------------------------------------------------------------


def test_ikm_answers_what_the_command_line_prints(server: int) -> None:
    """The example survey's CSV gives the same index from POST /ikm as from `pelayanan ikm`."""
    csv = (JAMBI / "skm-2024.csv").read_bytes()
    status, answer = _json(server, "POST", "/ikm", csv, content_type="text/csv")
    code, printed = _cli("ikm", "--format", "json", "-", stdin=csv)
    assert (status, code) == ({0: 200, 1: 422}[code], code)
    expected = json.loads(printed)
    expected["file"] = "<request>"
    assert answer == expected


def test_ikm_refuses_a_csv_without_answer_columns(server: int) -> None:
    """A file the command line cannot use at all is a 400 with its one-line message."""
    status, error = _json(server, "POST", "/ikm", b"name,age\nx,1\n", content_type="text/csv")
    assert status == 400
    assert error["error"].startswith("<request>: ")


def test_import_answers_the_documents_of_a_table(server: int) -> None:
    """POST /import with the Jambi DTKS table: the standard, as `pelayanan import` writes it."""
    table = (JAMBI / "tables/sp-dtks.csv").read_bytes()
    query = "?provider=pemkot-jambi&unit=dinsos-kota-jambi"
    status, answer = _json(server, "POST", "/import" + query, table, content_type="text/csv")
    code, printed = _cli(
        "import",
        "--provider",
        "pemkot-jambi",
        "--unit",
        "dinsos-kota-jambi",
        str(JAMBI / "tables/sp-dtks.csv"),
    )
    assert (status, code) == (200, 0)
    assert answer["documents"] == [json.loads(printed)]
    assert answer["findings"] == []


def test_import_with_validate_answers_the_report(server: int) -> None:
    """With validate=true the answer is a validation report (the report schema's shape)."""
    table = (JAMBI / "tables/sp-dtks.csv").read_bytes()
    query = "?validate=true&as_of=2024-06-01&lang=en"
    status, answer = _json(server, "POST", "/import" + query, table, content_type="text/csv")
    assert status in (200, 422)
    assert answer["as_of"] == "2024-06-01"
    assert [d["kind"] for d in answer["documents"]] == ["service_standard"]


def test_import_refuses_a_body_that_holds_no_table(server: int) -> None:
    """A body without a component column is a 400 with one line."""
    status, error = _json(server, "POST", "/import?format=csv", b"a,b\n1,2\n")
    assert status == 400
    assert "\n" not in error["error"]


def test_deadline_counts_working_days(server: int) -> None:
    """5 working days from Friday 5 April 2024, over the Idul Fitri holidays and cuti bersama.

    8–12 and 15 April are cuti bersama or holidays (SKB 2024), so counting starts on Tuesday 16
    April and the fifth working day is Monday 22 April.
    """
    status, answer = _json(server, "GET", "/deadline?start=2024-04-05&days=5")
    assert status == 200
    assert answer["due"] == "2024-04-22"
    status, answer = _json(server, "GET", "/deadline?start=2024-04-05&days=5&calendar_days=true")
    assert answer["due"] == "2024-04-10"


def test_deadline_without_days_is_a_400(server: int) -> None:
    """A missing parameter is named in the error."""
    status, error = _json(server, "GET", "/deadline?start=2024-04-05")
    assert status == 400
    assert error["error"].startswith("days is required")


def test_rules_lists_what_the_command_line_lists(server: int) -> None:
    """GET /rules?as_of= is `pelayanan rules --format json --as-of`."""
    status, rules = _json(server, "GET", f"/rules?as_of={AS_OF}")
    _, printed = _cli("rules", "--format", "json", "--as-of", AS_OF)
    assert status == 200
    assert rules == json.loads(printed)


def test_schemas_are_served_by_name(server: int) -> None:
    """GET /schema/document is the generated schema; an unknown name is a 404."""
    status, schema = _json(server, "GET", "/schema/document")
    assert (status, schema) == (200, documents_schema())
    status, error = _json(server, "GET", "/schema/nope")
    assert status == 404
    assert error["exit_code"] == 2


def test_an_unknown_path_is_a_json_404(server: int) -> None:
    """Even the framework's own errors are JSON with the exit code."""
    status, error = _json(server, "GET", "/nope")
    assert (status, error) == (404, {"error": "Not Found", "exit_code": 2})


def test_the_openapi_document_uses_the_json_schemas(server: int) -> None:
    """The request body of /validate is the document schema, the answer the report schema."""
    status, document = _json(server, "GET", "/openapi.json")
    assert status == 200
    operation = document["paths"]["/validate"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/document"}
    answer = operation["responses"]["422"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/report"}
    schemas = document["components"]["schemas"]
    assert {"document", "report", "service_standard", "Citation", "Finding"} <= set(schemas)
    text = json.dumps(document)
    assert "#/$defs/" not in text
    for ref in {part.split('"')[0] for part in text.split('"$ref": "#/components/schemas/')[1:]}:
        assert ref in schemas, ref


# --- the documented session ---------------------------------------------------------------------------------

DOC = ROOT / "docs" / "howto" / "other-languages.md"


def _sessions() -> list[list[tuple[str, str]]]:
    """The ``{code-block} console`` blocks of the page: (command, output shown) pairs."""
    sessions = []
    for block in DOC.read_text("utf-8").split("```{code-block} console\n")[1:]:
        commands: list[tuple[str, str]] = []
        for line in block.split("\n```")[0].splitlines():
            if line.startswith("$ "):
                commands.append((line[2:], ""))
            else:
                command, output = commands[-1]
                commands[-1] = (command, output + line + "\n")
        sessions.append(commands)
    return sessions


def test_the_curl_sessions_of_the_docs_answer_as_shown(server: int) -> None:
    """Each curl command on the how-to page, sent to the running service, prints what is shown."""
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    checker = doctest.OutputChecker()
    sessions = _sessions()
    assert len(sessions) == 2
    for command, shown in (pair for session in sessions for pair in session):
        assert "http://127.0.0.1:8000/" in command
        real = command.replace("127.0.0.1:8000", f"{HOST}:{server}")
        result = subprocess.run(
            ["bash", "-c", real], cwd=ROOT, capture_output=True, text=True, check=False, timeout=60
        )
        flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
        assert checker.check_output(shown, result.stdout, flags), f"{command}\n{result.stdout}"


# --- without the extra -----------------------------------------------------------------------------------


def test_without_the_extra_serve_names_it_in_one_line(tmp_path: Path) -> None:
    """When FastAPI cannot be imported, `pelayanan serve` says which extra to install."""
    script = (
        "import sys; sys.modules['fastapi'] = None; sys.modules['uvicorn'] = None\n"
        "from pelayanan.cli import main\n"
        "sys.exit(main(['serve']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=_environment(),
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "pelayanan: error: the HTTP service needs the server extra: "
        "pip install 'pelayanan[server]'\n"
    )
