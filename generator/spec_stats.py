"""Print what openapi.yaml contains: ``python -m generator.spec_stats [openapi.yaml]``.

Output (one figure a line)::

    operations 37
    component schemas N
    webhooks N
    error codes N (with numbers) + M (key only)
    examples validated N

Exits with status 1 if any example fails validation; the failures are printed to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.spec_examples import HTTP_METHODS, load_spec, validate_examples

DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def count_operations(spec: Mapping[str, Any]) -> int:
    return sum(
        1
        for item in _mapping(spec.get("paths")).values()
        for method in HTTP_METHODS
        if isinstance(_mapping(item).get(method), Mapping)
    )


def count_error_codes(spec: Mapping[str, Any]) -> tuple[int, int]:
    """``(entries with a numeric code, entries with only a key)`` of ``x-error-codes``."""
    entries = spec.get("x-error-codes")
    rows = [row for row in entries if isinstance(row, Mapping)] if isinstance(entries, list) else []
    numbered = sum(1 for row in rows if isinstance(row.get("code"), int))
    return numbered, len(rows) - numbered


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.spec_stats", description=__doc__)
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="OpenAPI file")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)

    numbered, key_only = count_error_codes(spec)
    results = validate_examples(spec)
    failed = [result for result in results if not result.ok]

    print(f"operations {count_operations(spec)}")
    print(f"component schemas {len(_mapping(_mapping(spec.get('components')).get('schemas')))}")
    print(f"webhooks {len(_mapping(spec.get('webhooks')))}")
    print(f"error codes {numbered} (with numbers) + {key_only} (key only)")
    print(f"examples validated {len(results) - len(failed)}")
    if failed:
        print(f"examples failed {len(failed)}", file=sys.stderr)
        for result in failed:
            for error in result.errors:
                print(f"  {result.location}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
