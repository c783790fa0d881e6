"""Supported Pythons: requires-python, the classifiers and requirements.lock agree, and the Makefile
picks an interpreter in the documented order or refuses with one line (tools/pick-python, checked with
fake interpreters so that the test needs none but its own)."""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def _lock_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lock_tool", ROOT / "tools" / "lock.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lock = _lock_tool()
SUPPORTED = lock.supported_minors(PYPROJECT["requires-python"])
LOCK_TEXT = (ROOT / "requirements.lock").read_text()
ROWS = lock.parse_lock(LOCK_TEXT)


# ------------------------------------------------------------------ pyproject and the lock

def test_requires_python_is_3_11_to_3_13() -> None:
    assert SUPPORTED == [11, 12, 13]


def test_the_running_interpreter_is_supported() -> None:
    assert sys.version_info[:2] in [(3, m) for m in SUPPORTED]


def test_classifiers_name_exactly_the_supported_versions() -> None:
    named = sorted(int(c.rsplit(".", 1)[1]) for c in PYPROJECT["classifiers"]
                   if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c))
    assert named == SUPPORTED


def test_the_lock_was_resolved_for_the_supported_versions() -> None:
    declared = [line for line in LOCK_TEXT.splitlines() if line.startswith("# python: ")]
    assert declared == ["# python: " + " ".join(f"3.{m}" for m in SUPPORTED)], \
        "requirements.lock was made for other Pythons than requires-python allows: run make lock"


def test_every_marker_in_the_lock_is_readable_and_selects_a_supported_version() -> None:
    for name, version, marker in ROWS:
        assert any(lock.applies(marker, m) for m in SUPPORTED), f"{name}=={version} ; {marker} installs nowhere"


def test_each_python_gets_one_version_of_each_package() -> None:
    for minor in SUPPORTED:
        picked = [lock.canonical(n) for n, _, m in ROWS if lock.applies(m, minor)]
        assert len(picked) == len(set(picked)), f"3.{minor}: a package is locked twice"


@pytest.mark.parametrize("requirement", PYPROJECT["dependencies"] + PYPROJECT["optional-dependencies"]["test"])
def test_every_direct_pin_is_locked_at_its_version_on_every_python(requirement: str) -> None:
    name, version = re.fullmatch(r"([A-Za-z0-9_.-]+)(?:\[[^]]*\])?==([^ ;]+)", requirement).groups()
    for minor in SUPPORTED:
        assert lock.versions_for(ROWS, minor).get(lock.canonical(name), (None, None))[1] == version, \
            f"{requirement} is not what requirements.lock installs on 3.{minor}: run make lock"


def test_the_lock_is_in_the_form_make_lock_writes() -> None:
    resolved = {m: lock.versions_for(ROWS, m) for m in SUPPORTED}
    body = [line for line in LOCK_TEXT.splitlines() if line and not line.startswith("#")]
    assert lock.merge(resolved, SUPPORTED) == body, "requirements.lock is edited by hand or unsorted: run make lock"


@pytest.mark.parametrize(("minors", "expected"), [
    ([11, 12, 13], ""),
    ([11], 'python_version < "3.12"'),
    ([11, 12], 'python_version < "3.13"'),
    ([12, 13], 'python_version >= "3.12"'),
    ([13], 'python_version >= "3.13"'),
    ([12], 'python_version == "3.12"'),
    ([11, 13], 'python_version == "3.11" or python_version == "3.13"'),
])
def test_a_marker_is_true_on_exactly_its_versions(minors: list[int], expected: str) -> None:
    made = lock.marker(minors, [11, 12, 13])
    assert made == expected
    assert [m for m in [10, 11, 12, 13] if lock.applies(made, m) and m in (11, 12, 13)] == minors


