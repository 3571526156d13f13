"""Sand-therapy cure app "Sabiadoro" (a beach centre at Sottomarina that runs the summer
``sabiature``, hot-sand cures prescribed for arthrosis, on a GP's referral; its API's keys are
Venetian as a Chioggia developer writes them, ASCII-folded: ``nome`` / ``cognome``, ``email``,
``celulare`` mobile, ``ciave`` password (lit. "key"), ``data_de_nassita`` birth date,
``codese_fiscal`` tax code, ``indirisso`` street line, ``comun`` town, ``cap`` post code,
``sesso`` sex (``dona`` woman), ``medego`` doctor, ``cartela`` patient card, ``inpegnativa``
referral, ``diagnosi``, ``malatie`` illnesses, ``medexine`` medicines, ``pression`` blood
pressure, ``cuor`` heart, ``gravidansa`` pregnancy, ``peso`` / ``altessa`` weight / height,
``ciclo`` cure cycle, ``prenotasion`` booking, ``inporto`` amount, ``pagamento`` payment,
``ultime_quatro`` last four, ``posission`` position, ``buca`` sand pit, ``dolor`` pain,
``zenocio`` knee, ``schena`` back, ``nota`` note, ``mesajo`` message, ``serca`` search,
``ombrelon`` beach umbrella, ``spesa_sanitaria`` medical expense, ``ricevuda`` receipt,
``doparador`` user, ``eventi`` events): sign-up, log-in, ``/mi``, the GP's referral (PDF), the
medical questionnaire (gzip), the ECG, the cycle booked, the co-payment, the schedule, a check-in
at the pits, a protobuf session beat (her pulse), a pain diary (msgpack), a message to the
centre's doctor, an umbrella added, a search, the centre's Wi-Fi, the receipt by booking number
in the path, the medical-expense export for her tax return, a preferences cookie, push, events
and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families263_kit import (
    CF,
    GP,
    HOME,
    HOME_AT,
    HUSBAND,
    SAND,
    SAND_BOOKING,
    SAND_CARD,
    SAND_FIX,
    fix,
    hd,
    obj,
    vpush,
)
from eval_families263_sdk import (
    bb_bid,
    bb_notice,
    cc_crash,
    cc_crumb,
    mc_batch,
    mc_identify,
    tf_event,
    tf_launch,
)
from eval_families263_svc import cz_card, cz_confirm, hf_message, mb_route, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sabiadoro", "Sabiadoro", "com.example.sabiadoro", "3.4.1",
          "https://api.sabiadoro.example.com")
IID = "X-Sabiadoro-Aparecio"
PW = "Sabia!Sotomarina26"
DOB_IT = "17/05/1991"
FIT, NID = "health.fitness", "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def sabiadoro() -> list[Case]:
    rng = random.Random(26301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cartela=L(SAND_CARD, MED)))}
    sla, slo = fix(SAND_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SAND_CARD, MED)), (2, obj(rng, "ses")), (3, 1782460800),
               (4, [(1, L(92, FIT)), (2, 47.5), (3, 21)]),
               (5, [(1, L(SAND_FIX[0], PRECISE)), (2, L(SAND_FIX[1], PRECISE))]),
               (6, L(63, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/prenotasion/{SAND_BOOKING}/ricevuda",
                           headers=_h(rng, **b)), SAND_BOOKING, BUY)
    return [
        case(f, f"{a}/api/v1/registrasion", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "celulare": L(E164, TEL), "ciave": L(PW, CRED), "data_de_nassita": L(DOB_IT, BIRTH),
            "codese_fiscal": L(CF, NID), "sesso": L("dona", GENDER),
            "indirisso": L(HOME["line"], ADDR), "comun": L(HOME["town"], COARSE),
            "cap": L(HOME["post"], COARSE), "provincia": L(HOME["prov"], COARSE),
            "medego_de_base": {"nome": L(GP[0], NAMEC), "email": L(GP[1], MAIL)},
            "privacy": True, "marketing": False}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ciave": L(PW, CRED), "ricordime": "1"}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/inpegnativa", [
            ("file", "inpegnativa_sabiature.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "cartela": L(SAND_CARD, MED), "nre": L("050A04218893317", MED),
                "diagnosi": L("artrosi del zenocio destro, lombalgia", MED),
                "esension": L("E30", MED), "codese_fiscal": L(CF, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/anamnesi", gz=True, headers=_h(rng, **b), body={
            "cartela": L(SAND_CARD, MED), "malatie_de_cuor": L(False, MED),
            "pression": L("135/85", MED), "varici": L(True, MED), "gravidansa": L(False, MED),
            "medexine": [L("ibuprofen 600", MED), L("glucosamina", MED)],
            "alergie": [L("nichel", MED)], "peso": L(64, FIT), "altessa": L(168, FIT),
            "fuma": L(False, MED)}),
        multipart(f, f"{a}/api/v1/anamnesi/ecg", [
            ("ecg", "ecg_giugno.pdf", "application/pdf", L(PDF + b"\x12", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"cartela": L(SAND_CARD, MED),
                                                "data": "2026-06-18"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/cicli/orari", headers=_h(rng, **b), query={
            "stabilimento": SAND["id"], "dal": "2026-07-06", "ciclo": "sabiature-12"}),
        case(f, f"{a}/api/v1/prenotasion", headers=_h(rng, **b), body={
            "stabilimento": SAND["id"], "ciclo": L("sabiature 12 sedute", MED),
            "dal": "2026-07-06", "al": "2026-07-17", "ora": "08:30",
            "prenotasion": L(SAND_BOOKING, BUY), "inporto": L(180, BUY),
            "cartela": L(SAND_CARD, MED), "buca": "B-14",
            "nota": L("Vegno in bus da Cioza, se pol tardar de diese minuti", TEXT)}),
        case(f, f"{a}/api/v1/pagamento", fmt="form", headers=_h(rng, **b), body={
            "prenotasion": L(SAND_BOOKING, BUY), "inporto": L("46.15", BUY), "valuta": "EUR",
            "tipo": "ticket_ssn", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "ultime_quatro": L("4444", PAY)}),
        case(f, f"{a}/api/v1/checkin", headers=_h(rng, **b), body={
            "stabilimento": SAND["id"], "buca": "B-14",
            "posission": {"lat": sla, "lng": slo, "precision": 6},
            "stabilimento_posission": {"lat": SAND["lat"], "lng": SAND["lon"]},
            "cartela": L(SAND_CARD, MED), "id_checkin": obj(rng, "ci")}),
        raw(f, f"{a}/api/v1/seduta/batito", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/diario", fmt="msgpack", headers=_h(rng, **b), body={
            "cartela": L(SAND_CARD, MED), "zorno": "2026-07-09",
            "dolor_zenocio": L(4, MED), "dolor_schena": L(2, MED),
            "rigidessa_minuti": L(20, MED),
            "nota": L("El zenocio el xe manco duro stamatina, la schena ancora", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/mesaji", headers=_h(rng, **b), body={
            "a": "medego_stb_sott12", "cartela": L(SAND_CARD, MED),
            "mesajo": L("Dotor, dopo la seduta go la pression bassa e un fià de giramento, "
                        "posso continuar?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/servisi/ombrelon", fmt="form", headers=_h(rng, **b), body={
            "fila": "3", "ombrelon": "27", "dal": "2026-07-06", "al": "2026-07-17",
            "inporto": L("96.00", BUY), "prenotasion": L(SAND_BOOKING, BUY)}),
        case(f, f"{a}/api/v1/serca", headers=_h(rng, **b), query={
            "serca": L("fangoterapia per artrosi zenocio", f"{SEARCH}|{MED}"), "pagina": "1"}),
        case(f, f"{a}/api/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(SAND["ssid"], WIFI), "bssid": L(SAND["bssid"], WIFI),
            "ip_locale": L("10.8.0.41", DEV), "cartela": L(SAND_CARD, MED)}),
        receipt,
        case(f, f"{a}/api/v1/spesa_sanitaria/esporta", headers=_h(rng, **b), body={
            "codese_fiscal": L(CF, NID), "ano": 2026,
            "spese": [{"prenotasion": L(SAND_BOOKING, BUY), "inporto": L(46.15, BUY),
                       "tipo": L("cure termali", MED)}],
            "opposision_sts": False}),
        case(f, f"{a}/api/v1/familiari", headers=_h(rng, **b), body={
            "mario": {"nome": L(HUSBAND[0], NAMEC), "celulare": L(HUSBAND[1], TEL)},
            "delega_ritiro_referti": True}),
        case(f, f"{a}/api/v1/preferense", headers=_h(rng, how="none"), cookies={
            "sb_sesion": L(opaque(rng, "", 40), CRED), "sb_aparecio": L(INSTALL_ID, DID),
            "sb_pref": W({"lengua": L("vec", DEV), "cartela": L(SAND_CARD, MED)}, "b64json"),
            "sb_req": rid(rng)}),
        case(f, f"{a}/api/v1/aparecio", headers=_h(rng, **b), body=vpush(push_token(rng))),
        case(f, f"{a}/api/v1/eventi", gz=True, headers=_h(rng, **b), body={
            "doparador": L(USER_ID, UID), "eventi": [
                ev("prenotasion", 1, ciclo="sabiature-12"), ev("pagamento", 2,
                                                                inporto=L(46.15, BUY)),
                ev("schermo", 3, schermo=L("DiarioDolor", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparecio": L(INSTALL_ID, DID)}),
    ]


def sabiadoro_sdks() -> list[Case]:
    rng = random.Random(26302)
    return [
        mc_batch(APP, rng, [("Cycle Booked", {"cycle": L("sabiature-12", MED),
                                              "total": L(180, BUY)}),
                            ("Checked In", {"centre": SAND["id"]})],
                 at=SAND_FIX, nd=2, locale="it_IT"),
        mc_identify(APP, rng, {"comun": L("Chioggia", COARSE), "patologia": L("artrosi", MED),
                               "eta": L(35, BIRTH)}),
        tf_launch(APP, rng, first=True),
        tf_event(APP, rng, "purchase", {"prenotasion": L(SAND_BOOKING, BUY)}, revenue=46.15,
                 currency="EUR", hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SAND_FIX, nd=3,
               keywords="spiaggia,terme,benessere"),
        bb_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "diary sheet detached"),
                 [cc_crumb("nav", "Home -> DiarioDolor"),
                  cc_crumb("net", "POST", {"url": f"{APP.api}/api/v1/diario", "status": 201})],
                 screen="DiarioActivity"),
        pc_register(APP, rng, lang="it", at=HOME_AT, nd=2,
                    tags={"stabilimento": SAND["id"], "ciclo": L("sabiature", MED)}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "46.15"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((SAND["lat"], SAND["lon"]), None)],
                 mode="transit"),
        hf_message(APP, rng, L(f"La prenotasion {SAND_BOOKING} la xe stada adebitada do volte",
                               f"{TEXT}|{BUY}"), {"cartela": L(SAND_CARD, MED)}),
    ]
