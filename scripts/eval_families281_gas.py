"""A solidarity purchasing group's app "Spesa Giosta" (the village GAS, a gruppo d'acquisto
solidale of about sixty families in Ranica buying weekly from local farms and a valley dairy;
she is her family's account holder and does distribution shifts in the parish hall). Its API's
keys are Lombard, ASCII-folded, snake case: ``famea`` family (``referent`` the account holder,
``membri`` members), ``soci`` member account, ``nom``, ``cognom``, ``email``, ``celular``,
``ciav`` password, ``indiris``, ``paes``, ``quota_anual`` yearly fee, ``ordin`` order
(``righe`` lines, ``prodot``, ``quantita``, ``presi`` price, ``total``), ``produtur``
producer, ``cassa`` the group account (``versament`` top-up, ``import``), ``turno`` shift,
``de`` day, ``posisiu`` position, ``dieta`` (``senza_glutine``), ``messagg`` (``test``),
``segnalasiu`` report, ``op`` operation, ``consegnat`` handed over, ``incass`` cash taken,
``vot`` vote (``se`` yes), ``serca``, ``aparecc``, ``evencc``): joining, a log-in, ``/me``,
open orders, a producer's price list, an order and a change to it (msgpack), a top-up of the
group account and its balance, a distribution shift, the check-in at the hall, the family's
diet, a message to a farm, a report of broken eggs with a photo, her shift's tally (JSON Lines),
past orders by cookie, the receipt by order number in the path, a vote on a new producer, a
search, push, events and a log-out. Grocery, market and co-operative shops exist in earlier
sets; none is a members' buying group with shifts and a shared account."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families281_kit import (
    FARMS,
    GAS_HALL,
    GAS_MEMBER,
    HOME,
    HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families281_sdk import cs_crash, cs_crumb, ms_batch, ms_queue, tp_launch
from eval_families281_svc import (
    co_card,
    co_confirm,
    cp_save,
    fs_eval,
    hc_message,
    mp_route,
    po_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("spesagiosta", "Spesa Giosta", "com.example.spesagiosta", "2.6.1",
          "https://api.spesagiosta.example.org")
IID = "X-Giosta-Device"
PW = "CascinaBrolo#61"
ORDER = "ORD-GAS-26-0311"  # her family's weekly order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def spesagiosta() -> list[Case]:
    rng = random.Random(28151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, soci=L(GAS_MEMBER, UID), email=L(EMAIL, MAIL)))}
    gla, glo = fix(GAS_HALL["at"], 4)
    receipt = at_path(case(f, f"{a}/api/ordini/{ORDER}/ricevuda", headers=_h(rng, **b)),
                      ORDER, BUY)
    return [
        case(f, f"{a}/api/iscrisiu", headers=_h(rng), body={
            "famea": {"referent": {"nom": L(FIRST, NAMEC), "cognom": L(LAST, NAMEC)},
                      "email": L(EMAIL_MIXED, MAIL), "celular": L(E164, TEL),
                      "indiris": L(HOME["line"], ADDR), "paes": L(HOME["town"], COARSE),
                      "membri": 3},
            "ciav": L(PW, CRED), "soci": L(GAS_MEMBER, UID), "quota_anual": L(15, BUY)}),
        case(f, f"{a}/api/entra", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "ciav": L(PW, CRED), "ricordam": "se"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ordini/averte", headers=_h(rng, **b), query={"setimana": "2026-W11"}),
        case(f, f"{a}/api/produtur/pr_brolo/listino", headers=_h(rng, **b)),
        case(f, f"{a}/api/ordin", headers=_h(rng, **b), body={
            "soci": L(GAS_MEMBER, UID), "ordin": L(ORDER, BUY), "righe": [
                {"prodot": "cassetta verdure M", "produtur": "pr_brolo", "quantita": 1,
                 "presi": 18.5},
                {"prodot": "formai de mut 500 g", "produtur": "pr_valtorta", "quantita": 2,
                 "presi": 9.8},
                {"prodot": "of 6", "produtur": "pr_brolo", "quantita": 2, "presi": 4.9}],
            "total": L(47.9, BUY), "ritir": GAS_HALL["id"]}),
        case(f, f"{a}/api/ordin/{ORDER}/modifica", fmt="msgpack", headers=_h(rng, **b), body={
            "soci": L(GAS_MEMBER, UID), "righe": [{"prodot": "farina de melga 2 kg",
                                                   "quantita": 1, "presi": 6.2}],
            "total": L(54.1, BUY)}),
        case(f, f"{a}/api/cassa/versament", fmt="form", headers=_h(rng, **b), body={
            "soci": L(GAS_MEMBER, UID), "import": L("100.00", BUY), "valuda": "EUR",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/cassa", headers=_h(rng, **b), query={"soci": L(GAS_MEMBER, UID)}),
        case(f, f"{a}/api/turni", headers=_h(rng, **b), body={
            "soci": L(GAS_MEMBER, UID), "turno": obj(rng, "tu"), "de": "2026-03-19",
            "nota": L("I can come after 18:00; if I am late Chiara picks up our box", TEXT)}),
        case(f, f"{a}/api/distribusiu/checkin", headers=_h(rng, **b), body={
            "turno": obj(rng, "tu"), "posisiu": {"lat": gla, "lon": glo},
            "sala": {"id": GAS_HALL["id"], "lat": GAS_HALL["at"][0], "lon": GAS_HALL["at"][1]}}),
        case(f, f"{a}/api/dieta", fmt="form", headers=_h(rng, **b), body={
            "soci": L(GAS_MEMBER, UID), "senza_glutine": L("true", MED),
            "vegetarian": "false"}),
        case(f, f"{a}/api/messagg", headers=_h(rng, **b), body={
            "a": "pr_brolo", "produtur": FARMS["brolo"]["name"],
            "produtur_telefon": FARMS["brolo"]["phone"],
            "test": L("Could you keep us 2 kg of polenta flour from the new harvest?", TEXT)}),
        multipart(f, f"{a}/api/segnalasiu", [
            ("foto", "of_rot.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "ordin": L(ORDER, BUY),
                "nota": L("Four eggs broken in the box this week", TEXT)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/sync", [
            {"op": "consegnat", "soci": "GAS-RAN-044", "cassette": 1},
            {"op": "consegnat", "soci": "GAS-RAN-019", "cassette": 2},
            {"op": "incass", "soci": L(GAS_MEMBER, UID), "import": L(12.5, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ordini/storich", headers=_h(rng, how="none"), cookies={
            "sg_sess": L(opaque(rng, "", 40), CRED), "sg_dev": L(INSTALL_ID, DID),
            "sg_req": rid(rng)}),
        receipt,
        case(f, f"{a}/api/assemblea/vot", fmt="form", headers=_h(rng, **b), body={
            "soci": L(GAS_MEMBER, UID), "propost": "pr_apicoltura_selvino", "vot": "se"}),
        case(f, f"{a}/api/serca", headers=_h(rng, **b), query={
            "q": L("farina di mais senza glutine", SEARCH)}),
        case(f, f"{a}/api/aparecc", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/api/evencc", headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "evencc": [
                ev("ordin_confermat", 1), ev("schermada", 2, schermada=L("Cassa", USAGE))]}),
        case(f, f"{a}/api/sortida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparecc": L(INSTALL_ID, DID)}),
    ]


def spesagiosta_sdks() -> list[Case]:
    rng = random.Random(28152)
    return [
        ms_batch(APP, rng, [("Order Placed", {"total": L(47.9, BUY)}),
                            ("Shift Taken", {})], locale="it_IT"),
        ms_queue(APP, rng, [("Box Handed", {"count": 2}), ("Cash Taken", {})]),
        tp_launch(APP, rng),
        cs_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "order line"),
                 [cs_crumb("nav", "Ordini -> Modifica")], screen="OrdinActivity"),
        fs_eval(APP, rng, {"gas": "ranica", "shiftVolunteer": True}),
        po_register(APP, rng, lang="it", tags={"turno": "giovedi"}),
        cp_save(APP, rng, {"analytics": True, "marketing": False}),
        co_card(APP, rng),
        co_confirm(APP, rng, "100.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), (GAS_HALL["at"], None)], mode="walking"),
        hc_message(APP, rng, L("My top-up of 100 euro is not in the balance", f"{TEXT}|{BUY}"),
                   {"soci": L(GAS_MEMBER, UID)}),
    ]
