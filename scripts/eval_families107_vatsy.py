"""Mobile-money bill-payment app "Vatsy" (Antananarivo; its API's keys are Malagasy: ``anarana``
surname, ``fanampiny`` given names, ``laharana_finday`` phone, ``adiresy`` address, ``tanana``
town, ``laharana_karapanondro`` identity-card number, ``daty_nahaterahana`` birth date,
``tenimiafina`` password, ``vady`` spouse): sign-up, log-in, the wallet PIN, KYC with her resident
card, billers, an electricity bill looked up by contract and paid, an internet bill, airtime for
her husband, a transfer to him, a cash-in agent nearby, history, a receipt by reference in the
path, a dispute, push, events and the balance by a cookie GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families107_kit import (
    AGENT,
    BILL_REF,
    BILLERS,
    METER,
    MG_PHONE,
    MG_PHONE_NAT,
    RESIDENT_CARD,
    TANA_AT,
    TANA_HOME,
    VADY,
    WALLET_PIN,
    fix,
    obj,
)
from eval_families107_sdk import ck_crash, ck_crumb, ly_batch, ly_identify, sf_event, sf_launch
from eval_families107_svc import ca_save, cv_message, fr_eval, mz_geocode, pf_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("vatsy", "Vatsy", "com.example.vatsy", "5.12.0", "https://api.vatsy.example.com")
IID = "X-Vatsy-Fitaovana"
PASS = "Ravinala#7731"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("mg-MG,fr-MG;q=0.8,fr;q=0.6", DEV)
    return h


def vatsy() -> list[Case]:
    rng = random.Random(10701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, finday=L(MG_PHONE, TEL), kaonty=L(USER_ID, UID)))}
    la, lo = fix(TANA_AT, 5)
    pay_id = obj(rng, "pay", 12)
    receipt = at_path(case(f, f"{a}/v1/rosia/{BILL_REF}", headers=_h(rng, **b)), BILL_REF, BUY)
    return [
        case(f, f"{a}/v1/kaonty", headers=_h(rng), body={
            "anarana": L(LAST, NAMEC), "fanampiny": L(FIRST, NAMEC),
            "laharana_finday": L(MG_PHONE, TEL), "mailaka": L(EMAIL, MAIL),
            "daty_nahaterahana": L(DOB, BIRTH), "tenimiafina": L(PASS, CRED),
            "adiresy": L(TANA_HOME["adiresy"], ADDR), "tanana": L(TANA_HOME["tanana"], COARSE),
            "vady": L(VADY[0], NAMEC), "fiteny": L("mg", DEV), "fanekena": True}),
        case(f, f"{a}/v1/fidirana", fmt="form", headers=_h(rng), body={
            "laharana_finday": L(MG_PHONE_NAT, TEL), "tenimiafina": L(PASS, CRED),
            "fitaovana": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/fidirana/otp", headers=_h(rng), body={
            "laharana_finday": L(MG_PHONE, TEL), "kaody": L("538201", CRED),
            "fangatahana": rid(rng)}),
        case(f, f"{a}/v1/izaho", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kitapo/pin", fmt="form", headers=_h(rng, **b), body={
            "pin_vaovao": L(WALLET_PIN, CRED), "pin_hamafisina": L(WALLET_PIN, CRED)}),
        multipart(f, f"{a}/v1/kyc", [
            ("karatra_anoloana", "k1.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("karatra_aoriana", "k2.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{NATID}")),
            ("mombamomba", None, "application/json", {
                "laharana_karapanondro": L(RESIDENT_CARD, NATID), "karazana": "karatra_vahiny",
                "anarana": L(LAST, NAMEC), "fanampiny": L(FIRST, NAMEC),
                "daty_nahaterahana": L(DOB, BIRTH), "firenena": "US"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mpamatsy", headers=_h(rng, **b), query={
            "sokajy": "herinaratra,rano,internet", "tanana": L("Antananarivo", COARSE)}),
        case(f, f"{a}/v1/faktiora/jery", headers=_h(rng, **b), body={
            "mpamatsy": BILLERS["herinaratra"]["id"], "laharana_fifanarahana": L(METER, BUY)}),
        case(f, f"{a}/v1/faktiora/aloa", headers=_h(rng, **b), body={
            "mpamatsy": BILLERS["herinaratra"]["id"], "laharana_fifanarahana": L(METER, BUY),
            "faktiora": L(BILL_REF, BUY), "vola": L(84600, BUY), "sandam_pandraharahana": 400,
            "pin": L(WALLET_PIN, CRED), "fangatahana": pay_id, "vola_ankehitriny": "MGA"}),
        case(f, f"{a}/v1/faktiora/aloa", fmt="form", headers=_h(rng, **b), body={
            "mpamatsy": BILLERS["internet"]["id"], "laharana_mpanjifa": L("TF-88120457", BUY),
            "vola": L("119000", BUY), "pin": L(WALLET_PIN, CRED), "fangatahana": rid(rng)}),
        case(f, f"{a}/v1/fahana", headers=_h(rng, **b), body={
            "ho_an'i": L(VADY[1], TEL), "anarana": L(VADY[0], NAMEC), "vola": L(5000, BUY),
            "tolotra": "Internet 1Go", "pin": L(WALLET_PIN, CRED)}),
        case(f, f"{a}/v1/famindrana", headers=_h(rng, **b), body={
            "mpandray": {"laharana_finday": L(VADY[1], TEL), "anarana": L(VADY[0], NAMEC)},
            "vola": L(150000, BUY), "antony": L("Ho an'ny sekolin'i Niry", f"{TEXT}"),
            "pin": L(WALLET_PIN, CRED), "idempotency": rid(rng)}),
        case(f, f"{a}/v1/mpiasa/akaiky", headers=_h(rng, **b), query={
            "lat": L(f"{TANA_AT[0]:.4f}", PRECISE), "lng": L(f"{TANA_AT[1]:.4f}", PRECISE),
            "radius": "1500"}),
        case(f, f"{a}/v1/mpiasa/{AGENT['code']}/hamarino", headers=_h(rng, **b), body={
            "mpiasa": {"kaody": AGENT["code"], "anarana": AGENT["name"], "finday": AGENT["tel"],
                       "lat": AGENT["lat"], "lng": AGENT["lon"]},
            "toerana": {"lat": la, "lng": lo}, "vola": L(200000, BUY)}),
        case(f, f"{a}/v1/tantara", headers=_h(rng, **b), query={
            "pejy": "1", "habe": "20", "hatramin'ny": "2025-12-14"}),
        receipt,
        case(f, f"{a}/v1/fitarainana", headers=_h(rng, **b), body={
            "fandoavana": pay_id, "faktiora": L(BILL_REF, BUY),
            "hafatra": L("Nesorina indroa ny vola tamin'ny faktiora herinaratra", TEXT)}),
        case(f, f"{a}/v1/fitaovana", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "fitaovana": L(INSTALL_ID, DID),
            "modely": L("Pixel 8", DEV), "rafitra": L("Android 14", DEV),
            "faritra_ora": L("Indian/Antananarivo", DEV), "fiteny": L("mg_MG", DEV)}),
        case(f, f"{a}/v1/hetsika", gz=True, headers=_h(rng, **b), body={
            "mpampiasa": L(USER_ID, UID), "hetsika": [
                ev("faktiora_voaloa", 1, sokajy="herinaratra"), ev("fahana", 2),
                ev("efijery", 3, efijery=L("Tantara", USAGE))]}),
        case(f, f"{a}/v1/kitapo/ambim-bola", headers=_h(rng, how="none"),
             cookies={"vts_sid": L(opaque(rng, "", 48), CRED), "vts_dev": L(INSTALL_ID, DID),
                      "vts_lang": L("mg", DEV)}),
        case(f, f"{a}/v1/profil/adiresy", fmt="form", headers=_h(rng, **b), body={
            "adiresy": L(TANA_HOME["adiresy"], ADDR),
            "fokontany": L(TANA_HOME["fokontany"], COARSE),
            "tanana": L(TANA_HOME["tanana"], COARSE), "kaody_paositra": L("101", COARSE)}),
        case(f, f"{a}/v1/profil/mailaka", headers=_h(rng, **b), body={
            "mailaka": L(EMAIL.upper(), MAIL), "laharana_faharoa": L(PHONE, TEL)}),
        case(f, f"{a}/v1/karatra", headers=_h(rng, **b), body={
            "karatra": L(opaque(rng, "pm_", 24), PAY), "farany4": L("4444", PAY),
            "vola": L(25000, BUY)}),
    ]


def vatsy_sdks() -> list[Case]:
    rng = random.Random(10702)
    return [
        ly_batch(APP, rng, [("Bill Paid", {"biller": "herinaratra", "amount": L(84600, BUY)}),
                            ("Screen", {"name": L("History", USAGE)})], at=TANA_AT, nd=2),
        ly_identify(APP, rng, {"tanana": L("Antananarivo", COARSE), "kyc": "verified",
                               "fiteny": L("mg", DEV)}),
        sf_launch(APP, rng, first=True),
        sf_event(APP, rng, "af_bill_payment", {"biller": BILLERS["herinaratra"]["id"],
                                               "ref": L(BILL_REF, BUY)}, revenue=84600.0,
                 hashed=True),
        ck_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [ck_crumb("navigation", "Fandraisana -> Faktiora"),
                  ck_crumb("http", "POST", {"url": f"{APP.api}/v1/faktiora/aloa",
                                            "status": 504})], screen="FaktioraActivity"),
        fr_eval(APP, rng, {"kyc": "verified", "tanana": L("Antananarivo", COARSE)}),
        pf_register(APP, rng, lang="mg", tags={"mpamatsy": "herinaratra"}),
        ca_save(APP, rng, {"analytics": True, "ads": False, "crash": True}, user=True),
        mz_geocode(APP, rng, "Ambatonakanga", COARSE, near=TANA_AT, nd=3),
        cv_message(APP, rng, L(f"Tsy tonga ny jeton'ny faktiora {BILL_REF}", f"{TEXT}|{BUY}"),
                   {"finday": L(MG_PHONE, TEL)}),
    ]
