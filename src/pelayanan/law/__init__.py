"""Legal instruments, citations into them, and the catalogue of instruments this library relies on.

Indonesian legislation is ranked by UU 12/2011 Pasal 7 and 8 (UUD 1945, Tap MPR, UU/Perppu, PP,
Perpres, Perda provinsi, Perda kabupaten/kota, and the regulations of ministers and state bodies).
An :class:`Instrument` is one such piece of law; a :class:`Citation` points into it and renders the
way Indonesian lawyers write it:

>>> from pelayanan.law import CATALOGUE, Citation
>>> uu25 = CATALOGUE["uu-25-2009"]
>>> str(uu25)
'UU 25/2009'
>>> str(Citation(uu25, article="21", letter="j"))
'UU 25/2009 Pasal 21 huruf j'
>>> str(Citation.parse("UU 25/2009 Pasal 20 ayat (2)"))
'UU 25/2009 Pasal 20 ayat (2)'

The :data:`CATALOGUE` knows what replaced what and when, so a rule can ask which instrument governed
a topic on a given date:

>>> import datetime as dt
>>> from pelayanan.law import Topic
>>> str(CATALOGUE.in_force_for(Topic.SATISFACTION_SURVEY, dt.date(2016, 1, 1)))
'Permenpan RB 16/2014'
>>> str(CATALOGUE.in_force_for(Topic.SATISFACTION_SURVEY, dt.date(2020, 1, 1)))
'Permenpan RB 14/2017'
"""

from __future__ import annotations

from .._base.exports import adopt
from ._catalogue import INSTRUMENTS
from ._types import (
    Catalogue,
    Citation,
    ConflictingInstrumentsError,
    Instrument,
    InstrumentKind,
    NoInstrumentInForceError,
    Topic,
)

__all__ = [
    "CATALOGUE",
    "Catalogue",
    "Citation",
    "ConflictingInstrumentsError",
    "Instrument",
    "InstrumentKind",
    "NoInstrumentInForceError",
    "Topic",
]

CATALOGUE = Catalogue(INSTRUMENTS)
"""The instruments :mod:`pelayanan` relies on, with what each replaced and when."""

adopt(globals(), __all__)
