"""`pelayanan validate` and `pelayanan rules`: the integrators' entry point."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from pelayanan import BUILTIN_RULES, Component, to_dict

from .conftest import EXAMPLES, ROOT, run_cli, run_installed

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
NASTY = ROOT / "tests" / "data" / "nasty"
AS_OF = "2024-06-01"


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    """Run `validate --format json` and parse what it prints."""
    result = run_cli("validate", "--format", "json", "--as-of", AS_OF, *args)
    return result.returncode, json.loads(result.stdout)


def all_findings(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Per-document and cross-document findings of a JSON report."""
    found = [
        {**f, "source": d["source"], "document_id": d["id"]}
        for d in report["documents"]
        for f in d["findings"]
    ]
    return found + report["cross_document"]


# --- the examples ------------------------------------------------------------------------------------


def test_the_examples_directory_reports_the_incomplete_example_and_exits_one() -> None:
    """Errors cite Pasal 21; all belong to the examples built to show them."""
    status, report = run_json(str(EXAMPLES))
    assert status == 1
    errors = [f for f in all_findings(report) if f["severity"] == "error"]
    assert errors
    assert {Path(f["source"]).name for f in errors} == {
        "rekomendasi-pbi-tidak-lengkap.json",
        "pengaduan-2024.json",  # the complaint still undecided 61 days after its file was complete
    }
    citations = {b["citation"] for f in errors for b in f["legal_basis"]}
    assert "UU 25/2009 Pasal 21 huruf a" in citations


@pytest.mark.parametrize(
    "name",
    [
        "provider.json",
        "services.json",
        "sp-dtks.json",
        "sp-sktm.json",
        "maklumat.json",
        "partisipasi-lain.json",
    ],
)
def test_each_complete_example_validates_without_errors(name: str) -> None:
    """The complete examples, alone, pass (exit code 0)."""
    status, report = run_json(str(JAMBI / name))
    assert status == 0
    assert report["counts"]["error"] == 0
    assert report["ok"] is True


@pytest.mark.parametrize("component", list(Component), ids=lambda c: c.letter)
def test_deleting_any_component_is_an_error_citing_pasal_21(
    component: Component, tmp_path: Path
) -> None:
    """Each of the 14 components removed from a complete standard: an error at its path."""
    data = json.loads((JAMBI / "sp-dtks.json").read_text("utf-8"))
    del data[component.value]
    path = tmp_path / "standard.json"
    path.write_text(json.dumps(data), "utf-8")
    status, report = run_json(str(path))
    assert status == 1
    [finding] = [f for f in all_findings(report) if f["severity"] == "error"]
    assert finding["path"] == f"/{component.value}"
    assert finding["legal_basis"][0]["citation"] == f"UU 25/2009 Pasal 21 huruf {component.letter}"


def test_checks_before_and_after_a_rules_start_differ_exactly_by_that_rule(tmp_path: Path) -> None:
    """A standard without SP4N-LAPOR! checked the day before and the day Permenpan RB 24/2014 began."""
    data = json.loads((JAMBI / "sp-dtks.json").read_text("utf-8"))
    channels = data["complaint_handling"]["channels"]
    data["complaint_handling"]["channels"] = [
        c for c in channels if not c["kind"].startswith("sp4n")
    ]
    for key in ("establishment", "consultations", "reviews", "publications"):
        del data[key]
    data["status"] = "draft"
    path = tmp_path / "standard.json"
    path.write_text(json.dumps(data), "utf-8")
    from pelayanan import CATALOGUE

    start = CATALOGUE["permenpan-rb-24-2014"].starts
    assert start is not None
    import datetime as dt

    def codes_on(day: dt.date) -> set[str]:
        result = run_cli("validate", "--format", "json", "--as-of", day.isoformat(), str(path))
        return {f["code"] for f in all_findings(json.loads(result.stdout))}

    assert codes_on(start) - codes_on(start - dt.timedelta(days=1)) == {"SP025"}
    assert codes_on(start - dt.timedelta(days=1)) <= codes_on(start)


# --- output formats ------------------------------------------------------------------------------


def test_json_output_has_the_documented_shape() -> None:
    """Per document its source and findings, each with code, severity, path, message, basis, hint."""
    _, report = run_json(str(JAMBI / "rekomendasi-pbi-tidak-lengkap.json"))
    assert set(report) >= {"documents", "cross_document", "as_of", "counts", "ok"}
    document = report["documents"][1]
    assert document["source"].endswith("rekomendasi-pbi-tidak-lengkap.json")
    assert document["path"] == "/1"
    finding = document["findings"][0]
    assert set(finding) >= {"code", "severity", "path", "message", "legal_basis", "hint"}
    assert all("citation" in basis for basis in finding["legal_basis"])


