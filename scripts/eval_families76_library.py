"""Ljubljana public-library and e-book app "Bralnica" (its API's keys are Slovenian: ime, priimek,
telefon, naslov, ulica, mesto, postna_stevilka, datum_rojstva, geslo, emso, eposta; she spends an
autumn fellowship in Ljubljana): membership with her EMŠO, a log-in, ``/jaz``, the digital card, a
search and suggestions, a hold, renewals, self-checkout in the branch (protobuf), an e-book loan,
reading progress (msgpack), a note, the membership fee by SEPA, a fine, an event, a change of
address, branches nearby, the guest Wi-Fi, a card photo, a review, push, events and the card by
a cookie GET."""

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
    IPLOC,
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
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families76_kit import (
    BARCODES,
    CLANSKA,
    COBISS,
    EMSO,
    GESLO,
    IBAN_SI,
    KNJIZNICA,
    LIB_BSSID,
    LIB_FIX,
    LIB_SSID,
    LJ_HOME,
    LJ_HOME_AT,
    ROAM,
    code,
)
from eval_families76_sdk import dz_bid, pr_session, sl_batch, sl_identify, ss_crash, ss_crumb
from eval_families76_svc import pc_sepa, pm_message, pv_save, zm_search, zv_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("bralnica", "Bralnica", "si.example.bralnica", "5.3.2",
          "https://api.bralnica.example.net")
IID = "X-Bralnica-Naprava"
TZ = "Europe/Ljubljana"
DOB_SI = "17. 5. 1991"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("sl-SI,sl;q=0.9,en-US;q=0.8", DEV)
    return h


