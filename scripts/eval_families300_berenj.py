"""A new-harvest rice app "Nobarenj" (families in Gilan buy the year's rice straight from a farmer
after the harvest: she pre-orders 150 kg of Hashemi from a farmer near Lahijan, who husks and
polishes it at his mill, stores half and delivers the rest; its API's keys are Gilaki in Latin
letters: ``nam`` name, ``famil`` surname, ``mobail`` mobile, ``kharidar`` buyer,
``khane_neshani`` home address, ``kode_posti`` post code, ``keshavarz`` farmer, ``bijar`` paddy
field, ``bij`` paddy, ``berenj`` rice, ``kise`` sack, ``kilo``, ``fi`` unit price, ``jam``
total, ``pish_kharid`` pre-order, ``bei`` deposit, ``bazdid`` visit, ``nemune`` sample,
``anbar`` storage, ``tahvil`` delivery, ``tabaghe`` floor, ``tahvil_girande`` receiver,
``gab`` message, ``nazar`` review, ``neshaniha`` saved addresses, ``arz`` / ``tul`` latitude /
longitude, ``jostoju`` search): sign-up, an SMS code, ``/mi``, farmers near her flat, a
farmer's fields, the pre-order, the deposit, her visit to the farmer's yard at harvest (her
fix), a sample's photo, a protobuf delivery slot with her flat's point, the delivery with her
husband as receiver, the pre-order by number in the path, storage at the mill, a message to the
farmer, a review, smoked fish and olives added (msgpack), saved addresses (JSON Lines),
invoices by cookie GET, push, events and a search. Set 113's Lao cooperative mills its members'
paddy (she is a member-grower there); here she is a buyer of a farmer's harvest."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families300_kit import (
    BUYER,
    FARM,
    FARM_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MIL_HOME,
    MOTHER_IL,
    fix,
    hd,
    push,
)
from eval_families300_sdk import (
    ab_event,
    ab_launch,
    bm_bid,
    cs_crash,
    cs_crumb,
    mv_batch,
    mv_queue,
)
from eval_families300_svc import fk_eval, hc_message, md_geocode, pb_wallet, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nobarenj", "Nobarenj", "com.example.nobarenj", "2.2.4",
          "https://api.nobarenj.example.net")
IID = "X-Nobarenj-Install"
PREORDER = "NB-1404-0611"  # her pre-order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nobarenj() -> list[Case]:
    rng = random.Random(30071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kharidar=L(BUYER, UID), email=L(EMAIL, MAIL)))}
    fla, flo = fix(FARM_FIX)
    lab: dict[str, str] = {}
    slot = pb([(1, L(BUYER, UID)), (2, L(PREORDER, BUY)),
               (3, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
               (4, "1404/08/02"), (5, "17-20")], "", lab)
    pre = at_path(case(f, f"{a}/v1/pish_kharid/{PREORDER}", headers=_h(rng, **b)), PREORDER,
                  BUY)
    saved = [{"onvan": "khane", "neshani": L(HOME["line"], ADDR),
              "kode_posti": L(HOME["post"], COARSE), "kharidar": L(BUYER, UID)},
             {"onvan": "shue_mar", "nam": L(MOTHER_IL[0], NAMEC),
              "neshani": L(MIL_HOME["line"], ADDR), "shahr": L(MIL_HOME["town"], COARSE),
              "kharidar": L(BUYER, UID)}]
    return [
        case(f, f"{a}/v1/sabtenam", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "famil": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "kharidar": L(BUYER, UID),
            "khane_neshani": L(HOME["line"], ADDR), "shahr": L(HOME["town"], COARSE),
            "kode_posti": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/vorud/kod", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "kod": L("260491", CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/keshavarzan", headers=_h(rng, **b), query={
            "arz": L(f"{HOME_AT[0]:.2f}", COARSE), "tul": L(f"{HOME_AT[1]:.2f}", COARSE),
            "shahrestan": "Lahijan", "berenj": "hashemi"}),
        case(f, f"{a}/v1/keshavarz/{FARM['id']}/bijar", headers=_h(rng, **b),
             query={"sal": "1404"}),
        case(f, f"{a}/v1/pish_kharid", headers=_h(rng, **b), body={
            "pish_kharid": L(PREORDER, BUY), "kharidar": L(BUYER, UID), "keshavarz": FARM["id"],
            "berenj": "hashemi", "kilo": 150, "kise": 15, "fi": 1850000,
            "jam": L(277500000, BUY)}),
        case(f, f"{a}/v1/pardakht/bei", fmt="form", headers=_h(rng, **b), body={
            "pish_kharid": L(PREORDER, BUY), "mablagh": L("80000000", BUY),
            "ravesh": L(opaque(rng, "pm_", 24), PAY), "kart_akhar": L("4444", PAY)}),
        case(f, f"{a}/v1/bazdid", headers=_h(rng, **b), body={
            "keshavarz": FARM["id"], "ruz": "1404/06/14", "ja": {"arz": fla, "tul": flo},
            "keshavarze_ja": {"arz": FARM["lat"], "tul": FARM["lon"]}}),
        multipart(f, f"{a}/v1/nemune", [
            ("aks", "nemune_hashemi.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {
                "pish_kharid": L(PREORDER, BUY),
                "gab": L("Berenj-e emsal daneh boland u khosh atr, shakeste kam dare", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/tahvil/slot", slot, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/tahvil", headers=_h(rng, **b), body={
            "pish_kharid": L(PREORDER, BUY), "khane_neshani": L(HOME["line"], ADDR),
            "tabaghe": 3, "asansor": True, "kilo": 75,
            "tahvil_girande": {"nam": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)}}),
        pre,
        case(f, f"{a}/v1/anbar", headers=_h(rng, **b), body={
            "pish_kharid": L(PREORDER, BUY), "kilo": 75, "mah": 6, "mablagh": L(6000000, BUY)}),
        case(f, f"{a}/v1/gab", headers=_h(rng, **b), body={
            "be": FARM["id"],
            "gab": L("Agha Ghasem, ame berenj-a do bar sefid bukunid, mi mobail +1 555 010 0199",
                     f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/nazar", fmt="form", headers=_h(rng, **b), body={
            "keshavarz": FARM["id"], "setare": "5",
            "matn": L("Berenj-e khob, pla tamam daneh daneh bu", TEXT)}),
        case(f, f"{a}/v1/sefaresh/digar", fmt="msgpack", headers=_h(rng, **b), body={
            "aghlam": [{"kala": "mahi_dudi", "kilo": 2, "fi": 9000000},
                       {"kala": "zeytun_parvarde", "kilo": 1, "fi": 7500000}],
            "jam": L(25500000, BUY), "pish_kharid": L(PREORDER, BUY)}),
        lines(f, f"{a}/v1/neshaniha/sync", saved, headers=_h(rng, **b)),
        case(f, f"{a}/v1/factorha", headers=_h(rng, how="none"), cookies={
            "nb_sess": L(opaque(rng, "", 40), CRED), "nb_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/jostoju", headers=_h(rng, **b), query={
            "q": L("hashemi sefid Lahijan bi atr", SEARCH)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pish_kharid", 1, kilo=150), ev("safhe", 2, safhe=L("Bijar", USAGE))]}),
    ]


def nobarenj_sdks() -> list[Case]:
    rng = random.Random(30072)
    return [
        mv_batch(APP, rng, [("Pre-order Placed", {"total": L(277500000, BUY)}),
                            ("Farm Visited", {"farm": FARM["id"]})], at=FARM_FIX, nd=3),
        mv_queue(APP, rng, [("Sample Viewed", {}), ("Delivery Slot", {"slot": "17-20"})]),
        ab_launch(APP, rng, user=True),
        ab_event(APP, rng, "purchase", {"pish_kharid": L(PREORDER, BUY)},
                 revenue=277500000.0, currency="IRR", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="rice,gilan,food"),
        cs_crash(APP, rng, ("java.lang.NumberFormatException", "kilo: \"150 \""),
                 [cs_crumb("nav", "PishKharid -> Pardakht")], screen="PishKharidActivity"),
        fk_eval(APP, rng, {"region": L("Gilan", COARSE), "role": "buyer"}),
        ps_register(APP, rng, at=HOME_AT, nd=2, tags={"region": L("Gilan", COARSE)}),
        pb_wallet(APP, rng, "197500000", L(E164, TEL)),
        md_geocode(APP, rng, "Kashal Lahijan", "behavior.search", near=HOME_AT, nd=2),
        hc_message(APP, rng, L(f"Bei-ye {PREORDER} do bar kam bubu", f"{TEXT}|{BUY}"),
                   {"kharidar": L(BUYER, UID)}),
    ]
