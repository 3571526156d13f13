"""Online will app "Tohi Tukumuli" ("the letter of what is left behind": a trustee company's will
service in Auckland; she makes her first will with a guardian for her son, her husband as
executor, her accounts and a coin collection, bequests to her sister and her church, and her
funeral wishes, then signs it before the company's witnesses). Its API's keys are Niuean with the
English of the legal forms (``ird``, ``file``, ``401k``): ``higoa_katoa`` full name,
``aho_fanau`` birth date, ``imeli``, ``telefoni``, ``kupu_fufu``, ``koti`` code, ``nofoaga``
street line, ``taone`` city, ``tuaga_nofo`` domicile, ``pasipoti`` passport, ``taane`` husband,
``tama`` children, ``leveki_tama`` guardian ("who looks after the child"), ``leveki_ua``
second guardian, ``fakagahua`` executor ("the one who carries out"), ``koloa`` property,
``kaute_tupe`` bank accounts, ``mena_fakaalofa`` bequests (gifts), ``tanu`` burial, ``lotu``
worship, ``foaki_tino`` organ donation, ``kitia`` witnesses, ``fakamoli`` signature
(confirmation), ``fakafetui`` appointment, ``huhu`` question, ``fakafou`` change, ``tupe``,
``totogi``, ``mahani``): sign-up, an SMS code, ``/au``, her details (IRD number, passport, her
husband), the son and his guardians, the executor, assets, bequests, funeral wishes (her
religion), the draft by file number in the path, a question to the trust officer, the fee, a
signing slot and booking, the check-in at the office with her fix, the signature (PNG), her
passport scan, a guardian change (msgpack), the status by a base64 JSON cookie, push and events.
New: a file-name and docstring grep found no will, testament, estate-planning or guardianship
app (``executor`` once in set 45, in another sense)."""

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
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families230_kit import (
    AK_HOME,
    AK_HOME_AT,
    HUSBAND,
    IRD,
    MOTHER_IL,
    NZ_ACCOUNT,
    OFFICER,
    PASSPORT,
    SISTER_US,
    SON,
    TRUSTEE,
    TZ_AK,
    WILL_NO,
    hd,
    obj,
    push,
)
from eval_families230_sdk import (
    bm_bid,
    bm_notice,
    ct_session,
    fg_batch,
    fg_pixel,
    tk_event,
    tk_launch,
)
from eval_families230_svc import (
    cm_message,
    cs_check,
    cs_save,
    ml_geocode,
    pa_register,
    ph_card,
    ph_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tukumuli", "Tohi Tukumuli", "com.example.tukumuli", "1.4.0",
          "https://wills.tukumuli.example.co.nz")
