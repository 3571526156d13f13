"""The twenty-fifth session's readings, from its QA rounds (QA183: a Cornish fishing crew's
safety app; QA184: a Tausug remittance and madrasa-fees app; QA185: a Limburgish
addiction-recovery app), each with the look-alikes that must stay unread, and the per-request
memo the late readings share."""

from __future__ import annotations

import json
import random

from analysis.classifiers.own_sentences import own_string_leaves
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in


def _keys(rng: random.Random) -> list[dict[str, object]]:
    """A PIN's key events as a KYC SDK sends them: each event's kind under "k", no key named."""
    events, t = [], 0
    for _ in range(16):
        events.append({"k": "down", "t": t})
        t += rng.randint(60, 110)
        events.append({"k": "up", "t": t})
        t += rng.randint(90, 260)
    return events


def test_a_philsys_number_under_the_apps_own_word_and_by_its_document_type() -> None:
    psn = "4829-1057-3364-2198"
    found = strong_in({"nagpadala": {"numiru_PhilSys": psn},
                       "doc": {"doc_type": "PhilSys", "doc_number": psn}})
    assert "personal.national_id" in found["nagpadala.numiru_PhilSys"]
    assert "personal.national_id" in found["doc.doc_number"]
    # ...not a PlayStation Network ID, nor a number beside another document's type
    quiet = strong_in({"psn": {"numiru_PhilSys": "gamer_tag_99"},
                       "doc": {"doc_type": "library_card", "doc_number": psn}})
    assert "personal.national_id" not in quiet.get("psn.numiru_PhilSys", set())
    assert "personal.national_id" not in quiet.get("doc.doc_number", set())


def test_key_events_whose_kind_is_under_k() -> None:
    events = _keys(random.Random(7))
    assert "behavior.keystroke" in strong_in({"key_events": events})["key_events"]
    # ...only under a key word: a list of scroll directions and times is no typing
    scrolls = strong_in({"scrolls": [{"k": "down" if i % 2 else "up", "t": 200 * i}
                                     for i in range(30)]})
    assert "behavior.keystroke" not in scrolls.get("scrolls", set())


def test_the_qa_rounds_words() -> None:
    rng = random.Random(3)
    voice = [round(rng.uniform(-1, 1), 5) for _ in range(192)]
    assert "biometric.voice" in strong_in({"suwara_embedding": voice})["suwara_embedding"]
    sick = strong_in({"arwodhyow": ["hwyja", "penn-dro", "nausea"],
                      "medhegneth": "hyoscine hydrobromide 300mcg",
                      "lesredh": 50.08979, "hirredh": -5.51779})
    assert "health.medical" in sick["arwodhyow"] and "health.medical" in sick["medhegneth"]
    assert "location.precise" in sick["lesredh"] and "location.precise" in sick["hirredh"]
    checkin = strong_in({"gebeurtenisse": [{"naam": "incheck_gedaon", "daag_nuchter": 47,
                                            "sjtumming": 3}],
                         "installatie_id": "3b2f0c1e-94a3-4d05-b8e1-2c7d9f30a6b4"})
    assert "health.medical" in checkin["gebeurtenisse[0].daag_nuchter"]
    assert "health.medical" in checkin["gebeurtenisse[0].sjtumming"]
    assert "id.device" in checkin["installatie_id"]
    # Limburgish "breid"/"lengde" as a pair only (alone, "lengde" is a length in Norwegian)
    point = strong_in({"plaats": {"breid": 50.88817, "lengde": 5.97912}})
    assert "location.precise" in point["plaats.breid"]
    assert "location.precise" in point["plaats.lengde"]
    assert "location.precise" not in strong_in({"lengde": 5.97912}).get("lengde", set())


