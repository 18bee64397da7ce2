"""Stage script: OpenCC conversions, off by default; traditional characters in simplified text."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Config, clean
from cleaner.cli import main
from cleaner.model import apply_edits
from cleaner.stages import script
from cleaner.stages.base import StageContext
from tests.conftest import SEEDS

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]


def converting(conversion: str) -> Config:
    return Config(rules={"script": "fix"}, options={"script": {"conversion": conversion}})


def test_the_official_binding_is_installed() -> None:
    import opencc

    # Both packages import as `opencc`; only the official one wraps the C++ library (clib)
    # and has hk2t/tw2t.
    assert hasattr(opencc, "clib")
    assert opencc.OpenCC("hk2t").convert("衞") == "衛"
    assert opencc.OpenCC("tw2t").convert("為") == "爲"
    for conversion in script.CONVERSIONS:
        assert script.converter(conversion).convert("") == ""


def test_off_by_default() -> None:
    text = "漢字與國家"
    assert clean(text).text == text
    assert not [f for f in clean(text).findings if f.rule.startswith("script")]


@pytest.mark.parametrize(
    ("conversion", "source", "target"),
    [
        ("t2s", "漢字與國家", "汉字与国家"),
        ("s2t", "汉字与国家", "漢字與國家"),
        ("tw2s", "軟體與滑鼠", "软体与滑鼠"),
        ("tw2sp", "軟體與滑鼠", "软件与鼠标"),
        ("hk2s", "漢字與國家", "汉字与国家"),
        ("s2twp", "软件和鼠标", "軟體和滑鼠"),
        ("s2hk", "汉字", "漢字"),
    ],
)
def test_conversions(conversion: str, source: str, target: str) -> None:
    result = clean(source, converting(conversion))
    assert result.text == target
    assert apply_edits(source, result.edits) == target
    assert all(e.rule == script.RULE_CONVERT for e in result.edits)


def test_length_changing_phrase_conversion_keeps_the_accounting() -> None:
    source = "我的U盘坏了"
    result = clean(source, converting("s2twp"))
    assert result.text == script.converter("s2twp").convert(source)
    assert apply_edits(source, result.edits) == result.text


def test_unknown_conversion_is_a_clear_error() -> None:
    with pytest.raises(script.ScriptConfigError, match="'x2y' is not one of"):
        script.detect("汉字", StageContext(options={"conversion": "x2y"}))


def test_traditional_characters_in_a_simplified_document_are_reported() -> None:
    text = "我们的国家正在发展经济，人民生活水平不断提高。這是识别错误的繁体字。"
    findings = script.detect(text, StageContext())
    assert [(f.rule, f.edit.before, f.edit.after) for f in findings if f.edit] == [(script.RULE_MIXED, "這", "这")]
    assert all(f.confidence < Config().threshold for f in findings)
    result = clean(text, Config(rules={"script": "fix"}))
    assert result.text == text  # reported, never applied


def test_a_traditional_document_is_not_mixed() -> None:
    text = script.converter("s2t").convert(SEED_TEXTS[0])
    assert script.detect(text, StageContext()) == []


def test_seeds_are_clean_simplified() -> None:
    for text in SEED_TEXTS:
        assert script.detect(text, StageContext()) == []
        assert script.detect(text, StageContext(options={"conversion": "t2s"})) == []


def test_cli_script_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("漢字與國家。\n", encoding="utf-8")
    runner = CliRunner()
    converted = runner.invoke(main, ["fix", "--script", "t2s", str(path)])
    assert converted.exit_code == 0, converted.output
    assert converted.output == "汉字与国家。\n"
    untouched = runner.invoke(main, ["fix", str(path)])
    assert untouched.output == "漢字與國家。\n"
    bad = runner.invoke(main, ["fix", "--script", "nope", str(path)])
    assert bad.exit_code == 2
