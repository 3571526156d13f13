"""A translation and notary bureau's app "Taelmac" (taelmats: translation; a Vladikavkaz bureau
that translates and notarises foreign documents; she has her US papers translated for the renewal
of her residence permit; Ossetian keys: ``nom``, ``myggag``, ``raiguyry_bon``,
``raiguyry_bynat`` birthplace, ``el_post``, ``telefon``, ``susaeg_dzyrd``, ``gaekhkhaett``
document (lit. "paper"), ``taelmats`` translation, ``aevzag`` language, ``aemkai`` spouse,
``syvaellon`` child, ``tsaeraenbynat`` residence (street line), ``goraet`` town, ``bon`` day,
``raestaeg`` time, ``aekhtsa`` amount, ``arg`` price, ``fidyd`` payment, ``fystaeg`` message,
``kam`` scan / photo, ``aguyrd`` search, ``bynat`` place, ``kuyst`` work, ``arkhaiaeg`` user,
``tsautae`` events, with the loans ``zakaz``, ``notarius``, ``apostil``, ``pasport``,
``vnzh``, ``inn``, ``diplom``, ``kurer``, ``indeks``): sign-up, log-in, ``/mae``, prices, an
order for three documents, the passport and marriage-certificate and diploma scans, the Cyrillic
spelling of her name, the payment, a notary slot, her check-in at the bureau, a message to the
translator, the order by number in the path, an FBI record for an apostille (PDF), courier
delivery, the migration form (gzip), a search, the invoice by cookie, a preferences cookie
(base64 JSON), push and events. New kind: "translation bureau", "translation agency" matched no
docstring; a freelance translators' marketplace (where the user was the translator), a certified
translation and an apostille as steps of immigration and consular apps exist."""

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
from eval_families250_kit import (
    BUREAU,
    BUREAU_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    INN,
    ORDER,
    PASSPORT,
    SON,
    VNZH,
    hd,
    obj,
    push,
)
from eval_families250_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families250_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    fn_eval,
    hs_message,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("taelmac", "Taelmac", "com.example.taelmac", "1.3.7", "https://api.taelmac.example.ru")
