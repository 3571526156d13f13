"""The device profile's numbers written with separators ("(415) 555-0123", "06 12 34 56 78",
"35-693803-564380-9"): as a whole field, and inside a text of words (QA60: the tester's number
typed into a message). Apps and people group a phone number by national conventions (ITU-T
E.123) and an IMEI by its parts (3GPP TS 23.003 §6.2.1); the profile's tables hold each number's
digits (``KnownValues.digits``), and a run of digits and separators is looked up by its digits.
"""

from __future__ import annotations

import bisect
import re

from analysis.classifiers.profile_known import Known, KnownValues

# A whole field of the joined fields (``profile_match.SEP`` between them) that is a number
# written with a separator other than a lone decimal point, so that plain integers and
# decimals are not even looked at. Every field follows a SEP: the literal prefix lets ``re``
# skip to field starts quickly.
WRITTEN_FIELD = re.compile(r"\n\x00\n[ \t]*(\+?[\d(][\d ()./-]*[ ()/-][\d ()./-]*\d)[ \t]*"
                           r"(?=\n\x00\n|\Z)")
# ...and such a number inside a longer text: a run of digits and separators with a separator in
# it, with no letter, digit or "+" beside it
WRITTEN_RUN = re.compile(r"(?<![\w+.,/-])(\(?\+?\(?\d[\d ()./-]{4,23}\d)(?![\w+]|[.,/-]\d)")
SEPARATORS = frozenset(" ()./-")
_LETTER = re.compile(r"[^\W\d_]")


def written_numbers(known: KnownValues, texts: list[str], rest: list[int], joined: str,
                    starts: list[int], written: list[list[tuple[str, str, Known]]]) -> None:
    """Add to ``written[i]`` the known numbers written with separators in ``texts[i]``, for the
    texts ``rest`` (joined as ``joined``, each starting at ``starts``)."""
    # whole fields, found by one regex over all fields (a Python test per field cost more than
    # the whole dict lookup of the fields)
    for m in WRITTEN_FIELD.finditer(joined):
        i = rest[bisect.bisect_right(starts, m.start(1)) - 1]
        w = m.group(1)
        # written exactly as device.toml gives it: the profile's regex finds it untransformed
        # (QA4 P12: it was reported "formatted")
        exact = {(k.section, k.key) for _, k in known.search.get(w.lower(), ())
                 if k.transform is None}
        written[i] += [(w, w, k) for k in known.written(w) if (k.section, k.key) not in exact]
    # inside a text of words: only fields with a letter, so that the whole numbers, dates and
    # versions above are not searched twice
    for i in rest:
        text = texts[i]
        if _LETTER.search(text) is not None:
            for m in WRITTEN_RUN.finditer(text):
                for w in _candidates(m.group(1).strip()):
                    found = known.written(w) if SEPARATORS.intersection(w) else []
                    if found:
                        written[i] += [(w, w, k) for k in found]
                        break


def _candidates(run: str) -> list[str]:
    """A run of digits and separators, and the numbers it may hold: two numbers written " / "
    apart, or a number glued to the one before or after it ("06 12 34 56 78 12 fois", QA62)."""
    out = [run, *(p.strip() for p in run.split("/") if "/" in run)]
    groups = run.split(" ")
    for cut in (1, 2):
        if len(groups) > cut + 2:
            out += [" ".join(groups[:-cut]), " ".join(groups[cut:])]
    return out
