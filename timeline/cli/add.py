"""`timeline add URL...`: fetch web pages and save each article into the sources folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from timeline.cli.app import app
from timeline.cli.common import DEFAULT_SOURCES, consoles, user_errors

Urls = Annotated[list[str], typer.Argument(metavar="URL...", help="Web pages of news articles to fetch.", show_default=False)]
To = Annotated[Path, typer.Option("--to", help="Folder to save the articles in.", file_okay=False)]


@app.command(epilog="Examples:\n\n  timeline add https://example.org/news/story.html\n\n  timeline add URL1 URL2 --to sources/")
def add(urls: Urls, to: To = DEFAULT_SOURCES) -> None:
    """Fetch each page, extract its article and save it as Markdown with front matter.

    Prints where each went; a page already saved (same URL or same text) is
    refused with a note; a page that cannot be had is an error naming the URL,
    and the others are still added (exit code 1 when any failed).
    """
    with user_errors():
        from rich.text import Text

        from timeline.ingest.fetch import FetchError, fetch_page, save_page, saved_in
        from timeline.output import write_view
        from timeline.render import plain

        _, err = consoles()
        saved, failed = saved_in(to), 0
        status = err.status("") if err.is_terminal and len(urls) > 1 else None
        if status:
            status.start()
        try:
            for i, url in enumerate(urls, 1):
                if status:
                    status.update(Text(plain(f"fetching {i}/{len(urls)}: {url}")))
                try:
                    page = fetch_page(url)
                except FetchError as e:
                    failed += 1
                    err.print(Text("error: ", style="bold red") + Text(plain(str(e))), soft_wrap=True)
                    continue
                held = saved.holding(page, url)
                if held:
                    err.print(Text(plain(f"note: {url}: already saved as {held}; not added")), soft_wrap=True)
                    continue
                path = save_page(page, url, to)
                saved.add(page, url, str(path))
                write_view(f"{path}\n")
        finally:
            if status:
                status.stop()
        if failed:
            raise typer.Exit(1)
