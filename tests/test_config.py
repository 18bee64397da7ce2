from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from cleaner import Config, clean
from cleaner.config import ConfigError, discover, load
from cleaner.pipeline import STAGES_BY_ID, Pipeline


def test_defaults() -> None:
    config = Config()
    assert config.threshold == 0.8
    assert config.mode("width-punct", STAGES_BY_ID["width"]) == "fix"


def test_rule_mode_overrides_stage_mode() -> None:
    config = Config(rules={"width": "report", "width-quote": "fix"})
    width = STAGES_BY_ID["width"]
    assert config.mode("width-punct", width) == "report"
    assert config.mode("width-quote", width) == "fix"


def test_report_mode_reports_without_changing() -> None:
    result = clean("2022年,意义非凡。", Config(rules={"width": "report"}))
    assert result.text == "2022年,意义非凡。"
    assert [f.rule for f in result.findings] == ["width-punct"]


def test_off_mode_neither_reports_nor_changes() -> None:
    result = clean("2022年,意义非凡。", Config(rules={"width-punct": "off"}))
    assert result.text == "2022年,意义非凡。"
    assert result.findings == ()
    assert "width" not in [s.id for s in Pipeline(Config(rules={"width": "off"})).stages]


def test_threshold_turns_guesses_into_reports() -> None:
    text = "这一年，面对严峻复杂 安全形势。"  # one unexplained space: a 0.5 guess
    assert clean(text).text == text
    assert clean(text, Config(threshold=0.4)).text == "这一年，面对严峻复杂安全形势。"


def test_load_cleaner_toml_and_pyproject(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text('threshold = 0.9\n[rules]\ncjk-space = "report"\n', encoding="utf-8")
    config = load(tmp_path / "cleaner.toml")
    assert config.threshold == 0.9 and config.rules == {"cjk-space": "report"}
    project = tmp_path / "proj"
    (project / "sub").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.cleaner]\n[tool.cleaner.rules]\nwidth = "off"\n', encoding="utf-8")
    assert discover(project / "sub").rules == {"width": "off"}
    assert discover(tmp_path).threshold == 0.9


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("threshold = 2\n", "threshold must be between 0 and 1"),
        ('threshold = "high"\n', "threshold must be a number"),
        ('[rules]\nwidth = "sometimes"\n', "rules.width must be one of off, report, fix"),
        ("colour = 1\n", "unknown key colour"),
        ("[rules\n", "not valid TOML"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "cleaner.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as excinfo:
        load(path)
    assert str(path) in str(excinfo.value) and message in str(excinfo.value)


def test_unknown_rule_is_rejected_by_the_pipeline() -> None:
    with pytest.raises(ConfigError, match="unknown stage or rule id: nosuch"):
        Pipeline(Config(rules={"nosuch": "off"}))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"width": {"styel": "taiwan"}}, r"\[options.width\] has no option styel \(it takes style, middle-dot\)"),
        ({"width": {"style": "fancy"}}, "style = 'fancy' is not one of gbt15834, taiwan"),
        ({"reflow": {"width": 20}}, r"\[options.reflow\] has no option width \(it takes none\)"),
    ],
)
def test_stage_options_are_checked_when_the_pipeline_is_built(options: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Pipeline(Config(options=options, source="cleaner.toml"))


def test_options_of_a_stage_that_is_off_are_not_checked() -> None:
    Pipeline(Config(options={"script": {"conversion": "nonsense"}}))  # script is off by default
    with pytest.raises(ConfigError, match="conversion = 'nonsense'"):
        Pipeline(Config(rules={"script": "fix"}, options={"script": {"conversion": "nonsense"}}))


def test_config_is_frozen_and_picklable() -> None:
    config = Config(rules={"width": "report"}, threshold=0.7, options={"width": {"x": 1}})
    assert pickle.loads(pickle.dumps(config)) == config
    with pytest.raises(AttributeError):
        config.threshold = 0.1  # type: ignore[misc]
