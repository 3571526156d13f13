"""The Toloa family trust's house-fund app "Tupe Kaiga" (the extended family in Lower Hutt and
on Fakaofo pool money in a New Zealand family trust to rebuild the family house on Fale; the
trust needs every member's and beneficiary's IRD number; Tokelauan keys: ``tupe`` money /
amount, ``kaiga`` family, ``hui`` member, ``ird`` IRD number (kept in English, as NZ forms
write it), ``tuhifolau`` passport, ``mata`` face, ``tagata`` people, ``faletupe`` bank account,
``igoa_kaute`` account holder, ``fakatau`` purchase, ``tuhi`` document, ``fono`` meeting,
``palota`` vote, ``filifiliga`` choice, ``fale`` house, ``lihiti`` receipt, ``fakamatalaga``
statement, plus ``igoa_muamua``, ``igoa_kaiga``, ``imeli``, ``numela_telefoni``, ``upu_lilo``,
``aho_fanau``, ``tuatuhi``, ``fenua``, ``tulaga``, ``fekau``, ``hakili``, ``ata``): sign-up
with her IRD number, an OAuth password grant, ``/oku``, identity checks (passport scan, a face
template), the beneficiaries (her husband, his sister in Lower Hutt, their son: IRD numbers),
a monthly contribution from her NZ account, contributions by member number in the path, a
builder's payment proposal, a vote, the meeting minutes (PDF), a video meeting, a family chat
message, the beneficiary tax statement by IRD number, a site photo with the family land's
point, receipts (msgpack), her bank account, a search, statements by cookie, push, events and a
log-out. Rotating savings groups (stokvel, SACCO, likelemba) and remittance apps exist; a family
trust's house fund with its members' tax numbers is new ("family trust" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families188_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    IRD_HUSBAND,
    IRD_ME,
    IRD_SISTER,
    MEMBER,
    NZ_ACCOUNT,
    PASSPORT,
    SISTER_IL,
    SON,
    TRUST,
    fix,
    hd,
    obj,
    push,
)
from eval_families188_sdk import ck_crash, ck_crumb, mo_batch, mo_identify, vk_event, vk_launch
from eval_families188_svc import cf_save, ff_eval, hf_attach, pm_register, pu_card, pu_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tupekaiga", "Tupe Kaiga", "com.example.tupekaiga", "2.0.3",
          "https://api.tupekaiga.example.com")
IID = "X-TK-Device"
PW = "Fale!Toloa2026"
NID = "personal.national_id"
FACE = "biometric.face"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
SITE_AT = (-9.381107, -171.245251)  # the family's house site on Fale (location.precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tupekaiga() -> list[Case]:
    rng = random.Random(18861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hui=L(MEMBER, UID), imeli=L(EMAIL, MAIL),
                                    trust=TRUST["id"]))}
    sla, slo = fix(SITE_AT)
    face = [round(rng.gauss(0.0, 0.09), 5) for _ in range(128)]
    paid = at_path(case(f, f"{a}/v2/hui/{MEMBER}/tupe", headers=_h(rng, **b),
                        query={"tauhaga": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/v2/tagata", headers=_h(rng), body={
            "igoa_muamua": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC),
            "imeli": L(EMAIL_MIXED, MAIL), "numela_telefoni": L(E164, TEL),
            "upu_lilo": L(PW, CRED), "aho_fanau": L(DOB, BIRTH), "hui": L(MEMBER, UID),
            "ird": L(IRD_ME, NID), "tuatuhi": L(HOME["line"], ADDR),
            "fenua": L(HOME["atoll"], COARSE), "trust": TRUST["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tupekaiga-android"}),
        case(f, f"{a}/v2/oku", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/kyc/tuhifolau", [
            ("ata", "passport.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"tuhifolau": L(PASSPORT, NID),
                                                "atunuku": "USA", "hui": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kyc/mata", headers=_h(rng, **b), body={
            "hui": L(MEMBER, UID), "mata": L(face, FACE), "model": "fn-128-v3",
            "ola": 0.97, "check_id": obj(rng, "kc")}),
        case(f, f"{a}/v2/tagata/fakamanuia", headers=_h(rng, **b), body={
            "trust": TRUST["id"], "tagata": [
                {"igoa": L(HUSBAND[0], NAMEC), "ird": L(IRD_HUSBAND, NID),
                 "numela_telefoni": L(HUSBAND[1], TEL)},
                {"igoa": L(SISTER_IL[0], NAMEC), "ird": L(IRD_SISTER, NID),
                 "imeli": L(SISTER_IL[2], MAIL), "tuatuhi": L(SISTER_IL[3], ADDR)},
                {"igoa": L(f"{SON['first']} {SON['last']}", NAMEC), "ird": L(SON["ird"], NID),
                 "aho_fanau": L(SON["dob"], BIRTH)}]}),
        case(f, f"{a}/v2/tupe/tuku", fmt="form", headers=_h(rng, **b), body={
            "hui": L(MEMBER, UID), "tupe": L("200.00", BUY), "tupe_ituaiga": "NZD",
            "faletupe": L(NZ_ACCOUNT, PAY), "mahina": "2026-01"}),
        paid,
        case(f, f"{a}/v2/fakatau/manatu", headers=_h(rng, **b), body={
            "fakatau": obj(rng, "ft"), "kamupani": "Apia Builders Supply", "tupe": L(8450, BUY),
            "fakamatalaga": "ukamea 40, laupapa 120", "hui": L(MEMBER, UID)}),
        case(f, f"{a}/v2/palota", fmt="form", headers=_h(rng, **b), body={
            "palota": obj(rng, "pl"), "filifiliga": "ioe", "hui": L(MEMBER, UID)}),
        multipart(f, f"{a}/v2/fono/tuhi", [
            ("tuhi", "fono_ianuali.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"fono": "fn_2026_01", "hui": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/fono/vitio", headers=_h(rng, **b), body={
            "fono": "fn_2026_02", "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/fekau", headers=_h(rng, **b), body={
            "potu": "kaiga_toloa",
            "fekau": L("Malia, kua uma te $200 mo Ianuali mai toku kaute", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v2/lafoga/fakamatalaga", headers=_h(rng, **b), query={
            "ird": L(IRD_ME.replace("-", ""), NID), "tauhaga": "2025"}),
        multipart(f, f"{a}/v2/fale/ata", [
            ("ata", "fale_fakavae.jpg", "image/jpeg", L(JPEG + b"\x2c", MEDIA)),
            ("meta", None, "application/json", {"tulaga": {"lat": sla, "lng": slo},
                                                "fakamatalaga": L("Fakavae kua uma", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lihiti", fmt="msgpack", headers=_h(rng, **b), body={
            "hui": L(MEMBER, UID), "lihiti": [
                {"mea": "sima 40kg", "numela": 30, "tau": 21.0},
                {"mea": "ukamea", "numela": 40, "tau": 62.5}], "aofaiga": L(3130.0, BUY)}),
        case(f, f"{a}/v2/faletupe", fmt="form", headers=_h(rng, **b), body={
            "faletupe": L(NZ_ACCOUNT, PAY), "igoa_kaute": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/hakili", headers=_h(rng, **b), query={
            "hakili": L("tupe tuku Tihema", SEARCH)}),
        case(f, f"{a}/v2/fakamatalaga", headers=_h(rng, how="none"), cookies={
            "tk_sesia": L(opaque(rng, "", 40), CRED), "tk_masini": L(INSTALL_ID, DID),
            "tk_req": rid(rng)}),
        case(f, f"{a}/v2/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "fakaaoga": L(USER_ID, UID), "mea_tutupu": [
                ev("tupe_tuku", 1, tupe=L(200, BUY)), ev("itulau", 2, itulau=L("Fono", USAGE))]}),
        case(f, f"{a}/v2/ulufafo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def tupekaiga_sdks() -> list[Case]:
    rng = random.Random(18862)
    return [
        mo_batch(APP, rng, [("Contribution Sent", {"amount": L(200, BUY)}),
                            ("Vote Cast", {})], at=HOME_AT, nd=2),
        mo_identify(APP, rng, {"member": L(MEMBER, UID), "country": L("TK", COARSE)}),
        vk_launch(APP, rng, first=True, user=True),
        vk_event(APP, rng, "contribution", {"hui": L(MEMBER, UID)}, revenue=200.0,
                 currency="NZD", hashed=True),
        ck_crash(APP, rng, ("java.lang.SecurityException", "camera denied"),
                 [ck_crumb("nav", "Kyc -> Mata")], screen="MataActivity"),
        ff_eval(APP, rng, {"trust": TRUST["id"], "kyc": "passed"}),
        pm_register(APP, rng, tags={"trust": TRUST["id"]}),
        cf_save(APP, rng, {"analytics": True, "marketing": False}),
        pu_card(APP, rng, email=True),
        pu_confirm(APP, rng, "200.00", "nzd"),
        hf_attach(APP, rng, L(PDF, MEDIA), "fono_minutes.pdf", "application/pdf"),
    ]
