"""`timeline add URL...` against a local HTTP server on 127.0.0.1 serving saved pages."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.ingest import read_article
from timeline.ingest.fetch import FetchError, fetch_page

PAGES = Path(__file__).parent.parent / "data" / "pages"
runner = CliRunner()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the stdlib's name)
        if self.path == "/slow.html":
            time.sleep(3)
        name = self.path.strip("/").split("?")[0]
        kind = "text/plain" if name.endswith(".txt") else "text/html; charset=utf-8"
        body = (PAGES / name).read_bytes() if name and (PAGES / name).is_file() else None
        if name.endswith(".txt"):
            body = b"plain text"
        if name == "chrome.html":
            body = b"<html><body><nav><a href='/'>Home</a></nav><footer>2024</footer></body></html>"
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    """Closing waits for every request's thread, and a client that hung up
    (the timeout test) is no error: nothing is written to stderr later, in
    another test's captured output."""

    daemon_threads = False
    block_on_close = True

    def handle_error(self, request, client_address):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def add(*args):
    result = runner.invoke(app, ["add", *map(str, args)])
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def test_add_saves_markdown_with_front_matter(server, tmp_path):
    result = add(f"{server}/jsonld-asian-markets-surge.html", "--to", tmp_path)
    assert result.exit_code == 0, result.stderr
    saved = tmp_path / "2020-09-08-asian-markets-surge-tuesday.md"
    assert result.stdout == f"{saved}\n"
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Asian Markets Surge Tuesday\ndate: 2020-09-08\n")
    article = read_article(saved)
    assert (article.title, article.author, article.publisher) == ("Asian Markets Surge Tuesday", "VOA News", "Voice of America")
    assert article.url == "https://www.voanews.com/economy-business/asian-markets-surge-tuesday"
    quotes = [article.text[s:e] for s, e in article.content]
    assert quotes[1].startswith("Asian markets rebounded strongly Tuesday")  # the first paragraph is prose, not a title
    assert "Most read" not in text and "2019" not in text


def test_add_quotes_front_matter_safely(server, tmp_path, monkeypatch):
    from timeline.ingest import fetch

    page = fetch_page(f"{server}/meta-atlantis-launch.html")
    odd = fetch.Page(page.text, 'Atlantis: "go" #1 - yes', "O'Brien: NASA", page.publisher, page.url, page.dated)
    path = fetch.save_page(odd, page.url, tmp_path)
    article = read_article(path)
    assert (article.title, article.author) == ('Atlantis: "go" #1 - yes', "O'Brien: NASA")
    assert not article.warnings


def test_add_refuses_a_page_already_saved(server, tmp_path):
    url = f"{server}/meta-atlantis-launch.html"
    assert add(url, "--to", tmp_path).exit_code == 0
    again = add(url, "--to", tmp_path)
    assert again.exit_code == 0 and again.stdout == "" and "already saved" in again.stderr
    # the same text under another URL (the saved file names the canonical URL, the request another)
    copy = add(f"{server}/meta-atlantis-launch.html?utm_source=feed", "--to", tmp_path)
    assert "already saved" in copy.stderr and len(list(tmp_path.glob("*.md"))) == 1


def test_failures_name_url_and_status_and_the_rest_are_added(server, tmp_path):
    missing, good = f"{server}/gone.html", f"{server}/url-fed-cut.htm"
    refused = "http://127.0.0.1:9/story.html"
    result = add(missing, f"{server}/chrome.html", f"{server}/notes.txt", refused, good, "--to", tmp_path)
    assert result.exit_code == 1
    assert f"{missing}: HTTP 404" in result.stderr
    assert f"{server}/chrome.html: no article text found" in result.stderr
    assert f"{server}/notes.txt: not an HTML page (Content-Type text/plain)" in result.stderr
    assert f"{refused}: connection refused" in result.stderr
    assert result.stdout.strip().endswith("2007-09-18-us-central-bank-cuts-key-interest-rate-by-bold-half.md")


def test_timeout_names_the_url(server):
    with pytest.raises(FetchError) as raised:
        fetch_page(f"{server}/slow.html", timeout=0.5)
    assert "timed out after 0.5 s" in str(raised.value) and "/slow.html" in str(raised.value)


def test_not_a_web_url(tmp_path):
    result = add("file:///etc/passwd", "--to", tmp_path)
    assert result.exit_code == 1 and "not an http:// or https:// URL" in result.stderr
