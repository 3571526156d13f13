"""QA78 (a review of the thirteenth session's own readings, 123 cases): where they overreached,
each narrowed; and blind44/45's first misses read generally."""

from __future__ import annotations

import math
import random

import pytest

from tests.analysis.classifiers.found import found_in, strong_in


def _vector(n: int) -> list[float]:
    rng = random.Random(n)
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 6) for x in v]


@pytest.mark.parametrize(("body", "url"), [
    # a group chat's, a bill split's and a card offer's member is no health plan's
    ({"memberId": "usr_99812", "groupId": "grp_7721"}, "/v1/groups/grp_7721/members"),
    ({"expense": {"memberId": "mem_8", "payer": "Ann", "groupId": "g1"}}, "/v1/expenses"),
    ({"member_id": "LY-4410982", "bin": "424242"}, "/v1/offers/activate"),
    ({"policy": {"memberId": "PI-22318", "payer": "Trupanion", "group": "G1"},
      "animal": {"name": "Rex", "breed": "beagle"}}, "/v1/insurance/claims"),
])
def test_qa78_members_that_are_no_health_plans(body: object, url: str) -> None:
    found = found_in(body, f"https://api.app.example.com{url}")
    assert not any("health.medical" in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "url"), [
    ({"vector": _vector(384)}, "https://facets.searchly.example.com/v1/search"),
    ({"vector": _vector(512)}, "https://face-beauty.example.com/v1/products/search"),
    ({"embedding": _vector(256)}, "https://api.watch.example.com/v1/watch-faces/similar"),
    ({"embedding": _vector(128)}, "https://api.fonts.example.com/v2/font/faces/f_88"),
    ({"embedding": _vector(256)}, "https://api.conf.example.com/v1/events/e1/speakers/sp_9"),
    ({"label": "Delivery Driver", "embedding": _vector(128)},
     "https://api.example.org/v1/sites/s1/lookup"),
])
def test_qa78_vectors_that_are_no_ones_template(body: object, url: str) -> None:
    found = found_in(body, url)
    assert not any(c.startswith("biometric.") or c == "contact.name"
                   for cats in found.values() for c in cats), found


def test_qa78_a_face_recognised_with_a_mask_is_still_a_face() -> None:
    found = found_in({"embedding": _vector(512)},
                     "https://api.attend.example.com/v1/face/recognize-with-mask")
    assert found["embedding"] == {"biometric.face": "structure.face-embedding"}


@pytest.mark.parametrize(("body", "url"), [
    ({"character": {"face": {"left_eye": [1, 2], "right_eye": [3, 2], "nose": [2, 3],
                             "mouth_left": [1, 4]}}}, "/v1/characters"),
    ({"face": {"left_eye": [1, 2], "right_eye": [3, 2], "nose": [2, 3], "mouth_left": [1, 4]}},
     "/v1/avatar/save"),
    ({"package": {"sim": {"country": "JP", "operator": "KDDI"}}}, "/v1/cart"),
    ({"gpu": {"driver_name": "Mali Bifrost"}}, "/v1/crash"),
    ({"filters": {"dob_from": "1990-01-01"}}, "/v1/search"),
    ({"puppy_dob": "2024-02-03"}, "/v1/litters"),
    ({"haptics": {"typed_feedback": "light"}}, "/v1/settings"),
])
def test_qa78_look_alikes(body: object, url: str) -> None:
    assert not strong_in(body, f"https://api.app.example.com{url}"), body


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"inspection": {"symptoms": "chest pain, shortness of breath"}}, "inspection.symptoms",
     "health.medical"),
    ({"boat": {"crew": [{"weight_kg": 78.4}]}}, "boat.crew[0].weight_kg", "health.fitness"),
    ({"click": {"city": "Lyon"}}, "click.city", "location.coarse"),
])
def test_qa78_readings_restored(body: object, path: str, category: str) -> None:
    assert category in found_in(body, "https://api.app.example.com/v1/x").get(path, {}), body


@pytest.mark.parametrize(("body", "path", "category"), [
    # a payment SDK's device fingerprint is the device's ID; a build fingerprint the phone's build
    ({"fingerprint": "0927d7a6-0019-b92d-4b5b-900041fc879e"}, "fingerprint", "id.device"),
    ({"fingerprint": "google/oriole/oriole:14/UQ1A.240105.004/11206848:user/release-keys"},
     "fingerprint", "device.info"),
    # a diet kept for a faith, a civility, a care visit's vitals, menopause
    ({"diet": "kosher"}, "diet", "personal.sensitive"),
    ({"civilite": "Mme"}, "civilite", "personal.gender"),
    ({"glucose": 7.2}, "glucose", "health.medical"),
    ({"bp_sys": 142}, "bp_sys", "health.medical"),
    ({"hotFlashes": 7}, "hotFlashes", "health.medical"),
    ({"diary": {"entry": "Slept badly again, the new pills make me dizzy"}}, "diary.entry",
     "content.text"),
])
def test_blind44_45_general_readings(body: object, path: str, category: str) -> None:
    assert category in found_in(body, "https://api.app.example.com/v1/x").get(path, {}), body


