"""The scanner's result types: Finding, ScanResult and the traffic-light level."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "email",
    "phone",
    "iban",
    "credit-card",
    "tax-id",
    "address",
    "date-of-birth",
    "name",
    "secret",
    "health",
)
LEVELS: tuple[str, ...] = ("green", "yellow", "red")


@dataclass(frozen=True)
class Finding:
    """One piece of personal or secret data: `text == input[start:end]` (str offsets)."""

    category: str
    start: int
    end: int
    text: str
    strong: bool

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON form (section 4): category, start, end, text."""
        return {"category": self.category, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ScanResult:
    """`level` is green (nothing), yellow (only weak findings) or red (any strong finding)."""

    level: str
    findings: tuple[Finding, ...] = ()

    @classmethod
    def of(cls, findings: tuple[Finding, ...]) -> ScanResult:
        """Build a result with the level that the findings imply."""
        if not findings:
            return cls("green", ())
        return cls("red" if any(f.strong for f in findings) else "yellow", findings)

    @property
    def clean(self) -> bool:
        """True when nothing was found (the redact exercise's pass condition)."""
        return not self.findings

    def to_json(self) -> dict[str, Any]:
        """`{"level": ..., "findings": [{"category", "start", "end", "text"}, ...]}`."""
        return {"level": self.level, "findings": [f.to_json() for f in self.findings]}
