"""A tenant police-registration app "Kiraedar" (Karachi landlords and tenants must register a
tenancy, the household and domestic staff with the local police station; Sindhi keys:
``kiraedar`` tenant, ``malik`` landlord, ``kirayo`` rent, ``peshgi`` advance, ``kirayo_namo``
lease, ``thano`` police station, ``patto`` address, ``mahallo`` neighbourhood, ``shahar``
city, ``gharwara`` household, ``piu_jo_nalo`` father's name, ``murs`` husband, ``dhee``
daughter, ``b_form`` child registration number, ``naukar`` domestic worker, ``mehman`` guest,
``chehro`` face, ``chehre_jo_naqsho`` face template, ``dastkhat`` signature, ``darkhwast``
application, ``sanad`` certificate, ``gari`` vehicle, ``hangami`` emergency, ``jaga`` place).
Sets 46 and 58 have tenants' repair and screening apps and set 151 a residents' association;
this one is a police registry: sign-up, an OAuth password grant, ``/muhinjo``, an SMS check
(base64 JSON in a form field), the flat, the landlord, the tenant, the household, the lease (PDF),
a face-match selfie (a face template and landmarks), her husband's CNIC photo, stations near her
flat, the application and its number in the path, the certificate, a guest (her sister), the
domestic worker, the car, a complaint, notices by cookie, push, events and a
log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import flat
from eval_families16_kit import landmarks
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families24_kit import claims
from eval_families177_kit import (
    DAUGHTER,
    HUSBAND,
    KHI_HOME,
    KHI_HOME_AT,
    LANDLORD,
    PASSPORT,
    PK_SIM,
    POC,
    SISTER_US,
    TENANCY,
    THANO,
    fix,
    hd,
    push,
)
from eval_families177_sdk import km_batch, rk_launch, tc_crash, tc_crumb
from eval_families177_svc import (
    ck_save,
    fm_eval,
    hp_attach,
    hp_message,
    mp_geocode,
    mp_reverse,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kiraedar", "Kiraedar", "com.example.kiraedar", "2.2.0",
          "https://api.kiraedar.example.org")
IID = "X-Kiraedar-Device"
PW = "Gulshan13D#Flat"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
MAID = ("Shahnaz Bibi", "42401-6650913-8", "+923122078815")  # their domestic worker
LL_LINE = "Plot 23, Block 2, PECHS"  # the landlord's own address, typed by her (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kiraedar() -> list[Case]:
    rng = random.Random(17711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), darkhwast=L(TENANCY, UID),
                                    poc=L(POC, NID)))}
    hla, hlo = fix(KHI_HOME_AT, 5)
    app_get = at_path(case(f, f"{a}/v2/darkhwast/{TENANCY}", headers=_h(rng, **b)), TENANCY, UID)
    return [
        case(f, f"{a}/v2/rajistar", headers=_h(rng), body={
            "nalo": L(FIRST, NAMEC), "akhri_nalo": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobile": L(PK_SIM, TEL), "gujho_lafz": L(PW, CRED),
            "passport_nambar": L(PASSPORT, NID), "poc_nambar": L(POC, NID), "kirdar": "tenant"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kiraedar-android"}),
        case(f, f"{a}/v2/muhinjo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sms/tasdeeq", fmt="form", headers=_h(rng, **b), body={
            "data": W({"mobile": L(PK_SIM, TEL), "otp": L("771402", CRED),
                       "poc_nambar": L(POC, NID)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/ghar", headers=_h(rng, **b), body={
            "patto": L(KHI_HOME["line"], ADDR), "mahallo": L(KHI_HOME["area"], COARSE),
            "shahar": L(KHI_HOME["town"], COARSE), "post_code": L(KHI_HOME["post"], COARSE),
            "jaga": {"lat": hla, "lng": hlo}, "thano": THANO["id"], "qisam": "flat"}),
        case(f, f"{a}/v2/malik", headers=_h(rng, **b), body={
            "nalo": L(LANDLORD[0], NAMEC), "cnic": L(LANDLORD[2], NID),
            "mobile": L(LANDLORD[1], TEL), "patto": L(LL_LINE, ADDR)}),
        case(f, f"{a}/v2/kiraedar", headers=_h(rng, **b), body={
            "nalo": L(f"{FIRST} {LAST}", NAMEC), "piu_jo_nalo": L("Robert Doe", NAMEC),
            "passport_nambar": L(PASSPORT, NID), "poc_nambar": L(POC, NID),
            "jaman_tareekh": L("1991-05-17", BIRTH), "jins": L("aurat", GENDER),
            "mobile": L(E164, TEL), "kam": "teacher", "pahuchan": "2025-01-20"}),
        case(f, f"{a}/v2/gharwara", headers=_h(rng, **b), body={
            "darkhwast": L(TENANCY, UID), "membar": [
                {"rishto": "murs", "nalo": L(HUSBAND[0], NAMEC), "cnic": L(HUSBAND[2], NID),
                 "mobile": L(HUSBAND[1], TEL)},
                {"rishto": "dhee", "nalo": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "jaman_tareekh": L(DAUGHTER["dob"], BIRTH),
                 "b_form": L(DAUGHTER["bform"], NID), "jins": L(DAUGHTER["sex"], GENDER)}]}),
        multipart(f, f"{a}/v2/kirayo_namo", [
            ("file", "kirayo_namo.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "darkhwast": L(TENANCY, UID), "kirayo": L(85000, BUY), "peshgi": L(255000, BUY),
                "muddat_mahina": 11, "shuru": "2026-01-01"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/chehro/milan", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {
                "chehre_jo_naqsho": L(flat(rng, 128), FACE),
                "landmarks": L(landmarks(rng, 68), FACE), "liveness": 0.97,
                "darkhwast": L(TENANCY, UID)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/cnic/tasveer", [
            ("front", "cnic_front.jpg", "image/jpeg", L(JPEG + b"\x2b", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"cnic": L(HUSBAND[2], NID), "rishto": "murs"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/thana/near", headers=_h(rng, **b), query={
            "lat": L(f"{KHI_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{KHI_HOME_AT[1]:.3f}", PRECISE),
            "radius_km": "3"}),
        case(f, f"{a}/v2/darkhwast", headers=_h(rng, **b), body={
            "darkhwast": L(TENANCY, UID), "thano": THANO["id"], "kirayo": L(85000, BUY),
            "tasdeeq": True, "dastkhat": L(f"{FIRST} {LAST}", NAMEC),
            "thano_fon": THANO["phone"]}),
        app_get,
        case(f, f"{a}/v2/sanad", headers=_h(rng, **b), query={
            "darkhwast": L(TENANCY, UID), "format": "pdf"}),
        case(f, f"{a}/v2/mehman", headers=_h(rng, **b), body={
            "nalo": L(SISTER_US[0], NAMEC), "mobile": L(SISTER_US[1], TEL),
            "passport_nambar": L("611873904", NID), "kadahin_khan": "2026-03-02",
            "kadahin_tain": "2026-03-16", "darkhwast": L(TENANCY, UID)}),
        case(f, f"{a}/v2/naukar", headers=_h(rng, **b), body={
            "nalo": L(MAID[0], NAMEC), "cnic": L(MAID[1], NID), "mobile": L(MAID[2], TEL),
            "kam": "ghar_jo_kam", "rehaish": L("Machar Colony", COARSE),
            "darkhwast": L(TENANCY, UID)}),
        case(f, f"{a}/v2/gari", fmt="form", headers=_h(rng, **b), body={
            "plate": "BKD-417", "model": "Suzuki Cultus 2019", "malik_cnic": L(HUSBAND[2], NID)}),
        case(f, f"{a}/v2/shikayat", headers=_h(rng, **b), body={
            "thano": THANO["id"], "qisam": "chori",
            "niyapo": L("Kaal raat asan ji building man murs ji motorcycle chori thi wai",
                        TEXT)}),
        case(f, f"{a}/v2/notices", headers=_h(rng, how="none"), cookies={
            "kd_session": L(opaque(rng, "", 40), CRED), "kd_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/waqiya", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "waqiya": [
                ev("lease_uploaded", 1), ev("face_matched", 2),
                ev("screen", 3, screen=L("Gharwara", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kiraedar_sdks() -> list[Case]:
    rng = random.Random(17712)
    return [
        km_batch(APP, rng, [("Lease Uploaded", {"rent": L(85000, BUY)}),
                            ("Application Sent", {"station": THANO["id"]})],
                 at=KHI_HOME_AT, nd=3),
        rk_launch(APP, rng, user=True),
        tc_crash(APP, rng, ("java.lang.OutOfMemoryError", "selfie bitmap"),
                 [tc_crumb("nav", "Gharwara -> Chehro")], screen="FaceMatchActivity"),
        fm_eval(APP, rng, {"city": L("Karachi", COARSE), "station": THANO["id"]}, hdr=True),
        ps_register(APP, rng, at=KHI_HOME_AT, nd=2, tags={"thano": THANO["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_reverse(APP, rng, KHI_HOME_AT, PRECISE, nd=5),
        mp_geocode(APP, rng, "Gulshan-e-Iqbal police station", SEARCH, near=KHI_HOME_AT, nd=3),
        hp_message(APP, rng, L(f"Application {TENANCY} is pending for three weeks",
                               f"{TEXT}|{UID}"), {"darkhwast": L(TENANCY, UID)}),
        hp_attach(APP, rng, L(PDF, MEDIA), "kirayo_namo.pdf", "application/pdf"),
    ]
