"""The evaluation wing: what the model says about how a provider is doing.

========================================== ===================================================
:mod:`pelayanan.evaluation.inputs`         the evaluation inputs a unit's records give
:mod:`pelayanan.evaluation.performance`    PEKPPP instruments and the performance index (IPP)
:mod:`pelayanan.evaluation.ombudsman`      the Ombudsman's assessment schemes and grades by year
:mod:`pelayanan.evaluation.compliance`     how many of the 14 components standards hold
========================================== ===================================================
"""

__all__: list[str] = []
