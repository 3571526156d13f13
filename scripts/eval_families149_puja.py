"""Bindhyabasini temple committee's puja-booking and offering app "Pujasewa" (her religion:
Hindu rites booked as a married-in member of the family): account, log-in, pujas, a booking for
Asha's birthday, an offering, a darshan slot with a QR, her fix at the temple, a prasad
order, a priest's message, gotra and family details, receipts."""
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
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families149_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MIL,
    TEMPLE,
    TEMPLE_FIX,
    TZ,
    fix,
    hd,
)
from eval_families149_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families149_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

MED, REL, NID = "health.medical", "personal.sensitive", "personal.national_id"


def _std_sdks(app: App, seed: int, at: Any, evs: list[Any], traits: dict[str, Any],
              ) -> list[Case]:
    rng = random.Random(seed)
    return [
        mc_batch(app, rng, evs, at=at, nd=2, locale="en_NP"),
        mc_identify(app, rng, traits),
        tn_launch(app, rng, first=True),
        tn_event(app, rng, "af_purchase", {"app": app.name}, revenue=500.0, hashed=True),
        bf_bid(app, rng, {"banner": {"w": 320, "h": 50}}),
        cd_crash(app, rng, ("java.lang.NullPointerException", "view detached"),
                 [cd_crumb("nav", "Home -> Detail")], screen="MainActivity"),
        pt_register(app, rng, at=HOME_AT, nd=2, lang="en"),
        fn_eval(app, rng, {"country": L("NP", COARSE), "userId": L(USER_ID, UID)}),
    ]

APP = App("pujasewa", "Pujasewa", "com.example.pujasewa", "1.9.0",
          "https://api.pujasewa.example.org")
IID = "X-Device-Id"
PW = "Bindhya#2026om"
BOOKING = "PJ-26-00912"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def pujasewa() -> list[Case]:
    return [*_base(), *_more()]


def _base() -> list[Case]:
    rng = random.Random(14911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    tla, tlo = fix(TEMPLE_FIX, 5)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), devotee=L(USER_ID, UID)))}
    return [
        case(f, f"{a}/api/users", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "religion": L("Hindu", REL),
            "gotra": L("Kashyap", REL), "city": L("Pokhara", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pujasewa-android"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pujas", headers=_h(rng, **b), query={
            "temple": TEMPLE["id"], "occasion": L("janmadin", REL)}),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "temple": TEMPLE["id"], "puja": L("Rudrabhishek", REL), "date": "2026-08-21",
            "for": {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                    "dob": L(DAUGHTER["dob"], BIRTH), "rashi": L("Simha", REL)},
            "sankalpa": L("Asha ko swasthya ra padhai ko lagi", f"{TEXT}|{REL}|{NAMEC}"),
            "bookingNo": L(BOOKING, BUY), "amount": L(2100, BUY), "priest": "pt_022"}),
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "amount": L("2100", BUY), "currency": "NPR",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/offerings", gz=True, headers=_h(rng, **b), body={
            "fund": L("Navaratri bhandara", REL), "amount": L(1001, BUY),
            "inMemoryOf": L("Bikash ko hajurbuwa", f"{TEXT}|{REL}"), "anonymous": False}),
        case(f, f"{a}/api/darshan/slots", headers=_h(rng, **b), query={
            "date": "2026-10-03", "temple": TEMPLE["id"]}),
        case(f, f"{a}/api/darshan/checkin", headers=_h(rng, **b), body={
            "qr": "BDV-Q-88120", "at": {"lat": tla, "lon": tlo},
            "templeAt": {"lat": TEMPLE["lat"], "lon": TEMPLE["lon"]},
            "visit": L("Dashain darshan", REL), "party": 3}),
        case(f, f"{a}/api/prasad/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"sku": "laddu_500g", "qty": 2}], "deliverTo": L(HOME["line"], ADDR),
            "phone": L(E164, TEL), "order": L("PR-55012", BUY), "total": L(640, BUY)}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "pt_022", "text": L(
                "Pandit ji, Asha ko janmadin puja ma mero sasu pani aaunu hunchha",
                f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/family", headers=_h(rng, **b), body={
            "husband": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "motherInLaw": {"name": L(MIL[0], NAMEC)},
            "kuldevta": L("Barahi", REL), "caste": L("Gurung", REL)}),
        at_path(case(f, f"{a}/api/receipts/{BOOKING}.pdf", headers=_h(rng, **b)),
                BOOKING + ".pdf", BUY),
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "q": L("satyanarayan puja ghar ma", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "tags": [L("Hindu", REL), L("navaratri", REL)], "tz": L(TZ, DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("book_puja", 1), ev("view", 2,
                                                                       s=L("Darshan", USAGE))]}),
    ]


def pujasewa_sdks() -> list[Case]:
    rng = random.Random(14912)
    return [*_std_sdks(APP, 14913, TEMPLE_FIX, [("Book Puja", {"puja": L("Rudrabhishek", REL)})],
                       {"religion": L("Hindu", REL), "city": L("Pokhara", COARSE)}),
            cl_card(APP, rng), cl_confirm(APP, rng, "2100"),
            mm_reverse(APP, rng, TEMPLE_FIX, PRECISE, nd=5)]


def _more() -> list[Case]:
    rng = random.Random(14914)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    out: list[Case] = []
    for i, (puja, amt) in enumerate([("Ekadashi deepdan", 251), ("Teej puja", 501),
                                     ("Laxmi puja", 1100)]):
        out.append(case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "temple": TEMPLE["id"], "puja": L(puja, REL), "bookingNo": L(f"PJ-26-0{930 + i}", BUY),
            "amount": L(amt, BUY), "devotee": L(f"{FIRST} {LAST}", NAMEC),
            "phone": L(E164, TEL)}))
    out += [
        case(f, f"{a}/api/calendar", headers=_h(rng, **b), query={"month": "2083-06",
                                                                  "tithi": "true"}),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "address": L(HOME["line"], ADDR), "city": L("Pokhara", COARSE),
            "birthDate": L("1991-05-17", BIRTH), "vrat": [L("Teej", REL), L("Ekadashi", REL)]}),
        case(f, f"{a}/api/volunteer", fmt="form", headers=_h(rng, **b), body={
            "seva": L("Dashain bhandara kitchen", REL), "phone": L(E164, TEL),
            "days": "3"}),
        case(f, f"{a}/api/live", headers=_h(rng, **b), query={"stream": "aarti_evening"}),
    ]
    return out
