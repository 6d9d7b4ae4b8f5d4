"""SPARQL solutions as pandas DataFrames with typed columns: integers, decimals, booleans, dates, text; None
(or NaT / <NA>) where a variable is unbound. A column takes a type only when every bound value has it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox

from .queries import Results

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "gYear")}
_FLOATS = {XSD + t for t in ("decimal", "double", "float")}


def value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> object:
    """A term as a Python value: IRIs and text as str, numbers, booleans, dates; None for unbound."""
    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return term.value
    datatype = term.datatype.value
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _FLOATS:
            return float(Decimal(term.value))
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
        if datatype == XSD + "date":
            return dt.date.fromisoformat(term.value[:10])
        if datatype == XSD + "dateTime":
            return dt.datetime.fromisoformat(term.value)
    except ValueError:
        return term.value  # an ill-typed literal stays as written
    return term.value


def _dtype(values: list[object]) -> str | None:
    bound = [v for v in values if v is not None]
    if not bound:
        return None
    kinds = {type(v) for v in bound}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "Int64"
    if kinds <= {int, float}:
        return "float64"
    if kinds == {dt.date} or kinds == {dt.datetime}:
        return "datetime64[ns]"
    return None


def to_frame(results: Results):
    """The solutions as a DataFrame, one typed column per variable, in the query's order."""
    import pandas as pd

    columns = {v: [value(row[v]) for row in results.rows] for v in results.variables}
    frame = pd.DataFrame({v: pd.Series(vals, dtype=object) for v, vals in columns.items()}, columns=results.variables)
    for name, vals in columns.items():
        dtype = _dtype(vals)
        if dtype == "datetime64[ns]":
            frame[name] = pd.to_datetime(frame[name])
        elif dtype is not None:
            frame[name] = frame[name].astype(dtype)
        else:
            frame[name] = frame[name].where(frame[name].notna(), None)
    return frame
