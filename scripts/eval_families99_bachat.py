"""Savings-group app "Bachatghar" for a women's savings and credit group in Lalitpur, Kathmandu
valley (its API's keys are romanised Nepali: ``naam``, ``thar``, ``mobile_number``,
``thegana``, ``shahar``, ``nagarikta_number``, ``janma_miti``, ``gopya_shabda``,
``pati_ko_naam``; she joined her mother-in-law's group while in Lalitpur): registration with the
group's join code, an SMS code, a log-in, ``/ma``, membership with a nominee, KYC (passport scan
and a photo), monthly savings, the savings history, a loan application with a guarantor, an
instalment, a meeting check-in and a comment, group chat (msgpack), her bank account, a deposit
slip photo, her New York address, the statement by member number in the path, a password change,
settings, push, events and the members list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families99_kit import (
    BS_DOB,
    GOPYA,
    HUSBAND,
    KTM_HOME,
    KTM_HOME_AT,
    NP_ACCOUNT,
    NP_BANK,
    SADASYA,
    SAMUHA,
    SASU,
    in_path,
)
from eval_families99_sdk import aq_event, aq_session, cm_crash, cm_crumb, tg_batch, tg_identify
from eval_families99_svc import cf_save, ft_eval, hb_message, pp_register, pr_bank
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("bachatghar", "Bachatghar", "com.example.bachatghar", "4.2.1",
          "https://api.bachatghar.example.com")
IID = "X-BG-Yantra-Id"
KTM = "Asia/Kathmandu"
SLIP = L(JPEG + b"\x99", f"{MEDIA}|{PAY}")  # a deposit slip showing her account number


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ne-NP,ne;q=0.9,en-US;q=0.8", DEV)
    return h


def bachatghar() -> list[Case]:
    rng = random.Random(9911)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, sadasya=L(SADASYA, UID), mobile=L(E164, TEL)))}
    b = {"auth": "bearer"}
    fla, flo = fix(KTM_HOME_AT, 5)
    ola, olo = fix((SAMUHA["lat"] + 0.000061, SAMUHA["lon"] - 0.000043), 6)
    stmt = at_path(case(f, f"{a}/v1/sadasya/{SADASYA}/bibaran", headers=_h(rng, **b),
                        query={"format": "pdf", "barsa": "2082"}), SADASYA, UID)
    return in_path([
        case(f, f"{a}/v1/darta", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "mobile_number": L(E164, TEL),
            "email": L(EMAIL, MAIL), "janma_miti": L(BS_DOB, BIRTH),
            "janma_miti_ad": L(DOB, BIRTH), "linga": L("mahila", GENDER),
            "nagarikta_number": L(PASSPORT, NATID), "thegana": L(KTM_HOME["thegana"], ADDR),
            "wada": L(KTM_HOME["wada"], COARSE), "shahar": L(KTM_HOME["shahar"], COARSE),
            "jilla": L(KTM_HOME["jilla"], COARSE),
            "pati_ko_naam": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC),
            "gopya_shabda": L(GOPYA, CRED), "samuha_code": L("JMB-7741", CRED)}),
        case(f, f"{a}/v1/otp/pramanit", fmt="form", headers=_h(rng), body={
            "mobile_number": L(E164, TEL), "otp": L("482913", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "mobile_number": L(DIGITS, TEL), "gopya_shabda": L(GOPYA, CRED),
            "yantra_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ma", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sadasyata", headers=_h(rng, **b), body={
            "samuha_id": SAMUHA["id"], "sadasya_number": L(SADASYA, UID), "bhumika": "sadasya",
            "haqdar": {"naam": L(SASU[0], NAMEC), "nata": "sasu", "mobile": L(SASU[1], TEL)}}),
        multipart(f, f"{a}/v1/kyc", [
            ("rahadani", "passport.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("photo", "photo.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("bibaran", None, "application/json", {
                "rahadani_number": L(PASSPORT, NATID), "jari_garne_desh": "USA",
                "naam": L(NAME, NAMEC), "janma_miti": L(DOB, BIRTH)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/bachat/jamma", headers=_h(rng, **b), body={
            "samuha_id": SAMUHA["id"], "sadasya_number": L(SADASYA, UID),
            "rakam": L("2000", BUY), "mahina": "Poush 2082", "madhyam": "bank",
            "khata": L(NP_ACCOUNT, PAY), "rasid": L("RS-0441-82-1187", BUY),
            "client_ref": obj(rng, "tx", 10)}),
        case(f, f"{a}/v1/bachat/itihas", headers=_h(rng, **b), query={
            "sadasya": L(SADASYA, UID), "dekhi": "2082-01-01", "samma": "2082-09-01"}),
        case(f, f"{a}/v1/rin/aavedan", headers=_h(rng, **b), body={
            "rakam": "50000", "awadhi_mahina": 12, "byaj_dar": 12.0,
            "uddeshya": L("Chhori ko school fee tirna", TEXT), "masik_aamdani": 85000,
            "jamani": {"naam": L(SASU[0], NAMEC), "mobile": L(SASU[1], TEL)},
            "sadasya_number": L(SADASYA, UID)}),
        case(f, f"{a}/v1/rin/{obj(rng, 'rn', 8)}/kista", fmt="form", headers=_h(rng, **b), body={
            "kista_rakam": L("4442", BUY), "kista_number": "1", "khata": L(NP_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/baithak/upasthiti", headers=_h(rng, **b), body={
            "baithak_id": obj(rng, "bt", 8), "samuha_id": SAMUHA["id"],
            "sthan": {"lat": ola, "lon": olo, "shuddhata": 11},
            "karyalaya": {"lat": SAMUHA["lat"], "lon": SAMUHA["lon"]},
            "sadasya_number": L(SADASYA, UID)}),
        case(f, f"{a}/v1/baithak/pratikriya", fmt="form", headers=_h(rng, **b), body={
            "baithak_id": obj(rng, "bt", 8),
            "tippani": L("Arko mahina ko baithak Saturday rakhda ramro huncha", TEXT)}),
        case(f, f"{a}/v1/samuha/{SAMUHA['id']}/sandesh", fmt="msgpack", headers=_h(rng, **b),
             body={"pathaune": L(USER_ID, UID), "client_id": obj(rng, "cm", 10),
                   "sandesh": L("Poush ko bachat pathaye, rasid herdinu hola didi", TEXT),
                   "samay": 1765612800}),
        case(f, f"{a}/v1/bank-khata", headers=_h(rng, **b), body={
            "bank_code": L(NP_BANK["code"], PAY), "bank_naam": NP_BANK["naam"],
            "khata_number": L(NP_ACCOUNT, PAY), "khata_dhani": L(NAME, NAMEC),
            "shakha": "Pulchowk"}),
        multipart(f, f"{a}/v1/bachat/rasid", [
            ("rasid", "slip.jpg", "image/jpeg", SLIP),
            ("bibaran", None, "application/json", {"rakam": L("2000", BUY),
                                                    "miti": "2082-09-01"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile/thegana", headers=_h(rng, **b), body={
            "hal_ko_thegana": L(f"{LINE1}, {LINE2}", ADDR), "shahar": L(CITY, COARSE),
            "pradesh": L(STATE, COARSE), "zip": L(ZIP, COARSE), "desh": L("USA", COARSE),
            "sthayi_thegana": L(KTM_HOME["thegana"], ADDR), "lat": fla, "lon": flo}),
        stmt,
        case(f, f"{a}/v1/gopya-shabda/badalnu", fmt="form", headers=_h(rng, **b), body={
            "purano_gopya_shabda": L(GOPYA, CRED), "naya_gopya_shabda": L("Sagarmatha#77", CRED)}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "bhasa": L("ne", DEV), "sms_suchana": "1", "rin_samjhana": "3"}),
        case(f, f"{a}/v1/yantra", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "yantra_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "bhasa": L("ne_NP", DEV),
            "samay_kshetra": L(KTM, DEV)}),
        case(f, f"{a}/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "prayogkarta": L(USER_ID, UID), "ghatana": [
                ev("bachat_jamma", 1, mahina="Poush"), ev("rin_aavedan", 2),
                ev("screen", 3, screen=L("RinBibaran", USAGE))]}),
        case(f, f"{a}/v1/samuha/{SAMUHA['id']}/sadasyaharu", headers=_h(rng, how="none"),
             cookies={"bg_sess": L(opaque(rng, "", 40), CRED), "bg_yantra": L(INSTALL_ID, DID),
                      "bg_lang": L("ne", DEV)}),
    ], {SADASYA: UID})


def bachatghar_sdks() -> list[Case]:
    rng = random.Random(9912)
    return [
        tg_batch(APP, rng, [("Bachat Jamma", {"rakam": L(2000, BUY), "madhyam": "bank"}),
                            ("Rin Aavedan", {"awadhi": 12})],
                 at=KTM_HOME_AT, nd=2, tz=KTM, locale="ne-NP", roaming=True),
        tg_identify(APP, rng, {"naam": L(FIRST, NAMEC), "shahar": L("Lalitpur", COARSE),
                               "samuha": SAMUHA["id"], "sadasya": L(SADASYA, UID)}),
        aq_session(APP, rng, first=True),
        aq_event(APP, rng, "first_saving", {"samuha": SAMUHA["id"]}, revenue=2000.0,
                 currency="NPR", hashed=True),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "nepali date out of range"),
                 [cm_crumb("nav", "Guru -> BachatJamma"),
                  cm_crumb("log", "bs->ad", {"bs": "2082-09-01"})], screen="BachatActivity",
                 tz=KTM),
        ft_eval(APP, rng, {"desh": L("NP", COARSE), "samuhaSize": 24}, hdr=True),
        pp_register(APP, rng, tz=KTM, lang="ne", tags={"samuha": SAMUHA["id"],
                                                      "shahar": L("Lalitpur", COARSE)}),
        cf_save(APP, rng, {"analytics": True, "marketing": False}, country="NP",
                region="Bagmati"),
        pr_bank(APP, rng, NP_ACCOUNT, NP_BANK["code"], L(NAME, NAMEC), "NP"),
        hb_message(APP, rng, L("Mero Poush ko bachat ko rasid app ma dekhiyena", TEXT),
                   {"sadasya": L(SADASYA, UID)}),
    ]
