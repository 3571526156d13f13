"""Raw audio, named by its siblings: a speech SDK streams headerless PCM (no RIFF, Ogg or AMR
signature to read it by) as base64 under a generic key, beside the codec and the sample rate
that say what it is (``{"type": "audio", "codec": "pcm_s16le", "rate": 16000, "data": "..."}``:
QA85's captioning glasses streaming the wearer's speech). Google Cloud Speech's
``LINEAR16``/``MULAW``, Opus and Speex frames are sent the same way. A long base64 value (4 kB or
more: a quarter of a second of 16 kHz PCM) beside such a codec, or in an object typed "audio"
with a sample rate, is a recording: ``content.media``, at 0.8.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.base import leaf_finding, list_path
from analysis.classifiers.rules import norm_key
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

RULE = "context.raw-audio"
MIN_CHARS = 4096
MIN_PACKETS = 10  # base64 packets in one list
CODEC_KEYS = frozenset({"codec", "encoding", "format", "audioencoding", "audioformat", "mime",
                        "mimetype", "contenttype"})
CODECS = re.compile(r"(?i)\b(pcm|linear16|s16le|s16be|f32le|mulaw|ulaw|alaw|opus|speex|amr|"
                    r"l16)(\b|_)|audio/")
# an app's own sounds: a game's effects, a notification's chime, a ringtone (the QA85 review)
NOT_RECORDED = frozenset({"asset", "assets", "sfx", "sound", "sounds", "ringtone", "ringtones",
                          "notification", "chime", "cache", "music", "track", "soundtrack"})
RATE_KEYS = frozenset({"rate", "samplerate", "sampleratehertz", "hz", "sr"})
_B64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_HEX = re.compile(r"[0-9a-fA-F]+")
NOT_PACKETS = frozenset({"id", "ids", "hash", "hashes", "sha", "sha256", "md5", "checksum",
                         "checksums", "key", "keys", "token", "tokens", "peaks", "thumb",
                         "thumbs", "thumbnails", "digest", "digests"})


def _packets(decoded: Decoded) -> list[Leaf]:
    """A list of base64 packets (raw Opus frames as voice chat sends them, QA86), joined into
    one leaf at the list's path: 10 or more, 2,000 characters or more in all."""
    paths = decoded.paths_text()
    if paths.count("]\n") + paths.endswith("]") < MIN_PACKETS:
        return []  # (most requests: fewer list elements in all than one list of packets needs)
    lists: dict[tuple[str, str], list[Leaf]] = {}
    for leaf in decoded.leaves:
        if (leaf.path.endswith("]") and type(leaf.value) is str
                and 16 <= len(leaf.text) < MIN_CHARS):
            lists.setdefault((leaf.part, list_path(leaf.path)), []).append(leaf)
    # (compressed packets vary in length; IDs, digests and tokens of one length do not, nor
    # are a list of IDs or hashes named otherwise: the QA86 review)
    return [dataclasses.replace(items[0], path=path, key=path.rpartition(".")[2],
                                text="".join(x.text.rstrip("=") for x in items[:64]))
            for (_, path), items in lists.items()
            if len(items) >= MIN_PACKETS and sum(len(x.text) for x in items) >= 2000
            and len({len(x.text) for x in items}) > 1 and not NOT_PACKETS & set(key_words(path))
            and all(_B64.fullmatch(x.text) and not _HEX.fullmatch(x.text) for x in items)]


def raw_audio(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    long = [leaf for leaf in decoded.leaves
            if len(leaf.text) >= MIN_CHARS and type(leaf.value) is str]
    long += _packets(decoded)
    if not long:
        return []  # (most requests)
    have = {(f.part, f.path) for f in found if f.category == "content.media"}
    out = []
    for leaf in long:
        if (leaf.part, leaf.path) in have or not _B64.fullmatch(leaf.text[:MIN_CHARS]):
            continue
        obj = leaf.path.rpartition(".")[0]
        if NOT_RECORDED & set(key_words(leaf.path)):
            continue
        # (and Google Speech's {"config": {"encoding": "LINEAR16"}, "audio": {"content": ...}})
        config = (obj.rpartition(".")[0] + ".config").lstrip(".")
        siblings = {norm_key(s.key): s.text for s in decoded.leaves
                    if s.part == leaf.part and s.path.rpartition(".")[0] in (obj, config)
                    and s is not leaf and len(s.text) <= 60}
        codec = next((v for k, v in siblings.items() if k in CODEC_KEYS and CODECS.search(v)),
                     None)
        typed = siblings.get("type", "").lower() == "audio" and bool(RATE_KEYS & set(siblings))
        if codec is None and not typed:
            continue
        why = f"the codec '{codec}'" if codec else "an audio type and a sample rate"
        out.append(leaf_finding(exchange_id, leaf, "content.media", 0.8,
                                f"{len(leaf.text):,} characters of base64 beside {why} "
                                "(raw audio)", RULE))
    return out
