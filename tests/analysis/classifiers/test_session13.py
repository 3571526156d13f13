"""The thirteenth session's readings: QA76's home camera and language app (faces identified by a
third party, a household member's name beside a face template, an invitee's contact details, a
SIM's own object, typed text), health plans' member numbers (blind24-40), a chat SDK's identity
JWT."""

from __future__ import annotations

import base64
import json
import math
import random
import struct

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in, strong_in


def _vector(n: int, seed: int = 1) -> list[float]:
    rng = random.Random(seed)
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 6) for x in v]


FACEGRID = "https://api.facegrid.example.net/v2/collections/c1/identify"
CAMERA = "https://api.hearthwatch.example.com/v1/events/ev_1/faces/f_3/tag"
POINTS = {"left_eye": [201.4, 177.9], "right_eye": [247.2, 176.3], "nose": [224.8, 204.1],
          "mouth_left": [206.9, 233.6], "mouth_right": [243.0, 232.2]}


def test_an_embedding_sent_to_a_face_service_that_identifies_is_a_face_template() -> None:
    found = found_in({"probe": {"embedding": _vector(512), "model": "r100-v3"}}, FACEGRID)
    assert found["probe.embedding"] == {"biometric.face": "structure.face-embedding"}
    packed = base64.b64encode(struct.pack("<512f", *_vector(512))).decode()
    assert "biometric.face" in found_in({"descriptor": packed}, FACEGRID)["descriptor"]


def test_the_host_alone_says_nothing_without_an_identifying_call() -> None:
    assert "probe.embedding" not in found_in({"probe": {"embedding": _vector(512)}},
                                             "https://api.facegrid.example.net/v2/stats")
    # (nor a social network's host)
    assert "embedding" not in found_in({"embedding": _vector(512)},
                                       "https://graph.facebook.example.com/v1/identify")


def test_a_face_tagged_with_a_name_is_a_template_and_a_person() -> None:
    found = found_in({"member_id": "fm_2", "name": "Arjun Raman", "embedding": _vector(128)},
                     CAMERA)
    assert found["embedding"] == {"biometric.face": "structure.face-embedding"}
    assert found["name"] == {"contact.name": "context.template-name"}


def test_a_faces_path_needs_an_embeddings_exact_length_and_no_effect() -> None:
    assert "embedding" not in found_in({"embedding": _vector(100)}, CAMERA)
    assert "embedding" not in found_in(
        {"embedding": _vector(128)}, "https://api.cam.example.com/v1/faces/effects/recommend")


def test_a_face_detectors_named_points_are_a_faces_landmarks() -> None:
    found = found_in({"landmarks5": POINTS}, FACEGRID)
    assert found["landmarks5"] == {"biometric.face": "structure.face-named-landmarks"}
    as_objects = {k: {"x": v[0], "y": v[1]} for k, v in POINTS.items()}
    assert "biometric.face" in found_in({"faces": [{"kp": as_objects}]},
                                        "https://api.cam.example.com/v1/detect")["faces[0].kp"]


def test_an_avatars_or_a_characters_features_are_no_face() -> None:
    assert not found_in({"avatar": POINTS}, "https://api.game.example.com/v1/avatar")
    assert not found_in({"left_eye": "blue", "right_eye": "green", "nose": "small",
                         "mouth_left": "x"}, "https://api.game.example.com/v1/char")


def test_an_invitees_phone_and_email_are_reported_as_theirs_below_a_verdict() -> None:
    ex = Exchange(ts=0, method="POST", url="https://api.cam.example.com/v1/homes/h_1/share",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"invitee_email": "lakshmi.iyer@example.net",
                                           "invitee_phone": "+1 647 555 0142"}).encode())
    found = {f.path: f for f in classify_decoded(1, decode_exchange(ex))}
    assert found["invitee_email"].category == "contact.email"
    assert found["invitee_phone"].category == "contact.phone"
    for f in found.values():
        assert f.confidence < 0.6 and "another person's (invitee)" in f.evidence


