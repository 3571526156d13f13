"""A picture's height: ``height`` beside ``width`` in the same object is a video's, an image's or
a view's size in pixels (QA61: a clip's ``{"width": 1080, "height": 1920, "codec": "h264"}``),
not the user's body (``key.fitness``). A person's height comes beside a weight, a birth date or
a sex, never beside a width; the rule's ``not_under`` list already voids it under a video,
image or view object, and this reads the siblings where there is no such object.
"""

from __future__ import annotations

from analysis.classifiers.rules import norm_key
from analysis.decoders import Decoded
from analysis.records import Finding

RULES = frozenset({"key.fitness", "words.fitness"})
HEIGHTS = frozenset({"height", "h", "heightpx", "heightpixels", "pixelheight"})
WIDTHS = frozenset({"width", "w", "widthpx", "widthpixels", "pixelwidth"})


def sizes_not_bodies(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the heights that sit beside a width (above)."""
    heights = [f for f in found if f.rule in RULES
               and norm_key(f.path.rpartition(".")[2].partition("[")[0]) in HEIGHTS]
    if not heights:
        return found
    # a width in pixels: a number (a size finder's "width": "wide" is no picture's, QA64), and
    # a picture's size as a body's or a mattress's never is: 240 pixels or more
    with_width = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
                  if norm_key(leaf.key) in WIDTHS and leaf.text.isascii()
                  and leaf.text.isdecimal() and len(leaf.text) <= 6 and int(leaf.text) >= 240}
    drop = {id(f) for f in heights if (f.part, f.path.rpartition(".")[0]) in with_width}
    return [f for f in found if id(f) not in drop] if drop else found
