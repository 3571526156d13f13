"""A walking school bus app "PediZena" (volunteer escorts walk the children of Castelletto to their
primary school along fixed stops; Pietro's third class; keys Ligurian, ASCII-folded, with the
English ``password``/``token`` of the OAuth layer: ``figgio`` son, ``scheua`` school, ``classe``
class, ``fermata`` stop, ``linia`` line, ``accompagnatô``/``accompagnatou`` escort, ``presensa``
attendance, ``assensa`` absence, ``freve`` fever, ``maotia`` illness, ``allergia`` allergy,
``meixinna`` medicine, ``delega`` pick-up authorisation, ``turno`` shift, ``taggia`` size,
``sesso`` sex (``M``), ``nomme``/``cognomme``, ``telefono``, ``indirisso``): the parent's log-in
(OAuth password grant), ``/mi`` with a ``figgi`` claim, the parent's record, Pietro's enrolment
(tax code, class, stop), the stops and the line, his record by pupil number in the path, the
health form (gzip), the morning hand-over at the stop with her fix, an absence (fever), a pick-up
authorisation for her mother-in-law, her escort shifts, her trace as escort (msgpack), the
arrival, a message to the coordinator, the photo consent, a group photo, the rain alert, a search,
an offline roll call (JSON Lines), push and events with a session cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families273_kit import (
    CLASS,
    GE_HOME,
    GE_HOME_AT,
    MOTHER_IL,
    SCHOOL,
    SON,
    STOP,
    STOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families273_sdk import bl_bid, cf_crash, cf_crumb, cz_batch, cz_queue, pk_launch
from eval_families273_svc import ct_save, fc_eval, hm_message, mp_route, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pedizena", "PediZena", "com.example.pedizena", "2.4.0",
          "https://api.pedizena.example.org")
IID = "X-PediZena-Device"
PW = "Pietro2017!Spianata"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def pedizena() -> list[Case]:
    rng = random.Random(27311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), figgi=[L(SON["pupil"], UID)],
                                    ruolo="genitô"))}
    sla, slo = fix(STOP_FIX, 5)
    walk = obj(rng, "cm")
    kid = at_path(case(f, f"{a}/v2/figgi/{SON['pupil']}", headers=_h(rng, **b)),
                  SON["pupil"], UID)
    trace = [{"lat": L(round(STOP_FIX[0] + 0.00041 * i, 6), PRECISE),
              "lon": L(round(STOP_FIX[1] - 0.00018 * i, 6), PRECISE), "t": 1768374000 + 60 * i}
             for i in range(4)]
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "pedizena-android"}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/genitoi", headers=_h(rng, **b), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "indirisso": L(GE_HOME["line"], ADDR),
            "relasion": "moae"}),
        case(f, f"{a}/v2/figgi", headers=_h(rng, **b), body={
            "nomme": L(SON["first"], NAMEC), "cognomme": L(SON["last"], NAMEC),
            "daeta_de_nascita": L(SON["dob"], BIRTH), "sesso": L(SON["sex"], GENDER),
            "codexo_fiscale": L(SON["cf"], NID), "scheua": SCHOOL["id"], "classe": CLASS["id"],
            "fermata": STOP["id"], "matricola": L(SON["pupil"], UID)}),
        case(f, f"{a}/v2/linie/L2/fermate", headers=_h(rng, **b), query={
            "scheua": SCHOOL["id"]}),
        kid,
        case(f, f"{a}/v2/figgi/salute", gz=True, headers=_h(rng, **b), body={
            "matricola": L(SON["pupil"], UID), "allergia": [L("punture d'ava", MED)],
            "meixinna": L("adrenalina autoiniettabile 0,15 mg", MED), "asma": L(False, MED),
            "notta": L("O ga l'adrenalina inte o zainetto", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/presense", headers=_h(rng, **b), body={
            "matricola": L(SON["pupil"], UID), "data": "2026-01-14", "fermata": STOP["id"],
            "consegnou": True, "poxision": {"lat": sla, "lon": slo},
            "fermata_poxision": {"lat": STOP["lat"], "lon": STOP["lon"]}}),
        case(f, f"{a}/v2/assense", headers=_h(rng, **b), body={
            "matricola": L(SON["pupil"], UID), "da": "2026-01-19", "a": "2026-01-20",
            "maotia": L(True, MED),
            "notta": L("Pietro o l'ha a freve a 38 e a tosse, o stà a casa", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/deleghe", headers=_h(rng, **b), body={
            "matricola": L(SON["pupil"], UID),
            "delegou": {"nomme": L(MOTHER_IL[0], NAMEC), "telefono": L(MOTHER_IL[1], TEL),
                        "parente": "nonna"}, "giorni": ["mar", "zeu"]}),
        case(f, f"{a}/v2/turni", headers=_h(rng, **b), body={
            "accompagnatou": L(USER_ID, UID), "linia": "L2", "giorni": ["mar"],
            "giubbotto_taggia": "M", "telefono_emergensa": L(E164, TEL)}),
        case(f, f"{a}/v2/camin/{walk}/traccia", fmt="msgpack", headers=_h(rng, **b), body={
            "accompagnatou": L(USER_ID, UID), "punti": trace, "figgi_n": 11}),
        case(f, f"{a}/v2/camin/{walk}/arrivo", fmt="form", headers=_h(rng, **b), body={
            "scheua": SCHOOL["id"], "oa": "08:11", "figgi_n": "11",
            "scheua_lat": str(SCHOOL["lat"]), "scheua_lon": str(SCHOOL["lon"])}),
        case(f, f"{a}/v2/messaggi", headers=_h(rng, **b), body={
            "a": "coord_l2", "fio": obj(rng, "th"),
            "testo": L("Martedì no posso fâ o turno, me ciammae a-o +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/consensi/foto", fmt="form", headers=_h(rng, **b), body={
            "matricola": L(SON["pupil"], UID), "foto_gruppo": "no", "firma": L(f"{FIRST} {LAST}",
                                                                           NAMEC)}),
        multipart(f, f"{a}/v2/camin/{walk}/foto", [
            ("foto", "pedibus_neive.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"linia": "L2",
                                                "didascalia": L("A neive in sciâ Spianata!",
                                                                TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/allerte", headers=_h(rng, **b), query={
            "zona": "B", "comun": "010025", "livello": "arancion"}),
        case(f, f"{a}/v2/cerca", headers=_h(rng, **b), query={
            "q": L("fermata ciù vixin a via Righi", SEARCH)}),
        lines(f, f"{a}/v2/presense/sync", [
            {"op": "presente", "badge": "bd_" + opaque(rng, "", 6), "fermata": STOP["id"]},
            {"op": "presente", "matricola": L(SON["pupil"], UID), "fermata": STOP["id"]},
            {"op": "assente", "badge": "bd_" + opaque(rng, "", 6), "fermata": "fm_08"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dispoxitivi", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/v2/eventi", headers=_h(rng, how="none"), cookies={
            "pz_sid": L(opaque(rng, "", 40), CRED), "pz_dev": L(INSTALL_ID, DID)}, body={
            "utente": L(USER_ID, UID), "eventi": [
                ev("presensa", 1), ev("schermo", 2, schermo=L("LiniaLive", USAGE))]}),
    ]


def pedizena_sdks() -> list[Case]:
    rng = random.Random(27312)
    return [
        cz_batch(APP, rng, [("Child Enrolled", {"class": CLASS["grade"]}),
                            ("Handover", {"stop": STOP["id"]})]),
        cz_queue(APP, rng, [("Walk Started", {"line": "L2"}), ("Walk Arrived", {"kids": 11})]),
        pk_launch(APP, rng, user=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="scuola,bambini,genova"),
        cf_crash(APP, rng, ("java.lang.NullPointerException", "stop row"),
                 [cf_crumb("nav", "Linia -> Fermata")], user={"id": L(USER_ID, UID)},
                 screen="FermataActivity"),
        fc_eval(APP, rng, {"school": SCHOOL["id"], "escort": True}),
        pf_register(APP, rng, lang="it", tags={"linia": "L2", "fermata": STOP["id"]}),
        ct_save(APP, rng, {"analytics": True, "marketing": False}),
        hm_message(APP, rng, L(f"La presenza di {KID} del 14 non risulta", f"{TEXT}|{NAMEC}"),
                   {"matricola": L(SON["pupil"], UID)}),
        mp_route(APP, rng, [(GE_HOME_AT, PRECISE), ((STOP["lat"], STOP["lon"]), None),
                            ((SCHOOL["lat"], SCHOOL["lon"]), None)], mode="walking"),
    ]
