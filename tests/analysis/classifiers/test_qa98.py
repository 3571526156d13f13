"""QA98 (a short-video and live-streaming app in Jakarta through real mitmdump; an AI companion
app in Toronto as pcaps and a HAR): another person's ID in an object named for their role, and
a safety classifier's scores of the bot's own text."""

from __future__ import annotations

from tests.analysis.classifiers.found import strong_in

API = "https://api.example.com"


def test_qa98_an_id_in_an_object_named_for_another_role() -> None:
    assert "recipient.user_id" not in strong_in({"recipient": {"user_id": "u_8812"}},
                                                API + "/v1/dm/send")
    assert strong_in({"sender": {"user_id": "u_7Hq2Kx9PzL"}}, API + "/v1/dm/send") == {
        "sender.user_id": {"id.user"}}


def test_qa98_a_classifiers_scores_of_the_bots_text_are_no_health() -> None:
    assert strong_in({"bot_text_scores": {"self_harm": 0.02}}, API + "/v1/turns") == {}
    assert strong_in({"breadcrumbs": [{"message": "Turn scored bot_self_harm_score=0.02"}]},
                     "https://crash.example.de/api/1/store") == {}
    assert strong_in({"self_harm": True}, API + "/v1/checkin") == {
        "self_harm": {"health.medical"}}


def test_qa99_a_rings_readings_and_a_cycles_date_in_a_log_line() -> None:
    crash = "https://crash.example.de/api/1/store"
    found = strong_in({"breadcrumbs": [{"message": "Sync done hrv_rmssd=42 heart_rate=61 "
                                                   "last_period_start=2026-11-02"}]}, crash)
    assert found == {"breadcrumbs[0].message": {"health.fitness", "health.medical"}}
    assert strong_in({"breadcrumbs": [{"message": "Billing period=2026-11 plan=pro"}]},
                     crash) == {}


def test_qa99_a_line_about_the_rider_it_names() -> None:
    crash = "https://crash.example.de/api/1/store"
    assert strong_in({"breadcrumbs": [{"message": "Rider pos rider=rd_77120 lat=-1.281102 "
                                                   "lon=36.795233"}]}, crash) == {}
    assert strong_in({"breadcrumbs": [{"message": "Trip pos lat=-1.281102 lon=36.795233"}]},
                     crash) == {"breadcrumbs[0].message": {"location.precise"}}
