"""A road-ambulance membership and dispatch app "Kavinya Rescue" (a Machakos ambulance service
sold as a yearly family plan; she called it when her mother-in-law fell at the Nzambani
shamba). Its API's keys are Kamba in plain Latin letters with the English and Swahili words
Kenyan apps keep: ``isyitwa`` name, ``simu`` phone, ``imeli`` e-mail, ``ndeto_ya_kuvitha``
password, ``kodi`` code, ``mutheenya_wa_kusyawa`` birth date, ``namba_ya_kipande`` ID-card
number, ``musyi`` home (address line), ``utui`` area/village, ``kaunti`` county, ``andu_a_musyi``
household, ``muume`` husband, ``mwana`` child, ``inyia_wa_muume`` mother-in-law (husband's
mother), ``uima`` health, ``damu`` blood group, ``uwau`` illness, ``ndawa`` medicine,
``utethyo`` help (the SOS), ``muwau`` patient, ``myaka`` age, ``ndeto`` words, ``vandu`` place,
``kiw'o`` landmark (``kiwo``), ``ngali`` vehicle, ``sivitali`` hospital, ``mbesa`` amount,
``kuiva`` to pay, ``lisiti`` receipt, ``kumantha`` search: sign-up with her alien card, a
one-time code, ``/niini``, the household (husband, daughter, mother-in-law), her medical
profile (gzip), Mwende's asthma, the yearly plan paid by mobile money, the card by membership
number in the path, an SOS (protobuf) from the shamba, its details, her phone's track
(msgpack), the ETA by ``lat,lon``, the hospital chosen and her husband told, a rating, an
extra-mileage receipt, a first-aid search, the home and shamba pins with landmarks, the history
by a base64 JSON cookie, push and events."""

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
    E164,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families272_kit import (
    ALIEN_ID,
    BASE,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    KE_LINE,
    MOTHER_IL,
    RESCUE_MEMBER,
    SHAMBA_AT,
    SOS_FIX,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families272_sdk import (
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families272_svc import (
    cl_wallet,
    cy_check,
    fn_eval,
    hs_message,
    mm_reverse,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("kavinya", "Kavinya Rescue", "com.example.kavinya", "2.2.5",
          "https://api.kavinya.example.com")
IID = "X-Kavinya-Device"
PW = "Kavinya#Mumbuni14"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kavinya() -> list[Case]:
    rng = random.Random(27261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(RESCUE_MEMBER, UID), simu=L(KE_LINE, TEL)))}
    sla, slo = fix(SOS_FIX, 4)
    inc = obj(rng, "inc")
    lab: dict[str, str] = {}
    sos = pb([(1, L(RESCUE_MEMBER, UID)),
              (2, [(1, L(SOS_FIX[0], PRECISE)), (2, L(SOS_FIX[1], PRECISE)), (3, 6.0)]),
              (3, "fall"), (4, L(37, DEV)), (5, 1769781600)], "", lab)
    card = at_path(case(f, f"{a}/v1/members/{RESCUE_MEMBER}/card", headers=_h(rng, **b)),
                   RESCUE_MEMBER, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "isyitwa": L(f"{FIRST} {LAST}", NAMEC), "simu": L(E164, TEL),
            "simu_ya_kenya": L(KE_LINE, TEL), "imeli": L(EMAIL, MAIL),
            "ndeto_ya_kuvitha": L(PW, CRED), "mutheenya_wa_kusyawa": L(DOB, BIRTH),
            "namba_ya_kipande": L(ALIEN_ID, NID), "musyi": L(HOME["line"], ADDR),
            "utui": L(HOME["area"], COARSE), "kaunti": L(HOME["county"], COARSE),
            "plan": "family_year"}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "simu": L(KE_LINE, TEL), "kodi": L("914062", CRED)}),
        case(f, f"{a}/v1/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/andu_a_musyi", headers=_h(rng, **b), body={
            "member": L(RESCUE_MEMBER, UID),
            "muume": {"isyitwa": L(HUSBAND[0], NAMEC), "simu": L(HUSBAND[1], TEL),
                      "mutheenya_wa_kusyawa": L("1986-03-14", BIRTH)},
            "mwana": {"isyitwa": L(KID, NAMEC), "mutheenya_wa_kusyawa": L(DAUGHTER["dob"],
                                                                          BIRTH)},
            "inyia_wa_muume": {"isyitwa": L(MOTHER_IL[0], NAMEC), "simu": L(MOTHER_IL[1], TEL),
                               "utui": L("Nzambani", COARSE)}}),
        case(f, f"{a}/v1/uima", gz=True, headers=_h(rng, **b), body={
            "member": L(RESCUE_MEMBER, UID), "damu": L("O+", MED),
            "allergies": [L("sulfamethoxazole", MED)], "uwau": [L("recurrent UTI", MED)],
            "ndawa": [L("nitrofurantoin", MED)], "organ_donor": False}),
        case(f, f"{a}/v1/uima/mwana", headers=_h(rng, **b), body={
            "mwana": L(KID, NAMEC), "uwau": [L("asthma", MED)],
            "ndawa": [L("salbutamol inhaler", MED)], "uito_kg": L(31, "health.fitness")}),
        case(f, f"{a}/v1/kuiva", fmt="form", headers=_h(rng, **b), body={
            "member": L(RESCUE_MEMBER, UID), "plan": "family_year", "mbesa": L("6000", BUY),
            "simu": L(KE_LINE, TEL), "lisiti": L(mpesa(rng), BUY)}),
        card,
        raw(f, f"{a}/v1/utethyo", sos, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/utethyo/{inc}/details", headers=_h(rng, **b), body={
            "muwau": {"isyitwa": L(MOTHER_IL[0], NAMEC), "myaka": L(67, BIRTH)},
            "ndeto": L("My mother-in-law fell in the shamba, she cannot stand, pain in the left "
                       "hip", f"{TEXT}|{MED}"), "conscious": L(True, MED)}),
        case(f, f"{a}/v1/utethyo/{inc}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "fixes": [{"lat": L(round(SOS_FIX[0] + 0.00004 * i, 6), PRECISE),
                       "lng": L(round(SOS_FIX[1] - 0.00003 * i, 6), PRECISE),
                       "t": 1769781660 + 60 * i} for i in range(3)],
            "ngali": {"id": "amb_kt_04", "lat": -1.36902, "lng": 38.01733},
            "base": {"id": BASE["id"], "lat": BASE["lat"], "lng": BASE["lon"]}}),
        case(f, f"{a}/v1/utethyo/{inc}/eta", headers=_h(rng, **b), query={
            "vandu": L(f"{SOS_FIX[0]:.4f},{SOS_FIX[1]:.4f}", PRECISE), "ngali": "amb_kt_04"}),
        case(f, f"{a}/v1/utethyo/{inc}/sivitali", fmt="form", headers=_h(rng, **b), body={
            "sivitali": "hosp_ktu_l5", "tumia_uvoo": L(HUSBAND[1], TEL),
            "vandu_lat": sla, "vandu_lng": slo}),
        case(f, f"{a}/v1/trips/{inc}/rating", headers=_h(rng, **b), body={
            "stars": 5, "ndeto": L("They came in 40 minutes on a bad road, very kind crew", TEXT)}),
        case(f, f"{a}/v1/trips/{inc}/extra", headers=_h(rng, **b), body={
            "km_extra": 22, "mbesa": L(1200, BUY), "lisiti": L(mpesa(rng), BUY),
            "simu": L(KE_LINE, TEL)}),
        case(f, f"{a}/v1/first-aid", headers=_h(rng, **b), query={
            "q": L("hip fall elderly do not move", SEARCH)}),
        case(f, f"{a}/v1/pins/home", headers=_h(rng, **b), body={
            "member": L(RESCUE_MEMBER, UID), "lat": L(HOME_AT[0], PRECISE),
            "lng": L(HOME_AT[1], PRECISE),
            "kiwo": L("Blue gate after Mumbuni stage, opposite the posho mill", ADDR)}),
        case(f, f"{a}/v1/pins/shamba", headers=_h(rng, **b), body={
            "member": L(RESCUE_MEMBER, UID), "lat": L(round(SHAMBA_AT[0], 5), PRECISE),
            "lng": L(round(SHAMBA_AT[1], 5), PRECISE),
            "kiwo": L("Past Nzambani market, second left after the sand dam", ADDR)}),
        case(f, f"{a}/v1/history", headers=_h(rng, how="none"), cookies={
            "kv_session": L(opaque(rng, "", 40), CRED),
            "kv_ctx": W({"member": L(RESCUE_MEMBER, UID), "plan": "family_year"}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/maundu", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "maundu": [
                ev("sos_sent", 1), ev("screen", 2, screen=L("Utethyo", USAGE))]}),
    ]


