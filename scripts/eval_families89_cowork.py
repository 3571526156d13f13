"""Remote-work coworking pass "Deskvani" (she works from its Vake space in Tbilisi): sign-up, a
log-in with a TOTP code, ``/me``, the monthly plan, the phone's mobile key, a door unlocked by
Bluetooth, the door access log (JSON Lines), a Wi-Fi check-in, a desk and a meeting room, a
guest, a print job, a locker, a community post, an invoice, a café tab, feedback, events in
town, her access history by member number in the path, push, events and bookings by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    IPLOC,
    MAIL,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families89_kit import (
    DOORS,
    LOCKER_CODE,
    MEMBER_NO,
    SPACE,
    SPACE_BSSID,
    SPACE_FIX,
    SPACE_SSID,
    TB_HOME,
    TB_HOME_AT,
)
from eval_families89_sdk import bz_bid, kv_event, kv_launch, sh_crash, sh_crumb, tv_batch, tv_pixel
from eval_families89_svc import dr_eval, gd_card, rk_geocode, tk_save, zr_register
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("deskvani", "Deskvani", "com.example.deskvani", "3.3.0",
          "https://api.deskvani.example.com")
IID = "X-Deskvani-Device"
PW = "Vake-Park-Linden9"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-GB,en;q=0.9,ka;q=0.5", DEV)
    return h


def deskvani() -> list[Case]:
    rng = random.Random(8951)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_NO, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    key = opaque(rng, "mk_", 48)
    dla, dlo = fix(SPACE_FIX)
    log = [{"member": L(MEMBER_NO, UID), "door": d, "ts": 1765353600 + 3600 * i,
            "result": "granted", "rssi": -61 - i} for i, d in enumerate(DOORS)]
    hist = at_path(case(f, f"{a}/v1/members/{MEMBER_NO}/access", headers=_h(rng, **b),
                        query={"days": "30"}), MEMBER_NO, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "company": "Doe Consulting",
            "homeCity": L("New York", COARSE), "stayCity": L("Tbilisi", COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/mfa", fmt="form", headers=_h(rng), body={
            "challenge": opaque(rng, "ch_", 16), "totp": L("602118", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/subscriptions", headers=_h(rng, **b), body={
            "plan": L("hot_desk_monthly", BUY), "space": SPACE["id"], "price": L("390.00", BUY),
            "currency": "GEL", "method": L(opaque(rng, "pm_", 24), PAY),
            "billing": {"street": L(TB_HOME["kucha"], ADDR), "city": L("Tbilisi", COARSE),
                        "postal": L(TB_HOME["indeksi"], COARSE)}}),
        case(f, f"{a}/v1/keys", headers=_h(rng, **b), body={
            "member": L(MEMBER_NO, UID), "device": L(INSTALL_ID, DID), "ble": True,
            "nfc": True, "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/doors/{DOORS[0]}/unlock", headers=_h(
            rng, extra={"X-Mobile-Key": L(key, CRED)}), body={
            "lat": dla, "lon": dlo, "acc": 5, "rssi": -58, "reader": "rd_0091",
            "space": {"lat": SPACE["lat"], "lon": SPACE["lon"]}}),
        lines(f, f"{a}/v1/access/log", log, headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "space": SPACE["id"], "ssid": L(SPACE_SSID, WIFI), "bssid": L(SPACE_BSSID, WIFI),
            "ip": L(PUBLIC_IP, IPLOC), "lan": L(LOCAL_IP, DEV), "method": "wifi"}),
        case(f, f"{a}/v1/desks/bookings", headers=_h(rng, **b), body={
            "desk": "vake-2-14", "date": "2025-12-11", "zone": "quiet", "monitor": True}),
        case(f, f"{a}/v1/rooms/bookings", headers=_h(rng, **b), body={
            "room": "rm_tsitsinatela", "from": "2025-12-11T15:00+04:00", "minutes": 60,
            "price": L("25.00", BUY), "title": L("Call with Harborline client", TEXT)}),
        case(f, f"{a}/v1/guests", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL),
            "host": L(MEMBER_NO, UID), "date": "2025-12-12"}),
        case(f, f"{a}/v1/print/jobs", fmt="form", headers=_h(rng, **b), body={
            "file": L("Jane_Doe_visa_extension_letter.pdf", f"{TEXT}|{NAMEC}"), "pages": "3",
            "color": "0", "printer": "pr_vake_2"}),
        case(f, f"{a}/v1/lockers/L-27", fmt="form", headers=_h(rng, **b), body={
            "code": L(LOCKER_CODE, CRED), "until": "2025-12-31"}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "channel": "ch_general",
            "text": L("Anyone up for khinkali after work? Meeting at the lobby 7pm", TEXT)}),
        case(f, f"{a}/v1/invoices", headers=_h(rng, **b), body={
            "company": "Doe Consulting", "email": L(EMAIL_UPPER, MAIL), "month": "2025-12",
            "total": L("415.00", BUY)}),
        case(f, f"{a}/v1/cafe/tab", fmt="form", headers=_h(rng, **b), body={
            "item": "flat white", "price": L("8.00", BUY), "member": L(MEMBER_NO, UID)}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "topic": "noise", "rating": "2",
            "text": L("Phone booths on floor 2 are always taken", TEXT)}),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), query={
            "city": L("Tbilisi", COARSE), "q": L("founders breakfast", SEARCH)}),
        hist,
        case(f, f"{a}/v1/push/register", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_GB", DEV), "tz": L("Asia/Tbilisi", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("door_unlocked", 1, door=DOORS[0]), ev("room_booked", 2),
                ev("screen", 3, screen=L("MemberPass", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="nodash"),
             cookies={"dv_sess": L(opaque(rng, "", 40), CRED), "dv_rid": rid(rng)}),
    ]


def deskvani_sdks() -> list[Case]:
    rng = random.Random(8952)
    return [
        tv_batch(APP, rng, [("Door Unlocked", {"door": DOORS[0]}),
                            ("Room Booked", {"minutes": 60, "price": L(25.0, BUY)})],
                 at=SPACE_FIX, nd=2, tz="Asia/Tbilisi", locale="en_GB", roaming=True),
        tv_pixel(APP, rng, "Pricing Viewed", {"plan": "hot_desk_monthly"}),
        kv_launch(APP, rng, first=True, roaming=True),
        kv_event(APP, rng, "subscription", {"plan": L("hot_desk_monthly", BUY)}, revenue=390.0,
                 currency="GEL", hashed=True),
        bz_bid(APP, rng, {"native": {"ver": "1.2"}}, at=SPACE_FIX, nd=3, country="GEO",
               roaming=True),
        sh_crash(APP, rng, ("java.lang.SecurityException", "BLUETOOTH_SCAN"),
                 [sh_crumb("navigation", "Pass -> Unlock"),
                  sh_crumb("ui", "tap", {"view": "unlock_button"})], screen="UnlockActivity",
                 tz="Asia/Tbilisi"),
        dr_eval(APP, rng, {"space": SPACE["id"], "member": L(MEMBER_NO, UID)}, hdr=True),
        zr_register(APP, rng, tz="Asia/Tbilisi", tags={"space": "vake", "plan": "hot_desk"}),
        tk_save(APP, rng, {"analytics": True, "ads": False}, country="GE", region="TB"),
        gd_card(APP, rng, email=True),
        rk_geocode(APP, rng, "Deskvani Vake", SEARCH, near=TB_HOME_AT, nd=3),
    ]
