"""A caving club's expedition registry "Kremkhlaw" (the club surveys the limestone caves around
Sohra; members register each trip underground with a call-out time, so the surface team knows
when to raise the alarm). Its API's keys are Khasi, ASCII-folded: ``kyrteng`` name,
``kyrteng_jait`` surname, ``nombar_phone`` phone, ``kyntien_rieh`` password, ``sngi_kha`` birth
date, ``krem`` cave, ``jingiaid`` trip, ``ki_para`` companions, ``por_mih`` time out (the
call-out), ``nongiarap`` emergency contact, ``koit_khiah`` health, ``dawai`` medicine,
``jingkhia`` weight, ``jingshai`` light, ``dur`` picture, ``khubor`` message, ``jaka`` place,
``bai`` fee, ``jingsiew`` payment, ``nombar_member`` membership number: joining the club, an
e-mail code, ``/nga``, the annual fee, the medical form, a trip registration, the check-in at
the cave mouth with her fix, the "out safe" call, a survey sketch upload, survey shots (msgpack;
stations negatives), a gear loan, the cave by ID, trips by member number in the path, a message
to her partner, the club chat, a search of the cave list, a waiver signature, push and events."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families24_kit import claims, rid
from eval_families293_kit import (
    CAVE,
    CAVE_FIX,
    HUSBAND,
    MEMBER,
    PARTNER,
    SOHRA_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families293_sdk import cn_crash, cn_crumb, cn_session, mu_batch, mu_queue, tm_launch
from eval_families293_svc import dk_save, fw_eval, hk_attach, mp_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kremkhlaw", "Kremkhlaw", "com.example.kremkhlaw", "1.9.5",
          "https://api.kremkhlaw.example.net")
IID = "X-KK-Device"
PW = "Mawmluh&Krem44"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kremkhlaw() -> list[Case]:
    rng = random.Random(29321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER, UID),
                                    role="caver"))}
    cla, clo = fix(CAVE_FIX)
    trip = obj(rng, "jt")
    trips = at_path(case(f, f"{a}/api/members/{MEMBER}/jingiaid", headers=_h(rng, **b),
                         query={"snem": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/members", headers=_h(rng), body={
            "kyrteng": L(FIRST, NAMEC), "kyrteng_jait": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "nombar_phone": L(E164, TEL),
            "kyntien_rieh": L(PW, CRED), "sngi_kha": L(DOB, BIRTH),
            "shong_ha": L("Shillong", COARSE), "nombar_member": L(MEMBER, UID),
            "nongiarap": {"kyrteng": L(HUSBAND[0], NAMEC), "nombar_phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kod": L("550917", CRED)}),
        case(f, f"{a}/api/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/jingsiew/snem", fmt="form", headers=_h(rng, **b), body={
            "nombar_member": L(MEMBER, UID), "bai": L("1200.00", BUY), "currency": "INR",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/koit_khiah", gz=True, headers=_h(rng, **b), body={
            "nombar_member": L(MEMBER, UID), "asthma": L(False, MED),
            "dawai": [L("cetirizine 10 mg", MED)], "allergy": L("bee stings", MED),
            "jingkhia": L(61, FIT), "snam": L("O+", MED),
            "jingpang_shuwa": L("Left knee ligament sprain 2019", MED)}),
        case(f, f"{a}/api/jingiaid", headers=_h(rng, **b), body={
            "jingiaid": trip, "krem": CAVE["id"], "tarik": "2026-01-24", "por_rung": "09:00",
            "por_mih": "17:30", "ki_para": [L(f"{FIRST} {LAST}", NAMEC), L(PARTNER[0], NAMEC)],
            "nongiarap": {"kyrteng": L(HUSBAND[0], NAMEC), "nombar_phone": L(HUSBAND[1], TEL)},
            "jingshai": 3, "rukom": "survey"}),
        case(f, f"{a}/api/jingiaid/{trip}/checkin", headers=_h(rng, **b), body={
            "jaka": {"lat": cla, "lng": clo, "acc": 7},
            "krem": {"id": CAVE["id"], "lat": CAVE["lat"], "lng": CAVE["lon"]},
            "por": "2026-01-24T09:06:00+05:30"}),
        case(f, f"{a}/api/jingiaid/{trip}/mih", fmt="form", headers=_h(rng, **b), body={
            "status": "mih_suk", "lat": L(f"{CAVE_FIX[0]:.4f}", PRECISE),
            "lng": L(f"{CAVE_FIX[1]:.4f}", PRECISE), "por": "16:52"}),
        multipart(f, f"{a}/api/survey/sketch", [
            ("sketch", "mawmluh_ext_3.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"jingiaid": trip, "krem": CAVE["id"],
                                                "da": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/survey/shots", fmt="msgpack", headers=_h(rng, **b), body={
            "jingiaid": trip, "da": L(MEMBER, UID),
            "shots": [{"from": CAVE["station"], "to": f"MM-{115 + i}", "len_m": 4.2 + i,
                       "az": 212.0 - 7 * i, "inc": -8.5} for i in range(4)]}),
        case(f, f"{a}/api/gear/loan", headers=_h(rng, **b), body={
            "nombar_member": L(MEMBER, UID), "gear": ["helmet_m", "srt_kit_07"],
            "bai": L(300, BUY), "ka_jingkhia": L(61, FIT)}),
        case(f, f"{a}/api/krem/{CAVE['id']}", headers=_h(rng, **b)),
        trips,
        case(f, f"{a}/api/khubor", headers=_h(rng, **b), body={
            "sha": "mem_0388",
            "khubor": L(f"{PARTNER[0].split()[0]}, I will bring the Disto, call me on "
                        f"+1 555 010 0199 if the road is blocked", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/chat", headers=_h(rng, **b), body={
            "room": "sohra-team",
            "khubor": L("Ka um ka la kiew ha ka lynti shaphang ka shnong, ngin mih kloi", TEXT)}),
        case(f, f"{a}/api/krem/wad", headers=_h(rng, **b), query={
            "wad": L("krem ba jrong bad ym don um", SEARCH), "district": "EKH"}),
        multipart(f, f"{a}/api/waiver", [
            ("sain", "sain.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"nombar_member": L(MEMBER, UID),
                                                "kyrteng": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/profile", headers=_h(rng, how="none"), cookies={
            "kk_session": L(opaque(rng, "", 40), CRED), "kk_dev": L(INSTALL_ID, DID),
            "kk_pref": W({"member": L(MEMBER, UID), "units": "m"}, "b64json")}),
        case(f, f"{a}/api/events/rsvp", fmt="form", headers=_h(rng, **b), body={
            "event": "ev_krem_clean_feb", "nombar_member": L(MEMBER, UID), "ki_para": "2",
            "khubor": L("Ngan wan lem bad u tnga jong nga", TEXT)}),
        case(f, f"{a}/api/jingiaid/{trip}/cancel", fmt="form", headers=_h(rng, **b), body={
            "jingmut": L("Slap khlaw, the stream in the entrance is too high", TEXT),
            "da": L(MEMBER, UID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("trip_registered", 1), ev("screen", 2, screen=L("CalloutTimer", USAGE))]}),
    ]


def kremkhlaw_sdks() -> list[Case]:
    rng = random.Random(29322)
    return [
        mu_batch(APP, rng, [("Trip Registered", {"cave": CAVE["id"]}),
                            ("Out Safe", {})], at=CAVE_FIX, nd=2),
        mu_queue(APP, rng, [("Survey Shot", {"n": 4}), ("Sketch Uploaded", {})]),
        tm_launch(APP, rng, user=True),
        cn_crash(APP, rng, ("java.lang.ArithmeticException", "azimuth NaN"),
                 [cn_crumb("nav", "Trip -> Survey"), cn_crumb("tap", "add_shot")],
                 screen="SurveyActivity"),
        fw_eval(APP, rng, {"club": "kkc", "role": "caver"}, hdr=True),
        pg_register(APP, rng, at=SOHRA_AT, nd=2, tags={"team": "sohra"}),
        dk_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_geocode(APP, rng, "Mawmluh cave parking", SEARCH, near=SOHRA_AT, nd=3),
        cn_session(APP, rng, secs=1402),
        hk_attach(APP, rng, L(JPEG + b"\x17", MEDIA), "broken_helmet_clip.jpg", "image/jpeg"),
    ]
