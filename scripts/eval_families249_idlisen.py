"""A stationery shop's back-to-school app "Idlisen" (Papeterie Tafsut, Tizi Ouzou: parents send the
teacher's supply list, the shop prepares the bundle for pick-up or delivery, covers the books
and prints name labels; Aksil's list for the second year). Its API's keys are Kabyle,
ASCII-folded, with the French words of the trade and a few English ones its developer kept:
``isem`` first name, ``lqeb`` surname, ``imayl`` e-mail, ``portable`` mobile number,
``password``, ``tamdint`` town, ``tansa`` address, ``tabdart`` list, ``anelmad`` pupil,
``aswis`` level, ``aghurbaz`` school, ``lkumand`` order, ``idlisen`` books, ``lkahi`` exercise
books, ``astilu`` pens, ``ifecka`` supplies (lit. "tools"), ``amdan`` quantity, ``ssuma`` price,
``azal`` amount, ``axelles`` payment, ``takarda_n_lwafa`` loyalty card, ``anadi`` search,
``retrait`` pick-up, ``asrag`` hour, ``lifrizun`` delivery, ``anermas`` recipient, ``tibzimin``
labels, ``tacekkart`` bag, ``izen`` message, ``adeg`` place, ``ibenk`` device, ``tidyanin``
events: sign-up, log-in, ``/amaghnu``, the list's photo, the catalogue, the order, its payment,
the book covering and name labels (the child's name), a search, the pick-up slot, the pick-up
with her fix, a missing item message, a home delivery for her husband to receive, the receipt by
order number in the path, a wrong book returned, the cart (msgpack), preferences in a base64
JSON cookie, push, events and a log-out. New: "stationer", "papeter", "school list" and "supply
list" matched no docstring ("school supplies" only a key gloss in set 188's school app)."""

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
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families249_kit import (
    HUSBAND,
    SCHOOL,
    SHOP,
    SHOP_FIX,
    SON,
    TO_HOME,
    TO_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families249_sdk import (
    as_batch,
    as_identify,
    as_pixel,
    bt_bid,
    bt_notice,
    tu_event,
    tu_launch,
    tu_link,
)
from eval_families249_svc import ft_eval, mt_route, pl_register, pz_card, pz_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("idlisen", "Idlisen", "com.example.idlisen", "1.3.7", "https://api.idlisen.example.com")
IID = "X-Idlisen-Device"
PW = "Tafsut#2026rentree"
ORDER = "PT-26-08-2231"  # the list's order (financial.purchase)
CARD = "TF-LW-004518"  # her loyalty card (id.user)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def idlisen() -> list[Case]:
    rng = random.Random(24941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL),
                                    takarda_n_lwafa=L(CARD, UID)))}
    sla, slo = fix(SHOP_FIX, 6)
    receipt = at_path(case(f, f"{a}/api/lkumand/{ORDER}/lfatura", headers=_h(rng, **b)),
                      ORDER, BUY)
    return [
        case(f, f"{a}/api/ajerred", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "lqeb": L(LAST, NAMEC), "imayl": L(EMAIL, MAIL),
            "portable": L(E164, TEL), "password": L(PW, CRED),
            "tamdint": L(TO_HOME["town"], COARSE), "takarda_n_lwafa": L(CARD, UID)}),
        case(f, f"{a}/api/tuqqna", fmt="form", headers=_h(rng), body={
            "imayl": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/amaghnu", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/tabdart", [
            ("tawlaft", "tabdart_2AP.jpg", "image/jpeg", L(JPEG + b"\x3b", MEDIA)),
            ("meta", None, "application/json", {
                "anelmad": {"isem": L(SON["first"], NAMEC), "lqeb": L(SON["last"], NAMEC)},
                "aswis": "2AP", "aghurbaz": SCHOOL["id"], "lqism": SCHOOL["class"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/katalog", headers=_h(rng, **b), query={
            "aswis": "2AP", "anaw": "idlisen", "asebter": "1"}),
        case(f, f"{a}/api/lkumand", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "aghurbaz": SCHOOL["id"], "aswis": "2AP",
            "ifecka": [{"id": "bk_ar_2ap", "isem": "Adlis n taɛrabt 2AP", "amdan": 1,
                        "ssuma": 350},
                       {"id": "bk_fr_2ap", "isem": "Mon livre de francais 2AP", "amdan": 1,
                        "ssuma": 420},
                       {"id": "lk_96", "isem": "Lkahi 96 n yisebtar", "amdan": 8, "ssuma": 65},
                       {"id": "st_bleu", "isem": "Astilu azegzaw", "amdan": 4, "ssuma": 30},
                       {"id": "tb_ardoise", "isem": "Ardoise", "amdan": 1, "ssuma": 180}],
            "azal": L(1590, BUY), "takarda_n_lwafa": L(CARD, UID)}),
        case(f, f"{a}/api/axelles", fmt="form", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "azal": L("1590.00", BUY), "tadrimt": "DZD",
            "method": L(opaque(rng, "pm_", 24), PAY), "takarda_4": L("4444", PAY)}),
        case(f, f"{a}/api/tibzimin", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "tibzimin": 40, "adris_n_tebzimt": L(KID, NAMEC),
            "lqism": SCHOOL["class"], "plastification": True, "azal": L(400, BUY)}),
        case(f, f"{a}/api/anadi", headers=_h(rng, **b), query={
            "q": L("tacekkart i weqcic 7 iseggasen", SEARCH), "asebter": "1"}),
        case(f, f"{a}/api/retrait/asrag", fmt="form", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "ass": "2026-09-03", "asrag": "17:00-18:00",
            "tahanut": SHOP["id"]}),
        case(f, f"{a}/api/retrait/anekcum", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "adeg": {"lat": sla, "lng": slo, "tiseddi": 6},
            "tahanut": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"],
                        "tilifun": SHOP["phone"], "tansa": SHOP["line"]},
            "tangalt_n_retrait": obj(rng, "rc", 6)}),
        case(f, f"{a}/api/izen", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "izen": L(
                "Ulac Adlis n tefransist deg tecekkart, ad d-uɣaleɣ azekka ma yella", TEXT)}),
        case(f, f"{a}/api/lifrizun", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "tansa": L(TO_HOME["line"], ADDR),
            "tamdint": L(TO_HOME["town"], COARSE), "tangalt_n_tansa": L(TO_HOME["post"], COARSE),
            "anermas": {"isem": L(HUSBAND[0], NAMEC), "portable": L(HUSBAND[1], TEL)},
            "azal": L(200, BUY), "adeg": {"lat": L(round(TO_HOME_AT[0], 5), PRECISE),
                                          "lng": L(round(TO_HOME_AT[1], 5), PRECISE)}}),
        receipt,
        case(f, f"{a}/api/lkumand/tughalin", fmt="form", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "id": "bk_fr_2ap", "asnifel": "bk_fr_2ap_2025",
            "ssebba": L("D adlis n useggas yezrin, mačči d win i d-yura uselmad", TEXT)}),
        case(f, f"{a}/api/cart/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "lkumand": L(ORDER, BUY), "ifecka": [["lk_192", 2], ["gm_blanc", 3]],
            "device": L(INSTALL_ID, DID), "t": 1788400000}),
        case(f, f"{a}/api/ighewwaren", headers=_h(rng, how="none"), cookies={
            "id_sess": L(opaque(rng, "", 40), CRED),
            "id_prefs": W({"takarda_n_lwafa": L(CARD, UID), "lang": L("fr", DEV),
                           "tahanut": SHOP["id"]}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_DZ")),
        case(f, f"{a}/api/tidyanin", headers=_h(rng, **b), body={
            "aseqdac": L(USER_ID, UID), "session": rid(rng), "tidyanin": [
                ev("tabdart_tuzen", 1), ev("agdil", 2, agdil=L("Lkumand", USAGE))]}),
        case(f, f"{a}/api/tufgha", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def idlisen_sdks() -> list[Case]:
    rng = random.Random(24942)
    link = U("https://idlisen.example.com/l", {"lkumand": L(ORDER, BUY), "src": "sms",
                                               "p": L(E164, TEL)})
    return [
        as_batch(APP, rng, [("List Uploaded", {"level": "2AP"}),
                            ("Order Paid", {"total": L(1590, BUY)})], at=SHOP_FIX, nd=2),
        as_identify(APP, rng, {"tamdint": L("Tizi Ouzou", COARSE), "arrac": 1,
                               "takarda_n_lwafa": L(CARD, UID)}),
        as_pixel(APP, rng, "Catalogue Viewed", {"level": "2AP"}),
        tu_launch(APP, rng, first=True),
        tu_link(APP, rng, link),
        tu_event(APP, rng, "purchase", {"lkumand": L(ORDER, BUY)}, revenue=1590.0, hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="school,books,rentree"),
        bt_notice(APP, rng, "win"),
        ft_eval(APP, rng, {"shop": SHOP["id"], "season": "rentree"}),
        pl_register(APP, rng, lang="fr", tags={"shop": SHOP["id"]}),
        pz_card(APP, rng),
        pz_confirm(APP, rng, "1590.00"),
        mt_route(APP, rng, [(TO_HOME_AT, PRECISE), ((SHOP["lat"], SHOP["lon"]), None)],
                 mode="walking"),
    ]
