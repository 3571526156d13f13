"""The twentieth session's general readings: an app's own event lists under its own word for
"events" (event_lists.py), a card form's holder and a billing address's country."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in, found_in_form, strong_in


def test_an_event_list_in_an_apps_words() -> None:
    body = {"nastani": [{"name": "statement_view", "ts": 1764750900000},
                        {"name": "map.load", "ts": "2025-12-03T09:15:40Z"}]}
    found = found_in(body, "https://api.example.org/v1/analitika")
    assert found["nastani[0].name"] == {"behavior.usage": "shape.event-list"}
    assert found["nastani[1].name"] == {"behavior.usage": "shape.event-list"}


def test_no_event_without_its_time_nor_a_file() -> None:
    assert found_in({"stavki": [{"name": "statement_view", "qty": 2}]}) == {}
    assert "nastani[0].name" not in found_in(
        {"nastani": [{"name": "scan_front.jpg", "ts": 1764750900000}]})
    # a person's name in a list with times is no event
    assert "behavior.usage" not in found_in(
        {"gosti": [{"name": "Ana Petrova", "ts": 1764750900000}]}).get("gosti[0].name", {})


def test_a_card_forms_holder_and_country() -> None:
    found = found_in_form("card[name]=Jane+Doe&card[address_country]=GE&card[number]=x")
    assert found["card[name]"] == {"contact.name": "key.name"}
    assert found["card[address_country]"] == {"location.coarse": "key.address-country"}
    assert "card[address_country]" not in found_in_form("merchant[address_country]=GE")


def test_phone_numbers_written_in_groups_and_lists() -> None:
    for value in ("+251 912 555 871", "+380-50-555-4417", "+1 (415) 555-0134"):
        assert found_in({"x": value})["x"] == {"contact.phone": "value.phone-grouped"}
    assert found_in({"to": "+251912555871,+251700555419"})["to"] == {
        "contact.phone": "value.phone-grouped"}
    for value in ("+2025-12-03", "+1234.5678", "+48.1448", "+12 5"):
        assert "x" not in found_in({"x": value})


def test_an_emergency_contacts_number_in_a_log_line_is_a_persons() -> None:
    line = {"breadcrumbs": [{"message": "Emergency contact tel=+380 50 555 4417 saved"}]}
    assert "contact.phone" in found_in(line)["breadcrumbs[0].message"]
    services = {"breadcrumbs": [{"message": "Emergency services tel=+380 50 555 4417"}]}
    assert "breadcrumbs[0].message" not in found_in(services)


def test_genders_in_amharic_and_tamil() -> None:
    assert found_in({"gender": "set"})["gender"] == {"personal.gender": "key.gender"}
    assert found_in({"gender": "pen"})["gender"] == {"personal.gender": "key.gender"}


def test_a_named_places_map_pin_in_a_log_line_is_the_places() -> None:
    for line in ("Pin Poliklinika Nada Marijin Dvor lat=43.8563 lon=18.4031",
                 "Pickup pin Meghana Foods Koramangala lat=12.9352 lon=77.6245",
                 "Ghim Bến xe Miền Tây lat=10.7406 lon=106.6186"):
        assert found_in({"breadcrumbs": [{"message": line}]}) == {}, line
    own = found_in({"breadcrumbs": [{"message": "Pin dropped lat=43.8563 lon=18.4031"}]})
    assert "location.precise" in own["breadcrumbs[0].message"]


@pytest.mark.parametrize(("body", "category"), [
    ({"rnokpp": "3167703280"}, "personal.national_id"),
    ({"jmbg_platioca": "1406990175055"}, "personal.national_id"),
    ({"uimhir_pps": "6418273S"}, "personal.national_id"),
    ({"so_cccd": "079090418263"}, "personal.national_id"),
    ({"fayda_qutr": "4827 1936 0514"}, "personal.national_id"),
    ({"dharma": "Hindu"}, "personal.sensitive"),
    ({"jaathi": "Saiva Pillai"}, "personal.sensitive"),
    ({"union_membership": "OZ KOVO"}, "personal.sensitive"),
    ({"injury": "concussion"}, "health.medical"),
    ({"janam_tareekh": "1996-09-21"}, "personal.birthdate"),
    ({"guptapada": "x9!Kd83jd"}, "secret.credential"),
])
def test_qa133_to_qa138_readings(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body)[key]


def test_wrong_check_digits_are_no_national_number() -> None:
    for body in ({"rnokpp": "3167703281"}, {"jmbg_platioca": "1406990175056"}):
        (key,) = body
        assert "personal.national_id" not in found_in(body).get(key, {}), body


def test_a_sentence_up_a_socket_under_the_apps_word_for_text() -> None:
    from tests.analysis.classifiers.found import strong_in_frame
    frame = {"tipas": "zinute", "tekstas": "Laba diena, ar galime perkelti susitikima?"}
    assert strong_in_frame(frame, "wss://ws.example.com/v1/socket") == {
        "tekstas": {"content.text"}}
    assert strong_in_frame({"tekstas": "gerai"}, "wss://ws.example.com/v1/socket") == {}


def test_qa139_qa140_readings_and_targeting_words() -> None:
    found = found_in({"icyerekezo_cy_igitsina": "gay", "fakfelag": "Foroya Fiskimannafelag",
                      "pasporti": "13AB45872"})
    assert found["icyerekezo_cy_igitsina"] == {"personal.sensitive": "key.sensitive"}
    assert found["fakfelag"] == {"personal.sensitive": "key.sensitive"}
    assert "personal.national_id" in found["pasporti"]
    ads = found_in({"user": {"keywords": "bike-loan,tewahedo,gig-rider"}},
                   "https://ads.example.net/openrtb2/auction")
    assert ads["user.keywords"] == {"personal.sensitive": "value.sensitive-targeting"}
    # ...but not a newspaper's or a mountain range's name (the second review)
    assert found_in({"user": {"keywords": "news,the hindu,trekking,hindu kush"}},
                    "https://ads.example.net/openrtb2/auction") == {}


def test_an_install_time_id_and_a_one_word_event_batch() -> None:
    found = found_in({"ids": {"tn_uid": "1765300123456-1234567890123456789"}})
    assert found["ids.tn_uid"] == {"id.device": "value.install-time-id"}
    batch = found_in({"kajadian": [{"name": "pesenan", "ts": 1765300037113},
                                   {"name": "layar", "ts": 1765300074226}]})
    assert batch["kajadian[0].name"] == {"behavior.usage": "shape.event-list"}
    # ...but not a list named in English for something else (the session's review)
    assert found_in({"followers": [{"name": "jane_doe92", "ts": 1765300037113},
                                   {"name": "sam_p", "ts": 1765300074226}]}).get(
        "followers[0].name", {}).get("behavior.usage") is None


def test_review_narrowings() -> None:
    for line in ("Pin Work lat=52.52011 lon=13.40495", "Marker Start lat=52.52011 lon=13.40495"):
        found = found_in({"breadcrumbs": [{"message": line}]})
        assert "location.precise" in found["breadcrumbs[0].message"], line
    for value in ("+1 800 555 0199", "+40.7128-074.0060", "+12 500 000"):
        assert "x" not in found_in({"x": value}), value
    assert "fayda_tarihi" not in found_in({"fayda_tarihi": "202512031045"})
    assert "environments.dev" not in found_in(
        {"environments": {"dev": "8f3a2c91-d4e6-4b7a-9c1e-0d3f6b2a8c11"}})


def test_a_lines_one_coordinate_matching_the_profile_is_not_her_point() -> None:
    import dataclasses
    import json

    from analysis.classifiers import classify_decoded, matcher_for
    from analysis.decoders import decode_exchange
    from analysis.profile import DeviceProfile
    from analysis.records import Exchange

    prof = dataclasses.replace(DeviceProfile(), location={"lat": 37.527134, "lon": 127.028901})

    def found(line: str) -> set[str]:
        ex = Exchange(ts=0, method="POST", url="https://crash.example.org/api/1/store",
                      request_headers=(("content-type", "application/json"),),
                      request_body=json.dumps({"breadcrumbs": [{"message": line}]}).encode())
        return {f.category for f in classify_decoded(1, decode_exchange(ex), matcher_for(prof))}

    assert "location.precise" not in found("Shown clinic lat=37.5271 lon=127.0282")
    assert "location.precise" in found("Fix ok lat=37.5271 lon=127.0289")


def test_a_list_of_named_points_is_places_not_her_nor_people() -> None:
    results = [{"nombre": "Comisaria Lince", "tel": "+5114553920", "lat": -12.08811,
                "lon": -77.03412},
               {"nombre": "CEM Lima", "tel": "+5114554418", "lat": -12.06112, "lon": -77.03611}]
    assert found_in({"batch": [{"props": {"resultados": results}}]}) == {}
    # her own track (times) and a canvasser's doors (people with e-mail) stay read
    track = [{**r, "ts": 1765300037113} for r in results]
    assert "track[0].lat" in found_in({"track": track})
    doors = [{**r, "email": f"v{i}@example.org"} for i, r in enumerate(results)]
    assert "doors[0].lat" in found_in({"doors": doors})


def test_the_second_reviews_narrowings() -> None:
    # an app's own address book with positions is kept: only an analytics event's listed
    # results are places
    book = [{"full_name": "Anna Kowalska", "phone": "+48601555201", "lat": 52.2297,
             "lng": 21.0122},
            {"full_name": "Jan Nowak", "phone": "+48601555202", "lat": 52.2301, "lng": 21.0131}]
    assert "addresses[0].phone" in found_in({"addresses": book})
    assert found_in({"cita": "Consulta general", "familia": "Bebidas"}) == {}
    assert "personal.sensitive" not in found_in({"ekran": {"orientacja": "pozioma"}}).get(
        "ekran.orientacja", {})
    assert strong_in({}, headers=(("X-Phone-Id", "8f3a2c91-d4e6-4b7a-9c1e-0d3f6b2a8c11"),)) == {
        "X-Phone-Id": {"id.device"}}
