"""Bone-marrow response (domain.md section 7): CR, CRh*, CRi, blast-free hypoplastic, no remission; M1-M3;
MRD negative below 1e-4, and the MRD-positive indication's threshold of 1e-3."""

from __future__ import annotations

import pytest

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.response import marrow_response

FULL_COUNTS = {"anc_per_ul": 2500, "platelets_per_ul": 180_000}


@pytest.mark.parametrize(("blasts", "anc", "platelets", "status"), [
    pytest.param(5, 2500, 180_000, "CR", id="blasts 5 % is still remission"),
    pytest.param(5.1, 2500, 180_000, "no remission", id="blasts 5.1 %"),
    pytest.param(2, 2500, 100_001, "CR", id="platelets 100001"),
    pytest.param(2, 2500, 100_000, "CRh*", id="platelets 100000 is not above 100000"),
    pytest.param(2, 1001, 180_000, "CR", id="ANC 1001"),
    pytest.param(2, 1000, 180_000, "CRh*", id="ANC 1000 is not above 1000"),
    pytest.param(2, 501, 50_001, "CRh*", id="ANC 501 and platelets 50001"),
    pytest.param(2, 500, 50_001, "blast-free hypoplastic", id="ANC 500 is not above 500"),
    pytest.param(2, 501, 50_000, "blast-free hypoplastic", id="platelets 50000 is not above 50000"),
    pytest.param(2, 400, 150_000, "CRi", id="platelets recovered, ANC not"),
    pytest.param(2, 1500, 30_000, "CRi", id="ANC recovered, platelets not"),
    pytest.param(2, 400, 100_000, "blast-free hypoplastic", id="platelets 100000 is not a CRi recovery"),
    pytest.param(0, 0, 0, "blast-free hypoplastic", id="aplastic marrow"),
    pytest.param(40, 2500, 180_000, "no remission", id="M3 with full counts"),
])
def test_response_status_boundaries(blasts: float, anc: float, platelets: float, status: str) -> None:
    r = marrow_response(blasts, anc, platelets)
    assert r.status == status, r.reason
    assert r.scale.strip() and r.reason.strip()


def test_extramedullary_disease_is_no_remission_whatever_the_marrow() -> None:
    r = marrow_response(1, extramedullary_disease=True, **FULL_COUNTS)
    assert r.status == "no remission"
    assert "extramedullary" in r.reason


@pytest.mark.parametrize(("blasts", "m_status"), [(0, "M1"), (4.9, "M1"), (5, "M2"), (24.9, "M2"), (25, "M3"),
                                                  (100, "M3")])
def test_m_status_boundaries(blasts: float, m_status: str) -> None:
    assert marrow_response(blasts, **FULL_COUNTS).m_status == m_status


@pytest.mark.parametrize(("mrd", "status", "at_or_above_1e_3"), [
    (0.0, "negative", False), (9.9e-5, "negative", False), (1e-4, "positive", False), (9.9e-4, "positive", False),
    (1e-3, "positive", True), (0.5, "positive", True), (None, None, None),
])
def test_mrd_thresholds(mrd: float | None, status: str | None, at_or_above_1e_3: bool | None) -> None:
    r = marrow_response(2, mrd_fraction=mrd, **FULL_COUNTS)
    assert r.mrd_status == status
    assert r.mrd_at_or_above_indication == at_or_above_1e_3


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"marrow_blasts_pct": 101}, "marrow_blasts_pct"), ({"marrow_blasts_pct": -1}, "marrow_blasts_pct"),
    ({"anc_per_ul": -1}, "anc_per_ul"), ({"platelets_per_ul": -5}, "platelets_per_ul"),
    ({"mrd_fraction": 1.5}, "mrd_fraction"), ({"mrd_fraction": -1e-5}, "mrd_fraction"),
])
def test_implausible_response_input_is_refused(kwargs: dict[str, float], field: str) -> None:
    arguments = {"marrow_blasts_pct": 2, **FULL_COUNTS, **kwargs}
    with pytest.raises(InvalidInput) as caught:
        marrow_response(**arguments)
    assert caught.value.problems[0].field == field
