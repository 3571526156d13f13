"""A Cebu lechon house's pre-order app "Litsonhan" (whole roast pigs and belly rolls ordered days
ahead for a fiesta or a birthday, delivered hot on the day). Its API's keys are Cebuano:
``ngalan`` name, ``apelyido`` family name, ``numero`` phone number, ``puy_anan`` home address,
``dakbayan`` city, ``adlaw_natawhan`` birth date, ``tinago`` password (the "hidden word"),
``bana`` husband, ``anak`` child, ``kantidad`` amount, ``bayad`` payment, ``mensahe`` message,
``pangita`` search, ``gidaghanon`` quantity, ``petsa`` date, ``oras`` time, ``tigdawat``
receiver, ``puntos`` points, ``suki_kard`` regular-customer card, ``sinultian`` language,
``dapit`` place. Calls: sign-up (her husband, their daughter for birthday promos), log-in,
``/ako`` with a JWT, the suki card, lechon houses near her house, the menu, a pre-order
(msgpack), the deposit, the balance by a cookie GET, the delivery slot, the receiver (her
husband), a card message, a review, a search, a photo of the party table, a delivery tracker
(her house's position, the order number in the path), the receipt by order number in the path,
a card link (base64 JSON in a form field), a complaint, the points, push, events and a
log-out."""

from __future__ import annotations

import random
from typing import Any

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
from eval_families142_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    LITSON_CARD,
    LITSON_ORDER,
    LITSONAN,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families142_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families142_svc import cl_card, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("litsonhan", "Litsonhan", "com.example.litsonhan", "4.1.0",
          "https://api.litsonhan.example.com")
IID = "X-Litson-Device"
PW = "Lechon!Lahug26"
DOB_CEB = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ceb=True, **kw)


