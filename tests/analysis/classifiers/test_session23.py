"""The twenty-third session's readings, from its QA rounds (QA163: a Shetland mental-health
and addiction service; QA164: a Saint Lucian credit union with a face and voice check), each
with the look-alikes that must stay unread."""

from __future__ import annotations

import random

from tests.analysis.classifiers.found import strong_in


def _floats(n: int, seed: int, spread: float = 0.3) -> list[float]:
    r = random.Random(seed)
    return [round(r.uniform(-spread, spread), 6) for _ in range(n)]


FACE = [[round(100 + 3.1 * i, 1), round(140 + 2.2 * (i % 17), 1)] for i in range(68)]


def test_a_face_embedding_not_normalised_beside_its_landmarks() -> None:
    # dlib's 128 values of about ±0.3 each are no unit vector (QA164's "fidji_vekte")
    found = strong_in({"vekte": _floats(128, 7), "pwen": FACE, "kalite": 0.93})
    assert "biometric.face" in found["vekte"] and "biometric.face" in found["pwen"]
    # ...either alone stays unread: a text's embedding, a polygon
    assert "vekte" not in strong_in({"vekte": _floats(128, 7)})
    assert "pwen" not in strong_in({"pwen": FACE})
    # ...and a vector of one value repeated, or all positive, is no model's output
    assert "vekte" not in strong_in({"vekte": [0.25] * 128, "pwen": FACE})
    assert "vekte" not in strong_in({"vekte": [abs(x) for x in _floats(128, 7)], "pwen": FACE})


def test_a_pins_dwell_and_flight_times_in_ms_without_a_key_word() -> None:
    found = strong_in({"chan": "mopas", "dwell_ms": [83, 91, 77, 81], "flight_ms": [108, 123, 108]})
    assert "behavior.keystroke" in found["dwell_ms"]
    assert "behavior.keystroke" in found["flight_ms"]
    # ...not a dwell alone, not without their unit, not seconds (a yoga hold, a drone's flight)
    assert "dwell_ms" not in strong_in({"dwell_ms": [83, 91, 77, 81]})
    assert "dwell" not in strong_in({"dwell": [83, 91, 77, 81], "flight": [108, 123, 108]})
    assert "hold_s" not in strong_in({"hold_s": [30, 45, 60, 30], "flight_s": [300, 420, 380]})
    assert "dwell_ms" not in strong_in({"dwell_ms": [3000, 4100, 2500, 3800],
                                        "flight_ms": [9000, 12000, 8000]})


def test_the_qa_rounds_words() -> None:
    found = strong_in({"mopas": "hunter2!Xy", "passwird": "Tr0ub4dor&3",
                       "boarn_date": "1990-02-03", "chi_nummer": "0101901234",
                       "denominasyon": "Katolik", "non_fanmi": "Auguste",
                       "id_piblisite": "38400000-8cf0-11bd-b23e-10b96e40000d",
                       "vwa_vekte": _floats(192, 9), "medeecin": "methadone"})
    assert "secret.credential" in found["mopas"] and "secret.credential" in found["passwird"]
    assert "personal.birthdate" in found["boarn_date"]
    assert "personal.national_id" in found["chi_nummer"]
    assert "personal.sensitive" in found["denominasyon"]
    assert "contact.name" in found["non_fanmi"]
    assert "id.advertising" in found["id_piblisite"]
    assert "biometric.voice" in found["vwa_vekte"]
    assert "health.medical" in found["medeecin"]


def test_a_sentence_in_the_apps_own_words_that_states_health_facts() -> None:
    from tests.analysis.classifiers.found import found_in
    url = "https://api.safei.example/v1/kapasen"
    found = found_in({"kapas": "Nurse, my aunt Serina Nukuto is diabetic, can she take the "
                      "pills next month?"}, url)
    assert found["kapas"] == {"content.text": "text.own-words-sentence",
                              "health.medical": "text.own-words-sentence"}
    # ...not a topic's words, and below a verdict (whose text it is is not known)
    assert "health.medical" not in found_in(
        {"kapas": "Read the new guide to diabetes research and treatment in the islands"},
        url).get("kapas", {})
    assert "kapas" not in strong_in({"kapas": "Nurse, my aunt is diabetic, can she take the "
                                     "pills next month?"}, url)


