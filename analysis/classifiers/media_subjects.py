"""What a photo or a recording sent as a file shows, by the names it is sent under.

A photo of an identity document: a media file (``value.media-file``) whose own names — its
multipart field's name and the file name it was sent as — or the request's URL path name a
passport, a driving licence, a residence or work permit or card (``licence_front.jpg``,
``/v1/documents/passport``), whose file is named for an ID alone (``id_front.jpg``), or one side
of a card sent to an identity check (``/v2/kyc/id`` with ``front``).

The photo carries the document's number, name, birth date and portrait, so it is
``personal.national_id`` beside ``content.media`` (the evaluation sets' authors label it so in
163 of 165 document uploads after set 20; KYC SDKs such as the public Onfido and Jumio APIs send
``document_front``/``document_back`` the same way). Not a selfie or a liveness check sent to the
same call (a face, read by ``structure_exchange.enrolment_media``), not a proof of address (a
utility bill, a lease), not a passport-size portrait (``photo`` of a student named
``passport.jpg``), not a licence plate's, a liquor licence's or a track's licence, and not a
business's permit (a market stall's ``permit.jpg``). The session's review (322 look-alikes)
narrowed it: a card's side counts only at an identity check's call (not a scanner's duplex
pages, a car claim's photos), "id"/"dl" only in a file named for nothing else
(``product_id_8841.jpg`` is none), "id card"/"identity card" only in the part's own names or at
an identity check (not a brand's ``/identity/business-card``).

A media file sent beside a health plan's member number (``health_plans.py``: ``{"payer": …,
"memberId": …}`` with ``front``/``card``), named as a card's, is a photo of the
health-insurance card: ``health.medical`` as the member number is (41 of 42 such uploads in the
sets are labelled so; a car's or a pet's insurance has no member number there).

A photo or a recording of a clinical record — a wound's, a lesion's or a rash's photo, an X-ray,
an ultrasound, a lab report, a prescription, a cough's recording (``/v1/wounds/wnd_1/photos``,
``report`` sent as ``labs_nov.jpg``, ``cough_1.wav``) — is ``health.medical``: what a clinician
reads from it is the user's health (60 of 63 such uploads in the sets are labelled so). Only
words a clinical record alone uses, and the words with other common senses ("mole", "stool",
"injection", "imaging", "labs", "symptoms") in the file's own names only; never an animal's, a
plant's or a car's, nor a clinician's headshot or a practice's gallery (the review). Not "scan"
(a receipt's, a passport's), "meter" (a water meter), "eye" or "skin" in a beauty app's sense,
"note" (a voice note).
"""

from __future__ import annotations

import dataclasses
import operator
import re

from analysis.classifiers.health_plans import RULE as PLAN_RULE
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.structure_exchange import enrolment_media
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.records import Finding

RULE = "context.document-photo"
PLAN_CARD = "context.health-plan-card"
MEDIA_RULE = "value.media-file"
RULE_OF = operator.attrgetter("rule")
CONFIDENCE = 0.7
MEDICAL_CONFIDENCE = 0.65
# words naming an identity document (key_words translates "pasaporte", "reisepass", "prukaz")
DOCUMENTS = frozenset({"passport", "licence", "license", "idcard", "nid", "nin", "cnic",
                       "aadhaar", "aadhar", "cni", "dni", "cedula", "buletin", "identiteit",
                       "diavatirio", "kitas", "identitas", "zairyu", "passeport", "paspoort",
                       "personalausweis", "ausweis"})
PAIRS = (frozenset({"id", "card"}), frozenset({"identity", "card"}),
         frozenset({"residence", "card"}), frozenset({"residence", "permit"}),
         frozenset({"work", "permit"}), frozenset({"study", "permit"}),
         frozenset({"work", "pass"}), frozenset({"birth", "certificate"}),
         frozenset({"carte", "vitale"}))
