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


def test_qa90_an_sos_features_contacts_are_contacts_not_an_address_book() -> None:
    for key in ("emergency_contacts", "trustedContacts"):
        found = found_in({key: [{"name": "Lucia Ramirez", "phone": "+525512345678"}]},
                         "https://sos.example.net/v1/alerts")
        assert set(found[f"{key}[0].phone"]) == {"contact.phone"}, found
        assert set(found[f"{key}[0].name"]) == {"contact.name"}, found
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
