"""A cashback and loyalty-card wallet "Kirehum" (kire back, hum rouble: she links her local debit
card, scans the QR codes of fiscal receipts, picks the month's cashback categories and withdraws
the roubles to her account; her money). Its API's keys are Bashkir in Latin letters, snake_case,
ASCII-folded, mixed with the English and Russian words fintech keeps (``token``, ``qr``, ``bik``,
``inn``, ``sbp``): ``isem`` first name, ``familiya`` surname, ``telefon``, ``pochta`` e-mail,
``serhuz`` password, ``kod`` code, ``tyugan_kon`` birth date, ``qala`` town, ``hisap`` account,
``karta`` card, ``karta_nomery`` card number, ``songy_dort`` last four, ``isap`` bank account,
``alyusy`` payee, ``keshbek`` cashback, ``kategoriyalar`` categories, ``chek`` receipt,
``hatyp_alyu`` purchase, ``kibet`` shop, ``hum`` amount, ``balans`` balance, ``sygaryu``
withdrawal, ``bonus_karta`` loyalty card, ``dus`` friend, ``khabar`` message, ``ezlau`` search,
``kinlek`` / ``ozonloq`` latitude / longitude, ``dau`` dispute, ``qorolma`` device,
``waqigalar`` events): sign-up, an SMS log-in, ``/min``, her card linked, the month's categories,
a receipt QR, purchases, a protobuf receipt batch, an offline receipt queue (JSON Lines), shops
near her flat, a loyalty card added and opened by number in the path, a withdrawal to her
account, her INN for the payouts, an invitation to her sister, a search, a card check (base64
JSON in a form field), a cashback estimate (msgpack), a dispute, the balance by cookie, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families241_kit import (
    CB_ACCOUNT,
    INN,
    MIR_MASKED,
    RU_ACCOUNT,
    SISTER_US,
    TZ,
    UFA_HOME,
    UFA_HOME_AT,
    hd,
)
from eval_families241_sdk import (
    bt_event,
    bt_launch,
    is_batch,
    is_identify,
    is_pixel,
    sc_session,
    tb_bid,
    tb_notice,
)
from eval_families241_svc import bd_message, tp_wallet, um_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kirehum", "Kirehum", "com.example.kirehum", "4.7.0", "https://api.kirehum.example.com")
IID = "X-Kirehum-Qorolma"
PW = "Keshbek$Ofo2025"
NID = "personal.national_id"
LOYALTY = "2775004188231"  # her loyalty card at a grocery chain (id.user there)
QR1 = "t=20251214T1832&s=1240.00&fn=7380440700123456&i=41822&fp=2911053417&n=1"
QR2 = "t=20251215T0911&s=386.50&fn=7380440700654321&i=9914&fp=1183300472&n=1"
QR3 = "t=20251215T1944&s=2150.00&fn=7380440700777001&i=301&fp=4401927733&n=1"
SHOP = {"id": "kb_yaqty_118", "name": "Yaqty Market Mingazheva", "lat": 54.72911,
        "lon": 55.96452}  # a shop (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _qr(c: Case, *paths: str) -> Case:
    """A fiscal receipt's QR string is a query string: its sum ``s`` is the purchase."""
    for p in paths:
        c.labels[("body", f"{p}.s")] = BUY
    return c


