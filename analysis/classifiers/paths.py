"""The words of a field's path, as the key rules read them: each key split into its words
(camelCase, snake_case, digits), foreign words read as the English the rules name
(``[words.translations]``: an ``endereco`` object is an address), and each key also written as
one word (``address_book`` and ``addressBook`` are the "addressbook" the rules name, QA29). A
form's bracketed names are read as the objects they name (``billing_details[address][line1]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.rules import fold_accents, norm_key
from analysis.classifiers.words import tables
from analysis.decoders.form import dotted_path

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


@lru_cache(maxsize=8192)
def _ancestor_words(container: str) -> frozenset[str]:
    # each key's words and the key written as one word: "address_book" and "addressBook" are
    # the "addressbook" the rules name (QA29: a friend-finder's address_book[i].phone_sha256)
    said = tables().translations  # "endereco" is "address" (an "ev" object is no event)
    words: set[str] = set()
    names = set()
    for seg in container.split("."):
        key = seg.partition("[")[0]
        if not key.isascii():
            key = fold_accents(key)  # (a Cyrillic "магазин" is the "magazin" read as a shop)
        name = key.replace("_", "").replace("-", "").lower()
        names.add(name)
        if name in said and _WORD.findall(key)[1:]:  # a compound read whole: an SOS
            words.update(said[name].split())  # feature's "emergency_contacts" (QA90)
            continue
        words.update(x for w in map(str.lower, _WORD.findall(key)) for x in said.get(w, w).split())
    return frozenset(words | names - {""})


def path_words(path: str) -> frozenset[str]:
    """The words of a field's own key and of the keys above it."""
    return _ancestor_words(path)


def ancestor_words(path: str) -> frozenset[str]:
    """The words of the keys above a field: ``selfie.model`` -> {"selfie"},
    ``faceAuth[0].model`` -> {"face", "auth"} (camelCase and snake_case split), a form's
    ``billing_details[address][line1]`` -> {"billing", "details", "address"}."""
    return _ancestor_words(dotted_path(path).rpartition(".")[0])


_INDEX = re.compile(r"\[\d+\]")


def last_key(path: str) -> str:
    """A path's last key, without its list indexes ("kaiga[1].higoa" -> "higoa")."""
    return _INDEX.sub("", path).rpartition(".")[2]


def parent_key(path: str) -> str:
    """The normalised name of the object right above a field ("kaiga[1].higoa" -> "kaiga")."""
    return norm_key(_INDEX.sub("", path).rpartition(".")[0].rpartition(".")[2])


def list_name(element: str) -> str:
    """The normalised name of the list a list element sits in: ``a.results[1]`` -> "results",
    ``rows[0][2]`` -> "rows"."""
    return norm_key(element.rpartition("[")[0].rpartition(".")[2].partition("[")[0])
