"""Giant-lantern workshop app "Parulan" (a San Fernando parul maker's commissions: she orders a
1.5-metre rotating parul for their house in Angeles; its API's keys are Kapampangan with English:
``lagyu`` first name, ``apelyidu`` surname, ``selpon`` mobile number, ``aldo_kebaitan`` birth
date, ``bale`` house (street line), ``barangay``, ``balen`` town, ``probinsya`` province,
``asawa`` spouse, ``parul`` lantern, ``sukad`` size, ``bilang`` count, ``alaga`` price or amount,
``bayad`` payment, ``mumuna`` first (down payment), ``petsa`` date, ``oras`` time, ``lugal``
place, ``mensahi`` message, ``kutang`` question, ``panintun`` search, ``letratu`` photo,
``tiket`` ticket, ``aku`` me, ``lub`` log in, ``lual`` log out, ``puntus`` points, ``disenyu``
design): sign-up, log-in (form), ``/aku``, design search, a design, the commission with its
specs, the down payment by e-wallet, a photo of her house front, the install address with her
fix, an install slot, the lantern's progress by order number in the path, a message to the maker,
a visit to the workshop (her fix), a rotor pattern (msgpack), festival tickets for the family,
points by cookie, a review, the balance, a gift lantern for her mother-in-law, a complaint, push,
events and a log-out. Sets 101, 110 and 113 have festival-lantern apps (Vesak, Boun, Diwali
kinds: lighting and making one's own); here she commissions a made-to-order kinetic lantern from
a workshop (specs, down payment, install on her house)."""

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
    E164,
    EMAIL_UPPER,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families192_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    LANTERN_ORDER,
    LOCAL_NO,
    MIL_HOME,
    MOTHER_IL,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families192_sdk import (
    bt_bid,
    bt_notice,
    cb_crash,
    cb_crumb,
    mb_batch,
    mb_identify,
    tk_event,
    tk_launch,
)
from eval_families192_svc import cm_wallet, ht_message, mp_reverse, mp_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("parulan", "Parulan", "com.example.parulan", "3.2.0", "https://api.parulan.example.com")
IID = "X-Parulan-Gamit"
PW = "Parul!Sampernandu25"
CARD = "PRL-77-20419"  # her workshop loyalty card (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pam=True, **kw)


