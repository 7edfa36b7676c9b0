"""A mark shared by the page painter (``reports.pages``) and the text layer."""

#: Where ``reports.pages`` moves lines Qt would draw twice (device units, left of the
#: page): text drawn there is dropped by the text layer.
OFF_PAGE = -1_000_000.0
