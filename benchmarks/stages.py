"""The stages of a run after extraction, one after the other in one process, each with its wall time,
CPU time and the peak RSS so far (no Prefect server, no task runs: the stages' own cost).

    .venv/bin/python benchmarks/stages.py RAW OUT [--profile FILE] [--one-by-one]

RAW and OUT as for `python -m flows run`. The documents' row shards must be in OUT/.cache (a published
run of them, or a copied cache renamed to this code's versions); documents without one are extracted
in this process (the `extract` line then includes loading the extractor). The package is published
into OUT as a run would publish it: run it on a copy. With `--profile FILE` the stages run under
cProfile (slower) and the profile is written to FILE (`python -m pstats FILE`).

The CPU column is the steadier figure on a shared machine: the wall time of a stage is its CPU time
divided by the share of a core the process gets (benchmarks/RESULTS.md).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Clock:
    """Wall and CPU time since the last mark, and the peak RSS so far."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def mark(self, name: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
        print(f"| {name} | {wall - self.wall:.1f} s | {cpu - self.cpu:.1f} s | {peak:.2f} GB | "
              f"{os.getloadavg()[0]:.1f} |", flush=True)
        self.wall, self.cpu = time.perf_counter(), time.process_time()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--profile", type=Path, default=None, help="write a cProfile of the stages here")
    parser.add_argument("--one-by-one", action="store_true",
                        help="run the gate before the derived outputs instead of beside them (each stage's own CPU)")
    parser.add_argument("--in-process", action="store_true",
                        help="extract new documents in this process, not in a helper beside the assembly (flows.beside)")
    parser.add_argument("--full-check", action="store_true",
                        help="the full gate over every row, not the incremental one (flows.delta_gate)")
    args = parser.parse_args()
    print("| stage | wall | CPU | peak RSS so far | load (1 min) |\n|---|---|---|---|---|")
    clock = Clock()
    from flows import published_index, raw_stamps
    from flows.assemble import assemble
    from flows.beside import Helper, allowed, extract_beside, raw_folder_changed, worthwhile
    from flows.runner import cores
    from flows.extraction import find_cached
    from flows.memory import release_memory
    from flows.outputs import state
    from flows.outputs.build import build_outputs, check_outputs
    from flows.publish import recover, swap_in
    from flows.rawfiles import scan
    from flows.delta_gate import incremental_problems
    from flows.validate import validate_package
    from flows.work import process_batch, ref

    clock.mark("imports")
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()  # the main thread's calls: the gate's thread and the SQLite build's are not in it
    raw, out = args.raw.resolve(), args.out.resolve()
    recover(out)
    use_helper = allowed("auto", None, None, cores()) and not args.in_process  # as the flow: flows.beside
    early = Helper() if use_helper and raw_folder_changed(raw, out) else None
    files = [ref(f) for f in scan(raw).files]
    outcomes, todo = find_cached.fn(files, str(out / ".cache"), str(out))
    helper = ThreadPoolExecutor(max_workers=1)
    beside = None
    if use_helper and worthwhile(len(todo), len(outcomes)):
        beside = helper.submit(extract_beside, todo, str(out / ".cache"), 300.0, early)
    else:
        if early is not None:
            early.stop()
        outcomes += process_batch(todo, str(out / ".cache"), 300.0) if todo else []
    release_memory()
    clock.mark(f"extract ({len(todo)} {'to extract beside the assembly' if beside else 'extracted'}, "
               f"{len(outcomes) - (0 if beside else len(todo))} from the cache)")
    pending = [{"source_file": f["name"], "pending": True} for f in todo] if beside else []
    assembly = assemble([o for o in outcomes if "quarantined" not in o] + pending, out,
                        pending=beside.result if beside else None)
    outcomes += beside.result() if beside else []
    raw_stamps.save(out, outcomes)
    helper.shutdown()
    staged, summary = assembly.staged, assembly.summary()
    del assembly
    release_memory()
    clock.mark("assemble")
    if staged is None:
        print(f"nothing to publish: {summary['stopped'] or summary['problems'] or 'no row changed'}")
        return
    def gate() -> tuple[list[str], float, float]:
        wall, cpu = time.perf_counter(), time.thread_time()
        found = None
        if not args.full_check and summary["published_index"] == "saved" and not summary["damaged"]:
            found, why = incremental_problems(Path(staged), out)  # as the flow: flows.stage_publish
            print(f"(gate: {'full, ' + why if found is None else 'incremental'})")
        found = validate_package(Path(staged)) if found is None else found
        return found, time.perf_counter() - wall, time.thread_time() - cpu

    if args.one_by_one:  # each stage's own CPU time: the gate first, then the outputs
        gate_problems, gate_wall, gate_cpu = gate()
        release_memory()
        clock.mark("validate")
    with ThreadPoolExecutor(max_workers=1) as pool:  # as the flow runs them: the gate beside the outputs
        checking = pool.submit(lambda: (gate_problems, gate_wall, gate_cpu) if args.one_by_one else gate())
        built = build_outputs(Path(staged), previous=out)
        state.save_staged(Path(staged).parent, built.pop("state"))
        problems = check_outputs(Path(staged), built_here=True, sqlite_check=built.pop("sqlite_check"))
        gate_problems, gate_wall, gate_cpu = checking.result()
    release_memory()
    clock.mark("outputs" if args.one_by_one else "validate + outputs (side by side)")
    print(f"(the gate alone: {gate_wall:.1f} s wall, {gate_cpu:.1f} s CPU in its thread, DuckDB's threads not counted)")
    if gate_problems:
        raise SystemExit(f"the staged package is not valid: {gate_problems[:3]}")
    if problems:
        raise SystemExit(f"the derived outputs are not valid: {problems[:3]}")
    pending, pending_state = published_index.take_staged(out), state.take_staged(out)
    swap_in(out)
    published_index.promote(out, pending)
    state.promote(out, pending_state)
    clock.mark("publish")
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    print(f"\noutputs: seconds {built.get('timings')}; reuse {built.get('reuse')}")
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"CPU of child processes (the extraction helper, flows.beside): {child.ru_utime + child.ru_stime:.1f} s")


if __name__ == "__main__":
    main()
