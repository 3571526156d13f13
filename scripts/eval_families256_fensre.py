"""A curtain and upholstery workshop's app "Fensre Krosi" (Paramaribo: made-to-measure curtains
for their house and a reupholstered bench). Its API's keys are Sranan Tongo, ASCII-folded, with
English ``email``, ``token``, ``id`` and the trade's Dutch loans (``stof`` fabric, ``rails``,
``offerte`` quote, ``montage`` fitting): ``nen`` name, ``famiri_nen`` surname, ``telefon``
phone, ``mobiri`` mobile, ``pasiwortu`` password, ``adresi`` street line, ``birti``
neighbourhood, ``foto`` town, ``oso`` house, ``fensre`` window, ``krosi`` cloth, ``bradi``
width, ``hei`` height, ``kamra`` room, ``bangi`` bench, ``kleur`` colour, ``moni`` amount,
``ala_moni`` total, ``fosi_paiman`` deposit, ``a_tra_pisi`` balance, ``paiman`` payment,
``bestel`` order, ``yuru`` hour, ``dei`` day, ``presi`` place, ``prenki`` picture, ``boskopu``
message, ``punti`` rating, ``denki`` review, ``poort_kode`` gate code, ``masyin`` device,
``den_sani`` events. Calls: sign-up, a log-in, ``/mi``, the measuring visit at her house (her
address and point), the windows' sizes, photos of the windows, fabric samples, the quote, the
order and its deposit (a card token), the bench pick-up, the gate code for the fitters, the
fitting slot, a message to the workshop, the order by number in the path, the balance, a
complaint with a photo, a review, push, events and a log-out. No earlier set has a curtain or
upholstery workshop (a docstring grep for "curtain" and "upholster" matched nothing)."""

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
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families256_kit import (
    HUSBAND,
    ORDER,
    PB_HOME,
    PB_HOME_AT,
    TZ,
    WORKSHOP,
    fix,
    hd,
    obj,
)
from eval_families256_sdk import bk_bid, ck_crash, ck_crumb, tk_launch, tt_batch, tt_identify
from eval_families256_svc import (
    cb_save,
    cp_card,
    cp_confirm,
    fp_eval,
    hm_attach,
    hm_message,
    mk_reverse,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fensrekrosi", "Fensre Krosi", "com.example.fensrekrosi", "1.3.9",
          "https://api.fensrekrosi.example.com")
IID = "X-FK-Device"
PW = "Gordijn!Zorg14"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nl=True, **kw)