def test_sarif_output_is_sarif_2_1_0_with_lines() -> None:
    """Results carry rule ids, levels, file URIs and the line of the offending value."""
    result = run_cli(
        "validate",
        "--format",
        "sarif",
        "--as-of",
        AS_OF,
        str(JAMBI / "rekomendasi-pbi-tidak-lengkap.json"),
    )
    assert result.returncode == 1
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0"
    [sarif_run] = sarif["runs"]
    rules = {r["id"] for r in sarif_run["tool"]["driver"]["rules"]}
    results = sarif_run["results"]
    assert {r["ruleId"] for r in results} <= rules
    by_rule = {r["ruleId"]: r for r in results}
    location = by_rule["SP020"]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("rekomendasi-pbi-tidak-lengkap.json")
    lines = (JAMBI / "rekomendasi-pbi-tidak-lengkap.json").read_text("utf-8").splitlines()
    line = lines[location["region"]["startLine"] - 1]
    assert '"amount": 0' in line
    assert by_rule["SP001"]["level"] == "error"
    assert by_rule["SP022"]["level"] == "warning"


def test_text_output_is_plain_when_not_on_a_terminal() -> None:
    """No colour codes in a pipe; a summary line with the check date."""
    result = run_cli("validate", "--as-of", AS_OF, "--lang", "en", str(EXAMPLES))
    assert "\033[" not in result.stdout
    assert result.stdout.splitlines()[-1].endswith("(as of 2024-06-01)")
    assert "Component a (Legal basis) is missing." in result.stdout


def test_rules_lists_every_version_of_every_rule_with_citations_and_periods() -> None:
    """`pelayanan rules --format json`: every version, with code, severity, citation, period."""
    result = run_cli("rules", "--format", "json")
    assert result.returncode == 0
    rules = json.loads(result.stdout)
    assert len(rules) == len(BUILTIN_RULES)
    assert sorted({r["code"] for r in rules}) == BUILTIN_RULES.codes()
    sp025 = [(r["in_force_from"], r["in_force_until"]) for r in rules if r["code"] == "SP025"]
    assert len(sp025) == 2  # Permenpan RB 24/2014, then 62/2018 from the day the first ends
    assert sp025[0][1] == sp025[1][0]
    assert sp025[1][1] is None
    for entry in rules:
        assert bool(entry["legal_basis"]) != entry["integrity"], entry["code"]
        assert entry["severity"] in {"error", "warning", "info"}
        assert "in_force_from" in entry
        assert "in_force_until" in entry


def test_rules_text_lists_each_rule_with_its_basis() -> None:
    """The text listing names the code, the severity and the citations."""
    result = run_cli("rules", "--lang", "en")
    assert "SP010" in result.stdout
    assert "UU 25/2009 Pasal 21 huruf j" in result.stdout


def test_rules_text_is_in_indonesian_or_english_by_lang() -> None:
    """Severity and the words around the citations follow --lang; codes and citations do not.

    SP010 (component j, complaint handling) is an error from UU 25/2009, in force since
    18 July 2009; PG003 (the written-complaint response) is information, its text unverified.
    """
    indonesian = run_cli("rules", "--as-of", "2024-06-01")
    english = run_cli("rules", "--as-of", "2024-06-01", "--lang", "en")
    assert indonesian.returncode == english.returncode == 0
    id_lines, en_lines = indonesian.stdout.splitlines(), english.stdout.splitlines()
    assert (
        "SP010  kesalahan   2009-07-18 – …  Komponen j: Penanganan pengaduan, saran, dan masukan\n"
        "       UU 25/2009 Pasal 21 huruf j (kewajiban); Permenpan RB 15/2014 Lampiran\n"
    ) in indonesian.stdout
    assert "SP010  error    2009-07-18 – …  Component j: " in english.stdout
    assert "PG003  informasi   2009-07-18 – …  " in indonesian.stdout
    assert "  [belum terverifikasi]" in indonesian.stdout
    assert "PG003  info     2009-07-18 – …  " in english.stdout
    assert "UU 25/2009 Pasal 21 huruf j (obligation)" in english.stdout
    assert len(id_lines) == len(en_lines)
    for word in ("  error ", "  warning ", "  info ", "obligation", "unverified", "data integrity"):
        assert word not in indonesian.stdout
    assert "integritas data" in indonesian.stdout


def test_select_and_ignore_on_the_command_line() -> None:
    """`--select SP0` keeps component rules; `--ignore SP,SV` leaves nothing but loading problems."""
    target = str(JAMBI / "rekomendasi-pbi-tidak-lengkap.json")
    _, selected = run_json("--select", "SP0", target)
    assert {f["code"][:3] for f in all_findings(selected)} == {"SP0"}
    status, ignored = run_json("--ignore", "SP,SV", target)
    assert all_findings(ignored) == []
    assert status == 0


