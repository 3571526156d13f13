"""A wool quilt and mattress carding workshop's app "Lihefci" (a carder, hallac, comes to the
house or collects the family's wool quilts and mattresses, cards the wool, re-sews the covers and
brings them back before winter; its API's keys are Zazaki, ASCII-folded: ``name_peyname`` full
name, ``telefon`` phone, ``kod`` code, ``adres`` street line, ``mehle`` neighbourhood, ``suke``
town, ``dewe`` village, ``lihef`` quilt, ``dosek`` mattress, ``ris`` wool, ``kilo`` weight of
wool, ``ebat`` size, ``qumas`` cover fabric, ``reng`` colour, ``dirvayis`` sewing, ``keye_de``
at home, ``girotis`` pick-up, ``teslim`` delivery, ``qimet`` price, ``yekun`` total,
``pere_dayis`` payment, ``nuste`` text, ``puan`` rating, ``ca`` place): an SMS log-in, ``/mi``,
the address, the job (two quilts, a mattress, the wool weighed), a fabric photo, a home visit
booked in her mother-in-law's village, her fix when the carder arrives (4 decimals), the job by
number in the path, extra wool bought (msgpack), payment on delivery, a message, delivery, a
rating, an offline sync (JSON Lines), a base64 JSON draft in a form field, push and events. New
kind (a file-name and docstring grep for "hallac", "wool quilt", "carding" and "mattress" found
nothing relevant: sets 166 and 227 are quilting and embroidery crafts)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families290_kit import HOME, HOME_AT, LH_JOB, MOTHER_IL, WORKSHOP, hd, obj, push
from eval_families290_sdk import cd_crash, cd_crumb, mc_batch, mc_pixel, tn_launch
from eval_families290_svc import cy_check, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lihefci", "Lihefci", "com.example.lihefci", "1.1.7", "https://api.lihefci.example.net")
IID = "X-Lihef-Device"
VILLAGE_AT = (39.358214, 39.221507)  # the mother-in-law's house in Ovacik (the family's: precise)
ARRIVE_FIX = (39.3582, 39.2215)  # her fix there when the carder arrives (4 decimals)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tr=True, **kw)


def lihefci() -> list[Case]:
    rng = random.Random(29061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), musteri=L("lh_" + USER_ID[2:],
                                                                         UID)))}
    job = at_path(case(f, f"{a}/v1/kar/{LH_JOB}", headers=_h(rng, **b)), LH_JOB, BUY)
    return [
        case(f, f"{a}/v1/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(NATIONAL, TEL), "welat": "US"}),
        case(f, f"{a}/v1/cikewtis", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("207731", CRED), "cihaz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/adres", headers=_h(rng, **b), body={
            "name_peyname": L(f"{FIRST} {LAST}", NAMEC), "adres": L(HOME["line"], ADDR),
            "mehle": L(HOME["mahalle"], COARSE), "suke": L(HOME["town"], COARSE),
            "posta_kod": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/kar", headers=_h(rng, **b), body={
            "kar": L(LH_JOB, BUY), "atolye": WORKSHOP["id"],
            "ciyan": [{"cins": "lihef", "ebat": "195x215", "ris_kilo": 4.5},
                      {"cins": "lihef", "ebat": "155x215", "ris_kilo": 3.0},
                      {"cins": "dosek", "ebat": "90x190", "ris_kilo": 7.0}],
            "dirvayis": True, "yekun": L(3400, BUY),
            "nuste": L("Risê lihefan pirika ma ra mendo, qumas newe biwazime", TEXT)}),
        multipart(f, f"{a}/v1/qumas/resim", [
            ("resim", "qumas.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"kar": L(LH_JOB, BUY), "reng": "sur u spi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/keye_de/randevu", headers=_h(rng, **b), body={
            "kar": L(LH_JOB, BUY), "roje": "2026-09-20", "dewe": L("Ovacik", COARSE),
            "ca": {"lat": L(VILLAGE_AT[0], PRECISE), "lng": L(VILLAGE_AT[1], PRECISE)},
            "wayira_keye": {"name_peyname": L(MOTHER_IL[0], NAMEC),
                            "telefon": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/ame", fmt="form", headers=_h(rng, **b), body={
            "kar": L(LH_JOB, BUY), "lat": L(f"{ARRIVE_FIX[0]:.4f}", PRECISE),
            "lng": L(f"{ARRIVE_FIX[1]:.4f}", PRECISE)}),
        job,
        case(f, f"{a}/v1/ris/herinayis", fmt="msgpack", headers=_h(rng, **b), body={
            "kar": L(LH_JOB, BUY), "ris_kilo": 2.0, "kilo_qimet": 320,
            "yekun": L(640, BUY), "musteri": L("lh_" + USER_ID[2:], UID)}),
        case(f, f"{a}/v1/pere_dayis", fmt="form", headers=_h(rng, **b), body={
            "kar": L(LH_JOB, BUY), "yekun": L("4040.00", BUY), "metod": "teslim_de_kart",
            "kart_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/mesaj", headers=_h(rng, **b), body={
            "kar": LH_JOB, "ki_ra": "hallac_hasan",
            "nuste": L("Vistewra mı Gulizar dewe de ya, kilite keyi ey de ya", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/teslim", fmt="form", headers=_h(rng, **b), body={
            "kar": L(LH_JOB, BUY), "gireta": L(f"{FIRST} {LAST}", NAMEC), "tike": "3"}),
        case(f, f"{a}/v1/puan", headers=_h(rng, **b), body={
            "kar": LH_JOB, "puan": 5,
            "fikir": L("Lihefi zaf sivik u germ biyi, pirika mı keyf kerd", TEXT)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "kar_dit", "kar": L(LH_JOB, BUY), "t": 1789900000},
            {"op": "not", "nuste": L("Zimistan ra ver dosekê dıyin zi", TEXT),
             "t": 1789900120}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/taslax", fmt="form", headers=_h(rng, **b), body={
            "data": W({"adres": L(HOME["line"], ADDR), "telefon": L(E164, TEL),
                       "ciyan": 3}, "b64json"), "v": "2"}),
        case(f, f"{a}/v1/cigerayis", headers=_h(rng, **b), query={
            "cigerayis": L("dosek risê miyan tepisnayis qimet", SEARCH)}),
        case(f, f"{a}/v1/qimetan", headers=_h(rng, **b), query={
            "suke": L("Tunceli", COARSE), "cins": "lihef"}),
        case(f, f"{a}/v1/makbuz", headers=_h(rng, how="none"), cookies={
            "lh_sid": L(opaque(rng, "", 40), CRED), "lh_dev": L(INSTALL_ID, DID),
            "lh_req": rid(rng)}),
        case(f, f"{a}/v1/cihaz", headers=_h(rng, **b), body=push(push_token(rng), "tr_TR")),
        case(f, f"{a}/v1/hedise", gz=True, headers=_h(rng, **b), body={
            "karber": L(USER_ID, UID), "hedise": [
                ev("kar_da", 1, yekun=L(3400, BUY)), ev("ekran", 2, ekran=L("KarTakib", USAGE)),
                ev("satir", 3, id=obj(rng, "ln"))]}),
    ]


def lihefci_sdks() -> list[Case]:
    rng = random.Random(29062)
    return [
        mc_batch(APP, rng, [("Job Created", {"items": 3, "total": L(3400, BUY)}),
                            ("Visit Booked", {})], at=VILLAGE_AT, nd=3),
        mc_pixel(APP, rng, "Price List Opened", {"kind": "lihef"}),
        tn_launch(APP, rng),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "wool weight"),
                 [cd_crumb("nav", "Kar -> Ris")], screen="RisActivity"),
        fn_eval(APP, rng, {"suke": L("Tunceli", COARSE), "season": "autumn"}),
        pt_register(APP, rng, at=HOME_AT, nd=2, lang="tr", tags={"atolye": WORKSHOP["id"]}),
        cy_check(APP, rng, {"analytics": True}),
        mm_route(APP, rng, [((WORKSHOP["lat"], WORKSHOP["lon"]), None), (VILLAGE_AT, PRECISE)]),
        hs_message(APP, rng, L("Kar LH-0932 rojê ma ra dıreng maneno", f"{TEXT}|{BUY}"),
                   {"kar": L(LH_JOB, BUY)}),
    ]
