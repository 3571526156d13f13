"""A Lahijan confectioner's Nowruz pre-order app "Kolucheh Khane" (kolucheh, rice-flour cookies and
walnut sweets by the kilo; boxes collected at the counter or sent as gifts; its API's keys are
Gilaki in Latin letters: ``nam`` name, ``famil`` surname, ``mobail`` mobile, ``ramz`` password,
``shahr`` town, ``sabad`` basket, ``aghlam`` items, ``jabe`` box, ``sefaresh`` order, ``jam``
total, ``tahvil`` hand-over, ``tahvile_ruz`` hand-over day, ``hediye`` gift, ``girande``
recipient, ``girande_neshani`` recipient's address, ``kode_posti`` post code, ``kart_payam``
card message, ``rezhim`` diet, ``bi_shekar`` sugar-free, ``nazar`` review, ``shekayat``
complaint, ``peyk`` courier, ``alaghe`` favourites, ``jostoju`` search): sign-up, a log-in,
``/mi``, the Nowruz menu, a basket (msgpack), the order for pick-up, its payment, a gift box to her
mother-in-law with a card, a gift box to her husband's aunt in Tehran, the order by number in the
path, the counter check-in with her fix, a review, a sugar-free request naming her mother-in-law's
diabetes, a crushed box's photo, a search, a basket cookie (base64 JSON), favourites synced
(JSON Lines), courier tracking, push, events and a log-out. No earlier set has a confectioner or
Nowruz (a docstring grep: "confection", "nowruz", "kolucheh" matched nothing; "bakery" matched
bread rounds and a bakery cooperative)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families300_kit import (
    HOME,
    MIL_AT,
    MIL_HOME,
    MOTHER_IL,
    ORDER,
    SHOP,
    SHOP_FIX,
    fix,
    hd,
    push,
)
from eval_families300_sdk import (
    ab_event,
    ab_launch,
    ab_link,
    bm_bid,
    bm_notice,
    cs_session,
    mv_batch,
    mv_identify,
)
from eval_families300_svc import md_reverse, md_route, pb_card, pb_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("kolucheh", "Kolucheh Khane", "com.example.koluchehkhane", "1.3.0",
          "https://api.koluchehkhane.example.com")
IID = "X-KK-Device"
PW = "Kolucheh!1404"
AUNT = ("Mahin Golshani", "+989125550418", "Tehran, Saadat Abad, Kuche 21, Pelak 9",
        "1998713451")  # her husband's aunt in Tehran (typed by her: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fa=True, **kw)


def kolucheh() -> list[Case]:
    rng = random.Random(30061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mobail=L(E164, TEL)))}
    kla, klo = fix(SHOP_FIX)
    order = at_path(case(f, f"{a}/api/sefaresh/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    favs = [{"kala": k, "alaghe": True, "user": L(USER_ID, UID), "safhe": L("Menu", USAGE)}
            for k in ("kolucheh_gerdui", "nan_berenji", "reshte_khoshkar")]
    return [
        case(f, f"{a}/api/sabtenam", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "famil": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "ramz": L(PW, CRED), "shahr": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/vorud", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ramz": L(PW, CRED)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/menu", headers=_h(rng, **b), query={
            "forushgah": SHOP["id"], "fasl": "nowruz-1405"}),
        case(f, f"{a}/api/sabad", fmt="msgpack", headers=_h(rng, **b), body={
            "aghlam": [{"kala": "kolucheh_gerdui", "kilo": 2, "fi": 6200000},
                       {"kala": "nan_berenji", "kilo": 1, "fi": 4800000},
                       {"kala": "reshte_khoshkar", "kilo": 1, "fi": 5500000}],
            "jam": L(22700000, BUY), "user": L(USER_ID, UID)}),
        case(f, f"{a}/api/sefaresh", headers=_h(rng, **b), body={
            "sefaresh": L(ORDER, BUY), "jam": L(22700000, BUY), "tahvil": "hozuri",
            "tahvile_ruz": "1404/12/26", "forushgah": SHOP["id"], "jabe": 3}),
        case(f, f"{a}/api/pardakht", fmt="form", headers=_h(rng, **b), body={
            "sefaresh": L(ORDER, BUY), "mablagh": L("22700000", BUY),
            "kart_akhar": L("4444", PAY), "ravesh": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/hediye", headers=_h(rng, **b), body={
            "sefaresh": L(ORDER, BUY),
            "girande": {"nam": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL)},
            "girande_neshani": L(MIL_HOME["line"], ADDR), "shahr": L(MIL_HOME["town"], COARSE),
            "kode_posti": L(MIL_HOME["post"], COARSE),
            "kart_payam": L("Parvin jan, Nowruz mubarak! Tara u Kourosh ve man", TEXT)}),
        case(f, f"{a}/api/hediye", headers=_h(rng, **b), body={
            "girande": {"nam": L(AUNT[0], NAMEC), "mobail": L(AUNT[1], TEL)},
            "girande_neshani": L(AUNT[2], ADDR), "kode_posti": L(AUNT[3], COARSE),
            "peyk": "post_pishtaz", "hazine_ersal": L(1200000, BUY),
            "kart_payam": L("Ame ja Gilan shirin, sal-e no mubarak", TEXT)}),
        order,
        case(f, f"{a}/api/tahvil/checkin", headers=_h(rng, **b), body={
            "sefaresh": L(ORDER, BUY), "ja": {"lat": kla, "lng": klo},
            "forushgah": {"lat": SHOP["lat"], "lng": SHOP["lon"]}}),
        case(f, f"{a}/api/nazar", fmt="form", headers=_h(rng, **b), body={
            "forushgah": SHOP["id"], "setare": "5",
            "matn": L("Kolucheh-ye gerdui taze u khosh bu, Tara tamam-a bukhord!", TEXT)}),
        case(f, f"{a}/api/rezhim", headers=_h(rng, **b), body={
            "sefaresh": L(ORDER, BUY), "bi_shekar": True,
            "matn": L("Yek jabe bi shekar bara mi shue mar ki diabet dare", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/shekayat", [
            ("aks", "jabe_shekaste.jpg", "image/jpeg", L(JPEG + b"\x2d", MEDIA)),
            ("meta", None, "application/json", {
                "sefaresh": L(ORDER, BUY), "nu": "jabe_shekaste",
                "matn": L("Jabe-ye Tehran shekaste beresie", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/jostoju", headers=_h(rng, **b), query={
            "q": L("kolucheh bi gerdu", SEARCH)}),
        case(f, f"{a}/api/sabad/akhari", headers=_h(rng, how="none"), cookies={
            "kk_sess": L(opaque(rng, "", 40), CRED), "kk_dev": L(INSTALL_ID, DID),
            "kk_sabad": W({"sefaresh": L(ORDER, BUY), "jam": L(22700000, BUY)}, "b64json")}),
        lines(f, f"{a}/api/alaghe/sync", favs, headers=_h(rng, **b)),
        case(f, f"{a}/api/peyk/rahgiri", headers=_h(rng, **b), query={
            "sefaresh": L(ORDER, BUY), "marsule": "PP-1405-88231"}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "fa_IR")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("sefaresh", 1, jam=L(22700000, BUY)),
                ev("safhe", 2, safhe=L("Hediye", USAGE))]}),
        case(f, f"{a}/api/khoruj", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kolucheh_sdks() -> list[Case]:
    rng = random.Random(30062)
    link = U("https://koluchehkhane.example.com/o", {"sefaresh": L(ORDER, BUY), "ref": "sms",
                                                    "em": L(EMAIL, MAIL)})
    return [
        mv_batch(APP, rng, [("Order Placed", {"total": L(22700000, BUY)}),
                            ("Gift Added", {"boxes": 2})], at=SHOP_FIX, nd=2, locale="fa_IR"),
        mv_identify(APP, rng, {"shahr": L("Rasht", COARSE), "orders": 3}),
        ab_launch(APP, rng, first=True),
        ab_link(APP, rng, link),
        ab_event(APP, rng, "purchase", {"sefaresh": L(ORDER, BUY)}, revenue=22700000.0,
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHOP_FIX, nd=3,
               keywords="sweets,nowruz,gifts"),
        bm_notice(APP, rng, "imp"),
        cs_session(APP, rng, secs=277),
        pb_card(APP, rng, email=True),
        pb_confirm(APP, rng, "22700000"),
        md_reverse(APP, rng, MIL_AT, PRECISE, nd=5),
        md_route(APP, rng, [(SHOP_FIX, PRECISE), (MIL_AT, PRECISE)]),
    ]
