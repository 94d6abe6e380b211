"""Main-text extraction from article pages (teaser-only feeds) and teaser detection."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.content import fulltext
from bot.content.fulltext import extract_main_text, is_teaser
from tests.support.articles import load_articles
from tests.support.pages import article_page

URL = "https://meridian.example/world/2025/03/story"
ARTICLES = load_articles()


@pytest.mark.parametrize("article", ARTICLES[:10], ids=[a["id"] for a in ARTICLES[:10]])
def test_article_text_is_extracted_without_page_chrome(article: dict) -> None:
    page = article_page(article["title"], article["paragraphs"])
    assert extract_main_text(page, URL) == article["paragraphs"]


def test_every_dataset_article_round_trips() -> None:
    for article in ARTICLES:
        page = article_page(article["title"], article["paragraphs"])
        assert extract_main_text(page, URL) == article["paragraphs"], article["id"]


def test_bytes_in_a_legacy_charset() -> None:
    paragraphs = [
        "Le ministre a déclaré que les négociations reprendraient à Genève la semaine prochaine.",
        "Les délégations se sont réunies pendant trois heures sans parvenir à un accord final.",
        "Selon un diplomate européen, les discussions porteront sur l’aide humanitaire à Gaza.",
        "Aucune date n’a encore été fixée pour la signature d’un éventuel accord de cessez-le-feu.",
    ] * 2
    page = article_page("Reprise des négociations à Genève", paragraphs)
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    data = page.replace("’", "'").encode("windows-1252")
    out = extract_main_text(data, URL)
    assert out[0] == paragraphs[0]
    assert any("négociations" in p for p in out)


@pytest.mark.parametrize(
    "page",
    [
        b"",
        "",
        "   ",
        "not html at all",
        b"\x00\xff\xfe\x00binary\x89PNG\r\n",
        "<html><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav></body></html>",
        "<html><body>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000 + "</body></html>",
        "<p>unclosed <b>tags <i>everywhere <div>" * 500,
        "<script>" * 10_000 + "alert(1)",
    ],
    ids=["empty-bytes", "empty", "blank", "text", "binary", "nav-only", "deep", "unclosed",
         "scripts"],
)
def test_bad_pages_give_no_text_and_no_crash(page: str | bytes) -> None:
    out = extract_main_text(page, URL)
    assert isinstance(out, list)
    for para in out:
        assert "<" not in para and "javascript:" not in para.lower()


def test_huge_page_is_cut_before_parsing() -> None:
    article = ARTICLES[0]
    page = article_page(article["title"], article["paragraphs"])
    padding = "<!-- " + "x" * (fulltext.MAX_PAGE_BYTES + 10) + " -->"
    out = extract_main_text(page.replace("</body>", padding + "</body>"), URL)
    assert out == article["paragraphs"]


def test_teaser_detection() -> None:
    article = ARTICLES[0]["paragraphs"]
    assert not is_teaser(article)
    assert is_teaser(article[:1])
    assert is_teaser([])
    assert is_teaser([*article, "The ministers met in Riga to discuss the next steps…"])
    assert is_teaser([*article, "Continue reading"])
    assert is_teaser(article, max_words=10_000)


def test_a_broken_extractor_costs_only_full_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # sys.modules[name] = None makes `import name` raise ImportError, as a half-installed
    # trafilatura/lxml does on a fresh machine.
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    assert fulltext.extractor_problem() is not None
    assert fulltext.extract_main_text("<html><body><p>words</p></body></html>", "https://x/a") == []


def test_the_cli_does_not_import_the_extractor() -> None:
    code = "import sys, bot.cli.main, bot.content.articles; print('trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
