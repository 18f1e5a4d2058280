"""Validate every example in openapi.yaml against the schema it illustrates.

Examples that are checked (each against a JSON Schema 2020-12 validator with format checking;
``$ref`` is resolved against the whole document):

* parameters (``paths``, operations, ``components.parameters``): ``example`` and
  ``examples.*.value`` against the parameter's ``schema``;
* media types of request bodies, responses (any status) and webhook request bodies, wherever they
  live (``paths``, ``webhooks``, ``components.requestBodies``, ``components.responses``):
  ``example`` and ``examples.*.value`` against the media type's ``schema``;
* schemas under ``components.schemas`` (including nested subschemas): each item of a JSON Schema
  ``examples`` array, and a (deprecated) ``example``, against that schema.

An object reached through ``$ref`` is checked once, at the place where it is defined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final, NamedTuple
from urllib.parse import urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = [
    "SPEC_URI",
    "Example",
    "ExampleResult",
    "collect_examples",
    "load_spec",
    "validate_examples",
]

SPEC_URI: Final = "urn:assetpay:openapi"
"""Base URI the document is registered under, so ``#/components/...`` references resolve."""

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_SCHEMA_MAP_KEYWORDS: Final = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_KEYWORDS: Final = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_SCHEMA_LIST_KEYWORDS: Final = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAX_MESSAGE: Final = 240


