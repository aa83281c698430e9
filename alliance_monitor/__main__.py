import sys

from alliance_monitor.cli import main

sys.exit(main())
