"""Elsa's floorball club app "Sählykenttä" (``sähly`` floorball; the Pajala club's girls' team
F15 trains twice a week in the sports hall and plays a regional series from Kiruna to Haparanda;
the user is the parent). The child is a data subject: her name, birth date, sex, personal number,
player licence, asthma and nut allergy. Its API's keys are Meänkieli, ASCII-folded, snake_case,
with English ``id``, ``token``, ``email`` and the Swedish loan ``licenssi``: ``huoltaja``
guardian, ``nimi``/``sukunimi``, ``email``, ``puhelin`` phone, ``salasana`` password,
``pelaaja`` player, ``syntymaaika`` birth date, ``henkilonumero`` personal number, ``sukupuoli``
sex (``tyttö`` girl), ``licenssi`` licence, ``joukkue`` team, ``treeni`` training, ``lasna``/
``poissa`` present/absent, ``syy`` reason, ``peli`` game, ``kyyti`` ride, ``paikat`` seats,
``jasenmaksu`` membership fee, ``summa`` amount, ``maksu`` payment, ``kuvalupa`` photo consent,
``pelipaita`` jersey, ``koko`` size, ``astma``, ``allergia``, ``laakkeet`` medicines,
``hatanumero`` emergency number, ``kioskivuoro`` kiosk shift, ``viesti``, ``haku``,
``paikka``/``lat``/``lon``: the guardian's sign-up, log-in (OAuth password grant), ``/mie`` with a
``pelaajat`` claim, Elsa registered (personal number), her licence by number in the path, the
health card (gzip), the membership and licence fees, training attendance, an absence (a cold), a
carpool to the away game, the sports-hall check-in with her fix, the jersey order, photo consent,
a kiosk shift, a team chat message, a search, the cup registration, a photo upload, her address,
push and events. The grep found no floorball or bandy; children's football and other sports
clubs exist, so this is named by its sport and the Torne valley series (long away-game drives,
carpools)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families284_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME,
    HUSBAND,
    MOTHER_IL,
    TEAM,
    fix,
    hd,
    obj,
    push,
)
from eval_families284_sdk import bl_bid, jr_launch, kc_crash, kc_crumb, lp_batch, lp_identify
from eval_families284_svc import ck_save, fj_eval, ht_message, kp_card, kp_confirm, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sahlykentta", "Sählykenttä", "com.example.sahlykentta", "5.1.3",
          "https://api.sahlykentta.example.org")
IID = "X-Sahly-Device"
PW = "Elsa2015!Pajala"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
LIC = DAUGHTER["licence"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def sahlykentta() -> list[Case]:
    rng = random.Random(28461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pelaajat=[L(LIC, UID)],
                                    rooli="huoltaja"))}
    hla, hlo = fix(HALL_FIX, 5)
    licence = at_path(case(f, f"{a}/api/v1/pelaajat/{LIC}/licenssi", headers=_h(rng, **b),
                           query={"kausi": "2025-2026"}), LIC, UID)
    return [
        case(f, f"{a}/api/v1/huoltajat", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "puhelin": L("+15550100199", TEL), "salasana": L(PW, CRED),
            "kunta": L(HOME["town"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sahlykentta-app"}),
        case(f, f"{a}/api/v1/mie", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/pelaajat", headers=_h(rng, **b), body={
            "nimi": L(DAUGHTER["first"], NAMEC), "sukunimi": L(DAUGHTER["last"], NAMEC),
            "syntymaaika": L(DAUGHTER["dob"], BIRTH), "sukupuoli": L(DAUGHTER["sex"], GENDER),
            "henkilonumero": L(DAUGHTER["pn"], NID), "joukkue": TEAM["id"],
            "licenssi": L(LIC, UID), "huoltaja2": {"nimi": L(HUSBAND[0], NAMEC),
                                                   "puhelin": L(HUSBAND[1], TEL)}}),
        licence,
        case(f, f"{a}/api/v1/terveyskortti", gz=True, headers=_h(rng, **b), body={
            "pelaaja": L(LIC, UID), "astma": L(True, MED),
            "laakkeet": [L("salbutamol inhalaattori ennen treeniä", MED)],
            "allergia": [L("pähkinä", MED)], "adrenaliinikyna": L(True, MED),
            "hatanumero": L("+15550100199", TEL),
            "lisatietoja": L("Elsa saa astmakohtauksen kylmässä, inhalaattori laukussa",
                             f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/maksut", fmt="form", headers=_h(rng, **b), body={
            "pelaaja": L(LIC, UID), "jasenmaksu": L("450", BUY), "licenssimaksu": L("380", BUY),
            "summa": L("830.00", BUY), "valuutta": "SEK",
            "maksutapa": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/treenit", headers=_h(rng, **b), query={
            "joukkue": TEAM["id"], "viikko": "2026-W07", "pelaaja": L(LIC, UID)}),
        case(f, f"{a}/api/v1/treenit/tr_0212/lasna", fmt="form", headers=_h(rng, **b), body={
            "pelaaja": L(LIC, UID), "lasna": "kylla"}),
        case(f, f"{a}/api/v1/poissaolot", headers=_h(rng, **b), body={
            "pelaaja": L(LIC, UID), "treeni": "tr_0216", "syy": L("flunssa", MED),
            "viesti": L("Elsalla on kuumetta ja yskää, ei tule tänään",
                          f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/pelit/pl_kiruna_0221/kyyti", headers=_h(rng, **b), body={
            "kuljettaja": L(f"{FIRST} {LAST}", NAMEC), "paikat": 3, "lahto": "07:15",
            "kyytilaiset": [L(LIC, UID), "SBF-2015-120055", "SBF-2014-117420"],
            "puhelin": L("+15550100199", TEL)}),
        case(f, f"{a}/api/v1/halli/checkin", headers=_h(rng, **b), body={
            "pelaaja": L(LIC, UID), "paikka": {"lat": hla, "lon": hlo},
            "halli": {"id": HALL["id"], "lat": HALL["lat"], "lon": HALL["lon"]},
            "tyyppi": "nouto"}),
        case(f, f"{a}/api/v1/pelipaidat", headers=_h(rng, **b), body={
            "pelaaja": L(LIC, UID), "koko": "140", "numero": 17,
            "paitaan_nimi": L("ALATALO", NAMEC), "hinta": L(350, BUY)}),
        case(f, f"{a}/api/v1/kuvalupa", fmt="form", headers=_h(rng, **b), body={
            "pelaaja": L(LIC, UID), "kuvalupa": "vain_joukkue", "some": "ei"}),
        case(f, f"{a}/api/v1/kioskivuorot", headers=_h(rng, **b), body={
            "vuoro": obj(rng, "kv"), "tekijat": [L(f"{FIRST} {LAST}", NAMEC),
                                                  L(MOTHER_IL[0], NAMEC)],
            "puhelin": L(MOTHER_IL[1], TEL)}),
        case(f, f"{a}/api/v1/chat/viestit", headers=_h(rng, **b), body={
            "kanava": TEAM["id"],
            "viesti": L("Mie voin ottaa kolme tyttöä Kiirunaan lauantaina, lähetään 7.15",
                        TEXT)}),
        case(f, f"{a}/api/v1/haku", headers=_h(rng, **b), query={
            "haku": L("salibandymaila 75 cm vasen", SEARCH)}),
        case(f, f"{a}/api/v1/turnaukset/cup_haparanda/ilmoittautuminen", headers=_h(rng, **b),
             body={"joukkue": TEAM["id"], "pelaajat": [L(LIC, UID)],
                   "majoitus": "koulu", "summa": L(600, BUY)}),
        multipart(f, f"{a}/api/v1/kuvat", [
            ("kuva", "elsa_maali.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("tiedot", None, "application/json", {
                "pelaaja": L(LIC, UID),
                "kuvateksti": L(f"{KID} teki voittomaalin!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/huoltajat/osote", headers=_h(rng, **b), body={
            "osote": L(HOME["line"], "contact.address"), "kyla": L(HOME["village"], COARSE),
            "postinumero": L(HOME["post"], COARSE), "kunta": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/v1/laitteet", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/tapahtumat", headers=_h(rng, how="none"), cookies={
            "sk_sid": L(opaque(rng, "", 40), CRED), "sk_dev": L(INSTALL_ID, DID)}, body={
            "kayttaja": L(USER_ID, UID), "tapahtumat": [
                ev("treeni_avattu", 1), ev("naytto", 2, naytto=L("Kyydit", USAGE))]}),
    ]


def sahlykentta_sdks() -> list[Case]:
    rng = random.Random(28462)
    return [
        lp_batch(APP, rng, [("Attendance Marked", {"team": TEAM["id"]}),
                            ("Fee Paid", {"amount": L(830, BUY)})]),
        lp_identify(APP, rng, {"rooli": "huoltaja", "lapsia": 1, "kunta": L("Pajala", COARSE)}),
        jr_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="floorball,kids,sport"),
        kc_crash(APP, rng, ("java.lang.NullPointerException", "carpool seat list"),
                 [kc_crumb("nav", "Pelit -> Kyyti")],
                 user={"id": L(USER_ID, UID)}, screen="KyytiActivity"),
        fj_eval(APP, rng, {"joukkue": TEAM["id"], "lapsia": 1}),
        pr_register(APP, rng, tags={"joukkue": TEAM["id"], "halli": HALL["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "830.00"),
        ht_message(APP, rng, L(f"Maksu {KID}n licenssistä näkyy maksamattomana",
                               f"{TEXT}|{NAMEC}"), {"pelaaja": L(LIC, UID)}),
    ]
