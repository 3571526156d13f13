"""Winter pitha pre-order app "Pithaghor" (home makers in Sylhet city take orders for chunga
pitha, nunor bora, chitoi and patishapta; pick-up at the maker's door or delivery; its API's
keys are Sylheti in ASCII: ``kreta`` buyer, ``nam``, ``fodobi``, ``mubail``, ``otp``,
``tikana``, ``elaka``, ``shoor``, ``ranna_ghor`` kitchen, ``pitha`` items, ``kota`` quantity,
``ordar`` order, ``mot`` total, ``foriman``, ``bishesh`` special request, ``prapok`` recipient,
``tofa`` gift, ``tofar_likha`` gift note, ``nite_ashlam`` picked up, ``tara``, ``montobbo``,
``tukano`` search, ``jhuri`` cart, ``bondhu`` friend, ``okkhangsho``/``droghimangsho``):
sign-up by phone, the code, ``/amar``, makers near her flat, a maker's menu, a pre-order for
delivery (less sugar for a diabetic mother-in-law), its payment by wallet, a gift box to her
mother-in-law in Rajnagar, the pick-up with her fix, a review, a search, the order by number in
the path, the cart (msgpack), saved addresses as base64 JSON in a form field, a message to the
maker quoting her phone, a complaint photo, a friend invited, points by cookie, push, events
and a log-out. "pitha" and "rice cake" found no earlier app (set 191 names a pitha as an
item)."""

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
    E164,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families289_kit import (
    BARI,
    KITCHEN,
    MOTHER_IL,
    SY_HOME,
    SY_HOME_AT,
    WALLET,
    fix,
    hd,
    obj,
)
from eval_families289_sdk import (
    bj_bid,
    bj_notice,
    cm_crash,
    cm_crumb,
    ms_batch,
    ms_pixel,
    tk_event,
    tk_launch,
)
from eval_families289_svc import hc_message, mj_reverse, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pithaghor", "Pithaghor", "com.example.pithaghor", "1.1.4",
          "https://api.pithaghor.example.org")
IID = "X-Pithaghor-Device"
ORDER = "PG-260118-0412"  # her pre-order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bn=True, **kw)