def test_a_select_or_ignore_code_that_matches_no_rule_is_a_usage_error() -> None:
    """A typo such as `--ignore SP02O` (letter O) must not silently change what is checked."""
    target = str(JAMBI / "sp-dtks.json")
    result = run_cli("validate", "--ignore", "SP022,SP02O", target)
    assert result.returncode == 2
    assert result.stdout == ""
    message = "--ignore SP02O: no rule code starts with this; `pelayanan rules` lists them"
    assert result.stderr.splitlines() == [f"pelayanan: error: {message}"]
    assert run_cli("validate", "--select", "zz,PL9", target).returncode == 2
    # Prefixes in any case, and the codes of loading problems, are known.
    assert run_cli("validate", "--select", "sp0,PL004", "--as-of", AS_OF, target).returncode == 0


# --- inputs and robustness --------------------------------------------------------------------------


def test_json_lines_are_checked_line_by_line_with_line_numbers() -> None:
    """Each line is a document; garbage on a line is a finding; valid lines are still reported."""
    status, report = run_json(str(NASTY / "mixed.jsonl"))
    assert status == 1
    sources = [d["source"].rsplit(":", 1)[1] for d in report["documents"]]
    assert sources == ["1", "2", "3"]  # line 4 is blank; line 5 is an empty list: no documents
    first, garbage, provider = report["documents"]
    assert first["loaded"]
    assert first["findings"] == []
    assert [f["code"] for f in garbage["findings"]] == ["PL004"]
    assert {f["code"] for f in provider["findings"]} == {"PL002"}


def test_standard_input_is_read_with_a_dash() -> None:
    """`pelayanan validate -` reads JSON Lines from standard input."""
    line = json.dumps(to_dict_example()) + "\n"
    result = run_cli("validate", "--format", "json", "--as-of", AS_OF, "-", stdin=line.encode())
    report = json.loads(result.stdout)
    assert report["documents"][0]["source"] == "<stdin>:1"
    assert result.returncode == 0


def test_a_pretty_printed_document_on_standard_input_is_one_document() -> None:
    """Piping a file as it is saved (`cat sp.json | pelayanan validate -`) checks one document."""
    pretty = json.dumps(to_dict_example(), indent=2) + "\n"
    result = run_cli("validate", "--format", "json", "--as-of", AS_OF, "-", stdin=pretty.encode())
    report = json.loads(result.stdout)
    assert [d["source"] for d in report["documents"]] == ["<stdin>"]
    assert report["documents"][0]["findings"] == []
    assert result.returncode == 0


def test_a_broken_pretty_printed_document_on_standard_input_is_one_finding() -> None:
    """A multi-line document with one syntax error is one unreadable document, not one per line.

    This runs the installed program with a real pipe on its standard input: exit code 1 (the data
    has an error), the finding in the report, nothing on standard error.
    """
    broken = '{\n  "kind": "service",,\n  "id": "x"\n}\n'
    result = run_installed(
        "validate", "--format", "json", "--as-of", AS_OF, "-", stdin=broken.encode()
    )
    report = json.loads(result.stdout)
    assert [d["source"] for d in report["documents"]] == ["<stdin>"]
    assert [f["code"] for f in report["documents"][0]["findings"]] == ["PL004"]
    assert result.returncode == 1
    assert result.stderr == ""


def test_json_lines_with_a_broken_first_line_keep_the_valid_lines() -> None:
    """When most lines are objects on their own, a broken first line does not hide the rest."""
    good = [json.dumps({**to_dict_example(), "id": f"sp-{n}"}) for n in range(3)]
    text = "\n".join(["{broken", *good]) + "\n"
    result = run_cli("validate", "--format", "json", "--as-of", AS_OF, "-", stdin=text.encode())
    report = json.loads(result.stdout)
    sources = [d["source"] for d in report["documents"]]
    assert sources == ["<stdin>:1", "<stdin>:2", "<stdin>:3", "<stdin>:4"]
    assert [f["code"] for f in report["documents"][0]["findings"]] == ["PL004"]
    assert all(d["findings"] == [] for d in report["documents"][1:])