def kirehum() -> list[Case]:
    rng = random.Random(24141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hisap=L(CB_ACCOUNT, UID), telefon=L(E164, TEL)))}
    lab: dict[str, str] = {}
    batch = pb([(1, L(CB_ACCOUNT, UID)),
                (2, [(1, QR1), (2, L(124000, BUY)), (3, SHOP["id"]), (4, 1765726320)]),
                (3, [(1, QR2), (2, L(38650, BUY)), (3, "kb_darixana_07"),
                     (4, 1765789860)]),
                (4, "4.7.0")], "", lab)
    card = at_path(case(f, f"{a}/api/v3/bonus_kartalar/{LOYALTY}", headers=_h(rng, **b)),
                   LOYALTY, UID)
    return [
        case(f, f"{a}/api/v3/terkaleu", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "pochta": L(EMAIL, MAIL), "serhuz": L(PW, CRED), "tyugan_kon": L(DOB, BIRTH),
            "qala": L(UFA_HOME["town"], COARSE), "hisap": L(CB_ACCOUNT, UID),
            "sharttar_qabul": True}),
        case(f, f"{a}/api/v3/ineu/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("390517", CRED)}),
        case(f, f"{a}/api/v3/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/kartalar", headers=_h(rng, **b), body={
            "karta_nomery": L(MIR_MASKED, PAY), "songy_dort": L("0917", PAY),
            "token": L(opaque(rng, "ctk_", 32), PAY), "karta_tore": "mir_debit",
            "karta_iyahe": L("JANE DOE", NAMEC), "bank": "bank_ex_0214"}),
        case(f, f"{a}/api/v3/keshbek/kategoriyalar", headers=_h(rng, **b), body={
            "ay": "2026-01", "hailangan": ["darixana", "balalar_tauarzary", "kafe"],
            "hisap": L(CB_ACCOUNT, UID)}),
        _qr(case(f, f"{a}/api/v3/cheklar/skan", headers=_h(rng, **b), body={
            "qr": QR1, "hum": L(1240.00, BUY), "kibet": SHOP["id"],
            "kibet_uryny": {"kinlek": SHOP["lat"], "ozonloq": SHOP["lon"]},
            "skan_id": rid(rng)}), "qr"),
        case(f, f"{a}/api/v3/hatyp_alyular", headers=_h(rng, **b), query={
            "ay": "2025-12", "bit": "1"}),
        _qr(raw(f, f"{a}/api/v3/cheklar/batch", batch, "application/x-protobuf", lab,
                headers=_h(rng, **b)), "2.1", "3.1"),
        _qr(lines(f, f"{a}/api/v3/cheklar/offline", [
            {"qr": QR2, "hum": L("386.50", BUY), "hisap": L(CB_ACCOUNT, UID),
             "t": 1765789860},
            {"qr": QR3, "hum": L("2150.00", BUY), "hisap": L(CB_ACCOUNT, UID),
             "t": 1765817040}], headers=_h(rng, **b)), "[0].qr", "[1].qr"),
        case(f, f"{a}/api/v3/kibetter/yaqyn", headers=_h(rng, **b), query={
            "kinlek": L(f"{UFA_HOME_AT[0]:.3f}", PRECISE),
            "ozonloq": L(f"{UFA_HOME_AT[1]:.3f}", PRECISE), "radius_m": "1500"}),
        case(f, f"{a}/api/v3/bonus_kartalar", headers=_h(rng, **b), body={
            "kibet_seltere": "yaqty_market", "karta_nomery": L(LOYALTY, UID),
            "format": "ean13"}),
        card,
        case(f, f"{a}/api/v3/sygaryu", headers=_h(rng, **b), body={
            "hum": L(1870, BUY), "isap": L(RU_ACCOUNT, PAY), "bik": "048073601",
            "alyusy": L(f"{FIRST} {LAST}", NAMEC), "idempotency_key": rid(rng)}),
        case(f, f"{a}/api/v3/nalog/inn", fmt="form", headers=_h(rng, **b), body={
            "inn": L(INN, NID), "hisap": L(CB_ACCOUNT, UID)}),
        case(f, f"{a}/api/v3/dus/sakyryu", headers=_h(rng, **b), body={
            "dus": {"isem": L(SISTER_US[0], NAMEC), "pochta": L(SISTER_US[2], MAIL)},
            "khabar": L("Laura, if you ever move here, this app pays you back for groceries!",
                        TEXT), "promo": "QY55FRIEND"}),
        case(f, f"{a}/api/v3/ezlau", headers=_h(rng, **b), query={
            "q": L("darixana keshbek 10 prosent", SEARCH)}),
        case(f, f"{a}/api/v3/karta/tasdiqlau", fmt="form", headers=_h(rng, **b), body={
            "data": W({"songy_dort": L("0917", PAY), "tyugan_kon": L(DOB, BIRTH),
                       "telefon": L(NATIONAL, TEL)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v3/keshbek/hisaplau", fmt="msgpack", headers=_h(rng, **b), body={
            "hatyp_alyular": [{"kategoriya": "kafe", "hum": L(980, BUY)},
                              {"kategoriya": "darixana", "hum": L(386.5, BUY)}],
            "prosent": [5, 10], "ay": "2025-12"}),
        _qr(case(f, f"{a}/api/v3/dau", headers=_h(rng, **b), body={
            "chek": QR1, "sabap": "keshbek_kilmagan",
            "khabar": L("14 dekabrze Yaqty Marketta 1240 hum tulanem, keshbek kilmane", TEXT)}),
            "chek"),
        case(f, f"{a}/api/v3/balans", headers=_h(rng, how="none"), cookies={
            "kh_sessiya": L(opaque(rng, "", 40), CRED), "kh_qorolma": L(INSTALL_ID, DID),
            "kh_req": rid(rng)}),
        case(f, f"{a}/api/v3/qorolma", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "qorolma_id": L(INSTALL_ID, DID),
            "tel": L("en", DEV), "waqyt_bulkate": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v3/waqigalar", gz=True, headers=_h(rng, **b), body={
            "qullanyusy": L(USER_ID, UID), "waqigalar": [
                ev("chek_skan", 1, hum=L(1240, BUY)), ev("ekran", 2, ekran=L("Balans", USAGE))]}),
    ]


def kirehum_sdks() -> list[Case]:
    rng = random.Random(24142)
    return [
        is_batch(APP, rng, [("Receipt Scanned", {"amount": L(1240, BUY)}),
                            ("Card Linked", {"type": "mir_debit"})], at=UFA_HOME_AT, nd=3),
        is_identify(APP, rng, {"qala": L("Ufa", COARSE), "hisap": L(CB_ACCOUNT, UID),
                               "kartalar": 1}),
        is_pixel(APP, rng, "Offer Viewed", {"offer": "of_kafe_5"}),
        bt_launch(APP, rng, first=True),
        bt_event(APP, rng, "card_linked", {"karta": "mir_debit"}, hashed=True),
        tb_bid(APP, rng, {"native": {"ver": "1.2"}}, at=UFA_HOME_AT, nd=2,
               keywords="cashback,groceries,bank"),
        tb_notice(APP, rng, "imp"),
        sc_session(APP, rng, secs=244),
        tp_wallet(APP, rng, "1870", L(E164, TEL)),
        um_geocode(APP, rng, "Yaqty Market Mingazheva", SEARCH, near=UFA_HOME_AT, nd=3),
        bd_message(APP, rng, L("My cashback for December 14 did not arrive", TEXT),
                   {"hisap": L(CB_ACCOUNT, UID)}),
    ]
