"""Allow ``python -m otop_desk``."""

import sys

from otop_desk.cli import main

sys.exit(main())
