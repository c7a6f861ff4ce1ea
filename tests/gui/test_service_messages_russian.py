"""Every message a service (or the engine behind it) raises about a wrong input reads in Russian on a Russian screen.

The services write English (the command line's language); blinadesk.gui.service_messages translates them by shape.
A message added to a service without its shape stays English on the ward's screen, half in Russian after the
field's name («Поток кислорода: a flow is given but the device is 'none'»). This walks the services' sources for the
messages they give `checks.add(...)` and `problem(...)` (and the engine's for `InvalidInput.one(...)`), fills each
f-string's parts with a plausible value, and checks that the Russian screen shows none of the English problem."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import blinadesk.domain
import blinadesk.services
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import translate_message
from blinadesk.services.errors import problem

SERVICES = Path(blinadesk.services.__file__).parent
DOMAIN = Path(blinadesk.domain.__file__).parent

# Label data, not a service's words: a bag's diluent as the label edition writes it.
DILUENT = "bacteriostatic 0.9 % sodium chloride with benzyl alcohol"
# A plausible value for an f-string's part, by the first name in its expression that is known here (a number for
# the rest: counts, ids, hours).
SAMPLES = {"populations": "adults and children",
           "CORRECTION_HINTS": "a planned course is not edited: mark it entered in error and plan it again",
           "TABLES": "patients, infusion_bags", "sorted": "weight_kg, height_cm", "status": "running",
           "what": "infusion bag", "table": "infusion_bags", "key": "nurse1", "username": "nurse1", "mrn": "MRN-7",
           "existing": "Иванов", "end": "2026-11-25 14:00", "previous_end": "2026-11-25 14:00",
           "actual_start": "2026-11-25 14:00", "edition": "us-2024", "offered": "24 h, 48 h", "allowed": "24 h",
           "known": "us-2024, eu-2023", "join": "none, nasal_cannula", "diluent": DILUENT, "code": "rr",
           "verdict": "5.2", "population": "child", "event": "pancreatitis", "on": "2026-11-25"}


def _sample(expression: ast.expr) -> str:
    names = set(re.findall(r"[A-Za-z_]\w*", ast.unparse(expression)))
    return next((value for name, value in SAMPLES.items() if name in names), "3")


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                parts.append(str(part.value))
            else:
                assert isinstance(part, ast.FormattedValue)
                if isinstance(part.value, ast.Name) and part.value.id in ("text", "message"):
                    return None  # a message made elsewhere (Checks.between's), checked with its maker
                value = _sample(part.value)
                parts.append(repr(value) if part.conversion == ord("r") else value)
        return "".join(parts)
    return None


def service_messages() -> list[tuple[str, str, str]]:
    """(where, field, message) of every `checks.add(field, message)` and `problem(field, message)` of the services,
    and every `InvalidInput.one(field, message)` of the engine (the services pass those on as they are), whose
    message is written out (a literal or an f-string); a field given as a variable is shown as "Notes"."""
    found = []
    for path in sorted([*SERVICES.rglob("*.py"), *DOMAIN.rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) != 2:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            owner = getattr(getattr(node.func, "value", None), "id", None)
            if not (name == "problem" or (name == "add" and owner in ("checks", "self"))
                    or (name == "one" and owner == "InvalidInput")):
                continue
            message = _text(node.args[1])
            if message is None:
                continue
            field = node.args[0].value if isinstance(node.args[0], ast.Constant) else "notes"
            found.append((f"{path.parent.name}/{path.name}:{node.lineno}", str(field), message))
    return found


MESSAGES = service_messages()


def test_the_walk_finds_the_services_messages() -> None:
    messages = {message for _where, _field, message in MESSAGES}
    assert len(MESSAGES) > 90
    assert "is too far in the future to plan from" in messages
    assert "must be lower than the systolic pressure" in messages
    assert "a flow is given but the device is 'none'" in messages
    assert "give the marrow blasts, the MRD, or both" in messages


@pytest.mark.parametrize(("where", "field", "message"), MESSAGES, ids=[where for where, _f, _m in MESSAGES])
def test_every_service_message_reads_in_russian(russian: None, where: str, field: str, message: str) -> None:
    english = problem(field, message).message
    shown = translate_message(english)
    assert shown != english
    # No English sentence left over: a name, a code or a number may stay as typed, never the problem's words.
    left = re.sub(rf"{DILUENT}|'[^']*'|\S*\d\S*|MRN|MRD|CAPD|ICE|HSCT|CRS|ICANS|us-2024|eu-2023|nurse1", "", shown)
    assert not re.search(r"[A-Za-z]{3,}", left), shown


def test_the_walk_through_s_field_errors_read_in_russian(russian: None) -> None:
    assert translate_message("Diastolic pressure: must be lower than the systolic pressure") == \
        "Диастолическое давление: должно быть ниже систолического"
    assert translate_message("Oxygen flow: a flow is given but the device is 'none'") == \
        "Поток кислорода: указан поток, но способ подачи кислорода — «нет»"
    # The unit as the bag dialog writes it (мл), not the service's mL.
    assert translate_message("Volume: must be more than 0 and at most 2000 mL, got 2500") == \
        "Объём: допустимо больше 0 и не больше 2000 мл, введено 2500"
    assert translate_message("Marrow blasts: give the marrow blasts, the MRD, or both") == \
        "Бласты в костном мозге: укажите бласты в костном мозге, MRD или оба показателя"
    # A problem with "; " of its own is one problem, not two half-translated ones.
    assert translate_message("Sex: must be one of: female, male; got 'x'").startswith("Пол: допустимо одно из: ")
    # Several fields' problems in one text are translated one by one, never swallowed by the first one's shape.
    assert translate_message("Temperature: must be between 25 and 45 °C; Weight: is required") == \
        "Температура: допустимо от 25 до 45 °C; Вес: обязательное поле"


def test_english_messages_are_unchanged(qapp: object) -> None:
    install_language("en")
    for _where, field, message in MESSAGES:
        english = problem(field, message).message
        assert translate_message(english) == english
