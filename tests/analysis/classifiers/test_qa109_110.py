"""What the QA109 and QA110 testers (a cloud keyboard, a glucose monitor's companion, a
campaign's canvassing app, a hearing aid's companion) found missed or misread: a party and a
voting intention, the Nordic personal numbers, an audiogram and hearing in a log line, a
keyboard's typed text and clipboard, a voter's, a follower's and an invitee's name, a list of
the user's own devices' Bluetooth addresses, a campaign office's phone, a language model's
name (``rules/keys.toml``, ``validators_national.py``, ``audiograms.py``, ``log_quoted.py``,
``writing_calls.py``, ``this_phone.owned_devices``, ``validators_device.phone_model``)."""

from __future__ import annotations

import json

from analysis.classifiers.validators_device import phone_model
from analysis.classifiers.validators_national import party_name, political_party
from analysis.classifiers.validators_numbers import nordic_personal_number
from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.net/api/1/store/"


def _line(line: str) -> dict[str, str]:
    found = found_in({"breadcrumbs": [{"category": "app", "message": line}]}, CRASH)
    return found.get("breadcrumbs[0].message", {})


def test_a_party_by_its_name_and_a_voting_intention() -> None:
    found = found_in({"user_props": {"party_affiliation": "Umoja Mpya Alliance"},
                      "party_membership": "Labour Party", "voting_intention": "leaning_no",
                      "political_ideology": "centre-left"})
    for key in ("user_props.party_affiliation", "party_membership", "voting_intention",
                "political_ideology"):
        assert "personal.sensitive" in found[key], key
    assert "personal.sensitive" in _line(
        "Canvass saved party_affiliation='Umoja Mpya Alliance' ward=W-12")
    # an event's party, a search party, a bare noun, a sentence: none; a bare "party" holds a
    # party's word only, "X Alliance" only under an affiliation's key
    for value in ("Birthday Party", "Search party", "Party", "we party tonight", "Office Party"):
        assert not party_name(value) and not political_party(value), value
    assert political_party("Working Families") and party_name("Green Alliance")
    assert not political_party("Night Owls Alliance")
    assert found_in({"party": "Birthday Party", "guests": 12}) == {}
    assert found_in({"claim": {"party": "Injured Party"}, "ideology": "solarpunk",
                     "seating": {"party_preference": "Small Party"},
                     "poll": {"voting_intention": "32% yes"}}) == {}


def test_the_nordic_personal_numbers_under_their_short_names() -> None:
    for value in ("120361-4418", "19890412-2385", "890412-2385", "131052-308T", "010594Y9032",
                  "1705912329", "8904122382"):
        assert nordic_personal_number(value), value
    # (ten bare digits only with Sweden's Luhn or Iceland's check: an Indian train's PNR, a
    # timestamp, a CPR written without its dash are no match)
    for value in ("X7K2QP", "2024-05-17", "1234567890", "true", "CPR-101", "4102873561",
                  "1700000000"):
        assert not nordic_personal_number(value), value
    assert found_in({"certifications": {"cpr": "240315-0042"}}) == {}
    assert "personal.national_id" in found_in({"cpr": "120361-4418"})["cpr"]
    assert "personal.national_id" in found_in({"citizen": {"pnr": "19890412-2385"}})[
        "citizen.pnr"]
    # a flight's booking reference is still a purchase; a first-aid flag nothing
    assert found_in({"booking": {"pnr": "X7K2QP"}})["booking.pnr"] == {
        "financial.purchase": "key.purchase"}
    assert found_in({"cpr": True}) == {}
    assert "personal.national_id" in _line("Subsidy submit cpr=120361-4418 status=pending")


def test_an_audiogram_and_hearing_in_a_log_line() -> None:
    found = found_in({"thresholds_db_hl": {"left": {"250": 15, "1000": 30, "4000": 55},
                                           "right": {"250": 10, "1000": 25, "4000": 50}},
                      "loss_degree": "moderate", "loss_type": "sensorineural"})
    assert {"thresholds_db_hl.left.250", "thresholds_db_hl.right.4000", "loss_degree",
            "loss_type"} <= set(found)
    assert all(v == {"health.medical": "structure.audiogram"} for v in found.values())
    # a demo's curve, counts by a frequency-looking key, two frequencies only: none
    assert found_in({"demo_thresholds": {"left": {"250": 15, "1000": 30, "4000": 55}}}) == {}
    assert found_in({"counts": {"250": 15, "1000": 30, "4000": 55}}) == {}
    assert found_in({"audiogram": {"left": {"250": 15, "1000": 30}}}) == {}
    assert "health.medical" in found_in({"has_tinnitus": True})["has_tinnitus"]
    assert found_in({"tinnitusReminder": "21:30", "tinnitus_article": "art_12"}) == {}
    assert "health.medical" in _line("Sync hearing_loss=moderate tinnitus=true")
    assert "health.medical" in _line("Urgent low alert bg=56 unit=mg/dL")
    assert _line("Theme set bg=dark fg=light") == {}
    assert _line("Reader sync bg=45 sensor=ok") == {}
    assert _line("Dog saved name=Biscuit med=Apoquel dose_mg=16") == {}
    # a hearing aid's own gains per band, a speaker's flags, a podcast audiogram's video
    assert found_in({"hearing_aid": {"gains": {"250": 10, "1000": 15, "4000": 20}}}) == {}
    assert found_in({"speaker": {"threshold_hz": {"250": 1, "500": 1, "1000": 1}}}) == {}
    assert found_in({"audiogram": {"width": 1080, "duration": 30}}) == {}


