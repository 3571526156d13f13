"""QA46 (a hunt for overreach in the QA44/QA45 readings): questionnaire names other things share,
phone keys naming a business or another person in the same key, India's PIN code against a PIN,
places' lists, a Polish cat, prices in search terms."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/audit/events", {"result": "ok", "category": "login"}, "health.medical"),
    ("/v1/spin", {"result": "50_coins", "score": 1200}, "health.medical"),
    ("/moca/rewards/redeem", {"score": 420, "total": 12.5}, "health.medical"),
    ("/v1/topup", {"type": "ISI", "total": 50000}, "health.medical"),
    ("/v1/inspections", {"type": "audit", "result": "passed", "score": 92}, "health.medical"),
    ("/v1/k6/runs", {"result": "pass", "total": 300}, "health.medical"),
    ("/v1/rides", {"driver_phone": "+234 803 555 0199"}, "contact.phone"),
    ("/v1/jobs", {"courier_tel": "+234 803 555 0199"}, "contact.phone"),
    ("/v1/help", {"customer_service_phone": "+44 20 7946 0991"}, "contact.phone"),
    ("/v1/plan", {"member_services_phone": "+1 416 555 0133"}, "contact.phone"),
    ("/v1/org", {"parent_company_phone": "+1 416 555 0134"}, "contact.phone"),
    ("/v1/home", {"my_landlord_phone": "+1 416 555 0135"}, "contact.phone"),
    ("/v1/iot", {"sensor_tel": "23.5 45.1 1013.2"}, "contact.phone"),
    ("/v1/toko", {"toko": {"nama": "Toko Jaya", "telepon": "+62 21 555 0199"}}, "contact.phone"),
    ("/v1/schools", {"schools": [{"name": "Maple", "phone": "+1 416 555 0199"}]},
     "contact.phone"),
    ("/v1/pets", {"imie_kota": "Mruczek", "wiek_kota": 3}, "location.coarse"),
    ("/v1/mosques", {"nearest_mosque": {"name": "Al-Ikhlas", "lat": -6.26123,
                                        "lon": 106.81234}}, "location.precise"),
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
