"""Regenerates requirements.lock for every Python that pyproject.toml's requires-python allows.

    python tools/lock.py [--upgrade] [--python PATH ...]      (make lock [UPGRADE=1] [LOCK_PYTHONS="..."])

One lock serves every supported interpreter. pip resolves the project with its test extra
(`pip install --dry-run --ignore-installed --report`) in a fresh venv of each interpreter, oldest
first; the newer ones are resolved with the oldest one's versions as constraints, so a package
that every interpreter needs gets the same version on all of them. What only some interpreters
need (or, when a shared version has no wheel for a newer one, a version of its own) gets an
environment marker: `zipp==4.1.2 ; python_version < "3.12"`.

By default the versions already in requirements.lock are kept where they still resolve (they are
constraints, except for the direct pins of pyproject.toml), so adding a pin adds its packages and
moves nothing else; --upgrade resolves everything afresh. Where the kept versions do not resolve,
the tool says so and tries without them (the newer interpreters: with the shared ones only), then
with no constraint. pip itself is not locked: each venv keeps the pip it was made with.

The new lock replaces the old one only after a fresh venv of every interpreter installed it,
`pip check` found nothing broken and `pip freeze` listed exactly the locked versions.
Needs only the standard library (Python 3.11 or newer, for tomllib).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
EXTRA = "test"
Versions = dict[str, tuple[str, str]]  # canonical name -> (name as published, version)


class LockError(Exception):
    """A lock cannot be made; the message says why and what to do."""


# ---------------------------------------------------------------- pure helpers (tested)

def canonical(name: str) -> str:
    """PEP 503 name: lower case, runs of -_. as one -."""
    return re.sub(r"[-_.]+", "-", name).lower()


def supported_minors(requires_python: str) -> list[int]:
    """Minor versions of Python 3 allowed by a ">=3.X,<3.Y" requires-python."""
    low = re.search(r">=\s*3\.(\d+)", requires_python)
    high = re.search(r"<\s*3\.(\d+)", requires_python)
    if not low or not high or int(high.group(1)) <= int(low.group(1)):
        raise LockError(f'requires-python must read ">=3.X,<3.Y" (found "{requires_python}")')
    return list(range(int(low.group(1)), int(high.group(1))))


def marker(minors: list[int], supported: list[int]) -> str:
    """The shortest python_version marker true on exactly `minors` among `supported` ("" for all)."""
    chosen = sorted(set(minors))
    if chosen == supported:
        return ""
    position = supported.index(chosen[0])
    if chosen == supported[position:position + len(chosen)]:
        if position == 0:
            return f'python_version < "3.{chosen[-1] + 1}"'
        if chosen[-1] == supported[-1]:
            return f'python_version >= "3.{chosen[0]}"'
    return " or ".join(f'python_version == "3.{m}"' for m in chosen)


def applies(line_marker: str, minor: int) -> bool:
    """Whether a marker written by `marker` is true on Python 3.<minor>."""
    if not line_marker:
        return True
    for clause in line_marker.split(" or "):
        found = re.fullmatch(r'python_version\s*(<|>=|==)\s*"3\.(\d+)"', clause.strip())
        if not found:
            raise LockError(f"requirements.lock: cannot read the marker '{line_marker}' (make lock writes "
                            f"python_version <, >= or == clauses only)")
        op, other = found.group(1), int(found.group(2))
        if (op == "<" and minor < other) or (op == ">=" and minor >= other) or (op == "==" and minor == other):
            return True
    return False


def parse_lock(text: str) -> list[tuple[str, str, str]]:
    """(name, version, marker) of every requirement line of a lock."""
    rows = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        requirement, _, line_marker = line.partition(";")
        name, sep, version = requirement.strip().partition("==")
        if not sep:
            raise LockError(f"requirements.lock: '{raw}' is not an exact pin (name==version)")
        rows.append((name.strip(), version.strip(), line_marker.strip()))
    return rows


def versions_for(rows: list[tuple[str, str, str]], minor: int) -> Versions:
    """The versions a lock installs on Python 3.<minor>."""
    return {canonical(name): (name, version) for name, version, m in rows if applies(m, minor)}


def merge(resolved: dict[int, Versions], supported: list[int]) -> list[str]:
    """Requirement lines, sorted as pip freeze sorts, that install resolved[m] on each Python 3.<m>."""
    lines = []
    for key in sorted({k for versions in resolved.values() for k in versions}):
        by_version: dict[str, list[int]] = {}
        names = {}
        for minor in supported:
            if key in resolved[minor]:
                name, version = resolved[minor][key]
                by_version.setdefault(version, []).append(minor)
                names[version] = name
        for version, minors in by_version.items():
            condition = marker(minors, supported)
            lines.append(f"{names[version]}=={version}" + (f" ; {condition}" if condition else ""))
    return sorted(lines, key=str.lower)  # the order of pip freeze


def header(interpreters: dict[int, tuple[str, str]], supported: list[int], spec: str) -> list[str]:
    seen = ", ".join(version for version, _ in interpreters.values())
    return [
        "# Exact versions of every package installed, for each Python that pyproject.toml allows",
        f'# (requires-python "{spec}"). Resolved by pip, installed in a fresh venv and checked with',
        f"# `pip check` on CPython {seen} ({platform.system().lower()} {platform.machine()}).",
        "# A line with a marker is needed on those Python versions only.",
        "# Regenerate after changing a pin in pyproject.toml: make lock (tools/lock.py)",
        "# python: " + " ".join(f"3.{m}" for m in supported),
    ]


# ---------------------------------------------------------------- interpreters and pip

def probe(command: str) -> tuple[str, str] | None:
    """(version, executable) of a CPython that runs, else None."""
    code = ("import sys, platform; print(platform.python_implementation(), "
            "'%d.%d.%d' % sys.version_info[:3], sys.executable)")
    try:
        out = subprocess.run([command, "-c", code], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = out.stdout.split(maxsplit=2)
    if out.returncode != 0 or len(parts) != 3 or parts[0] != "CPython":
        return None
    return parts[1], parts[2].strip()


def find_interpreters(supported: list[int], given: list[str]) -> dict[int, tuple[str, str]]:
    """One interpreter per supported minor: the given ones, else python3.M on PATH, else pyenv's newest 3.M.*."""
    wanted = ", ".join(f"3.{m}" for m in supported)
    found: dict[int, tuple[str, str]] = {}
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if given:
        for command in given:
            info = probe(command)
            minor = int(info[0].split(".")[1]) if info else None
            if info is None or minor not in supported:
                raise LockError(f"LOCK_PYTHONS: {command} is {info[0] if info else 'not a runnable CPython'}; "
                                f"need one interpreter each of {wanted}")
            found[minor] = info
    else:
        for minor in supported:
            candidates = [f"python3.{minor}"] + sorted(
                glob.glob(str(pyenv / f"3.{minor}.*" / "bin" / f"python3.{minor}")),
                key=lambda p: [int(x) if x.isdigit() else -1 for x in re.split(r"[.]", Path(p).parts[-3])],
                reverse=True)
            for command in candidates:
                if (info := probe(command)) and info[0].startswith(f"3.{minor}."):
                    found[minor] = info
                    break
    missing = [f"3.{m}" for m in supported if m not in found]
    if missing:
        tried = "LOCK_PYTHONS" if given else f"python3.M on PATH and {pyenv}/3.M.*"
        raise LockError(f"needs one interpreter per supported Python ({wanted}); found none for "
                        f"{', '.join(missing)} (tried {tried}); install it, or name them all: "
                        f"make lock LOCK_PYTHONS='/path/python3.{supported[0]} ...'")
    return found


