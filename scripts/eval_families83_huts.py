"""Mountain-hut booking app "Strehaz" for the Accursed Mountains (camelCase API): sign-up with
Google's ID token, ``/me``, a hut search, availability, a booking for three with her companions,
the cross-border permit (passport, nationality, birth date), the booking by its code in the path,
dietary needs, an emergency contact, an offline map region, check-in at the hut with her fix, a
trail recording (gzip JSON), an SOS beacon (protobuf with a nested fix), weather by hut, a photo
from the pass, a review, a search, a cancellation-insurance quote, push, events and a cookie GET.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families83_kit import (
    COMPANIONS,
    HUT_BOOKING,
    HUTS,
    PASS_AT,
    PASSPORT_US,
    TRAIL_START,
    ids,
    trail,
)
from eval_families83_sdk import ak_bid, gb_crash, gb_crumb, gj_link, vz_batch, vz_queue
from eval_families83_svc import ht_reverse, ht_route, ht_telemetry, nj_register, pg_confirm
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, J, L, U, case

APP = App("strehaz", "Strehaz", "com.example.strehaz", "1.12.0",
          "https://api.strehaz.example.com")
IID = "X-Strehaz-Device"
HUT_FIX = (42.396911, 19.773205)  # her phone at the hut in Theth on arrival
SOS_FIX = (42.421377, 19.826604)  # her phone near the pass when she pressed SOS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, lang=True, **kw)


def _sos(rng: random.Random) -> Case:
    """An SOS beacon (schema-less protobuf): the user ``1``, a nested fix ``2.1``/``2.2``
    (doubles), accuracy ``2.3``, battery ``3``, the public IP ``4``, a beacon ID ``5``."""
    la, lo = SOS_FIX
    labels: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, [(1, L(la, PRECISE)), (2, L(lo, PRECISE)), (3, 9)]),
               (3, L(23, DEV)), (4, L(PUBLIC_IP, IPLOC)), (5, ids(rng, "sos", 12))], "", labels)
    return raw(APP.fam, f"{APP.api}/v1/sos", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def strehaz() -> list[Case]:
    rng = random.Random(8331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L("104233917781200455120", UID),
               "email": L(EMAIL, MAIL), "name": L(f"{FIRST} {LAST}", NAMEC), "aud": "strehaz"},
              "body", "idToken", acc)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HUT_FIX, 6)
    party = [{"firstName": L(n.split()[0], NAMEC), "lastName": L(n.split()[1], NAMEC),
              "phone": L(p, TEL)} for n, p in COMPANIONS]
    return [
        add(case(f, f"{a}/v1/auth/google", headers=_h(rng), body={
            "idToken": idt, "locale": L("en-US", DEV)}), acc),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/huts", headers=_h(rng, **b), query={
            "region": "theth-valbona", "from": "2026-07-14", "nights": "2", "beds": "3"}),
        case(f, f"{a}/v1/huts/{HUTS[0]['id']}/availability", headers=_h(rng, **b), query={
            "from": "2026-07-14", "to": "2026-07-16"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "hutId": HUTS[0]["id"], "checkIn": "2026-07-14", "nights": 2, "beds": 3,
            "lead": {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                     "phone": L(E164, TEL), "email": L(EMAIL, MAIL)},
            "party": party, "halfBoard": True, "total": L("126.00", BUY), "currency": "EUR"}),
        case(f, f"{a}/v1/permits/cross-border", headers=_h(rng, **b), body={
            "route": "peaks-of-the-balkans", "crossing": "Qafa e Pejës",
            "passportNumber": L(PASSPORT_US, NATID), "nationality": "US",
            "birthDate": L(DOB, BIRTH), "fullName": L(f"{FIRST} {LAST}", NAMEC),
            "entryDate": "2026-07-17"}),
        at_path(case(f, f"{a}/v1/bookings/{HUT_BOOKING}", headers=_h(rng, **b)),
                HUT_BOOKING, BUY),
        case(f, f"{a}/v1/bookings/{HUT_BOOKING}/diet", fmt="form", headers=_h(rng, **b), body={
            "vegetarian": "1", "allergy": L("coeliac disease, no gluten", MED)}),
        case(f, f"{a}/v1/transfers/luggage", fmt="form", headers=_h(rng, **b), body={
            "from": HUTS[0]["id"], "to": HUTS[1]["id"], "bags": "3", "date": "2026-07-16",
            "contactName": L(f"{FIRST} {LAST}", NAMEC), "contactPhone": L(E164, TEL),
            "price": L("30.00", BUY), "booking": L(HUT_BOOKING, BUY)}),
        case(f, f"{a}/v1/me/emergency-contact", headers=_h(rng, **b), body={
            "name": L("Robert Doe", NAMEC), "phone": L("+15550190418", TEL),
            "relation": "father"}),
        case(f, f"{a}/v1/maps/offline", headers=_h(rng, **b), body={
            "bbox": [19.70, 42.35, 19.95, 42.50], "zoom": [10, 15], "style": "topo"}),
        case(f, f"{a}/v1/bookings/{HUT_BOOKING}/checkin", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "accuracyM": 11, "hut": HUTS[0]["id"],
            "hutAt": {"lat": HUTS[0]["lat"], "lon": HUTS[0]["lon"]}}),
        case(f, f"{a}/v1/tracks", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "name": L("Theth to Valbona over the pass", TEXT),
            "points": trail(rng, 8), "pass": {"lat": PASS_AT[0], "lon": PASS_AT[1]}}),
        _sos(rng),
        case(f, f"{a}/v1/huts/{HUTS[1]['id']}/weather", headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/photos", [
            ("image", "valbona_pass.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("made it over the pass with Ana and Tom", f"{TEXT}|{NAMEC}"),
                "takenAt": 1784125200, "hutId": HUTS[1]["id"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/huts/{HUTS[0]['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Best byrek of the trip, hot showers, host met us at the "
                                  "trailhead", TEXT), "booking": L(HUT_BOOKING, BUY)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("blue eye valbona", SEARCH), "type": "poi"}),
        case(f, f"{a}/v1/insurance/quote", headers=_h(rng, **b), body={
            "booking": L(HUT_BOOKING, BUY), "age": L(34, BIRTH), "price": "9.50",
            "resident": L("US", COARSE)}),
        case(f, f"{a}/v1/insurance/buy", headers=_h(rng, **b), body={
            "quote": ids(rng, "iq", 10), "premium": L("9.50", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), "financial.payment")}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "timezone": L("Europe/Tirane", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("hut_viewed", 1, hut=HUTS[0]["id"]), ev("booking_paid", 2),
                ev("track_saved", 3, km=17.2)]}),
        case(f, f"{a}/v1/huts/featured", headers=_h(rng, how="none"),
             cookies={"sz_sess": L(opaque(rng, "", 44), CRED), "sz_did": L(INSTALL_ID, DID),
                      "sz_lang": L("en", DEV)}),
    ]


def strehaz_sdks() -> list[Case]:
    rng = random.Random(8332)
    return [
        vz_batch(APP, rng, [("Booking Paid", {"nights": 2, "beds": 3}),
                            ("Track Saved", {"km": 17.2})], at=HUT_FIX, nd=2,
                 tz="Europe/Tirane"),
        vz_queue(APP, rng, [("Offline Map Opened", {"region": "theth"}),
                            ("Waypoint Reached", {"name": "Valbona Pass"}),
                            ("Track Paused", {"reason": "rest"})]),
        gj_link(APP, rng, U("https://go.strehaz.example.com/b", {
            "booking": L(HUT_BOOKING, BUY), "ref": "share", "by": L(USER_ID, UID)})),
        ak_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HUT_FIX, nd=3,
               keywords="hiking,albania"),
        gb_crash(APP, rng, ("java.io.IOException", "tile cache full"),
                 [gb_crumb("navigation", "Map -> Track"),
                  gb_crumb("gps", "fix", {"acc": 14})], screen="TrackActivity",
                 tz="Europe/Tirane"),
        nj_register(APP, rng, tags={"trip": "2026-07"}, at=TRAIL_START, nd=2,
                    tz="Europe/Tirane"),
        pg_confirm(APP, rng, "126.00", "eur"),
        ht_reverse(APP, rng, HUT_FIX, PRECISE, nd=5),
        ht_route(APP, rng, [(fix_at(HUT_FIX), PRECISE), ((HUTS[1]["lat"], HUTS[1]["lon"]),
                                                         None)], mode="hike"),
        ht_telemetry(APP, rng, [(42.40121, 19.77844), (42.40377, 19.78101)], PRECISE),
    ]


def fix_at(at: tuple[float, float]) -> tuple[float, float]:
    return round(at[0], 5), round(at[1], 5)
