"""Citizens' energy cooperative app "Swetlo" (swětło: light; a registered cooperative in Cottbus
whose members own a solar park on a recultivated lignite pit and buy its power; she and Mato hold
shares, and the cooperative supplies their house). Its API's keys are Lower Sorbian,
ASCII-folded, with English and banking words kept: ``clonski_numer`` membership number,
``clonkojstwo`` membership, ``podzele`` shares, ``psedme``, ``familijowe_me``, ``email``,
``telefon``, ``datum_narozenja``, ``adresa``, ``droga``, ``postowa_licba``, ``mesto``,
``kraj`` country, ``dankowy_id`` tax ID, ``iban``, ``wobsedar_konta`` account holder,
``suma`` amount, ``dywidenda`` dividend, ``wuwześe`` (``wuwzese``) exemption order,
``mandzelski`` husband, ``cyrkwinski_dank`` church tax, ``zgromadzizna`` general meeting,
``zastupnik`` proxy, ``tarif``, ``licak`` meter, ``stav`` reading, ``wotplacenje`` instalment,
``dokument``, ``numer``, ``wobraz``, ``podpismo`` signature, ``powesc``, ``sused`` neighbour,
``wosoby``, ``grat``, ``tsojenja``: the membership application (her tax ID, three shares, her
IBAN), an OAuth password grant, ``/me``, her residence permit's photo for the identity check, the
SEPA mandate, two more shares, the dividend statement by membership number in the path, a share
given to Kito for his birthday (his tax ID), a joint
exemption order with her husband (church-tax status), the general meeting with Mato as proxy,
the online vote, the power tariff for their house, a meter reading with its photo, a visit to
the solar park, a message about her account, documents by cookie, a base64 JSON preferences
cookie, the signed declaration (PDF), a neighbour recommended, the park's output, push and
events."""

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
    SENS,
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
from eval_families24_kit import claims
from eval_families260_kit import (
    COOP,
    DE_IBAN,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_TAX,
    MEMBER_NO,
    METER,
    PARK_AT,
    RESIDENCE,
    SON,
    TAX_ID,
    hd,
    obj,
    push,
)
from eval_families260_sdk import cs_batch, cs_identify, zw_event, zw_launch
from eval_families260_svc import bm_route, dw_save, pl_payout, ps_eval, pw_register, rg_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("swetlo", "Swetlo", "com.example.swetlo", "1.8.5", "https://portal.swetlo.example.org")
IID = "X-Swetlo-Device"
PW = "Tagebau!Sonne26"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
HUSBAND_DOB = "1987-02-11"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, de=True, **kw)


