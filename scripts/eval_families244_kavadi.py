"""A Port Louis kovil's Thaipoosam Cavadee app "Vel Pousam" (its API's keys are Kreol Morisien,
ASCII snake_case: ``prenon`` first name, ``non_fami`` surname, ``imel`` e-mail, ``portab``
mobile, ``modpas`` password, ``dat_nesans`` birth date, ``ladres`` street line, ``lavil`` town,
``sex`` sex (``fam`` woman), ``mari`` husband, ``zanfan`` child, ``relizion`` religion, ``ve``
vow, ``karem`` fast, ``lans`` the vel skewers, ``ofrann`` offering, ``don`` donation, ``montan``
amount, ``peyman`` payment, ``lintansion`` intention, ``prosesion`` procession, ``pozision``
position, ``latitid``/``lonzitid``, ``mesaz`` message, ``pousari`` the temple priest, ``rod``
search, ``lasante`` health, ``maladi_ker`` heart disease, ``ansint`` pregnant, ``medikaman``
medicine, ``aparey`` device, ``levennman`` events): her registration as a devotee, a log-in,
``/mwa``, her cavadee vow (piercing, fast, health declaration), her son's milk-pot vow, her
husband's fire-walk, a donation for her mother-in-law's health, offerings (msgpack), the
procession timetable, a search, a protobuf beat in the procession, the check-in in the kovil's
yard, the annadanam meal, a photo, a message to the priest, the devotee card by number in the
path, a receipt by cookie, push, events and a log-out."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families244_kit import (
    DEVOT,
    HUSBAND,
    KOVIL,
    KOVIL_FIX,
    MU_HOME,
    MU_HOME_AT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families244_sdk import ct_crash, ct_crumb, td_batch, td_identify, td_pixel, tm_event
from eval_families244_svc import cg_save, ha_message, mp_route, pr_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("velpousam", "Vel Pousam", "com.example.velpousam", "3.4.1",
          "https://api.velpousam.example.org")
IID = "X-VP-Aparey"
PW = "Murugan@Cassis26"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mfe=True, **kw)


def velpousam() -> list[Case]:
    rng = random.Random(24411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), devot=L(DEVOT, UID),
                                    kovil=L(KOVIL["name"], REL)))}
    kla, klo = fix(KOVIL_FIX, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(DEVOT, UID)), (2, "pr_2026_cassis"), (3, 1769932800),
               (4, [(1, L(-20.16412, PRECISE)), (2, L(57.50107, PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/v3/devot/{DEVOT}/kart", headers=_h(rng, **b)),
                   DEVOT, UID)
    return [
        case(f, f"{a}/api/v3/enskripsion", headers=_h(rng), body={
            "prenon": L(FIRST, NAMEC), "non_fami": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "portab": L(E164, TEL), "modpas": L(PW, CRED), "dat_nesans": L(DOB, BIRTH),
            "sex": L("fam", GENDER), "ladres": L(MU_HOME["line"], ADDR),
            "lavil": L(MU_HOME["town"], COARSE), "relizion": L("Indou (Tamoul)", REL),
            "kovil": L(KOVIL["id"], REL), "mari": L(HUSBAND[0], NAMEC),
            "devot": L(DEVOT, UID), "aksepte_regleman": True}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "modpas": L(PW, CRED), "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/mwa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/ve", headers=_h(rng, **b), body={
            "devot": L(DEVOT, UID), "fet": "thaipoosam-2026",
            "ve": {"kalite": L("kavadi lans", REL), "lans": L(3, REL),
                   "karem_depi": L("2026-01-22", REL), "karem_zour": L(10, REL)},
            "lasante": {"maladi_ker": L(False, MED), "diabet": L(False, MED),
                        "ansint": L(False, MED), "medikaman": L("okenn", MED)},
            "kovil": L(KOVIL["id"], REL)}),
        case(f, f"{a}/api/v3/ve/zanfan", headers=_h(rng, **b), body={
            "zanfan": {"prenon": L(SON["first"], NAMEC), "non_fami": L(SON["last"], NAMEC),
                       "dat_nesans": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER)},
            "ve": L("pal kudam", REL), "paran": L(DEVOT, UID)}),
        case(f, f"{a}/api/v3/timidi", headers=_h(rng, **b), body={
            "non": L(HUSBAND[0], NAMEC), "portab": L(HUSBAND[1], TEL),
            "ve": L("marss lor dife (timidi)", REL), "dat": "2026-12-06",
            "anrezistre_par": L(DEVOT, UID)}),
        case(f, f"{a}/api/v3/don", fmt="form", headers=_h(rng, **b), body={
            "montan": L("1500", BUY), "monnen": "MUR", "peyman": L(opaque(rng, "pm_", 24), PAY),
            "lintansion": L("Pou lasante mo belmer apre so loperasion lizie", f"{TEXT}|{REL}|{MED}"),
            "resi_imel": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v3/ofrann", fmt="msgpack", headers=_h(rng, **b), body={
            "devot": L(DEVOT, UID),
            "lalis": [{"kiksoz": "koko", "kantite": 3, "pri": 45},
                      {"kiksoz": "girland flder", "kantite": 2, "pri": 150},
                      {"kiksoz": "dile", "kantite": 1, "pri": 60}],
            "montan": L(405, BUY)}),
        case(f, f"{a}/api/v3/prosesion/orer", headers=_h(rng, **b), query={
            "kovil": L(KOVIL["id"], REL), "dat": "2026-02-01"}),
        case(f, f"{a}/api/v3/rod", headers=_h(rng, **b), query={
            "rod": L("ki ler kavadi kit Latour Koenig", f"{SEARCH}|{REL}"), "paz": "1"}),
        raw(f, f"{a}/api/v3/prosesion/pulsasion", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/prezans", headers=_h(rng, **b), body={
            "devot": L(DEVOT, UID), "pozision": {"latitid": kla, "lonzitid": klo},
            "kovil": {"id": L(KOVIL["id"], REL), "latitid": KOVIL["lat"], "lonzitid": KOVIL["lon"]},
            "ve_akonpli": L(True, REL), "prezans_id": obj(rng, "pz")}),
        case(f, f"{a}/api/v3/annadanam", fmt="form", headers=_h(rng, **b), body={
            "dat": "2026-02-01", "nb_plat": "4", "montan": L("200", BUY),
            "devot": L(DEVOT, UID)}),
        multipart(f, f"{a}/api/v3/foto", [
            ("foto", "kavadi_2026.jpg", "image/jpeg", L(JPEG + b"\x24", MEDIA)),
            ("meta", None, "application/json", {
                "album": "thaipoosam-2026",
                "legann": L("Mo premie kavadi, Rajen ek Kiran akote mwa", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/mesaz", headers=_h(rng, **b), body={
            "pou": "pousari_kv_cassis",
            "mesaz": L("Pousari, eski Kiran Veerasamy kapav amenn so pal kudam avek so papa "
                       "dan prosesion?", f"{TEXT}|{REL}|{NAMEC}")}),
        card,
        case(f, f"{a}/api/v3/resi/dernie", headers=_h(rng, how="none"), cookies={
            "vp_sesion": L(opaque(rng, "", 40), CRED), "vp_aparey": L(INSTALL_ID, DID),
            "vp_req": rid(rng)}),
        case(f, f"{a}/api/v3/aparey", headers=_h(rng, **b), body=push(push_token(rng), "mfe_MU")),
        case(f, f"{a}/api/v3/levennman", gz=True, headers=_h(rng, **b), body={
            "itilizater": L(USER_ID, UID), "levennman": [
                ev("ve_anrezistre", 1, kalite=L("kavadi", REL)),
                ev("ekran", 2, ekran=L("MoVe", USAGE)), ev("don", 3, montan=L(1500, BUY))]}),
        case(f, f"{a}/api/v3/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def velpousam_sdks() -> list[Case]:
    rng = random.Random(24412)
    return [
        td_batch(APP, rng, [("Vow Registered", {"kind": L("kavadi", REL)}),
                            ("Donation Made", {"amount": L(1500, BUY)})],
                 at=KOVIL_FIX, nd=2, locale="mfe_MU"),
        td_identify(APP, rng, {"kovil": L(KOVIL["name"], REL), "devot": L(DEVOT, UID),
                               "lavil": L("Curepipe", COARSE)}),
        td_pixel(APP, rng, "Timetable Opened", {"fet": "thaipoosam-2026"}),
        tm_event(APP, rng, "donation", {"fund": L("annadanam", REL)}, revenue=1500.0,
                 currency="MUR"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "vow form closed"),
                 [ct_crumb("nav", "MoVe -> Lasante"), ct_crumb("tap", "soumet")],
                 screen="VeActivity"),
        pr_register(APP, rng, lang="mfe", at=MU_HOME_AT, nd=2,
                    tags={"kovil": L("Sri Murugan Cassis", REL), "fet": "thaipoosam"}),
        cg_save(APP, rng, {"analytics": True, "marketing": False}),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "1500.00"),
        mp_route(APP, rng, [(MU_HOME_AT, PRECISE), ((KOVIL["lat"], KOVIL["lon"]), None)]),
        ha_message(APP, rng, L("Mo resi pou don 1500 roupi pa ankor arive",
                               f"{TEXT}|{BUY}"), {"devot": L(DEVOT, UID)}),
    ]
