"""A mobile-money agent's app "Wakiila" (she runs a cash-in/cash-out counter for the wallet
"Bilbilbirr" in her shop in Adama): its API's keys are Afaan Oromo in Qubee (``wakiila`` agent,
``lakkoofsa_wakiilaa`` agent number, ``koodii_dhuunfaa`` PIN, ``maamila`` customer,
``maqaa``, ``maqaa_abbaa``, ``maqaa_akaakayyuu`` grandfather's name, ``bilbila``, ``fayda``,
``tin``, ``suuqii`` shop, ``ganda``, ``magaalaa``, ``herrega_baankii`` bank account,
``maallaqa_galchuu``/``maallaqa_baasuu`` cash-in/cash-out, ``hanga``, ``komishinii``
commission, ``koodii_maamilaa`` the customer's withdrawal code, ``gaaffii`` request,
``daldala`` transactions, ``har'a`` -> ``hara`` today, ``ji'a`` -> ``jia`` month, ``ibsa``
description, ``gabaasa_shakkii`` suspicious-activity report, ``waliigaltee`` agreement,
``mallattoo`` signature, ``erguu`` send, ``ergaa`` message, ``moofaa``/``haaraa`` old/new):
agent registration (her Fayda number and TIN, the shop's point), a PIN log-in and an OTP,
``/ana``, a cash-in and a cash-out for customers (their phones and names typed by her), a new
customer's KYC (three names, Fayda number, birth date, the ID card photo), a float top-up from
her bank account, an offline batch (protobuf), today's transactions, commission by agent number
in the path, the shop's point and Wi-Fi, a suspicious-activity report, a support message, the
agreement, the balance by cookie, a PIN change, a transfer to her husband, push, events and a
log-out. Other sets have wallet users who look up a cash-in agent; here she is the agent (a
docstring grep: "money agent", "agent kiosk" nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families160_kit import (
    AGENT,
    BANK,
    ET_LINE,
    FIN,
    FLOAT_ACC,
    HOME,
    HUSBAND,
    SHOP_AT,
    TIN,
    fix,
    hd,
    push,
    verhoeff,
)
from eval_families160_sdk import cg_crash, cg_crumb, cg_session, md_batch, md_queue, th_launch
from eval_families160_svc import cq_wallet, fb_eval, hg_message, mb_geocode, ps_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wakiila", "Wakiila", "com.example.wakiila", "7.2.0", "https://api.wakiila.example.net")
IID = "X-Wakiila-Device"
NID = "personal.national_id"
PIN = "580214"
CUST1 = ("Tolessa Abdiisaa", "+251913774058")  # a customer she served (typed: contact.*)
CUST2 = ("Lalisee Dheeressaa Guutaa", "0916220731", verhoeff("60318274409"))  # a new customer
SHOP_WIFI = ("Suuqii-Abdii", "c8:3a:35:0b:7e:51")  # her shop's Wi-Fi (location.wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, om=True, **kw)


def wakiila() -> list[Case]:
    rng = random.Random(16061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, wakiila=L(AGENT, UID), bilbila=L(ET_LINE, TEL)))}
    sla, slo = fix(SHOP_AT)
    lab: dict[str, str] = {}
    batch = pb([(1, L(AGENT, UID)),
                (2, [(1, L(CUST1[1], TEL)), (2, L(1500, BUY)), (3, "cash_in"), (4, 1765380120)]),
                (3, [(1, L("+251918004112", TEL)), (2, L(800, BUY)), (3, "cash_out"),
                     (4, 1765380960)]),
                (4, [(1, L(SHOP_AT[0], PRECISE)), (2, L(SHOP_AT[1], PRECISE))]),
                (5, L(37, DEV))], "", lab)
    com = at_path(case(f, f"{a}/v1/komishinii/{AGENT}/jia", headers=_h(rng, **b),
                       query={"jia": "2025-12"}), AGENT, UID)
    return [
        case(f, f"{a}/v1/wakiila/galmee", headers=_h(rng), body={
            "maqaa": L(FIRST, NAMEC), "maqaa_abbaa": L(LAST, NAMEC), "bilbila": L(ET_LINE, TEL),
            "fayda": L(FIN, NID), "tin": L(TIN, NID),
            "suuqii": {"maqaa": "Suuqii Abdii", "lat": sla, "lon": slo,
                       "ganda": L(HOME["area"], COARSE), "magaalaa": L(HOME["town"], COARSE)},
            "herrega_baankii": L(BANK, PAY), "lakkoofsa_wakiilaa": L(AGENT, UID)}),
        case(f, f"{a}/v1/seeni", fmt="form", headers=_h(rng), body={
            "lakkoofsa_wakiilaa": L(AGENT, UID), "koodii_dhuunfaa": L(PIN, CRED)}),
        case(f, f"{a}/v1/seeni/otp", fmt="form", headers=_h(rng), body={
            "bilbila": L(ET_LINE, TEL), "koodii": L("339017", CRED)}),
        case(f, f"{a}/v1/ana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/maallaqa_galchuu", headers=_h(rng, **b), body={
            "lakkoofsa_wakiilaa": L(AGENT, UID), "bilbila_maamilaa": L(CUST1[1], TEL),
            "maqaa_maamilaa": L(CUST1[0], NAMEC), "hanga": L(1500, BUY),
            "komishinii": L(7.5, BUY), "ref": rid(rng)}),
        case(f, f"{a}/v1/maallaqa_baasuu", headers=_h(rng, **b), body={
            "lakkoofsa_wakiilaa": L(AGENT, UID), "bilbila_maamilaa": L("+251918004112", TEL),
            "koodii_maamilaa": L("7301", CRED), "hanga": L(800, BUY),
            "fayda_maamilaa": L(verhoeff("25590471830"), NID), "ref": rid(rng)}),
        case(f, f"{a}/v1/maamila/galmee", headers=_h(rng, **b), body={
            "maqaa": L("Lalisee", NAMEC), "maqaa_abbaa": L("Dheeressaa", NAMEC),
            "maqaa_akaakayyuu": L("Guutaa", NAMEC), "bilbila": L(CUST2[1], TEL),
            "fayda": L(CUST2[2], NID), "guyyaa_dhalootaa": L("1994-03-08", BIRTH),
            "lakkoofsa_wakiilaa": L(AGENT, UID)}),
        multipart(f, f"{a}/v1/maamila/kaardii", [
            ("suuraa", "fayda_fuula.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NID}")),
            ("odeeffannoo", None, "application/json", {"fayda": L(CUST2[2], NID),
                                                       "cinaa": "fuula"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/float/gaaffii", headers=_h(rng, **b), body={
            "lakkoofsa_wakiilaa": L(AGENT, UID), "hanga": L(20000, BUY),
            "irraa": L(BANK, PAY), "gara": L(FLOAT_ACC, PAY)}),
        raw(f, f"{a}/v1/daldala/offline", batch, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/daldala/hara", headers=_h(rng, **b), query={
            "lakkoofsa_wakiilaa": L(AGENT, UID), "fuula": "1"}),
        com,
        case(f, f"{a}/v1/suuqii/iddoo", headers=_h(rng, **b), body={
            "lakkoofsa_wakiilaa": L(AGENT, UID), "lat": sla, "lon": slo,
            "wifi": {"ssid": L(SHOP_WIFI[0], WIFI), "bssid": L(SHOP_WIFI[1], WIFI)},
            "ip_keessaa": L("192.168.8.104", DEV)}),
        case(f, f"{a}/v1/gabaasa_shakkii", headers=_h(rng, **b), body={
            "bilbila_maamilaa": L("+251918004112", TEL),
            "ibsa": L("Namni kun guyyaa tokkotti kaardii Fayda lama fide", TEXT),
            "lakkoofsa_wakiilaa": L(AGENT, UID)}),
        case(f, f"{a}/v1/ergaa", headers=_h(rng, **b), body={
            "gara": "super_agent_desk",
            "barreeffama": L("Float koo guyyaa lama booda hin seenne, maaloo ilaalaa", TEXT)}),
        case(f, f"{a}/v1/waliigaltee", fmt="form", headers=_h(rng, **b), body={
            "mallattoo": L(f"{FIRST} {LAST}", NAMEC), "tin": L(TIN, NID), "fooyya": "v4",
            "fudhadhe": "eeyyee"}),
        case(f, f"{a}/v1/haftee", headers=_h(rng, how="none"), cookies={
            "wk_sesii": L(opaque(rng, "", 40), CRED), "wk_meeshaa": L(INSTALL_ID, DID),
            "wk_req": rid(rng)}),
        case(f, f"{a}/v1/koodii/jijjiiri", fmt="form", headers=_h(rng, **b), body={
            "koodii_moofaa": L(PIN, CRED), "koodii_haaraa": L("913376", CRED)}),
        case(f, f"{a}/v1/erguu", headers=_h(rng, **b), body={
            "gara": {"maqaa": L(HUSBAND[0], NAMEC), "bilbila": L(HUSBAND[1], TEL)},
            "hanga": L(3000, BUY), "ergaa": L("Kiraa suuqii ji'a kanaa", TEXT)}),
        case(f, f"{a}/v1/barbaacha", headers=_h(rng, **b), query={
            "q": L(CUST1[1], f"{SEARCH}|{TEL}")}),
        case(f, f"{a}/v1/meeshaa", headers=_h(rng, **b), body=push(push_token(rng), "om_ET")),
        case(f, f"{a}/v1/taateewwan", headers=_h(rng, **b), body={
            "fayyadamaa": L(USER_ID, UID), "taateewwan": [
                ev("cash_in", 1, hanga=L(1500, BUY)),
                ev("fuula", 2, fuula=L("Daldala", USAGE))]}),
        case(f, f"{a}/v1/bai", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "meeshaa": L(INSTALL_ID, DID)}),
    ]


def wakiila_sdks() -> list[Case]:
    rng = random.Random(16062)
    return [
        md_batch(APP, rng, [("Cash In", {"amount": L(1500, BUY)}),
                            ("Cash Out", {"amount": L(800, BUY)})], at=SHOP_AT, nd=3,
                 locale="om_ET"),
        md_queue(APP, rng, [("Offline Sync", {"count": 2}), ("Float Requested", {})]),
        th_launch(APP, rng, user=True),
        cg_crash(APP, rng, ("java.lang.SecurityException", "pin pad"),
                 [cg_crumb("nav", "Ana -> Daldala")], screen="DaldalaActivity"),
        cg_session(APP, rng, secs=5410),
        fb_eval(APP, rng, {"tier": "agent_b", "region": L("Oromiyaa", COARSE)}),
        ps_register(APP, rng, lang="om", at=SHOP_AT, nd=2, tags={"tier": "agent_b"}),
        cq_wallet(APP, rng, "3000", L(ET_LINE, TEL)),
        mb_geocode(APP, rng, "Bilbilbirr super agent Adama", SEARCH, near=SHOP_AT, nd=3),
        hg_message(APP, rng, L(f"Float for agent {AGENT} delayed two days", f"{TEXT}|{UID}"),
                   {"wakiila": L(AGENT, UID)}),
    ]
