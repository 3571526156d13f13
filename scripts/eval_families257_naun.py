"""The Yap State building-permit office's app "Naunpermit" (``naun`` house: she applies for a
permit for their new typhoon-strapped concrete house on the husband's family estate). Its API's
keys are Yapese with the office's English form words (``permit``, ``parcel``, ``stage``):
``fithingan`` first name, ``fithingan_e_tabinaw`` family name, ``imeil`` e-mail, ``telefon``
phone, ``thin_ko_mith`` password, ``tafen`` residence (address line), ``tabinaw`` estate,
``binaw`` village, ``nam`` municipality, ``naun`` house, ``babyor`` document, ``salpiy`` fee,
``pi_salpiy`` payment, ``sasing`` photo, ``thin`` message, ``gay`` search, ``rran`` day,
``chitiningin`` his mother (the land holder): the applicant account with her passport, an
e-mail code, ``/me``, the application (the parcel and the plot's corners), the site plan (PDF),
the land holder's consent letter (photo), the fee, an inspection booking, a site photo with her
fix, a protobuf progress beat, the application by permit number in the path, a message to the
inspector, an offline photo log (JSON Lines), the strap list (msgpack), the septic and catchment
form, a search, the neighbours notified, a cookie GET, the occupancy request (base64 JSON in a
form field), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families257_kit import (
    APPLICANT,
    ESTATE,
    HOME_AT,
    MOTHER_IL,
    PARCEL,
    PASSPORT,
    PERMIT,
    PERMIT_OFFICE,
    PLOT_AT,
    YAP_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families257_sdk import cm_session, rt_launch, rt_link, tm_batch, tm_pixel
from eval_families257_svc import (
    ff_eval,
    fp_card,
    fp_confirm,
    ha_attach,
    mw_reverse,
    mw_telemetry,
    pp_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, U, W, case

APP = App("naunpermit", "Naunpermit", "com.example.naunpermit", "1.2.7",
          "https://api.naunpermit.example.org")
IID = "X-Naun-Device"
PW = "Naun2026$Falaw"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
CORNERS = [(9.541011, 138.157801), (9.541032, 138.158012), (9.540812, 138.158033),
           (9.540794, 138.157822)]  # the plot's corners on the estate (hers: precise)
NEIGHBOUR = ("Joseph Falmed", "Maathib")  # the adjoining estate's head and its name


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def naunpermit() -> list[Case]:
    rng = random.Random(25761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), applicant=L(APPLICANT, UID)))}
    pla, plo = fix(PLOT_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PERMIT, BUY)), (2, "footing"), (3, 1769212800),
               (4, [(1, L(PLOT_AT[0], PRECISE)), (2, L(PLOT_AT[1], PRECISE))]),
               (5, L(81, DEV))], "", lab)
    status = at_path(case(f, f"{a}/v1/permits/{PERMIT}", headers=_h(rng, **b)), PERMIT, BUY)
    return [
        case(f, f"{a}/v1/applicants", headers=_h(rng), body={
            "fithingan": L(FIRST, NAMEC), "fithingan_e_tabinaw": L(LAST, NAMEC),
            "imeil": L(EMAIL, MAIL), "telefon": L(E164, TEL), "thin_ko_mith": L(PW, CRED),
            "tafen": L(YAP_HOME["line"], ADDR), "binaw": L(YAP_HOME["village"], COARSE),
            "nam": L(YAP_HOME["muni"], COARSE), "zip": L(YAP_HOME["zip"], COARSE),
            "id_doc": {"kind": "passport", "number": L(PASSPORT, NID)},
            "applicant_id": L(APPLICANT, UID)}),
        case(f, f"{a}/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL, MAIL), "code": L("914402", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/permits", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "parcel": L(PARCEL, ADDR), "tabinaw": L(ESTATE, ADDR),
            "binaw": L(YAP_HOME["village"], COARSE),
            "naun": {"floors": 1, "area_m2": 96, "walls": "concrete block", "roof": "slab",
                     "typhoon_straps": True},
            "corners": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in CORNERS],
            "land_holder": {"fithingan": L(MOTHER_IL[0], NAMEC), "relation": "chitiningin"},
            "contractor": "ctr_waab_builders", "fee_class": "R1"}),
        multipart(f, f"{a}/v1/permits/babyor", [
            ("babyor", "site_plan.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"permit": L(PERMIT, BUY), "kind": "site_plan"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/permits/consent", [
            ("sasing", "consent_letter.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {
                "permit": L(PERMIT, BUY), "signed_by": L(MOTHER_IL[0], NAMEC),
                "telefon": L(MOTHER_IL[1], TEL)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/fees", fmt="form", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "salpiy": L("150.00", BUY), "currency": "USD",
            "pi_salpiy": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/inspections", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "stage": "footing", "rran": "2026-01-28",
            "slot": obj(rng, "sl"), "inspector": "ins_04"}),
        multipart(f, f"{a}/v1/site/photos", [
            ("sasing", "footing.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {"permit": L(PERMIT, BUY), "stage": "footing",
                                                "lat": pla, "lon": plo})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/site/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v1/thin", headers=_h(rng, **b), body={
            "to": "ins_04", "permit": L(PERMIT, BUY),
            "thin": L("The rebar is tied, could you come Wednesday morning? The road to the "
                      "estate is muddy, park by the meeting house.", TEXT)}),
        lines(f, f"{a}/v1/site/log", [
            {"permit": L(PERMIT, BUY), "stage": "slab", "photo": "p_0441",
             "lat": L(round(PLOT_AT[0], 5), PRECISE), "lon": L(round(PLOT_AT[1], 5), PRECISE)},
            {"permit": L(PERMIT, BUY), "stage": "walls", "photo": "p_0442",
             "lat": L(round(PLOT_AT[0], 5), PRECISE), "lon": L(round(PLOT_AT[1], 5), PRECISE)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/permits/straps", fmt="msgpack", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "items": [{"part": "H2.5 hurricane tie", "qty": 48},
                                                {"part": "anchor bolt 5/8", "qty": 22}]}),
        case(f, f"{a}/v1/permits/sanitation", fmt="form", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "septic": "two_chamber", "catchment_gal": "1500",
            "distance_well_ft": "75"}),
        case(f, f"{a}/v1/gay", headers=_h(rng, **b), query={
            "gay": L("typhoon strap spacing rule", SEARCH)}),
        case(f, f"{a}/v1/permits/neighbours", headers=_h(rng, **b), body={
            "permit": L(PERMIT, BUY), "neighbours": [
                {"fithingan": L(NEIGHBOUR[0], NAMEC), "tabinaw": L(NEIGHBOUR[1], ADDR)}],
            "notified_by": "hand"}),
        case(f, f"{a}/v1/permits/mine", headers=_h(rng, how="none"), cookies={
            "np_sid": L(opaque(rng, "", 40), CRED), "np_applicant": L(APPLICANT, UID),
            "np_req": rid(rng)}),
        case(f, f"{a}/v1/occupancy", fmt="form", headers=_h(rng, **b), body={
            "data": W({"applicant_id": L(APPLICANT, UID), "telefon": L(NATIONAL, TEL),
                       "tafen": L(YAP_HOME["line"], ADDR), "permit": L(PERMIT, BUY)}, "b64json"),
            "v": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("permit_submitted", 1), ev("screen", 2, screen=L("Inspections", USAGE))]}),
    ]


def naunpermit_sdks() -> list[Case]:
    rng = random.Random(25762)
    link = U("https://naunpermit.example.org/p", {"permit": L(PERMIT, BUY), "ref": "mail",
                                                  "em": L(EMAIL, MAIL)})
    return [
        tm_batch(APP, rng, [("Permit Submitted", {"class": "R1"}),
                            ("Fee Paid", {"amount": L(150, BUY)})], at=PLOT_AT, nd=3),
        tm_pixel(APP, rng, "Status Opened", {"stage": "footing"}),
        rt_launch(APP, rng, first=True),
        rt_link(APP, rng, link),
        cm_session(APP, rng, secs=733),
        ff_eval(APP, rng, {"office": PERMIT_OFFICE["id"], "nam": L("Tomil", COARSE)}),
        pp_register(APP, rng, at=HOME_AT, nd=2, tags={"nam": L("Tomil", COARSE)}),
        fp_card(APP, rng),
        fp_confirm(APP, rng, "150.00"),
        mw_reverse(APP, rng, PLOT_AT, PRECISE, nd=5),
        mw_telemetry(APP, rng, [PLOT_AT, HOME_AT], PRECISE),
        ha_attach(APP, rng, L(JPEG + b"\x3d", MEDIA), "crack.jpg", "image/jpeg"),
    ]
