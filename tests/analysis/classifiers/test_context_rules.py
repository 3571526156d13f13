"""Context, last-word and shape rules added from the second blind set's misses: a person's name
in a person's object, an event list's fields, a place's country, E7 coordinates, MFCC vectors,
swipe traces — and the negatives each must leave alone."""

from __future__ import annotations

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in as _found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"rider": {"name": "Jane Doe"}}, "rider.name", "contact.name"),
    ({"meta": {"listener": {"name": "Jane Q. Doe"}}}, "meta.listener.name", "contact.name"),
    ({"user_details": {"name": "Jane Doe"}}, "user_details.name", "contact.name"),
    ({"to": {"name": "Alex Roe", "iban": "x"}}, "to.name", "contact.name"),
    ({"tealium_event": "screen_view"}, "tealium_event", "behavior.usage"),
    ({"screen_title": "Checkout"}, "screen_title", "behavior.usage"),
    ({"action_name": "Cart / Review"}, "action_name", "behavior.usage"),
    ({"events": [{"key": "song_played", "dur": 31}]}, "events[0].key", "behavior.usage"),
    ({"events": [{"key": "song_played", "dur": 31}]}, "events[0].dur", "behavior.usage"),
    ({"shippingAddress": {"countryCode": "US"}}, "shippingAddress.countryCode",
     "location.coarse"),
    ({"placeContext": {"geo": {"countryCode": "US"}}}, "placeContext.geo.countryCode",
     "location.coarse"),
    ({"fix": {"lat_e7": 407418300}}, "fix.lat_e7", "location.precise"),
    ({"fix": {"longitudeE7": -739893100}}, "fix.longitudeE7", "location.precise"),
    ({"fix": {"latitudeE7": 407000000}}, "fix.latitudeE7", "location.coarse"),  # 40.7
    ({"dpr": 2.75, "res": "1080x2400"}, "dpr", "device.info"),
    ({"net": {"cell": {"cid": 104604474}}}, "net.cell.cid", "location.carrier"),
    ({"cellTowers": [{"locationAreaCode": 415}]}, "cellTowers[0].locationAreaCode",
     "location.carrier"),
    ({"usr": {"id": "u_123456", "name": "Jane Doe"}}, "usr.name", "contact.name"),
    ({"usr": {"id": "u_123456"}}, "usr.id", "id.user"),
    ({"u-gender": "f"}, "u-gender", "personal.gender"),
    ({"u-age": "34"}, "u-age", "personal.birthdate"),
    ({"data": {"disp_w": 1080}}, "data.disp_w", "device.info"),
    ({"X-UA-Push-Address": "fcm_abcdef0123456789"}, "X-UA-Push-Address", "id.device"),
    ({"pickup": {"address": "89 E 42nd St, New York, NY 10017"}}, "pickup.address",
     "contact.address"),
    ({"delivery_address": "Via Roma 12"}, "delivery_address", "contact.address"),
    ({"name": {"first": "Jane", "last": "Doe"}}, "name.first", "contact.name"),
    ({"user": {"name": {"family": "Doe"}}}, "user.name.family", "contact.name"),
    ({"employee_id": "E-10442"}, "employee_id", "id.user"),
    ({"patient": {"sex_at_birth": "female"}}, "patient.sex_at_birth", "personal.gender"),
    ({"reason_for_visit": "rash on arm"}, "reason_for_visit", "health.medical"),
    ({"medications": [{"dose": "50 mg"}]}, "medications[0].dose", "health.medical"),
    ({"common": {"platform": "AndroidPlayer"}}, "common.platform", "device.info"),
    ({"msg": {"gfx_vendor": "Qualcomm"}}, "msg.gfx_vendor", "device.info"),
    ({"eventParams": {"userCountry": "US"}}, "eventParams.userCountry", "location.coarse"),
    ({"userCustomData": {"lastSearch": "red shoes"}}, "userCustomData.lastSearch",
     "behavior.search"),
    ({"breadcrumbs": [{"data": {"url": {"q": "running shoes"}}}]},
     "breadcrumbs[0].data.url.q", "behavior.search"),
    ({"answers": [{"text": "I feel anxious at night"}]}, "answers[0].text", "content.text"),
    ({"chat": {"message": {"text": "moved to the afternoon, " * 4}}}, "chat.message.text",
     "content.text"),  # a message longer than a device property is still read
    ({"saved_cities": ["Chicago, IL", "New York, NY"]}, "saved_cities", "location.coarse"),
    ({"card[address_zip]": "10001"}, "card[address_zip]", "location.coarse"),
    ({"identityMap": {"Phone_SHA256": [{"id": "ab" * 32}]}},
     "identityMap.Phone_SHA256[0].id", "contact.phone"),
])
def test_found(body: object, path: str, category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


@pytest.mark.parametrize(("body", "path"), [
    ({"account": {"name": "Main Account"}}, "account.name"),  # a thing's title, no person
    ({"rider": {"name": "Premium Plan"}}, "rider.name"),
    ({"rider": {"name": "jdoe_runner"}}, "rider.name"),  # a handle is no name
    ({"event_source": "app"}, "event_source"),  # "event" is not the key's last word
    ({"event_uuid": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"}, "event_uuid"),
    ({"tealium_event": "6f1c2b3a4d5e4f608a7b9c0d1e2f3a4b"}, "tealium_event"),  # an ID
    ({"events": [{"app": {"duration": 41000}}]}, "events[0].app.duration"),  # not the event's
    ({"events": [{"event_id": "abc123"}]}, "events[0].event_id"),
    ({"medications": [{"id": "m1"}]}, "medications[0].id"),  # a record's id is no medication
    ({"gender_neutral": False}, "gender_neutral"),  # a flag, no gender
    ({"app": {"name": {"display": "Shop"}}}, "app.name.display"),  # an app's name object
    ({"name": {"first": "premium"}}, "name.first"),
    ({"dr": {"q": "abc def"}}, "dr.q"),  # a referrer's search was on another site
    ({"device": {"dx": "x" * 100}}, "device.dx"),  # a device property is short
    ({"server": {"address": "10.0.0.1:443"}}, "server.address"),  # addresses that are not
    ({"wallet": {"address": "0x52908400098527886E0F7030069857D2E4169EE7"}}, "wallet.address"),
    ({"ticket": {"address": "Gate 12"}}, "ticket.address"),
    ({"fix": {"lat_e7": 12}}, "fix.lat_e7"),  # too small to be degrees x 10^7
    ({"fix": {"lat_e7": 2000000000}}, "fix.lat_e7"),  # beyond 90 degrees
])
def test_not_found(body: object, path: str) -> None:
    assert path not in _found(body), _found(body)


def test_mfcc_statistics_are_a_voiceprint_but_each_frame_is_not_one_more() -> None:
    vec = [round(1.5 - 0.37 * i, 3) for i in range(13)]
    assert _found({"voice": {"mfcc_mean": vec}})["voice.mfcc_mean"] == {
        "biometric.voice": "structure.mfcc-vector"}
    frames = _found({"features": {"mfcc": [vec, vec[::-1], vec, vec[::-1]]}})
    assert frames["features.mfcc"] == {"biometric.voice": "structure.mfcc"}
    assert not [p for p in frames if p.startswith("features.mfcc[")], frames
    # thirteen floats under a key that names no MFCC are no voiceprint
    assert "stats.bands" not in _found({"stats": {"bands": vec}})


def test_e7_track_and_swipe_trace() -> None:
    track = [[407418300 + 2100 * j, -739893100 + 1700 * j, 1700000000000 + 4000 * j]
             for j in range(25)]
    found = _found({"points": track})
    assert found["points"] == {"location.precise": "structure.gps-track"}
    # the same integers as pixel counts are not coordinates
    pixels = [[150 + 37 * j, 1810 + 11 * (j % 4), 1700000000000 + 14 * j] for j in range(24)]
    assert "points" not in _found({"points": pixels})
    assert _found({"glide": {"trace": pixels}})["glide.trace"] == {
        "behavior.motion": "structure.motion-series"}


def test_a_cells_id_is_no_device_id() -> None:
    assert _found({"net": {"cell": {"cid": 104604474}}})["net.cell.cid"] == {
        "location.carrier": "context.cell"}
    assert _found({"cid": "c0ffee001234"})["cid"] == {"id.device": "key.cid"}


def test_key_event_rows_and_timed_touch_samples() -> None:
    t0 = 1700000000000
    kd = [["kd" if j % 2 == 0 else "ku", t0 + 140 * j, 90 + j] for j in range(14)]
    assert _found({"events": kd})["events"] == {"behavior.keystroke": "structure.keystroke-rows"}
    # "up"/"down" rows alone are votes or states; beside a keystroke key they are key events
    ud = [["up" if j % 2 else "down", t0 + 140 * j, 90] for j in range(8)]
    assert "votes" not in _found({"votes": ud})
    assert "behavior.keystroke" in _found({"keystrokes": ud})["keystrokes"]
    touch = [[t0 + 16 * j, 300 + 9 * j, 1800 - 4 * j, 0.5, 0.06] for j in range(15)]
    assert _found({"touch": touch})["touch"] == {"behavior.motion": "structure.motion-series"}
    # five-wide rows without a rising time column under a motion key are no sensor series
    rows = [[3, 300 + 9 * j, 1800 - 4 * j, 0.5, 0.06] for j in range(15)]
    assert "touch" not in _found({"touch": rows})


def test_a_records_value_takes_its_records_name_but_its_time_does_not() -> None:
    found = _found({"samples": {"steps": [{"count": 5012, "t": 1700000000}],
                                "heart_rate": [{"bpm": 61, "t": 1700000000}]}})
    assert found["samples.steps[0].count"] == {"health.fitness": "words.fitness"}
    assert "samples.steps[0].t" not in found and "samples.heart_rate[0].t" not in found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"device": "Google Pixel 8"}, "device", "device.info"),
    ({"network": "LTE"}, "network", "device.info"),
    ({"conn": "wifi"}, "conn", "device.info"),
])
def test_connection_types_and_named_models(body: object, path: str, category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


def test_a_networks_name_is_no_connection_type() -> None:
    assert "network" not in _found({"network": "Example Mobile"})


def test_a_pairs_value_is_read_under_the_pairs_name() -> None:
    def attr(key: str, value: object, kind: str = "stringValue") -> dict[str, object]:
        return {"key": key, "value": {kind: value}}

    found = _found({"resourceSpans": [{"resource": {"attributes": [
        attr("os.version", "14"), attr("net.host.carrier.mcc", "310"),
        attr("geo.lat", 40.74183, "doubleValue"), attr("enduser.id", "u_8812"),
        attr("service.name", "shop"), attr("telemetry.sdk.language", "java")]}}],
        "params": [{"key": "device_model", "string_value": "Pixel 8"}],
        "custom": [{"name": "carrier", "value": "Example Mobile"}]})
    at = "resourceSpans[0].resource.attributes[{}].value.{}"
    assert found[at.format(0, "stringValue")] == {"device.info": "key.device-info"}
    assert found[at.format(1, "stringValue")] == {"location.carrier": "key.carrier"}
    assert found[at.format(2, "doubleValue")] == {"location.precise": "key.latitude"}
    assert found[at.format(3, "stringValue")] == {"id.user": "key.user-id"}
    assert at.format(4, "stringValue") not in found and at.format(5, "stringValue") not in found
    assert "device.info" in found["params[0].string_value"]
    assert found["custom[0].value"] == {"location.carrier": "key.carrier"}


def test_a_packed_template_in_a_face_or_voice_object() -> None:
    import base64
    import struct

    tpl = base64.b64encode(struct.pack("<128f", *[0.01 * i for i in range(128)])).decode()
    found = _found({"punches": [{"face": {"template": tpl}}], "voice": {"embedding": tpl},
                    "doc": {"template": tpl}})
    # the packed floats are unwrapped and read as a vector; the key context reads them too
    assert set(found["punches[0].face.template"]) == {"biometric.face"}
    assert set(found["voice.embedding"]) == {"biometric.voice"}
    assert "doc.template" not in found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"op_region": "US"}, "op_region", "location.carrier"),
    ({"current_region": "US"}, "current_region", "location.coarse"),
    ({"sys_region": "US"}, "sys_region", "device.info"),
    ({"networkTechnology": "LTE"}, "networkTechnology", "device.info"),
    ({"sessionIndex": 4}, "sessionIndex", "behavior.usage"),
    ({"play_ms": 31000}, "play_ms", "behavior.usage"),
    ({"searches": [{"q": "cat videos"}]}, "searches[0].q", "behavior.search"),
])
def test_short_video_and_tracker_spellings(body: object, path: str, category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


def test_a_header_ending_in_token_holds_a_credential_when_long() -> None:

    ex = Exchange(ts=0, method="GET", url="https://a.example/x", request_headers=(
        ("X-Tt-Token", "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071"),
        ("X-Token-Type", "bearer")))
    found = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert found == {"X-Tt-Token": "secret.credential"}


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"items": [{"drug": "Sertraline 50mg", "rx_number": "RX-88231"}]}, "items[0].drug",
     "health.medical"),
    ({"payment_method_nonce": "tokencc_bh_abc123_def456"}, "payment_method_nonce",
     "financial.payment"),
    ({"details": {"expiration_year": "2029"}}, "details.expiration_year", "financial.payment"),
    ({"payments": [{"token": "pm_1Nv0abc123XYZ", "amount": 20}]}, "payments[0].token",
     "financial.payment"),
    ({"passengers": [{"identity_documents": [{"unique_identifier": "P1234567"}]}]},
     "passengers[0].identity_documents[0].unique_identifier", "personal.national_id"),
])
def test_pharmacy_payment_and_travel_document_fields(body: object, path: str,
                                                    category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


def test_other_peoples_names_in_a_households_lists() -> None:
    found = _found({"roommates": [{"name": "Rosa Morales", "share": 0.5}],
                    "familyMembers": [{"name": "Sam Patel", "age": 41}]})
    assert found["roommates[0].name"] == {"contact.name": "context.person-name"}
    assert found["familyMembers[0].name"] == {"contact.name": "context.person-name"}
    # two capitalised words under a generic key are as often a film's cast, a company, a room
    # or a book (QA16): not read as a person's name
    assert not _found({"people": ["Tom Hanks", "Meg Ryan"], "signer": "Acme Holdings",
                       "tenant": {"name": "Northwind Traders"}, "payee": "City Water",
                       "references": [{"name": "Clean Code"}],
                       "users": [{"name": "Player One"}]})


def test_a_paired_accessorys_serial_under_its_kind_is_a_hardware_id() -> None:
    found = _found({"camera": "NSTL-C2-0099812", "type": "cry",
                    "readings": [{"scale": "WW-S3-7781204", "kg": 71.2}]})
    assert found["camera"] == {"id.hardware": "key.accessory-serial"}
    assert found["readings[0].scale"] == {"id.hardware": "key.accessory-serial"}
    # a camera's side, a model's name, a product's SKU, a fleet vehicle's number
    assert not _found({"camera": "front", "pump": "X2", "watch": "SM-R910",
                       "product": {"scale": "SKU-88213344"}, "vehicle": "ZZ-SC-72389"})


def test_diabetes_readings_and_blood_pressure_by_their_own_names() -> None:
    found = _found({"entries": [{"type": "sgv", "sgv": 140, "iob": 1.2, "basal": 0.9}],
                    "bp": "118/76", "bac": 0.021, "a1c": 6.8})
    assert found["entries[0].sgv"] == {"health.medical": "key.glucose"}
    assert found["entries[0].iob"] == {"health.medical": "key.insulin"}
    assert found["bp"] == {"health.medical": "key.blood-pressure"}
    assert found["bac"] == {"health.medical": "key.alcohol"}
    assert found["a1c"] == {"health.medical": "key.a1c"}
    # a flag, a label, basis points, a basal metabolic rate; a loan's interest cover, a
    # close-of-business date, a baccalaureate's year and grade (QA16)
    assert not _found({"basal": "enabled", "bp": 25, "bmr": {"basal": 1650}, "sgv": "on",
                       "ratios": {"icr": 2.5}, "cob": 20240315, "student": {"bac": 2019},
                       "notes": {"bac": 15.5}, "isf": 1, "tdd": 1})


def test_an_amount_beside_its_currency_in_a_purchase_is_what_the_user_paid() -> None:
    found = _found({"en": "in_app_purchase",
                    "params": {"value": 4.99, "currency": "USD", "item_id": "coins_500"}})
    assert found["params.value"] == {"financial.purchase": "context.paid-amount"}
    # no purchase: a level's score with a currency; a flag; a value with no currency beside it
    assert "value" not in _found({"event": "level_up", "value": 3, "currency": "USD"})
    assert "value" not in _found({"event": "purchase", "value": True, "currency": "usd"})
    assert "params.value" not in _found({"event": "purchase", "params": {"value": 4.99},
                                         "currency": "USD"})


def test_a_message_beside_its_recipients_or_sent_to_an_ocr_call_is_user_text() -> None:
    sos = {"lat": 40.7, "text": "I'm not safe. Please call 911 and come to my place",
           "notify": ["+15550142277"]}
    assert _found(sos, "https://safe.example/v1/alert")["text"] == {
        "content.text": "context.written"}
    invite = {"invitees": [{"name": "Sam Patel", "phone": "+15550142277"}],
              "message": "Come donate with me Saturday!"}
    assert "content.text" in _found(invite, "https://blood.example/api/referrals")["message"]
    ocr = {"photo": "ph_77fae1e7c0", "text": "Your appointment with Dr. Osei is confirmed"}
    assert "content.text" in _found(ocr, "https://pix.example/v3/ocr")["text"]
    # a log line beside the user's e-mail; a text with no one beside it, to no writing call
    log = {"level": "error", "message": "Connection timed out after 30s",
           "email": "jane@example.com"}
    assert "message" not in _found(log, "https://sdk.example/v1/events")
    assert "text" not in _found({"text": "Welcome back to the app"}, "https://sdk.example/v1/e")


def test_seventeenth_set_shapes_sim_country_short_timings_and_voice_measures() -> None:
    assert _found({"simcc": "us"})["simcc"] == {"location.carrier": "key.carrier"}
    rows = {"rows": [{"field": "caption", "dw": [85, 80, 129, 100, 142, 89, 120, 71],
                      "fl": [237, 300, 101, 108, 86, 340, 296, 351], "bs": 1}]}
    found = _found(rows, "https://log.example/v2/typing")
    assert found["rows[0].dw"] == found["rows[0].fl"] == {
        "behavior.keystroke": "structure.keystroke-series"}
    assert "rows[0].dw" not in _found(rows, "https://home.example/v2/appliances")


def test_the_seventeenth_sets_look_alikes_stay_negative() -> None:
    found = _found({"dev": {"av": "5.0.3", "sv": "1.9.2", "osv": "14"},
                    "meta": {"buildId": "1cfc5cac5a792dd3555bafedc899b7e1ea7836ad"},
                    "purchase_time": 1760000001,
                    "edges": [{"ip": "198.51.100.20", "rtt": 31}]})
    assert set(found) == {"dev.osv"}
    assert "authorization" not in _found({"authorization": "Bearer rcd_pub_Qm9vbGVhbkZhbHNl"})


def test_key_events_that_spell_an_email_address_are_that_address() -> None:
    events = [{"k": c, "d": i * 300, "u": i * 300 + 120}
              for i, c in enumerate("jane.doe@example.org")]
    found = _found({"em": {"ev": events}})
    assert found["em.ev"] == {"behavior.keystroke": "structure.keystroke-events",
                              "contact.email": "structure.typed-text"}


def test_install_ids_under_a_vendors_name_and_an_android_id_under_aid() -> None:
    uid = "c0ffee00-1234-4abc-9def-0123456789ab"
    found = _found({"iid": uid, "aid": "3f2a9c81b7d4e6f0", "cip": "203.0.113.7",
                    "sdk": {"x_facekit_device": uid}})
    assert found["iid"] == found["sdk.x_facekit_device"] == {
        "id.device": "key.install-id-suffix"}
    assert found["aid"] == {"id.device": "key.android-id-short"}
    assert found["cip"] == {"location.ip": "key.ip"}
    # a model under "device", a UUID "aid" (as often the advertising ID), an ad's device
    assert "id.device" not in _found({"device": "SM-G991B"}).get("device", {})
    assert "aid" not in _found({"aid": uid})
    assert "imp.device" not in _found({"imp": {"device": uid}})


def test_a_batterys_level_in_short_is_the_phones_unless_a_vehicles() -> None:
    assert _found({"bat": "58"})["bat"] == {"device.info": "key.battery-short"}
    assert not _found({"bat": "vampire", "vehicles": [{"batt": 49}],
                       "baseball": {"bat": "maple"}})


def test_an_embedding_beside_a_measure_only_a_voice_has_is_a_voice_template() -> None:
    emb = [round((i * 37 % 101 - 50) / 1000, 4) for i in range(192)]
    body = {"user": "u_7Hq2", "emb": emb, "formants": [610, 1720, 2650]}
    found = _found(body, "https://voice.example/v2/enroll")
    assert found["emb"] == {"biometric.voice": "structure.voice-embedding"}
    assert found["formants"] == {"biometric.voice": "structure.voice-features"}
    assert "emb" not in _found({"emb": emb, "count": 3}, "https://voice.example/v2/enroll")
    # one measure alone, in no enrolling call; a bird's call, an instrument (QA16)
    assert "emb" not in _found(body)
    for other in ({"embedding": emb, "f0": 3200.0, "formants": [900, 2400],
                   "species": "unknown"},
                  {"embedding": emb, "f0_hz": 440.0, "hnr": 20.1, "instrument": "violin"}):
        assert "embedding" not in _found(other, "https://sound.example/v1/identify")


def test_eighteenth_set_look_alikes() -> None:
    fcm = "Uw0Md1_GVX5gsiqkbC8bjQ:APA91bbh41vqZwb3H" + "x" * 100
    found = _found({"token": fcm, "pin": "87G8P2R6+P7", "meta": {"pin": "40°44'30.6\"N"},
                    "product": "TR-223", "board": "first-90-days",
                    "msgs": [{"cid": "79d016a9-d955-475d-96dc-0c28a59d2c54"}]})
    assert found == {"token": {"id.device": "key.push-token-value"}}
    # a write key as Basic authentication's user, with no password, opens nothing
    assert "authorization" not in _found({"authorization": "Basic bXBfd3JpdGVfa2V5Og=="})
    assert _found({"pin": "4821"})["pin"] == {"secret.credential": "key.pin"}
