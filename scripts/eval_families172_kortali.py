"""A modest-wear shop with a headscarf try-on "Kortali" (online, pick-up points in Grozny; its
API's keys are Chechen in Latin letters: ``tse`` first name, ``famili`` surname, ``telefon``
phone, ``qayla_dosh`` password, ``vina_de`` birth date, ``pol`` sex (a Russian loan; ``zuda``
woman), ``kortali`` headscarf, ``kortali_kep`` headscarf style, ``bedar`` clothes, ``baram``
measure, ``lakkhalla`` height, ``dozalla`` weight, ``dakh_baram``/``gotta``/``tkhov`` chest /
waist / hips, ``yukhan_tadamash`` face points, ``primerka`` try-on (a Russian
loan), ``surt`` picture, ``korzina`` cart, ``zakaz`` order, ``errig`` total, ``akhcha`` money,
``makh_bar`` payment, ``dukhalla`` quantity, ``pvz`` pick-up point, ``sovghat`` gift, ``dalar``
recipient, ``yoza`` text, ``tergam`` review, ``yukhadalar`` return, ``adres`` address, ``ghala``
city, ``lakhar`` search, ``khilamash`` events, ``ghirs`` device, ``mott`` language): sign-up, a
password log-in, an OAuth code exchange, ``/san``, measurements, a try-on session (face landmarks),
a try-on selfie, a search, the cart, an order
for pick-up, its payment, the order by number in the path, a gift for her mother-in-law, a
review, a return (msgpack), the delivery address, favourites, points by cookie, a base64 JSON
preferences cookie, push and events. A file grep found "try-on" in sets 10, 17, 43, 154 and 162
and tailors in sets 112 and 141 (not opened); none has "hijab", "headscarf" or "modest": this is
a shop of ready-made modest wear whose try-on drapes headscarves, not a tailor."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import landmarks
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families172_kit import HOME, HOME_AT, MOTHER_IL, PICKUP, fix, hd, obj, push
from eval_families172_sdk import al_event, al_launch, al_link, bs_bid, bs_notice, tk_batch, tk_pixel
from eval_families172_svc import ap_card, ap_confirm, fk_eval, hg_attach
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("kortali", "Kortali", "com.example.kortali", "2.12.0", "https://api.kortali.example.com")
IID = "X-Kortali-Device"
PW = "Khimar&Chiffon91"
FIT = "health.fitness"
ORDER = "KRT-2601-77318"  # her order (financial.purchase)
KHIMAR = {"id": "sku_khm_chf_blk", "makh": 2490}
ABAYA = {"id": "sku_aby_lin_grey", "makh": 6890}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kortali() -> list[Case]:
    rng = random.Random(17241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tier="silver"))}
    hla, hlo = fix(HOME_AT, 4)
    status = at_path(case(f, f"{a}/v2/zakazash/{ORDER}/status", headers=_h(rng, **b)),
                     ORDER, BUY)
    total = KHIMAR["makh"] * 2 + ABAYA["makh"]
    return [
        case(f, f"{a}/v2/dayazdar", headers=_h(rng), body={
            "tse": L(FIRST, NAMEC), "famili": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "qayla_dosh": L(PW, CRED), "vina_de": L(DOB, BIRTH),
            "pol": L("zuda", GENDER), "kortali_kep": L("khimar", SENS),
            "ghala": L("Gudermes", COARSE), "rassylka": False}),
        case(f, f"{a}/v2/chuvalar", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "qayla_dosh": L(PW, CRED)}),
        case(f, f"{a}/v2/oauth/code", fmt="form", headers=_h(rng), body={
            "grant_type": "authorization_code", "code": L(opaque(rng, "ac_", 32), CRED),
            "code_verifier": L(opaque(rng, "", 43), CRED),
            "redirect_uri": "com.example.kortali:/oauth", "client_id": "kortali-android"}),
        case(f, f"{a}/v2/san", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/baram", headers=_h(rng, **b), body={
            "lakkhalla": L(166, FIT), "dozalla": L(61, FIT), "dakh_baram": L(90, FIT),
            "gotta": L(72, FIT), "tkhov": L(98, FIT), "razmer": "M",
            "yoza": L("I am four months pregnant and need a looser cut", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/primerka/sesiya", headers=_h(rng, **b), body={
            "sesiya": obj(rng, "tr"), "kortali": KHIMAR["id"],
            "yukhan_tadamash": L(landmarks(rng, 68), FACE),
            "kamera": "front", "kadr": 24}),
        multipart(f, f"{a}/v2/primerka/surt", [
            ("surt", "tryon_khimar.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"kortali": KHIMAR["id"], "share": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lakhar", headers=_h(rng, **b), query={
            "lakhar": L("long khimar for namaz chiffon black", f"{SEARCH}|{SENS}"),
            "razmer": "M", "sort": "popular"}),
        case(f, f"{a}/v2/korzina", headers=_h(rng, **b), body={
            "bedar": [{"sku": KHIMAR["id"], "makh": KHIMAR["makh"], "dukhalla": 2},
                      {"sku": ABAYA["id"], "makh": ABAYA["makh"], "dukhalla": 1, "razmer": "M"}],
            "errig": L(total, BUY)}),
        case(f, f"{a}/v2/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "errig": L(total, BUY), "pvz": PICKUP["id"],
            "pvz_mettig": {"shoralla": PICKUP["lat"], "dokhalla": PICKUP["lon"]},
            "receiver": {"tse": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)}}),
        case(f, f"{a}/v2/makh_bar", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "akhcha": L(f"{total}.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_4": L("4444", PAY)}),
        status,
        case(f, f"{a}/v2/sovghat", headers=_h(rng, **b), body={
            "sku": "sku_shl_wool_brn", "akhcha": L(3290, BUY),
            "dalar": {"tse": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "yoza": L("Nana, this shawl is for the cold evenings. With love", TEXT)}),
        case(f, f"{a}/v2/tergam", fmt="form", headers=_h(rng, **b), body={
            "sku": KHIMAR["id"], "ball": "5",
            "yoza": L("Long enough for namaz and not see-through. The try-on was accurate.",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/yukhadalar", fmt="msgpack", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "sku": ABAYA["id"], "razmer": "M",
            "yoza": L("Too tight in the shoulders", TEXT),
            "akhcha": L(6890, BUY), "karta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v2/adres", headers=_h(rng, **b), body={
            "adres": L(HOME["line"], ADDR), "ghala": L(HOME["town"], COARSE),
            "indeks": L(HOME["post"], COARSE), "mettig": {"shoralla": hla, "dokhalla": hlo}}),
        case(f, f"{a}/v2/izbrannoye", headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "sku": [KHIMAR["id"], ABAYA["id"], "sku_jlb_2pc_nvy"]}),
        case(f, f"{a}/v2/bonus", headers=_h(rng, how="none"), cookies={
            "kr_sess": L(opaque(rng, "", 40), CRED), "kr_dev": L(INSTALL_ID, DID),
            "kr_req": rid(rng)}),
        case(f, f"{a}/v2/profile/prefs", headers=_h(rng, **b), cookies={
            "kr_prefs": W({"kortali_kep": L("khimar", SENS), "mott": L("ce", DEV),
                           "lelorkho": L(USER_ID, UID)}, "b64json")}),
        case(f, f"{a}/v2/ghirs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/khilamash", gz=True, headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "khilamash": [
                ev("tryon_started", 1, sku=KHIMAR["id"]), ev("zakaz", 2, errig=L(total, BUY)),
                ev("ekran", 3, ekran=L("TryOn", USAGE))]}),
    ]


def kortali_sdks() -> list[Case]:
    rng = random.Random(17242)
    link = U("https://kortali.example.com/o", {"zakaz": L(ORDER, BUY), "src": "sms",
                                               "em": L(EMAIL, MAIL)})
    return [
        tk_batch(APP, rng, [("Try-On Started", {"style": L("khimar", SENS)}),
                            ("Order Placed", {"total": L(11870, BUY)})], at=HOME_AT, nd=2),
        tk_pixel(APP, rng, "Catalogue Opened", {"cat": "abaya"}),
        al_launch(APP, rng, first=True),
        al_link(APP, rng, link),
        al_event(APP, rng, "purchase", {"zakaz": L(ORDER, BUY)}, revenue=11870.0, hashed=True),
        bs_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords="modest,abaya,khimar"),
        bs_notice(APP, rng, "imp"),
        fk_eval(APP, rng, {"tryon": "v3", "city": L("Gudermes", COARSE)}),
        ap_card(APP, rng),
        ap_confirm(APP, rng, "11870.00"),
        hg_attach(APP, rng, L(JPEG + b"\x92", MEDIA), "torn_seam.jpg", "image/jpeg"),
    ]
