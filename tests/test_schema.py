"""The published JSON Schemas agree with the loader: what one refuses, the other refuses too."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from pelayanan import DOCUMENT_KINDS, to_dict, validate
from pelayanan.cli import main
from pelayanan.io.schema import (
    SCHEMA_BASE,
    UnknownKindError,
    document_schema,
    documents_schema,
    schema_id,
    schema_names,
)
from pelayanan.law import CATALOGUE
from pelayanan.model.providers import ChannelKind
from pelayanan.rules.validation import report_schema
from pelayanan.strategies import documents

from .conftest import EXAMPLES

jsonschema = pytest.importorskip("jsonschema")

EXAMPLE_FILES = sorted(EXAMPLES.rglob("*.json"))
AS_OF = dt.date(2024, 6, 1)
ANY_DOCUMENT = jsonschema.Draft202012Validator(documents_schema())


def _example_documents() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in EXAMPLE_FILES:
        data = json.loads(path.read_text("utf-8"))
        for index, document in enumerate(data if isinstance(data, list) else [data]):
            yield f"{path.name}#{index}", document


EXAMPLE_DOCUMENTS = list(_example_documents())


def _schema_refuses(document: object) -> bool:
    return next(ANY_DOCUMENT.iter_errors(document), None) is not None


def _loader_refuses(document: object) -> bool:
    """Whether loading gives a structural (``PL``) finding; no compliance rule is run."""
    report = validate(document, as_of=AS_OF, select=["PL"])
    return any(f.code.startswith("PL") for f in report.findings)


# --- the schemas themselves --------------------------------------------------------------------------


@pytest.mark.parametrize("name", schema_names())
def test_every_schema_is_valid_json_schema_2020_12(name: str) -> None:
    """Each generated schema passes the 2020-12 meta-schema and names its dialect."""
    schema = document_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_kind_has_a_schema_with_a_stable_id() -> None:
    """One schema per document kind, each at base + kind + .json, plus one for any document."""
    assert schema_names() == (*DOCUMENT_KINDS, "document")
    assert SCHEMA_BASE == "https://pelayanan.readthedocs.io/schema/0.x/"
    for name in schema_names():
        assert document_schema(name)["$id"] == f"{SCHEMA_BASE}{name}.json" == schema_id(name)


def test_an_unknown_kind_is_refused_with_the_kinds_that_exist() -> None:
    """Asking for the schema of a misspelt kind names the right ones."""
    with pytest.raises(UnknownKindError, match="service_standard"):
        document_schema("standard")


def _objects(schema: object) -> Iterator[dict[str, Any]]:
    if isinstance(schema, dict):
        if "properties" in schema:
            yield schema
        for value in schema.values():
            yield from _objects(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _objects(value)


@pytest.mark.parametrize("name", schema_names())
def test_every_object_is_closed_and_titled(name: str) -> None:
    """Unknown fields are refused everywhere, as the loader refuses them; each class has a title."""
    schema = document_schema(name)
    objects = list(_objects(schema))
    assert objects
    for obj in objects:
        assert obj["additionalProperties"] is False
    for definition in schema.get("$defs", {}).values():
        assert definition["title"]


def test_a_document_carries_its_kind_as_a_constant() -> None:
    """The envelope: ``kind`` is required and fixed to the document's kind."""
    schema = document_schema("service_standard")
    assert schema["properties"]["kind"] == {"const": "service_standard"}
    assert schema["required"][:3] == ["kind", "id", "service_id"]


def test_titles_and_descriptions_come_from_the_docstrings() -> None:
    """A class's first docstring line is its title; a field's docstring its description."""
    schema = document_schema("provider")
    assert schema["title"].startswith("*Penyelenggara pelayanan publik* (UU 25/2009 Pasal 1)")
    unit = schema["$defs"]["Unit"]
    assert unit["properties"]["parent_id"]["description"].startswith("The unit this one reports to")


def test_enumerations_list_their_values_with_both_labels() -> None:
    """An enum is its values, and its description gives the Indonesian and English label."""
    channel = document_schema("provider")["$defs"]["ChannelKind"]
    assert channel["enum"] == [member.value for member in ChannelKind]
    assert "- `counter`: Loket/tatap muka / Counter (in person)" in channel["description"]


def test_the_shorthand_forms_of_the_loader_are_described() -> None:
    """Citations as text, catalogue keys, and amounts as strings or numbers are all allowed."""
    defs = document_schema("service_standard")["$defs"]
    assert defs["Citation"]["anyOf"][0]["type"] == "string"
    assert "uu-25-2009" in defs["Instrument"]["anyOf"][0]["enum"]
    assert set(defs["Instrument"]["anyOf"][0]["enum"]) == set(CATALOGUE)
    amount = defs["Fee"]["properties"]["amount"]
    validator = jsonschema.Draft202012Validator({**amount, "$defs": defs})
    # null: a fee in another form (a tariff table, by payer, by reference) has no single amount
    for accepted in (15000, "15000", "2500.50", 0, None):
        assert validator.is_valid(accepted), accepted
    for refused in ("lima ribu", True):
        assert not validator.is_valid(refused), refused


def test_a_validator_s_rule_is_in_the_schema() -> None:
    """``id`` must not be blank and a standard's version is at least 1, in both places."""
    schema = document_schema("service_standard")
    assert schema["properties"]["id"]["minLength"] == 1
    assert schema["properties"]["version"]["minimum"] == 1


