"""Sea-swimming winter-bathing club app "Saltdip" (Copenhagen, where she is for the year):
sign-up, a log-in, ``/me`` with the membership number, the season membership, the club's health
declaration, jetties nearby, a check-in on the jetty, a dip log (minutes, heart rate), a sauna
slot, a swim buddy, a photo from the jetty with a caption, a heart-rate series from her watch
(msgpack), the water temperatures (the club's sensor), an emergency contact, a club chat post,
an out-of-the-water ping, the weather at a rounded position, lost and found, push, events and
the calendar by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families86_kit import (
    BUDDY,
    CLUB_MEMBER,
    DK_HOME_AT,
    DK_LANG,
    JETTY_AT,
    JETTY_FIX,
    SAUNA_BOOKING,
    fix,
    obj,
    temps,
)
from eval_families86_sdk import (
    bh_bid,
    bh_notice,
    bl_crash,
    bl_crumb,
    hy_batch,
    hy_screen,
)
from eval_families86_svc import (
    bt_confirm,
    fs_eval,
    ks_register,
    kv_geocode,
    sy_save,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("saltdip", "Saltdip", "com.example.saltdip", "1.19.2", "https://api.saltdip.example.org")
IID = "X-Saltdip-Device"
PW = "Isvand-Morgen-31"
TZ = "Europe/Copenhagen"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(kw.pop("extra", {}), **{"Accept-Language": L(DK_LANG, DEV)})
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def saltdip() -> list[Case]:
    rng = random.Random(8631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(CLUB_MEMBER, UID), phone=L(E164, TEL)))}
    jla, jlo = fix(JETTY_FIX)
    hr = [{"t": 1765260000 + 10 * i, "bpm": 96 + (i * 7) % 31} for i in range(12)]
    jetty = "jt_svanemolle"
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "birthYear": L(1991, BIRTH), "password": L(PW, CRED),
            "homeClub": "svanemolle", "newsletter": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v1/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/memberships", headers=_h(rng, **b), body={
            "member": L(CLUB_MEMBER, UID), "plan": L("winter_2025_26", BUY),
            "price": L("650.00", BUY), "currency": "DKK", "keyFob": "KF-0912"}),
        case(f, f"{a}/v1/members/me/health-declaration", headers=_h(rng, **b), body={
            "heartCondition": L(False, MED), "epilepsy": L(False, MED),
            "raynauds": L(True, MED), "asthma": L(True, MED),
            "pregnant": L(False, SENS),
            "signedName": L(f"{FIRST} {LAST}", NAMEC), "signedAt": "2025-11-02T10:12:00+01:00"}),
        case(f, f"{a}/v1/jetties/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{JETTY_FIX[0]:.4f},{JETTY_FIX[1]:.4f}", PRECISE), "radiusKm": "5"}),
        case(f, f"{a}/v1/jetties/{jetty}/checkins", headers=_h(rng, **b), body={
            "member": L(CLUB_MEMBER, UID), "lat": jla, "lon": jlo, "accuracy": 5,
            "jetty": {"id": jetty, "lat": JETTY_AT[0], "lon": JETTY_AT[1]},
            "waterTempC": 3.8, "airTempC": 1.2}),
        case(f, f"{a}/v1/dips", headers=_h(rng, **b), body={
            "checkin": obj(rng, "chk", 8), "minutesInWater": L(3.5, FIT), "dips": L(2, FIT),
            "heartRateMax": L(132, FIT), "saunaRounds": L(3, FIT), "waterTempC": 3.8,
            "feeling": L("Hands numb after two minutes, great otherwise", TEXT)}),
        case(f, f"{a}/v1/sauna/bookings", fmt="form", headers=_h(rng, **b), body={
            "slot": "2025-12-10T07:00", "booking": L(SAUNA_BOOKING, BUY),
            "price": L("40.00", BUY), "seats": "2"}),
        case(f, f"{a}/v1/buddies", headers=_h(rng, **b), body={
            "name": L(BUDDY[0], NAMEC), "phone": L(BUDDY[1], TEL), "notifyIfNoCheckout": True}),
        multipart(f, f"{a}/v1/jetties/{jetty}/photos", [
            ("photo", "morgendukkert.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("post", None, "application/json", {
                "caption": L("Sunrise dip, sea at 3.8 degrees!", TEXT), "public": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dips/heart-rate", fmt="msgpack", headers=_h(rng, **b), body={
            "source": "watch", "samples": L(hr, FIT), "member": L(CLUB_MEMBER, UID)}),
        case(f, f"{a}/v1/jetties/{jetty}/temperatures", headers=_h(rng, **b), query={
            "from": "2025-12-08", "sensor": "buoy_2"}),
        case(f, f"{a}/v1/jetties/{jetty}/temperatures/feedback", headers=_h(rng, **b), body={
            "readings": temps(rng, 5), "sensor": "buoy_2", "looksWrong": False}),
        case(f, f"{a}/v1/members/me/emergency", headers=_h(rng, **b), body={
            "name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
            "email": L(PEOPLE[2][2], MAIL)}),
        case(f, f"{a}/v1/chat/channels/morning/messages", headers=_h(rng, **b), body={
            "text": L("Anyone up for 6:45 tomorrow? I'll bring the thermos", TEXT),
            "clientId": obj(rng, "cm", 10)}),
        case(f, f"{a}/v1/safety/out", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{JETTY_FIX[0]:.3f}", PRECISE), "lon": L(f"{JETTY_FIX[1]:.3f}", PRECISE),
            "minutes": "4", "buddyNotified": "0"}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{DK_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{DK_HOME_AT[1]:.2f}", COARSE),
            "units": "metric"}),
        case(f, f"{a}/v1/lost-found", headers=_h(rng, **b), body={
            "item": L("Blue neoprene gloves, size M, left on the bench", TEXT),
            "jetty": jetty, "contact": L(E164, TEL)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("ice swimming beginners", SEARCH), "type": "events"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("da", DEV),
            "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("checkin", 1), ev("dip_logged", 2, minutes=L(3.5, FIT)),
                ev("screen", 3, screen=L("JettyMap", USAGE))]}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, how="none"),
             cookies={"sd_session": L(opaque(rng, "", 40), CRED),
                      "sd_device": L(INSTALL_ID, DID)}),
    ]


def saltdip_sdks() -> list[Case]:
    rng = random.Random(8632)
    return [
        hy_batch(APP, rng, [("Checked In", {"jetty": "svanemolle"}),
                            ("Dip Logged", {"minutes": L(3.5, FIT)})],
                 at=JETTY_FIX, nd=2, tz=TZ, locale="da-DK", roaming=True),
        hy_screen(APP, rng, "JettyMap"),
        bh_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=JETTY_FIX, nd=3,
               country="DNK"),
        bh_notice(APP, rng, "win"),
        bl_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [bl_crumb("nav", "Jetty -> Photo")], screen="PhotoActivity", tz=TZ),
        fs_eval(APP, rng, {"club": "svanemolle", "saunaBooking": True}, get=True),
        ks_register(APP, rng, tags={"club": "svanemolle"}, at=JETTY_FIX, nd=2, tz=TZ, lang="da"),
        sy_save(APP, rng, {"analytics": True, "ads": True}, country="DK", region="84",
                lang="da"),
        bt_confirm(APP, rng, "650.00", "dkk"),
        kv_geocode(APP, rng, "Svanemøllestranden", SEARCH, near=DK_HOME_AT, nd=3, lang="da"),
    ]
