"""``python -m analysis`` runs the phonehome command line."""

import sys

from analysis.cli import main

sys.exit(main())
