"""An Aromanian (Vlach) cultural society's member app "Armanjlu" (a society from Krusevo with a
branch in Skopje: her husband's family are Aromanians; the API's keys are Macedonian in Latin
letters with sh/ch/zh/gj/nj: ``ime`` first name, ``prezime`` surname, ``ime_prezime`` full
name, ``e_posta`` e-mail, ``telefon`` phone, ``lozinka`` password, ``datum_na_ragjanje`` birth
date, ``etnichka_pripadnost`` ethnic affiliation, ``majchin_jazik`` mother tongue, ``zaednica``
community, ``chlenski_broj`` membership number, ``chlenarina`` membership fee, ``semejstvo``
family, ``soprug`` husband, ``dete`` child, ``vozrast`` age, ``nastava``/``kurs`` class /
course, ``roditel`` parent, ``nastan`` event, ``prijava`` registration, ``mesta`` seats,
``prisustvo`` attendance, ``lokacija`` location, ``hor`` choir, ``glas`` voice part, ``proba``
rehearsal, ``arhiva`` archive, ``opis`` caption, ``donacija``/``fond`` donation / fund,
``poraka`` message, ``karta`` card, ``prebaruvanje`` search, ``anketa`` survey, ``jazik_doma``
language at home, ``volonter`` volunteer, ``dostapnost`` availability, ``bilten`` bulletin):
joining (her husband's ethnic affiliation), log-in, ``/jas``, the fee, the family (husband and
son, mother tongue), Luka's Aromanian-language class, events, the Aromanians' Day festival in
Krusevo, attendance at the hall with her fix, a choir rehearsal queue (msgpack), an archive
photo, a donation, a message naming her mother-in-law, the card by number in the path, a search,
a survey, the bulletin by cookie GET, push, events, volunteering, an SMS code, the address."""

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
    EMAIL_UPPER,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families152_kit import (
    HALL_FIX,
    HUSBAND,
    MOTHER_IL,
    SK_HOME,
    SK_HOME_AT,
    SOC_MEMBER,
    SOCIETY,
    SON,
    fix,
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
    mv_pixel,
)
from eval_families152_svc import (
    cs_save,
    hk_message,
    mp_route,
    pd_card,
    pd_confirm,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("armanjlu", "Armanjlu", "com.example.armanjlu", "2.2.5",
          "https://api.armanjlu.example.org")
IID = "X-Armanjlu-Ured"
PW = "Krushevo1903!"
SON_FULL = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mk=True, **kw)


