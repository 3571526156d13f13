"""QA41 (end to end: a period tracker in Warsaw, a ride-hailing app in São Paulo): Polish key
names, Spanish and Portuguese health, payment and support words, a paired thermometer's hardware
IDs, a business's role mailboxes and phones, an invoice's product, search terms in a query."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange, Finding
from tests.analysis.classifiers.found import found_in


def _findings(body: object, url: str = "https://api.example/v1") -> list[Finding]:
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    return list(classify_decoded(1, decode_exchange(ex)))


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"data_urodzenia": "1994-03-17"}, "data_urodzenia", "personal.birthdate"),
    ({"haslo": "Wiosna!2025xq"}, "haslo", "secret.credential"),
    ({"objawy": ["skurcze", "ból głowy"]}, "objawy", "health.medical"),
    ({"leki": [{"nazwa": "ibuprofen"}]}, "leki[0].nazwa", "health.medical"),
    ({"tydzien_ciazy": 14}, "tydzien_ciazy", "personal.sensitive"),
    ({"miasto": "Warszawa"}, "miasto", "location.coarse"),
    ({"kod_pocztowy": "02-591"}, "kod_pocztowy", "location.coarse"),
    ({"powod_wizyty": "podejrzenie endometriozy"}, "powod_wizyty", "health.medical"),
    ({"sintomas": ["calambres"]}, "sintomas", "health.medical"),
    ({"medicamentos": [{"nombre": "ibuprofeno"}]}, "medicamentos[0].nombre", "health.medical"),
    ({"semana_embarazo": 14}, "semana_embarazo", "personal.sensitive"),
    ({"semana_gestacao": 14}, "semana_gestacao", "personal.sensitive"),
    ({"motivo_consulta": "suspeita de endometriose"}, "motivo_consulta", "health.medical"),
    ({"cartao": {"token": "tok_1QxR7d2eZvKYlo2C9Hq3"}}, "cartao.token", "financial.payment"),
    ({"cartao": {"ultimos4": "5674"}}, "cartao.ultimos4", "financial.payment"),
])
def test_foreign_key_words(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body)[path]


def test_a_ticket_in_portuguese_is_user_text() -> None:
    body = {"assunto": "Objeto esquecido",
            "mensagem": "Esqueci minha mochila preta no banco de trás do carro."}
    for url in ("https://api.example/v1/ajuda/chamado", "https://api.example/v1/help/tickets"):
        found = found_in(body, url)
        assert found["mensagem"] == {"content.text": "context.written"}, url
        assert "content.text" in found["assunto"]


def test_terms_typed_into_an_autocomplete_query_are_a_search() -> None:
    ex = Exchange(ts=0, method="GET", url="https://maps.example/v1/autocomplete?"
                  "input=hospital%20sirio%20libanes&session=3f1c")
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("input", "behavior.search") in found
    assert not any(p == "session" for p, _ in found)
    # an address being typed is the address readings' to weigh, not a search term
    ex = Exchange(ts=0, method="GET", url="https://maps.example/v1/autocomplete?input=350%20Fifth%20Av")
    assert not [f for f in classify_decoded(1, decode_exchange(ex))
                if f.category == "behavior.search"]


@pytest.mark.parametrize("body", [
    {"klinika": {"nazwa": "Klinika Femina", "telefon": "+48 22 628 41 90", "lat": 52.225431,
                 "lon": 21.01312}},
    {"lekarz_prowadzacy": {"imie_nazwisko": "Anna Zielińska", "telefon": "+48 22 555 01 77"}},
    {"central_atendimento": {"telefone": "+55 11 3003-4455", "email": "suporte@rodaki.example"}},
    {"corretor": {"nome": "Corretora Paulista", "telefone": "+55 11 3322-1100"}},
    {"emissor": {"razao_social": "Rodaki Ltda.", "telefone": "+55 11 3003-4455"}},
    {"reply_to": "atendimento@loja.example"},
])
def test_a_business_or_a_clinicians_details_are_not_the_users(body: dict[str, object]) -> None:
    found = found_in(body)
    bad = {"contact.phone", "contact.email", "contact.name", "location.precise"}
    assert not any(bad & set(cats) for cats in found.values()), found


def test_an_invitee_is_an_address_book_entry() -> None:
    found = found_in({"invitee": {"first_name": "Tomasz", "email": "tomasz@skrzynka.example",
                                  "phone": "+48 512 908 776"}})
    assert found and all(set(cats) == {"content.contacts"} for cats in found.values()), found


def test_an_invoices_product_is_no_build_code_name() -> None:
    body = {"produkt": "premium_roczny", "kwota": 149.99, "order_id": "CY-2025-118204"}
    assert "produkt" not in found_in(body)
    # ...while an SDK's Build.PRODUCT beside the phone's model stays, purchase or not
    sdk = {"product": "a54xnsxx", "model": "SM-A546B", "brand": "samsung",
           "eventName": "af_purchase", "af_revenue": 9.99}
    assert found_in(sdk)["product"] == {"device.info": "key.build-product"}


def test_a_paired_thermometers_hardware_ids_cannot_violate_a_claim() -> None:
    for obj in ("peripheral", "accessory", "thermometer", "paired_device"):
        found = {f.path: f for f in _findings({obj: {"mac": "C4:7F:51:0A:93:2E",
                                                     "serial": "TBT2-00418829"}})}
        mac = found[f"{obj}.mac"]
        assert mac.category == "id.hardware" and mac.confidence < 0.6, obj
        assert "paired device" in (mac.evidence or "")
    phone = {f.path: f for f in _findings({"device": {"mac": "C4:7F:51:0A:93:2E"}})}
    assert phone["device.mac"].confidence >= 0.6


@pytest.mark.parametrize("body", [
    {"text": "Estou em frente ao portão azul, carro prata.", "to": "usr_3001877",
     "client_id": "fc2fe66d-4a50-4233-9c0f-47a530bb802c"},
    {"message": {"body": "Running late, be there soon",
                 "client_id": "cf378205-103c-1d6d-6f78-550fa686d75e"}},
])
def test_a_messages_client_id_is_no_device_id(body: dict[str, object]) -> None:
    found = found_in(body, "https://api.example/v1/rides/TR-1/messages")
    assert not any("id.device" in cats for cats in found.values()), found


def test_an_analytics_client_id_and_a_header_beside_a_message_stay() -> None:
    assert found_in({"client_id": "cf378205-103c-1d6d-6f78-550fa686d75e",
                     "events": [{"name": "screen_view"}]})["client_id"] == {
        "id.device": "key.client-id"}
    ex = Exchange(ts=0, method="POST", url="https://api.example/v1/messages",
                  request_headers=(("content-type", "application/json"),
                                   ("X-Client-Id", "cf378205-103c-1d6d-6f78-550fa686d75e")),
                  request_body=json.dumps({"text": "See you at the gate in five"}).encode())
    assert ("X-Client-Id", "id.device") in {
        (f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}


@pytest.mark.parametrize(("name", "value", "credential"), [
    ("X-Nook-Session", "ns_a8f3k2l9q0w8e7r6t5y4u3i2o1p0z9", True),
    ("X-App-Session", "q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3", True),
    ("X-Session", "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b", False),  # an analytics session
    ("X-Amplitude-Session", "1700000000123", False),
])
def test_a_header_ending_in_session_with_a_token(name: str, value: str, credential: bool) -> None:
    ex = Exchange(ts=0, method="GET", url="https://api.example/v1/a",
                  request_headers=((name, value),))
    cats = {f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert ("secret.credential" in cats) is credential
