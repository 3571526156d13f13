"""LGBTQ+ dating and events app "Prismeet": sign-up by SMS, the profile (gender, pronouns,
orientation, height, a bio), sexual-health fields (HIV status, last test, PrEP), ``/me``, photos,
a verification selfie with its face embedding, discovery by position and distance, a position
update (msgpack), a like, matches, a message, prompts, events nearby, an event ticket and a
check-in at the bar, a date plan shared with a friend, a report, hashed contacts to avoid,
privacy settings, a Play subscription, push, events and likes by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    FACE,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
    sha,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, others
from eval_families44_kit import BAR, EVENT, MATCH_NAME, fix, home, obj
from eval_families44_sdk import (
    bs_bid,
    bs_win,
    cf_report,
    lr_event,
    lr_link,
    lr_session,
    tb_pixel,
    tb_track,
)
from eval_families44_svc import cm_message, mc_search, pb_register
from eval_payloads import INSTALL_ID, LAT, LON, USER_ID, Case, J, L, U, W, case

APP = App("prismeet", "Prismeet", "com.example.prismeet", "5.8.1", "https://api.prismeet.example.com")
IID = "X-Prism-Install"
PEERS = others(random.Random(4401), 6, "pm_")  # other members (negatives)
BAR_FIX = (40.732611, -74.002774)  # her phone at the bar's door at check-in
SEEK = "women,nonbinary"  # whom she wants to see: it states her orientation (personal.sensitive)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def prismeet() -> list[Case]:
    rng = random.Random(4441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), tier="plus"))}
    la3 = L(f"{LAT:.3f}", PRECISE), L(f"{LON:.3f}", PRECISE)
    hla, hlo = home(5)
    bla, blo = fix(BAR_FIX)
    emb = [round(rng.gauss(0, 0.07), 5) for _ in range(128)]
    book = [L(sha("sha256", p)[:24], CONTACTS) for p in ("+15550142277", "+15550110042",
                                                         "+15550129981", "+15550176612")]
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "hash": "Kq2x9Lm0aBc"}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("417220", CRED)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, auth="bearer"), body={
            "firstName": L(FIRST, NAMEC), "birthDate": L(DOB, BIRTH), "gender": L("woman", GENDER),
            "pronouns": L("she/they", GENDER), "orientation": [L("bisexual", SENS),
                                                              L("queer", SENS)],
            "showOrientation": True, "heightCm": L(168, FIT), "lookingFor": ["dates", "friends"],
            "bio": L("Bi and very into queer trivia nights, dogs and bad puns", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/profile/health", headers=_h(rng, auth="bearer"), body={
            "hivStatus": L("negative", MED), "lastTested": L("2025-10", MED),
            "onPrep": L(True, MED), "showOnProfile": False}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/profile/photos", [
            ("photo0", "p0.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("photo1", "p1.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"order": [0, 1],
                                                "caption1": L("Pride 2025 with my crew", TEXT)})],
            headers=_h(rng, auth="bearer")),
        multipart(f, f"{a}/v1/verify/selfie", [
            ("selfie", "verify.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("result", None, "application/json", {"embedding": L(emb, FACE), "pose": "thumbs_up",
                                                  "liveness": 0.96, "match": 0.93})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/discover", headers=_h(rng, **b, extra={"X-Prism-Ctx": W({
            "iid": L(INSTALL_ID, DID), "tz": L("America/New_York", DEV), "net": "wifi"},
            "b64json")}), query={
            "lat": la3[0], "lon": la3[1], "maxKm": "25", "ageMin": "27", "ageMax": "40",
            "seeking": L(SEEK, SENS), "limit": "20"}),
        case(f, f"{a}/v1/location", fmt="msgpack", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "acc": 12, "city": L("New York", COARSE),
            "ts": 1765391044}),
        case(f, f"{a}/v1/swipes", headers=_h(rng, **b), body={
            "target": PEERS[0], "action": L("like", USAGE), "distanceKm": 2.4,
            "superLike": False, "fromCard": 3}),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), query={"cursor": opaque(rng, "", 16)}),
        case(f, f"{a}/v1/matches/{obj(rng, 'mt', 10)}/messages", headers=_h(rng, **b), body={
            "to": PEERS[1], "clientId": obj(rng, "cm", 12),
            "text": L(f"Hey {MATCH_NAME}! Trivia at {BAR['name']} on Friday? I'm usually there "
                      "by 7", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/profile/prompts", headers=_h(rng, **b), body={"prompts": [
            {"q": "my_sunday", "a": L("Farmers market, then a very long nap", TEXT)},
            {"q": "green_flag", "a": L("You text back before the weekend", TEXT)}]}),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), query={
            "city": L("nyc", COARSE), "when": "this_week", "page": "1"}),
        case(f, f"{a}/v1/events/{EVENT['id']}/tickets", headers=_h(rng, **b), body={
            "qty": 2, "amount": L("30.00", BUY), "currency": "USD",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "venue": BAR["id"],
            "returnUrl": U("https://prismeet.example.com/pay/done", {
                "uid": L(USER_ID, UID), "evt": EVENT["id"]})}),
        case(f, f"{a}/v1/events/{EVENT['id']}/checkin", headers=_h(rng, **b), body={
            "ticket": L("PM-TKT-88214-2", BUY), "lat": bla, "lon": blo,
            "venueLat": BAR["lat"], "venueLon": BAR["lon"]}),
        case(f, f"{a}/v1/safety/date-plan", headers=_h(rng, **b), body={
            "friend": {"name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL)},
            "with": L(MATCH_NAME, NAMEC), "place": BAR["name"], "at": "2025-12-12T19:00",
            "checkInAfterMin": 90}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "target": PEERS[2], "reason": "harassment",
            "text": L("Kept messaging slurs after I unmatched", TEXT)}),
        case(f, f"{a}/v1/contacts/avoid", headers=_h(rng, **b), body={
            "hashes": book, "algo": "sha256-24"}),
        case(f, f"{a}/v1/settings/privacy", headers=_h(rng, **b), body={
            "incognito": True, "hideDistance": True, "hideAge": False,
            "readReceipts": False}),
        case(f, f"{a}/v1/billing/google", headers=_h(rng, **b), body={
            "sku": L("prismeet_plus_month", BUY), "price": L("14.99", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("match_opened", 1), ev("event_rsvp", 2, event=EVENT["id"]),
                ev("screen", 3, screen=L("Discover", USAGE))]}),
        case(f, f"{a}/v1/likes-you", headers=_h(rng, how="none"), cookies={
            "pm_sid": L(opaque(rng, "", 40), CRED), "pm_iid": L(INSTALL_ID, DID)}),
    ]


def prismeet_sdks() -> list[Case]:
    rng = random.Random(4442)
    return [
        tb_track(APP, rng, [("Match Created", {"source": "discover"}),
                            ("Event RSVP", {"price": L(30.0, BUY)})], at=(LAT, LON), nd=2),
        tb_pixel(APP, rng, "Onboarding Step", {"step": "orientation"}),
        lr_session(APP, rng, first=True),
        lr_event(APP, rng, "pl4s1x", {"sku": "plus_month"}, revenue=14.99, hashed=True),
        lr_link(APP, rng, U("https://prismeet.example.com/l/event", {
            "id": EVENT["id"], "utm_campaign": "pride_winter", "uid": L(USER_ID, UID)})),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords=L("lgbtq,bisexual,dating", SENS)),
        bs_win(APP, rng),
        cf_report(APP, rng, ("java.lang.IllegalStateException", "card stack empty"), [],
                  user={"id": L(USER_ID, UID), "name": L(FIRST, NAMEC)},
                  context="DiscoverFragment"),
        pb_register(APP, rng, tags={"seeking": L(SEEK, SENS), "tier": "plus"}),
        mc_search(APP, rng, "lantern bar", SEARCH, near=(LAT, LON), nd=3),
        cm_message(APP, rng, L("A user I reported is still showing up after I blocked them",
                               TEXT), {"tier": "plus"}),
    ]
