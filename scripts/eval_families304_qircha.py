"""A holiday ox-share app "Qirchaa" (neighbours in Sodo buy an ox together for Gifaataa and
Meskel and split it into shares; its API's keys are Wolaytta in snake_case: ``sunttaa`` name,
``silkkiyaa`` phone, ``katamaa`` town, ``qebeelee`` kebele, ``deiyo_sohuwaa`` address,
``booraa`` ox, ``kutta`` share, ``waagaa`` price, ``miishshaa`` amount, ``qanxxuwaa``
payment, ``ashuwaa`` meat, ``ehiyo`` delivery, ``shaakkiyaa`` split, ``kiitaa`` message,
``koyuwaa`` search, ``misiliyaa`` photo, ``xeelluwaa`` review, ``zaaruwaa`` refund,
``gallassaa`` date, ``sohuwaa`` place): sign-up by phone, an SMS code, ``/taani``, the oxen on
offer, a share bought, half of it split with her mother-in-law, the payment, a photo of the ox
she saw, her check-in at the butcher's yard, the slaughter day, her cut preferences (msgpack),
the delivery, the share group's chat, the share by number in the path, a review, a search, a
base64 JSON form (a share transfer), a complaint, a refund to her account, push and events."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families304_kit import (
    BUTCHER,
    ET_ACCOUNT,
    HOME,
    HOME_AT,
    MOTHER_IL,
    OX,
    SHARE,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families304_sdk import ba_bid, ba_notice, mq_batch, mq_identify, mq_pixel, ts_event
from eval_families304_svc import cb_confirm, cb_wallet, fu_eval, hk_message, ma_route, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("qirchaa", "Qirchaa", "com.example.qirchaa", "1.0.9", "https://api.qirchaa.example.com")
IID = "X-Qirchaa-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, am=True, **kw)


def qircha() -> list[Case]:
    rng = random.Random(30451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, silkkiyaa=L(E164, TEL)))}
    bla, blo = fix((BUTCHER["lat"] + 0.000021, BUTCHER["lon"] - 0.000034), 4)
    share = at_path(case(f, f"{a}/api/kutta/{SHARE}", headers=_h(rng, **b)), SHARE, BUY)
    return [
        case(f, f"{a}/api/galaatiya", headers=_h(rng), body={
            "sunttaa": L(f"{FIRST} {LAST}", NAMEC), "silkkiyaa": L(E164, TEL),
            "email": L(EMAIL, MAIL), "katamaa": L(HOME["town"], COARSE),
            "qebeelee": L(HOME["area"], COARSE), "deiyo_sohuwaa": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/otp/verify", fmt="form", headers=_h(rng), body={
            "silkkiyaa": L(E164, TEL), "otp": L("190426", CRED)}),
        case(f, f"{a}/api/taani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/booraa", headers=_h(rng, **b), query={
            "bonchchuwaa": "meskel_2018", "katamaa": L("Sodo", COARSE), "page": "1"}),
        case(f, f"{a}/api/kutta", headers=_h(rng, **b), body={
            "booraa": OX["id"], "kg": OX["kg"], "kutta": "1/8", "kuttaId": L(SHARE, BUY),
            "waagaa": L(7500, BUY), "gallassaa": "2026-09-26"}),
        case(f, f"{a}/api/kutta/shaakkiyaa", headers=_h(rng, **b), body={
            "kuttaId": L(SHARE, BUY), "baggaa": "1/2",
            "asaa": {"sunttaa": L(MOTHER_IL[0], NAMEC), "silkkiyaa": L(MOTHER_IL[1], TEL)},
            "miishshaa": L(3750, BUY)}),
        case(f, f"{a}/api/qanxxuwaa", fmt="form", headers=_h(rng, **b), body={
            "kuttaId": L(SHARE, BUY), "miishshaa": L("7500.00", BUY), "birraa": "ETB",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        multipart(f, f"{a}/api/booraa/{OX['id']}/misiliyaa", [
            ("misiliyaa", "ox_market.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"qofaa": L("Ha booraa loo'o, Almazi dosaasu",
                                                           TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/yard/checkin", headers=_h(rng, **b), body={
            "kuttaId": L(SHARE, BUY), "sohuwaa": {"lat": bla, "lng": blo},
            "yard": {"id": BUTCHER["id"], "lat": BUTCHER["lat"], "lng": BUTCHER["lon"]}}),
        case(f, f"{a}/api/qalaa/gallassaa", headers=_h(rng, **b), query={
            "booraa": OX["id"], "butcher": BUTCHER["id"]}),
        case(f, f"{a}/api/kutta/dosiyaa", fmt="msgpack", headers=_h(rng, **b), body={
            "kuttaId": L(SHARE, BUY), "ashuwaa": ["tibs", "kitfo", "qanxxo"],
            "bisharaa": False, "galbaa": "give_to_butcher"}),
        case(f, f"{a}/api/ehiyo", headers=_h(rng, **b), body={
            "kuttaId": L(SHARE, BUY), "deiyo_sohuwaa": L(HOME["line"], ADDR),
            "silkkiyaa": L(NATIONAL, TEL), "wodiyaa": "2026-09-26T16:00", "fee": L(80, BUY)}),
        case(f, f"{a}/api/chat/messages", headers=_h(rng, **b), body={
            "room": "booraa_" + OX["id"],
            "kiitaa": L("Qalaa gallassaa taani 7 saatiyan yaana, bilaawaa ehite", TEXT)}),
        share,
        case(f, f"{a}/api/xeelluwaa", fmt="form", headers=_h(rng, **b), body={
            "butcher": BUTCHER["id"], "stars": "4",
            "xeelluwaa": L("Ashuwaa loohiis shin 40 daqiiqaa gam'ida", TEXT)}),
        case(f, f"{a}/api/koyuwaa", headers=_h(rng, **b), query={
            "q": L("booraa 400 kg Arada kutta", SEARCH)}),
        case(f, f"{a}/api/kutta/transfer", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kuttaId": L(SHARE, BUY), "silkkiyaa": L(MOTHER_IL[1], TEL),
                       "sunttaa": L(MOTHER_IL[0], NAMEC)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/complaints", headers=_h(rng, **b), body={
            "kuttaId": L(SHARE, BUY), "kind": "weight",
            "kiitaa": L("Ta kuttay 2 kg laafa, zaaruwaa koyays", TEXT)}),
        case(f, f"{a}/api/zaaruwaa", headers=_h(rng, **b), body={
            "kuttaId": L(SHARE, BUY), "miishshaa": L(350, BUY),
            "baankkiyaa_hisaabaa": L(ET_ACCOUNT, PAY), "sunttaa": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/moobaylaa", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "moobaylaa_id": L(INSTALL_ID, DID),
            "doonaa": L("am", DEV), "wodiyaa_zoonaa": L(TZ, DEV)}),
        case(f, f"{a}/api/hanotaa", headers=_h(rng, how="none"), cookies={
            "qr_sess": L(opaque(rng, "", 40), CRED), "qr_req": rid(rng)}, body={
            "xaafiyaa": L(USER_ID, UID), "email": L(EMAIL_UPPER, MAIL), "hanotaa": [
                ev("kutta_shammiis", 1, kutta="1/8"),
                ev("ekraane", 2, ekraane=L("Booraa", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": obj(rng, "dv")}),
    ]


def qircha_sdks() -> list[Case]:
    rng = random.Random(30452)
    return [
        mq_batch(APP, rng, [("Share Bought", {"total": L(7500, BUY)}),
                            ("Share Split", {"parts": 2})], at=HOME_AT, nd=2, locale="am_ET"),
        mq_identify(APP, rng, {"qebeelee": L("Arada", COARSE), "shares": 1}),
        mq_pixel(APP, rng, "Oxen Listed", {"holiday": "meskel_2018"}),
        ts_event(APP, rng, "purchase", {"share": L(SHARE, BUY)}, revenue=7500.0, hashed=True),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="meskel,meat,holiday"),
        ba_notice(APP, rng, "win"),
        fu_eval(APP, rng, {"holiday": "meskel_2018", "city": L("Sodo", COARSE)}),
        pb_register(APP, rng, lang="am", tags={"booraa": OX["id"]}),
        cb_wallet(APP, rng, "3750", L(E164, TEL)),
        cb_confirm(APP, rng, "7500.00"),
        ma_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((BUTCHER["lat"], BUTCHER["lon"]), None)], mode="walking"),
        hk_message(APP, rng, L(f"Share {SHARE} paid twice, please refund one",
                               f"{TEXT}|{BUY}"), {"share": L(SHARE, BUY)}),
    ]
