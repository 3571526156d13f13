"""Catholic parish app "Sakramentu" (a Farol parish in Dili): sign-up and log-in, ``/me`` by a
session header, the family's record (her and her husband's faith, baptisms and church wedding,
the children), her baby daughter's baptism (godparents, the birth certificate and a godparent's
confirmation certificate), her son's first communion (his baptism, a low-gluten host) and his
photo, Mass times, a Mass intention and a donation, a reconciliation slot, a prayer request, a
certificate, choir volunteering, a calendar by e-mail, the streamed Mass's protobuf heartbeat,
the sacraments by user ID in the path, push, events and the bulletin by cookie."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import head
from eval_families129_kit import (
    DAUGHTER,
    GODPARENTS,
    HER_BAPTISM,
    HOME_LINE,
    HUSBAND,
    PARISH,
    SON,
    obj,
)
from eval_families129_sdk import ct_crash, ct_crumb, tk_batch, tk_beacon, tl_launch
from eval_families129_svc import (
    ao_message,
    bh_opened,
    bh_register,
    cp_card,
    cp_confirm,
    fw_eval,
    ol_check,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, L, case

APP = App("sakramentu", "Sakramentu", "com.example.sakramentu", "1.12.4",
          "https://api.sakramentu.example.org")
IID = "X-Sakramentu-Install"
CATHOLIC = "Katóliku Romanu"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def sakramentu() -> list[Case]:
    rng = random.Random(12921)
    a, f = APP.api, APP.fam
    s = {"auth": "session"}
    bap, fc = obj(rng, "bap", 8), obj(rng, "fc", 8)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, "live_mass_0712"), (3, L(1260, USAGE)),
               (4, L("Asia/Dili", DEV)), (5, 720)], "", lab)
    return [
        case(f, f"{a}/api/accounts", headers=_h(rng, lang=True), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L("Esperansa#1208", CRED), "parish": PARISH["id"]}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Esperansa#1208", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, **s)),
        case(f, f"{a}/api/families", headers=_h(rng, **s), body={
            "parish": PARISH["id"], "address": {"line": L(HOME_LINE, ADDR),
                                                "suku": L("Motael", COARSE)},
            "members": [
                {"role": "mother", "name": L(NAME, NAMEC), "birthDate": L(DOB, BIRTH),
                 "religion": L(CATHOLIC, SENS), "baptizedAt": L(HER_BAPTISM[0], SENS),
                 "baptismDate": L(HER_BAPTISM[1], SENS)},
                {"role": "father", "name": L(HUSBAND[0], NAMEC),
                 "religion": L(CATHOLIC, SENS), "phone": L(HUSBAND[1], TEL)},
                {"role": "child", "name": L(SON[0], NAMEC), "birthDate": L(SON[1], BIRTH)},
                {"role": "child", "name": L(DAUGHTER[0], NAMEC),
                 "birthDate": L(DAUGHTER[1], BIRTH)}],
            "churchWedding": {"date": L("2012-06-30", SENS),
                              "parish": L("Igreja Motael, Dili", SENS)}}),
        case(f, f"{a}/api/baptisms", headers=_h(rng, **s), body={
            "request": bap, "child": {"name": L(DAUGHTER[0], NAMEC),
                                      "birthDate": L(DAUGHTER[1], BIRTH),
                                      "birthPlace": L("Dili", COARSE)},
            "parents": [L(NAME, NAMEC), L(HUSBAND[0], NAMEC)],
            "godparents": [{"name": L(n, NAMEC), "phone": L(p, TEL),
                            "confirmed": L(True, SENS)} for n, p in GODPARENTS],
            "preferredDate": "2026-01-11", "preparationClass": "pc_jan_2"}),
        multipart(f, f"{a}/api/baptisms/{bap}/documents", [
            ("birth_certificate", "certidao.jpg", "image/jpeg",
             L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("godparent_confirmation", "krisma.jpg", "image/jpeg",
             L(JPEG + b"\x92", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"request": bap, "count": 2})],
            headers=_h(rng, **s)),
        case(f, f"{a}/api/first-communion", headers=_h(rng, **s), body={
            "registration": fc, "child": {"name": L(SON[0], NAMEC), "birthDate": L(SON[1], BIRTH),
                                          "baptismParish": L("Igreja Motael, Dili", SENS),
                                          "baptismDate": L("2013-05-19", SENS)},
            "catechismGroup": "cg_sat_09", "lowGlutenHost": L(True, MED),
            "guardianPhone": L(PHONE, TEL)}),
        multipart(f, f"{a}/api/first-communion/{fc}/photo", [
            ("photo", "lucas.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {"registration": fc, "crop": [0, 0, 600, 800]})],
            headers=_h(rng, **s)),
        case(f, f"{a}/api/masses", headers=_h(rng, how="none"),
             query={"parish": PARISH["id"], "from": "2025-12-13", "lang": "tet"}),
        case(f, f"{a}/api/intentions", fmt="form", headers=_h(rng, **s), body={
            "mass": "ms_1214_0700", "intention": L("For the soul of my father, Richard Doe",
                                                   f"{TEXT}|{SENS}|{NAMEC}"),
            "offering": L("10.00", BUY)}),
        case(f, f"{a}/api/donations", headers=_h(rng, **s), body={
            "amount": L("20.00", BUY), "recurring": "monthly", "fund": "tithe",
            "method": L(opaque(rng, "pm_", 24), PAY), "receiptEmail": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/reconciliation", headers=_h(rng, **s), body={
            "slot": "rc_1219_1600", "sacrament": L("reconciliation", SENS),
            "priest": "pr_0031", "reminder": True}),
        case(f, f"{a}/api/prayer-requests", headers=_h(rng, **s), body={
            "text": L("Please pray for my mother, who has surgery for breast cancer in Albany "
                      "on the 19th.", f"{TEXT}|{SENS}|{MED}"), "public": False}),
        case(f, f"{a}/api/certificates/baptism/{bap}", headers=_h(rng, **s),
             query={"lang": "pt", "format": "pdf"}),
        case(f, f"{a}/api/volunteers", fmt="form", headers=_h(rng, **s), body={
            "ministry": "choir", "name": L(NAME, NAMEC), "phone": L(E164, TEL),
            "voice": "alto"}),
        case(f, f"{a}/api/calendar/subscribe", fmt="form", headers=_h(rng, **s), body={
            "email": L(EMAIL, MAIL), "feeds": "masses,catechism"}),
        raw(f, f"{a}/api/live/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **s)),
        at_path(case(f, f"{a}/api/users/{USER_ID}/sacraments", headers=_h(rng, **s)),
                USER_ID, UID),
        case(f, f"{a}/api/devices", headers=_h(rng, **s), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **s), body={
            "userId": L(USER_ID, UID), "events": [
                ev("baptism_requested", 1), ev("mass_times_viewed", 2),
                ev("screen", 3, screen=L("FirstCommunion", USAGE))]}),
        case(f, f"{a}/api/bulletins/latest", headers=_h(rng, how="none"),
             cookies={"skr_session": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/api/auth/refresh", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rf_", 44), CRED)}),
        case(f, f"{a}/api/parish/{PARISH['id']}/contact", headers=_h(rng, **s)),
    ]


def sakramentu_sdks() -> list[Case]:
    rng = random.Random(12922)
    return [
        tk_batch(APP, rng, [("Baptism Requested", {"preparation": "pc_jan_2"}),
                            ("Donation Made", {"amount": L(20.0, BUY), "fund": "tithe"})]),
        tk_beacon(APP, rng, "mass_times_viewed", {"parish": PARISH["id"]}),
        tl_launch(APP, rng, user=True, n=9),
        ol_check(APP, rng, {"analytics": True, "ads": False}),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "godparent list empty"),
                 [ct_crumb("nav", "Family -> Baptism"), ct_crumb("tap", "add_godparent")],
                 screen="BaptismActivity"),
        fw_eval(APP, rng, {"parish": PARISH["id"], "liveMass": True}),
        bh_register(APP, rng, tags={"parish": PARISH["id"],
                                    "preparing": L("first_communion", SENS)}),
        bh_opened(APP, rng, "cmp_advent_2"),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "20.00"),
        ao_message(APP, rng, L("Can the baptism of Ana be on 11 January? Her godfather Rui "
                               "flies in from Baucau.", f"{TEXT}|{SENS}|{NAMEC}"),
                   {"parish": PARISH["id"]}),
    ]
