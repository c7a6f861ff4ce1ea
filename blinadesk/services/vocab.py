"""The short vocabularies forms offer (the database keeps them as plain strings)."""

from __future__ import annotations

SEXES = ("female", "male", "other", "unknown")
PH_STATUSES = ("positive", "negative", "unknown")
CD19_STATUSES = ("positive", "negative", "dim", "unknown")
DONOR_TYPES = ("matched_related", "matched_unrelated", "mismatched_unrelated", "haploidentical", "cord_blood",
               "autologous")
MRD_METHODS = ("flow", "pcr", "ngs")
OUTCOME_KINDS = ("progression", "relapse", "death")
ASSESSMENT_TOOLS = ("ICE", "CAPD")
# Cycle statuses that mean "this cycle's infusion is going on" (running, or paused by an interruption).
ACTIVE_CYCLE_STATUSES = ("running", "interrupted")
