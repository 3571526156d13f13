"""Youth rondalla app "Rondalya" (Ysabel, 10, plays the bandurria in a parish-hall string band in
Angeles; the parent's app, the child's data; its API's keys are Kapampangan with English:
``anak`` child, ``magulang`` parent, ``relasyon`` relation (``ima`` mother), ``lagyu`` name,
``apelyidu`` surname, ``aldo_kebaitan`` birth date, ``sexu`` sex (``babai`` girl), ``selpon``
mobile, ``kayanib`` member, ``instrumentu`` instrument, ``praktis`` rehearsal, ``tugtug``
piece of music, ``damit`` costume, ``katas`` height, ``baywang`` waist, ``mestra`` teacher,
``apu`` grandparent, ``sakit`` illness, ``gamut`` medicine, ``bayad`` payment, ``alaga``
amount, ``mensahi`` message, ``letratu`` photo, ``panintun`` search, ``aku`` me): the parent's
sign-up and OAuth log-in, ``/aku`` with an ``anak`` claim, enrolling Ysabel with her PhilSys card
number, her roster by member number in the path, rehearsals, an absence note, a bandurria on
loan, the monthly fee, costume measurements, a practice recording, the teacher's feedback, a
concert-trip consent, a pick-up authorisation for her grandmother, the hall check-in, a message
to the teacher, the member-card photo, concert tickets, a song search, the health form (gzip),
push and events. Music schools exist (sets 111, 114, 127: gaita, harp, duduk lessons); this is an
ensemble (rehearsal rota, instrument loan, costumes, trips), and no set has a rondalla (a
docstring grep for "rondalla" found none)."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
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
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families192_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HUSBAND,
    MOTHER_IL,
    TEACHER,
    fix,
    hd,
    push,
)
from eval_families192_sdk import bt_bid, cb_crash, cb_crumb, mb_batch, mb_identify, tk_launch
from eval_families192_svc import ck_save, cm_card, cm_confirm, fb_eval, ht_message, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("rondalya", "Rondalya", "com.example.rondalya", "2.0.3",
          "https://api.rondalya.example.org")
IID = "X-Rondalya-Device"
PW = "Bandurria!Ysa2015"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
MEMBER = DAUGHTER["member"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def rondalya() -> list[Case]:
    rng = random.Random(19251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), anak=[L(MEMBER, UID)],
                                    role="magulang"))}
    hla, hlo = fix(HALL_FIX, 5)
    roster = at_path(case(f, f"{a}/v1/kayanib/{MEMBER}", headers=_h(rng, **b),
                          query={"season": "2025-26"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/magulang", headers=_h(rng), body={
            "lagyu": L(FIRST, NAMEC), "apelyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "relasyon": "ima"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "rondalya-parent"}),
        case(f, f"{a}/v1/aku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/anak/enrol", headers=_h(rng, **b), body={
            "anak": {"lagyu": L(DAUGHTER["first"], NAMEC), "apelyidu": L(DAUGHTER["last"], NAMEC),
                     "aldo_kebaitan": L(DAUGHTER["dob"], BIRTH),
                     "sexu": L(DAUGHTER["sex"], GENDER), "philsys": L(DAUGHTER["pcn"], NID),
                     "grade": "5"},
            "instrumentu": "bandurria", "kayanib": L(MEMBER, UID),
            "magulang": {"lagyu": L(f"{FIRST} {LAST}", NAMEC), "selpon": L(E164, TEL)}}),
        roster,
        case(f, f"{a}/v1/praktis", headers=_h(rng, **b), query={
            "kayanib": L(MEMBER, UID), "bulan": "2026-02"}),
        case(f, f"{a}/v1/praktis/absent", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "aldo": "2026-02-07", "dahilan": L("sakit", MED),
            "sulat": L("E makapraktis i Ysabel, atin yang hika at ubu ngeni", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/instrumentu/loan", fmt="form", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "instrumentu": "bandurria", "serial": "BND-0934",
            "deposit": L("1500", BUY)}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "bulan": "2026-02", "alaga": L("800.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/damit/sukad", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "katas_cm": L(141, FIT), "baywang_cm": L(58, FIT),
            "dibdib_cm": L(66, FIT), "size": "YM", "damit": "baro't saya"}),
        multipart(f, f"{a}/v1/tugtug/recording", [
            ("audio", "praktis_pamulinawen.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"kayanib": L(MEMBER, UID),
                                                "tugtug": "Atin Cu Pung Singsing"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), query={"kayanib": L(MEMBER, UID)}),
        case(f, f"{a}/v1/trips/tr_manila_fest/consent", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "consent": True,
            "emergency": {"lagyu": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "gamut": L("salbutamol inhaler", MED), "sakit": L("asthma", MED)}),
        case(f, f"{a}/v1/pickup", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID),
            "apu": {"lagyu": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                    "relasyon": "apu"}, "aldo": ["sat"]}),
        case(f, f"{a}/v1/hall/checkin", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "lugal": {"lat": hla, "lng": hlo},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            "klase": "dropoff"}),
        case(f, f"{a}/v1/mensahi", headers=_h(rng, **b), body={
            "kang": {"lagyu": L(TEACHER[0], NAMEC), "email": L(TEACHER[1], MAIL)},
            "mensahi": L("Mestra, i Ysabel malati pa ing gamat na, makatugtug ya pa king solo?",
                         f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/kayanib/letratu", [
            ("letratu", "ysabel_id.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"kayanib": L(MEMBER, UID), "use": "id_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/concert/tickets", headers=_h(rng, **b), body={
            "concert": "cn_pasku_2025", "bilang": 3, "alaga": L(600, BUY),
            "para": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)]}),
        case(f, f"{a}/v1/tugtug/panintun", headers=_h(rng, **b), query={
            "q": L("Atin Cu Pung Singsing bandurria notes", SEARCH)}),
        case(f, f"{a}/v1/health/form", gz=True, headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "lagyu": L(KID, NAMEC),
            "aldo_kebaitan": L(DAUGHTER["dob"], BIRTH), "allergies": [L("shrimp", MED)],
            "sakit": [L("asthma", MED)], "blood_type": L("O+", MED),
            "doctor_note": L("Use inhaler before long rehearsals", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "balen": L("Angeles City", COARSE), "barangay": L("Pulung Bulu", COARSE)}),
        case(f, f"{a}/v1/gamit", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "rd_sid": L(opaque(rng, "", 40), CRED), "rd_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("schedule_opened", 1), ev("screen", 2, screen=L("Praktis", USAGE))]}),
    ]


def rondalya_sdks() -> list[Case]:
    rng = random.Random(19252)
    return [
        mb_batch(APP, rng, [("Rehearsal Opened", {"month": "2026-02"}),
                            ("Fee Paid", {"amount": L(800, BUY)})]),
        mb_identify(APP, rng, {"role": "magulang", "children": 1,
                               "balen": L("Angeles City", COARSE)}),
        tk_launch(APP, rng),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,guitar"),
        cb_crash(APP, rng, ("java.lang.NullPointerException", "recording row"),
                 [cb_crumb("nav", "Praktis -> Recording")],
                 user={"id": L(USER_ID, UID)}, screen="RecordingActivity"),
        fb_eval(APP, rng, {"hall": HALL["id"], "children": 1}),
        ps_register(APP, rng, tags={"hall": HALL["id"], "section": "bandurria"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "800.00"),
        ht_message(APP, rng, L(f"The February fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"kayanib": L(MEMBER, UID)}),
    ]


__all__ = ["APP", "rondalya", "rondalya_sdks"]
