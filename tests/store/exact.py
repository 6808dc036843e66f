"""Exact comparison of stored values: every dataclass field (compare=False ones too), the
dtypes and values of frames and arrays, and the type of everything."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd


def assert_same(expected: object, actual: object, where: str = "value") -> None:
    """Fail naming the first place where `actual` differs from `expected`."""
    assert type(actual) is type(expected), f"{where}: {type(actual)} != {type(expected)}"
    if dataclasses.is_dataclass(expected):
        for field in dataclasses.fields(expected):
            assert_same(
                getattr(expected, field.name), getattr(actual, field.name), f"{where}.{field.name}"
            )
    elif isinstance(expected, pd.DataFrame):
        assert list(actual.dtypes) == list(expected.dtypes), f"{where}: dtypes"
        pd.testing.assert_index_equal(actual.columns, expected.columns, exact=True)
        pd.testing.assert_frame_equal(actual, expected, check_exact=True, check_like=False)
    elif isinstance(expected, np.ndarray):
        assert actual.dtype == expected.dtype, f"{where}: dtype"
        assert np.array_equal(actual, expected, equal_nan=expected.dtype.kind == "f"), where
    elif isinstance(expected, list | tuple):
        assert len(actual) == len(expected), f"{where}: length"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            assert_same(e, a, f"{where}[{i}]")
    elif isinstance(expected, dict):
        assert list(actual) == list(expected), f"{where}: keys"
        for key in expected:
            assert_same(expected[key], actual[key], f"{where}[{key!r}]")
    elif isinstance(expected, float) and math.isnan(expected):
        assert math.isnan(actual), where
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"
