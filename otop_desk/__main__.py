"""Allow ``python -m otop_desk``."""

import gc
import sys

from otop_desk.cli import main

code = main()
# The process ends here: the interpreter's last collections need not walk every object
# still alive (after a province's export that was half a second the window waited for).
gc.freeze()
sys.exit(code)
