"""punct-shift on technical prose (session 13): Debian's Simplified Chinese manuals, garbled,
showed two false repairs no dev set had: 源 (a software source) after a Latin word read as the
digit 4 of an identifier (unstable源，experimental源), and 钥 of 私钥 and 秘钥 (a private, a
secret key), words jieba counts rarely or lacks, read as ？ at a line's end or before a space.
A third was found by writing formula prose after the LibreOffice held-out score counted one 则
changed (its text unread): 则 'then' after a comma read as the operand r (若 x=1, 则 y=2).
A Latin name's digits are still read (Dialog员 Dialog1)."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("主要使用unstable源袁但包含了experimental源", "主要使用unstable源，但包含了experimental源"),
        ("用户的 RSA 私钥", "用户的 RSA 私钥"),
        ("在本地生成授权秘钥 对", "在本地生成授权秘钥 对"),
        # 则 'then' after a comma of a formula's prose, not the operand r
        ("若 x=1, 则 y=2", "若 x=1, 则 y=2"),
        ("如果 A1>0,则 返回 TRUE", "如果 A1>0,则 返回 TRUE"),
        # a name's digit, a key's letter, a function's argument
        ("把 Dialog员 改名", "把 Dialog1 改名"),
        ("按 Ctrl+在 撤消", "按 Ctrl+Z 撤消"),
        ("公式 =粤月杂(园) 返回", "公式 =ABS(0) 返回"),
    ],
)
def test_words_of_technical_prose_keep_their_look_alikes(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
