"""`python -m generator [--check]`: see generator/build.py."""

from generator.build import main

raise SystemExit(main())
