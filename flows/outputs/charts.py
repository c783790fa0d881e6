"""The dataset card's charts: PNG images drawn from canned queries on the SQLite build.

Each chart names the query it draws (metadata/queries.yaml), so the card, Datasette and a
user's own SQL agree. Deterministic: matplotlib's own defaults (no user matplotlibrc), the
Agg renderer, DejaVu Sans (shipped with matplotlib), fixed size and resolution, and no
Software or date entries in the PNG: the same database gives the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from flows.outputs.queries import run

SIZE_INCHES = (8.0, 4.5)
DPI = 100
RC = {"font.family": "DejaVu Sans", "font.size": 10, "axes.spines.top": False, "axes.spines.right": False,
      "svg.hashsalt": "ks-demands", "axes.titleweight": "bold"}
BAR = "#33658a"
PALETTE = "tab20"
COLOUR_ORDER = tuple(range(0, 20, 2)) + tuple(range(1, 20, 2))  # the ten strong colours first
Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class Chart:
    file: str  # file name under charts/
    title: str
    query: str  # canned query in metadata/queries.yaml
    draw: Callable[[Figure, Rows, str], str]  # draws the rows, returns the alt text


def _label(text: str, width: int = 38) -> str:
    return "\n".join(textwrap.wrap(text, width)[:2]) or text


def _empty(fig: Figure, title: str) -> str:
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, "No rows yet", ha="center", va="center", fontsize=14, color="#777777")
    return f"{title}: no rows yet."


def horizontal_bars(label: str, value: str) -> Callable[[Figure, Rows, str], str]:
    """Bars of `value` per `label`, largest on top."""
    def draw(fig: Figure, rows: Rows, title: str) -> str:
        if not rows:
            return _empty(fig, title)
        ax = fig.add_subplot()
        labels = [_label(str(r[label])) for r in rows][::-1]
        values = [r[value] for r in rows][::-1]
        bars = ax.barh(range(len(rows)), values, color=BAR, height=0.6)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_yticks(range(len(rows)), labels)
        ax.bar_label(bars, padding=3)
        ax.set_xlabel(value)
        ax.set_title(title)
        ax.margins(x=0.1)
        return f"{title}: " + ", ".join(f"{r[label]} {r[value]}" for r in rows) + "."
    return draw


def _pivot(rows: Rows, index: str, stack: str, value: str) -> tuple[list[str], list[str], dict[tuple[str, str], int]]:
    indexes = sorted({str(r[index]) for r in rows})
    totals: dict[str, int] = {}
    for r in rows:
        totals[str(r[stack])] = totals.get(str(r[stack]), 0) + r[value]
    stacks = sorted(totals, key=lambda s: (-totals[s], s))
    cells = {(str(r[index]), str(r[stack])): r[value] for r in rows}
    return indexes, stacks, cells


def stacked_bars(index: str, stack: str, value: str, horizontal: bool = False) -> Callable[[Figure, Rows, str], str]:
    """Bars per `index`, split by `stack` (largest stack first), with a legend."""
    def draw(fig: Figure, rows: Rows, title: str) -> str:
        if not rows:
            return _empty(fig, title)
        indexes, stacks, cells = _pivot(rows, index, stack, value)
        if horizontal:
            indexes = sorted(indexes, key=lambda i: -sum(cells.get((i, s), 0) for s in stacks))[::-1]
        ax = fig.add_subplot()
        colours = matplotlib.colormaps[PALETTE]
        base = [0] * len(indexes)
        for n, s in enumerate(stacks):
            heights = [cells.get((i, s), 0) for i in indexes]
            colour = colours(COLOUR_ORDER[n % 20])
            if horizontal:
                ax.barh(range(len(indexes)), heights, left=base, label=_label(s, 34), color=colour, height=0.6)
            else:
                ax.bar(range(len(indexes)), heights, bottom=base, label=_label(s, 34), color=colour, width=0.6)
            base = [b + h for b, h in zip(base, heights)]
        (ax.xaxis if horizontal else ax.yaxis).set_major_locator(MaxNLocator(integer=True))
        if horizontal:
            ax.set_yticks(range(len(indexes)), [_label(i) for i in indexes])
            ax.set_xlabel(value)
        else:
            ax.set_xticks(range(len(indexes)), [_label(i, 14) for i in indexes])
            ax.set_ylabel(value)
        ax.set_title(title)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        parts = [f"{i}: " + ", ".join(f"{s} {cells[(i, s)]}" for s in stacks if cells.get((i, s))) for i in indexes]
        return f"{title}. " + "; ".join(parts) + "."
    return draw


CHARTS: tuple[Chart, ...] = (
    Chart("demands_by_year_and_topic.png", "Demands per year and topic", "demands_per_year_and_topic",
          stacked_bars("year", "label_en", "demands")),
    Chart("meetings_by_ministry.png", "Meetings per ministry and type", "meetings_per_ministry",
          stacked_bars("ministry", "meeting_type", "meetings", horizontal=True)),
    Chart("top_claimants.png", "Top claimants (who demands are made for)", "top_claimants",
          horizontal_bars("claimant", "demands")),
    Chart("top_addressees.png", "Top addressees (who is asked to act)", "top_addressees",
          horizontal_bars("addressee", "demands")),
)


def rows_digest(rows: Rows) -> str:
    """What a chart is drawn from: the sha256 of its query's rows."""
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str, ensure_ascii=False).encode()).hexdigest()


def _draw(chart: Chart, rows: Rows, target: Path) -> str:
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(RC)
        fig = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
        alt = chart.draw(fig, rows, chart.title)
        target.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(target, format="png", dpi=DPI, metadata={"Software": None})
    return alt


def draw_chart(chart: Chart, database: Path, target: Path) -> str:
    """Draw one chart from its query on `database` into `target` (PNG); returns its alt text."""
    return _draw(chart, run(database, chart.query), target)


def draw_charts(database: Path, folder: Path, previous: dict[str, tuple[str, str, Path]] | None = None
                ) -> list[tuple[Chart, str, str]]:
    """Every chart into `folder`; returns each chart with its alt text and the digest of its rows.

    `previous`: by file, (digest, alt text, PNG) of charts drawn before; a chart whose rows have that
    digest is copied from that PNG instead of drawn again (the same rows draw the same bytes)."""
    out = []
    for chart in CHARTS:
        rows = run(database, chart.query)
        digest, target = rows_digest(rows), folder / chart.file
        known = (previous or {}).get(chart.file)
        if known is not None and known[0] == digest and known[2].is_file():
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(known[2], target)
            out.append((chart, known[1], digest))
        else:
            out.append((chart, _draw(chart, rows, target), digest))
    return out