def run(command: list[str], what: str) -> None:
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode != 0:
        noise = re.compile(r"^WARNING: (Location|Skipping)")
        tail = [line for line in (out.stdout + out.stderr).splitlines() if not noise.match(line)][-15:]
        raise LockError(f"{what} failed:\n  " + "\n  ".join(tail))


def make_venv(executable: str, where: Path) -> Path:
    run([executable, "-m", "venv", str(where)], f"creating a venv with {executable}")
    return where / "bin" / "python"


def resolve(python: Path, constraints: Versions | None, work: Path, project: str) -> Versions:
    """What pip would install for the project with its test extra, from nothing."""
    report = work / "report.json"
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet", "--dry-run",
               "--ignore-installed", "--report", str(report), "-e", f"{ROOT}[{EXTRA}]"]
    if constraints:
        path = work / "constraints.txt"
        path.write_text("".join(f"{name}=={version}\n" for name, version in constraints.values()))
        command += ["-c", str(path)]
    run(command, f"pip resolving with {python}")
    items = json.loads(report.read_text())["install"]
    result = {canonical(i["metadata"]["name"]): (i["metadata"]["name"], i["metadata"]["version"]) for i in items}
    result.pop(canonical(project), None)
    result.pop("pip", None)  # the installer: each venv keeps its own (as pip freeze leaves it out)
    return result


