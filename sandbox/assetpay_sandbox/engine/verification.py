"""Identity verification of end users (start, status, link)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from ..failures import ApiFailure
from .store import Store, iso

VERIFIED_EMAIL_DOMAIN = "@verified.example"


class Verification(Store):
    # -- verification ----------------------------------------------------------------------------

    def _verification(self, steam_id: str) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT doc FROM verification WHERE steam_id = ?", (steam_id,)
        ).fetchone()
        if row is None:
            return {"verificationLevel": 0, "email": None, "latestProcess": None,
                    "linkedIdentity": None}  # fmt: skip
        found: dict[str, Any] = json.loads(row[0])
        return found

    def _save_verification(self, steam_id: str, doc: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO verification VALUES (?, ?) ON CONFLICT(steam_id) DO UPDATE SET"
            " doc = excluded.doc",
            (steam_id, json.dumps(doc)),
        )

    def verification_start(self, steam_id: str, email: str | None) -> dict[str, Any]:
        with self.tx():
            doc = self._verification(steam_id)
            if doc["verificationLevel"] >= 1:
                raise ApiFailure("VERIFICATION_ALREADY_VERIFIED")
            now = self.clock.now()
            dossier = str(uuid.uuid4())
            capture = f"https://sandbox.assetpay.invalid/verify/{dossier}"
            doc["email"] = email if email is not None else doc["email"]
            doc["latestProcess"] = {
                "dossierId": dossier, "processId": None, "captureUrl": capture,
                "status": "CAPTURE_PENDING", "createdAt": iso(now), "completedAt": None,
            }  # fmt: skip
            self._save_verification(steam_id, doc)
            return {"captureUrl": capture, "dossierId": dossier}

    def verification_status(self, steam_id: str) -> dict[str, Any]:
        with self.lock:
            return self._verification(steam_id)

    def verification_link(self, steam_id: str) -> dict[str, Any]:
        with self.tx():
            doc = self._verification(steam_id)
            if doc["linkedIdentity"] is not None:
                raise ApiFailure("VERIFICATION_ALREADY_LINKED")
            email = doc.get("email")
            if not email:
                raise ApiFailure("VERIFICATION_EMAIL_REQUIRED")
            if not str(email).lower().endswith(VERIFIED_EMAIL_DOMAIN):
                raise ApiFailure("VERIFICATION_IDENTITY_NOT_FOUND")
            doc["verificationLevel"] = 1
            doc["linkedIdentity"] = {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, str(email).lower())),
                "firstName": "Sandbox", "lastName": "User", "documentCountry": "SWE",
                "linkedAt": iso(self.clock.now()),
            }  # fmt: skip
            self._save_verification(steam_id, doc)
            return {"linked": True}
