"""A desert-cooler servicing app "Thandak" (``thandak`` coolness; a fictional Pandri, Raipur
workshop's app: before the 45-degree summer it changes the khus or honeycomb pads, services the
pump, cleans the tank, fixes motors, sells new coolers on instalments and pairs its Wi-Fi
controller). Its API's keys are Chhattisgarhi in Latin letters with the loans a Raipur developer
keeps (``kular`` cooler, ``pamp`` pump, ``otp``, ``emi``, ``ssid``): ``grahak`` customer,
``naanv`` name, ``mobail`` mobile, ``ghar`` house, ``thikana`` address, ``chinha`` landmark,
``para`` neighbourhood, ``sahar`` town, ``jagha`` place, ``ginti`` count, ``pad`` pads,
``tanki`` tank, ``safai`` cleaning, ``marammat`` repair, ``mistri`` technician, ``tithi`` date,
``bera`` time, ``daam`` price, ``rakam`` amount, ``chukara`` payment, ``kisht`` instalment,
``chhat`` roof, ``photu`` photo, ``shikayat`` complaint, ``khoj`` search, ``raay`` review,
``saas`` mother-in-law: an OTP sign-up, ``/mor``, the house (address, landmark, her fix), the
price list, a service booked for three coolers, its payment, the job by number in the path, the
start code given to the technician, a photo of the burnt pump, the Wi-Fi controller paired to
the home network, a protobuf status beat, a msgpack schedule, a new cooler on EMI (her PAN), a
complaint, a search, a review, a referral for her mother-in-law's house in Bilaspur, push and
events. A docstring grep for "desert cooler" and "air cooler" matched nothing ("cooler" only a
dairy's milk cooler and a water dispenser)."""

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
    E164,
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
from eval_families307_kit import (
    BSP_HOME,
    MOTHER_IL,
    PAN,
    RP_HOME,
    RP_HOME_AT,
    SERVICE_JOB,
    WORKSHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families307_sdk import bf_bid, bf_notice, cd_crash, cd_crumb, mc_batch, tn_launch
from eval_families307_svc import cl_card, cl_confirm, cy_check, fn_eval, mm_telemetry, pt_register
from eval_payloads import BSSID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("thandak", "Thandak", "com.example.thandak", "2.2.7", "https://api.thandak.example.com")
IID = "X-Thandak-Device"
CUST = "TH-C-55013"  # her customer account (id.user)
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def thandak() -> list[Case]:
    rng = random.Random(30751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grahak=L(CUST, UID), mobail=L(E164, TEL)))}
    hla, hlo = fix(RP_HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, "ctl_7f21a0"), (2, L(CUST, UID)), (3, 1776400000),
               (4, [(1, 31.5), (2, 38), (3, 2)]), (5, "fw1.4.2")], "", lab)
    job = at_path(case(f, f"{a}/api/buking/{SERVICE_JOB}", headers=_h(rng, **b)),
                  SERVICE_JOB, BUY)
    return [
        case(f, f"{a}/api/grahak", headers=_h(rng), body={
            "naanv": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL),
            "sahar": L("Raipur", COARSE), "kaise_jaanis": "parosi"}),
        case(f, f"{a}/api/otp/verify", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("908216", CRED)}),
        case(f, f"{a}/api/mor", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ghar", headers=_h(rng, **b), body={
            "grahak": L(CUST, UID), "thikana": L(RP_HOME["line"], ADDR),
            "chinha": L("Shankar Nagar chowk, Hanuman mandir ke paachhu", ADDR),
            "para": L(RP_HOME["para"], COARSE), "sahar": L(RP_HOME["town"], COARSE),
            "pin": L(RP_HOME["pin"], COARSE), "jagha": {"lat": hla, "lng": hlo}}),
        case(f, f"{a}/api/seva/suchi", headers=_h(rng, **b), query={
            "sahar": L("raipur", COARSE), "mausam": "garmi-2026"}),
        case(f, f"{a}/api/buking", headers=_h(rng, **b), body={
            "grahak": L(CUST, UID), "buking": L(SERVICE_JOB, BUY), "kular_ginti": 3,
            "karkhana": {"id": WORKSHOP["id"], "mobail": WORKSHOP["phone"]},
            "seva": [{"kaam": "khus_pad_badlna", "daam": 450}, {"kaam": "pamp_seva", "daam": 250},
                     {"kaam": "tanki_safai", "daam": 150}],
            "rakam": L(2550, BUY), "tithi": "2026-04-06", "bera": "10-13",
            "note": L("Ek kular chhat ma rakhe he, sidhi ghar ma he", TEXT)}),
        case(f, f"{a}/api/chukara", fmt="form", headers=_h(rng, **b), body={
            "buking": L(SERVICE_JOB, BUY), "rakam": L("2550.00", BUY), "mudra": "INR",
            "vidhi": L(opaque(rng, "pm_", 24), PAY)}),
        job,
        case(f, f"{a}/api/buking/shuru", fmt="form", headers=_h(rng, **b), body={
            "buking": L(SERVICE_JOB, BUY), "shuru_code": L("4471", CRED),
            "mistri": "mst_0093", "kaam_line": obj(rng, "jl")}),
        multipart(f, f"{a}/api/marammat/photu", [
            ("photu", "pamp_jal_gis.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "buking": L(SERVICE_JOB, BUY),
                "vivran": L("Bade kular ke pamp jal gis, paani nai chadhat", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/smart-kular/pair", headers=_h(rng, **b), body={
            "controller": "ctl_7f21a0", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "phone_ip": L(LOCAL_IP, DEV), "grahak": L(CUST, UID)}),
        raw(f, f"{a}/api/smart-kular/status", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/smart-kular/samay", fmt="msgpack", headers=_h(rng, **b), body={
            "controller": "ctl_7f21a0", "grahak": L(CUST, UID),
            "samay": [{"chalu": "13:00", "band": "17:30", "gati": 3},
                      {"chalu": "22:00", "band": "05:00", "gati": 1}]}),
        case(f, f"{a}/api/naya-kular/emi", headers=_h(rng, **b), body={
            "model": "Thandak Desert 90L", "daam": 11990, "kisht_mahina": 6,
            "kisht": L(1999, BUY), "rakam": L(11990, BUY), "pan": L(PAN, NID),
            "card_ke_aakhri_char": L("4444", PAY), "order_id": L("TH-EMI-26-0418", BUY)}),
        case(f, f"{a}/api/shikayat", headers=_h(rng, **b), body={
            "buking": L(SERVICE_JOB, BUY), "prakar": "der_se_aais",
            "shikayat": L("Mistri 3 bera ke jagha 5 bera aais, aur pad aadha lagais", TEXT)}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "khoj": L("honeycomb pad 90 litre kular", SEARCH)}),
        case(f, f"{a}/api/raay", fmt="form", headers=_h(rng, **b), body={
            "buking": L(SERVICE_JOB, BUY), "tara": "3",
            "raay": L("Kaam badhiya, fer bera ke pakka nahi", TEXT)}),
        case(f, f"{a}/api/refer", headers=_h(rng, **b), body={
            "naanv": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
            "thikana": L(BSP_HOME["line"], ADDR), "sahar": L(BSP_HOME["town"], COARSE),
            "rishta": "saas"}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("booking_done", 1, rakam=L(2550, BUY)),
                ev("screen", 2, screen=L("SmartKular", USAGE))]}),
    ]


def thandak_sdks() -> list[Case]:
    rng = random.Random(30752)
    return [
        mc_batch(APP, rng, [("Service Booked", {"total": L(2550, BUY)}),
                            ("Controller Paired", {})], at=RP_HOME_AT, nd=3, locale="hi_IN"),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RP_HOME_AT, nd=3,
               keywords="cooler,summer,raipur"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.net.ConnectException", "controller 192.168.4.1 refused"),
                 [cd_crumb("nav", "SmartKular -> Pair"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/smart-kular/pair",
                                           "status": 502})], screen="PairActivity"),
        fn_eval(APP, rng, {"city": L("Raipur", COARSE), "season": "garmi"}, hdr=True),
        pt_register(APP, rng, lang="hi", at=RP_HOME_AT, nd=2, tags={"sahar": L("raipur", COARSE)}),
        cy_check(APP, rng, {"analytics": True, "ads": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2550.00"),
        mm_telemetry(APP, rng, [RP_HOME_AT, (21.256511, 81.661774)], PRECISE),
    ]
