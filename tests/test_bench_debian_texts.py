"""The Debian corpora of the punct-shift benchmark (bench/debian_texts.py): deterministic documents
of Chinese text (skipped where a package is absent), and plain text made of each file kind."""

import gzip
from pathlib import Path

import pytest

from bench import debian_texts


@pytest.mark.parametrize("name", sorted(debian_texts.CORPORA))
def test_documents_are_deterministic_and_chinese(name: str) -> None:
    if not debian_texts.available(name):
        pytest.skip(debian_texts.missing_message(name))
    debian_texts.documents.cache_clear()
    first = debian_texts.documents(name)
    debian_texts.documents.cache_clear()
    assert debian_texts.documents(name) == first and first
    assert all(len(debian_texts._HANZI.findall(doc)) >= debian_texts.MIN_HANZI for doc in first)


def test_plain_text_of_each_file_kind(tmp_path: Path) -> None:
    fortune = tmp_path / "tang300"
    fortune.write_text("\x1b[33m静夜思\x1b[m\n床前明月光，疑是地上霜。\n%\n下一首\n", encoding="utf-8")
    assert debian_texts._plain("classics", fortune) == "静夜思\n床前明月光，疑是地上霜。\n\n下一首\n"
    page = tmp_path / "ls.1.gz"
    page.write_bytes(gzip.compress('.\\" 注释\n.SH 名称\nls \\- 列出\\fB目录\\fR内容\n'.encode()))
    assert debian_texts._plain("manpages", page) == "\n名称\nls \\- 列出目录内容\n"
    chapter = tmp_path / "ch01.zh-cn.html"
    chapter.write_text("<html><style>p{}</style><p>第一章 &amp; 教程</p><div>内容</div></html>", encoding="utf-8")
    assert debian_texts._plain("reference", chapter) == "第一章 & 教程\n内容\n"


def test_a_missing_package_is_named() -> None:
    assert "apt-get install fortunes-zh" in debian_texts.missing_message("song")