def test_merge_marks_what_differs_and_shares_the_rest() -> None:
    resolved = {11: {"numpy": ("numpy", "2.4.6"), "zipp": ("zipp", "4.1.2")},
                12: {"numpy": ("numpy", "2.4.6")},
                13: {"numpy": ("numpy", "2.5.5"), "whenever": ("whenever", "0.10.5")}}
    assert lock.merge(resolved, [11, 12, 13]) == [
        'numpy==2.4.6 ; python_version < "3.13"', 'numpy==2.5.5 ; python_version >= "3.13"',
        'whenever==0.10.5 ; python_version >= "3.13"', 'zipp==4.1.2 ; python_version < "3.12"']


@pytest.mark.parametrize("bad", ['sys_platform == "win32"', 'python_version > "3.11"', "python_version < 3.12"])
def test_a_marker_the_tool_does_not_write_is_refused(bad: str) -> None:
    with pytest.raises(lock.LockError, match="cannot read the marker"):
        lock.applies(bad, 11)


@pytest.mark.parametrize("spec", [">=3.11", "<3.14", ">=3.13,<3.13", "~=3.11"])
def test_a_requires_python_without_both_bounds_is_refused(spec: str) -> None:
    with pytest.raises(lock.LockError, match="requires-python"):
        lock.supported_minors(spec)


def test_a_loose_pin_in_the_lock_is_refused() -> None:
    with pytest.raises(lock.LockError, match="not an exact pin"):
        lock.parse_lock("numpy>=2\n")


# ------------------------------------------------------------------ picking the interpreter

def fake_python(folder: Path, name: str, version: str, impl: str = "CPython", runs: bool = True) -> Path:
    """An executable that answers tools/pick-python's probe as Python VERSION would, and makes a venv
    (only its pyvenv.cfg) as `-m venv DIR` would."""
    path = folder / name
    if not runs:  # like a pyenv shim for a version that is not active
        path.write_text("#!/bin/sh\necho \"pyenv: $(basename \"$0\"): command not found\" >&2\nexit 127\n")
    else:
        path.write_text(f"""#!/bin/sh
if [ "$1" = -m ] && [ "$2" = venv ]; then
  mkdir -p "$3" && printf 'home = %s\\nversion = %s\\n' "$(dirname "$0")" "{version}" > "$3/pyvenv.cfg"
  exit 0
fi
echo "{impl} {version} $0"
""")
    path.chmod(0o755)
    return path


@pytest.fixture()
def world(tmp_path: Path) -> Path:
    """A PATH holding nothing but the tools pick-python uses; tests add fake interpreters to it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("sh", "sed", "dirname", "basename", "mkdir", "printf", "rm"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    return bin_dir


def pick(world: Path, *args: str) -> str:
    out = subprocess.run(["/bin/sh", str(ROOT / "tools" / "pick-python"), *args], capture_output=True,
                         text=True, env={"PATH": str(world)}, check=True)
    return out.stdout.strip()


def test_python3_is_used_when_it_is_supported(world: Path) -> None:
    python3 = fake_python(world, "python3", "3.12.4")
    fake_python(world, "python3.13", "3.13.1")
    assert pick(world) == f"ok 3.12.4 {python3}"


def test_else_the_newest_supported_python3_x_on_path(world: Path) -> None:
    fake_python(world, "python3", "3.10.13")
    fake_python(world, "python3.13", "3.13.0", runs=False)
    newest = fake_python(world, "python3.12", "3.12.1")
    fake_python(world, "python3.11", "3.11.7")
    assert pick(world) == f"ok 3.12.1 {newest}"


def test_an_explicit_python_wins(world: Path) -> None:
    fake_python(world, "python3", "3.11.7")
    chosen = fake_python(world, "python3.13", "3.13.0")
    assert pick(world, str(chosen)) == f"ok 3.13.0 {chosen}"


@pytest.mark.parametrize(("version", "impl"), [("3.10.13", "CPython"), ("3.14.0", "CPython"), ("2.7.18", "CPython"),
                                               ("3.11.9", "PyPy")])
def test_an_explicit_unsupported_python_is_refused_without_falling_back(world: Path, version: str, impl: str) -> None:
    fake_python(world, "python3", "3.12.1")
    wrong = fake_python(world, "wrong-python", version, impl)
    said = pick(world, str(wrong))
    assert said.startswith(f"no PYTHON={wrong} is ") and version in said
    assert 'need CPython 3.11 to 3.13 (pyproject.toml requires-python ">=3.11,<3.14")' in said


def test_none_found_names_what_was_found_and_what_is_needed(world: Path) -> None:
    fake_python(world, "python3", "3.10.13")
    fake_python(world, "python3.12", "3.12.1", runs=False)
    said = pick(world)
    assert said == (f"no no suitable Python: python3 is 3.10.13 ({world}/python3); python3.13, python3.12, "
                    'python3.11 not found or not runnable; need CPython 3.11 to 3.13 (pyproject.toml '
                    'requires-python ">=3.11,<3.14"); install one or name it: make PYTHON=/path/to/python3.13')


def make_here(tmp_path: Path, world: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """make in a copy of the repository's Makefile, tools/ and pyproject.toml."""
    project = tmp_path / "project"
    if not project.exists():
        project.mkdir()
        for name in ("Makefile", "pyproject.toml", "requirements.lock"):
            shutil.copy(ROOT / name, project / name)
        shutil.copytree(ROOT / "tools", project / "tools")
    make = shutil.which("make")
    assert make, "make is needed (the README's two commands use it)"
    return subprocess.run([make, "-C", str(project), *args], capture_output=True, text=True, env={"PATH": str(world)})


