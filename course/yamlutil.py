"""Safe YAML loading that remembers the file line of every mapping key."""

from __future__ import annotations

import re
from typing import Any

import yaml

from course.i18n import Message, msg

KeyPath = tuple[Any, ...]
MAX_NODES = 100_000
"""A YAML document may hold at most this many values once its aliases are expanded (alias-bomb guard)."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader where only true/false are booleans (YAML 1.2), so `No` stays text."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class YamlError(Exception):
    """A YAML syntax error with the 1-based line (and column) in the file, in plain words."""

    def __init__(self, message: Message, line: int, column: int = 0) -> None:
        super().__init__(str(message))
        self.msg = message
        self.line = line
        self.column = column


def load(text: str, first_line: int = 1) -> tuple[Any, dict[KeyPath, int]]:
    """Parse `text`; return the data and a map from key path to file line.

    `first_line` is the file line of the text's first line, so that the lines
    of front matter and fenced YAML point into the file, not into the snippet.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_budget(node, first_line)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        line, column, message = explain(exc, text)
        raise YamlError(message, first_line + line, column + 1) from None
    except yaml.YAMLError as exc:
        raise YamlError(msg("lint.yaml.error", detail=str(exc).splitlines()[0]), first_line) from None
    except RecursionError:
        raise YamlError(msg("lint.yaml.deep"), first_line) from None
    finally:
        loader.dispose()
    lines: dict[KeyPath, int] = {}
    if node is not None:
        _walk(node, (), lines, first_line)
    return data, lines


def _check_budget(root: yaml.Node, first: int) -> None:
    """Refuse documents whose aliases (`&a` ... `*a`) expand to more than MAX_NODES nodes, or refer to themselves.

    Counts the expanded size without expanding: every distinct node once, memoised.
    """
    sizes: dict[int, int] = {}
    busy: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in busy:
            raise YamlError(msg("lint.yaml.self_alias"), first + node.start_mark.line)
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        busy.add(key)
        total = 1
        for child in children:
            total += size(child)
            if total > MAX_NODES:
                raise YamlError(msg("lint.yaml.expands", n=MAX_NODES), first + node.start_mark.line)
        busy.discard(key)
        sizes[key] = total
        return total

    size(root)


def _walk(node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int], first: int, depth: int = 0) -> None:
    """Record the line of every key and list item below `node`."""
    lines.setdefault(path, first + node.start_mark.line)
    if depth > 50:
        return
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            sub = path + (key,)
            if key is not None and key != "<<":
                mark = key_node.start_mark
                if key in seen:  # YAML keeps the last one silently; an author meant one of them
                    raise YamlError(
                        msg("lint.yaml.twice", c=mark.column + 1, key=key, first=seen[key]),
                        first + mark.line,
                        mark.column + 1,
                    )
                seen[key] = first + mark.line
            lines[sub] = first + key_node.start_mark.line
            _walk(value_node, sub, lines, first, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            sub = path + (index,)
            lines[sub] = first + item.start_mark.line
            _walk(item, sub, lines, first, depth + 1)


def line_of(lines: dict[KeyPath, int], *path: Any) -> int:
    """The line of the longest known prefix of `path` (1 if none)."""
    for end in range(len(path), -1, -1):
        found = lines.get(tuple(path[:end]))
        if found is not None:
            return found
    return 1


def as_bool(value: Any, default: bool = False) -> bool:
    """A YAML flag: true/false, or yes/no/on/off/ja/nein written as text."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "on", "ja", "1", "y")
    return bool(value)


def explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, Message]:
    """The 0-based line and column of the cause and a plain-words explanation.

    PyYAML (and libyaml) report where the parser gave up; the line an author
    must change is usually there, except for an unclosed quote or bracket,
    whose cause is where it was opened.
    """
    problem = (exc.problem or exc.context or "").strip()
    context = (exc.context or "").strip()
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line, mark.column) if mark else (0, 0)
    rows = text.split("\n")
    row = rows[line] if line < len(rows) else ""
    if "quoted scalar" in context and exc.context_mark is not None:
        line, column = exc.context_mark.line, exc.context_mark.column
        quote = (rows[line][column : column + 1] if line < len(rows) else "") or '"'
        return line, column, msg("lint.yaml.quote", c=column + 1, quote=quote)
    if "flow" in context and exc.context_mark is not None:
        line, column = exc.context_mark.line, exc.context_mark.column
        bracket = (rows[line][column : column + 1] if line < len(rows) else "") or "{"
        return (
            line,
            column,
            msg("lint.yaml.bracket", c=column + 1, bracket=bracket),
        )
    if "tab" in problem or "\t" in problem or "\t" in row[: column + 1]:
        tab = row.find("\t")
        return line, max(tab, 0), msg("lint.yaml.tab", c=max(tab, 0) + 1)
    if "mapping values are not allowed" in problem:
        head = row[:column]
        if ":" in head.split("#")[0] and re.match(r"\s*(- )?[^\s:][^:]*:\s", head):
            key = head.split(":")[0].strip().lstrip("- ")
            return (
                line,
                column,
                msg("lint.yaml.colon", c=column + 1, key=key),
            )
        return line, _indent(row), msg("lint.yaml.indent", c=_indent(row) + 1)
    if "alias" in problem or "alias" in context:
        if exc.context_mark is not None and "alias" in context:
            line, column = exc.context_mark.line, exc.context_mark.column
        return line, column, msg("lint.yaml.star", c=column + 1)
    if "expected '-' indicator" in problem or "block collection" in context:
        return (
            line,
            column,
            msg("lint.yaml.not_item", c=column + 1),
        )
    if "expected key" in problem or "block end" in problem:
        before = row[:column].rstrip()
        if before and before[-1] in "\"'":
            return (
                line,
                column,
                msg("lint.yaml.after_quote", c=column + 1),
            )
        if row[column : column + 1] == "-" and column == 0:
            return (
                line,
                column,
                msg("lint.yaml.item_for_key", c=column + 1),
            )
        return line, _indent(row), msg("lint.yaml.indent", c=_indent(row) + 1)
    return line, column, msg("lint.yaml.unreadable", c=column + 1, why=problem or msg("lint.yaml.invalid"))


def _indent(row: str) -> int:
    """The number of leading spaces of a line."""
    return len(row) - len(row.lstrip(" "))
