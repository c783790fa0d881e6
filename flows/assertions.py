"""Row-count assertions before publishing: no silent shrinkage.

A release stops, naming the counts and the flag that allows it (`--allow-shrink`),
when there is no document to publish at all (an empty or wrong raw folder), when
it would leave a table empty that has rows now, or when it would remove more
than SHRINK_SHARE of a table's published rows (and more than SHRINK_MIN_ROWS,
so that a small package can still lose one article).
"""
from __future__ import annotations

SHRINK_SHARE = 0.2
SHRINK_MIN_ROWS = 25
FLAG = "--allow-shrink"
CHECKED = ("documents", "meetings", "participants", "persons", "statements", "demands")


def shrink_problems(previous: dict[str, int], new: dict[str, int], removed: dict[str, int]) -> list[str]:
    """Why publishing `new` over `previous` (row counts per table) looks like data loss; empty when it does not."""
    if new.get("documents", 0) == 0:
        had = previous.get("documents", 0)
        loss = f"would remove all {had} published documents" if had else "would publish an empty package"
        return [f"documents: no readable document to publish; the release {loss}. Check --raw "
                f"(and the quarantined files in the report), or pass {FLAG} to publish it anyway"]
    problems = []
    for table in CHECKED:
        before, after, gone = previous.get(table, 0), new.get(table, 0), removed.get(table, 0)
        if before and not after:
            problems.append(f"{table}: {before} published rows would all be removed (0 left)")
        elif gone > SHRINK_SHARE * before and gone > SHRINK_MIN_ROWS:
            problems.append(f"{table}: {gone} of {before} published rows would be removed "
                            f"({gone / before:.0%}, more than {SHRINK_SHARE:.0%}); {after} rows after the release")
    if problems:
        problems[-1] += f". If that is intended (e.g. articles withdrawn on purpose), pass {FLAG}"
    return problems
