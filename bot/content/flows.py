"""Flows and referral entries as data: the model, and a loader that reports file:line problems."""

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from bot.content.cards import CARD_FILE, Card, load_card
from bot.content.problems import Problem, display_path
from bot.content.yamlsource import LocatedYaml, YamlError, load_located

SPEC_VERSION = 1
REFERRALS_FILE = "referrals.yaml"


@dataclass(frozen=True)
class MessageRef:
    """A Fluent message to say, with numeric arguments fixed by the flow."""

    id: str
    line: int
    args: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Option:
    """A choice offered at a node: its label message and where it leads."""

    label: str
    line: int
    next: str | None = None
    flow: str | None = None


@dataclass(frozen=True)
class TextInput:
    """Free text a node accepts, of a declared kind, and the node it leads to."""

    kind: str
    next: str
    line: int


@dataclass(frozen=True)
class Source:
    """Where the facts of a node come from."""

    title: str
    url: str | None = None
    seed: str | None = None
    doc: str | None = None


@dataclass(frozen=True)
class Node:
    """One step of a conversation."""

    name: str
    line: int
    say: tuple[MessageRef, ...] = ()
    options: tuple[Option, ...] = ()
    input: TextInput | None = None
    referrals: tuple[str, ...] = ()
    language_menu: bool = False
    next: str | None = None
    end: bool = False
    sources: tuple[Source, ...] = ()
    regional_referrals: bool = False
    national_referrals: bool = False
    regional_services: tuple[str, ...] = ()
    jurisdiction: str | None = None
    reviewed: str | None = None
    review_by: str | None = None
    legal_review: str = ""  # what a lawyer must confirm: a contested or changing point
    route: str = ""  # "topic" or "urgent" when free text can lead here; "" when it cannot
    safety: str = ""  # "emergency" or "despair": the crisis this node answers, before any topic

    @property
    def urgent(self) -> bool:
        """True for a situation happening now, which free text reaches before any other."""
        return self.route == "urgent"


@dataclass(frozen=True)
class Flow:
    """A scripted conversation loaded from flows/<id>.yaml."""

    id: str
    path: str
    start: str
    nodes: Mapping[str, Node]
    entry: bool = False
    greeting: tuple[MessageRef, ...] = ()
    hotline_services: tuple[str, ...] = ()
    requires_sources: bool = False
    line: int = 1


@dataclass(frozen=True)
class Referral:
    """An organization a person can call (or, for a directory, look up on the web), with the
    sources of its number or address."""

    id: str
    message: str
    region: tuple[str, ...]
    sources: tuple[Source, ...]
    verified: str
    line: int
    phone: str = ""
    web: str = ""
    services: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    hours: str = ""


@cache
def _schema(name: str) -> dict[str, Any]:
    """The JSON Schema shipped in the package, read once."""
    text = resources.files("bot.content.schema").joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for one schema, with the flow schema registered for cross-references."""
    from referencing import Registry, Resource

    flow_schema = _schema("flow.schema.json")
    registry: Registry[Any] = Registry().with_resource(
        flow_schema["$id"], Resource.from_contents(flow_schema)
    )
    return jsonschema.Draft202012Validator(_schema(name), registry=registry)


def _schema_message(error: jsonschema.ValidationError) -> str:
    """Say what is wrong in words an organizer can act on."""
    where = "/".join(str(part) for part in error.absolute_path) or "the file"
    if error.validator == "additionalProperties":
        return f"{where}: {error.message}; {_spelling_hint(error)}"
    if error.validator == "required":
        return f"{where}: {error.message}"
    if error.validator == "pattern":
        shown = error.schema.get("examples") if isinstance(error.schema, dict) else None
        like = " or ".join(str(example) for example in shown) if shown else error.validator_value
        return f"{where}: {error.instance!r} is not written the way this needs; write it like {like}"
    if error.validator == "type":
        return (f"{where}: {error.instance!r} should be {_type_words(error.validator_value)}, "
                f"not {_type_words(_json_type(error.instance))}")
    if error.validator == "oneOf" and isinstance(error.instance, dict) and "label" in error.instance:
        return f"{where}: an option needs exactly one of `next` (a node) or `flow` (a flow)"
    return f"{where}: {error.message}"


TYPE_WORDS = {"string": "a text", "integer": "a whole number", "number": "a number",
              "boolean": "true or false", "array": "a list (lines starting with -)",
              "object": "a group of `key: value` lines", "null": "empty"}


def _type_words(kind: object) -> str:
    """A JSON Schema type (or list of types) in plain words."""
    kinds = kind if isinstance(kind, list) else [kind]
    return " or ".join(TYPE_WORDS.get(str(item), str(item)) for item in kinds)


def _json_type(value: object) -> str:
    """The JSON Schema type name of a YAML value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", str: "string", list: "array", dict: "object"}.get(type(value), "null")


def _spelling_hint(error: jsonschema.ValidationError) -> str:
    """'Did you mean' for keys the schema does not know, from the keys it does."""
    known = list(error.schema.get("properties", {})) if isinstance(error.schema, dict) else []
    unknown = [key for key in error.instance if key not in known] if isinstance(error.instance, dict) else []
    guesses = [f"{key!r}: did you mean {close[0]!r}?" for key in unknown
               if (close := difflib.get_close_matches(str(key), known, n=1))]
    return "; ".join(guesses) if guesses else "check the spelling of the key"


def validate_schema(doc: LocatedYaml, schema: str, root: Path) -> list[Problem]:
    """Check a YAML document against a shipped schema; one problem per error, at its line."""
    errors = sorted(_validator(schema).iter_errors(doc.data), key=lambda e: list(e.absolute_path))
    shown = display_path(doc.path, root)
    return [
        Problem(shown, doc.line(tuple(error.absolute_path)), _schema_message(error))
        for error in errors
    ]


