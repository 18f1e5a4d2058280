"""`python -m generator [--spec openapi.yaml] [--out generated/] [--check]`: see generator/build.py.

The spec is checked first (generator/check.py). A spec with problems is reported, one line per
problem, and nothing is generated or compared: ``--out`` stays exactly as it was.
"""

import argparse
import sys
from pathlib import Path

from generator.build import DEFAULT_SPEC, main
from generator.check import check_spec, report


def checked_main(argv: list[str]) -> int:
    """Check the ``--spec`` of ``argv``, then run the generator with the same arguments."""
    spec_option = argparse.ArgumentParser(add_help=False)
    spec_option.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    known, _ = spec_option.parse_known_args(argv)
    spec: Path = known.spec
    if spec.is_file():  # a missing file is reported by the generator itself
        problems = check_spec(spec)
        if problems:
            report(problems)
            return 1
    return main(argv)


raise SystemExit(checked_main(sys.argv[1:]))
