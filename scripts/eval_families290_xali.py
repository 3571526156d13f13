"""A carpet-washing service with door pick-up "Xalisute" (a plant on the Elazig road in Tunceli
collects rugs, washes and dries them and brings them back; its API's keys are Zazaki,
ASCII-folded, with English ``token``/``id``: ``name_peyname`` full name, ``mobil`` mobile,
``kod`` code, ``adres`` street line, ``mehle`` neighbourhood, ``qat`` floor, ``suke`` town,
``siparis`` order, ``xali`` carpet, ``tike`` pieces, ``metrekare`` square metres, ``leke`` stain,
``qimet`` price, ``yekun`` total, ``girotis`` pick-up, ``teslim`` delivery, ``pere_dayis``
payment, ``kart_peyen4`` last four card digits, ``puan`` rating, ``fikir`` remark, ``nuste``
text, ``cigerayis`` search, ``cinar`` neighbour, ``kupon`` coupon, ``hewa`` weather): an SMS
log-in, ``/mi``, the address, the price list, an order of three carpets, a stain photo, the
pick-up slot, her door-step fix when the van comes (5 decimals), the order by number in the path,
an offline basket (msgpack), payment, a message to the driver, delivery confirmed, a rating, a
neighbour referred, a search, a coupon by cookie, push and events. New kind (a file-name and
docstring grep for "carpet wash" and "rug wash" found nothing; the carpet sets 95, 106, 109, 117,
131 are weaving and selling rugs)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
from eval_families290_kit import HOME, HOME_AT, HUSBAND, PLANT, XS_ORDER, fix, hd, push
from eval_families290_sdk import bf_bid, bf_notice, cd_session, mc_batch, mc_queue, tn_launch
from eval_families290_svc import cl_card, cl_confirm, fn_eval, mm_geocode, mm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("xalisute", "Xalisute", "com.example.xalisute", "1.8.0",
          "https://api.xalisute.example.com")
IID = "X-Xalisute-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, tr=True, **kw)


def xalisute() -> list[Case]:
    rng = random.Random(29021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobil=L(E164, TEL), musteri=L("xs_" + USER_ID[2:], UID)))}
    hla, hlo = fix(HOME_AT, 5)
    order = at_path(case(f, f"{a}/api/siparis/{XS_ORDER}", headers=_h(rng, **b)), XS_ORDER, BUY)
    addr = {"adres": L(HOME["line"], ADDR), "mehle": L(HOME["mahalle"], COARSE), "qat": "2",
            "suke": L(HOME["town"], COARSE)}
    return [
        case(f, f"{a}/api/kod", fmt="form", headers=_h(rng), body={
            "mobil": L(E164, TEL), "kanal": "sms"}),
        case(f, f"{a}/api/cikewtis", fmt="form", headers=_h(rng), body={
            "mobil": L(E164, TEL), "kod": L("418207", CRED), "cihaz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/profil", headers=_h(rng, **b), body={
            "name_peyname": L(f"{FIRST} {LAST}", NAMEC), "e_posta": L(EMAIL, MAIL), **addr,
            "asansor": False}),
        case(f, f"{a}/api/qimetan", headers=_h(rng, **b), query={
            "suke": L("Tunceli", COARSE), "cins": "yun"}),
        case(f, f"{a}/api/siparis", headers=_h(rng, **b), body={
            "siparis": L(XS_ORDER, BUY), "fabrika": PLANT["id"],
            "xali": [{"cins": "yun", "metrekare": 6.0, "leke": "qehwe"},
                     {"cins": "kilim", "metrekare": 3.5},
                     {"cins": "makine", "metrekare": 8.0}],
            "tike": 3, "yekun": L(1050, BUY),
            "fikir": L("Xaliya gird kihana, veyvê ma ra mendi, hesar bisuyerê", TEXT)}),
        multipart(f, f"{a}/api/siparis/leke", [
            ("resim", "leke_qehwe.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"siparis": L(XS_ORDER, BUY), "xali": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/girotis", fmt="form", headers=_h(rng, **b), body={
            "siparis": L(XS_ORDER, BUY), "roje": "2026-03-03", "saete": "10-12",
            "telefono_bin": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/girotis/ca", headers=_h(rng, **b), body={
            "siparis": L(XS_ORDER, BUY), "lat": hla, "lng": hlo, "dorustiye": 9,
            "fabrika": {"lat": PLANT["lat"], "lng": PLANT["lon"]}}),
        order,
        case(f, f"{a}/api/sepet/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "musteri": L("xs_" + USER_ID[2:], UID),
            "sepet": [{"xizmet": "perde_sutis", "tike": 2, "qimet": 240},
                      {"xizmet": "dosek_sutis", "tike": 1, "qimet": 400}],
            "yekun": L(640, BUY)}),
        case(f, f"{a}/api/pere_dayis", fmt="form", headers=_h(rng, **b), body={
            "siparis": L(XS_ORDER, BUY), "miqdar": L("1050.00", BUY), "para": "TRY",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_peyen4": L("4444", PAY)}),
        case(f, f"{a}/api/mesaj", headers=_h(rng, **b), body={
            "siparis": XS_ORDER, "ajo": "sofor",
            "nuste": L("Zengi xirab o, telefon bike: (555) 010-0199, ez ware de pawena",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/teslim", fmt="form", headers=_h(rng, **b), body={
            "siparis": L(XS_ORDER, BUY), "teslim_girot": L(f"{FIRST} {LAST}", NAMEC),
            "imza": "ok"}),
        case(f, f"{a}/api/puan", headers=_h(rng, **b), body={
            "siparis": XS_ORDER, "puan": 4,
            "fikir": L("Xali weş biye, la leka qehwe hema asena", TEXT)}),
        case(f, f"{a}/api/cinar", headers=_h(rng, **b), body={
            "cinar": {"name_peyname": L("Sevda Dogan", NAMEC), "mobil": L("+905301124470", TEL)},
            "nuste": L("Sevda xanim xaliyanê xo dana sutis", TEXT)}),
        case(f, f"{a}/api/cigerayis", headers=_h(rng, **b), query={
            "cigerayis": L("xaliya yune sutis qimet", SEARCH)}),
        case(f, f"{a}/api/kupon", headers=_h(rng, how="none"), cookies={
            "xs_sid": L(opaque(rng, "", 40), CRED), "xs_dev": L(INSTALL_ID, DID),
            "xs_kupon": "BAHAR25"}),
        case(f, f"{a}/api/hewa", headers=_h(rng, **b), query={
            "suke": L("Tunceli", COARSE), "roje": "2026-03-05"}),
        case(f, f"{a}/api/cihaz", headers=_h(rng, **b), body=push(push_token(rng), "tr_TR")),
        case(f, f"{a}/api/hedise", gz=True, headers=_h(rng, **b), body={
            "karber": L(USER_ID, UID), "oturum": rid(rng), "hedise": [
                ev("siparis_da", 1, yekun=L(1050, BUY)),
                ev("ekran", 2, ekran=L("SiparisTakib", USAGE))]}),
    ]


def xalisute_sdks() -> list[Case]:
    rng = random.Random(29022)
    return [
        mc_batch(APP, rng, [("Order Placed", {"pieces": 3, "total": L(1050, BUY)}),
                            ("Pickup Booked", {"slot": "10-12"})], at=HOME_AT, nd=3),
        mc_queue(APP, rng, [("Basket Saved", {"items": 2}), ("Coupon Applied", {})]),
        tn_launch(APP, rng, first=True, user=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,cleaning,carpet"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"suke": L("Tunceli", COARSE), "plant": PLANT["id"]}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1050.00"),
        mm_reverse(APP, rng, HOME_AT, PRECISE_CAT, nd=5),
        mm_geocode(APP, rng, f"{HOME['line']} Tunceli", ADDR, near=HOME_AT, nd=2),
    ]


PRECISE_CAT = "location.precise"
