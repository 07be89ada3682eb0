"""Imported once by the server process that extraction workers are forked from (`extractors.parallel`).

The models load here, before any worker exists, so every worker shares their memory instead of
loading a copy of its own. The loaded objects are then frozen out of the garbage collector's sight
(`gc.freeze`): a collection in a worker would otherwise write to every object it visits, and so
copy the pages the workers share.
"""

from __future__ import annotations

import gc
from contextlib import suppress

from extractors.pipeline import load_everything

with suppress(Exception):  # a worker then loads again, and its error is the one reported
    load_everything()
gc.freeze()
