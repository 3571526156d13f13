"""A family-deity jagar app "Ghadyalu" (a jagar is the Garhwali night rite in which a jagariya
(bard) sings the deity's story to the dhol and damau until the deity "dances" in a family member;
the Negi family holds a ghadyala jagar for Narsingh devta in Chamdhar every few winters, and this
year she organises it). Its API's keys are Garhwali, ASCII-folded: ``naun`` name, ``thar``
surname (the clan name a Garhwali says for surname), ``mobail`` mobile, ``kunji`` password (lit.
"key"), ``jalam_tithi`` birth date, ``gaun`` village, ``patti`` the Garhwal revenue sub-division,
``jila`` district, ``kul_devta`` family deity, ``gotra``, ``gharwalu`` husband, ``sasu``
mother-in-law, ``jagariya`` bard, ``dholi`` drummer, ``raat`` nights, ``tarikh`` date, ``thau``
place, ``rakam`` amount, ``bhugtan`` payment, ``chanda`` contribution, ``samagri`` ritual
materials, ``pashwa`` the person the deity dances in, ``sandesu`` message, ``khoj`` search,
``rasid`` receipt, ``mi`` me: sign-up, log-in, ``/mi``, bards for the village's dates, the jagar
booked, the advance paid, kin contributions, ritual materials (msgpack), the courtyard check-in,
the deity's dancers, a recording of the bard (M4A), a photo, a message to the bard, a search, the
receipt by booking number in the path, the bhog menu (gzip), the drummers' travel, a session
cookie, push, events and a refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families302_kit import (
    BANK,
    DEVAR,
    HOME_AT,
    HUSBAND,
    JAGAR_BOOKING,
    JAGARIYA,
    MOTHER_IL,
    TEMPLE,
    TZ,
    VILLAGE,
    VILLAGE_AT,
    fix,
    hd,
    obj,
)
from eval_families302_sdk import (
    bp_bid,
    cr_crash,
    cr_crumb,
    mb_batch,
    mb_identify,
    tk_event,
    tk_launch,
)
from eval_families302_svc import cb_upi, hj_message, md_route, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ghadyalu", "Ghadyalu", "com.example.ghadyalu", "1.8.2",
          "https://api.ghadyalu.example.com")
IID = "X-Ghadyalu-Device"
PW = "Narsingh@Chamdhar26"
FAMILY = "PRV-CHM-0042"  # the family's account with the app (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def ghadyalu() -> list[Case]:
    rng = random.Random(30201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), parivar=L(FAMILY, UID),
                                    kul_devta=L("Narsingh", SENS)))}
    vla, vlo = fix(VILLAGE_AT, 5)
    rasid = at_path(case(f, f"{a}/api/v1/jagar/{JAGAR_BOOKING}/rasid", headers=_h(rng, **b)),
                    JAGAR_BOOKING, BUY)
    return [
        case(f, f"{a}/api/v1/darj", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "jalam_tithi": L(DOB, BIRTH),
            "gaun": L(VILLAGE["name"], COARSE), "patti": L(VILLAGE["patti"], COARSE),
            "jila": L(VILLAGE["district"], COARSE), "kul_devta": L("Narsingh devta", SENS),
            "gotra": L("Kashyap", SENS),
            "gharwalu": {"naun": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
            "parivar_id": L(FAMILY, UID), "sharten_manin": True}),
        case(f, f"{a}/api/v1/bhitar", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kunji": L(PW, CRED), "yaad_rakha": "1"}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/jagariya", headers=_h(rng, **b), query={
            "gaun": L(VILLAGE["name"], COARSE), "tarikh": "2026-01-23",
            "jagar_kism": L("ghadyala", SENS), "raat": "3"}),
        case(f, f"{a}/api/v1/jagariya/{JAGARIYA['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/jagar", headers=_h(rng, **b), body={
            "jagariya": JAGARIYA["id"], "devta": L("Narsingh", SENS),
            "jagar_kism": L("ghadyala", SENS), "tarikh": "2026-01-23", "raat": 3, "dholi": 2,
            "damau": 1, "booking": L(JAGAR_BOOKING, BUY), "rakam": L(21000, BUY),
            "thau": {"gaun": L(VILLAGE["name"], COARSE), "lat": vla, "lng": vlo},
            "parivar_id": L(FAMILY, UID)}),
        case(f, f"{a}/api/v1/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "booking": L(JAGAR_BOOKING, BUY), "rakam": L("5000.00", BUY), "mudra": "INR",
            "upi_id": L(BANK["upi"], PAY), "txn": rid(rng)}),
        case(f, f"{a}/api/v1/chanda", headers=_h(rng, **b), body={
            "booking": L(JAGAR_BOOKING, BUY), "chanda": [
                {"naun": L(DEVAR[0], NAMEC), "mobail": L(DEVAR[1], TEL), "rakam": 5100},
                {"naun": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                 "rakam": 3100},
                {"naun": L(f"{FIRST} {LAST}", NAMEC), "rakam": L(2100, BUY)}]}),
        case(f, f"{a}/api/v1/samagri", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": L(JAGAR_BOOKING, BUY),
            "samagri": [{"chij": "ghee", "matra": "2 kg"}, {"chij": "jau", "matra": "5 kg"},
                        {"chij": "kansi ki thali", "matra": "1"},
                        {"chij": "nishan (jhanda)", "matra": "1"}],
            "rakam": L(3450, BUY), "pahuchau": L(VILLAGE["name"], COARSE)}),
        case(f, f"{a}/api/v1/pahunch", headers=_h(rng, **b), body={
            "booking": JAGAR_BOOKING, "mero_thau": {"lat": vla, "lng": vlo, "sahi": 9},
            "mandir": {"id": TEMPLE["id"], "lat": TEMPLE["lat"], "lng": TEMPLE["lon"]},
            "pahunch_id": obj(rng, "ph")}),
        case(f, f"{a}/api/v1/jagar/pashwa", headers=_h(rng, **b), body={
            "booking": JAGAR_BOOKING, "pashwa": [
                {"naun": L(MOTHER_IL[0], NAMEC), "devta": L("Narsingh", SENS),
                 "rishta": "sasu"},
                {"naun": L(DEVAR[0], NAMEC), "devta": L("Bhairav", SENS), "rishta": "dyor"}]}),
        multipart(f, f"{a}/api/v1/rikarding", [
            ("audio", "jagar_raat2.m4a", "audio/mp4", L(M4A + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "booking": JAGAR_BOOKING, "lambai_sekand": 1843,
                "vivran": L("Dusri raat, Narsingh ki gatha", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/photo", [
            ("photo", "chauk.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {
                "booking": JAGAR_BOOKING,
                "vivran": L("Chauk ma dhuni, sasu ji ma devta ai", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sandesu", headers=_h(rng, **b), body={
            "ko": JAGARIYA["id"],
            "sandesu": L("Shiv Lal ji, bhol byakhunda 6 baje tak Chamdhar pahunchi jaan, gadi "
                         "Srinagar bati milli. Mera phon +1 555 010 0199.",
                         f"{TEXT}|{TEL}|{COARSE}")}),
        case(f, f"{a}/api/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("Narsingh devta ghadyala jagariya Srinagar", f"{SEARCH}|{SENS}"),
            "panna": "1"}),
        rasid,
        case(f, f"{a}/api/v1/bhog", gz=True, headers=_h(rng, **b), body={
            "booking": L(JAGAR_BOOKING, BUY), "paun": 140,
            "bhog": [{"vyanjan": "arsa", "matra": 300}, {"vyanjan": "kheer", "matra": 140},
                     {"vyanjan": "kafuli bhaat", "matra": 140}],
            "rakam": L(16800, BUY)}),
        case(f, f"{a}/api/v1/gadi", headers=_h(rng, **b), body={
            "booking": L(JAGAR_BOOKING, BUY), "bati": L("Srinagar bus adda", COARSE),
            "tak": L(VILLAGE["name"], COARSE), "sawari": 3, "bhadu": L(1800, BUY),
            "sampark": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/v1/kitab", headers=_h(rng, how="none"), cookies={
            "gy_sesan": L(opaque(rng, "", 40), CRED), "gy_device": L(INSTALL_ID, DID),
            "gy_req": rid(rng)}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "bhasha": L("gbm", DEV), "samay_kshetra": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("jagar_booked", 1, raat=3), ev("bhugtan", 2, rakam=L(5000, BUY)),
                ev("screen", 3, screen=L("MeroJagar", USAGE))]}),
        case(f, f"{a}/api/v1/token/naya", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ghadyalu_sdks() -> list[Case]:
    rng = random.Random(30202)
    return [
        mb_batch(APP, rng, [("Jagar Booked", {"nights": 3, "total": L(21000, BUY)}),
                            ("Advance Paid", {"amount": L(5000, BUY)})],
                 at=VILLAGE_AT, nd=2, locale="hi_IN"),
        mb_identify(APP, rng, {"gaun": L(VILLAGE["name"], COARSE),
                               "kul_devta": L("Narsingh", SENS), "parivar_id": L(FAMILY, UID)}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"booking": L(JAGAR_BOOKING, BUY)}, revenue=21000.0,
                 hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="puja,samagri,garhwal"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "recorder released"),
                 [cr_crumb("nav", "MeroJagar -> Rikarding"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/api/v1/rikarding",
                                           "status": 413})],
                 screen="RikardingActivity"),
        pj_register(APP, rng, lang="hi", at=HOME_AT, nd=2,
                    tags={"devta": L("Narsingh", SENS), "gaun": L(VILLAGE["name"], COARSE)}),
        cb_upi(APP, rng, "5000.00", L(BANK["upi"], "financial.payment"), payout=False),
        md_route(APP, rng, [(HOME_AT, "location.precise"), (VILLAGE_AT, "location.precise")]),
        hj_message(APP, rng, L(f"Rasid {JAGAR_BOOKING} ma chanda ki rakam galat ch",
                               f"{TEXT}|{BUY}"), {"parivar_id": L(FAMILY, UID)}),
    ]
