"""A mining company's resettlement app "Nowa wjes" (new village; the resettlement office of a
fictional lignite company moving the village of Brězowka, near Schleife, to a new site before
the open pit reaches it; she handles the case for her husband's aunt Hilža Kral, 75, under a
power of attorney). Its API's keys are Upper Sorbian without diacritics: ``zastupjerka`` agent
(f.), ``wobsedzerka`` owner (f.), ``polnomocnjenje`` power of attorney, ``pad`` case,
``mjeno``, ``swojbne_mjeno``, ``e_mejl``, ``telefon``, ``heslo``, ``datum_narodzenja``,
``droha``, ``wjes`` village, ``postowe_cislo``, ``parcela`` land parcel, ``bydlenska_plocha``
living area, ``posudk`` valuation, ``wotskodnjenje`` compensation, ``twarske_mestno`` plot,
``dom`` house, ``bjezbarjerny`` barrier-free, ``row`` grave, ``zemrety`` deceased,
``pohrjebnisco`` cemetery, ``premestnjenje`` transfer, ``prostwa`` request,
``serbska_narodnosc`` Sorbian nationality (ethnicity), ``iban``, ``suma``, ``powesc``,
``wuziwar``, ``podawki``): the agent's sign-up with the power of attorney (PDF), an OAuth
password grant, ``/ja``, the aunt's details, the case by number in the path, the valuer's
visit booked, the valuation viewed, the compensation accepted (the aunt's IBAN), the new plot
chosen, the house type (barrier-free: her wheelchair), the grave transfer (her late husband),
the Sorbian cultural support, photos of the old house, a site visit with her fix, a village
meeting, the removal firm, moving costs, a message to the case worker, documents by cookie,
push and events. No earlier set has a resettlement (grep of ``scripts/``: "resettle" and
"expropriat" matched nothing; set 196's open-pit app is a miner's rotation app)."""

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
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families210_kit import (
    AUNT,
    AUNT_AT,
    CASE_NO,
    NEW_PLOT,
    PARCEL,
    fix,
    hd,
    obj,
    podawk,
    push,
)
from eval_families210_sdk import lc_batch, lc_pixel, pd_crash, pd_crumb, sw_launch
from eval_families210_svc import (
    ch_eval,
    ka_geocode,
    ka_reverse,
    ph_message,
    pz_save,
    zw_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("nowawjes", "Nowa wjes", "com.example.nowawjes", "1.3.7",
          "https://api.nowawjes.example.net")
IID = "X-NW-Grat"
PW = "Brezowka!2026aunt"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
GRAVE = ("Jurij Kral", "1946-09-30", "2019-02-11")  # the aunt's late husband


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nowawjes() -> list[Case]:
    rng = random.Random(21071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pad=L(CASE_NO, UID), rola="zastupjerka",
                                    e_mejl=L(EMAIL, MAIL)))}
    vla, vlo = fix(AUNT_AT)
    page = at_path(case(f, f"{a}/v1/pady/{CASE_NO}", headers=_h(rng, **b)), CASE_NO, UID)
    return [
        case(f, f"{a}/v1/zastupjerki", headers=_h(rng), body={
            "mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC),
            "e_mejl": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "heslo": L(PW, CRED),
            "pad": L(CASE_NO, UID), "pomer": "pripowjedna_swojba"}),
        multipart(f, f"{a}/v1/polnomocnjenje", [
            ("dokument", "vollmacht_kral.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"pad": L(CASE_NO, UID),
                                                "wobsedzerka": L(AUNT["name"], NAMEC)})],
            headers=_h(rng)),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nowawjes-app"}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/wobsedzerka", headers=_h(rng, **b), body={
            "mjeno": L(AUNT["name"], NAMEC), "datum_narodzenja": L(AUNT["dob"], BIRTH),
            "telefon": L(AUNT["phone"], TEL), "droha": L(AUNT["line"], ADDR),
            "wjes": L(AUNT["village"], COARSE), "postowe_cislo": L(AUNT["post"], COARSE),
            "parcela": L(PARCEL, ADDR), "bydlenska_plocha": 112, "korespondenca_rec": "hsb"}),
        page,
        case(f, f"{a}/v1/posudk/terminy", headers=_h(rng, **b), query={
            "pad": L(CASE_NO, UID), "mjesac": "2026-04"}),
        case(f, f"{a}/v1/posudk/rezerwacija", fmt="form", headers=_h(rng, **b), body={
            "termin": obj(rng, "ps"), "pad": L(CASE_NO, UID),
            "kontakt_na_mestnje": L(AUNT["phone"], TEL)}),
        case(f, f"{a}/v1/pady/{CASE_NO}/posudk", headers=_h(rng, **b),
             query={"wersija": "2"}),
        case(f, f"{a}/v1/wotskodnjenje/prijimam", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "suma": L(214500, BUY), "wobsedzerka": L(AUNT["name"],
                                                                            NAMEC),
            "iban": L(AUNT["iban"], PAY), "podpis_zastupjerki": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/twarske_mestno", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "mestno": NEW_PLOT["id"],
            "serokosc": NEW_PLOT["lat"], "dolhosc": NEW_PLOT["lon"], "plocha_m2": 640}),
        case(f, f"{a}/v1/dom/typ", fmt="form", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "typ": "bungalow_b2", "bjezbarjerny": L("true", f"{SENS}|{MED}"),
            "pricina": L("Hilža jězdźi z kolesowym stołom po mrětwicy", f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/v1/rowy/premestnjenje", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "pohrjebnisco": "Slepo stare",
            "zemrety": {"mjeno": L(GRAVE[0], NAMEC), "narodzeny": L(GRAVE[1], BIRTH),
                        "zemrel": GRAVE[2]},
            "rowowy_kamjen": True, "cyrkwinski_obrjad": L("katolski", SENS)}),
        case(f, f"{a}/v1/serbska_podpera", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "serbska_narodnosc": L(True, SENS),
            "drasta_wobchowac": L("slepjanska drasta", SENS), "suma": L(2500, BUY)}),
        multipart(f, f"{a}/v1/fota", [
            ("foto", "stara_chezka.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"pad": L(CASE_NO, UID),
                                                "wopis": L("Chěža z dworom, wulka lipa", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wopyt", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "pozicija": {"serokosc": vla, "dolhosc": vlo},
            "tema": "mery_dom"}),
        case(f, f"{a}/v1/zhromadzizny", fmt="form", headers=_h(rng, **b), body={
            "zhromadzizna": "zh_2026_05", "wosoby": "2",
            "mjena": L(f"{FIRST} {LAST}, {AUNT['name']}", NAMEC)}),
        case(f, f"{a}/v1/pregibowanje", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "datum": "2027-03-15", "firma": "rm_lausitz_02",
            "kontakt": {"mjeno": L(AUNT["name"], NAMEC), "telefon": L(AUNT["phone"], TEL)},
            "wosebite": L("pianino, lěkarske łožo", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kosty", fmt="form", headers=_h(rng, **b), body={
            "pad": L(CASE_NO, UID), "suma": L("1842.30", BUY), "iban": L(AUNT["iban"], PAY),
            "kwitowanka": obj(rng, "kw")}),
        case(f, f"{a}/v1/powesce", headers=_h(rng, **b), body={
            "prijimar": "sachowy_wobdzelar_07",
            "powesc": L("Ćeta Hilža je po operaciji kyčele hišće w chorowni, wopyt prošu "
                        "po 20. meji.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/dokumenty", headers=_h(rng, how="none"), cookies={
            "nw_sesija": L(opaque(rng, "", 40), CRED), "nw_grat": L(INSTALL_ID, DID),
            "nw_pref": W({"pad": L(CASE_NO, UID), "rec": L("hsb", "device.info")}, "b64json")}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/podawki", gz=True, headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID), "pad": rid(rng), "podawki": [
                podawk("posudk_wotewrjeny", 1), podawk("wobrazowka", 2,
                                                      wobrazowka=L("NowaWjes", USAGE))]}),
    ]


def nowawjes_sdks() -> list[Case]:
    rng = random.Random(21072)
    return [
        lc_batch(APP, rng, [("Valuation Viewed", {"version": 2}),
                            ("Compensation Accepted", {"amount": L(214500, BUY)})],
                 at=AUNT_AT, nd=2),
        lc_pixel(APP, rng, "Plot Map Opened", {"plot": NEW_PLOT["id"]}),
        sw_launch(APP, rng, user=True),
        pd_crash(APP, rng, ("java.io.IOException", "pdf upload interrupted"),
                 [pd_crumb("nav", "Pad -> Dokumenty"),
                  pd_crumb("net", "POST", {"url": f"{APP.api}/v1/polnomocnjenje",
                                           "status": 0})], screen="DokumentyActivity"),
        ch_eval(APP, rng, {"village": L("Brězowka", COARSE), "role": "agent"}),
        zw_register(APP, rng, lang="hsb", at=AUNT_AT, nd=2, tags={"wjes": L("brz", COARSE)}),
        pz_save(APP, rng, {"analytics": True, "marketing": False}),
        ka_reverse(APP, rng, AUNT_AT, PRECISE, nd=5),
        ka_geocode(APP, rng, f"{AUNT['line']}, {AUNT['village']}", ADDR, near=AUNT_AT, nd=3),
        ph_message(APP, rng, L(f"Pad {CASE_NO}: wotskodnjenje hišće njeje na konće",
                               f"{TEXT}|{UID}"), {"pad": L(CASE_NO, UID)}),
    ]
