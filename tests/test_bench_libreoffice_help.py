"""The LibreOffice help corpus of the punct-shift benchmark (bench/libreoffice_help.py): its two
halves are deterministic and disjoint (skipped when Debian's libreoffice-help-zh-cn is absent), and
its page parser keeps only the Chinese paragraphs of a page's body."""

import pytest

from bench import libreoffice_help

installed = pytest.mark.skipif(libreoffice_help.corpus_path() is None, reason=libreoffice_help.missing_message())


@installed
def test_halves_are_disjoint_by_page_and_by_paragraph():
    pages = libreoffice_help.pages()
    by_part = {part: [p for p in pages if libreoffice_help.part_of(p[0]) == part] for part in libreoffice_help.PARTS}
    assert all(len(v) > 100 for v in by_part.values())
    dev = {para for doc in libreoffice_help.documents("dev") for para in doc.split("\n")}
    heldout = {para for doc in libreoffice_help.documents("heldout") for para in doc.split("\n")}
    assert dev and heldout and not dev & heldout


@installed
def test_split_is_deterministic_and_large():
    libreoffice_help.pages.cache_clear()
    first = libreoffice_help.documents("dev")
    libreoffice_help.pages.cache_clear()
    assert libreoffice_help.documents("dev") == first
    assert sum(len(d) for d in first) > 300_000
    assert all(len(d) >= libreoffice_help.CHARACTERS_PER_DOCUMENT for d in first[:-1])


def test_page_paragraphs_strips_markup_and_keeps_only_chinese():
    page = (
        '<html><body><div id="DisplayArea"><h1>标题</h1><p class="x">选择「<span class="emph">插入</span>」'
        '，然后 &amp; 点击。</p><p>English only</p></div><div id="SearchFrame"></div><p>页脚</p></body></html>'
    )
    assert libreoffice_help.page_paragraphs(page) == ["标题", "选择「插入」，然后 & 点击。"]
    with pytest.raises(ValueError):
        libreoffice_help.documents("test")
