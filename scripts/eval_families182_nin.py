"""A child identity-enrolment app "Lambatada" (``lamba`` number, ``tada`` child: an accredited
enrolment partner's app, fictional, that files a minor's national identity enrolment and an
ECOWAS travel certificate so Falmata can visit her grandmother in Diffa). Kanuri keys: ``cu``,
``cu_abba``, ``imel``, ``lamba_waya``, ``sirri``, ``kodu``, ``lamba_nin``, ``tada`` child,
``yaa`` mother, ``abba`` father, ``kau_ganji``, ``bla_ganji`` birth town, ``kwa_kamu`` sex,
``lamba_takarda_ganji`` birth-certificate number, ``fato``, ``unguwa``, ``lga``, ``jiha``,
``post``, ``bla``, ``kasa``, ``yaa_kwanyi``, ``paspo``, ``labar``, ``nemtu``, ``kurdi``,
``hoto``, ``sahu`` signature. Parent sign-up, an e-mail code, ``/nyi`` (a JWT with her NIN),
the child's enrolment, an appointment, a check-in at the centre, the child's photo with the face
template the app computes, the birth certificate scan, the status by tracking number in the path,
the fee, the slip, the travel certificate, the father's consent, a draft (msgpack), a protobuf
queue beat, a message, a search, the address (gzip), a cookie GET, push, events and a log-out.
Sets 126, 129, 166 and 177 touch birth registration; none is a minor's identity enrolment with a
travel certificate."""

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
    DEV,
    DID,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families182_kit import (
    CENTRE,
    CENTRE_FIX,
    DAUGHTER,
    DIFFA_HOME,
    HOME,
    HUSBAND,
    LOCAL_NO,
    MOTHER_IL,
    NIN,
    PASSPORT,
    TRACKING,
    fix,
    hd,
    obj,
    push,
)
from eval_families182_sdk import kd_crash, kd_crumb, mk_batch, ty_launch
from eval_families182_svc import (
    cn_card,
    cn_confirm,
    cs_check,
    fl_eval,
    hp_attach,
    mp_geocode,
    pf_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lambatada", "Lambatada", "ng.example.lambatada", "1.3.0",
          "https://api.lambatada.example.net")
