"""The io wing: documents as JSON, and where they come from.

:mod:`pelayanan.io.documents` turns every document kind into JSON and back, strictly, reporting
every problem with its JSON Pointer. :mod:`pelayanan.io.text` reads the free text of published
standards (time limits, fees, citations, contacts, executor counts, lists) into the model's
values. The converter and its compiled fast path, the readers of files and streams, and the line
finder for reports are private modules of this wing.
"""

__all__: list[str] = []
