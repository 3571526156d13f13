"""A historical palio's crossbow company app "Balestrin" (the Compagnia de la Balestra de San
Domenego: members shoot medieval bench crossbows at the range, parade in costume at the town's
summer palio and cook at its tavern; its API's keys are Venetian, ASCII-folded: ``nome`` /
``cognome``, ``email``, ``celulare``, ``ciave``, ``data_de_nassita``, ``sesso`` (``dona``),
``codese_fiscal``, ``tesara`` company card, ``quota``, ``mixure`` measurements (``altessa``
height, ``peto`` chest, ``vita`` waist, ``fianchi`` hips, ``scarpe`` shoe size), ``vestito``
costume, ``ruolo`` role, ``corteo`` parade, ``tiro`` shooting, ``bersajo`` target, ``colpi``
shots, ``gara`` contest, ``turno`` shift, ``taverna``, ``sena`` dinner, ``alergie``,
``caparra``, ``ospite`` guest, ``mesajo``, ``serca``, ``posission``): joining with her tax code,
an OAuth password grant, ``/mi``, the costume measurements, the range slot, a check-in at the
range with her fix, a protobuf practice session, the scores (msgpack), the contest entry, the
parade roles for the family, the costume deposit, the tavern shift, the company dinner (her
shellfish allergy), a photo in costume, guest tickets for her sister, the chat, a search, the
card by number in the path, a receipt by cookie GET, push and events."""

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
    GENDER,
    JPEG,
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
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families263_kit import (
    CF,
    CROSSBOW_CARD,
    HUSBAND,
    RANGE,
    RANGE_FIX,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families263_sdk import cc_crash, cc_crumb, mc_batch, mc_identify, tf_event, tf_link
from eval_families263_svc import cb_check, cz_card, cz_confirm, hf_message, mb_reverse, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("balestrin", "Balestrin", "com.example.balestrin", "1.3.4",
          "https://api.balestrin.example.net")
IID = "X-Balestrin-Device"
PW = "Veretton!1380"
FIT, NID = "health.fitness", "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def balestrin() -> list[Case]:
    rng = random.Random(26351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tesara=L(CROSSBOW_CARD, UID),
                                    ruolo="balestriera"))}
    rla, rlo = fix(RANGE_FIX)
    ses = obj(rng, "tir")
    lab: dict[str, str] = {}
    practice = pb([(1, L(CROSSBOW_CARD, UID)), (2, ses), (3, 1783000000),
                   (4, [(1, L(RANGE_FIX[0], PRECISE)), (2, L(RANGE_FIX[1], PRECISE))]),
                   (5, [(1, 30), (2, 8), (3, 62)]), (6, L(71, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v1/tesare/{CROSSBOW_CARD}", headers=_h(rng, **b)),
                   CROSSBOW_CARD, UID)
    return [
        case(f, f"{a}/v1/soci", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "celulare": L(E164, TEL), "ciave": L(PW, CRED), "data_de_nassita": L(DOB, BIRTH),
            "sesso": L("dona", GENDER), "codese_fiscal": L(CF, NID),
            "tesara": L(CROSSBOW_CARD, UID), "comun": L("Chioggia", COARSE),
            "quota": L(60, BUY), "presentà_da": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "balestrin-app"}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vestiti/mixure", headers=_h(rng, **b), body={
            "tesara": L(CROSSBOW_CARD, UID), "altessa": L(168, FIT), "peto": L(90, FIT),
            "vita": L(72, FIT), "fianchi": L(98, FIT), "scarpe": L(39, FIT),
            "vestito": "dama_popolana_03"}),
        case(f, f"{a}/v1/tiro/turni", headers=_h(rng, **b), query={
            "campo": RANGE["id"], "zorno": "2026-06-20"}),
        case(f, f"{a}/v1/tiro/checkin", headers=_h(rng, **b), body={
            "tesara": L(CROSSBOW_CARD, UID), "campo": RANGE["id"], "bancon": "4",
            "posission": {"lat": rla, "lng": rlo},
            "campo_posission": {"lat": RANGE["lat"], "lng": RANGE["lon"]}}),
        raw(f, f"{a}/v1/tiro/{ses}/batito", practice, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tiro/{ses}/colpi", fmt="msgpack", headers=_h(rng, **b), body={
            "tesara": L(CROSSBOW_CARD, UID), "distansa_m": 30,
            "colpi": [{"n": 1, "punti": 8}, {"n": 2, "punti": 9}, {"n": 3, "punti": 6}],
            "balestra": "club_b12", "bersajo": "tgt_30m_04"}),
        case(f, f"{a}/v1/gare/iscrision", fmt="form", headers=_h(rng, **b), body={
            "gara": "palio_balestra_2026", "tesara": L(CROSSBOW_CARD, UID),
            "categoria": "done", "quota": L("15", BUY)}),
        case(f, f"{a}/v1/corteo/ruoli", headers=_h(rng, **b), body={
            "corteo": "corteo_palio_2026", "fameja": [
                {"nome": L(f"{FIRST} {LAST}", NAMEC), "ruolo": "balestriera"},
                {"nome": L(HUSBAND[0], NAMEC), "ruolo": "nobile"},
                {"nome": L(f"{SON['first']} {SON['last']}", NAMEC), "ruolo": "paggio",
                 "eta": L(10, BIRTH)}]}),
        case(f, f"{a}/v1/vestiti/caparra", fmt="form", headers=_h(rng, **b), body={
            "vestito": "dama_popolana_03", "caparra": L("50.00", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/taverna/turni", headers=_h(rng, **b), body={
            "tesara": L(CROSSBOW_CARD, UID), "turno": "sab_19_23", "posto": "friggitoria"}),
        case(f, f"{a}/v1/sena", headers=_h(rng, **b), body={
            "sena": "sena_compagnia_giugno", "posti": 3, "totale": L(75, BUY),
            "alergie": L("crostacei e molluschi", MED),
            "nota": L("Mi no posso magnar canoce e peoci, grassie", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/foto", [
            ("foto", "corteo_dama.jpg", "image/jpeg", L(JPEG + b"\x39", MEDIA)),
            ("meta", None, "application/json", {
                "album": "palio-2026",
                "didascalia": L("Prima volta in corteo co la balestra!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/biglieti/ospiti", headers=_h(rng, **b), body={
            "ospite": {"nome": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "tribuna": "B", "posti": 1, "inporto": L(12, BUY),
            "mesajo": L("Laura, te speto in tribuna B soto el campanil!", TEXT)}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "stansa": "balestrieri", "testo": L(
                "Chi ga la ciave del magazin dei vestiti? Domani porto la balestra a far "
                "sistemar la corda", TEXT)}),
        case(f, f"{a}/v1/serca", headers=_h(rng, **b), query={
            "serca": L("calzature medievali numero 39", SEARCH)}),
        card,
        case(f, f"{a}/v1/ricevude/ultima", headers=_h(rng, how="none"), cookies={
            "bl_sesion": L(opaque(rng, "", 40), CRED), "bl_dev": L(INSTALL_ID, DID),
            "bl_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/v1/eventi", gz=True, headers=_h(rng, **b), body={
            "doparador": L(USER_ID, UID), "eventi": [
                ev("tiro_registrà", 1, colpi=3), ev("schermo", 2, schermo=L("Corteo", USAGE))]}),
    ]


def balestrin_sdks() -> list[Case]:
    rng = random.Random(26352)
    link = U("https://balestrin.example.net/invito", {"tesara": L(CROSSBOW_CARD, UID),
                                                      "ref": "whatsapp", "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Practice Logged", {"shots": 3}), ("Dinner Booked", {})],
                 at=RANGE_FIX, nd=3),
        mc_identify(APP, rng, {"ruolo": "balestriera", "tesara": L(CROSSBOW_CARD, UID),
                               "comun": L("Chioggia", COARSE)}),
        tf_link(APP, rng, link),
        tf_event(APP, rng, "ticket", {"tribuna": "B"}, revenue=12.0, currency="EUR"),
        cc_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "score row 4"),
                 [cc_crumb("nav", "Tiro -> Colpi"), cc_crumb("tap", "zonta_colpo")],
                 screen="ColpiActivity"),
        pc_register(APP, rng, lang="it", at=RANGE_FIX, nd=2, tags={"compagnia": "san_domenego"}),
        cb_check(APP, rng, {"analytics": True}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "50.00"),
        mb_reverse(APP, rng, RANGE_FIX, PRECISE, nd=5),
        hf_message(APP, rng, L("Il pagamento della caparra del costume risulta due volte",
                               TEXT), {"tesara": L(CROSSBOW_CARD, UID)}),
    ]
