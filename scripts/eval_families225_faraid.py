"""An Islamic estate-distribution (faraid) app "Faraidu" of the Yendi chief imam's office: after
her father-in-law's death the family opens a file, lists the heirs and what he left, and the
office computes the shares under Islamic law and holds the family meeting; she keeps the file on
her phone for her husband (she became Muslim at her marriage). Keys are Dagbani, ASCII-folded,
with Arabic loans as Dagbani speakers use them and English: ``yuli`` name, ``dang_yuli``
surname, ``fon_nomba`` phone, ``soghisim`` password, ``adiini`` religion, ``kpibu`` death,
``kping`` the deceased, ``dima`` heirs (owners), ``malibu`` possessions, ``samli`` debt,
``wasiyya`` bequest, ``pirigibu`` shares (division), ``laasabu`` meeting, ``yaghili`` place,
``saini`` signature, ``ligidi`` amount, ``yobu`` payment, ``sadaqa`` alms, ``yeltogha`` message,
``bobu`` search, ``yili`` house: sign-up, a log-in, ``/me``, the file opened (the deceased, the
death certificate), the heirs (her mother-in-law, her husband with his Ghana Card, his sister),
the estate (the Yendi house with its point, cattle, a farm, a bank account), debts, the bequest,
the shares by file number in the path, the meeting slot, a check-in at the office, her
husband's Ghana Card scan, the consent signed, the office's fee, an offline draft (msgpack), a
message to the clerk, sadaqa for the deceased, a search, a receipt by cookie, push and events.
No earlier set has an inheritance or faraid app (set 164 planned one and dropped it; set 180's
land mutation lists heirs)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families225_kit import (
    ESTATE,
    FATHER_IL,
    HUSBAND,
    HUSBAND_CARD,
    IMAM_OFFICE,
    MOTHER_IL,
    RESIDENCE,
    SISTER_IL,
    TML_HOME_AT,
    TZ,
    WALLET,
    YENDI_AT,
    fix,
    hd,
    obj,
)
from eval_families225_sdk import ay_launch, ch_crash, ch_crumb, km_batch, km_identify, km_pixel
from eval_families225_svc import cs_save, ha_message, md_route, pg_wallet, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("faraidu", "Faraidu", "com.example.faraidu", "1.3.5", "https://api.faraidu.example.org")
IID = "X-Faraidu-Masini"
PW = "Yendi@faraid26"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
YENDI_LINE = "Gbungbaliga Road, House 4, Yendi"  # the family compound (contact.address)
DEAD_ACC = "1021004410092"  # the late father-in-law's bank account (financial.payment)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, dag=True, **kw)


def faraidu() -> list[Case]:
    rng = random.Random(22541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), file=L(ESTATE, UID),
                                    role="heir_agent"))}
    ola, olo = fix((IMAM_OFFICE["lat"] + 0.000031, IMAM_OFFICE["lon"] - 0.000022), 4)
    shares = at_path(case(f, f"{a}/v1/file/{ESTATE}/pirigibu", headers=_h(rng, **b)),
                     ESTATE, UID)
    return [
        case(f, f"{a}/v1/ninsala", headers=_h(rng), body={
            "yuli": L(FIRST, NAMEC), "dang_yuli": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fon_nomba": L(E164, TEL), "soghisim": L(PW, CRED), "adiini": L("Musulunsi", SENS),
            "relation": "kping_bia_pagha", "resident_kaadi": L(RESIDENCE, NID)}),
        case(f, f"{a}/v1/kpe", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "soghisim": L(PW, CRED), "masini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mani", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/file", [
            ("death_certificate", "death_cert.pdf", "application/pdf", L(PDF, MEDIA)),
            ("kping", None, "application/json", {
                "yuli": L(FATHER_IL, NAMEC), "kpibu_dabsili": "2025-11-02",
                "kpibu_yaghili": L("Yendi", COARSE), "adiini": L("Musulunsi", SENS),
                "file": L(ESTATE, UID), "office": IMAM_OFFICE["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/file/{ESTATE}/dima", headers=_h(rng, **b), body={
            "dima": [
                {"yuli": L(MOTHER_IL[0], NAMEC), "fon_nomba": L(MOTHER_IL[1], TEL),
                 "relation": "pagha"},
                {"yuli": L(HUSBAND[0], NAMEC), "fon_nomba": L(HUSBAND[1], TEL),
                 "ghana_kaadi": L(HUSBAND_CARD, NID), "relation": "bidibiga"},
                {"yuli": L(SISTER_IL[0], NAMEC), "fon_nomba": L(SISTER_IL[1], TEL),
                 "relation": "bipuginga"}],
            "dima_zaa_musulunsi": L(True, SENS), "file": L(ESTATE, UID)}),
        case(f, f"{a}/v1/file/{ESTATE}/malibu", gz=True, headers=_h(rng, **b), body={
            "yili": {"yaghili": L(YENDI_LINE, ADDR),
                     "lat": L(YENDI_AT[0], PRECISE), "lng": L(YENDI_AT[1], PRECISE),
                     "dunsi": 9, "value": 85000},
            "nahu": 12, "buhi": 20, "puu": {"acres": 6, "crop": "yam"},
            "banki": {"akawunti_nomba": L(DEAD_ACC, PAY), "banki": "bk_ynd_01",
                      "balance": 18240}}),
        case(f, f"{a}/v1/file/{ESTATE}/samli", headers=_h(rng, **b), body={
            "samli": [{"creditor": "Yendi Agro Inputs", "ligidi": 2300},
                      {"creditor": "funeral_expenses", "ligidi": 6100}]}),
        case(f, f"{a}/v1/file/{ESTATE}/wasiyya", headers=_h(rng, **b), body={
            "share": "1/6", "to": "Yendi central mosque",
            "yeltogha": L("Ba daa yeli ni a zaŋ puu piligu ka a tiri jingli duu",
                          f"{TEXT}|{SENS}"), "witnesses": 2}),
        shares,
        case(f, f"{a}/v1/laasabu/slots", headers=_h(rng, **b), query={
            "office": IMAM_OFFICE["id"], "week": "2026-W06"}),
        case(f, f"{a}/v1/laasabu", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "file": L(ESTATE, UID), "people": "7"}),
        case(f, f"{a}/v1/laasabu/checkin", headers=_h(rng, **b), body={
            "file": L(ESTATE, UID), "yaghili": {"lat": ola, "lng": olo},
            "office": {"lat": IMAM_OFFICE["lat"], "lng": IMAM_OFFICE["lon"]}}),
        multipart(f, f"{a}/v1/file/{ESTATE}/documents", [
            ("scan", "ghana_card_abdulrauf.jpg", "image/jpeg", L(JPEG + b"\x3c", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"heir": "h_02", "kind": "ghana_card"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/file/{ESTATE}/saini", [
            ("saini", "saini.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(22), MEDIA)),
            ("meta", None, "application/json", {"yuli": L(f"{FIRST} {LAST}", NAMEC),
                                                "for": L(HUSBAND[0], NAMEC), "agree": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/yobu", fmt="form", headers=_h(rng, **b), body={
            "file": L(ESTATE, UID), "ligidi": L("250.00", BUY), "momo": L(WALLET, TEL),
            "item": "office_fee"}),
        case(f, f"{a}/v1/file/draft", fmt="msgpack", headers=_h(rng, **b), body={
            "file": L(ESTATE, UID), "step": "malibu", "nahu": 12,
            "note": L("Ask Azara about the motorbike papers", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/yeltogha", headers=_h(rng, **b), body={
            "to": "clerk_ynd", "thread": obj(rng, "th"),
            "yeltogha": L("As-salamu alaikum. My husband cannot come on Friday after Jumu'ah, "
                          "can the meeting be on Saturday?", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/sadaqa", headers=_h(rng, **b), body={
            "file": L(ESTATE, UID), "ligidi": L(300, BUY), "fund": L("sadaqa_jariya", SENS),
            "niyya": L(f"For {FATHER_IL}", f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/v1/bobu", headers=_h(rng, **b), query={
            "q": L("widow share when there are sons and daughters", SEARCH)}),
        case(f, f"{a}/v1/risiti/latest", headers=_h(rng, how="none"), cookies={
            "fr_sesi": L(opaque(rng, "", 40), CRED), "fr_masini": L(INSTALL_ID, DID),
            "fr_req": rid(rng)}),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masini_id": L(INSTALL_ID, DID),
            "lang": L("dag", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/yela", gz=True, headers=_h(rng, **b), body={
            "ninsala": L(USER_ID, UID), "yela": [
                ev("heirs_saved", 1, count=3), ev("screen", 2, screen=L("Pirigibu", USAGE))]}),
    ]


def faraidu_sdks() -> list[Case]:
    rng = random.Random(22542)
    return [
        km_batch(APP, rng, [("File Opened", {"office": IMAM_OFFICE["id"]}),
                            ("Shares Viewed", {})], at=TML_HOME_AT, nd=2),
        km_identify(APP, rng, {"adiini": L("Musulunsi", SENS), "ting": L("Tamale", COARSE),
                               "role": "heir_agent"}),
        km_pixel(APP, rng, "Guide Opened", {"chapter": "widow"}),
        ay_launch(APP, rng, first=True),
        ch_crash(APP, rng, ("java.lang.ArithmeticException", "share denominator"),
                 [ch_crumb("nav", "File -> Pirigibu")], screen="SharesActivity"),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        pl_register(APP, rng, lang="dag", tags={"office": IMAM_OFFICE["id"],
                                                 "jingli": L("jumuah_reminder", SENS)}),
        pg_wallet(APP, rng, "250", L(WALLET, TEL)),
        md_route(APP, rng, [(TML_HOME_AT, PRECISE),
                            ((IMAM_OFFICE["lat"], IMAM_OFFICE["lon"]), None)]),
        ha_message(APP, rng, L(f"The shares page for file {ESTATE} does not load",
                               f"{TEXT}|{UID}"), {"file": L(ESTATE, UID)}),
    ]
