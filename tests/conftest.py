"""Session-wide test settings: the hypothesis profile (``full`` in CI, see tests/fuzzing.py), and
msgspec loaded from the start.

A process decodes its first ``assetpay._json.WARM_BYTES`` of JSON without msgspec (the standard
library and ``from_dict``, the ordinary way), then with it. The tests in this process check the
msgspec way against the ordinary way, so it is loaded here, as in a service past its first
megabyte; tests/overlay/test_cold_decoding.py checks a fresh process's first answers in fresh
processes.
"""

from __future__ import annotations

from fuzzing import register_profiles

from assetpay import _json

register_profiles()
_json._load_decoder()