@pytest.mark.parametrize("body", [
    {"diet": "vegan"}, {"civilite": "Dr"}, {"myCarrierGenes": ["GBA", "CFTR"]},
    {"titre": "tt_0790d8227c"}, {"note": "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"},
    {"pharmacy": {"vaccines_offered": ["flu", "covid-19"]}},
])
def test_blind44_45_look_alikes(body: object) -> None:
    assert not found_in(body, "https://api.app.example.com/v1/x"), body


def test_a_face_cluster_call_under_an_effects_path_is_still_a_face() -> None:
    # C13 (QA61's short-video session): /effect/v3/face/cluster/ clusters the user's faces
    found = found_in({"embedding": _vector(128)},
                     "https://effects.loopreel.example.com/effect/v3/face/cluster/")
    assert found["embedding"] == {"biometric.face": "structure.face-embedding"}


def test_a_base64url_photo_without_padding_is_a_photo() -> None:
    import base64
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 3 + b"\xff\xd9"
    crop = base64.urlsafe_b64encode(jpeg).rstrip(b"=").decode()
    assert found_in({"face_crop_b64url": crop})["face_crop_b64url"] == {
        "content.media": "value.media"}


# QA80 (the founding case once more, through real mitmdump, and a teen telehealth app)
def _f32(n: int) -> str:
    import base64
    import struct
    return base64.b64encode(struct.pack(f"<{n}f", *_vector(n))).decode()


def test_qa80_an_effect_sdks_face_mesh_and_template_and_a_voice_sdks_xvector() -> None:
    rng = random.Random(5)
    mesh = [[round(rng.uniform(200, 500), 1), round(rng.uniform(200, 600), 1)]
            for _ in range(106)]
    found = found_in({"effect": "glam_v2", "mesh": mesh, "tpl": _f32(128)},
                     "https://fx.lensforge.example.net/v1/track")
    assert found["mesh"] == {"biometric.face": "structure.face-landmarks"}
    assert found["tpl"] == {"biometric.face": "structure.face-embedding"}
    found = found_in({"model": "xvector-v3", "xvec": _f32(192), "task": "duet_harmony"},
                     "https://api.voxtune.example.net/v2/match")
    assert found["xvec"] == {"biometric.voice": "structure.voice-embedding"}
    assert not found_in({"prop": {"mesh": mesh}}, "https://fx.lensforge.example.net/v1/props")
    assert "xvec" not in found_in({"xvec": _vector(32)}, "https://game.example/v1/telemetry")


def test_qa80_key_down_and_up_lists_a_share_sheets_apps_and_a_sounds_tempo() -> None:
    downs = [100 + 180 * i for i in range(20)]
    ups = [d + 60 + (i * 7) % 70 for i, d in enumerate(downs)]
    found = found_in({"bhv": {"kd": downs, "ku": ups}}, "https://risk.fraudlens.example.net/v1/s")
    assert found["bhv"] == {"behavior.keystroke": "structure.keystroke-lists"}
    assert not found_in({"bhv": {"kd": downs, "ku": [d + 5000 for d in downs]}})
    apps = ["com.example.chatwave", "com.example.photogram", "com.example.mailbox"]
    assert found_in({"share_targets": apps})["share_targets"] == {
        "device.apps": "context.package-list"}
    assert not found_in({"track_id": "snd_1", "bpm": 128, "key": "A minor",
                         "beat_times_ms": [0, 469, 938]},
                        "https://api.loopreel.example.com/v2/sounds/resolve")


def test_qa80_mental_health_in_tags_log_lines_and_emotions() -> None:
    assert found_in({"tags": {"wellbeing_track": "low_mood_anxiety"}},
                    "https://push.example.net/v1/players")["tags.wellbeing_track"] == {
        "health.medical": "text.health-terms"}
    assert found_in({"breadcrumbs": [{"message": "PHQ-A result shown: moderately_severe (17)"}]},
                    "https://crash.example.de/api/1/store/")["breadcrumbs[0].message"] == {
        "health.medical": "text.health-terms"}
    assert found_in({"emotions": ["anxious", "lonely"]})["emotions"] == {
        "health.medical": "words.mood"}
    assert not found_in({"playlist": {"emotions": ["happy", "calm"]}})


