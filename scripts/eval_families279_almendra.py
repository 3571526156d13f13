"""Almond growers' cooperative app "Almendral" (the cooperative's warehouse in Sendim buys,
cracks and sells its members' almonds; she is a member in her own name for the orchard she and
her husband took over). Its API's keys are Mirandese, ASCII-folded, with English loans:
``nome``, ``apelhido``, ``correio``, ``telemobel``, ``palabra_passe``, ``data_nacimiento``,
``morada``, ``pobo``, ``codigo_postal``, ``nif`` tax number, ``socio`` member number,
``pumar`` orchard, ``arbles`` trees, ``variedade`` variety, ``antrega`` delivery, ``quilos``,
``rendimiento`` kernel yield, ``precio_quilo`` price per kilo, ``liquidacon`` settlement,
``adiantamiento`` advance, ``amprestamo`` loan, ``retencon`` withholding, ``cuonta`` account,
``iban``, ``balor`` amount, ``pagamiento`` payment, ``recibo`` receipt, ``jeada`` frost,
``seguro`` insurance, ``bales`` vouchers, ``mensaige`` message: sign-up, an e-mail code,
``/miu``, the orchard registered with her fix, a delivery ticket (msgpack), the weighing by
ticket in the query, the settlement by member number in the path, the payout account, an advance
on the harvest, a loan simulation (base64 JSON in a form field), frost insurance, the
withholding certificate, vouchers spent in the farm shop, an offline sync (JSON Lines), the
market price board, a shares statement by cookie, a message to the office, a search, push,
events and a log-out. New: "almond" matched no docstring; set 168's chestnut cooperative and
sets 83 and 222's olive cooperatives are other crops; here the money is the point (payouts,
advances, a loan, withholding)."""

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
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families279_kit import (
    HOME,
    MEMBER,
    NIF,
    ORCHARD_AT,
    PT_ACCOUNT,
    WAREHOUSE,
    fix,
    hd,
    push,
)
from eval_families279_sdk import (
    ct_batch,
    ct_identify,
    ct_pixel,
    lx_bid,
    qb_crash,
    qb_crumb,
    rs_event,
    rs_launch,
)
from eval_families279_svc import aj_message, bd_eval, cp_register, mo_wallet, mp_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("almendral", "Almendral", "com.example.almendral", "2.0.6",
          "https://api.almendral.example.com")
