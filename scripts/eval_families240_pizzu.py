"""An anti-racket consumers' network's app "Nuddu Paga" ("nobody pays": a Palermo association
of shops that refuse to pay protection money and of consumers who pledge to buy from them; she
joins as a consumer member, volunteers at its market stall and walks in the 21 March
remembrance march; its API's keys are Sicilian, snake_case, ASCII-folded, with English
``email``, ``token``, ``id``, ``grant_type``, ``newsletter``: ``nomu``, ``cugnomu``,
``telefunu``, ``chiavi`` password, ``jornu_di_nascita``, ``cita``, ``tessera`` member card,
``tipu_sociu`` member kind, ``mpegnu_firmatu`` pledge signed, ``quota`` dues, ``mpurtu``
amount, ``metudu``, ``causali`` reference, ``putii`` shops, ``categuria``, ``accattati``
purchases, ``scuntrinu`` receipt, ``pusizzioni``, ``vuluntariatu`` volunteering, ``turnu``
shift, ``attivita`` activity, ``curteu`` march, ``prisenza`` attendance, ``cu_mia`` with me,
``pitizzioni`` petition, ``firma`` signature, ``nomu_cumpletu`` full name, ``cummentu``,
``dunazioni`` donation, ``fondu`` fund, ``argumenti`` topics, ``missaggi``, ``testu``,
``circata``, ``preferenzi`` preferences, ``lingua``, ``offline``, ``statistichi`` analytics,
``utenti``, ``eventi``, ``schermu``, ``nesci`` log out, ``iu`` me): joining (the pledge), an
OAuth password grant, ``/iu`` (a member role claim), the yearly dues, member shops near her
mother-in-law's flat in Palermo (3 decimals), a shop's page, a purchase checked in at a shop
with her fix, the receipt's photo, a volunteer shift, the march attendance with her family,
a petition signed with a comment, a donation to the victims' fund, the newsletter's topics, a
message to the desk, her card by member number in the path, public events, a search, the card
by cookie (base64 JSON preferences), an offline queue of check-ins (msgpack), push, analytics
(gzip) and a log-out. Membership of an anti-racket association, its pledge, dues fund, shifts,
march and petition are her political opinion (``personal.sensitive``); no earlier set has one
("mafia", "antimafia", "anti-racket", "pizzo", "extortion", "protection money" matched
nothing; the union, party and civic apps of sets 13, 174, 187 are other kinds)."""

from __future__ import annotations

