"""Home heating-oil app "Orsussaq" (orsussaq: fuel oil; their Qinngorput flat's tank, an ultrasonic
level sensor on the home Wi-Fi and truck deliveries; its API's keys are Kalaallisut:
``ateq`` first name, ``ateq_kingulleq`` surname, ``emaili`` e-mail, ``oqarasuaat`` phone,
``isissutissaq`` password, ``inuup_normua`` CPR number, ``najugaq`` address (street line),
``illoqarfik`` town, ``postnormu`` post code, ``atuisup_normua`` customer number, ``tanki`` tank,
``literit`` litres, ``immassuseq`` fill level, ``inniminniineq`` order, ``tunniussineq``
delivery, ``akiliut`` payment, ``aningaasat`` amount, ``akia`` price, ``akiligassaq`` bill,
``kiassaat`` heater, ``oqaaseqaat`` remark, ``ujarlerneq`` search, ``naammagittaalliut``
complaint, ``aappaq`` spouse, ``meeqqat`` children, ``pisut`` events): sign-up, log-in, ``/uanga``,
the sensor paired on the home Wi-Fi, a protobuf level beat, the level history (msgpack), an
order, its payment, automatic refills by direct debit (her IBAN and CPR), the delivery by order
number in the path, the heater service, a gauge photo, consumption, a heating allowance with the
household, the bill by cookie, a search, a complaint, push, events and a log-out. Set 124 has a
generator-diesel delivery app in Enugu ("Tankdrop"); Orsussaq is a home heating-oil account with
a tank sensor, refills by direct debit and a municipal heating allowance."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families203_kit import (
    CPR,
    DEPOT,
    GL_IBAN,
    HOME,
    HOME_AT,
    HUSBAND,
    OIL_CUSTOMER,
    TANK,
    TZ,
    fix,
    hd,
    push,
)
from eval_families203_sdk import (
    ka_batch,
    ka_identify,
    nb_bid,
    nb_notice,
    qc_crash,
    qc_crumb,
    tt_event,
    tt_launch,
)
from eval_families203_svc import hi_message, kp_card, kp_confirm, mn_reverse, pp_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("orsussaq", "Orsussaq", "com.example.orsussaq", "3.4.1",
          "https://api.orsussaq.example.com")
IID = "X-Orsussaq-Atortoq"
PW = "Qinngorput#2026"
NID = "personal.national_id"
ORDER = "ORS-O-2601-0442"  # her delivery order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kl=True, **kw)


def orsussaq() -> list[Case]:
    rng = random.Random(20301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, emaili=L(EMAIL, MAIL),
                                    atuisup_normua=L(OIL_CUSTOMER, UID)))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(OIL_CUSTOMER, UID)), (2, TANK["serial"]), (3, 1767600000),
               (4, [(1, 38), (2, 456), (3, -14.5)]), (5, 88)], "", lab)
    track = at_path(case(f, f"{a}/v2/tunniussineq/{ORDER}/sumiippa", headers=_h(rng, **b)),
                    ORDER, BUY)
    hla, hlo = fix(HOME_AT, 5)
    return [
        case(f, f"{a}/v2/nalunaarsorneq", headers=_h(rng), body={
            "ateq": L(FIRST, NAMEC), "ateq_kingulleq": L(LAST, NAMEC), "emaili": L(EMAIL, MAIL),
            "oqarasuaat": L(E164, TEL), "isissutissaq": L(PW, CRED),
            "inuup_normua": L(CPR, NID), "najugaq": L(HOME["line"], ADDR),
            "illoqarfik": L(HOME["town"], COARSE), "postnormu": L(HOME["post"], COARSE),
            "tanki": {"literit": TANK["litres"], "sensor": TANK["serial"]},
            "atuisup_normua": L(OIL_CUSTOMER, UID), "nalunaarutit": True}),
        case(f, f"{a}/v2/iserneq", fmt="form", headers=_h(rng), body={
            "emaili": L(EMAIL, MAIL), "isissutissaq": L(PW, CRED), "eqqaamallugu": "1"}),
        case(f, f"{a}/v2/uanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tanki/sensor", headers=_h(rng, **b), body={
            "sensor": TANK["serial"], "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "ip": L(LOCAL_IP, DEV), "atuisup_normua": L(OIL_CUSTOMER, UID),
            "sumiiffik": {"lat": hla, "lon": hlo}}),
        raw(f, f"{a}/v2/tanki/immassuseq", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tanki/oqaluttuarisaanera", fmt="msgpack", headers=_h(rng, **b), body={
            "atuisup_normua": L(OIL_CUSTOMER, UID),
            "immassuseq": [{"ulloq": f"2026-01-0{i + 1}", "procentit": 52 - 4 * i,
                            "literit": 624 - 48 * i} for i in range(4)]}),
        case(f, f"{a}/v2/inniminniineq", headers=_h(rng, **b), body={
            "inniminniineq": L(ORDER, BUY), "literit": 800, "akia_literimut": 8.95,
            "aningaasat": L(7160, BUY), "ulloq": "2026-01-08",
            "najugaq": L(HOME["line"], ADDR), "postnormu": L(HOME["post"], COARSE),
            "oqaaseqaat": L("Tanki illup tunuaniippoq, matu ammavoq. Ring +299524418",
                            f"{TEXT}|{TEL}"), "depot": DEPOT["id"]}),
        case(f, f"{a}/v2/akiliut", fmt="form", headers=_h(rng, **b), body={
            "inniminniineq": L(ORDER, BUY), "aningaasat": L("7160.00", BUY), "valuta": "DKK",
            "metode": L(opaque(rng, "pm_", 24), PAY), "kingulliit_sisamat": L("4444", PAY)}),
        case(f, f"{a}/v2/immiinerit_nammineq", headers=_h(rng, **b), body={
            "atuisup_normua": L(OIL_CUSTOMER, UID), "killiga_procentit": 25,
            "kontu": {"iban": L(GL_IBAN, PAY), "piginnittoq": L(f"{FIRST} {LAST}", NAMEC),
                      "inuup_normua": L(CPR.replace("-", ""), NID)},
            "annerpaamik_aningaasat": 9000}),
        track,
        case(f, f"{a}/v2/tunniussineq/biili", headers=_h(rng, **b), query={
            "inniminniineq": L(ORDER, BUY), "depot": DEPOT["id"]}),
        case(f, f"{a}/v2/kiassaat/misissuineq", headers=_h(rng, **b), body={
            "atuisup_normua": L(OIL_CUSTOMER, UID), "ulloq": "2026-01-12", "nal": "09-12",
            "oqarasuaat": L(E164, TEL),
            "oqaaseqaat": L("Kiassaat unittarpoq, fyret slukker om natten", TEXT)}),
        multipart(f, f"{a}/v2/tanki/assiliaq", [
            ("assiliaq", "maaler.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"atuisup_normua": L(OIL_CUSTOMER, UID),
                                                "literit_takusat": 410})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/atuineq", headers=_h(rng, **b), query={
            "atuisup_normua": L(OIL_CUSTOMER, UID), "ukioq": "2025"}),
        case(f, f"{a}/v2/kiassarnermut_ikiorsiissut", gz=True, headers=_h(rng, **b), body={
            "qinnuteqartoq": {"ateq": L(f"{FIRST} {LAST}", NAMEC), "inuup_normua": L(CPR, NID)},
            "aappaq": {"ateq": L(HUSBAND["name"], NAMEC),
                       "inuup_normua": L(HUSBAND["cpr"], NID)},
            "meeqqat": 2, "najugaq": L(HOME["line"], ADDR),
            "illoqarfik": L(HOME["town"], COARSE), "atuisup_normua": L(OIL_CUSTOMER, UID)}),
        case(f, f"{a}/v2/akiligassat/kingulleq", headers=_h(rng, how="none"), cookies={
            "ors_session": L(opaque(rng, "", 40), CRED), "ors_atortoq": L(INSTALL_ID, DID),
            "ors_req": rid(rng)}),
        case(f, f"{a}/v2/ujarlerneq", headers=_h(rng, **b), query={
            "ujarlerneq": L("akiligassaq decemberimi", SEARCH), "qupperneq": "1"}),
        case(f, f"{a}/v2/naammagittaalliut", headers=_h(rng, **b), body={
            "inniminniineq": L(ORDER, BUY), "suussusia": "tunniussineq",
            "oqaaseqaat": L("Biili kingusinaarpoq, ullormi marlunni utaqqivunga", TEXT)}),
        case(f, f"{a}/v2/profil/toqqakkat", headers=_h(rng, **b), cookies={
            "ors_session": L(opaque(rng, "", 40), CRED),
            "ors_pref": W({"atuisup_normua": L(OIL_CUSTOMER, UID), "oqaatsit": L("kl", DEV),
                           "tz": L(TZ, DEV)}, "b64json")}),
        case(f, f"{a}/v2/atortut", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/pisut", gz=True, headers=_h(rng, **b), body={
            "atuisoq": L(USER_ID, UID), "pisut": [
                ev("inniminniineq", 1, literit=800), ev("akiliut", 2, aningaasat=L(7160, BUY)),
                ev("saqqummersitaq", 3, saqqummersitaq=L("TankiImmassuseq", USAGE))]}),
        case(f, f"{a}/v2/anineq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "atortoq": L(INSTALL_ID, DID)}),
    ]


def orsussaq_sdks() -> list[Case]:
    rng = random.Random(20302)
    return [
        ka_batch(APP, rng, [("Order Placed", {"litres": 800, "total": L(7160, BUY)}),
                            ("Tank Viewed", {"level": 38})], at=HOME_AT, nd=2, locale="kl_GL"),
        ka_identify(APP, rng, {"illoqarfik": L("Nuuk", COARSE),
                               "atuisup_normua": L(OIL_CUSTOMER, UID), "autorefill": True}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "purchase", {"inniminniineq": L(ORDER, BUY)}, revenue=7160.0,
                 hashed=True),
        nb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="heating,oil,home"),
        nb_notice(APP, rng, "win"),
        qc_crash(APP, rng, ("java.lang.IllegalStateException", "sensor pairing timeout"),
                 [qc_crumb("nav", "Tanki -> SensorPairing"),
                  qc_crumb("net", "POST", {"url": f"{APP.api}/v2/tanki/sensor", "status": 504})],
                 screen="SensorPairingActivity"),
        pp_register(APP, rng, lang="kl", tags={"depot": DEPOT["id"],
                                               "postnormu": L(HOME["post"], COARSE)}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "7160.00"),
        mn_reverse(APP, rng, HOME_AT, "location.precise", nd=5),
        hi_message(APP, rng, L(f"Inniminniineq {ORDER} marloriarluni akilerpara", f"{TEXT}|{BUY}"),
                   {"atuisup_normua": L(OIL_CUSTOMER, UID)}),
    ]
