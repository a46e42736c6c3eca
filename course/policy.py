"""Loads policy.yaml and fills `{{ policy.* }}` fields into lesson text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from course.coursefile import read_text
from course.model import ApprovedTool, DataClass, Localized, Policy, Problem

POLICY_RE = re.compile(r"\{\{\s*policy\.([A-Za-z0-9_.]+)\s*\}\}")

POLICY_KEYS = {"company", "version", "contact", "approved_tools", "data_classes", "rules"}
SCALAR_FIELDS = {"company", "version", "contact.name", "contact.channel", "contact.email"}
LIST_FIELDS = {"approved_tools", "data_classes", "rules"}
FIELDS = SCALAR_FIELDS | LIST_FIELDS
_LABELS = {
    "de": {"data": "erlaubte Daten", "none": "keine Daten"},
    "en": {"data": "allowed data", "none": "no data"},
}


def load_policy(path: Path, shown: str) -> tuple[Policy | None, list[Problem]]:
    """Parse a policy file; None (and problems) when it cannot be used."""
    from course.yamlutil import YamlError, line_of, load

    text, problem = read_text(path, shown)
    if problem:
        return None, [problem]
    try:
        data, lines = load(text or "")
    except YamlError as exc:
        return None, [Problem(shown, exc.line, "error", "yaml", str(exc))]
    if not isinstance(data, dict):
        return None, [Problem(shown, 1, "error", "bad-policy", "policy.yaml must be a mapping (company, version, contact, ...)")]
    problems = [
        Problem(shown, line_of(lines, k), "error", "unknown-key", f"unknown policy key {k!r} (use {', '.join(sorted(POLICY_KEYS))})")
        for k in data if k not in POLICY_KEYS
    ]
    raw_contact = data.get("contact")
    contact: dict[str, Any] = raw_contact if isinstance(raw_contact, dict) else {}
    tools: list[ApprovedTool] = []
    for i, tool in enumerate(data.get("approved_tools") or []):
        if isinstance(tool, dict) and tool.get("name"):
            tools.append(ApprovedTool(str(tool["name"]), tuple(str(d) for d in tool.get("data") or ())))
        else:
            problems.append(Problem(shown, line_of(lines, "approved_tools", i), "error", "bad-value", "an approved tool needs a name (and data: [classes])"))
    classes: list[DataClass] = []
    for i, item in enumerate(data.get("data_classes") or []):
        if isinstance(item, dict) and item.get("id"):
            classes.append(DataClass(str(item["id"]), Localized.of({k: v for k, v in item.items() if k != "id"})))
        else:
            problems.append(Problem(shown, line_of(lines, "data_classes", i), "error", "bad-value", "a data class needs an id (and de/en names)"))
    known = {c.id for c in classes}
    for i, tool in enumerate(tools):
        for d in tool.data:
            if known and d not in known:
                problems.append(Problem(shown, line_of(lines, "approved_tools", i), "error", "unknown-data-class", f"tool {tool.name!r} names data class {d!r}, which data_classes does not define"))
    rules_raw = data.get("rules") or {}
    rules: list[tuple[str, tuple[str, ...]]] = []
    if isinstance(rules_raw, dict):
        rules = [(str(k), tuple(str(r) for r in v or ())) for k, v in rules_raw.items() if isinstance(v, list)]
    else:
        problems.append(Problem(shown, line_of(lines, "rules"), "error", "bad-value", "rules must be a map of language to a list of rules"))
    policy = Policy(
        company=str(data.get("company") or ""), version=str(data.get("version") or ""),
        contact_name=str(contact.get("name") or ""), contact_channel=str(contact.get("channel") or ""),
        contact_email=str(contact.get("email") or ""), approved_tools=tuple(tools),
        data_classes=tuple(classes), rules=tuple(rules), path=path,
    )
    return policy, problems


def field_value(policy: Policy, name: str, lang: str) -> str | None:
    """The text for `{{ policy.<name> }}` in `lang`; None for an unknown field."""
    scalars = {
        "company": policy.company, "version": policy.version, "contact.name": policy.contact_name,
        "contact.channel": policy.contact_channel, "contact.email": policy.contact_email,
    }
    if name in scalars:
        return scalars[name]
    labels = _LABELS.get(lang, _LABELS["en"])
    if name == "approved_tools":
        names = {c.id: c.names.get(lang, c.id) for c in policy.data_classes}
        return "\n".join(
            f"- **{t.name}** — {labels['data']}: {', '.join(names.get(d, d) for d in t.data) or labels['none']}"
            for t in policy.approved_tools
        )
    if name == "data_classes":
        return "\n".join(f"- {c.names.get(lang, c.id)}" for c in policy.data_classes)
    if name == "rules":
        return "\n".join(f"- {r}" for r in policy.rules_for(lang))
    return None


def missing_fields(policy: Policy | None, name: str) -> bool:
    """True when `name` is not a policy field or the policy leaves it empty."""
    if name not in FIELDS:
        return True
    if policy is None:
        return True
    value = field_value(policy, name, "en")
    return not value


def fill(text: str, policy: Policy | None, lang: str) -> str:
    """Replace every `{{ policy.* }}` in `text`; unknown fields stay visible."""
    if "{{" not in text or policy is None:
        return text

    def repl(m: re.Match[str]) -> str:
        value = field_value(policy, m.group(1), lang)
        return value if value else m.group(0)

    return POLICY_RE.sub(repl, text)


def fill_any(value: Any, policy: Policy | None, lang: str) -> Any:
    """`fill` applied to a text or a tuple of texts."""
    if isinstance(value, str):
        return fill(value, policy, lang)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return tuple(fill(v, policy, lang) for v in value)
    return value
