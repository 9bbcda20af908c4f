"""Private building blocks shared by every wing.

Errors, bilingual labels, exact numbers, field validators, an immutable mapping and the version.
"""
