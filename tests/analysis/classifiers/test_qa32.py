"""QA32 (end to end: a job-interview practice app and a sports-betting app): a typed answer, a
short list of apps under a name that says so, a speaking pace."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    ({"question_id": "q_beh_014", "answer_text": "At my last job I rebuilt the churn dashboard "
      "after I misread the cohort definition"},
     "https://api.interviewace.example/v1/answers/written", "answer_text", "content.text"),
    ({"remote_access_apps": ["com.teamviewer.quicksupport.market",
                             "com.anydesk.anydeskandroid"]},
     "http://geo.fencecheck.example/v3/check", "remote_access_apps", "device.apps"),
])
def test_read(body: dict[str, object], url: str, path: str, category: str) -> None:
    assert category in found_in(body, url).get(path, {}), found_in(body, url)


def test_two_packages_under_another_name_are_no_apps_list() -> None:
    assert not found_in({"deeplink_targets": ["com.example.app.open", "com.example.app.buy"]})
    assert not found_in({"sdk_packages": ["com.example.analytics", "com.example.ads"]})


def test_a_speaking_pace_is_no_typing_rhythm() -> None:
    body = {"prosody": {"words_per_minute": 148, "pitch_hz_mean": 201.4, "filler_count": 7,
                        "pause_ratio": 0.18}}
    found = found_in(body, "https://api.vocalyze.example/v1/voice/analyze")
    assert found["prosody.words_per_minute"] == {"behavior.usage": "key.typing"}
    # a typing speed with its rhythm stays keystroke data
    typing = found_in({"typing": {"wpm": 62, "backspaces": 4, "pause_count": 3}},
                      "https://api.proctor.example/v1/session")
    assert "behavior.keystroke" in typing["typing.wpm"]
