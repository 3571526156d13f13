"""Albinism skin-and-eye programme app "Chikumba Chiwemi" (chikumba: skin, chiwemi: good) of a
Mzuzu clinic's programme for children with albinism: sunscreen, hats, skin checks for early skin
cancer, low-vision tests and letters to schools. Her husband's nephew Wongani (11) lives with them
for school and she is the carer who signs him in. Its API's keys are Chitumbuka: ``mulezi`` carer
(one who raises a child), ``mwana`` / ``wana`` child / children, ``zina``, ``zina_la_fuko``,
``imelo``, ``foni``, ``keyala``, ``msumba``, ``zuwa_lakubabika``, ``jenda`` (``mnyamata`` boy),
``vyaka`` age in years, ``ubale`` relationship, ``nambala_ya_membala`` member number,
``chikumba`` skin, ``vilonda`` sores (lesions), ``malo`` place (body site or position),
``ukulu_mm`` size, ``kupya_na_dazi`` sunburn (lit. burnt by the sun), ``dazi`` sun, ``mafuta``
lotion, ``maso`` eyes, ``kuwona`` sight, ``jiso_lamalyero`` / ``jiso_lamazere`` right / left eye,
``magalasi`` glasses, ``chilema`` disability, ``sukulu`` school, ``kalasi`` class,
``msambizi`` teacher, ``chivomerezo`` consent, ``khodi`` code, ``ulongozgi`` advice,
``kupaka`` applying (lotion), ``panja`` outdoors, ``mphindi`` minutes, ``chipewa`` hat. Sign-up,
an SMS code, ``/ine``, the child added, a skin check (gzip), a lesion photo, his history by member
number in the path, a sunscreen order, an eye test, a letter to his school, an appointment, a
check-in, a message to the nurse, UV alerts, a protobuf sun diary, a msgpack lotion
log, emergency contacts, receipts by cookie, a fee, a search, a photo-release consent, push and
events. No earlier set has an albinism programme (a docstring grep for "albin" found nothing);
set 116's "Reefbalm" sells reef-safe sunscreen to adults, which this is not."""

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
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families208_kit import (
    CLINIC,
    CLINIC_FIX,
    MEMBER,
    MW_PHONE,
    MZ_HOME,
    MZ_HOME_AT,
    NEPHEW,
    SCHOOL,
    SISTER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families208_sdk import cr_session, mn_batch, mn_queue, tv_event, tv_launch
from eval_families208_svc import ck_check, fz_eval, hu_attach, mk_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("chikumba", "Chikumba Chiwemi", "com.example.chikumba", "2.3.0",
          "https://api.chikumba.example.net")
IID = "X-CC-Install"
KID = f"{NEPHEW['first']} {NEPHEW['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def chikumba() -> list[Case]:
    rng = random.Random(20821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imelo=L(EMAIL, MAIL), wana=[L(MEMBER, MED)],
                                    role="mulezi"))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(MEMBER, MED)), (2, 1768521600),
                (3, [(1, L(45, MED)), (2, L(True, MED)), (3, L(2, MED))]), (4, "2.3.0")], "", lab)
    hist = at_path(case(f, f"{a}/v2/wana/{MEMBER}/mbiri", headers=_h(rng, **b)), MEMBER, MED)
    return [
        case(f, f"{a}/v2/mulezi/lembeska", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_la_fuko": L(LAST, NAMEC), "imelo": L(EMAIL, MAIL),
            "foni": L(MW_PHONE, TEL), "keyala": L(MZ_HOME["line"], ADDR),
            "msumba": L(MZ_HOME["town"], COARSE), "ubale": "mama_wamkulu",
            "chiyowoyero": "tum"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "foni": L(MW_PHONE, TEL), "khodi": L("508317", CRED)}),
        case(f, f"{a}/v2/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/wana", headers=_h(rng, **b), body={
            "zina": L(NEPHEW["first"], NAMEC), "zina_la_fuko": L(NEPHEW["last"], NAMEC),
            "zuwa_lakubabika": L(NEPHEW["dob"], BIRTH), "vyaka": L(11, BIRTH),
            "jenda": L(NEPHEW["sex"], GENDER), "nambala_ya_membala": L(MEMBER, MED),
            "mtundu": L("oculocutaneous albinism (OCA2)", MED),
            "chilema": L("kuwona kuchoko (low vision)", f"{SENS}|{MED}"),
            "sukulu": SCHOOL["id"], "kalasi": "5"}),
        case(f, f"{a}/v2/chikumba/kawunika", gz=True, headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED),
            "vilonda": [{"malo": L("khosi", MED), "ukulu_mm": L(4, MED),
                         "mtundu": L("actinic keratosis", MED)},
                        {"malo": L("mlomo wapasi", MED), "ukulu_mm": L(2, MED),
                         "mtundu": L("cheilitis", MED)}],
            "kupya_na_dazi": L(True, MED),
            "ulongozgi": L("Cryotherapy pa khosi, wize so pa masabata 8", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/chikumba/vithuzi", [
            ("chithuzi", "khosi.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nambala_ya_membala": L(MEMBER, MED),
                                                "malo": L("khosi", MED)})],
            headers=_h(rng, **b)),
        hist,
        case(f, f"{a}/v2/mafuta/oda", headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED), "mafuta": L("SPF 50 lotion 200 ml", MED),
            "mabotolo": 3, "chipewa": "L", "kutola": CLINIC["id"]}),
        case(f, f"{a}/v2/maso/kuwona", headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED), "jiso_lamalyero": L("6/24", MED),
            "jiso_lamazere": L("6/36", MED), "nystagmus": L(True, MED),
            "magalasi": L("+2.50 both, tinted; hand magnifier x4", MED)}),
        case(f, f"{a}/v2/sukulu/kalata", headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED), "sukulu": SCHOOL["id"], "kalasi": "5",
            "uthenga": L(f"{NEPHEW['first']} wakwenera kukhala kunthazi mu kalasi, kupokera "
                         "malemba ghakulu na kusewera mu mthunzi", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED), "mtundu": L("dermatology review", MED),
            "zuwa": "2026-03-12T09:00", "clinic": CLINIC["id"], "room": "rm_3"}),
        case(f, f"{a}/v2/kufika", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "malo": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v2/uthenga", headers=_h(rng, **b), body={
            "ku": "nurse_desk", "thread": obj(rng, "th"),
            "uthenga": L(f"{NEPHEW['first']} wali na chilonda pa mlomo icho chikuchira yayi",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/dazi/alerts", headers=_h(rng, **b), body={
            "msumba": L("Mzuzu", COARSE), "nyengo": "07:00", "uv_kuchokera": 6,
            "malo": {"lat": L(round(MZ_HOME_AT[0], 2), COARSE),
                     "lng": L(round(MZ_HOME_AT[1], 2), COARSE)}}),
        raw(f, f"{a}/v2/dazi/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/mafuta/kupaka", fmt="msgpack", headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED), "kupaka": [1768550400, 1768564800, 1768579200],
            "mafuta": L("SPF 50", MED), "panja_mphindi": L(95, MED)}),
        case(f, f"{a}/v2/wana/chitetezo", headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED),
            "wakuchemeka": [{"zina": L(SISTER_IL[0], NAMEC), "foni": L(SISTER_IL[1], TEL),
                             "ubale": "mama"},
                            {"zina": L(f"{FIRST} {LAST}", NAMEC), "foni": L(MW_PHONE, TEL),
                             "ubale": "mulezi"}]}),
        case(f, f"{a}/v2/risiti", headers=_h(rng, how="none"), cookies={
            "cc_session": L(opaque(rng, "", 40), CRED), "cc_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/malipiro", fmt="form", headers=_h(rng, **b), body={
            "ndalama": L("5000", BUY), "chifukwa": "membala_2026", "wallet": L(MW_PHONE, TEL),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/penja", headers=_h(rng, **b), query={
            "penja": L("vipewa vikulu vya wana", SEARCH)}),
        case(f, f"{a}/v2/chivomerezo", fmt="form", headers=_h(rng, **b), body={
            "nambala_ya_membala": L(MEMBER, MED), "vithuzi_mu_mapepala": "ayi",
            "mwana": L(KID, NAMEC), "wasayina": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/vyakuchitika", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vyakuchitika": [
                ev("skin_check_viewed", 1), ev("screen", 2, screen=L("MasoKuwona", USAGE))]}),
    ]


def chikumba_sdks() -> list[Case]:
    rng = random.Random(20822)
    return [
        mn_batch(APP, rng, [("Lotion Ordered", {"bottles": 3}),
                            ("Eye Test Saved", {"member": L(MEMBER, MED)})]),
        mn_queue(APP, rng, [("Sun Diary Entry", {"minutes": L(45, MED)}),
                            ("Photo Uploaded", {"site": L("khosi", MED)})]),
        tv_launch(APP, rng, first=True, user=True),
        tv_event(APP, rng, "appointment_booked", {"kind": "dermatology"}),
        cr_session(APP, rng, secs=388),
        fz_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("albinism", MED)}, hdr=True),
        pk_register(APP, rng, lang="tum", tags={"clinic": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, "Northern Skin and Eye Clinic", SEARCH, near=MZ_HOME_AT, nd=2),
        hu_attach(APP, rng, L(JPEG + b"\x92", f"{MEDIA}|{MED}"), "mlomo.jpg", "image/jpeg"),
    ]
