"""pydantic-core's compiled module, loaded without the Python layer of its package.

``import pydantic_core`` runs the package's ``__init__``, which imports ``core_schema`` (hundreds
of ``TypedDict`` classes for writing schemas by hand) and ``typing_extensions``: a fifth of what a
fresh process spent from ``import assetpay`` to its first result, for nothing the client uses.
The client needs two names of the compiled module (``SchemaValidator`` and ``ValidationError``,
for checking requests), so it loads that extension module directly.

It is not entered in ``sys.modules``: a later ``import pydantic_core`` (by pydantic, or by the
application) then loads the package the ordinary way, and gets the same classes (the extension's
types exist once per process), so a ``ValidationError`` or ``SchemaValidator`` from either side is
the other's. When pydantic-core was imported before, or its compiled file is not where the package
keeps it, the ordinary import is used.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING

_NAME = "pydantic_core._pydantic_core"


def _compiled() -> ModuleType:
    loaded = sys.modules.get(_NAME)
    if loaded is not None:
        return loaded
    if "pydantic_core" not in sys.modules:
        module = _load_compiled()
        if module is not None:
            return module
    import pydantic_core._pydantic_core as compiled  # the ordinary way

    return compiled


def _load_compiled() -> ModuleType | None:
    # importlib.machinery and os.path are loaded with the interpreter; importlib.util and
    # pathlib are not, and would cost a good part of what this saves
    import importlib.machinery
    import os.path

    machinery = importlib.machinery
    package = machinery.PathFinder.find_spec("pydantic_core")  # finds it, does not run it
    if package is None or not package.submodule_search_locations:
        return None
    for folder in package.submodule_search_locations:
        for suffix in machinery.EXTENSION_SUFFIXES:
            path = os.path.join(folder, "_pydantic_core" + suffix)
            if not os.path.isfile(path):
                continue
            loader = machinery.ExtensionFileLoader(_NAME, path)
            try:
                module = loader.create_module(machinery.ModuleSpec(_NAME, loader, origin=path))
                loader.exec_module(module)
            except Exception:  # any failure: the ordinary import decides
                return None
            return module
    return None


if TYPE_CHECKING:
    from pydantic_core import SchemaValidator, ValidationError
else:
    _module = _compiled()
    SchemaValidator = _module.SchemaValidator
    ValidationError = _module.ValidationError

__all__ = ["SchemaValidator", "ValidationError"]