import random
from typing import Any

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
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families240_kit import (
    HUSBAND,
    KID,
    MARCH_FIX,
    MEMBER,
    NETWORK,
    SHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families240_sdk import cc_crash, cc_crumb, mk_batch, mk_identify, mk_pixel, tt_event
from eval_families240_svc import cs_card, cs_confirm, hc_message, ks_save, mu_route, pp_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("nuddupaga", "Nuddu Paga", "com.example.nuddupaga", "1.11.2",
          "https://api.nuddupaga.example.org")
IID = "X-NP-Device"
PW = "Liberi!Ballaro21"
POL = SENS  # political opinion (membership of an anti-racket association)
NOCE_AT = (38.131045, 13.339218)  # her phone at her mother-in-law's flat in Palermo


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nuddupaga() -> list[Case]:
    rng = random.Random(24051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tessera=L(MEMBER, UID),
                                    rolu=L("sociu_consumaturi", POL)))}
    sla, slo = fix((38.112401, 13.361122))  # her phone in the shop
    mla, mlo = fix(MARCH_FIX, 5)
    card = at_path(case(f, f"{a}/v1/soci/{MEMBER}/tessera", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/adisioni", headers=_h(rng), body={
            "nomu": L(FIRST, NAMEC), "cugnomu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefunu": L(E164, TEL), "chiavi": L(PW, CRED), "jornu_di_nascita": L(DOB, BIRTH),
            "cita": L("Catania", COARSE), "tipu_sociu": L("consumaturi_criticu", POL),
            "mpegnu_firmatu": L(True, POL), "tessera": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nuddupaga-android"}),
        case(f, f"{a}/v1/iu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/quota", fmt="form", headers=_h(rng, **b), body={
            "tessera": L(MEMBER, UID), "mpurtu": L("20.00", BUY), "valuta": "EUR",
            "metudu": L(opaque(rng, "pm_", 24), PAY), "annu": "2026",
            "causali": L("quota associativa antiracket 2026", POL)}),
        case(f, f"{a}/v1/putii", headers=_h(rng, **b), query={
            "lat": L(f"{NOCE_AT[0]:.3f}", PRECISE), "lng": L(f"{NOCE_AT[1]:.3f}", PRECISE),
            "categuria": "alimentari", "raggiu_km": "2"}),
        case(f, f"{a}/v1/putii/{SHOP['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/accattati", headers=_h(rng, **b), body={
            "putia": SHOP["id"], "pusizzioni": {"lat": sla, "lng": slo},
            "putia_pusizzioni": {"lat": SHOP["lat"], "lng": SHOP["lon"]},
            "mpurtu": L(27.40, BUY), "scuntrinu": L("SC-0412-118832", BUY),
            "tessera": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/scuntrini", [
            ("fotu", "scuntrinu.jpg", "image/jpeg", L(JPEG + b"\x54", MEDIA)),
            ("dati", None, "application/json", {"tessera": L(MEMBER, UID), "putia": SHOP["id"],
                                                "mpurtu": L(27.4, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vuluntariatu", headers=_h(rng, **b), body={
            "turnu": obj(rng, "tu"), "tessera": L(MEMBER, UID),
            "attivita": L("banchettu antiracket ô mercatu di Ballarò", POL),
            "dispunibilita": ["sabatu"]}),
        case(f, f"{a}/v1/curteu/prisenza", headers=_h(rng, **b), body={
            "eventu": "21marzu_2026", "pusizzioni": {"lat": mla, "lng": mlo},
            "partecipazioni": L(True, POL),
            "cu_mia": [{"nomu": L(HUSBAND[0], NAMEC)}, {"nomu": L(KID, NAMEC)}]}),
        case(f, f"{a}/v1/pitizzioni/pz_beni_cunfiscati/firma", fmt="form",
             headers=_h(rng, **b), body={
                 "nomu_cumpletu": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
                 "cita": L("Catania", COARSE), "firma": L("si", POL),
                 "cummentu": L("Firmu pi me figghia, chi criscissi nta na Sicilia libbira",
                               f"{TEXT}|{POL}")}),
        case(f, f"{a}/v1/dunazioni", headers=_h(rng, **b), body={
            "mpurtu": L(50, BUY), "fondu": L("famigghi_vittimi_racket", POL),
            "anonima": False, "metudu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/newsletter", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL),
            "argumenti": [L("processi", POL), L("beni_cunfiscati", POL), L("scoli", POL)]}),
        case(f, f"{a}/v1/missaggi", headers=_h(rng, **b), body={
            "a": "sportellu",
            "testu": L("Vulissi purtari a me cucina ô prossimu banchettu, s'havi a iscriviri "
                       "puru idda?", f"{TEXT}|{POL}")}),
        card,
        case(f, f"{a}/v1/eventi_pubblici", headers=_h(rng, **b), query={
            "cita": "Palermo", "misi": "2026-03", "sedi": NETWORK["id"]}),
        case(f, f"{a}/v1/circata", headers=_h(rng, **b), query={
            "circata": L("pasticceria pizzo free Catania", SEARCH)}),
        case(f, f"{a}/v1/tessera/qr", headers=_h(rng, how="none"), cookies={
            "np_sessioni": L(opaque(rng, "", 40), CRED), "np_dispusitivu": L(INSTALL_ID, DID),
            "np_preferenzi": W({"tessera": L(MEMBER, UID), "lingua": L("en", DEV),
                                "cita": L("Palermo", COARSE)}, "b64json")}),
        case(f, f"{a}/v1/offline/accattati", fmt="msgpack", headers=_h(rng, **b), body={
            "tessera": L(MEMBER, UID),
            "accattati": [{"putia": "sh_0388", "mpurtu": L(12.5, BUY), "t": 1768557600},
                          {"putia": SHOP["id"], "mpurtu": L(8.9, BUY), "t": 1768644000}]}),
        case(f, f"{a}/v1/dispusitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/statistichi", gz=True, headers=_h(rng, **b), body={
            "utenti": L(USER_ID, UID), "eventi": [
                ev("putia_visitata", 1, putia=SHOP["id"]),
                ev("schermu", 2, schermu=L("MappaPutii", USAGE))]}),
        case(f, f"{a}/v1/nesci", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def nuddupaga_sdks() -> list[Case]:
    rng = random.Random(24052)
    return [
        mk_batch(APP, rng, [("Member Joined", {"kind": L("consumer", POL)}),
                            ("March Attended", {"event": L("21 March", POL)})],
                 at=MARCH_FIX, nd=2),
        mk_identify(APP, rng, {"tessera": L(MEMBER, UID), "cita": L("Palermo", COARSE),
                               "volunteer": L(True, POL)}),
        mk_pixel(APP, rng, "Shop Map Opened", {"zoom": 15}),
        tt_event(APP, rng, "donation", {"fund": L("victims", POL)}, revenue=50.0),
        cc_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/accattati"),
                 [cc_crumb("nav", "Mappa -> Putia"), cc_crumb("tap", "check_in")],
                 screen="PutiaActivity"),
        pp_register(APP, rng, at=NOCE_AT, nd=2,
                    tags={"sezioni": L("Palermo centru", POL), "vuluntariu": "si"}),
        ks_save(APP, rng, {"analytics": True, "marketing": False}),
        cs_card(APP, rng, email=True),
        cs_confirm(APP, rng, "20.00"),
        mu_route(APP, rng, [(NOCE_AT, PRECISE), ((SHOP["lat"], SHOP["lon"]), None)],
                 mode="walking"),
        hc_message(APP, rng, L("A me quota 2026 nun cumpari nna tessera", f"{TEXT}|{POL}"),
                   {"tessera": L(MEMBER, UID)}),
    ]