def test_own_string_leaves_are_made_once_per_request() -> None:
    body = {"navn": "Kari", "count": 3, "email": "k@example.org", "merknad": "hei"}
    decoded = decode_exchange(Exchange(ts=0, method="POST", url="https://api.example/v1/x",
                                       request_headers=(("content-type", "application/json"),),
                                       request_body=json.dumps(body).encode()))
    first = own_string_leaves(decoded)
    assert own_string_leaves(decoded) is first  # (the memo: one look per request)
    keys = {leaf.key for leaf in first}
    assert "email" not in keys and "count" not in keys  # (an English key; a number)
    assert "merknad" in keys
    assert decoded.paths_text().startswith("\n") and "\nemail" in decoded.paths_text()


def test_a_transfers_amount_beside_a_recipients_account_in_a_longer_key() -> None:
    # (QA187's remittance SDK: "recipient_iban", "recipient_name"; the bank words were read as
    # whole keys only)
    sent = strong_in({"amount": 25000, "currency": "RUB", "recipient_name": "Murat Shogenov",
                      "recipient_iban": "DE89370400440532013000"},
                     url="https://api.remit.example/v1/transfer")
    assert "financial.purchase" in sent["amount"]
    # ...not a file transfer's size to a recipient, nor a transfer without a currency
    files = strong_in({"amount": 25000, "recipient_email": "a@example.org"},
                      url="https://files.example/v1/transfer")
    assert "financial.purchase" not in files.get("amount", set())


def test_a_template_in_a_speakers_or_a_faces_identifying_call_under_any_key() -> None:
    rng = random.Random(5)
    voice = [round(rng.uniform(-1, 1), 5) for _ in range(192)]
    found = strong_in({"session": "s1", "maq_sur": voice},
                      url="https://asr.vox.example/v1/speaker/verify")
    assert "biometric.voice" in found["maq_sur"]
    face = strong_in({"v": voice[:128]}, url="https://kyc.example/v2/face/enroll")
    assert "biometric.face" in face["v"]
    # ...not a conference's speakers matched to talks, nor a call naming neither
    assert not strong_in({"maq_sur": voice}, url="https://conf.example/v1/speakers/match")
    assert not strong_in({"maq_sur": voice}, url="https://api.example/v1/verify")


def test_the_second_waves_words() -> None:
    found = strong_in({"aghama": "Islam", "tanggal_laher": "1984-02-11", "dine": "islam",
                       "lhepq": "adyghe", "id_reclam": "6b2f7c1e-94a3-4d05-b8e1-2c7d9f30a6b4",
                       "eveniment": "app_duverta"})
    assert "personal.sensitive" in found["aghama"] and "personal.sensitive" in found["dine"]
    assert "personal.birthdate" in found["tanggal_laher"]
    assert "personal.sensitive" in found["lhepq"]
    assert "id.advertising" in found["id_reclam"]
    assert "behavior.usage" in found["eveniment"]
    # a restaurant's "dine" is no religion
    assert "personal.sensitive" not in strong_in({"dine": "in"}).get("dine", set())


def test_the_profiles_position_as_a_point_of_a_track() -> None:
    # (QA191: a run's track starting at home, a list of points, was one array field nobody read)
    from analysis.classifiers import matcher_for
    from analysis.profile import DeviceInfo, DeviceProfile
    profile = DeviceProfile(device=DeviceInfo(country="KE"),
                            location={"lat": 0.43712, "lon": 35.47286})
    matcher = matcher_for(profile)
    assert matcher is not None

    def found(body: object) -> dict[str, str]:
        ex = Exchange(ts=0, method="POST", url="https://api.run.example/v1/sessions",
                      request_headers=(("content-type", "application/json"),),
                      request_body=json.dumps(body).encode())
        return {f.path: f.evidence for f in matcher.classify(1, decode_exchange(ex))
                if f.category == "location.precise"}

    track = [[round(0.43712 + 0.0001 * i, 5), round(35.47286 + 0.0002 * i, 5), 1795939200 + i]
             for i in range(20)]
    assert "in a point of the list" in found({"oret": track})["oret"]
    # ...longitude first (GeoJSON), and a fix with more decimals that rounds to the profile's
    geo = [[p[1], p[0]] for p in track]
    assert "oret" in found({"oret": geo})
    noisy = [[0.437121, 35.472859, 1], *track[1:]]
    assert "that round to it" in found({"oret": noisy})["oret"]
    # ...not a list whose points are elsewhere, nor one coordinate alone
    assert not found({"oret": [[p[0] + 1, p[1], p[2]] for p in track]})
    assert not found({"oret": [[0.43712, 12.34567, 1]] * 20})