def swetlo() -> list[Case]:
    rng = random.Random(26041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    clonski_numer=L(MEMBER_NO, UID), role="member"))}
    dividend = at_path(case(f, f"{a}/api/clonki/{MEMBER_NO}/dywidenda", headers=_h(rng, **b),
                            query={"leto": "2025"}), MEMBER_NO, UID)
    return [
        case(f, f"{a}/api/clonkojstwo", headers=_h(rng), body={
            "psedme": L(FIRST, NAMEC), "familijowe_me": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL),
            "datum_narozenja": L(DOB, BIRTH),
            "adresa": {"droga": L(HOME["line"], ADDR), "postowa_licba": L(HOME["post"], COARSE),
                       "mesto": L(HOME["town"], COARSE), "kraj": L("DE", COARSE)},
            "dankowy_id": L(TAX_ID, NID), "podzele": 3, "suma": L(750, BUY),
            "iban": L(DE_IBAN, PAY), "clonski_numer": L(MEMBER_NO, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "swetlo-android"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/identita", [
            ("wobraz", "aufenthaltstitel.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("dokument", None, "application/json", {
                "typ": "residence_permit", "numer": L(RESIDENCE, NID),
                "clonski_numer": L(MEMBER_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sepa", fmt="form", headers=_h(rng, **b), body={
            "iban": L(DE_IBAN, PAY), "wobsedar_konta": L(f"{FIRST} {LAST}", NAMEC),
            "mandat": obj(rng, "mdt", 12), "psizwolenje": "true"}),
        case(f, f"{a}/api/podzele", headers=_h(rng, **b), body={
            "clonski_numer": L(MEMBER_NO, UID), "podzele": 2, "suma": L(500, BUY),
            "plasenje": "sepa", "skazanka": L("SW-P-2026-0412", BUY)}),
        dividend,
        case(f, f"{a}/api/podzele/dar", headers=_h(rng, **b), body={
            "clonski_numer": L(MEMBER_NO, UID), "podzele": 1, "suma": L(250, BUY),
            "dostawar": {"psedme": L(SON["first"], NAMEC), "familijowe_me": L(SON["last"], NAMEC),
                         "datum_narozenja": L(SON["dob"], BIRTH),
                         "dankowy_id": L(SON["taxid"], NID)},
            "zastojnica": L(f"{FIRST} {LAST}", NAMEC), "powod": "narodny_zen_12"}),
        case(f, f"{a}/api/wuwzese", headers=_h(rng, **b), body={
            "clonski_numer": L(MEMBER_NO, UID), "zgromadne": True, "suma": 2000,
            "ja": {"dankowy_id": L(TAX_ID, NID), "datum_narozenja": L(DOB, BIRTH),
                   "cyrkwinski_dank": L("ev", SENS)},
            "mandzelski": {"me": L(HUSBAND[0], NAMEC), "dankowy_id": L(HUSBAND_TAX, NID),
                           "datum_narozenja": L(HUSBAND_DOB, BIRTH),
                           "cyrkwinski_dank": L("ev", SENS)}}),
        case(f, f"{a}/api/zgromadzizna/2026/psizjawjenje", headers=_h(rng, **b), body={
            "clonski_numer": L(MEMBER_NO, UID), "wosobinski": False,
            "zastupnik": {"me": L(HUSBAND[0], NAMEC), "clonski_numer": L("SW-M-003319", UID)}}),
        case(f, f"{a}/api/zgromadzizna/2026/glosowanje", fmt="form", headers=_h(rng, **b), body={
            "top3_dywidenda_4proc": "ja", "top5_batterija": "ja", "top6_wolby_rada": "wzdas"}),
        case(f, f"{a}/api/tarif/psejsce", headers=_h(rng, **b), body={
            "adresa_librowanja": {"droga": L(HOME["line"], ADDR),
                                  "postowa_licba": L(HOME["post"], COARSE),
                                  "mesto": L(HOME["town"], COARSE)},
            "licak": METER, "letna_potreba_kwh": 3200, "tarif": "swetlo_lokal_12",
            "wotplacenje": L(89, BUY), "iban": L(DE_IBAN, PAY), "zachopjenje": "2026-08-01"}),
        multipart(f, f"{a}/api/licak/stav", [
            ("wobraz", "zaehler.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("stav", None, "application/json", {"licak": METER, "stav": 18233.4,
                                                "datum": "2026-07-31"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/park/wogledanje", headers=_h(rng, **b), body={
            "park": "pv_gornica", "datum": "2026-09-12", "wosoby": 3,
            "telefon": L(E164, TEL), "powesc": L("We come by bike with our son", TEXT)}),
        case(f, f"{a}/api/powesci", headers=_h(rng, **b), body={
            "tema": "dywidenda",
            "tekst": L(f"Please pay this year's dividend to my account {DE_IBAN}, not to the "
                       "old US one", f"{TEXT}|financial.payment")}),
        case(f, f"{a}/api/dokumenty", headers=_h(rng, how="none"), cookies={
            "sw_sesija": L(opaque(rng, "", 40), CRED), "sw_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/nastajenja", headers=_h(rng, **b), cookies={
            "sw_prefs": W({"clonski_numer": L(MEMBER_NO, UID), "rec": L("en", DEV),
                           "post": "email"}, "b64json")}),
        multipart(f, f"{a}/api/deklaracija", [
            ("dokument", "beitrittserklaerung.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"clonski_numer": L(MEMBER_NO, UID),
                                                "podpismo": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/doporucenje", headers=_h(rng, **b), body={
            "sused": {"me": L("Mila Kschenka", NAMEC), "email": L("mila.k@example.net", MAIL)},
            "powesc": L("Mila, this is the solar co-op I told you about at the fence", TEXT)}),
        case(f, f"{a}/api/park/pv_gornica/produkcija", headers=_h(rng, **b), query={
            "wot": "2026-07-01", "do": "2026-07-31", "rozlozenje": "zen"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "en_DE")),
        case(f, f"{a}/api/tsojenja", gz=True, headers=_h(rng, **b), body={
            "wuzywar": L(USER_ID, UID), "tsojenja": [
                ev("podzele_kupjone", 1, suma=L(500, BUY)),
                ev("wobrazowka", 2, wobrazowka=L("Dywidenda", USAGE))]}),
    ]


def swetlo_sdks() -> list[Case]:
    rng = random.Random(26042)
    return [
        cs_batch(APP, rng, [("Shares Bought", {"count": 2, "amount": L(500, BUY)}),
                            ("Vote Cast", {})], locale="de_DE"),
        cs_identify(APP, rng, {"clonski_numer": L(MEMBER_NO, UID),
                               "mesto": L("Lübbenau", COARSE), "podzele": 5}),
        zw_launch(APP, rng),
        zw_event(APP, rng, "share_purchase", {"podzele": 2}, revenue=500.0, currency="EUR"),
        ps_eval(APP, rng, {"coop": COOP["id"], "region": L("Brandenburg", COARSE)}),
        pw_register(APP, rng, lang="de", tags={"clonk": True, "tarif": "swetlo_lokal_12"}),
        pl_payout(APP, rng, "30.00", holder=L(f"{FIRST} {LAST}", NAMEC)),
        dw_save(APP, rng, {"analytics": True, "marketing": False}),
        bm_route(APP, rng, [(HOME_AT, "location.precise"), (PARK_AT, None)], mode="cycling"),
        rg_message(APP, rng, L("My second share purchase is not in the register yet", TEXT),
                   {"clonski_numer": L(MEMBER_NO, UID)}),
    ]
