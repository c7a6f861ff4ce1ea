"""Ward settings: choices the ward makes about its own work, not clinical rules.

Clinical rules (doses, grades, intervals) come from the label editions and scales under resources/;
nothing here changes a dose or a grade. These only decide when the app warns, reminds or locks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo


@dataclass(frozen=True)
class WardSettings:
    # A weight used for a BSA-based dose is flagged when it is older than this many days...
    weight_max_age_days: int = 7
    # ...or when the latest weight differs from it by more than this percentage.
    weight_change_warn_pct: float = 10.0
    # Sign-in: this many failed attempts in a row lock the account for lockout_minutes.
    sign_in_max_failures: int = 5
    sign_in_lockout_minutes: int = 15
    min_password_length: int = 8
    # The ward's clock zone: what "today" means and how times without a zone are read. None: this
    # computer's zone.
    time_zone: tzinfo | None = None
    # A time entered up to this many minutes ahead of the clock is accepted (clocks of ward PCs drift).
    future_tolerance_minutes: int = 5
    # Observations from this many hours before `now` count for the worklist alerts (as well as today's).
    alert_window_hours: int = 24

    def __post_init__(self) -> None:
        if self.weight_max_age_days < 0 or self.weight_change_warn_pct < 0:
            raise ValueError("weight warning settings must not be negative")
        if self.sign_in_max_failures < 1 or self.sign_in_lockout_minutes < 0:
            raise ValueError("sign_in_max_failures must be at least 1 and the lock-out not negative")