def test_the_fourth_waves_words() -> None:
    found = strong_in({"Steia_ID": "65929970489", "Gebuatsdog": "1971-03-02",
                       "virospovidannja": "hreko-katolyk", "sindacat": "CGIL",
                       "cugnomm": "Tugnoli", "id_utent": "u-55120",
                       "pos": {"breitn": 47.81234, "laengn": 12.11456},
                       "pozycija": {"shyr": 48.62081, "dovh": 22.28793}})
    assert "personal.national_id" in found["Steia_ID"]
    assert "personal.birthdate" in found["Gebuatsdog"]
    assert "personal.sensitive" in found["virospovidannja"]
    assert "personal.sensitive" in found["sindacat"]
    assert "contact.name" in found["cugnomm"] and "id.user" in found["id_utent"]
    for path in ("pos.breitn", "pos.laengn", "pozycija.shyr", "pozycija.dovh"):
        assert "location.precise" in found[path], path
    # (not a request's record ID under Rusyn "zapyt", nor an item's Emilian "quantita")
    quiet = strong_in({"zapyt": "zp_e86588b8ea", "vuci": [{"quantita": 2}]})
    assert "zapyt" not in quiet and "vuci[0].quantita" not in quiet


def test_the_fifth_waves_readings() -> None:
    rng = random.Random(9)
    voice = [round(rng.uniform(-1, 1), 5) for _ in range(192)]
    # (QA197: a voice vendor's host names the modality; an invoicing host does not)
    assert "biometric.voice" in strong_in(
        {"sidik_suare": voice}, url="https://api.tandurvoice.example/v1/enroll")["sidik_suare"]
    assert not strong_in({"sidik_suare": voice}, url="https://api.invoicevoice.example/v1/verify")
    assert "personal.national_id" in strong_in({"nik_ktp": "5202014508890003"})["nik_ktp"]
    # (QA196: Kven "leveys"/"pituus" is a point; "pituus" alone stays a height)
    plan = strong_in({"lahto": {"leveys": 70.07412, "pituus": 29.74934},
                      "henkilo": {"pituus": 182}})
    assert plan["lahto.pituus"] == {"location.precise"}
    assert "location.precise" in plan["lahto.leveys"]
    assert plan["henkilo.pituus"] == {"health.fitness"}
    # (QA196: Finnish health notes and a search term, as the Kven app wrote them)
    notes = strong_in({"terveystiedot": "kuulonalenema; verenpainelaakitys",
                       "hakusana": "kuningasrapu kilohinta"})
    assert "health.medical" in notes["terveystiedot"]
    assert "behavior.search" in notes["hakusana"]
    # (QA195: Picard blood pressure and blood group)
    picard = strong_in({"tinsion_sys": 142, "grope_sanguin": "O+"})
    assert "health.medical" in picard["tinsion_sys"]
    assert "health.medical" in picard["grope_sanguin"]


def test_a_measurement_protocol_screenview_names_its_screen() -> None:
    # (QA197: 15 hits "/v1/hit?t=screenview&sn=<Screen>" read as nothing; GA's "cd" the same)
    from analysis.classifiers import classify_decoded

    def found(url: str) -> dict[str, str]:
        ex = Exchange(ts=0, method="GET", url=url)
        return {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}

    assert found("https://c.example/v1/hit?t=screenview&sn=HomeScreen")["sn"] == "behavior.usage"
    assert found("https://c.example/collect?v=1&t=screenview&cd=Home")["cd"] == "behavior.usage"
    # ...not a device's serial beside a time, nor a custom dimension of another hit type
    assert "sn" not in found("https://api.example/v1/devices?t=1700000000&sn=SN12345")
    assert "cd" not in found("https://c.example/collect?t=event&cd=abc")
