"""Importing the standards units already have: component tables from CSV, XLSX, DOCX and HTML."""

__all__: list[str] = []
