"""Safe YAML loading that remembers the file line of every mapping key."""

from __future__ import annotations

import re
from typing import Any

import yaml

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
    """A YAML syntax error with the 1-based line in the file."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


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
        mark = exc.context_mark or exc.problem_mark
        line = first_line + (mark.line if mark else 0)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise YamlError(f"YAML syntax error: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML error: {str(exc).splitlines()[0]}", first_line) from None
    except RecursionError:
        raise YamlError("YAML nested too deeply", first_line) from None
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
            raise YamlError("YAML alias refers to itself (an endless structure); remove the *alias",
                            first + node.start_mark.line)
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
                raise YamlError(f"YAML expands to more than {MAX_NODES:,} values through aliases (&name/*name); "
                                "write the values out instead of repeating anchors", first + node.start_mark.line)
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
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            sub = path + (key,)
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
