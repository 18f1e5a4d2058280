"""x-error-domains, x-error-codes and x-trade-failure-codes of openapi.yaml match the sources.

tests/spec/data/error_codes_page.tsv is a transcription of every row of the Error Codes page
(code, key, HTTP status); tests/spec/data/sdk_keys.tsv lists the extra keys known from the SDK
(code and status where known, ``-`` where not).
"""

from __future__ import annotations

import csv
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.spec_examples import HTTP_METHODS, collect_examples

REPO_ROOT = Path(__file__).resolve().parents[2]
ERROR_CODES_PAGE = REPO_ROOT.parent / "shared" / "reference" / "seeds" / "error-codes.md"
PAGE_ROW_COUNT = 74
SDK_KEY_COUNT = 29

ErrorRow = tuple[int, str, int]

DOMAINS = [
    (1, 99, "trading"),
    (1000, 1099, "generic"),
    (1100, 1199, "auth"),
    (1200, 1299, "two_factor"),
    (1300, 1399, "access"),
    (1400, 1499, "user_settings"),
    (1500, 1599, "idempotency"),
    (1600, 1699, "funding"),
    (1700, 1799, "callbacks"),
    (1800, 1899, "email"),
    (1900, 1999, "api_keys"),
    (2100, 2199, "risk"),
    (2200, 2299, "booking"),
    (2300, 2399, "verification"),
    (2400, 2499, "ledger"),
]
RETRYABLE = {
    "NO_BOTS_AVAILABLE",
    "FLEET_DEGRADED",
    "STEAM_UNAVAILABLE",
    "STEAM_RATE_LIMITED",
    "RATE_LIMITED",
    "SYSTEM_MAINTENANCE",
    "SERVICE_UNAVAILABLE",
    "INVENTORY_FETCH_FAILED",
    "DEPOSIT_IN_PROGRESS",
    "WITHDRAW_IN_PROGRESS",
    "ONCHAIN_CLIENT_WITHDRAW_BUSY",
}
ITEM_FAILURE_CODES = {
    "LISTING_UNAVAILABLE",
    "PRICE_CHANGED",
    "TRADE_URL_INVALID",
    "STEAM_ACCOUNT_RESTRICTED",
    "MARKET_UNAVAILABLE",
    "PURCHASE_FAILED",
    "NO_LISTING_AT_PRICE",
    "BUYER_TRADE_RESTRICTED",
    "OFFER_NOT_ACCEPTED",
}
TRADE_ONLY_FAILURE_CODES = {
    "USER_TRADE_RESTRICTED",
    "USER_INVENTORY_PRIVATE",
    "USER_ESCROW",
    "USER_NOT_FOUND",
    "SERVICE_UNAVAILABLE",
    "MERCHANT_REJECTED",
    "APPROVAL_TIMEOUT",
}

# A table row of the page: either a Markdown table row (| 1001 | `KEY` | 422 | ...) or the
# text rendering of the page, where the cells run together (1001VALIDATION_FAILED422Request ...).
_MARKDOWN_ROW = re.compile(r"\|\s*(\d+)\s*\|\s*`?([A-Z][A-Z0-9_]*)`?\s*\|\s*([1-5]\d\d)\s*\|")
_TEXT_ROW = re.compile(r"(\d+)([A-Z][A-Z0-9_]*?)([1-5]\d\d)(?!\d)")


def parse_error_codes_page(text: str) -> list[ErrorRow]:
    rows: list[ErrorRow] = []
    for line in text.splitlines():
        match = _MARKDOWN_ROW.match(line.strip()) or _TEXT_ROW.match(line.strip())
        if match:
            rows.append((int(match[1]), match[2], int(match[3])))
    return rows


def read_page_fixture(data_dir: Path) -> list[ErrorRow]:
    with (data_dir / "error_codes_page.tsv").open(encoding="utf-8", newline="") as handle:
        return [
            (int(row["code"]), row["key"], int(row["http"]))
            for row in csv.DictReader(handle, delimiter="\t")
        ]


def read_sdk_fixture(data_dir: Path) -> dict[str, tuple[int | None, int | None]]:
    def number(cell: str) -> int | None:
        return None if cell == "-" else int(cell)

    with (data_dir / "sdk_keys.tsv").open(encoding="utf-8", newline="") as handle:
        return {
            row["key"]: (number(row["code"]), number(row["http"]))
            for row in csv.DictReader(handle, delimiter="\t")
        }