def litsonhan() -> list[Case]:
    rng = random.Random(14201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), suki=L(LITSON_CARD, UID)))}
    hla, hlo = fix(HOME_AT, 5)
    receipt = at_path(case(f, f"{a}/v2/order/{LITSON_ORDER}/resibo", headers=_h(rng, **b)),
                      LITSON_ORDER, BUY)
    return [
        case(f, f"{a}/v2/parehistro", headers=_h(rng), body={
            "ngalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "numero": L(E164, TEL), "tinago": L(PW, CRED), "adlaw_natawhan": L(DOB_CEB, BIRTH),
            "puy_anan": L(HOME["line"], ADDR), "barangay": L(HOME["barangay"], COARSE),
            "dakbayan": L(HOME["city"], COARSE),
            "bana": {"ngalan": L(HUSBAND[0], NAMEC), "numero": L(HUSBAND[1], TEL)},
            "anak": [{"ngalan": L(DAUGHTER["first"], NAMEC),
                      "adlaw_natawhan": L(DAUGHTER["dob"], BIRTH)}],
            "sinultian": L("ceb", DEV), "uyon_sa_lagda": True}),
        case(f, f"{a}/v2/sulod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "tinago": L(PW, CRED), "hinumdumi": "oo"}),
        case(f, f"{a}/v2/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/suki_kard", headers=_h(rng, **b), query={
            "suki_kard": L(LITSON_CARD, UID), "porma": "qr"}),
        case(f, f"{a}/v2/litsonan/duol", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "8", "abli_karon": "true"}),
        case(f, f"{a}/v2/litsonan/{LITSONAN['id']}/menu", headers=_h(rng, **b),
             query={"kategorya": "tibuok_baboy"}),
        case(f, f"{a}/v2/order", fmt="msgpack", headers=_h(rng, **b), body={
            "litsonan": LITSONAN["id"], "butang": [
                {"sku": "whole_pig_20kg", "gidaghanon": 1, "presyo": 9500},
                {"sku": "belly_roll_spicy", "gidaghanon": 2, "presyo": 1450}],
            "order_numero": L(LITSON_ORDER, BUY), "kantidad": L(12400, BUY),
            "petsa": "2026-01-18", "oras": "11:00", "suki_kard": L(LITSON_CARD, UID),
            "linya": obj(rng, "ln")}),
        case(f, f"{a}/v2/bayad/deposito", fmt="form", headers=_h(rng, **b), body={
            "order_numero": L(LITSON_ORDER, BUY), "kantidad": L("5000", BUY), "kwarta": "PHP",
            "pamaagi": L(opaque(rng, "pm_", 24), PAY), "katapusang_upat": L("4444", PAY)}),
        case(f, f"{a}/v2/balanse", headers=_h(rng, how="none"), cookies={
            "lh_sesyon": L(opaque(rng, "", 40), CRED), "lh_device": L(INSTALL_ID, DID),
            "lh_req": rid(rng)}),
        case(f, f"{a}/v2/order/slot", headers=_h(rng, **b), body={
            "order_numero": L(LITSON_ORDER, BUY), "petsa": "2026-01-18", "oras": "10:30-11:00",
            "dapit": {"puy_anan": L(HOME["line"], ADDR), "barangay": L(HOME["barangay"], COARSE),
                      "lat": hla, "lon": hlo}, "sakyanan": "motor"}),
        case(f, f"{a}/v2/order/tigdawat", fmt="form", headers=_h(rng, **b), body={
            "order_numero": L(LITSON_ORDER, BUY), "tigdawat_ngalan": L(HUSBAND[0], NAMEC),
            "tigdawat_numero": L(HUSBAND[1], TEL), "tawag_una": "oo"}),
        case(f, f"{a}/v2/order/mensahe", headers=_h(rng, **b), body={
            "order_numero": L(LITSON_ORDER, BUY),
            "mensahe": L(f"Maayong Fiesta! Gikan ni Ramil, Jane ug {DAUGHTER['first']}",
                         f"{TEXT}|{NAMEC}"), "kard": "fiesta_red"}),
        case(f, f"{a}/v2/review", fmt="form", headers=_h(rng, **b), body={
            "litsonan": LITSONAN["id"], "bituon": "5",
            "mensahe": L("Lami kaayo ang panit, crispy gyud! Sakto ra ang asin.", TEXT)}),
        case(f, f"{a}/v2/pangita", headers=_h(rng, **b), query={
            "pangita": L("litson nga walay sili para sa bata", SEARCH), "page": "1"}),
        multipart(f, f"{a}/v2/review/hulagway", [
            ("hulagway", "lamesa.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"suki_kard": L(LITSON_CARD, UID),
                                                "order_numero": L(LITSON_ORDER, BUY)})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/order/{LITSON_ORDER}/track", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.6f}", PRECISE), "lon": L(f"{HOME_AT[1]:.6f}", PRECISE),
            "rider": "rd_7731"}), LITSON_ORDER, BUY),
        receipt,
        case(f, f"{a}/v2/suki_kard/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"suki_kard": L(LITSON_CARD, UID), "numero": L(E164, TEL),
                       "adlaw_natawhan": L(DOB_CEB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/reklamo", headers=_h(rng, **b), body={
            "order_numero": L(LITSON_ORDER, BUY),
            "mensahe": L("Late ug 40 minutos ang delivery, bugnaw na ang litson", TEXT),
            "matang": "ulahi"}),
        case(f, f"{a}/v2/puntos", headers=_h(rng, **b), query={
            "suki_kard": L(LITSON_CARD, UID)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "sinultian": L("ceb", DEV), "oras_sona": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/hitabo", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "hitabo": [
                ev("order_gihimo", 1, litsonan=LITSONAN["id"]), ev("deposito", 2, kantidad=5000),
                ev("screen", 3, screen=L("SukiKard", USAGE))]}),
        case(f, f"{a}/v2/gawas", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def litsonhan_sdks() -> list[Case]:
    rng = random.Random(14202)
    return [
        mc_batch(APP, rng, [("Order Placed", {"items": 3, "total": L(12400, BUY)}),
                            ("Deposit Paid", {"amount": L(5000, BUY)})],
                 at=HOME_AT, nd=2, locale="ceb_PH"),
        mc_identify(APP, rng, {"barangay": L("Lahug", COARSE), "city": L("Cebu City", COARSE),
                               "suki_kard": L(LITSON_CARD, UID), "puntos": 640}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"order": L(LITSON_ORDER, BUY)}, revenue=12400.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="lechon,fiesta,birthday"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "slot picker: no date"),
                 [cd_crumb("nav", "Menu -> Slot"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/order", "status": 201})],
                 screen="SlotActivity"),
        pt_register(APP, rng, lang="ceb", at=HOME_AT, nd=2,
                    tags={"suki_litsonan": LITSONAN["id"], "barangay": L("Lahug", COARSE)}),
        cd_session(APP, rng, secs=742),
        cl_card(APP, rng),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Wala pa ma-credit ang deposit sa {LITSON_ORDER}", f"{TEXT}|{BUY}"),
                   {"suki_kard": L(LITSON_CARD, UID)}),
    ]
