"""The HTML page: self-contained, every entry shown, article text inert, filters that work.

The browser tests run the page in headless Chromium (`apt-get install chromium`;
`.ci/run` installs it) from a file:// URL with every host unresolvable; they
skip, saying why, only when no Chromium is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.export.html import html_page
from timeline.query import Query

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH: apt-get install -y chromium")
TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "form", "label", "select",
        "option", "output", "main", "section", "div", "span", "ol", "ul", "li", "a", "script"}


class Tags(HTMLParser):
    """Every start tag and attribute of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(page: str):
    parser = Tags()
    parser.feed(page)
    return parser.tags


def check_inert(page: str) -> None:
    """Only the page's own tags; no handler attribute; links http(s) only; nothing loaded from anywhere."""
    found = tags(page)
    assert {t for t, _ in found} <= TAGS
    for tag, attrs in found:
        assert not [a for a in attrs if a.startswith("on") or a in ("src", "style", "srcset", "formaction")]
        if "href" in attrs:
            assert re.match(r"https?://", attrs["href"])
    assert [t for t, _ in found].count("script") == 1 and [t for t, _ in found].count("style") == 1


def test_bundled_page_is_self_contained(bundled):
    page = html_page(bundled, Query())
    check_inert(page)
    assert "default-src 'none'" in page
    entries = [a for t, a in tags(page) if t == "li" and "entry" in (a.get("class") or "").split()]
    assert [a["id"] for a in entries] == [f"e-{e.id}" for e in bundled.entries]
    urls = {a.url for a in bundled.sources if a.url}
    assert all(f'href="{u}"' in page for u in urls)


def test_a_month_looks_like_a_month_and_a_day_like_a_day(bundled):
    page = html_page(bundled, Query())
    widths = {m[0]: float(m[1]) for m in re.findall(r"#e-(\w+) \.bar\{left:[\d.]+%;width:([\d.]+)%\}", page)}
    for e in bundled.entries:
        if e.precision == "day":
            assert widths[e.id] < 0.3
        elif e.precision == "month" and e.first.month == e.last.month:
            assert 7.5 < widths[e.id] < 8.6
        elif e.precision == "year":
            assert widths[e.id] == 100


def test_hostile_text_is_escaped(hostile):
    page = html_page(hostile, Query())
    check_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "\u202e" not in page


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # frozen: never changed
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_article_text_stays_text(hostile, text):
    from dataclasses import replace

    entries = tuple(replace(e, summary=text, actors=(text,)) for e in hostile.entries)
    sources = tuple(replace(a, title=text, publisher=text, url=text) for a in hostile.sources)
    check_inert(html_page(replace(hostile, entries=entries, sources=sources), Query()))


def browse(page: str, tmp_path, fragment: str = "") -> tuple[str, str]:
    """The DOM Chromium builds from the page once its script ran, and Chromium's log (console lines included)."""
    path = tmp_path / "timeline.html"
    path.write_text(page, encoding="utf-8")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
         "--enable-logging=stderr", "--v=0", "--dump-dom", path.as_uri() + fragment],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def console(log: str) -> list[str]:
    """What the page wrote to the console: errors, CSP refusals, anything (the page itself logs nothing)."""
    return [line for line in log.splitlines() if ":CONSOLE" in line]


def shown(dom: str) -> list[str]:
    return [a["id"] for t, a in tags(dom) if t == "li" and "entry" in (a.get("class") or "").split() and "hidden" not in a]


@needs_chromium
def test_chromium_shows_every_entry_without_console_errors(bundled, tmp_path):
    dom, log = browse(html_page(bundled, Query()), tmp_path)
    assert console(log) == []
    root = dict(tags(dom))["html"]
    assert root.get("data-ready") == "true" and "data-errors" not in root
    assert shown(dom) == [f"e-{e.id}" for e in bundled.entries]
    assert f"{len(bundled.entries)} of {len(bundled.entries)} shown" in dom


@needs_chromium
def test_chromium_reports_a_broken_page(tmp_path):
    """The check above can fail: a script error reaches the console Chromium logs."""
    _, log = browse("<!DOCTYPE html><p>x</p><script>undefinedFunction()</script>", tmp_path)
    assert any("undefinedFunction" in line for line in console(log))


@needs_chromium
def test_chromium_filters_by_actor_year_and_source(bundled, tmp_path):
    page = html_page(bundled, Query())
    actors = sorted({a for e in bundled.entries for a in e.actors}, key=str.casefold)
    putin = actors.index("Vladimir Putin") + 1
    dom, log = browse(page, tmp_path, f"#actor={putin}&year=2016")
    assert console(log) == []
    want = [f"e-{e.id}" for e in bundled.entries if "Vladimir Putin" in e.actors and e.first.year == 2016]
    assert want and shown(dom) == want
    dom, _ = browse(page, tmp_path, "#source=1")
    cited = [f"e-{e.id}" for e in bundled.entries if any(c.file == bundled.sources[0].path for c in e.citations)]
    assert cited and shown(dom) == cited


@needs_chromium
def test_chromium_runs_no_article_script(hostile, tmp_path):
    dom, log = browse(html_page(hostile, Query()), tmp_path)
    assert console(log) == []  # alert() would not log, but a blocked or failing script would
    assert "<img" not in dom and "<script>alert" not in dom
    assert shown(dom) == ["e-e1", "e-e2"]


def test_committed_example_page_is_current(monkeypatch):
    from pathlib import Path

    from typer.testing import CliRunner

    from timeline.cli import app

    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["export", "sources", "--format", "html", "-q"])
    assert result.exit_code == 0
    assert result.stdout == (root / "examples" / "timeline.html").read_text(encoding="utf-8"), (
        "examples/timeline.html is stale: run ./examples/render-html.sh (it redraws examples/timeline.png too)"
    )
