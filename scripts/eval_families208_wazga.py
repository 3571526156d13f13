"""Adult-literacy circle app "Wazga" (kuwazga: to read) of a northern literacy programme: she is the
volunteer facilitator of an evening circle that meets at a primary school in Rumphi; the app
keeps the learners' register, attendance, tests, reading recordings, reports and her allowance.
Its API's keys are Chitumbuka: ``msambizi`` facilitator (teacher), ``lembeska`` register,
``ine`` me, ``zina``, ``zina_la_fuko``, ``imelo``, ``foni``, ``mazgu_ghachisisi``,
``chiphaso`` ID document number, ``zuwa_lakubabika``, ``jenda`` (``mwanakazi`` woman,
``mwanalume`` man), ``msumba`` town, ``muzi`` village, ``wasambiri`` learners, ``vyaka`` age,
``chilema`` disability, ``walipo`` present (attendance), ``mayeso`` test, ``mapointi`` marks,
``kuwazga`` reading, ``lizgu`` voice (a recording), ``ndime`` passage, ``lipoti`` report,
``ndemanga`` remark, ``malipiro`` allowance (payment), ``ndalama`` amount, ``mabuku`` books,
``unyinji`` quantity, ``kufuma`` / ``kuluta`` from / to, ``zuwa`` date, ``nyengo`` time,
``uthenga`` message, ``penja`` search, ``makani`` news, ``chithuzi`` photo, ``satifiketi``
certificate, ``vyakuchitika`` events, ``fuma`` log out. Sign-up with her residence permit, an
SMS code, ``/ine``, three learners registered (typed by her), attendance with her
fix, test marks, a reading recording, the monthly report (gzip), the allowance claim and its page
by facilitator number in the path, primers ordered, travel, a protobuf offline sync, a msgpack
learner note, a message to the coordinator, a search, the timetable, news by cookie, a group photo,
a certificate, push, events and a log-out. No earlier set has an adult-literacy app (a docstring
grep for "literacy" and "adult education" found nothing); schools and tutoring apps exist, but
there the user is a parent or a pupil: here she teaches adults and types their data."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families208_kit import (
    CIRCLE,
    CIRCLE_FIX,
    FACILITATOR,
    LEARNERS,
    MW_PHONE,
    MZ_HOME_AT,
    PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families208_sdk import cr_crash, cr_crumb, cr_session, mn_batch, mn_identify
from eval_families208_svc import ck_save, cs_wallet, fz_eval, hu_message, mk_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wazga", "Wazga", "com.example.wazga", "2.0.1", "https://api.wazga.example.org")
IID = "X-Wazga-Install"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tum=True, **kw)


def _learner(n: tuple[str, int, str, str], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"zina": L(n[0], NAMEC), "vyaka": L(n[1], BIRTH), "jenda": L(n[2], GENDER),
            "foni": L(n[3], TEL), "muzi": L("Zunguzeni", COARSE), **(extra or {})}


def wazga() -> list[Case]:
    rng = random.Random(20861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, msambizi=L(FACILITATOR, UID), foni=L(MW_PHONE, TEL)))}
    cla, clo = fix(CIRCLE_FIX)
    ids = [obj(rng, "ls", 8) for _ in LEARNERS]
    lab: dict[str, str] = {}
    sync = pb([(1, L(FACILITATOR, UID)), (2, CIRCLE["id"]), (3, 1768838400),
               (4, [(1, L(CIRCLE_FIX[0], PRECISE)), (2, L(CIRCLE_FIX[1], PRECISE))]),
               (5, 14)], "", lab)
    pay = at_path(case(f, f"{a}/v1/msambizi/{FACILITATOR}/malipiro", headers=_h(rng, **b),
                       query={"chaka": "2026"}), FACILITATOR, UID)
    return [
        case(f, f"{a}/v1/msambizi/lembeska", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_la_fuko": L(LAST, NAMEC), "imelo": L(EMAIL, MAIL),
            "foni": L(MW_PHONE, TEL), "mazgu_ghachisisi": L("Kuwazga#Rumphi7", CRED),
            "chiphaso": L(PERMIT, NID), "zuwa_lakubabika": L(DOB, BIRTH),
            "jenda": L("mwanakazi", GENDER), "msumba": L("Mzuzu", COARSE),
            "msambizi": L(FACILITATOR, UID), "kalasi": CIRCLE["id"]}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "foni": L(E164, TEL), "khodi": L("914260", CRED)}),
        case(f, f"{a}/v1/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/wasambiri", headers=_h(rng, **b), body={
            "kalasi": CIRCLE["id"], "wasambiri": [
                _learner(LEARNERS[0]), _learner(LEARNERS[1], {
                    "chilema": L("wakuwona makora yayi (low vision)", f"{SENS}|{MED}")}),
                _learner(LEARNERS[2])]}),
        case(f, f"{a}/v1/walipo", headers=_h(rng, **b), body={
            "kalasi": CIRCLE["id"], "zuwa": "2026-01-19", "walipo": ids[:2], "palije": ids[2:],
            "malo": {"lat": cla, "lng": clo}, "msambizi": L(FACILITATOR, UID)}),
        case(f, f"{a}/v1/mayeso", headers=_h(rng, **b), body={
            "mayeso": "kuwazga_2", "mapointi": [{"musambiri": i, "mapointi": p}
                                                 for i, p in zip(ids, (14, 9, 17), strict=False)]}),
        multipart(f, f"{a}/v1/kuwazga/lizgu", [
            ("lizgu", "kuwazga.wav", "audio/wav", L(WAV + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"musambiri": ids[1], "ndime": "ndime_07"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lipoti", gz=True, headers=_h(rng, **b), body={
            "msambizi": L(FACILITATOR, UID), "mwezi": "2026-01", "wasambiri": 14, "walipo": 11,
            "ndemanga": L(f"{LEARNERS[1][0]} wamba kuwazga mazgu ghakulu, wakukhumba magalasi",
                          f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/malipiro", fmt="form", headers=_h(rng, **b), body={
            "msambizi": L(FACILITATOR, UID), "mwezi": "2026-01", "ndalama": L("30000", BUY),
            "wallet": L(MW_PHONE, TEL)}),
        pay,
        case(f, f"{a}/v1/mabuku/oda", headers=_h(rng, **b), body={
            "buku": "primer_tum_1", "unyinji": 15, "kupeleka": CIRCLE["id"],
            "msambizi": L(FACILITATOR, UID)}),
        case(f, f"{a}/v1/ulendo", headers=_h(rng, **b), body={
            "kufuma": L("Mzuzu", COARSE), "kuluta": L("Rumphi", COARSE), "zuwa": "2026-01-19",
            "ndalama": L(6000, BUY), "msambizi": L(FACILITATOR, UID)}),
        raw(f, f"{a}/v1/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/wasambiri/{ids[2]}/ndemanga", fmt="msgpack", headers=_h(rng, **b),
             body={"ndemanga": L("Wali na nthumbo, wapumulenge masabata ghanyake",
                                 f"{TEXT}|{SENS}|{MED}"), "zuwa": "2026-01-19"}),
        case(f, f"{a}/v1/uthenga", headers=_h(rng, **b), body={
            "ku": "coordinator_rumphi", "uthenga": L(
                f"{LEARNERS[0][0]} wali ku chipatala na malungo, wazamuwera sabata yinyake",
                f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/penja", headers=_h(rng, **b), query={
            "penja": L("mabuku gha kuwazga gha Chitumbuka", SEARCH)}),
        case(f, f"{a}/v1/kalasi/nyengo", fmt="form", headers=_h(rng, **b), body={
            "kalasi": CIRCLE["id"], "mazuwa": "mon,wed", "nyengo": "16:30",
            "msambizi": L(FACILITATOR, UID)}),
        case(f, f"{a}/v1/makani", headers=_h(rng, how="none"), cookies={
            "wz_sess": L(opaque(rng, "", 40), CRED), "wz_dev": L(INSTALL_ID, DID),
            "wz_req": rid(rng)}),
        multipart(f, f"{a}/v1/vithuzi", [
            ("chithuzi", "kalasi.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "kalasi": CIRCLE["id"], "mazgu": L("Wasambiri pa zuwa la mayeso", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/satifiketi", headers=_h(rng, **b), body={
            "musambiri": ids[2], "zina": L(LEARNERS[2][0], NAMEC), "gawo": "1",
            "wasayina": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/vyakuchitika", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vyakuchitika": [
                ev("attendance_saved", 1), ev("screen", 2, screen=L("Wasambiri", USAGE))]}),
        case(f, f"{a}/v1/fuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def wazga_sdks() -> list[Case]:
    rng = random.Random(20862)
    return [
        mn_batch(APP, rng, [("Attendance Saved", {"present": 11}),
                            ("Report Sent", {"month": "2026-01"})], at=CIRCLE_FIX, nd=3),
        mn_identify(APP, rng, {"boma": L("Rumphi", COARSE), "msambizi": L(FACILITATOR, UID),
                               "wasambiri": 14}),
        cr_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [cr_crumb("nav", "Wasambiri -> Kuwazga")], screen="KuwazgaActivity"),
        cr_session(APP, rng, secs=2950),
        fz_eval(APP, rng, {"district": L("Rumphi", COARSE), "role": "facilitator"}),
        pk_register(APP, rng, lang="tum", at=CIRCLE_FIX, nd=2, tags={"kalasi": CIRCLE["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cs_wallet(APP, rng, "30000", L(MW_PHONE, TEL)),
        mk_route(APP, rng, [(MZ_HOME_AT, PRECISE), ((CIRCLE["lat"], CIRCLE["lon"]), None)]),
        hu_message(APP, rng, L("Malipiro gha Januwale ghandafike", TEXT),
                   {"msambizi": L(FACILITATOR, UID)}),
    ]
