"""A dermatology and keloid clinic's patient app "Kendeya Faata" (Kanifing; a keloid on her left
ear lobe after a piercing and one on her chest; keys Mandinka in ASCII with the English a
clinic API keeps: ``too`` name, ``kontong`` surname, ``telefoon`` phone, ``imeel`` e-mail,
``wulu_lungo`` birth date, ``kewo_muso`` sex (``muso`` woman), ``sabati_kaardi`` residence
card, ``fayil_nimero`` file number, ``kuuraa`` illness, ``boori`` medicine, ``dimoo`` pain,
``nyaminoo`` itching, ``jaa`` photo, ``bengo`` appointment, ``dulaa`` place, ``kodoo`` amount,
``joo`` payment, ``kee`` husband, ``safee`` writing, ``dokitaa`` doctor): sign-up with her
residence card, an SMS code, ``/nna``, the intake questionnaire (gzip), photos of the keloids,
the plan and quote, a deposit, the injection appointment, a check-in at the clinic, a protobuf
itch-and-pain diary, a message to the dermatologist, prescriptions, silicone sheets ordered to
her compound, a pressure earring's size, a video follow-up, sharing appointments with her
husband, the invoice by file number in the path, an instalment plan, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families265_kit import (
    CLINIC,
    CLINIC_FIX,
    DERM,
    FILE_NO,
    GM_ACCOUNT,
    HOME,
    HOME_AT,
    HUSBAND,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families265_sdk import ct_session, mb_batch, mb_queue, tk_launch
from eval_families265_svc import ck_check, fk_eval, ha_attach, mk_geocode, pk_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("kendeyafaata", "Kendeya Faata", "com.example.kendeyafaata", "3.1.2",
          "https://api.kendeyafaata.example.org")
IID = "X-KF-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kendeyafaata() -> list[Case]:
    rng = random.Random(26541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeel=L(EMAIL, MAIL), fayil=L(FILE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1772409600),
                (3, [(1, L(6, MED)), (2, L(3, MED)), (3, L("left ear lobe", MED))]),
                (4, "3.1.2")], "", lab)
    inv = at_path(case(f, f"{a}/api/v1/fayil/{FILE_NO}/invoices", headers=_h(rng, **b)),
                  FILE_NO, MED)
    return [
        case(f, f"{a}/api/v1/patients", headers=_h(rng), body={
            "too": L(FIRST, NAMEC), "kontong": L(LAST, NAMEC), "imeel": L(EMAIL, MAIL),
            "telefoon": L(E164, TEL), "wulu_lungo": L(DOB, BIRTH), "kewo_muso": L("muso", GENDER),
            "sabati_kaardi": L(RESIDENCE, NID), "kango": "en", "referral": "radio"}),
        case(f, f"{a}/api/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefoon": L(E164, TEL), "kod": L("360917", CRED)}),
        case(f, f"{a}/api/v1/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/intake", gz=True, headers=_h(rng, **b), body={
            "fayil_nimero": L(FILE_NO, MED),
            "kuuraa": {"sites": [L("left ear lobe", MED), L("chest", MED)],
                       "since": L("2023", MED), "cause": L("piercing", MED),
                       "nyaminoo": L(True, MED), "dimoo": L(4, MED)},
            "boori": [L("cetirizine 10 mg", MED)], "allergies": [L("lidocaine", MED)],
            "family_history": L("mother had keloids", f"{TEXT}|{MED}"),
            "previous": L("surgery 2024, came back", MED), "pregnant": L(False, MED)}),
        multipart(f, f"{a}/api/v1/jaa", [
            ("jaa", "ear_left.jpg", "image/jpeg", L(JPEG + b"\x6b", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"fayil_nimero": L(FILE_NO, MED),
                                                "site": L("left ear lobe", MED),
                                                "size_mm": L(14, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/plans/current", headers=_h(rng, **b),
             query={"fayil_nimero": L(FILE_NO, MED)}),
        case(f, f"{a}/api/v1/plans/accept", headers=_h(rng, **b), body={
            "fayil_nimero": L(FILE_NO, MED),
            "plan": L("triamcinolone injections x4 + pressure earring", MED),
            "kodoo": L(8500, BUY), "currency": "GMD"}),
        case(f, f"{a}/api/v1/joo/deposit", fmt="form", headers=_h(rng, **b), body={
            "kodoo": L("2000", BUY), "currency": "GMD", "last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "fayil_nimero": L(FILE_NO, MED)}),
        case(f, f"{a}/api/v1/bengo", headers=_h(rng, **b), body={
            "fayil_nimero": L(FILE_NO, MED), "kuu": L("intralesional injection", MED),
            "start": "2026-03-03T10:30", "room": "rm_2", "dokitaa": "dr_ceesay"}),
        case(f, f"{a}/api/v1/checkin", headers=_h(rng, **b), body={
            "bengo": obj(rng, "bg"), "dulaa": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kibaaroo", headers=_h(rng, **b), body={
            "to": {"too": L(DERM[0], NAMEC), "imeel": L(DERM[1], MAIL)},
            "safee": L("After the second injection the skin around the ear is lighter, is that "
                       "normal?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/prescriptions", headers=_h(rng, **b), query={
            "fayil_nimero": L(FILE_NO, MED), "active": "true"}),
        case(f, f"{a}/api/v1/shop/orders", headers=_h(rng, **b), body={
            "fengolu": [{"sku": L("silicone_sheet_10x10", MED), "qty": 2, "sango": 650}],
            "kodoo": L(1300, BUY), "suwo": L(HOME["line"], ADDR),
            "saatee": L(HOME["town"], COARSE), "telefoon": L(E164, TEL),
            "dulaa": {"lat": L(round(HOME_AT[0], 4), "location.precise"),
                      "lon": L(round(HOME_AT[1], 4), "location.precise")}}),
        case(f, f"{a}/api/v1/earring", fmt="form", headers=_h(rng, **b), body={
            "fayil_nimero": L(FILE_NO, MED), "lobe_mm": L("6.5", MED),
            "ear": L("left", MED)}),
        case(f, f"{a}/api/v1/video/rooms", headers=_h(rng, **b), body={
            "bengo": obj(rng, "bg"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v1/share", headers=_h(rng, **b), body={
            "fayil_nimero": L(FILE_NO, MED),
            "kee": {"too": L(HUSBAND[0], NAMEC), "telefoon": L(HUSBAND[1], TEL)},
            "scope": ["bengo", "invoices"]}),
        inv,
        case(f, f"{a}/api/v1/joo/instalments", headers=_h(rng, **b), body={
            "total": L(6500, BUY), "karoolu": 4, "karoo_kodoo": L(1625, BUY),
            "konto": L(GM_ACCOUNT, PAY)}),
        multipart(f, f"{a}/api/v1/reports", [
            ("report", "histology.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"fayil_nimero": L(FILE_NO, MED),
                                                "from": "hospital pathology lab"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": obj(rng, "s"), "events": [
                ev("plan_viewed", 1), ev("screen", 2, screen=L("ItchDiary", USAGE))]}),
    ]


def kendeyafaata_sdks() -> list[Case]:
    rng = random.Random(26542)
    return [
        mb_batch(APP, rng, [("Plan Accepted", {"plan": L("keloid injections", MED)}),
                            ("Deposit Paid", {"amount": L(2000, BUY)})]),
        mb_queue(APP, rng, [("Diary Entry", {"itch": L(6, MED)}),
                            ("Photo Uploaded", {"site": L("ear", MED)})]),
        tk_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=604),
        fk_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("keloid", MED)}, hdr=True),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, "Kanifing Skin and Keloid Clinic", "behavior.search",
                   near=HOME_AT, nd=2),
        ha_attach(APP, rng, L(JPEG + b"\x6c", f"{MEDIA}|{MED}"), "chest_keloid.jpg",
                  "image/jpeg"),
    ]
