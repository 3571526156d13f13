"""Readings added from the misses of blind18 (ordinary traffic of seven new app kinds): an
attribution SDK's install ID under "uid", booking references, an order's ID in a URL path, an FCM
token under a short key, and what is none of these (a JWT's claims, a history filter)."""

from __future__ import annotations

import base64
import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in

FCM = "YmtIfzYJBDV8dH1lh6aN7t:APA91bH3wxW7SIJkX2URpx0LKyUQ5s41joPBFyjkG6UShRIhP0Qy0gxJz"


def _get(url: str, headers: tuple[tuple[str, str], ...] = ()) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for f in classify_decoded(1, decode_exchange(Exchange(ts=0, method="GET", url=url,
                                                          request_headers=headers))):
        out.setdefault(f.path, {})[f.category] = f.rule or ""
    return out


@pytest.mark.parametrize(("body", "path", "category"), [
    # AppsFlyer's device ID: install time in ms, a dash, a random 64-bit number
    ({"uid": "1765300996017-9730493586327638026", "advertiserIdEnabled": True}, "uid",
     "id.device"),
    ({"reservation_id": "TW-77104", "rating": 5}, "reservation_id", "financial.purchase"),
    ({"reservation": "TW-77104", "text": "Lovely"}, "reservation", "financial.purchase"),
    ({"meta": {"booking": "BK-77120"}}, "meta.booking", "financial.purchase"),
    ({"confirmation_number": "QX7-11842"}, "confirmation_number", "financial.purchase"),
    ({"fcm": FCM, "tz": "America/New_York"}, "fcm", "id.device"),
    ({"events": [{"evt": "lift_scan", "ts": 1768669600000}]}, "events[0].evt",
     "behavior.usage"),
    ({"user": "jane", "pass": "season"}, "pass", "secret.credential"),
    ({"history": "https://news.example.com/a"}, "history", "behavior.browsing"),
])
def test_read(body: object, path: str, category: str) -> None:
    assert category in found_in(body).get(path, {}), found_in(body)


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"uid": "u_7Hq2Kx9PzL"}, "uid", "id.device"),  # an account's ID stays the user's
    ({"reservation": "2", "party": 4}, "reservation", "financial.purchase"),  # no ID shape
    ({"history": "7d"}, "history", "behavior.browsing"),  # a filter's time span
    ({"history": "30 days"}, "history", "behavior.browsing"),
    ({"fcm": "enabled"}, "fcm", "id.device"),
])
def test_not_read(body: object, path: str, category: str) -> None:
    assert category not in found_in(body).get(path, {}), found_in(body)


def test_the_uid_of_an_account_is_still_the_users() -> None:
    assert found_in({"uid": "u_7Hq2Kx9PzL"})["uid"] == {"id.user": "key.user-id"}


def test_a_tokens_claims_hold_no_password() -> None:
    def part(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

    token = (f"{part({'alg': 'HS256', 'typ': 'JWT'})}."
             f"{part({'sub': 'u_7Hq2Kx9PzL', 'pass': 'season', 'exp': 1765300000})}.c2lnbmF0dXJl")
    found = _get("https://api.ski.example/v2/lifts",
                 (("authorization", f"Bearer {token}"),))
    assert "secret.credential" in found["authorization"]
    assert "authorization.claims.pass" not in found
    assert found["authorization.claims.sub"] == {"id.user": "key.subject"}


@pytest.mark.parametrize(("url", "path"), [
    ("https://api.tablewren.example.com/v3/reservations/TW-77104/invites", "path[2]"),
    ("https://api.petalpost.example.com/v2/orders/PP-661027", "path[2]"),
    ("https://www.rinsely.example.com/api/v2/orders/RN-51207/track", "path[3]"),
    ("https://api.deskhop.example.com/v1/bookings/DK-3391/checkin", "path[2]"),
    ("https://shop.example/v1/users/me/orders/123456", "path[4]"),
])
def test_an_orders_id_in_the_url_path(url: str, path: str) -> None:
    found = _get(url)
    assert found[path] == {"financial.purchase": "context.url-order"}, found


@pytest.mark.parametrize("url", [
    "https://shop.example/api/v2/orders/history",  # a page of the collection, no item
    "https://shop.example/orders/v2/list",  # a version
    "https://shop.example/v1/orders",
    "https://shop.example/v1/orders/me",
    "https://market.example/v1/users/u_Zr0p1c",  # another user's profile may be fetched so
    "https://help.example/v1/tickets/TK-118842",  # a help desk's ticket
    "https://rides.example/v1/trips/t_55102",  # a driver's trip
])
def test_no_order_in_the_url_path(url: str) -> None:
    assert not [p for p, cats in _get(url).items() if "financial.purchase" in cats
                or (p.startswith("path[") and cats)], _get(url)
