"""A structural-monitoring service's app "Sentinella 'e Casa" (a Pozzuoli firm that installs crack
gauges, a tilt meter and an accelerometer in homes of the bradyseism area, read through a Wi-Fi
gateway; the family monitors their flat and the mother-in-law's). Its API's keys are Neapolitan,
ASCII-folded: ``nomme`` / ``cugnomme``, ``cellulare``, ``chiave`` password, ``casa`` home,
``palazzo`` building, ``piano`` floor, ``anno_costruzione`` year built, ``ndirizzo`` street line,
``paese`` town, ``cap``, ``pusizione`` position, ``proprietaria`` owner, ``abbonamento``
subscription, ``mporto`` amount, ``metodo``, ``sensore`` sensor, ``abbina`` pair, ``stanza`` room,
``parete`` wall, ``letture`` readings, ``apertura`` (a crack's opening, mm), ``inclinazione`` tilt,
``scosse`` tremors, ``raggio`` radius, ``allarme`` alarm, ``visto`` seen, ``lesione`` crack,
``sopralluogo`` inspection, ``tecnico`` technician, ``fascia`` time slot, ``condivisione`` sharing,
``rapporto`` report, ``coda`` queue, ``fatture`` invoices, ``mmasciata`` message, ``scritto`` text,
``ije`` me, ``trase`` / ``esce`` log in / out: sign-up, log-in, ``/ije``, their flat registered
(her home's point), the mother-in-law's flat, the subscription, the gateway on their home Wi-Fi,
sensors paired, readings (gzip), a protobuf gateway beat, tremors near home (2 decimals), an alarm
acknowledged from work (her fix), a crack photo, an inspection booked, the site by number in the
path, sharing with her husband, a PDF report for the town hall, a manual-gauge queue (msgpack) read
in her mother-in-law's flat, the invoices by cookie, push, events and a log-out. Set 189's seismic
alert, set 161's earthquake-damage relief and set 153's landslide watch exist; none is a home
structural-monitoring subscription ("crackmeter", "tiltmeter" matched nothing; "structural" only a
seismic app's self-check)."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families267_kit import (
    GATEWAY,
    HOME,
    HOME_AT,
    HUSBAND,
    JANE_CF,
    MOTHER_IL,
    MOTHER_IL_AT,
    MOTHER_IL_LINE,
    SITE,
    SITE_MIL,
    WORK,
    fix,
    hd,
    push,
)
from eval_families267_sdk import cc_crash, cc_crumb, cc_session, ms_batch, tp_launch, tp_link
from eval_families267_svc import ca_check, cz_card, cz_confirm, ff_eval, ma_reverse, pp_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, U, case

APP = App("sentinella", "Sentinella 'e Casa", "com.example.sentinella", "4.1.2",
          "https://api.sentinella.example.com")
IID = "X-Sentinella-Install"
PW = "Solfatara61#B7"
NID = "personal.national_id"
MIL_FIX = (40.843291, 14.111607)  # her phone in the mother-in-law's kitchen (her fix)
WORK_FIX = (40.846588, 14.230977)  # her phone at the language school (her fix)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sentinella() -> list[Case]:
    rng = random.Random(26771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), siti=[L(SITE, UID),
                                                                     L(SITE_MIL, UID)]))}
    hla, hlo = fix(HOME_AT)
    wla, wlo = fix(WORK_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, GATEWAY["serial"]), (2, L(SITE, UID)), (3, 1768700000),
               (4, [(1, 0.38), (2, -0.12), (3, 21.4)]), (5, 87), (6, -61)], "", lab)
    site = at_path(case(f, f"{a}/api/v1/siti/{SITE}", headers=_h(rng, **b)), SITE, UID)
    return [
        case(f, f"{a}/api/v1/scrizione", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cugnomme": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "cellulare": L(NATIONAL, TEL), "chiave": L(PW, CRED), "privacy": True}),
        case(f, f"{a}/api/v1/trase", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "chiave": L(PW, CRED),
            "dispusitivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/ije", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/case", headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "ndirizzo": L(HOME["line"], ADDR),
            "paese": L(HOME["town"], COARSE), "cap": L(HOME["cap"], COARSE),
            "pusizione": {"lat": hla, "lng": hlo}, "palazzo": {"piane": 4,
                                                              "anno_costruzione": 1972},
            "piano": 2, "catasto": {"foglio": "18", "particella": "412", "sub": "7"}}),
        case(f, f"{a}/api/v1/case", headers=_h(rng, **b), body={
            "sito": L(SITE_MIL, UID), "ndirizzo": L(MOTHER_IL_LINE, ADDR),
            "pusizione": {"lat": MOTHER_IL_AT[0], "lng": MOTHER_IL_AT[1]},
            "proprietaria": {"nomme_cumpleto": L(MOTHER_IL[0], NAMEC),
                             "cellulare": L(MOTHER_IL[1], TEL)}, "piano": 0}),
        case(f, f"{a}/api/v1/abbonamento", fmt="form", headers=_h(rng, **b), body={
            "piano_abbonamento": "famiglia_2_siti", "mporto": L("14.90", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "codice_fiscale": L(JANE_CF, NID)}),
        case(f, f"{a}/api/v1/gateway/wifi", headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "ip_telefono": L(LOCAL_IP, DEV), "gateway": GATEWAY["serial"]}),
        case(f, f"{a}/api/v1/sensori/abbina", headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "gateway": GATEWAY["serial"], "sensori": [
                {"id": "fs_31882", "ble": GATEWAY["ble"], "tipo": "fessurimetro",
                 "stanza": "cucina", "parete": "nord"},
                {"id": "in_07714", "tipo": "inclinometro", "stanza": "corridoio"}]}),
        case(f, f"{a}/api/v1/letture", gz=True, headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "letture": [
                {"sensore": "fs_31882", "apertura_mm": 0.41, "t": 1768690000},
                {"sensore": "in_07714", "inclinazione_mrad": 0.12, "t": 1768690000}]}),
        raw(f, f"{a}/api/v1/gateway/battito", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/scosse", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "raggio": "10", "da": "2026-01-01"}),
        case(f, f"{a}/api/v1/allarme/al_5521/visto", headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "pusizione": {"lat": wla, "lng": wlo},
            "luogo": {"nomme": WORK["name"], "lat": WORK["lat"], "lng": WORK["lon"]}}),
        multipart(f, f"{a}/api/v1/lesione/foto", [
            ("foto", "lesione_cucina.jpg", "image/jpeg", L(JPEG + b"\x99", MEDIA)),
            ("meta", None, "application/json", {
                "sito": L(SITE, UID), "stanza": "cucina",
                "scritto": L("The crack above the door is wider than the gauge shows", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sopralluogo", headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "juorno": "2026-01-21", "fascia": "14-17",
            "scritto": L("The gate is broken, call me when you arrive", TEXT),
            "recapito": L(E164, TEL)}),
        site,
        case(f, f"{a}/api/v1/condivisione", headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "cu": {"nomme_cumpleto": L(HUSBAND[0], NAMEC),
                                         "email": L(HUSBAND[2], MAIL)}, "ruolo": "lettore"}),
        case(f, f"{a}/api/v1/rapporto", fmt="form", headers=_h(rng, **b), body={
            "sito": L(SITE, UID), "periodo": "2025-Q4", "destinatario": "ufficio_tecnico_comune",
            "codice_fiscale": L(JANE_CF, NID)}),
        case(f, f"{a}/api/v1/coda", fmt="msgpack", headers=_h(rng, **b), body={
            "sito": L(SITE_MIL, UID), "letture_manuali": [
                {"vetrino": "v1", "apertura_mm": 0.2}, {"vetrino": "v2", "apertura_mm": 0.35}],
            "pusizione": {"lat": L(MIL_FIX[0], PRECISE), "lng": L(MIL_FIX[1], PRECISE)},
            "t": 1768650000}),
        case(f, f"{a}/api/v1/fatture", headers=_h(rng, how="none"), cookies={
            "sc_sess": L(opaque(rng, "", 40), CRED), "sc_dev": L(INSTALL_ID, DID),
            "sc_req": rid(rng)}),
        case(f, f"{a}/api/v1/dispusitive", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/evente", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "evente": [
                ev("allarme_visto", 1), ev("schermo", 2, schermo=L("Grafico", USAGE))]}),
        case(f, f"{a}/api/v1/esce", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispusitivo": L(INSTALL_ID, DID)}),
    ]


def sentinella_sdks() -> list[Case]:
    rng = random.Random(26772)
    link = U("https://sentinella.example.com/a", {"sito": L(SITE, UID), "al": "al_5521",
                                                   "em": L(EMAIL, MAIL)})
    return [
        ms_batch(APP, rng, [("Alarm Seen", {"level": 2}), ("Report Requested", {})],
                 at=HOME_AT, nd=3),
        tp_launch(APP, rng, first=True, user=True),
        tp_link(APP, rng, link),
        cc_crash(APP, rng, ("java.util.concurrent.TimeoutException", "gateway pairing"),
                 [cc_crumb("nav", "Sensori -> Abbina"), cc_crumb("log", "ble scan 30s")],
                 screen="AbbinaActivity"),
        cc_session(APP, rng, secs=318),
        ff_eval(APP, rng, {"siti": 2, "paese": L("Pozzuoli", COARSE)}, hdr=True),
        pp_register(APP, rng, at=HOME_AT, nd=2, tags={"allarme": "livello_2"}),
        ca_check(APP, rng, {"analytics": True}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "14.90"),
        ma_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