def parulan() -> list[Case]:
    rng = random.Random(19201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kard=L(CARD, UID)))}
    hla, hlo = fix(HOME_AT, 5)
    wla, wlo = fix(WORKSHOP_FIX)
    prog = at_path(case(f, f"{a}/api/v1/parul/{LANTERN_ORDER}/progreso", headers=_h(rng, **b)),
                   LANTERN_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/magpalista", headers=_h(rng), body={
            "lagyu": L(FIRST, NAMEC), "apelyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(LOCAL_NO, TEL), "password": L(PW, CRED), "aldo_kebaitan": L(DOB, BIRTH),
            "bale": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "balen": L(HOME["town"], COARSE), "probinsya": L(HOME["prov"], COARSE),
            "asawa": {"lagyu": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "kard": L(CARD, UID), "newsletter": False}),
        case(f, f"{a}/api/v1/lub", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "tandanan": "1"}),
        case(f, f"{a}/api/v1/aku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/disenyu", headers=_h(rng, **b), query={
            "panintun": L("parul 1.5m rotor malutu ampo berde", SEARCH), "pahina": "1"}),
        case(f, f"{a}/api/v1/disenyu/ds_tala_15", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/parul", headers=_h(rng, **b), body={
            "disenyu": "ds_tala_15", "sukad": "1.5m", "bilang_bumbilya": 2400, "rotor": True,
            "order": L(LANTERN_ORDER, BUY), "alaga": L(38500, BUY), "workshop": WORKSHOP["id"],
            "sulat": L("Sana ating lagyu ning anak mi king tala: YSABEL", f"{TEXT}|{NAMEC}"),
            "kard": L(CARD, UID)}),
        case(f, f"{a}/api/v1/bayad/mumuna", fmt="form", headers=_h(rng, **b), body={
            "order": L(LANTERN_ORDER, BUY), "alaga": L("15000.00", BUY), "currency": "PHP",
            "paraan": "ewallet", "ewallet_no": L(LOCAL_NO, f"{TEL}|{PAY}"),
            "reference": rid(rng)}),
        multipart(f, f"{a}/api/v1/parul/letratu", [
            ("letratu", "harap_ning_bale.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(LANTERN_ORDER, BUY), "bale": L(HOME["line"], ADDR),
                "sulat": L("Ing harap ning bale mi, 4 metros ing katas ning gate", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/parul/install/lugal", headers=_h(rng, **b), body={
            "order": L(LANTERN_ORDER, BUY), "bale": L(HOME["line"], ADDR),
            "barangay": L(HOME["brgy"], COARSE), "balen": L(HOME["town"], COARSE),
            "zip": L(HOME["post"], COARSE), "lat": hla, "lng": hlo,
            "kontak": {"lagyu": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/parul/install/slots", headers=_h(rng, **b), query={
            "workshop": WORKSHOP["id"], "petsa": "2025-12-06"}),
        case(f, f"{a}/api/v1/parul/install", fmt="form", headers=_h(rng, **b), body={
            "order": L(LANTERN_ORDER, BUY), "slot": obj(rng, "sl"), "petsa": "2025-12-06",
            "oras": "16:00"}),
        prog,
        case(f, f"{a}/api/v1/mensahi", headers=_h(rng, **b), body={
            "kang": "maker_" + WORKSHOP["id"],
            "mensahi": L("Apung Rolly, pwede yang ilako ing tala? Tawagan yu ku king 0927 165 0388",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/bisita", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "lugal": {"lat": wla, "lng": wlo, "acc": 9},
            "workshop_lugal": {"lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]},
            "kard": L(CARD, UID)}),
        case(f, f"{a}/api/v1/parul/rotor", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(LANTERN_ORDER, BUY),
            "pattern": [{"step": i, "kule": c, "ms": 250} for i, c in
                        enumerate(["pula", "berde", "dilaw", "asul"])],
            "bilis": 3}),
        case(f, f"{a}/api/v1/tiket/ligligan", headers=_h(rng, **b), body={
            "petsa": "2025-12-13", "bilang": 3, "alaga": L(900, BUY),
            "manonood": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                         L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC)],
            "tiket": L("LIG-25-" + opaque(rng, "", 6).upper(), BUY)}),
        case(f, f"{a}/api/v1/puntus", headers=_h(rng, how="none"), cookies={
            "pr_sesyon": L(opaque(rng, "", 40), CRED), "pr_gamit": L(INSTALL_ID, DID),
            "pr_req": rid(rng)}),
        case(f, f"{a}/api/v1/review", fmt="form", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "bituin": "5",
            "komentu": L("Malagu ya ing parul, mayap ing obra da Apung Rolly!", TEXT)}),
        case(f, f"{a}/api/v1/bayad/balance", headers=_h(rng, **b), body={
            "order": L(LANTERN_ORDER, BUY), "alaga": L(23500, BUY),
            "card_last4": L("4444", PAY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/regalu", headers=_h(rng, **b), body={
            "para_kang": {"lagyu": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                          "bale": L(MIL_HOME["line"], ADDR),
                          "barangay": L(MIL_HOME["brgy"], COARSE),
                          "balen": L(MIL_HOME["town"], COARSE)},
            "disenyu": "ds_capiz_60", "alaga": L(4200, BUY),
            "mensahi": L("Para kang Ima Ising, Maligayang Pasku!", TEXT)}),
        case(f, f"{a}/api/v1/kard/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kard": L(CARD, UID), "selpon": L(E164, TEL),
                       "aldo_kebaitan": L(DOB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/reklamu", headers=_h(rng, **b), body={
            "order": L(LANTERN_ORDER, BUY), "klase": "delay",
            "sulat": L("Adwang aldo na yang late ing install, ala pang balita", TEXT)}),
        case(f, f"{a}/api/v1/gamit", headers=_h(rng, **b), body=push(push_token(rng), "pam_PH")),
        case(f, f"{a}/api/v1/pamagdalan", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "pamagdalan": [
                ev("order_parul", 1, alaga=L(38500, BUY)), ev("bayad", 2),
                ev("screen", 3, screen=L("ParulKu", USAGE))]}),
        case(f, f"{a}/api/v1/lual", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def parulan_sdks() -> list[Case]:
    rng = random.Random(19202)
    return [
        mb_batch(APP, rng, [("Lantern Ordered", {"total": L(38500, BUY)}),
                            ("Workshop Visited", {"workshop": WORKSHOP["id"]})],
                 at=WORKSHOP_FIX, nd=2, locale="pam_PH"),
        mb_identify(APP, rng, {"balen": L("Angeles City", COARSE), "kard": L(CARD, UID),
                               "puntus": 120}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"order": L(LANTERN_ORDER, BUY)}, revenue=38500.0,
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="christmas,lantern,parol"),
        bt_notice(APP, rng, "win"),
        cb_crash(APP, rng, ("java.lang.IllegalStateException", "camera preview closed"),
                 [cb_crumb("nav", "ParulKu -> Letratu"),
                  cb_crumb("net", "POST", {"url": f"{APP.api}/api/v1/parul/letratu",
                                           "status": 201})], screen="LetratuActivity"),
        ps_register(APP, rng, lang="pam", at=HOME_AT, nd=2,
                    tags={"workshop": WORKSHOP["id"], "balen": L("Angeles City", COARSE)}),
        cm_wallet(APP, rng, "15000", L(LOCAL_NO, f"{TEL}|{PAY}")),
        mp_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        ht_message(APP, rng, L(f"Order {LANTERN_ORDER}: the rotor stopped after one night",
                               f"{TEXT}|{BUY}"), {"kard": L(CARD, UID), "app_lang": L("pam", DEV)}),
    ]


__all__ = ["APP", "parulan", "parulan_sdks"]
