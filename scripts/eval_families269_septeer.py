"""An appliance-repair and handyman call-out app "Septeer" (Kyzyl; the family's washing machine
and the shelves at the Chadan house; the API's keys are Tuvan in ASCII with Russian loans, a
third developer's folding: ``ady`` name, ``telefon``, ``kod`` code, ``adres`` address (loan),
``kudumchu`` street, ``bazhyng`` house, ``kvartira`` flat (loan), ``podezd`` entrance (loan),
``kat`` floor, ``domofon`` intercom (loan), ``hooray`` town, ``cher`` place, ``septelge``
repair order, ``tehnika`` appliance (loan), ``buzulgan`` what broke, ``shak`` time, ``ortek``
price, ``aksha`` amount, ``tolevir`` payment, ``chai_aksha`` tip, ``unelel`` rating,
``demdeglel`` remark, ``garantiya`` warranty (loan), ``medee`` message, ``churuk`` photo,
``dyn`` sound, ``kizhi`` on-site contact): an SMS log-in, ``/men``, her address with the intercom
code and her point, the categories, a washing-machine repair ordered, a photo and a sound
recording of the fault, the estimate by order number in the path, the master's arrival,
her fix at the entrance, the payment, a tip, a review, a warranty claim (msgpack), a chat with
the master, a handyman job at the Chadan house, a promo cookie, a receipt by e-mail, push and
events. (A docstring grep found no appliance-repair or handyman app; plumber and electrician
call-outs exist in sets 57 and 60, so this one is a general repair marketplace.)"""

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
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families269_kit import (
    CHADAN_HOME,
    HUSBAND,
    JOB,
    KZ_HOME,
    KZ_HOME_AT,
    MASTER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families269_sdk import bs_bid, bs_notice, ct_crash, ct_crumb, th_launch, um_batch
from eval_families269_svc import ck_check, fk_eval, hk_attach, mu_geocode, ps_register, py_card
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("septeer", "Septeer", "com.example.septeer", "2.7.4", "https://api.septeer.example.com")
IID = "X-Septeer-Device"
ENTRANCE_FIX = (51.716902, 94.441155)  # her phone at the block's entrance door
JOB2 = "SP-260301-118"  # the shelves at the Chadan house (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, ru=True, **kw)


def septeer() -> list[Case]:
    rng = random.Random(26961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), ady=L(FIRST, NAMEC)))}
    hla, hlo = fix(KZ_HOME_AT, 5)
    ela, elo = fix(ENTRANCE_FIX)
    est = at_path(case(f, f"{a}/api/v2/septelge/{JOB}/ortek", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/api/v2/auth/telefon", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "ady": L(FIRST, NAMEC)}),
        case(f, f"{a}/api/v2/auth/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("742088", CRED)}),
        case(f, f"{a}/api/v2/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/adrester", headers=_h(rng, **b), body={
            "adres": L(KZ_HOME["line"], ADDR), "hooray": L(KZ_HOME["town"], COARSE),
            "podezd": "3", "kat": "5", "domofon": L("27K4419", CRED),
            "cher": {"lat": hla, "lng": hlo}}),
        case(f, f"{a}/api/v2/kategoriyalar", headers=_h(rng, **b), query={
            "hooray": L("Kyzyl", COARSE)}),
        case(f, f"{a}/api/v2/septelge", headers=_h(rng, **b), body={
            "septelge": L(JOB, BUY), "tehnika": "chuuk chuur mashina",
            "model": "Example WM-6 A", "buzulgan": L(
                "Mashina suun tokpas, sonda ulug dyn undurup turar", TEXT),
            "adres": L(KZ_HOME["line"], ADDR), "shak": "2026-01-14T15:00/17:00",
            "ortek_chyyry": L(1500, BUY)}),
        multipart(f, f"{a}/api/v2/septelge/{JOB}/churuk", [
            ("churuk", "mashina.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA))],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/septelge/{JOB}/dyn", [
            ("dyn", "dyn.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"uzadyr_sek": 11})],
            headers=_h(rng, **b)),
        est,
        case(f, f"{a}/api/v2/septelge/keleri", headers=_h(rng, **b), query={
            "septelge": L(JOB, BUY), "master": MASTER["id"]}),
        case(f, f"{a}/api/v2/septelge/cher", headers=_h(rng, **b), body={
            "septelge": L(JOB, BUY), "cher": {"lat": ela, "lng": elo, "chiktig": 5},
            "demdeglel": L("Ushku podezd, kyzyl ezhik", TEXT)}),
        case(f, f"{a}/api/v2/tolevir", fmt="form", headers=_h(rng, **b), body={
            "septelge": L(JOB, BUY), "aksha": L("3200.00", BUY), "valyuta": "RUB",
            "karta_token": L(opaque(rng, "tok_", 24), PAY), "soolgu_dort": L("4444", PAY)}),
        case(f, f"{a}/api/v2/chai_aksha", fmt="form", headers=_h(rng, **b), body={
            "septelge": L(JOB, BUY), "master": MASTER["id"], "aksha": L("300", BUY)}),
        case(f, f"{a}/api/v2/unelel", headers=_h(rng, **b), body={
            "master": MASTER["id"], "unelel": 5,
            "demdeglel": L("Sergei iyi shak ishtinde septep kaan, nasosty solup kaan. Ekii!",
                           TEXT)}),
        case(f, f"{a}/api/v2/garantiya", fmt="msgpack", headers=_h(rng, **b), body={
            "septelge": L(JOB, BUY), "user": L(USER_ID, UID),
            "medee": L("Iyi semdiri ertkende mashina katap suun tokpas apargan", TEXT),
            "claim": obj(rng, "gr")}),
        case(f, f"{a}/api/v2/chat/{obj(rng, 'ch')}", headers=_h(rng, **b), body={
            "medee": L(f"Men ajylda men, ashakym ajyttyp beer, telefony {HUSBAND[1]}",
                       f"{TEXT}|{TEL}"), "client_ref": rid(rng)}),
        case(f, f"{a}/api/v2/septelge", headers=_h(rng, **b), body={
            "septelge": L(JOB2, BUY), "tehnika": "polka_salbas",
            "buzulgan": L("Chadanda ashakymnyng iezining bazhyngynda polka salyr", TEXT),
            "adres": L(CHADAN_HOME["line"], ADDR), "hooray": L(CHADAN_HOME["town"], COARSE),
            "kizhi": {"ady": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "ortek_chyyry": L(2500, BUY)}),
        case(f, f"{a}/api/v2/promo", headers=_h(rng, how="none"), cookies={
            "sp_sess": L(opaque(rng, "", 40), CRED),
            "sp_promo": W({"kod": "SHAGAA10", "user": L(USER_ID, UID),
                           "dev": L(INSTALL_ID, DID)}, "b64json")}),
        case(f, f"{a}/api/v2/kvitanciya", fmt="form", headers=_h(rng, **b), body={
            "septelge": L(JOB, BUY), "el_shuudang": L(EMAIL_MIXED, MAIL)}),
        case(f, f"{a}/api/v2/hereksel", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/v2/boluushkunnar", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_created", 1), ev("screen", 2, screen=L("MasterKeleri", USAGE))]}),
    ]


def septeer_sdks() -> list[Case]:
    rng = random.Random(26962)
    return [
        um_batch(APP, rng, [("Order Created", {"category": "washer"}),
                            ("Order Paid", {"amount": L(3200, BUY)})], at=KZ_HOME_AT, nd=2,
                 locale="ru_RU"),
        th_launch(APP, rng, user=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="repair,home,kyzyl"),
        bs_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [ct_crumb("nav", "Septelge -> Dyn"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v2/septelge", "status": 201})],
                 screen="SoundActivity"),
        fk_eval(APP, rng, {"hooray": L("Kyzyl", COARSE), "orders": 2}),
        ps_register(APP, rng, lang="ru", tags={"hooray": L("Kyzyl", COARSE)}),
        ck_check(APP, rng, {"analytics": True, "marketing": True}),
        py_card(APP, rng, email=True),
        mu_geocode(APP, rng, KZ_HOME["line"] + ", Kyzyl", ADDR, near=KZ_HOME_AT, nd=3),
        hk_attach(APP, rng, L(JPEG + b"\x4e", MEDIA), "mashina2.jpg", "image/jpeg"),
    ]
