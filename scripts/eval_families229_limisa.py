"""Ox-plough team hire app "Limisa" ("have it ploughed": owners of trained ox teams around Caala
rent them with a ploughman by the hectare before the rains; its API's keys are Umbundu,
ASCII-folded: ``onduko`` name, ``otelefone`` phone, ``ocisapi`` password (lit. "key"), ``imbo``
village, ``ombala`` town, ``epia`` field, ``olongombe`` oxen, ``okulima`` ploughing, ``eteke``
day, ``ondando`` price, ``efeto`` payment, ``olombongo`` amount (money), ``ombuto`` seed,
``ombela`` rain, ``ohali`` trouble (a complaint), ``nota`` rating, ``ondaka`` remark,
``ocitumalo`` place, ``omunu`` person, ``carteira`` wallet): sign-up, log-in, ``/ame``, ox teams
near the field (2 decimals), a team's page, the ploughing booked (the field's pin, a warning about
the hazard marker), the deposit from her mobile wallet, the team's arrival confirmed with her fix,
photos of the ploughed field, seed and fertiliser added (msgpack), her brother-in-law as the
supervisor, the rain forecast, a rating, a dispute, the receipt by booking number in the path,
invoices by cookie, the season plan (gzip), the wallet linked (base64 JSON in a form field), her
history by user ID in the query, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families229_kit import (
    BROTHER_IL,
    FIELD_FIX,
    KRAAL,
    NIF,
    PLOUGH_JOB,
    fix,
    hd,
    obj,
    push,
)
from eval_families229_sdk import (
    ck_crash,
    ck_crumb,
    en_event,
    en_launch,
    kb_bid,
    kb_notice,
    tx_batch,
    tx_identify,
)
from eval_families229_svc import cm_wallet, hm_message, mp_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, W, case

APP = App("limisa", "Limisa", "com.example.limisa", "2.3.0", "https://api.limisa.example.com")
IID = "X-Limisa-Install"
PW = "Olongombe!Cuima7"
NID = "personal.national_id"
CENTRE = (-13.242076, 15.634268)  # the field's centre pin (hers: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def limisa() -> list[Case]:
    rng = random.Random(22911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, otelefone=L(E164, TEL), papel="cliente"))}
    fla, flo = fix(FIELD_FIX, 5)
    field = obj(rng, "ep")
    receipt = at_path(case(f, f"{a}/v2/okulima/{PLOUGH_JOB}/recibo", headers=_h(rng, **b)),
                      PLOUGH_JOB, BUY)
    return [
        case(f, f"{a}/v2/omunu", headers=_h(rng), body={
            "onduko": L(f"{FIRST} {LAST}", NAMEC), "otelefone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "ocisapi": L(PW, CRED), "imbo": L("Cuima", COARSE),
            "ombala": L("Caala", COARSE), "papel": "cliente"}),
        case(f, f"{a}/v2/okuingila", fmt="form", headers=_h(rng), body={
            "otelefone": L(PHONE, TEL), "ocisapi": L(PW, CRED), "lembrar": "1"}),
        case(f, f"{a}/v2/ame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/olongombe/perto", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lng": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "raio_km": "10", "livre_em": "2026-01-20"}),
        case(f, f"{a}/v2/olongombe/{KRAAL['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/okulima", headers=_h(rng, **b), body={
            "okulima": L(PLOUGH_JOB, BUY), "olongombe": KRAAL["id"], "pares": 2,
            "epia": {"id": field, "hectare": 1.8,
                     "ocitumalo": {"lat": L(round(CENTRE[0], 5), PRECISE),
                                   "lng": L(round(CENTRE[1], 5), PRECISE)}},
            "eteke": "2026-01-20", "ondando": L(45000, BUY), "moeda": "AOA",
            "ondaka": L("Please start from the east side. There is a red marker at the north "
                        "corner, do not plough there.", TEXT)}),
        case(f, f"{a}/v2/efeto", fmt="form", headers=_h(rng, **b), body={
            "okulima": L(PLOUGH_JOB, BUY), "olombongo": L("15000", BUY), "moeda": "AOA",
            "metodo": "carteira", "carteira": L(E164, TEL)}),
        at_path(case(f, f"{a}/v2/okulima/{PLOUGH_JOB}/chegada", headers=_h(rng, **b), body={
            "ocitumalo": {"lat": fla, "lng": flo, "precisao": 7},
            "curral": {"lat": KRAAL["lat"], "lng": KRAAL["lon"]}, "hora": "06:40"}),
            PLOUGH_JOB, BUY),
        multipart(f, f"{a}/v2/okulima/fotos", [
            ("efoto", "epia_lavrada.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {"okulima": L(PLOUGH_JOB, BUY),
                                                "ondaka": L("Done by noon, good furrows", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ombuto", fmt="msgpack", headers=_h(rng, **b), body={
            "okulima": L(PLOUGH_JOB, BUY),
            "itens": [{"ombuto": "epungu hibrido", "kg": 25, "ondando": 18000},
                      {"ombuto": "adubo NPK 12-24-12", "kg": 50, "ondando": 27500}],
            "osoma": L(45500, BUY)}),
        at_path(case(f, f"{a}/v2/okulima/{PLOUGH_JOB}/supervisor", headers=_h(rng, **b), body={
            "onduko": L(BROTHER_IL[0], NAMEC), "otelefone": L(BROTHER_IL[1], TEL),
            "relacao": "cunhado"}), PLOUGH_JOB, BUY),
        case(f, f"{a}/v2/ombela", headers=_h(rng, **b), query={
            "imbo": L("Cuima", COARSE), "dias": "7"}),
        case(f, f"{a}/v2/nota", fmt="form", headers=_h(rng, **b), body={
            "olongombe": KRAAL["id"], "nota": "4",
            "ondaka": L("Strong oxen, the ploughman was patient with the stones", TEXT)}),
        case(f, f"{a}/v2/ohali", headers=_h(rng, **b), body={
            "okulima": L(PLOUGH_JOB, BUY), "tipo": "area",
            "ondaka": L("They left after about 1.2 ha but the bill says 1.8 ha.", TEXT)}),
        receipt,
        case(f, f"{a}/v2/faturas", headers=_h(rng, how="none"), cookies={
            "lm_sessao": L(opaque(rng, "", 40), CRED), "lm_inst": L(INSTALL_ID, DID),
            "lm_req": rid(rng)}),
        case(f, f"{a}/v2/epoca/plano", gz=True, headers=_h(rng, **b), body={
            "omunu": L(USER_ID, UID), "epoca": "2025-26",
            "apia": [{"id": field, "hectare": 1.8, "cultura": "epungu"},
                     {"id": obj(rng, "ep"), "hectare": 0.4, "cultura": "feijao"}]}),
        case(f, f"{a}/v2/carteira/ligar", fmt="form", headers=_h(rng, **b), body={
            "data": W({"otelefone": L(E164, TEL), "onduko": L(f"{FIRST} {LAST}", NAMEC),
                       "nif": L(NIF, NID)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/historico", headers=_h(rng, **b), query={
            "omunu": L(USER_ID, UID), "epoca": "2025-26"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "pt_AO")),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "omunu": L(USER_ID, UID), "events": [
                ev("okulima_reservado", 1, ondando=L(45000, BUY)),
                ev("ecra", 2, ecra=L("Olongombe", USAGE))]}),
    ]


def limisa_sdks() -> list[Case]:
    rng = random.Random(22912)
    return [
        tx_batch(APP, rng, [("Team Booked", {"total": L(45000, BUY)}),
                            ("Deposit Paid", {"amount": L(15000, BUY)})],
                 at=FIELD_FIX, nd=2, locale="pt_AO"),
        tx_identify(APP, rng, {"imbo": L("Cuima", COARSE), "hectares": 1.8, "role": "client"}),
        en_launch(APP, rng, first=True),
        en_event(APP, rng, "purchase", {"okulima": L(PLOUGH_JOB, BUY)}, revenue=45000.0,
                 hashed=True),
        kb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="farming,seeds,maize"),
        kb_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "hectare: '1,8'"),
                 [ck_crumb("nav", "Okulima -> Epia"), ck_crumb("tap", "confirm_button")],
                 screen="OkulimaActivity"),
        pk_register(APP, rng, lang="pt", at=FIELD_FIX, nd=2,
                    tags={"imbo": L("Cuima", COARSE), "role": "client"}),
        cm_wallet(APP, rng, "15000", L(E164, TEL)),
        mp_geocode(APP, rng, "Cuima mercado", "behavior.search", near=FIELD_FIX, nd=3),
        hm_message(APP, rng, L(f"Booking {PLOUGH_JOB}: the ploughman has not arrived",
                               f"{TEXT}|{BUY}"), {"okulima": L(PLOUGH_JOB, BUY)}),
    ]
