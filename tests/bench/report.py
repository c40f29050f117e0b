"""Figures as rows of min / median / max, one row per system, with the ratio to the reference
server's median; and the same results as JSON for docs/benchmarks.md."""
import json
import statistics
from dataclasses import dataclass, field

REFERENCE = "reference"
# How "N times better / worse than the reference" reads, by unit.
WORDS = {"ms": ("faster", "slower"), "MiB": ("less", "more"), "calls/s": ("more", "fewer")}


@dataclass
class Row:
    system: str  # a key of servers.SYSTEMS, or "floor"
    label: str
    values: list  # samples; empty when the system could not be measured
    note: str = ""

    @property
    def median(self):
        return statistics.median(self.values) if self.values else None


@dataclass
class Figure:
    title: str
    unit: str
    # "lower" (time, memory) or "higher" (throughput) is better.
    better: str = "lower"
    # Overrides WORDS for this figure's unit.
    words: tuple = None
    rows: list = field(default_factory=list)
    lines: list = field(default_factory=list)  # derived figures and notes, printed after the rows

    def add(self, system, label, values, note=""):
        self.rows.append(Row(system, label, sorted(values), note))
        return self.rows[-1]

    def median(self, system):
        for row in self.rows:
            if row.system == system:
                return row.median
        return None

    def versus_reference(self, value):
        """How many times better than the reference's median `value` is, in words."""
        ref = self.median(REFERENCE)
        if value is None or not ref:
            return ""
        if not value:
            return ""
        factor = ref / value if self.better == "lower" else value / ref
        better, worse = self.words or WORDS.get(self.unit, ("better", "worse"))
        word = better if factor >= 1 else worse
        factor = factor if factor >= 1 else 1 / factor
        return f"{factor:,.3g}× {word}" if factor < 100 else f"{factor:,.0f}× {word}"


def fmt(v, unit):
    if v is None:
        return "—"
    if unit in ("calls/s",):
        return f"{v:,.0f}"
    return f"{v:,.2f}" if v < 100 else f"{v:,.1f}"


def print_figure(fig):
    w = max(len(r.label) for r in fig.rows) if fig.rows else 40
    print(f"\n{fig.title} ({fig.unit})")
    print(f"  {'':<{w}} {'min':>9} {'median':>9} {'max':>9} {'n':>5}  vs reference")
    for row in fig.rows:
        if row.values:
            lo, med, hi = row.values[0], row.median, row.values[-1]
            cells = f"{fmt(lo, fig.unit):>9} {fmt(med, fig.unit):>9} {fmt(hi, fig.unit):>9} {len(row.values):>5}"
            versus = "" if row.system == REFERENCE or row.system.startswith("floor") else fig.versus_reference(med)
        else:
            cells, versus = f"{'—':>9} {'—':>9} {'—':>9} {0:>5}", ""
        print(f"  {row.label:<{w}} {cells}  {versus}")
        if row.note:
            print(f"  {'':<{w}} {row.note}")
    for line in fig.lines:
        print(f"  {line}")


def to_json(figures, machine):
    return json.dumps(
        {
            "machine": machine,
            "figures": [
                {
                    "title": f.title,
                    "unit": f.unit,
                    "rows": [
                        {
                            "system": r.system,
                            "label": r.label,
                            "min": r.values[0] if r.values else None,
                            "median": r.median,
                            "max": r.values[-1] if r.values else None,
                            "n": len(r.values),
                            "vs_reference": f.versus_reference(r.median)
                            if r.system != REFERENCE and not r.system.startswith("floor")
                            else "",
                            "note": r.note,
                        }
                        for r in f.rows
                    ],
                    "lines": f.lines,
                }
                for f in figures
            ],
        },
        indent=2,
    )


def to_markdown(results):
    """Results as written by `to_json` (parsed), as Markdown tables for docs/benchmarks.md."""
    out = []
    for fig in results["figures"]:
        unit = fig["unit"]
        out.append(f"**{fig['title']}** ({unit})\n")
        out.append("| | min | median | max | n | vs reference |")
        out.append("|---|--:|--:|--:|--:|---|")
        for r in fig["rows"]:
            cells = " | ".join(fmt(r[k], unit) for k in ("min", "median", "max"))
            out.append(f"| {r['label']} | {cells} | {r['n']} | {r['vs_reference']} |")
        out += [f"\n{line}" for line in fig["lines"]]
        out.append("")
    return "\n".join(out)
