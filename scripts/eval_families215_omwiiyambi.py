"""A home-based care volunteer programme's app "Omwiiyambi" ("volunteer"; she is the registered
volunteer for her husband's grandmother, meekulu Selma, at Onheleiwa near Outapi; its API's keys
are Oshiwambo: ``omwiiyambi`` volunteer, ``oshiholekwa`` password, ``omukulupe`` elder (the
client), ``etalelepo`` visit, ``edhina`` name, ``esiku_lyevalo`` birth date,
``onomola_yomukanda`` ID number, ``omukunda`` village, ``ehala`` place, ``uundjolowele``
health, ``ondhindi_yohonde`` blood pressure, ``osukila`` blood sugar, ``omiti`` medicines,
``uuvu`` illness, ``oshipute`` wound, ``okuuvitha_nayi`` pain, ``ondjambi_yuukulupe``
old-age pension, ``iikulya`` food, ``etumwalaka`` message, ``omutekuli`` nurse, ``ethano``
photo, ``oshimaliwa`` amount, ``okaunda`` account): log-in (form), ``/ngame`` with a
``clients`` claim, her clients, meekulu's record (her ID, birth date, conditions), a visit with
her fix at the homestead, vitals, medicines taken, a wound photo, a protobuf visit beat, a
referral to the clinic, the pension collected by proxy, a food parcel, a fall reported, the
client by number in the path, an offline visit queue (msgpack), a message to the nurse, her
transport claim, the thumbprint consent (image), push, events and a log-out. Sets 52 and 170
have hospice and elder-care visit logs by staff; here a family member is a community programme's
volunteer, and the programme, not a clinic, runs the app."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
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
    PAY,
    PRECISE,
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
from eval_families215_kit import (
    CARE_OFFICE,
    HOMESTEAD_AT,
    MEEKULU,
    NA_ACCOUNT,
    NID_HERS,
    SISTER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families215_sdk import cd_crash, cd_crumb, cd_session, mc_batch, mc_queue, tn_launch
from eval_families215_svc import cy_save, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("omwiiyambi", "Omwiiyambi", "com.example.omwiiyambi", "4.2.0",
          "https://api.omwiiyambi.example.org")
IID = "X-HBC-Device"
PW = "Meekulu!Onheleiwa41"
NID = "personal.national_id"
CL = MEEKULU["client"]
NURSE = ("Sr. Aina Hamutenya", "aina.h@outapi-hbc.example.org")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def omwiiyambi() -> list[Case]:
    rng = random.Random(21541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    from eval_families215_kit import VOLUNTEER as VOL
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), omwiiyambi=L(VOL, UID),
                                    clients=[L(CL, MED)]))}
    hla, hlo = fix(HOMESTEAD_AT)
    visit = obj(rng, "vs")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOL, UID)), (2, L(CL, MED)), (3, visit), (4, 1771300000),
               (5, [(1, L(HOMESTEAD_AT[0], PRECISE)), (2, L(HOMESTEAD_AT[1], PRECISE))]),
               (6, L(48, DEV))], "", lab)
    rec = at_path(case(f, f"{a}/v3/aakulupe/{CL}", headers=_h(rng, **b)), CL, MED)
    return [
        case(f, f"{a}/v3/omwiingilo", fmt="form", headers=_h(rng), body={
            "omwiiyambi": L(VOL, UID), "oshiholekwa": L(PW, CRED),
            "oshilongitho": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/ngame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/ngame", headers=_h(rng, **b), body={
            "edhina": L(f"{FIRST} {LAST}", NAMEC), "ongodi": L(E164, TEL),
            "onomola_yomukanda": L(NID_HERS, NID), "omukunda": L("Oshakati East", COARSE),
            "omwiiyambi": L(VOL, UID)}),
        case(f, f"{a}/v3/aakulupe", headers=_h(rng, **b), query={"omwiiyambi": L(VOL, UID)}),
        case(f, f"{a}/v3/aakulupe/{CL}/uuyelele", headers=_h(rng, **b), body={
            "omukulupe": L(CL, MED), "edhina": L(MEEKULU["name"], NAMEC),
            "esiku_lyevalo": L(MEEKULU["dob"], BIRTH), "onomola_yomukanda": L(MEEKULU["id"], NID),
            "gender": L("omukiintu", GENDER), "omukunda": L(MEEKULU["village"], COARSE),
            "uuvu": [L("osukila (type 2)", MED), L("ondhindi yohonde ya londa", MED)],
            "omupambele": {"edhina": L(SISTER_IL[0], NAMEC), "ongodi": L(SISTER_IL[1], TEL)}}),
        case(f, f"{a}/v3/omatalelepo", headers=_h(rng, **b), body={
            "etalelepo": visit, "omukulupe": L(CL, MED), "omwiiyambi": L(VOL, UID),
            "ehala": {"lat": hla, "lon": hlo, "uuyelele": 7},
            "ofisa": {"lat": CARE_OFFICE["lat"], "lon": CARE_OFFICE["lon"]}}),
        case(f, f"{a}/v3/omatalelepo/{visit}/uundjolowele", headers=_h(rng, **b), body={
            "omukulupe": L(CL, MED), "ondhindi_yohonde": L("158/94", MED),
            "osukila": L(11.2, MED), "oshilemo_kg": L(61.5, "health.fitness"),
            "okuuvitha_nayi": L("omagulu ga hapa", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/omatalelepo/{visit}/omiti", fmt="form", headers=_h(rng, **b), body={
            "omukulupe": L(CL, MED), "omiti_1": L("Metformin 500 mg", MED),
            "omiti_2": L("Amlodipine 5 mg", MED), "ya_nwa": "eeh", "ya_hupa": L("12", MED)}),
        multipart(f, f"{a}/v3/omatalelepo/{visit}/oshipute", [
            ("ethano", "oshipute_kompadhi.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"omukulupe": L(CL, MED),
                                                "edhiladhilo": L("Oshipute kompadhi yokolumoho "
                                                                 "osha ziya", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v3/omatalelepo/{visit}/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/omatumo", headers=_h(rng, **b), body={
            "omukulupe": L(CL, MED), "okuya": "Outapi District Hospital", "ekwatho": "oshikando",
            "omolwashike": L("Osukila ya londa, omagulu ga hapa, okwa kala ta ngungumana",
                             f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/ondjambi_yuukulupe", headers=_h(rng, **b), body={
            "omukulupe": L(CL, MED), "onomola_yomukanda": L(MEEKULU["id"], NID),
            "omutaambi": {"edhina": L(f"{FIRST} {LAST}", NAMEC),
                          "onomola_yomukanda": L(NID_HERS, NID)},
            "oshimaliwa": L("1600.00", BUY), "omwedhi": "2026-02",
            "ehala_lyokutaamba": "Outapi post office"}),
        case(f, f"{a}/v3/iikulya", fmt="form", headers=_h(rng, **b), body={
            "omukulupe": L(CL, MED), "omahangu_kg": "10", "iikulya": L("kaayi na osukila", MED)}),
        case(f, f"{a}/v3/iiponga", headers=_h(rng, **b), body={
            "omukulupe": L(CL, MED), "oshiponga": "okugwa",
            "ehokololo": L("Meekulu Selma okwa gwa pontaku, okwa ehama onyunyu", f"{TEXT}|{MED}|"
                           f"{NAMEC}"), "ehala": {"lat": hla, "lon": hlo}}),
        rec,
        case(f, f"{a}/v3/omatalelepo/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "omwiiyambi": L(VOL, UID), "omatalelepo": [
                {"etalelepo": obj(rng, "vs"), "omukulupe": L(CL, MED),
                 "ondhindi_yohonde": L(bp, MED), "t": 1771000000 + 86400 * i}
                for i, bp in enumerate(("149/90", "162/97"))]}),
        case(f, f"{a}/v3/omatumwalaka", headers=_h(rng, **b), body={
            "omutekuli": {"edhina": L(NURSE[0], NAMEC), "imeili": L(NURSE[1], MAIL)},
            "etumwalaka": L("Meekulu omiti dhe dha hupa iikando 12 ayike", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/omayakulo", fmt="form", headers=_h(rng, **b), body={
            "omwiiyambi": L(VOL, UID), "km": "184", "oshimaliwa": L("368.00", BUY),
            "okaunda": L(NA_ACCOUNT, PAY), "ondjila": "Oshakati-Outapi"}),
        multipart(f, f"{a}/v3/aakulupe/{CL}/epitikilo", [
            ("oshimbo", "thumb.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
            ("meta", None, "application/json", {"omukulupe": L(CL, MED),
                                                "onomola_yomukanda": L(MEEKULU["id"], NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/oshilongitho", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/iiningwanima", gz=True, headers=_h(rng, **b), body={
            "omulongithi": L(USER_ID, UID), "iiningwanima": [
                ev("etalelepo_lya_pwa", 1), ev("screen", 2, screen=L("Uundjolowele", USAGE))]}),
        case(f, f"{a}/v3/omupitilo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ongodi": L(NATIONAL, TEL)}),
    ]


def omwiiyambi_sdks() -> list[Case]:
    rng = random.Random(21542)
    return [
        mc_batch(APP, rng, [("Visit Logged", {"vitals": True}),
                            ("Referral Sent", {"to": "district_hospital"})],
                 at=HOMESTEAD_AT, nd=3),
        mc_queue(APP, rng, [("Visit Started", {}), ("Medicines Checked", {"n": 2})]),
        tn_launch(APP, rng),
        cd_crash(APP, rng, ("java.io.IOException", "no network"),
                 [cd_crumb("nav", "Etalelepo -> Uundjolowele"),
                  cd_crumb("log", "queue flush failed")], screen="EtalelepoActivity"),
        cd_session(APP, rng, secs=1930),
        fn_eval(APP, rng, {"programme": CARE_OFFICE["id"], "offline": True}),
        pt_register(APP, rng, tags={"programme": CARE_OFFICE["id"], "role": "volunteer"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_route(APP, rng, [((-17.781942, 15.712836), PRECISE), (HOMESTEAD_AT, PRECISE)]),
        hs_message(APP, rng, L("The app lost two visits offline", TEXT), {"programme": "hbc"}),
    ]
