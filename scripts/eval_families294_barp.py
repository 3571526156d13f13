"""A Gwadar ice factory's order app "Barpjah" (``barp`` ice, ``jah`` place: block ice for the
fishing launch her husband co-owns with his cousins, crushed at the harbour before each trip, and
blocks for the household water coolers in the summer, delivered in Gwadar and from the
factory's Turbat branch; its API's keys are Balochi, ASCII-folded, mixed with the trade's
English: ``nam`` name, ``logi_nam`` surname, ``mobail`` mobile, ``ramz`` password,
``logay_pata`` address, ``mahalla`` quarter, ``shahr`` town, ``bojig`` boat, ``barp`` ice,
``sil`` block, ``bukking`` order, ``zar`` amount, ``adaigi`` payment, ``akhiri_char`` last
four, ``gaadi`` delivery truck, ``jagah`` place, ``arz``/``tool`` latitude/longitude, ``chiz``
item, ``baha`` price, ``wakht`` slot, ``mosum`` season, ``gap`` remark, ``shikayat``
complaint, ``aks`` photo, ``shohaz`` search, ``mat`` (mother, for her mother-in-law's house)):
sign-up, log-in, ``/mani``, the launch registered, an order with her fix at home, a photo of the
launch's melted hold, the payment, the truck on the way, its arrival at her door, the delivery
code, extras accepted, an order for her mother-in-law's house in Turbat, a season contract for
the launch, a review, the order by number in the path (twice), a search, a complaint, the bill
by a base64 JSON cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families294_kit import (
    GW_HOME,
    GW_HOME_AT,
    HUSBAND,
    JOB,
    MIL_LINE,
    MOTHER_IL,
    TECH_AT,
    TURBAT,
    WORKSHOP,
    fix,
    hd,
    mobail,
    obj,
)
from eval_families294_sdk import (
    bh_bid,
    bh_notice,
    ca_crash,
    ca_crumb,
    km_batch,
    mt_event,
    mt_launch,
    mt_link,
)
from eval_families294_svc import hb_message, mb_reverse, pd_card, pd_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("barpjah", "Barpjah", "com.example.barpjah", "4.7.0",
          "https://api.barpjah.example.com")
IID = "X-Barpjah-Device"
PW = "Barp!MullaBand7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def barpjah() -> list[Case]:
    rng = random.Random(29451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mobail=L(E164, TEL)))}
    hla, hlo = fix(GW_HOME_AT)
    dla, dlo = fix(GW_HOME_AT, 5)
    job2 = "BJ-25-41077"
    status = at_path(case(f, f"{a}/api/bukking/{JOB}/status", headers=_h(rng, **b)),
                       JOB, BUY)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "logi_nam": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "ramz": L(PW, CRED),
            "logay_pata": L(GW_HOME["line"], ADDR), "mahalla": L(GW_HOME["area"], COARSE),
            "shahr": L(GW_HOME["town"], COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ramz": L(PW, CRED), "mobail": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/bojig", headers=_h(rng, **b), body={"bojig": {
            "nam": "Mahganj", "registration": "GWD-FB-2217", "hold_ton": 6,
            "jetty": "West Bay fish harbour", "sharik": [L(HUSBAND[0], NAMEC)]}}),
        case(f, f"{a}/api/bojig/safar", headers=_h(rng, **b), query={
            "bojig": "GWD-FB-2217", "mah": "2025-06"}),
        case(f, f"{a}/api/bukking", headers=_h(rng, **b), body={
            "bukking": L(JOB, BUY), "barp": "block", "sil": 40, "bojig": "GWD-FB-2217",
            "wakht": "2025-06-03T04:00", "zar": L(6500, BUY), "kutag": True,
            "logay_pata": L(GW_HOME["line"], ADDR),
            "jagah": {"arz": hla, "tool": hlo, "durosti": 12},
            "factory": WORKSHOP["id"]}),
        multipart(f, f"{a}/api/bukking/aks", [
            ("aks", "hold_melted.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {
                "bukking": L(JOB, BUY),
                "gap": L("Last trip's ice melted by the second day, the hold lid does not seal",
                         TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/adaigi", fmt="form", headers=_h(rng, **b), body={
            "bukking": L(JOB, BUY), "zar": L("6500", BUY), "currency": "PKR",
            "method": L(opaque(rng, "pm_", 24), PAY), "akhiri_char": L("4444", PAY)}),
        at_path(case(f, f"{a}/api/bukking/{JOB}/gaadi", headers=_h(rng, **b), query={
            "gaadi": "tr_0712", "gaadi_arz": str(TECH_AT[0]), "gaadi_tool": str(TECH_AT[1])}),
            JOB, BUY),
        case(f, f"{a}/api/bukking/rasid", headers=_h(rng, **b), body={
            "bukking": L(JOB, BUY), "halat": "gaadi_darwaza",
            "jagah": {"arz": dla, "tool": dlo}, "gaadi": "tr_0712"}),
        case(f, f"{a}/api/bukking/band", fmt="form", headers=_h(rng, **b), body={
            "bukking": L(JOB, BUY), "code": L("6172", CRED), "sil_rasit": "40"}),
        case(f, f"{a}/api/bukking/chiz", headers=_h(rng, **b), body={
            "bukking": L(JOB, BUY), "chiz": [
                {"nam": "crushing at the jetty", "baha": 1800},
                {"nam": "salt 50 kg", "baha": 700}], "kul_zar": L(9000, BUY),
            "manzur": True}),
        case(f, f"{a}/api/bukking", headers=_h(rng, **b), body={
            "bukking": L(job2, BUY), "barp": "block", "sil": 4, "zar": L(3200, BUY),
            "branch": "turbat",
            "pa": {"nam": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                   "rishta": "mat", "logay_pata": L(MIL_LINE, ADDR),
                   "halk": L(TURBAT["village"], COARSE), "shahr": L(TURBAT["town"], COARSE)},
            "wakht": "2025-06-07T09:00"}),
        case(f, f"{a}/api/mosum", fmt="form", headers=_h(rng, **b), body={
            "mosum": "2025-26", "bojig": "GWD-FB-2217", "zar": L("90000", BUY),
            "contract": L("BJ-SC-25-2207", BUY)}),
        case(f, f"{a}/api/review", headers=_h(rng, **b), body={
            "factory": WORKSHOP["id"], "sitara": 4,
            "gap": L("Came before dawn as promised, but two blocks were cracked", TEXT)}),
        status,
        case(f, f"{a}/api/shohaz", headers=_h(rng, **b), query={
            "shohaz": L("block ice price per ton June", SEARCH), "shahr": "gwadar"}),
        case(f, f"{a}/api/shikayat", headers=_h(rng, **b), body={
            "bukking": L(job2, BUY), "kism": "late",
            "shikayat": L("Nobody came to my mother-in-law's house in Kalatuk, her cooler was "
                          "empty all day", TEXT)}),
        case(f, f"{a}/api/bil/latest", headers=_h(rng, how="none"), cookies={
            "bj_sess": L(opaque(rng, "", 40), CRED),
            "bj_prefs": W({"bandag": L(USER_ID, UID), "zuban": L("en", DEV),
                           "shahr": L("Gwadar", COARSE)}, "b64json")}),
        case(f, f"{a}/api/mobail", headers=_h(rng, **b), body=mobail(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "bandag": L(USER_ID, UID), "events": [
                ev("order_made", 1, zar=L(6500, BUY)),
                ev("screen", 2, screen=L("GaadiMap", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mobail": L(INSTALL_ID, DID),
            "nonce": obj(rng, "n")}),
    ]


def barpjah_sdks() -> list[Case]:
    rng = random.Random(29452)
    link = U("https://barpjah.example.com/b", {"bukking": L(JOB, BUY), "src": "sms",
                                                "m": L(E164, TEL)})
    return [
        km_batch(APP, rng, [("Booking Made", {"total": L(6500, BUY)}),
                            ("Ice Delivered", {})], at=GW_HOME_AT, nd=3),
        mt_launch(APP, rng, first=True),
        mt_link(APP, rng, link),
        mt_event(APP, rng, "purchase", {"bukking": L(JOB, BUY)}, revenue=6500.0, hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GW_HOME_AT, nd=3,
               keywords="ice,fishing,boat"),
        bh_notice(APP, rng, "win"),
        ca_crash(APP, rng, ("java.lang.NullPointerException", "van marker"),
                 [ca_crumb("nav", "Bukking -> GaadiMap"),
                  ca_crumb("net", "GET", {"url": f"{APP.api}/api/bukking/gaadi", "status": 200})],
                 screen="GaadiMapActivity"),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "6500"),
        mb_reverse(APP, rng, GW_HOME_AT, PRECISE, nd=5),
        hb_message(APP, rng, L(f"Booking {JOB} was charged twice", f"{TEXT}|{BUY}"),
                   {"bukking": L(JOB, BUY)}),
    ]
