"""QA92 (the founding case's short-video app through real mitmdump; a payroll app where the
user is an employee, as pcaps and a HAR): a crash SDK's minified log lines with bank details, a
clock-in fix and a National Insurance number; a manager's and HR's e-mails; no message's words
written into a finding's evidence."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, strong_in

CRASH = "https://crash.example.de/api/1/store"


def test_qa92_a_crash_reports_minified_lines() -> None:
    found = found_in({"breadcrumbs": [
        {"m": "BankDetails saved sort_code=20-45-77 account_number=41608392"},
        {"m": "Clock-in fix lat=53.48071 lon=-2.24263 acc=8"}],
        "exception": {"message": "payslip render failed for ni=JT482719C period=2025-11"}},
        CRASH)
    assert set(found["breadcrumbs[0].m"]) == {"financial.payment"}
    assert set(found["breadcrumbs[1].m"]) == {"location.precise"}
    assert set(found["exception.message"]) == {"personal.national_id"}
    # (a bare "ni" holding no NI number's shape is nothing: Spanish "ni", a count)
    assert found_in({"ni": "no"}, CRASH) == {} and found_in({"ni": 3}, CRASH) == {}


def test_qa92_a_managers_and_hrs_email_in_an_employees_event() -> None:
    assert strong_in({"events": [{"name": "absence_submitted", "params": {
        "manager_email": "boss@acme.example.com", "hr_email": "hr@acme.example.com"}}]},
        "https://analytics.example.net/v1/track") == {"events[0].name": {"behavior.usage"}}


def test_qa92_evidence_names_no_word_of_a_message_nor_a_pairs_value() -> None:
    import json

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    body = {"breadcrumbs": [{"message": "ChatInput.send text='Que voz linda, canta mais uma'"},
                            {"message": "Login ok email=jane.doe@example.com"}]}
    ex = Exchange(ts=0, method="POST", url=CRASH,
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    evidence = " ".join(f.evidence for f in classify_decoded(1, decode_exchange(ex)))
    assert "linda" not in evidence and "jane.doe" not in evidence, evidence
    assert "email=" in evidence and "message the user sent" in evidence


def test_qa92_a_log_lines_pairs_named_for_hr_and_a_drivers_event() -> None:
    assert found_in({"breadcrumbs": [{"m": "ContactHR opened hr_email=hr@acme.example.com "
                                           "hr_phone=+441615550101"}]}, CRASH) == {}
    found = found_in({"batch": [{"event": "driver_assigned", "properties": {
        "driver_name": "Carlos Mendez", "driver_rating": 4.9, "vehicle_plate": "ABC-123"}}]},
        "https://in.stats.example.net/v1/batch")
    assert "batch[0].properties.driver_name" not in found


def test_blind67_70_key_names_in_four_more_languages() -> None:
    cases = [({"prezime": "Horvat"}, "prezime", "contact.name"),
             ({"datum_rodjenja": "1990-04-12"}, "datum_rodjenja", "personal.birthdate"),
             ({"oib": "69435151530"}, "oib", "personal.national_id"),
             ({"tarikh_tavalod": "1990-04-12"}, "tarikh_tavalod", "personal.birthdate"),
             ({"cognoms": "Puig i Ferrer"}, "cognoms", "contact.name"),
             ({"data_naixement": "1990-04-12"}, "data_naixement", "personal.birthdate"),
             ({"wagwoord": "Hunter2!xx"}, "wagwoord", "secret.credential"),
             ({"geboortedatum": "1990-04-12"}, "geboortedatum", "personal.birthdate")]
    for body, key, category in cases:
        assert category in found_in(body, "https://api.example.com/v1/profile").get(key, {}), key


def test_qa91_92_a_category_naming_a_body_system_and_an_absences_reason() -> None:
    found = found_in({"events": [{"name": "absence_submitted", "params": {
        "reason_category": "gastrointestinal", "category": "like_new"}}]},
        "https://analytics.example.net/v1/track")
    assert found["events[0].params.reason_category"] == {
        "health.medical": "words.medical-category"}
    assert "events[0].params.category" not in found
    found = found_in({"type": "sickness", "reason": "Stomach bug since Tuesday night, could not "
                      "keep food down"}, "https://api.example.com/v2/absence")
    assert "content.text" in found["reason"]
