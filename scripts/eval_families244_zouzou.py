"""The Curepipe toy library's app "Lakaz Zouzou" (a ludotheque: toys lent by the fortnight,
play sessions on Saturdays, a party room; for her son Kiran, 6; its API's keys are Kreol
Morisien in lowerCamel: ``paran`` parent, ``zanfan`` child, ``prenon``, ``nonFami``, ``imel``,
``portab``, ``modpas``, ``ladres``, ``lavil``, ``datNesans``, ``sex``, ``nic`` the child's
national ID number, ``kartFamiy`` family card, ``kartZanfan`` child card, ``zouzou`` toy,
``prete`` lend, ``remet`` return, ``lamann`` fine, ``sesionZwe`` play session, ``alerzi``
allergy, ``akonpagnater`` accompanying adult, ``lafet`` party, ``laz`` age, ``montan``,
``peyman``, ``mesaz``, ``rod``, ``dwaFoto`` photo consent, ``lalisEnvi`` wish list): the
family's membership (the son's NIC), an OAuth password grant, ``/mwa`` with a ``zanfan`` claim,
the catalogue, a search, a loan, a reservation, a return with a missing piece, the fine, the
renewal, a Saturday session (his latex allergy), the check-in at the session, his Lego boat's
photo, photo consent, a pick-up authorisation for his grandmother, an absence message, his
birthday party, the family card by number in the path, the loans by a base64 JSON cookie, a
wish list (msgpack), push and events."""

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
    E164,
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
from eval_families244_kit import (
    FAMILY_CARD,
    KID_CARD,
    LUDO,
    LUDO_FIX,
    MOTHER_IL,
    MU_HOME,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families244_sdk import bp_bid, ct_crash, ct_crumb, td_batch, td_identify, tm_launch
from eval_families244_svc import cg_save, ff_eval, ha_message, pr_register, py_card, py_confirm
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("lakazzouzou", "Lakaz Zouzou", "com.example.lakazzouzou", "1.3.7",
          "https://api.lakazzouzou.example.org")
IID = "X-LZ-Device"
PW = "Zouzou!Kiran2019"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mfe=True, **kw)