def test_a_bearer_token_written_into_a_crash_breadcrumb() -> None:
    jwt = ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1XzEyMyIsImlhdCI6MTcwMDAwMDAwMH0."
           "c2lnbmF0dXJlLXNpZ25hdHVyZQ")
    found = strong_in({"breadcrumbs": [{"msg": f"request headers: Authorization: Bearer {jwt}"},
                                       {"msg": "Bearer of bad news: the upload failed twice"},
                                       {"msg": "init Bearer pk_live_51HxYzAbCdEfGhIjKlMn0123"}]})
    assert "secret.credential" in found["breadcrumbs[0].msg"]
    assert "breadcrumbs[1].msg" not in found and "breadcrumbs[2].msg" not in found


def test_belgian_and_swedish_national_numbers_by_their_layout_and_check() -> None:
    found = strong_in({"limero_nacional": "79.03.14-086.10", "persovdnanummar": "20071102-2483",
                       "kort": "071102-2483"})
    assert {"limero_nacional", "persovdnanummar", "kort"} <= {
        p for p, cats in found.items() if "personal.national_id" in cats}
    # ...not with a wrong check, nor an impossible date
    for value in ("79.03.14-086.11", "79.13.14-086.10", "20071102-2484", "20071302-2483"):
        assert "personal.national_id" not in strong_in({"kort": value}).get("kort", set()), value


def test_lifecycle_events_by_their_sdk_names_under_any_key_of_a_list() -> None:
    found = strong_in({"evenmints": [{"no": "app_open", "t": 1700000000},
                                     {"no": "screen_view", "t": 1700000100}]})
    assert "behavior.usage" in found["evenmints[0].no"]
    # ...not a word that names no event, nor without the time beside it
    assert "evenmints[0].no" not in strong_in({"evenmints": [{"no": "Lidje", "t": 1700000000}]})
    assert "evenmints[0].no" not in strong_in({"evenmints": [{"no": "app_open"}]})
    # ...nor a console's top events with their counts, a setting's flag (the session's review)
    assert "bora[0].tukio" not in strong_in({"bora": [{"tukio": "app_open", "idadi": 5120,
                                                      "t": 1700000000}]})
    assert "mipangilio[0].jenis" not in strong_in({"mipangilio": [
        {"jenis": "notification_open", "aktif": True, "t": 1700000000}]})


def test_the_qa_rounds_words_qa165_to_qa168() -> None:
    found = strong_in({"sicret": "Xh4!pass99", "date_naxhance": "1979-03-14",
                       "beassansatni": "Goahti#2024", "milongo": ["sulfato ferroso 200mg"],
                       "kilumbu_kia_kuvala": "1999-02-03", "reklama_id":
                       "38400000-8cf0-11bd-b23e-10b96e40000d"})
    assert "secret.credential" in found["sicret"] and "secret.credential" in found["beassansatni"]
    assert "personal.birthdate" in found["date_naxhance"]
    assert "personal.birthdate" in found["kilumbu_kia_kuvala"]
    assert "id.advertising" in found["reklama_id"]


def test_an_address_book_under_the_apps_own_word_by_its_shape() -> None:
    book = {"kontak": [
        {"non": "Marcella Jn Pierre", "telefon": ["+17585550111"], "imel": "mjp@example.org"},
        {"non": "Anselm Modeste", "telefon": ["+17585550122"]},
        {"non": "Kenroy Alexander", "telefon": ["+17585550133", "+17585550134"]}]}
    found = strong_in(book, "https://api.kesnou.example/v2/kontak/sinkwonize")
    assert {"kontak[0].non", "kontak[1].telefon", "kontak[0].imel"} <= {
        p for p, cats in found.items() if "content.contacts" in cats}
    # ...three people with one number each only sent to a call that syncs or uploads them
    flat = {"ibiyen": [{"name": f"{n} Deiye", "phone": f"+6745550{i}23"}
                       for i, n in enumerate(("Ana", "Bwe", "Ede"))]}
    assert "content.contacts" in strong_in(flat, "https://api.example/v3/contacts/sync")[
        "ibiyen[0].name"]
    # ...not to a bare sync (a group's, a CRM's list as often), nor with an order in an entry
    assert "content.contacts" not in strong_in(flat, "https://api.example/v3/ibiyen/sync").get(
        "ibiyen[0].name", set())
    orders = {"ibiyen": [{**e, "amount": 12} for e in flat["ibiyen"]]}
    assert "content.contacts" not in strong_in(orders, "https://api.example/v3/contacts/sync").get(
        "ibiyen[0].name", set())
    # ...not a group's members, with lists of numbers or not
    group = {"manm": book["kontak"]}
    assert "content.contacts" not in strong_in(group, "https://api.example/v2/sousou/gwoup").get(
        "manm[0].non", set())