@pytest.mark.parametrize(("body", "path", "category"), [
    # blind46-48's general readings
    ({"readings": [{"metrics": {"waterPct": 54.2, "boneKg": 2.9}}]},
     "readings[0].metrics.waterPct", "health.fitness"),
    ({"madhab": "hanafi"}, "madhab", "personal.sensitive"),
    ({"yorum": "Domatesler çok tazeydi, teşekkürler!"}, "yorum", "content.text"),
])
def test_blind46_48_general_readings(body: object, path: str, category: str) -> None:
    assert category in found_in(body, "https://api.app.example.com/v1/x").get(path, {}), body


def test_blind46_48_look_alikes() -> None:
    # a payment SDK's publishable key in a bearer, a genetic carrier, a dog's medicine
    found = strong_in({"amount": 1200}, "https://api.paybramble.example.net/v1/charges",
                      headers=(("Authorization", "Bearer pb_pk_live_6611f596f80f"),))
    assert "Authorization" not in found
    found = strong_in({"amount": 1200}, "https://api.paybramble.example.net/v1/charges",
                      headers=(("Authorization", "Bearer sk_live_6611f596f80f22aa"),))
    assert found["Authorization"] == {"secret.credential"}
    assert not found_in({"summary": {"carrier": "CFTR heterozygous"}, "dogMeds": "Apoquel 16 mg"})


@pytest.mark.parametrize(("body", "url"), [
    # QA81's look-alikes of the session's later readings
    ({"stroke": {"points": [[i, (i * 7) % 50] for i in range(468)]}}, "/v1/drawings/strokes"),
    ({"points": [[1700000000 + 60 * i, 100 + i % 7] for i in range(106)]}, "/v1/sparkline"),
    ({"down": [10, 40, 90, 150, 200, 260], "up": [50, 120, 180, 240, 300, 470]},
     "/v1/hikes/summary"),
    ({"task_uid": "3f1c2a9e0b7d4c619a33"}, "/v1/tasks"),
    ({"items": [{"title": "Calm", "tags": ["anxiety"]}]}, "/v1/library/recently-viewed"),
    ({"message": "PCL6 render result: 3 pages OK"}, "/v1/print/log"),
    ({"share": {"targets": ["com.tinyapp.ShareToStory", "com.tinyapp.ShareToFeed",
                            "com.tinyapp.CopyLinkActivity"]}}, "/v1/share"),
    ({"promo": {"targets": ["com.a.one", "com.b.two", "com.c.three"]}}, "/v1/promo"),
    ({"recipe": {"diets": ["kosher", "gluten-free"]}}, "/v1/recipes/save"),
    ({"template": {"salutation": "Mr"}}, "/v1/letters"),
    ({"food": {"per_100g": {"glucose": 2.4}}}, "/v1/foods/apple"),
    ({"video": {"dnr": "3D-DNR"}}, "/v1/camera/settings"),
    ({"movie": {"emotions": ["joy", "sadness"]}}, "/v1/movies/m1"),
    ({"pins": [{"fingerprint": "3f1c2a9e0b7d4c619a333f1c2a9e0b7d"}]}, "/v1/config"),
    ({"scale": {"tare": True, "weight_g": 243.5}}, "/v1/scale/reading"),
])
def test_qa81_look_alikes(body: object, url: str) -> None:
    # (none of the session's readings: a drawing's stroke may stay a touch trajectory, a
    # pin's digest a device property, as before the session)
    found = strong_in(body, f"https://api.app.example.com{url}")
    assert not {c for cats in found.values() for c in cats} - {"behavior.motion",
                                                               "device.info"}, body


def test_qa82_a_probe_matched_to_a_gallery_typing_intervals_orientation_and_hardware() -> None:
    found = found_in({"probe": {"vec": _f32(512)}, "threshold": 0.7},
                     "https://match.idcheckr.example.net/v3/match")
    assert found["probe.vec"] == {"biometric.face": "structure.face-embedding"}
    found = found_in({"compose": {"iki_ms": [120 + (i * 37) % 150 for i in range(30)]}})
    assert found["compose.iki_ms"] == {"behavior.keystroke": "structure.inter-key-intervals"}
    found = found_in({"user_properties": {"orientation": "lesbian"},
                      "screen": {"orientation": "portrait"}})
    assert found == {"user_properties.orientation": {"personal.sensitive": "key.orientation"},
                     "screen.orientation": {"device.info": "key.screen-orientation"}}
    found = found_in({"tags": {"device_sn": "HDB2-4K7Q-19320"}, "breadcrumbs": [
        {"message": "BLE pair retry for watch imei=352099111234569 attempt 2"}]})
    assert found["tags.device_sn"] == {"id.hardware": "key.serial"}
    assert set(found["breadcrumbs[0].message"]) == {"id.hardware"}  # (by text or by pair)


