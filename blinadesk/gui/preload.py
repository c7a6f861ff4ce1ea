"""Loading the main window's modules while the user signs in, so that it appears soon after, without making
the sign-in window stutter or putting Qt to work on two threads.

PySide6 creates its Python types on first use, and two threads creating types at the same time can deadlock
(shiboken's lazy type creation runs Python code inside a C++ static initialiser; reproduced with PySide6
6.12: one thread waits there for the interpreter lock, the other holds the lock and waits for the
initialiser). So only the modules without Qt (the services, the store, the domain: the slow part, SQLAlchemy's
ORM) are imported on a worker thread; the GUI's own modules are then imported on the GUI thread, one module
per turn of its event loop (each takes a few ms to a few tens of ms, so typing stays fluid).

    order = import_order("blinadesk.gui.windows.main_window")   # on a worker: reads compiled code only
    import_without_qt(order)                                      # on a worker
    GuiPreload([name for name in order if is_gui_module(name)]).start()   # blinadesk.gui.app, GUI thread

This module itself imports no Qt (the standard library only), so a worker thread may import it.

The order is read from the modules' compiled code (what `import` statements at module level name, outside
`if TYPE_CHECKING:`), so it follows the code as it changes and works inside the bundle, where there is no
source. Only blinadesk's own modules are followed: a third-party module is imported where a blinadesk module
imports it.
"""

from __future__ import annotations

import dis
import importlib
import sys
from collections.abc import Callable, Iterable, Iterator
from importlib.machinery import ModuleSpec
from types import CodeType

PACKAGE = "blinadesk"
GUI_PACKAGE = "blinadesk.gui"
_JUMPS_IF_FALSE = {dis.opmap[name] for name in ("POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_IF_FALSE")
                   if name in dis.opmap}
_EXTENDED_ARG, _CACHE = dis.opmap["EXTENDED_ARG"], dis.opmap["CACHE"]
_IMPORT_NAME, _LOAD_CONST = dis.opmap["IMPORT_NAME"], dis.opmap["LOAD_CONST"]
_LOAD_NAME, _LOAD_GLOBAL = dis.opmap["LOAD_NAME"], dis.opmap["LOAD_GLOBAL"]


def is_gui_module(name: str) -> bool:
    return name == GUI_PACKAGE or name.startswith(GUI_PACKAGE + ".")


_specs: dict[str, ModuleSpec | None] = {}


def _spec(name: str) -> ModuleSpec | None:
    """Where module `name` is, found without importing it or its packages (importlib.util.find_spec would
    import the packages: on a worker thread, that could mean Qt)."""
    module = sys.modules.get(name)
    if module is not None:
        return getattr(module, "__spec__", None)
    if name in _specs:
        return _specs[name]
    parent, _, _ = name.rpartition(".")
    path = None
    if parent:
        package = sys.modules.get(parent)
        if package is not None:
            path = getattr(package, "__path__", None)
        else:
            parent_spec = _spec(parent)
            path = parent_spec.submodule_search_locations if parent_spec is not None else None
        if path is None:
            _specs[name] = None
            return None
    found = None
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            continue
        try:
            found = find_spec(name, path)
        except (ImportError, ValueError):
            found = None
        if found is not None:
            break
    _specs[name] = found
    return found


def _compiled(name: str) -> CodeType | None:
    spec = _spec(name)
    if spec is None or spec.loader is None:
        return None
    get_code: Callable[[str], CodeType | None] | None = getattr(spec.loader, "get_code", None)
    try:
        return get_code(name) if get_code is not None else None
    except (ImportError, OSError, SyntaxError):
        return None


def _is_module(name: str) -> bool:
    return _spec(name) is not None


def _absolute(name: str, level: int, importer: str, importer_is_package: bool) -> str:
    if level == 0:
        return name
    base = importer.split(".") if importer_is_package else importer.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def _code_units(code: CodeType) -> Iterator[tuple[int, int, int]]:
    """(offset, opcode, argument) of each instruction at module level; inline caches come out as CACHE.
    A plain walk over the bytes: dis.get_instructions is ten times slower, and this runs on every start."""
    raw = code.co_code
    extended = 0
    for offset in range(0, len(raw), 2):
        opcode, argument = raw[offset], raw[offset + 1] | extended
        if opcode == _EXTENDED_ARG:
            extended = argument << 8
            continue
        extended = 0
        yield offset, opcode, argument


def imported_modules(name: str) -> list[str]:
    """The modules of blinadesk that module `name` imports at module level, in the order it imports them
    (a package's `__init__` before its submodule; `from package import submodule` as the submodule)."""
    code = _compiled(name)
    if code is None:
        return []
    spec = _spec(name)
    is_package = spec is not None and spec.submodule_search_locations is not None
    units = [unit for unit in _code_units(code) if unit[1] != _CACHE]
    found: list[str] = []
    skip_until = -1
    for index, (offset, opcode, argument) in enumerate(units):
        if offset < skip_until:
            continue
        if opcode in (_LOAD_NAME, _LOAD_GLOBAL) and index + 1 < len(units):
            loaded = code.co_names[argument >> 1 if opcode == _LOAD_GLOBAL else argument]
            following = units[index + 1]
            if loaded == "TYPE_CHECKING" and following[1] in _JUMPS_IF_FALSE:
                # The block only a type checker reads: a forward jump, counted from the next instruction.
                after = units[index + 2][0] if index + 2 < len(units) else len(code.co_code)
                skip_until = after + 2 * following[2]
            continue
        if opcode != _IMPORT_NAME or index < 2:
            continue
        (_, before, fromlist_index), (_, before2, level_index) = units[index - 1], units[index - 2]
        fromlist = code.co_consts[fromlist_index] if before == _LOAD_CONST else None
        level = code.co_consts[level_index] if before2 == _LOAD_CONST else 0
        target = _absolute(code.co_names[argument], int(level or 0), name, is_package)
        if target != PACKAGE and not target.startswith(PACKAGE + "."):
            continue
        parts = target.split(".")
        found.extend(".".join(parts[:depth]) for depth in range(2, len(parts) + 1))
        for member in fromlist or ():
            if member != "*" and _is_module(f"{target}.{member}"):
                found.append(f"{target}.{member}")
    return list(dict.fromkeys(found))


def import_order(root: str) -> list[str]:
    """`root` and the blinadesk modules it imports at module level, directly or not, each one after the
    modules it imports (so importing them in this order does one module's work at a time)."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for dependency in imported_modules(name):
            visit(dependency)
        order.append(name)

    visit(root)
    return order


def import_without_qt(order: Iterable[str]) -> None:
    """Imports the modules of `order` that are outside blinadesk.gui: they never import Qt (tests/
    test_layering.py), so a worker thread may. Runs on a worker thread."""
    for name in order:
        if not is_gui_module(name) and name not in sys.modules:
            importlib.import_module(name)
