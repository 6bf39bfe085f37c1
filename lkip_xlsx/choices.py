"""The choices the command line offers, as enums (light: imported by ``lkip --help``)."""

from __future__ import annotations

import enum

__all__ = ["Lang", "Paper", "ScaleName"]


class Lang(enum.StrEnum):
    """The language of every message: Bahasa Indonesia (the default) or English."""

    ID = "id"
    EN = "en"


class Paper(enum.StrEnum):
    A4 = "a4"
    F4 = "f4"  # folio, 215 x 330 mm


class ScaleName(enum.StrEnum):
    """The predicate scales ``--scale`` offers (the keys of :data:`rules.SCALES`)."""

    SAKIP = "sakip"
    PERMENDAGRI86 = "permendagri86"
