"""Rotorua geothermal-spa booking app "Mahanaspa" (private hot pools, mud baths): its API's keys
are Māori words (``ingoa`` name, ``ingoa_whanau`` family name, ``nama_waea`` phone number,
``tauwahi`` address, ``taone`` town, ``nama_raihana`` licence number, ``ra_whanau`` birth date,
``kupuhipa`` password, ``tane`` husband; also ``imera`` e-mail, ``puna`` pool, ``tapui`` booking,
``utu`` price, ``mate`` illness, ``tamariki`` children, ``waehere`` code). Sign-up, log-in, a phone
code, ``/ahau``, pools near her, availability, a booking for the family, its payment, the health
declaration with her licence and a signature, check-in at the desk, a gift voucher, a review, a
photo, a cancellation, a Play purchase, push, events and the bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, multipart, push_token
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families118_kit import (
    BIRTH,
    BUY,
    COARSE,
    COUSIN,
    CRED,
    DEV,
    DID,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    NZ_LICENCE,
    PASSWORD,
    PAY,
    POOLS,
    SENS,
    SON,
    SPA,
    SPA_BOOKING,
    SPA_FIX,
    TEL,
    TEPUKE,
    TEPUKE_AT,
    TEXT,
    UID,
    USAGE,
    fix,
    nz_address,
    obj,
)
from eval_families118_sdk import aw_event, aw_session, bp_bid, fk_crash, fk_crumb, tk_batch
from eval_families118_svc import ft_eval, mp_route, pk_card, pk_confirm, pt_subscribe
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("mahanaspa", "Mahanaspa", "com.example.mahanaspa", "2.7.1",
          "https://api.mahanaspa.example.com")
IID = "X-Mahana-Device"
NAME_FULL = f"{FIRST} {LAST}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def mahanaspa() -> list[Case]:
    rng = random.Random(11801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imera=L(EMAIL, MAIL)))}
    addr = nz_address("tauwahi", "taone", "nama_poutapeta")
    la, lo = fix(SPA_FIX, 6)
    return [
        case(f, f"{a}/v1/kaiwhakamahi", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_whanau": L(LAST, NAMEC), "imera": L(EMAIL_MIXED, MAIL),
            "nama_waea": L(E164, TEL), "kupuhipa": L(PASSWORD, CRED), "ra_whanau": L(DOB, BIRTH),
            "tauwahi": addr, "panui": False}),
        case(f, f"{a}/v1/takiuru", fmt="form", headers=_h(rng), body={
            "imera": L(EMAIL, MAIL), "kupuhipa": L(PASSWORD, CRED), "client_id": "mahana-android",
            "grant_type": "password"}),
        case(f, f"{a}/v1/waea/manatoko", headers=_h(rng, **b), body={
            "nama_waea": L(PHONE, TEL), "waehere": L("482913", CRED), "tono": rid(rng)}),
        case(f, f"{a}/v1/ahau", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/puna", headers=_h(rng, **b), query={
            "lat": L(f"{TEPUKE_AT[0]:.3f}", "location.precise"),
            "lon": L(f"{TEPUKE_AT[1]:.3f}", "location.precise"), "radius_km": "80",
            "momo": "private"}),
        case(f, f"{a}/v1/puna/{SPA['id']}/watea", headers=_h(rng, **b), query={
            "ra": "2025-12-20", "tokomaha": "3", "puna": POOLS[0]}),
        case(f, f"{a}/v1/tapui", headers=_h(rng, **b), body={
            "puna": SPA["id"], "pool": POOLS[1], "ra": "2025-12-20", "wa": "17:30",
            "tokomaha": 3, "kaiwhakamahi": L(USER_ID, UID),
            "tane": {"ingoa": L(HUSBAND[0], NAMEC), "nama_waea": L(HUSBAND[1], TEL)},
            "tamariki": [{"ingoa": L(SON["first"], NAMEC), "tau": L(SON["age"], BIRTH)}],
            "utu": L("148.00", BUY), "moni": "NZD", "tohu": "WHANAU25"}),
        at_path(case(f, f"{a}/v1/tapui/{SPA_BOOKING}/whakau", fmt="form", headers=_h(rng, **b),
                     body={"payment_method": L(opaque(rng, "pm_", 24), PAY),
                           "utu": L("148.00", BUY), "idempotency": rid(rng)}), SPA_BOOKING, BUY),
        multipart(f, f"{a}/v1/tapui/{SPA_BOOKING}/whakaaetanga", [
            ("whakaaetanga", None, "application/json", {
                "tapui": L(SPA_BOOKING, BUY), "ingoa": L(NAME_FULL, NAMEC),
                "nama_raihana": L(NZ_LICENCE, NATID),
                "mate": [L("gout", MED), L("high blood pressure", MED)],
                "hapu": L(False, SENS), "waipiro": False,
                "tuhinga": L("My left big toe is still sore from a gout flare, I'll skip the "
                             "hottest pool", f"{TEXT}|{MED}")}),
            ("waitohu", "waitohu.png", "image/png", L(PNG + b"\x31", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tomo", headers=_h(rng, **b), body={
            "tapui": L(SPA_BOOKING, BUY), "puna": SPA["id"], "lat": la, "lon": lo,
            "accuracy_m": 9, "desk": "front-2", "ts": 1765322410}),
        case(f, f"{a}/v1/tapui/{SPA_BOOKING}/taapiri", headers=_h(rng, **b), body={
            "taapiri": [{"sku": "towel-hire", "utu": L("6.00", BUY)},
                        {"sku": "mud-mask", "utu": L("18.00", BUY)}]}),
        case(f, f"{a}/v1/koha", headers=_h(rng, **b), body={
            "kaiwhiwhi": {"ingoa": L(COUSIN[0], NAMEC), "imera": L(COUSIN[2], MAIL)},
            "uara": L("100.00", BUY), "karere": L("Happy birthday Aroha, enjoy a soak on us!",
                                                  f"{TEXT}|{NAMEC}"),
            "tuku_ra": "2025-12-24"}),
        case(f, f"{a}/v1/arotake", headers=_h(rng, **b), body={
            "puna": SPA["id"], "whetu": 5, "tapui": L(SPA_BOOKING, BUY),
            "korero": L("Tama and I loved the private pool at sunset", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/whakaahua", [
            ("whakaahua", "IMG_20251220_181402.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"puna": SPA["id"], "caption": L(
                "Steam over the pools", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/puna/{SPA['id']}", headers=_h(rng, **b), query={"reo": "mi"}),
        case(f, f"{a}/v1/whakakore", fmt="form", headers=_h(rng, **b), body={
            "tapui": L("MS-3H8W1R", BUY), "take": L("Our son has a cold", TEXT),
            "utu_whakahoki": L("74.00", BUY)}),
        case(f, f"{a}/v1/hoko/play", headers=_h(rng, **b), body={
            "productId": L("mahana_pass_annual", BUY), "orderId": L("GPA.3319-8820-4471-20518",
                                                                   BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/ahau", fmt="msgpack", headers=_h(rng, how="upper", **b), body={
            "ra_whanau": L("17/05/1991", BIRTH), "tauwahi": L(TEPUKE["line"], "contact.address"),
            "taone": L(TEPUKE["town"], COARSE), "tane": L(HUSBAND[0], NAMEC),
            "reo": L("en-NZ", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_NZ", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "kaiwhakamahi": L(USER_ID, UID), "events": [
                ev("pool_viewed", 1, pool=POOLS[1]), ev("booking_paid", 2),
                ev("screen", 3, screen=L("TapuiScreen", USAGE))]}),
        case(f, f"{a}/v1/tapui", headers=_h(rng, how="nodash"), query={"tupu": "kei_mua"},
             cookies={"mh_session": L(opaque(rng, "", 40), CRED), "mh_reo": "mi"}),
        at_path(case(f, f"{a}/v1/tapui/{SPA_BOOKING}", headers=_h(rng, **b)), SPA_BOOKING, BUY),
        case(f, f"{a}/v1/ahau/kupuhipa", fmt="form", headers=_h(rng, **b), body={
            "kupuhipa_tawhito": L(PASSWORD, CRED), "kupuhipa_hou": L("Rotorua#Mud2026", CRED)}),
        case(f, f"{a}/v1/puna/{SPA['id']}/korero", headers=_h(rng, **b), body={
            "thread": obj(rng, "kr", 8), "spa_phone": SPA["phone"], "spa_line": SPA["line"],
            "text": L("Is the mud bath okay with gout medication?", f"{TEXT}|{MED}")}),
    ]



def mahanaspa_sdks() -> list[Case]:
    rng = random.Random(11802)
    return [
        tk_batch(APP, rng, [("Pool Viewed", {"pool": POOLS[1]}),
                            ("Booking Paid", {"value": L(148.0, BUY), "party": 3})],
                 at=TEPUKE_AT, nd=2),
        aw_session(APP, rng, first=True),
        aw_event(APP, rng, "b7k2q1", {"pool": POOLS[1], "party": 3}, revenue=148.0,
                 hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="hot pools,rotorua"),
        fk_crash(APP, rng, ("java.lang.IllegalStateException", "slot already taken"),
                 [fk_crumb("navigation", "Puna -> Tapui"),
                  fk_crumb("http", "POST /v1/tapui", {"status": 409})],
                 screen="TapuiActivity"),
        ft_eval(APP, rng, {"region": L("BOP", COARSE), "mud_upsell": True}),
        pt_subscribe(APP, rng, tags={"favourite_spa": SPA["id"]}, at=TEPUKE_AT, nd=2),
        pk_card(APP, rng, email=True),
        pk_confirm(APP, rng, "148.00"),
        mp_route(APP, rng, [(TEPUKE_AT, "location.precise"), ((SPA["lat"], SPA["lon"]), None)]),
    ]
