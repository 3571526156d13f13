"""Nightlife age-verification wallet "Natpas": sign-up, an OAuth password grant, ``/me``, the
ID scan (both sides and the fields read), a liveness selfie with its face template, the check's
status, the over-21 credential issued, its presentation at a bar's door (a signed JWT in a
field, her fix, the door scanner), a bar tab and an order, a guest list from her address book, a
ride-home share with a friend, a safety alert to the staff, a venue search, the profile, a
request to delete the ID data, a Play subscription, push, events and the visit history by
cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    f32b64,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import NATID, sjwt
from eval_families20_kit import CITY, DOB, FIRST, LINE1, STATE, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families86_kit import ID_DOC, SCANNER, VENUE, VENUE_FIX, fix, obj
from eval_families86_sdk import (
    bh_bid,
    bl_crash,
    bl_crumb,
    hy_batch,
    hy_identify,
    km_session,
)
from eval_families86_svc import (
    bt_card,
    fs_eval,
    ks_register,
    kv_geocode,
    sh_message,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("natpas", "Natpas", "com.example.natpas", "2.4.0", "https://api.natpas.example.com")
IID = "X-Natpas-Device"
PW = "Velvet-Lantern-404"
IDM = f"{MEDIA}|{NATID}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _vp(rng: random.Random) -> tuple[str, Acc]:
    acc: Acc = {}
    t = sjwt({"iss": "did:example:natpas", "sub": L(USER_ID, UID), "over_21": L(True, BIRTH),
              "nonce": opaque(rng, "", 16), "aud": VENUE["id"], "iat": 1765330211},
             "body", "vp", acc)
    return t, acc


def natpas() -> list[Case]:
    rng = random.Random(8661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), age_verified=True))}
    chk = obj(rng, "idv", 12)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(256)]
    vla, vlo = fix(VENUE_FIX)
    vp, vacc = _vp(rng)
    sla, slo = fix((VENUE_FIX[0] + 0.000212, VENUE_FIX[1] - 0.000143), 5)
    risk = {"X-Natpas-Risk": W({"ip": L(PUBLIC_IP, IPLOC), "localIp": L(LOCAL_IP, DEV),
                                "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                                "simMccMnc": L(MCCMNC, CARRIER), "simCountry": L("US", CARRIER),
                                "vpn": L(False, DEV), "emulator": L(False, DEV),
                                "session": opaque(rng, "rk_", 16)}, "b64json")}
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "phone": L(E164, TEL),
            "acceptTerms": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "natpas-android"}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/verifications/{chk}/document", [
            ("front", "id_front.jpg", "image/jpeg", L(JPEG + b"\xd1", IDM)),
            ("back", "id_back.jpg", "image/jpeg", L(JPEG + b"\xd2", IDM)),
            ("fields", None, "application/json", {
                "docType": "driver_licence", "number": L(ID_DOC, NATID),
                "fullName": L(NAME, NAMEC), "dob": L(DOB, BIRTH), "expires": "2030-05-17",
                "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
                "barcodeOk": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/verifications/{chk}/selfie", headers=_h(rng, extra=risk, **b), body={
            "template": L(f32b64(vec), FACE), "landmarks": L(landmarks(rng, 68), FACE),
            "liveness": 0.974, "match": 0.93, "frames": 12, "camera": "front"}),
        case(f, f"{a}/v1/verifications/{chk}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/credentials", headers=_h(rng, **b), body={
            "type": "age_over_21", "verification": chk,
            "holderKey": "zDnaeTq3v1wPpK8mXc4yH6rN2bLs9Fj5Ug7oQe1iWa3", "install": L(
                INSTALL_ID, DID)}),
        add(case(f, f"{a}/v1/presentations", headers=_h(rng, **b), body={
            "vp": vp, "venue": VENUE["id"], "scanner": SCANNER,
            "lat": vla, "lon": vlo, "entry": "main_door"}), vacc),
        case(f, f"{a}/v1/venues/{VENUE['id']}/tabs", headers=_h(rng, **b), body={
            "payment_method": L(opaque(rng, "pm_", 24), "financial.payment"),
            "preauth": L("50.00", BUY), "venue": VENUE}),
        case(f, f"{a}/v1/tabs/tab_4471/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "negroni", "qty": 2, "price": "16.00"}],
            "order": L("TB-4471-03", BUY), "total": L("38.40", BUY), "tip": L("6.40", BUY)}),
        case(f, f"{a}/v1/guestlists/gl_2207", headers=_h(rng, **b), body={
            "guests": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                       for n, p, _ in PEOPLE[:3]], "plusOnes": 0}),
        case(f, f"{a}/v1/trips/share", headers=_h(rng, **b), body={
            "to": {"name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL)},
            "from": {"lat": sla, "lon": slo}, "etaMin": 22, "mode": "rideshare"}),
        case(f, f"{a}/v1/safety/alerts", headers=_h(rng, **b), body={
            "venue": VENUE["id"], "kind": "unwanted_attention",
            "text": L("Man in grey jacket keeps following me near the bar", TEXT),
            "lat": L(round(VENUE_FIX[0], 5), PRECISE), "lon": L(round(VENUE_FIX[1], 5), PRECISE)}),
        case(f, f"{a}/v1/venues/search", headers=_h(rng, **b), query={
            "q": L("rooftop bar lower east side", SEARCH),
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "open": "now"}),
        case(f, f"{a}/v1/users/me/profile", headers=_h(rng, **b), body={
            "displayName": L(FIRST, NAMEC), "gender": L("woman", GENDER),
            "shareAgeOnly": True}),
        case(f, f"{a}/v1/users/me/id-data/delete", fmt="form", headers=_h(rng, **b), body={
            "scope": "document,selfie",
            "reason": L("Don't want my licence photo stored after verification", TEXT)}),
        case(f, f"{a}/v1/billing/google", headers=_h(rng, **b), body={
            "productId": L("natpas_plus_month", BUY), "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("credential_presented", 1), ev("tab_opened", 2),
                ev("screen", 3, screen=L("Wallet", USAGE))]}),
        case(f, f"{a}/v1/visits", headers=_h(rng, how="upper"),
             cookies={"np_session": L(opaque(rng, "", 40), CRED)}),
    ]


def natpas_sdks() -> list[Case]:
    rng = random.Random(8662)
    return [
        hy_batch(APP, rng, [("Credential Presented", {"venue": VENUE["id"]}),
                            ("Tab Closed", {"total": L(38.4, BUY)})], at=VENUE_FIX, nd=3),
        hy_identify(APP, rng, {"ageVerified": L(True, BIRTH), "gender": L("woman", GENDER)}),
        km_session(APP, rng, user=True, n=12),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VENUE_FIX, nd=3, yob=1991),
        bl_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "disconnected"),
                 [bl_crumb("nav", "Verify -> Selfie"), bl_crumb("ui", "capture")],
                 screen="SelfieActivity"),
        fs_eval(APP, rng, {"ageVerified": L(True, BIRTH), "tabs": True}, get=True),
        ks_register(APP, rng, tags={"nights": "fri,sat"}, at=VENUE_FIX, nd=2),
        bt_card(APP, rng),
        kv_geocode(APP, rng, "Lowlight Room", SEARCH, near=VENUE_FIX, nd=4),
        sh_message(APP, rng, L("The bouncer's scanner said my credential expired?", TEXT),
                   {"plan": "plus"}),
    ]
