"""Loads policy.yaml and fills `{{ policy.* }}` fields into lesson text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from course.content import LANGUAGES, ApprovedTool, DataClass, Localized, Policy, Problem
from course.coursefile import read_mapping
from course.i18n import msg, msg_n, t
from course.yamlutil import KeyPath, line_of

POLICY_RE = re.compile(r"\{\{\s*policy\.([A-Za-z0-9_.]+)\s*\}\}")

POLICY_KEYS = {"company", "version", "contact", "approved_tools", "data_classes", "rules"}
SCALAR_FIELDS = {"company", "version", "contact.name", "contact.channel", "contact.email"}
LIST_FIELDS = {"approved_tools", "data_classes", "rules"}
FIELDS = SCALAR_FIELDS | LIST_FIELDS


def load_policy(path: Path, shown: str) -> tuple[Policy | None, list[Problem]]:
    """Parse a policy file; None (and problems) when it cannot be used."""
    from course.exercises import close_key, joined, unknown

    data, lines, text, refused = read_mapping(path, shown, "bad-policy", msg("lint.policy.not_map"))
    if data is None:
        return None, refused
    problems = [
        Problem(
            shown,
            line_of(lines, k),
            "error",
            "unknown-key",
            unknown(msg("lint.policy.unknown_key", key=repr(k)), str(k), POLICY_KEYS)
            if close_key(str(k), POLICY_KEYS)
            else msg("lint.policy.unknown_key_use", key=repr(k), keys=", ".join(sorted(POLICY_KEYS))),
        )
        for k in data
        if k not in POLICY_KEYS
    ]
    for key in ("company", "version"):
        if key in data:
            data[key] = plain_text(data[key], key, text or "", lines, shown, problems, key)
    contact_raw = data.get("contact")
    contact: dict[str, Any] = contact_raw if isinstance(contact_raw, dict) else {}
    if contact_raw is not None and not isinstance(contact_raw, dict):
        problems.append(
            Problem(
                shown,
                line_of(lines, "contact"),
                "error",
                "bad-value",
                msg("lint.policy.contact"),
            )
        )
    for key in contact:
        if key not in ("name", "channel", "email"):
            problems.append(
                Problem(
                    shown,
                    line_of(lines, "contact", key),
                    "error",
                    "unknown-key",
                    unknown(msg("lint.policy.contact_key", key=repr(key)), str(key), {"name", "channel", "email"}),
                )
            )
        else:
            contact[key] = plain_text(
                contact[key], f"contact.{key}", text or "", lines, shown, problems, "contact", key
            )
    tools: list[ApprovedTool] = []
    for i, tool in enumerate(_list(data, "approved_tools", lines, shown, problems)):
        if isinstance(tool, dict) and tool.get("name"):
            tools.append(ApprovedTool(str(tool["name"]), tuple(str(d) for d in tool.get("data") or ())))
        else:
            problems.append(
                Problem(
                    shown,
                    line_of(lines, "approved_tools", i),
                    "error",
                    "bad-value",
                    msg("lint.policy.tool"),
                )
            )
    classes: list[DataClass] = []
    for i, item in enumerate(_list(data, "data_classes", lines, shown, problems)):
        if isinstance(item, dict) and item.get("id"):
            names = {k: v for k, v in item.items() if k != "id"}
            missing = [lang for lang in LANGUAGES if not isinstance(names.get(lang), str) or not names[lang].strip()]
            if missing:
                problems.append(
                    Problem(
                        shown,
                        line_of(lines, "data_classes", i),
                        "error",
                        "missing-translation",
                        msg(
                            "lint.policy.class_name",
                            id=repr(item["id"]),
                            langs=joined(missing),
                            add=", ".join(m + ": ..." for m in missing),
                        ),
                    )
                )
            classes.append(DataClass(str(item["id"]), Localized.of(names)))
        else:
            problems.append(
                Problem(
                    shown,
                    line_of(lines, "data_classes", i),
                    "error",
                    "bad-value",
                    msg("lint.policy.data_class"),
                )
            )
    known = {c.id for c in classes}
    for i, tool in enumerate(tools):
        for d in tool.data:
            if known and d not in known:
                problems.append(
                    Problem(
                        shown,
                        line_of(lines, "approved_tools", i),
                        "error",
                        "unknown-data-class",
                        msg("lint.policy.tool_class", tool=repr(tool.name), name=repr(d)),
                    )
                )
    rules = _rules(data.get("rules"), lines, shown, problems)
    policy = Policy(
        company=str(data.get("company") or ""),
        version=str(data.get("version") or ""),
        contact_name=str(contact.get("name") or ""),
        contact_channel=str(contact.get("channel") or ""),
        contact_email=str(contact.get("email") or ""),
        approved_tools=tuple(tools),
        data_classes=tuple(classes),
        rules=tuple(rules),
        path=path,
        field_lines=tuple((name, line_of(lines, *name.split("."))) for name in sorted(FIELDS)),
    )
    return policy, problems


def plain_text(
    value: Any, name: str, text: str, lines: dict[KeyPath, int], shown: str, problems: list[Problem], *key: str
) -> Any:
    """A text field that YAML read as something else (2026.10 becomes 2026.1): a problem, and the text as written.

    Returns the value to use: the text the author wrote where it can be recovered,
    so that the app shows "2026.10" even before the file is fixed.
    """
    if value is None or isinstance(value, str):
        return value
    line = line_of(lines, *key)
    rows = text.split("\n")
    row = rows[line - 1] if 0 < line <= len(rows) else ""
    written = str(value)
    if row.lstrip().lstrip("- ").startswith(f"{key[-1]}:"):
        written = row.split(":", 1)[1].split(" #")[0].strip().strip("'\"") or written
    if isinstance(value, (dict, list)):
        problems.append(
            Problem(
                shown,
                line,
                "error",
                "bad-value",
                msg("lint.policy.not_plain", name=name),
            )
        )
        return ""
    kind = (
        msg("lint.word.number")
        if isinstance(value, (int, float)) and not isinstance(value, bool)
        else msg("lint.word.date")
        if hasattr(value, "isoformat")
        else msg("lint.word.yesno")
    )
    said = (
        msg("lint.policy.read_as_value", name=name, written=written, kind=kind, value=str(value))
        if str(value) != written
        else msg("lint.policy.read_as", name=name, written=written, kind=kind)
    )
    problems.append(Problem(shown, line, "error", "not-text", said))
    return written


def _list(data: dict[str, Any], key: str, lines: dict[KeyPath, int], shown: str, problems: list[Problem]) -> list[Any]:
    """A list-valued policy key; a problem when it is something else."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(
            Problem(
                shown,
                line_of(lines, key),
                "error",
                "bad-value",
                msg("lint.policy.list", key=key),
            )
        )
        return []
    return value


