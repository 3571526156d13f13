"""A Buddhist monastery's prayer-reading and offering app "Nomiin Gerel" (an Ulaanbaatar khiid;
her religion; camelCase API with Mongolian values). Not sets 110, 113 and 125's almsgiving,
procession and merit apps: here a lay patron orders readings of sutras by the monks for her
family (names and birth years, as the monks read them), lights butter lamps, books the
monastery's astrologer, counts mantras and joins a pilgrimage. Sign-up (religion, lineage,
birth year and its animal), an OAuth password grant, ``/me`` with a JWT, monasteries near her,
the monastery's page, a reading ordered and paid, a butter lamp, the astrologer, the day's
auspicious calendar for her year, a check-in at the temple with her fix, a pilgrimage (her
passport, her husband as emergency contact), a receipt by number in the path, a mantra count
(msgpack), a teaching streamed, a search, a lama followed, an amulet delivered home, a message
to the office, push, events and the patron card by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families141_kit import (
    DAUGHTER,
    HUSBAND,
    KHIID,
    KHIID_FIX,
    MEMBER,
    PASSPORT,
    READING,
    UB_HOME,
    UB_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families141_sdk import (
    bj_bid,
    cz_crash,
    cz_crumb,
    mg_batch,
    mg_pixel,
    tb_launch,
)
from eval_families141_svc import ca_check, hg_message, mo_route, pg_card, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nomiingerel", "Nomiin Gerel", "com.example.nomiingerel", "1.6.0",
          "https://api.nomiingerel.example.org")
IID = "X-NG-Device"
PW = "Lotus#Dashi1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nomiin() -> list[Case]:
    rng = random.Random(14111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patron=L(MEMBER, UID)))}
    kla, klo = fix(KHIID_FIX, 5)
    receipt = at_path(case(f, f"{a}/v1/receipts/{READING}", headers=_h(rng, **b),
                           query={"format": "pdf"}), READING, BUY)
    return [
        case(f, f"{a}/v1/patrons", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthYear": L(1991, BIRTH),
            "yearAnimal": L("Iron Sheep", BIRTH), "gender": L("female", GENDER),
            "religion": L("Buddhist", SENS), "lineage": L("Gelug", SENS),
            "homeKhiid": L(KHIID["id"], SENS), "patronNo": L(MEMBER, UID)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ng-android", "scope": "patron offerings"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/khiids/near", headers=_h(rng, **b), query={
            "lat": L(f"{UB_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{UB_HOME_AT[1]:.3f}", PRECISE),
            "radiusKm": "5"}),
        case(f, f"{a}/v1/khiids/{KHIID['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/readings", headers=_h(rng, **b), body={
            "khiid": L(KHIID["id"], SENS), "sutra": L("Sungdui (protection)", SENS),
            "forPeople": [
                {"name": L(HUSBAND["name"], NAMEC), "birthYear": L(1988, BIRTH)},
                {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "birthYear": L(2016, BIRTH)}],
            "intention": L("For Saruul's lungs to heal this winter and for the family's "
                           "health", f"{TEXT}|{SENS}|{MED}"),
            "orderNo": L(READING, BUY), "amount": L(30000, BUY), "date": "2025-12-21"}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "orderNo": L(READING, BUY), "amount": L("30000", BUY), "currency": "MNT",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/offerings/lamp", headers=_h(rng, **b), body={
            "khiid": L(KHIID["id"], SENS), "kind": L("butter lamp", SENS), "count": 3,
            "dedication": L("For my husband's parents in Erdenet", f"{TEXT}|{SENS}"),
            "amount": L(9000, BUY), "offeringId": obj(rng, "of")}),
        case(f, f"{a}/v1/astrologer/bookings", headers=_h(rng, **b), body={
            "service": L("zurkhai (astrology consultation)", SENS),
            "birthDate": L("1991-05-17", BIRTH), "birthHour": "morning",
            "question": L("Which day in January is good to move flats?", TEXT),
            "slot": "2025-12-23T10:00+08:00", "lama": "lm_0031", "amount": L(15000, BUY)}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, **b), query={
            "month": "2026-01", "animal": L("sheep", BIRTH), "element": L("iron", BIRTH)}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "khiid": L(KHIID["id"], SENS), "at": {"lat": kla, "lng": klo, "acc": 11},
            "khiidAt": {"lat": KHIID["lat"], "lng": KHIID["lon"]},
            "service": L("morning prayers", SENS)}),
        case(f, f"{a}/v1/pilgrimages/pg_2026_amar/join", headers=_h(rng, **b), body={
            "traveller": {"name": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT,
                                                                              "personal.national_id"),
                          "nationality": "US", "diet": "vegetarian"},
            "emergency": {"name": L(HUSBAND["name"], NAMEC), "phone": L(HUSBAND["phone"], TEL)},
            "seat": obj(rng, "seat", 6), "fare": L(120000, BUY)}),
        receipt,
        case(f, f"{a}/v1/mantras/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "patron": L(MEMBER, UID), "mantra": L("Om mani padme hum", SENS),
            "days": [{"d": "2025-12-19", "n": 1080}, {"d": "2025-12-20", "n": 540}],
            "mala": "108"}),
        case(f, f"{a}/v1/teachings/tc_881/stream", headers=_h(rng, **b), query={
            "quality": "audio_64k", "pos": "0"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("Green Tara prayer for children", f"{SEARCH}|{SENS}"), "lang": "en"}),
        case(f, f"{a}/v1/lamas/lm_0031/follow", headers=_h(rng, **b), body={
            "patron": L(MEMBER, UID), "notify": True}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "amulet-sheep", "qty": 1}, {"sku": "incense-juniper", "qty": 2}],
            "total": L(42000, BUY), "deliverTo": {
                "name": L(f"{FIRST} {LAST}", NAMEC), "line": L(UB_HOME["line"], ADDR),
                "district": L(UB_HOME["district"], COARSE), "phone": L(E164, TEL)}}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "office", "text": L("Can the reading for my daughter be done on her "
                                      "birthday, 2 August?", f"{TEXT}|{SENS}|{BIRTH}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("reading_ordered", 1, sutra=L("Sungdui", SENS)), ev("lamp_lit", 2, n=3),
                ev("screen", 3, view=L("TeachingPlayer", USAGE))]}),
        case(f, f"{a}/v1/patron/card", headers=_h(rng, how="none"), cookies={
            "ng_sess": L(opaque(rng, "", 40), CRED), "ng_dev": L(INSTALL_ID, DID),
            "ng_rid": rid(rng)}),
    ]


def nomiin_sdks() -> list[Case]:
    rng = random.Random(14112)
    return [
        mg_batch(APP, rng, [("Reading Ordered", {"sutra": L("Sungdui", SENS)}),
                            ("Lamp Lit", {"count": 3})], at=KHIID_FIX, nd=3),
        mg_pixel(APP, rng, "Teaching Played", {"teaching": "tc_881"}),
        tb_launch(APP, rng, user=True, n=9),
        bj_bid(APP, rng, {"native": {"ver": "1.2"}}, at=UB_HOME_AT, nd=2),
        cz_crash(APP, rng, ("java.io.IOException", "stream reset"),
                 [cz_crumb("nav", "Teachings -> Player"), cz_crumb("log", "buffer underrun")],
                 screen="PlayerActivity"),
        pk_register(APP, rng, tags={"khiid": L(KHIID["id"], SENS),
                                    "religion": L("buddhist", SENS)}),
        ca_check(APP, rng, {"analytics": True, "ads": True}),
        pg_card(APP, rng, email=True),
        mo_route(APP, rng, [(UB_HOME_AT, PRECISE), ((KHIID["lat"], KHIID["lon"]), None)],
                 mode="walking"),
        hg_message(APP, rng, L("My lamp offering was charged twice", f"{TEXT}|{SENS}"),
                   {"patron": L(MEMBER, UID)}),
    ]
