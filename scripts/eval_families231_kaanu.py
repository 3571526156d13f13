"""An incense and perfume seller's app "Kaanu" (sweetness: a Yantala woman's shop of home-made
incense (``dugu``, as the author understood the Zarma word; ``wusulan`` the women's blend), perfume
oils and bakhoor, delivered by moto). Its API's keys are Zarma, ASCII-folded, with French and Hausa
loans as Niamey sellers write them: ``maa`` name, ``telefon`` phone, ``kode`` code,
``karti_nimero`` loyalty card, ``kartiye`` neighbourhood, ``kwaara`` town, ``jinay`` item,
``jinayey`` items, ``dumi`` kind, ``turaare`` perfume, ``turaare_ji`` perfume oil, ``neera`` price,
``dayyan`` order (lit. purchase), ``nooru`` amount, ``banayan`` payment, ``wallet`` mobile-money
number, ``kandiyan`` delivery, ``adiresi`` street line, ``nongu`` place, ``nooyan`` gift,
``nooyan_koy`` gift's recipient, ``note`` rating, ``sanni`` message, ``ceeci`` search, ``suura``
photo, ``panier`` cart, ``deene`` language, ``ay`` me, ``fatta`` log-out. Calls: sign-up, an SMS
code, ``/ay``, sellers near her house (``maanu`` near), the catalogue, an order, its delivery to
her house with a 5-decimal pin, a mobile-money payment, a Tabaski gift to her mother-in-law in
Dosso, the cart (msgpack), points by cookie (a base64 JSON preferences cookie), a rating, a search,
the order by number in the path, a photo of a broken bottle, a question about her asthma, a
re-order (``ye_ka`` again, ``dayyan_dong`` the earlier order), the delivery rider's ETA, push,
events and a log-out. "perfume" matched nothing and "incense" only a columbarium's offerings (set
216) in a docstring grep."""

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
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families231_kit import (
    DOSSO_HOME,
    LOYALTY,
    MOTHER_IL,
    NE_WALLET,
    NY_HOME,
    NY_HOME_AT,
    SELLER,
    fix,
    hd,
    push,
)
from eval_families231_sdk import (
    bg_bid,
    bg_notice,
    cf_session,
    mk_batch,
    mk_queue,
    td_event,
    td_launch,
)
from eval_families231_svc import co_wallet, hb_message, mg_reverse, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kaanu", "Kaanu", "com.example.kaanu", "1.3.9", "https://api.kaanu.example.net")
IID = "X-Kaanu-Device"
ORDER = "KN-26-0931"  # her order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def kaanu() -> list[Case]:
    rng = random.Random(23161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL),
                                    karti_nimero=L(LOYALTY, UID)))}
    hla, hlo = fix(NY_HOME_AT, 5)
    items = [{"jinay": "dugu_wusulan_250g", "neera": 3500, "qty": 2},
             {"jinay": "turaare_ji_musc_12ml", "neera": 4000, "qty": 1},
             {"jinay": "bakhoor_oud", "neera": 3500, "qty": 1}]
    order = at_path(case(f, f"{a}/v1/dayyan/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/hantum", headers=_h(rng), body={
            "maa": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "kartiye": L(NY_HOME["area"], COARSE), "kwaara": L(NY_HOME["town"], COARSE),
            "karti_nimero": L(LOYALTY, UID)}),
        case(f, f"{a}/v1/auth/kode", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kode": L("775031", CRED)}),
        case(f, f"{a}/v1/ay", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/butikiyey/maanu", headers=_h(rng, **b), query={
            "lat": L(f"{NY_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{NY_HOME_AT[1]:.3f}", PRECISE),
            "km": "3"}),
        case(f, f"{a}/v1/jinayey", headers=_h(rng, **b), query={
            "dumi": "dugu", "butiki": SELLER["id"], "gverdi": "1"}),
        case(f, f"{a}/v1/dayyan", headers=_h(rng, **b), body={
            "jinayey": items, "dayyan": L(ORDER, BUY), "nooru": L(14500, BUY),
            "karti_nimero": L(LOYALTY, UID), "butiki": SELLER["id"]}),
        case(f, f"{a}/v1/kandiyan", headers=_h(rng, **b), body={
            "dayyan": L(ORDER, BUY), "adiresi": L(NY_HOME["line"], ADDR),
            "kartiye": L(NY_HOME["area"], COARSE), "nongu": {"lat": hla, "lng": hlo},
            "telefon": L(NE_WALLET, TEL),
            "sanni": L("Blue gate after the small mosque, call me when you arrive", TEXT)}),
        case(f, f"{a}/v1/banayan", headers=_h(rng, **b), body={
            "dayyan": L(ORDER, BUY), "nooru": L("14500", BUY), "nooru_dumi": "XOF",
            "metodi": "mobile_money", "wallet": L(NE_WALLET, TEL)}),
        case(f, f"{a}/v1/nooyan", headers=_h(rng, **b), body={
            "nooyan_koy": {"maa": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                           "kwaara": L(DOSSO_HOME["town"], COARSE)},
            "jinayey": [{"jinay": "dugu_wusulan_500g", "neera": 6500}],
            "sanni": L("For Tabaski, with love from Niamey. Aminata", f"{TEXT}|{SENS}"),
            "nooru": L(12000, BUY)}),
        case(f, f"{a}/v1/panier", fmt="msgpack", headers=_h(rng, **b), body={
            "jinayey": items[:2], "karti_nimero": L(LOYALTY, UID), "nooru": L(11000, BUY)}),
        case(f, f"{a}/v1/karti/point", headers=_h(rng, how="none"), cookies={
            "kn_sess": L(opaque(rng, "", 40), CRED), "kn_dev": L(INSTALL_ID, DID),
            "kn_prefs": W({"karti_nimero": L(LOYALTY, UID), "deene": L("fr", DEV)},
                          "b64json")}),
        case(f, f"{a}/v1/note", fmt="form", headers=_h(rng, **b), body={
            "jinay": "dugu_wusulan_250g", "note": "5",
            "sanni": L("The wusulan smells just like my mother-in-law's, thank you!", TEXT)}),
        case(f, f"{a}/v1/ceeci", headers=_h(rng, **b), query={
            "ceeci": L("musc blanc huile sans alcool", SEARCH)}),
        order,
        multipart(f, f"{a}/v1/sanni/suura", [
            ("suura", "bottle.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {
                "dayyan": L(ORDER, BUY),
                "sanni": L("The musk bottle arrived broken in the bag", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sanni", headers=_h(rng, **b), body={
            "to": SELLER["id"],
            "sanni": L("Is the bakhoor very smoky? I have asthma and my son too",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/dayyan/ye_ka", fmt="form", headers=_h(rng, **b), body={
            "dayyan_dong": L(ORDER, BUY), "karti_nimero": L(LOYALTY, UID)}),
        case(f, f"{a}/v1/kandiyan/{ORDER}/eta", headers=_h(rng, **b), query={
            "rider": "rd_0412"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_NE")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "boro": L(USER_ID, UID), "events": [
                ev("dayyan", 1, nooru=L(14500, BUY)), ev("ekran", 2, ekran=L("Dugu", USAGE))]}),
        case(f, f"{a}/v1/fatta", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kaanu_sdks() -> list[Case]:
    rng = random.Random(23162)
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(14500, BUY)}),
                            ("Gift Sent", {"occasion": L("Tabaski", SENS)})],
                 at=NY_HOME_AT, nd=3, locale="fr_NE"),
        mk_queue(APP, rng, [("Cart Updated", {"items": 2}), ("Catalogue Opened", {})]),
        td_launch(APP, rng, first=True),
        td_event(APP, rng, "purchase", {"dayyan": L(ORDER, BUY)}, revenue=14500.0,
                 currency="XOF", hashed=True),
        bg_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=NY_HOME_AT, nd=2, yob=1991,
               gender="F", keywords="perfume,incense,tabaski"),
        bg_notice(APP, rng, "win"),
        cf_session(APP, rng, secs=274),
        pk_register(APP, rng, lang="fr", tags={"butiki": SELLER["id"],
                                               "kartiye": L(NY_HOME["area"], COARSE)}),
        co_wallet(APP, rng, "14500", L(NE_WALLET, TEL)),
        mg_reverse(APP, rng, NY_HOME_AT, PRECISE, nd=5),
        hb_message(APP, rng, L(f"Order {ORDER}: the rider could not find the house",
                               f"{TEXT}|{BUY}"), {"karti_nimero": L(LOYALTY, UID)}),
    ]