def lakazzouzou() -> list[Case]:
    rng = random.Random(24441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), kartFamiy=L(FAMILY_CARD, UID),
                                    zanfan=[L(KID_CARD, UID)], rol="paran"))}
    lla, llo = fix(LUDO_FIX, 5)
    fam = at_path(case(f, f"{a}/v1/famiy/{FAMILY_CARD}", headers=_h(rng, **b)),
                  FAMILY_CARD, UID)
    return [
        case(f, f"{a}/v1/manb", headers=_h(rng), body={
            "paran": {"prenon": L(FIRST, NAMEC), "nonFami": L(LAST, NAMEC),
                      "imel": L(EMAIL_MIXED, MAIL), "portab": L(E164, TEL),
                      "modpas": L(PW, CRED), "ladres": L(MU_HOME["line"], ADDR),
                      "lavil": L(MU_HOME["town"], COARSE)},
            "zanfan": [{"prenon": L(SON["first"], NAMEC), "nonFami": L(SON["last"], NAMEC),
                        "datNesans": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
                        "nic": L(SON["nic"], NID)}],
            "kartFamiy": L(FAMILY_CARD, UID), "formil": "famiy_1an"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lakazzouzou-android"}),
        case(f, f"{a}/v1/mwa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/katalog", headers=_h(rng, **b), query={
            "lazMin": "5", "lazMax": "7", "kategori": "konstriksion", "paz": "2"}),
        case(f, f"{a}/v1/rod", headers=_h(rng, **b), query={
            "rod": L("tren bwa ek ray", SEARCH), "disponib": "1"}),
        case(f, f"{a}/v1/prete", headers=_h(rng, **b), body={
            "kartZanfan": L(KID_CARD, UID), "zouzou": ["zz_lego_4412", "zz_puzzle_0917"],
            "depi": "2026-01-10", "ziska": "2026-01-24", "pret": obj(rng, "pr")}),
        case(f, f"{a}/v1/rezervasion", fmt="form", headers=_h(rng, **b), body={
            "kartZanfan": L(KID_CARD, UID), "zouzou": "zz_tren_0301", "notif": "sms"}),
        case(f, f"{a}/v1/remet", headers=_h(rng, **b), body={
            "pret": obj(rng, "pr"), "zouzou": "zz_puzzle_0917", "leta": "manke",
            "komanter": L("Enn pies manke dan puzzle la, nou pe rod li dan lakaz", TEXT)}),
        case(f, f"{a}/v1/lamann/pey", fmt="form", headers=_h(rng, **b), body={
            "montan": L("75", BUY), "monnen": "MUR", "metod": L(opaque(rng, "pm_", 24), PAY),
            "kartFamiy": L(FAMILY_CARD, UID)}),
        case(f, f"{a}/v1/manb/renouvle", headers=_h(rng, **b), body={
            "kartFamiy": L(FAMILY_CARD, UID), "formil": "famiy_1an", "montan": L(1200, BUY),
            "kart4": L("4444", PAY)}),
        case(f, f"{a}/v1/sesionZwe", headers=_h(rng, **b), body={
            "kartZanfan": L(KID_CARD, UID), "sesion": obj(rng, "ss"), "dat": "2026-01-17",
            "alerzi": L("latex (balon)", MED), "akonpagnater": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/sesionZwe/prezans", headers=_h(rng, **b), body={
            "kartZanfan": L(KID_CARD, UID), "pozision": {"lat": lla, "lng": llo},
            "lakaz": {"id": LUDO["id"], "lat": LUDO["lat"], "lng": LUDO["lon"]}}),
        multipart(f, f"{a}/v1/kreasion", [
            ("foto", "bato_lego.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {"kartZanfan": L(KID_CARD, UID),
                                                "tit": L("Mo bato lafret ar lego", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dwaFoto", fmt="form", headers=_h(rng, **b), body={
            "kartZanfan": L(KID_CARD, UID), "dwaFoto": "non", "siyatir": L(f"{FIRST} {LAST}",
                                                                         NAMEC)}),
        case(f, f"{a}/v1/rekipere", headers=_h(rng, **b), body={
            "kartZanfan": L(KID_CARD, UID),
            "dimounn": {"non": L(MOTHER_IL[0], NAMEC), "portab": L(MOTHER_IL[1], TEL),
                        "relasion": "granmer"}, "zour": ["sam"]}),
        case(f, f"{a}/v1/mesaz", headers=_h(rng, **b), body={
            "pou": "animater_lz_cpe",
            "mesaz": L("Bonzour, Kiran ena lafyev depi yer, li pa pou vini samdi.",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/lafet", headers=_h(rng, **b), body={
            "kartFamiy": L(FAMILY_CARD, UID), "dat": "2026-06-20", "sal": "sal_zoli",
            "pouKisannla": L(KID, NAMEC), "laz": L(7, BIRTH), "nbZanfan": 12,
            "montan": L(3500, BUY), "gato": False}),
        fam,
        case(f, f"{a}/v1/prete/an_kour", headers=_h(rng, how="none"), cookies={
            "lz_sesion": L(opaque(rng, "", 40), CRED),
            "lz_ctx": W({"kartFamiy": L(FAMILY_CARD, UID), "zanfan": L(KID_CARD, UID),
                         "lang": L("mfe", DEV)}, "b64json")}),
        case(f, f"{a}/v1/lalisEnvi", fmt="msgpack", headers=_h(rng, **b), body={
            "kartZanfan": L(KID_CARD, UID),
            "zouzou": ["zz_tren_0301", "zz_dino_2290", "zz_kamion_0044"]}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng), "mfe_MU")),
        case(f, f"{a}/v1/levennman", gz=True, headers=_h(rng, **b), body={
            "itilizater": L(USER_ID, UID), "levennman": [
                ev("zouzou_prete", 1, kantite=2), ev("ekran", 2, ekran=L("Katalog", USAGE))]}),
    ]


def lakazzouzou_sdks() -> list[Case]:
    rng = random.Random(24442)
    return [
        td_batch(APP, rng, [("Toy Borrowed", {"count": 2}),
                            ("Session Booked", {"kid_card": L(KID_CARD, UID)})]),
        td_identify(APP, rng, {"rol": "paran", "zanfan": 1, "lavil": L("Curepipe", COARSE)}),
        tm_launch(APP, rng),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="toys,kids,lego"),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "loan row"),
                 [ct_crumb("nav", "Katalog -> Prete")],
                 user={"id": L(USER_ID, UID)}, screen="PreteActivity"),
        ff_eval(APP, rng, {"ludo": LUDO["id"], "children": 1}),
        pr_register(APP, rng, lang="mfe", tags={"ludo": LUDO["id"]}),
        cg_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        py_card(APP, rng),
        py_confirm(APP, rng, "1200.00"),
        ha_message(APP, rng, L(f"Lamann pou {KID} pa finn efase apre peyman", f"{TEXT}|{NAMEC}"),
                   {"kartZanfan": L(KID_CARD, UID)}),
    ]
