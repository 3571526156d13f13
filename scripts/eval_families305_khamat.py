"""The Pali Jain sangh's Paryushan app "Khamatkhamna" (her husband's family's Shwetambar sangh at
Surajpole; "khamat khamna" is the Marwari greeting of forgiveness at the festival's end). Its API's
keys are Marwari as a Pali developer writes it, ASCII-folded, with English loans: ``naanv`` name,
``upnaanv`` surname, ``mobail`` mobile, ``gupt_sabad`` password (lit. "secret word"),
``janam_ri_tarikh`` birth date, ``thikano`` address, ``sahar`` town, ``dharam`` religion,
``jaati`` community, ``sadasya`` member, ``tapasya`` austerity (a fast), ``upvas`` fast,
``athai`` eight-day fast, ``parno`` fast-breaking meal, ``pratikraman``, ``seet`` seat,
``boli`` bid (for a ritual), ``daan`` donation, ``rakam`` amount, ``khamapna`` forgiveness
message, ``yatri`` pilgrim, ``parivar`` family, ``sandeso`` message, ``sodh`` search,
``daktar_ri_salah`` doctor's advice, ``bakhat`` time, ``haajri`` presence: registration, a
log-in, ``/mharo``, the programme, a fast registered with her doctor's advice, a day of the
fast (msgpack), a pratikraman seat, her check-in at the upashray, the family's parno meal, a
ritual bid, a donation, forgiveness messages to relatives, the Ranakpur yatra bus, a procession
photo, a vow, a message to the coordinator, the member record by number in the path, a receipt
by cookie, a search, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families305_kit import (
    DAUGHTER,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    PALI_AT,
    PALI_HOME,
    RANAKPUR_AT,
    SISTER_US,
    UPASHRAY,
    UPASHRAY_FIX,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families305_sdk import (
    ck_crash,
    ck_crumb,
    kj_event,
    mo_batch,
    mo_identify,
    mo_pixel,
    mo_queue,
)
from eval_families305_svc import cn_card, cn_confirm, cr_save, hj_message, mh_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khamatkhamna", "Khamatkhamna", "com.example.khamatkhamna", "2.4.1",
          "https://api.khamatkhamna.example.org")
IID = "X-Khamat-Device"
PW = "Surajpole#Paryushan25"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def khamatkhamna() -> list[Case]:
    rng = random.Random(30511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sadasya=L(MEMBER, UID),
                                    sangh=L(UPASHRAY["name"], REL)))}
    ula, ulo = fix(UPASHRAY_FIX, 4)
    rec = at_path(case(f, f"{a}/v1/sadasya/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/panjikaran", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "gupt_sabad": L(PW, CRED), "janam_ri_tarikh": L(DOB, BIRTH),
            "ling": L("lugai", GENDER), "thikano": L(PALI_HOME["line"], ADDR),
            "sahar": L(PALI_HOME["town"], COARSE), "pin": L(PALI_HOME["pin"], COARSE),
            "dharam": L("Jain Shwetambar Murtipujak", REL), "jaati": L("Oswal", REL),
            "sangh": L(UPASHRAY["id"], REL), "dhani": {"naanv": L(HUSBAND[0], NAMEC),
                                                       "mobail": L(HUSBAND[1], TEL)},
            "sadasya": L(MEMBER, UID), "sahmati": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gupt_sabad": L(PW, CRED), "yaad_rakho": "1"}),
        case(f, f"{a}/v1/mharo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/paryushan/karyakram", headers=_h(rng, **b), query={
            "sangh": L(UPASHRAY["id"], REL), "baras": "2025", "boli": "mwr"}),
        case(f, f"{a}/v1/tapasya", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, UID), "tapasya": L("athai", REL), "suru": "2025-08-20",
            "daktar_ri_salah": L("BP theek hai, thyroid ri goli chalu rakhni", f"{TEXT}|{MED}"),
            "bp": L("118/76", MED), "okhad": [L("levothyroxine 50 mcg", MED)],
            "pachkhan": L("chauvihar", REL)}),
        case(f, f"{a}/v1/tapasya/din", fmt="msgpack", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, UID), "din": 3, "upvas": L(True, REL),
            "ukalo_paani": L(True, REL), "paani_bakhat": ["09:10", "13:30", "17:45"],
            "chakkar": L("thodo", MED), "tol_kg": L(58.4, "health.fitness")}),
        lines(f, f"{a}/v1/tapasya/sync", [
            {"din": i, "upvas": L(True, REL), "sadasya": L(MEMBER, UID),
             "t": 1755657000 + 86400 * i} for i in (1, 2)] + [
            {"din": 4, "tipni": L("Aaj kamjori lagi, sujh ma chakkar", f"{TEXT}|{MED}"),
             "sadasya": L(MEMBER, UID), "t": 1755916200}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/pratikraman/seet", fmt="form", headers=_h(rng, **b), body={
            "hall": "hl_upashray_1", "tarikh": "2025-08-27", "seet": "B-14",
            "kisam": L("samvatsari pratikraman", REL), "sadasya": L(MEMBER, UID)}),
        case(f, f"{a}/v1/haajri", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, UID), "karyakram": L("pravachan", REL),
            "jagah": {"lat": ula, "lng": ulo},
            "upashray": {"id": UPASHRAY["id"], "lat": UPASHRAY["lat"], "lng": UPASHRAY["lon"]}}),
        case(f, f"{a}/v1/parno", headers=_h(rng, **b), body={
            "tarikh": "2025-08-28", "parivar": [
                {"naanv": L(f"{FIRST} {LAST}", NAMEC), "tapasya": L("athai", REL)},
                {"naanv": L(HUSBAND[0], NAMEC)},
                {"naanv": L(KID, NAMEC), "umar": L(DAUGHTER["age"], BIRTH)}],
            "bhojan": L("bina kando lasan, suraj dhalya pehli", f"{TEXT}|{REL}"),
            "rakam": L(450, BUY)}),
        case(f, f"{a}/v1/boli", headers=_h(rng, **b), body={
            "vidhi": L("snatra puja ro laabh", REL), "rakam": L(5100, BUY),
            "sadasya": L(MEMBER, UID), "boli_id": obj(rng, "bl")}),
        case(f, f"{a}/v1/daan", fmt="form", headers=_h(rng, **b), body={
            "khato": L("jeevdaya", REL), "rakam": L("1100", BUY), "upi": L(UPI, PAY),
            "gupt": "false", "sadasya": L(MEMBER, UID)}),
        case(f, f"{a}/v1/khamapna", headers=_h(rng, **b), body={
            "paavanwala": [{"naanv": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL)},
                           {"naanv": L(SISTER_US[0], NAMEC), "mobail": L(SISTER_US[1], TEL)}],
            "sandeso": L("Michchhami Dukkadam! Saal bhar ri galtiyan maaf karjo.",
                         f"{TEXT}|{REL}"), "card": "kc_07"}),
        case(f, f"{a}/v1/yatra/ranakpur/seet", headers=_h(rng, **b), body={
            "bus": "yt_rnk_0831", "yatri": [
                {"naanv": L(f"{FIRST} {LAST}", NAMEC), "umar": L(34, BIRTH)},
                {"naanv": L(KID, NAMEC), "umar": L(DAUGHTER["age"], BIRTH)},
                {"naanv": L(MOTHER_IL[0], NAMEC), "umar": L(63, BIRTH)}],
            "chadhno": "Pali bus stand", "rakam": L(900, BUY),
            "mandir": {"lat": RANAKPUR_AT[0], "lng": RANAKPUR_AT[1]}}),
        multipart(f, f"{a}/v1/varghodo/photu", [
            ("photu", "varghodo.jpg", "image/jpeg", L(JPEG + b"\x35", MEDIA)),
            ("meta", None, "application/json", {
                "album": "paryushan-2025",
                "vivran": L("Athai ro varghodo, sasuji ar Tanvi saathe", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pachkhan", fmt="form", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, UID), "niyam": L("raat ro bhojan nahin, ek mahino", REL),
            "suru": "2025-08-29"}),
        case(f, f"{a}/v1/sandeso", headers=_h(rng, **b), body={
            "kane": "crd_mahila_mandal",
            "sandeso": L("Mhane thyroid hai, kai athai mein goli le sakun? Daktar saab haan keyo.",
                         f"{TEXT}|{REL}|{MED}")}),
        rec,
        case(f, f"{a}/v1/raseed/naveen", headers=_h(rng, how="none"), cookies={
            "kk_sesan": L(opaque(rng, "", 40), CRED), "kk_device": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/v1/sodh", headers=_h(rng, **b), query={
            "sodh": L("ranakpur dharamshala bhojanshala bakhat", f"{SEARCH}|{REL}"),
            "panno": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tapasya_darj", 1, din=3), ev("screen", 2, screen=L("Pratikraman", USAGE)),
                ev("daan", 3, khato=L("jeevdaya", REL))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def khamatkhamna_sdks() -> list[Case]:
    rng = random.Random(30512)
    return [
        mo_batch(APP, rng, [("Tapasya Registered", {"kind": L("athai", REL)}),
                            ("Seat Booked", {"hall": "hl_upashray_1"})],
                 at=UPASHRAY_FIX, nd=2, locale="hi_IN"),
        mo_identify(APP, rng, {"sangh": L(UPASHRAY["name"], REL), "sadasya": L(MEMBER, UID),
                               "sahar": L("Pali", COARSE)}),
        mo_pixel(APP, rng, "Programme Opened", {"day": "2025-08-22"}),
        mo_queue(APP, rng, [("Fast Day Logged", {"day": 4}), ("Card Sent", {"card": "kc_07"})]),
        kj_event(APP, rng, "donation", {"khato": L("jeevdaya", REL)}, revenue=1100.0,
                 hashed=True),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not loaded"),
                 [ck_crumb("nav", "Karyakram -> Pratikraman"), ck_crumb("tap", "seet_B14")],
                 screen="SeatActivity"),
        pk_register(APP, rng, lang="hi", at=PALI_AT, nd=2,
                    tags={"sangh": L("Surajpole Shwetambar", REL), "tapasya": "athai"}),
        cr_save(APP, rng, {"analytics": True, "marketing": False}),
        cn_card(APP, rng, email=True),
        cn_confirm(APP, rng, "5100.00"),
        mh_route(APP, rng, [(PALI_AT, PRECISE), (RANAKPUR_AT, None)], mode="driving"),
        hj_message(APP, rng, L("Mharo jeevdaya daan ri raseed koni aayi", f"{TEXT}|{REL}"),
                   {"sadasya": L(MEMBER, UID)}),
    ]