def test_a_health_plans_member_number_is_medical_and_its_carrier_the_insurer() -> None:
    found = found_in({"member_id": "HHP884120573", "carrier": "Harborline Health",
                      "group": "GRP-20931"}, "https://api.earx.example.com/v2/insurance")
    assert found == {"member_id": {"health.medical": "context.health-plan-member",
                                   "id.user": "key.user-id"}}
    found = found_in({"Insurance": {"MemberId": "QHB308871264", "Payer": "Harbor Health"}},
                     "https://api.airx.example.com/api/Supplies/Orders")
    assert found["Insurance.MemberId"]["health.medical"] == "context.health-plan-member"


def test_a_car_policys_a_loyalty_schemes_and_a_gyms_members_stay_accounts() -> None:
    for body, url in [({"policy": {"member_id": "CAR-8812", "vehicle": "VW Golf"}},
                       "https://api.carins.example.com/v1/insurance"),
                      ({"loyalty": {"memberId": "LY-99812"}}, "https://api.shop.example.com/v1/me"),
                      ({"memberId": "GY-1", "planId": "premium"},
                       "https://api.gym.example.com/v1/members")]:
        assert "id.user" in next(iter(found_in(body, url).values())), body


def test_a_chat_sdks_identity_jwt_is_a_credential_not_an_account() -> None:
    def seg(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    jwt = f"{seg({'alg': 'RS256'})}.{seg({'sub': 'u_7Hq2', 'exp': 1765000000})}.c2lnbmF0dXJl"
    found = strong_in({"identity": jwt}, "https://widget.chatx.example.net/api/v1/identify",
                      headers=(("X-Chatx-Identity", jwt),))
    assert found["identity"] == {"secret.credential"}
    assert found["X-Chatx-Identity"] == {"secret.credential"}
    assert found["identity.claims.sub"] == {"id.user"}


def test_a_sims_and_a_networks_own_objects() -> None:
    found = found_in({"sim": {"country_iso": "mx", "operador": "Telcel"},
                      "network": {"country_iso": "mx", "type": "lte"}},
                     "https://api.parlavo.example.com/v1/region")
    assert found["sim.country_iso"] == {"location.carrier": "context.sim-fields"}
    assert found["sim.operador"] == {"location.carrier": "context.sim-fields"}
    assert found["network.country_iso"] == {"location.carrier": "context.network-country"}
    assert "location.carrier" not in found["network.type"]


def test_a_typing_exercises_typed_text() -> None:
    found = found_in({"typed": "Ich heiße Valeria und ich wohne in Mexiko-Stadt.", "ok": True},
                     "https://api.parlavo.example.com/v1/lessons/de-a1-07/typing")
    assert found["typed"] == {"content.text": "words.user-text"}
    assert "typed" not in found_in({"typed": True}, "https://api.example.com/v1/x")


def test_a_voters_and_a_volunteers_party_and_union() -> None:
    found = found_in({"party": "Democratic", "union": "Hospitality Workers Local 77"},
                     "https://api.knock.example.com/v1/volunteers")
    assert found == {"party": {"personal.sensitive": "key.political-party"},
                     "union": {"personal.sensitive": "key.trade-union"}}
    assert found_in([{"party": "R", "support": 2}])["[0].party"] == {
        "personal.sensitive": "key.political-party"}


def test_a_restaurants_party_a_credit_union_and_the_european_union_are_none() -> None:
    assert not found_in({"party": 4}, "https://api.resto.example.com/v1/reservations")
    assert not found_in({"party": "4 guests"})
    assert not found_in({"union": "Navy Federal Credit Union"})
    assert not found_in({"union": "European Union"})


def test_a_countrys_record_says_whose_country_it_is() -> None:
    found = found_in({"country": "CA", "email": "jane@example.org", "password": "Secret-123"},
                     "https://api.hw.example.com/v1/accounts")
    assert found["country"] == {"location.coarse": "context.place-country"}
    assert found_in({"jurisdiction": {"country": "US", "region": "NY"}})[
        "jurisdiction.country"] == {"location.coarse": "context.place-country"}
    device = found_in({"ctx": {"country": "US", "platform": "Android", "os_name": "android"}})
    assert device["ctx.country"] == {"device.info": "key.device-country"}


def test_romanised_japanese_and_polish_keys() -> None:
    found = found_in({"seibetsu": "josei", "todofuken": "Tokyo-to"})
    assert found == {"seibetsu": {"personal.gender": "key.gender"},
                     "todofuken": {"location.coarse": "key.coarse-location"}}
    assert "financial.payment" in found_in({"metoda_platnosci": "karta"})["metoda_platnosci"]


def test_kidney_care_and_a_workers_vaccinations_are_medical() -> None:
    found = found_in({"ckd_stage": "5", "kt_v": 1.42, "dry_weight_kg": 71.5,
                      "sideEffects": ["nausea"], "hepBTiter": "positive"},
                     "https://api.neph.example.com/v1/sessions")
    assert all(cats == {"health.medical": "words.medical"} for cats in found.values()), found
    assert not found_in({"vaccines": ["rabies"], "name": "Rex"},
                        "https://api.vet.example.com/v1/pets/p1")


def test_a_faces_points_by_their_count_in_a_selfie_call_whatever_the_language() -> None:
    rng = random.Random(3)
    points = [[round(rng.uniform(100, 400), 1), round(rng.uniform(100, 400), 1)]
              for _ in range(68)]
    packed = base64.b64encode(struct.pack("<128f", *_vector(128))).decode()
    found = found_in({"plantilla": packed, "puntos68": points, "vivacidad": 0.98},
                     "https://api.lana.example.com/v2/kyc/selfie")
    assert found["plantilla"] == {"biometric.face": "structure.face-embedding"}
    assert found["puntos68"] == {"biometric.face": "structure.face-landmarks"}
    assert not found_in({"puntos68": points}, "https://api.lana.example.com/v2/map/route")
    assert not found_in({"route": points}, "https://api.lana.example.com/v2/kyc/selfie")


def test_a_signatures_typed_name_is_no_text_typed() -> None:
    assert "content.text" not in found_in({"typedName": "Jane Doe"}).get("typedName", {})


def test_qa79_a_medicine_in_a_crash_breadcrumb_and_a_condition_in_push_tags() -> None:
    found = found_in({"breadcrumbs": [{"message": "open refill screen"}, {
        "message": "confirm refill Metformin 500 mg (RX-88123-04)"}]},
        "https://o1.crashpost.example.net/api/42/store/")
    assert found == {"breadcrumbs[1].message": {"health.medical": "text.health-terms"}}
    tags = found_in({"tags": {"program": "diabetes_type2_coaching", "tier": "gold"}},
                    "https://push.example.net/v1/players")
    assert tags == {"tags.program": {"health.medical": "text.health-terms"}}
    assert not found_in({"tags": {"program": "cooking"}}, "https://push.example.net/v1/players")
    assert not found_in({"items": [{"message": "Vitamin D3 25 mcg"}]})


def test_qa79_heart_rate_samples_as_time_and_bpm_pairs() -> None:
    pairs = [[1765432100 + 30 * i, 70 + i % 9] for i in range(40)]
    found = found_in({"heart_rate": {"unit": "bpm", "samples": pairs}},
                     "https://api.kestrel.example.com/v1/sync")
    assert found["heart_rate.samples"] == {"health.fitness": "series.heart-pairs"}
    assert "hr" not in found_in({"hr": pairs[:10]})  # ("hr" alone: an hour's as often)
    assert not found_in({"music": {"heart_rate": [[i, 120] for i in range(10)]}})


def test_qa79_an_estimated_age_a_birth_month_and_a_deliverys_name() -> None:
    found = found_in({"estimated_age": 37, "birth_month": 4})
    assert found == {"estimated_age": {"personal.birthdate": "words.gender-age-age"},
                     "birth_month": {"personal.birthdate": "words.gender-age-age"}}
    found = found_in({"delivery": {"name": "Daan Verhoeven", "line1": "Keizersgracht 12"}},
                     "https://api.kestrel.example.com/v1/refills")
    assert found["delivery.name"] == {"contact.name": "context.person-name"}


def test_qa79_a_rewards_programmes_member_is_no_health_plans() -> None:
    found = found_in({"member_id": "KH-4471-0923-88", "plan": "gold_plus"},
                     "https://api.kestrel.example.com/v1/benefits")
    assert found == {"member_id": {"id.user": "key.user-id"}}