def test_a_keyboards_typed_text_and_clipboard() -> None:
    found = found_in({"ctx": "running late, tell Wei to order first pls", "word": "tmrw",
                      "lang": "en_SG", "model": "lm-en_SG-large"},
                     "https://kb.example.com/v2/autocorrect")
    assert found["ctx"] == {"content.text": "context.written"}
    assert "model" not in found and "word" not in found
    assert "ctx" not in found_in({"ctx": "running late, tell Wei to order first pls"},
                                 "https://api.example.com/v2/settings")
    assert "context" in found_in({"context": "see you at"},
                                 "https://kb.example.com/v1/keyboard/predict")
    assert found_in({"context": "Arsenal vs Chelsea"},
                    "https://api.example.com/v1/matches/predict") == {}
    assert "content.text" in _line("Cloud correct ctx='can u send me the slot for sat' word=sat")
    assert not phone_model("lm-en_SG-large") and not phone_model("asr-de-DE-small")
    assert phone_model("SM-G991B") and phone_model("Pixel 8")


def test_a_voters_a_followers_and_an_invited_persons_name() -> None:
    assert "contact.name" in _line("Door saved voter='Grace Njeri Mwangi' intention=lean")
    assert "contact.name" in _line("Follower invited name='Birgitta Lindqvist' phone=+467055")
    assert _line("Theme loaded name='Ocean Blue' id=7") == {}
    assert _line("Share sent name='Night Owls'") == {}
    assert _line("Follow suggestion follower='Nike Running'") == {}
    assert _line("Keyboard tutorial text='Swipe to type'") == {}
    found = found_in({"follower": {"name": "Birgitta Lindqvist", "phone": "+46 70 555 0148"}})
    assert found["follower.name"] == {"content.contacts": "context.follower-entry"}
    assert found["follower.phone"] == {"content.contacts": "context.follower-entry"}
    assert found_in({"gimbal": {"follower": {"pan_speed": 20}}, "followers": 1200}) == {}


def test_the_users_own_devices_in_a_list_are_no_scan() -> None:
    found = found_in({"devices": [
        {"side": "left", "serial": "AL7-2291-04518", "ble_address": "C4:7A:91:0E:3D:52"},
        {"side": "right", "serial": "AL7-2291-04519", "ble_address": "C4:7A:91:0E:3D:53"}]})
    assert found["devices[0].ble_address"] == {"id.hardware": "value.mac"}
    # a scan's entries (a signal strength), and a list of addresses by a scan's name
    found = found_in({"devices": [{"address": "C4:7A:91:0E:3D:52", "rssi": -60}],
                      "nearby": ["f4:92:bf:3a:71:0d"]})
    assert found["devices[0].address"] == {"location.wifi": "value.nearby-mac"}
    assert found["nearby[0]"] == {"location.wifi": "value.nearby-mac"}
    # ...nor a crowd's found tags, their battery and firmware beside
    found = found_in({"community_devices": [{"address": "C4:7A:91:0E:3D:54", "battery": 80}]})
    assert found["community_devices[0].address"] == {"location.wifi": "value.nearby-mac"}


def test_a_campaign_offices_phone_is_the_offices_her_own_office_phone_hers() -> None:
    assert found_in({"campaign_office": {"name": "UMA Kilimani", "phone": "+254 20 555 0101"}},
                    "https://api.x.example/v1/canvass") == {}
    assert "contact.phone" in found_in({"profile": {"office": {"phone": "(415) 555-0134"}}})[
        "profile.office.phone"]
    assert "contact.phone" in _line("Profile saved phone=+254722555301")
    assert phone_model("LM-Q720") and phone_model("LM_X420")


def test_qa111_qa112_entry_codes_my_number_an_sa_id_a_work_permit() -> None:
    found = found_in({"my_number": "123456789018", "sa_id_number": "9105170123085",
                      "work_permit_number": "WP-2291044", "gate_code": "4471#",
                      "alarm_code": "1290", "lockbox_code": "8832"})
    for key in ("my_number", "sa_id_number", "work_permit_number"):
        assert "personal.national_id" in found[key], key
    for key in ("gate_code", "alarm_code", "lockbox_code"):
        assert "secret.credential" in found[key], key
    assert found_in({"flight": {"gate_code": "B12"}, "sa_id": "He said yes"}) == {}
    # (a stadium's gate, a fault's code, a placeholder, a phone under "myNumber": the review)
    assert found_in({"gate_code": "GATE4", "alarm_code": "E301", "lockbox_code": "0000"}) == {}
    assert "personal.national_id" not in found_in({"myNumber": "+447700900123"})["myNumber"]
    assert "secret.credential" in _line("Job start gate_code=4471# alarm_code=1290")
    assert "personal.national_id" in _line("Home access sa_id=9105170123085")


