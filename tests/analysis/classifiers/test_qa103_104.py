"""What the QA103 (smart glasses, a kids' smartwatch) and QA104 (telematics insurance, a church
community app) testers found missed or misread: a child's position by its key, a quoted
transcript or contact's name in a crash log line, a garage's contacts in a log line, a UK
driving licence's "dln=", a faith in Portuguese (``key_scopes.py``, ``log_quoted.py``,
``log_pairs.py``, ``validators_national.py``)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.net/api/1/store/"


def _line(line: str) -> dict[str, str]:
    found = found_in({"breadcrumbs": [{"category": "app", "message": line}]}, CRASH)
    return found.get("breadcrumbs[0].message", {})


def test_a_childs_position_by_its_key() -> None:
    found = found_in({"child_lat": 40.41678, "child_lon": -3.70379,
                      "wearer_lat": 40.41679, "wearer_lon": -3.70378})
    for key in ("child_lat", "child_lon", "wearer_lat", "wearer_lon"):
        assert "location.precise" in found[key], key
    assert "location.precise" in _line("SOS child_lat=40.416781 child_lon=-3.703790")
    # ...a store's or a driver's is still theirs, and a storm watch's is nobody's
    assert found_in({"store_lat": 40.41678, "driver_lat": 40.41677}) == {}
    assert found_in({"watch_lat": 35.4676, "watch_lon": -97.5164}) == {}


def test_a_quoted_transcript_or_contacts_name_in_a_log_line() -> None:
    assert _line("ASR final transcript='Remind me to call Pieter at six tomorrow'") == {
        "content.text": "text.logged-text"}
    assert _line("Tagged contact='Pieter Jansen' id=ct_1182 sim=0.91") == {
        "contact.name": "text.logged-name"}
    # ...not a bot's reply, a search (the search rules'), a clinic's doctor, a team's name,
    # an unquoted word
    for line in ("Bot reply text='How can I help you today friend'",
                 "Search query='cheap flights to lisbon in may'",
                 "Clinic call name='Rathmines Paediatric Clinic' contact='Dr Mary Byrne'",
                 "Store contact='Customer Service Team'", "Tagged contact=Pieter"):
        assert _line(line) == {}, line


def test_a_garages_contacts_and_a_driving_licence_in_a_log_line() -> None:
    assert _line("Garage selected name='Deansgate Motors' tel=+44 161 555 0188 "
                 "addr='12 Quay St, Manchester M3 3HN'") == {}
    assert "personal.national_id" in _line("Licence check ok dln=WHITF853146EG9QL points=0")
    assert _line("Song loaded dln=abc") == {}


def test_a_faith_in_portuguese_and_a_congregation_by_its_name() -> None:
    found = found_in({"denominacao": "batista", "congregacao": "Igreja Batista Central",
                      "religiao": "Evangélica"})
    for key in ("denominacao", "congregacao", "religiao"):
        assert "personal.sensitive" in found[key], key
    # ...a church named by no faith or by a bare "church", a gift card's denomination, a coin
    assert found_in({"church": "St Mary's", "giftcard": {"denomination": "50"},
                     "coin": {"denomination": "Christian IX 2 Kroner"}}) == {}


def test_serious_conditions_named_in_portuguese_or_spanish_text() -> None:
    found = found_in({"text": "Peço oração pela minha mãe que começou quimioterapia para "
                              "câncer de mama"}, "https://api.example.com/v1/messages")
    assert "health.medical" in found["text"]


def test_a_line_quoting_a_business_or_the_apps_own_words() -> None:
    for line in ("Fleet linked owner='Transportes Roma SA' rfc=TRO010101AB1 "
                 "addr='Av. Insurgentes Sur 1602, Col. Credito Constructor, 03940 CDMX'",
                 "Office sync office='Toronto West, 55 Bloor St W, Toronto ON M4W 1A5' "
                 "phone=+1 416 555 0142",
                 "TTS spoke transcript='Your order is on its way now'",
                 "Now playing person='Taylor Swift'", "Contact picker contact='Select Contact'"):
        assert _line(line) == {}, line
    assert "contact.phone" in _line("Dealer test drive request name='Jane Doe' "
                                    "phone=+15550100199")
    assert _line("Visit start patient='Arthur Bellweather' dx=CHF") == {
        "contact.name": "text.logged-name"}
    # a church's own record in a directory's results
    assert found_in({"results": [{"name": "First Baptist", "denomination": "Baptist"}]}) == {}


def test_a_church_apps_calls_in_portuguese() -> None:
    api = "https://api.example.com"
    found = found_in({"texto": "Peço oração pela minha mãe que começou quimioterapia para "
                               "câncer de mama"}, api + "/v1/oracao/pedidos")
    assert {"content.text", "health.medical"} <= set(found["texto"])
    found = found_in({"valor": 350.00, "moeda": "BRL", "frequencia": "mensal"},
                     api + "/v1/dizimos/recorrente")
    assert "financial.purchase" in found["valor"]
    found = found_in({"valor": 120.00, "pagador": {"chave_pix": "5f8c2a1e-3b4d-4e6f-9a7b"},
                      "recebedor": {"chave_pix": "12.345.678/0001-90"}}, api + "/v1/doacoes/pix")
    assert "financial.purchase" in found["valor"]
    assert "financial.payment" in found["pagador.chave_pix"]
    assert "recebedor.chave_pix" not in found
