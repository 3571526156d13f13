"""Maternal-health app "Awomama" for her antenatal visits at a Kano maternity centre (she is 27
weeks pregnant): sign-up, log-in, ``/me``, the pregnancy record (last period, due date, gravida
and para, genotype, insurance number), a visit's measurements, an ultrasound image, kick counts
(msgpack), a symptom check, a home blood-pressure reading (protobuf), supplements, a tetanus dose,
her weight, the birth plan (her husband and a blood donor), a visit booked, a midwife's chat,
facilities near her, an SOS, the week's tips, a forum post, push, events and the visits by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    CRED,
    DEV,
    DID,
    E164,
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
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families88_kit import ANC_CARD, ANC_CLINIC, EDD, HUSBAND, KANO_HOME_AT, LMP, fix, obj
from eval_families88_sdk import fw_crash, fw_crumb, kd_batch, kd_queue, tb_bid, tl_event, tl_open
from eval_families88_svc import sx_register, td_message, tg_eval, yn_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("awomama", "Awomama", "com.example.awomama", "2.3.7", "https://api.awomama.example.org")
IID = "X-Awomama-Install"
PW = "Zobo-Garden-3318"
PG = f"{MED}|{SENS}"  # a fact of the pregnancy: medical and, by the taxonomy, sensitive
CUFF = {"serial": "BPC-KN-7720413", "model": "Omni Cuff 3"}  # the home cuff (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def awomama() -> list[Case]:
    rng = random.Random(8871)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), anc=L(ANC_CARD, MED)))}
    b = {"auth": "bearer"}
    sos = fix((12.004301, 8.541522))
    lab: dict[str, str] = {}
    bp = pb([(1, L(USER_ID, UID)), (2, L(138, MED)), (3, L(91, MED)), (4, L(88, FIT)),
             (5, CUFF["serial"]), (6, 1765348200)], "", lab)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "dob": L(DOB, BIRTH), "language": L("ha", DEV)}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "awomama-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/pregnancy", headers=_h(rng, **b), body={
            "lmp": L(LMP, PG), "edd": L(EDD, PG), "gravida": L(3, PG), "para": L(1, PG),
            "genotype": L("AS", MED), "bloodGroup": L("O+", MED),
            "previousCaesarean": L(False, MED), "ancCard": L(ANC_CARD, MED),
            "nhia": L("NHIA-KN-0447219", MED), "clinic": ANC_CLINIC["id"]}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "visit": 4, "clinic": ANC_CLINIC["id"], "weeks": L(27, PG),
            "bp": {"sys": L(134, MED), "dia": L(88, MED)}, "weightKg": L(74.2, FIT),
            "fundalCm": L(27, PG), "fhr": L(146, PG), "urineProtein": L("trace", MED),
            "hb": L(10.4, MED), "next": "2025-12-30"}),
        multipart(f, f"{a}/v2/scans", [
            ("image", "scan_27w.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{PG}")),
            ("report", None, "application/json", {"weeks": L(27, PG), "efwG": L(1010, PG),
                                                  "placenta": L("posterior", PG)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kicks", fmt="msgpack", headers=_h(rng, **b), body={
            "session": obj(rng, "ks", 8), "kicks": L([12, 95, 160, 301, 377, 540, 612, 700,
                                                      845, 910], PG), "minutes": 20}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "symptoms": [L("headache", MED), L("swollen feet", MED), L("blurred vision", MED)],
            "text": L("Headache and swollen feet since morning, lights look fuzzy",
                      f"{TEXT}|{MED}"),
            "advice": "see_clinic_today"}),
        raw(f, f"{a}/v2/bp/readings", bp, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/supplements", fmt="form", headers=_h(rng, **b), body={
            "iron_folate": L("taken", MED), "ipt_sp_dose": L("2", PG), "date": "2025-12-09"}),
        case(f, f"{a}/v2/vaccines", headers=_h(rng, **b), body={
            "vaccine": L("tetanus-diphtheria", MED), "dose": L(2, MED), "date": "2025-11-18",
            "clinic": ANC_CLINIC["id"]}),
        case(f, f"{a}/v2/weight", fmt="form", headers=_h(rng, **b), body={
            "kg": L("74.2", FIT), "date": "2025-12-09"}),
        case(f, f"{a}/v2/birth-plan", headers=_h(rng, **b), body={
            "facility": ANC_CLINIC["id"], "facilityPhone": ANC_CLINIC["phone"],
            "transport": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "bloodDonor": {"name": L("Ibrahim Sule", NAMEC), "phone": L("+2348125550148", TEL),
                           "group": L("O+", MED)},
            "companion": L("Hajiya Ladi (mother-in-law)", NAMEC), "pain": L("epidural", PG)}),
        case(f, f"{a}/v2/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": ANC_CLINIC["id"], "date": "2025-12-30", "time": "09:00",
            "reason": L("raised blood pressure recheck", MED)}),
        case(f, f"{a}/v2/midwife/chat", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8),
            "text": L("My BP was 138/91 at home tonight, should I come in?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/facilities/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{KANO_HOME_AT[0]:.4f}", PRECISE),
            "lon": L(f"{KANO_HOME_AT[1]:.4f}", PRECISE), "type": "emergency_obstetric"}),
        case(f, f"{a}/v2/sos", headers=_h(rng, **b), body={
            "lat": sos[0], "lon": sos[1], "reason": L("bleeding", PG),
            "notify": [L(HUSBAND[1], TEL)], "callAmbulance": True}),
        case(f, f"{a}/v2/tips", headers=_h(rng, **b), query={"week": L("27", PG),
                                                            "lang": L("ha", DEV)}),
        case(f, f"{a}/v2/forum/posts", headers=_h(rng, **b), body={
            "board": "third-trimester",
            "text": L("Third pregnancy after a loss last year, anyone else nervous at 27 weeks?",
                      f"{TEXT}|{PG}"), "anonymous": True}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ha_NG", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("visit_logged", 1, weeks=L(27, PG)), ev("kicks_counted", 2),
                ev("screen", 3, screen=L("Timeline", USAGE))]}),
        case(f, f"{a}/v2/visits", headers=_h(rng, how="upper"),
             cookies={"aw_session": L(opaque(rng, "", 40), CRED)}),
    ]


def awomama_sdks() -> list[Case]:
    rng = random.Random(8872)
    return [
        kd_batch(APP, rng, [("Visit Logged", {"weeks": L(27, PG)}),
                            ("Kicks Counted", {"count": 10})], locale="ha-NG"),
        kd_queue(APP, rng, [("Tip Read", {"week": L(27, PG)}), ("Symptom Checked", {})]),
        tl_open(APP, rng, first=True),
        tl_event(APP, rng, "subscribe_premium", {"plan": "monthly"}, revenue=1500.0,
                 hashed=True),
        tb_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991, gender="F",
               keywords=L("pregnancy,third trimester,baby", PG)),
        fw_crash(APP, rng, ("java.lang.ArithmeticException", "divide by zero"),
                 [fw_crumb("nav", "Home -> Kicks"),
                  fw_crumb("log", "kick session", {"minutes": 0})], screen="KickActivity"),
        tg_eval(APP, rng, {"trimester": L(3, PG), "bpWatch": L(True, MED)}),
        sx_register(APP, rng, tags={"due": L("2026-03", PG)}),
        yn_save(APP, rng, {"analytics": True, "ads": False}),
        td_message(APP, rng, L("I cannot add my second scan, the app says week 27 is "
                               "already full", f"{TEXT}|{PG}"), {"plan": "premium"}),
    ]
