"""Open-water swim series app "Qubha" (swim; a summer series of sea swims off Hobie Beach in Algoa
Bay, with tow-float GPS trackers; isiXhosa keys: ``igama`` / ``ifani``, ``imeyile``,
``ifowuni``, ``iphasiwedi``, ``umhla_wokuzalwa``, ``isini`` sex, ``isixeko`` city,
``umqubhi`` swimmer (number), ``umdlalo`` race, ``ungeniso`` entry, ``umgama`` distance,
``ixesha_lokugqibela`` seed time, ``iqela_leminyaka`` age group, ``isikhusi`` wetsuit,
``isiqinisekiso`` certificate, ``ugqirha`` doctor, ``isifo`` condition, ``impilo`` health,
``uxinzelelo_lwegazi`` blood pressure, ``isifo_sentliziyo`` heart disease, ``umbefu`` asthma,
``ongxamisekileyo`` emergency contact, ``ubudlelwane`` relation, ``ufiko`` check-in,
``itshiphu`` timing chip, ``isigqubuthelo`` cap, ``indawo`` position, ``ixesha`` time,
``intliziyo`` heart rate, ``iikhalori`` calories, ``iziphumo`` results, ``uqeqesho``
training, ``iiseshoni`` sessions): sign-up, log-in, ``/mna``, the race list, a 3 km entry
(seed time, age group), its payment, a medical certificate (PDF), a health declaration (gzip),
her emergency contact, the entry by number in the path, the beach check-in, a protobuf tracker
beat (position, heart rate), an offline tracker queue (msgpack), the finish, results, a finish
photo, a lost-property message, a training log, a search, a cookie GET, push and events. No
earlier set has an open-water swim series (pool and surf apps differ: no sea tracker)."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families155_kit import (
    ENTRY,
    HUSBAND,
    START,
    SWIM_FIX,
    SWIMMER,
    fix,
    hd,
    obj,
    push,
)
from eval_families155_sdk import (
    ab_event,
    ab_launch,
    bm_bid,
    bm_notice,
    cz_session,
    mq_batch,
    mq_queue,
)
from eval_families155_svc import cr_card, cr_confirm, mk_reverse, mk_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qubha", "Qubha", "com.example.qubha", "2.6.0", "https://api.qubha.example.org")
IID = "X-Qubha-Install"
PW = "Algoa$Bay3k"
CHECKIN_FIX = (-33.977171, 25.657894)  # her phone at the registration tent
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
RACE = "m3_hobie_3k"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def qubha() -> list[Case]:
    rng = random.Random(15561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    sw = L(SWIMMER, UID)
    jw = {"Authorization": J(claims(rng, imeyile=L(EMAIL, MAIL), umqubhi=L(SWIMMER, UID)))}
    cla, clo = fix(CHECKIN_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SWIMMER, UID)), (2, RACE), (3, 1770540000),
               (4, [(1, L(SWIM_FIX[0], PRECISE)), (2, L(SWIM_FIX[1], PRECISE)), (3, 4.0)]),
               (5, L(148, FIT)), (6, L(81, DEV))], "", lab)
    entry = at_path(case(f, f"{a}/api/ungeniso/{ENTRY}", headers=_h(rng, **b)), ENTRY, BUY)
    return [
        case(f, f"{a}/api/bhalisa", headers=_h(rng), body={
            "igama": L(FIRST, NAMEC), "ifani": L(LAST, NAMEC), "imeyile": L(EMAIL, MAIL),
            "ifowuni": L(E164, TEL), "iphasiwedi": L(PW, CRED), "umhla_wokuzalwa": L(DOB, BIRTH),
            "isini": L("F", GENDER), "isixeko": L("Gqeberha", COARSE), "iklabhu": "algoa_masters"}),
        case(f, f"{a}/api/ngena", fmt="form", headers=_h(rng), body={
            "imeyile": L(EMAIL, MAIL), "iphasiwedi": L(PW, CRED), "isixhobo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/imidlalo", headers=_h(rng, **b), query={"unyaka": "2026",
                                                                  "uchungechunge": "summer"}),
        case(f, f"{a}/api/ungeniso", headers=_h(rng, **b), body={
            "umdlalo": RACE, "umgama": "3km", "ungeniso": L(ENTRY, BUY), "isixa": L(450, BUY),
            "umqubhi": sw, "ixesha_lokugqibela": L("00:52:30", FIT),
            "iqela_leminyaka": L("30-39", BIRTH), "isikhusi": True}),
        case(f, f"{a}/api/intlawulo", fmt="form", headers=_h(rng, **b), body={
            "ungeniso": L(ENTRY, BUY), "isixa": L("450.00", BUY), "imali": "ZAR",
            "indlela": L(opaque(rng, "pm_", 24), PAY), "amanani_okugqibela": L("4444", PAY)}),
        multipart(f, f"{a}/api/isiqinisekiso", [
            ("isiqinisekiso", "medical_cert.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "umqubhi": sw, "ugqirha": L("Dr. Priya Naidoo", NAMEC),
                "isifo": L("hypertension, controlled", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/impilo", gz=True, headers=_h(rng, **b), body={
            "umqubhi": sw, "uxinzelelo_lwegazi": L("on amlodipine 5 mg", MED),
            "isifo_sentliziyo": L(False, MED), "umbefu": L(False, MED),
            "uyakhulelwa": L(False, MED), "ubunzima": L(64, FIT)}),
        case(f, f"{a}/api/ongxamisekileyo", headers=_h(rng, **b), body={
            "umqubhi": sw, "igama": L(HUSBAND["name"], NAMEC),
            "ifowuni": L(HUSBAND["phone"], TEL), "ubudlelwane": "umyeni"}),
        entry,
        case(f, f"{a}/api/ufiko", headers=_h(rng, **b), body={
            "ungeniso": L(ENTRY, BUY), "indawo": {"lat": cla, "lng": clo, "acc": 6},
            "ibhoya": {"lat": START["lat"], "lng": START["lon"]}, "itshiphu": "CHIP-88213",
            "isigqubuthelo": "orange"}),
        raw(f, f"{a}/api/tracker/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tracker/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "umqubhi": sw,
            "indawo": [{"lat": L(round(SWIM_FIX[0] - 0.0009 * i, 6), PRECISE),
                        "lng": L(round(SWIM_FIX[1] + 0.0011 * i, 6), PRECISE),
                        "t": 1770540060 + 60 * i} for i in range(3)],
            "ibhoya": {"lat": START["lat"], "lng": START["lon"]}}),
        case(f, f"{a}/api/gqibile", headers=_h(rng, **b), body={
            "ungeniso": L(ENTRY, BUY), "ixesha": L("00:54:12", FIT),
            "intliziyo_ephakathi": L(151, FIT), "iikhalori": L(690, FIT), "heat": obj(rng, "ht")}),
        case(f, f"{a}/api/iziphumo", headers=_h(rng, **b), query={
            "umqubhi": sw, "umdlalo": RACE}),
        multipart(f, f"{a}/api/iifoto", [
            ("ifoto", "finish.jpg", "image/jpeg", L(JPEG + b"\x48", MEDIA)),
            ("meta", None, "application/json", {"umdlalo": RACE, "umqubhi": sw})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/imiyalezo", headers=_h(rng, **b), body={
            "kubani": "race_office",
            "umyalezo": L("Ndilahlekelwe yiwotshi yam emnyama kwindawo yokutshintsha", TEXT)}),
        case(f, f"{a}/api/uqeqesho", headers=_h(rng, **b), body={
            "umqubhi": sw, "iiseshoni": [
                {"umhla": "2026-01-10", "umgama": L(2500, FIT), "ixesha": L(3120, FIT),
                 "intliziyo": L(138, FIT)},
                {"umhla": "2026-01-13", "umgama": L(3000, FIT), "ixesha": L(3790, FIT),
                 "intliziyo": L(142, FIT)}]}),
        case(f, f"{a}/api/khangela", headers=_h(rng, **b), query={
            "q": L("cold water swim Hobie Sunday", SEARCH)}),
        case(f, f"{a}/api/amanqaku", headers=_h(rng, how="none"), cookies={
            "qb_sess": L(opaque(rng, "", 40), CRED), "qb_dev": L(INSTALL_ID, DID),
            "qb_req": rid(rng)}),
        case(f, f"{a}/api/izixhobo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/iziganeko", gz=True, headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "iziganeko": [
                ev("ungeniso", 1), ev("iscreen", 2, iscreen=L("Tracker", USAGE))]}),
    ]


def qubha_sdks() -> list[Case]:
    rng = random.Random(15562)
    return [
        mq_batch(APP, rng, [("Race Entered", {"total": L(450, BUY)}),
                            ("Swim Finished", {"distance": "3km"})], at=SWIM_FIX, nd=3),
        mq_queue(APP, rng, [("Tracker Beat", {"hr": L(148, FIT)}), ("Finish", {})]),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "purchase", {"ungeniso": L(ENTRY, BUY)}, revenue=450.0,
                 currency="ZAR", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CHECKIN_FIX, nd=2,
               keywords="swimming,triathlon,ocean"),
        bm_notice(APP, rng, "imp"),
        cz_session(APP, rng, secs=3980),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "450.00"),
        mk_reverse(APP, rng, SWIM_FIX, PRECISE, nd=4),
        mk_telemetry(APP, rng, [SWIM_FIX, CHECKIN_FIX], PRECISE),
    ]