def bralnica() -> list[Case]:
    rng = random.Random(7611)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, clanska=L(CLANSKA, UID), eposta=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    la, lo = fix(LIB_FIX, 5)
    selfcheck = pb([(1, L(CLANSKA, UID)), (2, BARCODES[0]), (2, BARCODES[1]),
                    (3, KNJIZNICA["id"]), (4, [(1, la), (2, lo)]), (5, L(LIB_SSID, WIFI)),
                    (6, 1760601600)], "", lab)
    hla, hlo = fix(LJ_HOME_AT, 6)
    ebook = code(rng, "ek", 10)
    loans = at_path(case(f, f"{a}/api/v1/clani/{CLANSKA}/izposoje", headers=_h(rng, **b),
                         query={"stanje": "aktivne"}), CLANSKA, UID)
    return [
        case(f, f"{a}/api/v1/clani", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "priimek": L(LAST, NAMEC), "eposta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "datum_rojstva": L(DOB_SI, BIRTH), "emso": L(EMSO, NATID),
            "spol": L("Ž", GENDER), "geslo": L(GESLO, CRED),
            "naslov": {"ulica": L(LJ_HOME["ulica"], ADDR), "mesto": L(LJ_HOME["mesto"], COARSE),
                       "postna_stevilka": L(LJ_HOME["posta"], COARSE), "drzava": L("SI", COARSE)},
            "maticna_knjiznica": KNJIZNICA["id"], "novice": False}),
        case(f, f"{a}/api/v1/prijava", fmt="form", headers=_h(rng), body={
            "eposta": L(EMAIL_UPPER, MAIL), "geslo": L(GESLO, CRED),
            "naprava": L(INSTALL_ID, DID), "zapomni": "1"}),
        case(f, f"{a}/api/v1/jaz", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/izkaznica", headers=_h(rng, auth="bearer"),
             query={"clanska": L(CLANSKA, UID), "oblika": "qr"}),
        case(f, f"{a}/api/v1/iskanje", headers=_h(rng, **b), query={
            "q": L("Samorastniki Prežihov Voranc", SEARCH), "zbirka": "e-knjige", "stran": "1"}),
        case(f, f"{a}/api/v1/iskanje/predlogi", headers=_h(rng, **b),
             query={"q": L("slovenska slovn", SEARCH), "n": "8"}),
        case(f, f"{a}/api/v1/rezervacije", headers=_h(rng, **b), body={
            "gradivo": COBISS[0], "prevzem": KNJIZNICA["id"],
            "obvestilo": {"eposta": L(EMAIL, MAIL), "sms": L(PHONE, TEL)}, "zahteva": rid(rng)}),
        loans,
        case(f, f"{a}/api/v1/izposoja/podaljsaj", headers=_h(rng, **b), body={
            "clanska": L(CLANSKA, UID), "gradiva": BARCODES, "zahteva": rid(rng)}),
        raw(f, f"{a}/api/v1/samoizposoja", selfcheck, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/e-knjige/{ebook}/izposoja", headers=_h(rng, **b), body={
            "oblika": "epub", "naprava": L(INSTALL_ID, DID), "odjemalec_ip": L(PUBLIC_IP, IPLOC),
            "licenca": opaque(rng, "lic_", 20), "dni": 21}),
        case(f, f"{a}/api/v1/e-knjige/{ebook}/napredek", fmt="msgpack", headers=_h(rng, **b),
             body={"poglavje": 7, "odstotek": 43.5, "minute": L(38, USAGE),
                   "clanska": L(CLANSKA, UID), "cfi": "epubcfi(/6/14!/4/2/1:0)"}),
        case(f, f"{a}/api/v1/e-knjige/{ebook}/opombe", headers=_h(rng, **b), body={
            "cfi": "epubcfi(/6/14!/4/2/9:12)", "barva": "rumena",
            "opomba": L("Vprašaj Mateja, ali je Koroška narečna beseda", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/clanarina", fmt="form", headers=_h(rng, **b), body={
            "clanska": L(CLANSKA, UID), "znesek": L("15.00", BUY), "obdobje": "2025/26",
            "nacin": "sepa", "placilo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/zamudnine/placilo", headers=_h(rng, **b), body={
            "znesek": L("1.80", BUY), "valuta": "EUR", "zamudnine": [code(rng, "zam", 6)],
            "nacin": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/dogodki/{code(rng, 'dog', 6)}/prijava", headers=_h(rng, **b), body={
            "ime": L(FIRST, NAMEC), "priimek": L(LAST, NAMEC), "eposta": L(EMAIL, MAIL),
            "spremljevalci": 0, "lokacija": {"naslov": KNJIZNICA["naslov"],
                                             "telefon": KNJIZNICA["telefon"]}}),
        case(f, f"{a}/api/v1/clani/naslov", headers=_h(rng, **b), body={
            "ulica": L(LJ_HOME["ulica"], ADDR), "nadstropje": L(LJ_HOME["nadstropje"], ADDR),
            "postna_stevilka": L(LJ_HOME["posta"], COARSE), "mesto": L(LJ_HOME["mesto"], COARSE),
            "lat": hla, "lon": hlo, "velja_od": "2025-10-01"}),
        case(f, f"{a}/api/v1/knjiznice/blizu", headers=_h(rng, **b), query={
            "lat": L(f"{LJ_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{LJ_HOME_AT[1]:.3f}", PRECISE),
            "odprto": "1"}),
        case(f, f"{a}/api/v1/wifi/seja", headers=_h(rng, **b), body={
            "ssid": L(LIB_SSID, WIFI), "bssid": L(LIB_BSSID, WIFI), "clanska": L(CLANSKA, UID),
            "knjiznica": KNJIZNICA["id"], "pogoji": True}),
        multipart(f, f"{a}/api/v1/clani/fotografija", [
            ("slika", "izkaznica.jpg", "image/jpeg", L(JPEG + b"\x76", MEDIA)),
            ("podatki", None, "application/json", {"clanska": L(CLANSKA, UID),
                                                   "obrez": [0, 0, 480, 600]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ocene", fmt="form", headers=_h(rng, **b), body={
            "gradivo": COBISS[1], "ocena": "5", "vzdevek": L("jane_bere", UID),
            "komentar": L("Odlično za učenje jezika, počasi a z užitkom", TEXT)}),
        case(f, f"{a}/api/v1/naprave", headers=_h(rng, **b), body={
            "zeton": L(push_token(rng), DID), "naprava": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "sistem": L("Android 14", DEV), "jezik": L("sl", DEV),
            "casovni_pas": L(TZ, DEV)}),
        case(f, f"{a}/api/v1/analitika", gz=True, headers=_h(rng, **b), body={
            "uporabnik": L(USER_ID, UID), "dogodki": [
                ev("izposoja_eknjige", 1, oblika="epub"), ev("rezervacija", 2),
                ev("zaslon", 3, zaslon=L("Izkaznica", USAGE))]}),
        case(f, f"{a}/api/v1/izkaznica/qr", headers=_h(rng, how="none"),
             cookies={"br_seja": L(opaque(rng, "", 40), CRED),
                      "br_naprava": L(INSTALL_ID.upper(), DID), "br_zahteva": rid(rng)}),
    ]


def bralnica_sdks() -> list[Case]:
    rng = random.Random(7612)
    return [
        sl_batch(APP, rng, [("Ebook Borrowed", {"format": "epub"}),
                            ("Search", {"q": L("Samorastniki Prežihov Voranc", SEARCH)})],
                 at=LJ_HOME_AT, nd=2, tz=TZ, roam=ROAM),
        sl_identify(APP, rng, {"mesto": L("Ljubljana", COARSE), "clanska": L(CLANSKA, UID),
                               "tip": "odrasli", "jezik": L("sl", DEV)}),
        pr_session(APP, rng, first=True, roam=ROAM),
        dz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=LJ_HOME_AT, nd=3,
               geo_ip={"country": "SVN"}, roam=ROAM, keywords="knjige,branje"),
        ss_crash(APP, rng, ("java.lang.IllegalStateException", "epub reader closed"),
                 [ss_crumb("navigation", "Izposoja -> Bralnik"),
                  ss_crumb("http", "GET", {"status": 200, "method": "GET"})],
                 screen="ReaderActivity", tz=TZ, locale="sl_SI"),
        zv_register(APP, rng, tags={"rezervacija_pripravljena": "1"}, tz=TZ, lang="sl"),
        pc_sepa(APP, rng, IBAN_SI, "15.00"),
        pv_save(APP, rng, {"analytics": True, "ads": False}, country="SI", region="LJ", lang="sl"),
        zm_search(APP, rng, "Trubarjeva cesta 27, Ljubljana", ADDR, near=LJ_HOME_AT, nd=3,
                  lang="sl"),
        pm_message(APP, rng, L("Izkaznica mi ne dovoli izposoje e-knjig, članarina je plačana",
                               TEXT), {"clanska": L(CLANSKA, UID)}, lang="sl"),
    ]
