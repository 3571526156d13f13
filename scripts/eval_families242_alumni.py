"""University alumni association's app "Pagbalik ILU" (``pagbalik`` return, homecoming; she took
her MA in English language teaching at the fictional Iloilo Lighthouse University, batch 2019;
keys Hiligaynon with English where the registrar kept it: ``bug_os_nga_ngalan`` full name,
``apelyido_dalaga`` maiden surname, ``numero_telepono`` phone, ``pulong_sekreto`` password,
``petsa_natawo`` birth date, ``estaran`` residence, ``syudad`` city, ``nasyonalidad``,
``numero_alumni`` alumni number, ``numero_estudyante`` student number, ``tuig_gradwasyon``
graduation year, ``kurso`` degree, ``obra`` work, ``amo`` employer, ``kontribusyon`` dues,
``panaad`` pledge, ``iskolarsip`` scholarship, ``tiket`` ticket, ``bisita`` guest, ``pagkaon``
meal, ``litrato`` photo, ``klasmeyt`` classmate, ``sulat`` message, ``pangita`` search): sign-up
matched against the registrar (student number, TIN for the donation receipt), an e-mail code,
``/ako`` with a JWT, the member card, annual dues, a scholarship pledge by monthly auto-debit
from her savings account, the homecoming ticket for her and her husband, the homecoming check-in
with her fix, a class-reunion photo, the alumni directory search, a classmate's message, the
mentoring sign-up, the transcript request by student number in the path, donation receipts by
cookie, an offline queue of sign-ups (JSON Lines), push and events. New: a docstring grep for
"alumni", "homecoming" and "alumna" matched nothing (reunions: set 118's marae booking)."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families242_kit import (
    ACR,
    ALUMNI,
    CAMPUS_FIX,
    HOME,
    HUSBAND,
    PH_ACCOUNT,
    STUDENT_NO,
    TIN,
    UNIV,
    fix,
    hd,
    obj,
    push,
)
from eval_families242_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families242_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pagbalik", "Pagbalik ILU", "com.example.pagbalik", "2.2.0",
          "https://api.pagbalik.example.org")
IID = "X-Pagbalik-Device"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def pagbalik() -> list[Case]:
    rng = random.Random(24211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), alumni=L(ALUMNI, UID),
                                    batch="2019"))}
    cla, clo = fix(CAMPUS_FIX, 5)
    transcript = at_path(case(f, f"{a}/v1/rehistrar/{STUDENT_NO}/transcript",
                              headers=_h(rng, **b), query={"kopya": "2", "para_sa": "abroad"}),
                         STUDENT_NO, UID)
    return [
        case(f, f"{a}/v1/miyembro", headers=_h(rng), body={
            "bug_os_nga_ngalan": L(f"{FIRST} {LAST}", NAMEC), "apelyido_dalaga": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "numero_telepono": L(E164, TEL),
            "pulong_sekreto": L("Lighthouse!2019ma", CRED), "petsa_natawo": L(DOB, BIRTH),
            "estaran": L(HOME["line"], ADDR), "syudad": L(HOME["town"], COARSE),
            "nasyonalidad": "American",
            "numero_estudyante": L(STUDENT_NO, UID), "tuig_gradwasyon": 2019,
            "kurso": "MA English Language Teaching", "obra": "English teacher",
            "amo": "Jaro Learning Hub", "tin": L(TIN, NID)}),
        case(f, f"{a}/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("508261", CRED)}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kard", headers=_h(rng, **b), query={"numero_alumni": L(ALUMNI, UID)}),
        case(f, f"{a}/v1/kontribusyon", fmt="form", headers=_h(rng, **b), body={
            "numero_alumni": L(ALUMNI, UID), "tuig": "2026", "kantidad": L("1000.00", BUY),
            "kwarta": "PHP", "pamaagi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/iskolarsip/panaad", headers=_h(rng, **b), body={
            "numero_alumni": L(ALUMNI, UID), "pondo": "sch_fund_teachers",
            "panaad": {"binulan": L(500, BUY), "bulan": 12, "umpisa": "2026-02"},
            "banko": {"numero": L(PH_ACCOUNT, PAY), "tag_iya": L(f"{FIRST} {LAST}", NAMEC)},
            "resibo_tin": L(TIN, NID)}),
        case(f, f"{a}/v1/pagbalik/tiket", headers=_h(rng, **b), body={
            "hitabo": "homecoming-2026", "tiket": L(obj(rng, "tk"), BUY), "kadamuon": 2,
            "bisita": {"ngalan": L(HUSBAND[0], NAMEC), "pagkaon": "regular"},
            "pagkaon": "no-pork", "kabugosan": L(1800, BUY)}),
        case(f, f"{a}/v1/pagbalik/check-in", headers=_h(rng, **b), body={
            "hitabo": "homecoming-2026", "lugar": {"lat": cla, "lng": clo},
            "campus": {"lat": UNIV["lat"], "lng": UNIV["lon"]},
            "numero_alumni": L(ALUMNI, UID)}),
        multipart(f, f"{a}/v1/litrato", [
            ("litrato", "batch2019.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "album": "homecoming-2026",
                "caption": L("Batch 2019 MA-ELT, kompleto kami! Salamat Ma'am Dela Pena", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/direktoryo", headers=_h(rng, **b), query={
            "pangita": L("Sarabia batch 2018 education", SEARCH), "pahina": "1"}),
        case(f, f"{a}/v1/sulat", headers=_h(rng, **b), body={
            "para_kay": "alm_8841c2",
            "sulat": L("Hi Pia! Ang akon number diri +1 555 010 0199, text mo ko para sa reunion",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/mentoring", headers=_h(rng, **b), body={
            "numero_alumni": L(ALUMNI, UID), "topiko": ["teaching abroad", "TESOL"],
            "oras_kada_bulan": 4}),
        multipart(f, f"{a}/v1/gate-pass", [
            ("id", "acr_front.jpg", "image/jpeg", L(JPEG + b"\x3a", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"numero_alumni": L(ALUMNI, UID),
                                                "klase_id": "ACR I-Card",
                                                "numero_id": L(ACR, NID),
                                                "plaka": "FAB 4471"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pagbalik/feedback", fmt="form", headers=_h(rng, **b), body={
            "hitabo": "homecoming-2026", "grado": "4",
            "komento": L("Nami ang programa pero malawig ang pila sa registration", TEXT)}),
        transcript,
        case(f, f"{a}/v1/resibo/pinakaulihi", headers=_h(rng, how="none"), cookies={
            "pb_sesyon": L(opaque(rng, "", 40), CRED), "pb_device": L(INSTALL_ID, DID),
            "pb_req": rid(rng)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "rsvp", "hitabo": "ma-elt-reunion", "numero_alumni": L(ALUMNI, UID)},
            {"op": "volunteer", "komite": "registration", "numero_alumni": L(ALUMNI, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile/obra", headers=_h(rng, **b), body={
            "obra": "Academic coordinator", "amo": "Jaro Learning Hub",
            "syudad": L("Iloilo City", COARSE), "ipakita": False}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dues_paid", 1), ev("screen", 2, screen=L("Directory", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def pagbalik_sdks() -> list[Case]:
    rng = random.Random(24212)
    return [
        mc_batch(APP, rng, [("Dues Paid", {"amount": L(1000, BUY)}),
                            ("Ticket Bought", {"event": "homecoming-2026"})],
                 at=CAMPUS_FIX, nd=2),
        mc_identify(APP, rng, {"batch": 2019, "numero_alumni": L(ALUMNI, UID),
                               "syudad": L("Iloilo City", COARSE)}),
        mc_pixel(APP, rng, "Newsletter Opened", {"issue": "2026-01"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "pledge", {"fund": "sch_fund_teachers"}, revenue=6000.0, hashed=True),
        fn_eval(APP, rng, {"batch": 2019, "role": "alumni"}),
        pt_register(APP, rng, tags={"batch": "2019", "kurso": "ma-elt"}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "1800.00"),
        hs_message(APP, rng, L("Wala ko nakabaton sang resibo sang akon panaad para sa BIR",
                               f"{TEXT}|{BUY}"), {"numero_alumni": L(ALUMNI, UID)}),
    ]
