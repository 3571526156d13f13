"""QA46 (a hunt for overreach in the QA44/QA45 readings): questionnaire names other things share,
phone keys naming a business or another person in the same key, India's PIN code against a PIN,
places' lists, a Polish cat, prices in search terms."""

from __future__ import annotations

import json

import pytest

from analysis.passes.classify import findings_for_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/audit/events", {"result": "ok", "category": "login"}, "health.medical"),
    ("/v1/spin", {"result": "50_coins", "score": 1200}, "health.medical"),
    ("/moca/rewards/redeem", {"score": 420, "total": 12.5}, "health.medical"),
    ("/v1/topup", {"type": "ISI", "total": 50000}, "health.medical"),
    ("/v1/inspections", {"type": "audit", "result": "passed", "score": 92}, "health.medical"),
    ("/v1/k6/runs", {"result": "pass", "total": 300}, "health.medical"),
    ("/v1/help", {"customer_service_phone": "+44 20 7946 0991"}, "contact.phone"),
    ("/v1/plan", {"member_services_phone": "+1 416 555 0133"}, "contact.phone"),
    ("/v1/org", {"parent_company_phone": "+1 416 555 0134"}, "contact.phone"),
    ("/v1/home", {"my_landlord_phone": "+1 416 555 0135"}, "contact.phone"),
    ("/v1/iot", {"sensor_tel": "23.5 45.1 1013.2"}, "contact.phone"),
    ("/v1/toko", {"toko": {"nama": "Toko Jaya", "telepon": "+62 21 555 0199"}}, "contact.phone"),
    ("/v1/schools", {"schools": [{"name": "Maple", "phone": "+1 416 555 0199"}]},
     "contact.phone"),
    ("/v1/pets", {"imie_kota": "Mruczek", "wiek_kota": 3}, "location.coarse"),
])
def test_look_alikes(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    assert not any(bad in cats for cats in found.values()), found


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v1/assessments", {"scale": "K10", "answers": {"q1": 3}, "total": 29}, "total",
     "health.medical"),
    ("/v1/questionnaires", {"questionnaire": "ISI", "total_score": 18}, "total_score",
     "health.medical"),
    ("/v1/card/activate", {"pincode": "4821"}, "pincode", "secret.credential"),
    ("/v1/address", {"pincode": "560001"}, "pincode", "location.coarse"),
    ("/v1/profile", {"nomor_ponsel": "0812-3456-7890"}, "nomor_ponsel", "contact.phone"),
    ("/v1/perfil", {"telefone_celular": "(11) 98765-4321"}, "telefone_celular",
     "contact.phone"),
    ("/v1/alamat", {"kota": "Bandung"}, "kota", "location.coarse"),
    ("/v1/track", {"event": "Products Searched", "properties": {"query": "gift cards under $50"}},
     "properties.query", "behavior.search"),
])
def test_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())


@pytest.mark.parametrize("key", ["driver_phone", "courier_tel", "tutor_phone"])
def test_a_role_named_phone_is_the_users_unless_the_profile_says_otherwise(key: str) -> None:
    """A driver's phone is the user's in a driver's app and another person's in a rider's
    (QA46, QA48): without a profile it is reported; with one whose number differs, below 0.6;
    with one whose number it is, as the user's."""
    ex = Exchange(ts=0, method="POST", url=H + "/v1/rides",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({key: "0803 555 0199"}).encode())
    assert "contact.phone" in strong_in({key: "0803 555 0199"}, H + "/v1/rides")[key]
    other = DeviceProfile(device=DeviceInfo(platform="android", country="NG"),
                          contact={"phone": "+2348031234567"})
    assert all(f.confidence < 0.6 for f in findings_for_exchange(1, ex, other)
               if f.category == "contact.phone")
    mine = DeviceProfile(device=DeviceInfo(platform="android", country="NG"),
                         contact={"phone": "+2348035550199"})
    assert any(f.confidence >= 0.6 for f in findings_for_exchange(1, ex, mine)
               if f.category == "contact.phone")

