"""Boat-launch crane and sea-trip app "Hiki Vaka" (Niue has no harbour: small boats are lifted in
and out of the sea by the crane on Alofi wharf; the app books the crane, files a trip plan with
who is aboard and when they will be back, and closes it on return). Its API's keys are Niuean in
camelCase (``higoaFakamua`` first name, ``higoaFakahiku`` last name, ``imeli``, ``telefoni``,
``kupuFufu`` password, ``ahoFanau`` birth date, ``nofoaga`` street line, ``maaga`` village,
``kaute`` account, ``koti`` SMS code) and snake_case below them (``vaka`` boat, ``hiki`` lift,
``avanoa`` free slots, ``numela_hiki`` lift booking number, ``tupe`` amount, ``totogi``
payment, ``kaute_tupe`` bank account, ``fenoga`` trip, ``tagata`` people aboard, ``tau_moui``
age, ``tagata_i_uta`` contact ashore, ``liu_mai`` return, ``lolo`` fuel, ``ika`` fish,
``mamafa`` weight, ``tuaga`` position, ``matagi`` wind, ``peau`` swell, ``lagomatai`` help (the
distress test), ``fakatai`` test, ``pili`` bills, ``fekau`` message, ``kumi`` search,
``mahani`` events): sign-up, an SMS code, ``/au``, the boat, free crane slots, a lift booked and
paid by direct debit, the trip plan (husband, son, her; a cousin ashore), the departure with her
fix on the wharf, a protobuf position beat at sea, the catch (msgpack), the weather at a rounded
position, back ashore (5-decimal strings), a photo of the catch, a message to the crane
operator, bills by account number in the path, a search, a distress-beacon test, the trip
history by cookie, push and events. Sets 188 (fish-share register with trip check-outs) and 154
and 181 (moorings, outboard repairs) differ: this is the wharf crane's booking and a float
plan."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families230_kit import (
    BOAT,
    CRANE_ACCOUNT,
    FAD_AT,
    HUSBAND,
    NU_HOME,
    NZ_ACCOUNT,
    SEA_FIX,
    SON,
    WHARF,
    WHARF_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families230_sdk import ct_session, fg_batch, fg_queue, tk_event, tk_launch
from eval_families230_svc import (
    cs_save,
    fp_eval,
    ml_route,
    ml_telemetry,
    pa_register,
    ph_card,
    ph_confirm,
)
from eval_payloads import INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("hikivaka", "Hiki Vaka", "com.example.hikivaka", "2.3.0",
          "https://api.hikivaka.example.net")
IID = "X-HikiVaka-Device"
COUSIN = ("Tali Pihigia", "+68357731")  # the contact ashore, typed by her: contact.*
LIFT = "HK-2512-0441"  # the crane lift booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def hikivaka() -> list[Case]:
    rng = random.Random(23011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaute=L(CRANE_ACCOUNT, UID), telefoni=L(E164, TEL)))}
    wla, wlo = fix(WHARF_FIX, 5)
    trip = obj(rng, "fg")
    lab: dict[str, str] = {}
    beat = pb([(1, L(CRANE_ACCOUNT, UID)), (2, trip), (3, 1765285200),
               (4, [(1, L(SEA_FIX[0], PRECISE)), (2, L(SEA_FIX[1], PRECISE)), (3, 6.5)]),
               (5, L(48, DEV))], "", lab)
    bills = at_path(case(f, f"{a}/v2/pili/{CRANE_ACCOUNT}", headers=_h(rng, **b),
                         query={"tau": "2025"}), CRANE_ACCOUNT, UID)
    return [
        case(f, f"{a}/v2/kaute", headers=_h(rng), body={
            "higoaFakamua": L(FIRST, NAMEC), "higoaFakahiku": L(LAST, NAMEC),
            "imeli": L(EMAIL_MIXED, MAIL), "telefoni": L(PHONE, TEL), "kupuFufu": L(
                "Vaka!Lagi2025", CRED), "ahoFanau": L(DOB, BIRTH),
            "nofoaga": L(NU_HOME["line"], "contact.address"),
            "maaga": L(NU_HOME["village"], COARSE), "kaute": L(CRANE_ACCOUNT, UID)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "koti": L("553017", CRED)}),
        case(f, f"{a}/v2/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vaka", headers=_h(rng, **b), body={
            "vaka": BOAT["name"], "reg": BOAT["reg"], "loa_m": BOAT["len_m"], "misini": "40hp",
            "tagata_tonu": [L(HUSBAND[0], NAMEC), L(f"{FIRST} {LAST}", NAMEC)],
            "kaute": L(CRANE_ACCOUNT, UID)}),
        case(f, f"{a}/v2/hiki/avanoa", headers=_h(rng, **b), query={
            "uafu": WHARF["id"], "aho": "2025-12-10"}),
        case(f, f"{a}/v2/hiki", headers=_h(rng, **b), body={
            "kaute": L(CRANE_ACCOUNT, UID), "reg": BOAT["reg"], "aho": "2025-12-10",
            "magaaho": "05:30", "ki_lalo": True, "numela_hiki": L(LIFT, BUY),
            "tupe": L(15, BUY)}),
        case(f, f"{a}/v2/totogi", fmt="form", headers=_h(rng, **b), body={
            "numela_hiki": L(LIFT, BUY), "tupe": L("15.00", BUY), "paanga": "NZD",
            "metoti": "direct_debit", "kaute_tupe": L(NZ_ACCOUNT, PAY)}),
        case(f, f"{a}/v2/fenoga", headers=_h(rng, **b), body={
            "fenoga": trip, "reg": BOAT["reg"], "kamata": "2025-12-10T05:45",
            "liu_mai": "2025-12-10T11:30", "ki": "FAD 3",
            "tagata": [{"higoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
                       {"higoa": L(f"{FIRST} {LAST}", NAMEC), "telefoni": L(E164, TEL)},
                       {"higoa": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "tau_moui": L(8, BIRTH)}],
            "tagata_i_uta": {"higoa": L(COUSIN[0], NAMEC), "telefoni": L(COUSIN[1], TEL)},
            "lolo_lita": 40, "lifejackets": 3, "letio": "VHF 16"}),
        case(f, f"{a}/v2/fenoga/{trip}/kamata", headers=_h(rng, **b), body={
            "tuaga": {"lat": wla, "lng": wlo, "acc": 6},
            "uafu": {"id": WHARF["id"], "lat": WHARF["lat"], "lng": WHARF["lon"]}}),
        raw(f, f"{a}/v2/fenoga/{trip}/tuaga", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/fenoga/{trip}/ika", fmt="msgpack", headers=_h(rng, **b), body={
            "kaute": L(CRANE_ACCOUNT, UID),
            "ika": [{"kaina": "paala", "totou": 2, "mamafa": 14.2},
                    {"kaina": "takua", "totou": 1, "mamafa": 6.8}],
            "tuaga": {"lat": L(round(SEA_FIX[0], 4), PRECISE),
                      "lng": L(round(SEA_FIX[1], 4), PRECISE)},
            "fad": {"lat": FAD_AT[0], "lng": FAD_AT[1]}}),
        case(f, f"{a}/v2/matagi", headers=_h(rng, **b), query={
            "lat": L(f"{WHARF_FIX[0]:.2f}", COARSE), "lng": L(f"{WHARF_FIX[1]:.2f}", COARSE),
            "aho": "2025-12-10"}),
        case(f, f"{a}/v2/fenoga/{trip}/liu_mai", fmt="form", headers=_h(rng, **b), body={
            "tuaga_lat": L(f"{WHARF_FIX[0]:.5f}", PRECISE),
            "tuaga_lng": L(f"{WHARF_FIX[1]:.5f}", PRECISE), "tagata": "3", "ki_luga": "1"}),
        multipart(f, f"{a}/v2/fakatino", [
            ("fakatino", "paala.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"fenoga": trip, "ika": "paala",
                                                "mamafa": 14.2})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/fekau", headers=_h(rng, **b), body={
            "ki": "crane_operator",
            "fekau": L("We are 20 minutes out, please have the crane ready. If no answer call "
                       "my husband on +68358214", f"{TEXT}|{TEL}")}),
        bills,
        case(f, f"{a}/v2/kumi", headers=_h(rng, **b), query={
            "kumi": L("lolo price Alofi wharf", SEARCH)}),
        case(f, f"{a}/v2/lagomatai", headers=_h(rng, **b), body={
            "fakatai": True, "reg": BOAT["reg"], "tagata": 3,
            "tuaga": {"lat": L(SEA_FIX[0], PRECISE), "lng": L(SEA_FIX[1], PRECISE)},
            "telefoni": L(E164, TEL)}),
        case(f, f"{a}/v2/fenoga/tuai", headers=_h(rng, how="none"), cookies={
            "hv_sess": L(opaque(rng, "", 40), CRED), "hv_dev": L(INSTALL_ID, DID),
            "hv_req": rid(rng)}),
        case(f, f"{a}/v2/mena", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/mahani", headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "session": rid(rng), "mahani": [
                ev("hiki_booked", 1), ev("lau", 2, lau=L("FenogaLive", USAGE))]}),
    ]


def hikivaka_sdks() -> list[Case]:
    rng = random.Random(23012)
    return [
        fg_batch(APP, rng, [("Lift Booked", {"amount": L(15, BUY)}),
                            ("Trip Started", {"aboard": 3})], at=WHARF_FIX, nd=3),
        fg_queue(APP, rng, [("Position Beat", {"speed": 6.5}), ("Catch Logged", {"fish": 3})]),
        tk_launch(APP, rng, user=True),
        tk_event(APP, rng, "purchase", {"lift": L(LIFT, BUY)}, revenue=15.0),
        ct_session(APP, rng, secs=2840),
        fp_eval(APP, rng, {"wharf": WHARF["id"], "boats": 1}, hdr=True),
        pa_register(APP, rng, tags={"wharf": WHARF["id"], "alerts": "swell"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        ph_card(APP, rng),
        ph_confirm(APP, rng, "15.00"),
        ml_route(APP, rng, [(WHARF_FIX, PRECISE), (FAD_AT, None)], mode="boat"),
        ml_telemetry(APP, rng, [SEA_FIX, WHARF_FIX], PRECISE),
    ]
