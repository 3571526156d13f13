"""QA42 (a hunt for overreach in the QA41 and location-code readings): foreign words that mean
two things, a zone's cells, the phone's own IDs beside pairing words, a build's product."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in, strong_in

H = "https://api.example/v1"


@pytest.mark.parametrize(("url", "body"), [
    # a zone's cells and a restaurant's cell are no user's position
    ("/config/service_area", {"service_area": {"h3_cells": ["872830828ffffff",
                                                            "872830829ffffff"]}}),
    ("/orders", {"order": {"restaurant_h3": "8928308280fffff", "total": 23.4}}),
    # a coffee recipe's dose, a stock's growth, a parcel's weight, recently played artists
    ("/receta/guardar", {"receta": {"cafe": "etiopia", "dosis": 18, "molienda": "fina"}}),
    ("/akcje/obserwowane", {"akcje": [{"symbol": "PKO", "wzrost": 1.8}]}),
    ("/przesylka", {"przesylka": {"waga": 25, "wymiary": "30x20x10"}}),
    ("/musica/historial", {"artistas": {"ultimos": [{"nombre": "Karol G"}]}}),
    ("/quiz/odpowiedz", {"pytanie": {"id": 17, "epoka": "Barok", "wiek": 17}}),
    # a satisfaction survey's answer is no search; earbuds bought are no phone model
    ("/pesquisa/satisfacao", {"input": "Muito satisfeito", "pergunta_id": 3}),
    ("/orders", {"items": [{"brand": "Sony", "model": "WF-1000XM5", "price": 279}]}),
])
def test_look_alikes(url: str, body: dict[str, object]) -> None:
    found = {p: cats - {"financial.purchase"} for p, cats in strong_in(body, H + url).items()}
    assert not any(found.values()), found  # (an order's total and price are its purchase)


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    # the phone's own IDs beside pairing or sensor words stay the phone's
    ("/watch/pair", {"pairing": {"phone": {"bluetooth_mac": "3c:28:6d:1a:2b:3c"}}},
     "pairing.phone.bluetooth_mac", "id.hardware"),
    ("/fp/collect", {"sensor_data": {"hw": {"serial": "R58N30ABCDE"}}},
     "sensor_data.hw.serial", "id.hardware"),
    # the user's own area, a message's sender, a document's signer
    ("/cliente/central", {"central_do_cliente": {"email": "maria.souza@example.com"}},
     "central_do_cliente.email", "contact.email"),
    ("/account", {"account_central": {"profile": {"phone": "+14155550123"}}},
     "account_central.profile.phone", "contact.phone"),
    ("/mensajes/enviar", {"mensaje": {"emisor": {"telefono": "+34612345678"},
                                      "texto": "Hola, llego en 5 minutos"}},
     "mensaje.emisor.telefono", "contact.phone"),
    ("/documentos/firmar", {"documento": {"firma": {"email": "maria.garcia@example.com"}}},
     "documento.firma.email", "contact.email"),
    # a build's product is Build.PRODUCT, also in a purchase's request
    ("/iap/verify", {"purchase": {"sku": "coins_500", "price": 0.99},
                     "build": {"product": "oriole", "id": "TQ3A.230805.001"}},
     "build.product", "device.info"),
    # a Spanish search box's "consulta", a Spanish card's last digits, a plural Polish word
    ("/buscar", {"consulta": "farmacia de guardia"}, "consulta", "behavior.search"),
    ("/pagos", {"tarjeta": {"ultimos_digitos": "4242"}}, "tarjeta.ultimos_digitos",
     "financial.payment"),
    ("/wiadomosci", {"tresc": "Spóźnię się dziesięć minut, przepraszam"}, "tresc",
     "content.text"),
    ("/geo", {"hexagon_id": "8a2a1072b59ffff"}, "hexagon_id", "location.precise"),
    ("/geo", {"olc_code": "87G8Q2PQ+V2"}, "olc_code", "location.precise"),
])
def test_still_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())


def test_a_translated_device_name_is_a_paired_device() -> None:
    found = {f.path: f for f in classify_decoded(1, decode_exchange(Exchange(
        ts=0, method="POST", url=H + "/sync", request_headers=(("content-type",
                                                                "application/json"),),
        request_body=json.dumps({"glucometro": {"mac": "C4:7F:51:0A:93:2E"}}).encode())))}
    assert found["glucometro.mac"].confidence < 0.6
    assert found_in({"naoresponder": "x", "reply": "naoresponder@loja.example"}) == {}
