"""A second-pillar pension fund's member app "Stolbovi" (Skopje; its API's keys are Macedonian in
Latin letters with sh/ch/zh/gj/kj: ``ime`` first name, ``prezime`` surname, ``embg`` the unique
citizen number, ``e_posta`` e-mail, ``mobilen`` mobile, ``lozinka`` password, ``kod`` code,
``datum_na_ragjanje`` birth date, ``pol`` sex (``zhenski`` female), ``adresa``/``ulica`` address
/ street, ``grad`` city, ``opshtina`` municipality, ``postenski_broj`` post code,
``chlenski_broj`` membership number, ``rabotodavac`` employer, ``plata`` salary, ``pridonesi``
contributions, ``naslednici`` beneficiaries, ``srodstvo`` relation, ``procent`` share,
``uplata`` payment in, ``iznos`` amount, ``smetka`` account, ``izvod`` statement, ``vozrast``
age, ``dokumenti`` documents, ``potpis_pin`` signing PIN, ``poraki`` messages, ``termin``
appointment, ``prebaruvanje`` search, ``ured`` device, ``nastani`` events, ``odjava`` log-out):
sign-up with her EMBG, log-in by EMBG and password, an SMS code, ``/jas`` (me), the balance, the
statement by membership number in the path, contributions, an employer, beneficiaries (husband
and son with their EMBGs), a voluntary contribution, the payout IBAN, the address, a residence
permit photo, a projection, a fund switch signed with a PIN, a search, a message, an office
appointment, a certificate by cookie GET, e-statement subscription (base64 JSON form field),
push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

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
from eval_families24_kit import claims, rid
from eval_families152_kit import (
    EMBG,
    FUND,
    HUSBAND,
    MEMBER,
    MK_ACCOUNT,
    SK_HOME,
    SK_HOME_AT,
    SON,
    hd,
    obj,
    push,
)
from eval_families152_sdk import (
    ak_event,
    ak_launch,
    cb_crash,
    cb_crumb,
    mv_batch,
    mv_identify,
)
from eval_families152_svc import cs_save, fm_eval, hk_message, pd_card, pd_confirm, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("stolbovi", "Stolbovi", "com.example.stolbovi", "3.4.1",
          "https://api.stolbovi.example.com")
IID = "X-Stolbovi-Ured"
PW = "Penzija#Karposh91"
NID = "personal.national_id"
PERMIT = "MK-DP-0418832"  # her residence permit card (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mk=True, **kw)


def stolbovi() -> list[Case]:
    rng = random.Random(15201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, embg=L(EMBG, NID), chlenski_broj=L(MEMBER, UID)))}
    izvod = at_path(case(f, f"{a}/api/v1/chlenovi/{MEMBER}/izvod", headers=_h(rng, **b),
                         query={"godina": "2025", "format": "pdf"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/registracija", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "embg": L(EMBG, NID),
            "e_posta": L(EMAIL, MAIL), "mobilen": L(E164, TEL), "lozinka": L(PW, CRED),
            "datum_na_ragjanje": L("17.05.1991", BIRTH), "pol": L("zhenski", GENDER),
            "drzhavjanstvo": "US", "adresa": {
                "ulica": L(SK_HOME["line"], ADDR), "grad": L(SK_HOME["town"], COARSE),
                "opshtina": L(SK_HOME["area"], COARSE),
                "postenski_broj": L(SK_HOME["post"], COARSE)},
            "chlenski_broj": L(MEMBER, UID), "uslovi": True}),
        case(f, f"{a}/api/v1/najava", fmt="form", headers=_h(rng), body={
            "embg": L(EMBG, NID), "lozinka": L(PW, CRED), "zapameti": "1"}),
        case(f, f"{a}/api/v1/najava/sms", fmt="form", headers=_h(rng), body={
            "mobilen": L(E164, TEL), "kod": L("530917", CRED), "ured": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/jas", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/smetka", headers=_h(rng, **b), query={
            "chlenski_broj": L(MEMBER, UID), "valuta": "MKD"}),
        izvod,
        case(f, f"{a}/api/v1/pridonesi", headers=_h(rng, **b), query={
            "od": "2025-01", "do": "2025-12", "stranica": "1"}),
        case(f, f"{a}/api/v1/rabotodavci", headers=_h(rng, **b), body={
            "embg": L(EMBG, NID), "rabotodavac": {"naziv": "Jazichen Centar Lingva DOOEL",
                                                  "edb": "4030008012345"},
            "od": "2023-09", "plata": 52000, "rabotno_mesto": "nastavnik po angliski"}),
        case(f, f"{a}/api/v1/naslednici", headers=_h(rng, **b), body={
            "chlenski_broj": L(MEMBER, UID), "naslednici": [
                {"ime_prezime": L(HUSBAND[0], NAMEC), "embg": L(HUSBAND[2], NID),
                 "telefon": L(HUSBAND[1], TEL), "srodstvo": "soprug", "procent": 50},
                {"ime_prezime": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "embg": L(SON["embg"], NID), "datum_na_ragjanje": L(SON["dob_mk"], BIRTH),
                 "srodstvo": "sin", "procent": 50}]}),
        case(f, f"{a}/api/v1/dobrovolen/uplata", fmt="form", headers=_h(rng, **b), body={
            "chlenski_broj": L(MEMBER, UID), "iznos": L("3000", BUY), "valuta": "MKD",
            "metod": L(opaque(rng, "pm_", 24), PAY), "povtoruvanje": "mesechno"}),
        case(f, f"{a}/api/v1/smetka/iban", headers=_h(rng, **b), body={
            "iban": L(MK_ACCOUNT, PAY), "sopstvenik": L(f"{FIRST} {LAST}", NAMEC),
            "banka": "Primer Banka Skopje AD"}),
        case(f, f"{a}/api/v1/adresa", headers=_h(rng, **b), body={
            "ulica": L(SK_HOME["line"], ADDR), "grad": L(SK_HOME["town"], COARSE),
            "opshtina": L(SK_HOME["area"], COARSE),
            "postenski_broj": L(SK_HOME["post"], COARSE), "za_pisma": True}),
        multipart(f, f"{a}/api/v1/dokumenti", [
            ("slika", "dozvola_prestoj.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"vid": "dozvola_za_prestoj",
                                                "broj": L(PERMIT, NID), "vazhi_do": "2029-04-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/proekcija", headers=_h(rng, **b), body={
            "vozrast": L(34, BIRTH), "godina_na_penzija": 64, "scenario": "umeren",
            "mesechen_pridones": 4160, "prinos": 0.045}),
        case(f, f"{a}/api/v1/fond/promena", headers=_h(rng, **b), body={
            "embg": L(EMBG, NID), "od_fond": "stb_balansiran", "vo_fond": "stb_rast",
            "potpis_pin": L("4471", CRED), "baranje": obj(rng, "br")}),
        case(f, f"{a}/api/v1/prebaruvanje", headers=_h(rng, **b), query={
            "q": L("kako da go promenam naslednikot", SEARCH)}),
        case(f, f"{a}/api/v1/poraki", headers=_h(rng, **b), body={
            "tema": "naslednici",
            "tekst": L(f"Sakam da go dodadam sinot {SON['first']} {SON['last']} kako naslednik, "
                       f"EMBG {SON['embg']}", f"{TEXT}|{NAMEC}|{NID}")}),
        case(f, f"{a}/api/v1/termin", fmt="form", headers=_h(rng, **b), body={
            "filijala": FUND["id"], "datum": "2026-01-22", "chas": "10:30",
            "chlenski_broj": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/dokumenti/potvrda", headers=_h(rng, how="none"), cookies={
            "st_sesija": L(opaque(rng, "", 40), CRED), "st_ured": L(INSTALL_ID, DID),
            "st_req": rid(rng)}),
        case(f, f"{a}/api/v1/e_izvod/pretplata", fmt="form", headers=_h(rng, **b), body={
            "data": W({"e_posta": L(EMAIL, MAIL), "chlenski_broj": L(MEMBER, UID),
                       "jazik": L("mk", "device.info")}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/ured", headers=_h(rng, **b), body=push(push_token(rng), "mk_MK")),
        case(f, f"{a}/api/v1/nastani", gz=True, headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "nastani": [
                ev("izvod_otvoren", 1), ev("uplata", 2, iznos=L(3000, BUY)),
                ev("ekran", 3, ekran=L("Naslednici", USAGE))]}),
        case(f, f"{a}/api/v1/odjava", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ured": L(INSTALL_ID, DID)}),
    ]


def stolbovi_sdks() -> list[Case]:
    rng = random.Random(15202)
    return [
        mv_batch(APP, rng, [("Statement Opened", {"year": 2025}),
                            ("Voluntary Paid", {"amount": L(3000, BUY)})],
                 at=SK_HOME_AT, nd=2, locale="mk_MK"),
        mv_identify(APP, rng, {"grad": L("Skopje", COARSE), "fond": "stb_rast",
                               "chlenski_broj": L(MEMBER, UID)}),
        ak_launch(APP, rng, first=True),
        ak_event(APP, rng, "purchase", {"tip": "dobrovolen"}, revenue=3000.0, hashed=True),
        cb_crash(APP, rng, ("java.lang.IllegalStateException", "pdf viewer closed"),
                 [cb_crumb("nav", "Smetka -> Izvod"),
                  cb_crumb("net", "GET", {"url": f"{APP.api}/api/v1/pridonesi", "status": 200})],
                 screen="IzvodActivity"),
        pp_register(APP, rng, lang="mk", tags={"fond": "stb_rast"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        pd_card(APP, rng, email=True),
        pd_confirm(APP, rng, "3000.00"),
        fm_eval(APP, rng, {"fund": "stb_rast", "city": L("Skopje", COARSE)}, hdr=True),
        hk_message(APP, rng, L("Uplatata od 3000 denari ne se gleda vo izvodot", f"{TEXT}|{BUY}"),
                   {"chlenski_broj": L(MEMBER, UID)}),
    ]
