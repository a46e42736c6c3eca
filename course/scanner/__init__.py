"""The personal-data scanner (Datenschutz-Ampel): `scan(text, names) -> ScanResult`."""

from course.scanner.core import scan
from course.scanner.result import CATEGORIES, Finding, ScanResult

__all__ = ["CATEGORIES", "Finding", "ScanResult", "scan"]
