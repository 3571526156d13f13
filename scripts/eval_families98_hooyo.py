"""Antenatal-visit tracker "Hooyocare" for her pregnancy (24 weeks), following the WHO
eight-contact schedule at a Hodan maternity centre with a community midwife's home visits and
transport vouchers (unlike set 88's Kano app: no insurance, a visit-by-visit contact record, a
midwife's ETA by her position, the paper card photographed): sign-up (last period, due date,
gravida and para), a log-in, ``/me`` with a JWT, contact 4's measurements, the card's photo, a
kick count (msgpack), symptoms, a home visit requested and its ETA, a transport voucher,
supplements, a tetanus dose, screening tests, the birth plan (her husband, his brother as blood
donor, her sickle-cell disease), the next contact, a midwife's chat, an ultrasound, the week's
tips, a danger sign, her weight, push, events and the visits by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims
from eval_families98_kit import (
    ANC_NO,
    BROTHER_IN_LAW,
    HOME,
    HOME_AT,
    HUSBAND,
    MCH,
    fix,
    hd,
    kicks,
    obj,
)
from eval_families98_sdk import (
    bb_bid,
    fi_crash,
    fi_crumb,
    fi_session,
    oq_event,
    oq_launch,
    th_batch,
    th_identify,
)
from eval_families98_svc import bz_register, tf_route, tk_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("hooyocare", "Hooyocare", "com.example.hooyocare", "3.1.7",
          "https://api.hooyocare.example.com")
IID = "X-Hooyo-Device"
PW = "Ubax-Subax-2026"
MS = f"{MED}|{SENS}"  # a fact of the pregnancy
TMS = f"{TEXT}|{MED}|{SENS}"  # text stating one


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, how=how, lang="so", **kw)


def hooyocare() -> list[Case]:
    rng = random.Random(9841)
    a, f = APP.api, APP.fam
    jw = J(claims(rng, email=L(EMAIL, MAIL), anc=L(ANC_NO, MED)))
    b = {"auth": "bearer"}
    visit = obj(rng, "hv", 8)
    vla, vlo = fix(HOME_AT, 5)
    sla, slo = fix((2.035102, 45.306377), 6)  # her fix when she pressed the danger sign
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "phone": L(PHONE_PAREN, TEL), "birthDate": L("17/05/1991", BIRTH),
            "lmp": L("2025-06-20", MS), "edd": L("2026-03-27", MS), "gravida": L(2, MS),
            "para": L(1, MS), "district": L(HOME["district"], COARSE), "lang": L("so", DEV)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, jwt=jw)),
        case(f, f"{a}/v2/anc/contacts", headers=_h(rng, **b), body={
            "contactNo": 4, "weeks": L(24, MS), "facility": MCH["id"], "bp": L("118/76", MED),
            "weightKg": L(68.2, FIT), "fundalCm": L(24, MS), "fhr": L(146, MS),
            "muacCm": L(25.5, FIT), "hb": L(10.4, MED), "urineProtein": L("negative", MED),
            "seenBy": "mw_0193"}),
        multipart(f, f"{a}/v2/anc/card", [
            ("photo", "anc_card.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{MS}")),
            ("meta", None, "application/json", {"ancNo": L(ANC_NO, MED),
                                                "facility": MCH["id"], "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kicks", fmt="msgpack", headers=_h(rng, **b), body={
            "start": 1765351200, "kicks": L(kicks(rng), MS), "count": 10, "minutes": 38}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "symptoms": [L("headache", MED), L("swollen feet", MED)],
            "text": L("Feet swollen since Tuesday, worse in the evening, 24 weeks now", TMS)}),
        case(f, f"{a}/v2/home-visits", headers=_h(rng, **b), body={
            "id": visit, "address": L(HOME["line"], ADDR),
            "district": L(HOME["district"], COARSE), "lat": vla, "lon": vlo,
            "landmark": L("Blue gate beside the tailor, second lane after the mosque",
                          f"{TEXT}|{ADDR}"),
            "preferred": "2025-12-12T09:00", "reason": L("swollen feet, BP check", MED),
            "gateContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/home-visits/{visit}/eta", headers=_h(rng, **b), query={
            "at": L(f"{HOME_AT[0]:.5f},{HOME_AT[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v2/vouchers/transport", fmt="form", headers=_h(rng, **b), body={
            "voucher": L("TV-55102", BUY), "fare": L("3.00", BUY), "mode": "bajaj",
            "facility": MCH["id"]}),
        case(f, f"{a}/v2/supplements", fmt="form", headers=_h(rng, **b), body={
            "ifa": L("1", MED), "calcium": L("1", MED), "date": "2025-12-10"}),
        case(f, f"{a}/v2/vaccines", headers=_h(rng, **b), body={
            "vaccine": L("Td", MED), "dose": L(2, MED), "date": "2025-12-03",
            "facility": MCH["id"], "batch": "TD-24-0771"}),
        case(f, f"{a}/v2/tests", headers=_h(rng, **b), body={
            "hiv": L("negative", MED), "syphilis": L("non-reactive", MED),
            "malariaRdt": L("negative", MED), "bloodGroup": L("O+", MED),
            "genotype": L("HbSC", MED)}),
        case(f, f"{a}/v2/birth-plan", headers=_h(rng, **b), body={
            "facility": {"id": MCH["id"], "name": MCH["name"], "phone": MCH["phone"]},
            "companion": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "bloodDonor": {"name": L(BROTHER_IN_LAW[0], NAMEC),
                           "phone": L(BROTHER_IN_LAW[1], TEL)},
            "transport": "bajaj", "sickleCell": L(True, MED),
            "notes": L("Sickle cell: please have blood ready and keep me warm in labour", TMS)}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "facility": MCH["id"], "slot": "2026-01-14T08:30", "contactNo": 5,
            "weeks": L(30, MS)}),
        case(f, f"{a}/v2/chat/messages", headers=_h(rng, **b), body={
            "to": "mw_0193", "thread": obj(rng, "ch", 8),
            "text": L("The baby moved less since this morning, is that normal at 24 weeks?",
                      TMS)}),
        multipart(f, f"{a}/v2/ultrasound", [
            ("image", "scan_24w.jpg", "image/jpeg", L(JPEG + b"\xb2", f"{MEDIA}|{MS}")),
            ("report", None, "application/json", {"gaWeeks": L(24, MS), "efwG": L(640, MS),
                                                  "placenta": L("posterior", MS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tips", headers=_h(rng, **b), query={
            "week": L("24", MS), "lang": L("so", DEV)}),
        case(f, f"{a}/v2/danger-signs", headers=_h(rng, **b), body={
            "sign": L("reduced fetal movements", MS), "lat": sla, "lon": slo,
            "notify": [L(HUSBAND[1], TEL)], "at": "2025-12-10T11:42:05+03:00"}),
        case(f, f"{a}/v2/weight", fmt="form", headers=_h(rng, **b), body={
            "kg": L("68.4", FIT), "week": L("24", MS)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("so_SO", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("contact_logged", 1, weeks=L(24, MS)), ev("kick_count_done", 2),
                ev("screen", 3, screen=L("BirthPlan", USAGE))]}),
        case(f, f"{a}/v2/visits", headers=_h(rng, how="nodash"),
             cookies={"hc_sess": L(opaque(rng, "", 40), CRED), "hc_lang": L("so", DEV)}),
    ]


def hooyocare_sdks() -> list[Case]:
    rng = random.Random(9842)
    return [
        th_batch(APP, rng, [("Contact Logged", {"weeks": L(24, MS)}),
                            ("Kick Count Done", {"count": 10})]),
        th_identify(APP, rng, {"due_month": L("2026-03", MS), "city": L("Muqdisho", COARSE),
                               "lang": L("so", DEV)}),
        oq_launch(APP, rng, user=True),
        oq_event(APP, rng, "anc_contact_logged", {"contact": 4}, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 300, "h": 250}},
               keywords=L("pregnancy,baby,maternity", MS), gender="F", yob=1991),
        fi_crash(APP, rng, ("java.lang.NullPointerException", "edd == null"),
                 [fi_crumb("nav", "Home -> KickCounter")], screen="KickActivity"),
        fi_session(APP, rng, secs=380),
        tk_eval(APP, rng, {"trimester": L(2, MS), "district": L("Hodan", COARSE)}),
        bz_register(APP, rng, tags={"week": L(24, MS), "lang": "so"}),
        tf_route(APP, rng, [(HOME_AT, PRECISE), ((MCH["lat"], MCH["lon"]), None)]),
    ]
