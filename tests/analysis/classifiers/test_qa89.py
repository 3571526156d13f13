"""QA89 (a recruiting app with an AI video interview through real mitmdump; an LGBTQ+ dating app
as pcaps and a HAR): a recruiter's and an employer's details, other users' IDs, ages and
positions in a profile grid, gender identities and pronouns, PrEP, Irish and UK national
numbers, a chat quoted in a crash breadcrumb, a PDF part kept raw."""

from __future__ import annotations

import pytest

from analysis.decoders import decode_exchange
from analysis.passes.kept_raw import missing
from analysis.records import Exchange
from analysis.store.fields import RequestSide
from tests.analysis.classifiers.found import found_in, strong_in

H = "https://api.example.com"
CRASH = "https://crash.example.org/api/1/envelope"
CHAT = "Hey! I fly out next Thursday for work, is it ok to message here?"


def test_qa89_a_recruiters_and_an_employers_details_are_theirs() -> None:
    found = strong_in({"events": [{"name": "job_viewed", "props": {
        "recruiter_email": "sean.k@talentco.example.org", "employer_phone": "+353 1 555 0142",
        "hiring_manager_email": "m.doyle@acme.example.com"}}]},
        "https://analytics.example.net/v1/track")
    assert not any(cats & {"contact.email", "contact.phone"} for cats in found.values()), found
    found = strong_in({"application": {
        "employer": {"name": "Acme Ltd", "address": "1 Grand Canal Sq, Dublin 2",
                     "phone": "+353 1 555 0199"},
        "recruiter": {"name": "Sean Kelly", "email": "sean.k@talentco.example.org"},
        "interviewer": {"name": "Mary Doyle", "email": "mary@acme.example.com"}}},
        H + "/v1/applications")
    assert not any(cats & {"contact.email", "contact.phone", "contact.address"}
                   for cats in found.values()), found


def test_qa89_the_users_own_details_beside_a_recruiters_stay() -> None:
    found = strong_in({"candidate": {"email": "aoife@example.com", "phone": "+353 86 555 0101"},
                       "recruiter": {"email": "sean.k@talentco.example.org"}},
                      H + "/v1/applications")
    assert "contact.email" in found["candidate.email"]
    assert "contact.phone" in found["candidate.phone"]
    assert "recruiter.email" not in found


def test_qa89_other_users_ids_ages_and_positions() -> None:
    found = strong_in({"viewed_user_id": "u_8812", "liked_user_id": "u_7731",
                       "liked_by_user_id": "u_1001"}, H + "/v1/likes")
    assert "viewed_user_id" not in found and "liked_user_id" not in found
    assert "id.user" in found["liked_by_user_id"]  # (the one who liked: QA65)
    found = strong_in({"event": "grid_viewed", "nearby": [
        {"user_id": "u_1", "age": 31, "lat": 38.71234, "lon": -9.14012}],
        "user": {"id": "u_1001", "age": 29}}, "https://analytics.example.net/v1/track")
    assert not [p for p in found if p.startswith("nearby")], found
    assert "personal.birthdate" in found["user.age"]


@pytest.mark.parametrize("key", ["gender_identity", "gender"])
@pytest.mark.parametrize("value", ["trans woman", "Transgender man", "two-spirit"])
def test_qa89_gender_identities(key: str, value: str) -> None:
    assert "personal.gender" in strong_in({key: value}, H + "/v1/profile")[key]


@pytest.mark.parametrize("value", ["she/her", "they/them", "he / they", "she"])
def test_qa89_pronouns(value: str) -> None:
    assert "personal.gender" in strong_in({"pronouns": value}, H + "/v1/profile")["pronouns"]


def test_qa89_pronoun_filters_and_other_words_are_none() -> None:
    found = strong_in({"pronouns": "Show pronouns on my profile",
                       "filters": {"pronouns": "she/her"}}, H + "/v1/profile")
    assert found == {}, found


def test_qa89_prep_and_viral_load_but_not_a_recipes_or_a_kitchens() -> None:
    found = found_in({"uses_prep": True, "taking_prep": "daily", "viral_load": "undetectable",
                      "prep": 15, "prep_time": 20}, H + "/v1/profile")
    for key in ("uses_prep", "taking_prep", "viral_load"):
        assert "health.medical" in found[key], key
    assert "prep" not in found and "prep_time" not in found
    # (an order's "on_prep" and "prep_status" are a kitchen's: review 8)
    assert found_in({"order": {"on_prep": True, "prep_status": "cooking"}}) == {}


def test_qa89_irish_and_uk_national_numbers() -> None:
    found = found_in({"pps_number": "1234567TW", "ppsn": "1234567T",
                      "national_insurance_number": "QQ123456C", "nino": "AB123456C",
                      "pps": 12}, H + "/v1/right-to-work")
    for key in ("pps_number", "ppsn", "national_insurance_number", "nino"):
        assert found[key] == {"personal.national_id": found[key]["personal.national_id"]}, key
    assert "pps" not in found  # (a count of 12 is no number)


@pytest.mark.parametrize("crumb", [
    {"type": "ui", "message": f"ChatInput.send text='{CHAT}'"},
    {"category": "chat", "message": f"send failed, retrying: text='{CHAT}'"},
    {"category": "ui", "message": f"Sent message: {CHAT}"},
    {"type": "ui", "message": "ChatInput.send text='I'm on my way, see you at the cafe'"}])
def test_qa89_a_chat_quoted_in_a_breadcrumb(crumb: dict[str, str]) -> None:
    found = strong_in({"breadcrumbs": [crumb]}, CRASH)
    assert "content.text" in found["breadcrumbs[0].message"], found


@pytest.mark.parametrize("crumb", [
    {"type": "ui", "message": f"onMessageReceived text='{CHAT}'"},
    {"type": "ui", "message": "ChatInput.send text='ok'"},
    {"type": "ui", "message": "ChatActivity resumed"},
    {"category": "http", "message": "POST /v1/chat/send status='Service Unavailable right now'"},
    {"type": "ui", "message": f"Settings saved text='{CHAT}'"}])
def test_qa89_log_lines_that_quote_no_sent_message(crumb: dict[str, str]) -> None:
    found = strong_in({"breadcrumbs": [crumb]}, CRASH)
    assert "content.text" not in found.get("breadcrumbs[0].message", set()), found


def test_qa89_an_uncompressed_pdf_part_is_kept_raw_and_said_so() -> None:
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n2 0 obj << /Length 44 >> stream\n"
           b"BT /F1 12 Tf 72 712 Td (Aoife Byrne, 14 Harolds Cross Road) Tj ET\nendstream\n%%EOF\n")
    body = (b'--XX\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\n'
            b"Content-Type: application/pdf\r\n\r\n" + pdf + b"\r\n--XX--\r\n")
    headers = (("content-type", "multipart/form-data; boundary=XX"),)
    url = H + "/v1/cv"
    decoded = decode_exchange(Exchange(ts=0, method="POST", url=url, request_headers=headers,
                                       request_body=body))
    assert [leaf.layers for leaf in decoded.leaves if leaf.path == "cv"] == [("multipart", "raw")]
    (kind, message), = missing(RequestSide("http", url, headers, body, "up", False, len(body)),
                               decoded)
    assert kind == "kept-raw" and "PDF document" in message and "EXIF" not in message
