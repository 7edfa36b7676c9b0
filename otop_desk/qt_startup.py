"""One PySide6 start-up cost that OTOP Desk does not need to pay.

Once PySide6 is imported it reads the source of every Python module imported after it
(``inspect.getsource`` in ``PySide6.support.feature``) to find the ones that opt into
``from __feature__ import snake_case``. OTOP Desk never does, and start-up imports some
600 modules after Qt (SQLAlchemy, the services, the tabs): about a tenth of their import
time goes to that scan. Every module is marked as not opting in, which is what the scan
concludes for each of ours.
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> bool:
    """Skip the scan for modules imported from now on; False if this PySide6 has no such
    hook (a later version may drop it), and nothing is changed."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _opts_out  # type: ignore[attr-defined]
    return True


def _opts_out(module: object) -> bool:
    return False
