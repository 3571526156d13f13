"""A laser hair-removal clinic's app "Nermpust" (Rasht; a diode laser course for her legs and
underarms, her PCOS and its hormone treatment on the intake form; its API's keys are Gilaki in
Latin letters with the clinic's loans: ``nam`` name, ``famil`` surname, ``mobail`` mobile,
``ramz`` password, ``tavallode_ruz`` birth date, ``jens`` sex (``zen`` woman), ``kode_atba``
foreign national's ID, ``parvande`` file, ``pust`` skin, ``puste_tip`` skin type, ``mue_rang``
hair colour, ``dava`` medicine, ``nakhoshi`` illness, ``hamele`` pregnant, ``hasasiyat``
allergy, ``ja`` body area (``ling`` legs, ``kash`` underarms), ``jalase`` session, ``ruz``
day, ``saat`` hour, ``mablagh`` amount, ``ghest`` instalment, ``ghermezi`` redness, ``dard``
pain, ``suzesh`` burning, ``doktor``, ``gab`` message, ``moarref`` referral, ``emza``
signature, ``nazar`` review, ``jostoju`` search): sign-up, a log-in, ``/mi``, the intake
questionnaire (gzip), free slots, a session booked, its payment, a six-session package in
instalments, a check-in at the clinic, a test-patch photo, a protobuf after-care diary, a message
to her doctor about a burn, a friend referred, the receipt by file number in the path, a review,
an after-care cream order (msgpack), the consent form's signature, a preferences cookie (base64
JSON), a search, push and events. Not set 180's trichology clinic (her hair loss treated);
here hair is removed, a cosmetic-medical laser course."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
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
from eval_families300_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    FIDA,
    FILE_NO,
    HOME,
    HOME_AT,
    LASER,
    fix,
    hd,
    obj,
    push,
)
from eval_families300_sdk import ab_event, ab_launch, cs_session, mv_batch, mv_queue
from eval_families300_svc import (
    cg_check,
    fk_eval,
    hc_attach,
    md_geocode,
    pb_card,
    pb_confirm,
    ps_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("nermpust", "Nermpust", "com.example.nermpust", "2.0.7",
          "https://api.nermpust.example.com")
IID = "X-NP-Install"
NID = "personal.national_id"
PW = "Lahijan*Chay91"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
FRIEND = ("Shiva Karimi", "+989125550923")  # a friend she refers (typed by her: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def nermpust() -> list[Case]:
    rng = random.Random(30031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), parvande=L(FILE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1766310000),
                (3, [(1, L(3, MED)), (2, L(1, MED)), (3, L("aloe vera gel", MED))]),
                (4, L("ling-e chap", MED)), (5, "2.0.7")], "", lab)
    receipt = at_path(case(f, f"{a}/api/parvande/{FILE_NO}/resid", headers=_h(rng, **b)),
                      FILE_NO, MED)
    return [
        case(f, f"{a}/api/sabtenam", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "famil": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "ramz": L(PW, CRED), "tavallode_ruz": L(DOB, BIRTH),
            "jens": L("zen", GENDER), "kode_atba": L(FIDA, NID),
            "shahr": L(HOME["town"], COARSE), "ashnayi": "instagram"}),
        case(f, f"{a}/api/vorud", fmt="form", headers=_h(rng), body={
            "mobail": L(NATIONAL, TEL), "ramz": L(PW, CRED), "yadam_bemane": "1"}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/porseshname", gz=True, headers=_h(rng, **b), body={
            "parvande": L(FILE_NO, MED), "puste_tip": L("III", MED), "mue_rang": L("siyah", MED),
            "dava": [L("spironolactone 50 mg", MED), L("metformin 500 mg", MED)],
            "nakhoshi": [L("PCOS", MED)], "hamele": L(False, MED), "isotretinoin": L(False, MED),
            "hasasiyat": [L("lidocaine", MED)], "tatoo": False, "akharin_wax": "1404/07/20"}),
        case(f, f"{a}/api/nobat/azad", headers=_h(rng, **b), query={
            "klinik": CLINIC["id"], "dastgah": LASER["device"], "hafte": "1404-W38"}),
        case(f, f"{a}/api/jalase/rezerv", headers=_h(rng, **b), body={
            "parvande": L(FILE_NO, MED), "ja": [L("ling", MED), L("kash", MED)],
            "ruz": "1404/09/18", "saat": "16:30", "otagh": LASER["room"],
            "dastgah": LASER["device"], "mablagh": L(9500000, BUY), "jalase": obj(rng, "js")}),
        case(f, f"{a}/api/pardakht", fmt="form", headers=_h(rng, **b), body={
            "mablagh": L("9500000", BUY), "vahed": "IRR", "kart_akhar": L("4444", PAY),
            "ravesh": L(opaque(rng, "pm_", 24), PAY), "parvande": L(FILE_NO, MED)}),
        case(f, f"{a}/api/paket", headers=_h(rng, **b), body={
            "parvande": L(FILE_NO, MED), "jalasat": 6, "ja": L("ling + kash", MED),
            "jam": L(48000000, BUY), "ghest": L(16000000, BUY), "aghsat": 3}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "jalase": obj(rng, "js"), "ja": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/api/test_patch", [
            ("aks", "patch_48h.jpg", "image/jpeg", L(JPEG + b"\x6a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"parvande": L(FILE_NO, MED),
                                                "ghermezi": L("kam", MED), "saat": 48})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/moraghebat", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/gab", headers=_h(rng, **b), body={
            "be": {"nam": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "gab": L("Doktor jan, jalase-ye dovom ling-e chap do ja suzesh dare, tavol bu?",
                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/moarref", fmt="form", headers=_h(rng, **b), body={
            "nam": L(FRIEND[0], NAMEC), "mobail": L(FRIEND[1], TEL), "kod": "NP-RF-5521"}),
        receipt,
        case(f, f"{a}/api/nazar", fmt="form", headers=_h(rng, **b), body={
            "klinik": CLINIC["id"], "setare": "4",
            "matn": L("Personel mehraban, faghat saf-e entezar tulani bu", TEXT)}),
        case(f, f"{a}/api/forushgah/sefaresh", fmt="msgpack", headers=_h(rng, **b), body={
            "aghlam": [{"sku": "cr_aloe_200", "tedad": 2, "fi": 850000},
                       {"sku": "sun_spf50", "tedad": 1, "fi": 1900000}],
            "jam": L(3600000, BUY), "parvande": L(FILE_NO, MED)}),
        multipart(f, f"{a}/api/razinameh", [
            ("emza", "emza.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"parvande": L(FILE_NO, MED), "form": "lz_v4",
                                                "emza_konande": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tanzimat", headers=_h(rng, **b), cookies={
            "np_sess": L(opaque(rng, "", 40), CRED),
            "np_pref": W({"parvande": L(FILE_NO, MED), "zaban": L("fa", DEV),
                          "yadavari": "sms"}, "b64json")}),
        case(f, f"{a}/api/jostoju", headers=_h(rng, **b), query={
            "q": L("laser surat mue zaed hormoni", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "fa_IR")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("jalase_rezerv", 1), ev("safhe", 2, safhe=L("Moraghebat", USAGE))]}),
    ]


def nermpust_sdks() -> list[Case]:
    rng = random.Random(30032)
    return [
        mv_batch(APP, rng, [("Session Booked", {"area": L("legs", MED)}),
                            ("Package Bought", {"total": L(48000000, BUY)})],
                 at=CLINIC_FIX, nd=2),
        mv_queue(APP, rng, [("Diary Entry", {"redness": L(3, MED)}),
                            ("Patch Photo", {"hours": 48})]),
        ab_launch(APP, rng, first=True, user=True),
        ab_event(APP, rng, "purchase", {"package": "lz6"}, revenue=48000000.0, hashed=True),
        cs_session(APP, rng, secs=604),
        fk_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("pcos_hirsutism", MED)}, hdr=True),
        ps_register(APP, rng, lang="fa", tags={"clinic": CLINIC["id"]}),
        cg_check(APP, rng, {"analytics": True, "research": False}),
        md_geocode(APP, rng, "Nermpust Laser Clinic Rasht", "behavior.search", near=HOME_AT,
                   nd=2),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "azmayesh_hormon.pdf", "application/pdf"),
        pb_card(APP, rng),
        pb_confirm(APP, rng, "9500000"),
    ]
