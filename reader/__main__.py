"""`python -m reader` runs the `duba` command."""

import sys

from reader.cli import main

sys.exit(main())
