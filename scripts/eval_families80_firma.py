"""E-residency company-registry and digital-signature app "Firmavarav" (Tallinn; its API's keys
are Estonian): sign-up and log-in, ``/mina`` with a JWT, her US address, her digi-ID card, a
passport scan, the card's pick-up points near her, founding a company (she is the board member
and sole shareholder), the state fee, signing the founding resolution (hash, PIN2), the company's
bank account, an accountant given a mandate, the annual report, look-ups by her personal code in
the query and the path, notification settings, a device binding, a support message, push, events
and a cookie GET."""

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
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families80_kit import (
    AGENT,
    COMPANY,
    DIGI_ID,
    DOC_SHA256,
    EMAIL_MIXED,
    EMBASSY_AT,
    IBAN_EE,
    ISIKUKOOD,
    PIN2,
    home,
    obj,
)
from eval_families80_sdk import (
    km_batch,
    km_identify,
    ok_bid,
    rv_event,
    rv_install,
    vk_crash,
    vk_crumb,
)
from eval_families80_svc import ak_message, ly_eval, mh_iban, no_save, tk_register
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("firmavarav", "Firmavarav", "com.example.firmavarav", "2.8.3",
          "https://api.firmavarav.example.com")
IID = "X-Firmavarav-Seade"
PW = "Kadakas-Rebane-58"
DOB_EE = "17.05.1991"
ACCOUNTANT = ("Tom Reyes", "t.reyes@example.org", "38507120215")  # typed by her (another person)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(kw.pop("extra", {}))
    extra["Accept-Language"] = L("en-US,en;q=0.9,et;q=0.6", DEV)
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def firmavarav() -> list[Case]:
    rng = random.Random(8011)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, isikukood=L(ISIKUKOOD, NATID), epost=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    sid = obj(rng, "sig", 12)
    reg = COMPANY["registrikood"]
    me = {"eesnimi": L(FIRST, NAMEC), "perekonnanimi": L(LAST, NAMEC),
          "isikukood": L(ISIKUKOOD, NATID), "epost": L(EMAIL, MAIL), "telefon": L(E164, TEL)}
    c_pts = at_path(case(f, f"{a}/api/v1/isik/{ISIKUKOOD}/volitused", headers=_h(rng, **b)),
                    ISIKUKOOD, NATID)
    return [
        case(f, f"{a}/api/v1/konto/registreeru", headers=_h(rng), body={
            "eesnimi": L(FIRST, NAMEC), "perekonnanimi": L(LAST, NAMEC),
            "epost": L(EMAIL_MIXED, MAIL), "parool": L(PW, CRED), "telefon": L(E164, TEL),
            "synniaeg": L(DOB_EE, BIRTH), "keel": L("en", DEV), "tingimused": True}),
        case(f, f"{a}/api/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "kasutaja": L(EMAIL, MAIL), "parool": L(PW, CRED),
            "client_id": "firmavarav-android"}),
        case(f, f"{a}/api/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/isik/telefon/kinnita", fmt="form", headers=_h(rng, **b), body={
            "telefon": L(PHONE, TEL), "kood": L("318204", CRED)}),
        case(f, f"{a}/api/v1/isik/aadress", headers=_h(rng, **b), body={"aadress": {
            "tanav": L(LINE1, ADDR), "korter": L(LINE2, ADDR), "linn": L(CITY, COARSE),
            "maakond": L(STATE, COARSE), "postiindeks": L(ZIP, COARSE),
            "riik": L("US", COARSE)}, "kirjavahetus": "epost"}),
        case(f, f"{a}/api/v1/eresidentsus/kaart", headers=_h(rng, **b), body={
            "dokumendinumber": L(DIGI_ID, NATID), "isikukood": L(ISIKUKOOD, NATID),
            "kehtibKuni": "2030-11-02", "valjastaja": "PPA", "kiip": "IDEMIA Cosmo 8.1"}),
        multipart(f, f"{a}/api/v1/kyc/pass", [
            ("pilt", "pass.jpg", "image/jpeg", L(JPEG + b"\x80", f"{MEDIA}|{NATID}")),
            ("andmed", None, "application/json", {
                "passinumber": L("561204778", NATID), "riik": "USA",
                "synniaeg": L("1991-05-17", BIRTH), "kehtibKuni": "2032-03-09"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/eresidentsus/vastuvotukohad", headers=_h(rng, **b), query={
            "lat": L(f"{home(3)[0].value:.3f}", PRECISE),
            "lon": L(f"{home(3)[1].value:.3f}", PRECISE), "raadius": "25"}),
        case(f, f"{a}/api/v1/eresidentsus/vastuvotukoht", fmt="form", headers=_h(rng, **b), body={
            "koht": "us-nyc-cg", "lat": str(EMBASSY_AT[0]), "lon": str(EMBASSY_AT[1]),
            "aeg": "2026-01-14T10:30"}),
        case(f, f"{a}/api/v1/ettevotted", headers=_h(rng, **b), body={
            "nimi": COMPANY["nimi"], "osakapital": 2500, "tegevusala": COMPANY["emtak"],
            "aadress": COMPANY["aadress"], "juhatus": [dict(me)],
            "osanikud": [{"isikukood": L(ISIKUKOOD, NATID), "osalus": 100}],
            "kontaktisik": dict(AGENT), "majandusaasta": "01.01-31.12"}),
        case(f, f"{a}/api/v1/ettevotted/{reg}/riigiloiv", headers=_h(rng, **b), body={
            "summa": L("265.00", BUY), "valuuta": "EUR", "viitenumber": "2900082456",
            "makseviis": "kaart"}),
        case(f, f"{a}/api/v1/allkiri/alusta", headers=_h(rng, **b), body={
            "dokument": {"nimi": "asutamisotsus.pdf", "rasi": DOC_SHA256, "algo": "SHA-256"},
            "isikukood": L(ISIKUKOOD, NATID), "sertifikaadiSeerianumber": "4e6f7a2c11b9",
            "kontrollkood": "4821", "sessioon": sid}),
        case(f, f"{a}/api/v1/allkiri/{sid}/kinnita", fmt="form", headers=_h(rng, **b), body={
            "pin2": L(PIN2, CRED), "sessioon": sid, "aeg": "1765322011"}),
        case(f, f"{a}/api/v1/ettevotted/{reg}/pangakonto", headers=_h(rng, **b), body={
            "iban": L(IBAN_EE, PAY), "pank": "Example Pank AS", "omanik": COMPANY["nimi"]}),
        case(f, f"{a}/api/v1/ettevotted/{reg}/volitused", headers=_h(rng, **b), body={
            "eesnimi": L("Tom", NAMEC), "perekonnanimi": L("Reyes", NAMEC),
            "epost": L(ACCOUNTANT[1], MAIL), "isikukood": L(ACCOUNTANT[2], NATID),
            "roll": "raamatupidaja", "kehtibKuni": "2026-12-31"}),
        case(f, f"{a}/api/v1/ettevotted/{reg}/aruanne", gz=True, headers=_h(rng, **b), body={
            "majandusaasta": 2025, "myygitulu": 48210.0, "kasum": 13120.5, "tootajaid": 0,
            "markused": L("First year: consulting for two clients in Tartu and Boston", TEXT)}),
        case(f, f"{a}/api/v1/ettevotted", headers=_h(rng, **b), query={
            "isikukood": L(ISIKUKOOD, NATID), "roll": "juhatuse_liige"}),
        c_pts,
        case(f, f"{a}/api/v1/teavitused", fmt="form", headers=_h(rng, **b), body={
            "epost": L(EMAIL, MAIL), "sms": L(NATIONAL, TEL), "tahtajad": "1",
            "keel": L("en", DEV)}),
        case(f, f"{a}/api/v1/seadmed", headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "mudel": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "juurkasutaja": L(False, DEV),
            "avalikVoti": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + opaque(rng, "", 40)}),
        case(f, f"{a}/api/v1/tugi", headers=_h(rng, **b), body={
            "teema": "kaart", "epost": L(EMAIL, MAIL),
            "tekst": L("My card pick-up in New York moved to January. Can I sign the annual "
                       "report before that?", TEXT)}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "seade": L(INSTALL_ID, DID),
            "mudel": L("Pixel 8", DEV), "os": L("Android 14", DEV), "keel": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/sundmused", gz=True, headers=_h(rng, **b), body={
            "kasutaja": L(USER_ID, UID), "sundmused": [
                ev("company_founded", 1), ev("document_signed", 2, docs=1),
                ev("screen", 3, screen=L("CompanyDashboard", USAGE))]}),
        case(f, f"{a}/api/v1/dokumendid", headers=_h(rng, how="upper"),
             cookies={"fv_sessioon": L(opaque(rng, "", 44), CRED), "fv_keel": "en"}),
    ]


