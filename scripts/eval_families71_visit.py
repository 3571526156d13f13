"""Care-home visitor booking app "Hearthvisit" (she visits her grandmother at a care home in
Queens): an account, the SMS code, ``/me``, linking her grandmother with the home's code, the
slots, a booked visit with a note, the visitor's health screening, her ID for the front desk,
arrival (msgpack: her fix and the home's guest Wi-Fi), check-out, a message to the nurses, a photo
for the family wall, a video call, a café voucher for her grandmother, the resident's updates by
the home's record number in the path, another visitor added, her address, consents, feedback,
push, events and the visits by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, NATIONAL, PEOPLE, multipart, push_token
from eval_families20_kit import CITY, LAST, LINE1, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families71_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GRANNY,
    HOME_CARE,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    RESIDENT,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    fix,
    home,
    obj,
)
from eval_families71_sdk import fl_crash, fl_crumb, fl_session, gp_batch, gp_identify, tr_open
from eval_families71_svc import ab_message, at_route, bq_opened, bq_register, cq_card, fm_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("hearthvisit", "Hearthvisit", "com.example.hearthvisit", "3.8.1",
          "https://api.hearthvisit.example.com")
IID = "X-HV-Device"
PW = "Marigold*Queens7"
LICENCE = "702 118 433"  # her driver's licence number (personal.national_id)
CARE_FIX = (40.735577, -73.876981)  # her phone in the lobby
CAFE_ORDER = "CF-88-10417"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def hearthvisit() -> list[Case]:
    rng = random.Random(7141)
    a, f = APP.api, APP.fam
    fac = HOME_CARE["id"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    visit = obj(rng, "vst", 10)
    cla, clo = fix(CARE_FIX)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL),
            "password": L(PW, CRED), "relation": "granddaughter", "terms": True}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("883104", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/residents/link", headers=_h(rng, **b), body={
            "facility": fac, "residentName": L(GRANNY[0], NAMEC),
            "residentDob": L(GRANNY[1], BIRTH), "familyCode": L("MG-4471-QX", CRED),
            "resident": RESIDENT, "room": "214B"}),
        case(f, f"{a}/v1/facilities/{fac}/slots", headers=_h(rng, **b), query={
            "date": "2025-12-13", "resident": RESIDENT, "visitors": "2"}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "id": visit, "facility": fac, "resident": RESIDENT,
            "slot": "2025-12-13T14:00/15:00", "visitors": 2,
            "note": L("Bringing Grandma new hearing aid batteries and her insulin pen case",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/visits/{visit}/screening", headers=_h(rng, **b), body={
            "fever": L(False, MED), "cough": L(False, MED), "tempC": L(36.7, MED),
            "fluVaccine": L(True, MED), "covidBooster": L("2025-10", MED),
            "signedName": L(NAME, NAMEC)}),
        multipart(f, f"{a}/v1/visitors/id", [
            ("front", "id_front.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "type": "driver_licence", "number": L(LICENCE, NATID), "state": "NY"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/visits/{visit}/arrive", fmt="msgpack", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "acc": 12, "ssid": L("MapleGrove-Guest", WIFI),
            "bssid": L("6c:4b:90:1e:77:a2", WIFI), "geofence": "gf_" + fac}),
        case(f, f"{a}/v1/visits/{visit}/checkout", fmt="form", headers=_h(rng, **b), body={
            "at": "1765641600", "badge": "V-0231", "returned": "true"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "facility": fac, "resident": RESIDENT, "to": "nursing_station_2",
            "text": L("Grandma seemed confused about her pills today, is the dementia worse?",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/residents/{RESIDENT}/wall", [
            ("photo", "family.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Eleanor's 88th with all the great-grandkids",
                             f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/video-calls", headers=_h(rng, **b), body={
            "resident": RESIDENT, "slot": "2025-12-16T18:30", "tablet": "tab_mg_02",
            "caller": L(USER_ID, UID)}),
        case(f, f"{a}/v1/cafe/orders", headers=_h(rng, **b), body={
            "order": L(CAFE_ORDER, BUY), "for": L(GRANNY[0], NAMEC), "item": "lunch voucher",
            "total": L("12.00", BUY), "cardLast4": L("4444", PAY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/residents/{RESIDENT}/updates", headers=_h(rng, **b), query={
            "since": "2025-12-01", "kinds": "activities,meals"}),
        case(f, f"{a}/v1/visitors", headers=_h(rng, **b), body={
            "name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL),
            "email": L(PEOPLE[3][2], MAIL), "relation": "cousin"}),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "city": L(CITY, COARSE), "zip": L(ZIP, COARSE),
            "lastName": L(LAST, NAMEC)}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "photos": "true", "newsletter": "false", "version": "2025-06"}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "visit": visit, "stars": 5,
            "comment": L("Front desk was lovely, parking was the only pain", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("visit_booked", 1), ev("screening_done", 2),
                ev("screen_view", 3, screen=L("VisitPass", USAGE))]}),
        case(f, f"{a}/v1/visits", headers=_h(rng, how="none"), cookies={
            "hv_sess": L(opaque(rng, "", 40), CRED), "hv_dev": L(INSTALL_ID.upper(), DID)}),
    ]


def hearthvisit_sdks() -> list[Case]:
    rng = random.Random(7142)
    hla, hlo = home(6)
    return [
        gp_batch(APP, rng, [("Visit Booked", {"slotHour": 14}),
                            ("Screening Completed", {})]),
        gp_identify(APP, rng, {"relation": "granddaughter", "zip": L(ZIP, COARSE),
                               "email": L(EMAIL, MAIL)}),
        tr_open(APP, rng, user=True, n=9),
        fl_crash(APP, rng, ("java.net.SocketTimeoutException", "slots"),
                 [fl_crumb("http", "GET", {"url": f"{APP.api}/v1/facilities/{HOME_CARE['id']}"
                                                  "/slots", "status": 504})],
                 screen="SlotsActivity"),
        fl_session(APP, rng, user=False, secs=180),
        fm_eval(APP, rng, {"facility": HOME_CARE["id"], "videoCalls": True}),
        bq_register(APP, rng, tags={"facility": HOME_CARE["id"]}),
        bq_opened(APP, rng, "cmp_visit_reminder"),
        cq_card(APP, rng, email=True),
        at_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((HOME_CARE["lat"], HOME_CARE["lon"]), None)]),
        ab_message(APP, rng, L("The 2pm slot on Saturday shows full but the home says it's open",
                               TEXT), {"facility": HOME_CARE["id"]}),
    ]