IID = "X-Almendral-Aparelho"
PW = "Amendoeira*Flor26"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def almendral() -> list[Case]:
    rng = random.Random(27931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, socio=L(MEMBER, UID), telemobel=L(E164, TEL)))}
    ola, olo = fix(ORCHARD_AT)
    ticket = "TK-2025-09-3312"
    settle = at_path(case(f, f"{a}/v1/socios/{MEMBER}/liquidacones", headers=_h(rng, **b),
                          query={"campanha": "2025"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/socios", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelhido": L(LAST, NAMEC), "correio": L(EMAIL, MAIL),
            "telemobel": L(E164, TEL), "palabra_passe": L(PW, CRED),
            "data_nacimiento": L(DOB, BIRTH), "morada": L(HOME["line"], ADDR),
            "pobo": L(HOME["village"], COARSE), "codigo_postal": L(HOME["post"], COARSE),
            "nif": L(NIF, NID), "socio": L(MEMBER, UID), "capital_social": L(250, BUY)}),
        case(f, f"{a}/v1/auth/codigo", fmt="form", headers=_h(rng), body={
            "correio": L(EMAIL, MAIL), "codigo": L("914027", CRED)}),
        case(f, f"{a}/v1/miu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pumares", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "nome_pumar": "Cortinha de la Cruç", "arbles": 410,
            "variedade": ["Ferraduel", "Casanova"], "regadio": False,
            "lugar": {"latitude": ola, "longitude": olo}}),
        case(f, f"{a}/v1/antregas", fmt="msgpack", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "ticket": ticket, "quilos": 1840, "variedade": "Ferraduel",
            "armazen": WAREHOUSE["id"], "humidade": 6.5, "matricula": "41-TX-08"}),
        case(f, f"{a}/v1/pesagens", headers=_h(rng, **b), query={
            "ticket": ticket, "socio": L(MEMBER, UID)}),
        settle,
        case(f, f"{a}/v1/cuonta/pagamiento", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "iban": L(PT_ACCOUNT, PAY),
            "titular": L(f"{FIRST} {LAST}", NAMEC), "banco": "Banco de Exemplo"}),
        case(f, f"{a}/v1/adiantamientos", fmt="form", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "balor": L("1500.00", BUY), "campanha": "2026",
            "iban": L(PT_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/amprestamos/simular", fmt="form", headers=_h(rng, **b), body={
            "dados": W({"socio": L(MEMBER, UID), "balor": L(6000, BUY), "meses": 36,
                        "nif": L(NIF, NID), "rendimiento_anual": L(14200, BUY)}, "b64json"),
            "v": "1"}),
        case(f, f"{a}/v1/seguros/jeada", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "pumar": "Cortinha de la Cruç", "arbles": 410,
            "premio": L(212.40, BUY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/retencones/2025", headers=_h(rng, **b), query={
            "nif": L(NIF, NID), "formato": "pdf"}),
        case(f, f"{a}/v1/bales/gastar", headers=_h(rng, **b), body={
            "socio": L(MEMBER, UID), "loja": "loja_sendim",
            "linhas": [{"artigo": "adubo_npk_25kg", "qtd": 4, "precio": 21.5},
                       {"artigo": "tesoura_poda", "qtd": 1, "precio": 34.9}],
            "total": L(120.90, BUY)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "colheita", "pumar": "Cortinha de la Cruç", "quilos": 620,
             "lat": L(ORCHARD_AT[0], PRECISE), "lon": L(ORCHARD_AT[1], PRECISE)},
            {"op": "antrega", "ticket": ticket, "total": L(2796.80, BUY),
             "por": L(MEMBER, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/mercado/precios", headers=_h(rng, **b), query={
            "variedade": "Ferraduel", "armazen": WAREHOUSE["id"]}),
        case(f, f"{a}/v1/capital/extrato", headers=_h(rng, how="none"), cookies={
            "al_sesson": L(opaque(rng, "", 40), CRED), "al_aparelho": L(INSTALL_ID, DID),
            "al_lhengua": L("pt-PT", DEV)}),
        case(f, f"{a}/v1/mensaiges", headers=_h(rng, **b), body={
            "para": "scritorio",
            "testo": L("My advance of 1500 euros has not arrived, my IBAN ends 7061",
                       f"{TEXT}|{BUY}|{PAY}")}),
        case(f, f"{a}/v1/busca", headers=_h(rng, **b), query={
            "q": L("poda amendoeira curso", SEARCH)}),
        case(f, f"{a}/v1/aparelhos", headers=_h(rng, **b), body=push(push_token(rng), "pt_PT")),
        case(f, f"{a}/v1/eibentos", headers=_h(rng, **b), body={
            "outelizador": L(USER_ID, UID), "eibentos": [
                ev("liquidacon_abierta", 1), ev("ecran", 2, ecran=L("Adiantamiento", USAGE))]}),
        case(f, f"{a}/v1/salir", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelho": L(INSTALL_ID, DID)}),
    ]


def almendral_sdks() -> list[Case]:
    rng = random.Random(27932)
    return [
        ct_batch(APP, rng, [("Delivery Logged", {"kg": 1840}),
                            ("Advance Requested", {"amount": L(1500, BUY)})],
                 at=ORCHARD_AT, nd=2),
        ct_identify(APP, rng, {"pobo": L("Sendim", COARSE), "socio": L(MEMBER, UID)}),
        ct_pixel(APP, rng, "Prices Opened", {"variety": "Ferraduel"}),
        rs_launch(APP, rng, user=True),
        lx_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="farming,almonds,tractors"),
        qb_crash(APP, rng, ("java.lang.ArithmeticException", "yield per kilo"),
                 [qb_crumb("nav", "Liquidacones -> Detalhe")], screen="LiquidaconActivity"),
        rs_event(APP, rng, "advance", {"campaign": "2026"}, revenue=1500.0, currency="EUR"),
        bd_eval(APP, rng, {"region": L("Terra de Miranda", COARSE), "role": "member"}),
        cp_register(APP, rng, at=ORCHARD_AT, nd=2, tags={"pobo": L("Sendim", COARSE)}),
        mo_wallet(APP, rng, "1500.00", L(E164, TEL)),
        mp_route(APP, rng, [(ORCHARD_AT, PRECISE), ((WAREHOUSE["lat"], WAREHOUSE["lon"]), None)]),
        aj_message(APP, rng, L(f"Settlement for ticket {ticket_id()} is missing", TEXT),
                   {"socio": L(MEMBER, UID)}),
    ]


def ticket_id() -> str:
    """The delivery ticket (the cooperative's weighing slip: a negative)."""
    return "TK-2025-09-3312"
