"""The model wing: providers, services, service standards and charters.

===================================== ======================================================
:mod:`pelayanan.model.providers`      providers (*penyelenggara*), units, executors, channels
:mod:`pelayanan.model.services`       services, their scope (Pasal 5) and sector
:mod:`pelayanan.model.standards`      service standards with the 14 components of Pasal 21
:mod:`pelayanan.model.components`     the 14 components and their two groups
:mod:`pelayanan.model.charters`       service charters (*maklumat pelayanan*, Pasal 22)
:mod:`pelayanan.model.records`        shared records: decrees, publications, contact points
:mod:`pelayanan.model.participants`   who takes part in participation, and how
===================================== ======================================================

It imports the law and time wings.
"""

__all__: list[str] = []
