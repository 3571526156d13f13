"""What a file sent shows by its names (media_subjects.py): an identity document's photo, a
health-insurance card's, a clinical record's image; and a visitor's ID in short ("vid").
Readings from the eighteenth session's look over every set's misses (165 document uploads, 42
insurance cards, 63 clinical images, 167 consent SDKs' "vid" cookies)."""

from __future__ import annotations

import json

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64))


def _upload(url: str, *parts: tuple[str, str], meta: str = "") -> dict[str, dict[str, str]]:
    """{path: {category: evidence}} for a multipart upload of JPEG ``parts`` (name, file) and
    a JSON part ``meta``."""
    body = (b'--b\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: '
            b"application/json\r\n\r\n" + meta.encode() + b"\r\n" if meta else b"") + b"".join(
        f'--b\r\nContent-Disposition: form-data; name="{name}"; filename="{fn}"\r\n'
        f"Content-Type: image/jpeg\r\n\r\n".encode() + JPEG + b"\r\n" for name, fn in parts)
    ex = Exchange(ts=0, method="POST", url=url, request_body=body + b"--b--\r\n",
                  request_headers=(("content-type", "multipart/form-data; boundary=b"),))
    out: dict[str, dict[str, str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        out.setdefault(f.path, {})[f.category] = f.evidence
    return out


def test_the_decoder_keeps_a_file_parts_name() -> None:
    ex = Exchange(ts=0, method="POST", url="https://a.example/up", request_headers=(
        ("content-type", "multipart/form-data; boundary=b"),), request_body=(
        b'--b\r\nContent-Disposition: form-data; name="front"; filename="licence_front.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n" + JPEG + b'\r\n--b\r\nContent-Disposition: '
        b'form-data; name="meta"\r\n\r\n{"a": 1}\r\n--b--\r\n'))
    decoded = decode_exchange(ex)
    assert [(str(p), path, name) for (p, path), name in decoded.files.items()] == [
        ("body", "front", "licence_front.jpg")]


def test_a_licence_passport_or_id_cards_sides_are_a_national_id() -> None:
    found = _upload("https://api.ride.example/v2/licence", ("front", "licence_front.jpg"),
                    ("back", "licence_back.jpg"))
    for side in ("front", "back"):
        assert set(found[side]) == {"content.media", "personal.national_id"}
    assert "as 'licence_front.jpg'" in found["front"]["personal.national_id"]
    assert "(licence)" in found["front"]["personal.national_id"]
    # by the URL's words alone, in translation ("pasaporte"), and a card's sides at a KYC call
    assert "personal.national_id" in _upload("https://a.example/v3/identity/passport",
                                             ("scan", "scan1.jpg"))["scan"]
    assert "personal.national_id" in _upload("https://a.example/v2/kyc",
                                             ("pasaporte", "img.jpg"))["pasaporte"]
    kyc = _upload("https://a.example/v1/ekyc/dokumen", ("depan", "a.jpg"), ("belakang", "b.jpg"))
    assert all("personal.national_id" in kyc[k] for k in ("depan", "belakang"))
    assert "personal.national_id" in _upload("https://a.example/v1/upload",
                                             ("file", "id_front.jpg"))["file"]
    assert "personal.national_id" in _upload("https://a.example/v1/me/permit",
                                             ("file", "residence_permit.jpg"))["file"]


def test_a_selfie_a_portrait_a_bill_or_a_stalls_permit_is_no_identity_document() -> None:
    for url, part in (("https://a.example/v2/kyc/documents", ("selfie", "selfie.jpg")),
                      ("https://a.example/v1/identity/verify", ("face", "front.jpg")),
                      ("https://a.example/v1/exams/photos", ("photo", "passport.jpg")),
                      ("https://a.example/api/kyc/address-proof", ("file", "utility_bill.jpg")),
                      ("https://a.example/api/stalls/permit", ("permit", "permit.jpg")),
                      ("https://a.example/v2/meals", ("front", "plate_front.jpg")),
                      ("https://a.example/v1/cars/photos", ("back", "car_back.jpg"))):
        found = _upload(url, part)
        assert set(found[part[0]]) == {"content.media"}, (url, part)


def _cookie(cookie: str, url: str = "https://cmp.a.example/v1/records") -> dict[str, str]:
    ex = Exchange(ts=0, method="GET", url=url, request_headers=(("cookie", cookie),))
    return {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}


def test_a_visitors_id_in_short_is_a_device_id_when_it_is_a_uuid() -> None:
    vid = "9118b0c0-2e9a-cb3a-61d2-0217fec73ebb"
    assert _cookie(f"cw_vid={vid}") == {"cw_vid": "id.device"}
    assert _cookie(f"vid={vid.replace('-', '')}") == {"vid": "id.device"}
    # not a video's ID, a visit's count or a UUID under a clip
    assert _cookie("cw_vid=v_545d9f42; vid=4") == {}
    ex = Exchange(ts=0, method="POST", url="https://a.example/v1/clips", request_body=json.dumps(
        {"video": {"vid": vid}}).encode(), request_headers=(
        ("content-type", "application/json"),))
    assert not [f for f in classify_decoded(1, decode_exchange(ex)) if f.path == "video.vid"]


def test_a_card_sent_beside_a_health_plans_member_number_is_health_data() -> None:
    meta = '{"payer": "Evergreen Health", "memberId": "EVH884120377", "group": "GRP-30018"}'
    found = _upload("https://api.clinic.example/v2/insurance", ("front", "card_front.jpg"),
                    ("back", "card_back.jpg"), meta=meta)
    for side in ("front", "back"):
        assert set(found[side]) == {"content.media", "health.medical"}
    assert "beside a health plan's member number ('meta.memberId')" in found["front"][
        "health.medical"]
    # a car's insurance card, with no member number beside it, is a photo only
    found = _upload("https://api.ride.example/v2/insurance", ("front", "card_front.jpg"),
                    meta='{"policy": "MTR-5521", "plate": "KDA 123X"}')
    assert set(found["front"]) == {"content.media"}


def test_an_image_or_a_recording_of_a_clinical_record_is_health_data() -> None:
    for url, part in (("https://a.example/v1/wounds/wnd_1/photos", ("photo", "heel.jpg")),
                      ("https://a.example/v2/labs", ("report", "labs_nov.jpg")),
                      ("https://a.example/v2/uploads", ("file", "rash_arm.jpg")),
                      ("https://a.example/v2/ultrasounds", ("image", "scan_12w.jpg"))):
        found = _upload(url, part)
        assert set(found[part[0]]) == {"content.media", "health.medical"}, url
    assert "a clinical record's image (wounds)" in _upload(
        "https://a.example/v1/wounds/wnd_1/photos", ("photo", "heel.jpg"))["photo"][
        "health.medical"]
    # a receipt's or a passport's scan, a water meter's photo, a voice note: no health
    for url, part in (("https://a.example/v3/receipts/scan", ("image", "receipt.jpg")),
                      ("https://a.example/v1/meters/readings", ("photo", "meter.jpg")),
                      ("https://a.example/v1/makeup/eyes", ("photo", "eye_look.jpg")),
                      ("https://a.example/v1/journal/voice", ("audio", "note.jpg"))):
        assert "health.medical" not in _upload(url, part)[part[0]], url


def test_the_reviews_look_alikes_are_photos_only() -> None:
    """The session's review: a brand's identity, a scanner's duplex pages, a plate, a product,
    a garden's mole, a bar stool, a pet's wound, a doctor's headshot."""
    for url, part in (("https://a.example/v1/brand/identity/business-card", ("logo", "logo.png")),
                      ("https://a.example/v1/scans", ("front", "page_front.jpg")),
                      ("https://a.example/v1/claims/c1/documents", ("back", "car_back.jpg")),
                      ("https://a.example/v1/ekyc", ("video", "front_camera_capture.jpg")),
                      ("https://a.example/v1/vehicles", ("file", "license_plate.jpg")),
                      ("https://a.example/v1/listings", ("photo", "product_id_8841.jpg")),
                      ("https://a.example/v1/garden", ("photo", "mole_hill_lawn.jpg")),
                      ("https://a.example/v1/listings", ("photo", "bar_stool_oak.jpg")),
                      ("https://a.example/v1/pets/p1/wounds", ("photo", "paw.jpg")),
                      ("https://a.example/v1/clinic/team", ("headshot", "dr_lee.jpg"))):
        assert set(_upload(url, part)[part[0]]) == {"content.media"}, (url, part)
    # ...and the shapes it keeps: a state ID by its file's name, a residence card's path
    assert "personal.national_id" in _upload("https://a.example/v1/registration",
                                             ("karta_id", "id_front.jpg"))["karta_id"]
    assert "personal.national_id" in _upload("https://a.example/v1/documents/residence-card",
                                             ("front", "card_front.jpg"))["front"]
