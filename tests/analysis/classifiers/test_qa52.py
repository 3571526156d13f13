"""QA52 (a second hunt in session nine's readings, 119 new cases) and blind22's first reading:
what the narrowed readings still read wrongly, and French, Italian and Spanish generalisations."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

H = "https://api.example"
HASHES = ["a" * 63 + "1", "b" * 63 + "2", "c" * 63 + "3"]


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/phone/verify", {"code": "1876", "channel": "sms"}, "secret.credential"),
    ("/v1/events", {"events": [{"user_properties": {"gender": "female", "breed": "beagle",
                                                    "birthday": "1988-02-03"}}]}, "nothing"),
    ("/v1/pet-sitters/me/profile", {"dob": "1985-02-03", "gender": "female"}, "nothing"),
    ("/v1/imaging/pet-ct/results", {"diagnosis": "no abnormal uptake"}, "nothing"),
    ("/v1/horses/lessons", {"rider": {"date_of_birth": "2001-04-05"}}, "nothing"),
    ("/js/app.js", {"bust": "1712345678"}, "health.fitness"),
    ("/v1/files/sync", {"hashes": HASHES}, "content.contacts"),
    ("/v1/photos/lookup", {"hashes": HASHES}, "content.contacts"),
    ("/v1/invoices", {"tipo_documento": "factura", "numero_documento": "INV250312001"},
     "personal.national_id"),
    ("/v1/bookings", {"rfc": "BKG250612X7Q"}, "personal.national_id"),
    ("/v1/board", {"edge": {"source": "card_5f2e8c7a91b3", "target": "card_9a8b7c6d5e4f"}},
     "financial.payment"),
    ("/v1/prompts", {"kind": "review", "message": "Enjoying the app? Rate us five stars!"},
     "content.text"),
    ("/v1/shipments", {"carrier": "Royal Mail Tracked 24"}, "location.carrier"),
    ("/v1/shipments", {"carrier": "canada_post_expedited_parcel"}, "location.carrier"),
    ("/v1/shipments", {"carrier": "amazon_logistics"}, "location.carrier"),
    # (a "port" and a "practice" are the user's own as often: a number port-in, a
    # practitioner's practice_email, QA54)
    ("/v1/boats/b1/reserve", {"marina": {"telephone": "+16315550121",
                                         "courriel": "capitainerie@port.example.net"}},
     "contact.phone"),
    ("/v1/orders", {"school_office_phone": "+17185550139"}, "contact.phone"),
])
def test_no_overreach(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    if bad == "nothing":  # a person's own details stay theirs
        assert any(c.startswith(("personal.", "health.")) for cats in found.values()
                   for c in cats), found
    else:
        assert not any(bad in cats for cats in found.values()), found


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v1/verify/check", {"phone": "+447700900123", "code": "482913"}, "code",
     "secret.credential"),
    ("/v1/otp/validate", {"email": "jo@example.org", "otp": "482913"}, "otp",
     "secret.credential"),
    ("/v1/checkout", {"documento": {"tipo": "pasaporte", "numero": "PAB123456"}},
     "documento.numero", "personal.national_id"),
    ("/v1/checkin", {"tipo_documento": "PASSAPORTO", "numero_documento": "YA1234567"},
     "numero_documento", "personal.national_id"),
    ("/v1/facturacion", {"rfc": "QUSM900312AB7"}, "rfc", "personal.national_id"),
    ("/v1/profil", {"prenom": "Jeanne", "nom": "Dupont"}, "nom", "contact.name"),
    ("/v1/ordini", {"indirizzo": {"via": "Via Roma 1", "cap": "20121"}}, "indirizzo.cap",
     "location.coarse"),
    ("/v1/pedidos", {"direccion_envio": {"calle": "Calle Mayor 5", "cp": "28013"}},
     "direccion_envio.cp", "location.coarse"),
    ("/api/v1/messages", {"reservation": "MO-4Q7Z1C", "texte": "We'll arrive around 9:15, "
                                                             "is there parking?"}, "texte",
     "content.text"),
    ("/api/v2/messaggi", {"testo": "Could we move Tuesday's lesson to 7pm? I'll be late"},
     "testo", "content.text"),
])
def test_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())
