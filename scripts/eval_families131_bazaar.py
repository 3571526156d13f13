"""A Dushanbe dried-fruit bazaar wholesaler's app "Zardolu" (its API's keys are romanised
Tajik): sign-up, log-in by phone and SMS, ``/man``, a product search, stalls nearby, a basket, a
wholesale order shipped to her New York address, its status by number in the path, the passport
scan the export paperwork needs, a price watch (msgpack), a review, a message to the seller,
her husband on the profile, a saved card, push, events and bonus points by a cookie GET.

Tajik keys used (Latin letters): ``nom`` name, ``nasab`` family name, ``raqamiTelefon`` phone
number, ``suroga`` address, ``shahr`` city, ``raqamiShinosnoma`` passport number,
``sanaiTavallud`` birth date, ``ramz`` password, ``shavhar`` husband; also ``pochta`` e-mail,
``kishvar`` country, ``justuju`` search, ``farmoish`` order, ``jami`` total, ``narkh`` price,
``miqdor`` quantity, ``sharh`` review, ``matn`` text, ``payom`` message, ``dastgoh`` device,
``zabon`` language, ``mintaqaiVaqt`` time zone, ``istifodabaranda`` user, ``giranda`` recipient."""

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
    DIGITS,
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
from eval_families18_kit import NATID
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families131_kit import (
    DOB_TJ,
    DU_HOME,
    DU_MARKET_FIX,
    FARMOISH,
    HUSBAND,
    PASSPORT_US,
    SKUS,
    STALL,
    fix,
    obj,
)
from eval_families131_sdk import (
    by_bid,
    fp_crash,
    fp_crumb,
    gm_batch,
    gm_identify,
    il_event,
    il_launch,
)
from eval_families131_svc import ck_message, pc_register, pt_card, ss_eval, tm_reverse
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("zardolu", "Zardolu", "com.example.zardolu", "3.7.2", "https://api.zardolu.example.com")
IID = "X-Zardolu-Dastgoh"
RAMZ = "Zardolu#Khubon91"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("tg-TJ,ru;q=0.8,en;q=0.6", DEV)
    return h


