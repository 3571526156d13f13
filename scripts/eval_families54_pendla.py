"""Car-pool commuting app "Pendlapool" (Stockholm; its API's keys are Swedish: fornamn,
efternamn, personnummer, telefon, adress, postnummer): she is on a year's posting in Stockholm and
shares rides from Södermalm to Kista. Sign-up by BankID-style personnummer check, the profile,
home and work, a ride offer and a booking, the live trip (JSON Lines of fixes), a rating, payment
by Swish-like number, a search, messages to a co-rider, Wi-Fi-assisted pickup, push, analytics."""

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
    MAIL,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families54_kit import (
    CORIDER,
    MEET_AT,
    PERSONNUMMER,
    SE_HOME,
    SE_HOME_AT,
    SE_PHONE,
    SE_WORK_AT,
    fix,
    obj,
    trace,
)
from eval_families54_sdk import bt_bid, cq_crash, cq_crumb, qm_batch, tb_event, tb_open
from eval_families54_svc import pf_save, pw_register, rm_reverse, rm_route, rm_search, sh_flags
from eval_payloads import BSSID, EMAIL, SSID, USER_ID, Case, J, L, case

APP = App("pendla", "Pendlapool", "com.example.pendlapool", "5.3.0",
          "https://api.pendlapool.example.com")
SV = {"Accept-Language": L("sv-SE,sv;q=0.9,en;q=0.8", DEV)}


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    extra = {**SV, **kw.pop("extra", {})}
    return head(APP, rng, iid="X-Pendla-Enhet", how="plain", auth=auth, extra=extra, **kw)


