"""Rural bites-and-stings first-aid app of the Huasteca's health posts "Kolotl" (Nahuatl
"scorpion"; keys in Huasteca Nahuatl with English and Spanish loans: ``tokaitl`` name,
``kaltokaitl`` family name, ``selular`` mobile, ``curp``, ``estli`` blood (group),
``alerjia`` allergy (loan), ``kokolistli`` illness, ``pajtli`` medicine, ``tlakuajli`` bite or
sting (from ``kua`` "bite"), ``kowatl`` snake, ``kolotl`` scorpion, ``tlaneskayotl`` sign,
symptom, ``konetl`` child, ``xiwitl`` years (age), ``tlakasiwa`` sex (coinage, "man-woman";
``siwatl`` woman), ``kampa`` where, ``chantli`` home, ``tepajtijketl`` healer/doctor,
``tlanawatili`` message, ``tlatemoli`` search, ``ixkopinali`` photo, ``afiliasion`` health
insurance number (loan), ``tikonepia`` "are you pregnant", ``tlapalewijketl`` helper/emergency
contact, ``tonali`` day): the family's registration (CURPs, blood groups, allergies), an SMS
code, ``/nejwatl``, antivenom stock near the house, a scorpion sting to the daughter reported
with her fix, the scorpion's photo, a video consult, an ambulance request, the check-in at the
health post, the child's vital signs (protobuf), a symptom diary (gzip), her mother-in-law's
medicines, the daughter's vaccination card, the first-aid guide, a search, a snake sighting with
a photo, the insurance number, consent to share, the emergency contacts, the record by cookie
GET, push, events and a log-out. No earlier set has a bites-and-stings or antivenom app (a
docstring grep for "snakebite", "scorpion", "antivenom" found nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
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
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families173_kit import (
    CURP,
    DAUGHTER,
    HEALTH_POST,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_CURP,
    MIL_CURP,
    MOTHER_IL,
    PROMOTER,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families173_sdk import cc_session, tm_batch, tm_queue, tz_launch
from eval_families173_svc import cx_check, ft_eval, hc_attach, mp_geocode, mp_reverse, px_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kolotl", "Kolotl", "com.example.kolotl", "2.4.0", "https://api.kolotl.example.net")
IID = "X-Kolotl-Install"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
AFIL = "IB-HGO-0091-44718"  # her health-insurance affiliation number (health.medical)
YARD = (21.138968, -98.421511)  # her phone in the yard where the child was stung


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, es=True, **kw)


def kolotl() -> list[Case]:
    rng = random.Random(17321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, selular=L(E164, TEL), curp=L(CURP, NID)))}
    yla, ylo = fix(YARD)
    pla, plo = fix((HEALTH_POST["lat"] + 0.000021, HEALTH_POST["lon"] - 0.000034), 5)
    lab: dict[str, str] = {}
    vitals = pb([(1, L(DAUGHTER["curp"], NID)), (2, 1761930000),
                 (3, [(1, L(118, MED)), (2, L(37.9, MED)), (3, L(96, MED))]),
                 (4, L("dolor local, adormecimiento", MED)), (5, L(63, DEV))], "", lab)
    return [
        case(f, f"{a}/v2/familia", headers=_h(rng), body={
            "tokaitl": L(FIRST, NAMEC), "kaltokaitl": L(LAST, NAMEC), "curp": L(CURP, NID),
            "selular": L(E164, TEL), "korreo": L(EMAIL, MAIL), "tlakatilis_tonali": L(DOB, BIRTH),
            "estli": L("O+", MED), "alerjia": [L("penisilina", MED)],
            "chantli": L(HOME["line"], "contact.address"), "altepetl": L(HOME["town"], COARSE),
            "familia": [
                {"tokaitl": L(HUSBAND[0], NAMEC), "curp": L(HUSBAND_CURP, NID),
                 "estli": L("A+", MED)},
                {"tokaitl": L(KID, NAMEC), "curp": L(DAUGHTER["curp"], NID),
                 "tlakatilis_tonali": L(DAUGHTER["dob"], BIRTH),
                 "tlakasiwa": L(DAUGHTER["sex"], GENDER), "alerjia": []}]}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "selular": L(E164, TEL), "kodigo": L("508117", CRED)}),
        case(f, f"{a}/v2/nejwatl", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/antiveneno/kampa", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "tlakuajli": "kolotl", "km": "30"}),
        case(f, f"{a}/v2/tlakuajli", headers=_h(rng, **b), body={
            "reporte": obj(rng, "rp"), "tlakuajli": L("kolotl", MED),
            "akin": {"tokaitl": L(KID, NAMEC), "xiwitl": L(8, BIRTH),
                     "curp": L(DAUGHTER["curp"], NID)},
            "kampa": {"lat": yla, "lon": ylo, "acc": 6},
            "tlaneskayotl": [L("dolor local", MED), L("adormecimiento ika ima", MED),
                             L("salivasion", MED)],
            "tonali": "2025-10-31T19:42"}),
        multipart(f, f"{a}/v2/tlakuajli/ixkopinali", [
            ("ixkopinali", "kolotl.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"reporte": obj(rng, "rp"),
                                                "tlajtoli": "tlen kalijtik"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/konsulta/video", headers=_h(rng, **b), body={
            "tepajtijketl": {"tokaitl": L(PROMOTER[0], NAMEC), "korreo": L(PROMOTER[1], MAIL)},
            "token": L(opaque(rng, "vr_", 36), CRED),
            "tlanawatili": L("Xochitl, nokonew, kipia 8 xiwitl, kolotl okikua ika ima, tlatotonia",
                             f"{TEXT}|{MED}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/v2/ambulansia", headers=_h(rng, **b), body={
            "kampa": {"lat": yla, "lon": ylo}, "selular": L(E164, TEL),
            "chantli": L(HOME["line"], "contact.address"),
            "tlanawatili": L("Kolotl okikuajki nokonew, tlatotonia wan mokuesoa", f"{TEXT}|{MED}"),
            "urgente": True}),
        case(f, f"{a}/v2/kasadesalud/check_in", headers=_h(rng, **b), body={
            "kasa": HEALTH_POST["id"], "kampa": {"lat": pla, "lon": plo},
            "kasa_kampa": {"lat": HEALTH_POST["lat"], "lon": HEALTH_POST["lon"]},
            "konetl": L(DAUGHTER["curp"], NID)}),
        raw(f, f"{a}/v2/signos", vitals, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/diario", gz=True, headers=_h(rng, **b), body={
            "konetl": L(DAUGHTER["curp"], NID), "tonali": "2025-11-01",
            "tlaneskayotl": {"dolor": L(3, MED), "tlatotonia": L(37.4, MED),
                             "kochi": L("kuali", MED)},
            "pajtli": [L("faboterapico 1 frasco", MED), L("paracetamol 250 mg", MED)]}),
        case(f, f"{a}/v2/pajtli", headers=_h(rng, **b), body={
            "akin": {"tokaitl": L(MOTHER_IL[0], NAMEC), "curp": L(MIL_CURP, NID)},
            "kokolistli": L("diabetes tipo 2", MED),
            "pajtli": [L("metformina 850 mg", MED), L("glibenclamida 5 mg", MED)]}),
        case(f, f"{a}/v2/vakunas", headers=_h(rng, **b), query={
            "curp": L(DAUGHTER["curp"], NID), "tipo": "cartilla"}),
        case(f, f"{a}/v2/vakunas", headers=_h(rng, **b), body={
            "curp": L(DAUGHTER["curp"], NID),
            "vakunas": {"tetanos": L("2024-03-11", MED), "SRP": L("2018-04-02", MED)}}),
        case(f, f"{a}/v2/guia", headers=_h(rng, **b), query={
            "tlakuajli": "kowatl", "tlajtoli": "nawatl", "version": "14"}),
        case(f, f"{a}/v2/tlatemoli", headers=_h(rng, **b), query={
            "q": L("kolotl tlakuajli konetl tlen nikchiwas", SEARCH)}),
        multipart(f, f"{a}/v2/kowatl/ittalistli", [
            ("ixkopinali", "kowatl.jpg", "image/jpeg", L(JPEG + b"\x43", MEDIA)),
            ("meta", None, "application/json", {
                "kampa": {"lat": L(21.139044, PRECISE), "lon": L(-98.421377, PRECISE)},
                "tlajtoli": L("Se kowatl chichiltik ipan nokal itlampa", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/afiliasion", fmt="form", headers=_h(rng, **b), body={
            "afiliasion": L(AFIL, MED), "curp": L(CURP, NID), "tikonepia": L("amo", MED)}),
        case(f, f"{a}/v2/consentimiento", fmt="form", headers=_h(rng, **b), body={
            "kasa": HEALTH_POST["id"], "kimaka_expediente": "1", "firma": L(f"{FIRST} {LAST}",
                                                                          NAMEC)}),
        case(f, f"{a}/v2/tlapalewijketl", headers=_h(rng, **b), body={"tlapalewijketl": [
            {"tokaitl": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL)},
            {"tokaitl": L(SISTER_US[0], NAMEC), "selular": L(SISTER_US[1], TEL)}],
            "noselular": L(NATIONAL, TEL)}),
        case(f, f"{a}/v2/expediente", headers=_h(rng, how="none"), cookies={
            "kl_sid": L(opaque(rng, "", 40), CRED), "kl_dev": L(INSTALL_ID, DID),
            "kl_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/tlachiwali", headers=_h(rng, **b), body={
            "id": L(USER_ID, UID), "sesion": rid(rng), "tlachiwali": [
                ev("sting_reported", 1), ev("screen", 2, screen=L("Guia", USAGE))]}),
        case(f, f"{a}/v2/kisa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kolotl_sdks() -> list[Case]:
    rng = random.Random(17322)
    pdf = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
    return [
        tm_batch(APP, rng, [("Sting Reported", {"kind": L("kolotl", MED)}),
                            ("Guide Opened", {"topic": "kowatl"})]),
        tm_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}),
                            ("Vaccines Viewed", {})]),
        tz_launch(APP, rng, first=True, user=True),
        cc_session(APP, rng, secs=604),
        ft_eval(APP, rng, {"kasa": HEALTH_POST["id"], "region": L("Hidalgo", COARSE)}, hdr=True),
        px_register(APP, rng, lang="es", tags={"kasa": HEALTH_POST["id"]}),
        cx_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Casa de Salud Tehuetlan", SEARCH, near=HOME_AT, nd=2),
        mp_reverse(APP, rng, YARD, PRECISE, nd=5),
        hc_attach(APP, rng, L(pdf, f"{MEDIA}|{MED}"), "receta_xochitl.pdf", "application/pdf"),
    ]
