"""The In-Gall salt-pasture gathering's app "Tenekert" (the herders' yearly gathering on the salt
flats west of Agadez: camps, herds brought to the salt licks, herd vaccination, the civil-status
desk, the camel parade and tende evenings). Her husband's family comes as Kel Ewey; the app asks
for the confederation (``tawshit``) and drum-group (``ettebel``) a family belongs to, which is
the sensitive trait here (ethnic origin), and runs a vote for the herders' council delegate
(political opinion). Keys are Tamasheq in Latin letters (ASCII-folded) beside English words the
API keeps: ``esem``/``esem_n_ebba`` first/family name, ``imel`` e-mail, ``portabl`` mobile,
``awal_n_ekchem`` password, ``tawshit`` confederation, ``ettebel`` drum-group, ``aghiwan`` camp,
``imnas`` camels, ``ulli`` goats and sheep, ``ehere`` herd, ``anu`` well, ``aman`` water,
``tesemt`` salt, ``tenere`` pasture (lit. open plain), ``amidi`` companion (camp member),
``tabarart`` girl, ``abba`` father, ``akt_n_tahut`` birth record (a coinage with a French loan),
``azref`` amount, ``takfit`` payment, ``edag`` place, ``awal`` message, ``foto`` photo,
``tasigilt`` session (a coinage), ``aparey`` device, ``ilas`` language, ``nak`` me, ``tafrant``
choice (vote), ``amis_iba`` lost camel (lit. camel missing). Registration, a password grant,
``/nak``, the camp with her fix, the herd declaration, herd vaccination, the girl's birth record
at the civil-status desk, the camel-parade entry, the programme, the pasture rota by
confederation, the gate check-in, the camp plot's payment, a tende photo, an offline sync (JSON
Lines), a message to the organisers, the council vote, a lost-camel report, the pass by number in
the path, tickets by cookie, the well's water turn, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families299_kit import (
    BROTHER_IL,
    CAMP_FIX,
    DAUGHTER,
    GROUND,
    HOME_AT,
    HUSBAND,
    PASS,
    WELL_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families299_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_pixel,
    mc_queue,
    tn_launch,
    tn_link,
)
from eval_families299_svc import cy_save, fn_eval, mm_route, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("tenekert", "Tenekert", "com.example.tenekert", "1.9.0",
          "https://api.tenekert.example.org")
IID = "X-Tenekert-Aparey"
PW = "Ingall!Tesemt2025"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
BIRTH_RECORD = "AGZ-EC-2017-00912"  # the girl's birth record number (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def tenekert() -> list[Case]:
    rng = random.Random(29911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), **{"pass": L(PASS, UID)},
                                    tawshit=L("Kel Ewey", SENS)))}
    cla, clo = fix(CAMP_FIX)
    gla, glo = fix(CAMP_FIX, 4)
    camp = obj(rng, "agh")
    pass_url = at_path(case(f, f"{a}/v1/pass/{PASS}", headers=_h(rng, **b)), PASS, UID)
    return [
        case(f, f"{a}/v1/amaris", headers=_h(rng), body={
            "esem": L(FIRST, NAMEC), "esem_n_ebba": L(LAST, NAMEC),
            "imel": L(EMAIL_MIXED, MAIL), "portabl": L(NATIONAL, TEL),
            "awal_n_ekchem": L(PW, CRED), "tawshit": L("Kel Ewey", SENS),
            "ettebel": L("Ettebel n Agadez", SENS), "ales": L(HUSBAND[0], NAMEC),
            "pass": L(PASS, UID), "aghrem": L("Agadez", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tenekert-android"}),
        case(f, f"{a}/v1/nak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/aghiwan", headers=_h(rng, **b), body={
            "aghiwan": camp, "edag": {"lat": cla, "lng": clo, "acc": 6},
            "amidi": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC),
                      L(BROTHER_IL[0], NAMEC)],
            "ehan": 2, "tawshit": L("Kel Ewey", SENS), "pass": L(PASS, UID)}),
        case(f, f"{a}/v1/ehere", headers=_h(rng, **b), body={
            "aghiwan": camp, "imnas": 14, "ulli": 32, "ezzel": "tifinagh_yaz_left_neck",
            "bab_n_ehere": {"esem": L(BROTHER_IL[0], NAMEC), "portabl": L(BROTHER_IL[1], TEL)},
            "tenere": "salt_flat_west"}),
        case(f, f"{a}/v1/ehere/vaksin", fmt="form", headers=_h(rng, **b), body={
            "aghiwan": camp, "slot": obj(rng, "sl"), "poste": "vet_post_3",
            "imnas": "14", "pass": L(PASS, UID)}),
        case(f, f"{a}/v1/etat-sivil/akt_n_tahut", headers=_h(rng, **b), body={
            "tabarart": {"esem": L(DAUGHTER["first"], NAMEC),
                         "esem_n_ebba": L(DAUGHTER["last"], NAMEC),
                         "ashal_n_tahut": L(DAUGHTER["dob"], BIRTH),
                         "sekse": L(DAUGHTER["sex"], "personal.gender"),
                         "akt_n_tahut": L(BIRTH_RECORD, NID)},
            "abba": L(HUSBAND[0], NAMEC), "anna": L(f"{FIRST} {LAST}", NAMEC),
            "copies": 2, "azref": L(1500, BUY)}),
        case(f, f"{a}/v1/parade", headers=_h(rng, **b), body={
            "amis": "Azawad", "bab_n_amis": L(HUSBAND[0], NAMEC), "kind": "ilugan_amellal",
            "azref": L(5000, BUY), "tawshit": L("Kel Ewey", SENS)}),
        case(f, f"{a}/v1/programme", headers=_h(rng, **b), query={
            "ashal": "2025-09-12", "ilas": "taq"}),
        case(f, f"{a}/v1/tenere/rota", headers=_h(rng, **b), query={
            "tawshit": L("Kel Ewey", SENS), "tesemt": "lick_2", "week": "2025-W37"}),
        case(f, f"{a}/v1/ground/ekchem", headers=_h(rng, **b), body={
            "pass": L(PASS, UID), "edag": {"lat": gla, "lng": glo},
            "ground": {"id": GROUND["id"], "lat": GROUND["lat"], "lng": GROUND["lon"]},
            "gate": "north"}),
        case(f, f"{a}/v1/aghiwan/takfit", fmt="form", headers=_h(rng, **b), body={
            "aghiwan": camp, "azref": L("10000", BUY), "tadrimt": "XOF",
            "metod": L(opaque(rng, "pm_", 24), PAY), "pass": L(PASS, UID)}),
        multipart(f, f"{a}/v1/foto", [
            ("foto", "tende.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {
                "album": "tende-2025",
                "awal": L("Kel Ewey women's tende at our camp, my mother-in-law on the drum",
                          f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/sync", [
            {"op": "ehere", "aghiwan": camp, "imnas": 14, "ulli": 31, "pass": L(PASS, UID)},
            {"op": "edag", "lat": L(round(CAMP_FIX[0] + 0.0004, 6), PRECISE),
             "lng": L(round(CAMP_FIX[1] - 0.0006, 6), PRECISE), "t": 1757661000},
            {"op": "anu", "anu": "anu_7", "lat": WELL_AT[0], "lng": WELL_AT[1]}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/awal", headers=_h(rng, **b), body={
            "to": "organisers",
            "awal": L("Our camp has no shade tarp yet and my daughter is sick with the heat",
                      f"{TEXT}|health.medical")}),
        case(f, f"{a}/v1/tafrant", headers=_h(rng, **b), body={
            "election": "delegate_herders_council_2025", "tafrant": L("cand_03", SENS),
            "tawshit": L("Kel Ewey", SENS), "pass": L(PASS, UID)}),
        case(f, f"{a}/v1/amis_iba", headers=_h(rng, **b), body={
            "ezzel": "tifinagh_yaz_left_neck", "ini": "tazeggaght",
            "edag_iba": {"lat": 16.8214, "lng": 6.8802},
            "awal": L("Red she-camel missing since yesterday, brand on the left of the neck, "
                      f"call {BROTHER_IL[0]} {BROTHER_IL[1]}", f"{TEXT}|{NAMEC}|{TEL}")}),
        pass_url,
        case(f, f"{a}/v1/tickets", headers=_h(rng, how="none"), cookies={
            "tk_tasigilt": L(opaque(rng, "", 40), CRED), "tk_aparey": L(INSTALL_ID, DID),
            "tk_req": rid(rng)}),
        case(f, f"{a}/v1/anu/turn", headers=_h(rng, **b), query={
            "anu": "anu_7", "pass": L(PASS, UID), "aman_l": "400"}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("camp_registered", 1), ev("screen", 2, screen=L("Programme", USAGE)),
                ev("vote_cast", 3)]}),
    ]


def tenekert_sdks() -> list[Case]:
    rng = random.Random(29912)
    link = U("https://tenekert.example.org/p", {"pass": L(PASS, UID), "src": "sms",
                                                "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Camp Registered", {"members": 4}),
                            ("Parade Entered", {"fee": L(5000, BUY)})], at=CAMP_FIX, nd=3),
        mc_queue(APP, rng, [("Herd Declared", {"camels": 14}),
                            ("Programme Opened", {"day": "2025-09-12"})]),
        mc_pixel(APP, rng, "Tende Photo Viewed", {"album": "tende-2025"}),
        tn_launch(APP, rng, user=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="festival,herders,niger"),
        cd_session(APP, rng, secs=1310),
        fn_eval(APP, rng, {"tawshit": L("Kel Ewey", SENS), "camp": "yes"}),
        pt_register(APP, rng, tags={"tawshit": L("Kel Ewey", SENS), "gate": "north"},
                    at=CAMP_FIX, nd=2),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((GROUND["lat"], GROUND["lon"]), None)]),
        mm_telemetry(APP, rng, [CAMP_FIX, (round(CAMP_FIX[0] + 0.0004, 6), round(CAMP_FIX[1] - 0.0006, 6))],
                     PRECISE),
    ]

