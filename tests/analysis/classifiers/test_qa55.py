"""QA55 (a Polish grocery app, a Portuguese family-locator app) and the first runs of the blind23
and blind24 sets: chat frames on a WebSocket, Polish and European Portuguese key words and
address formats, entry codes and PINs by name, a paired watch's own description, a consent
SDK's geography, a booking's guests, typing speeds in words, a singer's pitch track and timbre,
a compound address object's German fields."""

from __future__ import annotations

import base64
import json
import random
import struct

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.profile import load_profile
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in, strong_in_frame

H = "https://api.example"


@pytest.mark.parametrize("message", [
    {"tipo": "mensaje", "texto": "Hola Marta, llego a las cinco y media a la puerta."},
    {"type": "message", "text": "Hi Marta, I will be at the school gate at half past five."},
    {"tipo": "mensagem", "para": "relogio", "texto": "Leonor, o pai chega às 17h30 ao portão."},
])
def test_a_chat_frame_on_a_chat_socket_is_text(message: dict[str, object]) -> None:
    found = strong_in_frame(message, "wss://chat.example/ws/chat")
    assert any("content.text" in cats for cats in found.values()), found


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v2/zamowienia", {"dostawa": {"adres": "ul. Marszałkowska 84/12, 00-514 Warszawa"}},
     "dostawa.adres", "contact.address"),
    ("/v2/orders", {"delivery": {"address": "ul. Marszałkowska 84/12, 00-514 Warszawa"}},
     "delivery.address", "contact.address"),
    ("/v2/zamowienia", {"zamowienie_id": "ZK-2026-0414-7731", "suma": 41.41},
     "zamowienie_id", "financial.purchase"),
    ("/v2/zamowienia", {"platnosc": {"metoda": "karta", "token": "tok_pl_8Hq2LmZ0vX4sR7nB"}},
     "platnosc.token", "financial.payment"),
    ("/v2/conta/registo", {"email": "m@correio.example", "palavra_passe": "Gaivota!2026"},
     "palavra_passe", "secret.credential"),
    ("/v2/perfil", {"nome": "Miguel", "apelido": "Carvalhais"}, "nome", "contact.name"),
    ("/v2/perfil", {"nome": "Miguel", "apelido": "Carvalhais"}, "apelido", "contact.name"),
    ("/v2/perfil", {"morada": {"rua": "Rua do Alecrim", "localidade": "Lisboa"}},
     "morada.localidade", "location.coarse"),
    ("/v2/profil/adresy", {"uwagi_dla_kuriera": "Domofon 12, drugie piętro. Proszę nie dzwonić."},
     "uwagi_dla_kuriera", "content.text"),
    ("/v2/profile/addresses", {"notes_for_courier": "Buzzer 12, second floor, do not ring."},
     "notes_for_courier", "content.text"),
    ("/v2/profil", {"imie": "Agnieszka", "plec": "K"}, "plec", "personal.gender"),
    ("/v2/zamowienia", {"kod_domofonu": "1234#"}, "kod_domofonu", "secret.credential"),
    ("/v1/returns", {"ip_pin": "482913"}, "ip_pin", "secret.credential"),
    ("/v1/lockers/l1/open", {"pickup_pin": "7713"}, "pickup_pin", "secret.credential"),
    ("/v1/calls/c1", {"participants": [{"name": "Sam Patel", "phone": "+15550142277"}]},
     "participants[0].name", "contact.name"),
    ("/v2/profil", {"jezyk": "pl", "strefa_czasowa": "Europe/Warsaw"}, "strefa_czasowa",
     "device.info"),
    ("/v1/choices", {"geo": {"cc": "US", "sub": "US-NY"}}, "geo.sub", "location.coarse"),
    ("/v1/bookings", {"guests": [{"name": "Sam Patel", "phone": "+15550142277"}]},
     "guests[0].name", "contact.name"),
    ("/v1/bookings", {"guests": [{"name": "Sam Patel", "phone": "+15550142277"}]},
     "guests[0].phone", "contact.phone"),
    ("/v1/typing/stats", {"wpm_avg": 41.2, "backspace_rate": 0.071}, "wpm_avg",
     "behavior.keystroke"),
    ("/v1/mieter", {"Aktuelle_Anschrift": {"Strasse": "Oranienstr. 4", "Ort": "Berlin",
                                           "Land": "DE"}},
     "Aktuelle_Anschrift.Ort", "location.coarse"),
    ("/v1/mieter", {"Anrede": "Herr"}, "Anrede", "personal.gender"),
    ("/v1/profile", {"diabetes_type": "type1", "insulins": ["insulin lispro"]},
     "diabetes_type", "health.medical"),
    ("/v1/labs", {"a1c_pct": 6.9}, "a1c_pct", "health.medical"),
    ("/v1/days/2025-12-09", {"sex": {"had_sex": True}}, "sex.had_sex", "personal.sensitive"),
    ("/v1/events", {"common": {"app_set_id": "b16d19e3-bcdf-3cf3-8906-3212d636bfdd"}},
     "common.app_set_id", "id.device"),
    ("/v3/venues/v1/checkin", {"venue": {"id": "v1", "lat": 40.72684, "lon": -73.98919}},
     "venue.lat", "location.precise"),
    ("/v1/checkout", {"plan": "deluxe_federal_state", "price": "79.99", "order": "LG-25-884"},
     "plan", "financial.purchase"),
    ("/v2/suporte/pedidos", {"assunto": "O relógio não liga", "descricao": "Desde ontem o "
                             "relógio da Leonor não acende, já o carreguei a noite toda."},
     "descricao", "content.text"),
    ("/v2/zamowienia/ZK-1/reklamacja", {"powod": "uszkodzony_produkt", "opis": "Jogurt był "
                                        "otwarty, a jajka rozbite. Proszę o zwrot pieniędzy."},
     "opis", "content.text"),
    ("/v1/rutas", {"direccion": {"calle": "Calle Mayor 5", "piso": "3B", "estado": "Madrid"}},
     "direccion.estado", "location.coarse"),
])
def test_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    found = strong_in(body, H + url)
    assert category in found.get(path, set()), found


