"""A home-industry biltong and droewors maker's order app "Gomaxun" (``goman`` cattle + ``xun``
things; a fictional Keetmanshoop maker whose parcels ride the long-distance bus to Windhoek,
where her husband's sister lives). Its API's keys are Khoekhoegowab with Afrikaans loans,
ASCII-folded (click letters dropped): ``ons`` name, ``van`` surname, ``selfoon`` mobile,
``kodewoord`` password (Afrikaans), ``kode`` SMS code, ``goa_tses`` birth date, ``oms`` house
(street line), ``dorob`` town, ``pos_kode`` post code, ``klant`` customer, ``ama`` buy,
``amas`` order, ``mandjie`` cart, ``prys`` price, ``totaal`` total, ``mari`` amount,
``mari_gui`` payment, ``aflewer`` delivery, ``ontvanger`` receiver, ``khais`` place,
``khanis`` message/note, ``mis`` remark, ``sterre`` stars (rating), ``soek`` search,
``intekening`` subscription, ``punte`` points, ``toestel`` device, ``xun`` events: sign-up, an
SMS code, ``/ti``, the product list, a cart (msgpack), an order sent by bus to her
sister-in-law, its payment, the bus hand-over, the order by number in the path, a monthly box
to her house (her pin at 5 decimals), a review, a search, a complaint photo, a loyalty card
link (base64 JSON in a form field), points by cookie, a pick-up at the shop with her fix, an
address-book entry for her mother-in-law, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families223_kit import (
    BUS_STOP,
    KH_HOME,
    KH_HOME_AT,
    MOTHER_IL,
    SHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families223_sdk import (
    bo_bid,
    bo_notice,
    cn_crash,
    cn_crumb,
    mk_batch,
    mk_identify,
    tg_event,
    tg_launch,
)
from eval_families223_svc import ca_card, ca_confirm, cb_save, hw_message, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("gomaxun", "Gomaxun", "com.example.gomaxun", "4.0.3",
          "https://api.gomaxun.example.com")
IID = "X-Gomaxun-Toestel"
PW = "Droewors@Keetmans9"
DOB_NA = "17/05/1991"
CUSTOMER = "GX-K-20418"  # her customer number (id.user)
ORDER = "GX-26-03-0917"  # the parcel order (financial.purchase)
SISTER_IL = ("Rosalia Goagoses", "+264813370215")  # her husband's sister in Windhoek
SHOP_FIX = (-26.585887, 18.138154)  # her phone at the shop's counter


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, naq=True, **kw)


def gomaxun() -> list[Case]:
    rng = random.Random(22361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), klant=L(CUSTOMER, UID)))}
    hla, hlo = fix(KH_HOME_AT, 5)
    sla, slo = fix(SHOP_FIX, 5)
    items = [{"produk": "bt_beef_500", "aantal": 2, "prys": 210},
             {"produk": "dw_gemsbok_250", "aantal": 3, "prys": 95}]
    got = at_path(case(f, f"{a}/api/amas/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/klante", headers=_h(rng), body={
            "ons": L(FIRST, NAMEC), "van": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selfoon": L(E164, TEL), "kodewoord": L(PW, CRED), "goa_tses": L(DOB_NA, BIRTH),
            "oms": L(KH_HOME["line"], ADDR), "dorob": L(KH_HOME["town"], COARSE),
            "pos_kode": L(KH_HOME["post"], COARSE), "nuusbrief": True}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "selfoon": L(E164, TEL), "kode": L("772051", CRED)}),
        case(f, f"{a}/api/ti", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/produkte", headers=_h(rng, **b), query={
            "soort": "biltong", "winkel": SHOP["id"]}),
        case(f, f"{a}/api/mandjie", fmt="msgpack", headers=_h(rng, **b), body={
            "klant": L(CUSTOMER, UID), "items": items, "subtotaal": L(705, BUY)}),
        case(f, f"{a}/api/ama", headers=_h(rng, **b), body={
            "amas": L(ORDER, BUY), "klant": L(CUSTOMER, UID), "items": items,
            "totaal": L(785, BUY), "aflewer": "bus_pakkie",
            "ontvanger": {"ons": L(SISTER_IL[0], NAMEC), "selfoon": L(SISTER_IL[1], TEL),
                          "dorob": L("Windhoek", COARSE)},
            "khanis": L("Vir Rosalia, !gai tses! Minder sout asseblief, Hendrik se bloeddruk.",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/betaal", fmt="form", headers=_h(rng, **b), body={
            "amas": L(ORDER, BUY), "mari": L("785.00", BUY), "valuta": "NAD",
            "mari_gui": L(opaque(rng, "pm_", 24), PAY), "laaste_vier": L("4444", PAY)}),
        case(f, f"{a}/api/aflewer/bus", headers=_h(rng, **b), body={
            "amas": L(ORDER, BUY), "pakkie_no": "BP-7731-0418", "vertrek": "2026-03-13T18:30",
            "halte": {"lat": BUS_STOP[0], "lon": BUS_STOP[1]}, "bestemming": "Windhoek"}),
        got,
        case(f, f"{a}/api/intekening", headers=_h(rng, **b), body={
            "klant": L(CUSTOMER, UID), "boks": "maand_gemeng", "mari": L(560, BUY),
            "aflewer_oms": L(KH_HOME["line"], ADDR), "khais": {"lat": hla, "lon": hlo},
            "tses": "1"}),
        case(f, f"{a}/api/resensie", fmt="form", headers=_h(rng, **b), body={
            "produk": "dw_gemsbok_250", "sterre": "5",
            "mis": L("Die gemsbok droewors is die beste in die suide!", TEXT)}),
        case(f, f"{a}/api/soek", headers=_h(rng, **b), query={
            "soek": L("gemsbok droewors sonder vet", SEARCH), "blad": "1"}),
        multipart(f, f"{a}/api/klagte", [
            ("foto", "biltong_skimmel.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "amas": L(ORDER, BUY),
                "mis": L("Twee stukke het skimmel gehad toe die pakkie aankom", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lojaliteit/koppel", fmt="form", headers=_h(rng, **b), body={
            "data": W({"klant": L(CUSTOMER, UID), "selfoon": L(NATIONAL, TEL),
                       "goa_tses": L(DOB_NA, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/punte", headers=_h(rng, how="none"), cookies={
            "gx_sessie": L(opaque(rng, "", 40), CRED), "gx_toestel": L(INSTALL_ID, DID),
            "gx_req": rid(rng)}),
        case(f, f"{a}/api/afhaal/hier", headers=_h(rng, **b), body={
            "amas": obj(rng, "od"), "khais": {"lat": sla, "lon": slo},
            "winkel": {"id": SHOP["id"], "lat": SHOP["lat"], "lon": SHOP["lon"]}}),
        case(f, f"{a}/api/adresboek", headers=_h(rng, **b), body={
            "klant": L(CUSTOMER, UID), "ons": L(MOTHER_IL[0], NAMEC),
            "selfoon": L(MOTHER_IL[1], TEL), "oms": L("Erf 14, Berseba", ADDR),
            "dorob": L("Berseba", COARSE)}),
        case(f, f"{a}/api/toestel", headers=_h(rng, **b), body=push(push_token(rng), "af_NA")),
        case(f, f"{a}/api/xun", gz=True, headers=_h(rng, **b), body={
            "khoe": L(USER_ID, UID), "xun": [
                ev("ama", 1, totaal=L(785, BUY)), ev("skerm", 2, skerm=L("Mandjie", USAGE))]}),
        case(f, f"{a}/api/uitgaan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "toestel": L(INSTALL_ID, DID)}),
    ]


def gomaxun_sdks() -> list[Case]:
    rng = random.Random(22362)
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(785, BUY)}),
                            ("Bus Parcel Chosen", {})], at=KH_HOME_AT, nd=2, locale="af_NA"),
        mk_identify(APP, rng, {"dorob": L("Keetmanshoop", COARSE), "klant": L(CUSTOMER, UID),
                               "punte": 120}),
        tg_launch(APP, rng, first=True),
        tg_event(APP, rng, "purchase", {"amas": L(ORDER, BUY)}, revenue=785.0, hashed=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KH_HOME_AT, nd=3,
               keywords="biltong,meat,braai"),
        bo_notice(APP, rng, "win"),
        cn_crash(APP, rng, ("java.lang.IllegalStateException", "cart stale"),
                 [cn_crumb("nav", "Produkte -> Mandjie"),
                  cn_crumb("net", "POST", {"url": f"{APP.api}/api/ama", "status": 409})],
                 screen="MandjieActivity"),
        ps_register(APP, rng, lang="af", at=KH_HOME_AT, nd=2, tags={"winkel": SHOP["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": True}),
        ca_card(APP, rng, email=True),
        ca_confirm(APP, rng, "785.00"),
        hw_message(APP, rng, L(f"Bestelling {ORDER} het nog nie in Windhoek aangekom nie",
                               f"{TEXT}|{BUY}"), {"klant": L(CUSTOMER, UID)}),
    ]
