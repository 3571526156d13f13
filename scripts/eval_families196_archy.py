"""The Aiyy faith house's app "Archy Dyiete" (archy dyiete, "house of purification": the
traditional Sakha faith's centre in Yakutsk; she joined her husband's family's faith; rites,
blessings, the Ysyakh offering, donations). Keys Sakha with some English: ``itegel`` faith,
``sier_tuom`` rite, ``archy`` purification, ``algys`` blessing, ``algyschyt`` the one who
blesses, ``kut`` soul (a ``kut`` consultation), ``belekh`` gift (a donation), ``fond``,
``yhyakh`` the summer festival, ``kyttyy`` taking part, ``ytyk_sir`` sacred place, ``kimner``
who (the people named), ``kihiler`` people, ``kelbit`` came (attendance), ``ebe``
grandmother, ``iye`` mother, and the shared ``aata``, ``familiyata``, ``telefon``,
``kistelen_tyl``, ``toroobut_kun``, ``kergen`` spouse, ``ogo`` child, ``nehilieke`` village,
``sir``, ``suuma``, ``tolobur``, ``suruk``, ``sanaa``, ``kordoo``, ``khartyyna``, ``teril``,
``tugennar``, ``min``. Religion apps exist (parishes, temples, mosques, pilgrimages), none for
the Sakha Aiyy faith or any Tengrian faith (docstring grep for "aiyy", "algys", "tengri",
"shaman"); calls and shape follow the kind. Calls: registration (her faith), an OAuth password
grant, ``/min``, the rites calendar, a purification rite booked for her and Sardaana, a blessing
for the village house, attendance with her fix (4 decimals), a donation, the Ysyakh offering, a
rite photo, a message naming her mother-in-law's illness, the member certificate by number in
the path, a search, a ``kut`` consultation (her sleep), receipts by cookie, a sacred-place trip,
saved blessings (JSON Lines), a review, the calendar subscription, push, events and a
log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    PRECISE,
    SEARCH,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families196_kit import (
    DAUGHTER,
    FAITH,
    FAITH_FIX,
    HUSBAND,
    MOTHER_IL,
    VILLAGE,
    YK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families196_sdk import am_batch, am_identify, am_pixel, ct_crash, ct_crumb, ts_event
from eval_families196_svc import (
    cc_save,
    ck_card,
    ck_confirm,
    hk_message,
    mo_route,
    pb_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("archy", "Archy Dyiete", "com.example.archydyiete", "1.3.4",
          "https://api.archydyiete.example.org")
IID = "X-Archy-Teril"
PW = "Aar-Aiyy#2026"
MEMBER = "AD-0193"  # her member number (id.user)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sah=True, **kw)


def archy() -> list[Case]:
    rng = random.Random(19661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chilien=L(MEMBER, UID),
                                    itegel=L("aar_aiyy", SENS)))}
    fla, flo = fix(FAITH_FIX, 4)
    cert = at_path(case(f, f"{a}/v1/chilien/{MEMBER}/sertifikat", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/v1/suruttaryy", headers=_h(rng), body={
            "aata": L(FIRST, NAMEC), "familiyata": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kistelen_tyl": L(PW, CRED), "toroobut_kun": L(DOB, BIRTH),
            "itegel": L("Aar Aiyy", SENS), "kergen": L(HUSBAND[0], NAMEC),
            "chilien": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "archy-android"}),
        case(f, f"{a}/v1/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sier_tuom", headers=_h(rng, **b), query={
            "yi": "2026-03", "dyiete": FAITH["id"]}),
        case(f, f"{a}/v1/archy/bron", headers=_h(rng, **b), body={
            "sier_tuom": L("archylyyr", SENS), "kun": "2026-03-21T11:00", "slot": obj(rng, "sl"),
            "kimner": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)], "suuma": L(1000, BUY),
            "sanaa": L("Kyyspyt oskuolaga kuttanar, kutun bohuuluurga", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/algys", headers=_h(rng, **b), body={
            "sier_tuom": L("dyie algyha", SENS), "nehilieke": L(VILLAGE["name"], COARSE),
            "kimner": [L(MOTHER_IL[0], NAMEC), L(HUSBAND[0], NAMEC)], "kun": "2026-06-14",
            "suuma": L(3000, BUY)}),
        case(f, f"{a}/v1/kelbit", headers=_h(rng, **b), body={
            "sier_tuom": L("archylyyr", SENS), "sir": {"lat": fla, "lon": flo},
            "dyiete_sire": {"lat": FAITH["lat"], "lon": FAITH["lon"]}, "kun": "2026-03-21"}),
        case(f, f"{a}/v1/belekh", fmt="form", headers=_h(rng, **b), body={
            "fond": L("Yhyakh 2026 serge", SENS), "suuma": L("2500", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "aata_suokh": "false"}),
        case(f, f"{a}/v1/yhyakh/kyttyy", headers=_h(rng, **b), body={
            "yhyakh": "yh_2026_tuymaada", "kyttyy": L("kymys tutuu algyska", SENS),
            "kihiler": 3, "ogo": L(KID, NAMEC), "chilien": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/khartyyna", [
            ("khartyyna", "archy.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {
                "albom": "archy-2026",
                "sanaa": L("Archylyyr kennitten, Sardaanalyyn", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/suruk", headers=_h(rng, **b), body={
            "kimieke": "algyschyt_01",
            "suruk": L(f"Iyem {MOTHER_IL[0]} yaryylaakh, yurektee operatsiya, algys korduubun",
                       f"{TEXT}|{SENS}|{NAMEC}|{MED}")}),
        cert,
        case(f, f"{a}/v1/kordoo", headers=_h(rng, **b), query={
            "kordoo": L("archy sier tuom kyhyn", SEARCH)}),
        case(f, f"{a}/v1/kut", headers=_h(rng, **b), body={
            "slot": obj(rng, "kt"), "kiine": L("kut konsultatsiya", SENS),
            "suruk": L("Tuunnu utuyabappyn, ikki yi bas yaryyta", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/chekter", headers=_h(rng, how="none"), cookies={
            "ad_sesiya": L(opaque(rng, "", 40), CRED), "ad_teril": L(INSTALL_ID, DID),
            "ad_req": rid(rng)}),
        case(f, f"{a}/v1/ytyk_sir/ayan", headers=_h(rng, **b), body={
            "ytyk_sir": "us_khatyn", "olokh": 2, "suuma": L(1800, BUY),
            "ayannyttar": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)]}),
        lines(f, f"{a}/v1/algys/sync", [
            {"op": "save", "algys": "al_ysyakh_01", "tema": L("Aiyy algyha", SENS)},
            {"op": "save", "algys": "al_dyie_02", "chilien": L(MEMBER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sanaa", headers=_h(rng, **b), body={
            "dyiete": FAITH["id"], "bal": 5,
            "sanaa": L("Archy kennitten kyys tyyna uurda", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/kalendar/podpiska", fmt="form", headers=_h(rng, **b), body={
            "itegel": L("aar_aiyy", SENS), "sier_tuom": L("archylyyr,algys", SENS),
            "tyl": L("sah", DEV), "chaas": "08:00"}),
        case(f, f"{a}/v1/teril", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tugennar", gz=True, headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID), "tugennar": [
                ev("bron", 1, sier_tuom=L("archylyyr", SENS)),
                ev("belekh", 2, fond=L("Yhyakh 2026 serge", SENS)),
                ev("ekraan", 3, ekraan=L("SierTuom", USAGE))]}),
        case(f, f"{a}/v1/tagys", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "teril": L(INSTALL_ID, DID)}),
    ]


def archy_sdks() -> list[Case]:
    rng = random.Random(19662)
    return [
        am_batch(APP, rng, [("Rite Booked", {"rite": L("archylyyr", SENS)}),
                            ("Donation", {"total": L(2500, BUY)})], at=FAITH_FIX, nd=2),
        am_identify(APP, rng, {"itegel": L("Aar Aiyy", SENS), "chilien": L(MEMBER, UID),
                               "kuorat": L("Yakutsk", COARSE)}),
        am_pixel(APP, rng, "Calendar Opened", {"month": "2026-03"}),
        ts_event(APP, rng, "donation", {"fond": L("Yhyakh 2026 serge", SENS)}, revenue=2500.0),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/belekh"),
                 [ct_crumb("nav", "Min -> Belekh"), ct_crumb("tap", "belekh_button")],
                 screen="BelekhActivity"),
        pb_register(APP, rng, lang="sah", at=YK_HOME_AT, nd=2,
                    tags={"itegel": L("aar_aiyy", SENS), "yhyakh": "2026"}),
        cc_save(APP, rng, {"analytics": True, "marketing": False}),
        ck_card(APP, rng, email=True),
        ck_confirm(APP, rng, "2500.00"),
        mo_route(APP, rng, [(YK_HOME_AT, PRECISE), ((FAITH["lat"], FAITH["lon"]), None)],
                 mode="walking"),
        hk_message(APP, rng, L("Belekh chega email-ga kelbete", f"{TEXT}|{SENS}"),
                   {"chilien": L(MEMBER, UID)}),
    ]
