"""A litchi orchard's app "Letchi Dibwa" (December's pick-your-own and boxes of litchis from an
orchard below Nouvelle France; its API's keys are Kreol Morisien snake_case: ``non`` full name,
``imel``, ``portab``, ``modpas``, ``ladres``, ``lavil``, ``distrik`` district, ``kod_postal``
post code, ``kliyan`` customer, ``komand`` order, ``pake`` bundle, ``bwat`` box, ``destinater``
recipient, ``livrezon`` delivery, ``montan``, ``peyman``, ``keyi`` pick, ``granmoun`` adults,
``zanfan`` children, ``pwa`` weight, ``pri`` price, ``mesaz``, ``pleint`` complaint,
``komanter``, ``pwin`` points, ``rod``, ``aparey``, ``levennman``): sign-up, an e-mail code,
``/mwa``, the season's calendar, a box sent to her mother-in-law in Port Louis, its payment by
mobile wallet, a pick-your-own slot, the check-in at the gate, the weighing (msgpack), a gift
box for her husband's cousin, a complaint with a photo, a review, the order by number in the
path, points by cookie, her address with the house's point, the delivery's tracking, a search,
an offline picking log (JSON Lines), push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PRECISE,
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
from eval_families244_kit import (
    COUSIN,
    CUSTOMER,
    MOTHER_IL,
    MU_HOME,
    MU_HOME_AT,
    ORCHARD,
    ORCHARD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families244_sdk import td_batch, td_identify, tm_event, tm_launch
from eval_families244_svc import ff_eval, ha_message, mp_geocode, pr_register, py_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("letchidibwa", "Letchi Dibwa", "com.example.letchidibwa", "2.0.5",
          "https://api.letchidibwa.example.net")
IID = "X-LD-Aparey"
ORDER = "LD-2025-12-4471"  # the box for her mother-in-law (financial.purchase)
GIFT = "LD-2025-12-4502"  # the gift box (financial.purchase)
COURIER_AT = (-20.2214, 57.5371)  # the courier van's last point (not hers: negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mfe=True, **kw)


def letchidibwa() -> list[Case]:
    rng = random.Random(24471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kliyan=L(CUSTOMER, UID), imel=L(EMAIL, MAIL)))}
    ola, olo = fix(ORCHARD_FIX)
    order = at_path(case(f, f"{a}/api/komand/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/kliyan", headers=_h(rng), body={
            "non": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL_UPPER, MAIL),
            "portab": L(E164, TEL), "modpas": L("Letchi2025!Dibwa", CRED),
            "ladres": L(MU_HOME["line"], ADDR), "lavil": L(MU_HOME["town"], COARSE),
            "distrik": L(MU_HOME["district"], COARSE), "kliyan": L(CUSTOMER, UID)}),
        case(f, f"{a}/api/auth/kod", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "kod": L("846120", CRED)}),
        case(f, f"{a}/api/mwa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/sezon", headers=_h(rng, **b), query={
            "verge": ORCHARD["id"], "ane": "2025"}),
        case(f, f"{a}/api/komand", headers=_h(rng, **b), body={
            "komand": L(ORDER, BUY), "bwat": [{"kalite": "tai so", "pake": 4, "pri": 350}],
            "destinater": {"non": L(MOTHER_IL[0], NAMEC), "portab": L(MOTHER_IL[1], TEL),
                           "ladres": L(MOTHER_IL[2], ADDR), "lavil": L(MOTHER_IL[3], COARSE)},
            "livrezon": "2025-12-20", "montan": L(1400, BUY), "kliyan": L(CUSTOMER, UID)}),
        case(f, f"{a}/api/peyman", fmt="form", headers=_h(rng, **b), body={
            "komand": L(ORDER, BUY), "montan": L("1400", BUY), "metod": "walet",
            "nimero_walet": L(E164, TEL), "ref": rid(rng)}),
        case(f, f"{a}/api/keyi/slot", headers=_h(rng, **b), body={
            "verge": ORCHARD["id"], "dat": "2025-12-21", "ler": "08:00", "granmoun": 2,
            "zanfan": 1, "montan": L(600, BUY), "kliyan": L(CUSTOMER, UID)}),
        case(f, f"{a}/api/keyi/prezans", headers=_h(rng, **b), body={
            "kliyan": L(CUSTOMER, UID), "pozision": {"lat": ola, "lng": olo, "prezision": 9},
            "laport": {"lat": ORCHARD["lat"], "lng": ORCHARD["lon"]}}),
        case(f, f"{a}/api/keyi/pese", fmt="msgpack", headers=_h(rng, **b), body={
            "kliyan": L(CUSTOMER, UID), "pwa_kg": 6.4, "pri_kg": 120,
            "montan": L(768, BUY), "balans": "bl_03"}),
        case(f, f"{a}/api/kado", headers=_h(rng, **b), body={
            "komand": L(GIFT, BUY),
            "destinater": {"non": L(COUSIN[0], NAMEC), "portab": L(COUSIN[1], TEL)},
            "mesaz": L("Priya, enn ti bwat letchi pou twa, bon fet!", TEXT),
            "montan": L(450, BUY)}),
        multipart(f, f"{a}/api/pleint", [
            ("foto", "bwat_pouri.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {
                "komand": L(ORDER, BUY),
                "pleint": L("Lamwatie letchi dan bwat la ti pouri kan li'nn ariv lakaz mo belmer", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/komanter", fmt="form", headers=_h(rng, **b), body={
            "verge": ORCHARD["id"], "zetwal": "4",
            "komanter": L("Bon letchi, me lakeu long dan parking la", TEXT)}),
        order,
        case(f, f"{a}/api/pwin", headers=_h(rng, how="none"), cookies={
            "ld_sesion": L(opaque(rng, "", 40), CRED), "ld_aparey": L(INSTALL_ID, DID),
            "ld_req": rid(rng)}),
        case(f, f"{a}/api/kliyan/ladres", headers=_h(rng, **b), body={
            "ladres": L(MU_HOME["line"], ADDR), "lavil": L(MU_HOME["town"], COARSE),
            "kod_postal": L(MU_HOME["post"], COARSE),
            "pozision": {"lat": L(round(MU_HOME_AT[0], 4), PRECISE),
                         "lng": L(round(MU_HOME_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/api/livrezon/swiv", headers=_h(rng, **b), query={
            "komand": L(ORDER, BUY), "van_lat": f"{COURIER_AT[0]:.4f}",
            "van_lng": f"{COURIER_AT[1]:.4f}"}),
        case(f, f"{a}/api/rod", headers=_h(rng, **b), query={
            "rod": L("letchi tai so bwat 5kg", SEARCH)}),
        lines(f, f"{a}/api/keyi/sync", [
            {"kliyan": L(CUSTOMER, UID), "ranze": "r7", "pie": "p_0712",
             "lat": L(ORCHARD_FIX[0], PRECISE), "lng": L(ORCHARD_FIX[1], PRECISE),
             "ts": 1766304300},
            {"kliyan": L(CUSTOMER, UID), "ranze": "r8", "pie": "p_0803",
             "lat": L(round(ORCHARD_FIX[0] - 0.00021, 6), PRECISE),
             "lng": L(round(ORCHARD_FIX[1] + 0.00017, 6), PRECISE), "ts": 1766304920}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/aparey", headers=_h(rng, **b), body=push(push_token(rng), "mfe_MU")),
        case(f, f"{a}/api/levennman", headers=_h(rng, **b), body={
            "itilizater": L(USER_ID, UID), "sesion": obj(rng, "ss"), "levennman": [
                ev("komand_fer", 1, montan=L(1400, BUY)),
                ev("ekran", 2, ekran=L("Sezon", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID),
            "lang": L("mfe", DEV)}),
    ]


def letchidibwa_sdks() -> list[Case]:
    rng = random.Random(24472)
    return [
        td_batch(APP, rng, [("Box Ordered", {"total": L(1400, BUY)}),
                            ("Picking Checked In", {"orchard": ORCHARD["id"]})],
                 at=ORCHARD_FIX, nd=2, locale="mfe_MU"),
        td_identify(APP, rng, {"kliyan": L(CUSTOMER, UID), "distrik": L("Plaines Wilhems",
                                                                          COARSE)}),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "purchase", {"komand": L(ORDER, BUY)}, revenue=1400.0,
                 currency="MUR"),
        ff_eval(APP, rng, {"season": "2025", "lavil": L("Curepipe", COARSE)}),
        pr_register(APP, rng, lang="mfe", at=MU_HOME_AT, nd=2, tags={"sezon": "2025"}),
        py_wallet(APP, rng, "1400", L(E164, TEL)),
        mp_geocode(APP, rng, MOTHER_IL[2], ADDR, near=MU_HOME_AT, nd=3),
        ha_message(APP, rng, L(f"Komand {ORDER} pa'nn ariv ankor", f"{TEXT}|{BUY}"),
                   {"kliyan": L(CUSTOMER, UID)}),
    ]
