"""QA28: a hunt for false findings and lost true ones in the readings of QA26 and blind17
(amounts sent to order calls, address lines, others' records, long media, answers, licence and
ID numbers, another device's SIM): each defect it found, as a case that must hold."""

from __future__ import annotations

import base64
import json

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 24).decode()


@pytest.mark.parametrize(("body", "url", "wrong"), [
    # numbers sent under an order or booking call that are no amount paid
    ({"duration": {"value": 45}}, "https://salon.example/v1/appointments", "financial.purchase"),
    ({"experiments": [{"name": "new_checkout_flow", "value": 1}]},
     "https://shop.example/v1/checkout", "financial.purchase"),
    ({"metric": "latency_ms", "value": 312}, "https://shop.example/v1/checkout/metrics",
     "financial.purchase"),
    ({"rating": {"value": 5}}, "https://shop.example/v1/orders/o_1/rating",
     "financial.purchase"),
    ({"page": 1, "total": 42}, "https://shop.example/v1/orders?page=1", "financial.purchase"),
    ({"total": 42, "per_page": 10}, "https://shop.example/v1/orders/search",
     "financial.purchase"),
    ({"cancellation_policy": {"fee": 25, "hours": 24}},
     "https://camp.example/v1/bookings/policy", "financial.purchase"),
    # lines beside a city that are no one's street
    ({"trip": {"line": "Northern Line", "city": "London", "country": "GB"}},
     "https://transit.example/v1/trips", "contact.address"),
    ({"campaign": {"line1": "Summer sale now on", "line2": "Free shipping today",
                   "country": "US", "region": "CA"}}, "https://sdk.example/v1/iam",
     "contact.address"),
    ({"pickup_point": {"line1": "1 Infinite Loop", "city": "Cupertino", "state": "CA",
                       "zip": "95014"}}, "https://shop.example/v1/orders", "contact.address"),
    # the app's own images, however long
    ({"ad": {"creative": PNG}}, "https://ads.example/v1/impression", "content.media"),
    ({"theme": {"background": "data:image/png;base64," + PNG}}, "https://app.example/v1/sync",
     "content.media"),
    # answers that are no learner's
    ({"faq_id": "f12", "answer": "You can return items within thirty days of purchase"},
     "https://shop.example/v1/faq/answers/helpful", "content.text"),
    ({"call_id": "c1", "answer": "Call answered by the remote party now"},
     "https://voip.example/v1/calls/answer", "content.text"),
    # an employer's, a school's, a club's numbers; a software key; a doctor's licence
    ({"employee": {"id_number": "E-00412"}}, "https://hr.example/v1/me", "personal.national_id"),
    ({"student": {"id_number": "S20241234"}}, "https://uni.example/v1/me",
     "personal.national_id"),
    ({"license": {"license_number": "4F3A-99B2-CC10-7781"}}, "https://app.example/v1/activate",
     "personal.national_id"),
    ({"doctor": {"license_number": "A123456"}}, "https://care.example/v1/visits",
     "personal.national_id"),
    # a font's weight in a typed pair is no body's
    ({"styles": [{"type": "weight", "value": 700}]}, "https://app.example/v1/theme",
     "health.fitness"),
])
def test_qa28_false_findings(body: object, url: str, wrong: str) -> None:
    found = found_in(body, url)
    assert all(wrong not in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    # the user's own record with an id, a name and a position is no place
    ({"id": "u_1", "name": "Jane Roe", "lat": 52.3389, "lon": 4.8722,
      "email": "jane@mail.example"}, "https://app.example/v1/me", "email", "contact.email"),
    ({"traits": {"id": "u1", "name": "Jane Roe", "latitude": 52.3389, "longitude": 4.8722,
                 "email": "jane@mail.example"}}, "https://cdp.example/v1/identify",
     "traits.email", "contact.email"),
    # one key a clinician has (a referral's specialty) does not make the user one
    ({"name": "Jane Roe", "email": "jane@mail.example", "specialty": "dermatology"},
     "https://care.example/v1/appointments/request", "email", "contact.email"),
    # the user's own entry on a leaderboard, marked as such
    ({"leaderboard": [{"rank": 7, "display_name": "Jane Roe", "user_id": "u_me",
                       "is_me": True}]}, "https://game.example/v1/scores",
     "leaderboard[0].user_id", "id.user"),
])
def test_qa28_true_findings_kept(body: object, url: str, path: str, category: str) -> None:
    found = found_in(body, url)
    assert category in found.get(path, {}), found


def test_an_iccid_is_compared_with_the_phones_iccid_not_its_imsi() -> None:
    profile = DeviceProfile(device=DeviceInfo(country="DE"),
                            identifiers={"imsi": "262011234567890"})
    ex = Exchange(ts=0, method="POST", url="https://app.example/v1/sim",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"iccid": "8949226000012345678"}).encode())
    found = {f.path: f for f in classify_decoded(1, decode_exchange(ex), matcher_for(profile))}
    assert found["iccid"].confidence >= 0.6


def test_a_workout_uploads_calories_stay_fitness() -> None:
    # the real corpus's Adidas Running upload (uploadSessions[0].calories), kept when a file's
    # height became no body measure
    found = found_in({"uploadSessions": [{"calories": 9, "distance": 120}]},
                     "https://appws.run.example/webapps/services/runsessions/v2/sync")
    assert "health.fitness" in found.get("uploadSessions[0].calories", {}), found
