"""A teer counter's app "Siatkhnam" (Shillong's archery-result number game: archers shoot at the
Polo Ground, the last two digits of the arrows that hit are the day's two results; she plays a
little through a licensed counter in Police Bazar). Its API's keys are Khasi, ASCII-folded:
``kyrteng`` name, ``kyrteng_jait`` surname (clan name), ``nombar_phone`` phone number,
``kyntien_rieh`` password (lit. "hidden word"), ``sngi_kha`` birth date, ``jaka_shong`` address,
``shnong`` locality, ``nongbah`` town, ``jingthoh`` a written slip (a bet), ``bai`` amount,
``jingsiew`` payment, ``jingjop`` winnings, ``jingmih`` results, ``jingphohsniew`` dream,
``wad`` search, ``khubor`` message, ``jaka`` place, ``tarik`` date, ``por`` time, ``kod``
code, ``nongpyndonkam`` user, ``ktien`` language: sign-up, an SMS code, log-in, ``/nga``, the
day's results, counters near her flat, slips for the first and second rounds, the UPI payment, a
dream-number search, the slip by number in the path, the PAN card upload, winnings to her
account, a weekly limit, a check-in at the counter (protobuf), offline slips (msgpack), saved
numbers (base64 JSON cookie), a referral of her husband, support, history, push, events and a
log-out."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families293_kit import (
    COUNTER,
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    PAN,
    PUNTER,
    SH_HOME,
    SH_HOME_AT,
    TEER_GROUND,
    TZ,
    UPI,
    fix,
    hd,
    obj,
)
from eval_families293_sdk import (
    bl_bid,
    bl_notice,
    cn_crash,
    cn_crumb,
    mu_batch,
    mu_identify,
    tm_event,
    tm_launch,
)
from eval_families293_svc import cp_confirm, fw_eval, hk_message, mp_reverse, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("siatkhnam", "Siatkhnam", "com.example.siatkhnam", "3.4.1",
          "https://api.siatkhnam.example.in")
IID = "X-Siatkhnam-Device"
PW = "Khnam!Polo2026"
NID = "personal.national_id"
SLIP = "TH-260114-318-0447"  # her first-round slip (financial.purchase)
SLIP2 = "TH-260114-318-0448"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kha=True, **kw)


def siatkhnam() -> list[Case]:
    rng = random.Random(29301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), account_id=L(PUNTER, UID)))}
    cla, clo = fix((COUNTER["lat"] + 0.000031, COUNTER["lon"] - 0.000022))
    lab: dict[str, str] = {}
    beat = pb([(1, L(PUNTER, UID)), (2, COUNTER["id"]), (3, 1768379400),
               (4, [(1, cla), (2, clo), (3, 9.0)]), (5, L(64, DEV))], "", lab)
    slip = at_path(case(f, f"{a}/v2/jingthoh/{SLIP}", headers=_h(rng, **b)), SLIP, BUY)
    return [
        case(f, f"{a}/v2/register", headers=_h(rng), body={
            "kyrteng": L(FIRST, NAMEC), "kyrteng_jait": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nombar_phone": L(E164, TEL), "kyntien_rieh": L(PW, CRED),
            "sngi_kha": L(DOB, BIRTH), "jaka_shong": L(SH_HOME["line"], ADDR),
            "shnong": L(SH_HOME["area"], COARSE), "nongbah": L(SH_HOME["town"], COARSE),
            "pin_code": L(SH_HOME["pin"], COARSE), "pan": L(PAN, NID),
            "account_id": L(PUNTER, UID), "rta_18_shaneng": True}),
        case(f, f"{a}/v2/otp/verify", fmt="form", headers=_h(rng), body={
            "nombar_phone": L(NATIONAL, TEL), "kod": L("318904", CRED)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kyntien_rieh": L(PW, CRED), "kynmaw": "1"}),
        case(f, f"{a}/v2/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/jingmih", headers=_h(rng, **b), query={
            "tarik": "2026-01-13", "jaka": TEER_GROUND["id"], "round": "baroh"}),
        case(f, f"{a}/v2/counter/hajan", headers=_h(rng, **b), query={
            "lat": L(f"{SH_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{SH_HOME_AT[1]:.3f}", PRECISE),
            "km": "3"}),
        case(f, f"{a}/v2/jingthoh", headers=_h(rng, **b), body={
            "counter": COUNTER["id"], "tarik": "2026-01-14", "round": "nyngkong",
            "nombar": [47, 74], "bai": L(40, BUY), "jingthoh_id": L(SLIP, BUY),
            "account_id": L(PUNTER, UID)}),
        case(f, f"{a}/v2/jingthoh", headers=_h(rng, **b), body={
            "counter": COUNTER["id"], "tarik": "2026-01-14", "round": "ar",
            "nombar": [7], "rukom": "ending", "bai": L(20, BUY), "jingthoh_id": L(SLIP2, BUY),
            "account_id": L(PUNTER, UID)}),
        case(f, f"{a}/v2/jingsiew", fmt="form", headers=_h(rng, **b), body={
            "jingthoh_id": L(SLIP, BUY), "bai": L("60.00", BUY), "currency": "INR",
            "upi": L(UPI, PAY), "txn_ref": rid(rng)}),
        case(f, f"{a}/v2/jingphohsniew/wad", headers=_h(rng, **b), query={
            "wad": L("phohsniew ia u khla bad ka um", SEARCH), "ktien": L("kha", DEV)}),
        slip,
        multipart(f, f"{a}/v2/kyc/pan", [
            ("dur", "pan_card.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {"pan": L(PAN, NID),
                                                "kyrteng": L(f"{FIRST} {LAST}", NAMEC),
                                                "sngi_kha": L(DOB, BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/jingjop/claim", headers=_h(rng, **b), body={
            "jingthoh_id": L(SLIP, BUY), "jingjop": L(3200, BUY),
            "bank": {"kyrteng": L(f"{FIRST} {LAST}", NAMEC), "account": L(IN_ACCOUNT, PAY),
                     "ifsc": IFSC}}),
        case(f, f"{a}/v2/jingkhang", fmt="form", headers=_h(rng, **b), body={
            "bai_ha_ka_taiew": "500", "account_id": L(PUNTER, UID), "sngi_sah": "7"}),
        raw(f, f"{a}/v2/counter/checkin", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/jingthoh/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "account_id": L(PUNTER, UID),
            "slips": [{"id": obj(rng, "off"), "nombar": [12, 21], "bai": L(10, BUY),
                       "round": "nyngkong"},
                      {"id": obj(rng, "off"), "nombar": [3], "bai": L(10, BUY), "round": "ar"}],
            "counter": {"id": COUNTER["id"], "lat": COUNTER["lat"], "lng": COUNTER["lon"]}}),
        case(f, f"{a}/v2/nombar/ba_kwah", headers=_h(rng, how="none"), cookies={
            "sk_sesh": L(opaque(rng, "", 40), CRED),
            "sk_kwah": W({"account_id": L(PUNTER, UID), "nombar": [47, 74, 7],
                          "ktien": L("kha", DEV)}, "b64json")}),
        case(f, f"{a}/v2/referral", headers=_h(rng, **b), body={
            "kyrteng": L(HUSBAND[0], NAMEC), "nombar_phone": L(HUSBAND[1], TEL),
            "khubor": L("Bah Kit, phai ia kane ka app, ka counter 318 ka siew kloi", TEXT)}),
        case(f, f"{a}/v2/jingiarap", headers=_h(rng, **b), body={
            "rukom": "jingsiew",
            "khubor": L(f"Ka slip {SLIP} ka la jop hynnin tang ym pat shim ka tyngka",
                        f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v2/history", headers=_h(rng, **b), query={
            "account_id": L(PUNTER, UID), "bnai": "2026-01"}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "ktien": L("kha", DEV), "por_jaka": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "nongpyndonkam": L(USER_ID, UID), "events": [
                ev("jingthoh", 1, round="nyngkong"), ev("jingsiew", 2, bai=L(60, BUY)),
                ev("screen", 3, screen=L("Jingmih", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device_id": L(INSTALL_ID, DID)}),
    ]


def siatkhnam_sdks() -> list[Case]:
    rng = random.Random(29302)
    return [
        mu_batch(APP, rng, [("Slip Placed", {"round": "first", "total": L(40, BUY)}),
                            ("Result Viewed", {"ground": TEER_GROUND["id"]})],
                 at=SH_HOME_AT, nd=2, locale="kha_IN"),
        mu_identify(APP, rng, {"nongbah": L("Shillong", COARSE),
                               "account_id": L(PUNTER, UID), "slips_30d": 9}),
        tm_launch(APP, rng, first=True),
        tm_event(APP, rng, "purchase", {"jingthoh_id": L(SLIP, BUY)}, revenue=60.0,
                 currency="INR", hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SH_HOME_AT, nd=3,
               keywords="teer,archery,results"),
        bl_notice(APP, rng, "win"),
        cn_crash(APP, rng, ("java.lang.IllegalStateException", "result card not bound"),
                 [cn_crumb("nav", "Jingmih -> Jingthoh"),
                  cn_crumb("net", "POST", {"url": f"{APP.api}/v2/jingthoh", "status": 201})],
                 screen="JingthohActivity"),
        pg_register(APP, rng, lang="kha", at=SH_HOME_AT, nd=2,
                    tags={"counter": COUNTER["id"], "shnong": L("Laitumkhrah", COARSE)}),
        fw_eval(APP, rng, {"state": L("Meghalaya", COARSE), "kyc": "done"}),
        cp_confirm(APP, rng, "60.00"),
        mp_reverse(APP, rng, SH_HOME_AT, PRECISE, nd=4),
        hk_message(APP, rng, L(f"Slip {SLIP} won but the winnings are not in my account",
                               f"{TEXT}|{BUY}"), {"account_id": L(PUNTER, UID)}),
    ]
