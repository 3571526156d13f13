"""A children's Saturday art class's parent app "Dindin Art" (a studio in Kotu where Fatoumata, 8,
paints and does tie-dye after her school week; the child's data is what the app is for; keys
Mandinka in ASCII mixed with English: ``wuluulaa`` parent, ``dindingo`` child, ``too`` name,
``kontong`` surname, ``wulu_lungo`` birth date, ``kewo_muso`` sex, ``karambung`` school,
``kalaasi`` class, ``karamoo`` teacher, ``kuuraa`` illness, ``boori`` medicine, ``jaa``
picture, ``taalaa`` the one who collects, ``telefoon``, ``imeel``, ``gundo``, ``kodoo``,
``joo``, ``dulaa``, ``safee``, ``nyinin``): the parent's log-in (OAuth password grant), ``/nna``
with a ``children`` claim, enrolling Fatoumata (her health notes), the term fee, the materials
kit, the gate check-in with her fix, a pick-up authorisation for her grandmother, attendance,
an absence note, photos of the child's paintings, the photo consent, exhibition tickets, a
message to the teacher, the child's portfolio by pupil number in the path, the term report
(PDF), a search, a birthday-party booking at the studio, the address, push and events by
session cookie."""

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
    GENDER,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families265_kit import (
    DAUGHTER,
    GROUP,
    HOME,
    HUSBAND,
    MOTHER_IL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families265_sdk import bw_bid, ct_crash, ct_crumb, mb_batch, mb_identify, tk_launch
from eval_families265_svc import ck_save, fk_eval, ha_message, pd_card, pd_confirm, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dindinart", "Dindin Art", "com.example.dindinart", "2.2.0",
          "https://api.dindinart.example.com")
IID = "X-Dindin-Device"
PW = "Fatou2017!Kotu"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUPIL = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dindinart() -> list[Case]:
    rng = random.Random(26551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeel=L(EMAIL, MAIL), children=[L(PUPIL, UID)],
                                    role="wuluulaa"))}
    sla, slo = fix(STUDIO_FIX, 5)
    folio = at_path(case(f, f"{a}/v1/dindingolu/{PUPIL}/portfolio", headers=_h(rng, **b),
                         query={"term": "2"}), PUPIL, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "dindin-parent"}),
        case(f, f"{a}/v1/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dindingolu", headers=_h(rng, **b), body={
            "wuluulaa": {"too": L(f"{FIRST} {LAST}", NAMEC), "telefoon": L(E164, TEL),
                         "imeel": L(EMAIL, MAIL)},
            "dindingo": {"too": L(DAUGHTER["first"], NAMEC), "kontong": L(DAUGHTER["last"], NAMEC),
                         "wulu_lungo": L(DAUGHTER["dob"], BIRTH),
                         "kewo_muso": L(DAUGHTER["sex"], GENDER),
                         "karambung": "Bundung Lower Basic School", "kalaasi": "grade 3",
                         "kuuraa": L("asthma", MED), "boori": L("salbutamol inhaler", MED),
                         "pupil_no": L(PUPIL, UID)},
            "group": GROUP["id"]}),
        case(f, f"{a}/v1/kodoo/term", fmt="form", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "term": "2", "kodoo": L("2500", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/kit", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "fengolu": [{"sku": "kit_paint_basic", "sango": 450},
                                                  {"sku": "apron_s", "sango": 150}],
            "kodoo": L(600, BUY)}),
        case(f, f"{a}/v1/gate/checkin", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "dulaa": {"lat": sla, "lon": slo},
            "gate": {"id": "gt_front", "lat": STUDIO["lat"], "lon": STUDIO["lon"]},
            "kuu": "dropoff"}),
        case(f, f"{a}/v1/taalaa", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID),
            "taalaa": {"too": L(MOTHER_IL[0], NAMEC), "telefoon": L(MOTHER_IL[1], TEL),
                       "relation": "mama"}, "lungolu": ["sat"]}),
        case(f, f"{a}/v1/taalaa/pin", fmt="form", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "pin": L("4071", CRED)}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "studio": STUDIO["id"], "group": GROUP["id"], "term": "2"}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), query={
            "pupil_no": L(PUPIL, UID), "term": "2"}),
        case(f, f"{a}/v1/absence", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "taariki": "2026-02-14", "sababoo": L("asthma", MED),
            "safee": L("Fatoumata had an asthma attack on Friday night, she rests this Saturday.",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/jaa", [
            ("jaa", "fatou_tiedye.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("meta", None, "application/json", {"pupil_no": L(PUPIL, UID),
                                                "title": L("My grandmother's compound", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/consent/photos", fmt="form", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "website": "no", "exhibition": "yes"}),
        case(f, f"{a}/v1/exhibition/tickets", headers=_h(rng, **b), body={
            "event": "ex_easter_2026", "seats": 3, "kodoo": L(300, BUY),
            "guests": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)]}),
        case(f, f"{a}/v1/kibaaroo", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "krm_isatou",
            "safee": L("Aunty Isatou, Fatoumata wants to paint the fishing boats at Tanji, can "
                       "she bring her own brushes?", f"{TEXT}|{NAMEC}")}),
        folio,
        multipart(f, f"{a}/v1/reports/ack", [
            ("report", "term1_report.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"pupil_no": L(PUPIL, UID),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nyinin", headers=_h(rng, **b), query={
            "q": L("holiday clay workshop April", SEARCH)}),
        case(f, f"{a}/v1/parties", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "taariki": "2026-03-07",
            "kuu": "birthday", "children": 12, "kodoo": L(3500, BUY),
            "safee": L("No groundnuts in the cake please, one friend is allergic", TEXT)}),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "suwo": L(HOME["line"], ADDR), "kabilo": L(HOME["area"], COARSE),
            "saatee": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "dd_sid": L(opaque(rng, "", 40), CRED), "dd_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("portfolio_opened", 1), ev("screen", 2, screen=L("Gallery", USAGE))]}),
    ]


def dindinart_sdks() -> list[Case]:
    rng = random.Random(26552)
    return [
        mb_batch(APP, rng, [("Portfolio Opened", {"term": 2}),
                            ("Fee Paid", {"amount": L(2500, BUY)})]),
        mb_identify(APP, rng, {"role": "parent", "children": 1, "saatee": L("Serekunda",
                                                                             COARSE)}),
        tk_launch(APP, rng),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,art,school"),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "gallery tile"),
                 [ct_crumb("nav", "Children -> Gallery")],
                 user={"id": L(USER_ID, UID)}, screen="GalleryActivity"),
        fk_eval(APP, rng, {"studio": STUDIO["id"], "children": 1}),
        pk_register(APP, rng, tags={"studio": STUDIO["id"], "group": GROUP["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "2500.00"),
        ha_message(APP, rng, L(f"The term fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"pupil_no": L(PUPIL, UID)}),
    ]
