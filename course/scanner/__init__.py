"""The personal-data scanner (Datenschutz-Ampel): `scan(text, names) -> ScanResult`."""

from course.scanner.core import scan
from course.scanner.result import CATEGORIES, Finding, ScanResult

__all__ = ["CATEGORIES", "Finding", "ScanResult", "scan", "warm_up"]


def warm_up() -> None:
    """Load what the first scan would load (phonenumbers, python-stdnum, the first-name list): ~0.2 s, once."""
    scan("Herr Jan Weber, Tel. 030 1234567, DE89 3704 0044 0532 0130 00, Steuer-ID 36 574 261 809, 4111 1111 1111 1111")
