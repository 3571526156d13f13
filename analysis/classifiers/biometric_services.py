"""A template sent to a biometric service that does not say which body part it is of.

``structure_calls.py`` reads a vector in a face's or a voice's identifying call ("/faceauth/
enroll", a "facegrid" host), and ``structure.py`` one under a face's or a voice's word. A
registration system names the service and the step but not the modality: QA174's
``bio.kangbi.example`` took ``/v1/enrol``, ``/v1/dedup`` and ``/v1/verify`` with 128 floats under
``le_vector`` and, in msgpack, ``le`` (Sango for "face"), beside the face's photo or a
fingerprint's minutiae; nothing was read, and "face templates stay in France" held untested.

Read here: a float vector of a biometric template's length (128, 192, 256, 512), signed and
varied as an embedding is, under any key, in a call whose host names a biometric service
(``biometrics``... as a host label, or a bare ``bio`` whose call names no thing: a dating
app's profile bio matched, a shop's device, a lab's samples, a music site's tracks are a
``bio`` host's as often; a path's "bio" is a profile's biography) or whose path does
(``biometric``...), and whose path names an identifying step (enrol, verify, match, identify,
dedup: ISO/IEC 2382-37's vocabulary; 1:N de-duplication is the registration systems' word, as
in MOSIP and ID4D); not under a key naming another signal (an ECG's, a gait's, a typing
rhythm's, minutiae, a spectrum, a calibration, a test's fixture: the session's review). The
modality, by what is beside it or else by the length:

- a photo (an image file part) beside it: a face (``biometric.face``), at 0.75;
- a recording (an audio file part): a voice (``biometric.voice``), at 0.75;
- else 128 values, the face models' length (FaceNet, dlib's ResNet, OpenFace), a face; 192, the
  speaker models' (ECAPA-TDNN), a voice; at 0.7. 256 and 512 are either's: not read.
"""

from __future__ import annotations

from analysis.classifiers.own_sentences import own_words_key
from analysis.classifiers.structure_base import finding, tokens, url_words
from analysis.classifiers.structure_calls import IDENTIFYING
from analysis.decoders import Decoded, Node
from analysis.records import Finding

SERVICE_HOSTS = frozenset({"bio", "biometric", "biometrics", "biometrie", "biometria",
                           "biometrik", "biometry", "biometrics-api", "bioid"})
SERVICE_PATHS = SERVICE_HOSTS - {"bio", "bioid"}
STEPS = IDENTIFYING | {"dedup", "deduplication", "deduplicate", "dedupe", "deduplicar",
                       "dedoublonnage", "enrolment", "enrollment"}
# a bare "bio" host's calls about things: a dating app's profile bio matched, a shop's device,
# a lab's samples, a music site's tracks, a listing's photo (the session's review)
THINGS = frozenset({"product", "products", "track", "tracks", "song", "songs", "listing",
                    "listings", "sample", "samples", "device", "devices", "dna", "item", "items",
                    "profile", "profiles", "match", "matches", "catalog", "catalogue", "species",
                    "bird", "birds", "plant", "plants"})
# a vector named for another signal is that signal's, whatever the service (an ECG's, a gait's,
# a typing rhythm's, a fingerprint's minutiae, a spectrum, a calibration, a test's fixture)
OTHER_SIGNALS = frozenset({"ecg", "ekg", "hrv", "ppg", "acc", "accel", "gyro", "gait", "typing",
                           "keystroke", "keystrokes", "minutiae", "finger", "fingerprint", "iris",
                           "palm", "vein", "spectrum", "spectra", "pca", "calib", "calibration",
                           "img", "image", "product", "track", "fixture", "test", "mock", "dna",
                           "snp", "genome", "sensor", "motion", "step", "steps"})
TEMPLATE_LENGTHS = frozenset({128, 192, 256, 512})
BY_LENGTH = {128: "biometric.face", 192: "biometric.voice"}
IMAGES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".bmp")
AUDIO = (".wav", ".m4a", ".ogg", ".opus", ".amr", ".flac", ".mp3", ".aac", ".3gp")


def _template(items: list[object]) -> bool:
    floats = [x for x in items if type(x) is float]
    return (len(items) in TEMPLATE_LENGTHS and len(floats) == len(items)
            and min(floats) < 0 < max(floats) and len(set(floats)) * 2 > len(floats))


def biometric_service(decoded: Decoded) -> bool:
    """Whether the call is an identifying step of a service its host or path names as
    biometric."""
    words = url_words(decoded)
    if not words & STEPS:
        return False
    labels = {part for label in decoded.host.split(".")[:-2] for part in label.split("-")}
    if words & SERVICE_PATHS or labels & (SERVICE_HOSTS - {"bio"}):
        return True
    return "bio" in labels and not words & THINGS


# ...or a speaker's or a face's identifying step by its path or its host's name, under any key
# (QA187's "/v1/speaker/verify" with Kabardian "maq_sur", a voice, 192 floats; QA197's
# "tandurvoice" host's "/v1/enroll"), at any template length
VOICE_PATHS = frozenset({"speaker", "speakers", "voiceprint", "voiceprints", "voiceid", "voice"})
FACE_PATHS = frozenset({"face", "faces", "faceid", "faceprint", "faceprints"})


def _modality_call(decoded: Decoded, own: bool) -> str:
    """The modality an identifying call's path names ("/speaker/verify": a voice), or "";
    with ``own`` (a vector under the app's own words) also the host's name."""
    words = url_words(decoded)
    if not words & STEPS or words & THINGS:
        return ""
    # ...or the host's own name, for a vector under the app's own words (QA197's "tandurvoice"
    # vendor's "/v1/enroll" with "sidik_suare"; not an invoicing host's; a generic "emb" beside
    # no voice measure stays unread, as the context rules' review decided)
    labels = decoded.host.split(".")[:-1] if own else []
    voice = bool(words & VOICE_PATHS) or any(
        label.endswith("voice") and "invoice" not in label for label in labels)
    face = bool(words & FACE_PATHS) or any(label.endswith("face") for label in labels)
    return "" if voice == face else "biometric.voice" if voice else "biometric.face"


def _beside(decoded: Decoded) -> str:
    names = [name.lower() for name in decoded.files.values()]
    if any(name.endswith(IMAGES) for name in names):
        return "biometric.face"
    if any(name.endswith(AUDIO) for name in names):
        return "biometric.voice"
    return ""


def vectors_in_biometric_service(exchange_id: int, decoded: Decoded,
                                 unread: list[Node]) -> list[Finding]:
    """Findings for the template-like vectors of ``unread`` in a biometric service's call."""
    vectors = [n for n in unread if _template(n.value)]
    if not vectors:
        return []
    service = biometric_service(decoded)
    called = "" if service else _modality_call(
        decoded, any(own_words_key(n.key) for n in vectors))
    if not service and not called:
        return []
    beside = called or _beside(decoded)
    out = []
    for node in vectors:
        if tokens(node.path, node.parent) & OTHER_SIGNALS:
            continue
        category = beside or BY_LENGTH.get(len(node.value), "")
        if not category:
            continue
        what = "face" if category == "biometric.face" else "voice"
        why = (f"the call's path names a {what}" if called
               else f"beside a {'photo' if what == 'face' else 'recording'} in the same call"
               if beside else f"{len(node.value)} values: a {what} model's length")
        out.append(finding(
            exchange_id, node, category, 0.75 if beside else 0.7,
            f"{len(node.value)}-long float vector in an identifying call of a biometric service "
            f"('{decoded.host}'): a {what} template, {why}", "",
            "structure.biometric-service"))
    return out
