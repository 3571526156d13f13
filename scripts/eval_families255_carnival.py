"""A Calabar Carnival band's members' app "Ofongunek" (``ofong unek`` dance costume: she dances
in the Ekombi Pride band's women's section on the December street parade). Its API's keys are
Efik in ASCII (a Calabar developer's spelling, without the dots and the ``n̄``) with the English
words APIs keep (``email``, ``token``, ``id``, ``lat``/``lng``, ``band``, ``section``):
``enyin`` first name, ``enyin_ubon`` surname (lit. "family name"), ``ukwak_iko`` phone (lit.
"iron of words"), ``iko_ndibe`` password (lit. "hidden word"), ``usen_emana`` birth date,
``nwan_eren`` sex (``nwan`` woman), ``itie_odung`` residence (street line), ``obio`` town,
``owo_ubon`` next of kin, ``ebuana`` relation, ``ebe`` husband, ``andibuana`` member,
``ibat_andibuana`` member number, ``ndiduk`` log in (lit. "to enter"), ``ti_mi`` remember me,
``ndiworo`` log out (lit. "to go out"), ``ami`` me, ``ibat_okuk`` amount, ``ukpe`` payment,
``esop`` the band as a body (dues), ``ofiong`` month, ``ofong_unek`` costume, ``idem`` body,
``anyan_idem`` height, ``udobi`` weight (lit. "heaviness"), ``isin`` waist, ``sais`` size
(loan), ``inang_akpatre`` last four digits, ``nkpo`` items, ``ibat`` quantity, ``okuk`` price,
``ukpep_unek`` rehearsal, ``itie`` place, ``ndise`` photo, ``iko`` words (a caption),
``etop`` message, ``tiket`` ticket (loan), ``owo`` person / user, ``ndiyom`` search, ``risit``
receipts (loan), ``nsongidem`` health, ``udongo`` illness, ``ibok`` medicine, ``iyip`` blood,
``nkpo_anam`` events (lit. "things done"), ``ukwak`` device, ``usem`` language, ``ini_obio``
time zone. Calls: sign-up, log-in, ``/ami``, dues, the costume measurements, the costume order
and its card payment, rehearsal check-in with her fix, a protobuf rehearsal beat, the schedule,
accessories (msgpack), a fitting photo, a message to the section leader, a stand ticket for her
sister, a search, receipts by cookie, a wristband pairing (base64 JSON in a form field), the
membership card by number in the path, the parade health form (gzip), push, events and a
log-out. Earlier carnival sets (101: rara and carnival tickets; 155: a nippers club's carnival
entry; 168: a children's carnival-mask group) are not an adult parade band's membership app
("carnival band", "costume band" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families255_kit import (
    BAND,
    CB_HOME,
    CB_HOME_AT,
    COSTUME,
    HUSBAND,
    MEMBER,
    REHEARSAL_FIX,
    SISTER_US,
    fix,
    hd,
    obj,
    ukwak,
)
from eval_families255_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families255_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ofongunek", "Ofongunek", "com.example.ofongunek", "3.4.1",
          "https://api.ofongunek.example.com")
IID = "X-Ofongunek-Ukwak"
PW = "Ekombi#Marina25"
DOB_NG = "17/05/1991"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, efi=True, **kw)


def ofongunek() -> list[Case]:
    rng = random.Random(25511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ibat_andibuana=L(MEMBER, UID),
                                    band=BAND["id"]))}
    rla, rlo = fix(REHEARSAL_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, BAND["id"]), (3, 1765380000),
               (4, [(1, L(REHEARSAL_FIX[0], PRECISE)), (2, L(REHEARSAL_FIX[1], PRECISE)),
                    (3, 9.0)]),
               (5, L(4120, FIT)), (6, L(63, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/v1/andibuana/{MEMBER}/kad", headers=_h(rng, **b),
                        query={"format": "qr"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/andibuana", headers=_h(rng), body={
            "enyin": L(FIRST, NAMEC), "enyin_ubon": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "ukwak_iko": L(E164, TEL), "iko_ndibe": L(PW, CRED),
            "usen_emana": L(DOB_NG, BIRTH), "nwan_eren": L("nwan", GENDER),
            "itie_odung": L(CB_HOME["line"], ADDR), "obio": L(CB_HOME["town"], COARSE),
            "band": BAND["id"], "ibat_andibuana": L(MEMBER, UID), "section": "women_front",
            "owo_ubon": {"enyin": L(HUSBAND[0], NAMEC), "ukwak_iko": L(HUSBAND[1], TEL),
                         "ebuana": "ebe"}}),
        case(f, f"{a}/api/v1/ndiduk", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "iko_ndibe": L(PW, CRED), "ti_mi": "1"}),
        case(f, f"{a}/api/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/ukpe/esop", fmt="form", headers=_h(rng, **b), body={
            "ibat_andibuana": L(MEMBER, UID), "ofiong": "2025-11", "ibat_okuk": L("25000.00", BUY),
            "currency": "NGN", "ukpe": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/ofong_unek/idem", headers=_h(rng, **b), body={
            "ibat_andibuana": L(MEMBER, UID), "anyan_idem": L(168, FIT), "udobi": L(64, FIT),
            "isin": L(76, FIT), "chest_cm": L(92, FIT), "hips_cm": L(101, FIT),
            "sais": L("L", FIT), "shoe_eu": 40}),
        case(f, f"{a}/api/v1/ofong_unek", headers=_h(rng, **b), body={
            "ibat_andibuana": L(MEMBER, UID), "order": L(COSTUME, BUY), "design": "ekombi_red_25",
            "beads": "coral", "headpiece": True, "ibat_okuk": L(85000, BUY),
            "iko": L("Mbok, make the skirt a little longer, I am tall", TEXT)}),
        case(f, f"{a}/api/v1/ofong_unek/ukpe", fmt="form", headers=_h(rng, **b), body={
            "order": L(COSTUME, BUY), "ibat_okuk": L("85000.00", BUY), "currency": "NGN",
            "ukpe": L(opaque(rng, "pm_", 24), PAY), "inang_akpatre": L("4444", PAY)}),
        case(f, f"{a}/api/v1/ukpep_unek/check_in", headers=_h(rng, **b), body={
            "session": obj(rng, "rh"), "itie": {"lat": rla, "lng": rlo, "acc": 9},
            "yard": {"lat": BAND["lat"], "lng": BAND["lon"]}, "ibat_andibuana": L(MEMBER, UID)}),
        raw(f, f"{a}/api/v1/ukpep_unek/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ukpep_unek", headers=_h(rng, **b), query={
            "band": BAND["id"], "ofiong": "2025-12", "section": "women_front"}),
        case(f, f"{a}/api/v1/ofong_unek/nkpo", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(COSTUME, BUY),
            "nkpo": [{"item": "fan_feather", "ibat": 1, "okuk": 7500},
                     {"item": "ankle_beads", "ibat": 2, "okuk": 4000}],
            "ibat_okuk": L(15500, BUY), "ibat_andibuana": L(MEMBER, UID)}),
        multipart(f, f"{a}/api/v1/ndise", [
            ("ndise", "fitting.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "ibat_andibuana": L(MEMBER, UID),
                "iko": L("First fitting of the red costume at the yard", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/etop", headers=_h(rng, **b), body={
            "to": "lead_women_front",
            "etop": L("Mma section leader, I will miss Tuesday's rehearsal, I travel to Uyo. "
                      "Abasi odiong fi!", TEXT)}),
        case(f, f"{a}/api/v1/tiket", headers=_h(rng, **b), body={
            "stand": "marina_b", "day": "2025-12-27",
            "owo": {"enyin": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "ibat_okuk": L(20000, BUY), "ticket_ref": opaque(rng, "TK", 8)}),
        case(f, f"{a}/api/v1/ndiyom", headers=_h(rng, **b), query={
            "ndiyom": L("red coral beads headpiece size L", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/risit", headers=_h(rng, how="none"), cookies={
            "ou_sesion": L(opaque(rng, "", 40), CRED), "ou_ukwak": L(INSTALL_ID, DID),
            "ou_req": rid(rng)}),
        case(f, f"{a}/api/v1/wristband", fmt="form", headers=_h(rng, **b), body={
            "data": W({"ibat_andibuana": L(MEMBER, UID), "ukwak_iko": L(NATIONAL, TEL),
                       "usen_emana": L(DOB_NG, BIRTH), "band_tag": "rf_7c21"}, "b64json"),
            "v": "2"}),
        card,
        case(f, f"{a}/api/v1/nsongidem", gz=True, headers=_h(rng, **b), body={
            "ibat_andibuana": L(MEMBER, UID), "udongo": [L("high blood pressure", MED)],
            "ibok": [L("amlodipine 5 mg", MED)], "iyip": L("O+", MED),
            "owo_ubon": {"enyin": L(HUSBAND[0], NAMEC), "ukwak_iko": L(HUSBAND[1], TEL)},
            "km_walk_ok": True}),
        case(f, f"{a}/api/v1/ukwak", headers=_h(rng, **b), body=ukwak(push_token(rng))),
        case(f, f"{a}/api/v1/nkpo_anam", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("costume_ordered", 1, band=BAND["id"]), ev("dues_paid", 2, ofiong="2025-11"),
                ev("screen", 3, screen=L("RehearsalPlan", USAGE))]}),
        case(f, f"{a}/api/v1/ndiworo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ukwak": L(INSTALL_ID, DID)}),
    ]


def ofongunek_sdks() -> list[Case]:
    rng = random.Random(25512)
    return [
        mc_batch(APP, rng, [("Costume Ordered", {"total": L(85000, BUY)}),
                            ("Rehearsal Checked In", {"band": BAND["id"]})],
                 at=REHEARSAL_FIX, nd=2),
        mc_identify(APP, rng, {"obio": L("Calabar", COARSE), "band": BAND["id"],
                               "ibat_andibuana": L(MEMBER, UID), "section": "women_front"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"order": L(COSTUME, BUY)}, revenue=85000.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=REHEARSAL_FIX, nd=3,
               keywords="carnival,calabar,costume"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "route map tiles missing"),
                 [cd_crumb("nav", "Home -> Usung"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/api/v1/usung/2025", "status": 200})],
                 screen="RouteActivity"),
        pt_register(APP, rng, lang="efi", at=CB_HOME_AT, nd=2,
                    tags={"band": BAND["id"], "section": "women_front"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "85000.00", "ngn"),
        hs_message(APP, rng, L(f"My costume order {COSTUME} shows unpaid", f"{TEXT}|{BUY}"),
                   {"ibat_andibuana": L(MEMBER, UID)}),
    ]
