"""A demo ward: sign-in accounts, a living ward of adults and children, and the 2017 Moscow cohort.

`build_demo(db, today, seed)` fills an EMPTY record through the same use cases the desktop uses (so every
entry is validated, graded by the engine and audited as a real one), deterministically for a seed. It is for
training, screenshots and trying the app; it is fictitious and never clinical guidance.

## The living ward (MRN prefix `BD-`)
Adults and children across the three indications and the label editions (mostly us-2024; one course pinned
to us-2018; one child under the EU SmPC), arranged so that the Today worklist has something to show:
a child at the cycle-1 step-up today, an adult whose bag is due for a change today, an adult with fever and
grade-2 CRS today, a patient whose infusion is interrupted right now; and, in their histories, an
interruption of up to 7 days (same cycle goes on), one of more than 7 days (a new cycle), a restart with a
step-up after grade-3 CRS, toxicities, marrow results with MRD, a haploidentical transplant and a
CD19-negative relapse.

## The Moscow cohort (MRN prefix `MSK17-`, diagnosis note starting with `MOSCOW_COHORT_NOTE`)
Shaped like the 14 children of Myakova et al. 2017 (Dmitry Rogachev Center; abstract only, see
shared/study-myakova-2017.txt and domain.md section 8a). How each statement of the abstract is reproduced:

- "14 children with refractory/relapsed B-precursor ALL": 14 patients aged 3-16 when blinatumomab started,
  indication `rr`, CD19-positive.
- "median age 9": ages 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 13, 15, 16 at the start (median 9).
- "8 had >5 % blasts": 8 with 8-80 % marrow blasts at the start, 6 with 0.5-4.5 %.
- "standard dosages in a 28-day continuous infusion": one cycle 1 each, with the step-up the us-2024 label
  gives (5 -> 15 mcg/m2/day under 45 kg, 9 -> 28 mcg/day from 45 kg), 28 infusion days.
- "fever in 80 %": temperature >= 38.0 C in 11 of 14 children (79 %); everyone else stays below 37.5 C.
- "1 case of tremor and 1 case of convulsions": one CTCAE "Tremor" grade 1 and one "Seizure" grade 2 (a single
  brief generalised seizure).
- "12 achieved MRD-negative remission, 11 of them received haploBMT": 12 have an MRD < 10^-4 (flow) marrow
  after the cycle; 11 get a haploidentical transplant.
- "progression in 1 after TSCC and in 2 after HT, all with >= 30 % blasts": see below.

**Where the demo deviates (domain.md 8a data-quality flag).** The abstract's counts do not add up: 3
progressions + 12 MRD-negative remissions = 15 children out of 14. The demo does NOT make them add up by
pretending: it reads "progression in 1 after HSCT" as a later relapse of a child who had first reached
MRD-negative remission, and "2 after chemotherapy" as the two children who never responded. So:
- 2 children never respond (80 % and 45 % blasts before): no remission at the day-29 marrow, outcome
  `progression`;
- 1 child (60 % blasts before) reaches MRD-negative remission, gets a haploidentical transplant and
  relapses later: outcome `relapse`, recorded with its CD19 status (CD19-negative: the abstract does not
  say; CD19-negative escape is the known 10-20 % risk after blinatumomab, domain.md section 7);
- 12 remissions = 14 - 2; 11 transplants; the remission without transplant is one child still waiting
  for a donor on maintenance chemotherapy.
Not in the abstract and invented for the demo: names, sexes, weights, dates, CRS grades (fever only,
grade 1), the day-by-day observations, and the 3-day interruption after the seizure (grade-3 ICANS by
ASTCT: withhold, restart at the lower dose). The cohort is placed in the recent past relative to `today`
under the us-2024 label, not in 2016-2017: the app plans children only under editions that cover them,
and us-2014 covered only patients of 45 kg and more.
"""

from __future__ import annotations

import os
import random
import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import event, func, select

from blinadesk.domain.schedule import PremedicationDue
from blinadesk.services.events import AdverseEventEntry, MarrowEntry
from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.views import CycleView
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database, open_database
from blinadesk.store.models import Patient, User

MOSCOW_PREFIX = "MSK17-"
WARD_PREFIX = "BD-"
MOSCOW_COHORT_NOTE = "Moscow 2017 cohort (Myakova et al.)"
DEFAULT_SEED = 2017
# Each user's password is its role followed by "-demo": shown on the sign-in screen in demo mode only.
DEMO_PASSWORD_SUFFIX = "-demo"


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role: str
    full_name: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "administrator-demo", "administrator", "Demo Administrator"),
    DemoUser("nurse", "nurse-demo", "nurse", "Olga Petrova (ward nurse)"),
    DemoUser("nurse2", "nurse2-demo", "nurse", "Sam Taylor (ward nurse)"),
    DemoUser("physician", "physician-demo", "physician", "Dr Elena Sokolova"),
    DemoUser("physician2", "physician2-demo", "physician", "Dr James Moreau"),
    DemoUser("pharmacist", "pharmacist-demo", "pharmacist", "Priya Raman (pharmacist)"),
)


