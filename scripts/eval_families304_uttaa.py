"""A women's enset-processing group's app "Uttaa Citaa" (Boditi: the group scrapes and ferments
the family's enset (``uttaa``) in her mother-in-law's garden and sells kocho and bulla; its API's
keys are Wolaytta, written camelCase by its developer: ``sunttaa`` name, ``aawaSunttaa``
surname, ``silkkiyaa`` phone, ``yelettidoGallassaa`` birth date, ``katamaa`` town, ``woradaa``
district, ``biittaa`` land (the garden), ``biittaaAawaa`` the land's owner, ``uttaa`` enset
plants, ``moorqqiyaa`` scraping, ``kochuwaa`` kocho, ``bulluwaa`` bulla, ``ollaa`` the
fermentation pit, ``waagaa`` price, ``miishshaa`` amount, ``qanxxuwaa`` payment, ``ehiyo``
delivery, ``deiyoSohuwaa`` address, ``kiitaa`` message, ``koyuwaa`` search, ``misiliyaa``
photo, ``qofaa`` note, ``ajajuwaa`` order, ``shammiyaa`` buyer, ``sohuwaa`` place): a grower's
sign-up (the garden is her mother-in-law's), an SMS code, ``/taana``, the garden's boundary, a
plant count, a scraping booked, her check-in among the plants, a protobuf weighing record, a pit
note (msgpack), a kocho and bulla order with delivery, its payment, the price list, a photo of
wilted plants, a message to the group, a search, suckers she sells, her mother-in-law
authorised to collect, the payout account, the order by number in the path, a base64 JSON
cookie, push and events."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families304_kit import (
    ET_ACCOUNT,
    GARDEN_AT,
    GARDEN_FIX,
    GROWER,
    HOME,
    HOME_AT,
    MOTHER_IL,
    SHED,
    fix,
    hd,
    obj,
    push,
)
from eval_families304_sdk import mq_batch, mq_identify, mq_queue, ts_event, ts_launch
from eval_families304_svc import cb_wallet, fu_eval, hk_attach, ma_geocode, ma_route, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("uttaacitaa", "Uttaa Citaa", "com.example.uttaacitaa", "1.3.7",
          "https://api.uttaacitaa.example.net")
IID = "X-Uttaa-Device"
ORDER = "UC-OR-55120"  # her kocho order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def uttaa() -> list[Case]:
    rng = random.Random(30411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), phone=L(E164, TEL)))}
    gla, glo = fix(GARDEN_FIX)
    lab: dict[str, str] = {}
    weigh = pb([(1, L(GROWER, UID)), (2, SHED["id"]), (3, 1768550400),
                (4, [(1, L(GARDEN_FIX[0], PRECISE)), (2, L(GARDEN_FIX[1], PRECISE))]),
                (5, 38.5), (6, "scale_07")], "", lab)
    order = at_path(case(f, f"{a}/v1/ajajuwaa/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/growers", headers=_h(rng), body={
            "sunttaa": L(FIRST, NAMEC), "aawaSunttaa": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "silkkiyaa": L(E164, TEL), "yelettidoGallassaa": L(DOB, BIRTH),
            "katamaa": L("Boditi", COARSE), "woradaa": L("Damot Gale", COARSE),
            "biittaaAawaa": {"sunttaa": L(MOTHER_IL[0], NAMEC),
                             "silkkiyaa": L(MOTHER_IL[1], TEL)},
            "growerId": L(GROWER, UID), "citaa": SHED["id"]}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "silkkiyaa": L(E164, TEL), "koodiyaa": L("308417", CRED)}),
        case(f, f"{a}/v1/taana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/biittaa", headers=_h(rng, **b), body={
            "growerId": L(GROWER, UID), "heektaare": 0.12,
            "dannaa": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in GARDEN_AT]}),
        case(f, f"{a}/v1/uttaa/qoodaa", headers=_h(rng, **b), body={
            "growerId": L(GROWER, UID), "uttaa": 64, "laytta4": 11, "laytta5": 8,
            "suckers": 30}),
        case(f, f"{a}/v1/moorqqiyaa", headers=_h(rng, **b), body={
            "growerId": L(GROWER, UID), "citaa": SHED["id"], "gallassaa": "2026-01-17",
            "uttaa": 8, "waagaa": L(1200, BUY), "moorqqiyaaId": obj(rng, "mq"),
            "qofaa": L("Almazi keettaa kare biittaa, maaddanaw taani 8 saatiyan yaana", TEXT)}),
        case(f, f"{a}/v1/moorqqiyaa/checkin", headers=_h(rng, **b), body={
            "sohuwaa": {"lat": gla, "lng": glo, "acc": 7},
            "citaaSohuwaa": {"lat": SHED["lat"], "lng": SHED["lon"]}}),
        raw(f, f"{a}/v1/weigh", weigh, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/ollaa/{obj(rng, 'ol')}/qofaa", fmt="msgpack", headers=_h(rng, **b),
             body={"kg": 38.5, "gallassaa": 21, "xuuxiyaa": 2,
                   "qofaa": L("Kochuwaa loohiis, shittoy 3 saaminttan", TEXT),
                   "growerId": L(GROWER, UID)}),
        case(f, f"{a}/v1/ajajuwaa", headers=_h(rng, **b), body={
            "ajajuwaa": L(ORDER, BUY), "kochuwaa": {"kg": 10, "waagaa": 90},
            "bulluwaa": {"kg": 2, "waagaa": 220}, "miishshaa": L(1340, BUY),
            "ehiyo": {"deiyoSohuwaa": L(HOME["line"], ADDR), "katamaa": L(HOME["town"], COARSE),
                      "silkkiyaa": L(NATIONAL, TEL)}}),
        case(f, f"{a}/v1/qanxxuwaa", fmt="form", headers=_h(rng, **b), body={
            "ajajuwaa": L(ORDER, BUY), "miishshaa": L("1340.00", BUY), "birraa": "ETB",
            "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/waagaa", headers=_h(rng, **b), query={
            "citaa": SHED["id"], "aginaa": "2026-01"}),
        multipart(f, f"{a}/v1/uttaa/harggiyaa", [
            ("misiliyaa", "uttaa_wilt.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "growerId": L(GROWER, UID), "uttaa": 3,
                "qofaa": L("Heezzu uttaa haythay biiqqiis, bacterial wilt gidennee?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kiitaa", headers=_h(rng, **b), body={
            "yaa": "citaa_halaqaa",
            "kiitaa": L("Wontto taani Sodoppe yaana, moorqqiyaa 8 saatiyan doommite", TEXT)}),
        case(f, f"{a}/v1/koyuwaa", headers=_h(rng, **b), query={
            "koyuwaa": L("bulluwaa 2 kg Sodo ehiyo", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/suckers/listing", headers=_h(rng, **b), body={
            "growerId": L(GROWER, UID), "qoodaa": 20, "waagaa": L(25, BUY),
            "miishshaa": L(500, BUY), "shammiyaa": "buyer_" + opaque(rng, "", 8)}),
        case(f, f"{a}/v1/pickup/authorise", headers=_h(rng, **b), body={
            "ajajuwaa": L(ORDER, BUY),
            "asaa": {"sunttaa": L(MOTHER_IL[0], NAMEC), "silkkiyaa": L(MOTHER_IL[1], TEL),
                     "dabbotaa": "aayyiyaa"}}),
        case(f, f"{a}/v1/payouts/account", headers=_h(rng, **b), body={
            "sunttaa": L(f"{FIRST} {LAST}", NAMEC), "baankkiyaa_hisaabaa": L(ET_ACCOUNT, PAY),
            "baankkiyaa": "Example Bank Ethiopia", "growerId": L(GROWER, UID)}),
        order,
        case(f, f"{a}/v1/prefs", headers=_h(rng, **b), cookies={
            "uc_sess": L(opaque(rng, "", 40), CRED),
            "uc_prefs": W({"growerId": L(GROWER, UID), "doonaa": L("wal", DEV),
                           "email": L(EMAIL_MIXED, MAIL)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/hanotaa", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "hanotaa": [
                ev("moorqqiyaa_booked", 1), ev("screen", 2, screen=L("Ollaa", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def uttaa_sdks() -> list[Case]:
    rng = random.Random(30412)
    return [
        mq_batch(APP, rng, [("Scraping Booked", {"plants": 8}),
                            ("Order Placed", {"total": L(1340, BUY)})], at=GARDEN_FIX, nd=2),
        mq_queue(APP, rng, [("Weigh Recorded", {"kg": 38.5}), ("Photo Added", {})]),
        mq_identify(APP, rng, {"katamaa": L("Boditi", COARSE), "growerId": L(GROWER, UID)}),
        ts_launch(APP, rng, user=True),
        ts_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=1340.0),
        fu_eval(APP, rng, {"citaa": SHED["id"], "woradaa": L("Damot Gale", COARSE)}),
        pb_register(APP, rng, at=GARDEN_FIX, nd=3, tags={"citaa": SHED["id"]}),
        cb_wallet(APP, rng, "500", L(E164, TEL)),
        ma_geocode(APP, rng, "Boditi bus station", "behavior.search", near=HOME_AT, nd=3),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((SHED["lat"], SHED["lon"]), None)]),
        hk_attach(APP, rng, L(JPEG + b"\x53", MEDIA), "kocho_receipt.jpg", "image/jpeg"),
    ]
