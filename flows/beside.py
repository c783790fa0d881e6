"""A daily run's few new documents extracted in a helper process while the run assembles the others.

A run that extracts a few documents in its own process first imports the extractor and loads its
resources (spaCy, the language model, the lemmatiser's dictionaries, the compiled patterns: ~3
CPU-seconds), which extracting one article then barely adds to. Assembling the package first goes through
every unchanged document (the published index, their lines copied from the published files, their
persons and metadata: ~1.5 CPU-seconds at 20,000 documents). Neither needs the other until the merge
reaches a new document, so when the run's process has not loaded the extractor and many unchanged
documents are to be merged, the new documents go to a helper process (`python -m flows.beside`) that
loads the extractor and extracts them while the run assembles; the merge waits for it at the first new
document (flows.assemble, `pending`). On a second core the loading costs no wall time.

The helper runs what the sequential runner runs (flows.work.process_batch: the same cache entries and
outcomes, each document under its time budget, the flow's extractor and rows versions checked), so the
published files are the same bytes either way (tests/test_scale.py). If it cannot be started, fails or
returns nothing usable, the documents are extracted in the run's process instead and the outcome says
so in its warnings: the helper can make a run slower, never different.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from flows.budget import DEFAULT_SECONDS

if TYPE_CHECKING:  # flows.work is imported where it is used: `start_early` runs first
    from flows.work import FileRef, Outcome

MIN_UNCHANGED = 2000  # unchanged documents to merge meanwhile: below this the helper's start costs more than it saves
MAX_DOCUMENTS = 50  # more documents to extract: the run's own process (or a Dask cluster) takes them
STARTUP_SECONDS = 300.0  # the helper's start and loading, beyond each document's budget, before it is given up
PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def allowed(runner: str, workers: int | None, address: str | None, cores: int) -> bool:
    """Whether a helper may be used at all: the runner left to the run (`auto`, no Dask cluster, not one
    worker), a second core, and an extractor this process has not loaded yet (loaded, it extracts in
    milliseconds)."""
    loaded = "flows.extract" in sys.modules or "spacy" in sys.modules
    return runner == "auto" and not address and workers != 1 and cores > 1 and not loaded


def worthwhile(to_extract: int, unchanged: int) -> bool:
    """Whether to extract `to_extract` documents beside the assembly of `unchanged` ones (when `allowed`)."""
    return 0 < to_extract <= MAX_DOCUMENTS and unchanged >= MIN_UNCHANGED


def raw_folder_changed(raw_dir: Path, out_dir: Path) -> bool:
    """Whether files were added to, removed from or renamed in a raw folder of MIN_UNCHANGED files or more since
    the last run remembered its files' stamps (the folder's modification time is later than the stamp index's,
    flows.raw_stamps): the hint to start the helper before the listing says what is new. False without an
    index (a first run)."""
    from flows.raw_stamps import INDEX

    try:
        changed = os.stat(raw_dir).st_mtime_ns > os.stat(out_dir / INDEX).st_mtime_ns
        return changed and len(os.listdir(raw_dir)) >= MIN_UNCHANGED
    except OSError:
        return False


_EARLY: dict[tuple[str, str], Helper] = {}  # helpers started by `start_early`, by (raw, out), until taken


def start_early(raw_dir: Path, out_dir: Path, runner: str, workers: int | None, address: str | None) -> None:
    """Start a helper for the run on (raw_dir, out_dir) now, before the orchestrator starts (the command line
    calls this first), when it is allowed and files were added since the last run; the flow takes it
    (`take_early`), and `discard_early` ends one it did not take."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    address = address or os.environ.get("KSDATA_DASK_ADDRESS")  # flows.runner.ADDRESS_ENV
    if allowed(runner, workers, address, cores) and raw_folder_changed(raw_dir, out_dir):
        helper = start_helper()
        if helper is not None:
            _EARLY[(str(raw_dir.resolve()), str(out_dir.resolve()))] = helper


