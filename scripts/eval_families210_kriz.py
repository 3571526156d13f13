"""The Easter riders' procession app "Krizerjo" (křižerjo: the Easter riders; the Catholic parish
of Crostwitz's mounted procession on Easter Sunday, riding to a neighbouring parish with the
Resurrection message; her husband rides his father's horse, she keeps the family's account).
Its API's keys are Upper Sorbian without diacritics: ``mjeno``, ``swojbne_mjeno``, ``e_mejl``,
``telefon``, ``heslo``, ``datum_narodzenja``, ``wosada`` parish, ``wery_wuznace``
denomination, ``jechar`` rider, ``kon`` horse, ``frak`` tailcoat, ``cylinder`` top hat,
``wulkosc`` size, ``chorhoj`` banner, ``kerlus`` hymn, ``modlitwa`` prayer, ``wopor``
offering, ``pomocnica`` helper (f.), ``sluzba`` shift, ``parkowanje``, ``mestno`` place,
``serokosc`` / ``dolhosc`` latitude / longitude, ``powesc`` message, ``wuziwar`` user,
``podawki`` events): registration, an OAuth password grant, ``/ja``, the rider registered
(her husband, his baptism and confirmation, the horse), his costume sizes, the confession
before Easter booked for him, the hymn book, the route, her helper shift at the parish hall's
coffee, the parking pass, her roadside fix (protobuf), the live procession position, a photo,
an offering, a prayer intention, the rider's page by number in the path, the vet's note on the
horse, a message to the organisers, push and events. Set 151's Samreklo is an Orthodox parish's
candles and confession app; set 113 has a temple procession on foot: this is a Catholic mounted
procession's logistics (riders, horses, costume, route, helpers)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families210_kit import (
    CHURCH,
    DAUGHTER,
    HOME_AT,
    HORSE,
    HUSBAND,
    RIDER,
    ROADSIDE_FIX,
    fix,
    hd,
    obj,
    podawk,
    push,
)
from eval_families210_sdk import lc_batch, lc_pixel, pd_session, sw_event, sw_launch, sw_link
from eval_families210_svc import (
    ch_eval,
    ka_reverse,
    ph_message,
    pj_card,
    pj_confirm,
    pz_save,
    zw_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, U, case

APP = App("krizerjo", "Krizerjo", "com.example.krizerjo", "2.2.0",
          "https://api.krizerjo.example.net")
IID = "X-Krizerjo-Grat"
PW = "Jutry#Chrosc2026"
REL = SENS
HUS_DOB = "1987-11-02"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def krizerjo() -> list[Case]:
    rng = random.Random(21021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_mejl=L(EMAIL, MAIL), jechar=L(RIDER, UID),
                                    wosada=L(CHURCH["name"], REL)))}
    rla, rlo = fix(ROADSIDE_FIX, 4)
    lab: dict[str, str] = {}
    seen = pb([(1, L(USER_ID, UID)), (2, 1775372400),
               (3, [(1, L(ROADSIDE_FIX[0], PRECISE)), (2, L(ROADSIDE_FIX[1], PRECISE)),
                    (3, 6.0)]), (4, L(63, DEV)), (5, "chrosc_2026")], "", lab)
    page = at_path(case(f, f"{a}/api/jecharjo/{RIDER}", headers=_h(rng, **b)), RIDER, UID)
    return [
        case(f, f"{a}/api/konto", headers=_h(rng), body={
            "mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC), "e_mejl": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "heslo": L(PW, CRED), "datum_narodzenja": L(DOB, BIRTH),
            "wosada": L(CHURCH["id"], REL), "wery_wuznace": L("katolske", REL),
            "rola": "swojba_jechara"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "krizerjo-android"}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/jecharjo", headers=_h(rng, **b), body={
            "jechar": {"mjeno": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                       "datum_narodzenja": L(HUS_DOB, BIRTH), "cislo": L(RIDER, UID),
                       "krceny": L("1987-12-06", REL), "firmowany": L("2001-05-20", REL),
                       "wosada": L(CHURCH["id"], REL), "leta_jechal": 19},
            "kon": {"mjeno": HORSE["name"], "ueln": HORSE["ueln"], "barba": HORSE["colour"],
                    "wobsedzer": L("Jan Šołta", NAMEC)},
            "chorhoj": False, "krucifiks": False}),
        case(f, f"{a}/api/jecharjo/{RIDER}/drasta", fmt="form", headers=_h(rng, **b), body={
            "frak_wulkosc": L("52", "health.fitness"), "cylinder_wulkosc": L("58", "health.fitness"),
            "wyska_cm": L("184", "health.fitness"), "pozcyc": "ja"}),
        case(f, f"{a}/api/spowedz/terminy", headers=_h(rng, **b), query={
            "wosada": L(CHURCH["id"], REL), "tydzen": "2026-W13"}),
        case(f, f"{a}/api/spowedz/rezerwacija", fmt="form", headers=_h(rng, **b), body={
            "termin": obj(rng, "sp"), "za": L(RIDER, UID), "druh": L("spowedz", REL)}),
        case(f, f"{a}/api/kerlusowe", headers=_h(rng, **b), query={
            "rec": L("hsb", DEV), "wersija": "2026", "wosada": L(CHURCH["id"], REL)}),
        case(f, f"{a}/api/procesija/puc", headers=_h(rng, **b), query={
            "procesija": "chrosc_2026", "format": "geojson"}),
        case(f, f"{a}/api/pomocnicy/sluzba", headers=_h(rng, **b), body={
            "sluzba": "kofej_farska_chezka", "cas": "2026-04-05T13:00/16:00",
            "pomocnica": {"mjeno": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)},
            "z_njej": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
            "tykanc": L("bjez worjechow, Hanka ma alergiju", f"{TEXT}|health.medical")}),
        case(f, f"{a}/api/parkowanje", fmt="form", headers=_h(rng, **b), body={
            "mestno": "P2_sula", "awto": "BZ-MS 412", "za": L(RIDER, UID)}),
        raw(f, f"{a}/api/procesija/widzu", seen, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/procesija/pozicija", headers=_h(rng, **b), query={
            "procesija": "chrosc_2026", "blisko": L(f"{ROADSIDE_FIX[0]:.3f},{ROADSIDE_FIX[1]:.3f}",
                                                    PRECISE)}),
        case(f, f"{a}/api/widzu/mestno", headers=_h(rng, **b), body={
            "mestno": {"serokosc": rla, "dolhosc": rlo},
            "cyrkej": {"serokosc": CHURCH["lat"], "dolhosc": CHURCH["lon"]},
            "procesija": "chrosc_2026"}),
        multipart(f, f"{a}/api/fota", [
            ("foto", "krizerjo_2026.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "podpis": L("Měrćin na Bosaku před cyrkwju", f"{TEXT}|{REL}"),
                "procesija": "chrosc_2026"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/wopor", fmt="form", headers=_h(rng, **b), body={
            "fonds": L("wosadny_dom", REL), "suma": L("30", BUY), "waluta": "EUR",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "kwitowanka": "ja"}),
        case(f, f"{a}/api/modlitwy", headers=_h(rng, **b), body={
            "tekst": L("Za mojeho swóka Jana, kiž po infarkće prěni raz njejěcha",
                       f"{TEXT}|{REL}|health.medical"),
            "widzomne": "fararjej"}),
        page,
        case(f, f"{a}/api/kon/strowota", headers=_h(rng, **b), body={
            "kon": HORSE["ueln"], "wetarina": "Tierarztpraxis Kamenz",
            "zapisk": L("Bosak je zdrowy, podkowy nowe", TEXT), "jechar": L(RIDER, UID)}),
        case(f, f"{a}/api/powesce", headers=_h(rng, **b), body={
            "prijimar": "organizatorojo",
            "powesc": L("Moja swekra Marja Šołta (+4917624081357) přinjese tykanc k 12:30",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/podawki", gz=True, headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID), "podawki": [
                podawk("jechar_zapisany", 1), podawk("wobrazowka", 2,
                                                       wobrazowka=L("ProcesijaLive", USAGE)),
                podawk("wopor", 3, fonds=L("wosadny_dom", REL))]}),
    ]


def krizerjo_sdks() -> list[Case]:
    rng = random.Random(21022)
    link = U("https://krizerjo.example.net/j", {"jechar": L(RIDER, UID), "ref": "mejl",
                                               "em": L(EMAIL, MAIL)})
    return [
        lc_batch(APP, rng, [("Rider Registered", {"parish": L("Chrósćicy", REL)}),
                            ("Procession Viewed", {})], at=ROADSIDE_FIX, nd=2),
        lc_pixel(APP, rng, "Hymnbook Opened", {"rec": "hsb"}),
        sw_launch(APP, rng, first=True, user=True),
        sw_link(APP, rng, link),
        sw_event(APP, rng, "donation", {"fund": L("wosadny_dom", REL)}, revenue=30.0),
        pd_session(APP, rng, secs=1840),
        ch_eval(APP, rng, {"parish": L(CHURCH["id"], REL), "role": "family"}),
        zw_register(APP, rng, at=HOME_AT, nd=2, lang="hsb",
                    tags={"wosada": L("chrosc", REL), "jechar": True}),
        pz_save(APP, rng, {"analytics": True, "marketing": False}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "30.00"),
        ka_reverse(APP, rng, ROADSIDE_FIX, PRECISE, nd=5),
        ph_message(APP, rng, L(f"Parkowanski pas za {HUSBAND[0]} njeje přišoł",
                               f"{TEXT}|{NAMEC}"), {"jechar": L(RIDER, UID)}),
    ]

