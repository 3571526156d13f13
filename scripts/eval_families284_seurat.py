"""A Laestadian prayer-house association's app "Seuratupa" (the Pajala prayer house's services
(``seurat``) with sermons in Meänkieli and Swedish, a listening stream for those at home, Sunday
school, the summer meeting at Hietaniemi with lodging and meals; her religion: she joined her
husband's family's congregation). Its API's keys are Meänkieli, ASCII-folded, lowerCamel, with
English ``email``, ``token`` and ``id``: ``etunimi`` first name, ``sukunimi`` surname, ``email``,
``puhelin`` phone, ``salasana`` password, ``syntymaaika`` birth date, ``osote`` address,
``paikkakunta`` locality, ``jasenNumero`` member number, ``yhistys`` association, ``seurat``
services, ``saarnaaja`` preacher, ``virsi`` hymn, ``kolehti`` collection, ``lahjoitus``
donation, ``summa`` amount, ``maksutapa`` payment method, ``kesaseurat`` summer meeting,
``majoitus`` lodging, ``ateriat`` meals, ``anteeksianto`` absolution, ``rukouspyynto`` prayer
request, ``pyhakoulu`` Sunday school, ``lapsi`` child, ``kuuntelu`` listening, ``tervehdys``
greeting, ``viesti`` message, ``paikka``/``leveys``/``pituus`` place, ``haku`` search: sign-up,
an OAuth password grant, ``/mie``, the service calendar, attendance with her fix (4 decimals), a
listening session from home, the collection, a donation for the new roof, the summer meeting's
lodging and meals for the family, a meal payment, a request for absolution with a preacher, a
prayer request, Elsa's Sunday school, the hymn search, a greeting read at the service, a
carpool to the summer meeting, the member entry by number in the path, a receipt by cookie GET,
push and events. The grep found no "Laestad" or "prayer house" app (sets 201 and 134 have a
conference's camp meeting and a church's camp-meeting feature; Seuratupa is a lay revival
movement's prayer house, its listening stream and its absolution)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families284_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER_RH,
    PRAYER_FIX,
    PRAYER_HOUSE,
    SUMMER_SITE,
    fix,
    hd,
    push,
)
from eval_families284_sdk import jr_event, kc_session, lp_batch, lp_identify, lp_pixel
from eval_families284_svc import (
    ck_save,
    fj_eval,
    ht_message,
    kp_card,
    kp_confirm,
    mv_route,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("seuratupa", "Seuratupa", "com.example.seuratupa", "2.2.0",
          "https://api.seuratupa.example.org")
IID = "X-Seuratupa-Device"
PW = "Rauha#Kengis91"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def seuratupa() -> list[Case]:
    rng = random.Random(28411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jasenNumero=L(MEMBER_RH, UID),
                                    yhistys=L(PRAYER_HOUSE["name"], REL)))}
    pla, plo = fix(PRAYER_FIX, 4)
    member = at_path(case(f, f"{a}/v2/jasenet/{MEMBER_RH}", headers=_h(rng, **b)),
                     MEMBER_RH, UID)
    return [
        case(f, f"{a}/v2/jasenet", headers=_h(rng), body={
            "etunimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "puhelin": L(E164, TEL), "salasana": L(PW, CRED),
            "syntymaaika": L(DOB, BIRTH), "osote": L(HOME["line"], "contact.address"),
            "paikkakunta": L(HOME["town"], COARSE), "yhistys": L(PRAYER_HOUSE["id"], REL),
            "liike": L("vanhoillislestadiolainen", REL), "puoliso": L(HUSBAND[0], NAMEC),
            "jasenNumero": L(MEMBER_RH, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "seuratupa-android"}),
        case(f, f"{a}/v2/mie", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/seurat", headers=_h(rng, **b), query={
            "yhistys": L(PRAYER_HOUSE["id"], REL), "kuukausi": "2026-02"}),
        case(f, f"{a}/v2/seurat/lasna", headers=_h(rng, **b), body={
            "seurat": L("sunnuntaiseurat", REL), "paiva": "2026-02-08",
            "paikka": {"leveys": pla, "pituus": plo},
            "rukoushuone": {"leveys": PRAYER_HOUSE["lat"], "pituus": PRAYER_HOUSE["lon"]},
            "jasenNumero": L(MEMBER_RH, UID)}),
        case(f, f"{a}/v2/kuuntelu/alku", fmt="form", headers=_h(rng, **b), body={
            "seurat": L("ss_2026_02_15", REL), "kieli": L("fit", DEV),
            "kuuntelijat": "3", "stream_token": L(opaque(rng, "st_", 32), CRED)}),
        case(f, f"{a}/v2/kolehti", fmt="form", headers=_h(rng, **b), body={
            "seurat": L("ss_2026_02_08", REL), "summa": L("200", BUY), "valuutta": "SEK",
            "maksutapa": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/lahjoitukset", headers=_h(rng, **b), body={
            "kohde": L("rukoushuoneen uusi katto", REL), "summa": L(1500, BUY),
            "valuutta": "SEK", "nimeton": False, "jasenNumero": L(MEMBER_RH, UID)}),
        case(f, f"{a}/v2/kesaseurat/majoitus", headers=_h(rng, **b), body={
            "kesaseurat": L("ks_2026_hietaniemi", REL), "alue": SUMMER_SITE["id"],
            "saapuu": "2026-07-03", "lahtee": "2026-07-06", "teltta": False,
            "majoittujat": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                            L(KID, NAMEC)],
            "lapsenIka": L(10, BIRTH), "erityisruokavalio": L("keliakia (Mikael)", MED),
            "summa": L(1350, BUY)}),
        case(f, f"{a}/v2/kesaseurat/ateriat/maksa", fmt="form", headers=_h(rng, **b), body={
            "tilaus": L("KS26-00742", BUY), "ateriat": "9", "summa": L("945.00", BUY),
            "maksutapa": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/anteeksianto/pyynto", headers=_h(rng, **b), body={
            "saarnaaja": "sr_0044", "tapa": L("kahden kesken", REL),
            "aika": "2026-02-08T15:30", "viesti": L(
                "Haluaisin puhua seurojen jälkeen, omatunto painaa", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v2/rukouspyynnot", headers=_h(rng, **b), body={
            "teksti": L("Muistakaa anoppiani Ainoa, hänellä on syöpähoidot Luulajassa",
                        f"{TEXT}|{REL}|{MED}"), "nakyvyys": "saarnaajat"}),
        case(f, f"{a}/v2/pyhakoulu/ilmoittaudu", headers=_h(rng, **b), body={
            "lapsi": {"etunimi": L(DAUGHTER["first"], NAMEC),
                      "sukunimi": L(DAUGHTER["last"], NAMEC),
                      "syntymaaika": L(DAUGHTER["dob"], BIRTH)},
            "ryhma": L("pyhakoulu 9-12 v", REL), "allergiat": L("pähkinä", MED),
            "huoltaja": L(MEMBER_RH, UID)}),
        case(f, f"{a}/v2/virret/haku", headers=_h(rng, **b), query={
            "haku": L("Siionin virsi kotimatka", f"{SEARCH}|{REL}"), "kieli": "fit"}),
        case(f, f"{a}/v2/tervehdykset", headers=_h(rng, **b), body={
            "seurat": L("ss_2026_02_15", REL),
            "teksti": L("Terveiset Kengisistä, Aino Alatalo on sairaalassa eikä pääse "
                        "seuroihin",
                        f"{TEXT}|{REL}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v2/kimppakyyti", headers=_h(rng, **b), body={
            "kesaseurat": L("ks_2026_hietaniemi", REL), "lahto": L("Kengis", COARSE),
            "paikat": 2, "kuljettaja": L(HUSBAND[0], NAMEC), "puhelin": L(HUSBAND[1], TEL)}),
        member,
        case(f, f"{a}/v2/kuitit/viimeisin", headers=_h(rng, how="none"), cookies={
            "st_session": L(opaque(rng, "", 40), CRED), "st_device": L(INSTALL_ID, DID),
            "st_req": rid(rng)}),
        case(f, f"{a}/v2/laitteet", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/tapahtumat", gz=True, headers=_h(rng, **b), body={
            "kayttaja": L(USER_ID, UID), "tapahtumat": [
                ev("kuuntelu_alkoi", 1), ev("naytto", 2, naytto=L("Kesaseurat", USAGE)),
                ev("kolehti", 3, yhistys=L(PRAYER_HOUSE["id"], REL))]}),
    ]


def seuratupa_sdks() -> list[Case]:
    rng = random.Random(28412)
    return [
        lp_batch(APP, rng, [("Service Attended", {"kind": L("sunnuntaiseurat", REL)}),
                            ("Collection Given", {"amount": L(200, BUY)})],
                 at=PRAYER_FIX, nd=2),
        lp_identify(APP, rng, {"yhistys": L(PRAYER_HOUSE["name"], REL),
                               "jasenNumero": L(MEMBER_RH, UID), "kunta": L("Pajala", COARSE)}),
        lp_pixel(APP, rng, "Stream Opened", {"service": "ss_2026_02_15"}),
        jr_event(APP, rng, "donation", {"kohde": L("katto", REL)}, revenue=1500.0),
        kc_session(APP, rng, secs=5410),
        pr_register(APP, rng, at=HOME_AT, nd=2, lang="fit",
                    tags={"yhistys": L("Pajalan rukoushuone", REL), "kuorossa": "ei"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        fj_eval(APP, rng, {"yhistys": L(PRAYER_HOUSE["id"], REL), "stream": "hls"}),
        kp_card(APP, rng, email=True),
        kp_confirm(APP, rng, "1500.00"),
        mv_route(APP, rng, [(HOME_AT, PRECISE), ((SUMMER_SITE["lat"], SUMMER_SITE["lon"]), None)]),
        ht_message(APP, rng, L("Kolehdin kuitti helmikuulta ei tullut sähköpostiin",
                               f"{TEXT}|{REL}"), {"jasenNumero": L(MEMBER_RH, UID)}),
    ]