IID = "X-Tukumuli-Device"
DOB_NZ = "17/05/1991"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
CHURCH = "Ekalesia Kerisiano Niue, Alofi"  # her congregation, named in a bequest: religion
OFFICE_FIX = (-36.847093, 174.765881)  # her phone at the trustee company's office


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tukumuli() -> list[Case]:
    rng = random.Random(23061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), file=L(WILL_NO, UID)))}
    draft = at_path(case(f, f"{a}/api/tohi/{WILL_NO}/draft", headers=_h(rng, **b),
                         query={"format": "pdf"}), WILL_NO, UID)
    return [
        case(f, f"{a}/api/tagata", headers=_h(rng), body={
            "higoa_katoa": L(f"{FIRST} {LAST}", NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "kupu_fufu": L("Tukumuli.Will.2025", CRED),
            "aho_fanau": L(DOB_NZ, BIRTH), "file": L(WILL_NO, UID)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "koti": L("287106", CRED)}),
        case(f, f"{a}/api/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tohi/tagata", headers=_h(rng, **b), body={
            "file": L(WILL_NO, UID), "higoa_katoa": L(f"{FIRST} {LAST}", NAMEC),
            "aho_fanau": L(DOB_NZ, BIRTH), "nofoaga": L(AK_HOME["line"], ADDR),
            "taone": L(AK_HOME["city"], COARSE), "post": L(AK_HOME["post"], COARSE),
            "tuaga_nofo": L("Niue", COARSE), "ird": L(IRD, NID), "pasipoti": L(PASSPORT, NID),
            "taane": {"higoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/tohi/tama", headers=_h(rng, **b), body={
            "tama": [{"higoa": L(KID, NAMEC), "aho_fanau": L(SON["dob"], BIRTH)}],
            "leveki_tama": {"higoa": L(MOTHER_IL[0], NAMEC), "telefoni": L(MOTHER_IL[1], TEL),
                            "nofoaga": L(AK_HOME["line"], ADDR)},
            "leveki_ua": {"higoa": L(SISTER_US[0], NAMEC), "imeli": L(SISTER_US[2], MAIL)}}),
        case(f, f"{a}/api/tohi/fakagahua", headers=_h(rng, **b), body={
            "fakagahua": {"higoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "fakagahua_ua": TRUSTEE["id"], "totogi_fakagahua": "scale"}),
        case(f, f"{a}/api/tohi/koloa", headers=_h(rng, **b), body={
            "kaute_tupe": [{"peke": "Example Bank NZ", "numela": L(NZ_ACCOUNT, PAY)},
                           {"peke": "Example Retirement Co (401k)",
                            "fakamui": L("7731", PAY)}],
            "koloa_kehe": ["coin collection", "car"], "fale": False}),
        case(f, f"{a}/api/tohi/mena_fakaalofa", headers=_h(rng, **b), body={
            "mena_fakaalofa": [
                {"ki": L(SISTER_US[0], NAMEC), "mena": L("my coin collection", TEXT)},
                {"ki": L(CHURCH, SENS), "tupe": L(2000, "financial.purchase")}],
            "toega": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/tohi/tanu", headers=_h(rng, **b), body={
            "tanu": L("Burial in the family plot next to our house, with a service led by our "
                      "Ekalesia minister", f"{TEXT}|{SENS}"),
            "lotu": L("Ekalesia Kerisiano Niue", SENS), "foaki_tino": L(True, MED)}),
        draft,
        case(f, f"{a}/api/huhu", headers=_h(rng, **b), body={
            "ki": {"higoa": L(OFFICER[0], NAMEC), "imeli": L(OFFICER[1], MAIL)},
            "huhu": L("Can one will cover my US 401k and my account here, or do I need a second "
                      "will in Oregon?", TEXT)}),
        case(f, f"{a}/api/totogi", fmt="form", headers=_h(rng, **b), body={
            "file": L(WILL_NO, UID), "pili": L("INV-TW-8821", BUY), "tupe": L("149.00", BUY),
            "paanga": "NZD", "metoti": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/fakafetui/avanoa", headers=_h(rng, **b), query={
            "office": TRUSTEE["id"], "mai": "2026-01-12", "ki": "2026-01-16"}),
        case(f, f"{a}/api/fakafetui", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "office": TRUSTEE["id"], "kitia": "office",
            "file": L(WILL_NO, UID)}),
        case(f, f"{a}/api/fakafetui/checkin", headers=_h(rng, **b), body={
            "tuaga": {"lat": L(round(OFFICE_FIX[0], 4), PRECISE),
                      "lng": L(round(OFFICE_FIX[1], 4), PRECISE)},
            "office": {"id": TRUSTEE["id"], "lat": TRUSTEE["lat"], "lng": TRUSTEE["lon"]}}),
        multipart(f, f"{a}/api/tohi/fakamoli", [
            ("fakamoli", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"file": L(WILL_NO, UID),
                                                "higoa": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/tagata/pasipoti", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x57", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"file": L(WILL_NO, UID), "kaina": "passport"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tohi/fakafou", fmt="msgpack", headers=_h(rng, **b), body={
            "file": L(WILL_NO, UID), "fakafou": "leveki_tama",
            "higoa": L(MOTHER_IL[0], NAMEC),
            "fakamaama": L("Sione's mother already cares for our son in the holidays", TEXT)}),
        case(f, f"{a}/api/tohi/status", headers=_h(rng, how="none"), cookies={
            "tk_sess": L(opaque(rng, "", 40), CRED), "tk_dev": L(INSTALL_ID, DID),
            "tk_state": W({"file": L(WILL_NO, UID), "lang": L("en-NZ", DEV), "step": 7},
                          "b64json")}),
        case(f, f"{a}/api/mena", headers=_h(rng, **b), body=push(push_token(rng), tz=TZ_AK)),
        case(f, f"{a}/api/mahani", headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "session": rid(rng), "mahani": [
                ev("guardian_added", 1), ev("lau", 2, lau=L("Tanu", USAGE))]}),
    ]


def tukumuli_sdks() -> list[Case]:
    rng = random.Random(23062)
    return [
        fg_batch(APP, rng, [("Step Completed", {"step": 7}), ("Fee Paid", {"amount": L(149, BUY)})],
                 at=AK_HOME_AT, nd=2, tz=TZ_AK),
        fg_pixel(APP, rng, "Draft Viewed", {"pages": 6}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"product": "single_will"}, revenue=149.0, currency="NZD",
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="insurance,family,legal",
               akl=True),
        bm_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=1512),
        pa_register(APP, rng, tz=TZ_AK, tags={"step": "signing"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        cs_check(APP, rng, {"analytics": True, "marketing": False}),
        ph_card(APP, rng, email=True),
        ph_confirm(APP, rng, "149.00"),
        ml_geocode(APP, rng, "Tukumuli Trustee Company office", "behavior.search",
                   near=AK_HOME_AT, nd=2),
        cm_message(APP, rng, L("The draft shows my son's birth date wrong", TEXT),
                   {"file": L(WILL_NO, UID)}),
    ]