def pithaghor() -> list[Case]:
    rng = random.Random(28961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mubail=L(E164, TEL), kreta=L("kr_" + USER_ID[2:], UID)))}
    kla, klo = fix(SY_HOME_AT, 4)
    pla, plo = fix((KITCHEN["lat"] + 0.000021, KITCHEN["lon"] - 0.000034), 4)
    order = at_path(case(f, f"{a}/v1/ordar/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    saved = W({"tikana": L(SY_HOME["line"], ADDR), "elaka": L(SY_HOME["area"], COARSE),
               "okkhangsho": kla, "droghimangsho": klo, "nam": "basha"}, "b64json")
    return [
        case(f, f"{a}/v1/kreta", headers=_h(rng), body={
            "mubail": L(E164, TEL), "nam": L(FIRST, NAMEC), "fodobi": L(LAST, NAMEC),
            "shoor": L(SY_HOME["town"], COARSE), "refer_kod": "WINTER26"}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "mubail": L(E164, TEL), "otp": L("640137", CRED)}),
        case(f, f"{a}/v1/amar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ranna_ghor/kachakachi", headers=_h(rng, **b), query={
            "okkhangsho": L(f"{SY_HOME_AT[0]:.3f}", PRECISE),
            "droghimangsho": L(f"{SY_HOME_AT[1]:.3f}", PRECISE), "km": "4"}),
        case(f, f"{a}/v1/ranna_ghor/{KITCHEN['id']}/menu", headers=_h(rng, **b),
             query={"tarik": "2026-01-18"}),
        case(f, f"{a}/v1/ordar", headers=_h(rng, **b), body={
            "ordar": L(ORDER, BUY), "ranna_ghor": KITCHEN["id"],
            "pitha": [{"nam": "chunga pitha", "kota": 10, "dam": 40},
                      {"nam": "nunor bora", "kota": 20, "dam": 15}],
            "mot": L(700, BUY), "delivari": {"tikana": L(SY_HOME["line"], ADDR),
                                            "elaka": L(SY_HOME["area"], COARSE)},
            "bishesh": L("Chini kom dibain, amar hori-r diabetes ase", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/taka_dewa", fmt="form", headers=_h(rng, **b), body={
            "ordar": L(ORDER, BUY), "foriman": L("700", BUY), "wallet": L(WALLET, TEL),
            "trx": opaque(rng, "TX", 10).upper()}),
        case(f, f"{a}/v1/tofa", headers=_h(rng, **b), body={
            "ordar": L(obj(rng, "PG").upper(), BUY), "mot": L(1200, BUY),
            "prapok": {"nam": L(MOTHER_IL[0], NAMEC), "mubail": L(MOTHER_IL[1], TEL),
                       "tikana": L(BARI["line"], ADDR), "gaw": L(BARI["village"], COARSE),
                       "upozila": L(BARI["upazila"], COARSE)},
            "tofar_likha": L("Amma, Upashahar-or shera chunga pitha, Ayesha-r torof thaki", TEXT)}),
        case(f, f"{a}/v1/ordar/{ORDER}/nite_ashlam", headers=_h(rng, **b), body={
            "zaga": {"okkhangsho": pla, "droghimangsho": plo},
            "ranna_ghor_zaga": {"okkhangsho": KITCHEN["lat"], "droghimangsho": KITCHEN["lon"]}}),
        case(f, f"{a}/v1/review", fmt="form", headers=_h(rng, **b), body={
            "ranna_ghor": KITCHEN["id"], "tara": "5",
            "montobbo": L("Chunga pitha ekdom mar haator moto, gorom gorom", TEXT)}),
        case(f, f"{a}/v1/tukano", headers=_h(rng, **b), query={
            "q": L("chunga pitha Upashahar delivary", SEARCH), "fata": "1"}),
        order,
        case(f, f"{a}/v1/jhuri", fmt="msgpack", headers=_h(rng, **b), body={
            "kreta": L(USER_ID, UID), "jhuri": [{"pitha": "patishapta", "kota": 6},
                                               {"pitha": "chitoi", "kota": 8}],
            "mot": L(420, BUY)}),
        case(f, f"{a}/v1/tikana/save", fmt="form", headers=_h(rng, **b), body={
            "data": saved, "v": "2"}),
        case(f, f"{a}/v1/khobor", headers=_h(rng, **b), body={
            "ranna_ghor": KITCHEN["id"],
            "likha": L("Bhabi, kail 5 tar age nite asmu, kono dorkar oile fon dibain "
                       "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        multipart(f, f"{a}/v1/obhijog", [
            ("fotu", "pitha_bhanga.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "ordar": L(ORDER, BUY),
                "likha": L("Adhek nunor bora bhanga aise, box-o tel", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bondhu", headers=_h(rng, **b), body={
            "bondhu": {"nam": L("Shirin Akter", NAMEC), "mubail": L("+8801799071906", TEL)},
            "kod": "JANE-PITHA"}),
        case(f, f"{a}/v1/point", headers=_h(rng, how="none"), cookies={
            "pg_session": L(opaque(rng, "", 40), CRED), "pg_device": L(INSTALL_ID, DID),
            "pg_req": rid(rng)}),
        case(f, f"{a}/v1/zontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "zontro_id": L(INSTALL_ID, DID),
            "basha": L("bn", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/ghotona", gz=True, headers=_h(rng, **b), body={
            "kreta": L(USER_ID, UID), "ghotona": [
                ev("preorder", 1, ordar=L(ORDER, BUY)), ev("tofa", 2),
                ev("screen", 3, screen=L("RannaGhorMenu", USAGE))]}),
        case(f, f"{a}/v1/baire", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "zontro": L(INSTALL_ID, DID)}),
    ]


def pithaghor_sdks() -> list[Case]:
    rng = random.Random(28962)
    return [
        ms_batch(APP, rng, [("Preorder Placed", {"total": L(700, BUY)}),
                            ("Gift Sent", {"total": L(1200, BUY)})],
                 at=SY_HOME_AT, nd=2, locale="bn_BD"),
        ms_pixel(APP, rng, "Menu Opened", {"kitchen": KITCHEN["id"]}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"ordar": L(ORDER, BUY)}, revenue=700.0, hashed=True),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SY_HOME_AT, nd=3,
               keywords="pitha,winter,food"),
        bj_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "slot sold out"),
                 [cm_crumb("nav", "Menu -> Jhuri"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/v1/ordar", "status": 409})],
                 screen="JhuriActivity"),
        ps_card(APP, rng, email=True),
        ps_confirm(APP, rng, "1200.00"),
        mj_reverse(APP, rng, SY_HOME_AT, PRECISE, nd=5),
        hc_message(APP, rng, L(f"Ordar {ORDER} delivary oise na, 2 ghonta deri", f"{TEXT}|{BUY}"),
                   {"mubail": L(E164, TEL), "email": L(EMAIL, MAIL)}),
    ]
