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
                       "last_viewed_user_id": "u_1", "swiped_on_user_id": "u_2",
                       "invited_user_id": "u_1001"}, H + "/v1/likes")
    assert set(found) == {"invited_user_id"}, found  # (the invitee accepting: QA64)
    # "who liked me": the one liked is the user when the one who liked is named beside
    found = strong_in({"liked_by_user_id": "u_8812", "liked_user_id": "u_1001"},
                      H + "/v1/likes")
    assert "id.user" in found["liked_by_user_id"] and "id.user" in found["liked_user_id"]
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
        assert set(found[key]) == {"personal.national_id"}, key
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


def test_blind59_62_a_crash_reports_device_and_app_state() -> None:
    found = found_in({"events": [{"context": "CheckoutActivity",
                                  "device": {"orientation": "portrait"},
                                  "app": {"durationInForeground": 412000}}],
                      "context": "production"}, "https://crash.example.org/v2/notify")
    assert found["events[0].context"] == {"behavior.usage": "key.screen-context"}
    assert found["events[0].device.orientation"] == {"device.info": "key.screen-orientation"}
    assert found["events[0].app.durationInForeground"] == {
        "behavior.usage": "words.session-usage"}
    assert "context" not in found


def test_blind59_62_a_persons_full_name_beside_a_phone_not_a_businesss() -> None:
    found = found_in({"name": "Rosa Morales", "phone": "+15550187733", "purpose": "dog walker"},
                     H + "/api/v1/visitors")
    assert found["name"] == {"contact.name": "context.named-beside-contact"}
    for body in ({"name": "Harbor Dental Clinic", "phone": "+15550187733"},
                 {"store": {"name": "Rosa Morales", "phone": "+15550187733"}},
                 {"name": "rosa", "phone": "+15550187733"}):
        assert not any("contact.name" in cats for cats in found_in(body, H + "/v1/x").values())


def test_blind61_62_a_payment_sdks_device_fp() -> None:
    found = found_in({"device_fp": "a7f8b8e1-deac-5e0c-35ee-23e0962ab65e", "fp_rate": 0.02},
                     "https://api.pay.example.com/v1/payment_methods")
    assert "id.device" in found["device_fp"] and "fp_rate" not in found


@pytest.mark.parametrize(("body", "key", "category"), [
    ({"pangalan": "Maria", "apelyido": "Santos"}, "apelyido", "contact.name"),
    ({"kaarawan": "1990-04-12"}, "kaarawan", "personal.birthdate"),
    ({"prizvyshche": "Kovalenko"}, "prizvyshche", "contact.name"),
    ({"data_narodzhennya": "1990-04-12"}, "data_narodzhennya", "personal.birthdate"),
    ({"szuletesi_datum": "1990-04-12"}, "szuletesi_datum", "personal.birthdate"),
    ({"jelszo": "hunter2!Xy"}, "jelszo", "secret.credential"),
    ({"nem": "nő"}, "nem", "personal.gender"),
    ({"weizhi": {"weidu": 1.28412, "jingdu": 103.85412}}, "weizhi.weidu", "location.precise"),
    ({"shengri": "1990-04-12"}, "shengri", "personal.birthdate"),
    ({"mima": "hunter2!Xy"}, "mima", "secret.credential")])
def test_blind59_62_key_names_in_four_more_languages(body: dict[str, object], key: str,
                                                     category: str) -> None:
    assert category in found_in(body, H + "/v1/profile").get(key, {}), found_in(body)


def test_blind61_a_canteens_position_is_the_canteens() -> None:
    found = found_in({"shitang": {"id": "st_12", "mingcheng": "Maxwell", "weidu": 1.28012,
                                  "jingdu": 103.84472}}, H + "/v1/shitang")
    assert not any("location.precise" in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "url"), [
    ({"manager": {"email": "mgr@example.com", "phone": "+15550100199"}}, "/v1/manager/profile"),
    ({"account_type": "recruiter", "recruiter": {"email": "r@example.com"}}, "/v1/onboarding"),
    ({"team": {"manager": {"email": "coach@example.com"}}}, "/v1/teams"),
    ({"employer": {"contact_email": "owner@example.com"}}, "/v1/employer/jobs")])
def test_qa89_review_a_role_the_user_holds_keeps_its_details(body: dict[str, object],
                                                              url: str) -> None:
    found = strong_in(body, H + url)
    assert any("contact.email" in cats for cats in found.values()), found


def test_qa89_review_a_hiring_managers_details_are_theirs() -> None:
    found = strong_in({"hiring_manager": {"email": "hm@acme.example.com"},
                       "line_manager_email": "lm@acme.example.com"}, H + "/v1/applications")
    assert found == {}, found


