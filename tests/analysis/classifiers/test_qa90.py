"""QA90 (a ride-hailing app where the user rides, through real mitmdump; a video doorbell as
pcaps and a HAR): the driver's record in a ride, co-riders, an SOS feature's contacts, fares
and tips in a currency's name, an accessory's device_serial, an address quoted in an error."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in, strong_in

CRASH = "https://crash.example.de/api/1/store"
H = "https://api.example.com"


def test_qa90_the_driver_of_the_users_ride_and_co_riders_are_others() -> None:
    found = strong_in({"extra": {"trip_state": {
        "driver": {"id": "drv_1", "name": "Carlos Mendez", "plate": "ABC-123", "rating": 4.9,
                   "relay_phone": "+525511112222",
                   "position": {"lat": 19.41234, "lng": -99.17123}},
        "shared_with": [{"first_name": "Ana"}, {"first_name": "Luis"}]}},
        "user": {"id": "u_1"}}, CRASH)
    assert set(found) == {"user.id"}, found


def test_qa90_the_user_as_a_driver_keeps_her_details() -> None:
    found = found_in({"driver": {"first_name": "Jane", "last_name": "Doe",
                                 "email": "jane@example.com", "date_of_birth": "1990-04-12",
                                 "plate": "XYZ-987"}}, H + "/v1/reservations")
    assert {"driver.first_name", "driver.last_name", "driver.email"} <= set(found), found


def test_qa90_an_sos_features_contacts_are_contacts_the_user_names() -> None:
    for key in ("emergency_contacts", "trustedContacts"):
        found = found_in({key: [{"name": "Lucia Ramirez", "phone": "+525512345678"}]},
                         "https://sos.example.net/v1/alerts")
        # (another person's phone and name, and a contact of the user's: roles.named_people)
        assert set(found[f"{key}[0].phone"]) == {"contact.phone", "content.contacts"}, found
        assert set(found[f"{key}[0].name"]) == {"contact.name", "content.contacts"}, found
    found = found_in({"contacts": [{"name": "Lucia Ramirez", "phone": "+525512345678"}]})
    assert set(found["contacts[0].phone"]) == {"content.contacts"}


def test_qa90_fares_and_tips() -> None:
    found = found_in({"tip_mxn": 25.0, "fare_paid_mxn": 151.3, "tip_amount": 20,
                      "total_fare": "151.30", "price_usd": 9.99}, H + "/v1/trips/T1/complete")
    for key in ("tip_mxn", "fare_paid_mxn", "tip_amount", "total_fare", "price_usd"):
        assert set(found[key]) == {"financial.purchase"}, key


@pytest.mark.parametrize("key", ["pen_pressure", "sar_value", "cad_model"])
def test_qa90_words_that_are_also_currency_codes_stay_words(key: str) -> None:
    assert "financial.purchase" not in found_in({key: 1.5}).get(key, {})


def test_qa90_an_accessorys_device_serial_is_hardware() -> None:
    found = found_in({"events": [{"params": {"device_serial": "PTQ-DB2-88123A"}}]},
                     "https://analytics.example.com/v1/batch")
    assert found["events[0].params.device_serial"] == {"id.hardware": "key.serial"}


def test_qa90_an_address_quoted_in_an_error_and_nothing_else() -> None:
    found = found_in({"exception": {"values": [
        {"type": "GeocodeError", "value": "No result for 'Van Woustraat 112-2, 1073 LT Amsterdam'"},
        {"type": "IOException", "value": "Opened 'Settings page, 2 items' view"}]}}, CRASH)
    assert found == {"exception.values[0].value": {"contact.address": "text.logged-address"}}


@pytest.mark.parametrize(("body", "url"), [
    ({"courier": {"phone": "+15550100111", "rating": 4.9,
                  "location": {"lat": 40.74111, "lng": -73.98912}}}, "/courier/ping"),
    ({"driver": {"phone": "+15550100111", "rating": "A",
                 "trip": {"start": {"lat": 40.74111, "lng": -73.98912}}}}, "/v1/trips"),
    ({"driver": {"phone": "+15550100111", "photo": "https://cdn.example.com/me.jpg"}},
     "/v1/profile")])
def test_qa90_review_the_user_as_a_driver_or_a_courier(body: dict[str, object],
                                                        url: str) -> None:
    found = strong_in(body, H + url)
    assert any("contact.phone" in cats for cats in found.values()), found


@pytest.mark.parametrize("line", [
    "Dns: resolved host=api.shop.example.com ip=142.250.74.36",
    "StoreLocator: selected store_id=114 lat=40.7411 lng=-73.9897",
    "AdRequest: lat=1 gdpr=0", "PrinterManager: connected serial=X4PJ012345",
    "saved pet_birthday=2019-05-02", "geocoded store address='350 5th Ave, New York, NY 10118'"])
def test_qa90_review_log_pairs_of_other_things(line: str) -> None:
    assert strong_in({"breadcrumbs": [{"message": line}]}, CRASH) == {}


def test_qa90_review_a_quote_after_a_letter_is_no_address() -> None:
    found = strong_in({"breadcrumbs": [{"message": "Sent message: 'I'm on my way, be there in 5 "
                                                   "minutes'"}]}, CRASH)
    assert set(found.get("breadcrumbs[0].message", set())) == {"content.text"}, found


@pytest.mark.parametrize("crumb", [
    {"category": "chat", "message": "bot reply rendered",
     "data": {"body": "Hi! How can I help you today?"}},
    {"category": "message", "type": "incoming", "data": {"body": "I am outside the building now"}},
    {"category": "chat", "message": "send", "type": "error",
     "data": {"message": "Failed to load conversation history from the server"}}])
def test_qa90_review_chat_breadcrumbs_not_sent(crumb: dict[str, object]) -> None:
    assert not any("content.text" in cats for cats in strong_in({"breadcrumbs": [crumb]},
                                                                 CRASH).values())


@pytest.mark.parametrize(("body", "key"), [
    ({"estimate": {"fare_amount": 151.3}}, "estimate.fare_amount"),
    ({"aed_lat": 40.74111, "aed_lng": -73.98912}, ""),
    ({"photo": {"orientation": "landscape"}}, "photo.orientation"),
    ({"strings": [{"key": "checkout.title", "context": "CheckoutPage"}]}, "strings[0].context"),
    ({"supplier": {"name": "Rivera Hermanos", "phone": "+525512345678"}}, "supplier.name"),
    ({"nem": 2}, "nem"), ({"dingwei": {"jingdu": 25}}, "dingwei.jingdu"),
    ({"mima_qiangdu": "strong"}, "mima_qiangdu"), ({"fritto_misto": 2}, "fritto_misto")])
def test_qa90_review_look_alikes(body: dict[str, object], key: str) -> None:
    found = found_in(body, H + "/v1/x")
    if key:
        assert key not in found, found
    else:
        assert not any("location.precise" in cats for cats in found.values()), found