def kavinya_sdks() -> list[Case]:
    rng = random.Random(27262)
    return [
        mc_batch(APP, rng, [("SOS Sent", {"kind": "fall"}), ("Trip Rated", {"stars": 5})],
                 at=SOS_FIX, nd=3),
        mc_identify(APP, rng, {"plan": "family_year", "county": L("Machakos", COARSE),
                               "member": L(RESCUE_MEMBER, UID)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"plan": "family_year"}, revenue=6000.0, hashed=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "location timeout"),
                 [cd_crumb("nav", "Home -> Utethyo"), cd_crumb("tap", "sos_hold")],
                 screen="UtethyoActivity"),
        fn_eval(APP, rng, {"plan": "family_year", "county": L("Machakos", COARSE)}, hdr=True),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"plan": "family_year"}),
        cy_check(APP, rng, {"analytics": True, "location": True}),
        cl_wallet(APP, rng, "6000", L(KE_LINE, TEL)),
        mm_reverse(APP, rng, SOS_FIX, PRECISE, nd=5),
        mm_telemetry(APP, rng, [SOS_FIX, (SOS_FIX[0] + 0.00004, SOS_FIX[1] - 0.00003)],
                     PRECISE),
        hs_message(APP, rng, L("The ambulance receipt for the extra km has the wrong amount",
                               f"{TEXT}|{BUY}"), {"member": L(RESCUE_MEMBER, UID)}),
    ]