# "id_front.jpg", "dl_back.jpg": short, so only when the file's own names say nothing else
# ("product_id_8841.jpg", "dl_image_2231.jpg" are not: the session's review)
OWN_ONLY = frozenset({"id", "dl"})
# ...and the pairs a URL holds as often for other things ("/brand/identity/business-card",
# "/cards/123/id"): in the part's own names or at an identity check only
URL_VAGUE = (frozenset({"id", "card"}), frozenset({"identity", "card"}))
PLAIN = frozenset({"front", "back", "scan", "photo", "image", "img", "card", "doc", "document",
                   "upload", "file", "page", "side", "book", "state", "national"})
# a card's two sides (in Malay, Swahili, Czech and Bengali too: the sets' KYC calls), at an
# identity check's call only (not a scanner's duplex pages, a car's or a card's photos)
SIDES = frozenset({"front", "back", "recto", "verso", "depan", "belakang", "mbele", "nyuma",
                   "predni", "zadni", "shamne", "pechone", "frente", "reverso"})
CHECKS = frozenset({"kyc", "ekyc", "identity", "idcheck", "idv"})
KYC = CHECKS - {"identity"}  # (a brand's "/identity/business-card" is no identity check)
# ...and what a licence is when it is no driving licence (a car's plate, a bar's, a song's)
NOT_LICENCES = frozenset({"plate", "plates", "liquor", "alcohol", "music", "track", "tracks",
                          "song", "songs", "software", "business", "trade", "fishing",
                          "hunting", "dog", "pet", "marriage", "broadcast", "content", "font",
                          "stock", "firearm", "vendor"})
FACES = frozenset({"selfie", "face", "liveness", "live", "portrait", "avatar", "swafoto",
                   "headshot", "camera"})
NOT_DOCUMENTS = frozenset({"utility", "bill", "lease", "statement", "payslip", "invoice",
                           "receipt"})
PORTRAITS = frozenset({"photo", "photos", "picture", "pic"})
# what an insurance card's photo is sent as ("front", "card_front.jpg", "insurance.jpg")
CARD_WORDS = frozenset({"card", "front", "back", "insurance", "ins", "scan", "policy"})
# (what the request path or the file's names say it is of: a clinical record's words only)
CLINICAL = frozenset({"wound", "wounds", "lesion", "lesions", "ulcer", "ulcers", "ultrasound",
                      "ultrasounds", "sonogram", "labs", "prescription", "prescriptions",
                      "xray", "xrays", "imaging", "mri", "rash", "rashes", "stool", "sputum",
                      "urine", "mole", "moles", "injection", "injections", "seizure",
                      "seizures", "cough", "tongue", "acne", "eczema", "psoriasis", "fistula",
                      "gums", "dental", "biopsy", "audiogram", "stoma", "swelling",
                      "vaccination", "vaccinations", "immunisation", "immunization", "symptom",
                      "symptoms", "sick", "doctors", "referral", "ecg", "ekg", "pathology"})
# ...read in the URL too only when no other sense is common ("mole", "stool", "injection",
# "imaging", "labs", "referral", "symptoms" are a garden's, a bar's, a mould's, a service's:
# the file's own names only)
OWN_CLINICAL = frozenset({"mole", "moles", "stool", "injection", "injections", "imaging",
                          "labs", "referral", "symptom", "symptoms", "seizure", "seizures",
                          "swelling", "sick", "doctors", "dental", "gums", "tongue", "cough",
                          "vaccination", "vaccinations", "immunisation", "immunization"})
# ...and never an animal's, a plant's or a car's, nor a clinician's portrait, a gallery, a
# poster (the review: a dog's wound, a cow's swelling, a dental practice's gallery)
NOT_PEOPLE = frozenset({"pet", "pets", "vet", "veterinary", "dog", "dogs", "cat", "cats",
                        "horse", "horses", "cow", "cows", "cattle", "herd", "livestock",
                        "animal", "animals", "plant", "plants", "garden", "crop", "crops", "car",
                        "cars", "vehicle", "vehicles", "auto", "tree", "trees", "customs",
                        "headshot", "avatar", "profile", "gallery", "banner", "logo",
                        "thumbnail", "infographic", "poster", "staff", "doctor", "clinician",
                        "team", "mould", "mold", "moulding", "molding", "hill", "lawn", "bar",
                        "chair", "furniture", "seat"})