IID = "X-Lambatada-Device"
PW = "Falmata@2017"
NID = "personal.national_id"
FACE = "biometric.face"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
BIRTH_CERT = "BO/MMC/2017/11/04821"  # the child's birth-certificate number (national_id)
HUSBAND_NIN = "51938402716"  # her husband's NIN, typed by her (national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def lambatada() -> list[Case]:
    rng = random.Random(18241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), nin=L(NIN, NID),
                                    files=[L(TRACKING, UID)]))}
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TRACKING, UID)), (2, CENTRE["id"]), (3, 37), (4, 1768300000),
               (5, [(1, L(CENTRE_FIX[0], PRECISE)), (2, L(CENTRE_FIX[1], PRECISE))])], "", lab)
    status = at_path(case(f, f"{a}/api/v1/enrolments/{TRACKING}/status", headers=_h(rng, **b)),
                     TRACKING, UID)
    return [
        case(f, f"{a}/api/v1/signup", headers=_h(rng), body={
            "cu": L(FIRST, NAMEC), "cu_abba": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "lamba_waya": L(LOCAL_NO, TEL), "sirri": L(PW, CRED), "lamba_nin": L(NIN, NID)}),
        case(f, f"{a}/api/v1/kodu", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "kodu": L("590371", CRED)}),
        case(f, f"{a}/api/v1/nyi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/enrolments", headers=_h(rng, **b), body={
            "tada": {"cu": L(DAUGHTER["first"], NAMEC), "cu_abba": L(DAUGHTER["last"], NAMEC),
                     "cu_pat": L(DAUGHTER["full"], NAMEC), "kau_ganji": L(DAUGHTER["dob"], BIRTH),
                     "kwa_kamu": L(DAUGHTER["sex"], GENDER),
                     "bla_ganji": L("Maiduguri", COARSE),
                     "lamba_takarda_ganji": L(BIRTH_CERT, NID)},
            "yaa": {"cu_pat": L(f"{FIRST} {LAST}", NAMEC), "lamba_nin": L(NIN, NID)},
            "abba": {"cu_pat": L(HUSBAND[0], NAMEC), "lamba_nin": L(HUSBAND_NIN, NID),
                     "lamba_waya": L(HUSBAND[1], TEL)},
            "fato": L(HOME["line"], ADDR), "lga": L(HOME["lga"], COARSE),
            "jiha": L(HOME["state"], COARSE), "tracking": L(TRACKING, UID)}),
        case(f, f"{a}/api/v1/appointments", headers=_h(rng, **b), body={
            "centre": CENTRE["id"], "kau": "2026-01-22", "lokta": "09:30",
            "tracking": L(TRACKING, UID), "slot": obj(rng, "sl")}),
        case(f, f"{a}/api/v1/checkin", headers=_h(rng, **b), body={
            "tracking": L(TRACKING, UID), "at": {"lat": cla, "lng": clo},
            "centre": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]}}),
        multipart(f, f"{a}/api/v1/enrolments/{TRACKING}/photo", [
            ("hoto", "falmata.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("meta", None, "application/json", {
                "tracking": L(TRACKING, UID), "icao_ok": True,
                "face_template": L([round(rng.gauss(0.0, 0.08), 5) for _ in range(128)],
                                   FACE)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/enrolments/{TRACKING}/documents", [
            ("takarda", "takarda_ganji.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"kind": "birth_certificate",
                                                "number": L(BIRTH_CERT, NID)})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/api/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "tracking": L(TRACKING, UID), "kurdi": L("3500", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/slip", headers=_h(rng, **b), query={
            "tracking": L(TRACKING, UID), "format": "pdf"}),
        case(f, f"{a}/api/v1/travel", headers=_h(rng, **b), body={
            "tada": {"cu_pat": L(DAUGHTER["full"], NAMEC), "lamba_nin": L(DAUGHTER["nin"], NID),
                     "kau_ganji": L(DAUGHTER["dob"], BIRTH)},
            "bla": L("Diffa", COARSE), "kasa": L("NE", COARSE), "kau": "2026-03-20",
            "tare_da": {"cu_pat": L(f"{FIRST} {LAST}", NAMEC), "paspo": L(PASSPORT, NID)},
            "yaa_kwanyi": {"cu": L(MOTHER_IL[0], NAMEC), "lamba_waya": L(MOTHER_IL[1], TEL),
                           "fato": L(DIFFA_HOME["line"], ADDR)}}),
        multipart(f, f"{a}/api/v1/travel/consent", [
            ("sahu", "sahu_abba.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"cu_pat": L(HUSBAND[0], NAMEC),
                                                "lamba_waya": L(HUSBAND[1], TEL),
                                                "relation": "abba"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/drafts", fmt="msgpack", headers=_h(rng, **b), body={
            "draft": obj(rng, "dr"), "step": 3,
            "tada": {"cu": L(DAUGHTER["first"], NAMEC), "kau_ganji": L(DAUGHTER["dob"], BIRTH)}}),
        raw(f, f"{a}/api/v1/queue/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/labar", headers=_h(rng, **b), body={
            "tracking": L(TRACKING, UID),
            "labar": L("The slip for Falmata Modu Kyari shows 2017-11-14, her birth date is "
                       "2017-11-04", f"{TEXT}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/api/v1/nemtu", headers=_h(rng, **b), query={
            "nemtu": L("travel certificate child Niger requirements", SEARCH)}),
        case(f, f"{a}/api/v1/profile/address", gz=True, headers=_h(rng, **b), body={
            "fato": L(HOME["line"], ADDR), "unguwa": L(HOME["area"], COARSE),
            "bla": L(HOME["town"], COARSE), "jiha": L(HOME["state"], COARSE),
            "post": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/v1/notices", headers=_h(rng, how="none"), cookies={
            "lt_sid": L(opaque(rng, "", 40), CRED), "lt_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("enrolment_filed", 1), ev("screen", 2, screen=L("TravelCertificate", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "lokta_zon": L("Africa/Lagos", DEV)}),
    ]


def lambatada_sdks() -> list[Case]:
    rng = random.Random(18242)
    return [
        mk_batch(APP, rng, [("Enrolment Filed", {"step": 5}), ("Fee Paid", {"amount": L(3500,
                                                                                      BUY)})]),
        ty_launch(APP, rng, first=True),
        kd_crash(APP, rng, ("java.lang.OutOfMemoryError", "camera preview"),
                 [kd_crumb("nav", "Enrolment -> Photo")], screen="PhotoActivity"),
        fl_eval(APP, rng, {"centre": CENTRE["id"], "children": 1}),
        pf_register(APP, rng, tags={"centre": CENTRE["id"]}),
        cs_check(APP, rng, {"analytics": True, "marketing": False}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "3500.00", "ngn"),
        mp_geocode(APP, rng, "Enrolment Centre MMC 3", "behavior.search"),
        hp_attach(APP, rng, L(PDF, MEDIA), "falmata_slip.pdf", "application/pdf"),
    ]
