"""Swat emerald marketplace "Zamarod Bazaar" (she buys cut and rough emeralds from Mingora's gem
market for her jewellery and had a ring made; its API's keys are Pashto in Latin letters:
``noom`` name, ``da_mera_noom`` husband's name, ``brekhnalik`` e-mail, ``mobile_shmera`` mobile
number, ``patnoom`` password (lit. "secret name"), ``zegedo_neta`` birth date, ``pata`` address,
``khar`` city, ``jins`` sex (``khaza`` woman), ``karan`` user, ``latun`` search, ``dabara``
stone, ``qirat`` carat, ``rang`` colour, ``sanad`` certificate, ``kaan`` mine, ``sauda`` deal,
``baya`` price, ``paise`` amount, ``tol_paise`` total, ``farmaish`` order, ``adaygi`` payment,
``paigham`` message, ``tabsira`` remark, ``shikayat`` complaint, ``melmana`` guests,
``gotmai`` ring, ``dzay`` place, ``nizhde`` near, ``rasid`` receipt, ``pekhe`` events, ``kod``
code): sign-up, log-in, an SMS code, ``/zama``, searches, a stone, a deal and its message, the
order, escrow by mobile wallet, a lab certificate, the mine visit (her and her husband's cards),
a check-in at the mine, the market near her, a ring commission (msgpack), a protobuf live-auction
bid, receipts by cookie, the order by number in the path, a review, a complaint, push, events and
a log-out. No earlier set has a gemstone or emerald app (file-name and docstring grep)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families176_kit import (
    GEM_FIX,
    GEM_MARKET,
    GEM_ORDER,
    HUSBAND,
    HUSBAND_CNIC,
    MINE,
    MINE_FIX,
    PK_HOME,
    PK_HOME_AT,
    POC,
    WALLET,
    fix,
    hd,
    obj,
)
from eval_families176_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families176_svc import cl_wallet, md_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zamarod", "Zamarod Bazaar", "com.example.zamarod", "3.4.1",
          "https://api.zamarodbazaar.example.com")
IID = "X-Zamarod-Aala"
PW = "Zamarod!Swat2026"
DOB_PK = "17/05/1991"
NID = "personal.national_id"
WAL = f"{TEL}|{PAY}"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ps=True, **kw)


def zamarod() -> list[Case]:
    rng = random.Random(17601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, brekhnalik=L(EMAIL, MAIL), khar=L("Peshawar", COARSE),
                                    rol="kharidar"))}
    mla, mlo = fix(MINE_FIX)
    stone = obj(rng, "db")
    lab: dict[str, str] = {}
    bid = pb([(1, L(USER_ID, UID)), (2, obj(rng, "lot")), (3, L(185000, BUY)),
              (4, 1768210000), (5, L(64, DEV))], "", lab)
    rasid = at_path(case(f, f"{a}/api/v3/farmaish/{GEM_ORDER}/rasid", headers=_h(rng, **b)),
                    GEM_ORDER, BUY)
    return [
        case(f, f"{a}/api/v3/nomlikana", headers=_h(rng), body={
            "noom": L(f"{FIRST} {LAST}", NAMEC), "da_mera_noom": L(HUSBAND[0], NAMEC),
            "brekhnalik": L(EMAIL, MAIL), "mobile_shmera": L(E164, TEL), "patnoom": L(PW, CRED),
            "zegedo_neta": L(DOB_PK, BIRTH), "jins": L("khaza", GENDER),
            "cnic": L(POC, NID), "pata": L(PK_HOME["line"], ADDR),
            "khar": L(PK_HOME["town"], COARSE), "manal": True}),
        case(f, f"{a}/api/v3/nanawatal", fmt="form", headers=_h(rng), body={
            "brekhnalik": L(EMAIL_UPPER, MAIL), "patnoom": L(PW, CRED), "yad_sata": "1"}),
        case(f, f"{a}/api/v3/otp/tasdiq", fmt="form", headers=_h(rng), body={
            "mobile_shmera": L(E164, TEL), "kod": L("507316", CRED)}),
        case(f, f"{a}/api/v3/zama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/dabare", headers=_h(rng, **b), query={
            "latun": L("swat zamarod 2 qirat sheen rang", SEARCH), "qirat_min": "1.5",
            "tartib": "baya"}),
        case(f, f"{a}/api/v3/dabare/{stone}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/khwakhe", headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "dabara": stone}),
        case(f, f"{a}/api/v3/sauda", headers=_h(rng, **b), body={
            "dabara": stone, "baya": L(180000, BUY), "asli_baya": 210000,
            "paigham": L("Ka 180 zara qabul we no nan ye akhlam", TEXT)}),
        case(f, f"{a}/api/v3/paigham", headers=_h(rng, **b), body={
            "ta": "sl_mingora_114", "dabara": stone,
            "matan": L("Sabaa Mingora ta razam, zama shmera 0334 9087155 da", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v3/farmaish", headers=_h(rng, **b), body={
            "farmaish": L(GEM_ORDER, BUY), "dabara": stone, "tol_paise": L(180000, BUY),
            "rasawal": {"noom": L(f"{FIRST} {LAST}", NAMEC), "pata": L(PK_HOME["line"], ADDR),
                        "khar": L(PK_HOME["town"], COARSE), "mobile": L(NATIONAL, TEL)},
            "lezhunkay": "sl_mingora_114"}),
        case(f, f"{a}/api/v3/adaygi/amanat", fmt="form", headers=_h(rng, **b), body={
            "farmaish": L(GEM_ORDER, BUY), "paise": L("180000", BUY), "sikka": "PKR",
            "wallet_shmera": L(WALLET, WAL), "tranzakshan": opaque(rng, "tx", 12)}),
        multipart(f, f"{a}/api/v3/sanad", [
            ("sanad", "lab_certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"farmaish": L(GEM_ORDER, BUY),
                                                "lab": "gemlab_psh", "qirat": 2.14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/kaan/liddana", headers=_h(rng, **b), body={
            "kaan": MINE["id"], "neta": "2026-01-24", "melmana": [
                {"noom": L(f"{FIRST} {LAST}", NAMEC), "cnic": L(POC, NID)},
                {"noom": L(HUSBAND[0], NAMEC), "cnic": L(HUSBAND_CNIC, NID),
                 "mobile": L(HUSBAND[1], TEL)}], "gaddi": "LEB-2291"}),
        case(f, f"{a}/api/v3/kaan/rasedal", headers=_h(rng, **b), body={
            "kaan": MINE["id"], "dzay": {"lat": mla, "lng": mlo, "sahi": 9},
            "kaan_dzay": {"lat": MINE["lat"], "lng": MINE["lon"]}}),
        case(f, f"{a}/api/v3/bazaar/nizhde", headers=_h(rng, **b), query={
            "lat": L(f"{PK_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{PK_HOME_AT[1]:.3f}", PRECISE),
            "km": "200"}),
        case(f, f"{a}/api/v3/bazaar/{GEM_MARKET['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/gotmai/dizain", fmt="msgpack", headers=_h(rng, **b), body={
            "farmaish": L(GEM_ORDER, BUY), "dabara": stone, "sra_zar": "22k",
            "gotmai_saiz": L(15.7, FIT), "kandal": L("Zama ao Shahzeb", TEXT),
            "tol_paise": L(64000, BUY)}),
        raw(f, f"{a}/api/v3/lilam/boli", bid, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/rasidona", headers=_h(rng, how="none"), cookies={
            "zb_sesia": L(opaque(rng, "", 40), CRED), "zb_aala": L(INSTALL_ID, DID),
            "zb_req": rid(rng)}),
        rasid,
        case(f, f"{a}/api/v3/tabsira", fmt="form", headers=_h(rng, **b), body={
            "lezhunkay": "sl_mingora_114", "rating": "5",
            "tabsira": L("Dabara bilkul hagha shan wa lake sanad ke likale wa, manana", TEXT)}),
        case(f, f"{a}/api/v3/shikayat", headers=_h(rng, **b), body={
            "farmaish": L(GEM_ORDER, BUY), "dol": "rasawal",
            "matan": L("Parsal dre wradze naweray rasedalay", TEXT)}),
        multipart(f, f"{a}/api/v3/dabare/khpal", [
            ("andzor", "my_stone.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"qirat": 0.8, "baya": 42000})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/aala", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aala_id": L(INSTALL_ID, DID),
            "zhaba": L("ps", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v3/pekhe", gz=True, headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "pekhe": [
                ev("dabara_lidal", 1, dabara=stone), ev("farmaish", 2, paise=L(180000, BUY)),
                ev("screen", 3, screen=L("ZamaFarmaishuna", USAGE))]}),
        case(f, f"{a}/api/v3/watal", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aala": L(INSTALL_ID, DID)}),
    ]


def zamarod_sdks() -> list[Case]:
    rng = random.Random(17602)
    return [
        mc_batch(APP, rng, [("Stone Viewed", {"carat": 2.14}),
                            ("Order Placed", {"total": L(180000, BUY)})],
                 at=GEM_FIX, nd=3, locale="ps_PK"),
        mc_identify(APP, rng, {"khar": L("Peshawar", COARSE), "rol": "kharidar",
                               "farmaishuna": 2}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"farmaish": L(GEM_ORDER, BUY)}, revenue=180000.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PK_HOME_AT, nd=2,
               keywords="gems,emerald,jewellery"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "auction socket closed"),
                 [cd_crumb("nav", "Lilam -> Boli"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v3/lilam/boli", "status": 409})],
                 screen="LilamActivity"),
        pt_register(APP, rng, lang="ps", tags={"bazaar": GEM_MARKET["id"]}),
        cl_wallet(APP, rng, "180000", L(WALLET, WAL)),
        mm_reverse(APP, rng, MINE_FIX, PRECISE, nd=5),
        md_message(APP, rng, L(f"Farmaish {GEM_ORDER} amanat ke band da", f"{TEXT}|{BUY}"),
                   {"karan": L(USER_ID, UID)}),
    ]
