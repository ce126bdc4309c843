#!/usr/bin/env python3
"""Turn a `minnow --gc-log=FILE` log into an SVG report.

    python3 tools/gc_report.py gc.jsonl -o gc.svg [--title TEXT]

The log has one JSON object per collection (kind, start_ns, pause_ns,
heap_before, heap_after, ...). The report has two panels: the heap's size
over the run, with every collection's pause marked as a band as wide as the
pause (minor collections in blue, major ones in red), and a histogram of
pause times on a logarithmic axis. The figures above them (median, p99,
maximum) are computed from every pause in the log, so they are exact.

Needs only Python 3's standard library.
"""

import argparse
import html
import json
import math
import sys

WIDTH = 960
MARGIN_LEFT = 80
MARGIN_RIGHT = 30
PLOT_WIDTH = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
HEAP_TOP = 115
HEAP_HEIGHT = 300
HIST_TOP = HEAP_TOP + HEAP_HEIGHT + 90
HIST_HEIGHT = 220
HEIGHT = HIST_TOP + HIST_HEIGHT + 60
COLORS = {"minor": "#3b7dd8", "major": "#d8453b"}
HEAP_COLOR = "#222222"
BINS_PER_OCTAVE = 2
REQUIRED = ("kind", "start_ns", "pause_ns", "heap_before", "heap_after")


def read_log(path):
    """The events of a log, in time order; a malformed line is an error."""
    events = []
    with open(path, encoding="utf-8") as log:
        for number, line in enumerate(log, 1):
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError as error:
                raise SystemExit(f"{path}:{number}: not JSON ({error})")
            missing = [key for key in REQUIRED if not isinstance(event, dict) or key not in event]
            if missing:
                raise SystemExit(f"{path}:{number}: not a --gc-log line (no {', '.join(missing)})")
            events.append(event)
    events.sort(key=lambda e: e["start_ns"])
    return events


