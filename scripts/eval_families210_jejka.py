"""Sorbian Easter-egg decorating app "Jejkarnja" (egg workshop; courses in the wax-relief,
wax-batik, etching and scratching techniques at a cultural house in Bautzen, and the maker's
stall at the Easter egg market, where she sells her own eggs). Its API's keys are Upper Sorbian
without diacritics: ``mjeno`` first name, ``swojbne_mjeno`` surname, ``e_mejl``, ``mobil``,
``heslo`` password, ``datum_narodzenja``, ``droha`` street, ``mesto`` town, ``postowe_cislo``
post code, ``kurs``, ``termin`` slot, ``wobdzelnica`` participant (f.), ``dzeco`` child,
``staroba`` age, ``technika``, ``jejka`` eggs, ``stand`` stall, ``wiki`` market, ``predawki``
sales, ``placizna`` price, ``suma`` amount, ``zaplacenje`` payment, ``dawkowe_cislo`` tax
number, ``kupc`` buyer, ``powesc`` message, ``pohodnocenje`` rating, ``pytanje`` search,
``wopisanje`` description, ``zbrasenje`` impairment, ``wuziwar`` user, ``podawki`` events):
sign-up, log-in, ``/ja``, the course list, a course booked for her and Hanka, its payment, a
check-in at the venue, a wax-kit order (msgpack), a hand-tremor note, photos of her eggs, the
market stall application (her tax number), stall fee, a sale logged, a buyer's commission, a
payout to her account, a search, a review, a message, the maker profile by number in the path,
a base64 JSON cookie, push and events."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families210_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    IBAN,
    MAKER,
    MARKET,
    MOTHER_IL,
    MUSEUM,
    MUSEUM_FIX,
    SISTER_US,
    TAX_NO,
    fix,
    hd,
    obj,
    podawk,
    push,
)
from eval_families210_sdk import (
    bk_bid,
    bk_notice,
    lc_batch,
    lc_identify,
    pd_crash,
    pd_crumb,
    sw_event,
    sw_launch,
)
from eval_families210_svc import ka_route, ph_message, pj_card, pj_confirm, zw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("jejkarnja", "Jejkarnja", "com.example.jejkarnja", "3.4.1",
          "https://api.jejkarnja.example.org")
IID = "X-Jejkarnja-Grat"
PW = "Jejko!Wosk2026"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def jejkarnja() -> list[Case]:
    rng = random.Random(21011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_mejl=L(EMAIL, MAIL), zhotowjerka=L(MAKER, UID)))}
    mla, mlo = fix(MUSEUM_FIX, 5)
    kurs = obj(rng, "krs")
    profile = at_path(case(f, f"{a}/v1/zhotowjerjo/{MAKER}", headers=_h(rng, **b)), MAKER, UID)
    return [
        case(f, f"{a}/v1/registracija", headers=_h(rng), body={
            "mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC),
            "e_mejl": L(EMAIL_MIXED, MAIL), "mobil": L(E164, TEL), "heslo": L(PW, CRED),
            "datum_narodzenja": L(DOB, BIRTH), "droha": L(HOME["line"], ADDR),
            "mesto": L(HOME["town_hsb"], COARSE), "postowe_cislo": L(HOME["post"], COARSE),
            "newsletter": False}),
        case(f, f"{a}/v1/prizjewjenje", fmt="form", headers=_h(rng), body={
            "e_mejl": L(EMAIL, MAIL), "heslo": L(PW, CRED), "grat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kursy", headers=_h(rng, **b), query={
            "mesto": L("Budyšin", COARSE), "technika": "woskowa", "mjesac": "2026-03"}),
        case(f, f"{a}/v1/kursy/{kurs}/rezerwacija", headers=_h(rng, **b), body={
            "kurs": kurs, "termin": "2026-03-14T10:00", "technika": "woskowa",
            "wobdzelnicy": [
                {"mjeno": L(f"{FIRST} {LAST}", NAMEC), "dorosceny": True},
                {"mjeno": L(KID, NAMEC), "staroba": L(8, BIRTH), "dzeco": True}],
            "suma": L(58, BUY), "zhotowjerka": L(MAKER, UID)}),
        case(f, f"{a}/v1/zaplacenje", fmt="form", headers=_h(rng, **b), body={
            "rezerwacija": L("JK-R-260314-07", BUY), "suma": L("58.00", BUY),
            "waluta": "EUR", "metoda": L(opaque(rng, "pm_", 24), PAY),
            "posledne_styri": L("4444", PAY)}),
        case(f, f"{a}/v1/kursy/{kurs}/prichad", headers=_h(rng, **b), body={
            "mestno": {"serokosc": mla, "dolhosc": mlo, "dokladnosc": 9},
            "dom": {"id": MUSEUM["id"], "serokosc": MUSEUM["lat"], "dolhosc": MUSEUM["lon"]},
            "wobdzelnicy": 2}),
        case(f, f"{a}/v1/material/skazanka", fmt="msgpack", headers=_h(rng, **b), body={
            "zhotowjerka": L(MAKER, UID),
            "pozicije": [{"artikl": "wosk_carny_250g", "licba": 2, "placizna": 6.5},
                         {"artikl": "kacace_jejka_10", "licba": 3, "placizna": 9.0},
                         {"artikl": "pjero_husace", "licba": 5, "placizna": 1.2}],
            "suma": L(39.0, BUY), "dodawanje": {"droha": L(HOME["line"], ADDR),
                                               "postowe_cislo": L(HOME["post"], COARSE)}}),
        case(f, f"{a}/v1/kursy/{kurs}/zapisk", headers=_h(rng, **b), body={
            "za_wucerku": L("Mam lochke drženje rukow (esencielny tremor), prošu wjetše pjero",
                            f"{TEXT}|{MED}"),
            "zbrasenje": L("tremor", MED), "widzomne": "jenoz wucerka"}),
        multipart(f, f"{a}/v1/galerija", [
            ("foto", "jejka_woskowe.jpg", "image/jpeg", L(JPEG + b"\x72", "content.media")),
            ("meta", None, "application/json", {
                "wopisanje": L("Moje prěnje wóskowe jejka, jedne za Hanku a jedne za mandźelskeho",
                               TEXT), "technika": "woskowa", "zhotowjerka": L(MAKER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wiki/{MARKET['id']}/stand", headers=_h(rng, **b), body={
            "zhotowjerka": L(MAKER, UID), "mjeno": L(f"{FIRST} {LAST}", NAMEC),
            "dawkowe_cislo": L(TAX_NO, NID), "mala_firma": True, "stand": MARKET["stall"],
            "techniki": ["woskowa", "wudrapana"], "pomocnica": {
                "mjeno": L(MOTHER_IL[0], NAMEC), "mobil": L(MOTHER_IL[1], TEL)},
            "prud": True}),
        case(f, f"{a}/v1/wiki/{MARKET['id']}/poplatk", fmt="form", headers=_h(rng, **b), body={
            "stand": MARKET["stall"], "suma": L("45.00", BUY),
            "iban": L(IBAN, PAY), "mandat": L("SEPA-JK-0418", PAY)}),
        case(f, f"{a}/v1/predawki", headers=_h(rng, **b), body={
            "stand": MARKET["stall"], "jejka": 6, "placizna": 7.5, "suma": L(45.0, BUY),
            "zaplacenje": "hotowizna", "predawk": obj(rng, "pd")}),
        case(f, f"{a}/v1/skazanki/wosebite", headers=_h(rng, **b), body={
            "kupc": {"mjeno": L("Sabine Richter", NAMEC),
                     "e_mejl": L("s.richter@example.com", MAIL)},
            "wopisanje": L("12 jejkow z mjenom 'Sabine' a datumom kwasa", TEXT),
            "placizna": L(120, BUY), "termin": "2026-03-28"}),
        case(f, f"{a}/v1/wuplacenje", headers=_h(rng, **b), body={
            "zhotowjerka": L(MAKER, UID), "iban": L(IBAN, PAY),
            "wobsedzerka_konta": L(f"{FIRST} {LAST}", NAMEC), "suma": L(318.5, BUY)}),
        case(f, f"{a}/v1/pytanje", headers=_h(rng, **b), query={
            "q": L("wóskowa technika za dźěći wot 8 lět", SEARCH), "strona": "1"}),
        case(f, f"{a}/v1/pohodnocenja", fmt="form", headers=_h(rng, **b), body={
            "kurs": kurs, "pohodnocenje": "5",
            "tekst": L("Wučerka bě jara sćerpna z Hanku, wosk běše přehorcy", TEXT)}),
        case(f, f"{a}/v1/powesce", headers=_h(rng, **b), body={
            "prijimar": "wucerka_kurs_wosk",
            "powesc": L("Moja sotra Emily z USA by rady 5 jejkow kupiła, móže wona na "
                        "emily.doe@example.net płaćić?", f"{TEXT}|{MAIL}")}),
        profile,
        case(f, f"{a}/v1/nastajenja", headers=_h(rng, how="none"), cookies={
            "jk_sesija": L(opaque(rng, "", 40), CRED),
            "jk_pref": W({"wuziwar": L(USER_ID, UID), "rec": L("hsb", "device.info")},
                         "b64json")}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/podawki", gz=True, headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID), "podawki": [
                podawk("kurs_rezerwowany", 1, suma=L(58, BUY)),
                podawk("wobrazowka", 2, wobrazowka=L("Galerija", USAGE))]}),
        case(f, f"{a}/v1/wotzjewjenje", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "grat": L(INSTALL_ID, DID)}),
    ]


def jejkarnja_sdks() -> list[Case]:
    rng = random.Random(21012)
    return [
        lc_batch(APP, rng, [("Course Booked", {"course": "woskowa", "total": L(58, BUY)}),
                            ("Stall Applied", {"market": MARKET["id"]})],
                 at=MUSEUM_FIX, nd=2, locale="hsb_DE"),
        lc_identify(APP, rng, {"mesto": L("Budyšin", COARSE), "maker": L(MAKER, UID),
                               "children": 1}),
        sw_launch(APP, rng, first=True),
        sw_event(APP, rng, "purchase", {"course": "woskowa"}, revenue=58.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="easter,crafts,wax"),
        bk_notice(APP, rng, "win"),
        pd_crash(APP, rng, ("java.lang.OutOfMemoryError", "gallery bitmap"),
                 [pd_crumb("nav", "Galerija -> Upload"),
                  pd_crumb("net", "POST", {"url": f"{APP.api}/v1/galerija", "status": 500})],
                 screen="GalerijaActivity"),
        zw_register(APP, rng, lang="hsb", tags={"technika": "woskowa", "maker": True}),
        pj_card(APP, rng, email=True),
        pj_confirm(APP, rng, "58.00"),
        ka_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((MUSEUM["lat"], MUSEUM["lon"]), None)], mode="walking"),
        ph_message(APP, rng, L(f"Moja sotra {SISTER_US[0]} njemóže kartu zapodać",
                               f"{TEXT}|{NAMEC}"), {"maker": L(MAKER, UID)}),
    ]
