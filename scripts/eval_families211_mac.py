"""A Juba compound's shared generator and solar app "Macbaai" (mac fire / power + baai home; the
eight units of a walled compound in Hai Amarat share a diesel generator and a solar bank: diesel
shares, power hours, metered kWh, outages, priority power for medical need, votes). Keys are
Dinka ASCII-folded with English: ``raan``, ``rin``, ``email``, ``namba_telefon``,
``namba_ngic`` e-mail code, ``yen``, ``ghot`` unit (house), ``paan`` street line, ``pan_dit``,
``mac`` power, ``mac_thaa`` power hours, ``weu`` amount / share, ``kuen`` meter reading,
``te`` place, ``thura`` photo, ``tuany`` illness, ``wal`` medicine, ``jam`` message, ``mony``
husband, ``nyan`` daughter, ``ruon_dhieth`` birth year, ``raan_ben`` visitor, ``akool`` day,
``thok`` language. Joining with the unit's account, an e-mail code, ``/yen``, the bill by unit
in the path, its payment, the diesel share, an outage with her fix, priority power for her
insulin, a meter photo, the inverter's battery, the meter gateway on their Wi-Fi, a vote, power
hours, the compound chat, a complaint, the household, a visitor pass for her sister, a base64
JSON preferences cookie, meter readings (gzip), push and events. Set 151 has a residents'
association (lift, water, intercom) and sets 96, 174 and 188 prepaid electricity; none a shared
diesel generator with cost shares and medical priority."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families211_kit import (
    COMPOUND,
    DAUGHTER,
    HUSBAND,
    JUBA_HOME,
    JUBA_HOME_AT,
    LOCAL_PHONE,
    SISTER_US,
    UNIT,
    fix,
    hd,
    push,
)
from eval_families211_sdk import bw_bid, bw_notice, ct_crash, ct_crumb, ka_batch, ty_launch
from eval_families211_svc import (
    cp_check,
    cw_card,
    cw_confirm,
    ft_eval,
    hl_message,
    mn_reverse,
    pm_register,
)
from eval_payloads import BSSID, EMAIL, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("macbaai", "Macbaai", "com.example.macbaai", "1.2.0", "https://api.macbaai.example.com")
IID = "X-Macbaai-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def macbaai() -> list[Case]:
    rng = random.Random(21161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ghot=L(UNIT, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(JUBA_HOME_AT, 5)
    bill = at_path(case(f, f"{a}/api/ghot/{UNIT}/bill", headers=_h(rng, **b),
                        query={"month": "2026-01"}), UNIT, UID)
    return [
        case(f, f"{a}/api/join", headers=_h(rng), body={
            "ghot": L(UNIT, UID), "rin": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "namba_telefon": L(LOCAL_PHONE, TEL),
            "paan": L(JUBA_HOME["line"], ADDR), "pan_dit": L(JUBA_HOME["town"], COARSE),
            "compound": COMPOUND["id"], "role": "tenant"}),
        case(f, f"{a}/api/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "namba_ngic": L("604318", CRED)}),
        case(f, f"{a}/api/yen", headers=_h(rng, extra=jw)),
        bill,
        case(f, f"{a}/api/pay", fmt="form", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "weu": L("212000", BUY), "currency": "SSP",
            "wallet": L(LOCAL_PHONE, TEL), "method": L(opaque(rng, "pm_", 24), PAY),
            "invoice": L("MB-2026-01-U04", BUY)}),
        case(f, f"{a}/api/diesel/share", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "litres": 40, "weu": L(96000, BUY),
            "generator": COMPOUND["gen"]}),
        case(f, f"{a}/api/outage", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "since": "2026-01-19T18:40", "te": {"lat": hla, "lng": hlo},
            "jam": L("No power since 18:40, the solar bank is empty too", TEXT)}),
        case(f, f"{a}/api/priority", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "tuany": L("type 1 diabetes", MED),
            "wal": L("insulin, kept in the fridge", MED), "fridge_w": 90,
            "jam": L("My insulin spoils above 30 degrees; please keep the fridge line on.",
                     f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/meter/thura", [
            ("thura", "meter_jan.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"ghot": L(UNIT, UID), "kuen": 3182.6})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/solar/battery", headers=_h(rng, **b), body={
            "inverter": "INV-5K-228104", "soc": 34, "kwh_today": 6.8, "ghot": L(UNIT, UID)}),
        case(f, f"{a}/api/gateway/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "gateway": "gw_u04"}),
        case(f, f"{a}/api/votes/new-generator", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "choice": "yes", "weu": L(1500000, BUY)}),
        case(f, f"{a}/api/mac_thaa", fmt="form", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "from": "18:00", "to": "23:00"}),
        case(f, f"{a}/api/chat", headers=_h(rng, **b), body={
            "room": COMPOUND["id"],
            "jam": L("Who took the diesel key? Garang will buy 40 litres at Jebel tomorrow.",
                     TEXT)}),
        case(f, f"{a}/api/complaints", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "kind": "fumes",
            "jam": L("The exhaust blows into our bedroom window at night", TEXT)}),
        case(f, f"{a}/api/household", headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "koc": [
                {"rin": L(HUSBAND[0], NAMEC), "namba_telefon": L(HUSBAND[1], TEL)},
                {"rin": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "ruon_dhieth": L(2018, "personal.birthdate")}]}),
        case(f, f"{a}/api/gate/raan_ben", headers=_h(rng, **b), body={
            "rin": L(SISTER_US[0], NAMEC), "namba_telefon": L(SISTER_US[1], TEL),
            "akool": "2026-02-14", "ghot": L(UNIT, UID)}),
        case(f, f"{a}/api/prefs", headers=_h(rng, **b), cookies={
            "mb_sess": L(opaque(rng, "", 40), CRED),
            "mb_prefs": W({"ghot": L(UNIT, UID), "thok": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/api/meters", gz=True, headers=_h(rng, **b), body={
            "ghot": L(UNIT, UID), "readings": [{"meter": "m_u04_gen", "kuen": 3182.6},
                                               {"meter": "m_u04_sol", "kuen": 911.2}]}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "raan": L(USER_ID, UID), "events": [
                ev("bill_paid", 1), ev("screen", 2, screen=L("PowerHours", USAGE))]}),
        case(f, f"{a}/api/session/end", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "phone": L(E164, TEL)}),
    ]


def macbaai_sdks() -> list[Case]:
    rng = random.Random(21162)
    return [
        ka_batch(APP, rng, [("Bill Paid", {"amount": L(212000, BUY)}), ("Vote Cast", {})],
                 at=JUBA_HOME_AT, nd=2),
        ty_launch(APP, rng),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=JUBA_HOME_AT, nd=3,
               keywords="solar,generator,juba"),
        bw_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.lang.IllegalArgumentException", "vote closed"),
                 [ct_crumb("nav", "Votes -> NewGenerator")], screen="VoteActivity"),
        ft_eval(APP, rng, {"compound": COMPOUND["id"], "pan_dit": L("Juba", COARSE)}, hdr=True),
        pm_register(APP, rng, tags={"compound": COMPOUND["id"]}),
        cp_check(APP, rng, {"analytics": True}),
        mn_reverse(APP, rng, JUBA_HOME_AT, PRECISE, nd=4),
        cw_card(APP, rng),
        cw_confirm(APP, rng, "212000"),
        hl_message(APP, rng, L("My January diesel share shows twice", TEXT), {"ghot": L(UNIT, UID)}),
    ]
