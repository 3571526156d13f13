"""QA96 (a sports-betting app in Sydney through real mitmdump; a fleet dashcam in Warsaw as
pcaps and a HAR) and the blind sets' faiths: a licence's and an account's short names in a log
line, a position written as one pair in a log line, a bet's stake, a depot's and a racecourse's
coordinates, a faith, a sect, a denomination and a caste under their keys."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, strong_in

CRASH = "https://crash.example.de/api/1/store"
API = "https://api.example.com"


def _line(message: str) -> dict[str, set[str]]:
    return strong_in({"breadcrumbs": [{"message": message}]}, CRASH)


def test_qa96_short_names_and_a_position_in_a_log_line() -> None:
    assert _line("KYC submit licence=14729583 state=NSW") == {
        "breadcrumbs[0].message": {"personal.national_id"}}
    assert _line("Payout acct=12345678 amount=50") == {
        "breadcrumbs[0].message": {"financial.payment"}}
    assert _line("GPS last=52.241871,21.030512 speed=43") == {
        "breadcrumbs[0].message": {"location.precise"}}
    # a software licence, a scale's anchor, a store's position are none
    assert _line("License check license=MIT ok") == {}
    assert _line("Map pos=0.5000,0.5000") == {}
    assert _line("Store near pos=52.241871,21.030512") == {}
    # a sprite's position, a software licence, an app's own account ID (the review)
    assert _line("Sprite pos=12.3456,45.6789") == {}
    assert _line("License ok license=ABCD1234EF") == {}
    assert _line("Session acct=48213977") == {}


def test_qa96_a_bets_stake_and_places_of_a_fleet_and_a_race() -> None:
    assert found_in({"slip": {"stake": 10.0, "odds": 2.5}}, API + "/v1/bets") == {
        "slip.stake": {"financial.purchase": "context.bet-stake"}}
    # a staking pool's stake, a poker game's chips (the review)
    assert found_in({"pool": {"stake": 32.0}}, API + "/v1/validators") == {}
    assert found_in({"table": {"stake": 500}}, API + "/v1/poker/hands") == {}
    assert found_in({"depot": {"id": "d1", "lat": 52.2418, "lon": 21.0305},
                     "racecourse": {"lat": -33.9043, "lon": 151.2267}}, API + "/v1/x") == {}


def test_a_faith_a_sect_a_denomination_and_a_caste() -> None:
    found = found_in({"faith": "Jewish", "sect": "Sunni", "denomination": "Anglican",
                      "caste": "Arain"}, API + "/v1/profile")
    assert {k: set(v) for k, v in found.items()} == {
        key: {"personal.sensitive"} for key in ("faith", "sect", "denomination", "caste")}
    # a stadium's section, a gift card's value
    assert found_in({"sect": "A3", "denomination": "50"}, API + "/v1/giftcards") == {}
    assert found_in({"faith": "Christian IX 2 Kroner"}, API + "/v1/coins") == {}
    assert found_in({"colony": {"caste": "worker"}}, API + "/v1/ants") == {}
