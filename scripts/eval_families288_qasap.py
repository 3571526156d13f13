"""A halal butcher's ordering app "Qasapci" (``qasap`` butcher: a family butcher's shop in
Medgidia's centre with a counter for pre-orders; its API's keys are Crimean Tatar, ASCII-folded:
``ad_soyad`` full name, ``telefon``, ``mahfiy_soz`` password (lit. "hidden word"),
``kart_nomeri`` loyalty card, ``mallar`` goods, ``kilo``, ``baha`` price, ``sebet`` basket,
``yekun`` total, ``simaris`` order, ``teslim`` hand-over, ``izaat`` instructions, ``tolev``
payment, ``fis`` receipt, ``puanlar`` points, ``qurban``, ``pay`` share, ``niyet`` intention,
``adina`` in whose name, ``alici`` recipient, ``soqaq`` street, ``seer`` town, ``qiymet``
rating, ``fikir`` opinion, ``qidiruv`` search, ``abonelik`` standing order, ``sikayet``
complaint): sign-up, a log-in, ``/menim``, the catalogue, a basket, the order for the bayram
table, its payment, a pick-up check-in at the counter, the receipt by order number in the path,
points by cookie, a share of a qurban for her late father-in-law, a delivery to her
mother-in-law, a review, a search, an offline basket sync (msgpack), a weekly standing order, a
complaint, push, events and a log-out. Sets 137 (a qurban app), 47, 49 and 94 (halal scanner,
finder, meal kits) differ: this is one butcher's counter."""

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
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families288_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    LOYALTY,
    MOTHER_IL,
    SHOP,
    SHOP_FIX,
    fix,
    hd,
    push,
)
from eval_families288_sdk import (
    bz_bid,
    bz_notice,
    iz_event,
    iz_launch,
    qc_crash,
    qc_crumb,
    sy_batch,
    sy_pixel,
)
from eval_families288_svc import aq_card, aq_confirm, cq_register, hq_geocode, yd_message
from eval_payloads import INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("qasapci", "Qasapci", "com.example.qasapci", "1.3.0", "https://api.qasapci.example.com")
IID = "X-Qasap-Install"
PW = "Karasu$quzu7"
ORDER = "QS-26-04417"  # the bayram order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def qasapci() -> list[Case]:
    rng = random.Random(28851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kart=L(LOYALTY, UID), tel=L(E164, TEL)))}
    sla, slo = fix(SHOP_FIX, 4)
    receipt = at_path(case(f, f"{a}/api/v1/simarislar/{ORDER}/fis", headers=_h(rng, **b)),
                      ORDER, BUY)
    lines_ = [{"mal": "quzu_but", "kilo": 2.5, "baha": 68},
              {"mal": "quzu_pirzola", "kilo": 1.2, "baha": 85},
              {"mal": "sucuq_ev", "kilo": 0.8, "baha": 72}]
    return [
        case(f, f"{a}/api/v1/musteri/qayd", headers=_h(rng), body={
            "ad_soyad": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(PHONE, TEL),
            "email": L(EMAIL_MIXED, MAIL), "mahfiy_soz": L(PW, CRED),
            "kart_nomeri": L(LOYALTY, UID), "haberler": True}),
        case(f, f"{a}/api/v1/kiris", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "mahfiy_soz": L(PW, CRED)}),
        case(f, f"{a}/api/v1/menim", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/dukkanlar/yaqin", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radius_km": "3", "halal": "1"}),
        case(f, f"{a}/api/v1/mallar", headers=_h(rng, **b), query={
            "kategoriya": "quzu", "dukkan": SHOP["id"]}),
        case(f, f"{a}/api/v1/sebet", headers=_h(rng, **b), body={
            "mallar": lines_, "yekun": L(331.6, BUY), "kart_nomeri": L(LOYALTY, UID)}),
        case(f, f"{a}/api/v1/simaris", headers=_h(rng, **b), body={
            "simaris": L(ORDER, BUY), "yekun": L(331.6, BUY),
            "teslim": {"tur": "alip_ketuv", "saat": "2026-03-19T17:00", "dukkan": SHOP["id"]},
            "izaat": L("Butnu parcalap, suyeklerini ayri qoyuniz; Ramazan bayrami sofrasi icin",
                       f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/tolev", fmt="form", headers=_h(rng, **b), body={
            "simaris": L(ORDER, BUY), "miqdar": L("331.60", BUY), "valyuta": "RON",
            "metod": L(opaque(rng, "pm_", 24), PAY), "son_dort": L("4444", PAY)}),
        case(f, f"{a}/api/v1/dukkan/kelis", headers=_h(rng, **b), body={
            "simaris": L(ORDER, BUY), "yer": {"lat": sla, "lng": slo},
            "dukkan": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"],
                       "telefon": SHOP["phone"]}}),
        receipt,
        case(f, f"{a}/api/v1/puanlar", headers=_h(rng, how="none"), cookies={
            "qs_oturum": L(opaque(rng, "", 40), CRED), "qs_cihaz": L(INSTALL_ID, DID),
            "qs_kart": L(LOYALTY, UID)}),
        case(f, f"{a}/api/v1/qurban/pay", headers=_h(rng, **b), body={
            "tur": L("qurban", SENS), "pay_sayisi": 1, "hayvan": "sigir_07",
            "adina": L(HUSBAND[0], NAMEC),
            "niyet": L("Rahmetli qaynatamnin ruhu icin", f"{TEXT}|{SENS}"),
            "miqdar": L(1100, BUY)}),
        case(f, f"{a}/api/v1/teslimat", headers=_h(rng, **b), body={
            "simaris": L("QS-26-04452", BUY), "alici": {
                "ad": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "adres": {"soqaq": L("Str. Ovidiu 7", ADDR), "seer": L("Medgidia", COARSE)},
            "saat": "2026-03-20T10:00"}),
        case(f, f"{a}/api/v1/fikir", fmt="form", headers=_h(rng, **b), body={
            "dukkan": SHOP["id"], "qiymet": "5",
            "fikir": L("Quzu pek taze edi, sucuq da eyi. Tesekkur!", TEXT)}),
        case(f, f"{a}/api/v1/qidiruv", headers=_h(rng, **b), query={
            "q": L("sucuq ev usulu aci", SEARCH)}),
        case(f, f"{a}/api/v1/sebet/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "kart_nomeri": L(LOYALTY, UID), "mallar": lines_[:2], "offline": True}),
        case(f, f"{a}/api/v1/abonelik", headers=_h(rng, **b), body={
            "hafta_kunu": "cuma", "mallar": [{"mal": "tavuq_butun", "kilo": 1.8}],
            "adres": {"soqaq": L(HOME["line"], ADDR), "seer": L(HOME["town"], COARSE),
                      "posta_kodu": L(HOME["post"], COARSE)}}),
        case(f, f"{a}/api/v1/sikayet", headers=_h(rng, **b), body={
            "simaris": L(ORDER, BUY),
            "yazi": L("Pirzolalar 1.2 kilo degil, 1 kilo keldi", TEXT)}),
        case(f, f"{a}/api/v1/cihaz", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/vaqialar", gz=True, headers=_h(rng, **b), body={
            "qullanici": L(USER_ID, UID), "vaqialar": [
                ev("simaris", 1, yekun=L(331.6, BUY)), ev("ekran", 2, ekran=L("Sebet", USAGE))]}),
        case(f, f"{a}/api/v1/cikis", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, DID)}),
    ]


