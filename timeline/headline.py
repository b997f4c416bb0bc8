"""The headline of an entry: the most representative of its reports.

Of an entry's reports, the candidates are those that tell a statement (not
a noun-phrase fragment, `Event.fragment`), in at most ``HEADLINE_WORDS``
(30) words and not cut short ("…"); when none is, every report is. The
headline is the candidate closest to the others: the one whose content
words overlap the other reports' most, by the IDF-weighted Dice
coefficient 2·idf(A & B) / (idf(A) + idf(B)) (weights of
`timeline.similarity`) summed over them: a report telling what most sources
tell, not one source's aside, and not merely the shortest (the overlap
coefficient the merge uses would favour a short clause contained in every
other). Ties go to the entry's founding report (the most precisely dated
one). The entry's `summary` is that headline.
"""

from __future__ import annotations

from timeline.trace import because

HEADLINE_WORDS = 30


def headline(group, weights) -> tuple[str, tuple[str, ...]]:
    """(summary, reasons) for a merge group (its `reports`, founder first)."""
    reports = group.reports
    founder = reports[0]
    distinct = {}
    for r in reports:
        distinct.setdefault(r.ev.summary, r)
    if len(distinct) == 1:
        return founder.ev.summary, ()
    statements = [r for r in distinct.values() if not r.ev.fragment] or list(distinct.values())
    pool = [r for r in statements if _usable(r.ev)] or statements
    best, best_c = None, -1.0
    for r in pool:
        c = sum(_overlap(r.words, o.words, weights) for o in reports if o is not r)
        if c > best_c + 1e-9:
            best, best_c = r, c
    c = best.ev.citation
    return best.ev.summary, because(
        f"headline: the report of {c.file}:{c.line}, closest to the other {len(reports) - 1} "
        f"(weighted Dice overlap {best_c:.2f} in all) (headline.headline)")


def _usable(ev) -> bool:
    return not ev.fragment and len(ev.summary.split()) <= HEADLINE_WORDS and not ev.summary.endswith("…")


def _overlap(a, b, weights) -> float:
    total = weights.mass(a, a, b) + weights.mass(b, a, b)
    return 2 * weights.mass(a & b, a, b) / total if total else 0.0
