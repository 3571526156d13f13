"""Food-delivery app "Gohanbin" (a Japanese company: its API's keys are romanised Japanese),
used by the profile's user on a three-month assignment in Tokyo: member registration (her name
in katakana), an SMS code (form), a log-in (form), ``/jibun`` with a JWT bearer, her Tokyo
address (jusho: postal code, prefecture, ward, block and building in Japanese, its position),
restaurants near her office, a search, a menu, the cart, an order (chumon: a shellfish allergy),
its status by the order number in the URL path, a hand-off position (protobuf), a rating, a
card (shiharai), a receipt (form), a support enquiry, favourites, devices, events and a
cookie-authenticated GET (an ad slot in the restaurant list)."""

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
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED, PHONE_PAREN
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families32_kit import (
    CHOBAN,
    COURIER_AT,
    MEMBER_JP,
    NAME_KANA,
    OFFICE_TYO,
    SHIKU,
    STORES,
    TATEMONO,
    TODOFUKEN,
    TOKYO_HOME_AT,
    YUBIN,
    fix,
)
from eval_families32_sdk import (
    al_event,
    al_session,
    bf_bid,
    ck_notify,
    tm_batch,
)
from eval_families32_svc import (
    cs_save,
    mf_reverse,
    mf_telemetry,
    pr_register,
    ps_card,
    tb_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("gohanbin", "Gohanbin", "jp.example.gohanbin", "11.2.0",
          "https://api.gohanbin.example.jp")
IID = "X-Gohanbin-Tanmatsu"
PW = "Azabu*Ramen*504"
TZ = "Asia/Tokyo"
CHUMON = "GB-251209-48817"
M_URL = "https://api.gohanbin.example.jp/api/v1/chumon"
TOKYO = {"utcoffset": 540}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["X-Taimuzon"] = L(TZ, DEV)
    return h


def _order(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on her order (its number in the URL path: ``financial.purchase``)."""
    c = case(APP.fam, f"{M_URL}/{CHUMON}{path}", headers=_h(rng, auth="bearer"), body=body,
             **kw)
    return at_path(c, CHUMON, BUY)


def gohanbin() -> list[Case]:
    rng = random.Random(3271)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaiin_bango=L(MEMBER_JP, UID),
                                    meiru=L(EMAIL, MAIL)))}
    hlat, hlon = fix(TOKYO_HOME_AT)
    olat, olon = fix(OFFICE_TYO, 4)
    ramen = STORES[0]
    pacc: dict[str, str] = {}
    handoff = pb([(1, L(CHUMON, BUY)), (2, [(1, L(35.651702, PRECISE)),
                                            (2, L(139.733208, PRECISE)), (3, 6)]),
                  (3, "lobby"), (4, 1765363802)], "", pacc)
    cases = [
        case(f, f"{a}/api/v1/kaiin/touroku", headers=_h(rng), body={
            "meiru": L(EMAIL, MAIL), "pasuwado": L(PW, CRED), "shimei": L(NAME, NAMEC),
            "shimei_kana": L(NAME_KANA, NAMEC), "denwa": L(E164, TEL),
            "seinengappi": L("1991/05/17", BIRTH), "seibetsu": L("josei", GENDER),
            "gengo": L("en", DEV), "merumaga": False}),
        case(f, f"{a}/api/v1/kaiin/sms-ninsho", fmt="form", headers=_h(rng), body={
            "denwa": L(PHONE_NOPLUS, TEL), "ninsho_kodo": L("583021", CRED)}),
        case(f, f"{a}/api/v1/roguin", fmt="form", headers=_h(rng), body={
            "meiru": L(EMAIL_MIXED, MAIL), "pasuwado": L(PW, CRED)}),
        case(f, f"{a}/api/v1/kaiin/jibun", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/jusho", headers=_h(rng, **b), body={
            "yubin_bango": L(YUBIN, COARSE), "todofuken": L(TODOFUKEN, COARSE),
            "shikuchoson": L(SHIKU, COARSE), "choban": L(CHOBAN, ADDR),
            "tatemono": L(TATEMONO, ADDR), "ido": hlat, "keido": hlon,
            "haitatsu_memo": L("Please ring 504 on the intercom and leave it at the door",
                               TEXT), "raberu": "jitaku"}),
        case(f, f"{a}/api/v1/mise/kinjo", headers=_h(rng, **b), query={
            "ido": olat, "keido": olon, "janru": "ramen", "hankei_m": "1500"}),
        case(f, f"{a}/api/v1/kensaku", headers=_h(rng, **b), query={
            "kotoba": L("vegan ramen", SEARCH), "ido": L(round(OFFICE_TYO[0], 3), PRECISE),
            "keido": L(round(OFFICE_TYO[1], 3), PRECISE)}),
        case(f, f"{a}/api/v1/mise/{ramen[0]}/menyu", headers=_h(rng, **b),
             query={"gengo": L("en", DEV)}),
        case(f, f"{a}/api/v1/kato", headers=_h(rng, **b), body={
            "mise_id": ramen[0], "shohin": [{"id": "m_shoyu", "suryo": 1},
                                            {"id": "m_gyoza6", "suryo": 1}]}),
        case(f, M_URL, headers=_h(rng, **b), body={
            "mise_id": ramen[0], "shohin": [
                {"id": "m_shoyu", "namae": L("Shoyu ramen", BUY), "suryo": 1, "tanka": 980},
                {"id": "m_gyoza6", "namae": L("Yaki gyoza (6)", BUY), "suryo": 1,
                 "tanka": 480}],
            "shokei": L(1460, BUY), "haitatsu_ryo": L(350, BUY), "chippu": L(200, BUY),
            "gokei": L(2010, BUY), "kuponu": "WELCOME300", "hashi_fuyo": True,
            "shiharai": {"hoho": "kado", "kado_id": L(opaque(rng, "pm_", 24), PAY)},
            "arerugi": [L("ebi", MED), L("kani", MED)],
            "bikou": L("Shellfish allergy: no shrimp in the gyoza please", f"{TEXT}|{MED}")}),
        _order(rng, "/jokyo"),
        raw(f, f"{M_URL}/{CHUMON}/uketori", handoff, "application/x-protobuf", pacc,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/hyoka", headers=_h(rng, **b), body={
            "chumon_bango": L(CHUMON, BUY), "hoshi": 4, "haitatsuin": "good",
            "komento": L("Noodles were a bit soft but the rider was very kind", TEXT),
            "haitatsuin_ichi": {"ido": COURIER_AT[0], "keido": COURIER_AT[1]}}),
        case(f, f"{a}/api/v1/shiharai/kado", headers=_h(rng, **b), body={
            "kado_id": L(opaque(rng, "pm_", 24), PAY), "shimo4keta": L("1111", PAY),
            "yukokigen": L("08/28", PAY), "meigi": L(NAME.upper(), NAMEC), "brand": "visa"}),
        case(f, f"{a}/api/v1/ryoshusho", fmt="form", headers=_h(rng, **b), body={
            "chumon_bango": L(CHUMON, BUY), "atena": "Northbeam Studio LLC",
            "meiru": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v1/toiawase", headers=_h(rng, **b), body={
            "chumon_bango": L(CHUMON, BUY), "shubetsu": "missing_item",
            "naiyo": L("The gyoza were missing from my order", TEXT),
            "renrakusaki": L(PHONE_PAREN, TEL)}),
        case(f, f"{a}/api/v1/okiniiri", headers=_h(rng, **b), body={
            "mise_id": [s[0] for s in STORES]}),
        case(f, f"{a}/api/v1/tanmatsu", headers=_h(rng, how="upper", **b), body={
            "pusshu_tokun": L(push_token(rng), DID), "tanmatsu_id": L(INSTALL_ID, DID),
            "kishu": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/ibento", gz=True, headers=_h(rng, **b), body={
            "kaiin_id": L(USER_ID, UID), "ibento": [
                ev("chumon_kakutei", 1, gokei=L(2010, BUY)), ev("hyoka_soshin", 2),
                ev("gamen_hyoji", 3, gamen=L("ChumonJokyo", USAGE))]}),
        case(f, f"{a}/api/v1/pointo/zandaka", headers=_h(rng, how="none"),
             cookies={"gb_sesshon": L(opaque(rng, "", 40), CRED),
                      "gb_tanmatsu": L(INSTALL_ID, DID)}),
    ]
    return cases


def gohanbin_sdks() -> list[Case]:
    rng = random.Random(3272)
    banner = {"banner": {"w": 320, "h": 100}, "tagid": "mise_list_inline"}
    return [
        tm_batch(APP, rng, [("Chumon Kakutei", {"gokei": L(2010, BUY), "tsuka": "JPY"}),
                            ("Mise Kensaku", {"kotoba": L("vegan ramen", SEARCH)})], tz=TZ),
        al_session(APP, rng, first=True),
        al_event(APP, rng, "jp5ord", {"chumon": L(CHUMON, BUY)}, revenue=2010.0,
                 currency="JPY", hashed=True),
        mf_telemetry(APP, rng, [(35.651655, 139.733091), (35.651702, 139.733208)],
                     PRECISE),
        bf_bid(APP, rng, banner, at=OFFICE_TYO, nd=3, tz=TOKYO["utcoffset"]),
        ck_notify(APP, rng, ("java.lang.IllegalStateException", "map fragment detached"),
                  [], ctx="ChumonJokyoActivity", tz=TZ),
        tb_eval(APP, rng, {"toshi": L("tokyo", COARSE), "tsuka": "JPY"}),
        pr_register(APP, rng, tags=[L("minato-ku", COARSE), "ramen"], tz=TZ),
        cs_save(APP, rng, {"analytics": True, "ads": True}, geo=("JP", "13")),
        ps_card(APP, rng, zip_=YUBIN, country="JP"),
        mf_reverse(APP, rng, TOKYO_HOME_AT, PRECISE, nd=6),
    ]
