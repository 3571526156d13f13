"""A school 4-K club's parent app "Kanini 4K" (``kanini`` small; the young farmers' club of
Mwende's junior school in Mumbuni: each child keeps a small project, hers three rabbits, and
shows it at the county show: the child's data). Its API's keys are Kamba in plain Latin letters
with the Swahili and English school words Kenyan apps keep: ``musyai`` parent, ``isyitwa``
name, ``simu`` phone, ``imeli`` e-mail, ``ndeto_ya_kuvitha`` password, ``mwana``/``syana``
child/children, ``mutheenya_wa_kusyawa`` birth date, ``mwiitu_kana_kavisi`` girl or boy,
``namba_ya_cheti`` birth-certificate number, ``kilasi`` class, ``sukulu`` school,
``namba_ya_club`` club number, ``projekiti`` project, ``sungura`` rabbits, ``idadi`` count,
``uito`` weight, ``liu`` feed/food, ``mbesa`` amount, ``lisiti`` receipt, ``maonyesho`` show,
``ruhusa`` consent, ``uima`` health, ``simu_ya_dharura`` emergency phone, ``vandu`` place,
``ndeto`` message, ``mwalimu`` teacher, ``kuta`` to sell, ``vicha`` photo, ``tangazo``
notice, ``kumantha`` search: the parent's sign-up and log-in, ``/niini`` with a ``syana`` claim,
linking Mwende by her birth certificate, her project by club number in the path, the rabbit
project, the rabbits' weights (msgpack), a hutch photo, feed bought by mobile money, the show
entry, the show-trip consent with her asthma, the school-plot check-in, a message to the club's
teacher, the club report, rabbits sold, Mwende's diary (JSON Lines), her card photo, notices, a
search, the session cookie, push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families272_kit import (
    DAUGHTER,
    KE_LINE,
    SCHOOL,
    SCHOOL_FIX,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families272_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families272_svc import cl_wallet, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kanini", "Kanini 4K", "com.example.kanini4k", "1.2.7",
          "https://api.kanini4k.example.com")
IID = "X-Kanini-Device"
PW = "Mwende2015!Sungura"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CLUB = DAUGHTER["club"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kanini() -> list[Case]:
    rng = random.Random(27241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), syana=[L(CLUB, UID)],
                                    role="musyai"))}
    sla, slo = fix(SCHOOL_FIX, 5)
    proj = at_path(case(f, f"{a}/v1/syana/{CLUB}/projekiti", headers=_h(rng, **b)), CLUB, UID)
    return [
        case(f, f"{a}/v1/musyai", headers=_h(rng), body={
            "isyitwa": L(f"{FIRST} {LAST}", NAMEC), "simu": L(E164, TEL),
            "imeli": L(EMAIL_MIXED, MAIL), "ndeto_ya_kuvitha": L(PW, CRED),
            "taoni": L("Machakos", COARSE)}),
        case(f, f"{a}/v1/ingia", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "ndeto_ya_kuvitha": L(PW, CRED)}),
        case(f, f"{a}/v1/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/syana", headers=_h(rng, **b), body={
            "isyitwa_ya_mbee": L(DAUGHTER["first"], NAMEC),
            "isyitwa_ya_musyi": L(DAUGHTER["last"], NAMEC),
            "mutheenya_wa_kusyawa": L(DAUGHTER["dob"], BIRTH),
            "mwiitu_kana_kavisi": L(DAUGHTER["sex"], GENDER),
            "namba_ya_cheti": L(DAUGHTER["cert"], NID), "kilasi": "Grade 5",
            "sukulu": SCHOOL["id"], "namba_ya_club": L(CLUB, UID), "musyai": "inyia"}),
        proj,
        case(f, f"{a}/v1/projekiti", headers=_h(rng, **b), body={
            "namba_ya_club": L(CLUB, UID), "kindu": "sungura", "idadi": 3,
            "aina": "New Zealand White", "kuambiia": "2026-01-12",
            "plot": {"id": "plot_b4", "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]}}),
        case(f, f"{a}/v1/projekiti/uito", fmt="msgpack", headers=_h(rng, **b), body={
            "namba_ya_club": L(CLUB, UID),
            "sungura": [{"tag": f"rb_{i}", "uito_kg": 1.1 + 0.2 * i} for i in range(3)],
            "mutheenya": "2026-02-02"}),
        multipart(f, f"{a}/v1/projekiti/vicha", [
            ("vicha", "hutch.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {
                "namba_ya_club": L(CLUB, UID),
                "ndeto": L("New hutch, Mutua raised it off the ground because of the rains",
                           TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/liu", fmt="form", headers=_h(rng, **b), body={
            "namba_ya_club": L(CLUB, UID), "kindu": "rabbit_pellets_10kg",
            "mbesa": L("950", BUY), "simu": L(KE_LINE, TEL), "lisiti": L(mpesa(rng), BUY)}),
        case(f, f"{a}/v1/maonyesho/entry", headers=_h(rng, **b), body={
            "namba_ya_club": L(CLUB, UID), "mwana": L(KID, NAMEC),
            "kilasi_ya_maonyesho": "junior_rabbits", "fee": L(150, BUY),
            "maonyesho": "mks_show_2026"}),
        case(f, f"{a}/v1/ruhusa", fmt="form", headers=_h(rng, **b), body={
            "namba_ya_club": L(CLUB, UID), "trip": "tr_mks_show", "ruhusa": "yes",
            "simu_ya_dharura": L(E164, TEL),
            "uima": L("Mwende has asthma and carries her inhaler", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/fika", headers=_h(rng, **b), body={
            "namba_ya_club": L(CLUB, UID), "vandu": {"lat": sla, "lng": slo},
            "gate": {"id": "gt_mja", "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]},
            "kindu": "weekend_feeding"}),
        case(f, f"{a}/v1/ndeto", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "kwa": "patron_4k",
            "ndeto": L("Mwalimu, Mwende will miss Friday's club, she has a dentist appointment "
                       "for a broken tooth", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/ripoti", headers=_h(rng, **b), query={
            "namba_ya_club": L(CLUB, UID), "term": "1"}),
        case(f, f"{a}/v1/kuta", headers=_h(rng, **b), body={
            "namba_ya_club": L(CLUB, UID), "kindu": "rabbit_kits", "idadi": 2,
            "mbesa": L(800, BUY), "mundu": "neighbour"}),
        lines(f, f"{a}/v1/diary/sync", [
            {"namba_ya_club": L(CLUB, UID), "mutheenya": "2026-02-03",
             "ndeto": L("I gave them sukuma and cleaned the hutch", TEXT)},
            {"namba_ya_club": L(CLUB, UID), "mutheenya": "2026-02-04",
             "ndeto": L("The big one ate less today", TEXT)}], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/syana/card", [
            ("vicha", "mwende.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {"namba_ya_club": L(CLUB, UID),
                                                "use": "club_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tangazo", headers=_h(rng, **b), query={
            "sukulu": SCHOOL["id"], "kuma": "2026-01-01"}),
        case(f, f"{a}/v1/kumantha", headers=_h(rng, **b), query={
            "q": L("rabbit feeding chart dry season", SEARCH)}),
        case(f, f"{a}/v1/session", headers=_h(rng, how="none"), cookies={
            "kn_sid": L(opaque(rng, "", 40), CRED), "kn_dev": L(INSTALL_ID, DID),
            "kn_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/maundu", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "maundu": [
                ev("project_opened", 1), ev("screen", 2, screen=L("Maonyesho", USAGE))]}),
    ]


def kanini_sdks() -> list[Case]:
    rng = random.Random(27242)
    return [
        mc_batch(APP, rng, [("Project Updated", {"rabbits": 3}),
                            ("Feed Bought", {"amount": L(950, BUY)})]),
        mc_identify(APP, rng, {"role": "parent", "children": 1, "town": L("Machakos", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,farming,school"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "weights row"),
                 [cd_crumb("nav", "Projekiti -> Uito")], screen="UitoActivity"),
        fn_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        pt_register(APP, rng, tags={"sukulu": SCHOOL["id"], "club": "4k"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_wallet(APP, rng, "950", L(KE_LINE, TEL)),
        hs_message(APP, rng, L(f"The show entry for {KID} is not showing", f"{TEXT}|{NAMEC}"),
                   {"club": L(CLUB, UID)}),
    ]
