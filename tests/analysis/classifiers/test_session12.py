"""Session 12's readings: a place search's session token is no credential (``searched.py``); a
page view's URL is a page visited (``typed_views.py``); an ID in the device object is the
device's (``keys.toml`` context.device-object-id); an OpenRTB exchange's user ID and a consent
receipt's subject are the device's, not the account's (``sdk_subjects.py``)."""

from __future__ import annotations

import base64
import json

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceProfile
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in

TOKEN = "4f8b2c1e-7a3d-4e9b-b2c5-9d1e0f7a6b3c"


def _get(url: str, headers: tuple[tuple[str, str], ...] = ()) -> dict[str, set[str]]:
    ex = Exchange(ts=0, method="GET", url=url, request_headers=headers, request_body=b"")
    out: dict[str, set[str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        if f.confidence >= 0.6:
            out.setdefault(f"{f.part}:{f.path}", set()).add(f.category)
    return out


def _jwt(claims: dict[str, object]) -> str:
    def b64(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    return f"{b64({'alg': 'RS256', 'typ': 'JWT'})}.{b64(claims)}.c2lnbmF0dXJl"


# --- a place autocomplete's session token ------------------------------------------------------

def test_a_places_autocomplete_session_token_is_no_credential() -> None:
    found = _get("https://maps.example.net/maps/api/place/autocomplete/json?input=pizza"
                 f"&sessiontoken={TOKEN}&key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv")
    assert "secret.credential" not in found.get("query:sessiontoken", set()), found
    assert "behavior.search" in found["query:input"]
    body = strong_in({"input": "pizza", "sessionToken": TOKEN},
                     "https://places.example.net/v1/places:autocomplete")
    assert "secret.credential" not in body.get("sessionToken", set()), body


def test_a_session_token_elsewhere_is_still_one() -> None:
    assert "secret.credential" in strong_in({"sessionToken": TOKEN},
                                            "https://api.example.net/v1/login")["sessionToken"]
    # ...and in a place call, only a UUID the app made: a long opaque token is a session's
    found = strong_in({"sessionToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9x" * 2},
                      "https://api.example.net/v1/places/saved")
    assert "secret.credential" in found["sessionToken"]


# --- a page view's URL -----------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://px.example.net/tr?id=123456&ev=PageView"
    "&url=https%3A%2F%2Fshop.example.com%2Fproduct%2Fpregnancy-test",
    "https://px.example.net/collect?en=page_view&u=https%3A%2F%2Fnews.example.org%2Fa%2F9",
])
def test_a_pixel_page_view_reports_the_page_visited(url: str) -> None:
    found = _get(url)
    assert any("behavior.browsing" in cats for cats in found.values()), found


def test_a_page_call_reports_its_url_under_properties() -> None:
    found = strong_in({"batch": [{"type": "page", "userId": "u1", "properties": {
        "url": "https://shop.example.com/p/1", "title": "Shoes"}}]},
        "https://api.example.net/v1/batch")
    assert "behavior.browsing" in found["batch[0].properties.url"], found


@pytest.mark.parametrize("url", [
    # another event's URL, a page view's relative route, an image's URL with no page view
    "https://px.example.net/tr?id=1&ev=Purchase&url=https%3A%2F%2Fshop.example.com%2Fcart",
    "https://px.example.net/tr?id=1&ev=PageView&url=%2Fhome",
    "https://cdn.example.net/resize?url=https%3A%2F%2Fimg.example.com%2Fa.jpg&w=300",
])
def test_no_page_view_no_page_visited(url: str) -> None:
    found = _get(url)
    assert not any("behavior.browsing" in cats for cats in found.values()), found


# --- an ID in the device object ---------------------------------------------------------------

def test_an_id_in_the_device_object_is_the_devices() -> None:
    found = strong_in({"device": {"originly_uid": "1765300593231-9177068721656687",
                                  "uuid": "e970b829-8f7c-11a7-d963-db3430aa1234",
                                  "model": "Pixel 8"}})
    assert found["device.originly_uid"] == {"id.device"}, found
    assert found["device.uuid"] == {"id.device"}, found


@pytest.mark.parametrize("body", [
    {"device": {"session_uuid": TOKEN}},
    {"device": {"event_uid": TOKEN}},
    {"devices": [{"uuid": TOKEN}]},  # a list of other devices (a scan, paired ones)
    {"device": {"paired": {"uuid": TOKEN}}},
])
def test_a_session_an_event_or_another_device_is_no_device_id(body: dict[str, object]) -> None:
    found = strong_in(body)
    assert not any("id.device" in cats for cats in found.values()), found


# --- an ad exchange's user ID -----------------------------------------------------------------

def _bid(user: dict[str, object]) -> dict[str, object]:
    return {"id": "a1", "imp": [{"id": "1", "banner": {"w": 320, "h": 50}}],
            "app": {"bundle": "com.example.app"}, "device": {"os": "android"}, "user": user}


def test_an_exchange_user_id_in_a_bid_request_is_the_devices() -> None:
    found = strong_in(_bid({"id": "c194f1cd-14a6-23f7-e001-aa1122334455",
                            "buyeruid": "8f1e2d3c4b5a69788f1e2d3c4b5a6978"}),
                      "https://rtb.example.net/openrtb2/auction")
    assert found["user.id"] == {"id.device"}, found
    assert found["user.buyeruid"] == {"id.device"}, found


def test_an_apps_own_account_id_in_a_bid_request_stays_the_users() -> None:
    found = strong_in(_bid({"id": "u_7Hq2Kx9PzL"}), "https://rtb.example.net/openrtb2/auction")
    assert found["user.id"] == {"id.user"}, found
    # ...and a user object outside a bid request is the account's
    found = strong_in({"user": {"id": "c194f1cd-14a6-23f7-e001-aa1122334455"}},
                      "https://crash.example.org/v2/crash")
    assert found["user.id"] == {"id.user"}, found


def test_the_profiles_user_id_in_a_bid_request_stays_the_users() -> None:
    uid = "c194f1cd-14a6-23f7-e001-aa1122334455"
    profile = DeviceProfile(identifiers={"user_id": uid})
    ex = Exchange(ts=0, method="POST", url="https://rtb.example.net/openrtb2/auction",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(_bid({"id": uid})).encode())
    cats = {f.category for f in classify_decoded(1, decode_exchange(ex), matcher_for(profile))
            if f.path == "user.id"}
    assert "id.user" in cats and "id.device" not in cats, cats


# --- a consent receipt ------------------------------------------------------------------------

RECEIPT = _jwt({"iss": "cmp", "sub": "8b7850d0-8208-6c55-15ad-6397309dbcff",
                "ok": ["analytics"], "iat": 1765200000})


def test_a_consent_receipts_subject_is_the_visitor_not_the_account() -> None:
    found = _get("https://cmp.example.org/v2/consents", (("cookie", f"ct_receipt={RECEIPT}"),))
    assert found["cookie:ct_receipt.claims.sub"] == {"id.device"}, found
    # the receipt records consent: no purchase, no key to a session
    assert not found.get("cookie:ct_receipt"), found
    body = strong_in({"previous_receipt": RECEIPT}, "https://api.example.org/v1/consent")
    assert body["previous_receipt.claims.sub"] == {"id.device"}, body
    assert not body.get("previous_receipt"), body


def test_a_store_receipt_and_a_bearer_keep_their_readings() -> None:
    found = strong_in({"receipt": RECEIPT}, "https://api.example.org/v1/purchases/verify")
    assert "financial.purchase" in found["receipt"], found
    assert found["receipt.claims.sub"] == {"id.user"}, found
    bearer = _get("https://api.example.org/v2/me", (("authorization", f"Bearer {RECEIPT}"),))
    assert "secret.credential" in bearer["header:authorization"], bearer
    assert bearer["header:authorization.claims.sub"] == {"id.user"}, bearer


# --- Vietnamese keys without their marks (blind37) ----------------------------------------------

@pytest.mark.parametrize(("key", "value", "category"), [
    ("viDo", 10.776889, "location.precise"), ("kinhDo", 106.700806, "location.precise"),
    ("matKhau", "Saigon#2026", "secret.credential"), ("ngaySinh", "1991-05-17",
                                                       "personal.birthdate"),
    ("gioiTinh", "nu", "personal.gender"), ("ghiChu", "Goi truoc khi giao hang nhe",
                                            "content.text"),
    ("mat_khau", "Saigon#2026", "secret.credential"), ("heDieuHanh", "Android 14",
                                                        "device.info"),
])
def test_vietnamese_compound_keys(key: str, value: object, category: str) -> None:
    found = strong_in({key: value}, "https://api.example.vn/v1/taikhoan")
    assert category in found.get(key, set()), found


def test_vietnamese_syllables_alone_are_not_read_as_words() -> None:
    # "do", "ma", "so": English or other languages' words as often
    found = strong_in({"do": "10.776889", "ma": "x1", "so": 12})
    assert not found, found


@pytest.mark.parametrize(("key", "value", "category"), [
    ("catatan", "Tolong jangan pakai kacang, saya alergi", "content.text"),
    ("zonaWaktu", "Asia/Jakarta", "device.info"), ("kodeOtp", "482913", "secret.credential"),
    ("nomorPaspor", "A41872093", "personal.national_id"),
    ("nomorKitas", "2C11AB1234567", "personal.national_id"),
    ("alamatDomisili", "Jl. Sudirman No. 5, Jakarta", "contact.address"),
    ("jaringan", "Telkomsel", "location.carrier"),
])
def test_indonesian_keys(key: str, value: object, category: str) -> None:
    found = strong_in({key: value}, "https://api.example.co.id/v1/pesanan")
    assert category in found.get(key, set()), found


# --- Turkish keys (QA72's bank) -----------------------------------------------------------------

@pytest.mark.parametrize(("body", "url", "path", "category"), [
    ({"ad": "Ayse", "soyad": "Demir"}, "https://api.example.com.tr/v1/profil", "ad",
     "contact.name"),
    ({"alici_ad": "Mehmet Yildiz", "alici_iban": "TR330006100519786457841326"},
     "https://api.example.com.tr/v1/havale", "alici_ad", "contact.name"),
    ({"aciklama": "Kira odemesi Kasim"}, "https://api.example.com.tr/v1/havale", "aciklama",
     "content.text"),
    ({"adres": {"sokak": "Bagdat Cd. 12", "mahalle": "Caddebostan"}},
     "https://api.example.com.tr/v1/profil", "adres.sokak", "contact.address"),
    ({"otp_kodu": "482913"}, "https://api.example.com.tr/v1/giris", "otp_kodu",
     "secret.credential"),
    ({"cihaz_parmak_izi": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
     "https://api.example.com.tr/v1/cihaz", "cihaz_parmak_izi", "id.device"),
    ({"kart_son_dort": "4417", "kart_no_maskeli": "540061******4417"},
     "https://api.example.com.tr/v1/kart", "kart_no_maskeli", "financial.payment"),
    ({"events": [{"name": "fatura_odendi", "params": {"tutar": 412.35, "para_birimi": "TRY"}}]},
     "https://events.example.net/v1/track", "events[0].params.tutar", "financial.purchase"),
    ({"kisiler": [{"ad": "Mehmet Yildiz", "telefon": "+905321112233"},
                  {"ad": "Elif Kaya", "telefon": "+905331234567"}]},
     "https://api.example.com.tr/v1/rehber/eslestir", "kisiler[0].telefon", "content.contacts"),
])
def test_turkish_keys(body: dict[str, object], url: str, path: str, category: str) -> None:
    found = strong_in(body, url)
    assert category in found.get(path, set()), found


def test_a_student_cards_number_is_no_payment_card() -> None:
    found = strong_in({"kartNo": "SLV25E104417"}, "https://api.example.edu.tr/v1/ogrenci")
    assert "financial.payment" not in found.get("kartNo", set()), found
    found = strong_in({"card": {"number": "4539 1488 0343 6467"}})
    assert "financial.payment" in found["card.number"], found


# --- an SDK's key that names its vendor; a push subscription ------------------------------------

def _auth(url: str, value: str) -> set[str]:
    ex = Exchange(ts=0, method="GET", url=url, request_headers=(("Authorization", value),),
                  request_body=b"")
    return {f.category for f in classify_decoded(1, decode_exchange(ex))
            if f.path == "Authorization"}


def test_an_api_key_naming_its_vendor_is_the_apps_key() -> None:
    assert not _auth("https://flags.flagbirch.example.com/v1/eval", "Api-Key flagbirch_tab_2931")
    assert not _auth("https://api.switchgrove.example.net/v1/flags", "mob-switchgrove_tut_3366")
    # ...while a bearer token the service gave someone stays a credential, whatever its name
    assert "secret.credential" in _auth("https://api.acme.example.com/v1/me",
                                        "Bearer acme_9f8e7d6c5b4a3f2e1d0c")
    assert "secret.credential" in _auth("https://api.acme.example.com/v1/me",
                                        "Api-Key 9f8e7d6c5b4a3f2e1d0c")


def test_a_push_subscriptions_id_is_the_devices() -> None:
    found = strong_in({"appId": "pealport_kym_2677", "subscriptionId": TOKEN,
                       "pushToken": "WhvoWOomT7oRcZl9kAdvH4:APA91b_Wzg9E-K0PZOjaVOlwgxI3fM7ouz"},
                      "https://api.push.example.net/api/v1/players")
    assert found["subscriptionId"] == {"id.device"}, found
    # ...and a store subscription's is a purchase
    found = strong_in({"subscriptionId": "sub_1234", "plan": "premium_monthly"},
                      "https://api.example.com/v1/billing")
    assert "id.device" not in found.get("subscriptionId", set()), found


# --- Arabic and Korean in Latin letters (blind39, blind40) --------------------------------------

@pytest.mark.parametrize(("key", "value", "category"), [
    ("hatif", "+971501234567", "contact.phone"), ("kalimat_sirr", "Dubai#2026",
                                                  "secret.credential"),
    ("khatt_al_ard", 25.204849, "location.precise"), ("mintaqa_zamaniya", "Asia/Dubai",
                                                      "device.info"),
    ("hassasiya", "peanuts", "health.medical"), ("jeonhwa", "010-1234-5678", "contact.phone"),
    ("saengil", "1991-05-17", "personal.birthdate"), ("seongbyeol", "yeoja", "personal.gender"),
    ("wido", 37.556201, "location.precise"), ("bimilbeonho", "Seoul#2026", "secret.credential"),
    ("imsin_jung", "true", "personal.sensitive"), ("nai_dae", "30대", "personal.birthdate"),
])
def test_arabic_and_korean_keys(key: str, value: object, category: str) -> None:
    found = strong_in({key: value}, "https://api.example.com/v1/profile")
    assert category in found.get(key, set()), found


def test_a_korean_stores_position_is_the_stores() -> None:
    found = strong_in({"maejang": {"wido": 37.55692, "gyeongdo": 126.92371}})
    assert not any(c.startswith("location.") for cats in found.values() for c in cats), found
