"""What decoding one exchange yields: leaves (one per decoded value, with its path, key context
and layers), the lists seen on the way (for structure classifiers) and what could not be
decoded. Paths follow DESIGN.md's ``findings[].path``; ``walk.py`` builds these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from analysis.records import Part

MIN_ARRAY = 16  # numeric lists at least this long are kept as one array leaf


@dataclass(slots=True)
class Leaf:
    part: Part
    path: str
    key: str  # nearest key name above the value ("" for a whole body)
    parent: str  # the key above that
    value: Any  # str, int, float, bool, or a numeric list for an array leaf
    text: str
    layers: tuple[str, ...]
    array: bool = False
    wrapped: bool = False  # a token or URL whose content is also decoded into child leaves


@dataclass(slots=True)
class Node:
    """A list seen while walking, for structure classifiers."""

    part: Part
    path: str
    key: str
    parent: str
    value: list[Any]
    layers: tuple[str, ...]


@dataclass(slots=True)
class Decoded:
    leaves: list[Leaf] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (kind, message)
    raw: bool = False  # some leaf holds bytes kept raw (layer "raw")
    socket: bool = False  # a WebSocket message (its socket's path in ``url_segments``)
    host: str = ""  # the request's host name, lower-case ("" when there is no URL)
    # a multipart file part's file name by its field's (part, path): "licence_front.jpg"
    files: dict[tuple[Part, str], str] = field(default_factory=dict)
    _keys: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _segments: tuple[str, ...] | None = field(default=None, repr=False, compare=False)
    _joined: str | None = field(default=None, repr=False, compare=False)
    _paths: str | None = field(default=None, repr=False, compare=False)
    _parents: frozenset[str] | None = field(default=None, repr=False, compare=False)
    # what the classifiers work out once per request and share (``own_sentences.
    # own_string_leaves``: a reading's notion, not a decoder's)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def on_socket(self, segments: tuple[str, ...]) -> None:
        """A WebSocket message: its socket's URL path makes no fields, but is the path its
        readings ask for (``url_segments``)."""
        self.socket, self._segments = True, segments

    def url_segments(self) -> tuple[str, ...]:
        """The URL path's segments (the ``path[i]`` leaves, which the walk makes first, so the
        look stops at the first other part), made once: several readings ask."""
        if self._segments is None:
            segments = []
            for leaf in self.leaves:
                if leaf.part != Part.URL:
                    break
                if leaf.path != "host":  # (a host name that may carry an ID: walk.py)
                    segments.append(leaf.text)
            self._segments = tuple(segments)
        return self._segments

    def joined_text(self) -> str:
        """The leaves' texts joined by newlines, made once: readings that look for a rare shape
        (a past date, a password, an orientation's word) ask it first, one search in C, and
        skip the request when it holds none."""
        if self._joined is None:
            self._joined = "\n".join([leaf.text for leaf in self.leaves])
        return self._joined

    def paths_text(self) -> str:
        """The leaves' paths, each after a newline, made once: ``"\nmessages[" in ...`` asks
        whether any path begins so, one substring search in C instead of a look per leaf."""
        if self._paths is None:
            self._paths = "".join(["\n" + leaf.path for leaf in self.leaves])
        return self._paths

    def parent_set(self) -> frozenset[str]:
        """The leaves' parent key names, made once (``key_set``'s other half)."""
        if self._parents is None:
            self._parents = frozenset([leaf.parent for leaf in self.leaves])
        return self._parents

    def key_set(self) -> frozenset[str]:
        """The leaves' key names, made once: several readings look for theirs first (most
        requests have none of them), and their caches are keyed by the set."""
        if self._keys is None:
            self._keys = frozenset([leaf.key for leaf in self.leaves])
        return self._keys


_NUMBER = (int, float)  # exact types: bool is an int subclass but not a number here
_NUMBER_TYPES = frozenset(_NUMBER)
_LIST = {list}
# Strings no string decoder accepted, remembered: SDK payloads repeat the same values (models,
# OS versions, event names) in every request. Bounded; cleared when full.
PLAIN: set[str] = set()
MAX_PLAIN = 100_000


def numeric_array(value: list[Any]) -> bool:
    n = len(value)
    if n < 5:
        return False
    first = type(value[0])
    if first in _NUMBER:
        if n < MIN_ARRAY:
            return False
        types = list(map(type, value))  # counted in C: embeddings run to hundreds of values
        return types.count(float) + types.count(int) == n
    # points of 1-4 numbers, checked in C (map, set): a generator per point cost ~1 µs each
    return (first is list and set(map(type, value)) == _LIST and min(map(len, value)) > 0
            and max(map(len, value)) <= 4
            and set(map(type, chain.from_iterable(value))) <= _NUMBER_TYPES)
