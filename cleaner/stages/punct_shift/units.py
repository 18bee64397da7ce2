"""What may follow a number: the words of approximation 多 and 余 ("more than") follow a round
number only (10多人, 二十余年, 300多万; never 6多人), so after a number whose last digit is not
0 they are no unit, and the look-alike before them is the hanzi (远多于 "far more than",
远远多于), not a number (6多于).
"""

from __future__ import annotations

#: "More than": after a round number only (10多, 20余, 100多万; a count of 5 takes 个多: 5个多月).
APPROXIMATIONS = "多余"
ZERO = "0"


def _approximation_after_units(last_digit: str, after: str) -> bool:
    """Whether ``after`` is 多 or 余, which cannot follow a number ending in ``last_digit``
    (any digit but 0): the number reading has no unit there."""
    return after in APPROXIMATIONS and last_digit != ZERO