MEDICAL_RULE = "context.medical-photo"
_STEM = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _own_words(key: str, filename: str) -> frozenset[str]:
    return frozenset(key_words(key)) | _file_words(filename)


def _file_words(filename: str) -> frozenset[str]:
    return frozenset(key_words(_STEM.sub("", filename)))


def _named(own: frozenset[str], path: frozenset[str], filed: frozenset[str]) -> str:
    """The document ``own`` (the part's names), ``path`` (the URL's words) and ``filed`` (the
    file's own name's words) name, or ""."""
    every = own | path
    if own & FACES or every & NOT_DOCUMENTS:
        return ""
    said = sorted(every & DOCUMENTS)
    if set(said) <= {"licence", "license"} and every & NOT_LICENCES:
        said = []  # a licence plate's, a liquor licence's, a track's licence
    # (a pair of words in the file's own names, or in the URL of an identity check: not a
    # brand's "/identity/business-card")
    said = said or [" ".join(sorted(p)) for p in PAIRS if p <= own or (p <= every and (
        path & KYC or p not in URL_VAGUE))]
    if said == ["passport"] and every & PORTRAITS:
        return ""  # a passport-size portrait: a student's "photo" sent as "passport.jpg"
    if said:
        return said[0]
    if any(w & OWN_ONLY and w <= OWN_ONLY | PLAIN | SIDES for w in (own, filed)):
        return "identity document"  # (by the file's name alone: "karta_id" sent as id_front.jpg)
    if own & SIDES and path & CHECKS:
        return "identity card's side"
    return ""


def media_subjects(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with each media file's subject beside it (the module docstring), a recording's
    or a photo's sent to a biometric call said so (``structure_exchange.enrolment_media``)."""
    if MEDIA_RULE not in map(RULE_OF, found):  # (C-level: most requests carry no file)
        return found
    found = enrolment_media(decoded, found)
    media = [f for f in found if f.rule == MEDIA_RULE]
    path = url_words(decoded)
    plan = next((f.path for f in found if f.rule == PLAN_RULE), "")
    out = []
    for f in media:
        filename = decoded.files.get((f.part, f.path), "")
        own = _own_words(f.path.rpartition(".")[2], filename)
        card = bool(plan) and not own & FACES and bool(own & CARD_WORDS)
        if card:
            out.append(dataclasses.replace(
                f, category="health.medical", confidence=CONFIDENCE, rule=PLAN_CARD,
                evidence=f"{f.evidence}, sent beside a health plan's member "
                         f"number ('{plan}'): a photo of the health-insurance card"))
        clinical = sorted((own & CLINICAL) | (path & (CLINICAL - OWN_CLINICAL)))
        if (own | path) & NOT_PEOPLE:
            clinical = []
        if clinical and not card:
            out.append(dataclasses.replace(
                f, category="health.medical", confidence=MEDICAL_CONFIDENCE, rule=MEDICAL_RULE,
                evidence=f"{f.evidence}, sent to "
                         f"'/{'/'.join(decoded.url_segments())}': a clinical record's "
                         f"{'recording' if 'audio' in f.evidence else 'image'} "
                         f"({', '.join(clinical[:3])})"))
        named = _named(own, path, _file_words(filename))
        if named:
            sent = f" as '{filename}'" if filename else ""
            out.append(dataclasses.replace(
                f, category="personal.national_id", confidence=CONFIDENCE, rule=RULE,
                evidence=f"{f.evidence}, sent{sent} to "
                         f"'/{'/'.join(decoded.url_segments())}': a photo of an identity "
                         f"document ({named}), whose number, name and birth date it shows"))
    return found + out
