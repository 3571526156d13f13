"""A pension life-certificate app "Bireseede" (retired migrant workers who live back home send
the yearly certificate that they are alive to their foreign pension fund; she files it for her
father-in-law in Selibaby; its API's keys are Soninke with loans: ``toxo`` first name,
``kabila_toxo`` surname, ``imeeli``, ``telefoni``, ``sirru`` password, ``naysansi_kiye`` birth
date, ``debe`` town, ``jamaane`` country, ``ka`` compound (street line), ``benefisiyer``
beneficiary, ``kalla_yugo`` father-in-law, ``nni`` Mauritanian national ID number, ``nss``
French social-security number, ``pansiyon``/``pansiyon_nimero`` pension / its reference,
``seede`` certificate (lit. witness), ``bire`` alive, ``kayiti`` document, ``foto``,
``randevu`` appointment, ``dingira`` place, ``banki`` bank, ``peyeman`` payments, ``xaalisi``
amount, ``xibaare`` message, ``domisil`` home visit, ``sababu`` reason, ``kiye``/``waxati``
day/time, ``aparey`` device): sign-up, an OAuth password grant, ``/ndi``, adding her
father-in-law (his NNI and social-security number), his certificate by pension reference in the
path, the certificate, his photo holding his ID, the signed form (PDF), a desk appointment, her
check-in at the desk, his bank account, the payments, a message to the fund (his stroke), a home
visit request, a scan (msgpack), a search, the tax-residence form (gzip), the last certificate
by cookie, push, events and a token refresh."""

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
    MED,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families270_kit import (
    DESK,
    FIL,
    KY_HOME,
    KY_HOME_AT,
    SB_HOME,
    SB_HOME_AT,
    SIL,
    TZ_MR,
    fix,
    hd,
    push,
)
from eval_families270_sdk import (
    db_bid,
    jt_event,
    jt_launch,
    tk_batch,
    tk_pixel,
    wc_crash,
    wc_crumb,
    wc_session,
)
from eval_families270_svc import bc_message, kf_eval, km_geocode, sc_save, xp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bireseede", "Bireseede", "com.example.bireseede", "2.2.0",
          "https://api.bireseede.example.org")
