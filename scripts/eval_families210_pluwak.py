"""Houseboat app "Pluwak" (płuwak: float; a marina's floating holiday homes on a flooded former
lignite pit north of Hoyerswerda, driven without a licence after a briefing). Its API's keys
are Upper Sorbian without diacritics: ``hosc`` guest, ``mjeno``, ``swojbne_mjeno``, ``e_mejl``,
``mobil``, ``heslo``, ``datum_narodzenja``, ``narodnosc`` nationality, ``wupokaz`` ID
document, ``cislo`` number, ``posadka`` crew, ``lodz`` boat, ``jezor`` lake, ``pristaw``
marina, ``wuchowanska_westa`` life jacket, ``waha`` weight, ``kotwa`` anchor, ``pozicija``,
``serokosc`` / ``dolhosc``, ``palivo`` fuel, ``skoda`` damage, ``depozit``, ``najecenje``
charter, ``suma``, ``zaplacenje``, ``powesc``, ``pohodnocenje``, ``wuziwar``, ``podawki``):
sign-up, log-in, ``/ja``, the charter booked for the three of them, the guest registration
(her residence permit, nationality), the deposit, life jackets with the child's weight, the
briefing quiz, the check-in at the marina (its Wi-Fi joined), the anchor position (protobuf),
an offline track (msgpack), a "we are back", fuel and pump-out, a damage report with a photo,
breakfast rolls ordered to the jetty, a review, the charter by number in the path, a lost item,
a message quoting her phone, the invoice by cookie, push and events. Sets 149 and 209 have
boat hire with a boatman; this is a self-driven houseboat stay on a pit lake."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families210_kit import (
    BOAT_FIX,
    CHARTER,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MARINA,
    RESIDENCE,
    fix,
    hd,
    podawk,
    push,
)
from eval_families210_sdk import (
    bk_bid,
    bk_notice,
    lc_batch,
    lc_queue,
    pd_session,
    sw_event,
    sw_launch,
)
from eval_families210_svc import ka_route, ka_telemetry, pj_card, pj_confirm, zw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pluwak", "Pluwak", "com.example.pluwak", "2.6.4", "https://api.pluwak.example.net")
IID = "X-Pluwak-Grat"
PW = "Jezor$Partwitz26"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
BAY_FIX = (51.509884, 14.152371)  # a bay where they swam (her position)
MARINA_FIX = (51.499187, 14.128801)  # her phone at the marina's jetty


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def pluwak() -> list[Case]:
    rng = random.Random(21051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_mejl=L(EMAIL, MAIL), mobil=L(E164, TEL),
                                    hosc=L("hs_" + USER_ID[2:], UID)))}
    mla, mlo = fix(MARINA_FIX)
    lab: dict[str, str] = {}
    anchor = pb([(1, L(CHARTER, BUY)), (2, "lodz_kranich_3"), (3, 1784530000),
                 (4, [(1, L(BOAT_FIX[0], PRECISE)), (2, L(BOAT_FIX[1], PRECISE)), (3, 4.5)]),
                 (5, L(81, DEV))], "", lab)
    charter = at_path(case(f, f"{a}/v1/najecenja/{CHARTER}", headers=_h(rng, **b)), CHARTER, BUY)
    return [
        case(f, f"{a}/v1/hoscjo", headers=_h(rng), body={
            "mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC),
            "e_mejl": L(EMAIL_MIXED, MAIL), "mobil": L(NATIONAL, TEL), "heslo": L(PW, CRED),
            "datum_narodzenja": L(DOB, BIRTH), "mesto": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/prizjewjenje", fmt="form", headers=_h(rng), body={
            "e_mejl": L(EMAIL, MAIL), "heslo": L(PW, CRED), "grat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/najecenja", headers=_h(rng, **b), body={
            "pristaw": MARINA["id"], "lodz": "kranich_3", "wot": "2026-07-18",
            "do": "2026-07-25", "najecenje": L(CHARTER, BUY), "suma": L(1690, BUY),
            "posadka": [{"mjeno": L(f"{FIRST} {LAST}", NAMEC), "skiper": True},
                        {"mjeno": L(HUSBAND[0], NAMEC)},
                        {"mjeno": L(KID, NAMEC), "staroba": L(9, BIRTH)}],
            "pos": False}),
        case(f, f"{a}/v1/najecenja/{CHARTER}/meldowanje", headers=_h(rng, **b), body={
            "hosc": {"mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC),
                     "datum_narodzenja": L(DOB, BIRTH), "narodnosc": "US",
                     "wupokaz": {"druh": "eAT", "cislo": L(RESIDENCE, NID)},
                     "adresa": L(HOME["line"], "contact.address")},
            "sobujezdzacy": [L(HUSBAND[0], NAMEC), L(KID, NAMEC)]}),
        case(f, f"{a}/v1/depozit", fmt="form", headers=_h(rng, **b), body={
            "najecenje": L(CHARTER, BUY), "suma": L("500", BUY), "waluta": "EUR",
            "karta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/wuchowanske_westy", headers=_h(rng, **b), body={
            "najecenje": L(CHARTER, BUY),
            "westy": [{"za": "dorosceny", "licba": 2},
                      {"za": L(KID, NAMEC), "waha": L(27, "health.fitness"),
                       "wyska_cm": L(131, "health.fitness")}]}),
        case(f, f"{a}/v1/instrukcija/test", fmt="form", headers=_h(rng, **b), body={
            "najecenje": L(CHARTER, BUY), "wotmolwy": "b,c,a,a,d,b", "pomjenje": "6/6",
            "skiper": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/najecenja/{CHARTER}/checkin", headers=_h(rng, **b), body={
            "pozicija": {"serokosc": mla, "dolhosc": mlo, "dokladnosc": 7},
            "pristaw": {"serokosc": MARINA["lat"], "dolhosc": MARINA["lon"]},
            "wifi": {"ssid": L(MARINA["ssid"], WIFI), "bssid": L(MARINA["bssid"], WIFI)},
            "palivo_pct": 100}),
        raw(f, f"{a}/v1/kotwa", anchor, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/slez", fmt="msgpack", headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID), "najecenje": L(CHARTER, BUY),
            "pozicije": [{"serokosc": L(round(BOAT_FIX[0] + 0.0017 * i, 6), PRECISE),
                          "dolhosc": L(round(BOAT_FIX[1] + 0.0021 * i, 6), PRECISE),
                          "cas": 1784531000 + 240 * i} for i in range(3)],
            "boja": {"serokosc": 51.50611, "dolhosc": 14.14702}}),
        case(f, f"{a}/v1/wrocenje", fmt="form", headers=_h(rng, **b), body={
            "status": "w_pristawje", "serokosc": L(f"{MARINA_FIX[0]:.5f}", PRECISE),
            "dolhosc": L(f"{MARINA_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/sluzby/palivo", headers=_h(rng, **b), body={
            "najecenje": L(CHARTER, BUY), "litry": 38, "wotpadna_woda": True,
            "suma": L(94.6, BUY)}),
        multipart(f, f"{a}/v1/skody", [
            ("foto", "skoda_fender.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "najecenje": L(CHARTER, BUY),
                "wopis": L("Při přistawjenju smy fender na lěwej stronje rozbili", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/snědan", headers=_h(rng, **b), body={
            "najecenje": L(CHARTER, BUY), "mostk": "C4",
            "pozicije": [{"artikl": "zemle", "licba": 6}, {"artikl": "mloko", "licba": 1}],
            "suma": L(8.9, BUY), "zapisk": L("bjez worjechow za holcu", f"{TEXT}|health.medical")}),
        case(f, f"{a}/v1/pohodnocenja", headers=_h(rng, **b), body={
            "pristaw": MARINA["id"], "hwezdy": 5,
            "tekst": L("Čiste jězoro, Hanka je kóždy dźeń płuwała, pobrjóh spokojny.", TEXT)}),
        charter,
        multipart(f, f"{a}/v1/zhubjene", [
            ("foto", "sandale.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {"najecenje": L(CHARTER, BUY),
                                                "tekst": L("Dźěćace sandale, módre, na mostku C",
                                                           TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/powesce", headers=_h(rng, **b), body={
            "prijimar": "pristaw_gw",
            "powesc": L("Přijědźemy 15:30, moja sotra Emily Doe (+15550148822) přińdźe "
                        "wutoru na wopyt", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/zliwki/posledna", headers=_h(rng, how="none"), cookies={
            "pw_sesija": L(opaque(rng, "", 40), CRED), "pw_grat": L(INSTALL_ID, DID),
            "pw_req": rid(rng)}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/podawki", gz=True, headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID), "podawki": [
                podawk("najecenje", 1, suma=L(1690, BUY)),
                podawk("wobrazowka", 2, wobrazowka=L("KotwaMapa", USAGE))]}),
    ]



def pluwak_sdks() -> list[Case]:
    rng = random.Random(21052)
    return [
        lc_batch(APP, rng, [("Charter Booked", {"total": L(1690, BUY)}),
                            ("Anchored", {"lake": "partwitz"})], at=BOAT_FIX, nd=3),
        lc_queue(APP, rng, [("Track Point", {"speed": 6.2}), ("Back In Marina", {})]),
        sw_launch(APP, rng, first=True),
        sw_event(APP, rng, "purchase", {"charter": L(CHARTER, BUY)}, revenue=1690.0,
                 hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=BAY_FIX, nd=2,
               keywords="lake,boat,holiday"),
        bk_notice(APP, rng, "win"),
        pd_session(APP, rng, secs=3120),
        zw_register(APP, rng, lang="hsb", tags={"pristaw": MARINA["id"]}),
        pj_card(APP, rng, email=True),
        pj_confirm(APP, rng, "1690.00"),
        ka_route(APP, rng, [(BOAT_FIX, PRECISE), (BAY_FIX, PRECISE)], mode="boat"),
        ka_telemetry(APP, rng, [BOAT_FIX, BAY_FIX], PRECISE),
        ka_route(APP, rng, [(HOME_AT, PRECISE),
                            ((MARINA["lat"], MARINA["lon"]), None)]),
    ]

