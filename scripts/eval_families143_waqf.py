"""A Stone Town mosque's waqf app "Waqfmaji" (the Friday mosque's endowment: shares in village
wells, Ramadan iftar tables, the madrasa's roof; its religion is hers). Unlike set 55's zakat
calculator and set 131's masjid app (named only; not read), it sells endowment shares and
reports on the wells they pay for. Calls: donor sign-up (her mosque), a log-in (an OAuth
password grant), ``/me`` with a JWT, a well share pledged, an iftar table sponsored, the
madrasa roof appeal, zakat al-fitr for her household (its size), the payment, a recurring
mobile-money standing order, the Friday check-in at the mosque (her fix), a dua request, the
imam's office message, volunteering for iftar cooking, the well's photo report, an event search,
receipts by donor number in the path, a base64 JSON cookie with her choices, the annual
statement, push (tags) and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    MAIL,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims
from eval_families143_kit import (
    DONOR,
    HOME,
    HUSBAND,
    MOSQUE,
    MOSQUE_FIX,
    SON,
    fix,
    hd,
    push,
)
from eval_families143_sdk import dh_launch, kd_crash, kd_crumb, pz_batch, pz_pixel
from eval_families143_svc import bp_register, kc_check, kz_confirm, kz_wallet, zf_eval
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("waqfmaji", "Waqfmaji", "com.example.waqfmaji", "1.7.0",
          "https://api.waqfmaji.example.org")
IID = "X-Waqf-Install"
PW = "Maji.Safi.1447"
TS = f"{TEXT}|{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def waqfmaji() -> list[Case]:
    rng = random.Random(14361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, donor=L(DONOR, UID), mosque=L(MOSQUE["id"], SENS),
                                    email=L(EMAIL, MAIL)))}
    mla, mlo = fix(MOSQUE_FIX, 4)
    receipts = at_path(case(f, f"{a}/v1/donors/{DONOR}/receipts", headers=_h(rng, **b),
                            query={"year": "1447"}), DONOR, UID)
    return [
        case(f, f"{a}/v1/donors", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "mosque": L(MOSQUE["name"], SENS),
            "madhab": L("Shafi'i", SENS), "town": L(HOME["town"], COARSE), "anonymous": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "scope": "donor"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/wells/w_kizimkazi_03/shares", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "shares": 2, "amount": L(200000, BUY),
            "intention": L("Sadaqah jariyah for my late father-in-law", TS)}),
        case(f, f"{a}/v1/iftar/sponsor", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "night": 15, "tables": 1, "amount": L(85000, BUY),
            "fund": L("Ramadan iftar", SENS)}),
        case(f, f"{a}/v1/appeals/madrasa-roof/give", fmt="form", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "amount": L("30000", BUY),
            "fund": L("madrasa roof", SENS)}),
        case(f, f"{a}/v1/zakat-al-fitr", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "household": 3, "perPerson": 7000,
            "total": L(21000, BUY), "fund": L("zakat al-fitr", SENS),
            "names": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                      L(f"{SON['first']} {SON['last']}", NAMEC)]}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "amount": L("336000", BUY), "currency": "TZS",
            "method": L(opaque(rng, "pm_", 24), PAY), "cover_fees": "1"}),
        case(f, f"{a}/v1/standing-orders", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "wallet": L(E164, TEL), "monthly": L(20000, BUY),
            "fund": L("wells", SENS), "day": 1}),
        case(f, f"{a}/v1/jumuah/checkin", headers=_h(rng, **b), body={
            "mosque": L(MOSQUE["id"], SENS), "at": {"lat": mla, "lon": mlo},
            "mosqueAt": {"lat": MOSQUE["lat"], "lon": MOSQUE["lon"]},
            "prayer": L("jumuah", SENS), "section": "women"}),
        case(f, f"{a}/v1/dua", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID),
            "text": L("Please make dua for my blood pressure during the fast and for Amani's "
                      "exams", f"{TEXT}|{SENS}|health.medical|{NAMEC}"), "public": False}),
        case(f, f"{a}/v1/messages/imam-office", headers=_h(rng, **b), body={
            "text": L("Can the sisters' circle use the madrasa room on Thursday?", TS),
            "donor": L(DONOR, UID)}),
        case(f, f"{a}/v1/volunteers", fmt="form", headers=_h(rng, **b), body={
            "donor": L(DONOR, UID), "role": L("iftar kitchen", SENS), "nights": "10,11,12",
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/wells/w_kizimkazi_03/report", headers=_h(rng, **b),
             query={"donor": L(DONOR, UID), "photos": "1"}),
        case(f, f"{a}/v1/events/search", headers=_h(rng, **b), query={
            "q": L("tafsir class for women", f"{SEARCH}|{SENS}"), "from": "2026-03-01"}),
        receipts,
        case(f, f"{a}/v1/preferences", headers=_h(rng, how="none"), cookies={
            "wq_sid": L(opaque(rng, "", 40), CRED),
            "wq_pref": W({"donor": L(DONOR, UID), "funds": [L("wells", SENS)],
                          "lang": L("sw", DEV)}, "b64json")}),
        case(f, f"{a}/v1/statements/annual", headers=_h(rng, **b), query={
            "donor": L(DONOR, UID), "format": "pdf"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("share_pledged", 1), ev("jumuah_checkin", 2),
                ev("screen", 3, screen=L("WellMap", USAGE))]}),
    ]


def waqfmaji_sdks() -> list[Case]:
    rng = random.Random(14362)
    return [
        pz_batch(APP, rng, [("Share Pledged", {"shares": 2}),
                            ("Iftar Sponsored", {"amount": L(85000, BUY)})]),
        pz_pixel(APP, rng, "Appeal Viewed", {"appeal": "madrasa-roof"}),
        dh_launch(APP, rng, first=True),
        kd_crash(APP, rng, ("java.net.SocketTimeoutException", "payments"),
                 [kd_crumb("nav", "Appeal -> Give")], screen="GiveActivity"),
        zf_eval(APP, rng, {"ramadan": True}, hdr=True),
        bp_register(APP, rng, at=MOSQUE_FIX, nd=2,
                    tags={"mosque": L(MOSQUE["id"], SENS), "fund": L("wells", SENS)}),
        kc_check(APP, rng, {"analytics": True}),
        kz_confirm(APP, rng, "336000"),
        kz_wallet(APP, rng, "20000", L(E164, TEL)),
    ]
