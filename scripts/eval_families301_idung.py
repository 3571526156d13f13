"""A local government's indigene-certificate app "Eyenidung" (``eyen idung`` child of the village:
an indigene; a fictional service of the Uyo LGA through which a parent applies for a child's
certificate of state of origin, needed for school admissions and scholarships). She applies for
Idara (10), whose father's village is Ikot Udo Obong (Offot clan, Uyo LGA). Its API's keys are
Ibibio in ASCII with the English words such forms keep (``email``, ``nin``, ``lga``, ``token``,
``id``, ``status``): ``enying`` first name, ``enying_ekpuk`` surname, ``nomba_fon`` phone,
``iko_mbubik`` password, ``kod`` code (loan), ``eyen`` child, ``usen_mana`` birth date,
``eren_nwaan`` sex (``nwaan`` female), ``ete`` father, ``ete_ete`` grandfather, ``eka`` mother,
``idung`` village, ``ikpaisong`` clan (lit. "land's family"), ``steti`` state (loan), ``orua``
ethnic group (lit. "people"), ``ekpuk`` lineage (family), ``ufok`` house (street line), ``obio``
town, ``ufok_nwed`` school (lit. "house of books"), ``okuk`` amount, ``ukpe`` payment, ``usen``
day, ``ini`` time, ``itie`` place, ``nwed`` document (lit. "book"), ``ndise`` photo, ``iko``
words, ``etop`` message, ``yom`` search, ``ami`` me. Calls: the parent's sign-up, an SMS code,
``/ami``, the application (Idara, her father, the village, clan, LGA and state of origin), the
lineage (msgpack), her birth certificate (a photo), Idara's passport photo, the village head's
attestation letter (PDF), the fee, the verification appointment at the secretariat, the check-in
there with her fix, the application by number in the path, a document checklist sync (protobuf),
a message to the desk officer, a form draft queue (JSON Lines), a search, the declaration
(base64 JSON in a form), collection by her husband, receipts by cookie, push and events."""

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
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families301_kit import (
    APPLICATION,
    DAUGHTER,
    FATHER_IL,
    HUSBAND,
    SECRETARIAT,
    SECRETARIAT_FIX,
    UY_HOME,
    UY_HOME_AT,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families301_sdk import af_crash, af_crumb, ik_launch, nd_batch, nd_identify
from eval_families301_svc import (
    cs_check,
    fe_eval,
    hu_message,
    mi_route,
    pe_register,
    po_card,
    po_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("eyenidung", "Eyenidung", "com.example.eyenidung", "1.3.2",
          "https://api.eyenidung.example.org")
IID = "X-Eyenidung-Device"
PW = "Offot#Idara15"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def eyenidung() -> list[Case]:
    rng = random.Random(30121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    applications=[L(APPLICATION, UID)]))}
    sla, slo = fix(SECRETARIAT_FIX, 5)
    lab: dict[str, str] = {}
    check = pb([(1, L(APPLICATION, UID)), (2, [(1, "birth_certificate"), (2, 1)]),
                (3, [(1, "attestation"), (2, 1)]), (4, L(VILLAGE["idung"], SENS)),
                (5, 1765304100)], "", lab)
    appl = at_path(case(f, f"{a}/v1/applications/{APPLICATION}", headers=_h(rng, **b)),
                   APPLICATION, UID)
    return [
        case(f, f"{a}/v1/ndisin", headers=_h(rng), body={
            "enying": L(FIRST, NAMEC), "enying_ekpuk": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nomba_fon": L(E164, TEL), "iko_mbubik": L(PW, CRED), "relation": "eka"}),
        case(f, f"{a}/v1/kod", fmt="form", headers=_h(rng), body={
            "nomba_fon": L(E164, TEL), "kod": L("305912", CRED)}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/applications", headers=_h(rng, **b), body={
            "application": L(APPLICATION, UID), "kind": "indigene_minor",
            "eyen": {"enying": L(DAUGHTER["first"], NAMEC),
                     "enying_ekpuk": L(DAUGHTER["last"], NAMEC),
                     "usen_mana": L(DAUGHTER["dob"], BIRTH), "eren_nwaan": L("nwaan", GENDER),
                     "nin": L(DAUGHTER["nin"], NID),
                     "ufok_nwed": "Uyo Primary School, Primary 5"},
            "ete": {"enying": L(HUSBAND[0], NAMEC), "nomba_fon": L(HUSBAND[1], TEL)},
            "eka": {"enying": L(f"{FIRST} {LAST}", NAMEC), "nationality": "US"},
            "idung": L(VILLAGE["idung"], SENS), "ikpaisong": L(VILLAGE["clan"], SENS),
            "lga": L(VILLAGE["lga"], SENS), "steti": L(VILLAGE["state"], SENS),
            "orua": L("Ibibio", SENS), "ufok": L(UY_HOME["line"], ADDR),
            "obio": L(UY_HOME["town"], COARSE)}),
        at_path(case(f, f"{a}/v1/applications/{APPLICATION}/ekpuk", fmt="msgpack",
                     headers=_h(rng, **b), body={"ekpuk": L("Ikot Udo Obong, Ekpuk Udofia", SENS),
                   "ete": L(HUSBAND[0], NAMEC), "ete_ete": L(FATHER_IL[0], NAMEC),
                   "ete_ete_idung": L(VILLAGE["idung"], SENS), "generations": 3}),
                APPLICATION, UID),
        at_path(multipart(f, f"{a}/v1/applications/{APPLICATION}/nwed", [
            ("nwed", "birth_certificate.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"kind": "birth_certificate",
                                                "eyen": L(KID, NAMEC)})],
            headers=_h(rng, **b)), APPLICATION, UID),
        at_path(multipart(f, f"{a}/v1/applications/{APPLICATION}/ndise", [
            ("ndise", "idara_passport.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {"kind": "passport_photo"})],
            headers=_h(rng, **b)), APPLICATION, UID),
        at_path(multipart(f, f"{a}/v1/applications/{APPLICATION}/attestation", [
            ("nwed", "village_head_letter.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"signed_by": "Village Head, Ikot Udo Obong",
                                                "usen": "2025-12-02"})],
            headers=_h(rng, **b)), APPLICATION, UID),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "application": L(APPLICATION, UID), "okuk": L("5000.00", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "item": "indigene_certificate"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "application": L(APPLICATION, UID), "office": SECRETARIAT["id"],
            "usen": "2025-12-16", "ini": "10:30", "with_child": True}),
        case(f, f"{a}/v1/appointments/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "itie": {"lat": sla, "lng": slo},
            "office": {"lat": SECRETARIAT["lat"], "lng": SECRETARIAT["lon"]}}),
        appl,
        raw(f, f"{a}/v1/checklist/sync", check, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/etop", headers=_h(rng, **b), body={
            "application": L(APPLICATION, UID), "to": "desk_indigene",
            "etop": L("Good morning, the village head of Ikot Udo Obong signed the letter for "
                      "Idara, her father is Aniekan Udofia of the Offot clan.",
                      f"{TEXT}|{SENS}|{NAMEC}")}),
        lines(f, f"{a}/v1/drafts", [
            {"field": "idung", "value": L(VILLAGE["idung"], SENS), "at": 1765303900},
            {"field": "ikpaisong", "value": L(VILLAGE["clan"], SENS), "at": 1765303921},
            {"field": "eyen.usen_mana", "value": L(DAUGHTER["dob"], BIRTH), "at": 1765303950}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/yom", headers=_h(rng, **b), query={
            "yom": L("indigene certificate for child born abroad", SEARCH)}),
        case(f, f"{a}/v1/declaration", fmt="form", headers=_h(rng, **b), body={
            "data": W({"application": L(APPLICATION, UID), "declarant": L(f"{FIRST} {LAST}",
                                                                          NAMEC),
                       "relation": "eka", "orua": L("Ibibio", SENS)}, "b64json"),
            "v": "1"}),
        case(f, f"{a}/v1/collection", headers=_h(rng, **b), body={
            "application": L(APPLICATION, UID),
            "collector": {"enying": L(HUSBAND[0], NAMEC), "nomba_fon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/risit", headers=_h(rng, how="none"), cookies={
            "ei_sid": L(opaque(rng, "", 40), CRED), "ei_dev": L(INSTALL_ID, DID),
            "ei_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("application_submitted", 1), ev("screen", 2, screen=L("Status", USAGE))]}),
    ]


def eyenidung_sdks() -> list[Case]:
    rng = random.Random(30122)
    return [
        nd_batch(APP, rng, [("Application Submitted", {"kind": "indigene_minor"}),
                            ("Fee Paid", {"amount": L(5000, BUY)})]),
        nd_identify(APP, rng, {"lga_of_origin": L("Uyo", SENS), "children": 1,
                               "obio": L("Uyo", COARSE)}),
        ik_launch(APP, rng),
        af_crash(APP, rng, ("java.io.FileNotFoundException", "attestation.pdf"),
                 [af_crumb("nav", "Application -> Documents")], screen="DocumentsActivity"),
        fe_eval(APP, rng, {"lga": "uyo", "kind": "indigene_minor"}),
        pe_register(APP, rng, tags={"lga": "uyo", "application": L(APPLICATION, UID)}),
        cs_check(APP, rng, {"analytics": True}),
        po_card(APP, rng, email=True),
        po_confirm(APP, rng, "5000.00"),
        mi_route(APP, rng, [(UY_HOME_AT, PRECISE),
                            ((SECRETARIAT["lat"], SECRETARIAT["lon"]), None)]),
        hu_message(APP, rng, L(f"The fee for application {APPLICATION} was paid twice", TEXT),
                   {"application": L(APPLICATION, UID)}),
    ]
