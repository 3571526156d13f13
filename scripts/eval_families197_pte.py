"""Tribal bison-herd meat-share app "Pteyuha" ("those who keep the buffalo"; the Tribe's herd on
the Slim Buttes range shares meat with enrolled households after the winter harvest; its API's
keys are Lakota with English: ``pte`` buffalo, ``talo`` meat, ``tiwahe`` household, ``tiwahe_op``
household members, ``caje`` / ``tiwahe_caje`` first name / surname, ``mazawowapi`` e-mail,
``masape`` phone, ``natakapi`` password, ``oyate_owapi`` enrollment number, ``waniyetu`` age,
``tiyata`` street line, ``otonwahe`` town, ``wicohan`` ceremony, ``pahi`` skull (pahu, a
spelling of the developer's), ``ha`` hide, ``okiya`` volunteering (help), ``waziyata`` /
``wiyohiyanpata`` latitude / longitude, ``unci`` grandmother / elder, ``pejuta`` medicine,
``wahosi`` message, ``akita`` search, ``itowapi`` photo, ``mazaska`` amount, ``opetun`` purchase,
``wasna`` pemmican): sign-up, an SMS code, ``/mitawa``, the household's share request, harvest
dates, a pick-up slot, a skull and hide for a ceremony, her volunteer check-in at the corrals, a
protobuf shift beat, the delivery of her mother's elder share to Kyle, a processing fee, the cut
list (msgpack), the share status by cookie, a recipe search, a photo for the wasna contest, a
message to the herd manager, the share by number in the path, Winona in the youth wasna class,
a new address, push and events. No earlier set has bison or a tribal meat share (sets 137 and
145 share sacrifice meat at Eid; here a tribal herd's harvest is shared among households)."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families197_kit import (
    CORRALS,
    CORRALS_FIX,
    DAUGHTER,
    ENROLL,
    HOME,
    HUSBAND,
    MOTHER,
    MOTHER_AT,
    MOTHER_LINE,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families197_sdk import bf_bid, mc_batch, mc_queue, tn_launch, tn_link
from eval_families197_svc import cy_save, fn_eval, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("pteyuha", "Pteyuha", "com.example.pteyuha", "1.8.0", "https://api.pteyuha.example.net")
IID = "X-Pteyuha-Install"
PW = "Tatanka!Slim26"
NID = "personal.national_id"
HOUSEHOLD = "HH-PR-30418"  # the household's share account (id.user)
SHARE = "SH-2026-0944"  # this winter's share (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def pteyuha() -> list[Case]:
    rng = random.Random(19711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, oyate_owapi=L(ENROLL, NID), tiwahe=L(HOUSEHOLD, UID)))}
    cla, clo = fix(CORRALS_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, CORRALS["id"]), (3, 1767967200),
               (4, [(1, L(CORRALS_FIX[0], PRECISE)), (2, L(CORRALS_FIX[1], PRECISE))]),
               (5, L(38, DEV))], "", lab)
    share = at_path(case(f, f"{a}/v2/shares/{SHARE}", headers=_h(rng, **b)), SHARE, BUY)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "caje": L(FIRST, NAMEC), "tiwahe_caje": L(LAST, NAMEC),
            "mazawowapi": L(EMAIL_MIXED, MAIL), "masape": L(NATIONAL, TEL),
            "natakapi": L(PW, CRED), "oyate_owapi": L(ENROLL, NID),
            "tiyata": L(HOME["line"], ADDR), "otonwahe": L(HOME["town"], COARSE),
            "district": L("Pine Ridge", COARSE)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "masape": L(E164, TEL), "code": L("318207", CRED)}),
        case(f, f"{a}/v2/mitawa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tiwahe/request", headers=_h(rng, **b), body={
            "tiwahe": L(HOUSEHOLD, UID), "season": "2025-26",
            "tiwahe_op": [
                {"caje": L(HUSBAND[0], NAMEC), "waniyetu": L(41, BIRTH)},
                {"caje": L(f"{SON['first']} {SON['last']}", NAMEC), "waniyetu": L(15, BIRTH)},
                {"caje": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "waniyetu": L(9, BIRTH)}],
            "oyate_owapi": L(ENROLL, NID), "opetun": L(SHARE, BUY)}),
        case(f, f"{a}/v2/harvests", headers=_h(rng, **b), query={
            "range": "slim_buttes", "season": "2025-26"}),
        case(f, f"{a}/v2/pickup", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "opetun": L(SHARE, BUY), "site": CORRALS["id"]}),
        case(f, f"{a}/v2/wicohan/request", headers=_h(rng, **b), body={
            "pahi": 1, "ha": 1, "tiwahe": L(HOUSEHOLD, UID),
            "wicohan": L("wiwang wacipi", SENS),
            "wahosi": L("The skull is for my husband's family Sun Dance in July, he pledged "
                        "four years", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/okiya/checkin", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh"), "task": "hide_scraping",
            "tokiya": {"waziyata": cla, "wiyohiyanpata": clo},
            "corrals": {"waziyata": CORRALS["lat"], "wiyohiyanpata": CORRALS["lon"]}}),
        raw(f, f"{a}/v2/okiya/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/unci/delivery", headers=_h(rng, **b), body={
            "unci": {"caje": L(MOTHER[0], NAMEC), "masape": L(MOTHER[1], TEL),
                     "tiyata": L(MOTHER_LINE, ADDR), "waniyetu": L(72, BIRTH),
                     "waziyata": L(MOTHER_AT[0], PRECISE),
                     "wiyohiyanpata": L(MOTHER_AT[1], PRECISE)},
            "pejuta": L("She is diabetic, lean cuts and no fat please", f"{TEXT}|{MED}"),
            "opetun": L(SHARE, BUY)}),
        case(f, f"{a}/v2/fees", fmt="form", headers=_h(rng, **b), body={
            "opetun": L(SHARE, BUY), "mazaska": L("35.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/cuts", fmt="msgpack", headers=_h(rng, **b), body={
            "opetun": L(SHARE, BUY),
            "cuts": [{"cut": "roast", "lb": 12}, {"cut": "ground", "lb": 25},
                     {"cut": "tongue", "lb": 2}], "grind_fat_pct": 10}),
        case(f, f"{a}/v2/shares/status", headers=_h(rng, how="none"), cookies={
            "py_sess": L(opaque(rng, "", 40), CRED), "py_dev": L(INSTALL_ID, DID),
            "py_req": rid(rng)}),
        case(f, f"{a}/v2/recipes", headers=_h(rng, **b), query={
            "akita": L("wasna with chokecherries low sugar", SEARCH)}),
        multipart(f, f"{a}/v2/wasna/contest", [
            ("itowapi", "wasna.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "tiwahe": L(HOUSEHOLD, UID),
                "wowiyukcan": L("My grandmother's recipe, dried on the line for three days",
                                TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/wahosi", headers=_h(rng, **b), body={
            "to": "herd_manager",
            "wahosi": L("Our share was short 10 lb of ground, share SH-2026-0944",
                        f"{TEXT}|{BUY}")}),
        share,
        case(f, f"{a}/v2/youth/wasna_class", headers=_h(rng, **b), body={
            "cinca": {"caje": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                      "tonpi": L(DAUGHTER["dob"], BIRTH)},
            "class": "wc_feb", "parent_masape": L(E164, TEL)}),
        case(f, f"{a}/v2/profile/address", headers=_h(rng, **b), body={
            "tiyata": L(HOME["po"], ADDR), "otonwahe": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE), "county": L(HOME["county"], COARSE)}),
        case(f, f"{a}/v2/profile/phone", fmt="form", headers=_h(rng, **b), body={
            "masape": L(E164, TEL), "old": L(NATIONAL, TEL), "code": L("550961", CRED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("share_requested", 1), ev("screen", 2, screen=L("PickupSlots", USAGE))]}),
    ]


def pteyuha_sdks() -> list[Case]:
    rng = random.Random(19712)
    link = U("https://pteyuha.example.net/share", {"s": L(SHARE, BUY), "src": "sms",
                                                   "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Share Requested", {"members": 4}), ("Pickup Booked", {})]),
        mc_queue(APP, rng, [("Shift Started", {"task": "hide_scraping"}),
                            ("Shift Ended", {"hours": 5})]),
        tn_launch(APP, rng, first=True, user=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="bison,ranching,recipes"),
        fn_eval(APP, rng, {"district": L("Pine Ridge", COARSE), "season": "2025-26"}),
        pt_register(APP, rng, tags={"district": L("Pine Ridge", COARSE), "volunteer": True}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_reverse(APP, rng, CORRALS_FIX, PRECISE, nd=4),
        mm_telemetry(APP, rng, [CORRALS_FIX, MOTHER_AT], PRECISE),
    ]