def nice_step(span, target_ticks):
    """A round step (1, 2 or 5 times a power of ten) giving about target_ticks ticks."""
    raw = span / max(target_ticks, 1)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def byte_unit(n):
    """The binary unit (name, size) to label byte counts up to n with."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= 2 * size:
            return unit, size
    return "B", 1


def format_ns(ns):
    for unit, size in (("s", 1e9), ("ms", 1e6), ("us", 1e3)):
        if ns >= size:
            value = ns / size
            return f"{value:.3g} {unit}"
    return f"{ns:.0f} ns"


def quantile(sorted_values, fraction):
    if not sorted_values:
        return 0
    index = max(0, math.ceil(fraction * len(sorted_values)) - 1)
    return sorted_values[index]


class Svg:
    def __init__(self):
        self.parts = []

    def add(self, element, text=None, **attributes):
        attrs = " ".join(
            f'{name.rstrip("_").replace("_", "-")}="{html.escape(str(value))}"'
            for name, value in attributes.items()
        )
        if text is None:
            self.parts.append(f"<{element} {attrs}/>")
        else:
            self.parts.append(f"<{element} {attrs}>{html.escape(text)}</{element}>")

    def text(self, x, y, text, size=12, anchor="start", **attributes):
        self.add("text", text, x=f"{x:.1f}", y=f"{y:.1f}", font_size=size,
                 text_anchor=anchor, **attributes)

    def render(self):
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
                f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif">')
        return "\n".join([head, f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
                         + self.parts + ["</svg>", ""])


def heap_panel(svg, events):
    end_ns = max(e["start_ns"] + e["pause_ns"] for e in events)
    top_bytes = max(max(e["heap_before"], e["heap_after"]) for e in events)
    time_scale = 1e9 if end_ns >= 2e9 else 1e6
    time_unit = "s" if time_scale == 1e9 else "ms"

    def x(ns):
        return MARGIN_LEFT + PLOT_WIDTH * ns / end_ns

    def y(n):
        return HEAP_TOP + HEAP_HEIGHT * (1 - n / top_bytes)

    svg.text(MARGIN_LEFT, HEAP_TOP - 12, "Heap size (bytes held from the system) and collection pauses", 14,
             font_weight="bold")
    top_bytes *= 1.05
    unit, unit_size = byte_unit(top_bytes)
    step = nice_step(top_bytes / unit_size, 5) * unit_size
    tick = 0
    while tick <= top_bytes:
        svg.add("line", x1=MARGIN_LEFT, x2=MARGIN_LEFT + PLOT_WIDTH, y1=f"{y(tick):.1f}",
                y2=f"{y(tick):.1f}", stroke="#e4e4e4")
        svg.text(MARGIN_LEFT - 6, y(tick) + 4, f"{tick / unit_size:g} {unit}", 11, "end")
        tick += step
    step = nice_step(end_ns / time_scale, 8)
    tick = 0
    while tick * time_scale <= end_ns:
        svg.text(x(tick * time_scale), HEAP_TOP + HEAP_HEIGHT + 16, f"{tick:g}", 11, "middle")
        tick += step
    svg.text(MARGIN_LEFT + PLOT_WIDTH / 2, HEAP_TOP + HEAP_HEIGHT + 34, f"time ({time_unit})", 12, "middle")
    for event in events:
        left = x(event["start_ns"])
        width = max(x(event["start_ns"] + event["pause_ns"]) - left, 0.8)
        svg.add("rect", x=f"{left:.2f}", y=HEAP_TOP, width=f"{width:.2f}", height=HEAP_HEIGHT,
                fill=COLORS.get(event["kind"], "#888888"), fill_opacity="0.35")
    points = [(0, events[0]["heap_before"])]
    for event in events:
        points.append((event["start_ns"], event["heap_before"]))
        points.append((event["start_ns"] + event["pause_ns"], event["heap_after"]))
    path = " ".join(f"{x(t):.2f},{y(n):.2f}" for t, n in points)
    svg.add("polyline", points=path, fill="none", stroke=HEAP_COLOR, stroke_width="1.5")
    svg.add("rect", x=MARGIN_LEFT, y=HEAP_TOP, width=PLOT_WIDTH, height=HEAP_HEIGHT, fill="none",
            stroke="#999999")


def histogram_panel(svg, events):
    pauses = [max(e["pause_ns"], 1) for e in events]
    low = math.floor(math.log2(min(pauses)) * BINS_PER_OCTAVE)
    high = math.floor(math.log2(max(pauses)) * BINS_PER_OCTAVE) + 1
    bins = high - low
    counts = {kind: [0] * bins for kind in COLORS}
    for event, pause in zip(events, pauses):
        index = math.floor(math.log2(pause) * BINS_PER_OCTAVE) - low
        counts.setdefault(event["kind"], [0] * bins)[index] += 1
    totals = [sum(kind_counts[i] for kind_counts in counts.values()) for i in range(bins)]
    top = max(totals) * 1.1
    bar_width = PLOT_WIDTH / bins

    def y(n):
        return HIST_TOP + HIST_HEIGHT * (1 - n / top)

    svg.text(MARGIN_LEFT, HIST_TOP - 12, "Pause times (collections per bin, logarithmic bins)", 14,
             font_weight="bold")
    step = max(1, nice_step(max(totals), 4))
    tick = 0
    while tick <= top:
        svg.add("line", x1=MARGIN_LEFT, x2=MARGIN_LEFT + PLOT_WIDTH, y1=f"{y(tick):.1f}",
                y2=f"{y(tick):.1f}", stroke="#e4e4e4")
        svg.text(MARGIN_LEFT - 6, y(tick) + 4, f"{tick:g}", 11, "end")
        tick += step
    for i in range(bins):
        base = 0
        for kind in sorted(counts):
            n = counts[kind][i]
            if n:
                svg.add("rect", x=f"{MARGIN_LEFT + i * bar_width + 1:.2f}", y=f"{y(base + n):.2f}",
                        width=f"{max(bar_width - 2, 0.5):.2f}", height=f"{y(base) - y(base + n):.2f}",
                        fill=COLORS.get(kind, "#888888"))
                base += n
    label_every = max(1, math.ceil(bins / 10))
    for i in range(0, bins + 1, label_every):
        edge = 2 ** ((low + i) / BINS_PER_OCTAVE)
        svg.text(MARGIN_LEFT + i * bar_width, HIST_TOP + HIST_HEIGHT + 16, format_ns(edge), 11, "middle")
    svg.text(MARGIN_LEFT + PLOT_WIDTH / 2, HIST_TOP + HIST_HEIGHT + 34, "pause", 12, "middle")
    svg.add("rect", x=MARGIN_LEFT, y=HIST_TOP, width=PLOT_WIDTH, height=HIST_HEIGHT, fill="none",
            stroke="#999999")


def report(events, title):
    svg = Svg()
    pauses = sorted(e["pause_ns"] for e in events)
    kinds = {kind: sum(1 for e in events if e["kind"] == kind) for kind in COLORS}
    svg.text(MARGIN_LEFT, 28, title, 18, font_weight="bold")
    summary = (f"{len(events)} collections ({kinds['minor']} minor, {kinds['major']} major); "
               f"pauses: total {format_ns(sum(pauses))}, median {format_ns(quantile(pauses, 0.5))}, "
               f"p99 {format_ns(quantile(pauses, 0.99))}, max {format_ns(pauses[-1])}")
    svg.text(MARGIN_LEFT, 50, summary, 12)
    legend_x = MARGIN_LEFT
    for kind, color in COLORS.items():
        svg.add("rect", x=legend_x, y=62, width=12, height=12, fill=color, fill_opacity="0.6")
        svg.text(legend_x + 16, 73, f"{kind} collection", 12)
        legend_x += 130
    svg.add("line", x1=legend_x, x2=legend_x + 16, y1=68, y2=68, stroke=HEAP_COLOR, stroke_width="1.5")
    svg.text(legend_x + 20, 73, "heap size", 12)
    heap_panel(svg, events)
    histogram_panel(svg, events)
    return svg.render()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Render a minnow --gc-log file as an SVG report.")
    parser.add_argument("log", help="the file written by minnow --gc-log=FILE")
    parser.add_argument("-o", "--output", help="the SVG to write (default: LOG with .svg)")
    parser.add_argument("--title", help="the report's title (default: the log's name)")
    args = parser.parse_args(argv)
    events = read_log(args.log)
    if not events:
        raise SystemExit(f"{args.log}: no collections logged")
    output = args.output or (args.log.rsplit(".", 1)[0] + ".svg")
    with open(output, "w", encoding="utf-8") as out:
        out.write(report(events, args.title or f"Minnow collections: {args.log}"))
    print(f"{output}: {len(events)} collections", file=sys.stderr)


if __name__ == "__main__":
    main()
