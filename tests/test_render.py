from datetime import date

from rich.console import Console

from timeline.model import Article
from timeline.render import chronology, format_date, literal, plain, source_line, source_list

from helpers_timeline import sample_timeline


def render(renderable) -> str:
    console = Console(width=120, force_terminal=False, color_system=None)
    with console.capture() as cap:
        console.print(renderable)
    return cap.get()


def test_dates_show_at_their_own_precision():
    assert format_date("2016-11-10", date(2016, 11, 10), date(2016, 11, 10), "day") == "10 Nov 2016"
    assert format_date("2016-11", date(2016, 11, 1), date(2016, 11, 30), "month") == "Nov 2016"
    assert format_date("2016", date(2016, 1, 1), date(2016, 12, 31), "year") == "2016"
    assert format_date("2024-11", date(2024, 11, 1), date(2024, 12, 31), "month") == "Nov–Dec 2024"
    assert format_date("2025-W02", date(2025, 1, 6), date(2025, 1, 12), "week") == "6–12 Jan 2025"
    assert format_date("2012-SU", date(2012, 6, 1), date(2012, 8, 31), "season") == "Summer 2012"
    assert format_date("2016-Q3", date(2016, 7, 1), date(2016, 9, 30), "quarter") == "Q3 2016"
    assert format_date("199", date(1990, 1, 1), date(1999, 12, 31), "decade") == "1990s"
    assert (format_date("P2M", date(2024, 11, 14), date(2025, 1, 14), "day")
            == "14 Nov 2024 – 14 Jan 2025")


def test_show_groups_by_year_with_citation_markers_and_sources():
    out = render(chronology(sample_timeline())) + render(source_list(sample_timeline().sources))
    assert out.index("2015") < out.index("2016") < out.index("2025")
    assert "10 Nov 2016" in out and "[1][2]" in out
    assert "expected: Contacts can be disclosed" in out
    assert "[1] Putin praises Trump — Lizzie Dearden, The Independent, 10 Nov 2016" in out
    assert "https://example.com/a" in out


def test_article_text_is_never_markup_or_terminal_control():
    hostile = "[bold red]boom[/] \x1b[2J\x1b]0;title\x07 ok"
    assert "\x1b" not in plain(hostile)
    assert render(literal(hostile)).startswith("[bold red]boom[/]")
    line = source_line(1, Article(path="[link=http://x]f.txt", text="", title="[blink]T"))
    assert "[link=http://x]f.txt" in render(line) and "[blink]T" in render(line)


def test_dates_view_puts_each_expression_on_one_line():
    from timeline.model import Mention
    from timeline.render import dates_table

    article = Article(path="a.txt", text="", published=date(2016, 11, 10), published_from="dateline")
    mentions = [
        Mention(0, 8, "Thursday", "2016-11-10", first=date(2016, 11, 10), last=date(2016, 11, 10),
                precision="day", anchor="publication", rule="weekday"),
        Mention(20, 39, "the past two months", "P2M", type="DURATION", first=date(2016, 9, 10),
                last=date(2016, 11, 10), anchor="publication", rule="duration"),
    ]
    out = render(dates_table(article, mentions)).splitlines()
    assert out[0] == "a.txt  published 10 Nov 2016 (dateline)"
    assert out[1].split() == ["0-8", '"Thursday"', "→", "2016-11-10", "day", "2016-11-10", "publication/weekday"]
    assert "P2M duration  2016-09-10…2016-11-10" in out[2]


def test_a_file_name_with_a_newline_stays_on_one_line():
    line = render(source_line(1, Article(path="new\nline.txt", text="", title="T")))
    assert "new\\nline.txt" in line
