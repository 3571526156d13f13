"""A Kpalimé woodcarvers' workshop's commission app "Atiwofe" (``ati`` wood, ``wɔƒe`` workshop:
she commissions a carved door for the Ho house and a stool engraved for Dzifa's ninth birthday,
delivered to her mother-in-law). Ewe keys in ASCII: ``ati`` wood, ``nonome`` design, ``kokome`` /
``didime`` / ``kekeme`` height / length / width, ``nonometata`` picture, ``nko`` engraved name,
``nunlonlo`` inscription or note, ``agbososo`` amount, ``asixoxo`` price, ``gaxexe`` payment,
``nudodo`` delivery, ``xola`` recipient, ``gbosasra`` visit, ``gbedasi`` message,
``nukposusu`` review, ``zikpui`` stool, ``nunana`` gift, ``trotro`` change. Calls: sign-up (JSON password), an OAuth refresh,
``/nye``, the catalogue (negatives), a door commission with her sketch, the stool with Dzifa's
name and birthday carved, the deposit, a workshop visit with her fix, progress photos fetched,
a change request, the delivery to Ho, the balance, the commission by number in the path, an
offline sync (JSON Lines), a gift note, a review, a search, a message, push and events. No earlier set has a
carvers' workshop (greps for "carving", "woodcarv" matched nothing); set 147's kente weaver and
set 150's batik are textile commissions."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families178_kit import (
    COMMISSION,
    DAUGHTER,
    HO_HOUSE,
    HO_HOUSE_AT,
    MOTHER_IL,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families178_sdk import bf_bid, cd_session, mc_batch, mc_pixel, tn_event
from eval_families178_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("atiwofe", "Atiwofe", "com.example.atiwofe", "1.1.5", "https://api.atiwofe.example.com")
IID = "X-Atiwofe-Device"
PW = "Iroko!Kpalime7"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def atiwofe() -> list[Case]:
    rng = random.Random(17861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="nuflela"))}
    wla, wlo = fix(WORKSHOP_FIX, 4)
    stool = obj(rng, "it")
    comm = at_path(case(f, f"{a}/v1/dodowo/{COMMISSION}", headers=_h(rng, **b)),
                   COMMISSION, BUY)
    return [
        case(f, f"{a}/v1/nkonlo", headers=_h(rng), body={
            "nko": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "fon": L(E164, TEL),
            "adzamenya": L(PW, CRED), "du": L("Lomé", COARSE), "duko": "TG"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "atiwofe-android"}),
        case(f, f"{a}/v1/nye", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/nuwo", headers=_h(rng, **b), query={
            "fomevi": "doors", "ati": "iroko", "workshop": WORKSHOP["id"]}),
        multipart(f, f"{a}/v1/dodowo", [
            ("sketch", "door_sketch.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "dodo_id": L(COMMISSION, BUY), "nu": "door", "ati": "iroko",
                "kokome": 210, "kekeme": 95, "nonome": "adinkra + Ewe drums",
                "asixoxo": L(420000, BUY),
                "nunlonlo": L("Woezɔ! Akpe na mi", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dodowo/{COMMISSION}/nuwo", headers=_h(rng, **b), body={
            "nu_id": stool, "nu": "child_stool", "ati": "sese", "kokome": 35,
            "nko": L(KID, NAMEC), "dzigbe": L("12.07.2017", BIRTH),
            "nunlonlo": L("Dzifa Agbenyega, ƒe 9 lia, 12.07.2026", f"{TEXT}|{NAMEC}|{BIRTH}"),
            "asixoxo": L(65000, BUY)}),
        case(f, f"{a}/v1/gaxexe", fmt="form", headers=_h(rng, **b), body={
            "dodo_id": L(COMMISSION, BUY), "agbososo": L("242500", BUY), "ga_fomevi": "XOF",
            "xexemo": L(opaque(rng, "pm_", 24), PAY), "nu": "deposit"}),
        case(f, f"{a}/v1/gbosasra", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "nkeke": "2026-02-21", "tefe": {"lat": wla, "lng": wlo},
            "workshop_tefe": {"lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]}, "amewo": 2}),
        case(f, f"{a}/v1/dodowo/{COMMISSION}/nonometatawo", headers=_h(rng, **b),
             query={"tso": "2026-02-01"}),
        case(f, f"{a}/v1/dodowo/trotro", headers=_h(rng, **b), body={
            "dodo_id": L(COMMISSION, BUY), "nu_id": stool,
            "nunlonlo": L("Ŋkɔ la nanɔ ŋgɔgbe, menye megbe o", TEXT)}),
        case(f, f"{a}/v1/nudodo", headers=_h(rng, **b), body={
            "dodo_id": L(COMMISSION, BUY),
            "xola": {"nko": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
                     "nofe": L(HO_HOUSE["line"], ADDR),
                     "digital_adrese": L(HO_HOUSE["gps"], ADDR),
                     "du": L(HO_HOUSE["town"], COARSE)},
            "nkeke": "2026-07-08", "asixoxo": L(35000, BUY)}),
        case(f, f"{a}/v1/gaxexe", fmt="form", headers=_h(rng, **b), body={
            "dodo_id": L(COMMISSION, BUY), "agbososo": L("277500", BUY), "ga_fomevi": "XOF",
            "xexemo": L(opaque(rng, "pm_", 24), PAY), "kad_4_mamlea": L("4444", PAY),
            "nu": "balance"}),
        comm,
        lines(f, f"{a}/v1/sync", [
            {"op": "wishlist", "nu": "mask_ewe_03", "zala": L(USER_ID, UID)},
            {"op": "cart", "dodo_id": L(COMMISSION, BUY), "total": L(520000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nunana_gbedasi", headers=_h(rng, **b), body={
            "dodo_id": L(COMMISSION, BUY),
            "nunlonlo": L("Dada, esia nye Dzifa ƒe zikpui, miawoe dzigbe nyui!", TEXT)}),
        case(f, f"{a}/v1/nukposusu", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "ghletiviwo": 5,
            "nunlonlo": L("Ʋɔtru la dze tugbe ŋutɔ, ɖeko wòtsi kwasiɖa eve", TEXT)}),
        case(f, f"{a}/v1/didi", headers=_h(rng, **b), query={
            "didi": L("zikpui ɖevi ŋkɔ kple", SEARCH)}),
        case(f, f"{a}/v1/gbedasi", headers=_h(rng, **b), body={
            "xola": WORKSHOP["id"],
            "gbedasi": L("Please call me on my Lomé number +22891730528 before delivery",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/mowo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/nyadzodzo", headers=_h(rng, how="none"), cookies={
            "aw_sid": L(opaque(rng, "", 40), CRED), "aw_dev": L(INSTALL_ID, DID),
            "aw_req": rid(rng)}, body={
            "zala": L(USER_ID, UID), "nyadzodzo": [
                ev("dodo_dodo", 1), ev("ekran", 2, ekran=L("Progress", USAGE))]}),
    ]


def atiwofe_sdks() -> list[Case]:
    rng = random.Random(17862)
    return [
        mc_batch(APP, rng, [("Commission Placed", {"total": L(485000, BUY)}),
                            ("Visit Logged", {})], at=WORKSHOP_FIX, nd=2),
        mc_pixel(APP, rng, "Catalogue Opened", {"cat": "doors"}),
        tn_event(APP, rng, "purchase", {"dodo_id": L(COMMISSION, BUY)}, revenue=242500.0),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="art,wood,kpalime"),
        cd_session(APP, rng, secs=612),
        pt_register(APP, rng, tags={"workshop": WORKSHOP["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "242500"),
        mm_route(APP, rng, [((WORKSHOP["lat"], WORKSHOP["lon"]), None),
                            (HO_HOUSE_AT, "location.precise")]),
        hs_message(APP, rng, L(f"Commission {COMMISSION}: the stool photo is missing",
                               f"{TEXT}|{BUY}"), {"dodo_id": L(COMMISSION, BUY)}),
    ]
