"""`blinadesk calc` through `calculate(kind, obj, catalogue)`: any JSON-like object, any kind.

It answers or names every problem; it never raises, and what it answers is valid JSON (no NaN, no infinity).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blinadesk.commands.calc import KINDS, calculate
from blinadesk.domain.labels import default_catalogue
from tests.hostile.strategies import NASTY_NUMBERS, NASTY_TEXT

# What `blinadesk calc` can receive: JSON (parsed by the command, so NaN and infinities included).
json_hostile = st.one_of(st.sampled_from(NASTY_NUMBERS), st.sampled_from(NASTY_TEXT), st.integers(),
                         st.sampled_from(["2026-02-30", "0001-01-01", "9999-12-31", "1e999", "true"]))

CATALOGUE = default_catalogue()
json_like = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
              st.text(max_size=20)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8)


def _fields(kind: str) -> list[str]:
    spec = KINDS[kind][0]
    return list(spec)


@pytest.mark.parametrize("kind", sorted(KINDS))
@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_calc_answers_or_names_every_problem(kind: str, data: st.DataObject) -> None:
    fields = _fields(kind)
    obj: Any = data.draw(st.one_of(
        st.fixed_dictionaries({}, optional={name: st.one_of(json_hostile, json_like) for name in fields}),
        st.dictionaries(st.sampled_from([*fields, "unknown", "oxygen"]), json_like, max_size=6),
        json_like))
    result, problems = calculate(kind, obj, CATALOGUE)
    if result is None:
        assert problems, "refused without saying why"
        unknown_empty_key = isinstance(obj, dict) and "" in obj
        for problem in problems:
            assert (problem.field or unknown_empty_key) and problem.message.strip(), problem
    else:
        assert problems == []
        json.dumps(result, allow_nan=False)
