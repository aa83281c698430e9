"""`python -m alliance_monitor <command>`: the command line (see cli.py)."""

import sys

from alliance_monitor.cli import main

sys.exit(main())
