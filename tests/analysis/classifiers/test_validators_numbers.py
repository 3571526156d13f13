"""National numbers by their published shapes and check digits (``validators_numbers``): each
accepts its scheme's numbers and refuses the look-alikes the session's reviews brought."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.classifiers.validators_numbers import (
    canadian_fsa,
    entry_code,
    my_number,
    nhs_number,
    nordic_personal_number,
    philsys_number,
    sa_id_number,
)


@pytest.mark.parametrize(("check", "good", "bad"), [
    (nordic_personal_number, ["120361-4418", "19890412-2385", "131052-308T", "1705912329"],
     ["4102873561", "1203614418", "X7K2QP", "2024-05-17"]),
    (sa_id_number, ["9105170123085"], ["9105170123086", "9113170123085", "12345"]),
    (my_number, ["123456789018", "1234 5678 9018"], ["123456789019", "+447700900123"]),
    (philsys_number, ["7391-0458-2216-5093", "739104582216"], ["1111-1111-1111", "7391-0458"]),
    (nhs_number, ["4857773457", "485 777 3457"], ["4857773458", "1234567890"]),
    (canadian_fsa, ["M5S", "v6b"], ["D5S", "M55", "M5"]),
    (entry_code, ["4471#", "1290", "*8832"], ["0000", "GATE4", "E301", "12"]),
])
def test_a_scheme_accepts_its_numbers_and_refuses_look_alikes(
        check: Callable[[str], bool], good: list[str], bad: list[str]) -> None:
    for value in good:
        assert check(value), value
    for value in bad:
        assert not check(value), value