# --- the schema and the loader agree -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "document"), EXAMPLE_DOCUMENTS, ids=[n for n, _ in EXAMPLE_DOCUMENTS]
)
def test_every_example_passes_the_schema(name: str, document: dict[str, Any]) -> None:
    """The bundled examples are valid under the schema of any document and of their own kind."""
    ANY_DOCUMENT.validate(document)
    jsonschema.Draft202012Validator(document_schema(document["kind"])).validate(document)


def test_every_example_file_passes_as_a_whole() -> None:
    """A file holding a list of documents is valid under the ``document`` schema too."""
    for path in EXAMPLE_FILES:
        ANY_DOCUMENT.validate(json.loads(path.read_text("utf-8")))


@given(documents())
def test_every_generated_document_passes_the_schema(document: object) -> None:
    """Whatever the model allows, written as JSON, the schema accepts."""
    data = json.loads(json.dumps(to_dict(document)))
    errors = [f"{e.json_path}: {e.message}" for e in ANY_DOCUMENT.iter_errors(data)]
    assert errors == []


_UNKNOWN_STRING = "zz-no-such-value"


def _locations(data: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _locations(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _locations(value, (*path, index))


def _replace(data: Any, path: tuple[Any, ...], make: Any) -> Any:
    if not path:
        return make(data)
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _replace(data[path[0]], path[1:], make)
    return copy


_DELETE = object()


def _mutations(data: object) -> Iterator[tuple[str, str, Any]]:
    """(what, how, mutated document): one change at each place in the document."""
    for path in _locations(data):
        where = "/" + "/".join(map(str, path))
        value = data
        for step in path:
            value = value[step]  # type: ignore[index]
        if isinstance(value, dict):
            yield where, "unknown field", _replace(data, path, lambda v: {**v, "zz_extra": 1})
            for key in value:
                if key != "kind":
                    yield (
                        f"{where}/{key}",
                        "removed",
                        _replace(
                            data, path, lambda v, k=key: {x: y for x, y in v.items() if x != k}
                        ),
                    )
        if path and path[-1] != "kind":
            for how, new in (
                ("null", None),
                ("number", 7.5),
                ("boolean", True),
                ("object", {"zz": 1}),
                ("list", [1]),
                ("string", _UNKNOWN_STRING),
            ):
                if type(new) is not type(value):
                    yield where, how, _replace(data, path, lambda _v, n=new: n)


def _sampled_mutations() -> list[tuple[str, str, str, Any]]:
    rng = random.Random(20240601)
    found = []
    for name, document in EXAMPLE_DOCUMENTS:
        mutations = list(_mutations(document))
        for where, how, mutated in rng.sample(mutations, min(len(mutations), 40)):
            found.append((name, where, how, mutated))
    return found


MUTATIONS = _sampled_mutations()


@pytest.mark.parametrize(
    ("name", "where", "how", "mutated"),
    MUTATIONS,
    ids=[f"{n}{w}:{h}" for n, w, h, _ in MUTATIONS],
)
def test_schema_and_loader_agree_on_mutated_examples(
    name: str,
    where: str,
    how: str,
    mutated: Any,
) -> None:
    """A change the schema refuses, the loader refuses with a PL finding; and the other way round.

    The converse holds for every change of JSON type, unknown field and removed field; a string
    changed to another string (a date, a citation's text) may be something only the loader can
    read, so only the first direction is asked of it.
    """
    schema_refuses = _schema_refuses(mutated)
    loader_refuses = _loader_refuses(mutated)
    if schema_refuses:
        assert loader_refuses, f"the loader accepts {how} at {where}"
    if loader_refuses and how != "string":
        assert schema_refuses, f"the schema accepts {how} at {where}"


def test_the_mutations_exercise_both_answers() -> None:
    """The sample holds changes that are refused and changes that are still valid."""
    answers = {_schema_refuses(m) for _, _, _, m in MUTATIONS}
    assert answers == {True, False}
    assert len(MUTATIONS) > 300


# --- the command ------------------------------------------------------------------------------------------


def test_the_schema_command_writes_every_schema_under_its_id_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pelayanan schema -o DIR` writes one file per kind, `document` and `report`."""
    assert main(["schema", "-o", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"{name}.json" for name in (*schema_names(), "report"))
    assert capsys.readouterr().out.count("\n") == len(written)
    for path in tmp_path.iterdir():
        schema = json.loads(path.read_text("utf-8"))
        assert schema["$id"].endswith("/" + path.name)
        jsonschema.Draft202012Validator.check_schema(schema)
    assert json.loads((tmp_path / "service.json").read_text("utf-8")) == document_schema("service")
    assert json.loads((tmp_path / "report.json").read_text("utf-8")) == report_schema()


def test_the_schema_command_prints_one_kind(capsys: pytest.CaptureFixture[str]) -> None:
    """`pelayanan schema complaint` prints that schema alone."""
    assert main(["schema", "complaint"]) == 0
    assert json.loads(capsys.readouterr().out) == document_schema("complaint")


def test_an_unwritable_directory_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Writing where a file stands fails with exit code 2 and no traceback."""
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["schema", "-o", str(blocker / "sub")]) == 2
    assert capsys.readouterr().err.startswith("pelayanan: error: cannot write to")
