"""npm's chinese-poetry in the punct-shift benchmark (bench/poetry_texts.py): a dev part and a
held-out part (skipped where the package is not installed), works printed as a book prints
them, and a corpus found where CLEANER_CHINESE_POETRY points."""

import json
from pathlib import Path

import pytest

from bench import poetry_texts


def _fake_package(root: Path) -> Path:
    """A package folder with one work of each kind the corpus reads."""
    dist = root / "dist"
    works = {
        "lunyu/lunyu.json": [{"chapter": "学而篇", "paragraphs": ["子曰：“学而时习之。”", "有子曰：“其为人也孝弟。”"]}],
        "shijing/shijing.json": [
            {"title": "关雎", "chapter": "国风", "section": "周南", "content": ["关关雎鸠，在河之洲。"]}
        ],
        "chuci/chuci.json": [{"title": "离骚", "author": "屈原", "content": ["帝高阳之苗裔兮，朕皇考曰伯庸。"]}],
        "caocaoshiji/caocao.json": [{"title": "观沧海", "paragraphs": ["东临碣石，以观沧海。"]}],
        "youmengying/youmengying.json": [{"content": "读经宜冬，其神专也。", "comment": ["曹秋岳曰：可想见。"]}],
        "yuanqu/yuanqu.json": [
            {"title": "天净沙·秋思", "author": "马致远", "paragraphs": ["枯藤老树昏鸦，", "小桥流水人家。"]}
        ],
        "wudaishici/huajianji/huajianji-1-juan.json": [
            {"title": "菩萨蛮 其一", "author": "温庭筠", "paragraphs": ["小山重叠金明灭，", "鬓云欲度香腮雪。"]}
        ],
        "wudaishici/nantang/poetrys.json": [{"title": "虞美人", "author": "李煜", "paragraphs": ["春花秋月何时了。"]}],
        "nalanxingde/纳兰性德诗集.json": [{"title": "长相思", "author": "纳兰性德", "para": ["山一程，水一程"]}],
        "songci/ci.song.0.json": [{"rhythmic": "甘草子", "author": "寇准", "paragraphs": ["春早。", "柳丝无力。"]}],
        "songci/ci.song.2019y.json": [{"rhythmic": "清平樂", "author": "李從周", "paragraphs": ["夢魂尋遍。"]}],
    }
    for relative, items in works.items():
        path = dist / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return root


def test_a_work_is_printed_as_a_book_prints_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(poetry_texts.ROOT_VARIABLE, str(_fake_package(tmp_path)))
    poetry_texts.documents.cache_clear()
    try:
        dev = "\n\n".join(poetry_texts.documents("dev"))
        heldout = "\n\n".join(poetry_texts.documents("heldout"))
    finally:
        poetry_texts.documents.cache_clear()
    # a ci or a qu is one paragraph under its title and author; Nalan's lines stay lines
    assert "菩萨蛮 其一\n温庭筠\n小山重叠金明灭，鬓云欲度香腮雪。" in dev
    assert "天净沙·秋思\n马致远\n枯藤老树昏鸦，小桥流水人家。" in dev
    assert "长相思\n纳兰性德\n山一程，水一程" in dev
    # every Song ci is held out, but the later file in traditional characters
    assert "甘草子\n寇准\n春早。柳丝无力。" in heldout and "甘草子" not in dev
    assert "清平樂" not in dev + heldout
    # the classics are one document here: the dev part's
    assert "学而篇\n子曰" in dev and "学而篇" not in heldout


def test_a_missing_package_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(poetry_texts.ROOT_VARIABLE, str(tmp_path / "absent"))
    assert poetry_texts.corpus_path() is None
    assert "npm install --prefix ~/.local/share/cleaner chinese-poetry@2.0.1" in poetry_texts.missing_message()


@pytest.mark.parametrize("part", poetry_texts.PARTS)
def test_parts_are_deterministic_and_chinese(part: str) -> None:
    if poetry_texts.corpus_path() is None:
        pytest.skip(poetry_texts.missing_message())
    poetry_texts.documents.cache_clear()
    first = poetry_texts.documents(part)
    poetry_texts.documents.cache_clear()
    assert poetry_texts.documents(part) == first and len(first) > 100
    # (whole works: a document may end a collection short of CHARACTERS_PER_DOCUMENT)
    assert sum(len(doc) >= poetry_texts.CHARACTERS_PER_DOCUMENT for doc in first) > 0.9 * len(first)
    assert all(sum("\u4e00" <= char <= "\u9fff" for char in doc) > len(doc) / 2 for doc in first)
