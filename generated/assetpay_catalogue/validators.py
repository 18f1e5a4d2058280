# generated from openapi.yaml by make client — do not edit
"""Request validators as plain pydantic-core schemas (generator/core_schemas.py).

One per request model of assetpay_schema (operation params and bodies), built into a
``pydantic_core.SchemaValidator`` by assetpay.validation when first used.
"""

from typing import Any

SCHEMAS: dict[str, dict[str, Any]] = {
    "AuthenticateClientRequest": {
        "type": "typed-dict",
        "fields": {
            "client_steam_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "pattern": "^76561[0-9]{12}$"},
                "required": True,
                "validation_alias": "clientSteamId",
            },
            "client_trade_url": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "pattern": "^https:\\/\\/steamcommunity\\.com\\/tradeoffer\\/new\\/\\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$",
                },
                "required": True,
                "validation_alias": "clientTradeUrl",
            },
            "client_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str", "max_length": 128}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "clientId",
            },
            "client_data": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "typed-dict",
                            "fields": {
                                "total_wager": {
                                    "type": "typed-dict-field",
                                    "schema": {
                                        "type": "default",
                                        "schema": {
                                            "type": "nullable",
                                            "schema": {"type": "float", "ge": 0.0},
                                        },
                                        "default": None,
                                    },
                                    "required": False,
                                    "validation_alias": "totalWager",
                                },
                                "kyc_level": {
                                    "type": "typed-dict-field",
                                    "schema": {
                                        "type": "default",
                                        "schema": {
                                            "type": "nullable",
                                            "schema": {"type": "int", "ge": 0},
                                        },
                                        "default": None,
                                    },
                                    "required": False,
                                    "validation_alias": "kycLevel",
                                },
                                "fiat_deposits": {
                                    "type": "typed-dict-field",
                                    "schema": {
                                        "type": "default",
                                        "schema": {"type": "nullable", "schema": {"type": "bool"}},
                                        "default": None,
                                    },
                                    "required": False,
                                    "validation_alias": "fiatDeposits",
                                },
                                "crypto_deposits": {
                                    "type": "typed-dict-field",
                                    "schema": {
                                        "type": "default",
                                        "schema": {"type": "nullable", "schema": {"type": "bool"}},
                                        "default": None,
                                    },
                                    "required": False,
                                    "validation_alias": "cryptoDeposits",
                                },
                                "registration_date": {
                                    "type": "typed-dict-field",
                                    "schema": {
                                        "type": "default",
                                        "schema": {
                                            "type": "nullable",
                                            "schema": {
                                                "type": "datetime",
                                                "tz_constraint": "aware",
                                                "microseconds_precision": "truncate",
                                            },
                                        },
                                        "default": None,
                                    },
                                    "required": False,
                                    "validation_alias": "registrationDate",
                                },
                                "kyc_hash": {
                                    "type": "typed-dict-field",
                                    "schema": {
                                        "type": "default",
                                        "schema": {"type": "nullable", "schema": {"type": "str"}},
                                        "default": None,
                                    },
                                    "required": False,
                                    "validation_alias": "kycHash",
                                },
                            },
                            "config": {"extra_fields_behavior": "forbid"},
                            "extra_behavior": "forbid",
                            "ref": "ClientData",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "clientData",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "AuthenticateClientRequest",
    },
    "BuyRequest": {
        "type": "typed-dict",
        "fields": {
            "trade_url": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "pattern": "^https:\\/\\/steamcommunity\\.com\\/tradeoffer\\/new\\/\\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$",
                },
                "required": True,
                "validation_alias": "tradeUrl",
            },
            "items": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "typed-dict",
                        "fields": {
                            "item_id": {
                                "type": "typed-dict-field",
                                "schema": {"type": "str", "min_length": 5, "max_length": 256},
                                "required": True,
                                "validation_alias": "itemId",
                            },
                            "price": {
                                "type": "typed-dict-field",
                                "schema": {"type": "float", "gt": 0.0, "le": 100000.0},
                                "required": True,
                            },
                            "max_price": {
                                "type": "typed-dict-field",
                                "schema": {
                                    "type": "default",
                                    "schema": {
                                        "type": "nullable",
                                        "schema": {"type": "float", "gt": 0.0, "le": 100000.0},
                                    },
                                    "default": None,
                                },
                                "required": False,
                                "validation_alias": "maxPrice",
                            },
                            "external_id": {
                                "type": "typed-dict-field",
                                "schema": {
                                    "type": "default",
                                    "schema": {
                                        "type": "nullable",
                                        "schema": {
                                            "type": "str",
                                            "min_length": 1,
                                            "max_length": 128,
                                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                                        },
                                    },
                                    "default": None,
                                },
                                "required": False,
                                "validation_alias": "externalId",
                            },
                        },
                        "config": {"extra_fields_behavior": "forbid"},
                        "extra_behavior": "forbid",
                        "ref": "WithdrawItem",
                    },
                    "min_length": 1,
                    "max_length": 50,
                },
                "required": True,
            },
            "slippage_bps": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 0, "le": 2000}},
                    "default": 0,
                },
                "required": False,
                "validation_alias": "slippageBps",
            },
            "auto_cancel": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 30, "le": 720}},
                    "default": 30,
                },
                "required": False,
                "validation_alias": "autoCancel",
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["730", "252490"],
                            "ref": "GameId",
                        },
                    },
                    "default": "730",
                },
                "required": False,
            },
            "external_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "str",
                            "min_length": 1,
                            "max_length": 128,
                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalId",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "BuyRequest",
    },
    "CancelBuyItemParams": {
        "type": "typed-dict",
        "fields": {
            "trade_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1},
                "required": True,
                "validation_alias": "tradeId",
            },
            "item_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1, "max_length": 128},
                "required": True,
                "validation_alias": "itemId",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "CancelBuyItemParams",
    },
    "CancelBuyParams": {
        "type": "typed-dict",
        "fields": {
            "trade_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1},
                "required": True,
                "validation_alias": "tradeId",
            }
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "CancelBuyParams",
    },
    "CancelWithdrawItemParams": {
        "type": "typed-dict",
        "fields": {
            "trade_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1},
                "required": True,
                "validation_alias": "tradeId",
            },
            "item_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1, "max_length": 128},
                "required": True,
                "validation_alias": "itemId",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "CancelWithdrawItemParams",
    },
    "CancelWithdrawParams": {
        "type": "typed-dict",
        "fields": {
            "trade_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1},
                "required": True,
                "validation_alias": "tradeId",
            }
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "CancelWithdrawParams",
    },
    "CheckTradeUrlRequest": {
        "type": "typed-dict",
        "fields": {
            "tradeurl": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "pattern": "^https:\\/\\/steamcommunity\\.com\\/tradeoffer\\/new\\/\\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$",
                },
                "required": True,
            },
            "force_refresh": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
                "validation_alias": "forceRefresh",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "CheckTradeUrlRequest",
    },
    "CryptoWithdrawRequest": {
        "type": "typed-dict",
        "fields": {
            "chain": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "literal",
                    "expected": ["ETH", "BSC", "SOL"],
                    "ref": "CryptoChain",
                },
                "required": True,
            },
            "token": {
                "type": "typed-dict-field",
                "schema": {"type": "literal", "expected": ["USDT", "USDC"], "ref": "CryptoToken"},
                "required": True,
            },
            "address": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 26, "max_length": 64},
                "required": True,
            },
            "amount_cents": {
                "type": "typed-dict-field",
                "schema": {"type": "int", "ge": 1, "le": 100000000},
                "required": True,
                "validation_alias": "amountCents",
            },
            "request_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "min_length": 8,
                    "max_length": 64,
                    "pattern": "^[A-Za-z0-9_-]+$",
                },
                "required": True,
                "validation_alias": "requestId",
            },
        },
        "config": {},
        "ref": "CryptoWithdrawRequest",
    },
    "DepositRequest": {
        "type": "typed-dict",
        "fields": {
            "items": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "typed-dict",
                        "fields": {
                            "item_id": {
                                "type": "typed-dict-field",
                                "schema": {"type": "str", "min_length": 5, "max_length": 256},
                                "required": True,
                                "validation_alias": "itemId",
                            },
                            "price": {
                                "type": "typed-dict-field",
                                "schema": {"type": "float", "gt": 0.0},
                                "required": True,
                            },
                            "amount": {
                                "type": "typed-dict-field",
                                "schema": {
                                    "type": "default",
                                    "schema": {
                                        "type": "nullable",
                                        "schema": {"type": "int", "ge": 1, "le": 10000},
                                    },
                                    "default": 1,
                                },
                                "required": False,
                            },
                        },
                        "config": {"extra_fields_behavior": "forbid"},
                        "extra_behavior": "forbid",
                        "ref": "DepositItem",
                    },
                    "min_length": 1,
                    "max_length": 250,
                },
                "required": True,
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["730", "252490"],
                            "ref": "GameId",
                        },
                    },
                    "default": "730",
                },
                "required": False,
            },
            "external_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "str",
                            "min_length": 1,
                            "max_length": 128,
                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalId",
            },
            "is_instant": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
                "validation_alias": "isInstant",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "DepositRequest",
    },
    "GetClientCryptoDepositAddressParams": {
        "type": "typed-dict",
        "fields": {
            "chain": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "literal",
                    "expected": ["ETH", "BSC", "SOL"],
                    "ref": "CryptoChain",
                },
                "required": True,
            },
            "token": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["USDT", "USDC"],
                            "ref": "CryptoToken",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetClientCryptoDepositAddressParams",
    },
    "GetClientInventoryParams": {
        "type": "typed-dict",
        "fields": {
            "refresh": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
            },
            "accepted_only": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
                "validation_alias": "acceptedOnly",
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 730,
                },
                "required": False,
            },
            "search": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str", "max_length": 100}},
                    "default": None,
                },
                "required": False,
            },
            "sort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 32},
                    },
                    "default": None,
                },
                "required": False,
            },
            "min_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float"}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "minPrice",
            },
            "max_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float"}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "maxPrice",
            },
            "page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 1,
                },
                "required": False,
            },
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": -1}},
                    "default": 50,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetClientInventoryParams",
    },
    "GetClientMarketItemParams": {
        "type": "typed-dict",
        "fields": {
            "item_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "itemId",
            },
            "market_hash_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "marketHashName",
            },
            "delivery": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["any", "standard", "instant"],
                            "ref": "DeliveryFilter",
                        },
                    },
                    "default": "any",
                },
                "required": False,
            },
            "phase": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": [
                                "Phase 1",
                                "Phase 2",
                                "Phase 3",
                                "Phase 4",
                                "Ruby",
                                "Sapphire",
                                "Black Pearl",
                                "Emerald",
                            ],
                            "ref": "DopplerPhase",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "float_min": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "float", "ge": 0.0, "le": 1.0},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "floatMin",
            },
            "float_max": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "float", "ge": 0.0, "le": 1.0},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "floatMax",
            },
            "page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 1,
                },
                "required": False,
            },
            "per_page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": 50,
                },
                "required": False,
                "validation_alias": "perPage",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetClientMarketItemParams",
    },
    "GetClientMarketParams": {
        "type": "typed-dict",
        "fields": {
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 730,
                },
                "required": False,
            },
            "search": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str", "max_length": 100}},
                    "default": None,
                },
                "required": False,
            },
            "sort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": [
                                "relevance",
                                "priceAsc",
                                "priceDesc",
                                "nameAsc",
                                "nameDesc",
                            ],
                            "ref": "ItemSort",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "min_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float", "ge": 0.0}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "minPrice",
            },
            "max_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float", "ge": 0.0}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "maxPrice",
            },
            "page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 1,
                },
                "required": False,
            },
            "per_page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": -1, "le": 1000}},
                    "default": 50,
                },
                "required": False,
                "validation_alias": "perPage",
            },
            "development": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetClientMarketParams",
    },
    "GetClientMarketSuggestionsParams": {
        "type": "typed-dict",
        "fields": {
            "q": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1, "max_length": 100},
                "required": True,
            }
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetClientMarketSuggestionsParams",
    },
    "GetLedgerTransactionParams": {
        "type": "typed-dict",
        "fields": {
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1},
                "required": True,
            }
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetLedgerTransactionParams",
    },
    "GetMerchantCryptoDepositAddressParams": {
        "type": "typed-dict",
        "fields": {
            "steam_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "pattern": "^76561[0-9]{12}$"},
                "required": True,
                "validation_alias": "steamId",
            },
            "chain": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "literal",
                    "expected": ["ETH", "BSC", "SOL"],
                    "ref": "CryptoChain",
                },
                "required": True,
            },
            "token": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["USDT", "USDC"],
                            "ref": "CryptoToken",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetMerchantCryptoDepositAddressParams",
    },
    "GetMerchantInventoryParams": {
        "type": "typed-dict",
        "fields": {
            "trade_url": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "pattern": "^https:\\/\\/steamcommunity\\.com\\/tradeoffer\\/new\\/\\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$",
                },
                "required": True,
                "validation_alias": "tradeUrl",
            },
            "refresh": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
            },
            "accepted_only": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
                "validation_alias": "acceptedOnly",
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 730,
                },
                "required": False,
            },
            "search": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str", "max_length": 100}},
                    "default": None,
                },
                "required": False,
            },
            "sort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 32},
                    },
                    "default": None,
                },
                "required": False,
            },
            "min_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float"}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "minPrice",
            },
            "max_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float"}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "maxPrice",
            },
            "page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 1,
                },
                "required": False,
            },
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": -1}},
                    "default": 50,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetMerchantInventoryParams",
    },
    "GetMerchantMarketItemParams": {
        "type": "typed-dict",
        "fields": {
            "item_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "itemId",
            },
            "market_hash_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "marketHashName",
            },
            "delivery": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["any", "standard", "instant"],
                            "ref": "DeliveryFilter",
                        },
                    },
                    "default": "any",
                },
                "required": False,
            },
            "phase": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": [
                                "Phase 1",
                                "Phase 2",
                                "Phase 3",
                                "Phase 4",
                                "Ruby",
                                "Sapphire",
                                "Black Pearl",
                                "Emerald",
                            ],
                            "ref": "DopplerPhase",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "float_min": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "float", "ge": 0.0, "le": 1.0},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "floatMin",
            },
            "float_max": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "float", "ge": 0.0, "le": 1.0},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "floatMax",
            },
            "page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 1,
                },
                "required": False,
            },
            "per_page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": 50,
                },
                "required": False,
                "validation_alias": "perPage",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetMerchantMarketItemParams",
    },
    "GetMerchantMarketParams": {
        "type": "typed-dict",
        "fields": {
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 730,
                },
                "required": False,
            },
            "search": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str", "max_length": 100}},
                    "default": None,
                },
                "required": False,
            },
            "sort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": [
                                "relevance",
                                "priceAsc",
                                "priceDesc",
                                "nameAsc",
                                "nameDesc",
                            ],
                            "ref": "ItemSort",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "min_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float", "ge": 0.0}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "minPrice",
            },
            "max_price": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "float", "ge": 0.0}},
                    "default": None,
                },
                "required": False,
                "validation_alias": "maxPrice",
            },
            "page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 1,
                },
                "required": False,
            },
            "per_page": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": -1, "le": 1000}},
                    "default": 50,
                },
                "required": False,
                "validation_alias": "perPage",
            },
            "development": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
            },
            "source": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["internal", "external", "Xk9W"],
                            "ref": "MarketSource",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetMerchantMarketParams",
    },
    "GetMerchantTradesParams": {
        "type": "typed-dict",
        "fields": {
            "trade_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 1, "pattern": "^[^,]+(,[^,]+){0,99}$"},
                "required": True,
                "validation_alias": "tradeId",
            }
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetMerchantTradesParams",
    },
    "GetPricesParams": {
        "type": "typed-dict",
        "fields": {
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1}},
                    "default": 730,
                },
                "required": False,
            }
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "GetPricesParams",
    },
    "ListClientCryptoDepositsParams": {
        "type": "typed-dict",
        "fields": {
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": None,
                },
                "required": False,
            },
            "before": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "datetime",
                            "tz_constraint": "aware",
                            "microseconds_precision": "truncate",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "ListClientCryptoDepositsParams",
    },
    "ListClientCryptoWithdrawalsParams": {
        "type": "typed-dict",
        "fields": {
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": None,
                },
                "required": False,
            },
            "before": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "datetime",
                            "tz_constraint": "aware",
                            "microseconds_precision": "truncate",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "ListClientCryptoWithdrawalsParams",
    },
    "ListClientTradesParams": {
        "type": "typed-dict",
        "fields": {
            "cursor": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str"}},
                    "default": None,
                },
                "required": False,
            },
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": 20,
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["deposit", "withdraw"],
                            "ref": "TradeType",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["730", "252490"],
                            "ref": "GameId",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "ListClientTradesParams",
    },
    "ListLedgerTransactionsParams": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["DEPOSIT", "WITHDRAWAL", "REFUND", "INTERNAL_TRANSFER"],
                            "ref": "FundingType",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": [
                                "INITIATED",
                                "PENDING",
                                "PENDING_ADMIN",
                                "APPROVED",
                                "REJECTED",
                                "COMPLETED",
                                "FAILED",
                                "CANCELLED",
                                "REFUNDED",
                                "EXPIRED",
                            ],
                            "ref": "FundingStatus",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "start_date": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "datetime",
                            "tz_constraint": "aware",
                            "microseconds_precision": "truncate",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "startDate",
            },
            "end_date": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "datetime",
                            "tz_constraint": "aware",
                            "microseconds_precision": "truncate",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "endDate",
            },
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": 50,
                },
                "required": False,
            },
            "offset": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 0}},
                    "default": 0,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "ListLedgerTransactionsParams",
    },
    "ListMerchantCryptoDepositsParams": {
        "type": "typed-dict",
        "fields": {
            "steam_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "pattern": "^76561[0-9]{12}$"},
                "required": True,
                "validation_alias": "steamId",
            },
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": None,
                },
                "required": False,
            },
            "before": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "datetime",
                            "tz_constraint": "aware",
                            "microseconds_precision": "truncate",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "ListMerchantCryptoDepositsParams",
    },
    "ListMerchantCryptoWithdrawalsParams": {
        "type": "typed-dict",
        "fields": {
            "steam_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "pattern": "^76561[0-9]{12}$"},
                "required": True,
                "validation_alias": "steamId",
            },
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": None,
                },
                "required": False,
            },
            "before": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "datetime",
                            "tz_constraint": "aware",
                            "microseconds_precision": "truncate",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "ListMerchantCryptoWithdrawalsParams",
    },
    "ListMerchantTradesParams": {
        "type": "typed-dict",
        "fields": {
            "cursor": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str"}},
                    "default": None,
                },
                "required": False,
            },
            "limit": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 1, "le": 100}},
                    "default": 20,
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["deposit", "withdraw"],
                            "ref": "TradeType",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["730", "252490"],
                            "ref": "GameId",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "ListMerchantTradesParams",
    },
    "MerchantCryptoWithdrawRequest": {
        "type": "typed-dict",
        "fields": {
            "steam_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "pattern": "^76561[0-9]{12}$"},
                "required": True,
                "validation_alias": "steamId",
            },
            "chain": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "literal",
                    "expected": ["ETH", "BSC", "SOL"],
                    "ref": "CryptoChain",
                },
                "required": True,
            },
            "token": {
                "type": "typed-dict-field",
                "schema": {"type": "literal", "expected": ["USDT", "USDC"], "ref": "CryptoToken"},
                "required": True,
            },
            "address": {
                "type": "typed-dict-field",
                "schema": {"type": "str", "min_length": 26, "max_length": 64},
                "required": True,
            },
            "amount_cents": {
                "type": "typed-dict-field",
                "schema": {"type": "int", "ge": 1, "le": 100000000},
                "required": True,
                "validation_alias": "amountCents",
            },
            "request_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "min_length": 8,
                    "max_length": 64,
                    "pattern": "^[A-Za-z0-9_-]+$",
                },
                "required": True,
                "validation_alias": "requestId",
            },
        },
        "config": {},
        "ref": "MerchantCryptoWithdrawRequest",
    },
    "QuickBuyRequest": {
        "type": "typed-dict",
        "fields": {
            "trade_url": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "pattern": "^https:\\/\\/steamcommunity\\.com\\/tradeoffer\\/new\\/\\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$",
                },
                "required": True,
                "validation_alias": "tradeUrl",
            },
            "item_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 5, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "itemId",
            },
            "market_hash_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "marketHashName",
            },
            "max_price": {
                "type": "typed-dict-field",
                "schema": {"type": "float", "gt": 0.0, "le": 100000.0},
                "required": True,
                "validation_alias": "maxPrice",
            },
            "amount": {
                "type": "typed-dict-field",
                "schema": {"type": "int", "ge": 1, "le": 200},
                "required": True,
            },
            "delivery": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["standard", "instant"],
                            "ref": "DeliveryMode",
                        },
                    },
                    "default": "standard",
                },
                "required": False,
            },
            "phase": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": [
                                "Phase 1",
                                "Phase 2",
                                "Phase 3",
                                "Phase 4",
                                "Ruby",
                                "Sapphire",
                                "Black Pearl",
                                "Emerald",
                            ],
                            "ref": "DopplerPhase",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "auto_cancel": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 30, "le": 720}},
                    "default": 30,
                },
                "required": False,
                "validation_alias": "autoCancel",
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "literal", "expected": ["730"], "ref": "Cs2GameId"},
                    },
                    "default": "730",
                },
                "required": False,
            },
            "external_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "str",
                            "min_length": 1,
                            "max_length": 128,
                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalId",
            },
            "external_ids": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "list",
                            "items_schema": {
                                "type": "str",
                                "min_length": 1,
                                "max_length": 128,
                                "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                            },
                            "min_length": 1,
                            "max_length": 200,
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalIds",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "QuickBuyRequest",
    },
    "QuickWithdrawRequest": {
        "type": "typed-dict",
        "fields": {
            "item_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 5, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "itemId",
            },
            "market_hash_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "str", "min_length": 1, "max_length": 256},
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "marketHashName",
            },
            "max_price": {
                "type": "typed-dict-field",
                "schema": {"type": "float", "gt": 0.0, "le": 100000.0},
                "required": True,
                "validation_alias": "maxPrice",
            },
            "amount": {
                "type": "typed-dict-field",
                "schema": {"type": "int", "ge": 1, "le": 200},
                "required": True,
            },
            "delivery": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["standard", "instant"],
                            "ref": "DeliveryMode",
                        },
                    },
                    "default": "standard",
                },
                "required": False,
            },
            "phase": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": [
                                "Phase 1",
                                "Phase 2",
                                "Phase 3",
                                "Phase 4",
                                "Ruby",
                                "Sapphire",
                                "Black Pearl",
                                "Emerald",
                            ],
                            "ref": "DopplerPhase",
                        },
                    },
                    "default": None,
                },
                "required": False,
            },
            "auto_cancel": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 30, "le": 720}},
                    "default": 30,
                },
                "required": False,
                "validation_alias": "autoCancel",
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {"type": "literal", "expected": ["730"], "ref": "Cs2GameId"},
                    },
                    "default": "730",
                },
                "required": False,
            },
            "external_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "str",
                            "min_length": 1,
                            "max_length": 128,
                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalId",
            },
            "external_ids": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "list",
                            "items_schema": {
                                "type": "str",
                                "min_length": 1,
                                "max_length": 128,
                                "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                            },
                            "min_length": 1,
                            "max_length": 200,
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalIds",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "QuickWithdrawRequest",
    },
    "SellRequest": {
        "type": "typed-dict",
        "fields": {
            "trade_url": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "str",
                    "pattern": "^https:\\/\\/steamcommunity\\.com\\/tradeoffer\\/new\\/\\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$",
                },
                "required": True,
                "validation_alias": "tradeUrl",
            },
            "items": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "typed-dict",
                        "fields": {
                            "item_id": {
                                "type": "typed-dict-field",
                                "schema": {"type": "str", "min_length": 5, "max_length": 256},
                                "required": True,
                                "validation_alias": "itemId",
                            },
                            "price": {
                                "type": "typed-dict-field",
                                "schema": {"type": "float", "gt": 0.0},
                                "required": True,
                            },
                            "amount": {
                                "type": "typed-dict-field",
                                "schema": {
                                    "type": "default",
                                    "schema": {
                                        "type": "nullable",
                                        "schema": {"type": "int", "ge": 1, "le": 10000},
                                    },
                                    "default": 1,
                                },
                                "required": False,
                            },
                        },
                        "config": {"extra_fields_behavior": "forbid"},
                        "extra_behavior": "forbid",
                        "ref": "DepositItem",
                    },
                    "min_length": 1,
                    "max_length": 250,
                },
                "required": True,
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["730", "252490"],
                            "ref": "GameId",
                        },
                    },
                    "default": "730",
                },
                "required": False,
            },
            "external_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "str",
                            "min_length": 1,
                            "max_length": 128,
                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalId",
            },
            "is_instant": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "bool"}},
                    "default": False,
                },
                "required": False,
                "validation_alias": "isInstant",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "SellRequest",
    },
    "VerificationStartRequest": {
        "type": "typed-dict",
        "fields": {
            "email": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "str"}},
                    "default": None,
                },
                "required": False,
            }
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "VerificationStartRequest",
    },
    "WithdrawRequest": {
        "type": "typed-dict",
        "fields": {
            "items": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "typed-dict",
                        "fields": {
                            "item_id": {
                                "type": "typed-dict-field",
                                "schema": {"type": "str", "min_length": 5, "max_length": 256},
                                "required": True,
                                "validation_alias": "itemId",
                            },
                            "price": {
                                "type": "typed-dict-field",
                                "schema": {"type": "float", "gt": 0.0, "le": 100000.0},
                                "required": True,
                            },
                            "max_price": {
                                "type": "typed-dict-field",
                                "schema": {
                                    "type": "default",
                                    "schema": {
                                        "type": "nullable",
                                        "schema": {"type": "float", "gt": 0.0, "le": 100000.0},
                                    },
                                    "default": None,
                                },
                                "required": False,
                                "validation_alias": "maxPrice",
                            },
                            "external_id": {
                                "type": "typed-dict-field",
                                "schema": {
                                    "type": "default",
                                    "schema": {
                                        "type": "nullable",
                                        "schema": {
                                            "type": "str",
                                            "min_length": 1,
                                            "max_length": 128,
                                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                                        },
                                    },
                                    "default": None,
                                },
                                "required": False,
                                "validation_alias": "externalId",
                            },
                        },
                        "config": {"extra_fields_behavior": "forbid"},
                        "extra_behavior": "forbid",
                        "ref": "WithdrawItem",
                    },
                    "min_length": 1,
                    "max_length": 50,
                },
                "required": True,
            },
            "slippage_bps": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 0, "le": 2000}},
                    "default": 0,
                },
                "required": False,
                "validation_alias": "slippageBps",
            },
            "auto_cancel": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "nullable", "schema": {"type": "int", "ge": 30, "le": 720}},
                    "default": 30,
                },
                "required": False,
                "validation_alias": "autoCancel",
            },
            "game": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "literal",
                            "expected": ["730", "252490"],
                            "ref": "GameId",
                        },
                    },
                    "default": "730",
                },
                "required": False,
            },
            "external_id": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "nullable",
                        "schema": {
                            "type": "str",
                            "min_length": 1,
                            "max_length": 128,
                            "pattern": "^[^,/?#%\\\\]*[^,/?#%\\\\.][^,/?#%\\\\]*$",
                        },
                    },
                    "default": None,
                },
                "required": False,
                "validation_alias": "externalId",
            },
        },
        "config": {"extra_fields_behavior": "forbid"},
        "extra_behavior": "forbid",
        "ref": "WithdrawRequest",
    },
}
