"""Bone-marrow response: CR, CRh*, CRi, blast-free hypoplastic marrow or no remission; M1/M2/M3; MRD."""

from __future__ import annotations

from dataclasses import dataclass

from blinadesk.domain.limits import check_range
from blinadesk.domain.scales import Scales, default_scales

STATUSES = ("CR", "CRh*", "CRi", "blast-free hypoplastic", "no remission")


@dataclass(frozen=True)
class Response:
    scale: str
    status: str
    m_status: str
    mrd_status: str | None  # "negative" below the threshold, "positive" otherwise, None when not measured
    mrd_at_or_above_indication: bool | None  # MRD >= 1e-3: the MRD-positive indication's threshold
    reason: str
    provisional: bool


def marrow_response(marrow_blasts_pct: float, anc_per_ul: float, platelets_per_ul: float,
                    extramedullary_disease: bool = False, mrd_fraction: float | None = None,
                    scales: Scales | None = None) -> Response:
    s = (scales or default_scales()).response
    check_range("marrow_blasts_pct", marrow_blasts_pct)
    check_range("anc_per_ul", anc_per_ul)
    check_range("platelets_per_ul", platelets_per_ul)
    if mrd_fraction is not None:
        check_range("mrd_fraction", mrd_fraction)
    blasts, anc, plt = marrow_blasts_pct, anc_per_ul, platelets_per_ul
    counts = f"ANC {anc:g}/µL, platelets {plt:g}/µL"
    provisional = False
    if blasts > s.remission_max_blasts_pct or extramedullary_disease:
        status = "no remission"
        why = ("extramedullary disease" if extramedullary_disease and blasts <= s.remission_max_blasts_pct
               else f"marrow blasts {blasts:g} % (above {s.remission_max_blasts_pct:g} %)")
    elif plt > s.cr_platelets_above and anc > s.cr_anc_above:
        status, why = "CR", f"blasts {blasts:g} %, full count recovery ({counts})"
    elif plt > s.crh_platelets_above and anc > s.crh_anc_above:
        status, why = "CRh*", f"blasts {blasts:g} %, partial count recovery ({counts})"
    elif plt > s.cri_platelets_above or anc > s.cri_anc_above:
        status, why = "CRi", f"blasts {blasts:g} %, incomplete count recovery ({counts})"
        provisional = s.facts["cri"].provisional
    else:
        status, why = "blast-free hypoplastic", f"blasts {blasts:g} %, counts below the CRh* limits ({counts})"
        provisional = s.facts["hypoplastic"].provisional
    if blasts < s.m2_from_pct:
        m_status = "M1"
    elif blasts < s.m3_from_pct:
        m_status = "M2"
    else:
        m_status = "M3"
        provisional = provisional or s.facts["m3"].provisional
    mrd_status: str | None = None
    above: bool | None = None
    if mrd_fraction is not None:
        mrd_status = "negative" if mrd_fraction < s.mrd_negative_below else "positive"
        above = mrd_fraction >= s.mrd_indication_from
        why += f"; MRD {mrd_fraction:.2g} {'below' if mrd_status == 'negative' else 'at or above'} " \
               f"{s.mrd_negative_below:g}"
    return Response(s.name, status, m_status, mrd_status, above, why, provisional)