@pytest.mark.parametrize("body", [
    {"nearby_tags": [{"tag_id": "t1", "lat": 38.71234, "lon": -9.14012}]},
    {"grid": [{"photo_id": "p1", "lat": 38.71234, "lon": -9.14012}]},
    {"map_matches": [{"lat": 38.71234, "lon": -9.14012}]}])
def test_qa89_review_the_users_own_positions_in_lists_stay(body: dict[str, object]) -> None:
    found = strong_in(body, H + "/v1/sync")
    assert sum("location.precise" in cats for cats in found.values()) == 2, found


@pytest.mark.parametrize("body", [
    {"pronoun": "they"}, {"conjugation": {"pronoun": "she"}}, {"gender": "he"},
    {"hero": {"pronouns": "they/them"}}, {"lesson": {"pronouns": "she/her"}}])
def test_qa89_review_pronouns_of_a_lesson_or_a_hero_are_none(body: dict[str, object]) -> None:
    assert strong_in(body, H + "/v1/exercise/answer") == {}


@pytest.mark.parametrize("key", ["viral_feed_load_ms", "user_prep_time", "uses_prep_station",
                                 "taking_prep_course", "viral_load_factor"])
def test_qa89_review_prep_and_viral_words_elsewhere(key: str) -> None:
    assert found_in({key: 12}, H + "/v1/metrics") == {}


def test_qa89_review_prep_under_an_hiv_object() -> None:
    found = found_in({"hiv": {"on_prep": True, "status": "negative"},
                      "sexual_health": {"prep": "daily"}}, H + "/v1/profile")
    assert found == {"hiv.on_prep": {"health.medical": "context.hiv"},
                     "hiv.status": {"health.medical": "context.hiv"},
                     "sexual_health.prep": {"health.medical": "context.hiv"}}


@pytest.mark.parametrize("body", [
    {"bill": {"pps_no": "12345678"}}, {"method": "pps", "pps": "88123456"},
    {"encoder": {"pps": "0000000168ee3c80"}}, {"pps": 1250000}])
def test_qa89_review_other_ppss(body: dict[str, object]) -> None:
    found = found_in(body, H + "/v1/pay")
    assert not any("personal.national_id" in cats for cats in found.values()), found


@pytest.mark.parametrize("crumb", [
    {"category": "http", "message": "ApiClient.post message='Request timed out, will retry "
                                    "in a few seconds'"},
    {"message": "EventUploader.send msg='Batch of twenty events uploaded to the collector'"},
    {"message": "OtpService.send msg='Your verification code expires in ten minutes'"},
    {"message": "AssistantBubble reply text='Here is a simple recipe for you tonight'"},
    {"message": "Support bot sent message: Hi there! How can we help you today?"},
    {"message": "Sent message: delivery confirmed by the server after retry"}])
def test_qa89_review_log_lines_that_are_no_sent_chat(crumb: dict[str, str]) -> None:
    found = strong_in({"breadcrumbs": [crumb]}, CRASH)
    assert "content.text" not in found.get("breadcrumbs[0].message", set()), found


@pytest.mark.parametrize("crumb", [
    {"type": "user", "name": f"ChatInput.send text='{CHAT}'"},
    {"category": "chat", "message": f"Send error, retrying: text='{CHAT}'"},
    {"category": "chat", "message": f"Sending message '{CHAT}'"}])
def test_qa89_review_more_shapes_of_a_quoted_chat(crumb: dict[str, str]) -> None:
    found = strong_in({"breadcrumbs": [crumb]}, CRASH)
    path = "breadcrumbs[0].name" if "name" in crumb else "breadcrumbs[0].message"
    assert "content.text" in found[path], found


def test_qa90_a_chat_breadcrumbs_data_and_a_log_lines_pairs() -> None:
    found = strong_in({"breadcrumbs": [
        {"category": "chat", "message": "send", "data": {"body": "Hola, ya estoy en la entrada"}},
        {"category": "ui", "data": {"body": "Hola, ya estoy en la entrada"}},
        {"message": "WifiSetup: joined ssid='Home-4F2A' bssid=e8:48:b8:3c:7d:21 rssi=-52"},
        {"message": "DeviceSettings.location address='Van Woustraat 112-2, 1073 LT Amsterdam'"}]},
        CRASH)
    assert "content.text" in found["breadcrumbs[0].data.body"]
    assert "breadcrumbs[1].data.body" not in found
    assert "location.wifi" in found["breadcrumbs[2].message"]
    assert "contact.address" in found["breadcrumbs[3].message"]
