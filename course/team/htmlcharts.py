"""Stylesheet and inline SVG charts for the HTML team report (no script, no external files)."""

from __future__ import annotations

from datetime import date
from html import escape

CSS = """
:root{--fg:#1d2433;--muted:#5b6475;--bg:#fff;--card:#f1f4f9;--line:#dde2ea;--good:#2f9e6e;--mid:#3b7dd8;
--low:#d9534f;--open:#f0ad4e;--locked:#c9ced8}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ef;--muted:#9aa3b2;--bg:#14171d;--card:#222833;
--line:#2e3440;--locked:#4a5160}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.6em;margin:.2em 0}
h2{font-size:1.2em;margin:1.4em 0 .4em;border-bottom:1px solid var(--line);padding-bottom:.2em}
h3{font-size:1em;margin:1em 0 .3em}
.meta,.note,footer{color:var(--muted);font-size:.9em}
.warn,.gapfig{color:var(--low)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px;margin:12px 0}
.card{background:var(--card);border-radius:8px;padding:10px 12px}
.big{font-size:1.6em;font-weight:700}
.card.gap .big{color:var(--low)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word}
th{font-weight:600;hyphens:auto}
.num{text-align:right;white-space:nowrap}
td.name{max-width:14em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
td.wrap,td.path{overflow-wrap:anywhere;min-width:10em}
td.barcell{white-space:nowrap}
.bar{display:inline-block;width:7em;height:.8em;background:var(--card);border-radius:3px;vertical-align:middle;
overflow:hidden}
.bar>span{display:block;height:100%;background:var(--mid)}
.bar.good>span{background:var(--good)}
.bar.low>span{background:var(--low)}
table.chart{width:auto}
table.chart .bar{width:min(50vw,24em)}
.stack{display:inline-flex;width:10em;height:.8em;border-radius:3px;overflow:hidden;background:var(--card);
vertical-align:middle}
.stack .done,.key.done{background:var(--good)}
.stack .open,.key.open{background:var(--open)}
.stack .locked,.key.locked{background:var(--locked)}
.key{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em;border-radius:2px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:0 24px}
svg{max-width:100%;height:auto;display:block}
svg text{fill:var(--muted);font-size:11px;font-family:inherit}
svg .h{fill:var(--mid)} svg .ax{stroke:var(--line)} svg .ln{stroke:var(--good);fill:none;stroke-width:2}
svg .pt{fill:var(--good)}
svg.spark{display:inline-block;vertical-align:middle}
footer{margin:2em 0 1em}
@media (max-width:600px){body{font-size:14px}main{padding:10px}.bar{width:3.5em}.stack{width:5em}
td.name{max-width:9em}th,td{padding:3px 5px}}
@media print{:root{--fg:#000;--bg:#fff;--card:#e8e8e8;--muted:#333;--line:#bbb}body{font-size:10pt}
main{max-width:none;padding:0}.scroll{overflow:visible}tr,.card,svg{break-inside:avoid}
h2,h3{break-after:avoid}a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}td.name{white-space:normal;max-width:none}}
"""


def histogram_svg(counts: tuple[int, ...] | list[int], unit: str) -> str:
    """Vertical bars: members per 10 % band of progress, axis labelled 0 to 100 (%)."""
    top = max(counts) if counts and max(counts) else 1
    bars = []
    for i, count in enumerate(counts):
        h = 100 * count / top
        x = 20 + i * 36
        bars.append(f'<rect class=h x="{x + 2}" y="{120 - h:.1f}" width="32" height="{h:.1f}" rx="2">'
                    f"<title>{i * 10}–{i * 10 + 10} %: {count}</title></rect>"
                    f'<text x="{x + 18}" y="{115 - h:.1f}" text-anchor="middle">{count}</text>')
    ticks = "".join(f'<text x="{20 + i * 36}" y="136" text-anchor="middle">{i * 10}</text>' for i in range(11))
    return (f'<svg viewBox="0 0 400 145" width="400" role="img" aria-label="{escape(unit)}">'
            f'<line class=ax x1="20" y1="120" x2="380" y2="120"/>{"".join(bars)}{ticks}</svg>')


def sparkline_svg(values: list[float]) -> str:
    """A small line of progress values (0..1) over a learner's exports."""
    if len(values) < 2:
        return ""
    step = 76 / (len(values) - 1)
    pts = " ".join(f"{2 + i * step:.1f},{18 - 16 * min(1.0, max(0.0, v)):.1f}" for i, v in enumerate(values))
    return f'<svg class=spark viewBox="0 0 80 20" width="80" height="20" aria-hidden="true"><polyline class=ln points="{pts}"/></svg>'


def timeline_svg(points: list[tuple[date, float, int]], title: str) -> str:
    """Team mean progress by day, positioned by date."""
    if not points:
        return ""
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    span = max(1, last - first)
    xy = [(50 + 530 * (d.toordinal() - first) / span if last > first else 315, 170 - 150 * v, d, v, n)
          for d, v, n in points]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y, *_ in xy)
    dots = "".join(f'<circle class=pt cx="{x:.1f}" cy="{y:.1f}" r="3"><title>{d.isoformat()}: '
                   f"{round(v * 100)} % ({n})</title></circle>" for x, y, d, v, n in xy[-200:])
    grid = "".join(f'<line class=ax x1="50" y1="{170 - 150 * f}" x2="580" y2="{170 - 150 * f}"/>'
                   f'<text x="44" y="{174 - 150 * f}" text-anchor="end">{round(f * 100)} %</text>'
                   for f in (0, 0.5, 1))
    labels = (f'<text x="50" y="190">{points[0][0].isoformat()}</text>'
              + (f'<text x="580" y="190" text-anchor="end">{points[-1][0].isoformat()}</text>' if last > first else ""))
    return (f'<svg viewBox="0 0 600 200" width="600" role="img" aria-label="{escape(title)}">{grid}'
            f'<polyline class=ln points="{line}"/>{dots}{labels}</svg>')
