"""Private-college teachers' association app "Sikhyaka Sangha" (a trade union of the state's
private-college teachers; she joins through her post as an English lecturer; keys Odia in Latin
letters with English: ``sadasya`` member, ``sadasyata`` membership, ``sangha`` union /
association, ``sakha`` branch, ``chanda`` dues, ``karmachari_sankhya`` employee number,
``mahabidyalaya`` college, ``padabi`` post, ``bibhaga`` department, ``darama`` salary,
``bakeya`` arrears, ``abhijoga`` grievance, ``mamala`` court case, ``okila`` lawyer,
``dharana`` sit-in, ``dharmaghata`` strike, ``bhota`` ballot, ``sabha`` meeting,
``manonita`` nominee, ``seba_pustaka`` service book, ``parichaya_patra`` membership card,
``karyakrama`` action / event): the membership application, a form log-in, ``/mo``, the dues
mandate on her salary account, a grievance over unpaid arrears, a contribution to the court
case, attendance at the sit-in with her fix, the strike ballot, meetings, the membership card by
member number in the path, legal help, the group-insurance nominee (her husband), the service
book (PDF), a circulars search, a message to the branch secretary (msgpack), a live position at
the rally (protobuf), circulars by cookie, push and events. Sets 13 and 171 have union member
apps (a civic union, a truck plant's committee with a children's camp); here it is a teachers'
association's dispute over pay (arrears, a court case, a sit-in and a strike ballot)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families174_kit import (
    BANK,
    COLLEGE,
    COLLEGE_FIX,
    EMPLOYEE,
    HOME_AT,
    HUSBAND,
    MEMBER,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families174_sdk import bh_crash, bh_crumb, ch_launch, gn_batch, gn_identify
from eval_families174_svc import am_save, dw_eval, gp_register, sd_message, tp_card, tp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sikhyakasangha", "Sikhyaka Sangha", "com.example.sikhyakasangha", "2.0.9",
          "https://api.sikhyakasangha.example.org")
IID = "X-SSO-Device"
PW = "Sangha!Ekata2026"
MEM = f"{UID}|{SENS}"  # the union membership number: an account that reveals membership
SANGHA = "Odisha Private College Teachers' Association"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sikhyakasangha() -> list[Case]:
    rng = random.Random(17461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sadasya=L(MEMBER, MEM), email=L(EMAIL, MAIL),
                                    sakha=L("BBS-Nayapalli", SENS)))}
    cla, clo = fix(COLLEGE_FIX)
    lab: dict[str, str] = {}
    rally = pb([(1, L(MEMBER, MEM)), (2, "ky_dharana_0122"), (3, 1769066400),
                (4, [(1, L(COLLEGE_FIX[0], PRECISE)), (2, L(COLLEGE_FIX[1], PRECISE))])], "", lab)
    card = at_path(case(f, f"{a}/v1/sadasya/{MEMBER}/parichaya_patra", headers=_h(rng, **b)),
                   MEMBER, MEM)
    return [
        case(f, f"{a}/v1/sadasyata/abedana", headers=_h(rng), body={
            "nama": L(FIRST, NAMEC), "upanama": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "gupta_sabda": L(PW, CRED), "janma_tarikha": L(DOB, BIRTH),
            "mahabidyalaya": COLLEGE["id"], "padabi": "Lecturer in English",
            "karmachari_sankhya": L(EMPLOYEE, UID), "sangha": L(SANGHA, SENS),
            "sakha": L("BBS-Nayapalli", SENS), "sadasya": L(MEMBER, MEM)}),
        case(f, f"{a}/v1/prabesha", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gupta_sabda": L(PW, CRED)}),
        case(f, f"{a}/v1/mo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/chanda/mandate", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, MEM), "chanda": L(150, f"{BUY}|{SENS}"), "abadhi": "masika",
            "darama_khata": {"number": L(BANK["account"], PAY), "ifsc": BANK["ifsc"]},
            "karmachari_sankhya": L(EMPLOYEE, UID)}),
        case(f, f"{a}/v1/abhijoga", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, MEM), "prakara": "darama_bakeya",
            "bibarana": L("Aagasta ru darama bakeya, 7th pay arrear mileni", TEXT),
            "mahabidyalaya": COLLEGE["id"]}),
        case(f, f"{a}/v1/mamala/chanda", fmt="form", headers=_h(rng, **b), body={
            "mamala": "wp_c_21877_2025", "rashi": L("500", BUY), "upi_id": L(UPI, PAY),
            "sadasya": L(MEMBER, MEM)}),
        case(f, f"{a}/v1/karyakrama/upasthiti", headers=_h(rng, **b), body={
            "karyakrama": L("dharana", SENS), "tarikha": "2026-01-22",
            "avasthiti": {"lat": cla, "lng": clo},
            "sthana": {"lat": COLLEGE["lat"], "lng": COLLEGE["lon"]},
            "sadasya": L(MEMBER, MEM)}),
        case(f, f"{a}/v1/bhota/dharmaghata", fmt="form", headers=_h(rng, **b), body={
            "bhota_id": obj(rng, "bt"), "mata": L("haan", SENS), "sadasya": L(MEMBER, MEM)}),
        case(f, f"{a}/v1/sabha", headers=_h(rng, **b), query={
            "sakha": L("BBS-Nayapalli", SENS), "masa": "2026-02"}),
        card,
        case(f, f"{a}/v1/ainagata_sahayata", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, MEM), "okila": "adv_panel_03",
            "bibarana": L("Principal mote dharana pare show-cause notice dele", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/bima/manonita", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, MEM), "manonita": {
                "nama": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
                "janma_tarikha": L("1986-02-14", BIRTH), "sampark": "swami"}, "ansha": 100}),
        multipart(f, f"{a}/v1/seba_pustaka", [
            ("file", "seba_pustaka.pdf", "application/pdf",
             L(b"%PDF-1.6\n" + bytes(range(36)), MEDIA)),
            ("meta", None, "application/json", {"sadasya": L(MEMBER, MEM),
                                                "karmachari_sankhya": L(EMPLOYEE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/khoja", headers=_h(rng, **b), query={
            "q": L("UGC scale private college arrear order", SEARCH)}),
        case(f, f"{a}/v1/sandesha", fmt="msgpack", headers=_h(rng, **b), body={
            "kahaku": "sec_bbs_nyp", "lekhaka": L(MEMBER, MEM),
            "sandesha": L("Sampadaka babu, mu dharmaghata re rahibi, kintu pariksha duty achhi",
                          f"{TEXT}|{SENS}"), "client_id": rid(rng)}),
        raw(f, f"{a}/v1/karyakrama/live", rally, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/suchana", headers=_h(rng, how="none"), cookies={
            "sso_sid": L(opaque(rng, "", 40), CRED), "sso_dev": L(INSTALL_ID, DID),
            "sso_req": rid(rng)}),
        case(f, f"{a}/v1/mahabidyalaya/{COLLEGE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/sabha/rsvp", fmt="form", headers=_h(rng, **b), body={
            "sabha": obj(rng, "sb"), "sadasya": L(MEMBER, MEM), "asibi": "haan",
            "sathire": "0"}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yantra", headers=_h(rng, **b), body=push(push_token(rng), "en_IN")),
        case(f, f"{a}/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "byabaharakari": L(USER_ID, UID), "ghatana": [
                ev("bhota_dela", 1), ev("screen", 2, screen=L("Mamala", USAGE))]}),
    ]


def sikhyakasangha_sdks() -> list[Case]:
    rng = random.Random(17462)
    return [
        gn_batch(APP, rng, [("Ballot Cast", {"ballot": L("strike", SENS)}),
                            ("Dues Mandate", {"amount": L(150, BUY)})], at=HOME_AT, nd=2),
        gn_identify(APP, rng, {"sangha": L(SANGHA, SENS), "sadasya": L(MEMBER, MEM),
                               "sahara": L("Bhubaneswar", COARSE)}),
        ch_launch(APP, rng, user=True),
        bh_crash(APP, rng, ("java.lang.NullPointerException", "ballot null"),
                 [bh_crumb("nav", "Bhota -> Dharmaghata")], screen="BhotaActivity"),
        dw_eval(APP, rng, {"sakha": L("BBS-Nayapalli", SENS), "role": "member"}),
        gp_register(APP, rng, at=COLLEGE_FIX, nd=2,
                    tags={"sangha_sakha": L("BBS-Nayapalli", SENS)}),
        am_save(APP, rng, {"analytics": True, "marketing": False}),
        tp_card(APP, rng),
        tp_confirm(APP, rng, "500.00"),
        sd_message(APP, rng, L("My dues mandate shows twice on the January payslip",
                               f"{TEXT}|{SENS}"), {"sadasya": L(MEMBER, MEM)}),
    ]
