"""Solar cold-room crate rental at a Homa Bay landing beach "Ngichrech" (``ngich`` cold, ``rech``
fish; the family's boat lands Nile perch and tilapia, she keeps the boat's books and rents crates
in the beach's cold room). Its API's keys are Dholuo: ``nying`` first name, ``nying_dhoot``
surname (lit. "name of the clan/house"), ``namba_simu`` phone number, ``siri`` password (lit.
"secret"), ``tarik_nywol`` birth date, ``namba_kipande`` ID card number, ``boma`` town,
``yie`` boat, ``jalupo`` fisherman, ``jolupo`` crew, ``od_ngich`` cold room, ``sanduku`` crate,
``kodo`` rent, ``nengo`` price, ``pesa`` amount, ``chulo`` pay, ``namba_pesa`` wallet number,
``mako`` catch, ``pek`` weight, ``rech`` fish, ``jangiewo`` buyer, ``ywak`` complaint, ``ote``
message, ``manyo`` search, ``pimo`` rating, ``kama_ni`` position, ``gir`` device, ``timbe``
events, ``wuok`` log-out, ``kod`` code, ``salio`` balance, ``risit`` receipt; English ``token``,
``id``, ``email``, ``kra_pin``, ``lat``/``lng``): sign-up, log-in and SMS code, ``/an``, cold
rooms near home, crates rented and paid by wallet, a catch weighed with her fix, a protobuf weigh
ticket, a msgpack offline log, the balance by cookie, a buyer's purchase, the crew's payouts
(base64 JSON in a form field), a complaint, a search, a rating, the receipt by account number in
the path, a message, push, events and a log-out."""

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
    MAIL,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families193_kit import (
    ALIEN_ID,
    BEACH_FIX,
    BOAT,
    BRO_IL,
    COLD,
    COLD_ACC,
    KE_PHONE,
    KE_PHONE_LOCAL,
    KRA_PIN,
    KSM_HOME_AT,
    fix,
    gir,
    hd,
    obj,
)
from eval_families193_sdk import (
    kt_crash,
    kt_crumb,
    kw_batch,
    kw_identify,
    lw_event,
    lw_launch,
    ob_bid,
    ob_notice,
)
from eval_families193_svc import kh_message, nm_reverse, op_register, pl_wallet
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ngichrech", "Ngichrech", "com.example.ngichrech", "3.2.1",
          "https://api.ngichrech.example.com")
IID = "X-Ngich-Gir"
PW = "Rech!Homabay2026"
NID = "personal.national_id"
CREW2 = ("Ouma Okoth", "+254745120877")  # a crewman she typed (contact.*)
TRADER = ("Jane Atieno Owiti", "+254790331845")  # a fish trader buying from the cold room


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, luo=True, **kw)


