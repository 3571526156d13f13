"""Session nine's fixes, first the QA49 hunt's leftovers: a place's or a business's details inside
its own ``contact`` or ``location`` object, a business desk's number named by its key, a role's
number inside the role's object, key events named with their timing."""

from __future__ import annotations

import json
import struct

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.passes.classify import findings_for_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in

H = "https://api.example"
ROWS = [[72, 0, 96], [69, 143, 231], [76, 301, 380], [76, 452, 533], [79, 610, 702],
        [32, 790, 861], [87, 930, 1012]]


@pytest.mark.parametrize(("body", "bad"), [
    ({"salon": {"name": "Cuts", "contact": {"phone": "020 7946 0958"}}}, "contact.phone"),
    # (a list of listings: a single "listing" may be the user's own, QA51)
    ({"listings": [{"id": "L1", "contact": {"phone": "+447700900456"}}]}, "contact.phone"),
    ({"listings": [{"title": "2-bed flat", "phone": "+447700900456"}]}, "contact.phone"),
    ({"mosque": {"name": "Central", "location": {"lat": 51.5282, "lng": -0.1617}}},
     "location.precise"),
    ({"church": {"name": "St Paul", "coordinates": "51.5138,-0.0984"}}, "location.precise"),
    ({"app_config": {"customer_service_phone": "+442079460000"}}, "contact.phone"),
    ({"help": {"support_email": "help@shop.example"}}, "contact.email"),
])
def test_a_places_own_details(body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + "/v1/x")
    assert not any(bad in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"salon_booking": {"customer": {"phone": "07700 900123"}}},
     "salon_booking.customer.phone", "contact.phone"),
    ({"mosque_finder": {"user_location": {"latitude": 51.51712, "longitude": -0.06531}}},
     "mosque_finder.user_location.latitude", "location.precise"),
    ({"listing_inquiry": {"name": "Jo Bloggs", "phone": "+447700900123"}},
     "listing_inquiry.phone", "contact.phone"),
    ({"veteran": {"service_member_phone": "+447700900123"}}, "veteran.service_member_phone",
     "contact.phone"),
    ({"checkin": {"venue": {"id": "v1"}, "location": {"lat": 51.51712, "lng": -0.06531}}},
     "checkin.location.lat", "location.precise"),
])
def test_the_users_own_stays(body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + "/v1/x").get(path, set())


