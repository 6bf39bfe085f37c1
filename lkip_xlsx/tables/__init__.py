"""One module per official sheet, each laying out one :class:`~lkip_xlsx.layout.Grid`.

This package only names its modules; :mod:`lkip_xlsx.assemble` runs them in order.
``cells`` holds the pieces several tables share.
"""

__all__ = [
    "appendix",
    "cells",
    "grafik",
    "measure",
    "parameter",
    "pemeriksaan",
    "ringkasan",
    "t31",
    "t32",
    "t33",
    "t34",
    "t35",
    "t36",
    "t37",
    "t38",
]
