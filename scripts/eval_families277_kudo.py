"""Erzya national-cultural society app "Erzyan Kudo" (Saransk; its API's keys are Erzya in Latin
letters as the society's developer writes them, with Russian loans: ``lem`` name, ``familiya``
surname, ``telefon``, ``salava_val`` password (lit. "secret word"), ``chachoma_chi`` birth date,
``osh`` town, ``ultsya`` street, ``raske`` people / ethnicity, ``tirin_kel`` native language,
``kelen_sodamo`` language knowledge, ``mirde`` husband, ``tsyora`` son, ``chlen`` member,
``vznos`` dues, ``yarmak`` money, ``pandoma`` payment, ``pitne`` price, ``ozks`` prayer,
``promks`` gathering, ``syorma`` letter / message, ``veshnema`` search, ``kazne`` gift,
``tarka`` place, ``lezdamo`` help, ``panar`` traditional shirt, ``morot`` songs, ``kudo`` house):
sign-up (her husband's and son's people and language), log-in, ``/mon``, the card by member number
in the path, dues, courses, an Erzya course enrolment, the Rasken Ozks prayer-festival
registration for the family, a check-in at the society's house, a panar order (msgpack), a letter
to the chair, a dictionary search, flash-card progress (protobuf), an album photo, a newspaper
subscription, the members' census, a receipt by cookie, a festival donation, a volunteer shift,
push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families277_kit import (
    FEST_AT,
    HUSBAND,
    KUDO,
    KUDO_FIX,
    MEMBER,
    MOTHER_IL,
    SON,
    SR_HOME,
    SR_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families277_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event, tn_launch
from eval_families277_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("erzyankudo", "Erzyan Kudo", "com.example.erzyankudo", "2.3.1",
          "https://api.erzyankudo.example.org")
IID = "X-Kudo-Ustroystvo"
PW = "Sura#Rav2025"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def kudo() -> list[Case]:
    rng = random.Random(27711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chlen=L(MEMBER, UID),
                                    rol="chlen"))}
    kla, klo = fix(KUDO_FIX, 4)
    fest = obj(rng, "pr")
    lab: dict[str, str] = {}
    cards = pb([(1, L(MEMBER, UID)), (2, "erzya-a2"), (3, 148), (4, 12), (5, 1767000000)], "", lab)
    card = at_path(case(f, f"{a}/api/v1/chlen/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/registratsiya", headers=_h(rng), body={
            "lem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "salava_val": L(PW, CRED), "chachoma_chi": L(DOB, BIRTH),
            "osh": L(SR_HOME["town"], COARSE), "pol": L("ava", GENDER),
            "raske": L("amerikanka", SENS), "tirin_kel": L("angliyskoy", SENS),
            "mirde": {"lem": L(HUSBAND[0], NAMEC), "raske": L("erzya", SENS),
                      "tirin_kel": L("erzyan kel", SENS)},
            "tsyora": {"lem": L(KID, NAMEC), "chachoma_chi": L(SON["dob"], BIRTH)},
            "chlen": L(MEMBER, UID), "soglasie": True}),
        case(f, f"{a}/api/v1/sovamo", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "salava_val": L(PW, CRED), "ledstems": "1"}),
        case(f, f"{a}/api/v1/mon", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/api/v1/vznos", fmt="form", headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID), "ie": "2026", "summa": L("600.00", BUY), "valyuta": "RUB",
            "pandoma": L(opaque(rng, "pm_", 24), PAY), "kartan_pe": L("4444", PAY)}),
        case(f, f"{a}/api/v1/kurst", headers=_h(rng, **b), query={
            "kel": "erzya", "uroven": "A2", "osh": L("Saransk", COARSE), "chi": "sb"}),
        case(f, f"{a}/api/v1/kurst/zapis", headers=_h(rng, **b), body={
            "kurs": "kr_erz_a2_sb", "chlen": L(MEMBER, UID), "pitne": 3200,
            "mezeks": L("Ilyan avanzo marto erzyaks kortams mele", f"{TEXT}|{SENS}"),
            "yarmak": L(3200, BUY)}),
        case(f, f"{a}/api/v1/promks/{fest}/registratsiya", headers=_h(rng, **b), body={
            "promks": fest, "ozks": L("Rasken Ozks", SENS), "chi": "2026-07-04",
            "tarka": {"lat": FEST_AT[0], "lon": FEST_AT[1]},
            "lomant": [{"lem": L(f"{FIRST} {LAST}", NAMEC)},
                       {"lem": L(HUSBAND[0], NAMEC), "raske": L("erzya", SENS)},
                       {"lem": L(KID, NAMEC), "ie": L(11, BIRTH)}],
            "avtobus": 3, "pitne": L(900, BUY)}),
        case(f, f"{a}/api/v1/tarka/sovamo", headers=_h(rng, **b), body={
            "kudo": KUDO["id"], "tarka": {"lat": kla, "lon": klo, "tochnost": 14},
            "kudon_tarka": {"lat": KUDO["lat"], "lon": KUDO["lon"]},
            "chlen": L(MEMBER, UID), "kiyak": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/panar/zakaz", fmt="msgpack", headers=_h(rng, **b), body={
            "zakaz": L("PN-0309", BUY), "panar": "erzyan_panar_ava", "razmer": "46",
            "vyshivka": "kirdyaks", "pitne": 14500, "summa": L(14500, BUY),
            "chlen": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/syorma", headers=_h(rng, **b), body={
            "kinen": "predsedatel",
            "syorma": L("Shumbrat! My husband's family is Erzya from Staroe Pshenevo, can we bring "
                        "his mother Nadezhda Pinyaeva to the prayer?",
                        f"{TEXT}|{SENS}|{NAMEC}|{COARSE}")}),
        case(f, f"{a}/api/v1/valks/veshnema", headers=_h(rng, **b), query={
            "val": L("kuvalt ozks moro", SEARCH), "kel": "myz-en"}),
        raw(f, f"{a}/api/v1/valks/tonavtoma", cards, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/albom/foto", [
            ("foto", "panar_family.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "albom": "rasken-ozks-2025",
                "mel": L("Ilya, Stepan and me in Erzya shirts at the prayer",
                         f"{TEXT}|{SENS}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/gazeta/podpiska", headers=_h(rng, **b), body={
            "gazeta": "erzyan_val", "kov": 6, "adres": L(SR_HOME["line"], ADDR),
            "osh": L(SR_HOME["town"], COARSE), "indeks": L(SR_HOME["post"], COARSE),
            "poluchatel": L(f"{FIRST} {LAST}", NAMEC), "summa": L(1140, BUY)}),
        case(f, f"{a}/api/v1/perepis", gz=True, headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID), "kudoso_kel": [L("angliyskoy", SENS), L("erzya", SENS)],
            "kelen_sodamo": L("A2", SENS), "semya_raske": L("erzya", SENS),
            "eykakshonnes_kel": L("erzya_ruz", SENS), "osh": L("Saransk", COARSE)}),
        case(f, f"{a}/api/v1/chek/posledniy", headers=_h(rng, how="none"), cookies={
            "ek_sessiya": L(opaque(rng, "", 40), CRED), "ek_ustroystvo": L(INSTALL_ID, DID),
            "ek_req": rid(rng)}),
        case(f, f"{a}/api/v1/kazne", fmt="form", headers=_h(rng, **b), body={
            "fond": L("rasken_ozks", SENS), "summa": L("1000", BUY), "valyuta": "RUB",
            "pandoma": L(opaque(rng, "pm_", 24), PAY), "anonim": "0"}),
        case(f, f"{a}/api/v1/lezdamo/smena", headers=_h(rng, **b), body={
            "promks": fest, "smena": obj(rng, "sm"), "tev": "kuhnya",
            "telefon": L(E164, TEL), "shka": "09:00-13:00",
            "ekstrenno": {"lem": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v1/ustroystvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kurs_zapis", 1), ev("ekran", 2, ekran=L("Promks", USAGE)),
                ev("kazne", 3, fond=L("rasken_ozks", SENS))]}),
        case(f, f"{a}/api/v1/liseme", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "ustroystvo": L(INSTALL_ID, DID)}),
    ]


def kudo_sdks() -> list[Case]:
    rng = random.Random(27712)
    return [
        mc_batch(APP, rng, [("Course Enrolled", {"level": "A2"}),
                            ("Prayer Registered", {"event": L("Rasken Ozks", SENS)})],
                 at=KUDO_FIX, nd=2, locale="ru_RU"),
        mc_identify(APP, rng, {"osh": L("Saransk", COARSE), "chlen": L(MEMBER, UID),
                               "raske_semya": L("erzya", SENS)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "donation", {"fond": L("rasken_ozks", SENS)}, revenue=1000.0),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "audio player released"),
                 [cd_crumb("nav", "Valks -> Moro"), cd_crumb("tap", "play")],
                 screen="MoroActivity"),
        pt_register(APP, rng, lang="ru", at=SR_HOME_AT, nd=2,
                    tags={"kurs": "erz_a2", "raske": L("erzya", SENS)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "600.00"),
        mm_route(APP, rng, [(SR_HOME_AT, PRECISE), ((KUDO["lat"], KUDO["lon"]), None)],
                 mode="walking"),
        hs_message(APP, rng, L(f"The festival bus seats for {KID} are not shown",
                               f"{TEXT}|{NAMEC}"), {"chlen": L(MEMBER, UID)}),
    ]
