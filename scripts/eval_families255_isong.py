"""An estate developer's plot-instalment app "Isongubon" (``isong ubon`` family land: she and her
husband are buying a 600 m² plot in a fictional estate on the outskirts of Uyo, paid over
eighteen months). Its API's keys are Efik in ASCII with the English words such APIs keep
(``email``, ``nin``, ``bvn``, ``plot``, ``estate``, ``id``, ``lat``/``lng``, ``token``):
``enyin`` first name, ``enyin_ubon`` surname, ``ukwak_iko`` phone, ``iko_ndibe`` password,
``usen_emana`` birth date, ``nwan_eren`` sex, ``pasport`` passport number (loan), ``itie_odung``
residence, ``obio`` town, ``utom`` work, ``ebe`` husband, ``owo_ubon`` next of kin, ``isong``
land, ``ibat_okuk`` amount, ``ukpe`` payment, ``akaunt`` bank account (loan), ``ofiong``
months, ``usen`` day, ``ini`` time, ``ekpere`` near, ``owo`` people / user, ``itie`` place,
``ndise`` photo, ``iko`` words, ``etop`` message, ``ndiyom`` search, ``ufan`` friend, ``kod``
code (loan). Calls: sign-up, an SMS code, ``/ami``, KYC (NIN, BVN, passport), estates near her
(2 decimals), an estate's plots, the subscription (husband as co-subscriber, mother-in-law as
next of kin), the deposit by bank transfer, a site-inspection booking, her check-in on the plot,
the corners walked (msgpack), plot photos, the schedule by subscriber number in the path, a
monthly instalment (gzip), the signed contract (PDF), the survey-plan fee, a message to the
agent, a search, a referral, receipts by cookie, inspection notes synced offline (JSON Lines),
push and events. Set 158 has a land search, survey and transfer between families and
set 162 a developer's off-plan flat; an estate developer's plot bought on instalments ("land
bank", "estate developer", "site inspection", "survey plan" matched nothing) is new."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families255_kit import (
    BVN,
    CB_HOME,
    CB_HOME_AT,
    ESTATE,
    HUSBAND,
    MIL_HOME,
    MOTHER_IL,
    NG_ACCOUNT,
    NIN,
    PASSPORT,
    PLOT,
    PLOT_AT,
    SITE_FIX,
    SUBSCRIBER,
    fix,
    hd,
    obj,
    ukwak,
)
from eval_families255_sdk import bf_bid, mc_batch, mc_identify, tn_event, tn_launch, tn_link
from eval_families255_svc import cl_confirm, cy_save, fn_eval, mm_reverse, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("isongubon", "Isongubon", "com.example.isongubon", "2.2.0",
          "https://api.isongubon.example.com")
IID = "X-Isongubon-Ukwak"
PW = "IsongUyo!2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
COLLEAGUE = ("Ekaette Bassey Henshaw", "+2348125550642")  # a colleague she refers (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def isongubon() -> list[Case]:
    rng = random.Random(25521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), subscriber=L(SUBSCRIBER, UID)))}
    sla, slo = fix(SITE_FIX)
    sched = at_path(case(f, f"{a}/v2/subscribers/{SUBSCRIBER}/schedule", headers=_h(rng, **b)),
                    SUBSCRIBER, UID)
    insp = obj(rng, "in")
    return [
        case(f, f"{a}/v2/owo", headers=_h(rng), body={
            "enyin": L(FIRST, NAMEC), "enyin_ubon": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "ukwak_iko": L(E164, TEL), "iko_ndibe": L(PW, CRED), "usen_emana": L(DOB, BIRTH),
            "referral": "radio"}),
        case(f, f"{a}/v2/auth/kod", fmt="form", headers=_h(rng), body={
            "ukwak_iko": L(E164, TEL), "kod": L("518204", CRED)}),
        case(f, f"{a}/v2/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kyc", headers=_h(rng, **b), body={
            "nin": L(NIN, NID), "bvn": L(BVN, NID), "pasport": L(PASSPORT, NID),
            "nwan_eren": L("nwan", GENDER), "itie_odung": L(CB_HOME["line"], ADDR),
            "obio": L(CB_HOME["town"], COARSE), "state": L(CB_HOME["state"], COARSE),
            "utom": "teacher", "subscriber": L(SUBSCRIBER, UID)}),
        case(f, f"{a}/v2/estates/ekpere", headers=_h(rng, **b), query={
            "lat": L(f"{CB_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{CB_HOME_AT[1]:.2f}", COARSE),
            "km": "120", "state": "AK"}),
        case(f, f"{a}/v2/estates/{ESTATE['id']}/plots", headers=_h(rng, **b),
             query={"size": "600", "status": "available"}),
        case(f, f"{a}/v2/subscriptions", headers=_h(rng, **b), body={
            "estate": ESTATE["id"], "plot": L(PLOT, BUY), "size_m2": 600,
            "ibat_okuk": L(12500000, BUY), "ofiong": 18, "ukpe_ofiong": L(555556, BUY),
            "ebe": {"enyin": L(HUSBAND[0], NAMEC), "ukwak_iko": L(HUSBAND[1], TEL)},
            "owo_ubon": {"enyin": L(MOTHER_IL[0], NAMEC), "ukwak_iko": L(MOTHER_IL[1], TEL),
                         "itie_odung": L(MIL_HOME["line"], ADDR),
                         "obio": L(MIL_HOME["town"], COARSE), "ebuana": "ukot"},
            "subscriber": L(SUBSCRIBER, UID)}),
        case(f, f"{a}/v2/ukpe/deposit", fmt="form", headers=_h(rng, **b), body={
            "plot": L(PLOT, BUY), "ibat_okuk": L("2500000.00", BUY), "currency": "NGN",
            "akaunt": L(NG_ACCOUNT, PAY), "bank": "Example Bank Nigeria",
            "transfer_ref": rid(rng)}),
        case(f, f"{a}/v2/inspections", headers=_h(rng, **b), body={
            "inspection": insp, "estate": ESTATE["id"], "usen": "2026-01-17", "ini": "10:00",
            "owo": 3, "ukwak_iko": L(E164, TEL), "bus_from": L("Calabar", COARSE)}),
        case(f, f"{a}/v2/inspections/{insp}/check_in", headers=_h(rng, **b), body={
            "plot": L(PLOT, BUY), "itie": {"lat": sla, "lng": slo, "acc": 6},
            "office": {"lat": ESTATE["lat"], "lng": ESTATE["lon"]}}),
        case(f, f"{a}/v2/plots/{PLOT}/corners", fmt="msgpack", headers=_h(rng, **b), body={
            "plot": L(PLOT, BUY), "walked_by": L(SUBSCRIBER, UID),
            "corners": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in PLOT_AT],
            "beacons": ["BC-3141", "BC-3142", "BC-3157", "BC-3158"]}),
        multipart(f, f"{a}/v2/plots/ndise", [
            ("ndise", "plot_front.jpg", "image/jpeg", L(JPEG + b"\x1b", MEDIA)),
            ("meta", None, "application/json", {
                "plot": L(PLOT, BUY),
                "iko": L("Our plot from the estate road, the beacon is behind the palm tree",
                         TEXT)})], headers=_h(rng, **b)),
        sched,
        case(f, f"{a}/v2/instalments", gz=True, headers=_h(rng, **b), body={
            "plot": L(PLOT, BUY), "ofiong": "2026-02", "ibat_okuk": L(555556, BUY),
            "akaunt": L(NG_ACCOUNT, PAY), "standing_order": True, "balance": L(9444444, BUY)}),
        multipart(f, f"{a}/v2/contracts", [
            ("contract", "contract_of_sale_signed.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"plot": L(PLOT, BUY),
                                                "signed_by": L(f"{FIRST} {LAST}", NAMEC),
                                                "witness": L(HUSBAND[0], NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/survey_plan", fmt="form", headers=_h(rng, **b), body={
            "plot": L(PLOT, BUY), "ibat_okuk": L("350000", BUY), "surveyor": "sv_0412",
            "ukpe": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/etop", headers=_h(rng, **b), body={
            "to": "agent_ug3_02",
            "etop": L("Please call my husband Etim Archibong on +2348035550117 before the "
                      "surveyor comes", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/ndiyom", headers=_h(rng, **b), query={
            "ndiyom": L("dry land near Uyo airport road 600sqm", SEARCH), "page": "1"}),
        case(f, f"{a}/v2/referrals", headers=_h(rng, **b), body={
            "ufan": {"enyin": L(COLLEAGUE[0], NAMEC), "ukwak_iko": L(COLLEAGUE[1], TEL)},
            "estate": ESTATE["id"], "code": opaque(rng, "RF", 6)}),
        case(f, f"{a}/v2/risit", headers=_h(rng, how="none"), cookies={
            "iu_sesion": L(opaque(rng, "", 40), CRED), "iu_ukwak": L(INSTALL_ID, DID),
            "iu_req": rid(rng)}),
        lines(f, f"{a}/v2/inspections/{insp}/notes", [
            {"plot": L(PLOT, BUY), "iko": L("Road not tarred yet, drainage on the east side",
                                            TEXT),
             "lat": L(SITE_FIX[0], PRECISE), "lng": L(SITE_FIX[1], PRECISE), "t": 1768641200},
            {"plot": L(PLOT, BUY), "iko": L("Neighbour plot already fenced", TEXT),
             "t": 1768641500}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/ukwak", headers=_h(rng, **b), body=ukwak(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("plot_reserved", 1, estate=ESTATE["id"]), ev("instalment_paid", 2),
                ev("screen", 3, screen=L("PaymentSchedule", USAGE))]}),
    ]


def isongubon_sdks() -> list[Case]:
    rng = random.Random(25522)
    link = U("https://isongubon.example.com/p", {"plot": L(PLOT, BUY), "src": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Plot Reserved", {"estate": ESTATE["id"]}),
                            ("Deposit Paid", {"amount": L(2500000, BUY)})],
                 at=CB_HOME_AT, nd=2),
        mc_identify(APP, rng, {"obio": L("Calabar", COARSE), "state": L("Cross River", COARSE),
                               "subscriber": L(SUBSCRIBER, UID), "plan_months": 18}),
        tn_launch(APP, rng, first=True, user=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "deposit", {"plot": L(PLOT, BUY)}, revenue=2500000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="land,estate,uyo"),
        fn_eval(APP, rng, {"state": L("Cross River", COARSE), "plan": "18m"}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_confirm(APP, rng, "350000.00", "ngn"),
        mm_route(APP, rng, [(CB_HOME_AT, PRECISE), ((ESTATE["lat"], ESTATE["lon"]), None)]),
        mm_reverse(APP, rng, SITE_FIX, PRECISE, nd=5),
    ]
