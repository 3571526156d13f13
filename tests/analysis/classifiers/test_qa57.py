"""QA57 (a short-video app in Chicago like the founding case, HAR+`.mitm`, and a French pharmacy
delivery app in Lyon, pcap+`.mitm`) and the blind25/blind26 first runs: an AR effect's template
vector, French health and payment words, a health insurer's member number, the app's own name,
a typing rhythm of many values, hashed mobile numbers, a video's caption."""

from __future__ import annotations

import random
from urllib.parse import urlencode

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in_form, strong_in

H = "https://api.example"


def _vector(rng: random.Random, n: int) -> list[float]:
    return [round(rng.uniform(-1, 1), 5) for _ in range(n)]


def test_an_ar_effects_template_vectors_are_the_effects() -> None:
    rng = random.Random(5712)
    found = strong_in({"templates": [
        {"template_id": "tpl_puppy_77", "category": "face_sticker", "embedding": _vector(rng, 64)},
        {"template_id": "tpl_mask_12", "category": "face_filter", "embedding": _vector(rng, 128)}]},
        H + "/v1/effects/templates/sync")
    assert not any(c.startswith("biometric.") for cats in found.values() for c in cats), found
    # a template typed as a face by its sibling is still read
    found = strong_in({"feature": _vector(rng, 128), "type": "face"}, H + "/v1/enroll")
    assert "biometric.face" in found.get("feature", set()), found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"traitements_en_cours": [{"medicament": "Doliprane 1000 mg"}]},
     "traitements_en_cours[0].medicament", "health.medical"),
    ({"symptomes": "toux sèche depuis trois jours"}, "symptomes", "health.medical"),
    ({"mutuelle": {"organisme": "Mutuelle Exemple", "numero_adherent": "MX44810273"}},
     "mutuelle.numero_adherent", "health.medical"),
    ({"health_insurance": {"provider": "Example Mutual", "member_number": "MX44810273"}},
     "health_insurance.member_number", "health.medical"),
    ({"paiement": {"token": "tok_1Hq2Lm", "derniers_chiffres": "4242"}},
     "paiement.derniers_chiffres", "financial.payment"),
    ({"commande_id": "PC-2026-0412", "total_ttc": "23.40"}, "total_ttc", "financial.purchase"),
    ({"tz_name": "America/Chicago"}, "tz_name", "device.info"),
    ({"mobile_hashes": ["5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
                        "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b"]},
     "mobile_hashes", "content.contacts"),
])
def test_found(body: dict[str, object], path: str, category: str) -> None:
    found = strong_in(body, H + "/v1/patient/dossier" if "hashes" not in path
                      else H + "/v1/friends/find")
    assert category in found.get(path, set()), found


@pytest.mark.parametrize(("body", "path", "bad"), [
    ({"medecin_traitant": {"nom": "Dr Exemple", "telephone": "+33 4 72 00 00 00"}},
     "medecin_traitant.telephone", "contact.phone"),
    ({"car_insurance": {"policy_number": "P-1234567"}}, "car_insurance.policy_number",
     "health.medical"),
    ({"header": {"display_name": "LoopReel", "package": "com.example.loopreel"}},
     "header.display_name", "contact.name"),
])
def test_not_found(body: dict[str, object], path: str, bad: str) -> None:
    found = strong_in(body, H + "/v1/x")
    assert bad not in found.get(path, set()), found


def test_a_pharmacys_phone_in_a_payment_forms_metadata() -> None:
    found = found_in_form("amount=2340&currency=eur&metadata%5Bpharmacie_telephone%5D="
                          "%2B33472000000", H + "/v1/payment_intents")
    assert "contact.phone" not in found.get("metadata[pharmacie_telephone]", {}), found


def test_a_typing_rhythm_of_many_values() -> None:
    offsets = [0, 81, 256, 365, 479, 560, 741, 807, 860, 956, 1019, 1109, 1162, 1257, 1370, 1485,
               1655, 1730, 1799, 1909, 2087, 2156, 2343, 2411, 2507, 2622, 2683, 2787, 2885, 2991]
    body = urlencode({"aweme_id": "72998", "typing_rhythm": ",".join(map(str, offsets))})
    ex = Exchange(ts=0, method="POST", url=H + "/v1/comment/publish/",
                  request_headers=(("content-type", "application/x-www-form-urlencoded"),),
                  request_body=body.encode())
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("typing_rhythm", "behavior.keystroke") in found, found


def test_a_videos_caption_published() -> None:
    found = strong_in({"video_id": "v0f044gc0000cl9a", "text": "duet with my sister, the "
                       "chipmunk effect got me"}, H + "/v1/videos/publish")
    assert "content.text" in found.get("text", set()), found


def test_a_rings_night() -> None:
    found = strong_in({"hrv_5min": [41, 38, 45, 52, 47, 39, 44, 48, 50, 46, 43, 40, 42, 45, 47,
                                    49],
                       "rmssd_ms": 41,
                       "stages_min": {"light": 212, "rem": 94, "deep": 71, "awake": 22}},
                      H + "/v1/nights")
    for path in ("hrv_5min", "rmssd_ms", "stages_min.rem", "stages_min.awake"):
        assert "health.fitness" in found.get(path, set()), (path, found)
    # a layer's weights and a back-off's steps are no body's series (QA39)
    found = strong_in({"layer": {"weights": [0.1 * i for i in range(20)]},
                       "retry": {"steps": [2 ** i for i in range(16)]}}, H + "/v1/model")
    assert not found, found
