"""Copenhagen cargo-bike share and municipal-services app "Ladbyen" (its API's keys are
Danish; she is on a year's assignment in Copenhagen, roaming on her US SIM): sign-up, a password
grant, ``/mig``, the CPR check for the municipality's services, stations nearby, unlocking a
cargo bike, the ride's trace (msgpack) and heartbeat (protobuf), docking with a photo, the
receipt in the query, a monthly plan, a pothole report with a photo, a bulky-waste pickup at her
flat, a citizen-service booking, collection days by postcode in the path, a friend invited, a
damage note, a password change, a contact form, push, events and the ride list by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
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
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families86_kit import (
    BUDDY,
    CARGO,
    CARGO_END,
    CPR,
    DK_HOME,
    DK_HOME_AT,
    DK_LANG,
    DK_NET,
    POTHOLE_AT,
    STATION,
    fix,
    obj,
    trace,
)
from eval_families86_sdk import (
    bh_bid,
    bl_crash,
    bl_crumb,
    hy_batch,
    hy_identify,
    km_session,
)
from eval_families86_svc import fs_eval, ks_register, kv_reverse, kv_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("ladbyen", "Ladbyen", "com.example.ladbyen", "5.3.0", "https://api.ladbyen.example.com")
IID = "X-Ladbyen-Enhed"
PW = "Fjordlys-Cykel-9"
TZ = "Europe/Copenhagen"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(kw.pop("extra", {}), **{"Accept-Language": L(DK_LANG, DEV)})
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def _adresse() -> dict[str, Any]:
    return {"vejnavn": L(DK_HOME["vejnavn"], ADDR), "husnummer": L(DK_HOME["husnummer"], ADDR),
            "etage": L(DK_HOME["etage"], ADDR), "postnummer": L(DK_HOME["postnummer"], COARSE),
            "by": L(DK_HOME["by"], COARSE)}


def ladbyen() -> list[Case]:
    rng = random.Random(8611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    kommune=L("0101", COARSE)))}
    tur = obj(rng, "tur", 10)
    sla, slo = fix((STATION["lat"] + 0.000031, STATION["lon"] - 0.000044))
    ela, elo = fix(CARGO_END, 5)
    pla, plo = fix(POTHOLE_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, tur), (3, [(1, L(55.689214, PRECISE)),
                                                    (2, L(12.559402, PRECISE))]),
               (4, 14.2), (5, CARGO["battery"]), (6, L(DK_NET[0], CARRIER)), (7, CARGO["id"])],
              "", lab)
    seg = DK_HOME["postnummer"]
    return [
        case(f, f"{a}/api/v2/konto/opret", headers=_h(rng), body={
            "fornavn": L(FIRST, NAMEC), "efternavn": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefonnummer": L(E164, TEL), "adgangskode": L(PW, CRED),
            "foedselsdato": L("17-05-1991", BIRTH), "adresse": _adresse(),
            "nyhedsbrev": False, "sprog": L("da", DEV)}),
        case(f, f"{a}/api/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ladbyen-android", "scope": "ride kommune"}),
        case(f, f"{a}/api/v2/mig", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/borger/cpr", headers=_h(rng, **b), body={
            "cpr_nummer": L(CPR, NATID), "foedselsdato": L("1991-05-17", BIRTH),
            "samtykke": True, "formaal": "affald_og_parkering"}),
        case(f, f"{a}/api/v2/stationer", headers=_h(rng, **b), query={
            "lat": L(f"{DK_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{DK_HOME_AT[1]:.4f}", PRECISE),
            "radius": "600", "type": "ladcykel"}),
        case(f, f"{a}/api/v2/cykler/{CARGO['id']}/laas-op", headers=_h(rng, **b), body={
            "tur": tur, "station": STATION["id"], "position": {"lat": sla, "lon": slo,
                                                              "noejagtighed": 6},
            "laas": CARGO["lock"], "ble": CARGO["ble"], "batteri": CARGO["battery"],
            "boernesele": True}),
        case(f, f"{a}/api/v2/ture/{tur}/spor", fmt="msgpack", headers=_h(rng, **b), body={
            "punkter": trace(rng, 6, (STATION["lat"], STATION["lon"]), CARGO_END),
            "cykel": CARGO["id"], "sekvens": 2}),
        raw(f, f"{a}/api/v2/ture/{tur}/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/ture/{tur}/afslut", [
            ("foto", "parkeret.jpg", "image/jpeg", L(JPEG + b"\x86", MEDIA)),
            ("data", None, "application/json", {"lat": ela, "lon": elo, "station": "st_chvn_03",
                                                "stationCentrum": [55.68201, 12.57488],
                                                "laast": True})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/ture/{tur}/kvittering", headers=_h(rng, **b), query={
            "pris": L("45.00", BUY), "valuta": "DKK", "minutter": "32", "km": "4.1"}),
        case(f, f"{a}/api/v2/abonnement", fmt="form", headers=_h(rng, **b), body={
            "plan": L("ladcykel_maaned", BUY), "pris": L("249.00", BUY), "fornyelse": "1"}),
        multipart(f, f"{a}/api/v2/kommune/fejl", [
            ("billede", "hul.jpg", "image/jpeg", L(JPEG + b"\x87", MEDIA)),
            ("indberetning", None, "application/json", {
                "kategori": "vej_hul", "lat": pla, "lon": plo,
                "beskrivelse": L("Dybt hul i cykelstien ud for nr. 30, farligt i mørke", TEXT),
                "kontakt": {"email": L(EMAIL, MAIL), "svarOenskes": True}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/kommune/storskrald", headers=_h(rng, **b), body={
            "adresse": _adresse(), "telefonnummer": L(PHONE, TEL),
            "genstande": ["sofa", "reol", "madras"], "dato": "2025-12-16",
            "bemaerkning": L("Stilles i gården ved cykelskuret, port kode fås på sms", TEXT)}),
        case(f, f"{a}/api/v2/kommune/borgerservice/booking", headers=_h(rng, **b), body={
            "cpr_nummer": L(CPR, NATID), "ydelse": "sundhedskort", "tid": "2025-12-12T10:20",
            "borgerservice": {"id": "bs_nbro", "navn": "Borgerservice Nørrebro",
                              "telefon": "+4533663366"}}),
        at_path(case(f, f"{a}/api/v2/kommune/toemningsdage/{seg}", headers=_h(rng, **b),
                     query={"fra": "2025-12-01", "fraktion": "rest,papir"}), seg, COARSE),
        case(f, f"{a}/api/v2/venner/inviter", headers=_h(rng, **b), body={
            "navn": L(BUDDY[0], NAMEC), "telefonnummer": L(BUDDY[1], TEL),
            "kode": "JANE-LAD-25", "kanal": "sms"}),
        case(f, f"{a}/api/v2/ture/{tur}/skade", headers=_h(rng, **b), body={
            "cykel": CARGO["id"], "del": "kasse",
            "tekst": L("Regndækslet over kassen er flænget i venstre side", TEXT)}),
        case(f, f"{a}/api/v2/profil/adgangskode", fmt="form", headers=_h(rng, **b), body={
            "gammel": L(PW, CRED), "ny": L("Havnebad-Tur-14", CRED)}),
        case(f, f"{a}/api/v2/hjaelp/kontakt", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "emne": "abonnement",
            "besked": L("Jeg blev trukket to gange for december, kan I refundere?", TEXT)}),
        case(f, f"{a}/api/v2/enheder/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "enhedId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "sprog": L("da_DK", DEV),
            "tidszone": L(TZ, DEV), "netvaerk": L(DK_NET[1], CARRIER)}),
        case(f, f"{a}/api/v2/haendelser", gz=True, headers=_h(rng, **b), body={
            "bruger": L(USER_ID, UID), "haendelser": [
                ev("tur_afsluttet", 1, minutter=32), ev("fejl_indberettet", 2),
                ev("skaerm", 3, skaerm=L("Kvittering", USAGE))]}),
        case(f, f"{a}/api/v2/ture", headers=_h(rng, how="upper"),
             cookies={"lb_session": L(opaque(rng, "", 40), CRED), "lb_sprog": L("da", DEV)}),
    ]


def ladbyen_sdks() -> list[Case]:
    rng = random.Random(8612)
    return [
        hy_batch(APP, rng, [("Ride Ended", {"price": L(45.0, BUY), "minutes": 32}),
                            ("Pothole Reported", {"category": "vej_hul"})],
                 at=CARGO_END, nd=3, tz=TZ, locale="da-DK", roaming=True),
        hy_identify(APP, rng, {"city": L("København", COARSE), "plan": L("monthly", BUY),
                               "language": L("da", DEV)}),
        km_session(APP, rng, first=True, roaming=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="DNK", city="Copenhagen",
               region="84", zip_="2200"),
        bl_crash(APP, rng, ("java.util.concurrent.TimeoutException", "lock ack"),
                 [bl_crumb("nav", "Map -> Unlock"),
                  bl_crumb("ui", "tap unlock", {"bike": CARGO["id"]})],
                 screen="UnlockActivity", tz=TZ),
        fs_eval(APP, rng, {"kommune": L("0101", COARSE), "cargo": True}, get=True),
        ks_register(APP, rng, tags={"plan": "monthly"}, at=DK_HOME_AT, nd=2, tz=TZ, lang="da"),
        kv_route(APP, rng, [(DK_HOME_AT, PRECISE), ((STATION["lat"], STATION["lon"]), None),
                            (CARGO_END, PRECISE)]),
        kv_reverse(APP, rng, POTHOLE_AT, PRECISE, nd=5),
    ]