def armanjlu() -> list[Case]:
    rng = random.Random(15221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posta=L(EMAIL, MAIL), chlen=L(SOC_MEMBER, UID),
                                    zaednica=L("armanjska", SENS)))}
    hla, hlo = fix(HALL_FIX, 5)
    fest = obj(rng, "ns")
    card = at_path(case(f, f"{a}/api/v2/chlenovi/{SOC_MEMBER}/karta", headers=_h(rng, **b)),
                   SOC_MEMBER, UID)
    return [
        case(f, f"{a}/api/v2/chlenstvo/zachlenuvanje", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "e_posta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "lozinka": L(PW, CRED), "datum_na_ragjanje": L(DOB, BIRTH),
            "grad": L("Skopje", COARSE), "ogranok": "skopje",
            "soprug": {"ime_prezime": L(HUSBAND[0], NAMEC),
                       "etnichka_pripadnost": L("Armanec (Vlav)", SENS)},
            "chlenski_broj": L(SOC_MEMBER, UID)}),
        case(f, f"{a}/api/v2/najava", fmt="form", headers=_h(rng), body={
            "e_posta": L(EMAIL_UPPER, MAIL), "lozinka": L(PW, CRED)}),
        case(f, f"{a}/api/v2/jas", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/chlenarina/plakjanje", fmt="form", headers=_h(rng, **b), body={
            "chlenski_broj": L(SOC_MEMBER, UID), "iznos": L("1200", BUY), "godina": "2026",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v2/semejstvo", headers=_h(rng, **b), body={
            "chlenski_broj": L(SOC_MEMBER, UID), "chlenovi": [
                {"ime_prezime": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                 "majchin_jazik": L("armanjski", SENS), "srodstvo": "soprug"},
                {"ime": L(SON["first"], NAMEC), "prezime": L(SON["last"], NAMEC),
                 "datum_na_ragjanje": L(SON["dob"], BIRTH),
                 "majchin_jazik": L("makedonski i armanjski", SENS), "srodstvo": "sin"}]}),
        case(f, f"{a}/api/v2/nastava/upis", headers=_h(rng, **b), body={
            "kurs": L("armanjski jazik za deca, pochetno nivo", SENS), "grupa": "sab_10",
            "dete": {"ime_prezime": L(SON_FULL, NAMEC), "vozrast": L(11, BIRTH)},
            "roditel": L(SOC_MEMBER, UID)}),
        case(f, f"{a}/api/v2/nastani", headers=_h(rng, **b), query={
            "grad": "Krushevo", "mesec": "2026-05"}),
        case(f, f"{a}/api/v2/nastani/{fest}/prijava", headers=_h(rng, **b), body={
            "nastan": L("Den na Armanite, Krushevo", SENS), "mesta": 3, "avtobus": True,
            "iznos": L(900, BUY),
            "lugje": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(SON_FULL, NAMEC)]}),
        case(f, f"{a}/api/v2/prisustvo", headers=_h(rng, **b), body={
            "nastan": obj(rng, "ns"), "lokacija": {"lat": hla, "lng": hlo},
            "sala": {"id": SOCIETY["id"], "lat": SOCIETY["lat"], "lng": SOCIETY["lon"]}}),
        case(f, f"{a}/api/v2/hor/proba", fmt="msgpack", headers=_h(rng, **b), body={
            "chlen": L(SOC_MEMBER, UID), "glas": "alt",
            "probi": [{"proba": obj(rng, "pr"), "prisutna": True},
                      {"proba": obj(rng, "pr"), "prisutna": False}],
            "pesna": "Lunjina"}),
        multipart(f, f"{a}/api/v2/arhiva/fotografii", [
            ("slika", "krusevo_1938.jpg", "image/jpeg", L(JPEG + b"\x38", MEDIA)),
            ("meta", None, "application/json", {
                "opis": L("Prababa Zoica Bojadzi vo nosija, Krushevo 1938", f"{TEXT}|{NAMEC}"),
                "zbirka": "semejni"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/donacii", fmt="form", headers=_h(rng, **b), body={
            "fond": L("knigi na armanjski za deca", SENS), "iznos": L("2000", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "anonimno": "false"}),
        case(f, f"{a}/api/v2/poraki", headers=_h(rng, **b), body={
            "do": "sekretar",
            "tekst": L(f"Dali baba {MOTHER_IL[0]} ({MOTHER_IL[1]}) mozhe da dojde so nas vo "
                       "avtobusot za Krushevo?", f"{TEXT}|{NAMEC}|{TEL}")}),
        card,
        case(f, f"{a}/api/v2/prebaruvanje", headers=_h(rng, **b), query={
            "q": L("armanjski pesni za deca", SEARCH)}),
        case(f, f"{a}/api/v2/anketa", headers=_h(rng, **b), body={
            "anketa": "jazik_2026", "jazik_doma": L("angliski, makedonski, armanjski", SENS),
            "deca_zboruvaat_armanjski": L(True, SENS), "komentar": L(
                "Luka gi razbira baba mu i dedo mu, no se srami da zboruva",
                f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/api/v2/bilten", headers=_h(rng, how="none"), cookies={
            "ar_sesija": L(opaque(rng, "", 40), CRED), "ar_ured": L(INSTALL_ID, DID),
            "ar_req": rid(rng)}),
        case(f, f"{a}/api/v2/ured", headers=_h(rng, **b), body=push(push_token(rng), "mk_MK")),
        case(f, f"{a}/api/v2/nastani/log", gz=True, headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "nastani": [
                ev("prijava_festival", 1), ev("ekran", 2, ekran=L("Arhiva", USAGE)),
                ev("donacija", 3, iznos=L(2000, BUY))]}),
        case(f, f"{a}/api/v2/volonteri", headers=_h(rng, **b), body={
            "sekcija": "kujna na festivalot", "telefon": L(E164, TEL),
            "dostapnost": ["2026-05-22", "2026-05-23"], "chlen": L(SOC_MEMBER, UID)}),
        case(f, f"{a}/api/v2/sms/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("771043", CRED)}),
        case(f, f"{a}/api/v2/adresa", headers=_h(rng, **b), body={
            "ulica": L(SK_HOME["line"], ADDR), "grad": L(SK_HOME["town"], COARSE),
            "postenski_broj": L(SK_HOME["post"], COARSE), "bilten_po_poshta": True}),
    ]


def armanjlu_sdks() -> list[Case]:
    rng = random.Random(15222)
    return [
        mv_batch(APP, rng, [("Festival Registered", {"seats": 3}),
                            ("Archive Upload", {"kind": "photo"})], locale="mk_MK"),
        mv_identify(APP, rng, {"zaednica": L("armanjska", SENS), "grad": L("Skopje", COARSE),
                               "chlen": L(SOC_MEMBER, UID)}),
        mv_pixel(APP, rng, "Bulletin Opened", {"broj": 41}),
        ak_launch(APP, rng),
        ak_event(APP, rng, "membership", {"godina": 2026}, revenue=1200.0),
        cb_crash(APP, rng, ("java.net.SocketTimeoutException", "v2/arhiva/fotografii"),
                 [cb_crumb("nav", "Arhiva -> Prikachi"), cb_crumb("tap", "prikachi")],
                 screen="ArhivaActivity"),
        pp_register(APP, rng, lang="mk", at=SK_HOME_AT, nd=2,
                    tags={"sekcija": "hor", "zaednica": L("armanjska", SENS)}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        pd_card(APP, rng, email=True),
        pd_confirm(APP, rng, "1200.00"),
        mp_route(APP, rng, [(SK_HOME_AT, PRECISE), ((SOCIETY["lat"], SOCIETY["lon"]), None)]),
        hk_message(APP, rng, L("Chlenskata karta ne se otvora vo aplikacijata", TEXT),
                   {"chlen": L(SOC_MEMBER, UID)}),
    ]
