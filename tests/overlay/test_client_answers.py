"""Answers the client refuses or still explains: non-finite numbers, unreadable error envelopes.

A number that is not finite can never reach a money field (``InvalidResponseError``); an error
envelope the client cannot read still raises an ``APIError`` whose text carries the HTTP status,
the request id and what could not be read.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from assetpay import errors
from assetpay._json import NonFiniteNumberError, loads
from assetpay.webhooks import WebhookVerificationError, sign, verify

from .conftest import REQUEST_ID, SleepLog, example_response, make_client

NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e999", "-1E+400", "1" + "0" * 400 + ".5"]


@pytest.mark.parametrize("number", NON_FINITE)
def test_the_decoder_refuses_numbers_that_are_not_finite(number: str) -> None:
    with pytest.raises(NonFiniteNumberError):
        loads(f'{{"balance": {number}}}'.encode())


@pytest.mark.parametrize(
    "text", ['{"a": 1e308}', '{"a": -1.5e-999}', '{"a": "NaN"}', '{"a": "1e999"}', "[12e2]"]
)
def test_the_decoder_keeps_finite_numbers_and_strings_that_look_like_numbers(text: str) -> None:
    assert loads(text.encode()) == json.loads(text)


def balance_body(number: str) -> bytes:
    _, envelope = example_response("getWalletBalance")
    envelope["data"]["balance"] = 123.0
    return json.dumps(envelope).replace('"balance": 123.0', f'"balance": {number}').encode()


@pytest.mark.parametrize("number", NON_FINITE)
def test_a_non_finite_number_in_an_answer_is_an_invalid_response(
    api: respx.MockRouter, sleeps: SleepLog, number: str
) -> None:
    body = balance_body(number)
    assert number.encode() in body
    api.get("/v1/wallets/me/balance").mock(
        return_value=httpx.Response(
            200, content=body, headers={"content-type": "application/json", "x-request-id": "rid-1"}
        )
    )
    with make_client() as ap, pytest.raises(errors.InvalidResponseError) as caught:
        ap.wallet.balance()
    assert caught.value.http_status == 200
    assert caught.value.request_id == "rid-1"
    assert "finite" in str(caught.value)


# (the error object, words its message must hold)
UNREADABLE: list[tuple[Any, list[str]]] = [
    ({}, ["no readable error", "empty"]),
    ({"code": "abc", "key": 42}, ["unreadable code 'abc'", "unreadable key 42"]),
    ({"code": None, "key": ""}, ["unreadable key ''"]),
    ({"code": [1], "key": "X" * 200, "message": "went wrong"}, ["went wrong", "unreadable code"]),
    ({"code": 1.5, "message": ["a", "b"]}, ["a", "b", "unreadable code 1.5"]),
]


@pytest.mark.parametrize(("error", "words"), UNREADABLE)
@pytest.mark.parametrize("status", [400, 500, 503])
def test_an_unreadable_error_envelope_still_says_status_request_id_and_what_is_wrong(
    api: respx.MockRouter, sleeps: SleepLog, error: Any, words: list[str], status: int
) -> None:
    body = {"requestId": REQUEST_ID, "success": False, "error": error}
    api.get("/v1/wallets/me/balance").mock(return_value=httpx.Response(status, json=body))
    with make_client(max_retries=0) as ap, pytest.raises(errors.APIError) as caught:
        ap.wallet.balance()
    text = str(caught.value)
    assert f"HTTP {status}" in text
    assert REQUEST_ID in text
    for word in words:
        assert word in text
    assert len(text) < 600


def test_an_error_that_is_not_an_object_is_an_invalid_response_with_status_and_id(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    body = {"requestId": REQUEST_ID, "success": False, "error": "boom"}
    api.get("/v1/wallets/me/balance").mock(return_value=httpx.Response(409, json=body))
    with make_client() as ap, pytest.raises(errors.InvalidResponseError) as caught:
        ap.wallet.balance()
    assert "HTTP 409" in str(caught.value)
    assert caught.value.request_id == REQUEST_ID


@pytest.mark.parametrize("number", NON_FINITE)
def test_a_signed_callback_with_a_non_finite_number_is_refused_as_invalid_json(
    number: str,
) -> None:
    body = f'{{"trade": {{"id": "t-1", "totalPrice": {number}}}}}'.encode()
    with pytest.raises(WebhookVerificationError) as caught:
        verify(body, sign(body, "callback-secret"), "callback-secret")
    assert caught.value.reason == "invalid_json"
