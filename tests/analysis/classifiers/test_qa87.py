"""QA87 (an AI companion chatbot through real mitmdump; a mortgage app as pcaps and a HAR): an
SSN named in a log line, its last four under their own key, a bank account's last four, a
crisis screen's flags, a journal's entry, a chat socket's messages, a user's turns to a language
model in Anthropic's, Gemini's and OpenAI's formats, a listing's address and agent."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in, strong_in_frame

H = "https://api.example.com"
FEEL = "I cannot sleep and I feel alone since the move"


@pytest.mark.parametrize("message", [
    "ssn field validated (last4=6431)", "re-verify identity: SSN ***-**-6431 matched",
    "ssn 509-27-6431 sent to bureau", "ssn=509276431"])
def test_qa87_an_ssn_named_in_a_log_line(message: str) -> None:
    found = found_in({"breadcrumbs": [{"message": message}]}, "https://crash.example.org/store")
    # (by the line's text, or by its "ssn=..." pair: log_pairs.py)
    assert set(found["breadcrumbs[0].message"]) == {"personal.national_id"}


@pytest.mark.parametrize("message", [
    "ssn 900-12-3456 rejected", "loaded 123-45-6789 rows", "SSN field empty",
    "ssn 000-12-3456", "order 509-27-6431 shipped"])
def test_qa87_numbers_that_are_no_named_ssn(message: str) -> None:
    found = found_in({"message": message}, "https://crash.example.org/store")
    assert not any("personal.national_id" in cats for cats in found.values()), found


def test_qa87_last_fours_of_an_ssn_and_of_a_bank_account() -> None:
    found = found_in({"ssn_last_four": "6431", "account_last4": "8812"},
                     H + "/v1/applications")
    assert found["ssn_last_four"] == {"personal.national_id": "key.national-id"}
    assert found["account_last4"] == {"financial.payment": "key.payment"}


def test_qa87_crisis_flags_and_a_journal() -> None:
    found = found_in({"suicide_risk": "moderate", "suicide_ideation": "passive",
                      "journal_entry": "Felt lonely again today, talked to my sister for an hour."},
                     H + "/v1/checkins")
    assert "health.medical" in found["suicide_risk"]
    assert "health.medical" in found["suicide_ideation"]
    assert found["journal_entry"] == {"content.text": "key.text"}


def test_qa87_a_chat_sockets_messages_but_not_another_sockets() -> None:
    assert "content.text" in strong_in_frame({"type": "user_message", "text": FEEL},
                                             "wss://api.example.com/v1/chat/stream")["text"]
    assert strong_in_frame({"op": "ack", "reason": "Received and queued for the next sync."},
                           "wss://api.example.com/v1/chat/stream") == {}
    assert strong_in_frame({"text": FEEL}, "wss://api.example.com/v1/feedback") == {}


@pytest.mark.parametrize(("body", "path"), [
    ({"model": "claude-3-5-sonnet", "messages": [
        {"role": "user", "content": [{"type": "text", "text": FEEL}]},
        {"role": "assistant",
         "content": [{"type": "text", "text": "That sounds hard, tell me."}]}]},
     "messages[0].content[0].text"),
    ({"model": "gemini-1.5-pro", "contents": [{"role": "user", "parts": [{"text": FEEL}]},
                                 {"role": "model", "parts": [{"text": "That sounds hard."}]}]},
     "contents[0].parts[0].text"),
    ({"model": "gpt-4o-mini", "input": FEEL,
      "instructions": "You are Mia, a warm companion. Be kind."},
     "input"),
    ({"model": "llama-3-8b-instruct", "prompt": FEEL, "max_tokens": 200}, "prompt"),
])
def test_qa87_a_users_turn_to_a_language_model(body: object, path: str) -> None:
    found = found_in(body, "https://api.llm.example.net/v1/x")
    assert found == {path: {"content.text": "context.model-prompt"}}


def test_qa87_delivery_instructions_stay_the_users_and_a_listing_is_no_ones() -> None:
    assert found_in({"instructions": "Leave it at the back door please, the dog bites"},
                    H + "/v1/orders") == {"instructions": {"content.text": "key.text"}}
    found = found_in({"listing": {"address": "12 Oak St, Chicago, IL 60614"},
                      "home": {"address": "4 Elm Ave, Chicago, IL 60622"}}, H + "/v1/views")
    assert "listing.address" not in found and "contact.address" in found["home.address"]


# The review of QA87's readings: what they must leave alone.
@pytest.mark.parametrize("message", [
    "Last 4 digits of SSN XXX-XX-1234", "SSN format: ***-**-1234", "ssn ok, card last4=4242",
    "SSN 123-45-6789", "SSN ***-**-0000"])
def test_qa87_review_ssn_placeholders_samples_and_cards(message: str) -> None:
    found = found_in({"label": message}, "https://in.analytics.example.net/v1/events")
    assert not any("personal.national_id" in cats for cats in found.values()), found


@pytest.mark.parametrize("message", ["ssn_last4=6431", "user_ssn=509-27-6431",
                                     "socialSecurityNumber=509-27-6431", "SSN: 509 27 6431"])
def test_qa87_review_ssns_written_as_code_writes_them(message: str) -> None:
    found = found_in({"message": message}, "https://crash.example.org/store")
    assert set(found["message"]) == {"personal.national_id"}  # (or by its pair: log_pairs.py)


@pytest.mark.parametrize("frame", [
    {"type": "presence", "status": "online", "message": "Available for chat"},
    {"type": "ack", "message": "Message delivered successfully"},
    {"type": "error", "message": "Connection timed out, retrying"},
    {"op": "identify", "content": "device registered with build 4.2.1"}])
def test_qa87_review_a_chat_sockets_other_frames(frame: dict[str, str]) -> None:
    assert strong_in_frame(frame, "wss://api.example.com/v1/chat/stream") == {}


@pytest.mark.parametrize(("body", "url"), [
    ({"model": "Pixel 8", "prompt": "Allow notifications from this app?"}, "/v1/permissions"),
    ({"device": {"model": "Pixel 8"}, "input": "touchscreen keyboard"}, "/v1/settings"),
    ({"model": "text-embedding-3-small", "input": ["Red running shoes", "Blue denim jacket"]},
     "/v1/embeddings"),
    ({"source": {"journal": "Nature Communications"}}, "/v1/citations"),
    ({"props": {"button_id": "play", "depressed": True}}, "/v1/ui/events"),
    ({"moderation": {"categories": {"suicide": False}}}, "/v1/moderations/results"),
])
def test_qa87_review_look_alikes(body: object, url: str) -> None:
    found = found_in(body, H + url)
    assert not any(cats & {"content.text", "health.medical"}
                   for cats in map(set, found.values())), found


def test_qa87_review_an_agents_own_details_stay_theirs() -> None:
    found = found_in({"agent": {"email": "dana.whitfield@example.org",
                                "phone": "+13125550147"}}, H + "/v1/agents/me/profile")
    assert "contact.email" in found["agent.email"] and "contact.phone" in found["agent.phone"]
    assert found_in({"listing": {"agent": {"email": "dana@realty.example.com"}}},
                    H + "/v1/listings/events") == {}


def test_qa88_a_tvs_ids_are_the_tvs_and_a_health_cards_number_is_a_government_id() -> None:
    from tests.analysis.classifiers.found import strong_in
    strong = strong_in({"tv": {"serial": "TVX-55U-0082231", "mac": "a4:cf:12:9e:33:d1"},
                        "device": {"serial": "R58N12ABCDE"}}, "https://acr.example.net/v1/match")
    assert strong == {"device.serial": {"id.hardware"}}  # the TV's below a verdict's confidence
    found = found_in({"health_card_number": "1234-567-890-AB", "ohip": "1234567890"},
                     "https://api.pharmacy.example.ca/v1/profile")
    assert found == {"health_card_number": {"personal.national_id": "key.national-id"},
                     "ohip": {"personal.national_id": "key.national-id"}}