@pytest.mark.parametrize("body", [
    {"ride": {"driver": {"name": "Ali", "contact_phone": "+447700900789"}}},
    {"ride": {"driver": {"name": "Ali", "contact": {"phone": "+447700900789"}}}},
])
def test_a_roles_object_holds_another_number(body: dict[str, object]) -> None:
    """With a profile whose number differs, a phone in a driver's object is below 0.6."""
    ex = Exchange(ts=0, method="POST", url=H + "/v1/rides",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    profile = DeviceProfile(device=DeviceInfo(platform="android", country="GB"),
                            contact={"phone": "+447700900123"})
    phones = [f for f in findings_for_exchange(1, ex, profile) if f.category == "contact.phone"]
    assert phones and all(f.confidence < 0.6 for f in phones)


@pytest.mark.parametrize(("name", "typing"), [
    ("keydown_timing", True), ("keypress_dynamics", True), ("comment_typing", True),
    ("keyboard_shortcut", False), ("keypress_sound", False),
])
def test_key_events_named_with_their_timing(name: str, typing: bool) -> None:
    found = strong_in({"n": name, "kd": ROWS}, H + "/v1/events")
    assert ("behavior.keystroke" in found.get("kd", set())) is typing, found


def test_a_check_in_places_the_user_at_the_venue() -> None:
    """QA15: a check-in's venue position is where the user is; a venue elsewhere is the
    venue's (blind11, blind16: an event's venue)."""
    body = {"venue": {"id": "v1", "name": "Hall", "lat": 51.51712, "lon": -0.06531}}
    assert "location.precise" in strong_in(body, H + "/v2/events/venue-checkin")["venue.lat"]
    assert "venue.lat" not in strong_in(body, H + "/v2/events/e1")


# QA50 (a pet-care app in Madrid, a hotel app in Mexico City) and blind21's first reading

@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v2/usuarios/salud", {"propietario": {"medicacion": ["metotrexato 15 mg"]}},
     "propietario.medicacion", "health.medical"),
    ("/v2/busqueda", {"termino_busqueda": "veterinario exotico urgencias"}, "termino_busqueda",
     "behavior.search"),
    ("/v1/resenas", {"hotel_id": "h1", "texto": "El personal fue muy amable; el desayuno bien."},
     "texto", "content.text"),
    ("/v1/huesped", {"pasaporte": "N07431862"}, "pasaporte", "personal.national_id"),
    ("/v2/facturacion", {"rfc": "QUSM900312AB7"}, "rfc", "personal.national_id"),
    ("/v2/pagos", {"tarjeta": {"numero": "5204 7400 9900 1111", "cvv": "731"}},
     "tarjeta.numero", "financial.payment"),
    ("/v1/charges", {"source": "tok_mx_9ZxQa50InventedVisa", "amount": "594000"}, "source",
     "financial.payment"),
    ("/v3/bookings", {"payment": {"method_id": "pm_9a39161702024141b67635bf"}},
     "payment.method_id", "financial.payment"),
    ("/v2/payments", {"card": {"number": "4111111111111111", "security_code": "123"}},
     "card.security_code", "financial.payment"),
    ("/v1/batch", {"events": [{"n": "search", "q": "hoteles pet friendly oaxaca"}]},
     "events[0].q", "behavior.search"),
    ("/ws/chat", {"tipo": "mensaje", "texto": "Tienen cuna para bebe? Viajo con mi hija."},
     "texto", "content.text"),
    ("/v1/captions/c1/save", {"text": "Did you get the new ones? Yes, the left one whistles."},
     "text", "content.text"),
    ("/api/listings/l1/offers", {"amount": "40.00", "message": "Would you take 40? I can pay"},
     "message", "content.text"),
    ("/sdk/v2/conversations", {"first_message": {"text": "My check-in form keeps failing"}},
     "first_message.text", "content.text"),
    ("/v3/auth/otp/verify", {"email": "jane@example.org", "code": "804117"}, "code",
     "secret.credential"),
    ("/v1/oauth/mfa", {"mfa_token": "mfa_a75d4590da0f9ee853dcee9ccadd798306e91fbf"},
     "mfa_token", "secret.credential"),
    ("/v1/profile", {"tinnitus": "worse in the evenings", "hearing_loss": "moderate"},
     "hearing_loss", "health.medical"),
    ("/v1/profile", {"waist_cm": 71, "hips_cm": 96}, "waist_cm", "health.fitness"),
    ("/v3/bookings", {"currency": "EUR", "total": "612.40"}, "total", "financial.purchase"),
    ("/v4/citations/pay", {"amount": "65.00", "plate": "KJT-4821"}, "amount",
     "financial.purchase"),
])
def test_found_now(url: str, body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())