def error_entries(spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    entries = spec.get("x-error-codes")
    assert isinstance(entries, list), "x-error-codes is missing or not a list"
    assert all(isinstance(entry, dict) for entry in entries)
    return entries


def schema_enum(spec: Mapping[str, Any], name: str) -> set[str]:
    schema = spec["components"]["schemas"][name]
    assert schema.get("type") == "string", f"{name} is not a string schema"
    return set(schema["enum"])


@pytest.fixture(scope="module")
def page_rows(data_dir: Path) -> list[ErrorRow]:
    return read_page_fixture(data_dir)


def test_fixture_matches_error_codes_page(page_rows: list[ErrorRow]) -> None:
    if not ERROR_CODES_PAGE.is_file():
        pytest.skip("the Error Codes page seed (../shared/reference/seeds) is not checked out")
    assert parse_error_codes_page(ERROR_CODES_PAGE.read_text(encoding="utf-8")) == page_rows


def test_fixtures_have_every_row(page_rows: list[ErrorRow], data_dir: Path) -> None:
    assert len(page_rows) == PAGE_ROW_COUNT
    assert len(read_sdk_fixture(data_dir)) == SDK_KEY_COUNT


def test_entries_are_well_formed(spec: dict[str, Any]) -> None:
    problems: list[str] = []
    for entry in error_entries(spec):
        label = entry.get("key", entry)
        required = {"code", "key", "http", "domain", "retryable", "source", "description"}
        flags = {"outcomeUnknown", "safeToRepeat", "renewsToken"}
        if not required <= set(entry) <= required | flags:
            problems.append(f"{label}: fields {sorted(entry)}")
        if any(entry[flag] is not True for flag in flags & set(entry)):
            problems.append(f"{label}: a flag column is written only as true")
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", str(entry.get("key"))):
            problems.append(f"{label}: key is not UPPER_SNAKE_CASE")
        code, http = entry.get("code"), entry.get("http")
        if code is not None and not (isinstance(code, int) and code > 0):
            problems.append(f"{label}: code {code!r}")
        if http is not None and not (isinstance(http, int) and 400 <= http <= 599):
            problems.append(f"{label}: http {http!r}")
        if not isinstance(entry.get("retryable"), bool):
            problems.append(f"{label}: retryable is not a boolean")
        if entry.get("source") not in ("errors_page", "sdk"):
            problems.append(f"{label}: source {entry.get('source')!r}")
        if not (isinstance(entry.get("description"), str) and entry["description"].strip()):
            problems.append(f"{label}: no description")
    assert not problems, "\n".join(problems)


def test_errors_page_rows_are_exactly_the_fixture(
    spec: dict[str, Any], page_rows: list[ErrorRow]
) -> None:
    by_key = {entry["key"]: entry for entry in error_entries(spec)}
    problems = []
    for code, key, http in page_rows:
        entry = by_key.get(key)
        if entry is None:
            problems.append(f"{key}: missing")
        elif (entry["code"], entry["http"], entry["source"]) != (code, http, "errors_page"):
            found = (entry["code"], entry["http"], entry["source"])
            problems.append(f"{key}: {found} != {(code, http, 'errors_page')}")
    assert not problems, "\n".join(problems)
    in_spec = {
        (entry["code"], entry["key"], entry["http"])
        for entry in error_entries(spec)
        if entry["source"] == "errors_page"
    }
    assert in_spec == set(page_rows), f"not on the page: {sorted(in_spec - set(page_rows))}"


def test_sdk_rows_are_the_sdk_keys(spec: dict[str, Any], data_dir: Path) -> None:
    sdk = read_sdk_fixture(data_dir)
    by_key = {entry["key"]: entry for entry in error_entries(spec)}
    assert not sorted(set(sdk) - set(by_key)), "SDK keys missing from x-error-codes"
    problems = []
    for key, (code, http) in sdk.items():
        entry = by_key[key]
        if entry["source"] != "sdk":
            problems.append(f"{key}: source {entry['source']!r}")
        if entry["code"] != code:
            problems.append(f"{key}: code {entry['code']!r} != {code!r}")
        if http is not None and entry["http"] != http:
            problems.append(f"{key}: http {entry['http']!r} != {http!r}")
    assert not problems, "\n".join(problems)
    sdk_rows = {entry["key"] for entry in error_entries(spec) if entry["source"] == "sdk"}
    assert sdk_rows == set(sdk), f"sdk rows not in the SDK list: {sorted(sdk_rows - set(sdk))}"


def test_codes_and_keys_are_unique(spec: dict[str, Any]) -> None:
    codes = Counter(e["code"] for e in error_entries(spec) if e["code"] is not None)
    keys = Counter(e["key"] for e in error_entries(spec))
    assert not [c for c, n in codes.items() if n > 1], "duplicate codes"
    assert not [k for k, n in keys.items() if n > 1], "duplicate keys"


def test_domains_are_the_documented_ranges(spec: dict[str, Any]) -> None:
    domains = spec.get("x-error-domains")
    assert isinstance(domains, list)
    assert [(d["from"], d["to"], d["domain"]) for d in domains] == DOMAINS
    for d in domains:
        assert set(d) == {"from", "to", "domain", "title"}, d
        assert isinstance(d["title"], str), d
        assert d["title"].strip(), d
    ordered = sorted((d["from"], d["to"]) for d in domains)
    for (low, high), (next_low, _) in itertools.pairwise(ordered):
        assert low <= high < next_low, f"{low}-{high} overlaps the range from {next_low}"


def test_codes_lie_in_their_domain(spec: dict[str, Any]) -> None:
    ranges = {d["domain"]: (d["from"], d["to"]) for d in spec["x-error-domains"]}
    problems = []
    for entry in error_entries(spec):
        if entry["domain"] not in ranges:
            problems.append(f"{entry['key']}: unknown domain {entry['domain']!r}")
            continue
        low, high = ranges[entry["domain"]]
        if entry["code"] is not None and not low <= entry["code"] <= high:
            problems.append(f"{entry['key']}: {entry['code']} outside {entry['domain']}")
    assert not problems, "\n".join(problems)


def test_retryable_set(spec: dict[str, Any]) -> None:
    retryable = {e["key"] for e in error_entries(spec) if e["retryable"] is True}
    assert retryable == RETRYABLE


def test_trade_failure_codes_match_the_enums(spec: dict[str, Any]) -> None:
    rows = spec.get("x-trade-failure-codes")
    assert isinstance(rows, list)
    assert all(row.get("level") in ("item", "trade") and row.get("meaning") for row in rows), rows
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)), "duplicate trade failure codes"
    item_level = {row["code"] for row in rows if row["level"] == "item"}
    assert item_level == ITEM_FAILURE_CODES
    assert set(codes) == ITEM_FAILURE_CODES | TRADE_ONLY_FAILURE_CODES
    assert schema_enum(spec, "TradeFailureCode") == item_level
    assert schema_enum(spec, "TradeErrorCode") == set(codes)