def qasapci_sdks() -> list[Case]:
    rng = random.Random(28852)
    return [
        sy_batch(APP, rng, [("Order Placed", {"total": L(331.6, BUY)}),
                            ("Picked Up", {"shop": SHOP["id"]})], at=SHOP_FIX, nd=2),
        sy_pixel(APP, rng, "Catalogue Viewed", {"category": "lamb"}),
        iz_launch(APP, rng, first=True),
        iz_event(APP, rng, "purchase", {"simaris": L(ORDER, BUY)}, revenue=331.6,
                 currency="RON", hashed=True),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="meat,halal,ramadan"),
        bz_notice(APP, rng, "win"),
        qc_crash(APP, rng, ("java.lang.NumberFormatException", "kilo: 1,2"),
                 [qc_crumb("nav", "Mallar -> Sebet"), qc_crumb("tap", "kilo_qos")],
                 screen="SebetActivity"),
        cq_register(APP, rng, tags={"dukkan": SHOP["id"]}),
        aq_card(APP, rng),
        aq_confirm(APP, rng, "331.60"),
        hq_geocode(APP, rng, "Macelaria Karasu", SEARCH, near=HOME_AT, nd=3),
        yd_message(APP, rng, L(f"Simaris {ORDER} hala hazir degil", f"{TEXT}|{BUY}"),
                   {"kart": L(LOYALTY, UID)}),
    ]
