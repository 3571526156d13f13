"""A public clinic's child-health booklet app "Kulani" (kulani: "grow!"; the parent's copy of
the child's clinic booklet: growth, immunisations, vitamin A and deworming, clinic visits; the
user is the parent, Hlulani (4) is the data subject; its API's keys are Xitsonga: ``vito``
/``xivongo`` names, ``imeyili``, ``riqingho``, ``xihundla`` password, ``khodi`` code,
``nomboro_ya_id`` ID number, ``n'wana``/``vana`` child/children, ``mutswari`` parent,
``siku_ro_velekiwa`` birth date, ``rimbewu`` sex (``xisati`` female),
``nomboro_ya_xibukwana`` booklet number, ``ntiko`` weight, ``vulehi`` height, ``ntlhavelo``
immunisation, ``mintlhavelo`` immunisations, ``xitsundzuxo`` reminder, ``nkarhi`` appointment,
``kliniki`` clinic, ``xivangelo`` reason, ``swikombiso`` symptoms, ``vuhisa`` temperature,
``masiku`` days, ``muongori`` nurse, ``ku_tshwa`` allergy, ``rungula`` message, ``lava``
search): the parent's sign-up, an SMS code, ``/mina`` with a ``vana`` claim, linking Hlulani by
her ID number, the booklet by number in the path, a growth entry, immunisations, a reminder, an
appointment, the clinic check-in with her fix, a symptom check, a rash photo, a protobuf growth
record, a msgpack vitamin-A entry, a booklet page scan, a message to the nurse, a search, her
husband as co-parent, clinics near the yard, the record by cookie, push, events, a log-out.
Crèche and school apps in earlier sets upload an immunisation book; this is the clinic's own
growth-and-immunisation booklet."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families187_kit import (
    BIRTH,
    CLINIC,
    CLINIC_FIX,
    CRED,
    DAUGHTER,
    DID,
    FIT,
    GENDER,
    HOME_AT,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NID,
    PRECISE,
    SA_ID,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families187_sdk import ct_crash, ct_crumb, lz_launch, nm_batch, nm_queue
from eval_families187_svc import cp_check, ft_eval, hp_attach, hp_message, mn_geocode, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kulani", "Kulani", "com.example.kulani", "2.0.6", "https://api.kulani.example.net")
IID = "X-Kulani-Device"
PW = "Hlulani#2021"
RTHB = DAUGHTER["rthb"]  # the booklet number (health.medical: a medical record number)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kulani() -> list[Case]:
    rng = random.Random(18751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), vana=[L(RTHB, MED)],
                                    role="mutswari"))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    growth = pb([(1, L(RTHB, MED)), (2, 1767254400), (3, L(15.8, FIT)), (4, L(101.5, FIT)),
                 (5, L("normal", MED))], "", lab)
    booklet = at_path(case(f, f"{a}/v3/vana/{RTHB}/xibukwana", headers=_h(rng, **b)), RTHB, MED)
    return [
        case(f, f"{a}/v3/vatswari", headers=_h(rng), body={
            "vito": L(FIRST, NAMEC), "xivongo": L(LAST, NAMEC), "imeyili": L(EMAIL, MAIL),
            "riqingho": L(E164, TEL), "xihundla": L(PW, CRED), "nomboro_ya_id": L(SA_ID, NID)}),
        case(f, f"{a}/v3/nghena/sms", fmt="form", headers=_h(rng), body={
            "riqingho": L(E164, TEL), "khodi": L("771204", CRED)}),
        case(f, f"{a}/v3/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/vana", headers=_h(rng, **b), body={
            "vito": L(DAUGHTER["first"], NAMEC), "xivongo": L(DAUGHTER["last"], NAMEC),
            "siku_ro_velekiwa": L(DAUGHTER["dob"], BIRTH), "rimbewu": L(DAUGHTER["sex"], GENDER),
            "nomboro_ya_id": L(DAUGHTER["id"], NID), "nomboro_ya_xibukwana": L(RTHB, MED),
            "kliniki": CLINIC["id"], "vuxaka": "mamana"}),
        booklet,
        case(f, f"{a}/v3/vana/ku_kula", headers=_h(rng, **b), body={
            "n'wana": L(RTHB, MED), "siku": "2026-01-02", "ntiko_kg": L(15.8, FIT),
            "vulehi_cm": L(101.5, FIT), "xiyimo": L("ku kula loku ringaneke", MED)}),
        case(f, f"{a}/v3/mintlhavelo", headers=_h(rng, **b), query={
            "n'wana": L(RTHB, MED), "xiyimo": "hinkwayo"}),
        case(f, f"{a}/v3/mintlhavelo/xitsundzuxo", fmt="form", headers=_h(rng, **b), body={
            "n'wana": L(RTHB, MED), "ntlhavelo": L("Vitamin A 200 000 IU", MED),
            "siku": "2026-02-14", "ndlela": "sms"}),
        case(f, f"{a}/v3/nkarhi", headers=_h(rng, **b), body={
            "n'wana": L(RTHB, MED), "kliniki": CLINIC["id"], "slot": obj(rng, "sl"),
            "xivangelo": L("vitamin A na mirhi ya swivungu", MED)}),
        case(f, f"{a}/v3/ku_fika", headers=_h(rng, **b), body={
            "nkarhi": obj(rng, "ap"), "ndhawu": {"lat": cla, "lng": clo},
            "kliniki": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"],
                        "riqingho": CLINIC["phone"]}}),
        case(f, f"{a}/v3/swikombiso", headers=_h(rng, **b), body={
            "n'wana": L(RTHB, MED), "swikombiso": [L("fivhara", MED), L("ku khohlola", MED),
                                                   L("ku hahlamula", MED)],
            "vuhisa": L(38.4, MED), "masiku": L(2, MED)}),
        multipart(f, f"{a}/v3/vana/xifaniso", [
            ("xifaniso", "rash.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"n'wana": L(RTHB, MED),
                                                "ndhawu_ya_miri": L("khwiri", MED)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v3/ku_kula/pb", growth, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/swiendlo", fmt="msgpack", headers=_h(rng, **b), body={
            "n'wana": L(RTHB, MED), "xiendlo": L("vitamin_a", MED), "nhlayo": 1,
            "muongori": "nr_0192", "siku": "2026-01-02"}),
        multipart(f, f"{a}/v3/xibukwana/tluka", [
            ("tluka", "xibukwana_p12.jpg", "image/jpeg", L(JPEG + b"\x63", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"n'wana": L(RTHB, MED), "tluka": 12})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/rungula", headers=_h(rng, **b), body={
            "eka": "muongori_nr_0192",
            "rungula": L("Hlulani a nga lavi ku dya ku sukela tolo, ntiko wa yena wu hungutekile",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/lava", headers=_h(rng, **b), query={
            "lava": L("vitamin A ya vana va malembe ya mune", SEARCH)}),
        case(f, f"{a}/v3/vatswari/nuna", headers=_h(rng, **b), body={
            "vito": L(HUSBAND["name"], NAMEC), "riqingho": L(HUSBAND["phone"], TEL),
            "nomboro_ya_id": L(HUSBAND["id"], NID), "n'wana": L(RTHB, MED)}),
        case(f, f"{a}/v3/tikliniki/kusuhi", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v3/rhekhodo", headers=_h(rng, how="none"), cookies={
            "kl_sesheni": L(opaque(rng, "", 40), CRED), "kl_xitirhisiwa": L(INSTALL_ID, DID),
            "kl_req": rid(rng)}),
        case(f, f"{a}/v3/xitirhisiwa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/swiendlakalo", gz=True, headers=_h(rng, **b), body={
            "mutirhisi": L(USER_ID, UID), "swiendlakalo": [
                ev("ku_kula_ku_tsariwile", 1),
                ev("xikirini", 2, xikirini=L("Mintlhavelo", USAGE))]}),
        case(f, f"{a}/v3/huma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "xitirhisiwa": L(INSTALL_ID, DID)}),
    ]


def kulani_sdks() -> list[Case]:
    rng = random.Random(18752)
    return [
        nm_batch(APP, rng, [("Growth Logged", {}), ("Reminder Set", {"kind": "vitamin_a"})]),
        nm_queue(APP, rng, [("Booklet Opened", {"page": 12}), ("Symptoms Checked", {})]),
        lz_launch(APP, rng, first=True, user=True),
        ct_crash(APP, rng, ("java.lang.IllegalArgumentException", "chart scale"),
                 [ct_crumb("nav", "Vana -> Ku kula")], screen="KuKulaActivity"),
        ft_eval(APP, rng, {"clinic": CLINIC["id"], "children": 1}),
        pr_register(APP, rng, lang="ts", tags={"kliniki": CLINIC["id"]}),
        cp_check(APP, rng, {"analytics": True, "research": False}),
        mn_geocode(APP, rng, "Mavalani Clinic", SEARCH, near=HOME_AT, nd=2),
        hp_attach(APP, rng, L(JPEG + b"\x64", f"{MEDIA}|{MED}"), "xibukwana.jpg", "image/jpeg"),
        hp_message(APP, rng, L(f"Rhekhodo ya {KID} a yi kombisi ntlhavelo wa MR",
                               f"{TEXT}|{NAMEC}|{MED}"), {"n'wana": L(RTHB, MED)}),
    ]
