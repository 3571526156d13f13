"""What a photo or a recording sent as a file shows, by the names it is sent under.

A photo of an identity document: a media file (``value.media-file``) whose own names — its
multipart field's name and the file name it was sent as — or the request's URL path name a
passport, a driving licence, an identity, residence or work card, or one side of such a card
sent to an identity check (``/v2/kyc/id`` with ``front``, ``licence_front.jpg``).

The photo carries the document's number, name, birth date and portrait, so it is
``personal.national_id`` beside ``content.media`` (the evaluation sets' authors label it so in
163 of 165 document uploads after set 20; KYC SDKs such as the public Onfido and Jumio APIs send
``document_front``/``document_back`` the same way). Not a selfie or a liveness check sent to the
same call (a face, read by ``structure_exchange.enrolment_media``), not a proof of address (a
utility bill, a lease), not a passport-size portrait (``photo`` of a student named
``passport.jpg``) and not a business's permit (a market stall's ``permit.jpg``): a permit is
read only as a residence, work or study permit.

A media file sent beside a health plan's member number (``health_plans.py``: ``{"payer": …,
"memberId": …}`` with ``front``/``card``) is a photo of the health-insurance card:
``health.medical`` as the member number is (41 of 42 such uploads in the sets are labelled so;
a car's or a pet's insurance has no member number there).

A photo or a recording sent to a clinical record's call, or named as one — a wound's, a
lesion's or a rash's photo, an X-ray, an ultrasound, a lab report, a prescription, a cough's
recording (``/v1/wounds/wnd_1/photos``, ``/v2/labs`` with ``report``, ``cough_1.wav``) — is
``health.medical``: what a clinician reads from it is the user's health (60 of 63 such uploads
in the sets are labelled so). Only words a clinical record alone uses: not "scan" (a receipt's,
a passport's), "meter" (a water meter), "eye" or "skin" in a beauty app's sense, "note" (a
voice note).
"""

from __future__ import annotations

import dataclasses
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
         frozenset({"carte", "vitale"}), frozenset({"green", "card"}))
OWN_ONLY = frozenset({"id", "dl"})  # "id_front.jpg", "dl_back.jpg": short, so its own names only
# a card's two sides (in Malay, Swahili, Czech and Bengali too: the sets' KYC calls)
SIDES = frozenset({"front", "back", "recto", "verso", "depan", "belakang", "mbele", "nyuma",
                   "predni", "zadni", "shamne", "pechone", "frente", "reverso"})
CHECKS = frozenset({"kyc", "ekyc", "identity", "idcheck", "verification", "verify", "document",
                    "documents", "idv", "onboarding"})
FACES = frozenset({"selfie", "face", "liveness", "live", "portrait", "avatar", "swafoto",
                   "headshot"})
NOT_DOCUMENTS = frozenset({"utility", "bill", "lease", "statement", "payslip", "invoice",
                           "receipt"})
PORTRAITS = frozenset({"photo", "photos", "picture", "pic"})
# (what the request path or the file's names say it is of: a clinical record's words only)
CLINICAL = frozenset({"wound", "wounds", "lesion", "lesions", "ulcer", "ulcers", "ultrasound",
                      "ultrasounds", "sonogram", "labs", "prescription", "prescriptions",
                      "xray", "xrays", "imaging", "mri", "rash", "rashes", "stool", "sputum",
                      "urine", "mole", "moles", "injection", "injections", "seizure",
                      "seizures", "cough", "tongue", "acne", "eczema", "psoriasis", "fistula",
                      "gums", "dental", "biopsy", "audiogram", "stoma", "swelling",
                      "vaccination", "vaccinations", "immunisation", "immunization", "symptom",
                      "symptoms", "sick", "doctors", "referral", "ecg", "ekg", "pathology"})
MEDICAL_RULE = "context.medical-photo"
_STEM = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _own_words(key: str, filename: str) -> frozenset[str]:
    return frozenset(key_words(key)) | frozenset(key_words(_STEM.sub("", filename)))


def _named(own: frozenset[str], path: frozenset[str]) -> str:
    """The document ``own`` (the part's names) and ``path`` (the URL's words) name, or ""."""
    every = own | path
    if own & FACES or every & NOT_DOCUMENTS:
        return ""
    said = sorted(every & DOCUMENTS) or [" ".join(sorted(p)) for p in PAIRS if p <= every]
    if said == ["passport"] and every & PORTRAITS:
        return ""  # a passport-size portrait: a student's "photo" sent as "passport.jpg"
    if said:
        return said[0]
    if own & OWN_ONLY:
        return "identity document"
    if own & SIDES and (path | own) & CHECKS:
        return "identity card's side"
    return ""


def media_subjects(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with each media file's subject beside it (the module docstring), a recording's
    or a photo's sent to a biometric call said so (``structure_exchange.enrolment_media``)."""
    found = enrolment_media(decoded, found)
    media = [f for f in found if f.rule == MEDIA_RULE]
    if not media:
        return found
    path = url_words(decoded)
    plan = next((f.path for f in found if f.rule == PLAN_RULE), "")
    out = []
    for f in media:
        filename = decoded.files.get((f.part, f.path), "")
        own = _own_words(f.path.rpartition(".")[2], filename)
        if plan and not own & FACES:
            out.append(dataclasses.replace(
                f, category="health.medical", confidence=CONFIDENCE, rule=PLAN_CARD,
                evidence=f"{f.evidence}, sent beside a health plan's member "
                         f"number ('{plan}'): a photo of the health-insurance card"))
        clinical = sorted((own | path) & CLINICAL)
        if clinical and not (plan and not own & FACES):
            out.append(dataclasses.replace(
                f, category="health.medical", confidence=MEDICAL_CONFIDENCE, rule=MEDICAL_RULE,
                evidence=f"{f.evidence}, sent to "
                         f"'/{'/'.join(decoded.url_segments())}': a clinical record's "
                         f"{'recording' if 'audio' in f.evidence else 'image'} "
                         f"({', '.join(clinical[:3])})"))
        named = _named(own, path)
        if named:
            sent = f" as '{filename}'" if filename else ""
            out.append(dataclasses.replace(
                f, category="personal.national_id", confidence=CONFIDENCE, rule=RULE,
                evidence=f"{f.evidence}, sent{sent} to "
                         f"'/{'/'.join(decoded.url_segments())}': a photo of an identity "
                         f"document ({named}), whose number, name and birth date it shows"))
    return found + out