def test_search_phrase_in_the_query() -> None:
    ex = Exchange(ts=0, method="GET", url=H + "/v2/szukaj?fraza=piwo%20bezalkoholowe&strona=1",
                  request_headers=())
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("fraza", "behavior.search") in found, found


@pytest.mark.parametrize(("url", "body", "path", "bad"), [
    # a child's school is no person: its phone is not the user's
    ("/v2/relogios/associar", {"escola": {"nome": "Escola", "telefone": "+351 21 393 0150"}},
     "escola.telefone", "contact.phone"),
    ("/v2/watches/pair", {"school": {"name": "Example School", "phone": "+351 21 393 0150"}},
     "school.phone", "contact.phone"),
    # an ad's cost per mille is no typing speed; a geo object's "sub" is no user ID
    ("/v1/ads/report", [{"cpm": 1.84, "impressions": 2100}], "[0].cpm", "behavior.keystroke"),
    ("/v1/ads/report", [{"cpm": 1.84, "impressions": 2100}], "[0].cpm", "behavior.usage"),
    ("/v1/choices", {"geo": {"cc": "US", "sub": "US-NY"}}, "geo.sub", "id.user"),
    # a map's pin, a PIN with no digits' shape
    ("/v1/map", {"map_pin": "40.71,-74.00"}, "map_pin", "secret.credential"),
    ("/v1/pairing", {"device_pin": "on"}, "device_pin", "secret.credential"),
    # a statute's or a contract's jurisdiction is no place of the user's (QA56)
    ("/v1/bookmarks", {"statute": {"jurisdiction": {"country": "US", "state": "CA"}}},
     "statute.jurisdiction.state", "location.coarse"),
    # a pin that is a map's, India's postcode in an address; an airport's gate code
    ("/v1/map", {"props": {"selected_pin": "4411"}}, "props.selected_pin", "secret.credential"),
    ("/v1/orders", {"address": {"line1": "12 MG Road", "pin": "560001"}}, "address.pin",
     "secret.credential"),
    ("/v1/trips", {"flight": {"gate_code": "B22"}}, "flight.gate_code", "secret.credential"),
    # a lobby's participants without a phone or an e-mail are handles; a merchant's return
    # address is no address of the user's
    ("/v1/lobby", {"participants": [{"name": "Red Dragons"}]}, "participants[0].name",
     "contact.name"),
    ("/v1/returns", {"return_address": {"line1": "1 Warehouse Way", "city": "Reno"}},
     "return_address.line1", "contact.address"),
    # a plan outside a purchase, a catalogue's product ID in one, a speech rate
    ("/v1/settings", {"plan": "deluxe_federal_state"}, "plan", "financial.purchase"),
    ("/v1/checkout", {"order_id": "O-1", "price": "9.99", "package": "com.example.app"},
     "package", "financial.purchase"),
    ("/v1/interviews/a1/analysis", {"voice": {"speechRateWpm": 141, "pitchMeanHz": 180}},
     "voice.speechRateWpm", "behavior.keystroke"),
    ("/v1/interviews/a1/analysis", {"voice": {"speechRateWpm": 141, "pitchMeanHz": 180}},
     "voice.speechRateWpm", "behavior.usage"),
    # a venue's own position beside the user's in a check-in is the venue's
    ("/v3/venues/v1/checkin", {"venue": {"id": "v1", "lat": 40.72684, "lon": -73.98919},
                               "me": {"lat": 40.726911, "lon": -73.989302}},
     "venue.lat", "location.precise"),
    # a complaint's reason code is no text the user wrote
    ("/v2/orders/ZK-1/complaint", {"reason": "damaged_item", "description": "The yoghurt was "
                                   "open and the eggs were broken."}, "reason", "content.text"),
    # "Ort" is only a place in an address (an ONNX runtime's elsewhere, QA54)
    ("/v1/runtime", {"engine": {"ort": "1.17.1"}}, "engine.ort", "location.coarse"),
])
def test_not_found(url: str, body: object, path: str, bad: str) -> None:
    found = strong_in(body, H + url)
    assert bad not in found.get(path, set()), found


