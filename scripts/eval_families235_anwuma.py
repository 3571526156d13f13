"""Offshore crew-change and helicopter-manifest app "Anwumalift" (``anwuma`` sky: the contractor's
app for crews flying from the Takoradi heliport to an oil production vessel; she works two-week
rotations as an environmental monitoring officer). Its API's keys are Nzema in ASCII
(``ɛ``->``e``, ``ɔ``->``o``) mixed with the English words such APIs keep: ``duma`` given name,
``agyale_duma`` family name, ``fonu`` phone, ``veale_edweke`` password (lit. "hidden word"),
``awole_kenle`` birth date, ``maanle`` nationality, ``paasepoti`` passport, ``ghana_kaade`` Ghana
Card, ``gyima_nomba`` staff number (``gyima`` work), ``kunli`` husband (next of kin),
``ahonle_kilo`` body weight, ``ninyene_kilo`` baggage weight (``ninyɛne`` things),
``ayile_kelata`` medical certificate (``ayile`` medicine, ``kɛlata`` paper), ``ɛleka`` place,
``mekɛ`` time, ``kenle`` day, ``ɛlɛne`` vessel, ``edweke`` message, ``kponde`` search,
``ezukoa`` money, ``wulo``/``fi`` log in/out. Calls: sign-up, log-in, ``/me``, the rotation
roster, the offshore medical (PDF), the yellow-fever card, the manifest (msgpack) with her body
weight, the heliport check-in with her fix, a protobuf boarding scan, the alcohol and drug test,
arrival on the vessel (muster station, cabin), a safety observation, the vessel's weather, a
search, a message to the logistics desk, an expense claim, documents by staff number in the path,
a timesheet sync (JSON Lines), the payslip by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families235_kit import (
    BOSIET,
    GH_ACCOUNT,
    HELI_FIX,
    HELIPORT,
    HUSBAND,
    NCG,
    PASSPORT,
    STAFF,
    TK_HOME_AT,
    VESSEL,
    fix,
    hd,
    obj,
    push,
)
from eval_families235_sdk import (
    ak_batch,
    ak_queue,
    cp_crash,
    cp_crumb,
    cp_session,
    sk_event,
    sk_launch,
)
from eval_families235_svc import ce_check, fs_eval, he_message, mb_route, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("anwumalift", "Anwumalift", "com.example.anwumalift", "5.3.0",
          "https://api.anwumalift.example.com")
IID = "X-Anwuma-Device"
PW = "Kpanyinli#Rota26"
NID = "personal.national_id"
FIT = "health.fitness"
DOB_GH = "17/05/1991"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def anwumalift() -> list[Case]:
    rng = random.Random(23501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), gyima_nomba=L(STAFF, UID),
                                    role="crew", vessel=VESSEL["id"]))}
    hla, hlo = fix(HELI_FIX)
    flight = "TKD-FP-0412"
    lab: dict[str, str] = {}
    scan = pb([(1, L(STAFF, UID)), (2, flight), (3, 1767942000),
               (4, [(1, L(HELI_FIX[0], PRECISE)), (2, L(HELI_FIX[1], PRECISE))]),
               (5, L(68.5, FIT)), (6, "gate_2")], "", lab)
    docs = at_path(case(f, f"{a}/api/v1/crew/{STAFF}/documents", headers=_h(rng, **b)),
                   STAFF, UID)
    return [
        case(f, f"{a}/api/v1/kele", headers=_h(rng, tw=True), body={
            "duma": L(FIRST, NAMEC), "agyale_duma": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fonu": L(E164, TEL), "veale_edweke": L(PW, CRED), "awole_kenle": L(DOB_GH, BIRTH),
            "maanle": "US", "paasepoti": L(PASSPORT, NID), "ghana_kaade": L(NCG, NID),
            "gyima_nomba": L(STAFF, UID), "kampani": "Ankobra Marine Environmental",
            "kunli": {"duma": L(HUSBAND[0], NAMEC), "fonu": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/wulo", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "veale_edweke": L(PW, CRED), "kae_me": "1"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/rota", headers=_h(rng, **b), query={
            "gyima_nomba": L(STAFF, UID), "elene": VESSEL["id"], "evole": "2026"}),
        multipart(f, f"{a}/api/v1/ayile_kelata", [
            ("kelata", "oguk_medical_2026.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "gyima_nomba": L(STAFF, UID), "tebee": L("fit, no restrictions", MED),
                "wie": "2027-01-20", "doketa": "dr_k_mensah"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/ayile_kelata/yellow_fever", [
            ("foto", "yellow_card.jpg", "image/jpeg", L(JPEG + b"\x35", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kenle": L("2019-03-04", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/manifest", fmt="msgpack", headers=_h(rng, **b), body={
            "flight": flight, "kenle": "2026-01-09", "meke": "06:40",
            "gyima_nomba": L(STAFF, UID), "ahonle_kilo": L(68.5, FIT), "ninyene_kilo": 14.2,
            "bosiet": BOSIET, "seat": "3C", "elene": VESSEL["id"]}),
        case(f, f"{a}/api/v1/heliport/checkin", headers=_h(rng, **b), body={
            "flight": flight, "eleka": {"lat": hla, "lng": hlo, "acc": 9},
            "heliport": {"id": HELIPORT["id"], "lat": HELIPORT["lat"], "lng": HELIPORT["lon"]},
            "checkin_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/v1/boarding/scan", scan, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/da_test", fmt="form", headers=_h(rng, **b), body={
            "flight": flight, "breath_alcohol": L("0.000", MED),
            "urine_screen": L("negative", MED), "gyima_nomba": L(STAFF, UID)}),
        case(f, f"{a}/api/v1/elene/arrival", headers=_h(rng, **b), body={
            "elene": VESSEL["id"], "imo": VESSEL["imo"], "pob": 112, "muster": "MS-B",
            "cabin": "C-214", "elene_eleka": {"lat": VESSEL["lat"], "lon": VESSEL["lon"]},
            "gyima_nomba": L(STAFF, UID)}),
        case(f, f"{a}/api/v1/safety/cards", headers=_h(rng, **b), body={
            "elene": VESSEL["id"], "kind": "unsafe_condition", "area": "port crane platform",
            "edweke": L("Loose rung on the ladder to the port crane platform, taped off for now",
                        TEXT)}),
        case(f, f"{a}/api/v1/elene/{VESSEL['id']}/weather", headers=_h(rng, **b),
             query={"hours": "24"}),
        case(f, f"{a}/api/v1/kponde", headers=_h(rng, **b), query={
            "q": L("crew change friday weather hold", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/edweke", headers=_h(rng, **b), body={
            "to": "logistics_desk",
            "edweke": L("Flight delayed? My husband Kwame Amihere collects me at the heliport, "
                        "his number is +233244558102", f"{TEXT}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/api/v1/expenses", [
            ("foto", "taxi_receipt.jpg", "image/jpeg", L(JPEG + b"\x36", MEDIA)),
            ("meta", None, "application/json", {
                "kind": "taxi", "ezukoa": L("85.00", BUY), "currency": "GHS",
                "akonta": L(GH_ACCOUNT, PAY), "gyima_nomba": L(STAFF, UID)})],
            headers=_h(rng, **b)),
        docs,
        case(f, f"{a}/api/v1/rota/swap", fmt="form", headers=_h(rng, **b), body={
            "gyima_nomba": L(STAFF, UID), "fi": "2026-02-06", "kosi": "2026-02-20",
            "edweke": L("Swap with rota A please, my daughter's pack holiday is that week",
                        TEXT)}),
        case(f, f"{a}/api/v1/flights/{flight}/status", headers=_h(rng, **b),
             query={"heliport": HELIPORT["id"]}),
        lines(f, f"{a}/api/v1/timesheet/sync", [
            {"kenle": "2026-01-10", "hours": 12, "task": "produced water sampling",
             "gyima_nomba": L(STAFF, UID)},
            {"kenle": "2026-01-11", "hours": 12, "task": "flare log review",
             "gyima_nomba": L(STAFF, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/payslip/latest", headers=_h(rng, how="none"), cookies={
            "al_session": L(opaque(rng, "", 40), CRED), "al_device": L(INSTALL_ID, DID),
            "al_req": rid(rng)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("manifest_confirmed", 1, flight=flight),
                ev("screen", 2, screen=L("BoardingPass", USAGE))]}),
        case(f, f"{a}/api/v1/fi", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "battery": L(41, DEV)}),
    ]


def anwumalift_sdks() -> list[Case]:
    rng = random.Random(23502)
    return [
        ak_batch(APP, rng, [("Manifest Confirmed", {"seat": "3C"}),
                            ("Heliport Check In", {"heliport": HELIPORT["id"]})],
                 at=HELI_FIX, nd=2),
        ak_queue(APP, rng, [("Safety Card Sent", {"kind": "unsafe_condition"}),
                            ("Timesheet Saved", {"hours": 12})]),
        sk_launch(APP, rng, first=True, user=True),
        sk_event(APP, rng, "flight_checked_in", {"flight": "TKD-FP-0412"}),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "boarding pass barcode"),
                 [cp_crumb("nav", "Rota -> BoardingPass"),
                  cp_crumb("net", "POST", {"url": f"{APP.api}/api/v1/heliport/checkin",
                                           "status": 201})],
                 screen="BoardingPassActivity"),
        cp_session(APP, rng, secs=622),
        fs_eval(APP, rng, {"vessel": VESSEL["id"], "role": "crew"}, hdr=True),
        pa_register(APP, rng, tags={"vessel": VESSEL["id"], "rota": "B"}),
        ce_check(APP, rng, {"analytics": True, "marketing": False}),
        mb_route(APP, rng, [(TK_HOME_AT, PRECISE), ((HELIPORT["lat"], HELIPORT["lon"]), None)]),
        he_message(APP, rng, L("My manifest shows last week's flight", TEXT),
                   {"gyima_nomba": L(STAFF, UID)}),
    ]
