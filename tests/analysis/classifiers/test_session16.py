"""The sixteenth session's readings from the blind sets blind71-blind76: a person the user cares
for named by role with an ID and as an item of a dependents' collection in a URL, a Google Play
purchase token, a blood test's markers and a diary's symptoms by key, a payment method's
``method``, and key names in six more languages."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

API = "https://api.example.com"
PLAY = "mzuulhxrnznhruanwrdtllda.AO-J1Om_F-eGL3NJTidgVxF72aX4GsmKSLyqsLpV1wTL09YM1-lcdUrxgxEu"


def test_a_person_the_user_cares_for_by_role_with_an_id() -> None:
    found = found_in({"student": "stu_9f41c2a7", "passcode": "731-204"},
                     API + "/v2/classes/cls_fa36d323/join")
    assert found["student"] == {"id.user": "key.person-ref"}
    # a name, a flag or a count under the same key is none
    for value in ("Leo", True, 3, "premium"):
        assert "id.user" not in str(found_in({"child": value, "member": value}, API + "/v1/x"))


def test_a_dependents_id_in_a_urls_path() -> None:
    found = found_in({"x": 1}, API + "/v1/care-recipients/cr_5e1a07c39b/location/latest")
    assert found["path[2]"] == {"id.user": "context.url-person"}
    assert found_in({"x": 1}, API + "/v1/students/search") == {}
    # an order's ID stays a purchase
    assert found_in({"x": 1}, API + "/v1/orders/ORD-77120394/rating")["path[2]"] == {
        "financial.purchase": "context.url-order"}


def test_a_google_play_purchase_token_is_a_purchase_not_a_credential() -> None:
    found = found_in({"token": PLAY, "product": "rm_gold_3m"}, API + "/v3/billing/verify")
    assert found["token"] == {"financial.purchase": "value.play-purchase-token"}
    # a push registration token stays the device's
    assert "financial.purchase" not in str(found_in(
        {"token": "aI2uuZr6QUEdP20vUVwe2k:APA91bcZuIFIYqRKKbJh7F9t1BrC6OIxws6Ou"},
        API + "/v3/devices"))


def test_a_blood_tests_markers_and_a_diarys_symptoms_by_key() -> None:
    found = found_in({"ferritin": 1450, "crp": 14.2, "bloodGroup": "B+", "nausea": 2,
                      "abdominalPain": 6, "jaundice": True}, API + "/v1/entries")
    for key in ("ferritin", "crp", "bloodGroup", "nausea", "abdominalPain", "jaundice"):
        assert set(found[key]) == {"health.medical"}, key
    # a stool is furniture and a seizure a customs' as often
    assert found_in({"stool": "oak", "seizure": "goods"}, API + "/v1/items") == {}


def test_a_payment_methods_id_under_method() -> None:
    found = found_in({"amount": "395.00", "method": "pm_79049851916cc5e2e70b00d7"},
                     API + "/api/dues")
    assert "financial.payment" in found["method"]
    assert found_in({"method": "ISNA"}, API + "/v1/prayer-times") == {}


@pytest.mark.parametrize(("key", "value", "category"), [
    ("asmens_kodas", "48901234567", "personal.national_id"),  # Lithuanian
    ("pavarde", "Doe", "contact.name"),
    ("sheher", "Lahore", "location.coarse"),  # Roman Urdu
    ("khufia_code", "7391", "secret.credential"),
    ("tareekh_paidaish", "1990-01-12", "personal.birthdate"),
    ("geslo", "hunter2secret", "secret.credential"),  # Slovenian
    ("kennitala", "1201903389", "personal.national_id"),  # Icelandic
    ("postnumer", "101", "location.coarse"),
    ("eftirnafn", "Doe", "contact.name"),
    ("jatiyo_porichoy", "1990123456789", "personal.national_id"),  # Bengali
    ("kormi_nombor", "EMP-44810", "id.user"),
    ("isikukood", "49001011234", "personal.national_id"),  # Estonian
    ("parool", "hunter2secret", "secret.credential"),
    ("zhsn", "900101400123", "personal.national_id"),  # Kazakh
    ("qupiya_soz", "hunter2secret", "secret.credential"),
    ("personas_kods", "010190-12345", "personal.national_id"),  # Latvian
    ("numri_personal", "J90101001A", "personal.national_id"),  # Albanian
    ("mbiemri", "Doe", "contact.name"),
    ("employee", "E-20417", "id.user"),
    ("pasahitza", "hunter2secret", "secret.credential"),  # Basque
    ("abizena", "Doe", "contact.name"),
    ("numru_tal_karta_tal_identita", "123456M", "personal.national_id"),  # Maltese
    ("kunjom", "Doe", "contact.name"),
    ("device_hash", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
     "id.device"),
    ("kadavuchol", "hunter2secret", "secret.credential"),  # romanised Tamil
    ("piranda_thethi", "1990-01-12", "personal.birthdate"),
    ("cpr_nummer", "010190-1234", "personal.national_id"),  # Danish
    ("efternavn", "Doe", "contact.name"),
    ("os_ver", "14", "device.info"),
    ("studentNo", "VP-2291", "id.user"),
    ("piradi_nomeri", "01001012345", "personal.national_id"),  # Georgian
    ("gvari", "Doe", "contact.name"),
    ("kalmar_sirri", "hunter2secret", "secret.credential"),  # Hausa
    ("lambar_waya", "+2348031234567", "contact.phone"),
    ("jmbg", "0101990710006", "personal.national_id"),  # Serbian
    ("no_kad_pengenalan", "900101-14-5678", "personal.national_id"),  # Malay
    ("kata_laluan", "hunter2secret", "secret.credential"),
    ("emel", "jane@example.com", "contact.email"),
])
def test_key_names_in_sixteen_more_languages(key: str, value: str, category: str) -> None:
    assert category in found_in({key: value}, API + "/v1/profile").get(key, {}), key


def test_a_push_services_subscriber_is_the_device_not_a_sim() -> None:
    found = found_in({"appId": "gh_3285", "subscriberId": "0429e4cc-09e9-b1a0-002c-181d28173295",
                      "pushToken": "8fIdKiFJZCBcdSu7MP-ILO:APA91bZeeDiir-a1QBtzQNR-Nc5caEOPB9G"},
                     "https://api.push.example.net/v1/subscribers")
    assert set(found["subscriberId"]) == {"id.device"}
    # an app's own account number as a push subscriber stays no device's (the review)
    found = found_in({"subscriberId": "user_123", "pushToken": "8fIdKiFJZCBcdSu7MP-ILO:APA91bZ"},
                     "https://api.push.example.net/v1/subscribers")
    assert "id.device" not in found.get("subscriberId", {})


def test_an_apps_own_events_named_in_other_languages() -> None:
    found = found_in({"isele": [{"name": "sale_recorded", "ts": 1765300037}]},
                     API + "/v2/isele")
    assert found["isele[0].name"] == {"behavior.usage": "key.usage"}


def test_an_orders_number_abbreviated() -> None:
    found = found_in({"orderNo": "DJB-2512-00731", "total": "86.00"}, API + "/v1/measurements")
    assert found["orderNo"] == {"financial.purchase": "words.order-number"}
    # a section's display position is none (the review)
    assert found_in({"orderNo": 3, "title": "Intro"}, API + "/v1/sections") == {}


def test_a_places_coordinates_under_its_name() -> None:
    found = found_in({"zoneCentre": {"lat": 40.68502, "lng": -73.97564},
                      "pier": {"lat": 63.83871, "lon": -22.43512},
                      "zones": [{"lat": 40.76412, "lng": -73.77633}]}, API + "/v1/x")
    # (a safe zone and a geofence's centre are hers as often: the review)
    assert set(found) == {"zones[0].lat", "zones[0].lng", "zoneCentre.lat", "zoneCentre.lng"}


def test_a_street_address_typed_into_a_maps_search() -> None:
    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange

    def typed(q: str) -> list[float]:
        ex = Exchange(ts=0, method="GET", url="https://maps.example.com/v1/geocode?q=" + q,
                      request_headers=(), request_body=b"")
        return [f.confidence for f in classify_decoded(1, decode_exchange(ex))
                if f.category == "contact.address"]

    assert typed("418+Old+Ford+Road%2C+New+Paltz") == [0.55]  # (below a verdict's)
    assert typed("Hverfisgata+52") == [0.55]
    assert typed("12+Station+Road") == [0.55]  # (a street's type: the third review)
    for q in ("ups+store+10118", "Terminal+2", "Route+66", "pizza+near+me"):
        assert typed(q) == [], q


def test_typed_text_under_notes_and_complaints_in_other_languages() -> None:
    assert found_in({"matin": "Smell of gas in the stairwell since Monday"},
                    API + "/v1/complaints")["matin"] == {"content.text": "context.written"}
    assert "content.text" in found_in({"akiyesi": "Mama Bisi go pay balance after the wedding"},
                                      API + "/v1/sales")["akiyesi"]