@dataclass(frozen=True)
class CohortChild:
    """One child of the Moscow cohort: the facts the abstract speaks of, and the invented rest."""

    number: int
    family_name: str
    given_name: str
    sex: str
    age_years: int
    weight_kg: float
    height_cm: float
    blasts_pct: float
    fever: bool
    neuro_event: str | None  # "tremor" or "seizure"
    mrd_negative: bool
    haplo_transplant: bool
    relapse_cd19: str | None  # CD19 status of a later relapse, None when no relapse

    @property
    def mrn(self) -> str:
        return f"{MOSCOW_PREFIX}{self.number:02d}"


MOSCOW_COHORT: tuple[CohortChild, ...] = (
    CohortChild(1, "Иванов", "Артём", "male", 9, 30.0, 134.0, 35.0, True, None, True, True, None),
    CohortChild(2, "Смирнова", "Полина", "female", 4, 16.0, 103.0, 1.0, True, None, True, True, None),
    CohortChild(3, "Кузнецов", "Максим", "male", 12, 40.0, 150.0, 80.0, True, None, False, False, None),
    CohortChild(4, "Попова", "Варвара", "female", 7, 23.0, 122.0, 4.5, False, "tremor", True, True, None),
    CohortChild(5, "Соколов", "Матвей", "male", 15, 55.0, 168.0, 12.0, True, None, True, True, None),
    CohortChild(6, "Лебедева", "Анна", "female", 10, 32.0, 139.0, 45.0, True, None, False, False, None),
    CohortChild(7, "Козлов", "Тимофей", "male", 3, 14.0, 96.0, 0.5, True, None, True, True, None),
    CohortChild(8, "Новикова", "София", "female", 13, 44.0, 156.0, 60.0, True, "seizure", True, True, "negative"),
    CohortChild(9, "Морозов", "Даниил", "male", 6, 21.0, 117.0, 2.0, False, None, True, True, None),
    CohortChild(10, "Волкова", "Мария", "female", 11, 36.0, 145.0, 8.0, True, None, True, True, None),
    CohortChild(11, "Алексеев", "Кирилл", "male", 16, 60.0, 172.0, 18.0, True, None, True, False, None),
    CohortChild(12, "Фёдорова", "Ева", "female", 9, 28.0, 132.0, 3.0, True, None, True, True, None),
    CohortChild(13, "Михайлов", "Егор", "male", 8, 26.0, 128.0, 25.0, False, None, True, True, None),
    CohortChild(14, "Егорова", "Алиса", "female", 5, 18.0, 110.0, 4.0, True, None, True, True, None),
)


def cohort_summary(children: tuple[CohortChild, ...] = MOSCOW_COHORT) -> dict[str, float]:
    """The abstract's figures as the demo's plan gives them (the tests recount them from the record)."""
    return {
        "children": len(children),
        "median_age_years": statistics.median(c.age_years for c in children),
        "over_5_pct_blasts": sum(c.blasts_pct > 5 for c in children),
        "fever": sum(c.fever for c in children),
        "tremor": sum(c.neuro_event == "tremor" for c in children),
        "seizure": sum(c.neuro_event == "seizure" for c in children),
        "mrd_negative": sum(c.mrd_negative for c in children),
        "haplo_transplants": sum(c.haplo_transplant for c in children),
        "progressions": sum(not c.mrd_negative for c in children),
        "relapses": sum(c.relapse_cd19 is not None for c in children),
    }


@dataclass(frozen=True)
class DemoBuilt:
    users: tuple[DemoUser, ...]
    patients: int
    moscow_mrns: tuple[str, ...]
    ward_mrns: tuple[str, ...]


def _local(day: date, hour: int, minute: int, zone: tzinfo | None) -> datetime:
    moment = datetime.combine(day, time(hour, minute))
    return moment.astimezone() if zone is None else moment.replace(tzinfo=zone)


def _birth_date(start: date, age_years: int, rng: random.Random) -> date:
    """A birthday that makes the child exactly `age_years` old on `start` (never on a 29 February)."""
    days_past_birthday = rng.randint(20, 330)
    anchor = start - timedelta(days=days_past_birthday)
    return anchor.replace(year=anchor.year - age_years, day=min(anchor.day, 28))




def _premedication_lead(timing: str) -> timedelta:
    """How long before the dose the demo nurse gives a premedication, read from the label's timing text."""
    if "6 to 12 hours" in timing:
        return timedelta(hours=8)  # the EU evening-before dose
    if "30 minutes" in timing:
        return timedelta(minutes=20)
    return timedelta(minutes=50)


# --- the builder ----------------------------------------------------------------------------------------

