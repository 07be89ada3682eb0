"""Reading articles, and refusing bad ones with a message that names the file and the fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.documents import find_articles, read_document
from graph.errors import BadInputError, InputTooLargeError

ARTICLE = {
    "id": "test-wire-1",
    "url": "https://example.org/1",
    "title": "A title",
    "publisher": "Test Wire",
    "author": None,
    "published": "2024-02",
    "language": "en",
    "text": "North Korea shipped shells to Russia last month, officials said.",
}


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_article_json_is_read_with_its_metadata(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "a.article.json", json.dumps(ARTICLE)))
    assert (document.id, document.published, document.language) == ("test-wire-1", "2024-02", "en")
    assert document.text == ARTICLE["text"]


def test_text_file_takes_its_id_from_the_file_name(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "wire story.txt", "Headline here\r\n\r\nBody of the story."))
    assert document.id == "wire-story"
    assert document.title == "Headline here"
    assert "\r" not in document.text


def test_html_main_text_and_metadata_are_taken_out(tmp_path: Path) -> None:
    page = """<html lang="en"><head><title>Ships seen at Rason | Test Wire</title>
    <meta property="og:site_name" content="Test Wire"><meta name="author" content="Jane Roe">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
    <body><nav>Home | World | Subscribe now</nav><article><h1>Ships seen at Rason</h1>
    <p>Two cargo ships loaded containers at the port of Rason last week, according to satellite imagery
    reviewed by analysts who follow the trade between North Korea and Russia closely.</p>
    <p>The vessels then sailed north towards the Russian port of Vostochny, the analysts said in a report
    published on Tuesday, adding that the traffic had grown since the start of the year.</p></article>
    <footer>Copyright Test Wire. All rights reserved. Cookie settings.</footer></body></html>"""
    document = read_document(write(tmp_path, "rason.html", page))
    assert "Two cargo ships loaded containers" in document.text
    assert "Cookie settings" not in document.text and "Subscribe now" not in document.text
    assert document.published == "2024-03-05"
    assert document.author == "Jane Roe"


@pytest.mark.parametrize(
    ("name", "content", "fault"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.article.json", json.dumps({**ARTICLE, "text": "   "}), "field 'text' is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Corée du Nord et Russie".encode("latin-1"), "not UTF-8"),
        ("broken.article.json", '{"id": "x", "text": "abc"', "invalid JSON"),
        ("list.article.json", "[1, 2]", "JSON object"),
        ("noid.article.json", json.dumps({k: v for k, v in ARTICLE.items() if k != "id"}), "missing field 'id'"),
        ("notext.article.json", json.dumps({k: v for k, v in ARTICLE.items() if k != "text"}), "missing field 'text'"),
        ("baddate.article.json", json.dumps({**ARTICLE, "published": "last Tuesday"}), "field 'published'"),
        ("table.html", "<html><body><table><tr><td>1</td></tr></table></body></html>", "no article text"),
        ("notes.docx", "Some text", "unsupported file type"),
    ],
)
def test_bad_input_is_refused_naming_the_file(tmp_path: Path, name: str, content: bytes | str, fault: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(BadInputError) as refused:
        read_document(path)
    assert fault in str(refused.value)
    assert str(path) in str(refused.value)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "word " * 1000)
    with pytest.raises(InputTooLargeError, match="over the limit of 1000"):
        read_document(path, max_bytes=1000)


def test_folders_are_walked_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.article.json", "sub/c.html", "skip.md", "a.gold.json"):
        write(tmp_path, name, "x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_articles([tmp_path])]
    assert found == ["a.article.json", "b.txt", "sub/c.html"]


def test_a_text_file_takes_its_metadata_from_its_sidecar(tmp_path: Path) -> None:
    path = write(tmp_path, "note.txt", "Iran sent drones to Russia last month, officials said.")
    write(
        tmp_path,
        "note.meta.json",
        json.dumps({"published": "2025-06-02", "url": "https://example.org/n", "language": "en"}),
    )
    document = read_document(path)
    assert (document.published, document.url, document.language) == ("2025-06-02", "https://example.org/n", "en")
    assert list(find_articles([tmp_path])) == [path]  # the sidecar is no article of its own


def test_a_sidecar_holds_over_what_html_says(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Page title</title></head><body><article><p>"
        + "Iran sent drones. " * 20
        + "</p></article></body></html>"
    )
    path = write(tmp_path, "page.html", html)
    write(tmp_path, "page.meta.json", json.dumps({"title": "The real title", "id": "page-1"}))
    document = read_document(path)
    assert (document.title, document.id) == ("The real title", "page-1")


@pytest.mark.parametrize(
    ("sidecar", "fault"),
    [
        ('{"date": "2025"}', "its metadata note.meta.json: unknown field 'date'"),
        ('{"published": "June 2025"}', "its metadata note.meta.json: field 'published'"),
        ("[1, 2]", "its metadata note.meta.json: expected a JSON object"),
        ('{"published": ', "its metadata note.meta.json: invalid JSON"),
    ],
)
def test_a_bad_sidecar_refuses_its_article_naming_it(tmp_path: Path, sidecar: str, fault: str) -> None:
    path = write(tmp_path, "note.txt", "Iran sent drones to Russia.")
    write(tmp_path, "note.meta.json", sidecar)
    with pytest.raises(BadInputError) as refused:
        read_document(path)
    assert str(refused.value).startswith(fault)


def test_declared_metadata_fills_what_an_article_lacks_and_imposed_metadata_replaces(tmp_path: Path) -> None:
    from extractors.documents import declaring

    document = read_document(write(tmp_path, "a.article.json", json.dumps(ARTICLE)))
    kept = declaring(document, published="2020", language="fr")
    assert (kept.published, kept.language) == ("2024-02", "en")  # the article's own
    bare = read_document(write(tmp_path, "b.txt", "Iran sent drones to Russia."))
    filled = declaring(bare, published="2020", imposed={"title": "Given"})
    assert (filled.published, filled.title) == ("2020", "Given")
    with pytest.raises(BadInputError, match="field 'published'"):
        declaring(bare, published="last year")