def run_json_through_pipe(fifo: Path, content: bytes) -> tuple[int, dict[str, Any]]:
    """Validate a named pipe at ``fifo`` while a thread writes ``content`` into it."""
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as handle:
            handle.write(content)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        return run_json(str(fifo))
    finally:
        writer.join(timeout=30)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_is_read_like_standard_input(tmp_path: Path) -> None:
    """A path that is a pipe (`<(curl ...)`, a FIFO) is read, not refused as missing."""
    fifo = tmp_path / "standards"
    code, report = run_json_through_pipe(fifo, json.dumps(to_dict_example(), indent=2).encode())
    assert [d["source"] for d in report["documents"]] == [str(fifo)]
    assert code == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_pipe_gives_the_same_findings_as_the_files(tmp_path: Path) -> None:
    """A pipe cannot be read twice, so references into it must be kept from the first reading."""
    documents: list[object] = []
    for path in sorted(JAMBI.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        documents.extend(data if isinstance(data, list) else [data])
    lines = "".join(json.dumps(d) + "\n" for d in documents).encode()

    def findings(report: dict[str, Any]) -> list[tuple[str, str, str]]:
        return sorted(
            (d["id"], f["code"], f["path"]) for d in report["documents"] for f in d["findings"]
        )

    _, piped = run_json_through_pipe(tmp_path / "all.jsonl", lines)
    _, from_files = run_json(str(JAMBI))
    assert len(piped["documents"]) == len(documents)
    assert findings(piped) == findings(from_files)


def to_dict_example() -> dict[str, Any]:
    """The complete DTKS standard as a dict."""
    from pelayanan import from_json

    return to_dict(from_json((JAMBI / "sp-dtks.json").read_bytes()))


@pytest.mark.parametrize("name", sorted(p.name for p in NASTY.iterdir()))
def test_nasty_files_give_findings_never_a_traceback(name: str) -> None:
    """Every file of the nasty corpus is answered with findings and exit code 1."""
    result = run_cli("validate", "--as-of", AS_OF, str(NASTY / name))
    assert result.returncode == 1
    assert "PL" in result.stdout


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.json", b"[" * 100_000 + b"]" * 100_000),
        ("deep-object.json", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
        ("huge-number.json", b"9" * 100_000),
        ("huge-string.json", b'{"kind": "service", "id": "' + b"x" * 5_000_000 + b'"}'),
        ("lone-surrogate.json", b'{"kind": "service", "id": "\\ud800"}'),
    ],
)
def test_generated_nasty_inputs_give_findings(name: str, content: bytes, tmp_path: Path) -> None:
    """Deep nesting, huge numbers and strings, lone surrogates: findings, exit code 1."""
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("validate", "--as-of", AS_OF, str(path))
    assert result.returncode == 1


def test_valid_documents_in_the_same_run_are_still_fully_reported(tmp_path: Path) -> None:
    """Nasty files next to a broken standard: the standard's findings are all there."""
    (tmp_path / "a-nasty.json").write_bytes(b"\xff\xff")
    broken = to_dict_example()
    del broken["fee"]
    (tmp_path / "b-standard.json").write_text(json.dumps(broken), "utf-8")
    status, report = run_json(str(tmp_path))
    assert status == 1
    [nasty, standard] = report["documents"]
    assert [f["code"] for f in nasty["findings"]] == ["PL004"]
    assert [f["code"] for f in standard["findings"]] == ["SP005"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", "--lang", "en", "no/such/file.json"], "cannot read no/such/file.json"),
        (["validate", "--as-of", "2024-13-01", "--lang", "en", str(JAMBI)], "is not a date"),
        (["validate", "--format", "xml", str(JAMBI)], "pilihan tidak sah"),
        (["validate", "--format", "xml", "--lang", "en", str(JAMBI)], "invalid choice"),
        (["validate"], "wajib diisi"),
        (["rules", "--format", "sarif"], "pilihan tidak sah"),
    ],
)
def test_usage_errors_exit_two_with_one_line(args: list[str], message: str) -> None:
    """Bad options and unreadable paths: exit code 2 and a short error on standard error."""
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_worker_processes_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    """`--jobs 2` in the installed program prints the JSON that `--jobs 1` prints, byte for byte.

    The two worker processes are started by the real program, as a user's shell would start it.
    """
    lines = []
    for path in sorted(JAMBI.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        lines.extend(json.dumps(d) for d in (data if isinstance(data, list) else [data]))
    lines.extend(["not json", '{"kind": "nope"}'] * 150)  # enough texts for several batches
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines * 2) + "\n", "utf-8")
    one = run_cli("validate", "--format", "json", "--as-of", AS_OF, "--jobs", "1", str(source))
    two = run_installed(
        "validate", "--format", "json", "--as-of", AS_OF, "--jobs", "2", str(source)
    )
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert json.loads(two.stdout)["cross_document"]


def test_selecting_rules_does_not_hide_the_documents_they_look_at() -> None:
    """`--select SV` still keeps the providers that SV002 looks up: no false "unknown unit"."""
    _, report = run_json("--select", "SV", str(EXAMPLES))
    codes = [f["code"] for f in all_findings(report)]
    assert codes == ["SV001"]  # the deliberately incomplete PBI service, and nothing else
