"""A mother-child spa cure app "Kuurtied" (a cure-booking service that files the application with
her health insurer and runs the stay at a North Sea clinic; its API's keys are Saterland Frisian,
snake_case: ``noome`` full name, ``gebuurtsdoatum`` birth date, ``adresse``, ``postnumer``,
``oard``, ``handy``, ``paaswoud``, ``fersicherdennumer`` insured number, ``oantraach``
application, ``fal`` case, ``kroankhaid``/``diagnosen`` illness/diagnoses, ``mediziin``,
``allergie``, ``bloutdruk`` blood pressure, ``slaap`` sleep, ``smerte`` pain, ``gewicht``
weight, ``groette`` height, ``dokter``, ``attest`` certificate, ``begruundenge`` grounds,
``kamer`` room, ``bedraach``, ``eegenandeel`` co-payment, ``kuurtoakse`` spa tax, ``freegoawe``
sharing, ``naricht``, ``tagebouk`` diary, ``behandlengen`` treatments): sign-up, an SMS code,
``/ik``, the application (gzip; her diagnoses and her son's asthma), the GP's certificate (PDF),
the case status by case number in the path, a clinic search by indication, the arrival date,
the co-payment, arrival with her fix, a protobuf diary, weight and height, the treatment plan, a
beach photo, a message to her GP, medicines, a video room, sharing with her husband, invoices by
cookie, the spa tax (msgpack), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
from eval_families282_kit import (
    DE_IBAN,
    GP,
    HOME,
    HOME_AT,
    HUSBAND,
    KLINIK,
    KLINIK_FIX,
    KUR_CASE,
    KVNR,
    SON,
    SON_KVNR,
    fix,
    hd,
    obj,
    push,
)
from eval_families282_sdk import ct_session, mr_batch, mr_queue, ts_launch
from eval_families282_svc import (
    ce_check,
    fs_eval,
    hs_attach,
    hs_message,
    ms_geocode,
    pg_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kuurtied", "Kuurtied", "com.example.kuurtied", "5.0.2",
          "https://api.kuurtied.example.net")
IID = "X-Kuurtied-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kuurtied() -> list[Case]:
    rng = random.Random(28221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fal=L(KUR_CASE, MED)))}
    kla, klo = fix(KLINIK_FIX)
    lab: dict[str, str] = {}
    diary = pb([(1, L(KUR_CASE, MED)), (2, 1784505600),
                (3, [(1, L("128/84", MED)), (2, L(6.5, MED)), (3, L(3, MED)),
                     (4, L("back pain after the mud pack", MED))]), (4, "5.0.2")], "", lab)
    status = at_path(case(f, f"{a}/v2/oantraach/{KUR_CASE}/stoatus", headers=_h(rng, **b)),
                     KUR_CASE, MED)
    return [
        case(f, f"{a}/v2/kunto", headers=_h(rng), body={
            "noome": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "handy": L(E164, TEL), "paaswoud": L("Noardsee!Kuur25", CRED),
            "gebuurtsdoatum": L(DOB, BIRTH),
            "adresse": L(f"{HOME['line']}, {HOME['post']} {HOME['gemeente']}", ADDR),
            "oard": L(HOME["town"], COARSE), "fersicherdennumer": L(KVNR, MED),
            "kroankenkasse": "BKK Example Nord"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "handy": L(E164, TEL), "code": L("305718", CRED)}),
        case(f, f"{a}/v2/ik", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/oantraach", gz=True, headers=_h(rng, **b), body={
            "fal": L(KUR_CASE, MED), "kiend": "mutter-kind",
            "diagnosen": [L("exhaustion syndrome (Z73.0)", MED), L("chronic low back pain", MED)],
            "mediziin": [L("ibuprofen 400 mg as needed", MED)],
            "bloutdruk": L("135/88", MED),
            "baiden": {"noome": L(KID, NAMEC), "gebuurtsdoatum": L(SON["dob"], BIRTH),
                       "diagnose": L("bronchial asthma, mild", MED),
                       "fersicherdennumer": L(SON_KVNR, MED)},
            "begruundenge": L("My husband works night shifts at the mill and I care for his "
                              "mother as well; I have not slept through in months.",
                              f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/attest", [
            ("attest", "attest_bruns.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"fal": L(KUR_CASE, MED),
                                                "dokter": L(GP[0], NAMEC)})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v2/kliniken", headers=_h(rng, **b), query={
            "saike": L("Nordsee Mutter Kind Asthma Rücken", SEARCH),
            "indikoasjoon": L("asthma", MED), "frij_oab": "2026-07"}),
        case(f, f"{a}/v2/termin", headers=_h(rng, **b), body={
            "fal": L(KUR_CASE, MED), "klinik": KLINIK["id"], "oankuumst": "2026-07-14",
            "duur_deege": 21, "kamer": "famieljekamer", "baiden": 1}),
        case(f, f"{a}/v2/eegenandeel", fmt="form", headers=_h(rng, **b), body={
            "fal": L(KUR_CASE, MED), "bedraach": L("220.00", BUY), "iban": L(DE_IBAN, PAY),
            "kontoinhaber": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/ienchecken", headers=_h(rng, **b), body={
            "fal": L(KUR_CASE, MED), "steede": {"breedte": kla, "lengte": klo, "akk": 10},
            "klinik": {"id": KLINIK["id"], "breedte": KLINIK["lat"], "lengte": KLINIK["lon"]}}),
        raw(f, f"{a}/v2/tagebouk", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/meetwaide", headers=_h(rng, **b), body={
            "fal": L(KUR_CASE, MED), "gewicht": L(68.4, FIT), "groette": L(168, FIT),
            "baiden_gewicht": L(33.1, FIT), "doatum": "2026-07-15"}),
        case(f, f"{a}/v2/behandlengen", headers=_h(rng, **b), query={
            "fal": L(KUR_CASE, MED), "wiek": "2026-W29"}),
        multipart(f, f"{a}/v2/fotos", [
            ("foto", "strand.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"album": "kuur",
                                                "unnerschrift": L("Low tide walk", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/naricht", headers=_h(rng, **b), body={
            "an": {"noome": L(GP[0], NAMEC), "email": L(GP[1], MAIL)},
            "tekst": L("The inhaler dose for Tammo was raised here to twice a day, can you "
                       "renew the prescription?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/mediziin", headers=_h(rng, **b), query={
            "fal": L(KUR_CASE, MED), "aktiv": "true"}),
        case(f, f"{a}/v2/video/kamer", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/freegoawe", headers=_h(rng, **b), body={
            "fal": L(KUR_CASE, MED), "mit": {"noome": L(HUSBAND[0], NAMEC),
                                             "handy": L(HUSBAND[1], TEL)},
            "umfang": ["termine", "rechnungen"]}),
        case(f, f"{a}/v2/rechnungen", headers=_h(rng, how="none"), cookies={
            "kt_sesjoon": L(opaque(rng, "", 40), CRED), "kt_install": L(INSTALL_ID, DID),
            "kt_req": rid(rng)}),
        case(f, f"{a}/v2/kuurtoakse", fmt="msgpack", headers=_h(rng, **b), body={
            "fal": L(KUR_CASE, MED), "persoonen": 2, "naachte": 21,
            "bedraach": L(63.0, BUY), "gemeente_kuuroard": "Norden"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/evente", headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "sesjoon": rid(rng), "evente": [
                ev("oantraach_ferstjuurd", 1), ev("skirm", 2, skirm=L("Tagebouk", USAGE))]}),
    ]


def kuurtied_sdks() -> list[Case]:
    rng = random.Random(28222)
    return [
        mr_batch(APP, rng, [("Application Sent", {"kind": "mother-child"}),
                            ("Co-payment Paid", {"amount": L(220, BUY)})]),
        mr_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}), ("Photo Added", {})]),
        ts_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=603),
        fs_eval(APP, rng, {"klinik": KLINIK["id"], "programm": L("mother-child-asthma", MED)},
                hdr=True),
        pg_register(APP, rng, tags={"klinik": KLINIK["id"]}),
        ce_check(APP, rng, {"analytics": True, "research": False}),
        ms_geocode(APP, rng, "Kurklinik Duenenhof Norddeich", SEARCH, near=HOME_AT, nd=2),
        hs_message(APP, rng, L("The clinic needs my insurer's approval letter again", TEXT),
                   {"fal": L(KUR_CASE, MED)}),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "bescheid_kasse.pdf", "application/pdf"),
    ]