def test_make_refuses_python_3_10_in_one_line(tmp_path: Path, world: Path) -> None:
    old = fake_python(world, "python3.10", "3.10.13")
    out = make_here(tmp_path, world, "-n", "setup", f"PYTHON={old}")
    assert out.returncode != 0
    errors = [line for line in out.stderr.splitlines() if "***" in line]
    assert len(errors) == 1 and out.stderr.count("\n") == 1, out.stderr
    assert f"PYTHON={old} is 3.10.13" in errors[0] and "need CPython 3.11 to 3.13" in errors[0]
    assert not (tmp_path / "project" / ".venv").exists()


def test_make_refuses_when_nothing_fits(tmp_path: Path, world: Path) -> None:
    fake_python(world, "python3", "3.10.13")
    out = make_here(tmp_path, world, "setup")
    assert out.returncode != 0 and "no suitable Python: python3 is 3.10.13" in out.stderr
    assert not (tmp_path / "project" / ".venv").exists()


def test_make_clean_needs_no_python(tmp_path: Path, world: Path) -> None:
    assert make_here(tmp_path, world, "clean").returncode == 0


def test_the_venv_is_made_anew_only_when_the_interpreter_changes(tmp_path: Path, world: Path) -> None:
    py311 = fake_python(world, "python3", "3.11.7")
    py312 = fake_python(world, "python3.12", "3.12.1")
    venv = tmp_path / "project" / ".venv"
    first = make_here(tmp_path, world, ".venv/pyvenv.cfg")
    assert first.returncode == 0 and "building .venv with Python 3.11.7" in first.stdout, first.stderr
    (venv / "kept").touch()
    again = make_here(tmp_path, world, ".venv/pyvenv.cfg")
    assert again.returncode == 0 and "building" not in again.stdout and (venv / "kept").exists()
    switched = make_here(tmp_path, world, ".venv/pyvenv.cfg", f"PYTHON={py312}")
    assert "building .venv with Python 3.12.1" in switched.stdout and not (venv / "kept").exists()
    assert (venv / "pyvenv.cfg").read_text() == f"home = {world}\nversion = 3.12.1\n"
    back = make_here(tmp_path, world, ".venv/pyvenv.cfg")
    assert f"building .venv with Python 3.11.7 ({py311})" in back.stdout
