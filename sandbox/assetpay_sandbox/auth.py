"""Who is calling: the ``api-key`` header, client tokens, and the merchant JWT of wallet/ledger.

Client tokens are HS256 JWTs exactly as in the reference (section 2.5): header
``{"alg":"HS256","userId":<merchantId>}`` (no ``typ``), payload
``{"merchantId","client":{"steamID","tradeUrl","clientData"?,"clientId"?},"iat","exp"}``,
base64url without padding, signed with the API secret. ``mint`` writes them (what
``POST /auth/authenticate-client`` answers); ``verify_client_token`` accepts them, and tokens
minted locally by ``assetpay.tokens.mint`` with the same secret. During a rotation
(``previous_secret``) tokens signed with the previous secret are accepted too.

``Authorization: Bearer <jwt>`` is what the spec and client send; a bare ``<jwt>`` (the docs'
examples) is accepted as well. Token lifetimes are checked against the real clock (tokens
carry real Unix seconds); the sandbox clock only drives trades.

``BearerAuth`` (wallet and ledger, instead of ``api-key``): the sandbox has no dashboard
sessions, so it accepts any HS256 JWT signed with the API secret whose payload names this
merchant in ``merchantId`` and has not expired -- e.g. a client token.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .config import SandboxConfig
from .failures import ApiFailure

STEAM_ID = re.compile(r"^76561[0-9]{12}$")
TRADE_URL = re.compile(
    r"^https://steamcommunity\.com/tradeoffer/new/\?partner=([0-9]{1,10})&token=[A-Za-z0-9_-]{8}$"
)
MAX_TTL = 86_400
STEAM_ID64_BASE = 76561197960265728


@dataclass(frozen=True)
class ClientIdentity:
    steam_id: str
    trade_url: str
    client_id: str | None
    client_data: Mapping[str, Any] | None


def steam_id_of_trade_url(trade_url: str) -> str:
    """The SteamID64 behind a trade URL (partner = account id, the low 32 bits)."""
    match = TRADE_URL.match(trade_url)
    partner = int(match.group(1)) if match else 0
    return str(STEAM_ID64_BASE + partner)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _enc(obj: object) -> str:
    return _b64url(json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def _dec(segment: str) -> Any:
    padded = segment + "=" * (-len(segment) % 4)
    return json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))


def _sign(secret: str, signing_input: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), signing_input.encode("ascii"), hashlib.sha256)
    return _b64url(digest.digest())


def mint(
    merchant_id: str,
    api_secret: str,
    identity: ClientIdentity,
    *,
    ttl: int = MAX_TTL,
    now: float | None = None,
) -> str:
    client: dict[str, Any] = {"steamID": identity.steam_id, "tradeUrl": identity.trade_url}
    if identity.client_data is not None:
        client["clientData"] = dict(identity.client_data)
    if identity.client_id is not None:
        client["clientId"] = identity.client_id
    iat = int(time.time() if now is None else now)
    header = {"alg": "HS256", "userId": merchant_id}
    payload = {"merchantId": merchant_id, "client": client, "iat": iat, "exp": iat + ttl}
    signing_input = f"{_enc(header)}.{_enc(payload)}"
    return f"{signing_input}.{_sign(api_secret, signing_input)}"


def _claims(token: str, config: SandboxConfig) -> tuple[dict[str, Any], dict[str, Any]]:
    parts = token.split(".")
    if len(parts) != 3 or not all(parts):
        raise ApiFailure("INVALID_TOKEN")
    try:
        header, payload = _dec(parts[0]), _dec(parts[1])
    except (ValueError, binascii.Error, UnicodeError, RecursionError):
        raise ApiFailure("INVALID_TOKEN") from None
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise ApiFailure("INVALID_TOKEN")
    if header.get("alg") != "HS256":
        raise ApiFailure("INVALID_TOKEN", "Only HS256 tokens are accepted")
    signing_input = f"{parts[0]}.{parts[1]}"
    given = parts[2].encode("utf-8", "surrogatepass")
    if not any(
        hmac.compare_digest(_sign(secret, signing_input).encode(), given)
        for secret in config.secrets
    ):
        raise ApiFailure("INVALID_TOKEN", "The token signature does not verify")
    if payload.get("merchantId") != config.merchant_id:
        raise ApiFailure("INVALID_TOKEN", "The token belongs to another merchant")
    exp = payload.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        raise ApiFailure("INVALID_TOKEN", "The token has no exp")
    if exp <= time.time():
        raise ApiFailure("TOKEN_EXPIRED")
    return header, payload


def bearer_token(headers: Mapping[str, str]) -> str | None:
    raw = headers.get("authorization", "").strip()
    if not raw:
        return None
    scheme, _, rest = raw.partition(" ")
    if scheme.lower() == "bearer":
        return rest.strip() or None
    if " " not in raw and raw.count(".") == 2:
        return raw  # the bare form of the docs' examples
    return None


def verify_client_token(headers: Mapping[str, str], config: SandboxConfig) -> ClientIdentity:
    token = bearer_token(headers)
    if token is None:
        raise ApiFailure("MISSING_BEARER")
    header, payload = _claims(token, config)
    if header.get("userId") != config.merchant_id:
        raise ApiFailure("INVALID_TOKEN", "The token header does not name this merchant")
    client = payload.get("client")
    if not isinstance(client, dict):
        raise ApiFailure("INVALID_TOKEN", "The token carries no client")
    steam_id, trade_url = client.get("steamID"), client.get("tradeUrl")
    if not isinstance(steam_id, str) or not STEAM_ID.match(steam_id):
        raise ApiFailure("INVALID_TOKEN", "The token's steamID is not a SteamID64")
    if not isinstance(trade_url, str) or not TRADE_URL.match(trade_url):
        raise ApiFailure("INVALID_TOKEN", "The token's tradeUrl is not a trade URL")
    client_id = client.get("clientId")
    client_data = client.get("clientData")
    return ClientIdentity(
        steam_id,
        trade_url,
        client_id if isinstance(client_id, str) else None,
        client_data if isinstance(client_data, dict) else None,
    )


def verify_merchant(headers: Mapping[str, str], config: SandboxConfig, *, bearer_ok: bool) -> str:
    """Check the api-key (or, where allowed, a merchant JWT); returns how the caller proved it."""
    key = headers.get("api-key")
    if key is None and bearer_ok:
        token = bearer_token(headers)
        if token is not None:
            _claims(token, config)
            return "bearer"
    if key is None or not key.strip():
        raise ApiFailure("MISSING_API_KEY")
    if not hmac.compare_digest(
        key.strip().encode("utf-8", "surrogatepass"), config.api_key.encode()
    ):
        raise ApiFailure("INVALID_API_KEY")
    return "api-key"
