"""Scout-camp app "Iskawtan" (the council's app for a three-day Kid Scout camp at Paoay Lake; their
son Miguel, 10, goes with his troop; she is the parent). Its API's keys are Iloko with English:
``ubing`` child, ``nagannak`` parent, ``nagan``, ``apelyido``, ``petsa_pannakayanak``,
``sekso`` (``lalaki`` boy), ``numero_iskaut`` scout number, ``tropa`` troop, ``kampo`` camp,
``tolda`` tent, ``salun_at`` health, ``alerhia`` allergy, ``agas`` medicine, ``hika`` asthma,
``dagsen``/``kinatayag`` weight/height, ``bakuna`` vaccines, ``pammalubos`` consent,
``aglangoy`` swim, ``mangala`` pick up, ``gatad``, ``bayad``, ``mensahe``, ``sapul``,
``pagtaengan``: the parent's log-in (OAuth password grant), ``/siak`` with the son's scout
number, linking him by his PhilSys number, his scout profile by number in the path, the camp
registration, the health form (gzip), the fee, the consent, the drop-off at the gate (her fix),
a pick-up authorisation for her mother-in-law, a message to the scout leader, the badge photo, the
packing list, a search, the album, badges, a troop donation, notices by cookie GET, the home
address, push and events. "Scout" and "jamboree" matched only set 15's clinic docstring in a grep
of ``scripts/``; camps there are adult or family stays, not a child's troop camp."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families156_kit import (
    CAMP,
    CAMP_FIX,
    HOME,
    HUSBAND,
    MOTHER_IL,
    SON,
    TROOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families156_sdk import bb_bid, cr_crash, cr_crumb, mb_batch, mb_identify, tp_launch
from eval_families156_svc import cb_save, cp_card, cp_confirm, fe_eval, ha_message, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("iskawtan", "Iskawtan", "com.example.iskawtan", "2.2.1",
          "https://api.iskawtan.example.org")
IID = "X-Iskawtan-Device"
PW = "Miguel2015!Scout"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
PARENT_PHONE = "+15550100199"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def iskawtan() -> list[Case]:
    rng = random.Random(15641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    ubing=[L(SON["scout"], UID)], role="nagannak"))}
    cla, clo = fix(CAMP_FIX, 5)
    prof = at_path(case(f, f"{a}/v1/iskaut/{SON['scout']}", headers=_h(rng, **b)),
                   SON["scout"], UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "iskawtan-parent"}),
        case(f, f"{a}/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/nagannak/link", headers=_h(rng, **b), body={
            "ubing_psn": L(SON["psn"], NID), "ubing_petsa_pannakayanak": L(SON["dob"], BIRTH),
            "numero_iskaut": L(SON["scout"], UID), "relasion": "ina",
            "nagan_nagannak": L(f"{FIRST} {LAST}", NAMEC),
            "numero_selpon": L(PARENT_PHONE, TEL)}),
        prof,
        case(f, f"{a}/v1/kampo/rehistro", headers=_h(rng, **b), body={
            "kampo": CAMP["id"], "tropa": TROOP["id"], "numero_iskaut": L(SON["scout"], UID),
            "ubing": {"nagan": L(SON["first"], NAMEC), "apelyido": L(SON["last"], NAMEC),
                      "petsa_pannakayanak": L(SON["dob"], BIRTH), "sekso": L(SON["sex"], GENDER),
                      "grado": "5"},
            "tolda": "tolda_07", "gatad": L(1850, BUY), "petsa": "2026-02-20"}),
        case(f, f"{a}/v1/salun_at/porma", gz=True, headers=_h(rng, **b), body={
            "numero_iskaut": L(SON["scout"], UID), "nagan": L(KID, NAMEC),
            "alerhia": [L("udang", MED)], "hika": L(True, MED),
            "agas": [L("salbutamol inhaler", MED)], "dara": L("O+", MED),
            "dagsen": L(33, FIT), "kinatayag": L(139, FIT),
            "bakuna": {"tetanus": L("2024-06-11", MED), "MMR": L("2016-09-02", MED)},
            "nota_doktor": L("Mabalin nga aglangoy, itugotna ti inhaler", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "numero_iskaut": L(SON["scout"], UID), "gatad": L("1850.00", BUY), "kuarta": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pammalubos", headers=_h(rng, **b), body={
            "numero_iskaut": L(SON["scout"], UID), "aglangoy": True, "ladawan": False,
            "kontak_emerhensia": {"nagan": L(HUSBAND[0], NAMEC),
                                  "numero_selpon": L(HUSBAND[1], TEL)},
            "pirma": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/kampo/idulin", headers=_h(rng, **b), body={
            "numero_iskaut": L(SON["scout"], UID), "lugar": {"lat": cla, "lng": clo},
            "gate": {"id": "gt_main", "lat": CAMP["lat"], "lng": CAMP["lon"]},
            "oras": "2026-02-20T07:40"}),
        case(f, f"{a}/v1/kampo/mangala", headers=_h(rng, **b), body={
            "numero_iskaut": L(SON["scout"], UID),
            "tao": {"nagan": L(MOTHER_IL[0], NAMEC), "numero_selpon": L(MOTHER_IL[1], TEL),
                    "relasion": "lola"}, "aldaw": "2026-02-22"}),
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "para": "leader_trp_0417",
            "teksto": L("Sir, ni Miguel ket adda hika, no agbuteng wenno agtaray, ipaaramatyo "
                        "ti inhaler na.", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/iskaut/ladawan", [
            ("ladawan", "miguel_badge.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"numero_iskaut": L(SON["scout"], UID),
                                                "usar": "id_badge"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kampo/listaan", headers=_h(rng, **b), query={
            "kampo": CAMP["id"], "tropa": TROOP["id"]}),
        case(f, f"{a}/v1/sapul", headers=_h(rng, **b), query={
            "sapul": L("sleeping bag para ti ubing", SEARCH)}),
        case(f, f"{a}/v1/album", headers=_h(rng, **b), query={
            "kampo": CAMP["id"], "aldaw": "2"}),
        case(f, f"{a}/v1/badge", headers=_h(rng, **b), body={
            "numero_iskaut": L(SON["scout"], UID), "badges": ["first_aid", "knots"]}),
        case(f, f"{a}/v1/sagut", fmt="form", headers=_h(rng, **b), body={
            "tropa": TROOP["id"], "gatad": L("500", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pakaammo", headers=_h(rng, how="none"), cookies={
            "is_sesion": L(opaque(rng, "", 40), CRED), "is_aparato": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/pagtaengan", headers=_h(rng, **b), body={
            "pagtaengan": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "ili": L(HOME["town"], COARSE), "zip": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/pasamak", headers=_h(rng, how="none"), cookies={
            "is_sesion": L(opaque(rng, "", 40), CRED), "is_aparato": L(INSTALL_ID, DID)}, body={
            "agar_aramat": L(USER_ID, UID), "pasamak": [
                ev("kampo_rehistro", 1), ev("screen", 2, screen=L("SalunAt", USAGE))]}),
    ]


def iskawtan_sdks() -> list[Case]:
    rng = random.Random(15642)
    return [
        mb_batch(APP, rng, [("Camp Registered", {"fee": L(1850, BUY)}),
                            ("Form Sent", {"form": "health"})]),
        mb_identify(APP, rng, {"role": "parent", "children": 1, "ili": L("Laoag City", COARSE)}),
        tp_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,camping,outdoor"),
        cr_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "tent list"),
                 [cr_crumb("nav", "Kampo -> Tolda")], screen="KampoActivity"),
        fe_eval(APP, rng, {"council": TROOP["council"], "children": 1}),
        ps_register(APP, rng, tags={"tropa": TROOP["id"], "kampo": CAMP["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "1850.00"),
        ha_message(APP, rng, L(f"Awan ti resibo ti bayad para ken {KID}", f"{TEXT}|{NAMEC}"),
                   {"numero_iskaut": L(SON["scout"], UID)}),
    ]