IID = "X-Taelmac-Install"
PW = "Perevod!Ohio1991"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def taelmac() -> list[Case]:
    rng = random.Random(25051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_post=L(EMAIL, MAIL), zakaz=[L(ORDER, BUY)]))}
    status = at_path(case(f, f"{a}/api/zakaz/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/registratsi", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "myggag": L(LAST, NAMEC), "el_post": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "susaeg_dzyrd": L(PW, CRED), "aevzag": "en"}),
        case(f, f"{a}/api/bakhizyn", fmt="form", headers=_h(rng), body={
            "el_post": L(EMAIL, MAIL), "susaeg_dzyrd": L(PW, CRED), "faeraez": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mae", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/argtae", headers=_h(rng), query={
            "aevzag_aemkhuyz": "en-ru", "notarius": "1", "bureau": BUREAU["id"]}),
        case(f, f"{a}/api/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "gaekhkhaettae": ["pasport", "chyndzaekhsaevy_svidetelstvo",
                                                      "diplom"],
            "aevzag": {"tsaemaej": "en", "tsaemae": "ru"}, "notarius": True,
            "aekhtsa": L(5400, BUY), "bontae": 3}),
        multipart(f, f"{a}/api/zakaz/kam", [
            ("kam", "passport.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"zakaz": L(ORDER, BUY), "khuyz": "pasport",
                                                "nomyr": L(PASSPORT, NID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/zakaz/kam", [
            ("kam", "marriage.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "zakaz": L(ORDER, BUY), "khuyz": "chyndzaekhsaevy_svidetelstvo",
                "aemkai": L(HUSBAND[0], NAMEC), "goraet": "Tbilisi"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/zakaz/kam", [
            ("kam", "diploma.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"zakaz": L(ORDER, BUY), "khuyz": "diplom",
                                                "univ": "Ohio State University"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/zakaz/translit", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "nom_kirillitsaei": L("Dzhein Dou", NAMEC),
            "nom_latinaei": L(f"{FIRST} {LAST}", NAMEC), "raiguyry_bon": L(DOB, BIRTH),
            "raiguyry_bynat": L("Columbus, Ohio", COARSE)}),
        case(f, f"{a}/api/fidyd", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "aekhtsa": L("5400.00", BUY), "valuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/notarius/bron", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "notarius": "nt_gasieva", "bon": "2026-03-17",
            "raestaeg": "11:30", "slot": obj(rng, "sl")}),
        case(f, f"{a}/api/check_in", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY),
            "bynat": L(f"{BUREAU_FIX[0]:.5f},{BUREAU_FIX[1]:.5f}", PRECISE),
            "bureau": BUREAU["id"]}),
        case(f, f"{a}/api/fystaeg", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "kaemaen": "translator_07",
            "fystaeg": L(f"Please spell my name Dzhein Dou, as in my residence permit {VNZH}.",
                         f"{TEXT}|{NAMEC}|{NID}")}),
        status,
        multipart(f, f"{a}/api/apostil", [
            ("gaekhkhaett", "fbi_record.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"zakaz": L(ORDER, BUY), "shtat": "DC",
                                                "aekhtsa": L(3000, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kurer", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "tsaeraenbynat": L(HOME["line"], ADDR),
            "goraet": L(HOME["town"], COARSE), "indeks": L(HOME["post"], COARSE),
            "telefon": L(E164, TEL), "arg": L(350, BUY)}),
        case(f, f"{a}/api/migratsi/anketa", gz=True, headers=_h(rng, **b), body={
            "vnzh": L(VNZH, NID), "inn": L(INN, NID), "pasport": L(PASSPORT, NID),
            "tsaeraenbynat": L(HOME["line"], ADDR), "goraet": L(HOME["town"], COARSE),
            "kuyst": "Lingua School Vladikavkaz", "aemkai": L(HUSBAND[0], NAMEC),
            "syvaellon": {"nom": L(f"{SON['first']} {SON['last']}", NAMEC),
                          "raiguyry_bon": L(SON["dob"], BIRTH)}}),
        case(f, f"{a}/api/aguyrd", headers=_h(rng, **b), query={
            "q": L("notarised translation of a US driving licence", SEARCH)}),
        case(f, f"{a}/api/schet/latest", headers=_h(rng, how="none"), cookies={
            "tm_sesi": L(opaque(rng, "", 40), CRED), "tm_dev": L(INSTALL_ID, DID),
            "tm_req": rid(rng)}),
        case(f, f"{a}/api/uagtae", headers=_h(rng, **b), cookies={
            "tm_prefs": W({"arkhaiaeg": L(USER_ID, UID), "aevzag": L("en", DEV),
                           "kurer": True}, "b64json")}),
        case(f, f"{a}/api/faeraez", headers=_h(rng, **b), body=push(push_token(rng), "en_RU")),
        case(f, f"{a}/api/tsautae", headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID), "tsautae": [
                ev("order_paid", 1), ev("ekran", 2, ekran=L("Zakaz", USAGE))]}),
    ]


def taelmac_sdks() -> list[Case]:
    rng = random.Random(25052)
    return [
        mc_batch(APP, rng, [("Order Created", {"docs": 3}),
                            ("Order Paid", {"amount": L(5400, BUY)})]),
        mc_identify(APP, rng, {"aevzag": "en", "goraet": L("Vladikavkaz", COARSE)}),
        mc_pixel(APP, rng, "Prices Viewed", {"pair": "en-ru"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"zakaz": L(ORDER, BUY)}, revenue=5400.0),
        fn_eval(APP, rng, {"bureau": BUREAU["id"], "aevzag": "en"}),
        pt_register(APP, rng, tags={"bureau": BUREAU["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "5400.00"),
        mm_geocode(APP, rng, "Perevod-Alania Bureau", SEARCH, near=HOME_AT, nd=3),
        hs_message(APP, rng, L(f"Order {ORDER}: the notary slot was moved, please confirm",
                               f"{TEXT}|{BUY}"), {"zakaz": L(ORDER, BUY)}),
    ]


__all__ = ["APP", "taelmac", "taelmac_sdks"]
