"""Vigan heritage-house repair-permit app "Balaybato" (bahay na bato: the family's ancestral house
on Calle Crisologo, where her mother-in-law lives; the city's conservation office must approve
any repair in the heritage core). Its API's keys are Iloko: ``nagan`` first name, ``apelyido``
surname, ``numero_selpon`` mobile, ``sekreto`` password, ``petsa_pannakayanak`` birth date,
``pagtaengan`` street address, ``ili`` town, ``probinsia`` province, ``balay`` house,
``akinkukua`` owner, ``tawid`` heritage, ``latitud``/``longhitud``, ``trabaho`` work,
``gatad`` amount, ``bayad`` payment, ``ladawan`` picture, ``mensahe`` message, ``sapul``
search, ``reklamo`` complaint, ``pammalubos`` consent, ``pirma`` signature: sign-up, log-in,
``/siak``, the house registered, a permit application (her TIN), facade photos and a drawing
(PDF), the permit list by her owner number in the path, the fee, an inspection booked and her
"I'm at the house" fix, the materials (msgpack), the co-owner's consent, a message to the
officer, a search, a complaint, her Laoag mailing address, a phone check (base64 JSON in a form
field), receipts by cookie GET, push, events and a log-out."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families156_kit import (
    HERITAGE_OFFICE,
    HOME,
    HOME_AT,
    MOTHER_IL,
    OWNER_NO,
    PERMIT,
    PSN,
    TIN,
    VIGAN_HOUSE,
    VIGAN_HOUSE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families156_sdk import (
    bb_bid,
    bb_notice,
    cr_crash,
    cr_crumb,
    mb_batch,
    mb_identify,
    tp_launch,
)
from eval_families156_svc import cp_card, cp_confirm, ha_message, mg_reverse, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("balaybato", "Balaybato", "com.example.balaybato", "1.8.4",
          "https://api.balaybato.example.org")
IID = "X-Balaybato-Aparato"
PW = "Crisologo#1572"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ilo=True, **kw)


def balaybato() -> list[Case]:
    rng = random.Random(15601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), akinkukua=L(OWNER_NO, UID)))}
    vla, vlo = fix(VIGAN_HOUSE_AT)
    permits = at_path(case(f, f"{a}/api/akinkukua/{OWNER_NO}/permiso", headers=_h(rng, **b),
                           query={"estado": "amin"}), OWNER_NO, UID)
    return [
        case(f, f"{a}/api/agar-aramat", headers=_h(rng), body={
            "nagan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "numero_selpon": L(E164, TEL), "sekreto": L(PW, CRED),
            "petsa_pannakayanak": L(DOB, BIRTH), "psn": L(PSN, NID),
            "pagtaengan": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "ili": L(HOME["town"], COARSE), "probinsia": L(HOME["province"], COARSE),
            "akinkukua_numero": L(OWNER_NO, UID), "umanamong": True}),
        case(f, f"{a}/api/sumrek", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sekreto": L(PW, CRED), "laglagipen": "1"}),
        case(f, f"{a}/api/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/balay", headers=_h(rng, **b), body={
            "pagtaengan": L(VIGAN_HOUSE["line"], ADDR), "barangay": L(VIGAN_HOUSE["brgy"], COARSE),
            "ili": L(VIGAN_HOUSE["town"], COARSE), "probinsia": L(VIGAN_HOUSE["province"], COARSE),
            "tax_declaration": VIGAN_HOUSE["taxdec"], "tawid": "Kategoria I",
            "latitud": vla, "longhitud": vlo, "tawen_naipatakder": 1872,
            "akinkukua": {"nagan": L(MOTHER_IL[0], NAMEC), "numero_selpon": L(MOTHER_IL[1], TEL)},
            "relasion": "manugang"}),
        case(f, f"{a}/api/permiso", headers=_h(rng, **b), body={
            "balay": VIGAN_HOUSE["taxdec"], "trabaho": "panagsukat ti kapis a tawa ken atep",
            "kontratista": "Vigan Heritage Builders", "gatad": L(185000, BUY),
            "tin": L(TIN, NID), "akinkukua": L(OWNER_NO, UID), "permiso": PERMIT,
            "petsa_irugi": "2026-03-02"}),
        multipart(f, f"{a}/api/permiso/{PERMIT}/ladawan", [
            ("ladawan", "facade_north.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "paset": "facade", "deskripsion": L("Nabuong ti kapis iti maikadua a kadsaaran",
                                                    TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/permiso/{PERMIT}/plano", [
            ("plano", "atep_plano.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"kita": "roof plan", "sheet": 2})],
            headers=_h(rng, **b)),
        permits,
        case(f, f"{a}/api/bayad", fmt="form", headers=_h(rng, **b), body={
            "permiso": PERMIT, "gatad": L("2450.00", BUY), "kuarta": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "maudi_nga_uppat": L("4444", PAY)}),
        case(f, f"{a}/api/inspeksion", headers=_h(rng, **b), body={
            "permiso": PERMIT, "petsa": "2026-02-18", "oras": "09:30",
            "kontak": L(E164, TEL), "nota": L("Ni Manang Perla ti adda iti balay no bigat", TEXT)}),
        case(f, f"{a}/api/inspeksion/adda-ak", headers=_h(rng, **b), body={
            "permiso": PERMIT, "lugar": {"latitud": vla, "longhitud": vlo, "kinapudno": 9},
            "opisina": {"latitud": HERITAGE_OFFICE["lat"], "longhitud": HERITAGE_OFFICE["lon"]},
            "inspeksion_id": obj(rng, "in")}),
        case(f, f"{a}/api/materiales", fmt="msgpack", headers=_h(rng, **b), body={
            "permiso": PERMIT, "akinkukua": L(OWNER_NO, UID),
            "listaan": [{"banag": "apog a mortar", "bilang": 40, "presio": 320},
                        {"banag": "kapis a kabibi", "bilang": 600, "presio": 18},
                        {"banag": "narra a tabla", "bilang": 24, "presio": 1450}],
            "dagup": L(58400, BUY)}),
        case(f, f"{a}/api/pammalubos", headers=_h(rng, **b), body={
            "permiso": PERMIT, "kakadua_nga_akinkukua": {
                "nagan": L(MOTHER_IL[0], NAMEC), "petsa_pannakayanak": L("1956-06-21", BIRTH),
                "senior_id": L("SC-VGN-0033127", NID)},
            "pirma": L(MOTHER_IL[0], NAMEC), "umanamong": True}),
        case(f, f"{a}/api/mensahe", headers=_h(rng, **b), body={
            "para": "officer_vho_04", "permiso": PERMIT,
            "teksto": L("Apo, no adda saludsodyo, tawagan ni Perla Agcaoili iti +639185550117",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/sapul", headers=_h(rng, **b), query={
            "sapul": L("kapis a tawa a mangisukat Vigan", SEARCH), "panid": "1"}),
        case(f, f"{a}/api/reklamo", headers=_h(rng, **b), body={
            "kategoria": "ilegal a konstruksion", "asideg_ti": VIGAN_HOUSE["taxdec"],
            "teksto": L("Ti kaarruba ket nangikabil ti yero nga atep iti heritage zone", TEXT)}),
        case(f, f"{a}/api/pagtaengan", fmt="form", headers=_h(rng, **b), body={
            "pagtaengan": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "ili": L(HOME["town"], COARSE), "zip": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/kontak/beripika", fmt="form", headers=_h(rng, **b), body={
            "datos": W({"numero_selpon": L(E164, TEL), "psn": L(PSN, NID),
                        "petsa_pannakayanak": L(DOB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/resibo", headers=_h(rng, how="none"), cookies={
            "bb_sesion": L(opaque(rng, "", 40), CRED), "bb_aparato": L(INSTALL_ID, DID),
            "bb_req": rid(rng)}),
        case(f, f"{a}/api/aparato", headers=_h(rng, **b), body=push(push_token(rng), "ilo_PH")),
        case(f, f"{a}/api/pasamak", gz=True, headers=_h(rng, **b), body={
            "agar_aramat": L(USER_ID, UID), "pasamak": [
                ev("permiso_naited", 1), ev("bayad", 2, gatad=L(2450, BUY)),
                ev("screen", 3, screen=L("DagitiPermiso", USAGE))]}),
        case(f, f"{a}/api/rummuar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID),
            "pagsasao": L("ilo", DEV)}),
    ]


def balaybato_sdks() -> list[Case]:
    rng = random.Random(15602)
    return [
        mb_batch(APP, rng, [("Permit Filed", {"fee": L(2450, BUY)}),
                            ("Photo Added", {"part": "facade"})],
                 at=VIGAN_HOUSE_AT, nd=2, locale="ilo_PH"),
        mb_identify(APP, rng, {"ili": L("Vigan City", COARSE), "akinkukua": L(OWNER_NO, UID),
                               "permits": 1}),
        tp_launch(APP, rng, first=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,repair,heritage"),
        bb_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cr_crumb("nav", "Permiso -> Ladawan"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/api/permiso", "status": 201})],
                 screen="LadawanActivity"),
        ps_register(APP, rng, lang="ilo", at=HOME_AT, nd=2, tags={"ili": L("Laoag", COARSE)}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "2450.00"),
        mg_reverse(APP, rng, VIGAN_HOUSE_AT, PRECISE, nd=5),
        ha_message(APP, rng, L(f"Awan pay ti resibo ti permiso para iti {OWNER_NO}",
                               f"{TEXT}|{UID}"),
                   {"akinkukua": L(OWNER_NO, UID)}),
    ]