def test_qa112_a_japanese_name_and_address() -> None:
    from analysis.classifiers.validators_names import person_name, postal_address
    for value in ("森 和子", "山田 太郎", "森さくら"):
        assert person_name(value), value
    for value in ("王小明", "大阪", "会员卡", "抹茶ラテ", "東京タワー"):
        assert not person_name(value), value
    for value in ("大阪府大阪市北区梅田1丁目2-3", "上海市浦东新区世纪大道100号",
                  "서울특별시 강남구 테헤란로 123"):
        assert postal_address(value), value
    assert not postal_address("東京都渋谷区") and not postal_address("大阪府")
    assert "health.medical" in found_in({"props": {"med_name": "Donepezil"}})["props.med_name"]
    found = found_in({"insured": {"name": "森 和子", "address": "大阪府大阪市北区梅田1丁目2-3"}})
    assert found == {"insured.name": {"contact.name": "context.person-name"},
                     "insured.address": {"contact.address": "key.address-value"}}


def test_qa113_qa114_philsys_a_geofence_entry_spanish_health_german_ids() -> None:
    found = found_in({"philsys_number": "7391-0458-2216-5093",
                      "salud": {"diabetica": True, "condiciones": ["diabetes tipo 2"]},
                      "nutzer_id": "u_5512",
                      "werbe_id": "38400000-8cf0-11bd-b23e-10b96e40000d"})
    assert "personal.national_id" in found["philsys_number"]
    assert "health.medical" in found["salud.diabetica"]
    assert "health.medical" in found["salud.condiciones"]
    assert "id.user" in found["nutzer_id"] and "id.advertising" in found["werbe_id"]
    assert found_in({"playstation": {"psn": "123456789012"}}) == {}
    # a dating app's matches' profiles are other people's (QA114; a singular "match" is the
    # acting user's own as often: the review)
    assert found_in({"matches": [{"perfil_id": "p_99812"}]}) == {}
    # a German installer's record is the installer's
    assert found_in({"installateur": {"firma": "Solartechnik GmbH", "telefon": "+49 89 1234567"}
                     }) == {}
    assert "location.precise" in _line("Geofence enter lat=14.599512 lon=120.984222 zone=c")
    assert _line("Geofence registered id=f1 transition=enter lat=40.712776 lon=-74.005974") == {}
    assert _line("Geofence enter zone=z1 center lat=40.712776 lon=-74.005974 radius=150") == {}
    assert "health.medical" in _line("Profile religion=catolica diabetica=true")
    assert "personal.national_id" in _line("Donor verify philsys=7391-0458-2216-5093")
    # an agency's own office in a line named for it is the agency's (QA112)
    assert _line("Agency office loaded addr='12 Main Rd, Rosebank, Johannesburg 2196' "
                 "tel=+27115550100") == {}
    assert "contact.address" in _line("Address saved addr='12 Main Rd, Rosebank, Johannesburg'")


def test_qa115_qa116_nhs_a_surgery_a_template_mesh_an_fsa_a_t4_a_suspect() -> None:
    import random

    found = found_in({"nhs": "4857773457", "fsa": "M5S", "employee_sin": "130692544",
                      "taxpayer": {"name": "Jane Doe"},
                      "surgery": {"phone": "+44 113 496 0000", "name": "Chapel Allerton"}})
    assert found == {"nhs": {"personal.national_id": "key.nhs"},
                     "fsa": {"location.coarse": "key.fsa"},
                     "employee_sin": {"personal.national_id": "key.canadian-sin"},
                     "taxpayer.name": {"contact.name": "context.person-name"}}
    assert found_in({"nhs": "4857773458", "event": {"fsa": "yes"}}) == {}  # (its check digit)
    assert "personal.national_id" in _line("GP referral nhs=4857773457 status=sent")
    rnd = random.Random(3)
    mesh = [[round(rnd.random(), 4) for _ in range(3)] for _ in range(468)]
    assert found_in({"template": {"id": "t1", "base_mesh": mesh}}) == {}
    assert "biometric.face" in found_in({"scan": {"face_mesh": mesh}})["scan.face_mesh"]
    # a bone-density scan's result, not a screen's density
    found = found_in({"bone_density": "low", "dexa_t_score": -1.6})
    assert all("health.medical" in v for v in found.values()) and len(found) == 2


def test_qa116_a_suspects_traits_are_theirs() -> None:
    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    body = {"suspect": {"sex": "male", "age": 30}, "me": {"gender": "female"}}
    ex = Exchange(ts=0, method="POST", url="https://a.example/v1/reports",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    conf = {f.path: f.confidence for f in classify_decoded(1, decode_exchange(ex))}
    assert conf["suspect.sex"] < 0.6 and conf["suspect.age"] < 0.6 and conf["me.gender"] >= 0.6