def error_objects(value: Any) -> Iterator[Mapping[str, Any]]:
    """The ``error`` objects of failure envelopes anywhere inside an example value."""
    if isinstance(value, Mapping):
        error = value.get("error")
        if value.get("success") is False and isinstance(error, Mapping):
            yield error
        for item in value.values():
            yield from error_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from error_objects(item)


def test_error_examples_agree_with_the_table(spec: dict[str, Any]) -> None:
    by_key = {entry["key"]: entry for entry in error_entries(spec)}
    statuses: dict[str, set[int]] = {}  # component response -> statuses it is used for
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            for status, response in item.get(method, {}).get("responses", {}).items():
                ref = response.get("$ref", "")
                if ref.startswith("#/components/responses/") and str(status).isdigit():
                    statuses.setdefault(ref.rsplit("/", 1)[1], set()).add(int(status))
    problems = []
    for example in collect_examples(spec):
        match = re.match(r"components\.responses\.([^.]+)\.", example.location)
        used_for = statuses.get(match[1], set()) if match else set()
        for error in error_objects(example.value):
            entry = by_key.get(error.get("key"))
            if entry is None:
                problems.append(f"{example.location}: unknown key {error.get('key')!r}")
                continue
            if entry["code"] is not None and error.get("code") != entry["code"]:
                problems.append(f"{example.location}: {entry['key']} has code {entry['code']}")
            if entry["http"] is not None and used_for and entry["http"] not in used_for:
                problems.append(
                    f"{example.location}: {entry['key']} is HTTP {entry['http']}, "
                    f"the response is used for {sorted(used_for)}"
                )
    assert not problems, "\n".join(problems)
