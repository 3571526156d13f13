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
    assert found["breadcrumbs[0].message"] == {"personal.national_id": "value.ssn-in-text"}


@pytest.mark.parametrize("message", [
    "ssn 900-12-3456 rejected", "loaded 123-45-6789 rows", "SSN field empty",
    "ssn 000-12-3456", "order 509-27-6431 shipped"])
def test_qa87_numbers_that_are_no_named_ssn(message: str) -> None:
    found = found_in({"message": message}, "https://crash.example.org/store")
    assert not any("personal.national_id" in cats for cats in found.values()), found


def test_qa87_last_fours_of_an_ssn_and_of_a_bank_account() -> None:
    found = found_in({"ssn_last_four": "6431", "account_last4": "8812",
                      "taxpayer_id": "509-27-6431"}, H + "/v1/applications")
    assert found["ssn_last_four"] == {"personal.national_id": "key.national-id"}
    assert found["account_last4"] == {"financial.payment": "key.payment"}
    assert "personal.national_id" in found["taxpayer_id"]


def test_qa87_crisis_flags_and_a_journal() -> None:
    found = found_in({"suicide_risk": "moderate", "depressed": True,
                      "journal": "Felt lonely again today, talked to my sister for an hour."},
                     H + "/v1/checkins")
    assert "health.medical" in found["suicide_risk"] and "health.medical" in found["depressed"]
    assert found["journal"] == {"content.text": "key.text"}


def test_qa87_a_chat_sockets_messages_but_not_another_sockets() -> None:
    assert "content.text" in strong_in_frame({"type": "user_message", "text": FEEL},
                                             "wss://api.example.com/v1/chat/stream")["text"]
    assert strong_in_frame({"op": "ack", "reason": "Received and queued for the next sync."},
                           "wss://api.example.com/v1/chat/stream") == {}
    assert strong_in_frame({"text": FEEL}, "wss://api.example.com/v1/feedback") == {}


@pytest.mark.parametrize(("body", "path"), [
    ({"model": "m", "messages": [
        {"role": "user", "content": [{"type": "text", "text": FEEL}]},
        {"role": "assistant",
         "content": [{"type": "text", "text": "That sounds hard, tell me."}]}]},
     "messages[0].content[0].text"),
    ({"model": "m", "contents": [{"role": "user", "parts": [{"text": FEEL}]},
                                 {"role": "model", "parts": [{"text": "That sounds hard."}]}]},
     "contents[0].parts[0].text"),
    ({"model": "m", "input": FEEL, "instructions": "You are Mia, a warm companion. Be kind."},
     "input"),
    ({"model": "m", "prompt": FEEL, "max_tokens": 200}, "prompt"),
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
