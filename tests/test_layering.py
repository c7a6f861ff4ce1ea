"""The package layering of design.md, checked on every run so it holds without anyone remembering it.

    domain ← services ← gui;  domain ← store ← services;  domain ← plotting ← gui;  nothing imports gui.

The static checks read every module under blinadesk/ with `ast`, so an import inside a function (the
usual way to dodge a layering rule) counts as much as one at the top. The runtime checks import the
modules in a fresh interpreter and look at what actually got loaded, which also catches a layer pulled
in indirectly through a third-party package.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "blinadesk"
REPO_DIR = PACKAGE_DIR.parent

QT = ("PySide6", "shiboken6", "matplotlib.backends.backend_qt", "matplotlib.backends.backend_qtagg",
      "matplotlib.backends.backend_qtcairo")
THIRD_PARTY_NOT_IN_DOMAIN = ("PySide6", "sqlalchemy", "alembic", "matplotlib", "psycopg", "numpy",
                             "platformdirs", "argon2")


@dataclass(frozen=True)
class Import:
    """One imported module name, as seen in `path` at `line`."""

    importer: str  # dotted module name of the importing file
    path: Path
    line: int
    target: str  # absolute dotted name of what is imported
    in_function: bool

    def __str__(self) -> str:
        where = " (inside a function)" if self.in_function else ""
        return f"{self.path.relative_to(REPO_DIR)}:{self.line}: imports {self.target}{where}"


def module_name(path: Path, root: Path = REPO_DIR) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(importer: str, is_package: bool, level: int, module: str | None) -> str:
    package = importer if is_package else importer.rpartition(".")[0]
    parts = package.split(".")
    if level - 1 > len(parts) - 1:
        raise ValueError(f"relative import beyond the top-level package in {importer}")
    base = parts[: len(parts) - (level - 1)]
    return ".".join([*base, module] if module else base)


class _ImportCollector(ast.NodeVisitor):
    def __init__(self, importer: str, path: Path, known_modules: set[str]) -> None:
        self.importer = importer
        self.path = path
        self.is_package = path.name == "__init__.py"
        self.known_modules = known_modules
        self.function_depth = 0
        self.found: list[Import] = []

    def _add(self, node: ast.stmt, target: str) -> None:
        self.found.append(Import(self.importer, self.path, node.lineno, target, self.function_depth > 0))

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.function_depth += 1
        self.generic_visit(node)
        self.function_depth -= 1

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function
    visit_Lambda = _visit_function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(node, alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = _resolve_relative(self.importer, self.is_package, node.level, node.module)
        else:
            base = node.module or ""
        for alias in node.names:
            # `from blinadesk import gui` imports the module blinadesk.gui; `from x import name` imports x.
            submodule = f"{base}.{alias.name}"
            self._add(node, submodule if submodule in self.known_modules else base)


def collect_imports(path: Path, source: str, known_modules: set[str], root: Path = REPO_DIR) -> list[Import]:
    collector = _ImportCollector(module_name(path, root), path, known_modules)
    collector.visit(ast.parse(source, filename=str(path)))
    return collector.found


def package_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def all_imports() -> list[Import]:
    modules = package_modules()
    known = set(modules)
    return [imp for path in modules.values() for imp in collect_imports(path, path.read_text("utf-8"), known)]


def within(name: str, prefixes: Iterable[str]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def imports_from(layer: str) -> Iterator[Import]:
    return (imp for imp in all_imports() if within(imp.importer, [layer]))


def assert_none(violations: list[Import], rule: str) -> None:
    if violations:
        pytest.fail(f"{rule}:\n" + "\n".join(f"  {imp}" for imp in violations), pytrace=False)


# --- the collector itself, so the rules below cannot pass by seeing nothing ---------------------------


def test_collector_sees_relative_nested_and_submodule_imports(tmp_path: Path) -> None:
    path = tmp_path / "blinadesk" / "store" / "repo.py"
    source = textwrap.dedent(
        """
        import os.path
        from . import audit
        from ..domain.dosing import dose_for
        from blinadesk import gui

        def later():
            from ..gui.app import run_app
            import PySide6.QtCore
        """
    )
    known = {"blinadesk", "blinadesk.gui", "blinadesk.store", "blinadesk.store.audit"}
    found = [(imp.target, imp.in_function) for imp in collect_imports(path, source, known, tmp_path)]
    assert found == [
        ("os.path", False),
        ("blinadesk.store.audit", False),
        ("blinadesk.domain.dosing", False),
        ("blinadesk.gui", False),
        ("blinadesk.gui.app", True),
        ("PySide6.QtCore", True),
    ]


def test_every_package_module_is_read() -> None:
    modules = package_modules()
    for layer in ("domain", "services", "store", "plotting", "gui"):
        assert f"blinadesk.{layer}" in modules, f"blinadesk/{layer}/__init__.py is missing"
    assert "blinadesk.cli" in modules


# --- the rules ---------------------------------------------------------------------------------------


def test_domain_uses_only_the_standard_library() -> None:
    # blinadesk.resources only locates data files (standard library only, checked below), so the domain
    # may use it to find label editions.
    allowed_own = ("blinadesk.domain", "blinadesk.resources")
    violations = [
        imp for imp in imports_from("blinadesk.domain")
        if not within(imp.target, allowed_own) and imp.target.partition(".")[0] not in sys.stdlib_module_names
    ]
    assert_none(
        violations, "blinadesk.domain may import only the standard library and blinadesk.domain "
        f"(never {', '.join(THIRD_PARTY_NOT_IN_DOMAIN)} or another blinadesk layer)")


def test_resources_module_uses_only_the_standard_library() -> None:
    violations = [
        imp for imp in imports_from("blinadesk.resources")
        if imp.target.partition(".")[0] not in sys.stdlib_module_names
    ]
    assert_none(
        violations, "blinadesk.resources is used by the domain: standard library only")


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        pytest.param(
            "blinadesk.services", ("blinadesk.gui", "PySide6", "shiboken6", "matplotlib"), id="services"
        ),
        pytest.param(
            "blinadesk.store",
            ("blinadesk.services", "blinadesk.gui", "blinadesk.plotting", "PySide6", "shiboken6",
             "matplotlib"),
            id="store",
        ),
        # No pyplot either: its global figure registry leaks figures and state between callers.
        pytest.param(
            "blinadesk.plotting",
            (*QT, "blinadesk.gui", "blinadesk.store", "sqlalchemy", "matplotlib.pyplot"),
            id="plotting",
        ),
    ],
)
def test_layer_does_not_import_what_sits_above_it(layer: str, forbidden: tuple[str, ...]) -> None:
    violations = [imp for imp in imports_from(layer) if within(imp.target, forbidden)]
    assert_none(violations, f"{layer} may not import {', '.join(forbidden)}")


def _starts_the_gui_lazily(imp: Import) -> bool:
    # The command line opens the GUI when no subcommand is given; importing it inside the function keeps
    # every CLI command free of Qt.
    return imp.importer == "blinadesk.cli" and imp.target == "blinadesk.gui.app" and imp.in_function


def test_only_the_gui_imports_the_gui_or_qt() -> None:
    violations = [
        imp for imp in all_imports()
        if not within(imp.importer, ["blinadesk.gui"])
        and within(imp.target, ["blinadesk.gui", *QT])
        and not _starts_the_gui_lazily(imp)
    ]
    assert_none(
        violations, "only blinadesk.gui may import blinadesk.gui or Qt "
        "(blinadesk/cli.py may import blinadesk.gui.app inside a function, to start the GUI)")


# --- what actually gets loaded -----------------------------------------------------------------------

_IMPORT_ALL_AND_REPORT = """
import importlib, json, pkgutil, sys
watched = set(sys.argv[1].split(","))
def loaded():
    return {m.split(".")[0] for m in sys.modules} & watched
