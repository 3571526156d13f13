"""The structure classifier over one exchange: each list the decoders saw (``Decoded.nodes``)
through ``structure.classify_node``; a list with no key names (schema-less protobuf) is read with
the request path's words when it has no shape of its own, and key events that name their keys
also give the typed text (``structure_typed``).
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.structure import _TOKEN, classify_node
from analysis.classifiers.structure_typed import typed_text
from analysis.decoders import Decoded
from analysis.records import Finding

_KEYLESS = re.compile(r"[\d.\[\]$]*")
# The request path must say it is a biometric call, not only name the medium: an upload to
# /v2/voice-notes/upload holds a waveform, /faceauth.FaceService/Enroll a template.
BIOMETRIC_CALLS = frozenset({"enroll", "enrollment", "enrolment", "verify", "verification",
                             "embedding", "embeddings", "template", "templates", "biometric",
                             "biometrics", "liveness", "identify", "identification", "recognize",
                             "recognition", "match", "faceauth", "voiceauth", "faceid",
                             "voiceid", "voiceprint", "faceprint", "kyc", "authenticate"})
URL_CONTEXT = 0.85  # a hint from the request path is weaker than one from the field's own key


def _url_words(decoded: Decoded) -> frozenset[str]:
    """The words of the request's URL path (its ``path[i]`` fields), lower-cased."""
    return frozenset(w.lower() for leaf in decoded.leaves if leaf.part == "url"
                     for w in _TOKEN.findall(leaf.text))


class StructureClassifier:
    name = "structure"

    def classify(self, exchange_id: int, decoded: Decoded) -> list[Finding]:
        out = []
        url_words: frozenset[str] | None = None
        for node in decoded.nodes:
            found = classify_node(exchange_id, node)
            if found is None and _KEYLESS.fullmatch(node.path):
                # a list with no key names (schema-less protobuf, "3.2"): the request's path
                # ("/faceauth.FaceService/Enroll") is the only context it has
                if url_words is None:
                    url_words = _url_words(decoded)
                found = (classify_node(exchange_id, node, url_words)
                         if url_words & BIOMETRIC_CALLS else None)
                if found is not None:
                    found = dataclasses.replace(
                        found, confidence=round(found.confidence * URL_CONTEXT, 2),
                        evidence=found.evidence.replace(", key context '",
                                                        ", request path context '"))
            if found is not None:
                out.append(found)
                if found.category == "behavior.keystroke":
                    typed = typed_text(exchange_id, node)
                    if typed is not None:
                        out.append(typed)
        return out


CLASSIFIER = StructureClassifier()
