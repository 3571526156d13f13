"""The children's technical creativity station's model club app "Hairplan" (ahairplan: aeroplane;
Astan's rubber-powered and glider class, with a ship-model group): the parent's account. Keys are
Abkhaz in Latin letters with the Russian club words a Sukhum developer keeps (``akhdz`` name,
``azhwla`` surname, ``atel`` phone, ``azhwamadza`` password, ``akhwychy`` child, ``achkwyn`` boy,
``aiira_arytskhw`` birth date, ``svidetelstvo`` birth certificate, ``pol`` sex, ``an`` mother,
``andu`` grandmother, ``kruzhok`` club, ``artsaw`` instructor, ``aitslabra`` competition, ``aghba``
ship, ``nabor`` kit, ``apara`` amount, ``ahw`` price, ``amza`` month, ``agwabziara`` health,
``achymazara`` illness, ``atshamta`` message, ``apshaara`` search, ``atyp`` place, ``afoto`` photo):
sign-up, log-in, ``/sara`` with a JWT listing the children, Astan enrolled (birth certificate), his
health certificate (PDF) and consent, the monthly fee, a kit bought, the timetable, attendance by
member number in the path, a competition entry and its results, a photo of his glider, a flight
video, a pick-up authorisation for his grandmother, the gate check-in, a message to the instructor,
a drone-safety course, the trip consent for the Gudauta airfield, a search, push and events by a
session cookie. "aviamodel", "model aircraft", "aircraft model", "modelling club" and "modeling
club" matched no earlier docstring (robotics and chess clubs exist; this is a model-aircraft and
ship-model circle)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families278_kit import (
    AIRFIELD_AT,
    MOTHER_IL,
    SON,
    STATION,
    STATION_FIX,
    fix,
    hd,
    push,
)
from eval_families278_sdk import br_bid, cg_crash, cg_crumb, sa_batch, sa_identify, ta_launch
from eval_families278_svc import ca_card, ca_confirm, ck_save, fl_eval, hw_message, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hairplan", "Hairplan", "com.example.hairplan", "1.3.9",
          "https://api.hairplan.example.net")
IID = "X-Hairplan-Device"
PW = "Astan2015!Glider"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
MEMBER = SON["member"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def hairplan() -> list[Case]:
    rng = random.Random(27841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), akhshara=[L(MEMBER, UID)],
                                    rol="an"))}
    gla, glo = fix(STATION_FIX, 5)
    attendance = at_path(case(f, f"{a}/v1/akhwychy/{MEMBER}/poseshchenie", headers=_h(rng, **b),
                              query={"amza": "2026-02"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/an/registratsia", headers=_h(rng), body={
            "akhdz": L(FIRST, NAMEC), "azhwla": L(LAST, NAMEC), "atel": L(E164, TEL),
            "email": L(EMAIL, MAIL), "azhwamadza": L(PW, CRED), "rol": "an"}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "azhwamadza": L(PW, CRED)}),
        case(f, f"{a}/v1/sara", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/akhwychy", headers=_h(rng, **b), body={
            "akhdz": L(SON["first"], NAMEC), "azhwla": L(SON["last"], NAMEC),
            "aiira_arytskhw": L(SON["dob"], BIRTH), "pol": L(SON["sex"], GENDER),
            "svidetelstvo": L(SON["cert"], NID), "kruzhok": "avia_rezina_10_12",
            "member": L(MEMBER, UID),
            "an": {"akhdz": L(f"{FIRST} {LAST}", NAMEC), "atel": L(E164, TEL)}}),
        multipart(f, f"{a}/v1/agwabziara/spravka", [
            ("file", "spravka_086.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"member": L(MEMBER, UID),
                                                "godno": L(True, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/agwabziara/soglasie", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID),
            "achymazara": L("mild asthma, inhaler in the front pocket", f"{TEXT}|{MED}"),
            "alergia": L("epoxy resin (skin rash)", MED), "soglasie": True,
            "podpis": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/ashwara", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "amza": "2026-02", "apara": L("2500.00", BUY),
            "valiuta": "RUB", "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/nabor", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "nabor": "kit_f1h_glider", "ahw": L(1800, BUY),
            "zakaz": L("HP-Z-20418", BUY), "dostavka": "v kruzhok"}),
        case(f, f"{a}/v1/raspisanie", headers=_h(rng, **b), query={
            "kruzhok": "avia_rezina_10_12", "stantsia": STATION["id"]}),
        attendance,
        case(f, f"{a}/v1/aitslabra/zaiavka", headers=_h(rng, **b), body={
            "aitslabra": "cmp_gud_f1h_2026", "member": L(MEMBER, UID),
            "akhdz": L(KID, NAMEC), "aiira_arytskhw": L(SON["dob"], BIRTH),
            "kategoria": "10-12", "model": "F1H glider 'Amra-2'",
            "pole": {"lat": AIRFIELD_AT[0], "lon": AIRFIELD_AT[1]}}),
        case(f, f"{a}/v1/aitslabra/rezultaty", headers=_h(rng, **b), query={
            "aitslabra": "cmp_gud_f1h_2026", "member": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/afoto", [
            ("photo", "glider.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("meta", None, "application/json", {
                "member": L(MEMBER, UID),
                "atekst": L("His first glider, 48 seconds in the air!", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/avideo", [
            ("video", "flight.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"member": L(MEMBER, UID), "sek": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/doverennost", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID),
            "andu": {"akhdz": L(MOTHER_IL[0], NAMEC), "atel": L(MOTHER_IL[1], TEL)},
            "dni": ["sat"]}),
        case(f, f"{a}/v1/vorota/checkin", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "atyp": {"lat": gla, "lon": glo},
            "vorota": {"id": "gt_1", "lat": STATION["lat"], "lon": STATION["lon"]},
            "tip": "zabrat"}),
        case(f, f"{a}/v1/atshamta", headers=_h(rng, **b), body={
            "komu": "artsaw_kvarchia",
            "atekst": L("Astan Ketsba has a cold and will miss Thursday, he will finish the "
                        "wing at home", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/dron/kurs", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "kurs": "fpv_safety_1", "dron": "SN-TW-88021",
            "ahw": L("900", BUY)}),
        case(f, f"{a}/v1/poezdka/soglasie", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "poezdka": "trip_gudauta_0314", "soglasie": "aai",
            "atel_avariia": L(E164, TEL)}),
        case(f, f"{a}/v1/apshaara", headers=_h(rng, **b), query={
            "apshaara": L("balsa sheet 1.5 mm Sukhum", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "hp_sid": L(opaque(rng, "", 40), CRED), "hp_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("results_opened", 1), ev("screen", 2, screen=L("Timetable", USAGE))]}),
    ]


def hairplan_sdks() -> list[Case]:
    rng = random.Random(27842)
    return [
        sa_batch(APP, rng, [("Fee Paid", {"amount": L(2500, BUY)}),
                            ("Video Uploaded", {"seconds": 48})]),
        sa_identify(APP, rng, {"rol": "an", "akhshara": 1, "aqalaq": L("Sukhum", COARSE)}),
        ta_launch(APP, rng),
        br_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="models,kids,hobby"),
        cg_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encode"),
                 [cg_crumb("nav", "Afoto -> Avideo"), cg_crumb("tap", "upload")],
                 user={"id": L(USER_ID, UID)}, screen="VideoUploadActivity"),
        fl_eval(APP, rng, {"station": STATION["id"], "children": 1}),
        pz_register(APP, rng, tags={"kruzhok": "avia_rezina_10_12"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "2500.00"),
        hw_message(APP, rng, L(f"The kit for {KID} was not delivered to the club",
                               f"{TEXT}|{NAMEC}"), {"member": L(MEMBER, UID)}),
    ]
