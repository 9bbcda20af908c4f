"""The participation wing: the ways the public takes part (UU 25/2009 Pasal 39).

============================================= ===============================================
:mod:`pelayanan.participation.consultation`   public consultation forums (FKP)
:mod:`pelayanan.participation.surveys`        satisfaction surveys (SKM) and the IKM
:mod:`pelayanan.participation.complaints`     complaints and their SP4N-LAPOR! lifecycle
:mod:`pelayanan.participation.forms`          cooperation, oversight bodies, drafting
:mod:`pelayanan.participation.cycle`          the policy cycle of a standard, drafting to
                                              evaluation and revision
============================================= ===============================================

The policy cycle is here, not in the evaluation wing, because it is a document the io wing
loads; the evaluation wing reads it.
"""

__all__: list[str] = []
