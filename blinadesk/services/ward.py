"""`Ward`: the one object the GUI, the command line and the demo generator call.

    ward = Ward(open_database(url))
    me = ward.sign_in("nurse1", password).actor
    ward.record_observation(me, ObservationEntry(patient_id=7, observed_at=now, temperature_c=38.4))

Each method is one user action: it checks the actor's permission and the input first (ValidationError
naming every wrong field, nothing written), then does everything in one unit of work, and returns frozen
dataclasses (never ORM objects) with the rows it changed.
"""

from __future__ import annotations

from blinadesk.services.chart import ChartUseCases
from blinadesk.services.corrections import CorrectionUseCases
from blinadesk.services.events import EventUseCases
from blinadesk.services.users import UserUseCases
from blinadesk.services.worklist import WorklistUseCases


class Ward(WorklistUseCases, ChartUseCases, CorrectionUseCases, EventUseCases, UserUseCases):
    """Every use case of the ward, over one open record (see WardBase for the constructor)."""