def zardolu() -> list[Case]:
    rng = random.Random(13101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, raqamiTelefon=L(E164, TEL), pochta=L(EMAIL, MAIL)))}
    mla, mlo = fix(DU_MARKET_FIX, 4)
    holat = at_path(case(f, f"{a}/v1/farmoish/{FARMOISH}/holat", headers=_h(rng, **b)),
                    FARMOISH, BUY)
    return [
        case(f, f"{a}/v1/baqaydgiri", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "nasab": L(LAST, NAMEC), "raqamiTelefon": L(E164, TEL),
            "pochta": L(EMAIL, MAIL), "ramz": L(RAMZ, CRED), "sanaiTavallud": L(DOB_TJ, BIRTH),
            "shahr": L(DU_HOME["city"], COARSE), "suroga": L(DU_HOME["line"], ADDR),
            "kishvar": L("TJ", COARSE), "shavhar": L(HUSBAND[0], NAMEC),
            "raqamiShinosnoma": L(PASSPORT_US, NATID), "namudiTijorat": "chakana"}),
        case(f, f"{a}/v1/vorid", fmt="form", headers=_h(rng), body={
            "raqamiTelefon": L(PHONE, TEL), "ramz": L(RAMZ, CRED), "dastgoh": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/vorid/tasdiq", fmt="form", headers=_h(rng), body={
            "raqamiTelefon": L(DIGITS, TEL), "ramziSms": L("480913", CRED)}),
        case(f, f"{a}/v1/man", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mahsulot", headers=_h(rng, **b), query={
            "justuju": L("zardolui khubon", SEARCH), "shahr": L("Dushanbe", COARSE),
            "sahifa": "1", "tartib": "narkh"}),
        case(f, f"{a}/v1/dokonho/nazdik", headers=_h(rng, **b), query={
            "lat": L(f"{DU_MARKET_FIX[0]:.4f}", "location.precise"),
            "lon": L(f"{DU_MARKET_FIX[1]:.4f}", "location.precise"), "radius": "800"}),
        case(f, f"{a}/v1/dokonho/{STALL['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/sabad", headers=_h(rng, **b), body={
            "dokon": STALL["id"], "mol": [{"sku": s, "miqdor": q, "narkh": p} for s, q, p in
                                          zip(SKUS, (20, 10, 5, 8), (38, 52, 96, 44), strict=True)],
            "istifodabaranda": L(USER_ID, UID), "sabadId": obj(rng, "sb")}),
        case(f, f"{a}/v1/farmoish", headers=_h(rng, **b), body={
            "raqamiFarmoish": L(FARMOISH, BUY), "jami": L("2212.00", BUY), "asor": "TJS",
            "dokon": {"id": STALL["id"], "nom": STALL["nom"], "telefon": STALL["telefon"]},
            "pardokht": L(opaque(rng, "pm_", 24), PAY), "raqamiTelefon": L(E164, TEL),
            "giranda": {"nom": L(f"{FIRST} {LAST}", NAMEC), "suroga": L(LINE1, ADDR),
                        "suroga2": L(LINE2, ADDR), "shahr": L(CITY, COARSE),
                        "indeks": L(ZIP, COARSE), "kishvar": L("US", COARSE)},
            "intiqol": "avia-kargo", "vaznKg": 43}),
        holat,
        multipart(f, f"{a}/v1/hujjatho/shinosnoma", [
            ("surat", "shinosnoma.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
            ("malumot", None, "application/json", {
                "raqamiShinosnoma": L(PASSPORT_US, NATID), "sanaiTavallud": L(DOB_TJ, BIRTH),
                "nasab": L(LAST, NAMEC), "farmoish": L(FARMOISH, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/narkhho/tamosho", fmt="msgpack", headers=_h(rng, **b), body={
            "istifodabaranda": L(USER_ID, UID), "mol": SKUS[2], "narkh": 96,
            "vaqt": 1765338112, "manba": "justuju"}),
        case(f, f"{a}/v1/sharh", fmt="form", headers=_h(rng, **b), body={
            "dokon": STALL["id"], "baho": "5",
            "sharh": L("Zardolu shirin, chormaghz toza. Rahmat!", TEXT)}),
        case(f, f"{a}/v1/payom", headers=_h(rng, **b), body={
            "ba": STALL["id"], "payomId": obj(rng, "msg"),
            "matn": L("Salom, shavharam Farrukh Rahimov pul mefiristad, farmoishro to juma"
                      " nigoh dored", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/profil/shavhar", headers=_h(rng, **b), body={
            "shavhar": {"nom": L(HUSBAND[0], NAMEC), "raqamiTelefon": L(HUSBAND[1], TEL)},
            "ijozatiPardokht": True}),
        case(f, f"{a}/v1/kortho", fmt="form", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "tok_", 24), PAY), "chorRaqamiOkhir": L("5678", PAY),
            "nomiSohib": L(f"{FIRST} {LAST}".upper(), NAMEC)}),
        case(f, f"{a}/v1/dastgoh", headers=_h(rng, **b), body={
            "jetonPush": L(push_token(rng), DID), "dastgoh": L(INSTALL_ID, DID),
            "zabon": L("tg_TJ", DEV), "mintaqaiVaqt": L("Asia/Dushanbe", DEV),
            "model": L("Pixel 8", DEV), "system": L("Android 14", DEV)}),
        case(f, f"{a}/v1/hodisaho", gz=True, headers=_h(rng, **b), body={
            "istifodabaranda": L(USER_ID, UID), "hodisaho": [
                ev("farmoish_tasdiq", 1, jami=L(2212, BUY)), ev("justuju", 2),
                ev("safha", 3, safha=L("Sabad", USAGE))]}),
        case(f, f"{a}/v1/bonus", headers=_h(rng, how="none"), cookies={
            "zd_sessiya": L(opaque(rng, "", 40), CRED), "zd_dastgoh": L(INSTALL_ID, DID),
            "zd_req": rid(rng)}),
        case(f, f"{a}/v1/man/suroga", headers=_h(rng, **b), body={
            "suroga": L(DU_HOME["line"], ADDR), "nohiya": L(DU_HOME["district"], COARSE),
            "shahr": L(DU_HOME["city"], COARSE), "indeks": L(DU_HOME["zip"], COARSE),
            "lat": mla, "lon": mlo}),
        case(f, f"{a}/v1/mahsulot/{SKUS[0]}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/farmoishho", headers=_h(rng, **b), query={"sahifa": "1", "holat": "hama"}),
        case(f, f"{a}/v1/ogohinoma", headers=_h(rng, **b), query={"az": "1765300000"}),
    ]


def zardolu_sdks() -> list[Case]:
    rng = random.Random(13102)
    return [
        gm_batch(APP, rng, [("Order Placed", {"total": L(2212, BUY), "items": 4}),
                            ("Search", {"query": L("zardolui khubon", SEARCH)})],
                 at=DU_MARKET_FIX, nd=2),
        gm_identify(APP, rng, {"city": L("Dushanbe", COARSE), "buyer_type": "chakana"}),
        il_launch(APP, rng, first=True),
        il_event(APP, rng, "purchase", {"order": L(FARMOISH, BUY)}, revenue=2212.0, hashed=True),
        by_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="dried fruit,apricot"),
        fp_crash(APP, rng, ("java.lang.IllegalStateException", "sabad empty after restore"),
                 [fp_crumb("nav", "Mahsulot -> Sabad"),
                  fp_crumb("http", "POST", {"url": f"{APP.api}/v1/sabad", "status": 500})],
                 screen="SabadActivity"),
        pc_register(APP, rng, lang="tg", tags={"shahr": L("Dushanbe", COARSE)}),
        pt_card(APP, rng, email=True),
        ss_eval(APP, rng, {"market": L("TJ", COARSE)}, hdr=True),
        tm_reverse(APP, rng, DU_MARKET_FIX, "location.precise", nd=5),
        ck_message(APP, rng, L("Where is my order ZD-2512-40718?", f"{TEXT}|{BUY}"),
                   {"order": L(FARMOISH, BUY)}),
    ]