def test_blind49_50_an_own_voice_profile_an_mmps_id_and_a_shipping_address() -> None:
    rng = random.Random(1)
    voice = [round(rng.gauss(0, 0.07), 4) for _ in range(192)]
    found = found_in({"profile": {"embedding": voice, "f0Mean": 196.4, "seconds": 12}},
                     "https://api.hearloom.example.com/api/v4/ownvoice")
    assert found["profile.embedding"] == {"biometric.voice": "structure.voice-embedding"}
    found = found_in({"tb_uid": "1765300109896-2560172879047895407"},
                     "https://s2s.tracebuoy.example.net/install")
    assert found["tb_uid"] == {"id.device": "key.vendor-id"}
    found = found_in({"ship_line1": "1450 Broadway Apt 12C", "ship_city": "New York",
                      "ship_state": "NY", "ship_zip": "10018"})
    assert found["ship_line1"] == {"contact.address": "context.address-line"}
    assert found["ship_state"] == {"location.coarse": "context.address-region"}


@pytest.mark.parametrize(("body", "url"), [
    # QA83's look-alikes of QA82's readings
    ({"probe": {"embedding": _vector(512)}, "gallery": "catalog_sku"}, "/v1/products/match"),
    ({"kokyu": {"iki": [4000, 7000, 8000, 4000, 7000, 8000]}}, "/v1/breathing"),
    ({"tile": {"orientation": "straight"}}, "/v1/layout"),
    ({"inventar": [{"artikel": "Waschmaschine", "seriennummer": "WM7-88127-A"}]}, "/v1/inventar"),
    ({"article": {"body": "Dial *#06#. Example: IMEI 490154203237518 (sample number)"}},
     "/v1/help/articles"),
])
def test_qa83_look_alikes(body: object, url: str) -> None:
    assert not strong_in(body, f"https://api.app.example.com{url}"), body


def test_qa83_a_sexuality_and_a_french_orientation() -> None:
    assert found_in({"profile": {"sexuality": "straight"}})["profile.sexuality"] == {
        "personal.sensitive": "key.sexuality"}
    assert "personal.sensitive" in found_in({"profil": {"orientation_sexuelle": "homosexuel"}})[
        "profil.orientation_sexuelle"]


def test_a_selfie_matched_against_the_profiles_photos_is_a_face() -> None:
    # QA82's U09 once more after QA83: the gallery's "photo_id" names photos, the liveness
    # check beside the probe says whose
    found = found_in({"probe": {"vec": _f32(512)}, "gallery": [{"photo_id": "ph_1",
                                                               "vec": _f32(512)}],
                      "liveness": {"yaw_deg": [1.0, 2.0]}},
                     "https://match.idcheckr.example.net/v3/match")
    assert found["probe.vec"] == {"biometric.face": "structure.face-embedding"}


def test_an_iso6709_place_and_a_pipe_separated_pair_are_positions() -> None:
    found = found_in({"location": "+52.35711+004.86842/"})
    assert found["location"] == {"location.precise": "value.latlon"}
    assert "location.precise" in found_in({"loc": "40.41683|-3.70379"})["loc"]
    assert not found_in({"version": "+1.2+003/"})


def test_qa82_names_with_particles_surnames_and_an_age_bucket() -> None:
    found = found_in({"to": {"name": "Els de Boer", "phone": "+31612345678"}},
                     "https://api.hearthly.example.com/v1/messages")
    assert found["to.name"] == {"contact.name": "context.person-name"}
    found = found_in({"holder": {"surnames": "García López"}, "age_bucket": "25-34"})
    assert found["holder.surnames"] == {"contact.name": "words.name"}
    assert found["age_bucket"] == {"personal.birthdate": "key.age"}


def test_qa80_event_kinds_spell_no_text_and_a_mood_board_is_no_mood() -> None:
    events = [{"t": "d" if i % 2 == 0 else "u", "ts": 100 + 60 * i} for i in range(20)]
    assert found_in({"typing": events})["typing"] == {
        "behavior.keystroke": "structure.keystroke-events"}
    assert not found_in({"mood_board": {"mood": "calm"}},
                        "https://api.app.example.com/v1/profile/theme")
