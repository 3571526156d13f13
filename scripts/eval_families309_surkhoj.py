"""A children's singing talent-hunt app "Surkhoj" (a regional TV show's auditions for singers aged
8-14; Anjali sings a Tharu Sakhiya song at the Tulsipur audition; the user is her mother, the
guardian; THE CHILD's data). Keys are Dangaura Tharu, ASCII-folded, with the show's English
(``audition``, ``slot``, ``ticket``, ``live``, ``token``, ``email``): ``abhibhawak`` guardian,
``nata`` relation (``daai`` mother), ``naun`` name, ``thar`` surname, ``mobail`` mobile,
``lukal_sabd`` password, ``sahar`` town, ``chhawa`` child, ``janam_din`` birth date, ``linga``
sex (``chhawri`` girl), ``umer`` age, ``janam_darta`` birth-registration number, ``iskul``
school, ``kachha`` class, ``sehat`` health, ``pratispardhi`` contestant, ``pratispardhi_nambar``
contestant number, ``geet`` song, ``awaj`` voice recording, ``sahmati`` consent, ``sahi``
signature, ``thaun`` place, ``bhot`` vote, ``riharsal`` rehearsal, ``lewai`` pick-up,
``rupiya`` amount, ``chukta`` payment, ``sandesh`` message, ``khoj`` search, ``natija`` result.
Calls: the guardian's sign-up, a log-in, ``/hamar`` with a ``pratispardhi`` claim, the child's
entry (birth-registration number, asthma), her photo, the audition recording (M4A), the consent
signature, audition slots, the slot booked and paid, the check-in at the hall (her fix), the
result by contestant number in the path, paid votes, a protobuf live-stream beat, finale tickets,
a message to the coordinator, a search, the rehearsal pick-up (msgpack), the certificate by
cookie GET, push and events. Children's music, dance and harp schools with auditions exist (sets
114, 165, 279); a TV talent hunt's audition and voting app is new ("talent hunt", "reality show"
matched nothing)."""

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
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families309_kit import DAUGHTER, HALL, HALL_FIX, HUSBAND, fix, hd, obj, push
from eval_families309_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_launch,
    tn_link,
)
from eval_families309_svc import cl_card, cl_confirm, cy_save, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("surkhoj", "Surkhoj", "com.example.surkhoj", "1.2.5", "https://api.surkhoj.example.com")
IID = "X-Surkhoj-Device"
PW = "Sakhiya*Geet26"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CNO = DAUGHTER["contestant"]
AUDITION = "AUD-TLP-26-1174"  # the audition booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def surkhoj() -> list[Case]:
    rng = random.Random(30941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pratispardhi=[L(CNO, UID)],
                                    role="abhibhawak"))}
    hla, hlo = fix(HALL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, "ep_07"), (3, 1771075800), (4, L(1260, USAGE)),
               (5, L(CNO, UID)), (6, L(71, DEV))], "", lab)
    result = at_path(case(f, f"{a}/api/v1/pratispardhi/{CNO}/natija", headers=_h(rng, **b)),
                     CNO, UID)
    return [
        case(f, f"{a}/api/v1/abhibhawak/darta", headers=_h(rng), body={
            "naun": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "lukal_sabd": L(PW, CRED), "nata": "daai",
            "sahar": L("Ghorahi", COARSE)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lukal_sabd": L(PW, CRED)}),
        case(f, f"{a}/api/v1/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/pratispardhi", headers=_h(rng, **b), body={
            "chhawa": {"naun": L(DAUGHTER["first"], NAMEC), "thar": L(DAUGHTER["last"], NAMEC),
                       "janam_din": L(DAUGHTER["dob"], BIRTH),
                       "linga": L(DAUGHTER["sex"], GENDER), "umer": L(DAUGHTER["age"], BIRTH),
                       "janam_darta": L(DAUGHTER["birth_cert"], NID)},
            "iskul": "Ghorahi English Boarding School", "kachha": "5",
            "sehat": L("dama (asthma), inhaler sange rahi", MED),
            "pratispardhi_nambar": L(CNO, UID), "bhasa": "Tharu", "varg": "8-11"}),
        multipart(f, f"{a}/api/v1/pratispardhi/photo", [
            ("photo", "anjali.jpg", "image/jpeg", L(JPEG + b"\x05", MEDIA)),
            ("meta", None, "application/json", {"pratispardhi_nambar": L(CNO, UID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/audition/awaj", [
            ("awaj", "sakhiya_geet.m4a", "audio/mp4", L(M4A + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"pratispardhi_nambar": L(CNO, UID),
                                                "geet": "Sakhiya geet", "lambai_s": 94})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/sahmati", [
            ("sahi", "sahi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
            ("meta", None, "application/json", {"abhibhawak": L(f"{FIRST} {LAST}", NAMEC),
                                                "pratispardhi_nambar": L(CNO, UID),
                                                "form": "guardian_v3"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/audition/slot", headers=_h(rng, **b), query={
            "hall": HALL["id"], "din": "2026-02-14", "varg": "8-11"}),
        case(f, f"{a}/api/v1/audition/booking", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "pratispardhi_nambar": L(CNO, UID),
            "booking": L(AUDITION, BUY), "rupiya": L(500, BUY)}),
        case(f, f"{a}/api/v1/chukta", fmt="form", headers=_h(rng, **b), body={
            "booking": L(AUDITION, BUY), "rupiya": L("500.00", BUY), "mudra": "NPR",
            "madhyam": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/audition/checkin", headers=_h(rng, **b), body={
            "pratispardhi_nambar": L(CNO, UID), "thaun": {"lat": hla, "lng": hlo},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        result,
        case(f, f"{a}/api/v1/bhot", fmt="form", headers=_h(rng, **b), body={
            "pratispardhi": L(CNO, UID), "bhot": "10", "rupiya": L("100", BUY),
            "episode": "ep_07"}),
        raw(f, f"{a}/api/v1/live/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ticket", headers=_h(rng, **b), body={
            "karyakram": "finale_ghr", "sit": 3, "ticket": L("TK-FN-88215", BUY),
            "rupiya": L(1500, BUY), "naun": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/sandesh", headers=_h(rng, **b), body={
            "paune": "coord_tlp",
            "sandesh": L("Anjali ke dama ba, riharsal me inhaler lai sakat?",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("sakhiya geet karaoke track", SEARCH)}),
        case(f, f"{a}/api/v1/riharsal", fmt="msgpack", headers=_h(rng, **b), body={
            "pratispardhi_nambar": L(CNO, UID), "din": "2026-02-20", "bera": "15:00",
            "lewai": {"naun": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL),
                      "nata": "babu"}}),
        case(f, f"{a}/api/v1/certificate", headers=_h(rng, how="none"), cookies={
            "sk_sesan": L(opaque(rng, "", 40), CRED), "sk_dev": L(INSTALL_ID, DID),
            "sk_req": rid(rng)}),
        case(f, f"{a}/api/v1/jantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "prayogkarta": L(USER_ID, UID), "ghatna": [
                ev("audition_booked", 1), ev("screen", 2, screen=L("LiveShow", USAGE))]}),
    ]


def surkhoj_sdks() -> list[Case]:
    rng = random.Random(30942)
    link = U("https://surkhoj.example.com/p", {"c": L(CNO, UID), "src": "sms",
                                              "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Audition Booked", {"fee": L(500, BUY)}),
                            ("Checked In", {"hall": HALL["id"]})], at=HALL_FIX, nd=3),
        mc_identify(APP, rng, {"role": "guardian", "children": 1,
                               "sahar": L("Ghorahi", COARSE)}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, keywords="music,kids,talent"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [cd_crumb("nav", "Audition -> Awaj"), cd_crumb("tap", "record")],
                 screen="AwajActivity"),
        pt_register(APP, rng, tags={"hall": HALL["id"], "varg": "8-11"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "500.00", currency="npr"),
        hs_message(APP, rng, L(f"Audition certificate for {KID} has a wrong spelling",
                               f"{TEXT}|{NAMEC}"), {"pratispardhi_nambar": L(CNO, UID)}),
    ]
