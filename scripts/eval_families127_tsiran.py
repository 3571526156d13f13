"""Apricot-orchard cooperative app "Tsiran Coop" of an Ararat-valley cooperative in Yerevan (its
API is keyed in romanised Armenian; she is a member-owner of her late grandfather's plot and
follows it from New York and on summer visits): registration (``anun`` name, ``azganun`` family
name, ``herakhos`` phone, ``hastse`` address, ``kaghak`` city, ``anznagir`` passport,
``sotsqart`` social card, ``tsnndyan_amsativ`` birth date, ``gaghtnabar`` password, ``amusin``
husband), a log-in, ``/me``, the passport photo, her plot, a visit to the plot (her fix), the
harvest, crates, a buyer's offer, a sale, her share payout to her bank, dues, a photo of frost
damage, a question to the agronomist, the weather by the plot, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, Acc, add, multipart, pb, push_token, raw, tok
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families127_kit import (
    ADDR,
    BIRTH,
    BUY,
    BUYER,
    COARSE,
    COOP,
    CRATES,
    CRED,
    DEV,
    DID,
    GENDER,
    HUSBAND,
    MAIL,
    MEDIA,
    MEMBER_COOP,
    NAMEC,
    NATID,
    PASSPORT_AM,
    PAY,
    PLOT_AT,
    PLOT_CADASTRE,
    PRECISE,
    SEARCH,
    SOCIAL_CARD,
    TEL,
    TEXT,
    UID,
    USAGE,
    YVN,
    YVN_AT,
    fix,
    obj,
)
from eval_families127_sdk import ab_event, ab_open, cf_crash, cf_crumb, mc_batch, mc_identify
from eval_families127_svc import nc_register, tg_reverse, tg_search, tq_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tsiran", "TsiranCoop", "com.example.tsirancoop", "2.4.1",
          "https://api.tsirankoop.example.com")
IID = "X-Sarq-Id"  # "sarq" (device)
PW = "Tsiran-Ararat-91"
IBAN_AM = "2470012345678901"  # her Armenian bank account (16 digits: financial.payment)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("hy-AM,hy;q=0.9,en;q=0.8", DEV)
    return h


def tsiran() -> list[Case]:
    rng = random.Random(12701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, andam=L(MEMBER_COOP, UID), el_post=L(EMAIL, MAIL)))}
    acc: Acc = {}
    lab: dict[str, str] = {}
    visit = pb([(1, L(USER_ID, UID)), (2, [(1, fix(PLOT_AT)[0]), (2, fix(PLOT_AT)[1])]),
                (3, 1752310000), (4, PLOT_CADASTRE), (5, L(INSTALL_ID, DID))], "", lab)
    return [
        case(f, f"{a}/v1/grancum", headers=_h(rng), body={  # "grancum": registration
            "anun": L(FIRST, NAMEC), "azganun": L(LAST, NAMEC), "el_post": L(EMAIL_MIXED, MAIL),
            "herakhos": L(E164, TEL), "hastse": L(YVN["street"], ADDR),
            "kaghak": L(YVN["city"], COARSE), "postayin_indeks": L(YVN["postal"], COARSE),
            "anznagir": L(PASSPORT_AM, NATID), "sotsqart": L(SOCIAL_CARD, NATID),
            "tsnndyan_amsativ": L(DOB, BIRTH), "ser": L("kin", GENDER),
            "gaghtnabar": L(PW, CRED),
            "amusin": {"anun": L(HUSBAND[0], NAMEC), "herakhos": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/mutq", fmt="form", headers=_h(rng), body={  # "mutq": log-in
            "el_post": L(EMAIL, MAIL), "gaghtnabar": L(PW, CRED), "sarq": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/sms/hastatum", fmt="form", headers=_h(rng), body={
            "herakhos": L(E164, TEL), "kod": L("480213", CRED)}),
        case(f, f"{a}/v1/es", headers=_h(rng, extra=jw)),  # "es": me
        multipart(f, f"{a}/v1/anznagir/lusankar", [
            ("nkar", "passport.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("tvyalner", None, "application/json", {"anznagir": L(PASSPORT_AM, NATID),
                                                    "tesak": "passport", "koghm": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/andamner/{MEMBER_COOP}/hoghamas", headers=_h(rng, **b)),
        case(f, f"{a}/v1/hoghamas", headers=_h(rng, **b), body={  # her plot
            "andam": L(MEMBER_COOP, UID), "kadastr": PLOT_CADASTRE, "marz": "Ararat",
            "tsarer": 212, "sort": "Shalakh", "hektar": 0.8, "kooperativ": COOP["id"]}),
        raw(f, f"{a}/v1/ayts", visit, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/berqahavaq", headers=_h(rng, **b), body={  # the harvest
            "andam": L(MEMBER_COOP, UID), "tarakner": CRATES, "kg": 1610, "sort": "Shalakh",
            "nkaragrutyun": L("Third day of picking, the east row is done", TEXT)}),
        case(f, f"{a}/v1/arajark/{obj(rng, 'off')}", headers=_h(rng, **b), body={
            "gnord": {"id": BUYER["id"], "anun": BUYER["name"], "herakhos": BUYER["phone"]},
            "gin_kg": 850, "kg": 1200, "patasxan": "yes"}),
        case(f, f"{a}/v1/vacharq", headers=_h(rng, **b), body={  # the sale (her income)
            "vacharq_id": obj(rng, "sl"), "gumar": L("1020000", BUY), "arjuyt": "AMD",
            "gnord": BUYER["id"], "andam": L(MEMBER_COOP, UID)}),
        case(f, f"{a}/v1/vcharumner/hashiv", fmt="form", headers=_h(rng, **b), body={
            "hashiv": L(IBAN_AM, PAY), "bank": "Ararat Savings Bank",
            "tiratser": L(f"{FIRST} {LAST}", NAMEC), "anznagir": L(PASSPORT_AM, NATID)}),
        case(f, f"{a}/v1/andamavchar", headers=_h(rng, **b), body={  # dues
            "tari": 2025, "gumar": L("60000", BUY), "arjuyt": "AMD",
            "vcharman_mijots": L("card_ending_4444", PAY)}),
        multipart(f, f"{a}/v1/vnas", [
            ("nkar", "frost_row3.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("tvyalner", None, "application/json", {
                "nkaragrutyun": L("Late frost burned the blossoms in row three", TEXT),
                "lat": fix(PLOT_AT, 5)[0], "lon": fix(PLOT_AT, 5)[1], "tsarer": 31})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/agronom/harts", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8),
            "text": L("Should I spray copper before the rain on Thursday?", TEXT)}),
        case(f, f"{a}/v1/yeghanak", headers=_h(rng, how="upper"), query={
            "lat": f"{COOP['lat']:.3f}", "lon": f"{COOP['lon']:.3f}", "or": "7"}),
        case(f, f"{a}/v1/pntrel", headers=_h(rng, **b), query={
            "q": L("drip irrigation kit", SEARCH), "marz": "Ararat"}),
        case(f, f"{a}/v1/baghadrutyun", headers=_h(rng, **b), query={
            "hamar": COOP["id"], "lezu": L("hy", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "sarq": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lezu": L("hy_AM", DEV)}),
        case(f, f"{a}/v1/iradardzutyunner", gz=True, headers=_h(rng, **b), body={
            "ogtater": L(USER_ID, UID), "events": [
                ev("harvest_logged", 1, crates=15), ev("sale_accepted", 2),
                ev("screen", 3, screen=L("Hoghamas", USAGE))]}),
        add(case(f, f"{a}/v1/yerevan/hastse", headers=_h(rng, **b), body={
            "hastse": L(YVN["street"], ADDR), "kaghak": L(YVN["city"], COARSE),
            "lat": fix(YVN_AT, 4)[0], "lon": fix(YVN_AT, 4)[1],
            "ver_token": tok({"sub": L(USER_ID, UID), "scope": "address"}, "body",
                             "ver_token", acc)}), acc),
        case(f, f"{a}/v1/play/gnum", headers=_h(rng, **b), body={
            "productId": L("coop_premium_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3381-2207-4419-55021", BUY)}),
        case(f, f"{a}/v1/tsanucumner", headers=_h(rng, how="nodash"),
             cookies={"tk_sess": L(opaque(rng, "", 40), CRED), "lang": "hy"}),
        case(f, f"{a}/v1/kooperativ/{COOP['id']}", headers=_h(rng),
             query={"req": rid(rng)}),
    ]


def tsiran_sdks() -> list[Case]:
    rng = random.Random(12702)
    return [
        mc_batch(APP, rng, [("Harvest Logged", {"crates": 15}),
                            ("Sale Accepted", {"amountAmd": L(1020000, BUY)})],
                 at=YVN_AT, nd=2, tz="Asia/Yerevan", locale="hy_AM"),
        mc_identify(APP, rng, {"member": L(MEMBER_COOP, UID), "city": L("Yerevan", COARSE),
                               "language": L("hy", DEV)}),
        ab_open(APP, rng, first=True),
        ab_event(APP, rng, "dues_paid", {"year": 2025}, revenue=155.0, hashed=True),
        cf_crash(APP, rng, ("java.lang.IllegalStateException", "plot map not ready"),
                 [cf_crumb("nav", "Home -> Hoghamas"),
                  cf_crumb("net", "GET /v1/hoghamas 200", {"ms": 311})],
                 screen="PlotActivity", tz="Asia/Yerevan"),
        tq_eval(APP, rng, {"region": L("Ararat", COARSE), "member": True}),
        nc_register(APP, rng, tags={"marz": "Ararat", "crop": "apricot"}, tz="Asia/Yerevan",
                    lang="hy-AM"),
        tg_reverse(APP, rng, PLOT_AT, PRECISE, nd=5),
        tg_search(APP, rng, "Artashat cold storage", SEARCH, near=YVN_AT, nd=3, lang="hy"),
    ]