def test_a_document_number_beside_its_spanish_type() -> None:
    body = {"tipo_documento": "PASAPORTE", "numero_documento": "N07431862"}
    assert "personal.national_id" in strong_in(body, H + "/v1/checkin")["numero_documento"]


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v2/clinicas/cercanas", {"radio_km": 5, "especie": "perro"}, "device.info"),
    ("/openrtb/2.5/bid", {"imp": [{"id": "1"}], "user": {"keywords": "perro,galgo,pienso"}},
     "behavior.search"),
    ("/v2/mascotas/p1/historial", {"veterinario": {"nombre": "Dr. Alvaro Ruiz",
                                                    "telefono": "+34 914 356 783"}},
     "contact.phone"),
    ("/v2/pets/p1/history", {"veterinarian": {"name": "Dr. Ruiz", "license_number": "28/4417"}},
     "personal.national_id"),
    ("/v2/pets", {"name": "Biscuit", "species": "dog", "dob": "2019-04-02", "sex": "male",
                  "weight_kg": 11.4}, "personal.birthdate"),
    ("/v2/pets", {"name": "Biscuit", "species": "dog", "sex": "male"}, "personal.gender"),
    ("/v2/insurance/claims", {"pet_id": "pet_5521", "diagnosis": "cruciate ligament strain"},
     "health.medical"),
    ("/v1/mesa/12/cuenta", {"cuenta": {"numero": "42", "total": 38.5}}, "financial.payment"),
    ("/v4/zones/lookup", {"code": "4417"}, "secret.credential"),
    ("/v1/events", {"type": "error", "message": "Connection reset by peer while reading."},
     "content.text"),
])
def test_not_found_now(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    assert not any(bad in cats for cats in found.values()), found


def test_the_owners_own_health_in_a_pet_request_stays() -> None:
    body = {"pet_id": "p1", "propietario": {"alergias": ["penicilina"]}}
    found = strong_in(body, H + "/v2/mascotas/p1")
    assert any("health.medical" in cats for path, cats in found.items()
               if path.startswith("propietario")), found


@pytest.mark.parametrize(("url", "points"), [
    ("/api/v2/shifts/sh1/checkin", {"2", "3"}),
    ("/api/v2/shifts/sh1/notes", set()),
])
def test_a_keyless_protobuf_point_in_a_location_call(url: str, points: set[str]) -> None:
    """Two adjacent doubles of a schema-less protobuf message are a point in a call about
    positions (blind21's check-in), not in any other call."""
    ex = Exchange(ts=0, method="POST", url=H + url,
                  request_headers=(("content-type", "application/x-protobuf"),),
                  request_body=(b"\n\x04sh_1" + b"\x11" + struct.pack("<d", 40.72983)
                                + b"\x19" + struct.pack("<d", -73.97817)))
    found = {f.path for f in classify_decoded(1, decode_exchange(ex))
             if f.category == "location.precise" and f.confidence >= 0.6}
    assert found == points


@pytest.mark.parametrize(("body", "path", "found"), [
    ({"nombre": "Lucía", "apellidos": "Fernández Ortega"}, "nombre", True),
    ({"name": "Lena", "surname": "Berg"}, "name", True),
    ({"name": "Toby", "breed": "beagle", "owner_last_name": "Smith"}, "name", False),
    ({"name": "premium_plan", "last_name": "Smith"}, "name", False),
    ({"direccion": {"calle": "Calle de Alcalá 187", "cp": "28009"}}, "direccion.cp", True),
    ({"cp": "28009"}, "cp", False),
])
def test_a_first_name_beside_a_last_name_and_an_addresss_cp(body: dict[str, object], path: str,
                                                           found: bool) -> None:
    cats = strong_in(body, H + "/v2/perfil").get(path, set())
    assert bool(cats & {"contact.name", "location.coarse"}) is found, cats


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v2/payments", {"billing_address": {"country": "US", "postal_code": "94110"}},
     "billing_address.country", "location.coarse"),
    ("/v1/appointments", {"clinic_id": "c1", "insurance_member_id": "KHX2093318"},
     "insurance_member_id", "health.medical"),
    ("/v1/nights", {"stages": {"rem_min": 94, "deep_min": 61}}, "stages.rem_min",
     "health.fitness"),
    ("/api/contacts/match", {"emails_sha256": ["a" * 63 + "1", "b" * 63 + "2", "c" * 63 + "3"]},
     "emails_sha256", "content.contacts"),
    ("/api/v2/contacts/match", {"hashes": ["a" * 63 + "1", "b" * 63 + "2"],
                                "kind": "phone_sha256"}, "hashes", "content.contacts"),
])
def test_found_in_blind21s_second_reading(url: str, body: dict[str, object], path: str,
                                          category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/api/orders/o1/ship", {"carrier": "usps_priority", "tracking": "9400111"},
     "location.carrier"),
    ("/api/contacts/match", {"emails_sha256": ["a" * 63 + "1", "b" * 63 + "2"]},
     "contact.email"),
    ("/v1/uploads", {"hashes": ["a" * 63 + "1", "b" * 63 + "2"]}, "content.contacts"),
    ("/v1/profile", {"email_sha256": "a" * 63 + "1"}, "content.contacts"),
    ("/v1/wearable", {"sleep": {"stages": [{"min": 60}, {"min": 45}]}}, "health.fitness"),
])
def test_not_found_in_blind21s_second_reading(url: str, body: dict[str, object],
                                              bad: str) -> None:
    found = strong_in(body, H + url)
    assert not any(bad in cats for cats in found.values()), found
