"""Use cases of the ward: plain values in, frozen dataclasses out, one unit of work per user action.

Start from `Ward` (blinadesk.services.ward): `Ward(open_database(url))`.
"""
