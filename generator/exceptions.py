"""Render ``assetpay_catalogue/exceptions.py``: the error taxonomy as classes.

One class per domain of ``x-error-domains`` (``CamelCase(domain) + "Error"``) and one per key of
``x-error-codes`` (``CamelCase(key) + "Error"``, without doubling a trailing ``Error``), each key
class inheriting its domain class.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

TEMPLATE = Path(__file__).with_name("exceptions.py.jinja")


class CatalogueError(Exception):
    """The spec's error table cannot be rendered (a clash or a missing domain)."""


def camel(snake: str) -> str:
    """``PRICE_CHANGED`` -> ``PriceChanged``; ``api_keys`` -> ``ApiKeys``."""
    return "".join(part[:1].upper() + part[1:].lower() for part in snake.split("_") if part)


def error_class_name(key: str) -> str:
    """The exception class name of an error key: ``SERVER_ERROR`` -> ``ServerError``."""
    name = camel(key)
    return name if name.endswith("Error") else f"{name}Error"


def exception_context(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The template context: domains and errors in spec order, with class names resolved."""
    domains = [
        {
            "name": d["domain"],
            "member": str(d["domain"]).upper(),
            "title": d["title"],
            "start": d["from"],
            "end": d["to"],
            "class_name": error_class_name(str(d["domain"])),
        }
        for d in spec["x-error-domains"]
    ]
    domain_class = {d["name"]: d["class_name"] for d in domains}
    errors = []
    for e in spec["x-error-codes"]:
        if e["domain"] not in domain_class:
            raise CatalogueError(f"{e['key']}: unknown domain {e['domain']!r}")
        errors.append(
            {
                "key": e["key"],
                "code": e["code"],
                "retryable": bool(e["retryable"]),
                "description": str(e["description"]).replace('"""', "'''").strip(),
                "class_name": error_class_name(str(e["key"])),
                "base": domain_class[e["domain"]],
            }
        )
    names = [d["class_name"] for d in domains] + [e["class_name"] for e in errors]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise CatalogueError(f"exception class names clash: {', '.join(clashes)}")
    return {"domains": domains, "errors": errors}


def render_exceptions(spec: Mapping[str, Any]) -> str:
    """Return the source of ``exceptions.py`` (unformatted, without the generated header)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE.parent),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    return env.get_template(TEMPLATE.name).render(**exception_context(spec))