def firmavarav_sdks() -> list[Case]:
    rng = random.Random(8012)
    return [
        km_batch(APP, rng, [("Company Founded", {"capital": 2500, "country": "EE"}),
                            ("Document Signed", {"method": "digi-id"})], locale="en-US"),
        km_identify(APP, rng, {"email": L(EMAIL, MAIL), "residency": "e-resident",
                               "city": L(CITY, COARSE)}),
        rv_install(APP, rng, first=True),
        rv_event(APP, rng, "state_fee_paid", {"company": "new"}, revenue=265.0,
                 currency="EUR", hashed=True),
        ok_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        vk_crash(APP, rng, ("java.security.SignatureException", "card reader timeout"),
                 [vk_crumb("nav", "Documents -> Sign"),
                  vk_crumb("net", "POST /api/v1/allkiri/alusta", {"status": 200})],
                 screen="SignActivity"),
        ly_eval(APP, rng, {"residency": "e-resident", "nfcReader": True}, hdr=True),
        tk_register(APP, rng, tags={"deadline_alerts": "on"}, lang="en"),
        no_save(APP, rng, {"analytics": True, "marketing": False}),
        mh_iban(APP, rng, IBAN_EE, COMPANY["nimi"], "39.00"),
        ak_message(APP, rng, L("Is the EUR 39 a year contact-person fee paid per company?",
                               TEXT), {"plan": "starter"}),
    ]
