"""A foreign phone's IMEI-registration and duty app "Sunjaanap" (she brought her Pixel from the US
and must register both IMEIs against her passport and pay the duty before the Pakistani SIM works
in it; its API's keys are Sindhi in Latin letters: ``nalo`` name, ``akhri_nalo`` surname,
``mobile_nambar`` mobile number, ``gujho_lafz`` password (lit. "secret word"), ``jaman_tareekh``
birth date, ``jins`` sex (``aurat`` woman), ``passport_nambar``, ``imei_pehriyon`` / ``imei_biyon``
first / second IMEI, ``mahsool`` duty, ``raqam`` amount, ``adaigi`` payment, ``raseed``
receipt, ``pahuchan`` arrival, ``halat`` status, ``sas`` mother-in-law, ``gol`` search,
``shikayat`` complaint, ``niyapo`` message, ``muhinjo`` mine, ``waqiya`` events; a docstring grep
for "imei regist" and "dirbs" found no earlier phone-registration app): sign-up, an SMS
code, a log-in, ``/muhinjo``, the phone's scan (IMEIs, serial, both SIMs), the status by IMEI in
the path, the registration, the passport page, the arrival with her fix at the airport, the duty
quote, the payment slip, its payment and receipt by slip number in the path, linking her local
SIM to her Pakistan Origin Card, her mother-in-law's phone registered under her CNIC, a search, a
complaint, a protobuf heartbeat, a SIM-change record (msgpack), the certificate by cookie, push,
events and a token refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families177_kit import (
    AIRPORT_FIX,
    CHALLAN,
    DESK,
    IMEI2,
    MOTHER_IL,
    PASSPORT,
    PK_NET,
    PK_SIM,
    POC,
    fix,
    hd,
    push,
)
from eval_families177_sdk import (
    bb_bid,
    km_batch,
    km_identify,
    rk_event,
    rk_launch,
    tc_crash,
    tc_crumb,
    tc_session,
)
from eval_families177_svc import cr_card, cr_confirm, ps_register
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    ICCID,
    IMEI,
    IMSI,
    INSTALL_ID,
    SERIAL,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("sunjaanap", "Sunjaanap", "com.example.sunjaanap", "3.4.1",
          "https://api.sunjaanap.example.net")
IID = "X-Sunjaanap-Device"
PW = "Karachi@Pixel26"
NID = "personal.national_id"
DOB_SD = "17-05-1991"
MIL_IMEI = "356938035643809"  # the old phone her mother-in-law now uses (id.hardware)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sd=True, **kw)


def sunjaanap() -> list[Case]:
    rng = random.Random(17701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    passport_nambar=L(PASSPORT, NID)))}
    ala, alo = fix(AIRPORT_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(IMEI, HW)), (2, L(IMEI2, HW)), (3, 1767685200), (4, L(PK_NET, CARRIER)),
               (5, L(64, DEV))], "", lab)
    status = at_path(case(f, f"{a}/api/v1/imei/{IMEI}/halat", headers=_h(rng, **b)), IMEI, HW)
    receipt = at_path(case(f, f"{a}/api/v1/challan/{CHALLAN}/raseed", headers=_h(rng, **b)),
                      CHALLAN, BUY)
    return [
        case(f, f"{a}/api/v1/khato", headers=_h(rng), body={
            "nalo": L(FIRST, NAMEC), "akhri_nalo": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile_nambar": L(PK_SIM, TEL), "gujho_lafz": L(PW, CRED),
            "jaman_tareekh": L(DOB_SD, BIRTH), "jins": L("aurat", GENDER),
            "passport_nambar": L(PASSPORT, NID), "shahar": L("Karachi", "location.coarse")}),
        case(f, f"{a}/api/v1/otp/tasdeeq", fmt="form", headers=_h(rng), body={
            "mobile_nambar": L(PK_SIM, TEL), "otp": L("508317", CRED)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gujho_lafz": L(PW, CRED), "yaad_rakh": "1"}),
        case(f, f"{a}/api/v1/muhinjo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/device/scan", headers=_h(rng, **b), body={
            "imei_pehriyon": L(IMEI, HW), "imei_biyon": L(IMEI2, HW),
            "serial_nambar": L(SERIAL, HW), "brand": L("Google", DEV),
            "model": L("Pixel 8", DEV), "android_id": L(ANDROID_ID, DID),
            "sim": [{"slot": 1, "iccid": L(ICCID, SIM), "imsi": L(IMSI, SIM),
                     "network": L("310260", CARRIER), "roaming": L(True, DEV)},
                    {"slot": 2, "mobile_nambar": L(PK_SIM, TEL),
                     "network": L(PK_NET, CARRIER)}]}),
        status,
        case(f, f"{a}/api/v1/registration", headers=_h(rng, **b), body={
            "passport_nambar": L(PASSPORT, NID), "pahuchan_tareekh": "2026-01-06",
            "imei": [L(IMEI, HW), L(IMEI2, HW)], "qeemat_dollar": L(699, BUY),
            "khareed_mulk": "US", "qisam": "foreign_visitor"}),
        multipart(f, f"{a}/api/v1/passport/scan", [
            ("tasveer", "passport_page.jpg", "image/jpeg", L(JPEG + b"\x17", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "passport_nambar": L(PASSPORT, NID),
                "mrz_line2": L(f"{PASSPORT}<4USA9105178F3105096<<<<<<<<<<<<<<02",
                               f"{NID}|{BIRTH}|{GENDER}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pahuchan", headers=_h(rng, **b), body={
            "desk": DESK["id"], "jaga": {"lat": ala, "lng": alo}, "flight": "PK-786",
            "waqt": "2026-01-06T04:40"}),
        case(f, f"{a}/api/v1/mahsool/hisab", headers=_h(rng, **b), query={
            "imei": L(IMEI, HW), "model": L("Pixel 8", DEV), "qisam": "passport"}),
        case(f, f"{a}/api/v1/challan", headers=_h(rng, **b), body={
            "imei": L(IMEI, HW), "mahsool": L(58900, BUY), "challan": L(CHALLAN, BUY),
            "passport_nambar": L(PASSPORT, NID)}),
        case(f, f"{a}/api/v1/adaigi", fmt="form", headers=_h(rng, **b), body={
            "challan": L(CHALLAN, BUY), "raqam": L("58900", BUY), "currency": "PKR",
            "card_akhri_4": L("4444", PAY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        receipt,
        case(f, f"{a}/api/v1/sim/link", headers=_h(rng, **b), body={
            "poc_nambar": L(POC, NID), "mobile_nambar": L(PK_SIM, TEL), "imei": L(IMEI2, HW)}),
        case(f, f"{a}/api/v1/family/registration", headers=_h(rng, **b), body={
            "sas": {"nalo": L(MOTHER_IL[0], NAMEC), "cnic": L(MOTHER_IL[2], NID),
                    "mobile_nambar": L(MOTHER_IL[1], TEL)},
            "imei": L(MIL_IMEI, HW), "model": "Galaxy A52", "tohfo": True}),
        case(f, f"{a}/api/v1/gol", headers=_h(rng, **b), query={
            "q": L("passport te bi phone jo mahsool ketro", SEARCH), "safho": "1"}),
        case(f, f"{a}/api/v1/shikayat", headers=_h(rng, **b), body={
            "qisam": "halat_pending",
            "niyapo": L(f"Challan {CHALLAN} ada thi chuko aahe par phone ajan block aahe",
                        f"{TEXT}|{BUY}")}),
        raw(f, f"{a}/api/v1/imei/dhadkan", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sim/tabdeeli", fmt="msgpack", headers=_h(rng, **b), body={
            "imei": L(IMEI, HW), "iccid_purano": L(ICCID, SIM), "network_nao": L(PK_NET, CARRIER),
            "waqt": 1767699000, "slot": 2}),
        case(f, f"{a}/api/v1/tasdeeq_namo", headers=_h(rng, how="none"), cookies={
            "sj_session": L(opaque(rng, "", 40), CRED), "sj_device": L(INSTALL_ID, DID),
            "sj_lang": L("sd", DEV)}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "sd_PK")),
        case(f, f"{a}/api/v1/waqiya", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "waqiya": [
                ev("imei_scanned", 1), ev("duty_paid", 2, raqam=L(58900, BUY)),
                ev("screen", 3, screen=L("HalatScreen", USAGE))]}),
        case(f, f"{a}/api/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "phone": L(E164, TEL)}),
    ]


def sunjaanap_sdks() -> list[Case]:
    rng = random.Random(17702)
    return [
        km_batch(APP, rng, [("IMEI Scanned", {"slots": 2}),
                            ("Duty Paid", {"amount": L(58900, BUY)})],
                 at=AIRPORT_FIX, nd=2, locale="sd_PK"),
        km_identify(APP, rng, {"city": L("Karachi", "location.coarse"), "visitor": True}),
        rk_launch(APP, rng, first=True),
        rk_event(APP, rng, "duty_paid", {"challan": L(CHALLAN, BUY)}, revenue=58900.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="phone,duty,sim"),
        tc_crash(APP, rng, ("java.lang.SecurityException", "READ_PHONE_STATE denied"),
                 [tc_crumb("nav", "Home -> DeviceScan"),
                  tc_crumb("net", "POST", {"url": f"{APP.api}/api/v1/device/scan",
                                           "status": 500})], screen="DeviceScanActivity"),
        tc_session(APP, rng, secs=388),
        ps_register(APP, rng, lang="sd", tags={"halat": "pending"}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "58900"),
    ]
