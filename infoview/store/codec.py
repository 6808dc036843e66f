"""Exact JSON for what the workspace keeps: dataclasses, frames, arrays, dates, NaN and NA.

Every field of a dataclass is written, `compare=False` ones too, so a new field round-trips
without a change here. Only dataclasses defined in `infoview` are rebuilt on reading, so an
imported file cannot make the workspace construct anything else.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import math
from datetime import date, datetime

import numpy as np
import pandas as pd

from infoview.errors import InfoViewError, WorkspaceError

_OWN_PACKAGE = "infoview."
# No array, index or frame InfoView keeps is larger (a sheet keeps at most 2.5 million cells):
# a declared size beyond it is a crafted file, refused before anything is allocated.
MAX_ELEMENTS = 2_500_000
_AS_IS = frozenset({str, int})  # what `encode` gives back unchanged (bool, a subclass, is not)


def _bounded(count: int, what: str) -> int:
    if not isinstance(count, int) or not 0 <= count <= MAX_ELEMENTS:
        raise WorkspaceError(
            f"The workspace holds {what} of {count!r} values, more than InfoView ever keeps."
        )
    return count


def dumps(value: object) -> str:
    """`value` as compact JSON text that `loads` turns back into an identical value."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads(text: str) -> object:
    """The value `dumps` wrote; WorkspaceError for text it did not write (a crafted file)."""
    try:
        return decode(json.loads(text))
    except WorkspaceError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as exc:
        raise WorkspaceError(f"The workspace holds a record InfoView cannot read ({exc}).") from exc


def encode(value: object) -> object:
    """A JSON-ready form of `value`, tagged where JSON alone would lose its type."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int) and type(value) is int:
        return value
    if type(value) is float:
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, dict):
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, frozenset | set):
        return {"$" + type(value).__name__: sorted((encode(v) for v in value), key=json.dumps)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _encode_dataclass(value)
    if isinstance(value, pd.DataFrame):
        return _encode_frame(value)
    if isinstance(value, pd.Index):
        return _encode_index(value)
    if isinstance(value, np.ndarray):
        return {"$ndarray": [str(value.dtype), list(value.shape), _column(value.ravel())]}
    if value is pd.NaT:
        return {"$nat": None}
    if value is pd.NA:
        return {"$na": None}
    if isinstance(value, pd.Timestamp):
        return {"$timestamp": value.isoformat()}
    if isinstance(value, pd.Timedelta):
        return {"$timedelta": int(value.value)}
    if isinstance(value, np.generic):
        return {"$numpy": [str(value.dtype), encode(value.item())]}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise WorkspaceError(
        f"A value of type {type(value).__name__} cannot be kept in the workspace; "
        "this is a bug in InfoView, please report it."
    )


def decode(data: object) -> object:
    """The value `encode` was given."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    ((tag, body),) = data.items()
    match tag:
        case "$float":
            return float(body)
        case "$tuple":
            return tuple(decode(v) for v in body)
        case "$dict":
            return {decode(k): decode(v) for k, v in body}
        case "$frozenset":
            return frozenset(decode(v) for v in body)
        case "$set":
            return {decode(v) for v in body}
        case "$dataclass":
            return _decode_dataclass(body)
        case "$frame":
            return _decode_frame(body)
        case "$index" | "$range":
            return _decode_index(data)
        case "$ndarray":
            dtype, shape, values = body
            size = math.prod(_bounded(n, "an array side") for n in shape)
            if size != len(values):
                raise WorkspaceError(
                    f"The workspace holds an array of {len(values)} values declared as {size}."
                )
            return np.array([decode(v) for v in values], dtype=dtype).reshape(shape)
        case "$nat":
            return pd.NaT
        case "$na":
            return pd.NA
        case "$timestamp":
            return pd.Timestamp(body)
        case "$timedelta":
            return pd.Timedelta(body)
        case "$numpy":
            dtype, item = body
            return np.dtype(dtype).type(decode(item))
        case "$datetime":
            return datetime.fromisoformat(body)
        case "$date":
            return date.fromisoformat(body)
    raise WorkspaceError(f"The workspace holds a value tagged {tag!r} that InfoView cannot read.")


