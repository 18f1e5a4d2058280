"""Print the public API of the ``assetpay`` client: every method users call, with its signature.

``make client`` runs this against the freshly generated packages and the overlay and writes the
result to ``generated/api.md`` (like the ``api.md`` of Stainless SDKs), so a reviewer sees any
change of a public name or parameter in the diff, and ``make check-generated`` (part of
``make test``) fails when the overlay or the spec changed the API without the snapshot.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from typing import Any

SCOPES = (
    ("AssetPay", "ap"),
    ("AsyncAssetPay", "aap"),
    ("ClientScope", "user"),
    ("AsyncClientScope", "auser"),
)


def _annotation(value: Any) -> str:
    return value if isinstance(value, str) else inspect.formatannotation(value)


def _signature(function: Any) -> str:
    """``(a: int, *, b: str | None = None) -> X`` with annotations as written in the source."""
    signature = inspect.signature(function)
    parts: list[str] = []
    star = False
    for param in signature.parameters.values():
        if param.name == "self":
            continue
        if param.kind is param.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = ("**" if param.kind is param.VAR_KEYWORD else "") + param.name
        if param.kind is param.VAR_POSITIONAL:
            text, star = "*" + param.name, True
        if param.annotation is not param.empty:
            text += f": {_annotation(param.annotation)}"
        if param.default is not param.empty:
            text += f" = {param.default!r}"
        parts.append(text)
    result = signature.return_annotation
    tail = "" if result is signature.empty else f" -> {_annotation(result)}"
    return f"({', '.join(parts)}){tail}"


def _methods(owner: Any) -> Iterator[tuple[str, Any]]:
    for name, member in inspect.getmembers(type(owner)):
        if not name.startswith("_") and callable(member) and not isinstance(member, type):
            yield name, member


def snapshot() -> str:
    import assetpay

    ap = assetpay.AssetPay(api_key="snapshot", base_url="http://127.0.0.1:9")
    aap = assetpay.AsyncAssetPay(api_key="snapshot", base_url="http://127.0.0.1:9")
    instances = {
        "AssetPay": ap,
        "AsyncAssetPay": aap,
        "ClientScope": ap.with_client_token("snapshot"),
        "AsyncClientScope": aap.with_client_token("snapshot"),
    }
    lines = [
        "# The public API of `assetpay`",
        "",
        "Every name of the package, and every method of the clients and their resources, with its",
        "signature. Written by `make client`; a change here is a change of the public API (see",
        "CHANGELOG.md).",
    ]
    lines += ["", "## `assetpay`", ""]
    for name in sorted(assetpay.__all__, key=str.lower):
        value = getattr(assetpay, name)
        if inspect.ismodule(value):
            lines.append(f"- `assetpay.{name}` (module)")
        elif inspect.isclass(value) and issubclass(value, BaseException):
            lines.append(f"- `assetpay.{name}` (exception)")
        elif inspect.isclass(value):
            lines.append(f"- `assetpay.{name}{_signature(value)}`")
        else:
            lines.append(f"- `assetpay.{name}` ({type(value).__name__})")
    for class_name, variable in SCOPES:
        scope = instances[class_name]
        lines += ["", f"## `{class_name}` (`{variable}`)", ""]
        for name, member in _methods(scope):
            lines.append(f"- `{variable}.{name}{_signature(member)}`")
        for attribute in sorted(vars(scope)):
            if attribute.startswith("_"):
                continue
            resource = getattr(scope, attribute)
            if type(resource).__module__.startswith(("builtins", "httpx")):
                continue
            lines += ["", f"### `{variable}.{attribute}` ({type(resource).__name__})", ""]
            for name, member in _methods(resource):
                lines.append(f"- `{variable}.{attribute}.{name}{_signature(member)}`")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(snapshot())