IID = "X-Bireseede-Aparey"
PW = "Diadie1953!Seede"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
PEN = FIL["pension"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def bireseede() -> list[Case]:
    rng = random.Random(27071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeeli=L(EMAIL, MAIL), benefisiyer=[L(PEN, UID)]))}
    dla, dlo = fix((DESK["lat"] + 0.000021, DESK["lon"] - 0.000033), 5)
    hla, hlo = fix(SB_HOME_AT, 5)
    cert = at_path(case(f, f"{a}/api/benefisiyer/{PEN}/seede", headers=_h(rng, **b),
                        query={"year": "2026"}), PEN, UID)
    return [
        case(f, f"{a}/api/sere", headers=_h(rng), body={
            "toxo": L(FIRST, NAMEC), "kabila_toxo": L(LAST, NAMEC), "imeeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "sirru": L(PW, CRED), "naysansi_kiye": L(DOB, BIRTH),
            "debe": L(KY_HOME["town"], COARSE), "role": "mandataire"}),
        case(f, f"{a}/api/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "bireseede-android"}),
        case(f, f"{a}/api/ndi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/benefisiyer", headers=_h(rng, **b), body={
            "toxo": L(FIL["first"], NAMEC), "kabila_toxo": L(FIL["last"], NAMEC),
            "naysansi_kiye": L(FIL["dob"], BIRTH), "nni": L(FIL["nni"], NID),
            "nss": L(FIL["nss"], NID), "pansiyon_nimero": L(PEN, UID),
            "telefoni": L(FIL["phone"], TEL), "ka": L(SB_HOME["line"], ADDR),
            "debe": L(SB_HOME["town"], COARSE), "jamaane": L("MR", COARSE),
            "relasiyon": "kalla_yugo"}),
        cert,
        case(f, f"{a}/api/seede", headers=_h(rng, **b), body={
            "pansiyon_nimero": L(PEN, UID), "year": 2026, "bire": True,
            "seede_tere": "agent_sb_02", "kiye": "2026-02-03", "desk": DESK["id"]}),
        multipart(f, f"{a}/api/seede/foto", [
            ("foto", "diadie_nni.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"pansiyon_nimero": L(PEN, UID),
                                                "nni": L(FIL["nni"], NID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/seede/kayiti", [
            ("kayiti", "certificat_vie_2026.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"nss": L(FIL["nss"], NID), "signed": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/randevu", fmt="form", headers=_h(rng, **b), body={
            "desk": DESK["id"], "kiye": "2026-02-03", "waxati": "10:15",
            "pansiyon_nimero": L(PEN, UID)}),
        case(f, f"{a}/api/randevu/check_in", headers=_h(rng, **b), body={
            "dingira": {"lat": dla, "lon": dlo},
            "desk": {"id": DESK["id"], "lat": DESK["lat"], "lon": DESK["lon"]}}),
        case(f, f"{a}/api/benefisiyer/banki", headers=_h(rng, **b), body={
            "pansiyon_nimero": L(PEN, UID), "iban": L(FIL["iban"], PAY),
            "holder": L(FIL["name"], NAMEC), "banki": "Banque Exemple Mauritanie"}),
        case(f, f"{a}/api/peyeman", headers=_h(rng, **b), query={
            "pansiyon_nimero": L(PEN, UID), "year": "2025"}),
        case(f, f"{a}/api/xibaare", headers=_h(rng, **b), body={
            "to": "fund_desk",
            "xibaare": L("My father-in-law Diadie Bathily had a stroke in December and cannot "
                         "travel to the desk. Can the certificate be signed at home?",
                         f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/domisil", fmt="form", headers=_h(rng, **b), body={
            "pansiyon_nimero": L(PEN, UID), "ka": L(SB_HOME["line"], ADDR),
            "lat": L(hla.value, PRECISE), "lon": L(hlo.value, PRECISE),
            "sababu": L("hemiplegie apres AVC", MED), "contact_toxo": L(SIL[0], NAMEC),
            "contact_telefoni": L(SIL[1], TEL)}),
        case(f, f"{a}/api/kayiti/scan", fmt="msgpack", headers=_h(rng, **b), body={
            "kind": "attestation_residence", "pages": 1, "nss": L(FIL["nss"], NID),
            "pansiyon_nimero": L(PEN, UID)}),
        case(f, f"{a}/api/fiiri", headers=_h(rng, **b), query={
            "q": L("certificat de vie retraite delai envoi", SEARCH)}),
        case(f, f"{a}/api/fiskal", gz=True, headers=_h(rng, **b), body={
            "nss": L(FIL["nss"], NID), "pansiyon_annuel": L(11480, BUY), "devise": "EUR",
            "jamaane_residence": L("MR", COARSE), "ka": L(SB_HOME["line"], ADDR),
            "debe": L(SB_HOME["town"], COARSE)}),
        case(f, f"{a}/api/seede/laban", headers=_h(rng, how="none"), cookies={
            "bs_sesiyon": L(opaque(rng, "", 40), CRED), "bs_aparey": L(INSTALL_ID, DID),
            "bs_req": rid(rng)}),
        case(f, f"{a}/api/aparey", headers=_h(rng, **b),
             body=push(push_token(rng), "fr_MR", TZ_MR)),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "sere": L(USER_ID, UID), "events": [
                ev("certificate_sent", 1), ev("screen", 2, screen=L("Seede", USAGE))]}),
        case(f, f"{a}/api/sere/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def bireseede_sdks() -> list[Case]:
    rng = random.Random(27072)
    return [
        tk_batch(APP, rng, [("Certificate Sent", {"year": 2026}),
                            ("Appointment Booked", {})], locale="fr_MR"),
        tk_pixel(APP, rng, "Reminder Opened", {"campaign": "seede-2026"}),
        jt_launch(APP, rng, user=True),
        jt_event(APP, rng, "certificate_sent", {"year": 2026}),
        db_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="retraite,famille"),
        wc_crash(APP, rng, ("java.io.FileNotFoundException", "certificat_vie_2026.pdf"),
                 [wc_crumb("nav", "Seede -> Kayiti"), wc_crumb("tap", "upload")],
                 screen="KayitiActivity"),
        wc_session(APP, rng, secs=455),
        kf_eval(APP, rng, {"country": L("MR", COARSE), "role": "mandataire"}),
        sc_save(APP, rng, {"analytics": True, "marketing": False}),
        xp_register(APP, rng, lang="fr", at=SB_HOME_AT, nd=2, tags={"year": "2026"}),
        km_geocode(APP, rng, "Guichet retraites Selibaby", SEARCH, near=KY_HOME_AT, nd=3),
        bc_message(APP, rng, L("The certificate for Diadie Bathily shows 'pending' since Monday",
                               f"{TEXT}|{NAMEC}"), {"pansiyon_nimero": L(PEN, UID)}),
    ]
