"""Hospital guardian app "Mulindizi" (mulindizi: a guardian, the relative who stays at a Malawian
hospital to cook for and look after a patient). Her mother-in-law Enelesi was referred from
Karonga to a Mzuzu referral hospital with a hip fracture; she registers as the guardian. Its API's
keys are Chitumbuka: ``lembeska`` register, ``njira`` enter (log in), ``fuma`` leave (log out),
``ine`` me, ``zina`` name, ``zina_la_fuko`` surname (lit. clan name), ``imelo`` e-mail, ``foni``
phone, ``mazgu_ghachisisi`` password (lit. secret words), ``zuwa_lakubabika`` birth date,
``chiphaso`` ID document number, ``keyala`` address, ``msumba`` town, ``jenda`` gender
(``mwanakazi`` woman), ``wakulwara`` patient (lit. the sick one), ``nambala_ya_chipatala``
hospital number, ``wodi`` ward, ``chitala`` bed, ``ulwari`` illness, ``opareshoni`` operation,
``munkhwala`` medicine, ``chakurya`` food, ``ndopa`` blood, ``gulu_la_ndopa`` blood group,
``ubale`` relationship, ``mpingo`` church, ``lurombo`` prayer, ``uthenga`` message, ``ndalama``
amount, ``malipiro`` payment, ``khadi`` card, ``malo`` place, ``penja`` search, ``makani`` news,
``vyakuchitika`` events, ``kufika`` arrival, ``kufumamo`` discharge, ``unyinji`` quantity,
``mtengo`` price. Sign-up, log-in, ``/ine``, the patient added, updates by hospital number in the
path, a shelter bed and its payment, a kitchen slot, the arrival at the
hospital, a protobuf gate scan, medicines bought (msgpack), a blood-donor pledge by her husband,
today's updates by cookie, a message to the nurses, a chaplain's visit, a search, the discharge
plan, the bus home to Karonga, a prescription photo, the pass in the path, push, events, log-out.
No earlier set has a hospital guardian's app (a docstring grep for "hospital guardian", "ward
guardian" and "visiting hour" found nothing)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families208_kit import (
    GUARDIAN_CARD,
    HOSP_FIX,
    HOSPITAL,
    HUSBAND,
    HUSBAND_NID,
    MOTHER_IL,
    MW_LOCAL,
    MW_PHONE,
    MZ_HOME,
    MZ_HOME_AT,
    PATIENT_NO,
    PERMIT,
    SISTER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families208_sdk import (
    bc_bid,
    cr_crash,
    cr_crumb,
    mn_batch,
    mn_identify,
    tv_event,
    tv_launch,
)
from eval_families208_svc import cs_card, cs_confirm, hu_message, mk_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mulindizi", "Mulindizi", "com.example.mulindizi", "1.8.2",
          "https://api.mulindizi.example.org")
IID = "X-Mulindizi-Device"
PW = "Chiputula#Mzuzu26"
NID = "personal.national_id"
MIL = MOTHER_IL[0]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tum=True, **kw)


def mulindizi() -> list[Case]:
    rng = random.Random(20811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, foni=L(MW_PHONE, TEL), khadi=L(GUARDIAN_CARD, UID)))}
    hla, hlo = fix(HOSP_FIX)
    lab: dict[str, str] = {}
    scan = pb([(1, L(GUARDIAN_CARD, UID)), (2, HOSPITAL["id"]), (3, 1768460400),
               (4, [(1, L(HOSP_FIX[0], "location.precise")),
                    (2, L(HOSP_FIX[1], "location.precise"))]), (5, L(63, DEV))], "", lab)
    news = at_path(case(f, f"{a}/api/v1/wakulwara/{PATIENT_NO}/makani", headers=_h(rng, **b),
                        query={"kuyambira": "2026-01-14"}), PATIENT_NO, MED)
    card = at_path(case(f, f"{a}/api/v1/khadi/{GUARDIAN_CARD}", headers=_h(rng, **b)),
                   GUARDIAN_CARD, UID)
    return [
        case(f, f"{a}/api/v1/lembeska", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_la_fuko": L(LAST, NAMEC), "imelo": L(EMAIL, MAIL),
            "foni": L(MW_PHONE, TEL), "mazgu_ghachisisi": L(PW, CRED),
            "zuwa_lakubabika": L(DOB, BIRTH), "chiphaso": L(PERMIT, NID),
            "keyala": L(MZ_HOME["line"], ADDR), "msumba": L(MZ_HOME["town"], COARSE),
            "jenda": L("mwanakazi", GENDER), "khadi": L(GUARDIAN_CARD, UID)}),
        case(f, f"{a}/api/v1/njira", fmt="form", headers=_h(rng), body={
            "foni": L(MW_LOCAL, TEL), "mazgu_ghachisisi": L(PW, CRED), "kumbuka": "1"}),
        case(f, f"{a}/api/v1/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/wakulwara", headers=_h(rng, **b), body={
            "zina": L(MIL, NAMEC), "chiphaso": L(MOTHER_IL[2], NID),
            "zuwa_lakubabika": L(MOTHER_IL[3], BIRTH), "jenda": L("mwanakazi", GENDER),
            "nambala_ya_chipatala": L(PATIENT_NO, MED), "wodi": HOSPITAL["ward"],
            "chitala": "B14", "ulwari": L("chiuno chasweka (hip fracture)", MED),
            "opareshoni": L("hemiarthroplasty", MED), "ubale": "mupongozi",
            "mpingo": L("CCAP Livingstonia Synod", SENS), "foni": L(MOTHER_IL[1], TEL)}),
        news,
        case(f, f"{a}/api/v1/malo_ghakugona", headers=_h(rng, **b), body={
            "chipatala": HOSPITAL["id"], "usiku": 5, "kuyambira": "2026-01-14",
            "ndalama": L(17500, BUY), "khadi": L(GUARDIAN_CARD, UID)}),
        case(f, f"{a}/api/v1/malipiro", fmt="form", headers=_h(rng, **b), body={
            "ndalama": L("17500", BUY), "ndalama_za": "MWK", "wallet": L(MW_PHONE, TEL),
            "method": L(opaque(rng, "pm_", 24), PAY), "reference": rid(rng)}),
        case(f, f"{a}/api/v1/khichini/slot", headers=_h(rng, **b), body={
            "slot": obj(rng, "ks"), "zuwa": "2026-01-15", "nyengo": "11:30",
            "chakurya": L("phala la soya, wakwenera kurya vyakupepuka", f"{TEXT}|{MED}"),
            "khadi": L(GUARDIAN_CARD, UID)}),
        case(f, f"{a}/api/v1/kufika", headers=_h(rng, **b), body={
            "chipatala": HOSPITAL["id"], "malo": {"lat": hla, "lng": hlo, "acc": 9},
            "malo_gha_chipatala": {"lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]},
            "khadi": L(GUARDIAN_CARD, UID), "kufika_id": obj(rng, "kf")}),
        raw(f, f"{a}/api/v1/geti/scan", scan, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/munkhwala", fmt="msgpack", headers=_h(rng, **b), body={
            "nambala_ya_chipatala": L(PATIENT_NO, MED),
            "munkhwala": [{"zina": L("ceftriaxone 1 g", MED), "unyinji": 3, "mtengo": 2500},
                          {"zina": L("enoxaparin 40 mg", MED), "unyinji": 2, "mtengo": 3000}],
            "ndalama": L(13500, BUY), "pharmacy": "ph_gate2"}),
        case(f, f"{a}/api/v1/ndopa", headers=_h(rng, **b), body={
            "wakulwara": L(PATIENT_NO, MED), "wakupereka": {
                "zina": L(HUSBAND[0], NAMEC), "foni": L(HUSBAND[1], TEL),
                "chiphaso": L(HUSBAND_NID, NID), "gulu_la_ndopa": L("O+", MED)},
            "mayunitsi": 2, "zuwa": "2026-01-16"}),
        case(f, f"{a}/api/v1/makani/lero", headers=_h(rng, how="none"), cookies={
            "ml_sesh": L(opaque(rng, "", 40), CRED), "ml_device": L(INSTALL_ID, DID),
            "ml_req": rid(rng)}),
        case(f, f"{a}/api/v1/uthenga", headers=_h(rng, **b), body={
            "ku": "nurse_station_w7", "nambala_ya_chipatala": L(PATIENT_NO, MED),
            "uthenga": L("Amama wakuti chiuno chikuwawa chomene usiku, kasi wangapokera "
                         "munkhwala unyake?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/mpingo/lurombo", headers=_h(rng, **b), body={
            "mpingo": L("CCAP", SENS), "wodi": HOSPITAL["ward"],
            "lurombo": L(f"Tikupempha busa kuti wize walombe na {MIL} pambere opareshoni "
                         "yindachitike Lachinayi", f"{TEXT}|{SENS}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/penja", headers=_h(rng, **b), query={
            "penja": L("malo ghakugulira ndodo za kwendera", SEARCH), "peji": "1"}),
        case(f, f"{a}/api/v1/kufumamo", headers=_h(rng, **b), body={
            "nambala_ya_chipatala": L(PATIENT_NO, MED), "zuwa": "2026-01-24",
            "kokuluta": L("Karonga", COARSE),
            "ulongozgi": L("Wendenge na ndodo masabata 6, physio ku Karonga",
                           f"{TEXT}|{MED}|{COARSE}")}),
        case(f, f"{a}/api/v1/basi", headers=_h(rng, **b), body={
            "kufuma": L("Mzuzu", COARSE), "kuluta": L("Karonga", COARSE), "mipando": 2,
            "ndalama": L(24000, BUY), "wakulindilira": {"zina": L(SISTER_IL[0], NAMEC),
                                                        "foni": L(SISTER_IL[1], TEL)}}),
        multipart(f, f"{a}/api/v1/vithuzi", [
            ("chithuzi", "chikalata.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nambala_ya_chipatala": L(PATIENT_NO, MED),
                                                "mtundu": "prescription"})],
            headers=_h(rng, **b)),
        card,
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/vyakuchitika", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vyakuchitika": [
                ev("bed_booked", 1, ndalama=L(17500, BUY)),
                ev("screen", 2, screen=L("MakaniGhaWodi", USAGE))]}),
        case(f, f"{a}/api/v1/fuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def mulindizi_sdks() -> list[Case]:
    rng = random.Random(20812)
    return [
        mn_batch(APP, rng, [("Guardian Registered", {"ward": HOSPITAL["ward"]}),
                            ("Bed Booked", {"total": L(17500, BUY)})],
                 at=HOSP_FIX, nd=2, locale="tum_MW"),
        mn_identify(APP, rng, {"msumba": L("Mzuzu", COARSE), "khadi": L(GUARDIAN_CARD, UID),
                               "patients": 1}),
        tv_launch(APP, rng, first=True),
        tv_event(APP, rng, "purchase", {"item": "shelter_bed"}, revenue=17500.0, hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOSP_FIX, nd=2,
               keywords="hospital,mzuzu,food"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "pass scanner closed"),
                 [cr_crumb("nav", "Khadi -> Scan"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kufika", "status": 201})],
                 screen="ScanActivity"),
        pk_register(APP, rng, lang="tum", at=MZ_HOME_AT, nd=2,
                    tags={"wodi": HOSPITAL["ward"], "msumba": L("Mzuzu", COARSE)}),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "13500"),
        mk_route(APP, rng, [(MZ_HOME_AT, "location.precise"),
                            ((HOSPITAL["lat"], HOSPITAL["lon"]), None)], mode="driving"),
        hu_message(APP, rng, L(f"Malipiro gha {GUARDIAN_CARD} ghachitika kawiri", f"{TEXT}|{UID}"),
                   {"khadi": L(GUARDIAN_CARD, UID)}),
    ]
