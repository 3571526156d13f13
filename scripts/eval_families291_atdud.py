"""Deposit-return app "Atdud" (``atdūd`` give back: bottles and cans returned at shops'
reverse-vending machines, the deposit paid as a voucher, to her account or to a cause; its API's
keys are Latgalian, ASCII-folded: ``tuolrunis``, ``vuords``, ``e_posts``, ``parole``, ``konts``
account, ``lojalitates_karte`` loyalty card, ``automats`` machine, ``tyvumā`` nearby,
``plotums`` / ``garums``, ``tara`` container, ``svitrkodi`` barcodes, ``kvits`` voucher,
``suma``, ``zidujums`` donation, ``izmoksa`` payout, ``vuords_pavuords`` holder, ``viesture``
history, ``zinuot`` report, ``teksts``, ``akceja`` drive, ``meklet``, ``vierteiejums``): sign-up,
an SMS code, ``/muns``, her loyalty card linked, machines near their flat, a machine's status, a
check-in at the machine, the protobuf session, the barcodes (msgpack), a voucher, a donation, a
payout to her account, the history by account number in the path, a full machine reported with a
photo, a school-class drive naming her son, a search, preferences in a base64 JSON cookie, push,
events, a review and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    E164,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families291_kit import (
    DEPOSIT_ACC,
    LV_ACCOUNT,
    RVM,
    RVM_FIX,
    RZ_HOME_AT,
    SCHOOL,
    SHOP_CARD,
    SON,
    hd,
    obj,
    push,
)
from eval_families291_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families291_svc import cl_wallet, cy_check, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("atdud", "Atdud", "com.example.atdud", "2.2.0", "https://api.atdud.example.com")
IID = "X-Atdud-Ireice"
PW = "Pudeles&Bundzys9"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ltg=True, **kw)


def atdud() -> list[Case]:
    rng = random.Random(29151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, konts=L(DEPOSIT_ACC, UID), tuolrunis=L(E164, TEL)))}
    lab: dict[str, str] = {}
    sess = pb([(1, L(DEPOSIT_ACC, UID)), (2, RVM["id"]), (3, 1772010000), (4, 14),
               (5, L("1.40", BUY)), (6, "fw 4.11")], "", lab)
    hist = at_path(case(f, f"{a}/v1/konti/{DEPOSIT_ACC}/viesture", headers=_h(rng, **b),
                        query={"nu": "2026-01-01"}), DEPOSIT_ACC, UID)
    return [
        case(f, f"{a}/v1/registraceja", headers=_h(rng), body={
            "tuolrunis": L(E164, TEL), "vuords": L(FIRST, NAMEC), "e_posts": L(EMAIL, MAIL),
            "parole": L(PW, CRED), "konts": L(DEPOSIT_ACC, UID), "jaunumi": False}),
        case(f, f"{a}/v1/sms", fmt="form", headers=_h(rng), body={
            "tuolrunis": L(E164, TEL), "kods": L("615038", CRED)}),
        case(f, f"{a}/v1/muns", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lojalitates_karte", headers=_h(rng, **b), body={
            "kartes_nr": L(SHOP_CARD, UID), "veikals": "partykys_tikls", "konts": L(DEPOSIT_ACC,
                                                                                   UID)}),
        case(f, f"{a}/v1/automati/tyvuma", headers=_h(rng, **b), query={
            "plotums": L(f"{RZ_HOME_AT[0]:.3f}", PRECISE),
            "garums": L(f"{RZ_HOME_AT[1]:.3f}", PRECISE), "radiuss_m": "1500"}),
        case(f, f"{a}/v1/automati/{RVM['id']}/statuss", headers=_h(rng, **b)),
        case(f, f"{a}/v1/ierasona", headers=_h(rng, **b), body={
            "automats": RVM["id"], "qr": obj(rng, "qr", 12), "konts": L(DEPOSIT_ACC, UID),
            "vita": L(f"{RVM_FIX[0]:.5f},{RVM_FIX[1]:.5f}", PRECISE),
            "automata_vita": f"{RVM['lat']},{RVM['lon']}"}),
        raw(f, f"{a}/v1/sesija", sess, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/svitrkodi", fmt="msgpack", headers=_h(rng, **b), body={
            "konts": L(DEPOSIT_ACC, UID), "automats": RVM["id"], "tara": "PET",
            "svitrkodi": ["4750064123457", "4750064123458", "4751006660217"]}),
        case(f, f"{a}/v1/kvits", headers=_h(rng, **b), body={
            "kvits": L("KV-0311-88123", BUY), "suma": L(1.40, BUY), "konts": L(DEPOSIT_ACC, UID),
            "automats": RVM["id"]}),
        case(f, f"{a}/v1/zidujums", headers=_h(rng, **b), body={
            "organizaceja": "dzivnīku_patversme_rz", "suma": L(2.10, BUY),
            "vasts": L("Mincim i cytim kačim Rēzeknis patversmē", TEXT)}),
        case(f, f"{a}/v1/izmoksa", fmt="form", headers=_h(rng, **b), body={
            "suma": L("8.60", BUY), "konts": L(LV_ACCOUNT, PAY),
            "vuords_pavuords": L(NAME, NAMEC), "piprasejums": rid(rng)}),
        hist,
        multipart(f, f"{a}/v1/zinuot", [
            ("bilde", "automats.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "automats": RVM["id"],
                "teksts": L("Automats pylns, napajem pudeles jau divys dīnys", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/akceja/skola", headers=_h(rng, **b), body={
            "skola": SCHOOL["id"], "klase": SON["class"], "suma": L(3.20, BUY),
            "barns": L(f"{SON['first']} {SON['last']}", NAMEC), "konts": L(DEPOSIT_ACC, UID)}),
        case(f, f"{a}/v1/meklet", headers=_h(rng, **b), query={
            "q": L("kur nūdūt stykla burkys", SEARCH)}),
        case(f, f"{a}/v1/statistika", headers=_h(rng, how="none"), cookies={
            "at_sesija": L(opaque(rng, "", 40), CRED),
            "at_prefs": W({"konts": L(DEPOSIT_ACC, UID), "voluda": L("ltg", DEV)}, "b64json")}),
        case(f, f"{a}/v1/ireices", headers=_h(rng, **b), body=push(push_token(rng), "ltg_LV")),
        case(f, f"{a}/v1/nutykumi", gz=True, headers=_h(rng, **b), body={
            "lituotuojs": L(USER_ID, UID), "nutykumi": [
                ev("tara_nūdūta", 1, skaits=14), ev("izmoksa", 2, suma=L(8.6, BUY)),
                ev("ekrans", 3, ekrans=L("Automati", USAGE))]}),
        case(f, f"{a}/v1/atsauksme", fmt="form", headers=_h(rng, **b), body={
            "vierteiejums": "4",
            "komentars": L("Erta aplikaceja, tikai automati bīži pylni", TEXT)}),
        case(f, f"{a}/v1/izeja", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ireice": L(INSTALL_ID, DID)}),
    ]


def atdud_sdks() -> list[Case]:
    rng = random.Random(29152)
    return [
        mc_batch(APP, rng, [("Containers Returned", {"count": 14}),
                            ("Payout", {"amount": L(8.6, BUY)})], at=RVM_FIX, nd=3,
                 locale="lv_LV"),
        mc_pixel(APP, rng, "Map Opened", {"zoom": 14}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "payout", {"konts": L(DEPOSIT_ACC, UID)}, revenue=8.6, currency="EUR"),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RVM_FIX, nd=2,
               keywords="depozits,pudeles,veikals"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=142),
        pt_register(APP, rng, lang="lv", at=RZ_HOME_AT, nd=2, tags={"akcejas": "on"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "8.60", L(E164, TEL)),
        mm_reverse(APP, rng, RVM_FIX, PRECISE, nd=5),
    ]
