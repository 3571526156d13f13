"""Camino pilgrim-credential stamp app "Cunchaselo" of a pilgrims' association: she rides the
Portuguese Way by bike from Porto to Santiago, through Vigo (set 84's "Conchapass" walked the
French Way from Sarria; this one is a cyclist's credential: two stamps a day checked by NFC tag, a
bike's return transport, the Latin name on the Compostela). Sign-up with her passport and motive,
a log-in, ``/me``, the credential, stamps (NFC, with her fix; one with a photo), a stage's track
(gzip) and protobuf summary, albergues near her, a bed booked, the bike sent home, her companion,
a fall reported, a journal entry, a stage plan, stamps near her (``lat,lon`` in the path), the
Compostela and a distance certificate, the pilgrims' mass, the credential PDF by a cookie GET,
feedback, push and events."""

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
    GENDER,
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
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families111_kit import (
    BIKE_FRAME,
    CATHEDRAL_AT,
    CREDENCIAL,
    FIT,
    FRIEND,
    GL_PHONE,
    HOME_GL,
    NATID,
    PARTNER,
    PASSPORT,
    STAGE_FROM,
    STAGE_TO,
    VENUES,
    fix,
    gl_head,
    llstr,
    obj,
    path,
)
from eval_families111_sdk import (
    ab_event,
    ab_link,
    ab_open,
    bp_bid,
    bp_win,
    tr_batch,
)
from eval_families111_svc import oc_save, pm_register, tf_route, tf_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("cunchaselo", "Cunchaselo", "com.example.cunchaselo", "2.8.4",
          "https://api.cunchaselo.example.org")
IID = "X-Device-Install"
PW = "Frecha-Amarela-2025"
STAMP_FIX = (42.283714, -8.608652)  # her fix at the Redondela church's stamp
FALL_AT = (42.352218, -8.619034)  # where she fell, on the way down to Arcade
C_URL = f"https://api.cunchaselo.example.org/api/v2/credentials/{CREDENCIAL}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return gl_head(APP, rng, IID, how=how, lang=None, **kw)


