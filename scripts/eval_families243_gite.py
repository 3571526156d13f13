"""Satellite pay-TV subscription app "Gite Tele" (``gite``: eyes; a satellite bouquet's own app
for its subscribers in the Far North: renewals by mobile money, packs, an installer's visit, the
decoder's signal, pay-per-view matches, a parental code; its API's keys are Adamawa Fulfulde in
ASCII with the French TV words a Maroua developer keeps: ``innde`` first name, ``innde_galle``
family name (lit. "name of the house"), ``tilifon`` phone, ``kongol_asiri`` password,
``adires`` address, ``kartiye`` quarter, ``saare`` town, ``kartal`` subscriber card,
``dekodeer`` decoder, ``buke`` package, ``abonman`` subscription, ``lebbi`` months, ``coggu``
price, ``ceede`` amount, ``njobdi`` payment, ``komand`` order, ``teknisiye`` installer,
``nokku`` place, ``sinyal`` signal, ``kod_sukaabe`` children's code, ``yiyde`` viewing,
``emisiyo`` programme, ``reklamasiyo`` complaint, ``binndi`` text, ``natal`` photo, ``dabbitol``
search, ``kewuuji`` events): sign-up with the card and decoder, log-in, ``/am``, packages, a
three-month subscription and its payment, the installer's visit to the house (her pin and her
directions), a protobuf of the decoder's signal, the card's status by card number in the path, a
pay-per-view match, the children's code, viewing history (gzip), the remote-control pairing
(msgpack: the home Wi-Fi and LAN address), a complaint with a photo of the error screen, a
gift renewal for her mother-in-law, a search, invoices by cookie, push, events and a log-out.
No earlier set has a pay-TV subscription ("pay-tv", "pay tv", "tv subscription", "set-top",
"satellite dish", "channel pack" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families243_kit import (
    CM_LINE,
    DECODER,
    HOME_WIFI,
    MIL_HOME,
    MOTHER_IL,
    MR_HOME,
    MR_HOME_AT,
    SMARTCARD,
    TV_SHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families243_sdk import (
    bl_bid,
    bl_notice,
    cm_crash,
    cm_crumb,
    mn_batch,
    mn_identify,
    tw_event,
    tw_launch,
    tw_link,
)
from eval_families243_svc import ck_check, cp_confirm, fs_eval
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, U, case

APP = App("gite", "Gite Tele", "com.example.gitetele", "5.12.0", "https://api.gitetele.example.net")
IID = "X-GT-Install"
PW = "Sahel+Tele2026"
ORDER = "GT-AB-771203"  # the three-month renewal (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def gite() -> list[Case]:
    rng = random.Random(24331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kartal=L(SMARTCARD, UID)))}
    hla, hlo = fix(MR_HOME_AT, 5)
    lab: dict[str, str] = {}
    signal = pb([(1, L(DECODER, HW)), (2, L(SMARTCARD, UID)), (3, 72), (4, 64),
                 (5, [(1, 11595), (2, "H"), (3, 30000)]), (6, "fw 4.18.2")], "", lab)
    status = at_path(case(f, f"{a}/api/kartal/{SMARTCARD}/status", headers=_h(rng, **b)),
                     SMARTCARD, UID)
    return [
        case(f, f"{a}/api/abonne", headers=_h(rng), body={
            "innde": L(FIRST, NAMEC), "innde_galle": L(LAST, NAMEC), "tilifon": L(CM_LINE, TEL),
            "email": L(EMAIL_MIXED, MAIL), "kongol_asiri": L(PW, CRED),
            "adires": L(MR_HOME["line"], ADDR), "kartiye": L(MR_HOME["area"], COARSE),
            "saare": L(MR_HOME["town"], COARSE), "kartal": L(SMARTCARD, UID),
            "dekodeer": L(DECODER, HW), "butik": TV_SHOP["id"]}),
        case(f, f"{a}/api/naatgol", fmt="form", headers=_h(rng), body={
            "tilifon": L(CM_LINE, TEL), "kongol_asiri": L(PW, CRED)}),
        case(f, f"{a}/api/am", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/buke", headers=_h(rng, **b), query={
            "saare": L("Maroua", COARSE), "demngal": "fr,ff,ar"}),
        case(f, f"{a}/api/abonman", headers=_h(rng, **b), body={
            "kartal": L(SMARTCARD, UID), "buke": "sahel_plus", "lebbi": 3,
            "coggu": L(15000, BUY), "komand": L(ORDER, BUY), "moneyaa": "XAF"}),
        case(f, f"{a}/api/njobdi", fmt="form", headers=_h(rng, **b), body={
            "komand": L(ORDER, BUY), "ceede": L("15000", BUY), "limre_momo": L(CM_LINE, TEL),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/teknisiye", headers=_h(rng, **b), body={
            "adires": L(MR_HOME["line"], ADDR), "nokku": {"lat": hla, "lng": hlo},
            "tilifon": L(CM_LINE, TEL), "nyalnde": "2026-01-24", "waktu": "matin",
            "binndi": L("Galle baleejo baawo juulirde mawnde, damal bulu", TEXT),
            "butik": {"id": TV_SHOP["id"], "lat": TV_SHOP["lat"], "lng": TV_SHOP["lon"],
                      "tilifon": TV_SHOP["phone"]}}),
        raw(f, f"{a}/api/dekodeer/sinyal", signal, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/api/ppv", headers=_h(rng, **b), body={
            "kartal": L(SMARTCARD, UID), "match": "ev_cotonsport_canon_0125",
            "coggu": L(2000, BUY), "komand": L("GT-PPV-0091733", BUY)}),
        case(f, f"{a}/api/sukaabe/kod", fmt="form", headers=_h(rng, **b), body={
            "kartal": L(SMARTCARD, UID), "kod_sukaabe": L("4417", CRED), "duubi_max": "10"}),
        case(f, f"{a}/api/yiyde", gz=True, headers=_h(rng, **b), body={
            "kartal": L(SMARTCARD, UID), "yiyde": [
                {"emisiyo": L("Journal en fulfulde", USAGE), "minit": 25},
                {"emisiyo": L("Match Coton Sport - Canon", USAGE), "minit": 104},
                {"emisiyo": L("Dessins animes du matin", USAGE), "minit": 40}]}),
        case(f, f"{a}/api/telekomand", fmt="msgpack", headers=_h(rng, **b), body={
            "dekodeer": L(DECODER, HW), "ssid": L(HOME_WIFI[0], WIFI),
            "ip_telefon": L(LOCAL_IP, DEV), "dekodeer_ip": "192.168.1.40",
            "rappel": [{"emisiyo_id": "pg_88120", "waktu": "20:30"}]}),
        case(f, f"{a}/api/reklamasiyo", headers=_h(rng, **b), body={
            "kartal": L(SMARTCARD, UID), "nder": "E48-32",
            "binndi": L("Gila jemma hanki tele ina wi'a E48-32, mi yobii ko lebbi tati", TEXT)}),
        multipart(f, f"{a}/api/reklamasiyo/natal", [
            ("natal", "ekran_e48.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"kartal": L(SMARTCARD, UID), "nder": "E48-32"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kado", headers=_h(rng, **b), body={
            "jom_kado": {"innde": L(MOTHER_IL[0], NAMEC), "tilifon": L(MOTHER_IL[1], TEL),
                         "saare": L(MIL_HOME["town"], COARSE)},
            "buke": "radio_sahel", "lebbi": 1, "coggu": L(3000, BUY),
            "binndi": L("Inna, ngam radio e tele fulfulde", TEXT)}),
        case(f, f"{a}/api/dabbitol", headers=_h(rng, **b), query={
            "q": L("film fulfulde Garuwa", SEARCH), "page": "1"}),
        case(f, f"{a}/api/fakture", headers=_h(rng, how="none"), cookies={
            "gt_sesiyo": L(opaque(rng, "", 40), CRED), "gt_device": L(INSTALL_ID, DID),
            "gt_req": rid(rng)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/kewuuji", headers=_h(rng, **b), body={
            "jom_konte": L(USER_ID, UID), "kewuuji": [
                ev("abonman_hesdintinaama", 1, buke="sahel_plus"),
                ev("yiyde", 2, yiyde=L("GuideTV", USAGE)), ev("ppv", 3, coggu=L(2000, BUY))]}),
        case(f, f"{a}/api/yaltugol", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "sesiyo": obj(rng, "ss")}),
    ]


def gite_sdks() -> list[Case]:
    rng = random.Random(24332)
    link = U("https://gitetele.example.net/renew", {"kartal": L(SMARTCARD, UID),
                                                    "em": L(EMAIL, MAIL), "src": "sms"})
    return [
        mn_batch(APP, rng, [("Renewal Paid", {"total": L(15000, BUY)}),
                            ("Match Bought", {"match": "ev_cotonsport_canon_0125"})],
                 at=MR_HOME_AT, nd=3),
        mn_identify(APP, rng, {"buke": "sahel_plus", "kartal": L(SMARTCARD, UID),
                               "saare": L("Maroua", COARSE)}),
        tw_launch(APP, rng, first=True),
        tw_link(APP, rng, link),
        tw_event(APP, rng, "renewal", {"komand": L(ORDER, BUY)}, revenue=15000.0,
                 currency="XAF", hashed=True),
        bl_bid(APP, rng, {"video": {"w": 320, "h": 480}}, yob=1991, gender="F",
               keywords="football,tv,films"),
        bl_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "player surface lost"),
                 [cm_crumb("nav", "Buke -> Njobdi"), cm_crumb("tap", "pay_momo")],
                 screen="PayActivity"),
        fs_eval(APP, rng, {"buke": "sahel_plus", "saare": L("Maroua", COARSE)}, hdr=True),
        ck_check(APP, rng, {"analytics": True, "ads": True}),
        cp_confirm(APP, rng, "15000"),
    ]