def fensrekrosi() -> list[Case]:
    rng = random.Random(25671)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), klant=L("kl_" + USER_ID[2:], UID)))}
    hla, hlo = fix(PB_HOME_AT)
    order = at_path(case(f, f"{a}/api/bestel/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/skrifi", headers=_h(rng), body={
            "nen": L(FIRST, NAMEC), "famiri_nen": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobiri": L(E164, TEL), "pasiwortu": L(PW, CRED),
            "adresi": L(PB_HOME["line"], ADDR), "birti": L(PB_HOME["area"], COARSE),
            "foto": L(PB_HOME["town"], COARSE)}),
        case(f, f"{a}/api/kon_na_ini", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "pasiwortu": L(PW, CRED), "onthou": "1"}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/opmeten", headers=_h(rng, **b), body={
            "adresi": L(PB_HOME["line"], ADDR), "birti": L(PB_HOME["area"], COARSE),
            "oso": {"lat": hla, "lng": hlo}, "dei": "2026-02-18", "yuru": "16:00",
            "kontakt": L(E164, TEL)}),
        case(f, f"{a}/api/fensre", headers=_h(rng, **b), body={
            "opmeting": obj(rng, "om"), "fensre": [
                {"kamra": "sribikamra", "bradi_cm": 180, "hei_cm": 150},
                {"kamra": "pikin_kamra", "bradi_cm": 120, "hei_cm": 150},
                {"kamra": "sarki", "bradi_cm": 310, "hei_cm": 220}]}),
        multipart(f, f"{a}/api/fensre/prenki", [
            ("prenki", "sarki_fensre.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {"kamra": "sarki"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/stof/stalen", headers=_h(rng, **b), query={
            "kleur": "beige", "verduisterend": "true", "bladzijde": "1"}),
        case(f, f"{a}/api/offerte", headers=_h(rng, **b), body={
            "opmeting": obj(rng, "om"), "stof": "st_linnen_22", "rails": "aluminium",
            "ala_moni": L(14800, BUY), "valuta": "SRD"}),
        case(f, f"{a}/api/bestel", headers=_h(rng, **b), body={
            "bestel": L(ORDER, BUY), "ala_moni": L(14800, BUY),
            "tyari_adresi": L(PB_HOME["line"], ADDR), "montage": True}),
        case(f, f"{a}/api/paiman", fmt="form", headers=_h(rng, **b), body={
            "bestel": L(ORDER, BUY), "fosi_paiman": L("7400.00", BUY), "valuta": "SRD",
            "kaart_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/bangi/ophalen", headers=_h(rng, **b), body={
            "bangi": "driezits", "krosi": "st_skin_bruin", "moni": L(3900, BUY),
            "adresi": L(PB_HOME["line"], ADDR), "dei": "2026-02-24",
            "kontakt": {"nen": L(HUSBAND[0], NAMEC), "mobiri": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/poort_kode", fmt="form", headers=_h(rng, **b), body={
            "bestel": L(ORDER, BUY), "poort_kode": L("4471", CRED)}),
        case(f, f"{a}/api/montage/slot", headers=_h(rng, **b), query={
            "bestel": L(ORDER, BUY), "wiki": "2026-W10"}),
        case(f, f"{a}/api/boskopu", headers=_h(rng, **b), body={
            "gi": "atelier", "draad": obj(rng, "dr"),
            "boskopu": L("Den fitters kan kon baka 14:00, mi masra Anil Sewdihal de na oso",
                         f"{TEXT}|{NAMEC}")}),
        order,
        case(f, f"{a}/api/paiman/rest", fmt="form", headers=_h(rng, **b), body={
            "bestel": L(ORDER, BUY), "a_tra_pisi": L("7400.00", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/klacht", [
            ("prenki", "zoom.jpg", "image/jpeg", L(JPEG + b"\x67", MEDIA)),
            ("meta", None, "application/json", {
                "bestel": L(ORDER, BUY),
                "tekst": L("A zoom fu a pikin kamra gordijn e kmopo kaba", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/denki", headers=_h(rng, **b), body={
            "atelier": WORKSHOP["id"], "punti": 4,
            "denki": L("Moi wroko, ma den kon laat tu leisi.", TEXT)}),
        case(f, f"{a}/api/masyin", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masyin_id": L(INSTALL_ID, DID),
            "tongo": L("nl", DEV), "ten_zone": L(TZ, DEV)}),
        case(f, f"{a}/api/den_sani", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sesi": rid(rng), "den_sani": [
                ev("offerte_open", 1), ev("skrin", 2, skrin=L("Bestel", USAGE))]}),
        case(f, f"{a}/api/komoto", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def fensrekrosi_sdks() -> list[Case]:
    rng = random.Random(25672)
    return [
        tt_batch(APP, rng, [("Quote Viewed", {"total": L(14800, BUY)}),
                            ("Deposit Paid", {"amount": L(7400, BUY)})], locale="nl_SR"),
        tt_identify(APP, rng, {"foto": L("Paramaribo", COARSE), "birti": L("Zorg en Hoop",
                                                                           COARSE)}),
        tk_launch(APP, rng, user=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,curtains,furniture"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "width: 310,5"),
                 [ck_crumb("nav", "Fensre -> Maten")], screen="MatenActivity"),
        fp_eval(APP, rng, {"city": L("Paramaribo", COARSE)}, hdr=True),
        ps_register(APP, rng, lang="nl", at=PB_HOME_AT, nd=2, tags={"bestel": "open"}),
        cb_save(APP, rng, {"analytics": True, "marketing": True}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "7400.00"),
        mk_reverse(APP, rng, PB_HOME_AT, PRECISE, nd=6),
        hm_attach(APP, rng, L(JPEG + b"\x68", MEDIA), "stof_vlek.jpg", "image/jpeg"),
        hm_message(APP, rng, L(f"Bestel {ORDER} e sori twee leisi", f"{TEXT}|{BUY}"),
                   {"bestel": L(ORDER, BUY)}),
    ]
