"""Running the pipeline: what a run leaves behind in the interpreter."""

from __future__ import annotations

import gc

import pytest

from cleaner.pipeline import Pipeline


@pytest.mark.parametrize("enabled", [True, False])
def test_a_run_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        seen: list[bool] = []

        pipeline = Pipeline()
        original_run = pipeline._run

        def spying_run(text: str):  # type: ignore[no-untyped-def]
            seen.append(gc.isenabled())
            return original_run(text)

        pipeline._run = spying_run  # type: ignore[method-assign]
        assert pipeline.run("2022年,意义非凡").text == "2022年，意义非凡"
        assert seen == [False]  # paused during the run
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_failing_run_resumes_the_garbage_collector() -> None:
    pipeline = Pipeline()

    def failing_run(text: str):  # type: ignore[no-untyped-def]
        raise RuntimeError("stage failed")

    pipeline._run = failing_run  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        pipeline.run("文本")
    assert gc.isenabled()


def test_a_run_makes_no_reference_cycles() -> None:
    """What the pause relies on: nothing a run drops waits for the collector."""
    text = "据悉,该院要求员工\n遵守规定袁并在园区内 保持安静遥\n“引号”和...省略号"
    pipeline = Pipeline()
    pipeline.run(text)
    gc.collect()
    gc.disable()
    try:
        result = pipeline.run(text)
        assert result.findings is not None and len(result.findings) > 0
        del result
        assert gc.collect() == 0
    finally:
        gc.enable()
