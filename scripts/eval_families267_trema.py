"""A Pozzuoli bradyseism residents' committee's app "Terra ca Trema" ("the land that shakes": a
citizens' committee of the Campi Flegrei red zone that campaigns for a real evacuation plan,
retrofit money and against new drilling: HER POLITICAL OPINION). Its API's keys are Neapolitan,
ASCII-folded: ``socio`` member, ``tessera`` membership card, ``nomme`` / ``cugnomme``,
``cellulare``, ``chiave`` password, ``ndirizzo`` street line, ``rione`` quarter, ``paese`` town,
``zona`` (the evacuation plan's zone), ``pecche`` why (lit. "why": her motivation), ``quota`` dues,
``assemblea`` assembly, ``presenza`` attendance, ``petizione`` petition, ``firma`` signature,
``proposta`` motion, ``voto`` vote (``favorevole`` in favour), ``corteo`` march, ``adesione``
joining, ``striscione`` banner, ``lesione`` (a crack in a wall), ``sondaggio`` survey, ``partito``
party, ``fiducia`` trust, ``sinnaco`` mayor, ``se_ne_va`` would leave, ``scosse`` tremors,
``volontario`` volunteer, ``turno`` shift, ``donazione`` donation, ``fondo`` fund, ``vicino``
neighbour, ``mmasciata`` message, ``scritto`` text: sign-up with her reason, log-in, ``/ije``,
dues, assemblies, attendance with her fix (4 decimals), a petition signed (her tax code), a motion
voted, the march joined with her husband, a crack reported (photo, her fix), a survey (her vote and
trust), tremors and news, the committee chat, a volunteer shift, a donation to the legal fund, her
card by number in the path, neighbours' signatures collected offline (JSON Lines), the card by
cookie, push and events. Civic and union apps, set 240's anti-racket network, set 263's humanist
association, set 207's language-rights association, set 193's ward budgeting and set 189's seismic
alert exist; none is a bradyseism residents' committee ("bradyseism", "campi flegrei", "pozzuoli"
matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families267_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    JANE_CF,
    MEMBER,
    NEIGHBOUR,
    SQUARE,
    SQUARE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families267_sdk import cc_crash, cc_crumb, ms_batch, ms_pixel, tp_event, tp_launch
from eval_families267_svc import (
    ca_save,
    cz_card,
    cz_confirm,
    ff_eval,
    ht_message,
    ma_route,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("terracatrema", "Terra ca Trema", "com.example.terracatrema", "1.3.5",
          "https://api.terracatrema.example.org")
IID = "X-TCT-Device"
PW = "RioneTerra@1983"
NID = "personal.national_id"
POL = SENS  # political opinion
PET = "pt_no_trivelle_2025"  # the petition (a negative as an ID)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def terracatrema() -> list[Case]:
    rng = random.Random(26751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tessera=L(MEMBER, UID),
                                    comitato=L("Terra ca Trema Pozzuoli", POL)))}
    qla, qlo = fix(SQUARE_FIX, 4)
    hla, hlo = fix(HOME_AT)
    card = at_path(case(f, f"{a}/v1/soci/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/scrizione", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cugnomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cellulare": L(E164, TEL), "chiave": L(PW, CRED),
            "ndirizzo": L(HOME["line"], ADDR), "rione": L(HOME["rione"], COARSE),
            "paese": L(HOME["town"], COARSE), "zona": L("rossa", COARSE),
            "pecche": L("We want a real evacuation plan and money to fix the houses, not "
                        "promises", f"{TEXT}|{POL}"), "tessera": L(MEMBER, UID)}),
        case(f, f"{a}/v1/trase", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "chiave": L(PW, CRED)}),
        case(f, f"{a}/v1/ije", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/quota", fmt="form", headers=_h(rng, **b), body={
            "tessera": L(MEMBER, UID), "anno": "2026", "mporto": L("10.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/assemblee", headers=_h(rng, **b), query={
            "paese": "pozzuoli", "da": "2026-01-01"}),
        case(f, f"{a}/v1/assemblee/as_2026_01_16/presenza", headers=_h(rng, **b), body={
            "tessera": L(MEMBER, UID), "pusizione": {"lat": qla, "lng": qlo},
            "luogo": {"id": SQUARE["id"], "lat": SQUARE["lat"], "lng": SQUARE["lon"]}}),
        case(f, f"{a}/v1/petizione/{PET}/firma", headers=_h(rng, **b), body={
            "nomme_cumpleto": L(f"{FIRST} {LAST}", NAMEC), "codice_fiscale": L(JANE_CF, NID),
            "paese": L(HOME["town"], COARSE), "firma": L(True, POL),
            "commento": L("No drilling under our houses while the ground rises", f"{TEXT}|{POL}")}),
        case(f, f"{a}/v1/proposte/pr_0112/voto", fmt="form", headers=_h(rng, **b), body={
            "tessera": L(MEMBER, UID), "voto": L("favorevole", POL)}),
        case(f, f"{a}/v1/corteo/ct_prefettura_0207/adesione", headers=_h(rng, **b), body={
            "tessera": L(MEMBER, UID), "perzone": 2, "striscione": True,
            "cu": {"nomme_cumpleto": L(HUSBAND[0], NAMEC), "cellulare": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/v1/lesione", [
            ("foto", "crepa_cucina.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {
                "ndirizzo": L(HOME["line"], ADDR), "pusizione": {"lat": hla, "lng": hlo},
                "scritto": L("New crack over the kitchen door after the 4.4 of last night",
                             TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sondaggio", gz=True, headers=_h(rng, **b), body={
            "sondaggio": "sd_2026_01", "tessera": L(MEMBER, UID),
            "partito": L("nessuno, voto scheda bianca", POL), "fiducia_sinnaco": L(2, POL),
            "fiducia_governo": L(1, POL), "se_ne_va": L(False, POL), "figlie": 1}),
        case(f, f"{a}/v1/scosse", headers=_h(rng, **b), query={
            "da": "2026-01-10", "magnitudo_min": "2.0", "area": "campi_flegrei"}),
        case(f, f"{a}/v1/notizie", headers=_h(rng, **b), query={
            "categoria": "piano_evacuazione", "pagina": "1"}),
        case(f, f"{a}/v1/chat/mmasciata", headers=_h(rng, **b), body={
            "stanza": "rione_solfatara", "scritto": L(
                "Tonight 7pm assembly at the square: bring the signed sheets, we go to the "
                "prefecture on the 7th", f"{TEXT}|{POL}")}),
        case(f, f"{a}/v1/volontario", headers=_h(rng, **b), body={
            "tessera": L(MEMBER, UID), "turno": obj(rng, "tr"),
            "juorno": "2026-01-24", "attivita": L("info point, English translation", POL)}),
        case(f, f"{a}/v1/donazione", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("ricorso TAR piano evacuazione", POL), "mporto": L("25", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        card,
        lines(f, f"{a}/v1/petizione/{PET}/sync", [
            {"nomme_cumpleto": L(NEIGHBOUR[0], NAMEC), "codice_fiscale": L(NEIGHBOUR[1], NID),
             "firma": L(True, POL), "raccolta_da": L(MEMBER, UID)},
            {"foglio": "f_0031", "ts": 1768590000, "raccolta_da": L(MEMBER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tessera/qr", headers=_h(rng, how="none"), cookies={
            "tct_sess": L(opaque(rng, "", 40), CRED), "tct_dev": L(INSTALL_ID, DID),
            "tct_pref": W({"tessera": L(MEMBER, UID), "avvise_scosse": True}, "b64json")}),
        case(f, f"{a}/v1/dispusitive", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/v1/evente", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "evente": [
                ev("petizione_firmata", 1, petizione=L(PET, POL)),
                ev("schermo", 2, schermo=L("Assemblee", USAGE))]}),
        case(f, f"{a}/v1/esce", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dispusitivo": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def terracatrema_sdks() -> list[Case]:
    rng = random.Random(26752)
    return [
        ms_batch(APP, rng, [("Petition Signed", {"petition": L(PET, POL)}),
                            ("March Joined", {"people": 2})], at=HOME_AT, nd=2,
                 locale="it_IT"),
        ms_pixel(APP, rng, "News Opened", {"cat": "piano_evacuazione"}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "donation", {"fondo": L("legal fund", POL)}, revenue=25.0,
                 currency="EUR"),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cc_crumb("nav", "Scosse -> Mappa")], screen="ScosseActivity"),
        ff_eval(APP, rng, {"zona": L("rossa", COARSE), "ruolo": "socio"}),
        pp_register(APP, rng, lang="it", at=HOME_AT, nd=2,
                    tags={"comitato": L("terra-ca-trema", POL), "scosse": True}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "25.00"),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((SQUARE["lat"], SQUARE["lon"]), None)],
                 mode="walking"),
        ht_message(APP, rng, L("I signed the petition twice by mistake, please keep one",
                               f"{TEXT}|{POL}"), {"tessera": L(MEMBER, UID)}),
    ]
