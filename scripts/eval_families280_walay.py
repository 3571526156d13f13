"""A siege-damage compensation claim app "Kawalay" (the family's two-storey house in Lilod
Madaya, Marawi, was destroyed in 2017; she files as the owner's spouse; its API's keys are
Maranao: ``ngaran``/``apelyido`` name, ``selpon`` mobile, ``sekreto`` password, ``kiyambata``
birth date, ``tagiya`` owner, ``karoma`` spouse, ``tribo`` ethnic group, ``lopa`` land (lot),
``walay`` house, ``kabinasa`` damage, ``ingud`` town, ``barangay``, ``kaluma`` household,
``omor`` age, ``arga`` value, ``pirak`` money, ``bangko`` bank, ``akawnt`` account,
``sulat`` message, ``reklamo`` complaint, ``tabang`` aid received, ``litrato`` photo): sign-up
(her TIN and ACR I-Card), an e-mail code, ``/ako``, the claim with the lot's corners, ruin
photos with her fix, the household, the affidavit (PDF), her ACR card scan, the claim by number
in the path, an inspection booking and the inspector's visit (msgpack, her fix), the valuation
accepted, the payout account, tranches, the declaration of other aid (gzip), a grievance, an
offline sync (JSON Lines), a message to the caseworker, push, events and a session refresh.
Compensation apps exist in other sets (a grep: "compensation" in sets 172, 191, 210, 270 for
other losses); "siege" matched nothing: this is a war-damage property claim."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
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
from eval_families24_kit import claims
from eval_families280_kit import (
    ACR,
    CLAIM,
    CLAIMS_OFFICE,
    HUSBAND,
    LOT_AT,
    LOT_FIX,
    MOTHER_IL,
    PH_ACCOUNT,
    SON,
    TCT,
    TIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families280_sdk import ct_crash, ct_crumb, ok_batch, ok_pixel, sm_event, sm_launch
from eval_families280_svc import (
    cg_save,
    fi_eval,
    hp_message,
    md_geocode,
    md_reverse,
    pl_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kawalay", "Kawalay", "com.example.kawalay", "1.3.7", "https://api.kawalay.example.org")
IID = "X-Kawalay-Gamit"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
CLAIMANT = "KWL-C-0091274"  # her claimant account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mrw=True, **kw)


def kawalay() -> list[Case]:
    rng = random.Random(28041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, claimant=L(CLAIMANT, UID), selpon=L(E164, TEL)))}
    fla, flo = fix(LOT_FIX)
    status = at_path(case(f, f"{a}/v1/claims/{CLAIM}", headers=_h(rng, **b)), CLAIM, BUY)
    return [
        case(f, f"{a}/v1/claimants", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "sekreto": L("Lilod!Madaya17", CRED),
            "kiyambata": L(DOB, BIRTH), "TIN": L(TIN, NID), "ACR": L(ACR, NID),
            "claimant": L(CLAIMANT, UID),
            "tagiya": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL),
                       "tribo": L("Meranaw", SENS)},
            "relasyon_sa_tagiya": "karoma"}),
        case(f, f"{a}/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("270533", CRED)}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/claims", headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "claimant": L(CLAIMANT, UID), "klase": "residential",
            "barangay": L("Lilod Madaya", COARSE), "ingud": L("Marawi City", COARSE),
            "lopa": {"TCT": TCT, "sqm": 180,
                     "kanto": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in LOT_AT]},
            "walay": {"storeys": 2, "material": "concrete", "year_built": 1998},
            "kabinasa": "totally destroyed", "office": CLAIMS_OFFICE["id"]}),
        multipart(f, f"{a}/v1/claims/photos", [
            ("litrato", "walay_2025.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {
                "claim": L(CLAIM, BUY), "lat": fla, "lng": flo,
                "sulat": L("Aya bo a miyatala so tarotangan o walay a pamilya", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/claims/household", headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "kaluma": [
                {"ngaran": L(HUSBAND[0], NAMEC), "relasyon": "tagiya", "omor": L(41, BIRTH)},
                {"ngaran": L(f"{SON['first']} {SON['last']}", NAMEC), "relasyon": "wata",
                 "omor": L(9, BIRTH)},
                {"ngaran": L(MOTHER_IL[0], NAMEC), "relasyon": "ina o tagiya",
                 "omor": L(68, BIRTH)}]}),
        multipart(f, f"{a}/v1/claims/affidavit", [
            ("affidavit", "affidavit_of_loss.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"claim": L(CLAIM, BUY),
                                                "sworn_by": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/claimants/id", [
            ("card", "acr_front.jpg", "image/jpeg", L(JPEG + b"\x18", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"claimant": L(CLAIMANT, UID), "klase": "ACR"})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v1/inspections", headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "petsa": "2025-12-16", "oras": "09:00",
            "tagbo": {"lat": L(f"{LOT_FIX[0]:.5f}", PRECISE), "lng": L(f"{LOT_FIX[1]:.5f}",
                                                                        PRECISE)},
            "kontak": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/inspections/visit", fmt="msgpack", headers=_h(rng, **b), body={
            "inspection": obj(rng, "in"), "claim": L(CLAIM, BUY),
            "lugar": {"lat": fla, "lng": flo, "acc": 6}, "inspector": "insp_0288",
            "office": {"lat": CLAIMS_OFFICE["lat"], "lng": CLAIMS_OFFICE["lon"]}}),
        case(f, f"{a}/v1/claims/valuation/accept", headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "arga_a_walay": L(2450000, BUY),
            "arga_a_kasangkapan": L(310000, BUY), "pirak": "PHP", "kasogot": True}),
        case(f, f"{a}/v1/payout/account", headers=_h(rng, **b), body={
            "tagiya_a_akawnt": L(f"{FIRST} {LAST}", NAMEC), "akawnt": L(PH_ACCOUNT, PAY),
            "bangko": "Example Savings Bank Iligan", "claimant": L(CLAIMANT, UID)}),
        case(f, f"{a}/v1/payout/tranches", headers=_h(rng, **b), query={
            "claim": L(CLAIM, BUY)}),
        case(f, f"{a}/v1/declarations/aid", gz=True, headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "TIN": L(TIN, NID), "tabang": [
                {"phoon": "shelter cash grant", "arga": L(73000, BUY)},
                {"phoon": "livelihood kit", "arga": L(15000, BUY)}]}),
        case(f, f"{a}/v1/grievances", headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "reklamo": L("Da pan kiyabayad so ikadowa a tranche phoon sa "
                                                 "Septyembre", TEXT)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "doc", "claim": L(CLAIM, BUY), "doc": "tax_declaration", "ok": True},
            {"op": "photo", "claim": L(CLAIM, BUY), "n": 6},
            {"op": "note", "sulat": L("Aya ka-titulo na siyasagaran o ina o karoma ko", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "caseworker_mrw_12",
            "sulat": L(f"Sir, so tagiya na si {HUSBAND[0]}, ogaid na ako i makapagunut sa "
                       "inspection.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("claim_filed", 1), ev("screen", 2, screen=L("Tranches", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def kawalay_sdks() -> list[Case]:
    rng = random.Random(28042)
    return [
        ok_batch(APP, rng, [("Claim Filed", {"kind": "residential"}),
                            ("Photos Uploaded", {"n": 6})], at=LOT_FIX, nd=2, locale="mrw_PH"),
        ok_pixel(APP, rng, "Tranches Opened", {"claim_state": "valuation"}),
        ct_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo resize"),
                 [ct_crumb("nav", "Claim -> Photos"), ct_crumb("tap", "add_photo")],
                 screen="ClaimPhotosActivity"),
        sm_launch(APP, rng, user=True),
        sm_event(APP, rng, "claim_filed", {"barangay": L("Lilod Madaya", COARSE)}),
        fi_eval(APP, rng, {"office": CLAIMS_OFFICE["id"], "ingud": L("Marawi City", COARSE)}),
        pl_register(APP, rng, lang="mrw", tags={"ingud": L("Marawi City", COARSE)}),
        cg_save(APP, rng, {"analytics": True, "marketing": False}),
        md_reverse(APP, rng, LOT_FIX, PRECISE, nd=5),
        md_geocode(APP, rng, "Lilod Madaya Marawi", "behavior.search", near=LOT_FIX, nd=3),
        hp_message(APP, rng, L(f"Claim {CLAIM} shows no tranche since September",
                               f"{TEXT}|{BUY}"), {"claimant": L(CLAIMANT, UID)}),
    ]
