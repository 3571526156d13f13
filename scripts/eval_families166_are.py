"""A holiday-letting host app "Are Amuri" (she lets the family's bungalow at Amuri, Aitutaki, to
visitors and keeps its books; its API's keys are Cook Islands Maori with English ``id``,
``token``, ``ssid``: ``ona`` owner/host, ``numero_ona`` host number, ``are`` house,
``ingoa_are`` house name, ``manuiri`` guest, ``tapao`` booking, ``akapou`` confirm, ``ra_tae``
/``ra_aere`` arrival/departure, ``akama`` cleaning, ``kaiakama`` cleaner, ``moni_tuku`` payout,
``numero_kaute`` account number, ``tute`` tax, ``numero_tute`` tax number, ``moni_tomo``
takings, ``ripoti`` report, ``metua_vaine`` mother(-in-law), ``kode`` code): host sign-up (her
mother-in-law as co-owner), an e-mail code, ``/ko_au``, the listing at the bungalow's point,
its photos, the calendar, a booking confirmed with a note to the guest, a message to a guest,
the bungalow's Wi-Fi for the guest portal, the cleaning rota, an offline calendar sync (JSON
Lines), the payout account, payouts, the VAT return (gzip; her tax number), reviews by host
number in the path, a turnover check-in with her fix, a damage report, a bond refund, a search,
stats by cookie, push and events. New as a kind: earlier sets book guesthouses and stays as a
guest (sets 59, 124, 130, 151); here she is the host of a family property."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families166_kit import (
    AIRPORT,
    BUNGALOW_AT,
    BUNGALOW_WIFI,
    GUEST,
    HOME,
    HOST,
    JOINT_ACCOUNT,
    MOTHER_IL,
    TAX_ID,
    fix,
    hd,
    push,
)
from eval_families166_sdk import (
    bv_bid,
    bv_notice,
    cm_crash,
    cm_crumb,
    mk_batch,
    mk_identify,
    tt_event,
    tt_launch,
)
from eval_families166_svc import ck_wallet, fk_eval, hm_message, mi_geocode, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("areamuri", "Are Amuri", "com.example.areamuri", "4.1.0",
          "https://api.areamuri.example.com")
IID = "X-AreAmuri-Install"
NID = "personal.national_id"
BOOKING = "AA-B-5521"  # a guest's stay she confirms (financial.purchase: her sale)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def areamuri() -> list[Case]:
    rng = random.Random(16661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, numero_ona=L(HOST, UID), niuniu=L(E164, TEL)))}
    bla, blo = fix(BUNGALOW_AT)
    reviews = at_path(case(f, f"{a}/v2/ona/{HOST}/reviews", headers=_h(rng, **b)), HOST, UID)
    return [
        case(f, f"{a}/v2/ona", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_openga": L(LAST, NAMEC), "imera": L(EMAIL, MAIL),
            "numero_niuniu": L(E164, TEL), "numero_ona": L(HOST, UID),
            "ngutuare": L(HOME["line"], ADDR), "enua": L(HOME["island"], COARSE),
            "metua_vaine": {"ingoa": L(MOTHER_IL[0], NAMEC),
                            "numero_niuniu": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v2/ona/tomo", fmt="form", headers=_h(rng), body={
            "imera": L(EMAIL, MAIL), "kode": L("340719", CRED)}),
        case(f, f"{a}/v2/ko_au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/are", headers=_h(rng, **b), body={
            "ingoa_are": "Are Amuri", "ruma_moe": 2, "moni_po": 185,
            "turanga": {"lat": bla, "lng": blo},
            "ngutuare": L("Amuri, behind the old church, Aitutaki", ADDR),
            "oire": L("Amuri", COARSE), "enua": L("Aitutaki", COARSE),
            "numero_ona": L(HOST, UID)}),
        multipart(f, f"{a}/v2/are/tutu", [
            ("tutu", "veranda.jpg", "image/jpeg", L(JPEG + b"\x76", MEDIA)),
            ("meta", None, "application/json", {"are": "ar_amuri", "order": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/are/calendar", headers=_h(rng, **b), query={
            "are": "ar_amuri", "marama": "2026-02"}),
        case(f, f"{a}/v2/tapao/akapou", headers=_h(rng, **b), body={
            "tapao": L(BOOKING, BUY), "ra_tae": "2026-02-11", "ra_aere": "2026-02-18",
            "moni": L(1295, BUY),
            "karere": L("Kia orana Sarah! I will meet you at the airport, call me on "
                        "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/manuiri/karere", headers=_h(rng, **b), body={
            "kia": {"ingoa": L(GUEST[0], NAMEC), "numero_niuniu": L(GUEST[1], TEL)},
            "tapao": L(BOOKING, BUY),
            "karere": L(f"The Wi-Fi is {BUNGALOW_WIFI[0]}, the key is under the blue pot",
                        f"{TEXT}|{WIFI}")}),
        case(f, f"{a}/v2/are/wifi", headers=_h(rng, **b), body={
            "ssid": L(BUNGALOW_WIFI[0], WIFI), "bssid": L(BUNGALOW_WIFI[1], WIFI),
            "kupu_muna": L("Amuri#Lagoon26", CRED), "ip": L("192.168.8.1", DEV)}),
        case(f, f"{a}/v2/akama", headers=_h(rng, **b), body={
            "kaiakama": {"ingoa": L(MOTHER_IL[0], NAMEC), "numero_niuniu": L(MOTHER_IL[1], TEL)},
            "ra": "2026-02-18", "moni": L(60, BUY), "tapao": L(BOOKING, BUY)}),
        lines(f, f"{a}/v2/sync", [
            {"op": "block", "are": "ar_amuri", "from": "2026-03-01", "to": "2026-03-05",
             "by": L(HOST, UID)},
            {"op": "price", "are": "ar_amuri", "po": 195},
            {"op": "confirm", "tapao": L(BOOKING, BUY), "moni": L(1295, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/moni_tuku/kaute", headers=_h(rng, **b), body={
            "numero_kaute": L(JOINT_ACCOUNT, PAY),
            "ingoa_kaute": L(f"{FIRST} {LAST} & {MOTHER_IL[0]}", NAMEC),
            "peka": "Example Bank Cook Islands", "numero_ona": L(HOST, UID)}),
        case(f, f"{a}/v2/moni_tuku", headers=_h(rng, **b), query={
            "numero_ona": L(HOST, UID), "mai": "2025-10-01"}),
        case(f, f"{a}/v2/tute", gz=True, headers=_h(rng, **b), body={
            "numero_tute": L(TAX_ID, NID), "tuatau": "2025-Q4",
            "moni_tomo": L(8640, BUY), "tute_vat": L(1296, BUY), "numero_ona": L(HOST, UID),
            "akairo": L(f"{FIRST} {LAST}", NAMEC)}),
        reviews,
        case(f, f"{a}/v2/tapao", headers=_h(rng, **b), query={
            "are": "ar_amuri", "status": "upcoming", "page": "1"}),
        case(f, f"{a}/v2/are/turanga", headers=_h(rng, **b), body={
            "tu": "turnover", "turanga": {"lat": L(round(BUNGALOW_AT[0], 5), PRECISE),
                                          "lng": L(round(BUNGALOW_AT[1], 5), PRECISE)},
            "rererangi": {"code": AIRPORT["code"], "lat": AIRPORT["lat"],
                          "lng": AIRPORT["lon"]}}),
        multipart(f, f"{a}/v2/ripoti", [
            ("tutu", "broken_screen.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {
                "tapao": L(BOOKING, BUY),
                "karere": L("The mosquito screen in the bedroom is torn", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/bond/refund", fmt="form", headers=_h(rng, **b), body={
            "tapao": L(BOOKING, BUY), "moni": L("200.00", BUY), "keep": "25.00"}),
        case(f, f"{a}/v2/kimi", headers=_h(rng, **b), query={
            "kupu": L("ferry Rarotonga Aitutaki February", SEARCH)}),
        case(f, f"{a}/v2/are/stats", headers=_h(rng, how="none"), cookies={
            "aa_session": L(opaque(rng, "", 40), CRED), "aa_device": L(INSTALL_ID, DID),
            "aa_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_confirmed", 1, moni=L(1295, BUY)),
                ev("screen", 2, screen=L("Calendar", USAGE))]}),
    ]


def areamuri_sdks() -> list[Case]:
    rng = random.Random(16662)
    return [
        mk_batch(APP, rng, [("Booking Confirmed", {"total": L(1295, BUY)}),
                            ("Payout Viewed", {})], at=BUNGALOW_AT, nd=3),
        mk_identify(APP, rng, {"enua": L("Aitutaki", COARSE), "numero_ona": L(HOST, UID),
                               "listings": 1}),
        tt_launch(APP, rng, user=True),
        tt_event(APP, rng, "booking", {"tapao": L(BOOKING, BUY)}, revenue=1295.0,
                 currency="NZD"),
        bv_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="travel,aitutaki,host"),
        bv_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "calendar sync conflict"),
                 [cm_crumb("nav", "Are -> Calendar")], screen="CalendarActivity"),
        fk_eval(APP, rng, {"listings": 1, "enua": L("Aitutaki", COARSE)}),
        pp_register(APP, rng, tags={"are": "ar_amuri"}),
        ck_wallet(APP, rng, "1095", L(E164, TEL)),
        mi_geocode(APP, rng, "Amuri, Aitutaki", COARSE),
        hm_message(APP, rng, L(f"The payout for {BOOKING} went to the wrong account",
                               f"{TEXT}|{BUY}"), {"numero_ona": L(HOST, UID)}),
    ]