def _encode_dataclass(value: object) -> dict:
    cls = type(value)
    fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return {"$dataclass": [f"{cls.__module__}:{cls.__qualname__}", fields]}


def _decode_dataclass(body: list) -> object:
    name, fields = body
    module, _, qualname = name.partition(":")
    cls = None
    if module.startswith(_OWN_PACKAGE):
        cls = importlib.import_module(module)
        for part in qualname.split("."):
            cls = getattr(cls, part, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise WorkspaceError(f"The workspace holds a record of an unknown kind ({name}).")
    known = {f.name for f in dataclasses.fields(cls)}
    # A field dropped from the model since the record was written is ignored.
    values = {k: decode(v) for k, v in fields.items() if k in known}
    try:
        return cls(**values)
    except (InfoViewError, ValueError):
        # Valid when saved, refused by a later, stricter rule: bring it back as it was kept.
        return _as_kept(cls, values)


def _as_kept(cls: type, values: dict) -> object:
    record = object.__new__(cls)
    for field in dataclasses.fields(cls):
        if field.name in values:
            value = values[field.name]
        elif field.default is not dataclasses.MISSING:
            value = field.default
        else:
            value = field.default_factory()
        object.__setattr__(record, field.name, value)
    return record


def _encode_frame(frame: pd.DataFrame) -> dict:
    return {
        "$frame": {
            "columns": _encode_index(frame.columns),
            "index": _encode_index(frame.index),
            "dtypes": [str(t) for t in frame.dtypes],
            "data": [_column(frame.iloc[:, i].array) for i in range(frame.shape[1])],
        }
    }


def _decode_frame(body: dict) -> pd.DataFrame:
    columns = _decode_index(body["columns"])
    index = _decode_index(body["index"])
    if len(columns) != len(body["data"]) or any(len(c) != len(index) for c in body["data"]):
        raise WorkspaceError("The workspace holds a table whose columns do not match its rows.")
    _bounded(len(columns) * len(index), "a table")
    series = [
        pd.Series(_array(values, dtype), index=index, dtype=dtype, copy=False)
        for values, dtype in zip(body["data"], body["dtypes"], strict=True)
    ]
    frame = pd.concat(series, axis=1) if series else pd.DataFrame(index=index)
    frame.columns = columns
    return frame


def _encode_index(index: pd.Index) -> dict:
    if isinstance(index, pd.RangeIndex):
        return {"$range": [index.start, index.stop, index.step, encode(index.name)]}
    return {"$index": [str(index.dtype), _column(index.array), encode(index.name)]}


def _decode_index(data: dict) -> pd.Index:
    if "$range" in data:
        start, stop, step, name = data["$range"]
        index = pd.RangeIndex(start, stop, step, name=decode(name))
        _bounded(len(index), "a row index")
        return index
    dtype, values, name = data["$index"]
    return pd.Index(_array(values, dtype), dtype=dtype, name=decode(name))


def _column(values) -> list:
    """Column values, with plain floats, ints and text kept as JSON numbers and strings."""
    if isinstance(values, pd.arrays.NumpyExtensionArray):
        values = values.to_numpy()  # its own tolist makes one numpy scalar at a time
    if values.dtype.kind not in "mM":  # dates and durations keep their numpy type
        values = values.tolist()  # Python values in one call, not one numpy scalar at a time
    return [v if type(v) in _AS_IS else encode(_plain(v)) for v in values]


def _plain(value: object) -> object:
    if isinstance(value, np.generic) and not isinstance(value, np.datetime64 | np.timedelta64):
        return value.item()
    return value


def _array(values: list, dtype: str) -> np.ndarray | pd.api.extensions.ExtensionArray:
    decoded = [decode(v) for v in values]
    return pd.array(decoded, dtype=dtype) if decoded else pd.array([], dtype=dtype)
