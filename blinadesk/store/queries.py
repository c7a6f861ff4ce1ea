"""Look-ups the ward does all day, written once so that every screen gets them right."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from blinadesk.store.audit import fold_for_search
from blinadesk.store.errors import RecordNotFound, StaleEditError
from blinadesk.store.models import AuditedRecord, Patient

RecordT = TypeVar("RecordT", bound=AuditedRecord)


def get_record(session: Session, model: type[RecordT], row_id: int) -> RecordT:
    record = session.get(model, row_id)
    if record is None:
        raise RecordNotFound(f"{model.__name__} #{row_id} does not exist.")
    return record


def get_for_edit(session: Session, model: type[RecordT], row_id: int, expected_version: int) -> RecordT:
    """The row a form is about to save over, refused if it changed since the form was opened.

    Forms keep (id, version) of what they show, never the ORM object; saving goes through here, so
    a second nurse's save never silently overwrites the first one's.
    """
    record = get_record(session, model, row_id)
    if record.version != expected_version:
        raise StaleEditError(model.__tablename__, str(row_id),  # type: ignore[attr-defined]
                             record.updated_by, record.updated_at)
    return record


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


def find_patients(session: Session, query: str, *, limit: int = 50,
                  include_entered_in_error: bool = False) -> list[Patient]:
    """Patients whose MRN starts with `query`, or whose names start with each of its words.

    Case-insensitive for every alphabet ("иван" finds "Иванов"); "smi jo" finds John Smith.
    """
    words = fold_for_search(query).split()
    statement = select(Patient)
    if not include_entered_in_error:
        statement = statement.where(Patient.record_status == "active")
    if words:
        names_match = and_(*[
            or_(Patient.family_name_folded.like(_like_prefix(word), escape="\\"),
                Patient.given_name_folded.like(_like_prefix(word), escape="\\"))
            for word in words])
        mrn_match = Patient.mrn.like(_like_prefix(query.strip()), escape="\\")
        statement = statement.where(or_(mrn_match, names_match))
    statement = statement.order_by(Patient.family_name_folded, Patient.given_name_folded, Patient.id)
    return list(session.scalars(statement.limit(limit)))
