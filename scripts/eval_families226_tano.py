"""A CHamoru land-trust residential lease application app "Tanota" (``tano'-ta`` our land; leases
of trust land to people of CHamoru descent, so the application states her ethnicity): its API's
keys are CHamoru as a local developer writes them with English where APIs keep it: ``naan`` /
``apiyidu`` first name / surname, ``telefon`` phone, ``kontrasena`` password,
``fecha_mafanagu`` / ``lugat_mafanagu`` birth date / birthplace, ``direksion`` address,
``songsong`` village, ``chamoru`` CHamoru descent, ``hale`` roots (the ancestry chain:
``nana`` mother, ``guelo`` / ``guela`` grandfather / grandmother), ``familia`` household,
``asagua`` spouse, ``patgon`` child, ``idat`` age, ``lote`` lot, ``fitma`` signature,
``kantidat`` amount, ``apas`` payment, ``mensahi`` message, ``aligao`` search, ``huntan``
meeting, ``aplikante`` applicant, ``kodigu`` code: sign-up, an OAuth password grant, ``/yo``,
the application (her descent, household), the ancestry chain, her mother's and her own birth
certificates (PDF), status by applicant number in the path, the waiting list, a lot viewing, a
check-in on the lot with her fix, a lot photo, the lease signed, the yearly lease fee, a survey
request (msgpack), an affidavit of descent she types, a message to the office naming her
husband, a community meeting, a search, a document sync (JSON Lines), notices by cookie, push and
events. Set 213 has a community land trust (a Hebridean buy-out estate's members, housing and
grants); this one is a descent-based lease waiting list ("native descent" and "chamoru" matched
no docstring)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families226_kit import (
    APPLICANT,
    DAUGHTER,
    GRANDPARENTS,
    HOME,
    HOME_AT,
    HUSBAND,
    LAND_OFFICE,
    LOT,
    LOT_FIX,
    MOTHER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families226_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families226_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    fn_eval,
    hs_message,
    mm_geocode,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tanota", "Tanota", "com.example.tanota", "1.9.0", "https://api.tanota.example.org")
IID = "X-Tanota-Device"
PW = "Tano'ta!Yigo2026"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ch=True, **kw)


def tanota() -> list[Case]:
    rng = random.Random(22641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), aplikante=L(APPLICANT, UID),
                                    klasifikasion=L("native_chamoru", SENS)))}
    lla, llo = fix(LOT_FIX)
    status = at_path(case(f, f"{a}/v1/aplikante/{APPLICANT}/estatus", headers=_h(rng, **b)),
                     APPLICANT, UID)
    return [
        case(f, f"{a}/v1/kuenta", headers=_h(rng), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kontrasena": L(PW, CRED)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tanota-android"}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/aplikasion", headers=_h(rng, **b), body={
            "aplikante": L(APPLICANT, UID), "tipu": "residential",
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "fecha_mafanagu": L(DOB, BIRTH),
            "lugat_mafanagu": L("Sacramento, California", COARSE),
            "direksion": L(HOME["line"], ADDR), "songsong": L(HOME["village"], COARSE),
            "chamoru": L(True, SENS), "klasifikasion": L("native_chamoru", SENS),
            "familia": [{"naan": L(HUSBAND[0], NAMEC), "relasion": "asagua"},
                        {"naan": L(KID, NAMEC), "relasion": "patgon",
                         "fecha_mafanagu": L(DAUGHTER["dob"], BIRTH)},
                        {"naan": L(MOTHER_IL[0], NAMEC), "relasion": "suegra"}],
            "tano_otro": False, "songsong_malago": "Yigo"}),
        case(f, f"{a}/v1/aplikasion/hale", headers=_h(rng, **b), body={
            "aplikante": L(APPLICANT, UID),
            "hale": [{"relasion": "nana", "naan": L(MOTHER[0], NAMEC),
                      "fecha_mafanagu": L(MOTHER[1], BIRTH), "lugat_mafanagu": "Dededo",
                      "chamoru": L(True, SENS)},
                     {"relasion": "guelo", "naan": L(GRANDPARENTS[0], NAMEC),
                      "chamoru": L(True, SENS), "census_1940": L("GU-1940-D-0733", SENS)},
                     {"relasion": "guela", "naan": L(GRANDPARENTS[1], NAMEC),
                      "chamoru": L(True, SENS)}]}),
        multipart(f, f"{a}/v1/dokumento", [
            ("file", "nana_birth_certificate.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"aplikante": L(APPLICANT, UID),
                                                "tipu": "birth_certificate", "para": "nana"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/dokumento", [
            ("file", "birth_certificate.pdf", "application/pdf", L(PDF + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"aplikante": L(APPLICANT, UID),
                                                "tipu": "birth_certificate", "para": "yo"})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v1/waitlist", headers=_h(rng, **b), query={
            "aplikante": L(APPLICANT, UID), "songsong": "Yigo"}),
        case(f, f"{a}/v1/lote/bisita", fmt="form", headers=_h(rng, **b), body={
            "lote": LOT["id"], "fecha": "2026-02-07", "ora": "09:00",
            "aplikante": L(APPLICANT, UID), "taotao": "3"}),
        case(f, f"{a}/v1/lote/checkin", headers=_h(rng, **b), body={
            "lote": LOT["id"], "lugat": {"latitud": lla, "longitud": llo, "presision": 9},
            "eskina": [{"latitud": la, "longitud": lo} for la, lo in LOT["corners"]],
            "tract": LOT["tract"]}),
        multipart(f, f"{a}/v1/lote/litratu", [
            ("litratu", "lote_5402.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {"lote": LOT["id"],
                                                "nota": L("Gof bonitu, lao meggai trongkon "
                                                          "tangantangan", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lease/fitma", headers=_h(rng, **b), body={
            "lote": LOT["id"], "aplikante": L(APPLICANT, UID), "sakkan": 99,
            "fitma": L(f"{FIRST} {LAST}", NAMEC), "testigu": L(HUSBAND[0], NAMEC),
            "kantidat": L(1, BUY)}),
        case(f, f"{a}/v1/apas", fmt="form", headers=_h(rng, **b), body={
            "aplikante": L(APPLICANT, UID), "kantidat": L("1.00", BUY), "para": "lease_2026",
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/lote/survey", fmt="msgpack", headers=_h(rng, **b), body={
            "lote": LOT["id"], "aplikante": L(APPLICANT, UID), "kompania": "survey_co_12",
            "telefon": L(E164, TEL), "nota": L("Gi sabalu ha' yo siña", TEXT)}),
        case(f, f"{a}/v1/affidavit", headers=_h(rng, **b), body={
            "aplikante": L(APPLICANT, UID),
            "tinige": L("I nana-hu, si Maria Aguon Doe, mafañagu giya Dededo; i mañaina-ña "
                        "taotao tano' CHamoru, si Juan Cruz Aguon yan Ana Santos Aguon",
                        f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/v1/mensahi", headers=_h(rng, **b), body={
            "para": LAND_OFFICE["id"], "hilo": obj(rng, "th"),
            "mensahi": L("Ågang i asagua-hu Joaquin gi +16715550142 yanggen ti siña hu oppe",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/huntan/rsvp", fmt="form", headers=_h(rng, **b), body={
            "huntan": "mtg_ytg_0221", "tema": L("chamoru_homelands", SENS),
            "taotao": "2", "aplikante": L(APPLICANT, UID)}),
        case(f, f"{a}/v1/aligao", headers=_h(rng, **b), query={
            "aligao": L("lote residential Yigo hanom yan kurente", SEARCH)}),
        lines(f, f"{a}/v1/dokumento/sync", [
            {"op": "uploaded", "tipu": "birth_certificate", "para": "nana",
             "aplikante": L(APPLICANT, UID)},
            {"op": "missing", "tipu": "marriage_certificate", "para": "nana"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notisia", headers=_h(rng, how="none"), cookies={
            "tn_sesion": L(opaque(rng, "", 40), CRED), "tn_device": L(INSTALL_ID, DID),
            "tn_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ch_GU")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("hale_saved", 1), ev("screen", 2, screen=L("Waitlist", USAGE))]}),
    ]


def tanota_sdks() -> list[Case]:
    rng = random.Random(22642)
    return [
        mc_batch(APP, rng, [("Application Submitted", {"type": "residential"}),
                            ("Lot Viewed", {"village": "Yigo"})], at=HOME_AT, nd=2,
                 locale="ch_GU"),
        mc_identify(APP, rng, {"applicant_type": L("native_chamoru", SENS),
                               "songsong": L(HOME["village"], COARSE),
                               "aplikante": L(APPLICANT, UID)}),
        tn_launch(APP, rng),
        cd_crash(APP, rng, ("java.io.IOException", "pdf upload interrupted"),
                 [cd_crumb("nav", "Hale -> Dokumento"), cd_crumb("tap", "upload")],
                 screen="DokumentoActivity"),
        fn_eval(APP, rng, {"village": L(HOME["village"], COARSE), "stage": "waitlist"}, hdr=True),
        pt_register(APP, rng, lang="ch", tags={"aplikasion": "residential"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1.00", "usd"),
        mm_geocode(APP, rng, "Lot 5402 Tract 9 Yigo", SEARCH, near=HOME_AT, nd=3),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((LOT["corners"][0]), None)]),
        hs_message(APP, rng, L("My application shows my mother's name spelled wrong", TEXT),
                   {"aplikante": L(APPLICANT, UID)}),
    ]