def take_early(raw_dir: Path, out_dir: Path) -> Helper | None:
    """The helper `start_early` started for this raw and output folder, if any (it is the caller's now)."""
    return _EARLY.pop((str(raw_dir.resolve()), str(out_dir.resolve())), None)


def start_helper() -> Helper | None:
    """A helper started now, or None when no process can be started (the run extracts as usual)."""
    try:
        return Helper()
    except OSError:
        return None


def discard_early() -> None:
    """End the helpers `start_early` started that no run took."""
    while _EARLY:
        _EARLY.popitem()[1].stop()


class Helper:
    """The helper process: started, it imports the extractor and loads its resources (by extracting a short
    invented text), then waits for its job on its standard input."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ksdata-beside-"))
        self.result = self.folder / "outcomes.json"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGE_ROOT),
                                                                          os.environ.get("PYTHONPATH")]))}
        self.process = subprocess.Popen([sys.executable, "-m", "flows.beside", str(self.result)], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)

    def run(self, files: list[FileRef], cache_url: str, seconds: float, expected: dict[str, str]) -> list[Outcome]:
        """Give the helper its job and wait for the outcomes (an exception when it fails)."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"files": files, "cache": cache_url, "seconds": seconds,
                                             "expected": expected}).encode("utf-8"))
        self.process.stdin.close()
        code = self.process.wait(timeout=STARTUP_SECONDS + seconds * len(files) * 1.5)
        if code != 0:
            raise subprocess.CalledProcessError(code, self.process.args)
        outcomes = json.loads(self.result.read_text(encoding="utf-8"))
        if not isinstance(outcomes, list) or sorted(o.get("source_file") for o in outcomes) != \
                sorted(f["name"] for f in files):
            raise ValueError("the helper did not return one outcome per file")
        return outcomes

    def stop(self) -> None:
        """End the helper (if it still runs) and remove its folder."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


def extract_beside(files: list[FileRef], cache_url: str, seconds: float = DEFAULT_SECONDS,
                   helper: Helper | None = None) -> list[Outcome]:
    """Extract `files` in a helper process (`helper`, started early, or one started now); one small record per
    file, as process_batch returns. In this process when the helper fails."""
    from flows.work import process_batch, versions

    expected = versions()
    try:
        helper = helper or Helper()
    except OSError as exc:
        reason = f"the helper process could not be started ({exc}); extracted in the run's process"
    else:
        try:
            return helper.run(files, cache_url, seconds, expected)
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            reason = (f"the helper process failed ({type(exc).__name__}: {str(exc)[:200]}); extracted in the "
                      "run's process")
        finally:
            helper.stop()
    outcomes = process_batch(files, cache_url, seconds, expected)
    return [{**o, "warnings": [*o.get("warnings", []), reason]} for o in outcomes]


def warm_up() -> None:
    """Extract a short invented text into a temporary cache: loads every lazily loaded resource."""
    from flows.work import process_warm_up_text

    process_warm_up_text()


def main(argv: list[str]) -> int:
    """`python -m flows.beside RESULT`: load the extractor, read the job (JSON) from standard input, process its
    files and write their outcomes to RESULT. An empty input: nothing to do."""
    t0 = time.perf_counter()
    warm_up()
    loaded = time.perf_counter() - t0
    data = sys.stdin.buffer.read()
    if not data.strip():
        return 0
    job = json.loads(data)
    from flows.work import process_batch

    t1 = time.perf_counter()
    outcomes = process_batch(job["files"], job["cache"], float(job["seconds"]), job["expected"])
    tmp = Path(argv[0]).with_suffix(".tmp")
    tmp.write_text(json.dumps(outcomes), encoding="utf-8")
    os.replace(tmp, argv[0])
    print(f"beside the assembly: extractor loaded in {loaded:.1f} s, {len(outcomes)} document(s) extracted in "
          f"{time.perf_counter() - t1:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
