"""An Orthodox parish's app "Samreklo" (candles, commemoration lists, confession slots; English
API with a few Georgian words): registration in the parish register, an OAuth password grant,
``/me``, a candle lit online, names for commemoration (living and departed: her husband's family),
a confession slot, the Sunday Liturgy attendance with her fix, a fasting calendar, Nino's first
communion class, a donation for the bell tower, a prayer request, a pilgrimage bus seat, a choir
rota, a photo for the parish album, a message to the priest, the register entry by number in the
path, a receipt by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
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
from eval_families151_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    HUSBAND,
    MOTHER_IL,
    PARISHIONER,
    TB_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families151_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families151_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("samreklo", "Samreklo", "com.example.samreklo", "1.14.0",
          "https://api.samreklo.example.org")
IID = "X-Samreklo-Device"
PW = "Mtatsminda#2026"
REL = f"{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def samreklo() -> list[Case]:
    rng = random.Random(15111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), parishioner=L(PARISHIONER, UID),
                                    parish=L(CHURCH["name"], REL)))}
    cla, clo = fix(CHURCH_FIX, 4)
    reg = at_path(case(f, f"{a}/v1/register/{PARISHIONER}", headers=_h(rng, **b)),
                  PARISHIONER, UID)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phone": L(E164, TEL), "password": L(PW, "secret.credential"),
            "birthDate": L(DOB, BIRTH), "baptismalName": L("Ekaterine", REL),
            "baptised": L("2019-08-28", REL), "parish": L(CHURCH["id"], REL),
            "confession": L("Georgian Orthodox", REL), "spouse": L(HUSBAND[0], NAMEC),
            "register": L(PARISHIONER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "samreklo-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/candles", headers=_h(rng, **b), body={
            "icon": "ic_st_nino", "count": 3, "amount": L(6, BUY), "currency": "GEL",
            "intention": L("For Nino's health and her exams", f"{TEXT}|{REL}"),
            "parish": L(CHURCH["id"], REL)}),
        case(f, f"{a}/v1/commemorations", headers=_h(rng, **b), body={
            "kind": L("panikhida", REL), "date": "2026-01-17",
            "departed": [L("Giorgi Meskhishvili", NAMEC), L("Eteri Meskhishvili", NAMEC)],
            "living": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC),
                       L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC)],
            "donation": L(20, BUY)}),
        case(f, f"{a}/v1/confession/slots", headers=_h(rng, **b), query={
            "parish": L(CHURCH["id"], REL), "week": "2026-W03"}),
        case(f, f"{a}/v1/confession/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "priest": "pr_fr_ioane", "kind": L("confession", REL),
            "register": L(PARISHIONER, UID)}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "service": L("Divine Liturgy", REL), "date": "2026-01-11",
            "at": {"lat": cla, "lng": clo}, "church": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]},
            "communion": L(True, REL)}),
        case(f, f"{a}/v1/fasting/calendar", headers=_h(rng, **b), query={
            "tradition": L("georgian-orthodox", REL), "year": "2026"}),
        case(f, f"{a}/v1/catechesis/enrol", headers=_h(rng, **b), body={
            "class": L("first-communion-children", REL),
            "child": {"firstName": L(DAUGHTER["first"], NAMEC), "lastName": L(DAUGHTER["last"],
            NAMEC),
                      "birthDate": L(DAUGHTER["dob"], BIRTH), "sex": L(DAUGHTER["sex"],
                      "personal.gender"),
                      "baptised": L(True, REL), "allergies": L("hazelnut", MED)},
            "guardian": L(PARISHIONER, UID)}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "fund": L("bell-tower", REL), "amount": L("50", BUY), "currency": "GEL",
            "method": L(opaque(rng, "pm_", 24), "financial.payment"), "anonymous": "false"}),
        case(f, f"{a}/v1/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Please pray for my mother-in-law Manana, her heart surgery is on Friday",
                      f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "visibility": "clergy"}),
        case(f, f"{a}/v1/pilgrimage/seats", headers=_h(rng, **b), body={
            "trip": "pg_mtskheta_jan", "seats": 2,
            "passengers": [L(f"{FIRST} {LAST}", NAMEC), L(f"{DAUGHTER['first']} {DAUGHTER['last']}",
                                                         NAMEC)],
            "amount": L(30, BUY), "pickup": "Vake Park gate"}),
        case(f, f"{a}/v1/choir/rota", headers=_h(rng, **b), query={
            "member": L(PARISHIONER, UID), "month": "2026-01"}),
        multipart(f, f"{a}/v1/album/photos", [
            ("photo", "epiphany.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "album": "epiphany-2026",
                "caption": L("Epiphany water blessing with Nino and Davit", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "pr_fr_ioane",
            "text": L("Mama Ioane, can Nino's godmother Salome Abashidze (+995599330128) join the "
                      "class?", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        reg,
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "sk_session": L(opaque(rng, "", 40), CRED), "sk_device": L(INSTALL_ID, DID),
            "sk_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("candle_lit", 1, count=3), ev("screen", 2, screen=L("Commemorations", USAGE)),
                ev("donation", 3, fund=L("bell-tower", REL))]}),
    ]


def samreklo_sdks() -> list[Case]:
    rng = random.Random(15112)
    return [
        mc_batch(APP, rng, [("Candle Lit", {"count": 3}),
                            ("Service Attended", {"service": L("Divine Liturgy", REL)})],
                 at=CHURCH_FIX, nd=2),
        mc_identify(APP, rng, {"parish": L(CHURCH["name"], REL),
                               "register": L(PARISHIONER, UID), "city": L("Tbilisi", COARSE)}),
        mc_pixel(APP, rng, "Reading Opened", {"day": "2026-01-14"}),
        tn_event(APP, rng, "donation", {"fund": L("bell-tower", REL)}, revenue=50.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/donations"),
                 [cd_crumb("nav", "Home -> Give"), cd_crumb("tap", "give_button")],
                 screen="GiveActivity"),
        pt_register(APP, rng, at=TB_HOME_AT, nd=2,
                    tags={"parish": L("St. George Vake", REL), "choir": "alto"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "50.00"),
        mm_route(APP, rng, [(TB_HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
        hs_message(APP, rng, L("My donation receipt for the bell tower did not arrive",
                               f"{TEXT}|{REL}"), {"register": L(PARISHIONER, UID)}),
    ]
