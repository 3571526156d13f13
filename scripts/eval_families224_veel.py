"""An organic farmers' market's weekly-box app "Lekilveel" (``lekil ve'el``: good food; the
fictional Tianguis Organico Lekilveel, a members' cooperative of Tzotzil and Tzeltal growers
from the highlands that packs a weekly box for pick-up on Saturday or delivery; members also take
shifts at the stalls). Its API's keys are Tzotzil in ASCII with English: ``sbiil`` full name,
``koponob`` phone, ``mukul_kop`` password, ``jteklum`` town, ``socia`` member (the Spanish
loan), ``kanel`` order, ``ixim`` maize, ``chenek`` beans, ``itaj`` greens, ``tsis`` (none),
``stojol`` price, ``takin`` amount, ``tojel`` payment, ``snaj`` her house, ``yav`` place,
``chamel`` illness, ``mu_xkux`` what she cannot eat (lit. "does not sit well"), ``sael``
search, ``abtel`` work (a shift), ``xchiil`` her companion (a neighbour who shares the box),
``takbil_kop`` message, ``lokol`` photo, ``yalel`` remark, ``spasel`` events: sign-up (a form),
log-in, ``/me``, the growers, the weekly box, her coeliac diet, the payment, a pick-up check-in
with her fix, home delivery (4 decimals), the stall's basket scan (msgpack), a review of a
grower, a recipe search, a volunteer shift, the box shared with a neighbour, the order by number
in the path, a produce photo, the box paused, a message to a grower, preferences by a base64
JSON cookie, push, events and a log-out. New: a docstring and file-name grep found no
"farmers market", "veg box" or "vegetable box" ("organic" only in set 129's coffee, 139's and
167's other kinds)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families224_kit import (
    HOME,
    HOME_AT,
    MARKET,
    MARKET_FIX,
    MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families224_sdk import bp_bid, mj_batch, mj_identify
from eval_families224_svc import (
    cn_save,
    fj_eval,
    hk_message,
    mp_route,
    mp_telemetry,
    pj_card,
    pj_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lekilveel", "Lekilveel", "org.example.lekilveel", "4.0.2",
          "https://api.lekilveel.example.org")
IID = "X-Lekilveel-Install"
PW = "Itaj&Chenek26"
BOX = "LV-W06-0419"  # this week's box order (financial.purchase)
NEIGHBOUR = ("Guadalupe Santiz Hernandez", "+529671288157")  # shares the box (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lekilveel() -> list[Case]:
    rng = random.Random(22471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), socia=L(MEMBER, UID)))}
    mla, mlo = fix(MARKET_FIX)
    box = at_path(case(f, f"{a}/api/kanel/{BOX}", headers=_h(rng, **b)), BOX, BUY)
    return [
        case(f, f"{a}/api/tsibael", fmt="form", headers=_h(rng), body={
            "sbiil": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "koponob": L(NATIONAL, TEL), "mukul_kop": L(PW, CRED),
            "jteklum": L("San Cristobal de las Casas", COARSE), "socia": L(MEMBER, UID)}),
        case(f, f"{a}/api/ochel", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "mukul_kop": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/productores", headers=_h(rng, **b), query={
            "tianguis": MARKET["id"], "temporada": "secas"}),
        case(f, f"{a}/api/kanel/semana", headers=_h(rng, **b), body={
            "kanel": L(BOX, BUY), "socia": L(MEMBER, UID), "semana": "2026-W06",
            "manel": [{"ixim_kg": 2}, {"chenek_kg": 1}, {"itaj": "hierba mora", "manojos": 2},
                      {"huevo": 12}, {"tsis": 0}],
            "stojol": L(410, BUY), "entrega": "recoger"}),
        case(f, f"{a}/api/socia/veel", headers=_h(rng, **b), body={
            "socia": L(MEMBER, UID), "chamel": L("celiaca", MED),
            "mu_xkux": [L("trigo", MED), L("cebada", MED)], "vegetariana": False}),
        case(f, f"{a}/api/tojel", fmt="form", headers=_h(rng, **b), body={
            "kanel": L(BOX, BUY), "takin": L("410.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "tarjeta_slajeb": L("4444", PAY)}),
        case(f, f"{a}/api/yulel", headers=_h(rng, **b), body={
            "kanel": L(BOX, BUY), "yav": {"lat": mla, "lon": mlo, "presicion": 10},
            "tianguis": {"lat": MARKET["lat"], "lon": MARKET["lon"]}}),
        case(f, f"{a}/api/entrega", headers=_h(rng, **b), body={
            "kanel": L(BOX, BUY), "snaj": L(HOME["line"], ADDR),
            "barrio": L(HOME["barrio"], COARSE),
            "yav": {"lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{HOME_AT[1]:.4f}",
                                                                     PRECISE)},
            "costo": L(35, BUY)}),
        case(f, f"{a}/api/puesto/canasta", fmt="msgpack", headers=_h(rng, **b), body={
            "socia": L(MEMBER, UID), "puesto": "pt_14",
            "manel": [{"sku": "miel_500", "stojol": 120}, {"sku": "cafe_250", "stojol": 95}],
            "takin": L(215, BUY)}),
        case(f, f"{a}/api/productores/pr_zina_07/lekilal", fmt="form", headers=_h(rng, **b),
             body={"lekilal": "5",
                   "yalel": L("Las flores y la hierba mora siempre frescas, gracias", TEXT)}),
        case(f, f"{a}/api/sael", headers=_h(rng, **b), query={
            "sael": L("receta caldo de chipilin sin gluten", SEARCH), "pajina": "1"}),
        case(f, f"{a}/api/abtel/turno", headers=_h(rng, **b), body={
            "turno": obj(rng, "tn"), "skakalil": "2026-02-14", "puesto": "caja",
            "sbiil": L(f"{FIRST} {LAST}", NAMEC), "koponob": L(NATIONAL, TEL)}),
        case(f, f"{a}/api/kanel/compartir", headers=_h(rng, **b), body={
            "kanel": L(BOX, BUY), "xchiil": {"sbiil": L(NEIGHBOUR[0], NAMEC),
                                             "koponob": L(NEIGHBOUR[1], TEL)},
            "parte": 0.5}),
        box,
        multipart(f, f"{a}/api/lokol", [
            ("lokol", "canasta.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "yalel": L("La canasta de esta semana, con flor de calabaza", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/socia/pausa", fmt="form", headers=_h(rng, **b), body={
            "socia": L(MEMBER, UID), "desde": "2026-03-28", "hasta": "2026-04-12"}),
        case(f, f"{a}/api/takbil_kop", headers=_h(rng, **b), body={
            "buch_un": "pr_zina_07",
            "takbil_kop": L("Mi oy ston kaxlan ta sabado? Ta jkan lajchab.", TEXT)}),
        case(f, f"{a}/api/noticias", headers=_h(rng, how="none"), cookies={
            "lv_sesion": L(opaque(rng, "", 40), CRED),
            "lv_pref": W({"socia": L(MEMBER, UID), "skop": L("es", DEV)}, "b64json")}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/spasel", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "spasel": [
                ev("kanel_semana", 1), ev("pantalla", 2, pantalla=L("Productores", USAGE))]}),
        case(f, f"{a}/api/lokel", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "req": rid(rng)}),
    ]


def lekilveel_sdks() -> list[Case]:
    rng = random.Random(22472)
    return [
        mj_batch(APP, rng, [("Box Ordered", {"total": L(410, BUY)}),
                            ("Picked Up", {"tianguis": MARKET["id"]})], at=MARKET_FIX, nd=3),
        mj_identify(APP, rng, {"jteklum": L("San Cristobal de las Casas", COARSE),
                               "socia": L(MEMBER, UID), "dieta": L("sin gluten", MED)}),
        fj_eval(APP, rng, {"tianguis": MARKET["id"], "semana": "2026-W06"}),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MARKET_FIX, nd=2,
               keywords="organico,mercado,recetas"),
        cn_save(APP, rng, {"analytics": True, "marketing": False}),
        ps_register(APP, rng, at=MARKET_FIX, nd=2, tags={"entrega": "sabado"}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "410.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((MARKET["lat"], MARKET["lon"]), None)],
                 mode="walking"),
        mp_telemetry(APP, rng, [HOME_AT, MARKET_FIX], PRECISE),
        hk_message(APP, rng, L(f"Pague la canasta {BOX} dos veces", f"{TEXT}|{BUY}"),
                   {"socia": L(MEMBER, UID)}),
    ]
