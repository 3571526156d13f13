"""Community tree-planting app "Handamiti" (``handa miti`` plant trees; a planters' network that
buys seedlings from nurseries, logs every tree with its position, checks survival and pays small
carbon payouts; Gikuyu keys): sign-up, an e-mail code, ``/niini`` with the children's junior
numbers, Wanjiru added as a junior planter (name, birth date, sex, birth certificate, her bee-sting
allergy), a photo consent, the seedling catalogue, an order and its payment, a planting day at a
public forest site (her fix), a protobuf tree tag and an offline batch (msgpack) of trees planted
on the family's shamba, a photo of Wanjiru planting, a survival check, her trees by planter
number in the path, a carbon payout, a group joined and a group message, the school eco-day,
a species search, her certificate by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families24_kit import claims, rid
from eval_families158_kit import (
    DAUGHTER,
    FARM_AT,
    KE_LINE,
    KID_MEMBER,
    MEMBER_TREE,
    NURSERY,
    PLANT_FIX,
    PLANT_SITE,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families158_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel
from eval_families158_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    fn_eval,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("handamiti", "Handamiti", "com.example.handamiti", "4.1.5",
          "https://api.handamiti.example.org")
IID = "X-Handamiti-Kiuma"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def handamiti() -> list[Case]:
    rng = random.Random(15841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeiri=L(EMAIL, MAIL), muhandi=L(MEMBER_TREE, UID),
                                    ciana=[L(KID_MEMBER, UID)]))}
    pla, plo = fix(PLANT_FIX, 5)
    sla, slo = fix(FARM_AT, 4)
    tree = obj(rng, "tr")
    lab: dict[str, str] = {}
    tag = pb([(1, L(USER_ID, UID)), (2, tree), (3, "Grevillea robusta"),
              (4, [(1, L(-0.451188, PRECISE)), (2, L(36.898655, PRECISE)), (3, 4.0)]),
              (5, 1770800000)], "", lab)
    mine = at_path(case(f, f"{a}/api/v3/muhandi/{MEMBER_TREE}/miti", headers=_h(rng, **b)),
                   MEMBER_TREE, UID)
    return [
        case(f, f"{a}/api/v3/iyandikithie", headers=_h(rng), body={
            "ritwa_ria_mbere": L(FIRST, NAMEC), "ritwa_ria_thutha": L(LAST, NAMEC),
            "imeiri": L(EMAIL_MIXED, MAIL), "thimu": L(E164, TEL), "itura": L("Nyeri", COARSE),
            "namba_ya_muhandi": L(MEMBER_TREE, UID), "ndikiriire": True}),
        case(f, f"{a}/api/v3/gutonya/imeiri", fmt="form", headers=_h(rng), body={
            "imeiri": L(EMAIL, MAIL), "namba_ya_hitho": L("270581", CRED)}),
        case(f, f"{a}/api/v3/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/ciana", headers=_h(rng, **b), body={
            "ritwa_ria_mbere": L(DAUGHTER["first"], NAMEC),
            "ritwa_ria_thutha": L(DAUGHTER["last"], NAMEC),
            "muthenya_wa_guciarwa": L(DAUGHTER["dob"], BIRTH),
            "muiritu_kana_kahii": L(DAUGHTER["sex"], GENDER),
            "namba_ya_cheti": L(DAUGHTER["cert"], NID), "cukuru": "sch_kamakwa",
            "kiwango": "grade_3", "namba_ya_muhandi": L(KID_MEMBER, UID),
            "mitungo": L("ndigiriria ya njuki (bee stings), EpiPen", MED)}),
        case(f, f"{a}/api/v3/ciana/{KID_MEMBER}/mbica", fmt="form", headers=_h(rng, **b), body={
            "itikiria": "yes", "muciari": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v3/mimera", headers=_h(rng, **b), query={
            "nursery": NURSERY["id"], "muthemba": "indigenous"}),
        case(f, f"{a}/api/v3/mimera/orders", headers=_h(rng, **b), body={
            "order": L("HM-OR-30217", BUY), "nursery": NURSERY["id"],
            "mimera": [{"muthemba": "Grevillea robusta", "mimera": 50, "thogora": 20},
                       {"muthemba": "Prunus africana", "mimera": 10, "thogora": 60}],
            "mbeca_ciothe": L(1600, BUY)}),
        case(f, f"{a}/api/v3/marihi", fmt="form", headers=_h(rng, **b), body={
            "thimu": L(KE_LINE, TEL), "mbeca": L("1600", BUY), "risiti": L(mpesa(rng), BUY),
            "order": L("HM-OR-30217", BUY)}),
        case(f, f"{a}/api/v3/kuhanda", headers=_h(rng, **b), body={
            "handu": PLANT_SITE["id"], "site": {"lat": PLANT_SITE["lat"],
                                                "lng": PLANT_SITE["lon"]},
            "kuria_ndiri": {"lat": pla, "lng": plo}, "miti": 25,
            "muhandi": L(MEMBER_TREE, UID), "ciana": [L(KID_MEMBER, UID)]}),
        raw(f, f"{a}/api/v3/miti/tag", tag, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/miti/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "muhandi": L(MEMBER_TREE, UID), "mugunda": "shamba_wamagana",
            "miti": [{"id": obj(rng, "tr"), "lat": L(round(FARM_AT[0] + 0.00007 * i, 6), PRECISE),
                      "lng": L(round(FARM_AT[1] + 0.00009 * i, 6), PRECISE)}
                     for i in range(3)]}),
        multipart(f, f"{a}/api/v3/mbica", [
            ("mbica", "wanjiru_muti.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "mwana": L(KID_MEMBER, UID),
                "ndeto": L("Wanjiru ahanda muti wake wa mbere!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/kuhonoka", headers=_h(rng, **b), body={
            "mugunda": "shamba_wamagana", "miti_irio_mooyo": 47, "miti_yakuire": 3,
            "kuria": {"lat": sla, "lng": slo}, "ndeto": L("Mvua ni nini, 3 ciakua", TEXT)}),
        mine,
        case(f, f"{a}/api/v3/carbon/payout", headers=_h(rng, **b), body={
            "thimu": L(KE_LINE, TEL), "mbeca": L(340, BUY), "muhandi": L(MEMBER_TREE, UID),
            "reference": rid(rng)}),
        case(f, f"{a}/api/v3/ikundi/ik_tetu_green/join", fmt="form", headers=_h(rng, **b),
             body={"muhandi": L(MEMBER_TREE, UID)}),
        case(f, f"{a}/api/v3/ikundi/ik_tetu_green/ndumiriri", headers=_h(rng, **b), body={
            "ndumiriri": L("Tũcemanie Kiandongoro Jumamosi, ndĩ na mimera 20 ya Prunus", TEXT)}),
        case(f, f"{a}/api/v3/cukuru/eco-day", headers=_h(rng, **b), body={
            "mwana": L(KID_MEMBER, UID), "ritwa": L(KID, NAMEC), "cukuru": "sch_kamakwa",
            "mucibithania": L(f"{FIRST} {LAST}", NAMEC), "thimu_ya_muciari": L(E164, TEL)}),
        case(f, f"{a}/api/v3/gucaria", headers=_h(rng, **b), query={
            "q": L("muti wa kiunduire wa kuhanda mucii", SEARCH)}),
        case(f, f"{a}/api/v3/cheti", headers=_h(rng, how="none"), cookies={
            "hm_sid": L(opaque(rng, "", 40), CRED), "hm_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/maundu", headers=_h(rng, **b), body={
            "muhuthiri": L(USER_ID, UID), "maundu": [
                ev("tree_planted", 1, miti=25), ev("screen", 2, screen=L("MitiYakwa", USAGE))]}),
    ]


def handamiti_sdks() -> list[Case]:
    rng = random.Random(15842)
    return [
        mc_batch(APP, rng, [("Trees Planted", {"count": 25}), ("Seedlings Paid",
                                                               {"total": L(1600, BUY)})],
                 at=PLANT_FIX, nd=3),
        mc_identify(APP, rng, {"children": 1, "itura": L("Nyeri", COARSE),
                               "muhandi": L(MEMBER_TREE, UID)}),
        mc_pixel(APP, rng, "Certificate Opened", {"trees": 50}),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="trees,garden,nature"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo resize"),
                 [cd_crumb("nav", "Miti -> Mbica")], screen="MbicaActivity"),
        fn_eval(APP, rng, {"junior": True, "county": L("Nyeri", COARSE)}),
        pt_register(APP, rng, tags={"ikundi": "ik_tetu_green"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "child_photos": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1600.00", "kes"),
        mm_geocode(APP, rng, "Kiandongoro planting site", SEARCH, near=PLANT_FIX, nd=4),
    ]
