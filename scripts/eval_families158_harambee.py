"""Medical-harambee fundraising app "Uteithio" (``uteithio`` help; its API's keys are Gikuyu in
plain Latin letters, English kept for ``token``, ``id``, ``lat``/``lng``): she runs the appeal for
her father-in-law's prostate surgery in Nairobi: sign-up with her foreigner certificate, a
password log-in and an SMS code, ``/niini``, the appeal (the patient, his illness, the bill), the
hospital's quote (PDF), the committee, contacts invited from her address book, her own
contribution by mobile money, the contributions list, a pledge card for her sister, an SMS blast,
a medical update and a hospital-bed photo, a live tally at the church hall (protobuf, her fix),
the receipt by code in the path, the payout to the hospital's paybill with his patient number, a
search, the appeal by cookie GET, thanks, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families158_kit import (
    ALIEN_ID,
    FATHER_IL,
    GROOM,
    HALL,
    HARAMBEE,
    HOSPITAL,
    HUSBAND,
    KE_LINE,
    KE_LINE_LOCAL,
    MOTHER_IL,
    SISTER_US,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families158_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event, tn_launch
from eval_families158_svc import cl_wallet, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("uteithio", "Uteithio", "com.example.uteithio", "3.2.1",
          "https://api.uteithio.example.org")
IID = "X-Uteithio-Kiuma"
PW = "Harambee!Nyeri26"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
FIL = "UHE-MRN-1190442"  # the father-in-law's hospital number (health.medical: his record)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ki=True, **kw)


def uteithio() -> list[Case]:
    rng = random.Random(15801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hr = HARAMBEE
    jw = {"Authorization": J(claims(rng, imeiri=L(EMAIL, MAIL), thimu=L(KE_LINE, TEL),
                                    wira="mubangi"))}
    code = mpesa(rng)
    hla, hlo = fix((-0.426131, 36.958794))  # her phone in the church hall
    lab: dict[str, str] = {}
    tally = pb([(1, L(USER_ID, UID)), (2, hr), (3, 1769853600),
                (4, [(1, hla), (2, hlo), (3, 9.0)]),
                (5, 412500)], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/harambee/{hr}/risiti/{code}", headers=_h(rng, **b)),
                      code, BUY)
    return [
        case(f, f"{a}/api/v1/kwiyandikithia", headers=_h(rng), body={
            "ritwa_ria_mbere": L(FIRST, NAMEC), "ritwa_ria_thutha": L(LAST, NAMEC),
            "imeiri": L(EMAIL, MAIL), "thimu": L(KE_LINE, TEL), "kiugo_kia_hitho": L(PW, CRED),
            "namba_ya_kipande": L(ALIEN_ID, NID), "itura": L("Nyeri", COARSE),
            "kaunti": L("Nyeri", COARSE), "ndikiriire_mawatho": True}),
        case(f, f"{a}/api/v1/gutonya", fmt="form", headers=_h(rng), body={
            "imeiri": L(EMAIL_UPPER, MAIL), "kiugo_kia_hitho": L(PW, CRED), "ndirikane": "1"}),
        case(f, f"{a}/api/v1/gutonya/otp", fmt="form", headers=_h(rng), body={
            "thimu": L(KE_LINE_LOCAL, TEL), "namba_ya_hitho": L("518204", CRED)}),
        case(f, f"{a}/api/v1/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/harambee", headers=_h(rng, **b), body={
            "murwaru": {"ritwa": L(FATHER_IL[0], NAMEC), "umuri": L(71, BIRTH),
                        "thimu": L(FATHER_IL[1], TEL)},
            "murimu": L("kansa ya prostate", MED),
            "thibitari": HOSPITAL["id"], "thibitari_ritwa": HOSPITAL["name"],
            "bili_ya_thibitari": L(850000, BUY), "muigana": L(900000, BUY), "mbeca": "KES",
            "ndumiriri": L("Andu aitu, baba witu Wachira Kiragu nĩ arabatara operation ya kansa "
                           "ya prostate. Tũmũteithie!", f"{TEXT}|{MED}|{NAMEC}"),
            "kanitha": L("PCEA Ruring'u", SENS), "muthenya": "2026-01-31",
            "handu": HALL["id"]}),
        multipart(f, f"{a}/api/v1/harambee/{hr}/marua", [
            ("marua", "quote_upper_hill.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"muthemba": "quotation",
                                                "murwaru": L(FATHER_IL[0], NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/harambee/{hr}/ikundi", headers=_h(rng, **b), body={
            "amemba": [{"ritwa": L(HUSBAND[0], NAMEC), "thimu": L(HUSBAND[1], TEL),
                        "wira": "mwenyekiti"},
                       {"ritwa": L(GROOM[0], NAMEC), "thimu": L(GROOM[1], TEL),
                        "wira": "mubariki"}]}),
        case(f, f"{a}/api/v1/andu/iyukia", headers=_h(rng, **b), body={
            "harambee": hr, "andu": [
                {"ritwa": L(MOTHER_IL[0], f"{CONTACTS}|{NAMEC}"),
                 "thimu": L(MOTHER_IL[1], f"{CONTACTS}|{TEL}")},
                {"ritwa": L("Mwalimu Gathoni Kinyua", f"{CONTACTS}|{NAMEC}"),
                 "thimu": L("+254726118092", f"{CONTACTS}|{TEL}")},
                {"ritwa": L("Peter Ndung'u Kahiga", f"{CONTACTS}|{NAMEC}"),
                 "thimu": L("+254701992375", f"{CONTACTS}|{TEL}")}]}),
        case(f, f"{a}/api/v1/harambee/{hr}/micango", headers=_h(rng, **b), body={
            "thimu": L(KE_LINE, TEL), "mbeca": L(20000, BUY), "risiti": L(code, BUY),
            "njira": "mobile_money", "ndiri_na_ritwa": False}),
        case(f, f"{a}/api/v1/harambee/{hr}/micango", headers=_h(rng, **b), query={
            "mucangi": L(USER_ID, UID), "ukurasa": "1"}),
        case(f, f"{a}/api/v1/harambee/{hr}/wiraniro", fmt="form", headers=_h(rng, **b), body={
            "ritwa": L(SISTER_US[0], NAMEC), "imeiri": L(SISTER_US[2], MAIL),
            "mbeca": "500", "mbeca_muthemba": "USD", "kadi": obj(rng, "pc")}),
        case(f, f"{a}/api/v1/harambee/{hr}/sms", headers=_h(rng, **b), body={
            "kwa": "amemba_othe",
            "ndumiriri": L("Harambee ya baba ni Jumamosi 31 saa nane kanitha-ini. Operation "
                           "ni Februari 9.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/harambee/{hr}/uhoro", headers=_h(rng, **b), body={
            "murwaru": L(FATHER_IL[0], NAMEC),
            "uhoro": L("Operation yathiire wega, PSA nĩ ĩrathii thĩ. Nĩ twacokia ngatho.",
                       f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v1/harambee/{hr}/mbica", [
            ("mbica", "baba_ward.jpg", "image/jpeg", L(JPEG + b"\x58", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"ndeto": L("Baba ward 4 thutha wa operation",
                                                           f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v1/harambee/{hr}/tally", tally, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        receipt,
        case(f, f"{a}/api/v1/harambee/{hr}/marihi", headers=_h(rng, **b), body={
            "paybill": HOSPITAL["paybill"], "akaunti": L(FIL, MED), "mbeca": L(412500, BUY),
            "murwaru": L(FATHER_IL[0], NAMEC), "ruthiomi": L("ki", DEV)}),
        case(f, f"{a}/api/v1/harambee/{hr}/gucaria", headers=_h(rng, **b), query={
            "q": L("Kahiga", SEARCH)}),
        case(f, f"{a}/api/v1/harambee/yakwa", headers=_h(rng, how="none"), cookies={
            "ut_session": L(opaque(rng, "", 40), CRED), "ut_kiuma": L(INSTALL_ID, DID),
            "ut_req": rid(rng)}),
        case(f, f"{a}/api/v1/harambee/{hr}/ngatho", headers=_h(rng, **b), body={
            "ndumiriri": L("Ngatho nyingi kuri inyuothe, Ngai amũrathime", TEXT)}),
        case(f, f"{a}/api/v1/kiuma", headers=_h(rng, **b), body=push(push_token(rng), "ki_KE")),
        case(f, f"{a}/api/v1/maundu", gz=True, headers=_h(rng, **b), body={
            "muhuthiri": L(USER_ID, UID), "maundu": [
                ev("harambee_created", 1), ev("mucango", 2, mbeca=L(20000, BUY)),
                ev("screen", 3, screen=L("Micango", USAGE))]}),
        case(f, f"{a}/api/v1/uma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kiuma": L(INSTALL_ID, DID)}),
    ]


def uteithio_sdks() -> list[Case]:
    rng = random.Random(15802)
    return [
        mc_batch(APP, rng, [("Harambee Created", {"target": L(900000, BUY)}),
                            ("Contribution Sent", {"amount": L(20000, BUY)})],
                 at=(HALL["lat"], HALL["lon"]), nd=2, locale="ki_KE"),
        mc_identify(APP, rng, {"itura": L("Nyeri", COARSE), "kanitha": L("PCEA Ruring'u", SENS),
                               "wira": "mubangi"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "contribution", {"harambee": HARAMBEE}, revenue=20000.0,
                 hashed=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "stk push timeout"),
                 [cd_crumb("nav", "Harambee -> Micango"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/harambee", "status": 504})],
                 screen="MicangoActivity"),
        pt_register(APP, rng, lang="ki", tags={"harambee": HARAMBEE, "wira": "mubangi"}),
        cl_wallet(APP, rng, "20000", L(KE_LINE, TEL)),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        fn_eval(APP, rng, {"county": L("Nyeri", COARSE), "organiser": True}),
        hs_message(APP, rng, L("Mucango wakwa wa 20,000 ndunonekaine harambee-ini",
                               f"{TEXT}|{BUY}"), {"harambee": HARAMBEE}),
    ]