def _message_refs(raw: list[Any], doc: LocatedYaml, at: tuple[str | int, ...]) -> tuple[MessageRef, ...]:
    """Build message references from `say`-style lists (a bare id or {id, args})."""
    refs = []
    for index, item in enumerate(raw):
        line = doc.line((*at, index))
        if isinstance(item, str):
            refs.append(MessageRef(item, line))
        else:
            refs.append(MessageRef(item["id"], line, dict(item.get("args", {}))))
    return tuple(refs)


def _sources(raw: list[dict[str, str]]) -> tuple[Source, ...]:
    """Build source records."""
    return tuple(Source(s["title"], s.get("url"), s.get("seed"), s.get("doc")) for s in raw)


def _node(name: str, raw: dict[str, Any], doc: LocatedYaml) -> Node:
    """Build one node from validated data."""
    at: tuple[str | int, ...] = ("nodes", name)
    options = tuple(
        Option(o["label"], doc.line((*at, "options", i)), o.get("next"), o.get("flow"))
        for i, o in enumerate(raw.get("options", []))
    )
    text_input = None
    if "input" in raw:
        text_input = TextInput(raw["input"]["kind"], raw["input"]["next"], doc.line((*at, "input")))
    return Node(
        name=name,
        line=doc.line(at),
        say=_message_refs(raw.get("say", []), doc, (*at, "say")),
        options=options,
        input=text_input,
        referrals=tuple(raw.get("referrals", [])),
        language_menu=bool(raw.get("language_menu", False)),
        next=raw.get("next"),
        end=bool(raw.get("end", False)),
        sources=_sources(raw.get("sources", [])),
        regional_referrals=bool(raw.get("regional_referrals", False)),
        national_referrals=bool(raw.get("national_referrals", False)),
        regional_services=tuple(raw.get("regional_services", [])),
        jurisdiction=raw.get("jurisdiction"),
        reviewed=raw.get("reviewed"),
        review_by=raw.get("review_by"),
        legal_review=str(raw.get("legal_review", "")),
        route=str(raw.get("route", "")),
        safety=str(raw.get("safety", "")),
    )


def load_flow(path: Path, root: Path) -> tuple[Flow | None, list[Problem]]:
    """Load and validate one flow file; the flow is None when it has schema errors."""
    try:
        doc = load_located(path, root)
    except YamlError as error:
        return None, [Problem(display_path(path, root), error.line, f"{error.problem}. This flow "
                              "could not be read, so the checks that depend on it were skipped")]
    problems = validate_schema(doc, "flow.schema.json", root)
    if problems:
        return None, problems
    data = doc.data
    shown = display_path(path, root)
    if data["flow"] != path.stem:
        problems.append(Problem(shown, doc.line(("flow",)), f"the flow is called {data['flow']!r} but "
                                f"its file is {path.name}; rename one so they match"))
    flow = Flow(
        id=data["flow"],
        path=shown,
        start=data["start"],
        nodes={name: _node(name, raw, doc) for name, raw in data["nodes"].items()},
        entry=bool(data.get("entry", False)),
        greeting=_message_refs(data.get("greeting", []), doc, ("greeting",)),
        hotline_services=tuple(data.get("hotline_services", [])),
        requires_sources=bool(data.get("requires_sources", False)),
    )
    return flow, problems


def load_referrals(path: Path, root: Path) -> tuple[dict[str, Referral], list[Problem]]:
    """Load and validate the referral directory."""
    if not path.exists():
        return {}, []
    try:
        doc = load_located(path, root)
    except YamlError as error:
        return {}, [Problem(display_path(path, root), error.line, error.problem)]
    problems = validate_schema(doc, "referrals.schema.json", root)
    if problems:
        return {}, problems
    referrals = {
        key: Referral(
            id=key,
            message=raw["message"],
            phone=str(raw.get("phone", "")),
            web=str(raw.get("web", "")),
            region=tuple(raw["region"]),
            sources=_sources(raw["sources"]),
            verified=str(raw["verified"]),
            line=doc.line(("referrals", key)),
            services=tuple(raw["services"]),
            languages=tuple(raw.get("languages", [])),
            hours=str(raw.get("hours", "")),
        )
        for key, raw in doc.data["referrals"].items()
    }
    return referrals, []


@dataclass(frozen=True)
class FlowSet:
    """Every flow and referral entry of a deployment."""

    flows: Mapping[str, Flow]
    referrals: Mapping[str, Referral]
    card: Card | None = None  # the rights card (flows/card.yaml), if the deployment has one

    @property
    def entry(self) -> Flow:
        """The flow that holds the main menu."""
        return next(flow for flow in self.flows.values() if flow.entry)


def load_flows(flows_dir: Path, root: Path) -> tuple[FlowSet, list[Problem]]:
    """Load every flows/*.yaml file and the referral directory, collecting all problems."""
    flows: dict[str, Flow] = {}
    problems: list[Problem] = []
    for path in sorted(flows_dir.glob("*.yaml")):
        if path.name in (REFERRALS_FILE, CARD_FILE):
            continue
        flow, found = load_flow(path, root)
        problems.extend(found)
        if flow is not None:
            flows[flow.id] = flow
    referrals, found = load_referrals(flows_dir / REFERRALS_FILE, root)
    problems.extend(found)
    card, found = load_card(flows_dir / CARD_FILE, root, validate_schema)
    problems.extend(found)
    return FlowSet(flows, referrals, card), problems