class _DemoRecorder:
    """Records the demo's story through the ward's use cases, as the named users, at given ward times."""

    def __init__(self, ward: Ward, today: date, zone: tzinfo | None, rng: random.Random) -> None:
        self.ward = ward
        self.today = today
        self.zone = zone
        self.rng = rng
        self.nurse = Actor("nurse", Role.NURSE)
        self.nurse2 = Actor("nurse2", Role.NURSE)
        self.physician = Actor("physician", Role.PHYSICIAN)
        self.physician2 = Actor("physician2", Role.PHYSICIAN)
        self.pharmacist = Actor("pharmacist", Role.PHARMACIST)

    # --- time ---

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, hour: int, minute: int = 0) -> datetime:
        return _local(self.day(offset), hour, minute, self.zone)

    # --- patients and courses ---

    def register(self, mrn: str, family_name: str, given_name: str, birth_date: date, sex: str, *,
                 blasts_pct: float | None, notes: str, cd19: str = "positive", ph: str = "negative",
                 prior_hsct: bool = False) -> int:
        registered = self.ward.register_patient(self.nurse, PatientRegistration(
            mrn=mrn, family_name=family_name, given_name=given_name, birth_date=birth_date, sex=sex,
            ph_status=ph, cd19_status=cd19, prior_hsct=prior_hsct, marrow_blasts_at_start_pct=blasts_pct,
            diagnosis_notes=notes))
        return registered.patient.id

    def measure(self, patient_id: int, offset: int, weight_kg: float, height_cm: float) -> None:
        self.ward.record_measurement(self.nurse, patient_id, self.day(offset), weight_kg, height_cm)

    def plan(self, patient_id: int, indication: str, edition: str, offset: int, cycles: int) -> tuple[int, list[int]]:
        """Plan a course; returns its id and its cycles' ids in order."""
        planned = self.ward.plan_course(self.physician, patient_id, indication, edition, self.day(offset), cycles)
        return planned.course.id, [cycle.id for cycle in planned.cycles]

    def start(self, cycle_id: int, started_at: datetime) -> CycleView:
        """Start a cycle, the premedication the label asks for given by the nurse before the first dose."""
        started = self.ward.start_cycle(self.physician, cycle_id, started_at)
        self._give(cycle_id, started.premedication_due, started_at)
        return started.cycle

    def _give(self, cycle_id: int, due: tuple[PremedicationDue, ...], first_dose_at: datetime) -> None:
        for premedication in due:
            self.ward.record_premedication_given(self.nurse, cycle_id, first_dose_at - _premedication_lead(
                premedication.timing), premedication.drug, round(premedication.dose_mg, 1), premedication.route)

    def end(self, cycle_id: int, ended_at: datetime, *, discontinued: bool = False,
            reason: str = "28 infusion days given") -> None:
        self.ward.end_cycle(self.physician, cycle_id, ended_at, discontinued=discontinued, reason=reason)

    def interrupt(self, cycle_id: int, at: datetime, reason: str) -> None:
        self.ward.interrupt_infusion(self.nurse, cycle_id, at, reason)

    def restart(self, cycle_id: int, at: datetime, *, after_adverse_event: bool = False) -> CycleView:
        restarted = self.ward.restart_infusion(self.nurse, cycle_id, at, after_adverse_event=after_adverse_event)
        for due in restarted.verdict.premedication:
            self._give(restarted.cycle.id, due.premedications, due.at)
        return restarted.cycle

    def bags(self, cycle_id: int, first_hung_at: datetime, duration_hours: int, rate_ml_per_h: float,
             count: int, *, last_removed: bool = False, last_removed_at: datetime | None = None) -> None:
        """`count` bags hung one after the other, each removed when the next goes up; the last one still
        hangs unless `last_removed` (at the end of its time) or `last_removed_at` (when the infusion stopped)."""
        hung = first_hung_at
        for number in range(count):
            removed: datetime | None = hung + timedelta(hours=duration_hours)
            if number == count - 1:
                removed = last_removed_at or (removed if last_removed else None)
            # Volumes as a pharmacy might enter them: the infused volume plus what primes the line.
            self.ward.record_bag(self.pharmacist, BagEntry(
                cycle_id=cycle_id, duration_hours=duration_hours, rate_ml_per_h=rate_ml_per_h,
                volume_ml=round(rate_ml_per_h * duration_hours + 30, 1),
                lot=f"DEMO{self.rng.randint(10000, 99999)}", hung_at=hung, removed_at=removed,
                hung_by=self.nurse.username))
            hung = hung + timedelta(hours=duration_hours)

    # --- the bedside ---

    def observe(self, patient_id: int, at: datetime, age_years: int, temperature_c: float, *,
                oxygen_device: str = "none", oxygen_flow_l_min: float | None = None, spo2_pct: float | None = None,
                hypotension: bool = False, vasopressors: tuple[str, ...] = (), antipyretics: bool = False,
                consciousness: str = "awake", seizure: str = "none", delirium: bool = False, ice_score: int = 10,
                neuro_events: tuple[tuple[str, int], ...] = (), nurse: Actor | None = None) -> None:
        """One set of observations; vital signs vary around values usual for the age, and with fever."""
        child = age_years < 12
        fever_rise = max(0.0, temperature_c - 37.0)
        heart_rate = (self.rng.randint(88, 112) if child else self.rng.randint(68, 88)) + int(12 * fever_rise)
        systolic = self.rng.randint(96, 108) if child else self.rng.randint(112, 132)
        if hypotension:
            systolic = 78 if child else 84
        entry = ObservationEntry(
            patient_id=patient_id, observed_at=at, temperature_c=temperature_c, heart_rate_bpm=heart_rate,
            systolic_mmhg=systolic, diastolic_mmhg=systolic - self.rng.randint(36, 46),
            respiratory_rate_per_min=(self.rng.randint(20, 26) if child else self.rng.randint(14, 18))
            + (4 if oxygen_device != "none" else 0),
            spo2_pct=spo2_pct if spo2_pct is not None else float(self.rng.randint(96, 99)),
            oxygen_device=oxygen_device, oxygen_flow_l_min=oxygen_flow_l_min, vasopressors=vasopressors,
            antipyretics_or_anticytokine=antipyretics, hypotension=hypotension, consciousness=consciousness,
            seizure=seizure, neuro_events=neuro_events,
            # CAPD answers as entered (items 1-4 are reverse-scored by the engine): all well, or delirium.
            capd_answers=((1, 1, 2, 2, 2, 1, 2, 1) if delirium else (4, 4, 4, 4, 0, 0, 0, 0)) if child else None,
            ice_score=None if child else ice_score)
        self.ward.record_observation(nurse or self.nurse, entry)

    def daily_observations(self, patient_id: int, age_years: int, first_day: int, last_day: int, hour: int,
                           fever_days: dict[int, float] | None = None) -> None:
        """Morning observations from `first_day` to `last_day` (offsets from today), afebrile unless given."""
        fevers = fever_days or {}
        for offset in range(first_day, last_day + 1):
            temperature = fevers.get(offset, round(self.rng.uniform(36.4, 37.4), 1))
            nurse = self.nurse if offset % 2 else self.nurse2
            self.observe(patient_id, self.at(offset, hour, self.rng.choice((0, 10, 20, 30))), age_years,
                         temperature, nurse=nurse)

    # --- events the physician records ---

    def adverse_event(self, patient_id: int, term: str, grade: int, onset: int, resolved: int | None = None, *,
                      cycle_id: int | None = None, action: str | None = None) -> None:
        # CRS is graded by ASTCT on this ward (domain.md 6a); other terms by CTCAE v5.0.
        scale = "ASTCT 2019" if term == "Cytokine release syndrome" else "v5.0"
        self.ward.record_adverse_event(self.physician, AdverseEventEntry(
            patient_id=patient_id, term=term, grade=grade, ctcae_version=scale, onset_on=self.day(onset),
            resolved_on=None if resolved is None else self.day(resolved), action_taken=action, cycle_id=cycle_id))

    def decision(self, patient_id: int, at: datetime, action: str, reason: str, course_id: int | None) -> None:
        self.ward.record_decision(self.physician, patient_id, action, reason, decided_at=at, course_id=course_id)

    def marrow(self, patient_id: int, offset: int, blasts_pct: float, mrd_fraction: float | None, anc_per_ul: float,
               platelets_per_ul: float, *, cd19: str = "positive") -> None:
        self.ward.record_marrow_result(self.physician2, MarrowEntry(
            patient_id=patient_id, sampled_on=self.day(offset), blasts_pct=blasts_pct, anc_per_ul=anc_per_ul,
            platelets_per_ul=platelets_per_ul, extramedullary_disease=False, mrd_fraction=mrd_fraction,
            mrd_method=None if mrd_fraction is None else "flow", cd19_status=cd19))

    def transplant(self, patient_id: int, offset: int, donor_type: str) -> None:
        self.ward.record_transplant(self.physician2, patient_id, self.day(offset), donor_type)

    def outcome(self, patient_id: int, kind: str, offset: int, *, cd19: str | None, notes: str) -> None:
        self.ward.record_outcome(self.physician2, patient_id, kind, self.day(offset), cd19_status=cd19, notes=notes)


