"""Honolulu surf-school booking app "Naluwave". Its API's keys are Hawaiian words: ``inoa``
(name), ``inoa_ohana`` (family name), ``kelepona`` (phone number), ``helu_wahi`` (address),
``kulanakauhale`` (town), ``laikini`` (licence number), ``la_hanau`` (birth date),
``huaolelo_huna`` (password), ``kane`` (husband), ``leka_uila`` (e-mail), ``mokuaina`` (state),
``haawina`` (lesson), ``hoopaa`` (booking), ``wahi`` (place). Sign-up, log-in, ``/au`` (me),
a lesson booked for her and her husband, the waiver (her licence number, a condition, a signature
image), a board rental, schools nearby, check-in on the beach, her waves (msgpack), a photo
package, a review, a gift card, push, events and bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DIGITS, E164, JPEG, NATIONAL, multipart, push_token
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families116_kit import (
    ADDR,
    BEACH_FIX,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HNL,
    HNL_AT,
    HUSBAND,
    LICENCE_NY,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PASSWORD,
    PRECISE,
    SCHOOL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    obj,
)
from eval_families116_sdk import (
    bs_bid,
    cw_batch,
    cw_identify,
    fp_crash,
    fp_crumb,
    sc_event,
    sc_session,
)
from eval_families116_svc import ms_geocode, nu_register, oo_save, pg_card, pg_confirm, sw_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("naluwave", "Naluwave", "com.example.naluwave", "3.6.2",
          "https://api.naluwave.example.com")
IID = "X-Nalu-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def naluwave() -> list[Case]:
    rng = random.Random(11601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    lesson = obj(rng, "hw", 10)
    bla, blo = fix(BEACH_FIX)
    waves = [{"n": i + 1, "t": 1765392000 + 140 * i, "secs": rng.randrange(4, 11),
              "lat": L(round(BEACH_FIX[0] - 0.0011 - 0.00007 * i, 6), PRECISE),
              "lon": L(round(BEACH_FIX[1] + 0.0004 + 0.00005 * i, 6), PRECISE)} for i in range(4)]
    return [
        case(f, f"{a}/v1/inoa/kakau", headers=_h(rng, lang=True), body={
            "inoa": L(FIRST, NAMEC), "inoa_ohana": L(LAST, NAMEC), "leka_uila": L(EMAIL, MAIL),
            "kelepona": L(E164, TEL), "huaolelo_huna": L(PASSWORD, CRED),
            "la_hanau": L(DOB, BIRTH), "helu_wahi": L(HNL["line"], ADDR),
            "kulanakauhale": L(HNL["city"], COARSE), "mokuaina": L(HNL["state"], COARSE),
            "nuhou": False}),
        case(f, f"{a}/v1/komo", fmt="form", headers=_h(rng), body={
            "leka_uila": L("Jane.Doe@Example.org", MAIL), "huaolelo_huna": L(PASSWORD, CRED),
            "grant_type": "password", "client_id": "naluwave-android"}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra={"Authorization": J(claims(
            rng, leka_uila=L(EMAIL, MAIL)))})),
        case(f, f"{a}/v1/au", headers=_h(rng, **b), body={
            "kelepona": L(DIGITS, TEL), "kulanakauhale": L("Honolulu", COARSE),
            "papa_kiko": "longboard", "pae": "beginner"}),
        case(f, f"{a}/v1/au/hoololi", headers=_h(rng, **b, extra={"X-Nalu-Ctx": W({
            "uid": L(USER_ID, UID), "tz": L("Pacific/Honolulu", DEV), "app": APP.ver}, "b64json")}),
             body={"inoa": L(FIRST, NAMEC), "kelepona": L(NATIONAL, TEL),
                   "helu_wahi": L(HNL["line"], ADDR), "kulanakauhale": L(HNL["city"], COARSE),
                   "la_hanau": L("05/17/1991", BIRTH),
                   "kane": {"inoa": L(HUSBAND[0], NAMEC), "leka_uila": L(HUSBAND[2], MAIL)}}),
        case(f, f"{a}/v1/kula/kokoke", headers=_h(rng, **b), query={
            "lat": L(f"{HNL_AT[0]:.4f}", PRECISE), "lon": L(f"{HNL_AT[1]:.4f}", PRECISE),
            "radius_km": "8"}),
        case(f, f"{a}/v1/kula/{SCHOOL['id']}/haawina", headers=_h(rng, **b),
             query={"la": "2025-12-12", "pae": "beginner"}),
        case(f, f"{a}/v1/haawina/hoopaa", headers=_h(rng, **b), body={
            "kula": SCHOOL["id"], "haawina": lesson, "la": "2025-12-12", "hola": "08:30",
            "huina": L("178.00", BUY), "kane": {"inoa": L(HUSBAND[0], NAMEC),
                                                 "kelepona": L(HUSBAND[1], TEL)},
            "kumu": "inst_20871", "school_phone": SCHOOL["phone"]}),
        multipart(f, f"{a}/v1/haawina/{lesson}/waiver", [
            ("fields", None, "application/json", {
                "inoa": L(f"{FIRST} {LAST}", NAMEC), "la_hanau": L(DOB, BIRTH),
                "laikini": L(LICENCE_NY, NATID), "mokuaina_laikini": L("NY", COARSE),
                "mai": L("Mild asthma, carries an inhaler", f"{TEXT}|{MED}"),
                "au_ana": "strong", "kane_inoa": L(HUSBAND[0], NAMEC)}),
            ("signature", "signature.png", "image/png", L(PNG + b"\x01", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/papa/hoolimalima", headers=_h(rng, **b), body={
            "papa": "brd_9ft_0331", "laikini": L(LICENCE_NY, NATID),
            "deposit": L("50.00", BUY), "hours": 2}),
        case(f, f"{a}/v1/haawina/{lesson}/checkin", headers=_h(rng, **b), body={
            "wahi": {"lat": bla, "lon": blo, "acc_m": 7}, "kula": SCHOOL["id"],
            "kula_wahi": [SCHOOL["lat"], SCHOOL["lon"]], "ts": 1765391400}),
        case(f, f"{a}/v1/haawina/{lesson}/nalu", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "waves": waves, "board": "brd_9ft_0331"}),
        case(f, f"{a}/v1/kii/kauoha", headers=_h(rng, **b), body={
            "haawina": lesson, "package": L("photo_pack_digital", BUY), "huina": L("39.00", BUY),
            "photographer": "ph_0092"}),
        multipart(f, f"{a}/v1/kii/upload", [
            ("photo", "my_wave.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"haawina": lesson, "caption": L(
                "First green wave at Queens!", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/kula/{SCHOOL['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5,
            "text": L("Kumu Makoa was patient with my husband Mark and me", f"{TEXT}|{NAMEC}"),
            "haawina": lesson}),
        case(f, f"{a}/v1/makana", fmt="form", headers=_h(rng, **b), body={
            "to_inoa": L("Lucía Fernández", NAMEC), "to_leka_uila": L("lucia.f@example.com", MAIL),
            "huina": L("100.00", BUY), "memo": L("Mele Kalikimaka, go surf!", TEXT)}),
        case(f, f"{a}/v1/haawina/{lesson}/hoopau", fmt="form", headers=_h(rng, **b), body={
            "reason": L("Rain all morning, can we move to Sunday?", TEXT), "refund": "credit"}),
        case(f, f"{a}/v1/au/kane", headers=_h(rng, **b), body={
            "kane": {"inoa": L(HUSBAND[0], NAMEC), "kelepona": L(HUSBAND[1], TEL),
                     "leka_uila": L(HUSBAND[2], MAIL)}, "emergency": True}),
        case(f, f"{a}/v1/forecast", headers=_h(rng, how="nodash"),
             query={"spot": "queens", "days": "3", "units": "ft"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("Pacific/Honolulu", DEV)}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("nalu_pass_5_lessons", BUY),
            "orderId": L("GPA.3311-7720-4415-90281", BUY),
            "purchaseToken": L(opaque(rng, "", 60), BUY)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("lesson_booked", 1, level="beginner"), ev("waiver_signed", 2),
                ev("screen_view", 3, screen=L("ForecastScreen", USAGE))]}),
        case(f, f"{a}/v1/hoopaa", headers=_h(rng, how="none"),
             cookies={"nw_sid": L(opaque(rng, "", 48), CRED), "nw_dev": L(INSTALL_ID, DID)}),
    ]


def naluwave_sdks() -> list[Case]:
    rng = random.Random(11602)
    return [
        cw_batch(APP, rng, [("Lesson Booked", {"amount": L(178.0, BUY), "people": 2}),
                            ("Waiver Signed", {})], at=HNL_AT, nd=2),
        cw_identify(APP, rng, {"email": L(EMAIL, MAIL), "first_name": L(FIRST, NAMEC),
                               "city": L("Honolulu", COARSE)}),
        sc_session(APP, rng, first=True),
        sc_event(APP, rng, "purchase", {"sku": "lesson_group"}, revenue=178.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BEACH_FIX, nd=3),
        fp_crash(APP, rng, ("java.lang.IllegalStateException", "waiver pdf null"),
                 [fp_crumb("nav", "Lesson -> Waiver"), fp_crumb("tap", "sign")],
                 screen="WaiverActivity"),
        sw_eval(APP, rng, {"island": L("oahu", COARSE)}),
        nu_register(APP, rng, tags={"level": "beginner"}, at=HNL_AT, nd=2),
        oo_save(APP, rng, {"analytics": True, "ads": False}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "178.00"),
        ms_geocode(APP, rng, "Kaimana Beach", SEARCH, near=HNL_AT, nd=3),
    ]