def test_a_religion_named_by_the_value_under_the_apps_own_word() -> None:
    found = strong_in({"ekaresia": "Congregational (Protestant)", "kulo": "Church of Scotland",
                       "imani": "Muslim"})
    # ...a name as often a surname, a cuisine, a chess opening only under a religion's key
    assert "podobi" not in strong_in({"podobi": "Islam"})
    assert "masakan" not in strong_in({"masakan": "Jewish"})
    assert all("personal.sensitive" in found[k] for k in ("ekaresia", "kulo", "imani"))
    # ...not under an English key, nor a school's or a place's record, nor in a sentence
    for body, path in (({"type": "Catholic"}, "type"), ({"school": {"aina": "Catholic"}},
                                                         "school.aina"),
                       ({"aina": "Catholic schools in the district close at noon today"},
                        "aina")):
        assert "personal.sensitive" not in strong_in(body).get(path, set()), body


def test_the_evidence_names_no_religion_and_no_health_term() -> None:
    # a report shows the evidence without --show-values, the value masked beside it (QA169)
    import json

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    body = {"alu": "Protestant", "kas": "Nurse, my aunt is diabetic and she has chlamydia, can "
                                        "she take the pills next month?"}
    ex = Exchange(ts=0, method="POST", url="https://api.fusr.example/v1/kasen",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    found = [f for f in classify_decoded(1, decode_exchange(ex))
             if f.category in ("personal.sensitive", "health.medical")]
    assert {f.path for f in found} == {"alu", "kas"}
    assert not any(w in f.evidence.lower() for f in found
                   for w in ("protestant", "diabetic", "chlamydia"))


def test_a_medical_test_named_by_its_value_and_its_result_beside_it() -> None:
    found = strong_in({"event": "result_viewed", "props": {"test": "chlamydia",
                                                           "fokin": "positive"}})
    assert "health.medical" in found["props.test"] and "health.medical" in found["props.fokin"]
    # ...a test named without its result: below a verdict (an order, a requirement as often)
    from tests.analysis.classifiers.found import found_in
    assert found_in({"test_name": "HIV-1/2 rapid"})["test_name"] == {
        "health.medical": "value.lab-test"}
    assert "test_name" not in strong_in({"test_name": "HIV-1/2 rapid"})
    # ...nor a price list's, a course's post-test, a herd's (the session's review)
    for body in ({"test": "HIV", "result": "positive", "cena": 40},
                 {"test": "Malaria case management post-test", "result": "positive"},
                 {"cattle": {"test": "TB", "result": "positive"}}):
        assert not any("health.medical" in c for c in strong_in(body).values()), body
    # ...not a speed test, a quiz's question, a destination's advice or a result of nothing
    for body, path in (({"test": "speed", "result": "positive"}, "result"),
                       ({"quiz": {"test": "malaria", "result": "positive"}}, "quiz.test"),
                       ({"destination": {"test": "malaria"}}, "destination.test"),
                       ({"test": "chlamydia", "trend": "positive trend"}, "trend")):
        assert "health.medical" not in strong_in(body).get(path, set()), body


def test_a_medicine_with_its_strength_and_a_madhab_under_the_apps_own_words() -> None:
    found = strong_in({"darmanar": ["metformin 500 mg"], "din": "islam", "mezheb": "shafii"})
    assert "health.medical" in found["darmanar"]  # (a list: one finding at the list)
    assert "personal.sensitive" in found["din"] and "personal.sensitive" in found["mezheb"]
    # ...not a medicine's name alone, a supplement's strength, a shop's stock, a Twi name
    for body, path in (({"darmanar": ["metformin"]}, "darmanar"),
                       ({"darmanar": ["vitamin D3 25 mcg gummies"]}, "darmanar"),
                       ({"products": {"darmanar": "metformin 500 mg"}}, "products.darmanar"),
                       ({"din": "Kwame Mensah"}, "din")):
        assert not strong_in(body).get(path, set()) & {"health.medical",
                                                       "personal.sensitive"}, body


def test_qa172_an_outbreak_test_and_an_eye_drop_under_the_apps_own_words() -> None:
    found = strong_in({"props": {"test": "EBOV RNA RT-PCR", "taa_kaa": "not_detected"},
                       "sale": "prednisolone acetate 1% eye drops"})
    assert "health.medical" in found["props.test"] and "health.medical" in found["props.taa_kaa"]
    assert "health.medical" in found["sale"]


def test_the_qa_rounds_words_qa171() -> None:
    found = strong_in({"nuumbal_passpot": "567123984",
                       "iimw_address": "Lot 0112, San Antonio Village, Saipan MP 96950"})
    assert "personal.national_id" in found["nuumbal_passpot"]
    assert "contact.address" in found["iimw_address"]
