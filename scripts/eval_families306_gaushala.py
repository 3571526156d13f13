"""A Bhiwani gaushala's (cow shelter's) sponsorship app "Nandidham": she sponsors a rescued cow's
fodder every month, gives straw and jaggery, visits with the family and books a Sunday
volunteering slot. Haryanvi keys in Latin letters: ``poora_naam`` full name, ``mobail`` mobile
number, ``ghar_ka_pata`` home address, ``shahar`` town, ``daani`` donor (``daani_nambar``),
``daan`` donation, ``gaay`` cow, ``bachhdi`` heifer calf, ``god_lena`` to adopt (lit. to take in
the lap), ``chaara`` fodder, ``toodi`` wheat straw, ``gud`` jaggery, ``quintal``, ``rakam``
amount, ``tarika`` method, ``smriti`` in memory of, ``milne_aana`` visit, ``log`` people,
``gaadi`` car, ``seva`` volunteering, ``kaam`` task, ``bimaar`` sick, ``tasveer`` photo,
``sandesa`` message, ``toh`` search, ``rasid`` receipt, with English ``email``, ``mpin``,
``pan``, ``upi``, ``lat``/``lng``: sign-up, an MPIN log-in, ``/me``, the cows (their names and
tags are negatives), a cow adopted in the grandfather's memory, the payment, a monthly UPI
mandate, fodder (msgpack), the 80G receipt by donor number in the URL path, a visit booked, her
check-in at the gaushala, a photo of her cow, a sick calf reported (an animal's illness: a
negative), a message, a search, the certificate by cookie, a volunteering slot, the cowshed
camera, events (JSON Lines) and push."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families306_kit import (
    DONOR,
    GAU_FIX,
    GAUSHALA,
    HOME,
    HOME_AT,
    PAN,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families306_sdk import cp_batch, cp_pixel, ht_event, ht_launch, tf_session
from eval_families306_svc import (
    ck_card,
    ck_confirm,
    dp_register,
    gm_geocode,
    gm_telemetry,
    hc_save,
    jf_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nandidham", "Nandidham", "com.example.nandidham", "1.3.7",
          "https://api.nandidham.example.org")
IID = "X-Nandi-Device"
NID = "personal.national_id"
COW = {"id": "gy_0114", "naam": "Gauri", "tag": "HR-BHW-0114-22"}  # the cow (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def nandidham() -> list[Case]:
    rng = random.Random(30641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, daani=L(DONOR, UID), mobail=L(E164, TEL)))}
    gla, glo = fix(GAU_FIX)
    rasid = at_path(case(f, f"{a}/api/daani/{DONOR}/rasid80g", headers=_h(rng, **b),
                         query={"varsh": "2025-26"}), DONOR, UID)
    return [
        case(f, f"{a}/api/daani", headers=_h(rng), body={
            "poora_naam": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "mpin": L("4417", CRED),
            "ghar_ka_pata": L(HOME["line"], ADDR), "shahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "pan": L(PAN, NID), "daani_nambar": L(DONOR, UID)}),
        case(f, f"{a}/api/daani/login", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "mpin": L("4417", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/gaay", headers=_h(rng, **b), query={
            "gaushala": GAUSHALA["id"], "kism": "bachhdi", "god_li": "nahi"}),
        case(f, f"{a}/api/gaay/{COW['id']}/god_lena", headers=_h(rng, **b), body={
            "gaay": COW["id"], "naam": COW["naam"], "tag": COW["tag"], "mahine": 12,
            "rakam": L(1100, BUY), "daani_nambar": L(DONOR, UID),
            "smriti": L("Swargiya Ch. Hari Singh Malik", NAMEC)}),
        case(f, f"{a}/api/daan", fmt="form", headers=_h(rng, **b), body={
            "daani_nambar": L(DONOR, UID), "rakam": L("1100.00", BUY),
            "tarika": L(opaque(rng, "pm_", 24), PAY), "kosh": "god_lena"}),
        case(f, f"{a}/api/mandate", headers=_h(rng, **b), body={
            "upi": L(VPA, PAY), "har_mahina": L(1100, BUY), "tarik": 5,
            "daani_nambar": L(DONOR, UID), "ref": rid(rng)}),
        case(f, f"{a}/api/chaara", fmt="msgpack", headers=_h(rng, **b), body={
            "toodi_quintal": 5, "gud_kg": 20, "rakam": L(4700, BUY),
            "daani_nambar": L(DONOR, UID), "gaushala": GAUSHALA["id"]}),
        rasid,
        case(f, f"{a}/api/milne_aana", headers=_h(rng, **b), body={
            "tarik": "2026-01-25", "samay": "11:00", "log": 4, "bachche": 1,
            "gaadi": "HR12AB4471", "daani_nambar": L(DONOR, UID)}),
        case(f, f"{a}/api/milne_aana/pahunch", headers=_h(rng, **b), body={
            "jagah": {"lat": gla, "lng": glo},
            "gaushala": {"lat": GAUSHALA["lat"], "lng": GAUSHALA["lon"]},
            "visit": obj(rng, "vs")}),
        multipart(f, f"{a}/api/gaay/{COW['id']}/tasveer", [
            ("tasveer", "gauri.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("meta", None, "application/json", {
                "kaptan": L("Kavya ne Gauri ko gud khilaya", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/gaay/bimaar", headers=_h(rng, **b), body={
            "gaay": "gy_0131", "bimaari": "khurpaka (FMD) ke lakshan", "tapman": 40.6,
            "shed": "B"}),
        case(f, f"{a}/api/sandesa", headers=_h(rng, **b), body={
            "kisko": "prabandhak",
            "sandesa": L("Gauri ki bachhdi hui ke? Uski tasveer bhejo ji", TEXT)}),
        case(f, f"{a}/api/toh", headers=_h(rng, **b), query={
            "toh": L("bimaar bachhdi god lena Bhiwani", SEARCH)}),
        case(f, f"{a}/api/praman", headers=_h(rng, how="none"), cookies={
            "nd_sess": L(opaque(rng, "", 40), CRED), "nd_dev": L(INSTALL_ID, DID),
            "nd_req": rid(rng)}),
        case(f, f"{a}/api/seva", fmt="form", headers=_h(rng, **b), body={
            "tarik": "2026-02-01", "kaam": "chaara_daalna", "log": "2",
            "daani_nambar": L(DONOR, UID)}),
        case(f, f"{a}/api/camera/{COW['id']}", headers=_h(rng, **b), query={
            "stream": "low", "shed": "A"}),
        lines(f, f"{a}/api/ghatna", [
            {"ghatna": L("cow_adopted", USAGE), "user": L(USER_ID, UID), "t": 1768300000},
            {"ghatna": L("screen", USAGE), "screen": L("MeriGaay", USAGE),
             "user": L(USER_ID, UID), "t": 1768300042}], headers=_h(rng, **b)),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("visit_booked", 1), ev("daan", 2, rakam=L(1100, BUY))]}),
    ]


def nandidham_sdks() -> list[Case]:
    rng = random.Random(30642)
    drive = [(28.861402, 76.402177), (28.812255, 76.201840), GAU_FIX]
    return [
        cp_batch(APP, rng, [("Cow Adopted", {"rakam": L(1100, BUY)}),
                            ("Visit Booked", {"log": 4})], at=GAU_FIX, nd=2, locale="hi_IN"),
        cp_pixel(APP, rng, "Cow Story Opened", {"gaay": COW["id"]}),
        ht_launch(APP, rng, first=True),
        ht_event(APP, rng, "donation", {"kosh": "god_lena"}, revenue=1100.0, currency="INR",
                 hashed=True),
        tf_session(APP, rng, secs=264),
        jf_eval(APP, rng, {"gaushala": GAUSHALA["id"], "city": L("Rohtak", COARSE)}, hdr=True),
        dp_register(APP, rng, lang="hi", at=HOME_AT, nd=2, tags={"gaay": COW["id"]}),
        hc_save(APP, rng, {"analytics": True, "marketing": True}),
        ck_card(APP, rng, email=True),
        ck_confirm(APP, rng, "1100.00"),
        gm_geocode(APP, rng, "Nandi Gaushala Bhiwani", SEARCH, near=HOME_AT, nd=2),
        gm_telemetry(APP, rng, drive, PRECISE),
    ]
