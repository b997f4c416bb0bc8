"""Loading the YAML that users and downloaded corpora give: front matter and actors.yaml.

libyaml's C loader where PyYAML was built with it (a 1,000,000-item list in
well under a second instead of 20 s), else the pure-Python one; both give
the same values. Either way only safe tags are built, and whatever a
hostile document can make the constructor raise (a number of 5,000 digits,
a nesting deeper than the stack, an impossible `!!timestamp`) is a
`yaml.YAMLError` like any other document that is not valid YAML, so the
caller has one error to report.

`TextLoader` reads scalars the way a YAML 1.2 reader would where text is
meant: every plain scalar stays its source text ("24:7", "0x1F", "NO",
"1e3") and only an empty value, `~` or `null` is null. `clean` makes every
string of a loaded value encodable: an escaped surrogate pair
("\\ud83c\\udf89", as `json.dumps` writes an emoji) becomes the character it
stands for, a lone surrogate becomes U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Hashable

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

NULL = "tag:yaml.org,2002:null"


class UnusableYAML(yaml.YAMLError):
    """A document that parsed but whose values cannot be built."""


class SafeLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe loading with YAML's usual types, dates left as strings."""


SafeLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class TextLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe loading where every plain scalar but null is its own text."""


    _NULLS = frozenset(("", "~", "null", "Null", "NULL"))

    def resolve(self, kind, value, implicit):
        """YAML 1.2 core schema's null, else text: what the resolvers below say, fast
        (the C parser calls this for every scalar of the document)."""
        if kind is yaml.ScalarNode:
            return NULL if implicit[0] and value in self._NULLS else self.DEFAULT_SCALAR_TAG
        return yaml.resolver.BaseResolver.resolve(self, kind, value, implicit)

    def descend_resolver(self, current_node, current_index):
        pass  # (no path resolvers: nothing to track per node)

    def ascend_resolver(self):
        pass


TextLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag == NULL]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
TextLoader.yaml_implicit_resolvers = {k: v for k, v in TextLoader.yaml_implicit_resolvers.items() if v}


def load(text: str, loader: type = SafeLoader):
    """The value of a YAML document; `yaml.YAMLError` when there is none to use."""
    try:
        try:
            return clean(yaml.load(text, Loader=loader))
        except yaml.scanner.ScannerError as e:
            # libyaml refuses the surrogate escapes that PyYAML's own reader
            # takes: read them as `clean` would make them, and try again
            if "escape" not in str(e.problem) or not _SURROGATE.search(text):
                raise
            return clean(yaml.load(_SURROGATE.sub(_joined, text), Loader=loader))
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError, MemoryError) as e:
        raise UnusableYAML(_why(e)) from None


# A surrogate written as an escape (\\ud83c, \\U0000dc00), not itself escaped
# ("\\\\ud83c" is a backslash and "ud83c"), with the low half that may follow it.
_SURROGATE = re.compile(
    r"(?<!\\)((?:\\\\)*)\\(?:u|U0000)(d[89a-f][0-9a-f]{2})(?:\\(?:u|U0000)(d[c-f][0-9a-f]{2}))?",
    re.IGNORECASE,
)


def load_fields(text: str, wanted, loader: type = TextLoader):
    """The document's top-level mapping with only the values of the keys
    `wanted(key)` accepts built (the others are None), or the document
    itself when it is no mapping (a list as []).

    Front matter needs five fields: a clipper's 1,000,000 tags are parsed,
    not built. Every node is still checked as building it would: a tag that
    safe loading refuses refuses the document wherever it is.
    """
    try:
        try:
            return _fields_of(text, wanted, loader)
        except yaml.scanner.ScannerError as e:  # as in `load`
            if "escape" not in str(e.problem) or not _SURROGATE.search(text):
                raise
            return _fields_of(_SURROGATE.sub(_joined, text), wanted, loader)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError, MemoryError) as e:
        raise UnusableYAML(_why(e)) from None


def _fields_of(text: str, wanted, loader: type):
    reader = loader(text)
    try:
        node = reader.get_single_node()
        if node is None:
            return None
        if "!" in text:  # (no tag is written without one)
            _check_tags(node)
        if isinstance(node, yaml.SequenceNode):
            return []
        if not isinstance(node, yaml.MappingNode):
            return clean(reader.construct_document(node))
        reader.flatten_mapping(node)
        out = {}
        for key_node, value_node in node.value:
            key = reader.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark
                )
            out[key] = reader.construct_object(value_node, deep=True) if isinstance(key, str) and wanted(key) else None
        return clean(out)
    finally:
        reader.dispose()


def _check_tags(root) -> None:
    """Raise what the safe constructor would for a node whose tag it cannot build."""
    known = SafeLoader.yaml_constructors
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in known:
            raise yaml.constructor.ConstructorError(
                None, None, f"could not determine a constructor for the tag {node.tag!r}", node.start_mark
            )
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for pair in node.value:
                stack.extend(pair)


def _joined(m: re.Match) -> str:
    """A surrogate pair's escape as the escape of its character; a lone one's as U+FFFD's."""
    high, low = int(m.group(2), 16), int(m.group(3), 16) if m.group(3) else None
    if 0xD800 <= high < 0xDC00 and low is not None:
        return f"{m.group(1)}\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08X}"
    return m.group(1) + "\\uFFFD" + ("\\uFFFD" if low is not None else "")


def _why(e: BaseException) -> str:
    if isinstance(e, RecursionError):
        return "nested too deeply"
    if isinstance(e, MemoryError):
        return "too large to build"
    if "digits" in str(e):
        return "a number too long to read"
    return f"a value that cannot be read ({type(e).__name__})"


def clean(value):
    """`value` with every string made encodable (see the module's docstring).

    Shared values (YAML anchors) are cleaned once each, so a document of
    aliases costs what its text does, not what it expands to.
    """
    return _clean(value, {})


def _clean(value, done: dict):
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, (list, dict)):
        return value
    key = id(value)
    if key in done:
        return done[key]
    stack = [value]
    done[key] = value
    while stack:  # iteratively: a deep nesting is no reason to crash
        item = stack.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item)
        fixes = []
        for k, v in pairs:
            new_k = clean_text(k) if isinstance(k, str) else k
            if isinstance(v, str):
                new_v = clean_text(v)
            else:
                new_v = v
                if isinstance(v, (list, dict)) and id(v) not in done:
                    done[id(v)] = v
                    stack.append(v)
            if new_k is not k or new_v is not v:
                fixes.append((k, new_k, new_v))
        for k, new_k, new_v in fixes:
            if isinstance(item, dict) and new_k is not k:
                del item[k]
            item[new_k] = new_v
    return value


def clean_text(s: str) -> str:
    """`s` with escaped surrogate pairs joined and lone surrogates replaced.

    >>> clean_text("Party \\ud83c\\udf89"), clean_text("\\ud800!")
    ('Party 🎉', '\\ufffd!')
    """
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
