"""Issue 11, inputs: one bad article never stops the rest (4), bounded reads
(8), alias amplification (9), symlinked folders (10), libyaml (11), no clock
(17), ids from names relative to the folder given (18).

Each point is a class of inputs; the tests take several members of each.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from bad_input_helpers import GOOD, GOOD_EVENT, runner, write
from timeline import pipeline
from timeline.cli import app
from timeline.errors import SourceError, TimelineError
from timeline.ingest import files, parse_article, read_article, safe_yaml
from timeline.actors.aliases import MAX_SPELLINGS, load_alias_file, read_alias_file

ROOT = Path(__file__).resolve().parents[2]
BODY = "\n\n# Envoys meet\n\nEnvoys met in Geneva on May 6, 2024 to talk about trade.\n"
COMMANDS = [["show", "--all"], ["export", "--format", "json", "--all"], ["export", "--format", "yaml", "--all"],
            ["dates", "--json"], ["sources"]]  # fmt: skip


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def run_timeline(*args, timeout=60, **kw):
    """The CLI in a child process: a hang fails the test instead of stopping the suite."""
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "timeline.cli", *map(str, args)],
        capture_output=True, timeout=timeout, env=env, **kw,
    )  # fmt: skip


def assert_rest_processed(result, bad: Path, corpus: Path, command: list[str]):
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.stderr
    assert str(corpus / "ok.txt") in out and str(bad) in out
    if command[0] in ("show", "export"):
        assert GOOD_EVENT in out
    if command[-2:] == ["json", "--all"] or command == ["dates", "--json"]:
        json.loads(out)
    out.encode("utf-8")  # no lone surrogate reached the output


# --- 4: hostile front matter and links, each class through every command --------------------

HOSTILE_FRONT = {
    "big-int-title": "title: " + "9" * 5000 + "\ndate: 2024-05-06\n",
    "big-int-date": "date: " + "1" * 4400 + "\n",
    "big-int-key": "9" * 5000 + ": x\ndate: 2024-05-06\n",
    "big-int-explicit-key": "? " + "9" * 5000 + "\n: x\ndate: 2024-05-06\n",
    "big-int-in-merge": "<<: {title: " + "9" * 5000 + "}\ndate: 2024-05-06\n",
    "big-int-in-author-list": "author: [Ann Lee, " + "7" * 5000 + "]\ndate: 2024-05-06\n",
    "tagged-big-int": "title: !!int " + "9" * 5000 + "\ndate: 2024-05-06\n",
    "tagged-big-float": "title: !!float 1e99999\ndate: 2024-05-06\n",
    "bad-timestamp-tag": "title: !!timestamp 2024-99-99\ndate: 2024-05-06\n",
    "flow-nesting-lists": "title: " + "[" * 1000 + "]" * 1000 + "\ndate: 2024-05-06\n",
    "flow-nesting-maps": "title: " + "{a: " * 900 + "b" + "}" * 900 + "\ndate: 2024-05-06\n",
    "flow-nesting-999": "title: " + "[" * 999 + "]" * 999 + "\ndate: 2024-05-06\n",
    "block-in-flow-nesting": "title: " + "[{a: " * 500 + "]" + "}]" * 499 + "\ndate: 2024-05-06\n",
    "lone-high-surrogate": 'title: "\\ud800"\ndate: 2024-05-06\n',
    "lone-low-surrogate": 'title: "x \\udfff y"\ndate: 2024-05-06\n',
    "escaped-emoji": 'title: "Party \\ud83c\\udf89"\ndate: 2024-05-06\n',
    "long-surrogate-escape": 'title: "\\U0000d800"\ndate: 2024-05-06\n',
    "surrogate-in-author-list": 'author: ["\\udc00 Ann", "Bo \\ud83d\\ude00"]\ndate: 2024-05-06\n',
    "surrogate-in-key": '"\\ud800": x\ntitle: ok\ndate: 2024-05-06\n',
    "json-front-matter": json.dumps({"title": "Party \U0001f389 \ud800", "date": "2024-05-06"}) + "\n",
    "ipv6-url": 'url: "http://[x/2024/05/06/a"\ndate: 2024-05-06\n',
    "ipv6-url-no-date": 'url: "https://[::1/2024/05/06/story"\n',
    "ipv6-source-alias": 'source: "http://[v1.x/2024/05/06/"\n',
    "bad-port-url": 'url: "http://example.com:99999999/2024/05/06/a"\n',
    "empty-authors": 'author: ["", " "]\ndate: 2024-05-06\n',
    "blank-authors": 'authors: ["\\t", "  "]\ndate: 2024-05-06\n',
    "recursive-alias": "title: &a [*a]\nauthor: &b [*b]\ndate: 2024-05-06\n",
}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c))
@pytest.mark.parametrize("front", list(HOSTILE_FRONT), ids=str)
def test_hostile_front_matter_leaves_the_rest_processed(tmp_path, front, command):
    corpus = tmp_path / "corpus"
    write(corpus / "ok.txt", GOOD)
    bad = write(corpus / "bad.md", "---\n" + HOSTILE_FRONT[front] + "---" + BODY)
    assert_rest_processed(cli(command[0], corpus, *command[1:]), bad, corpus, command)


HOSTILE_TEXT = {
    "ipv6-headline-link": "# [Envoys meet](http://[x/2024/05/06/envoys)\n\nMay 6, 2024\n\nEnvoys met in Geneva on Monday.\n",
    "ipv6-labelled-url": "Envoys meet\n\nOriginal url: http://[x/2024/05/06/a\n\nEnvoys met in Geneva on May 6, 2024.\n",
    "ipv6-bare-url": "Envoys meet\n\nhttps://[::1/2024/05/06/a\n\nEnvoys met in Geneva on May 6, 2024.\n",
    "ipv6-markdown-link-line": "Envoys meet\n\nSource: [here](http://[/2024/05/06/)\n\nEnvoys met in Geneva on May 6, 2024.\n",
}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c))
@pytest.mark.parametrize("text", list(HOSTILE_TEXT), ids=str)
def test_malformed_urls_in_the_text_leave_the_rest_processed(tmp_path, text, command):
    corpus = tmp_path / "corpus"
    write(corpus / "ok.txt", GOOD)
    bad = write(corpus / "bad.md", HOSTILE_TEXT[text])
    assert_rest_processed(cli(command[0], corpus, *command[1:]), bad, corpus, command)


def test_malformed_url_keeps_its_date_and_text():
    a = parse_article('---\nurl: "http://[x/2024/05/06/a"\n---' + BODY, "a.md")
    assert a.url == "http://[x/2024/05/06/a" and a.published == date(2024, 5, 6) and a.publisher is None


@pytest.mark.parametrize(
    "value, expected",
    [("Party \\ud83c\\udf89", "Party \U0001f389"), ("\\ud800", "\ufffd"), ("a\\udfffb", "a\ufffdb"),
     ("\\udc00\\ud800", "\ufffd\ufffd"), ("\\U0001F389", "\U0001f389"), ("\\\\ud800", "\\ud800")],
)  # fmt: skip
def test_surrogate_escapes_become_characters_or_replacements(value, expected):
    a = parse_article(f'---\ntitle: "{value}"\ndate: 2024-05-06\n---' + BODY, "a.md")
    assert a.title == expected and a.published == date(2024, 5, 6)


@pytest.mark.parametrize(
    "written, title",
    [("24:7", "24:7"), ("0x1F", "0x1F"), ("0o17", "0o17"), ("1e3", "1e3"), ("NO", "NO"), ("yes", "yes"),
     ("off", "off"), ("1_000", "1_000"), (".inf", ".inf"), ("1.50", "1.50"), ("2016", "2016"), ("true", "true"),
     ("2024-05-06", "2024-05-06"), ("'NO'", "NO"), ("~", None), ("null", None)],
)  # fmt: skip
def test_front_matter_text_fields_keep_their_source_text(written, title):
    text = f"---\ntitle: {written}\nauthor: {written}\npublisher: {written}\n---\nBody line.\n\nEnvoys met in Geneva.\n"
    a = parse_article(text, "a.md")
    expected = title if title is not None else None
    assert (a.title if title else None, a.author, a.publisher if title else None) == (expected, expected, expected)
    assert not [w for w in a.warnings if w.kind == "front-matter-field"]


def test_empty_author_list_is_no_author():
    a = parse_article('---\nauthor: ["", " "]\ndate: 2024-05-06\n---' + BODY, "a.md")
    assert a.author is None and a.published == date(2024, 5, 6)


@pytest.mark.parametrize("step", ["read_article", "analyse", "extract_events"])
@pytest.mark.parametrize("error", [ValueError("boom\nsecond line"), RecursionError("deep"), KeyError("k"), IndexError()])
def test_any_failure_on_one_article_is_a_warning_and_the_rest_is_processed(tmp_path, monkeypatch, step, error):
    corpus = tmp_path / "corpus"
    write(corpus / "ok.txt", GOOD)
    bad = write(corpus / "bad.txt", GOOD.replace("EU ministers", "The envoys").replace("Brussels", "Geneva"))
    import timeline.events
    import timeline.ingest

    module = {"read_article": timeline.ingest, "analyse": pipeline, "extract_events": timeline.events}[step]
    real = getattr(module, step)

    def failing(arg, *a, **kw):
        if "bad.txt" in str(getattr(getattr(arg, "article", arg), "path", arg)):
            raise error
        return real(arg, *a, **kw)

    monkeypatch.setattr(module, step, failing)
    for command in (["show", "--all"], ["export", "--format", "json", "--all"], ["sources"]):
        if command == ["sources"] and step == "extract_events":
            continue  # (sources finds no events)
        result = cli(command[0], corpus, *command[1:])
        assert result.exit_code == 0, result.stderr
        assert "Traceback" not in result.stdout + result.stderr
        assert GOOD_EVENT in result.stdout or command[0] == "sources"
        warning = next(line for line in result.stderr.splitlines() if str(bad) in line and "failed" in line)
        assert type(error).__name__ in warning
        if command[0] == "export":
            json.loads(result.stdout)


def test_failures_in_every_article_are_no_readable_sources(tmp_path, monkeypatch):
    write(tmp_path / "ok.txt", GOOD)
    monkeypatch.setattr(pipeline, "analyse", lambda a: 1 / 0)
    result = cli("show", tmp_path)
    assert result.exit_code == 1 and "ZeroDivisionError" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "content, problem",
    [("9" * 5000 + ": [x]\n", "not valid YAML"), ("? " + "9" * 5000 + "\n: [x]\n", "number too long"), ("Kilimnik: [" + "9" * 5000 + "]\n", "number too long"),
     ("Kilimnik: !!int " + "9" * 5000 + "\n", "number too long"), ("a: " + "[" * 1000 + "]" * 1000 + "\n", "not valid YAML"),
     ("Kilimnik: [\"\\ud800\"]\n", None), ("\"Party \\ud83c\\udf89\": [x]\n", None)],
)  # fmt: skip
def test_hostile_alias_files_are_clear_errors_or_clean_names(tmp_path, content, problem):
    p = write(tmp_path / "actors.yaml", content)
    if problem is None:
        names = [n for k, v in load_alias_file(p).items() for n in (k, *v)]
        assert all(n.encode("utf-8") for n in names) and names
        return
    with pytest.raises(TimelineError, match=problem) as err:
        load_alias_file(p)
    assert str(p) in str(err.value) and len(str(err.value)) < 300


def test_hostile_alias_file_beside_sources_is_a_plain_error(tmp_path):
    write(tmp_path / "ok.txt", GOOD)
    write(tmp_path / "actors.yaml", "Kilimnik: [" + "9" * 5000 + "]\n")
    result = cli("show", tmp_path, "--all")
    assert result.exit_code == 1 and "actors.yaml" in result.stderr and "Traceback" not in result.stderr


# --- 8: unbounded reads ----------------------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


@needs_fifo
@pytest.mark.parametrize("how", ["argument", "in-folder"])
def test_fifo_source_never_hangs(tmp_path, how):
    write(tmp_path / "ok.txt", GOOD)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    args = [fifo, tmp_path / "ok.txt"] if how == "argument" else [tmp_path]
    result = run_timeline("show", *args, "--all", timeout=60)
    assert result.returncode == 0, result.stderr
    assert GOOD_EVENT.encode() in result.stdout
    if how == "argument":
        assert b"not a regular file" in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null", "fifo", "folder"])
def test_alias_file_that_is_no_regular_file_never_hangs(tmp_path, device):
    write(tmp_path / "ok.txt", GOOD)
    if device == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        device = tmp_path / "aliases.yaml"
        os.mkfifo(device)
    elif device == "folder":
        device = tmp_path / "sub"
        device.mkdir()
    elif not os.path.exists(device):
        pytest.skip(f"no {device} here")
    start = time.monotonic()
    result = run_timeline("show", tmp_path / "ok.txt", "--actors", device, timeout=60)
    assert time.monotonic() - start < 30
    assert result.returncode == 1, result.stderr
    assert str(device).encode() in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_device_source_never_hangs(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(SourceError, match="not a regular file"):
        read_article(Path(device))


def test_huge_sparse_file_is_found_binary_from_its_first_bytes(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as out:
        out.truncate(3 * 1024**3)  # 3 GB of NULs, sparse: nothing on disk
    start = time.monotonic()
    with pytest.raises(SourceError, match="binary"):
        read_article(f)
    assert time.monotonic() - start < 10


def test_binary_head_stops_the_read_before_the_rest(tmp_path, monkeypatch):
    f = write(tmp_path / "x.txt", b"\x7fELF" + bytes(range(32)) * 4000 + b"text line\n" * 100_000)
    monkeypatch.setattr(files, "_read_rest", lambda *a: pytest.fail("read past the first bytes"))
    with pytest.raises(SourceError, match="binary"):
        read_article(f)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le-no-bom", "utf-16"])
def test_text_longer_than_the_sniff_is_still_text(tmp_path, encoding):
    text = GOOD + "Ministers spoke again on Wednesday about the budget. " * 3000 + "\n"
    data = text.encode("utf-16-le") if encoding == "utf-16-le-no-bom" else text.encode(encoding)
    a = read_article(write(tmp_path / "long.txt", data))
    assert a.published == date(2023, 3, 3) and a.text == text


def test_file_over_the_limit_is_read_up_to_it_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 1024 * 1024)
    line = "Ministers met again in Brussels on Monday to talk about the budget.\n"
    f = write(tmp_path / "big.txt", GOOD + line * 40_000)  # 2.7 MB
    a = read_article(f)
    assert len(a.text.encode()) <= 1024 * 1024 and a.text.endswith(line)
    assert [w.kind for w in a.warnings] == ["too-large"] and str(f) in str(a.warnings[0])


def test_file_over_fifty_megabytes_is_cut_with_a_warning(tmp_path):
    line = "Ministers met again in Brussels on Monday to talk about the budget once more.\n"
    f = tmp_path / "big.txt"
    with open(f, "w", encoding="utf-8") as out:
        out.write(GOOD)
        out.write(line * (51 * 1024 * 1024 // len(line)))
    text, problems = files.read_text(f)
    assert len(text) <= 50 * 1024 * 1024 and text.endswith(line)
    assert [p.kind for p in problems] == ["too-large"] and "50 MB" in str(problems[0]) and str(f) in str(problems[0])


def test_alias_file_over_its_limit_is_refused(tmp_path, monkeypatch):
    import timeline.actors.aliases as aliases

    monkeypatch.setattr(aliases, "MAX_BYTES", 1000)
    p = write(tmp_path / "actors.yaml", "".join(f"Name {i}: [Alias {i}]\n" for i in range(200)))
    with pytest.raises(TimelineError, match="larger than"):
        load_alias_file(p)


# --- 9: alias amplification ------------------------------------------------------------------


def _amplified(keys: int, names: int) -> str:
    first = "A: &names [" + ", ".join(f"Name{i}" for i in range(names)) + "]\n"
    return first + "".join(f"K{i}: *names\n" for i in range(keys))


@pytest.mark.parametrize("keys, names", [(20_000, 2_000), (200, 100_000), (50_000, 1)])
def test_alias_amplification_is_bounded_with_a_warning(tmp_path, keys, names):
    p = write(tmp_path / "actors.yaml", _amplified(keys, names))
    start = time.monotonic()
    aliases, problems = read_alias_file(p)
    assert time.monotonic() - start < 20
    assert sum(1 + len(v) for v in aliases.values()) <= MAX_SPELLINGS
    assert [w.kind for w in problems] == ["alias-limit"] and str(p) in str(problems[0])


def test_amplified_alias_file_beside_sources_runs_quickly_and_warns(tmp_path):
    write(tmp_path / "ok.txt", GOOD)
    write(tmp_path / "actors.yaml", _amplified(20_000, 2_000))
    start = time.monotonic()
    result = run_timeline("show", tmp_path, "--all", timeout=120)
    assert time.monotonic() - start < 60
    assert result.returncode == 0 and GOOD_EVENT.encode() in result.stdout
    assert b"actors.yaml" in result.stderr and str(MAX_SPELLINGS).encode() in result.stderr


def test_alias_file_within_the_bound_is_read_whole(tmp_path):
    p = write(tmp_path / "actors.yaml", _amplified(100, 10))
    aliases, problems = read_alias_file(p)
    assert problems == [] and len(aliases) == 101


def test_front_matter_anchors_expand_in_bounded_time():
    lol = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
    )
    start = time.monotonic()
    a = parse_article("---\n" + lol + "author: *i\ntitle: *i\ndate: 2024-05-06\n---" + BODY, "a.md")
    assert time.monotonic() - start < 10 and a.published == date(2024, 5, 6)


# --- 10: symlinked folders -------------------------------------------------------------------


def test_symlinked_folder_out_of_the_tree_is_not_followed(tmp_path):
    outside = tmp_path / "outside"
    write(outside / "far.txt", GOOD.replace("EU ministers", "Far ministers"))
    corpus = tmp_path / "corpus"
    write(corpus / "ok.txt", GOOD)
    (corpus / "usr").symlink_to(outside, target_is_directory=True)
    (corpus / "up").symlink_to(tmp_path, target_is_directory=True)
    found, warnings = files.find_sources([corpus])
    assert found == [corpus / "ok.txt"]
    assert sorted(w.file for w in warnings if w.kind == "outside-folder") == [str(corpus / "up"), str(corpus / "usr")]
    result = cli("show", corpus, "--all")
    assert result.exit_code == 0 and "Far ministers" not in result.stdout and str(corpus / "usr") in result.stderr


def test_symlinked_folder_inside_the_tree_and_a_symlinked_root_are_followed(tmp_path):
    real = tmp_path / "real"
    write(real / "a" / "ok.txt", GOOD)
    (real / "b").symlink_to(real / "a", target_is_directory=True)  # the same files: read once
    (real / "c").symlink_to("a", target_is_directory=True)
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    for root in (real, link):
        found, warnings = files.find_sources([root])
        assert found == [root / "a" / "ok.txt"] and not [w for w in warnings if w.kind == "outside-folder"]


def test_system_folder_symlink_is_skipped_quickly(tmp_path):
    write(tmp_path / "ok.txt", GOOD)
    (tmp_path / "usr").symlink_to("/usr", target_is_directory=True)
    start = time.monotonic()
    found, warnings = files.find_sources([tmp_path])
    assert time.monotonic() - start < 5 and found == [tmp_path / "ok.txt"]


# --- 11: libyaml -----------------------------------------------------------------------------


def test_libyaml_is_used_where_present():
    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML without libyaml")
    assert issubclass(safe_yaml.SafeLoader, yaml.CSafeLoader) and issubclass(safe_yaml.TextLoader, yaml.CSafeLoader)


DOCS = [
    "title: 24:7\nauthor: [Ann, 0x1F, NO]\ndate: 2024-05-06\n",
    "title: 'x'\nurl: https://example.com/a\nextra: {a: [1, 2, {b: c}]}\n",
    "base: &b {title: Merged, author: Bo}\n<<: *b\ndate: 2024-05-06\n",
    'title: "Party \\ud83c\\udf89"\npublished: "2024-05-06"\n',
    "Title: upper\nAUTHORS: [a, b]\nsite_name: Site\n",
    "title: |\n  two\n  lines\n",
]


@pytest.mark.parametrize("doc", DOCS)
def test_c_and_python_loaders_give_the_same_front_matter(doc):
    class PyText(yaml.SafeLoader):
        resolve = safe_yaml.TextLoader.resolve
        descend_resolver = safe_yaml.TextLoader.descend_resolver
        ascend_resolver = safe_yaml.TextLoader.ascend_resolver
        _NULLS = safe_yaml.TextLoader._NULLS

    from timeline.ingest.front_matter import _wanted

    full = safe_yaml.clean(yaml.load(doc, Loader=PyText))
    fast = safe_yaml.load_fields(doc, _wanted)
    assert fast == {k: (v if _wanted(k) else None) for k, v in full.items()}
    assert safe_yaml.load_fields(doc, _wanted, PyText) == fast


@pytest.mark.parametrize("doc", ["Kilimnik: [Klimnik]\nAirbus SE: Airbus\nNobody:\n", "a: [1, 2]\nb: {c: d}\n"])
def test_c_and_python_loaders_give_the_same_alias_file(doc):
    class Py(yaml.SafeLoader):
        pass

    Py.yaml_implicit_resolvers = safe_yaml.SafeLoader.yaml_implicit_resolvers
    assert safe_yaml.load(doc) == yaml.load(doc, Loader=Py)


def test_refused_tag_anywhere_refuses_the_front_matter():
    a = parse_article("---\ntitle: ok\nextra: !!python/object/apply:os.system ['true']\n---" + BODY, "a.md")
    assert a.title == "Envoys meet" and any("safe loading only" in str(w) for w in a.warnings)


def test_front_matter_builds_only_its_fields(monkeypatch):
    built = []
    table = yaml.constructor.SafeConstructor.yaml_constructors
    real = table["tag:yaml.org,2002:str"]
    monkeypatch.setitem(table, "tag:yaml.org,2002:str", lambda self, node: built.append(1) or real(self, node))
    tags = "tags: [" + ", ".join(f"t{i}" for i in range(100_000)) + "]\n"
    a = parse_article("---\n" + tags + "title: Big\ndate: 2024-05-06\n---" + BODY, "a.md")
    assert (a.title, a.published) == ("Big", date(2024, 5, 6))
    assert len(built) < 10  # the pure-Python loader of old built all 100,000 tags (1,000,000 took 31 s)


# --- 17: nothing depends on the clock or the time zone ---------------------------------------


@pytest.mark.parametrize(
    "text",
    ["---\ndate: 2090-01-01\n---" + BODY, "Envoys meet\n\nJanuary 1, 2090\n\nEnvoys met in Geneva on Monday.\n",
     "Envoys meet\n\nhttps://example.com/2090/01/01/envoys\n\nEnvoys met in Geneva on Monday.\n",
     "Envoys meet\n\nDate: 1 January 2090\n\nEnvoys met in Geneva on Monday.\n",
     "Envoys met in Geneva on Monday to talk about trade and tariffs.\n\nThis article was first published on 1 January 2090.\n"],
)  # fmt: skip
def test_a_stated_date_is_taken_whatever_the_clock(text):
    a = parse_article(text, "a.txt")
    assert a.published == date(2090, 1, 1) and not [w for w in a.warnings if w.kind in ("future-date", "front-matter-date")]


def test_the_library_keeps_an_explicit_limit():
    a = parse_article("---\ndate: 2090-01-01\n---" + BODY, "a.md", today=date(2025, 1, 1))
    assert a.published is None and any("future" in str(w) for w in a.warnings)


def test_single_article_far_in_the_future_has_no_warning(tmp_path):
    write(tmp_path / "a.md", "---\ndate: 2090-01-01\n---" + BODY)
    corpus = pipeline.read_corpus([tmp_path])
    assert corpus.articles[0].published == date(2090, 1, 1)
    assert not [w for w in corpus.warnings if w.kind == "future-date"]


@pytest.mark.parametrize("days, warned", [(30, False), (2 * 365, False), (2 * 365 + 1, True), (365 * 900, True)])
def test_an_article_long_after_all_others_is_kept_with_a_warning(tmp_path, days, warned):
    write(tmp_path / "ok.txt", GOOD)  # March 3, 2023
    later = date(2023, 3, 3) + timedelta(days=days)
    write(tmp_path / "a.md", f"---\ndate: {later.isoformat()}\n---" + BODY)
    write(tmp_path / "b.md", "---\ndate: 2022-01-01\n---" + BODY.replace("Geneva", "Oslo"))
    corpus = pipeline.read_corpus([tmp_path])
    assert {a.published for a in corpus.articles} == {date(2023, 3, 3), later, date(2022, 1, 1)}
    flagged = [w.file for w in corpus.warnings if w.kind == "future-date"]
    assert flagged == ([str(tmp_path / "a.md")] if warned else [])


def _today_in(zone_hours: int) -> date:
    return datetime.now(timezone(timedelta(hours=zone_hours))).date()


def test_output_does_not_depend_on_the_time_zone(tmp_path):
    # Kiritimati (UTC+14) is a day ahead of Los Angeles (UTC-8) for 22 hours of every 24.
    day = _today_in(14)
    write(tmp_path / "ok.txt", GOOD)
    write(tmp_path / "kiritimati.md", f"---\ndate: {day.isoformat()}\n---\n# Envoys meet\n\nEnvoys met in Geneva yesterday.\n")
    outs = []
    for tz in ("Pacific/Kiritimati", "America/Los_Angeles", "UTC"):
        env = dict(os.environ, TZ=tz, NO_COLOR="1")
        r = subprocess.run([sys.executable, "-m", "timeline.cli", "export", str(tmp_path), "--format", "json", "--all"],
                           capture_output=True, env=env, timeout=120)  # fmt: skip
        assert r.returncode == 0, r.stderr
        outs.append((r.stdout, r.stderr))
    assert outs[0] == outs[1] == outs[2]
    assert day.isoformat() in outs[0][0].decode()


# --- 18: ids and order from names relative to the folder given -------------------------------


def _ids(*args, cwd):
    r = subprocess.run([sys.executable, "-m", "timeline.cli", "export", *map(str, args), "--format", "json", "--all"],
                       capture_output=True, cwd=cwd, env=dict(os.environ, NO_COLOR="1"), timeout=120, check=True)  # fmt: skip
    record = json.loads(r.stdout)
    return [(e["id"], e["date"], e["summary"], [c["line"] for c in e["citations"]]) for e in record["events"]]


def test_ids_and_order_do_not_depend_on_how_the_folder_is_written_or_named(tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "sources", tmp_path / "elsewhere" / "renamed-corpus")
    relative = _ids("sources", cwd=tmp_path)
    assert _ids(tmp_path / "sources", cwd=tmp_path) == relative
    assert _ids("./sources/", cwd=tmp_path) == relative
    assert _ids("elsewhere/renamed-corpus", cwd=tmp_path) == relative
    assert _ids("renamed-corpus", cwd=tmp_path / "elsewhere") == relative


def test_a_file_given_by_itself_is_known_by_its_name(tmp_path):
    write(tmp_path / "one" / "ok.txt", GOOD)
    write(tmp_path / "two" / "deeper" / "ok.txt", GOOD)
    first = _ids(tmp_path / "one" / "ok.txt", cwd=tmp_path)
    assert first == _ids("two/deeper/ok.txt", cwd=tmp_path) and first


def test_named_sources_are_relative_to_the_folder_given(tmp_path):
    write(tmp_path / "c" / "sub" / "x.txt", GOOD)
    write(tmp_path / "y.md", GOOD)
    named, _ = files.find_named_sources([tmp_path / "c", tmp_path / "y.md"])
    assert named == [(tmp_path / "c" / "sub" / "x.txt", "sub/x.txt"), (tmp_path / "y.md", "y.md")]
    corpus = pipeline.read_corpus([tmp_path / "c"])
    assert corpus.articles[0].name == "sub/x.txt" and corpus.articles[0].path == str(tmp_path / "c" / "sub" / "x.txt")


def test_dates_command_keeps_going_when_one_article_fails_to_date(tmp_path, monkeypatch):
    """`timeline dates` dates each article on its own: one that fails is a warning, the rest are listed."""
    import json as _json

    from typer.testing import CliRunner

    import timeline.pipeline as pipeline
    from timeline.cli import app

    (tmp_path / "good.txt").write_text("---\ndate: 2020-01-02\n---\nIt rained on Monday.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("---\ndate: 2020-01-02\n---\nIt snowed on Tuesday.\n", encoding="utf-8")
    real = pipeline.article_dates

    def flaky(article):
        if article.path.endswith("bad.txt"):
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "article_dates", flaky)
    result = CliRunner().invoke(app, ["dates", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    data = _json.loads(result.stdout)
    assert [s["file"].rsplit("/", 1)[-1] for s in data["sources"]] == ["good.txt"]
    assert "bad.txt" in result.stderr and "RuntimeError" in result.stderr