def build_demo(db: Database, today: date, seed: int = DEFAULT_SEED, *, zone: tzinfo | None = None) -> DemoBuilt:
    """Fill an empty record with the demo ward as of `today` (the ward clock stands at 10:00 that day).

    `zone` is the ward's clock zone (default: this computer's), so that "today" on the worklist is the
    demo's today. Raises ValueError when the record already holds anything.
    """
    with db.read_session() as session:
        if session.scalar(select(func.count()).select_from(User)) or \
                session.scalar(select(func.count()).select_from(Patient)):
            raise ValueError(f"{db.display_location} is not empty: the demo only fills an empty record")
    now = _local(today, 10, 0, zone)
    # The demo passwords are printed on the sign-in screen, so a cheap argon2 setting costs nothing in
    # secrecy and saves seconds; sign-in verifies with the settings stored in each hash.
    ward = Ward(db, settings=WardSettings(time_zone=zone), clock=lambda: now,
                password_hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    admin = ward.create_first_administrator(DEMO_USERS[0].username, DEMO_USERS[0].full_name, DEMO_USERS[0].password)
    admin_actor = Actor(admin.username, Role.ADMINISTRATOR)
    for user in DEMO_USERS[1:]:
        ward.create_user(admin_actor, user.username, user.full_name, user.role, user.password)
    recorder = _DemoRecorder(ward, today, zone, random.Random(seed))
    ward_mrns = _build_living_ward(recorder)
    moscow_mrns = _build_moscow_cohort(recorder)
    return DemoBuilt(users=DEMO_USERS, patients=len(ward_mrns) + len(moscow_mrns), moscow_mrns=moscow_mrns,
                     ward_mrns=ward_mrns)


SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def remove_sqlite_file(path: Path) -> None:
    """Remove an SQLite file and its side files: a -wal left beside a new file would be replayed into it."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_demo_file(path: Path, today: date, seed: int = DEFAULT_SEED, *, zone: tzinfo | None = None,
                    replace: bool = False) -> DemoBuilt:
    """Create a new SQLite demo file at `path` (FileExistsError if it exists, unless `replace`).

    Built under a temporary name and moved into place at the end, so a failed build leaves nothing. While
    it is built, SQLite does not wait for each commit to reach the disk (synchronous=OFF): nothing in a
    half-built demo is worth keeping, and it makes the build several times faster. Never used for a
    record that already exists; the finished file is opened later with the record's usual settings.
    """
    path = path.expanduser().resolve()
    if path.exists() and not replace:
        raise FileExistsError(path)
    partial = path.with_name(path.name + ".partial")
    remove_sqlite_file(partial)
    try:
        with open_database(str(partial)) as db:
            @event.listens_for(db.engine, "connect")
            def _no_wait_for_disk(dbapi_connection: Any, connection_record: Any) -> None:
                dbapi_connection.execute("PRAGMA synchronous=OFF")

            db.engine.dispose()  # the pooled connection was made before the listener
            built = build_demo(db, today, seed, zone=zone)
        remove_sqlite_file(path)
        os.replace(partial, path)
    finally:
        remove_sqlite_file(partial)
    return built

# --- the living ward ------------------------------------------------------------------------------------

def _born(recorder: _DemoRecorder, age_years: int) -> date:
    return _birth_date(recorder.today, age_years, recorder.rng)


def _build_living_ward(r: _DemoRecorder) -> tuple[str, ...]:
    """Twelve patients whose stories end today; each block says what it shows on the ward's screens."""
    mrns: list[str] = []

    def register(number: int, family: str, given: str, age: int, sex: str, weight: float, height: float,
                 blasts: float | None, notes: str, **kwargs: Any) -> int:
        mrn = f"{WARD_PREFIX}{1000 + number}"
        mrns.append(mrn)
        patient_id = r.register(mrn, family, given, _born(r, age), sex, blasts_pct=blasts, notes=notes, **kwargs)
        return patient_id

    # 1. A child at the cycle-1 step-up today (5 -> 15 mcg/m²/day at noon, dexamethasone due before it).
    lucia = register(1, "Fernández", "Lucía", 6, "female", 20.5, 116.0, 30.0, "Second relapse of B-ALL")
    r.measure(lucia, -8, 20.5, 116.0)
    _, (lucia_c1, _) = r.plan(lucia, "rr", "us-2024", -7, 2)
    r.start(lucia_c1, r.at(-7, 12))
    r.bags(lucia_c1, r.at(-7, 12), 48, 5.0, 4)
    r.daily_observations(lucia, 6, -6, -1, 8, fever_days={-6: 38.4, -5: 38.1})
    r.measure(lucia, 0, 20.3, 116.0)  # weighed this morning: the step-up dose is per m²
    r.observe(lucia, r.at(0, 8), 6, 36.9)

    # 2. An adult in cycle 2 whose 48-hour bag is due for a change at 11:00 today.
    ahmed = register(2, "Al-Sayed", "Ahmed", 45, "male", 82.0, 178.0, 22.0, "Refractory B-ALL after hyper-CVAD")
    r.measure(ahmed, -61, 82.0, 178.0)
    _, (ahmed_c1, ahmed_c2) = r.plan(ahmed, "rr", "us-2024", -60, 2)
    r.start(ahmed_c1, r.at(-60, 9))
    r.bags(ahmed_c1, r.at(-60, 9), 168, 0.6, 4, last_removed=True)
    r.daily_observations(ahmed, 45, -59, -33, 8, fever_days={-59: 38.6})
    r.end(ahmed_c1, r.at(-32, 9))
    r.marrow(ahmed, -30, 3.0, 0.0008, 1400.0, 110_000.0)
    r.measure(ahmed, -5, 80.5, 178.0)
    r.start(ahmed_c2, r.at(-4, 11))
    r.bags(ahmed_c2, r.at(-4, 11), 48, 5.0, 2)
    r.daily_observations(ahmed, 45, -4, 0, 7)

    # 3. An adult on day 2 of cycle 1 with fever and grade-2 CRS this morning (oxygen by nasal cannula).
    margaret = register(3, "Whitfield", "Margaret", 67, "female", 64.0, 162.0, 48.0, "Relapsed Ph-negative B-ALL")
    r.measure(margaret, -2, 64.0, 162.0)
    margaret_course, (margaret_c1, _) = r.plan(margaret, "rr", "us-2024", -1, 2)
    r.start(margaret_c1, r.at(-1, 9))
    r.bags(margaret_c1, r.at(-1, 9), 24, 10.0, 2)
    r.observe(margaret, r.at(-1, 16), 67, 37.3)
    r.observe(margaret, r.at(0, 7, 40), 67, 39.2, oxygen_device="nasal_cannula", oxygen_flow_l_min=2.0,
              spo2_pct=93.0)
    r.adverse_event(margaret, "Cytokine release syndrome", 2, 0, cycle_id=margaret_c1, action="none; monitored")
    r.decision(margaret, r.at(0, 8, 30), "continue infusion",
               "CRS grade 2 on day 2: oxygen 2 L/min, paracetamol; tocilizumab if it worsens", margaret_course)

    # 4. An infusion interrupted since last evening (ALT over 5 x ULN), waiting for a decision on restart.
    tomasz = register(4, "Nowak", "Tomasz", 34, "male", 78.0, 182.0, 2.0, "MRD-positive B-ALL in first remission")
    r.marrow(tomasz, -14, 2.0, 0.002, 2100.0, 160_000.0)
    r.measure(tomasz, -11, 78.0, 182.0)
    _, (tomasz_c1, *_) = r.plan(tomasz, "mrd", "us-2024", -10, 2)
    r.start(tomasz_c1, r.at(-10, 10))
    r.bags(tomasz_c1, r.at(-10, 10), 168, 0.6, 2, last_removed_at=r.at(-1, 18))
    r.daily_observations(tomasz, 34, -9, 0, 8)
    r.measure(tomasz, -3, 77.2, 182.0)
    r.interrupt(tomasz_c1, r.at(-1, 18), "ALT 6 x ULN (grade 3 transaminase increase)")
    r.adverse_event(tomasz, "Alanine aminotransferase increased", 3, -1, cycle_id=tomasz_c1, action="interrupted")

    # 5. An interruption of 3 days (line infection) in cycle 2: the same cycle goes on to 28 days.
    lan = register(5, "Nguyen", "Thi Lan", 29, "female", 52.0, 160.0, 15.0, "Relapsed B-ALL")
    r.measure(lan, -71, 52.0, 160.0)
    _, (lan_c1, lan_c2) = r.plan(lan, "rr", "us-2024", -70, 2)
    r.start(lan_c1, r.at(-70, 8))
    r.daily_observations(lan, 29, -69, -43, 8)
    r.end(lan_c1, r.at(-42, 8))
    r.marrow(lan, -40, 4.0, 0.0002, 1800.0, 130_000.0)
    r.start(lan_c2, r.at(-20, 8))
    r.daily_observations(lan, 29, -19, -15, 8)
    r.observe(lan, r.at(-14, 19), 29, 39.4, hypotension=False)
    r.interrupt(lan_c2, r.at(-14, 20), "Catheter-related bloodstream infection: line removed")
    r.adverse_event(lan, "Catheter related infection", 3, -14, -9, cycle_id=lan_c2, action="interrupted")
    r.restart(lan_c2, r.at(-11, 14), after_adverse_event=False)
    r.bags(lan_c2, r.at(-11, 14), 168, 0.6, 2)
    r.daily_observations(lan, 29, -10, 0, 8)

    # 6. A child whose infusion stopped for 10 days (ICANS grade 3): the restart is a new cycle.
    oliver = register(6, "Bennett", "Oliver", 11, "male", 38.0, 146.0, 0.5, "MRD-positive B-ALL, second remission")
    r.marrow(oliver, -78, 0.5, 0.004, 1900.0, 150_000.0)
    r.measure(oliver, -76, 38.0, 146.0)
    oliver_course, (oliver_c1, oliver_c2) = r.plan(oliver, "mrd", "us-2024", -75, 2)
    r.start(oliver_c1, r.at(-75, 9))
    r.daily_observations(oliver, 11, -74, -66, 8)
    r.observe(oliver, r.at(-65, 14), 11, 37.8, consciousness="wakes_to_voice", delirium=True)
    r.interrupt(oliver_c1, r.at(-65, 15), "ICANS grade 3 (CAPD 16, wakes to voice)")
    r.adverse_event(oliver, "Encephalopathy", 3, -65, -60, cycle_id=oliver_c1, action="interrupted")
    r.decision(oliver, r.at(-65, 16), "withhold", "ICANS grade 3: withhold until grade 1 or less for 3 days",
               oliver_course)
    r.restart(oliver_c1, r.at(-55, 9), after_adverse_event=True)
    r.daily_observations(oliver, 11, -54, -28, 8)
    r.end(oliver_c2, r.at(-27, 9))
    r.marrow(oliver, -25, 0.0, 0.00002, 2300.0, 180_000.0)

    # 7. An adult restarted after grade-3 CRS with a new step-up (9 mcg/day for 7 days, then 28).
    rafael = register(7, "Ortiz", "Rafael", 52, "male", 90.0, 175.0, 65.0, "Refractory B-ALL")
    r.measure(rafael, -17, 90.0, 175.0)
    rafael_course, (rafael_c1, _) = r.plan(rafael, "rr", "us-2024", -16, 2)
    r.start(rafael_c1, r.at(-16, 9))
    r.observe(rafael, r.at(-16, 18), 52, 38.3)
    r.observe(rafael, r.at(-15, 6), 52, 39.8, hypotension=True, vasopressors=("norepinephrine",),
              oxygen_device="nasal_cannula", oxygen_flow_l_min=4.0, spo2_pct=92.0)
    r.interrupt(rafael_c1, r.at(-15, 6, 30), "CRS grade 3: hypotension needing norepinephrine")
    r.adverse_event(rafael, "Cytokine release syndrome", 3, -15, -13, cycle_id=rafael_c1,
                    action="interrupted; dexamethasone 8 mg every 8 hours")
    r.decision(rafael, r.at(-15, 7), "interrupt", "CRS grade 3: dexamethasone 8 mg q8h, restart at 9 mcg/day "
               "once resolved", rafael_course)
    r.observe(rafael, r.at(-14, 8), 52, 37.9, antipyretics=True)
    r.observe(rafael, r.at(-13, 8), 52, 37.0)
    r.restart(rafael_c1, r.at(-12, 10), after_adverse_event=True)
    r.bags(rafael_c1, r.at(-12, 10), 168, 0.6, 2)
    r.daily_observations(rafael, 52, -12, 0, 8)
    r.measure(rafael, -2, 88.4, 175.0)

    # 8. A course pinned to the 2018 US label: two MRD cycles, MRD-negative, haploidentical transplant.
    ingrid = register(8, "Larsen", "Ingrid", 41, "female", 68.0, 170.0, 1.0, "MRD-positive B-ALL, first remission")
    r.marrow(ingrid, -203, 1.0, 0.003, 2500.0, 190_000.0)
    r.measure(ingrid, -201, 68.0, 170.0)
    _, (ingrid_c1, ingrid_c2) = r.plan(ingrid, "mrd", "us-2018", -200, 2)
    r.start(ingrid_c1, r.at(-200, 9))
    r.daily_observations(ingrid, 41, -199, -173, 8)
    r.end(ingrid_c1, r.at(-172, 9))
    r.marrow(ingrid, -171, 0.5, 0.00005, 2600.0, 210_000.0)
    r.start(ingrid_c2, r.at(-158, 9))
    r.daily_observations(ingrid, 41, -157, -131, 8)
    r.end(ingrid_c2, r.at(-130, 9))
    r.transplant(ingrid, -100, "haploidentical")

    # 9. A child under the EU SmPC: one consolidation cycle after a high-risk first relapse, day 4 today.
    yusuf = register(9, "Demir", "Yusuf", 8, "male", 27.0, 128.0, 0.0, "High-risk first relapse of B-ALL, "
                     "after induction and two consolidation blocks")
    r.measure(yusuf, -4, 27.0, 128.0)
    _, (yusuf_c1,) = r.plan(yusuf, "consolidation", "eu-smpc", -3, 1)
    r.start(yusuf_c1, r.at(-3, 9))
    r.bags(yusuf_c1, r.at(-3, 9), 24, 10.0, 4)
    r.daily_observations(yusuf, 8, -3, 0, 8, fever_days={-2: 38.2})

    # 10. Consolidation (2024 indication): cycle 1 done, cycle 2 planned for next week.
    wei = register(10, "Chen", "Wei", 38, "male", 70.0, 174.0, 0.0, "Ph-negative B-ALL, consolidation, MRD-negative")
    r.measure(wei, -41, 70.0, 174.0)
    _, (wei_c1, *_) = r.plan(wei, "consolidation", "us-2024", -40, 4)
    r.start(wei_c1, r.at(-40, 9))
    r.daily_observations(wei, 38, -39, -13, 8)
    r.end(wei_c1, r.at(-12, 9))

    # 11. Remission, haploidentical transplant, then a CD19-negative relapse.
    fatima = register(11, "Okafor", "Fatima", 58, "female", 74.0, 165.0, 38.0, "Relapsed B-ALL")
    r.measure(fatima, -331, 74.0, 165.0)
    _, (fatima_c1, fatima_c2) = r.plan(fatima, "rr", "us-2024", -330, 2)
    r.start(fatima_c1, r.at(-330, 9))
    r.daily_observations(fatima, 58, -329, -303, 8, fever_days={-329: 38.9, -328: 38.3})
    r.end(fatima_c1, r.at(-302, 9))
    r.marrow(fatima, -300, 1.0, 0.00003, 1700.0, 140_000.0)
    r.start(fatima_c2, r.at(-288, 9))
    r.daily_observations(fatima, 58, -287, -261, 8)
    r.end(fatima_c2, r.at(-260, 9))
    r.transplant(fatima, -230, "haploidentical")
    r.marrow(fatima, -60, 42.0, None, 900.0, 40_000.0, cd19="negative")
    r.outcome(fatima, "relapse", -60, cd19="negative", notes="CD19-negative relapse after blinatumomab and "
                                                          "haploidentical HSCT; CD22 positive")

    # 12. A course planned to start tomorrow.
    jonas = register(12, "Hoffmann", "Jonas", 24, "male", 72.0, 183.0, 55.0, "Refractory B-ALL")
    r.measure(jonas, -1, 72.0, 183.0)
    r.plan(jonas, "rr", "us-2024", 1, 2)
    return tuple(mrns)


# --- the Moscow cohort ----------------------------------------------------------------------------------

def _build_moscow_cohort(r: _DemoRecorder) -> tuple[str, ...]:
    for index, child in enumerate(MOSCOW_COHORT):
        _record_cohort_child(r, child, -720 + 30 * index)
    return tuple(child.mrn for child in MOSCOW_COHORT)


def _record_cohort_child(r: _DemoRecorder, child: CohortChild, start: int) -> None:
    born = _birth_date(r.day(start), child.age_years, r.rng)
    patient = r.register(child.mrn, child.family_name, child.given_name, born, child.sex,
                         blasts_pct=child.blasts_pct,
                         notes=f"{MOSCOW_COHORT_NOTE}: relapsed/refractory B-precursor ALL")
    screening_mrd = None if child.blasts_pct > 5 else round(child.blasts_pct / 100, 4)
    r.marrow(patient, start - 3, child.blasts_pct, screening_mrd, 900.0, 60_000.0)
    r.measure(patient, start - 1, child.weight_kg, child.height_cm)
    course, (cycle,) = r.plan(patient, "rr", "us-2024", start, 1)
    started = r.start(cycle, r.at(start, 10))
    # Fever, when it came, came in the first days (the label's median CRS onset is day 2).
    fevers = {start + 1: round(r.rng.uniform(38.2, 39.4), 1), start + 2: round(r.rng.uniform(38.0, 38.8), 1)} \
        if child.fever else {}
    end_day = start + 28
    if child.neuro_event == "seizure":
        r.daily_observations(patient, child.age_years, start + 1, start + 3, 8, fevers)
        seizure_at = r.at(start + 4, 6, 40)
        r.observe(patient, seizure_at, child.age_years, 37.6, consciousness="wakes_to_voice", seizure="brief",
                  ice_score=6, neuro_events=(("seizure", 2),))
        r.interrupt(cycle, seizure_at + timedelta(minutes=20), "Generalised seizure (ICANS grade 3)")
        r.adverse_event(patient, "Seizure", 2, start + 4, start + 4, cycle_id=cycle,
                        action="interrupted; levetiracetam")
        r.decision(patient, seizure_at + timedelta(hours=1), "withhold",
                   "One seizure: withhold until ICANS grade 1 or less for 3 days, restart at the lower dose", course)
        r.daily_observations(patient, child.age_years, start + 5, start + 6, 8)
        restarted = r.restart(cycle, r.at(start + 7, 10), after_adverse_event=True)
        assert restarted.infusion_end_planned is not None
        end_day = (restarted.infusion_end_planned.date() - r.today).days
        r.daily_observations(patient, child.age_years, start + 8, end_day - 1, 8)
        ended_at = restarted.infusion_end_planned
    else:
        r.daily_observations(patient, child.age_years, start + 1, end_day - 1, 8, fevers)
        assert started.infusion_end_planned is not None
        ended_at = started.infusion_end_planned
    if child.neuro_event == "tremor":
        r.observe(patient, r.at(start + 9, 15), child.age_years, 36.9, neuro_events=(("tremor", 1),))
        r.adverse_event(patient, "Tremor", 1, start + 9, start + 12, cycle_id=cycle, action="none")
    r.end(cycle, ended_at)
    marrow_day = end_day + 1
    if child.mrd_negative:
        r.marrow(patient, marrow_day, 0.5, 0.00003, 1600.0, 125_000.0)
    else:
        r.marrow(patient, marrow_day, 70.0 if child.blasts_pct > 60 else 50.0, None, 400.0, 20_000.0)
        r.outcome(patient, "progression", marrow_day + 2, cd19="positive",
                  notes="No response to blinatumomab: rising marrow blasts; salvage chemotherapy")
        return
    if child.haplo_transplant:
        transplanted = marrow_day + 30 + r.rng.randint(0, 20)
        r.transplant(patient, transplanted, "haploidentical")
        if child.relapse_cd19 is not None:
            relapse_day = transplanted + 190
            r.marrow(patient, relapse_day, 35.0, None, 700.0, 50_000.0, cd19=child.relapse_cd19)
            r.outcome(patient, "relapse", relapse_day, cd19=child.relapse_cd19,
                      notes="Relapse after haploidentical HSCT (the abstract's 'progression after HSCT')")
    else:
        r.decision(patient, r.at(marrow_day + 2, 11), "no transplant yet",
                   "MRD-negative remission; no donor available yet: maintenance chemotherapy while the search goes on",
                   course)
