"""Issue 5, front matter: unclosed `---`, invalid YAML, a `date` that is not a
date, impossible or in the future, and YAML tags that would build objects
(refused: safe loading only).

Each is a warning naming the file and the problem; the article is still read,
its metadata detected from the text instead.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bad_input_helpers import GOOD, GOOD_EVENT, TODAY, runner, write
from timeline.cli import app
from timeline.ingest import read_article


def fm_article(tmp_path, front: str, body: str = "# Ministers meet\n\nMinisters met on Monday.\n"):
    f = write(tmp_path / "fm.md", front + body)
    return read_article(f, today=TODAY), str(f)


def test_front_matter_unclosed(tmp_path):
    a, name = fm_article(tmp_path, "---\ntitle: The real title\ndate: 2024-05-06\n\n")
    assert any(name in w and "never closed" in w for w in map(str, a.warnings))
    assert (a.title, a.published) == ("The real title", date(2024, 5, 6))
    assert [a.text[s:e] for s, e in a.content] == ["Ministers meet", "Ministers met on Monday."]


def test_front_matter_invalid_yaml(tmp_path):
    a, name = fm_article(tmp_path, "---\ntitle: [unclosed\ndate: 2024-05-06\n---\n")
    assert any(name in w and "not valid YAML" in w for w in map(str, a.warnings))
    assert a.title == "Ministers meet" and a.published is None
    assert a.text[a.body_start :].startswith("# Ministers meet")


@pytest.mark.parametrize(
    "value, problem",
    [
        ("next week", "not a date"),
        ("2024", "not a date"),
        ("[2024, 5]", "not a date"),
        ("2024-13-45", "impossible"),
        ("2024-02-30", "impossible"),
        ((TODAY + timedelta(days=1)).isoformat(), "future"),
        ("1 January 2099", "future"),
    ],
)
def test_front_matter_bad_dates_are_warnings_and_ignored(tmp_path, value, problem):
    a, name = fm_article(tmp_path, f"---\ntitle: Kept\ndate: {value}\n---\n", "# Ministers meet\n\nMinisters met.\n")
    assert any(name in w and problem in w for w in map(str, a.warnings)), a.warnings
    assert a.title == "Kept"
    assert a.published is None and a.published_from == "unknown"


def test_front_matter_bad_date_falls_back_to_the_dateline(tmp_path):
    a, _ = fm_article(tmp_path, "---\ndate: 2024-13-45\n---\n", "# Ministers meet\n\nMarch 3, 2023\n\nMinisters met.\n")
    assert (a.published, a.published_from) == (date(2023, 3, 3), "dateline")


def test_front_matter_dates_in_yaml_forms(tmp_path):
    for value in ("2024-05-06", "'2024-05-06'", "2024-05-06T10:00:00Z", "May 6, 2024"):
        a, _ = fm_article(tmp_path, f"---\ndate: {value}\n---\n")
        assert (a.published, a.published_from) == (date(2024, 5, 6), "front-matter"), value


def test_front_matter_python_object_tag_is_refused(tmp_path):
    marker = tmp_path / "pwned"
    front = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\ndate: 2024-05-06\n---\n"
    a, name = fm_article(tmp_path, front)
    assert not marker.exists()
    assert any(name in w and "refused" in w for w in map(str, a.warnings))
    assert a.title == "Ministers meet"  # detected from the text instead


def test_front_matter_that_is_not_a_mapping(tmp_path):
    a, name = fm_article(tmp_path, "---\n- just\n- a list\n---\n")
    assert any(name in w and "front matter" in w for w in map(str, a.warnings))
    assert a.title == "Ministers meet"


def test_front_matter_with_non_text_field(tmp_path):
    a, name = fm_article(tmp_path, "---\ntitle: {a: 1}\nauthor: Ann Author\n---\n")
    assert a.author == "Ann Author" and a.title == "Ministers meet"
    assert any(name in w and "title" in w for w in map(str, a.warnings))


def test_only_front_matter_and_no_text(tmp_path):
    a, name = fm_article(tmp_path, "---\ntitle: Only metadata\n---\n", "")
    assert a.title == "Only metadata" and a.content == ()
    assert any(name in w for w in map(str, a.warnings))


def test_a_leading_horizontal_rule_is_not_front_matter(tmp_path):
    a, name = fm_article(tmp_path, "---\n\n")
    assert not any("never closed" in w or "YAML" in w for w in map(str, a.warnings))
    assert a.title == "Ministers meet"


# --- through the CLI: a warning naming the file and the problem, the rest processed ----------------

BODY = "# Envoys meet in Geneva\n\nEnvoys met in Geneva on March 7, 2023 to discuss trade.\n"
PWNED = "PWNED"


@pytest.mark.parametrize(
    "front, problem",
    [
        ("---\ntitle: Envoys meet\ndate: 2023-03-08\n\n", "front matter opened with '---' is never closed"),
        ("---\ntitle: [unclosed\ndate: 2023-03-08\n---\n", "front matter is not valid YAML at line 3"),
        ("---\ndate: next week\n---\n", "front matter date 'next week' is not a date (write YYYY-MM-DD); ignored"),
        ("---\ndate: 2024-13-45\n---\n", "front matter date '2024-13-45' is an impossible date; ignored"),
        ("---\ndate: 2999-01-01\n---\n", "publication date 2999-01-01 is more than two years after every other article's"),
        (
            f"---\ntitle: !!python/object/apply:os.system ['touch {PWNED}']\ndate: 2023-03-08\n---\n",
            "front matter refused (safe loading only",
        ),
    ],
    ids=["unclosed", "invalid-yaml", "not-a-date", "impossible", "future", "python-object"],
)
@pytest.mark.parametrize("command", [["show", "--all"], ["export", "--format", "yaml", "--all"], ["dates", "--json"]])
def test_cli_front_matter_problem_is_a_warning_and_the_rest_is_processed(tmp_path, monkeypatch, front, problem, command):
    monkeypatch.chdir(tmp_path)  # where the refused tag would have written its file
    corpus = tmp_path / "corpus"
    write(corpus / "ok.txt", GOOD)
    fm = write(corpus / "fm.md", front + BODY)
    result = runner.invoke(app, [command[0], str(corpus), *command[1:]])
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.stderr
    assert f"warning: {fm}: {problem}" in result.stderr
    assert "skipped" not in result.stderr
    assert str(corpus / "ok.txt") in result.stdout and str(fm) in result.stdout
    if command[0] != "dates":
        assert GOOD_EVENT in result.stdout and "Envoys met in Geneva" in result.stdout
    assert not (tmp_path / PWNED).exists()


def test_front_matter_date_made_of_yaml_aliases_is_named_not_printed(tmp_path):
    # Each level repeats the one before nine times: tiny YAML, 9**6 strings when printed.
    front = '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdef":
        front += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    a, name = fm_article(tmp_path, front + f"date: *{previous}\n---\n")
    assert f"{name}: front matter date (a list) is not a date (write YYYY-MM-DD); ignored" in map(str, a.warnings)
    assert not any("lol" in w for w in map(str, a.warnings))
    assert a.title == "Ministers meet"