def ngichrech() -> list[Case]:
    rng = random.Random(19301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, akaunt=L(COLD_ACC, UID), namba_simu=L(KE_PHONE, TEL)))}
    bla, blo = fix(BEACH_FIX)
    lab: dict[str, str] = {}
    ticket = pb([(1, L(COLD_ACC, UID)), (2, COLD["id"]), (3, 1768541400), (4, 212.5),
                 (5, [(1, L(BEACH_FIX[0], PRECISE)), (2, L(BEACH_FIX[1], PRECISE)), (3, 9.0)]),
                 (6, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/akaunt/{COLD_ACC}/risit", headers=_h(rng, **b),
                           query={"dwe": "2026-01"}), COLD_ACC, UID)
    return [
        case(f, f"{a}/api/v1/ndikruok", headers=_h(rng), body={
            "nying": L(FIRST, NAMEC), "nying_dhoot": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "namba_simu": L(KE_PHONE, TEL), "siri": L(PW, CRED), "tarik_nywol": L(DOB, BIRTH),
            "namba_kipande": L(ALIEN_ID, NID), "kra_pin": L(KRA_PIN, NID),
            "boma": L("Kisumu", COARSE),
            "yie": {"nying": BOAT["name"], "namba": BOAT["reg"], "dho_nam": "Homa Bay Pier"},
            "jalupo_maduong": {"nying": L(BRO_IL[0], NAMEC), "namba_simu": L(BRO_IL[1], TEL)}}),
        case(f, f"{a}/api/v1/donjo", fmt="form", headers=_h(rng), body={
            "namba_simu": L(KE_PHONE_LOCAL, TEL), "siri": L(PW, CRED), "parie": "1"}),
        case(f, f"{a}/api/v1/donjo/kod", fmt="form", headers=_h(rng), body={
            "namba_simu": L(KE_PHONE, TEL), "kod": L("508113", CRED)}),
        case(f, f"{a}/api/v1/an", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/od_ngich/machiegni", headers=_h(rng, **b), query={
            "lat": L(f"{KSM_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{KSM_HOME_AT[1]:.3f}", PRECISE),
            "km": "80", "solar": "true"}),
        case(f, f"{a}/api/v1/od_ngich/{COLD['id']}/sanduku", headers=_h(rng, **b),
             query={"chieng": "2026-01-16", "nengo_sanduku": "150"}),
        case(f, f"{a}/api/v1/sanduku/kodo", headers=_h(rng, **b), body={
            "od_ngich": COLD["id"], "sanduku": 6, "chieng": "2026-01-16", "nengo": 150,
            "pesa": L(900, BUY), "akaunt": L(COLD_ACC, UID), "rafu": "R-04",
            "ote": L("Sanduku auchiel ne mbuta mar Odhiambo", f"{TEXT}")}),
        case(f, f"{a}/api/v1/chulo", fmt="form", headers=_h(rng, **b), body={
            "akaunt": L(COLD_ACC, UID), "pesa": L("900.00", BUY), "sarafu": "KES",
            "namba_pesa": L(KE_PHONE, TEL), "till": COLD["till"], "chulo_id": obj(rng, "ch")}),
        case(f, f"{a}/api/v1/mako", headers=_h(rng, **b), body={
            "yie": BOAT["reg"], "rech": [{"kit": "mbuta", "pek": 148.0}, {"kit": "ngege",
                                                                        "pek": 64.5}],
            "kama_ni": {"lat": bla, "lng": blo, "sizuste": 7},
            "od_ngich": {"lat": COLD["lat"], "lng": COLD["lon"]}, "akaunt": L(COLD_ACC, UID),
            "mako_id": obj(rng, "mk")}),
        raw(f, f"{a}/api/v1/mako/tiket", ticket, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mako/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "akaunt": L(COLD_ACC, UID), "gir": L(INSTALL_ID, DID),
            "timbe": [{"kit": "sanduku_ir", "sanduku": 6, "t": 1768541100},
                      {"kit": "pek", "kg": 212.5, "t": 1768541400}],
            "kama_ni": {"lat": L(round(BEACH_FIX[0], 5), PRECISE),
                        "lng": L(round(BEACH_FIX[1], 5), PRECISE)}, "temp_od": 3.5}),
        case(f, f"{a}/api/v1/akaunt/salio", headers=_h(rng, how="none"), cookies={
            "ng_sesion": L(opaque(rng, "", 40), CRED), "ng_gir": L(INSTALL_ID, DID),
            "ng_req": rid(rng)}),
        case(f, f"{a}/api/v1/jangiewo", headers=_h(rng, **b), body={
            "jangiewo": {"nying": L(TRADER[0], NAMEC), "namba_simu": L(TRADER[1], TEL)},
            "rech": "mbuta", "kg": 120, "nengo_kg": 380, "pesa": L(45600, BUY),
            "akaunt": L(COLD_ACC, UID)}),
        case(f, f"{a}/api/v1/jolupo", headers=_h(rng, **b), body={
            "yie": BOAT["reg"], "jolupo": [
                {"nying": L(BRO_IL[0], NAMEC), "namba_simu": L(BRO_IL[1], TEL), "tich": "nahodha"},
                {"nying": L(CREW2[0], NAMEC), "namba_simu": L(CREW2[1], TEL), "tich": "jalupo"}]}),
        case(f, f"{a}/api/v1/chulo/jolupo", fmt="form", headers=_h(rng, **b), body={
            "data": W({"akaunt": L(COLD_ACC, UID), "chulo": [
                {"namba_pesa": L(BRO_IL[1], TEL), "pesa": L(6000, BUY)},
                {"namba_pesa": L(CREW2[1], TEL), "pesa": L(3500, BUY)}]}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/ywak", headers=_h(rng, **b), body={
            "od_ngich": COLD["id"], "kit": "ngich",
            "ote": L("Od ngich ne ok ngich nyoro otieno, rech moko noketh", TEXT)}),
        case(f, f"{a}/api/v1/manyo", headers=_h(rng, **b), query={
            "manyo": L("nengo mbuta Homa Bay kawuono", SEARCH), "ite": "1"}),
        case(f, f"{a}/api/v1/pimo", fmt="form", headers=_h(rng, **b), body={
            "od_ngich": COLD["id"], "pimo": "4",
            "ote": L("Ber ahinya, to sanduku moko ochido", TEXT)}),
        receipt,
        case(f, f"{a}/api/v1/ote", headers=_h(rng, **b), body={
            "ne": "manager_hb07",
            "ote": L("Ka Odhiambo ok nitie, luonga e 0700 555 199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/gir", headers=_h(rng, **b), body=gir(push_token(rng), "luo_KE")),
        case(f, f"{a}/api/v1/timbe", gz=True, headers=_h(rng, **b), body={
            "jatiyo": L(USER_ID, UID), "timbe": [
                ev("sanduku_kodo", 1, sanduku=6), ev("chulo", 2, pesa=L(900, BUY)),
                ev("skrin", 3, skrin=L("MakoMawuok", USAGE))]}),
        case(f, f"{a}/api/v1/wuok", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gir": L(INSTALL_ID, DID)}),
    ]


def ngichrech_sdks() -> list[Case]:
    rng = random.Random(19302)
    return [
        kw_batch(APP, rng, [("Crates Rented", {"crates": 6, "total": L(900, BUY)}),
                            ("Catch Weighed", {"kg": 212.5})],
                 at=BEACH_FIX, nd=2, locale="luo_KE"),
        kw_identify(APP, rng, {"boma": L("Homa Bay", COARSE), "akaunt": L(COLD_ACC, UID),
                               "yie": BOAT["name"]}),
        lw_launch(APP, rng, first=True),
        lw_event(APP, rng, "purchase", {"akaunt": L(COLD_ACC, UID)}, revenue=900.0,
                 hashed=True),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BEACH_FIX, nd=3,
               keywords="fish,boats,nets"),
        ob_notice(APP, rng, "win"),
        kt_crash(APP, rng, ("java.lang.IllegalStateException", "scale socket closed"),
                 [kt_crumb("nav", "Mako -> Tiket"),
                  kt_crumb("net", "POST", {"url": f"{APP.api}/api/v1/mako", "status": 201})],
                 screen="TiketActivity"),
        op_register(APP, rng, lang="luo", at=KSM_HOME_AT, nd=2,
                    tags={"od_ngich": COLD["id"], "boma": L("Homa Bay", COARSE)}),
        pl_wallet(APP, rng, "900", L(KE_PHONE, TEL)),
        nm_reverse(APP, rng, BEACH_FIX, PRECISE, nd=5),
        kh_message(APP, rng, L(f"Akaunt {COLD_ACC} nyiso ni pok achulo, to ne achulo",
                               f"{TEXT}|{UID}"), {"akaunt": L(COLD_ACC, UID)}),
    ]
