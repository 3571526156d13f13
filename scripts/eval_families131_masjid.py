"""A Dushanbe mosque's zakat and Friday-sermon app "Nurminbar" (her religion; mosque and zakat
apps exist in sets 43, 49, 55, 60, 79 and 91: this one is a Tajik neighbourhood mosque's, with
its Friday sermons in Tajik, a women's class and zakat on the money her husband sends):
registration, log-in, ``/me``, prayer times in New York and the qibla from Dushanbe by the path,
the mosque's page, sermon progress, a zakat calculation, a zakat payment and the household's
fitra, a question to the imam, a prayer request, a class enrolment, reminders, a Friday
check-in, a volunteer form, push, events and her giving history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families131_kit import DAUGHTER, DU_HOME_AT, HUSBAND, MOSQUE, fix, home, obj
from eval_families131_sdk import by_bid, fp_crash, fp_crumb, gm_batch, il_launch, il_link
from eval_families131_svc import ck_message, pc_register, pt_card, pt_confirm, ss_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("nurminbar", "Nurminbar", "org.example.nurminbar", "1.9.4",
          "https://app.nurminbar.example.org")
IID = "X-Device-Install"
PASS = "Sabr&Shukr1991"
MEMBER = "NUR-22071"  # her membership number at the mosque (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **{"how": "upper", **kw})
    h["Accept-Language"] = L("en-US,tg;q=0.7", DEV)
    return h


def nurminbar() -> list[Case]:
    rng = random.Random(13121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID), email=L(EMAIL, MAIL)))}
    qibla_seg = f"{DU_HOME_AT[0]:.4f},{DU_HOME_AT[1]:.4f}"
    qibla = at_path(case(f, f"{a}/api/qibla/{qibla_seg}", headers=_h(rng, **b)), qibla_seg,
                    PRECISE)
    hla, hlo = home(3)
    mla, mlo = fix((38.577051, 68.776903), 6)
    sermon = obj(rng, "khutba", 8)
    return [
        case(f, f"{a}/api/register", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L(PASS, CRED), "gender": L("female", GENDER),
            "madhab": L("Hanafi", SENS), "section": L("sisters", GENDER),
            "homeMosque": MOSQUE["id"], "newsletter": True}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PASS, CRED), "remember": "1"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/prayer-times", headers=_h(rng, **b), query={
            "lat": hla, "lon": hlo, "method": "mwl", "asr": L("hanafi", SENS),
            "tz": L("America/New_York", DEV), "date": "2025-12-09"}),
        qibla,
        case(f, f"{a}/api/mosques/{MOSQUE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/sermons/{sermon}/progress", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "positionSec": 1312, "listenedSec": L(1290, USAGE),
            "speed": 1.25, "downloaded": True}),
        case(f, f"{a}/api/zakat/calculate", headers=_h(rng, **b), body={
            "goldGrams": 42.5, "silverGrams": 0, "cashTJS": 18400, "savingsUSD": 2100,
            "debtsTJS": 3000, "nisabBasis": "silver", "calcId": obj(rng, "zc")}),
        case(f, f"{a}/api/donations", headers=_h(rng, **b), body={
            "fund": L("zakat_al_mal", SENS), "amount": L("1460.00", BUY), "currency": "TJS",
            "receipt": L("NUR-Z-2025-0871", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "anonymous": False, "member": L(MEMBER, UID), "idempotency": rid(rng)}),
        case(f, f"{a}/api/fitra", headers=_h(rng, **b), body={
            "fund": L("zakat_al_fitr", SENS), "persons": [
                L(NAME, NAMEC), L(HUSBAND[0], NAMEC), L(DAUGHTER[0], NAMEC)],
            "perPerson": 15, "amount": L("45.00", BUY), "currency": "TJS"}),
        case(f, f"{a}/api/questions", headers=_h(rng, **b), body={
            "topic": "zakat", "anonymous": True, "qid": obj(rng, "q"),
            "text": L("Can I pay zakat from the money my husband sends from Moscow, or must"
                      " he pay it himself?", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/dua-requests", fmt="form", headers=_h(rng, **b), body={
            "text": L("Please make dua for my mother-in-law, and for our family far apart",
                      f"{TEXT}|{SENS}"), "public": "false"}),
        case(f, f"{a}/api/classes/enrol", fmt="form", headers=_h(rng, **b), body={
            "class": L("Quran tajwid for sisters, Tuesday", SENS), "member": L(MEMBER, UID),
            "phone": L(PHONE, TEL)}),
        case(f, f"{a}/api/reminders", headers=_h(rng, **b), body={
            "prayers": [L(p, SENS) for p in ("fajr", "dhuhr", "asr", "maghrib", "isha")],
            "jumuah": L(True, SENS), "minutesBefore": 10, "tz": L("Asia/Dushanbe", DEV)}),
        case(f, f"{a}/api/checkins", headers=_h(rng, **b), body={
            "mosque": MOSQUE["id"], "prayer": L("jumuah", SENS), "lat": mla, "lon": mlo,
            "mosqueAt": {"lat": MOSQUE["lat"], "lon": MOSQUE["lon"]}, "member": L(MEMBER, UID)}),
        case(f, f"{a}/api/volunteers", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "phone": L(PHONE, TEL), "skills": L(
                "English lessons for the children's madrasa", f"{TEXT}|{SENS}"),
            "days": ["sat", "sun"]}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "lang": L("en", DEV), "tz": L("Asia/Dushanbe", DEV), "model": L("Pixel 8", DEV),
            "topics": [L("jumuah", SENS), L("ramadan", SENS)]}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("sermon_played", 1, minutes=L(21, USAGE)), ev("zakat_paid", 2),
                ev("screen", 3, screen=L("QiblaCompass", USAGE))]}),
        case(f, f"{a}/api/giving/history", headers=_h(rng, how="none"), cookies={
            "nm_session": L(opaque(rng, "", 40), CRED), "nm_member": L(MEMBER, UID),
            "nm_rid": rid(rng)}),
        case(f, f"{a}/api/sermons", headers=_h(rng, **b), query={
            "mosque": MOSQUE["id"], "lang": "tg", "page": "2"}),
        case(f, f"{a}/api/sermons/{sermon}", headers=_h(rng, **b)),
        case(f, f"{a}/api/announcements", headers=_h(rng, **b), query={"mosque": MOSQUE["id"]}),
        case(f, f"{a}/api/ramadan/timetable", headers=_h(rng, **b), query={
            "city": L("Dushanbe", "location.coarse"), "year": "2026"}),
    ]


def nurminbar_sdks() -> list[Case]:
    rng = random.Random(13122)
    link = U("https://nurminbar.example.org/l/khutba", {"k": "2025-12-05", "m": L(MEMBER, UID),
                                                          "utm_source": "telegram"})
    return [
        gm_batch(APP, rng, [("Sermon Played", {"minutes": L(21, USAGE)}),
                            ("Zakat Paid", {"fund": L("zakat_al_mal", SENS),
                                            "amount": L(1460, BUY)})]),
        il_launch(APP, rng, n=9, user=True),
        il_link(APP, rng, link),
        by_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="ramadan,zakat"),
        fp_crash(APP, rng, ("android.media.MediaCodec$CodecException", "audio decoder stalled"),
                 [fp_crumb("nav", "Sermons -> Player"), fp_crumb("tap", "play")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}, screen="PlayerActivity"),
        pc_register(APP, rng, tags={"jumuah": L("true", SENS), "lang": "tg"}),
        ss_eval(APP, rng, {"member": L(MEMBER, UID)}),
        pt_card(APP, rng),
        pt_confirm(APP, rng, "1460.00"),
        ck_message(APP, rng, L("My zakat receipt NUR-Z-2025-0871 shows the wrong name",
                               f"{TEXT}|{BUY}"), {"member": L(MEMBER, UID)}),
    ]
