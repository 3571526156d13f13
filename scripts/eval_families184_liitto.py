"""The Karelian people's society's member app "Liitto" (Petrozavodsk; its API's keys are Livvi
Karelian in ASCII: ``nimi`` first name (or a full name), ``sugunimi`` surname, ``e_posti``
e-mail, ``telefon`` phone, ``salasana`` password, ``roinduspaivy`` birth date, ``sugupuoli`` sex
(``naine`` woman, ``mies`` man), ``adressu`` street line, ``linnu`` town, ``indeksu`` post code,
``tazavaldu`` republic, ``rahvahus`` nationality (ethnic origin), ``muzhikku`` husband,
``poigu`` son, ``sugulaine`` relative, ``chlenu`` member, ``chlenumaksu`` membership fee,
``summu`` amount, ``maksu`` payment, ``kartu`` card, ``kursu`` course, ``tazo`` level, ``leiri``
camp, ``tervehys`` health, ``kieli`` language, ``eccimine`` search, ``viesti`` message,
``kuva`` photo, ``sugupuu`` family tree, ``kyla`` village, ``broni`` booking, ``biletu`` ticket):
joining with her and her husband's nationality, a log-in, ``/mina``, the member card by number in
the path, the fee, an adult Livvi course with a recorded reading, the son's summer language camp
in Joensuu with his Finnish cousin (the Finnish partner asks for HETUs), its payment in euros,
news, a newspaper subscription to the flat, festival volunteering, a search, a message to the
teacher, the family tree, concert tickets, a festival photo, a profile edit, receipts by cookie,
push, events and a log-out. Set 159's immersion pre-school is another kind: this is an ethnic
society's adult membership, courses and a cross-border camp."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families184_kit import (
    HUSBAND,
    MEMBER,
    NIECE,
    PTZ_HOME,
    SISTER_IL,
    SOCIETY,
    SON,
    hd,
    obj,
    push,
)
from eval_families184_sdk import jg_event, jg_launch, kt_crash, kt_crumb, lg_batch, lg_identify
from eval_families184_svc import ab_message, dk_card, dk_confirm, kl_register, lb_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("liitto", "Liitto", "com.example.liitto", "2.3.1", "https://api.liitto.example.org")
IID = "X-Liitto-Laite"
PW = "Anuksenlinnu#2026"
NID = "personal.national_id"
DOB_RU = "17.05.1991"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, krl=True, **kw)


def liitto() -> list[Case]:
    rng = random.Random(18411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posti=L(EMAIL, MAIL), chlenu=L(MEMBER, UID)))}
    card = at_path(case(f, f"{a}/api/v1/chlenat/{MEMBER}/kartu", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/rekisteroindy", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "e_posti": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "salasana": L(PW, CRED), "roinduspaivy": L(DOB_RU, BIRTH),
            "sugupuoli": L("naine", GENDER), "adressu": L(PTZ_HOME["line"], ADDR),
            "linnu": L(PTZ_HOME["town"], COARSE), "indeksu": L(PTZ_HOME["post"], COARSE),
            "tazavaldu": L("Karjalan Tazavaldu", COARSE), "rahvahus": L("amerikkalaine", SENS),
            "muzhikku": {"nimi": L(HUSBAND[0], NAMEC), "rahvahus": L("karjalaine", SENS)},
            "chlenu": L(MEMBER, UID), "seura": SOCIETY["id"], "luba_uudizet": True}),
        case(f, f"{a}/api/v1/kirjuttavu", fmt="form", headers=_h(rng), body={
            "e_posti": L(EMAIL_UPPER, MAIL), "salasana": L(PW, CRED), "muista": "1"}),
        case(f, f"{a}/api/v1/mina", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/api/v1/chlenumaksu", fmt="form", headers=_h(rng, **b), body={
            "chlenu": L(MEMBER, UID), "vuozi": "2026", "summu": L("500.00", BUY),
            "valuuttu": "RUB", "maksu": L(opaque(rng, "pm_", 24), PAY),
            "kartu_loppu": L("6781", PAY)}),
        case(f, f"{a}/api/v1/kursut/kirjutus", headers=_h(rng, **b), body={
            "kursu": "livvi_A2_ilduzel", "tazo": "A2", "chlenu": L(MEMBER, UID),
            "kieli": "olo", "muzhikku_myos": True, "summu": L(3200, BUY)}),
        multipart(f, f"{a}/api/v1/kursut/testu", [
            ("luvendu", "lugemine.m4a", "audio/mp4", L(M4A + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"kursu": "livvi_A2_ilduzel",
                                                "tekstu": "Kalevala, pajo 1", "kesto_s": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/leiri/kirjutus", headers=_h(rng, **b), body={
            "leiri": "kielileiri_joensuu_2026", "aigu": "2026-07-06/2026-07-17",
            "poigu": {"nimi": L(SON["first"], NAMEC), "sugunimi": L(SON["last"], NAMEC),
                      "roinduspaivy": L(SON["dob"], BIRTH), "snils": L(SON["snils"], NID),
                      "sugupuoli": L("mies", GENDER),
                      "tervehys": L("koivun siitepolyallergii", MED)},
            "sugulaine": {"nimi": L(SISTER_IL[0], NAMEC), "telefon": L(SISTER_IL[1], TEL),
                          "hetu": L(SISTER_IL[3], NID), "linnu": L("Joensuu", COARSE)},
            "serkku": {"nimi": L(NIECE["name"], NAMEC), "hetu": L(NIECE["hetu"], NID),
                       "roinduspaivy": L(NIECE["dob"], BIRTH)}}),
        case(f, f"{a}/api/v1/leiri/maksu", fmt="form", headers=_h(rng, **b), body={
            "leiri": "kielileiri_joensuu_2026", "summu": L("180.00", BUY), "valuuttu": "EUR",
            "maksu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/uudizet", headers=_h(rng, **b), query={
            "kieli": "olo", "sivu": "1", "seura": SOCIETY["id"]}),
        case(f, f"{a}/api/v1/gazettu/tilaus", headers=_h(rng, **b), body={
            "gazettu": "kodirandu_viikko", "kuudu": 6, "summu": L(780, BUY),
            "adressu": L(PTZ_HOME["line"], ADDR), "indeksu": L(PTZ_HOME["post"], COARSE),
            "vastaanottai": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/pruazniekku/abuniekku", headers=_h(rng, **b), body={
            "pruazniekku": "kalevalan_paivy_2026", "paivat": ["2026-02-27", "2026-02-28"],
            "telefon": L(E164, TEL), "paidu": "M", "chlenu": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/eccimine", headers=_h(rng, **b), query={
            "eccimine": L("pajoloi lapsile livviksi", SEARCH), "sivu": "1"}),
        case(f, f"{a}/api/v1/viestit", headers=_h(rng, **b), body={
            "kenele": "opastai_kursu_a2", "kursu": "livvi_A2_ilduzel",
            "viesti": L("Terveh! Ilduzel 12.2 en voi tulla, poigu on taudis. Voingo kirjuttua "
                        "kodirahkua netis?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/sugupuu", headers=_h(rng, **b), body={
            "chlenu": L(MEMBER, UID), "rahvas": [
                {"nimi": L("Pedri Makarov", NAMEC), "roinduvuozi": L(1921, BIRTH),
                 "kyla": L("Vieljarvi", COARSE), "rahvahus": L("karjalaine", SENS)},
                {"nimi": L("Outi Makarova", NAMEC), "roinduvuozi": L(1925, BIRTH),
                 "kyla": L("Megrega", COARSE), "rahvahus": L("livvikoi", SENS)}]}),
        case(f, f"{a}/api/v1/konsertat/broni", headers=_h(rng, **b), body={
            "konsertu": "ko_kantele_0314", "biletat": 3, "broni": L("LT-0314-2207", BUY),
            "summu": L(1500, BUY), "zal": {"nimi": "Kanteleen zal", "lat": 61.78644,
                                           "lng": 34.36193}}),
        multipart(f, f"{a}/api/v1/kuvat", [
            ("kuva", "kalevala_paivy.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("meta", None, "application/json", {
                "albumi": "pruazniekku_2026",
                "tekstu": L(f"Pruazniekal {HUSBAND[0]} da Ilja kantelehen kel",
                            f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/profiili", headers=_h(rng, **b), body={
            "telefon": L(NATIONAL, TEL), "kieli": L("olo", DEV), "linnu": L("Petroskoi", COARSE),
            "uudizet_e_postil": False}),
        case(f, f"{a}/api/v1/kvitantsiit", headers=_h(rng, how="none"), cookies={
            "li_sessii": L(opaque(rng, "", 40), CRED), "li_laite": L(INSTALL_ID, DID),
            "li_req": rid(rng)}),
        case(f, f"{a}/api/v1/laite", headers=_h(rng, **b), body=push(push_token(rng), "olo_RU")),
        case(f, f"{a}/api/v1/sobytiet", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sobytiet": [
                ev("chlenumaksu", 1, summu=L(500, BUY)), ev("ekran", 2, ekran=L("Kursut", USAGE)),
                ev("leiri_kirjutus", 3, leiri="kielileiri_joensuu_2026")]}),
        case(f, f"{a}/api/v1/lahtie", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "laite": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/kursut/ilduzet", headers=_h(rng, **b), query={
            "kursu": "livvi_A2_ilduzel", "kuu": "2026-02", "req": obj(rng, "rq")}),
    ]


def liitto_sdks() -> list[Case]:
    rng = random.Random(18412)
    return [
        lg_batch(APP, rng, [("Member Joined", {"society": SOCIETY["id"]}),
                            ("Camp Enrolled", {"camp": "kielileiri_joensuu_2026"})],
                 at=(61.784213, 34.351876), nd=2, locale="olo_RU"),
        lg_identify(APP, rng, {"linnu": L("Petroskoi", COARSE), "chlenu": L(MEMBER, UID),
                               "rahvahus": L("amerikkalaine", SENS), "kursu": "A2"}),
        jg_launch(APP, rng, first=True),
        jg_event(APP, rng, "purchase", {"broni": L("LT-0314-2207", BUY)}, revenue=1500.0,
                 hashed=True),
        kt_crash(APP, rng, ("java.lang.IllegalStateException", "recorder released"),
                 [kt_crumb("nav", "Kursut -> Testu"),
                  kt_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kursut/testu",
                                           "status": 500})], screen="TestuActivity"),
        kl_register(APP, rng, lang="olo", tags={"seura": SOCIETY["id"], "kursu": "A2"}),
        lb_save(APP, rng, {"analytics": True, "marketing": False}),
        dk_card(APP, rng, email=True),
        dk_confirm(APP, rng, "500.00"),
        ab_message(APP, rng, L(f"Leirin maksu {KID} varoin ei nay", f"{TEXT}|{NAMEC}"),
                   {"chlenu": L(MEMBER, UID)}),
    ]