class _SpecLoader(yaml.SafeLoader):
    """Safe loader that keeps timestamps as strings, as a JSON parser would see them."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_spec(path: Path) -> dict[str, Any]:
    """Load an OpenAPI YAML (or JSON) document; dates and times stay strings."""
    with path.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_SpecLoader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(document, dict):
        raise TypeError(f"{path}: the top level is not a mapping")
    return document


@dataclass(frozen=True)
class Example:
    """One example value and the schema it must satisfy."""

    location: str
    """Dotted path of the example in the document, e.g. ``paths./x.get.parameters[0].example``."""
    value: Any
    schema_pointer: str | None
    """JSON pointer of the schema (``None``: there is no schema to check the example against)."""


class ExampleResult(NamedTuple):
    """``(location, errors)`` of one example; ``errors`` is empty when the example is valid."""

    location: str
    errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _resolve_pointer(document: Any, pointer: str) -> Any:
    node = document
    for raw in pointer.lstrip("#").split("/")[1:]:
        token = _unescape(raw)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


@dataclass(frozen=True)
class _Node:
    """A node of the document with its JSON pointer and its dotted, human-readable path."""

    value: Any
    pointer: str
    dotted: str

    def child(self, key: str | int) -> _Node:
        if isinstance(key, int):
            return _Node(self.value[key], f"{self.pointer}/{key}", f"{self.dotted}[{key}]")
        dotted = f"{self.dotted}.{key}" if self.dotted else key
        return _Node(self.value[key], f"{self.pointer}/{_escape(key)}", dotted)

    def get(self, key: str) -> _Node | None:
        if isinstance(self.value, Mapping) and key in self.value:
            return self.child(key)
        return None

    def items(self) -> Iterator[tuple[str, _Node]]:
        if isinstance(self.value, Mapping):
            for key in self.value:
                yield str(key), self.child(key)

    def elements(self) -> Iterator[_Node]:
        if isinstance(self.value, list):
            for index in range(len(self.value)):
                yield self.child(index)


def _pointer_to_dotted(pointer: str) -> str:
    parts: list[str] = []
    for raw in pointer.lstrip("#").split("/")[1:]:
        token = _unescape(raw)
        if token.isdigit() and parts:
            parts[-1] += f"[{token}]"
        else:
            parts.append(token)
    return ".".join(parts)


class _Collector:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.seen: set[str] = set()
        self.examples: list[Example] = []

    def deref(self, node: _Node) -> _Node | None:
        """Follow ``$ref`` chains to the defining node; ``None`` if already visited or dangling."""
        hops = 0
        while isinstance(node.value, Mapping) and isinstance(node.value.get("$ref"), str):
            ref: str = node.value["$ref"]
            if not ref.startswith("#/") or hops > 20:
                return None
            try:
                value = _resolve_pointer(self.spec, ref)
            except (KeyError, IndexError, ValueError, TypeError):
                return None
            node = _Node(value, ref, _pointer_to_dotted(ref))
            hops += 1
        if node.pointer in self.seen:
            return None
        self.seen.add(node.pointer)
        return node

    def add_examples(self, holder: _Node, schema: _Node | None) -> None:
        """Collect ``example`` and ``examples.*.value`` of a parameter or media type object."""
        schema_pointer = schema.pointer if schema is not None else None
        single = holder.get("example")
        if single is not None:
            self.examples.append(Example(single.dotted, single.value, schema_pointer))
        named = holder.get("examples")
        if named is not None and isinstance(named.value, Mapping):
            for _, entry in named.items():
                target = self.deref(entry)
                if target is None or not isinstance(target.value, Mapping):
                    continue
                value = target.get("value")
                if value is not None:
                    self.examples.append(Example(value.dotted, value.value, schema_pointer))

    def parameter(self, node: _Node) -> None:
        target = self.deref(node)
        if target is None or not isinstance(target.value, Mapping):
            return
        schema = target.get("schema")
        if schema is None:  # a parameter described by `content` instead of `schema`
            content = target.get("content")
            for _, media in content.items() if content is not None else iter(()):
                self.media_type(media)
            return
        self.add_examples(target, schema)

    def media_type(self, node: _Node) -> None:
        if not isinstance(node.value, Mapping) or node.pointer in self.seen:
            return
        self.seen.add(node.pointer)
        self.add_examples(node, node.get("schema"))

    def content_holder(self, node: _Node) -> None:
        """A request body or response object (possibly a ``$ref``)."""
        target = self.deref(node)
        if target is None or not isinstance(target.value, Mapping):
            return
        content = target.get("content")
        if content is not None:
            for _, media in content.items():
                self.media_type(media)

    def operation(self, node: _Node) -> None:
        parameters = node.get("parameters")
        for parameter in parameters.elements() if parameters is not None else ():
            self.parameter(parameter)
        body = node.get("requestBody")
        if body is not None:
            self.content_holder(body)
        responses = node.get("responses")
        for _, response in responses.items() if responses is not None else ():
            self.content_holder(response)

    def path_item(self, node: _Node) -> None:
        target = self.deref(node)
        if target is None or not isinstance(target.value, Mapping):
            return
        parameters = target.get("parameters")
        for parameter in parameters.elements() if parameters is not None else ():
            self.parameter(parameter)
        for method in HTTP_METHODS:
            operation = target.get(method)
            if operation is not None and isinstance(operation.value, Mapping):
                self.operation(operation)

    def schema(self, node: _Node) -> None:
        """Collect JSON Schema ``examples`` (and the old ``example``) of a schema and its parts."""
        if not isinstance(node.value, Mapping) or ("$ref" in node.value and len(node.value) == 1):
            return
        listed = node.get("examples")
        if listed is not None and isinstance(listed.value, list):
            for item in listed.elements():
                self.examples.append(Example(item.dotted, item.value, node.pointer))
        single = node.get("example")
        if single is not None:
            self.examples.append(Example(single.dotted, single.value, node.pointer))
        for keyword in _SCHEMA_MAP_KEYWORDS:
            mapping = node.get(keyword)
            for _, sub in mapping.items() if mapping is not None else ():
                self.schema(sub)
        for keyword in _SCHEMA_KEYWORDS:
            single_sub = node.get(keyword)
            if single_sub is not None:
                self.schema(single_sub)
        for keyword in _SCHEMA_LIST_KEYWORDS:
            listing = node.get(keyword)
            for sub in listing.elements() if listing is not None else ():
                self.schema(sub)

    def run(self) -> list[Example]:
        root = _Node(self.spec, "#", "")
        for key in ("paths", "webhooks"):
            section = root.get(key)
            for _, item in section.items() if section is not None else ():
                self.path_item(item)
        components = root.get("components")
        if components is not None:
            for name, handler in (
                ("parameters", self.parameter),
                ("requestBodies", self.content_holder),
                ("responses", self.content_holder),
                ("pathItems", self.path_item),
                ("schemas", self.schema),
            ):
                section = components.get(name)
                for _, item in section.items() if section is not None else ():
                    handler(item)
        return self.examples


def collect_examples(spec: Mapping[str, Any]) -> list[Example]:
    """Every example of the document, in document order (paths, webhooks, components)."""
    return _Collector(spec).run()


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.fullmatch(
        r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)", value, flags=re.ASCII
    ):
        return False
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if any(char.isspace() for char in value):
        return False
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", urlsplit(value).scheme) is not None


def format_checker() -> FormatChecker:
    """jsonschema's format checker, with date-time and uri fallbacks if their extras are absent."""
    checker = FormatChecker()
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(_is_date_time)
    if "uri" not in checker.checkers:
        checker.checks("uri")(_is_uri)
    return checker


def _registry(spec: Mapping[str, Any]) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def _describe(error: Any) -> str:
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.path)
    message: str = error.message
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 3] + "..."
    return f"{where.lstrip('.') or '(root)'}: {message}"


def validate_examples(spec: Mapping[str, Any]) -> list[ExampleResult]:
    """Check every example; one result per example, with no errors when it is valid."""
    registry = _registry(spec)
    checker = format_checker()
    results: list[ExampleResult] = []
    for example in collect_examples(spec):
        if example.schema_pointer is None:
            errors: tuple[str, ...] = ("there is no schema to validate the example against",)
        else:
            validator = Draft202012Validator(
                {"$ref": f"{SPEC_URI}{example.schema_pointer}"},
                registry=registry,
                format_checker=checker,
            )
            found = sorted(validator.iter_errors(example.value), key=lambda e: list(e.path))
            errors = tuple(_describe(error) for error in found)
        results.append(ExampleResult(example.location, errors))
    return results
