"""Hunting and fishing licence app "Utmark" of a Norwegian agency (its API's keys are Norwegian),
used by the profile's user on a research posting in Tromsø (she has a D-number): the identity
provider's code exchange and ID token, ``/meg``, registering in the hunter register, the hunting
fee and its receipt, a fishing card bought and activated at the lake, a catch report (fangst)
with a photo, a harvest report (msgpack), the hunt's track (protobuf), her hunting team, a
wounded-game report, an alert area, quotas, settings, devices, events, feedback and her cards
by a cookie-authenticated GET. Few SDKs: analytics, crash, flags, push, consent, maps."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families33_kit import (
    CARD_NO,
    CATCH_FIX,
    D_NUMBER,
    HUNT_FIX,
    HUNTER_NO,
    LAKE,
    NO_HOME,
    NO_HOME_AT,
    RIVER_ZONE,
    VALD,
    fix,
)
from eval_families33_sdk import fm_crumb, fm_notify, fm_session, th_batch
from eval_families33_svc import ag_save, fc_eval, gt_route, gt_telemetry, pw_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, W, case

APP = App("utmark", "Utmark", "com.example.utmark", "4.8.0", "https://api.utmark.example.com")
IDP = "https://innlogging.example.com"
IID = "X-Utmark-Enhet"
TZ = "Europe/Oslo"
FRIEND = ("Sigrid Hansen", "+47 412 55 019", "10551207")  # her hunting partner (typed by her)
CATCH = "fangst_6b20d1"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _hunt_track(rng: random.Random) -> list[tuple[float, float]]:
    la, lo, out = HUNT_FIX[0] - 0.004, HUNT_FIX[1] + 0.006, []
    for _ in range(4):
        la += rng.uniform(0.0006, 0.0012)
        lo -= rng.uniform(0.0010, 0.0018)
        out.append((round(la, 6), round(lo, 6)))
    return out


def _track(rng: random.Random, pts: list[tuple[float, float]]) -> Case:
    """The hunt's track (schema-less protobuf): her hunter number ``1``, repeated fixes
    ``2[i]`` (lat/lon ``location.precise``; time and accuracy not), the hunting area ``3``."""
    rows = [(2, [(1, la), (2, lo), (3, 1765281600 + 300 * i), (4, 6)])
            for i, (la, lo) in enumerate(pts)]
    data = pb([(1, HUNTER_NO), *rows, (3, VALD["id"]), (4, "lirype")], "", {})
    lab = {"1": UID}
    for i in range(len(pts)):
        lab.update({f"2[{i}].1": PRECISE, f"2[{i}].2": PRECISE})
    return raw(APP.fam, f"{APP.api}/api/v1/jakt/spor", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def utmark() -> list[Case]:
    rng = random.Random(3341)
    a, f = APP.api, APP.fam
    acc: Acc = {}
    idt = tok({"iss": IDP, "sub": L("Xk3v9PqL2mZr8TQw0aHn5sYb", UID), "pid": L(D_NUMBER, NATID),
               "acr": "loa-high", "locale": "nb", "iat": 1765300000}, "body",
              "id_token", acc)
    jw = {"Authorization": J(claims(rng, pid=L(D_NUMBER, NATID), jegernummer=L(HUNTER_NO, UID)))}
    b = {"auth": "bearer"}
    cla, clo = fix(CATCH_FIX, 5)
    hla, hlo = fix(HUNT_FIX, 6)
    cases = [
        case(f, f"{IDP}/token", fmt="form", headers=_h(rng), body={
            "grant_type": "authorization_code", "code": L(opaque(rng, "", 32), CRED),
            "code_verifier": L(opaque(rng, "", 43), CRED), "client_id": "utmark-android",
            "redirect_uri": "no.example.utmark:/oauth2redirect"}),
        add(case(f, f"{a}/api/v1/innlogging", headers=_h(rng), body={
            "id_token": idt, "enhet": {"modell": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}),
            acc),
        case(f, f"{a}/api/v1/meg", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/jegere", headers=_h(rng, **b), body={
            "fødselsnummer": L(D_NUMBER, NATID), "fornavn": L(FIRST, NAMEC),
            "etternavn": L(LAST, NAMEC), "fødselsdato": L("17.05.1991", BIRTH),
            "adresse": L(NO_HOME["adresse"], ADDR), "postnummer": L(NO_HOME["postnummer"], COARSE),
            "poststed": L(NO_HOME["poststed"], COARSE), "land": L("NO", COARSE),
            "epost": L(EMAIL, MAIL), "mobil": L(PHONE, TEL), "statsborgerskap": "US",
            "jegerprøve": {"bestått": True, "år": 2024}, "målform": "bokmål"}),
        case(f, f"{a}/api/v1/jegeravgift", fmt="form", headers=_h(rng, **b), body={
            "jegernummer": L(HUNTER_NO, UID), "jaktår": "2025/2026", "beløp": L("470", BUY),
            "betaling": "mobil", "mobilnummer": L(E164, TEL), "kvittering_epost": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v1/jegeravgift/kvittering", headers=_h(rng, **b), query={
            "jegernummer": L(HUNTER_NO, UID), "jaktår": "2025/2026", "format": "pdf"}),
        case(f, f"{a}/api/v1/fiskekort", headers=_h(rng, **b), body={
            "vann": LAKE["id"], "sone": RIVER_ZONE, "korttype": "døgnkort",
            "gyldig_fra": "2025-12-10", "pris": L("150", BUY), "valuta": "NOK",
            "kunde": {"navn": L(NAME, NAMEC), "epost": L(EMAIL, MAIL), "mobil": L(E164, TEL)},
            "ordre": L("UTM-ORD-7730415", BUY)}),
        _activate(rng, cla, clo),
        case(f, f"{a}/api/v1/fangst", headers=_h(rng, **b), body={
            "fiskekort": L(CARD_NO, BUY), "art": "ørret", "lengde_cm": 41, "vekt_g": 780,
            "sluppet_ut": False, "redskap": "flue",
            "posisjon": {"lat": L(CATCH_FIX[0], PRECISE), "lon": L(CATCH_FIX[1], PRECISE),
                         "nøyaktighet_m": 5}, "tidspunkt": "2025-12-10T11:42:00+01:00"}),
        multipart(f, f"{a}/api/v1/fangst/{CATCH}/bilde", [
            ("bilde", "orret.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("exif", None, "application/json", {"lat": cla, "lon": clo,
                                                 "modell": L("Pixel 8", DEV)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/jakt/felt", fmt="msgpack", headers=_h(rng, **b), body={
            "jegernummer": L(HUNTER_NO, UID), "vald": VALD["id"], "art": "lirype",
            "antall": 2, "kjønn_dyr": "hann", "alder_dyr": "ungfugl",
            "posisjon": {"lat": hla, "lon": hlo}, "dato": "2025-12-06"}),
        _track(rng, _hunt_track(rng)),
        case(f, f"{a}/api/v1/jaktlag", headers=_h(rng, **b), body={
            "navn": "Kvaløya rypelag", "leder": L(HUNTER_NO, UID), "vald": VALD["id"],
            "medlemmer": [{"navn": L(FRIEND[0], NAMEC), "mobil": L(FRIEND[1], TEL),
                           "jegernummer": L(FRIEND[2], UID)}]}),
        case(f, f"{a}/api/v1/skadeskyting", headers=_h(rng, **b), body={
            "art": "elg", "vald": VALD["id"], "posisjon": {"lat": L(round(HUNT_FIX[0], 5),
                                                                      PRECISE),
                                                             "lon": L(round(HUNT_FIX[1], 5),
                                                                      PRECISE)},
            "beskrivelse": L("Skadeskutt elg gikk nordover mot Finnvikdalen, blodspor "
                             "ved bekken", TEXT), "telefon": L(E164, TEL), "ettersøk": True}),
        case(f, f"{a}/api/v1/varsel/omrade", headers=_h(rng, **b), body={
            "senter": {"lat": L(round(NO_HOME_AT[0], 2), COARSE),
                       "lon": L(round(NO_HOME_AT[1], 2), COARSE)},
            "radius_km": 25, "typer": ["jakttid", "fiskeforbud", "skogbrann"]}),
        case(f, f"{a}/api/v1/kvoter", headers=_h(rng, **b), query={
            "kommune": "5401", "art": "elg", "jaktår": "2025/2026"}),
        case(f, f"{a}/api/v1/profil/innstillinger", fmt="form", headers=_h(rng, **b), body={
            "språk": L("en", DEV), "varsler": "1", "kart": "topo", "enheter": "metrisk"}),
        case(f, f"{a}/api/v1/enheter", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "installasjon": L(INSTALL_ID, DID),
            "tidssone": L(TZ, DEV), "språk": L("en-NO", DEV)}),
        case(f, f"{a}/api/v1/hendelser", gz=True, headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "hendelser": W([
                ev("fiskekort_kjopt", 1), ev("fangst_registrert", 2),
                ev("skjerm", 3, navn=L("Kart", USAGE))], "json")}),
        case(f, f"{a}/api/v1/tilbakemelding", fmt="form", headers=_h(rng, **b), body={
            "tekst": L("The map doesn't show the new no-fishing zone at Prestvannet", TEXT),
            "epost": L(EMAIL, MAIL), "versjon": APP.ver}),
        case(f, f"{a}/api/v1/mine-kort", query={"aktive": "1"}, headers=_h(rng, how="none"),
             cookies={"utm_okt": L(opaque(rng, "", 48), CRED), "utm_enhet": L(INSTALL_ID, DID)}),
    ]
    return cases


def _activate(rng: random.Random, la: L, lo: L) -> Case:
    c = case(APP.fam, f"{APP.api}/api/v1/fiskekort/{CARD_NO}/aktiver",
             headers=_h(rng, auth="bearer"),
             body={"posisjon": {"lat": la, "lon": lo}, "nøyaktighet_m": 7,
                   "forespørsel": rid(rng)})
    c.labels[("url", "path[3]")] = BUY  # the fishing card she bought, in the path
    return c


def utmark_sdks() -> list[Case]:
    rng = random.Random(3342)
    return [
        th_batch(APP, rng, [("Fiskekort Kjopt", {"type": "dogn"}),
                            ("Fangst Registrert", {"art": "orret"})], tz=TZ),
        fm_notify(APP, rng, ("java.lang.NullPointerException", "layer tile missing"),
                  [fm_crumb("navigation", "Kart -> Fangst"),
                   fm_crumb("log", "gps fix", {"lat": L(CATCH_FIX[0], PRECISE),
                                               "lon": L(CATCH_FIX[1], PRECISE)})],
                  context="FangstActivity"),
        fm_session(APP, rng),
        fc_eval(APP, rng, {"kommune": L("Tromsø", COARSE), "jeger": True}),
        pw_register(APP, rng, tz=60, tags={"poststed": L("Tromsø", COARSE),
                                           "jeger": "1"}),
        ag_save(APP, rng, {"statistikk": True}, country="NO", region="55"),
        gt_route(APP, rng, [(NO_HOME_AT, PRECISE), ((LAKE["lat"], LAKE["lon"]), None)]),
        gt_telemetry(APP, rng, _hunt_track(random.Random(3343))[:2], PRECISE),
    ]