def cunchaselo() -> list[Case]:
    rng = random.Random(11111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, credential=L(CREDENCIAL, UID), email=L(EMAIL, MAIL)))}
    sla, slo = fix(STAMP_FIX)
    stage = obj(rng, "stg", 8)
    lab: dict[str, str] = {}
    summ = pb([(1, L(USER_ID, UID)), (2, stage), (3, 21.4), (4, 318),
               (5, [(1, L(STAGE_TO[0], PRECISE)), (2, L(STAGE_TO[1], PRECISE))]),
               (6, L(131, FIT))], "", lab)
    stamps = at_path(case(f, f"{C_URL}/stamps", headers=_h(rng, **b), body={
        "venue": VENUES[0]["id"], "venueName": VENUES[0]["nome"],
        "venuePoint": {"lat": VENUES[0]["lat"], "lon": VENUES[0]["lon"]},
        "nfcTag": "04:A2:19:7B:3C:51:80", "method": "nfc",
        "position": {"lat": sla, "lon": slo, "accuracy": 6}, "at": "2025-12-07T10:41:00+01:00"}),
        CREDENCIAL, UID)
    pdf = at_path(case(f, f"{C_URL}/pdf", headers=_h(rng, how="none"),
                       cookies={"cs_sess": L(opaque(rng, "", 48), CRED),
                                "cs_dev": L(INSTALL_ID, DID), "cs_lang": "en"}), CREDENCIAL, UID)
    near = f"{STAGE_TO[0]:.4f},{STAGE_TO[1]:.4f}"
    nearby = at_path(case(f, f"{a}/api/v2/stamps/nearby/{near}", headers=_h(rng, **b),
                          query={"radiusKm": "3", "open": "now"}), near, PRECISE)
    return [
        case(f, f"{a}/api/v2/pilgrims", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "passport": L(PASSPORT, NATID), "nationality": "US", "birthDate": L(DOB, BIRTH),
            "gender": L("F", GENDER), "residence": {"country": L("ES", COARSE),
                                                   "city": L("Vigo", COARSE)},
            "mode": "bicycle", "start": "Porto", "motive": L("religious", SENS),
            "newsletter": False}),
        case(f, f"{a}/api/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "cunchaselo-android", "scope": "pilgrim offline_access"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/credentials", headers=_h(rng, **b), body={
            "credentialNo": L(CREDENCIAL, UID), "route": "portugues-costa", "start": "Porto",
            "startDate": "2025-12-03", "mode": "bicycle", "issuer": "assoc_amigos_vigo"}),
        stamps,
        at_path(multipart(f, f"{C_URL}/stamps/photo", [
            ("photo", "selo_pontevedra.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {
                "venue": VENUES[1]["id"], "where": L("42.43208,-8.64117", PRECISE),
                "credentialNo": L(CREDENCIAL, UID)})], headers=_h(rng, **b)), CREDENCIAL, UID),
        case(f, f"{a}/api/v2/stages/{stage}/track", gz=True, headers=_h(rng, **b), body={
            "points": path(rng, 8, STAGE_FROM, STAGE_TO, keys=("la", "lo")),
            "distanceKm": 21.4, "ascentM": 318, "device": "phone"}),
        raw(f, f"{a}/api/v2/stages/summary", summ, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/albergues", headers=_h(rng, **b), query={
            "near": llstr(STAGE_TO, 3), "beds": "1", "bikes": "true", "date": "2025-12-07"}),
        case(f, f"{a}/api/v2/albergues/{VENUES[1]['id']}/bookings", headers=_h(rng, **b), body={
            "guest": {"name": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT, NATID),
                      "nationality": "US", "birthDate": L(DOB, BIRTH)},
            "bikeStorage": True, "night": "2025-12-07", "price": L("12.00", BUY),
            "bookingRef": L("ALB-PO-55120", BUY), "credentialNo": L(CREDENCIAL, UID)}),
        case(f, f"{a}/api/v2/bike-transport", headers=_h(rng, **b), body={
            "from": {"venue": "cathedral_office", "lat": CATHEDRAL_AT[0],
                     "lon": CATHEDRAL_AT[1]},
            "to": {"line": L(HOME_GL["rua"], ADDR), "postcode": L(HOME_GL["cp"], COARSE),
                   "city": L("Vigo", COARSE)},
            "frameNo": BIKE_FRAME, "box": "M", "price": L("39.00", BUY),
            "order": L("BT-25-11842", BUY), "phone": L(GL_PHONE, TEL)}),
        case(f, f"{a}/api/v2/companions", headers=_h(rng, **b), body={
            "name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL), "shareProgress": True}),
        case(f, f"{a}/api/v2/sos", headers=_h(rng, **b), body={
            "kind": "fall", "position": {"lat": fix(FALL_AT, 5)[0], "lon": fix(FALL_AT, 5)[1]},
            "note": L("Caín na baixada a Arcade, teño o xeonllo inchado", f"{TEXT}|{MED}"),
            "emergencyContact": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "battery": L(22, DEV)}),
        case(f, f"{a}/api/v2/journal", headers=_h(rng, **b), body={
            "entry": obj(rng, "jr", 8),
            "text": L("Rain all morning, the bridge at Pontesampaio was worth it", TEXT),
            "where": L("42.3541,-8.6113", PRECISE), "mood": 4, "public": False}),
        case(f, f"{a}/api/v2/stages/plan", headers=_h(rng, **b), body={
            "from": llstr(STAGE_TO, 5),
            "to": f"{CATHEDRAL_AT[0]:.5f},{CATHEDRAL_AT[1]:.5f}",
            "profile": "bike", "avoid": ["N-550"], "daysLeft": 2}),
        nearby,
        case(f, f"{a}/api/v2/compostela/request", headers=_h(rng, **b), body={
            "credentialNo": L(CREDENCIAL, UID), "nameLatin": L("Ioannam Doe", NAMEC),
            "motive": L("religious", SENS), "start": "Porto", "distanceKm": 243,
            "mode": "bicycle", "stampsPerDay": 2, "arrival": "2025-12-09"}),
        case(f, f"{a}/api/v2/certificates/distance", headers=_h(rng, **b), body={
            "credentialNo": L(CREDENCIAL, UID), "amount": L("3.00", BUY),
            "order": L("CD-2025-40913", BUY), "payment": "card_on_file"}),
        case(f, f"{a}/api/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "event": L("pilgrims_mass", SENS), "at": "2025-12-09T12:00:00+01:00",
            "place": "cathedral"}),
        pdf,
        case(f, f"{a}/api/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "text": L("The NFC stamp in Caldas did not read, I used the photo", TEXT),
            "appVersion": APP.ver, "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "timeZone": L("Europe/Madrid", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("stamp_added", 1, method="nfc"), ev("stage_finished", 2, km=21.4),
                ev("screen_view", 3, screen=L("Credential", USAGE))]}),
    ]


def cunchaselo_sdks() -> list[Case]:
    rng = random.Random(11112)
    link = U("https://cunchaselo.example.org/c/share", {"cred": L(CREDENCIAL, UID),
                                                       "utm_source": "whatsapp"})
    return [
        tr_batch(APP, rng, [("Stamp Added", {"method": "nfc", "day": 5}),
                            ("Stage Finished", {"km": 21.4})], at=STAMP_FIX, nd=3,
                 locale="en-US"),
        ab_open(APP, rng, user=True),
        ab_event(APP, rng, "distance_certificate", {"route": "portugues"}, revenue=3.0),
        ab_link(APP, rng, link),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=STAMP_FIX, nd=3, yob=1991),
        bp_win(APP, rng),
        tf_telemetry(APP, rng, [(42.40212, -8.62904), (42.40377, -8.62811)], PRECISE),
        oc_save(APP, rng, {"analytics": True, "ads": True, "personalisation": False}),
        tf_route(APP, rng, [(STAGE_TO, PRECISE),
                            (CATHEDRAL_AT, None)], profile="cycling"),
        pm_register(APP, rng, lang="en", tags={"route": "portugues", "mode": "bike"}),
    ]
