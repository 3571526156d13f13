"""Wolf-damage claims app "Lhobo i Gado" (the regional nature agency's app through which farmers
report livestock killed by the Iberian wolf and claim compensation; a wolf killed one of the
family's calves in a pasture near Atenor). Its API's keys are Mirandese, ASCII-folded, with
English loans: ``nome``, ``apelhido``, ``correio``, ``telemobel``, ``palabra_passe``,
``data_nacimiento``, ``morada``, ``pobo``, ``nif``, ``lhibro`` herd-book number, ``ataque``
attack, ``animal`` animal, ``spece`` species, ``lugar`` place, ``latitude``/``longitude``,
``precison`` accuracy, ``fotografie`` photo, ``testemunha`` witness, ``relatorio`` report,
``andemnizacon`` compensation, ``balor`` amount, ``cuonta`` account, ``mensaige`` message,
``cerca`` fence, ``perros`` guard dogs, ``aparelho`` device: sign-up, a log-in (OAuth password
grant), ``/eu``, an attack reported with her fix at the carcass, photos, the carcass collection
booked, the vet's inspection slot, an offline report queue (JSON Lines), the witness (her
husband), the compensation claim with her IBAN and tax number, the claim by case number in the
query, a guard-dog subsidy request, an electric fence's map, a sighting with a 4-decimal point, a
message to the warden, documents by cookie, push and events. New: "wolf", "wolves",
"predation", "predator" matched no docstring; set 191 has a crop-damage claim by elephants (a
compensation claim), this one is livestock killed by wolves."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families279_kit import (
    AGENCY,
    BARN_AT,
    CLAIM,
    HOLDING,
    HOME,
    HUSBAND,
    KILL_AT,
    MEADOW_AT,
    NIF,
    PT_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families279_sdk import (
    ct_batch,
    ct_queue,
    lx_bid,
    lx_notice,
    qb_session,
    rs_event,
    rs_launch,
)
from eval_families279_svc import cu_save, mp_geocode, mp_route, mp_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lhobo", "Lhobo i Gado", "com.example.lhoboigado", "1.8.2",
          "https://api.lhoboigado.example.net")
IID = "X-LG-Aparelho"
PW = "Atenor#Lhobo2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, pt=True, **kw)


def lhobo() -> list[Case]:
    rng = random.Random(27911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correio=L(EMAIL, MAIL), nif=L(NIF, NID),
                                    lhibro=L(HOLDING, UID)))}
    kla, klo = fix(KILL_AT)
    ataque = obj(rng, "atq")
    return [
        case(f, f"{a}/api/criadores", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelhido": L(LAST, NAMEC), "correio": L(EMAIL, MAIL),
            "telemobel": L(E164, TEL), "palabra_passe": L(PW, CRED),
            "data_nacimiento": L(DOB, BIRTH), "morada": L(HOME["line"], ADDR),
            "pobo": L(HOME["village"], COARSE), "nif": L(NIF, NID),
            "lhibro": L(HOLDING, UID), "spece": "bobinos"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lhobo-android"}),
        case(f, f"{a}/api/eu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ataques", headers=_h(rng, **b), body={
            "ataque": ataque, "lhibro": L(HOLDING, UID), "die": "2026-02-21T07:40",
            "animal": {"spece": "bobino", "brinco": "PT 2 1207 7120 4", "eidade_dies": 7},
            "lugar": {"latitude": kla, "longitude": klo, "precison": 6},
            "nota": L("Found the calf at dawn by the stone wall, the cow was bellowing. "
                      "Tracks in the mud towards the ravine.", TEXT)}),
        multipart(f, f"{a}/api/ataques/{ataque}/fotografies", [
            ("fotografie", "bitelo_1.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("fotografie2", "rastros.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "ataque": ataque, "latitude": L(round(KILL_AT[0], 5), PRECISE),
                "longitude": L(round(KILL_AT[1], 5), PRECISE)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/recolha", fmt="form", headers=_h(rng, **b), body={
            "ataque": ataque, "telemobel": L(HUSBAND[1], TEL), "janela": "09-12",
            "lugar": L(f"{KILL_AT[0]:.5f},{KILL_AT[1]:.5f}", PRECISE)}),
        case(f, f"{a}/api/bistorias/horairos", headers=_h(rng, **b), query={
            "ataque": ataque, "delegacon": AGENCY["id"], "semana": "2026-W08"}),
        lines(f, f"{a}/api/fila", [
            {"op": "ataque", "ataque": ataque, "lat": L(KILL_AT[0], PRECISE),
             "lon": L(KILL_AT[1], PRECISE), "t": 1771660800},
            {"op": "fotografie", "ataque": ataque, "n": 2, "por": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ataques/{ataque}/testemunha", headers=_h(rng, **b), body={
            "testemunha": {"nome": L(HUSBAND[0], NAMEC), "telemobel": L(HUSBAND[1], TEL),
                           "relacon": "marido"},
            "declaracon": L("My husband heard the dogs barking around 3 a.m.", TEXT)}),
        case(f, f"{a}/api/andemnizacones", gz=True, headers=_h(rng, **b), body={
            "ataque": ataque, "processo": CLAIM, "lhibro": L(HOLDING, UID),
            "balor": L(420.00, BUY), "nif": L(NIF, NID), "iban": L(PT_ACCOUNT, PAY),
            "titular": L(f"{FIRST} {LAST}", NAMEC),
            "relatorio_beterinairo": "rv_" + CLAIM[-5:], "cerca_eletrica": False}),
        case(f, f"{a}/api/andemnizacones/stado", headers=_h(rng, **b), query={
            "processo": CLAIM, "nif": L(NIF, NID)}),
        case(f, f"{a}/api/perros/apoio", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "perros": [{"raca": "cao de gado transmontano",
                                                   "chip": "620098100512210"}],
            "balor_pedido": L(300, BUY), "morada": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/cercas", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "tipo": "eletrica", "metros": 640,
            "tracado": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in MEADOW_AT]}),
        case(f, f"{a}/api/abistamientos", fmt="form", headers=_h(rng, **b), body={
            "latitude": L(f"{KILL_AT[0] + 0.0061:.4f}", PRECISE),
            "longitude": L(f"{KILL_AT[1] - 0.0042:.4f}", PRECISE),
            "cuantos": "2", "hora": "2026-02-24T19:15",
            "nota": L("Two wolves crossing the road to Palaçoulo at dusk", TEXT)}),
        case(f, f"{a}/api/delegacon", headers=_h(rng, **b), query={
            "id": AGENCY["id"], "lat": AGENCY["lat"], "lon": AGENCY["lon"]}),
        case(f, f"{a}/api/mensaiges", headers=_h(rng, **b), body={
            "para": "guarda_0412", "processo": CLAIM,
            "testo": L("The calf was tagged PT 2 1207 7120 4, the vet can call me on "
                       "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/decumientos", headers=_h(rng, how="none"), cookies={
            "lg_sesson": L(opaque(rng, "", 40), CRED), "lg_aparelho": L(INSTALL_ID, DID),
            "lg_req": rid(rng)}),
        case(f, f"{a}/api/ataques/{ataque}/relatorio", headers=_h(rng, **b), query={
            "processo": CLAIM, "formato": "pdf", "lhibro": L(HOLDING, UID)}),
        case(f, f"{a}/api/aparelhos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eibentos", headers=_h(rng, **b), body={
            "outelizador": L(USER_ID, UID), "sesson": rid(rng), "eibentos": [
                ev("ataque_reportado", 1), ev("ecran", 2, ecran=L("Andemnizacon", USAGE))]}),
        case(f, f"{a}/api/salir", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelho": L(INSTALL_ID, DID)}),
    ]


def lhobo_sdks() -> list[Case]:
    rng = random.Random(27912)
    return [
        ct_batch(APP, rng, [("Attack Reported", {"species": "bovine"}),
                            ("Claim Filed", {"amount": L(420, BUY)})], at=KILL_AT, nd=3),
        ct_queue(APP, rng, [("Photo Queued", {"n": 2}), ("Report Synced", {})]),
        rs_launch(APP, rng, first=True, user=True),
        rs_event(APP, rng, "claim_filed", {"region": L("Miranda do Douro", COARSE)}),
        qb_session(APP, rng, secs=733),
        lx_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=KILL_AT, nd=3,
               keywords="farm,livestock,fencing"),
        lx_notice(APP, rng, "imp"),
        cu_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_geocode(APP, rng, "Atenor", "behavior.search", near=BARN_AT, nd=2),
        mp_route(APP, rng, [(BARN_AT, PRECISE), (KILL_AT, PRECISE)], mode="walking"),
        mp_telemetry(APP, rng, [KILL_AT, BARN_AT], PRECISE),
    ]