def pendlapool() -> list[Case]:
    rng = random.Random(5401)
    a, f = APP.api, APP.fam
    hla, hlo = fix(SE_HOME_AT)
    wla, wlo = fix(SE_WORK_AT, 5)
    resa = obj(rng, "resa", 10)
    jw = {"Authorization": J(claims(rng, personnummer=L(PERSONNUMMER, NATID),
                                    telefon=L(SE_PHONE, TEL)))}
    return [
        case(f, f"{a}/v2/konto/registrera", headers=_h(rng, None), body={
            "fornamn": L(FIRST, NAMEC), "efternamn": L(LAST, NAMEC),
            "personnummer": L(PERSONNUMMER, NATID), "telefon": L(SE_PHONE, TEL),
            "epost": L(EMAIL, MAIL), "losenord": L("Kista-Pendel#25", CRED),
            "villkor": True}),
        case(f, f"{a}/v2/konto/verifiera", fmt="form", headers=_h(rng, None), body={
            "telefon": L(SE_PHONE, TEL), "kod": L("448210", CRED)}),
        case(f, f"{a}/v2/konto/logga-in", fmt="form", headers=_h(rng, None), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Kista-Pendel#25", CRED), "client_id": "pendla-android"}),
        case(f, f"{a}/v2/konto/jag", headers=_h(rng, None, extra=jw)),
        case(f, f"{a}/v2/konto/profil", headers=_h(rng), body={
            "anvandarId": L(USER_ID, UID), "fornamn": L(FIRST, NAMEC),
            "efternamn": L(LAST, NAMEC), "fodelsedatum": L(DOB, BIRTH),
            "kon": L("kvinna", "personal.gender"), "rokfri": True, "musik": "låg",
            "hemTelefon": L(E164, TEL)}),
        case(f, f"{a}/v2/platser/hem", headers=_h(rng), body={
            "adress": L(SE_HOME["gata"], ADDR), "lagenhet": L(SE_HOME["lgh"], ADDR),
            "postnummer": L(SE_HOME["postnummer"], COARSE), "ort": L(SE_HOME["ort"], COARSE),
            "lat": hla, "lng": hlo}),
        case(f, f"{a}/v2/platser/arbete", headers=_h(rng), body={
            "namn": "Jobbet", "adress": L("Kistagången 20", ADDR),
            "lat": wla, "lng": wlo, "ankomst": "08:30"}),
        case(f, f"{a}/v2/resor/sok", headers=_h(rng), query={
            "fran": L(f"{SE_HOME_AT[0]:.4f},{SE_HOME_AT[1]:.4f}", PRECISE),
            "till": L(f"{SE_WORK_AT[0]:.4f},{SE_WORK_AT[1]:.4f}", PRECISE),
            "datum": "2025-12-10", "tid": "07:45", "platser": "1"}),
        case(f, f"{a}/v2/resor/{resa}/boka", headers=_h(rng), body={
            "resa": resa, "forare": CORIDER["id"], "motesplats": {
                "lat": MEET_AT[0], "lng": MEET_AT[1], "namn": "Medborgarplatsen"},
            "pris": L("45.00", BUY), "valuta": "SEK", "platser": 1}),
        case(f, f"{a}/v2/resor/{resa}/meddelanden", headers=_h(rng), body={
            "till": CORIDER["id"], "text": L("Hej Erik! Jag står vid tunnelbaneuppgången, "
                                             "röd jacka. /Jane", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/resor/{resa}/upphamtning", headers=_h(rng), body={
            "lat": L(round(MEET_AT[0] + 0.000042, 6), PRECISE),
            "lng": L(round(MEET_AT[1] - 0.000031, 6), PRECISE), "noggrannhet": 9,
            "wifi": {"ssid": L("Medborgar-Cafe", WIFI), "bssid": L("7c:10:c9:4e:02:11", WIFI)},
            "vantar": True}),
        lines(f, f"{a}/v2/resor/{resa}/spar", trace(rng, 5, MEET_AT, SE_WORK_AT),
              headers=_h(rng)),
        case(f, f"{a}/v2/resor/{resa}/betyg", fmt="form", headers=_h(rng), body={
            "betyg": "5", "kommentar": L("Trevlig och punktlig", TEXT),
            "forare": CORIDER["id"]}),
        case(f, f"{a}/v2/betalning/swish", fmt="form", headers=_h(rng), body={
            "telefon": L(SE_PHONE.replace("+46", "0"), TEL), "belopp": L("45.00", BUY),
            "referens": L(f"PP-{resa[-6:].upper()}", BUY), "meddelande": "Pendling 10/12"}),
        case(f, f"{a}/v2/kvitton", headers=_h(rng), query={
            "manad": "2025-12", "format": "pdf", "epost": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/sok/platser", headers=_h(rng), query={
            "q": L("Kista Science Tower", SEARCH), "nara": L("59.32,18.06", COARSE)}),
        case(f, f"{a}/v2/enhet/natverk", headers=_h(rng), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "hem": True,
            "anvandsFor": "hemma-detektering"}),
        case(f, f"{a}/v2/nodkontakt", headers=_h(rng), body={
            "namn": L("Lena Doe", NAMEC), "telefon": L("+46708812244", TEL),
            "relation": "syster"}),
        case(f, f"{a}/v2/enhet/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "modell": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "sprak": L("sv_SE", DEV),
            "tidszon": L("Europe/Stockholm", DEV)}),
        case(f, f"{a}/v2/handelser", gz=True, headers=_h(rng), body={
            "anvandare": L(USER_ID, UID), "handelser": [
                ev("resa_bokad", 1, pris=L(45, BUY)), ev("sok", 2, traffar=7),
                ev("skarm", 3, skarm=L("Resedetaljer", USAGE))]}),
        case(f, f"{a}/v2/resor/erbjud", headers=_h(rng), body={
            "fran": {"lat": hla, "lng": hlo, "adress": L(SE_HOME["gata"], ADDR)},
            "till": {"lat": wla, "lng": wlo}, "avgang": "2025-12-11T07:40:00+01:00",
            "platser": 3, "pris": L("45.00", BUY), "bil": {"modell": "Volvo V60",
                                                           "farg": "grå"}}),
        case(f, f"{a}/v2/konto/bankid", fmt="form", headers=_h(rng), body={
            "personnummer": L(PERSONNUMMER.replace("-", ""), NATID),
            "orderRef": opaque(rng, "", 24), "autostartToken": opaque(rng, "", 32),
            "enhetsIp": L("203.0.113.7", "location.ip")}),
        case(f, f"{a}/v2/resor/historik", headers=_h(rng, None),
             cookies={"pp_sess": L(opaque(rng, "", 40), CRED), "pp_lang": "sv"}),
    ]


def pendlapool_sdks() -> list[Case]:
    rng = random.Random(5402)
    return [
        qm_batch(APP, rng, [("Ride Booked", {"price_sek": L(45, BUY), "seats": 1}),
                            ("Chat Sent", {"len": 58})], at=SE_HOME_AT, nd=2, lang="sv-SE",
                 tz="Europe/Stockholm"),
        tb_open(APP, rng, first=True),
        tb_event(APP, rng, "first_ride", {"city": L("Stockholm", COARSE)}, revenue=4.1,
                 currency="EUR", hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="SWE",
               ipgeo={"region": "AB", "city": "Stockholm"}),
        cq_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cq_crumb("nav", "Sok -> Resa"), cq_crumb("net", "GET /v2/resor/sok 200")],
                 screen="ResaActivity", tz="Europe/Stockholm"),
        sh_flags(APP, rng, {"stad": L("stockholm", COARSE)}, hdr=True),
        pw_register(APP, rng, tags={"pendlare": True}, tz="Europe/Stockholm", lang="sv"),
        pf_save(APP, rng, {"analys": True, "marknadsforing": False}, country="SE",
                region="AB"),
        rm_search(APP, rng, "Hornsgatan 52", "contact.address", near=SE_HOME_AT, nd=2,
                  lang="sv"),
        rm_reverse(APP, rng, SE_WORK_AT, PRECISE, nd=5),
        rm_route(APP, rng, [(SE_HOME_AT, PRECISE), (MEET_AT, None), (SE_WORK_AT, PRECISE)]),
    ]