def verify(executable: str, lock: Path, expected: Versions, work: Path) -> str:
    """Installs the lock in a fresh venv; checks pip check and that exactly the locked versions are there."""
    python = make_venv(executable, work / "verify")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    run(pip + ["install", "--quiet", "-r", str(lock)], f"installing the lock with {executable}")
    run(pip + ["install", "--quiet", "--no-deps", "-e", str(ROOT)], f"installing the project with {executable}")
    run(pip + ["check"], f"pip check with {executable}")
    out = subprocess.run(pip + ["freeze", "--all", "--exclude-editable"], capture_output=True, text=True, check=True)
    installed = {canonical(n): v for n, _, v in (line.partition("==") for line in out.stdout.split()) if v}
    wanted = {key: version for key, (_, version) in expected.items()}
    wrong = sorted(f"{k} {installed.get(k, 'missing')} (lock: {v})" for k, v in wanted.items() if installed.get(k) != v)
    bundled = {"pip", "setuptools", "wheel"}  # come with a venv
    extra = sorted(f"{k}=={v}" for k, v in installed.items() if k not in wanted and k not in bundled)
    if wrong or extra:
        raise LockError(f"a fresh venv of {executable} does not hold exactly the lock: "
                        f"differs {wrong or 'nothing'}; not in the lock {extra or 'nothing'}")
    return f"{len(installed)} packages, pip check clean"


# ---------------------------------------------------------------- the command

def resolve_all(interpreters: dict[int, tuple[str, str]], supported: list[int], old: list[tuple[str, str, str]],
                direct: set[str], work: Path, project: str) -> dict[int, Versions]:
    """Resolves on each interpreter, oldest first; the newer ones share the oldest one's versions where they can."""
    resolved: dict[int, Versions] = {}
    for minor in supported:
        version, executable = interpreters[minor]
        kept = {k: v for k, v in versions_for(old, minor).items() if k not in direct}  # pyproject's pins win
        shared = resolved.get(supported[0], {})
        tries: list[tuple[str, Versions]] = []
        for how, constraints in [("the locked and the shared versions", {**kept, **shared}),
                                 ("the shared versions", shared), ("no constraints", {})]:
            if (constraints or how == "no constraints") and all(constraints != c for _, c in tries):
                tries.append((how, constraints))
        (work / f"3.{minor}").mkdir()
        python = make_venv(executable, work / f"3.{minor}" / "venv")
        for how, constraints in tries:
            try:
                resolved[minor] = resolve(python, constraints, work / f"3.{minor}", project)
                break
            except LockError as error:
                if not constraints:
                    raise
                print(f"3.{minor}: does not resolve with {how}, trying the next way: "
                      f"{str(error).splitlines()[-1].strip()}", file=sys.stderr)
        print(f"3.{minor} (CPython {version}): {len(resolved[minor])} packages, resolved with {how}", file=sys.stderr)
    return resolved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--upgrade", action="store_true", help="resolve every version afresh")
    parser.add_argument("--python", action="append", default=[], help="interpreters to lock for (repeatable)")
    args = parser.parse_args(argv)
    try:
        project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
        spec = project["requires-python"]
        supported = supported_minors(spec)
        direct = {canonical(re.split(r"[\[=<>!~ ;]", r, maxsplit=1)[0])
                  for r in project["dependencies"] + project["optional-dependencies"][EXTRA]}
        interpreters = find_interpreters(supported, [p for arg in args.python for p in arg.split()])
        old = [] if args.upgrade or not LOCK.exists() else parse_lock(LOCK.read_text())
        with tempfile.TemporaryDirectory(prefix="ksdata-lock-") as tmp:
            work = Path(tmp)
            resolved = resolve_all(interpreters, supported, old, direct, work, project["name"])
            text = "\n".join(header(interpreters, supported, spec) + merge(resolved, supported)) + "\n"
            rows = parse_lock(text)
            for minor in supported:  # read back, the lock gives each interpreter exactly what pip resolved
                if versions_for(rows, minor) != resolved[minor]:
                    raise LockError(f"the merged lock does not give 3.{minor} what pip resolved (a bug in tools/lock.py)")
            candidate = work / "requirements.lock"
            candidate.write_text(text)

            def check(minor: int) -> str:
                (work / f"v3.{minor}").mkdir()
                return f"3.{minor}: " + verify(interpreters[minor][1], candidate, resolved[minor], work / f"v3.{minor}")

            with ThreadPoolExecutor(max_workers=2) as pool:
                for line in pool.map(check, supported):
                    print(line, file=sys.stderr)
        changed = not LOCK.exists() or LOCK.read_text() != text
        LOCK.write_text(text)
        marked = sum(1 for _, _, m in rows if m)
        print(f"requirements.lock {'written' if changed else 'unchanged'}: {len(rows)} packages, {marked} of them "
              "with a python_version marker", file=sys.stderr)
        return 0
    except LockError as error:
        print(f"make lock: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
