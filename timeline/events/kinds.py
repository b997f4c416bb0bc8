"""Person or organisation with the article's usage: now in `timeline.actors.kinds`.

Only `timeline.events.extract` still imports `Usage` from here (that module
is being edited elsewhere); import from `timeline.actors.kinds` instead.
"""

from __future__ import annotations

from timeline.actors.kinds import Usage  # noqa: F401