def _rules(
    raw: Any, lines: dict[KeyPath, int], shown: str, problems: list[Problem]
) -> list[tuple[str, tuple[str, ...]]]:
    """`rules: {de: [...], en: [...]}`: plain texts, every language, lists of equal length."""
    if raw is None:
        return []
    if not isinstance(raw, dict):
        problems.append(
            Problem(
                shown,
                line_of(lines, "rules"),
                "error",
                "bad-value",
                msg("lint.policy.rules_map"),
            )
        )
        return []
    rules: list[tuple[str, tuple[str, ...]]] = []
    for lang, items in raw.items():
        if not isinstance(items, list):
            problems.append(
                Problem(
                    shown,
                    line_of(lines, "rules", lang),
                    "error",
                    "bad-value",
                    msg("lint.policy.rules_list", lang=lang),
                )
            )
            continue
        texts: list[str] = []
        for i, rule in enumerate(items):
            where = line_of(lines, "rules", lang, i)
            if isinstance(rule, str):
                texts.append(rule)
            elif isinstance(rule, dict):
                problems.append(
                    Problem(
                        shown,
                        where,
                        "error",
                        "not-text",
                        msg("lint.policy.rule_colon", n=i + 1, lang=lang),
                    )
                )
                if len(rule) == 1 and all(isinstance(x, (str, int, float)) for x in (*rule, *rule.values())):
                    texts.append("{}: {}".format(*next(iter(rule.items()))))  # shown as written meanwhile
            elif isinstance(rule, (int, float)) and not isinstance(rule, bool):
                texts.append(str(rule))
            else:
                problems.append(
                    Problem(shown, where, "error", "not-text", msg("lint.policy.rule_text", n=i + 1, lang=lang))
                )
        rules.append((str(lang), tuple(texts)))
    present = {lang: len(items) for lang, items in raw.items() if isinstance(items, list)}
    for lang in LANGUAGES:
        if present and lang not in raw:
            problems.append(
                Problem(
                    shown,
                    line_of(lines, "rules"),
                    "error",
                    "missing-translation",
                    msg("lint.policy.rules_lang", lang=lang),
                )
            )
    if len(set(present.values())) > 1:
        most = max(present.values())
        for lang, count in present.items():
            if count < most:
                other = next(k for k, v in present.items() if v == most)
                problems.append(
                    Problem(
                        shown,
                        line_of(lines, "rules", lang),
                        "error",
                        "rule-count",
                        msg_n("lint.policy.rule_count", count, lang=lang, other=other, most=most),
                    )
                )
    return rules


def field_value(policy: Policy, name: str, lang: str) -> str | None:
    """The text for `{{ policy.<name> }}` in `lang`; None for an unknown field."""
    scalars = {
        "company": policy.company,
        "version": policy.version,
        "contact.name": policy.contact_name,
        "contact.channel": policy.contact_channel,
        "contact.email": policy.contact_email,
    }
    if name in scalars:
        return scalars[name]
    if name == "approved_tools":
        names = {c.id: c.names.get(lang, c.id) for c in policy.data_classes}
        allowed, none = t(lang, "policyfield.data"), t(lang, "policyfield.none")
        return "\n".join(
            f"- **{tool.name}** — {allowed}: {', '.join(names.get(d, d) for d in tool.data) or none}"
            for tool in policy.approved_tools
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
