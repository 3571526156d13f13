"""Mirandesa cattle breeders' herd-book app "Lhibro de la Baca" (the breed association in Miranda
do Douro keeps the herd-book; her husband's family's holding in Sendim, she is co-holder). Its
API's keys are Mirandese as a local developer writes them, ASCII-folded, with English loans
(``token``, ``id``, ``email`` kept): ``nome`` first name, ``apelhido`` surname, ``correio``
e-mail, ``telemobel`` mobile, ``palabra_passe`` password, ``data_nacimiento`` birth date,
``morada`` street line, ``pobo`` village, ``cunceilho`` municipality, ``titulo_residencia``
residence card, ``nif`` tax number, ``cotitular`` co-holder, ``lhibro`` herd-book number,
``baca`` cow, ``bitelo`` calf, ``brinco`` ear tag, ``mai``/``pai`` dam/sire, ``parto`` calving,
``peso`` weight, ``lhameiro`` meadow, ``curral`` barn, ``fotografie`` photo, ``quota`` dues,
``pagamiento`` payment, ``balor`` amount, ``premio`` premium, ``canal`` carcass,
``mensaige`` message, ``busca`` search, ``aparelho`` device, ``lhengua`` language: sign-up, an
SMS code, ``/you`` (her profile), the holding by herd-book number in the path, a calf's birth
registered with her fix at the barn, a DNA parentage sample (msgpack), the meadow's boundary, the
cows' classification visit booked, a protobuf grazing beat, the dues paid, the DOP carcass
premium, a photo of the calf, a message to the technician, a search, the vet's visit, a transfer
of a heifer to a neighbour, the holding's statement by cookie, push, events and a log-out. Sets
107, 130 and 169 have a cattle market, a herd/vaccination record and a horse stud book; this is
a cattle BREED's herd-book (pedigree, classification, PDO carcass premium)."""

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
    JPEG,
    MAIL,
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
from eval_families279_kit import (
    BARN_AT,
    BREEDERS,
    COWS,
    HOLDING,
    HOME,
    HOME_AT,
    HUSBAND,
    MEADOW_AT,
    NIF,
    PT_ACCOUNT,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families279_sdk import (
    ct_batch,
    ct_identify,
    qb_crash,
    qb_crumb,
    rs_event,
    rs_launch,
)
from eval_families279_svc import aj_message, bd_eval, cp_register, mo_card, mo_confirm, mp_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("baca", "Lhibro de la Baca", "com.example.lhibrobaca", "3.1.0",
          "https://api.lhibrobaca.example.org")
IID = "X-Lhibro-Aparelho"
PW = "Mirandesa!Sendim7"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def lhibro() -> list[Case]:
    rng = random.Random(27901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correio=L(EMAIL, MAIL), lhibro=L(HOLDING, UID),
                                    papel="cotitular"))}
    bla, blo = fix(BARN_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOLDING, UID)), (2, COWS[0]), (3, 1771200000),
               (4, [(1, L(MEADOW_AT[0][0], PRECISE)), (2, L(MEADOW_AT[0][1], PRECISE)),
                    (3, 14.0)]), (5, L(63, DEV))], "", lab)
    holding = at_path(case(f, f"{a}/v2/lhibro/{HOLDING}", headers=_h(rng, **b)), HOLDING, UID)
    return [
        case(f, f"{a}/v2/registo", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelhido": L(LAST, NAMEC), "correio": L(EMAIL_MIXED, MAIL),
            "telemobel": L(E164, TEL), "palabra_passe": L(PW, CRED),
            "data_nacimiento": L(DOB, BIRTH), "morada": L(HOME["line"], ADDR),
            "pobo": L(HOME["village"], COARSE), "cunceilho": L(HOME["council"], COARSE),
            "codigo_postal": L(HOME["post"], COARSE), "titulo_residencia": L(RESIDENCE, NID),
            "nif": L(NIF, NID), "lhibro": L(HOLDING, UID),
            "cotitular": {"nome": L(HUSBAND[0], NAMEC), "telemobel": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/codigo_sms", fmt="form", headers=_h(rng), body={
            "telemobel": L(E164, TEL), "codigo": L("508113", CRED)}),
        case(f, f"{a}/v2/you", headers=_h(rng, extra=jw)),
        holding,
        case(f, f"{a}/v2/bitelos", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "brinco": "PT 2 1207 7120 4", "mai": COWS[0],
            "pai": "touro_IA_0551", "parto": "2026-02-14", "sexo_bitelo": "macho",
            "peso": 38, "pelo": "castanho scuro",
            "curral": {"latitude": bla, "longitude": blo},
            "registado_por": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/adn/amostras", fmt="msgpack", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "brinco": "PT 2 1207 7120 4", "kit": obj(rng, "kit"),
            "mai": COWS[0], "pai": "touro_IA_0551", "balor": L(24, BUY)}),
        case(f, f"{a}/v2/lhameiros", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "nome_lhameiro": "Lhameiro de la Ribeira",
            "hectares": 2.1,
            "lemite": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in MEADOW_AT]}),
        case(f, f"{a}/v2/classificacon/marcar", fmt="form", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "bacas": "2", "die": "2026-03-10",
            "tecnico": "tec_017", "telemobel_contacto": L(HUSBAND[1], TEL)}),
        raw(f, f"{a}/v2/pastoreio/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/quotas/pagamiento", fmt="form", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "anho": "2026", "balor": L("60.00", BUY),
            "moeda": "EUR", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "redadeiros_4": L("4444", PAY)}),
        case(f, f"{a}/v2/premios/dop", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "canal": {"brinco": COWS[1], "peso_canal": 286.5,
                                                  "classe": "R3", "matadouro": "mt_0217"},
            "premio": L(171.90, BUY), "iban": L(PT_ACCOUNT, PAY),
            "titular": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v2/bitelos/fotografie", [
            ("fotografie", "bitelo_fevreiro.jpg", "image/jpeg", L(JPEG + b"\x52", "content.media")),
            ("meta", None, "application/json", {"brinco": "PT 2 1207 7120 4",
                                                "lhibro": L(HOLDING, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mensaiges", headers=_h(rng, **b), body={
            "para": "tec_017",
            "testo": L("Buonas, the calf was born last night, the dam is fine. Can you come "
                       "on Tuesday? Amadeu will be at the barn.", TEXT)}),
        case(f, f"{a}/v2/busca", headers=_h(rng, **b), query={
            "busca": L("touro mirandés pa cobriçon abril", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v2/beterinairo/bejita", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "motivo": "saneamento", "bacas": COWS,
            "die": "2026-03-02", "morada": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v2/transferencias", headers=_h(rng, **b), body={
            "lhibro": L(HOLDING, UID), "brinco": COWS[1], "lhibro_destino": "MDR-PAL-0077",
            "balor": L(1350, BUY), "guia": obj(rng, "gm")}),
        case(f, f"{a}/v2/lhibro/extrato", headers=_h(rng, how="none"), cookies={
            "lb_sesson": L(opaque(rng, "", 40), CRED), "lb_aparelho": L(INSTALL_ID, DID),
            "lb_req": rid(rng)}),
        case(f, f"{a}/v2/associacon", headers=_h(rng, **b), query={
            "id": BREEDERS["id"], "campos": "telefone,morada"}),
        case(f, f"{a}/v2/aparelhos", headers=_h(rng, **b), body=push(push_token(rng), "pt_PT")),
        case(f, f"{a}/v2/eibentos", gz=True, headers=_h(rng, **b), body={
            "outelizador": L(USER_ID, UID), "eibentos": [
                ev("bitelo_registado", 1), ev("ecran", 2, ecran=L("LhibroBacas", USAGE))]}),
        case(f, f"{a}/v2/salir", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelho": L(INSTALL_ID, DID)}),
    ]


def lhibro_sdks() -> list[Case]:
    rng = random.Random(27902)
    return [
        ct_batch(APP, rng, [("Calf Registered", {"breed": "mirandesa"}),
                            ("Premium Claimed", {"total": L(171.90, BUY)})],
                 at=BARN_AT, nd=2, locale="pt_PT"),
        ct_identify(APP, rng, {"pobo": L("Sendim", COARSE), "lhibro": L(HOLDING, UID),
                               "bacas": 2}),
        rs_launch(APP, rng, first=True),
        rs_event(APP, rng, "purchase", {"lhibro": L(HOLDING, UID)}, revenue=60.0,
                 currency="EUR", hashed=True),
        qb_crash(APP, rng, ("java.lang.IllegalStateException", "ear tag scanner closed"),
                 [qb_crumb("nav", "Bitelos -> Scaner"),
                  qb_crumb("net", "POST", {"url": f"{APP.api}/v2/bitelos", "status": 201})],
                 screen="ScanerActivity"),
        bd_eval(APP, rng, {"pobo": L("Sendim", COARSE), "papel": "cotitular"}),
        cp_register(APP, rng, lang="pt", at=HOME_AT, nd=2,
                    tags={"raca": "mirandesa", "pobo": L("Sendim", COARSE)}),
        mo_card(APP, rng),
        mo_confirm(APP, rng, "60.00"),
        mp_reverse(APP, rng, BARN_AT, PRECISE, nd=5),
        aj_message(APP, rng, L("The DOP premium for my cow is not in my account yet",
                               f"{TEXT}|{BUY}"), {"lhibro": L(HOLDING, UID)}),
    ]
