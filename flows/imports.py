"""Which modules of the `flows` package a module depends on, read from the source (not from
what happens to be imported in this process), so that a hash over them is the same everywhere."""
from __future__ import annotations

import ast
from pathlib import Path

import flows

PACKAGE = "flows"
PACKAGE_DIR = Path(flows.__file__).resolve().parent


def module_file(name: str) -> Path | None:
    """The source file of a module of the package (`flows.x.y`), or None when there is none."""
    if name != PACKAGE and not name.startswith(PACKAGE + "."):
        return None
    base = PACKAGE_DIR.joinpath(*name.split(".")[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _package_of(name: str, file: Path) -> str:
    return name if file.name == "__init__.py" else name.rpartition(".")[0]


def imported_modules(name: str) -> set[str]:
    """Modules of the package that module `name` imports (with their parent packages)."""
    file = module_file(name)
    if file is None:
        return set()
    found: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), filename=str(file))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = _package_of(name, file)
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    modules = {m for m in found if module_file(m) is not None}
    parents = {".".join(m.split(".")[:i]) for m in modules for i in range(1, m.count(".") + 1)}
    return modules | parents


def module_closure(entry_points: tuple[str, ...]) -> list[Path]:
    """Source files of the entry points and every package module they import, directly or not, sorted."""
    seen: set[str] = set()
    todo = list(entry_points)
    while todo:
        name = todo.pop()
        if name in seen or module_file(name) is None:
            continue
        seen.add(name)
        todo += sorted(imported_modules(name) - seen)
    return sorted({f for f in (module_file(m) for m in seen) if f is not None})
