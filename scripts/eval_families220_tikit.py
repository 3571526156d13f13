"""A Weno travel agency's airfare layaway app "Tikitin Sai" (``tikit`` ticket, a loan; ``sai``
trip): families book the flights to Guam and Honolulu months ahead and pay them off in small
instalments at the counter, by card or by bank transfer, the seats held until the last payment.
Its API's keys are Chuukese with English: ``it`` / ``iten_famili`` name / surname,
``nampaan_fon`` phone, ``kapas_monomon`` password, ``ranin_upwutiw`` birth date, ``paspot``
passport (a loan), ``seni`` / ``ngeni`` from / to, ``sikoki`` airplane (a Japanese loan),
``moni`` amount, ``liwin`` payment, ``kisikis`` instalment (lit. "small ones", a coinage),
``chommong`` count, ``aramas`` people (passengers), ``mwenge`` meal, ``leeni`` place,
``kapas`` message, ``kuta`` search, ``taropwe`` document, ``kood`` code: sign-up, an SMS log-in,
``/ngang``, a search, the fares, the layaway for four, an instalment by card and one by bank
transfer, her passport photo, the daughter's passport, the frequent-flyer link, a diabetic meal
for her husband, a visit to the counter with her fix, the itinerary (msgpack), travel insurance,
a message to the agent, reminders in a base64 JSON cookie, the plan by number in the path, push,
events and a log-out. Airline apps exist in earlier sets; a travel agency's layaway plan does not
("layaway", "lay-by", "travel agen", "airfare" matched no docstring)."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families220_kit import (
    AGENCY,
    AGENCY_FIX,
    DAUGHTER,
    FFN,
    FM_ACCOUNT,
    HOME,
    HUSBAND,
    LAYAWAY,
    PASSPORT,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families220_sdk import (
    bf_bid,
    bf_notice,
    cm_session,
    mn_batch,
    mn_identify,
    tw_event,
    tw_launch,
    tw_link,
)
from eval_families220_svc import ct_card, ct_confirm, ha_message, ms_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("tikitinsai", "Tikitin Sai", "com.example.tikitinsai", "3.0.6",
          "https://api.tikitinsai.example.com")
IID = "X-TS-Install"
PW = "Honolulu#Weno26"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tikitinsai() -> list[Case]:
    rng = random.Random(22021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ffn=L(FFN, UID),
                                    layaway=L(LAYAWAY, BUY)))}
    ala, alo = fix(AGENCY_FIX, 4)
    plan = at_path(case(f, f"{a}/v2/kisikis/{LAYAWAY}", headers=_h(rng, **b)), LAYAWAY, BUY)
    return [
        case(f, f"{a}/v2/aramas", headers=_h(rng), body={
            "it": L(FIRST, NAMEC), "iten_famili": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nampaan_fon": L(E164, TEL), "kapas_monomon": L(PW, CRED),
            "ranin_upwutiw": L(DOB, BIRTH), "mwaan_fefin": L("F", GENDER),
            "paspot": L(PASSPORT, NID), "leenien_nonnom": L(HOME["box"], ADDR),
            "zip": L(HOME["zip"], COARSE), "fonu": L("Tonoas", COARSE)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "nampaan_fon": L(NATIONAL, TEL), "kood": L("305118", CRED)}),
        case(f, f"{a}/v2/ngang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kuta", headers=_h(rng, **b), query={
            "kuta": L("Honolulu March cheapest family", SEARCH), "seni": "TKK", "ngeni": "HNL",
            "ran": "2026-03-20", "aramas": "4"}),
        case(f, f"{a}/v2/fares", headers=_h(rng, **b), query={
            "route": "TKK-GUM-HNL", "ran": "2026-03-20", "cabin": "Y"}),
        case(f, f"{a}/v2/kisikis", headers=_h(rng, **b), body={
            "kisikis_id": L(LAYAWAY, BUY), "route": "TKK-GUM-HNL", "ran": "2026-03-20",
            "moni": L(3960, BUY), "kisikis": 8, "ewe_kisikis": L(495, BUY),
            "aramas": [{"it": L(f"{FIRST} {LAST}", NAMEC), "paspot": L(PASSPORT, NID)},
                       {"it": L(HUSBAND[0], NAMEC)},
                       {"it": L(KID, NAMEC), "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH)},
                       {"it": L(SISTER_US[0], NAMEC), "ngeni_chok": True}],
            "fare_basis": "YLX3M", "agency": AGENCY["id"]}),
        case(f, f"{a}/v2/liwin", fmt="form", headers=_h(rng, **b), body={
            "kisikis_id": L(LAYAWAY, BUY), "moni": L("495.00", BUY), "taala": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/liwin/bank", headers=_h(rng, **b), body={
            "kisikis_id": L(LAYAWAY, BUY), "moni": L(495, BUY),
            "akaun": L(FM_ACCOUNT, PAY), "it_akaun": L(f"{FIRST} {LAST}", NAMEC),
            "reference": rid(rng)}),
        multipart(f, f"{a}/v2/taropwe/paspot", [
            ("foto", "passport_page.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"paspot": L(PASSPORT, NID),
                                                "expires": "2031-04-11"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/taropwe/nau", headers=_h(rng, **b), body={
            "it": L(DAUGHTER["first"], NAMEC), "iten_famili": L(DAUGHTER["last"], NAMEC),
            "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH), "mwaan_fefin": L("F", GENDER),
            "paspot": L(DAUGHTER["passport"], NID), "citizenship": "FSM"}),
        case(f, f"{a}/v2/ffn", fmt="form", headers=_h(rng, **b), body={
            "ffn": L(FFN, UID), "iten_famili": L(LAST, NAMEC)}),
        case(f, f"{a}/v2/kisikis/{LAYAWAY}/mwenge", headers=_h(rng, **b), body={
            "it": L(HUSBAND[0], NAMEC), "mwenge": L("DBML", MED),
            "kapas": L("Simiron is diabetic, no sugar please", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/counter/visit", headers=_h(rng, **b), body={
            "leeni": {"lat": ala, "lng": alo}, "agency": {"id": AGENCY["id"],
                                                        "lat": AGENCY["lat"],
                                                        "lng": AGENCY["lon"]},
            "ticket_no": obj(rng, "q", 6)}),
        case(f, f"{a}/v2/itinerary/cache", fmt="msgpack", headers=_h(rng, **b), body={
            "kisikis_id": L(LAYAWAY, BUY), "legs": [
                {"flight": "XX957", "seni": "TKK", "ngeni": "GUM", "dep": "2026-03-20T08:05"},
                {"flight": "XX201", "seni": "GUM", "ngeni": "HNL", "dep": "2026-03-20T21:40"}],
            "aramas": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)]}),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "kisikis_id": L(LAYAWAY, BUY), "premium": L(58, BUY),
            "semmwen": L("hypothyroidism", MED),
            "beneficiary": {"it": L(SISTER_US[0], NAMEC), "nampaan_fon": L(SISTER_US[1], TEL),
                            "email": L(SISTER_US[2], MAIL)}}),
        case(f, f"{a}/v2/kapas", headers=_h(rng, **b), body={
            "ngeni": "agent_lisa",
            "kapas": L("Can I pay the rest on Friday? Call me on +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        plan,
        case(f, f"{a}/v2/reminders", headers=_h(rng, how="none"), cookies={
            "ts_sess": L(opaque(rng, "", 40), CRED),
            "ts_rem": W({"kisikis_id": L(LAYAWAY, BUY), "email": L(EMAIL, MAIL),
                         "lang": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("layaway_created", 1, total=L(3960, BUY)),
                ev("screen", 2, screen=L("Kisikis", USAGE))]}),
        case(f, f"{a}/v2/towu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tikitinsai_sdks() -> list[Case]:
    rng = random.Random(22022)
    link = U("https://tikitinsai.example.com/p", {"lw": L(LAYAWAY, BUY), "src": "sms",
                                                  "em": L(EMAIL, MAIL)})
    return [
        mn_batch(APP, rng, [("Layaway Created", {"total": L(3960, BUY)}),
                            ("Instalment Paid", {"amount": L(495, BUY)})],
                 at=AGENCY_FIX, nd=3),
        mn_identify(APP, rng, {"ffn": L(FFN, UID), "fonu": L("Tonoas", COARSE),
                               "trips": 1}),
        tw_launch(APP, rng, first=True),
        tw_link(APP, rng, link),
        tw_event(APP, rng, "purchase", {"kisikis_id": L(LAYAWAY, BUY)}, revenue=495.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=AGENCY_FIX, nd=2,
               keywords="travel,hawaii,flights"),
        bf_notice(APP, rng, "win"),
        cm_session(APP, rng, secs=388),
        ct_card(APP, rng, email=True),
        ct_confirm(APP, rng, "495.00"),
        ms_geocode(APP, rng, "Iras Lagoon Travel", SEARCH, near=AGENCY_FIX, nd=3),
        ha_message(APP, rng, L(f"My payment for {LAYAWAY} is not showing", f"{TEXT}|{BUY}"),
                   {"ffn": L(FFN, UID)}),
    ]