def test_a_paired_watchs_firmware_is_not_the_phones(tmp_path: object) -> None:
    from pathlib import Path

    device = Path(str(tmp_path)) / "device.toml"
    device.write_text('[device]\nname = "Pixel 8"\n[identifiers]\nimei = "353918050000005"\n')
    from analysis.passes.classify import findings_for_exchange

    ex = Exchange(ts=0, method="POST", url=H + "/v2/relogios/associar",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"relogio": {"imei": "359428104715529",
                                                       "modelo": "KW-4G Mini",
                                                       "firmware": "2.7.14"},
                                           "os_version": "14"}).encode())
    found = {f.path: f for f in findings_for_exchange(1, ex, load_profile(device))}
    assert found["relogio.imei"].confidence < 0.6
    assert found["relogio.firmware"].confidence < 0.6
    assert "another device" in found["relogio.firmware"].evidence
    # the top level of the request, a "device" object, are the phone's (QA56)
    assert found["os_version"].confidence >= 0.6


def _floats(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return base64.b64encode(struct.pack(f"<{n}f", *[rng.uniform(-1, 1) for _ in range(n)])
                            ).decode()


def test_a_singers_voice_profile_and_pitch_track() -> None:
    rng = random.Random(3)
    profile = strong_in({"range_hz": [146.8, 698.5], "f0_mean_hz": 214.3,
                         "timbre": _floats(64, 1), "jitter": 0.0058, "shimmer": 0.037},
                        H + "/v3/voice-profile")
    assert "biometric.voice" in profile.get("timbre", set()), profile
    track = strong_in({"hop_ms": 10, "f0_hz": [0.0, 0.0, *[rng.uniform(200, 230)
                                                            for _ in range(60)]],
                       "mfcc": [[rng.uniform(-12, 12) for _ in range(13)] for _ in range(20)]},
                      H + "/v3/performances/p1/analysis")
    assert "biometric.voice" in track.get("f0_hz", set()), track
    assert "biometric.voice" in track.get("mfcc", set()), track


def test_a_pitch_track_alone_or_out_of_a_voices_range_is_not_a_voice() -> None:
    rng = random.Random(4)
    alone = strong_in({"f0_hz": [rng.uniform(200, 230) for _ in range(60)]}, H + "/v1/tuner")
    assert "f0_hz" not in alone, alone
    engine = strong_in({"f0_hz": [rng.uniform(2000, 3000) for _ in range(60)],
                        "mfcc": [[rng.uniform(-12, 12) for _ in range(13)] for _ in range(20)]},
                       H + "/v1/engine/diagnostics")
    assert "biometric.voice" not in engine.get("f0_hz", set()), engine