failures, culprits = [], []
for root in sys.argv[2:]:
    package = importlib.import_module(root)
    found = pkgutil.walk_packages(getattr(package, "__path__", []), root + ".",
                                  onerror=lambda name: failures.append(f"{name}: cannot be imported"))
    for name in [root] + [m.name for m in found if ".migrations" not in m.name]:
        before = loaded()
        try:
            importlib.import_module(name)
        except Exception as exc:
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
        if loaded() - before:
            culprits.append(f"importing {name} loaded {', '.join(sorted(loaded() - before))}")
print(json.dumps({"failures": failures, "culprits": culprits}))
"""


def _import_in_fresh_interpreter(packages: list[str], watched: Iterable[str]) -> list[str]:
    """Imports every module of `packages` (Alembic migrations aside: they run only under Alembic) in a new
    interpreter; returns one line per module whose import loaded a `watched` top-level package."""
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_AND_REPORT, ",".join(watched), *packages],
        capture_output=True, text=True, cwd=REPO_DIR, timeout=120, check=False,
    )
    assert result.returncode == 0, f"importing {packages} crashed:\n{result.stderr}"
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    if outcome["failures"]:
        pytest.fail("modules that fail to import:\n  " + "\n  ".join(outcome["failures"]), pytrace=False)
    return list(outcome["culprits"])


def test_importing_the_whole_domain_loads_no_qt_database_or_plotting_library() -> None:
    culprits = _import_in_fresh_interpreter(["blinadesk.domain"], (*THIRD_PARTY_NOT_IN_DOMAIN, "shiboken6"))
    if culprits:
        pytest.fail("blinadesk.domain must stay standard-library only:\n  " + "\n  ".join(culprits),
                    pytrace=False)


def test_importing_everything_but_the_gui_loads_no_qt() -> None:
    packages = ["blinadesk.domain", "blinadesk.services", "blinadesk.store", "blinadesk.plotting",
                "blinadesk.commands", "blinadesk.cli"]
    culprits = _import_in_fresh_interpreter(packages, ["PySide6", "shiboken6"])
    if culprits:
        pytest.fail("only blinadesk.gui may load Qt:\n  " + "\n  ".join(culprits), pytrace=False)
