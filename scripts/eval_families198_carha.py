"""The electronic queue to cross the border by car at Brest, "Carha" (a fictional operator's app:
a slot booked for their car to Poland, the waiting-zone fee, arrival in the waiting zone, the
queue position, a customs pre-declaration). Keys are Belarusian in Lacinka, ASCII-folded, with
English: ``imia``, ``prozvisca``, ``posta``, ``telefon``, ``parol``, ``kod`` code, ``autamabil``
car, ``numarny_znak`` plate, ``marka`` make, ``uladalnik`` owner, ``carha`` queue, ``bron``
booking, ``punkt`` checkpoint, ``kirouca`` driver, ``pasazyry`` passengers, ``paspart``,
``zona_cakannia`` waiting zone, ``pazicyja`` position, ``deklaracyja`` declaration, ``tavary``
goods, ``lieki`` medicines, ``hrosy`` cash, ``pieranos`` rescheduling, ``prycyna`` reason."""

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
    MED,
    NAMEC,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families198_kit import (
    CHECKPOINT,
    DAUGHTER,
    HUSBAND,
    HUSBAND_ID,
    PASSPORT,
    PLATE,
    WAIT_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families198_sdk import bk_bid, cn_crash, cn_crumb, md_batch, tz_event, tz_launch
from eval_families198_svc import cz_card, cz_confirm, fv_eval, mb_reverse, ph_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("carha", "Carha", "com.example.carha", "5.0.3", "https://api.carha.example.com")
IID = "X-Carha-Device"
PW = "Most!Brest2026"
NID = "personal.national_id"
SLOT = "CH-BR-26-308812"  # their queue booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def carha() -> list[Case]:
    rng = random.Random(19841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), posta=L(EMAIL, MAIL)))}
    wla, wlo = fix(WAIT_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SLOT, BUY)), (2, [(1, L(WAIT_FIX[0], PRECISE)), (2, L(WAIT_FIX[1], PRECISE))]),
               (3, 1769600000), (4, L(48, DEV))], "", lab)
    pos = at_path(case(f, f"{a}/v1/carha/{SLOT}/pazicyja", headers=_h(rng, **b)), SLOT, BUY)
    car = obj(rng, "au")
    return [
        case(f, f"{a}/v1/rehistracyja", headers=_h(rng), body={
            "imia": L(FIRST, NAMEC), "prozvisca": L(LAST, NAMEC), "posta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED)}),
        case(f, f"{a}/v1/sms/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("508117", CRED)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/autamabili", headers=_h(rng, **b), body={
            "autamabil": car, "numarny_znak": PLATE, "marka": "Skoda Octavia", "kolier": "siery",
            "uladalnik": {"imia": L(HUSBAND[0], NAMEC),
                          "identyfikacyjny_numar": L(HUSBAND_ID, NID)}}),
        case(f, f"{a}/v1/carha/bron", headers=_h(rng, **b), body={
            "punkt": CHECKPOINT["id"], "data": "2026-01-29", "slot": "06:00-07:00",
            "autamabil": car, "numarny_znak": PLATE, "bron": L(SLOT, BUY),
            "kirouca": {"imia": L(f"{FIRST} {LAST}", NAMEC), "paspart": L(PASSPORT, NID)},
            "pasazyry": [{"imia": L(HUSBAND[0], NAMEC),
                          "identyfikacyjny_numar": L(HUSBAND_ID, NID)},
                         {"imia": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                          "data_naradzennia": L(DAUGHTER["dob"], BIRTH)}]}),
        case(f, f"{a}/v1/aplata", fmt="form", headers=_h(rng, **b), body={
            "bron": L(SLOT, BUY), "suma": L("9.60", BUY), "valiuta": "BYN",
            "metad": L(opaque(rng, "pm_", 24), PAY), "aposnija_4": L("4444", PAY)}),
        pos,
        case(f, f"{a}/v1/zona_cakannia/prybyccio", headers=_h(rng, **b), body={
            "bron": L(SLOT, BUY), "miesca": {"syrata": wla, "dauhata": wlo, "dakladnasc": 7},
            "punkt": {"id": CHECKPOINT["id"], "syrata": CHECKPOINT["lat"],
                      "dauhata": CHECKPOINT["lon"]}}),
        raw(f, f"{a}/v1/zona_cakannia/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/punkty", headers=_h(rng, **b), query={
            "syrata": L(f"{WAIT_FIX[0]:.2f}", COARSE), "dauhata": L(f"{WAIT_FIX[1]:.2f}", COARSE),
            "typ": "lehkavyja"}),
        case(f, f"{a}/v1/deklaracyja", gz=True, headers=_h(rng, **b), body={
            "bron": L(SLOT, BUY), "kirouca": {"imia": L(f"{FIRST} {LAST}", NAMEC),
                                              "paspart": L(PASSPORT, NID)},
            "tavary": [{"nazva": "miod", "kh": 2}, {"nazva": "kava", "kh": 1}],
            "lieki": [L("salbutamol inhaliatar", MED), L("levatyroksin 50 mkh", MED)],
            "hrosy": {"suma": 1200, "valiuta": "USD"}}),
        case(f, f"{a}/v1/carha/pieranos", fmt="form", headers=_h(rng, **b), body={
            "bron": L(SLOT, BUY), "novy_slot": "09:00-10:00",
            "prycyna": L("Dacka zachvareła, vyjedziem paźniej", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/zona_cakannia/cherha", fmt="msgpack", headers=_h(rng, **b), body={
            "bron": L(SLOT, BUY),
            "kropki": [{"syrata": L(round(WAIT_FIX[0] - 0.0004 * i, 6), PRECISE),
                        "dauhata": L(round(WAIT_FIX[1] + 0.0002 * i, 6), PRECISE),
                        "t": 1769600400 + 600 * i} for i in range(3)]}),
        case(f, f"{a}/v1/paviedamlennie", headers=_h(rng, **b), body={
            "bron": L(SLOT, BUY),
            "tekst": L("Za rulom budzie muz Ales Kavalchuk, jaho telefon +375297184422",
                       f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/historyja", headers=_h(rng, how="none"), cookies={
            "ch_sesija": L(opaque(rng, "", 40), CRED), "ch_prylada": L(INSTALL_ID, DID),
            "ch_req": rid(rng)}),
        case(f, f"{a}/v1/kvitancyja/email", fmt="form", headers=_h(rng, **b), body={
            "bron": L(SLOT, BUY), "posta": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/posuk", headers=_h(rng, **b), query={
            "q": L("kolki cakac u Brescie zaraz", SEARCH)}),
        case(f, f"{a}/v1/acenka", headers=_h(rng, **b), body={
            "punkt": CHECKPOINT["id"], "acenka": 3,
            "tekst": L("Cakali try hadziny, u zonie niama cyploj tualetu", TEXT)}),
        case(f, f"{a}/v1/kameri", headers=_h(rng, **b), query={"punkt": CHECKPOINT["id"]}),
        case(f, f"{a}/v1/prylady", headers=_h(rng, **b), body=push(push_token(rng), "en_BY")),
        case(f, f"{a}/v1/padziei", gz=True, headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID), "padziei": [
                ev("bron_stvorana", 1), ev("ekran", 2, ekran=L("MajaCarha", USAGE))]}),
        case(f, f"{a}/v1/vychad", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "prylada": L(INSTALL_ID, DID)}),
    ]


def carha_sdks() -> list[Case]:
    rng = random.Random(19842)
    return [
        md_batch(APP, rng, [("Slot Booked", {"fee": L(9.6, BUY)}),
                            ("Zone Arrived", {"checkpoint": CHECKPOINT["id"]})],
                 at=WAIT_FIX, nd=3),
        tz_launch(APP, rng, first=True),
        tz_event(APP, rng, "purchase", {"bron": L(SLOT, BUY)}, revenue=9.6, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="travel,poland,border"),
        cn_crash(APP, rng, ("java.net.UnknownHostException", "api.carha.example.com"),
                 [cn_crumb("nav", "MajaCarha -> Pazicyja")], screen="QueueActivity"),
        fv_eval(APP, rng, {"punkt": CHECKPOINT["id"], "country": L("BY", COARSE)}, hdr=True),
        ph_register(APP, rng, at=WAIT_FIX, nd=2, tags={"punkt": CHECKPOINT["id"]}),
        cz_card(APP, rng, email=True),
        cz_confirm(APP, rng, "9.60"),
        mb_reverse(APP, rng, WAIT_FIX, PRECISE, nd=4),
    ]
