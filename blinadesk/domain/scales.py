"""Grading scales as data (resources/scales/*.toml), read strictly like the label editions."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from blinadesk.domain.labels import Fact
from blinadesk.domain.tomldata import Table, read_toml


@dataclass(frozen=True)
class CrsScale:
    name: str
    fever_min_c: float
    low_flow_max_l_min: float
    low_flow_devices: tuple[str, ...]
    high_flow_devices: tuple[str, ...]
    positive_pressure_devices: tuple[str, ...]
    vasopressors: tuple[str, ...]
    not_counted_as_additional: tuple[str, ...]
    fact: Fact

    @property
    def devices(self) -> tuple[str, ...]:
        return ("none", *self.low_flow_devices, *self.high_flow_devices, *self.positive_pressure_devices)


@dataclass(frozen=True)
class IcansScale:
    ice_name: str
    capd_name: str
    ice_items: tuple[str, ...]
    ice_grade1_min: int
    ice_grade2_min: int
    capd_below_age_years: float
    capd_age_fact: Fact
    capd_delirium_min: int
    capd_delirium_fact: Fact
    capd_items: tuple[str, ...]
    capd_items_fact: Fact
    capd_item_max: int
    capd_reverse_scored_items: int
    capd_scoring_fact: Fact
    ice_fact: Fact
    capd_fact: Fact

    @property
    def capd_max(self) -> int:
        return self.capd_item_max * len(self.capd_items)


@dataclass(frozen=True)
class FeverScale:
    version: str
    grade1_min_c: float
    grade2_above_c: float
    grade3_above_c: float
    grade4_after_hours: float
    note: str
    fact: Fact


@dataclass(frozen=True)
class NeuroTerm:
    term: str
    version: str
    grades: tuple[str, ...]  # description of grade 1, 2, ...
    fact: Fact


@dataclass(frozen=True)
class ResponseScale:
    name: str
    remission_max_blasts_pct: float
    cr_platelets_above: float
    cr_anc_above: float
    crh_platelets_above: float
    crh_anc_above: float
    cri_platelets_above: float
    cri_anc_above: float
    m2_from_pct: float
    m3_from_pct: float
    mrd_negative_below: float
    mrd_indication_from: float
    facts: dict[str, Fact]


@dataclass(frozen=True)
class Scales:
    crs: CrsScale
    icans: IcansScale
    fever: FeverScale
    neuro_terms: dict[str, NeuroTerm]
    response: ResponseScale


def _fact(t: Table, key: str = "source", flag: str = "provisional") -> Fact:
    return Fact(t.source(key), t.boolean(flag))


def _root(path: Path) -> Table:
    raw = read_toml(path)
    sources = raw.get("sources") or {}
    root = Table(raw, path.name, frozenset(str(k) for k in sources))
    root.table("sources")
    return root


def _astct(path: Path) -> tuple[CrsScale, IcansScale]:
    root = _root(path)
    head = root.req_table("scale")
    head.text("id")
    head.source()
    crs_name, ice_name, capd_name = head.text("crs_name"), head.text("ice_name"), head.text("capd_name")
    head.done()
    c = root.req_table("crs")
    crs = CrsScale(crs_name, c.req_number("fever_min_c"), c.req_number("low_flow_max_l_min"),
                   c.texts("low_flow_devices", required=True), c.texts("high_flow_devices", required=True),
                   c.texts("positive_pressure_devices", required=True), c.texts("vasopressors", required=True),
                   c.texts("not_counted_as_additional"), _fact(c))
    c.done()
    i = root.req_table("icans")
    ice_items, g1, g2, ice_fact = i.texts("ice_items", required=True), i.integer("ice_grade1_min"), \
        i.integer("ice_grade2_min"), _fact(i)
    i.done()
    p = root.req_table("capd")
    icans = IcansScale(
        ice_name=ice_name, capd_name=capd_name, ice_items=ice_items, ice_grade1_min=g1, ice_grade2_min=g2,
        capd_below_age_years=p.req_number("use_below_age_years"),
        capd_age_fact=_fact(p, "use_below_age_source", "use_below_age_provisional"),
        capd_delirium_min=p.integer("delirium_min"), capd_delirium_fact=Fact(p.source("delirium_source")),
        capd_items=p.texts("items", required=True), capd_items_fact=_fact(p, "items_source", "items_provisional"),
        capd_item_max=p.integer("item_max"), capd_reverse_scored_items=p.integer("reverse_scored_items", minimum=0),
        capd_scoring_fact=_fact(p, "scoring_source", "scoring_provisional"), ice_fact=ice_fact, capd_fact=_fact(p),
    )
    p.done()
    root.done()
    return crs, icans


def _ctcae(path: Path) -> tuple[FeverScale, dict[str, NeuroTerm]]:
    root = _root(path)
    head = root.req_table("scale")
    head.text("id")
    head.source()
    head.done()
    f = root.req_table("fever")
    fever = FeverScale(f.text("version"), f.req_number("grade1_min_c"), f.req_number("grade2_above_c"),
                       f.req_number("grade3_above_c"), f.req_number("grade4_after_hours"),
                       f.text("note", required=False), _fact(f))
    f.done()
    terms: dict[str, NeuroTerm] = {}
    for t in root.tables("neuro_terms"):
        term = NeuroTerm(t.text("term"), t.text("version"), t.texts("grades", required=True), _fact(t))
        t.done()
        terms[term.term] = term
    root.done()
    return fever, terms


def _response(path: Path) -> ResponseScale:
    root = _root(path)
    head = root.req_table("scale")
    head.text("id")
    name = head.text("name")
    head.source()
    head.done()
    facts: dict[str, Fact] = {}

    def part(key: str) -> Table:
        t = root.req_table(key)
        facts[key] = _fact(t)
        return t

    rem, cr, crh, cri, hyp, m, mrd = (part(k) for k in ("remission", "cr", "crh", "cri", "hypoplastic", "m_status",
                                                         "mrd"))
    facts["m3"] = Fact(facts["m_status"].source, m.boolean("m3_provisional"))
    scale = ResponseScale(
        name=name, remission_max_blasts_pct=rem.req_number("max_blasts_pct"),
        cr_platelets_above=cr.req_number("platelets_above_per_ul"), cr_anc_above=cr.req_number("anc_above_per_ul"),
        crh_platelets_above=crh.req_number("platelets_above_per_ul"),
        crh_anc_above=crh.req_number("anc_above_per_ul"),
        cri_platelets_above=cri.req_number("platelets_above_per_ul"),
        cri_anc_above=cri.req_number("anc_above_per_ul"),
        m2_from_pct=m.req_number("m2_from_pct"), m3_from_pct=m.req_number("m3_from_pct"),
        mrd_negative_below=mrd.req_number("negative_below"), mrd_indication_from=mrd.req_number("indication_from"),
        facts=facts,
    )
    for t in (rem, cr, crh, cri, hyp, m, mrd, root):
        t.done()
    return scale


def load_scales(directory: Path) -> Scales:
    crs, icans = _astct(directory / "astct-2019.toml")
    fever, terms = _ctcae(directory / "ctcae.toml")
    return Scales(crs, icans, fever, terms, _response(directory / "response.toml"))


@functools.cache
def default_scales() -> Scales:
    from blinadesk.resources import resource_path

    return load_scales(resource_path("scales"))
