"""A district mosque's Kurban ait sacrifice-share and sadaqa app "Qurbanlyq" (her family's
religion; camelCase English API with Kazakh values). Mosque and zakat apps exist in sets 43, 49,
55, 60, 79, 91 and 131; this one is built around the Kurban ait sacrifice: a share of a sheep
from a partner farm bought in the family's names, the meat delivered or given away, the
farm's proof of sacrifice. Registration, a log-in, ``/me``, shares on offer, the share ordered
(the family's names for the intention), the payment, a zakat calculation, a sadaqa to a fund,
prayer times by ``lat,lon`` in the path, the qibla, attendance at the Ait prayer in the mosque's
yard, the meat's delivery, the son's Quran-reading course, the proof by order number in the
path, a question to the imam, receipts by a cookie GET, her husband as a packing volunteer,
reminders, a tax receipt with her IIN, an offline queue (msgpack), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families137_kit import (
    ALA_HOME,
    ALA_HOME_AT,
    DONOR,
    FARM,
    HUSBAND,
    IIN,
    MOSQUE,
    MOSQUE_FIX,
    NATID,
    SON,
    fix,
    hd,
    push,
)
from eval_families137_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_pixel, tn_event, tn_launch
from eval_families137_svc import cl_card, cy_check, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qurbanlyq", "Qurbanlyq", "com.example.qurbanlyq", "1.9.3",
          "https://api.qurbanlyq.example.org")
IID = "X-Q-Device"
PW = "Qurban!Almaly77"
ORDER = "QB-1447-008812"  # her sacrifice share (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="kk", **{"how": "nodash", **kw})


def qurbanlyq() -> list[Case]:
    rng = random.Random(13731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, donor=L(DONOR, UID), phone=L(E164, TEL)))}
    mla, mlo = fix(MOSQUE_FIX, 5)
    seg = f"{ALA_HOME_AT[0]:.3f},{ALA_HOME_AT[1]:.3f}"
    times = at_path(case(f, f"{a}/v1/prayer-times/{seg}", headers=_h(rng, **b),
                         query={"method": "muftiyat-kz", "date": "2026-05-27"}), seg, PRECISE)
    proof = at_path(case(f, f"{a}/v1/kurban/orders/{ORDER}/proof", headers=_h(rng, **b)),
                    ORDER, BUY)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "city": L(ALA_HOME["city"], COARSE),
            "homeMosque": L(MOSQUE["name"], SENS), "madhab": L("hanafi", SENS),
            "donorNo": L(DONOR, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kurban/shares", headers=_h(rng, **b), query={
            "animal": "sheep", "city": L("Almaty", COARSE), "year": "1447"}),
        case(f, f"{a}/v1/kurban/orders", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "orderNo": L(ORDER, BUY), "animal": "sheep", "shares": 1,
            "farm": FARM["id"], "occasion": L("Kurban ait 1447", SENS),
            "niyetFor": [{"name": L(f"{FIRST} {LAST}", NAMEC)},
                         {"name": L(HUSBAND[0], NAMEC)},
                         {"name": L(f"{SON['first']} {SON['last']}", NAMEC)}],
            "amount": L(95000, BUY), "currency": "KZT", "meat": "half_home_half_needy"}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "amount": L("95000", BUY), "currency": "KZT",
            "cardToken": L(opaque(rng, "tok_", 24), PAY), "paymentId": rid(rng)}),
        case(f, f"{a}/v1/zakat/calculate", headers=_h(rng, **b), body={
            "purpose": L("zakat al-mal", SENS), "cash": 2400000, "gold_g": 14,
            "debts": 300000, "nisab": "silver", "currency": "KZT"}),
        case(f, f"{a}/v1/sadaqa", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "fund": L("Mosque orphans' fund", SENS),
            "amount": L(10000, BUY), "recurring": "monthly", "anonymous": False}),
        times,
        case(f, f"{a}/v1/qibla", headers=_h(rng, **b), query={
            "lat": L(f"{ALA_HOME_AT[0]:.4f}", PRECISE),
            "lon": L(f"{ALA_HOME_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "mosque": L(MOSQUE["id"], SENS), "prayer": L("Ait namaz", SENS),
            "at": {"lat": mla, "lon": mlo}, "mosqueAt": {"lat": MOSQUE["lat"],
                                                        "lon": MOSQUE["lon"]},
            "donor": L(DONOR, UID)}),
        case(f, f"{a}/v1/kurban/orders/delivery", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "address": L(ALA_HOME["line"], ADDR),
            "district": L(ALA_HOME["area"], COARSE), "phone": L(E164, TEL),
            "slot": "2026-05-28T14:00:00+05:00", "kg": 9}),
        case(f, f"{a}/v1/courses/enrol", headers=_h(rng, **b), body={
            "course": L("Quran reading for children, Saturday group", SENS),
            "child": {"firstName": L(SON["first"], NAMEC), "lastName": L(SON["last"], NAMEC),
                      "dob": L(SON["dob"], BIRTH), "sex": L("male", GENDER)},
            "parentPhone": L(E164, TEL), "mosque": L(MOSQUE["id"], SENS)}),
        proof,
        case(f, f"{a}/v1/questions", headers=_h(rng, **b), body={
            "to": "imam", "text": L("Can one sheep share count for the whole family, "
                                    "including my husband's parents?", f"{TEXT}|{SENS}"),
            "donor": L(DONOR, UID), "public": False}),
        case(f, f"{a}/v1/receipts", headers=_h(rng, how="none"), cookies={
            "qb_sid": L(opaque(rng, "", 40), CRED), "qb_dev": L(INSTALL_ID, DID),
            "qb_donor": L(DONOR, UID)}),
        case(f, f"{a}/v1/volunteers", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "shift": "day1_am",
            "task": "meat packing", "addedBy": L(DONOR, UID)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "jumah": L("1", SENS), "ramadan": L("1", SENS), "ait": L("1", SENS),
            "lang": L("kk", DEV), "sound": "azan_short"}),
        case(f, f"{a}/v1/tax-receipt", headers=_h(rng, **b), body={
            "iin": L(IIN, NATID), "name": L(f"{FIRST} {LAST}", NAMEC),
            "address": L(ALA_HOME["line"], ADDR), "year": 2026,
            "total": L(215000, BUY)}),
        case(f, f"{a}/v1/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "items": [
                {"k": "order_viewed", "o": L(ORDER, BUY), "t": 1780000000},
                {"k": "proof_opened", "t": 1780003600}]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "kk_KZ")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("share_ordered", 1), ev("proof_viewed", 2),
                ev("screen", 3, screen=L("KurbanShares", USAGE))]}),
    ]


def qurbanlyq_sdks() -> list[Case]:
    rng = random.Random(13732)
    return [
        mc_batch(APP, rng, [("Share Ordered", {"animal": "sheep", "total": L(95000, BUY)}),
                            ("Sadaqa Given", {"amount": L(10000, BUY)})], locale="kk_KZ"),
        mc_pixel(APP, rng, "Prayer Times Viewed", {"city": L("Almaty", COARSE)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "donation", {"order": L(ORDER, BUY)}, revenue=95000.0,
                 currency="KZT", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 100}}),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "compass sensor"),
                 [cd_crumb("nav", "Home -> Qibla")], screen="QiblaActivity"),
        pt_register(APP, rng, lang="kk", tags={"ait": L(True, SENS), "jumah": L(True, SENS)}),
        cy_check(APP, rng, {"analytics": True, "ads": False}),
        cl_card(APP, rng, email=True),
        mm_reverse(APP, rng, MOSQUE_FIX, PRECISE, nd=4),
        hs_message(APP, rng, L("Proof video for my share does not open", TEXT),
                   {"order": L(ORDER, BUY)}),
    ]
