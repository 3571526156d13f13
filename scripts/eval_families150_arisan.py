"""A women's Qur'an study circle's (majelis taklim) arisan app "Arisantaklim": the circle meets
monthly at a member's house for a talk and recitation, each member pays a fixed contribution and
one name is drawn to receive the pot; the app also records attendance at the study, a
collective donation to the mosque and a reading schedule. Her religion (she joined the
circle after converting on her marriage) and her payments. No earlier set has an arisan
(a file-name and docstring grep for "arisan" found nothing); rotating savings groups exist in
sets 133 (likelemba), 138 (sacco) and 142 (sanla), so this one is tied to a religious study
circle and draws the winner in the app. English and Indonesian keys mixed."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
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
from eval_families150_kit import (
    FRIEND,
    HOST_FIX,
    HUSBAND,
    ID_ACCOUNT,
    MEMBER,
    MOSQUE,
    YK_HOME,
    fix,
    hd,
    push,
)
from eval_families150_sdk import (
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families150_svc import (
    cl_wallet,
    cy_check,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
FIT, NATID = "health.fitness", "personal.national_id"

APP = App("arisantaklim", "Arisantaklim", "com.example.arisantaklim", "1.6.4",
          "https://api.arisantaklim.example.org")
IID = "X-AT-Device"
PW = "Arisan*Sakinah7"
CIRCLE = "mt_sakinah_kg"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="id", **{"how": "plain", **kw})


def arisantaklim() -> list[Case]:
    rng = random.Random(15071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID), circle=L(CIRCLE, SENS)))}
    hla, hlo = fix(HOST_FIX, 6)
    rnd = "rd_2026_01"
    hist = at_path(case(f, f"{a}/v1/members/{MEMBER}/contributions", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "nama": L(f"{FIRST} {LAST}", NAMEC), "hp": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "circle": L(CIRCLE, SENS),
            "agama": L("Islam", SENS), "muallaf_since": L("2016", SENS)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "hp": L(E164, TEL), "pin": L("280519", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/circles/{CIRCLE}/join", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "sponsor": {"name": L(FRIEND[0], NAMEC),
                                                  "hp": L(FRIEND[1], TEL)},
            "share": 1}),
        case(f, f"{a}/v1/rounds/{rnd}/pay", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "amount": L(200000, BUY), "method": "transfer",
            "bank_account": L(ID_ACCOUNT, PAY), "ref": L("AR-26-01-0291", BUY)}),
        hist,
        case(f, f"{a}/v1/rounds/{rnd}/draw", headers=_h(rng, **b), query={
            "member": L(MEMBER, UID)}),
        case(f, f"{a}/v1/rounds/{rnd}/payout", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "amount": L("2400000", BUY),
            "wallet": L(E164, TEL), "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/meetings/attend", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "meeting": "mt_2026_01_16",
            "topic": L("Tafsir Surah Al-Kahf", SENS), "at": {"lat": hla, "lon": hlo},
            "host": "Bu Harjono"}),
        case(f, f"{a}/v1/tadarus/schedule", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "juz": L(12, SENS), "deadline": "2026-01-30"}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "fund": L("infaq_masjid", SENS),
            "mosque": MOSQUE["id"], "amount": L(100000, BUY), "anonymous": False}),
        case(f, f"{a}/v1/prayer-requests", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID),
            "text": L("Mohon doanya untuk anak saya Bima yang baru tahu membawa sifat "
                      "talasemia", f"{TEXT}|{SENS}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "circle": L(CIRCLE, SENS), "member": L(MEMBER, UID),
            "text": L("Bu Dewi, next month at my house in Gang Soka? My number is "
                      "+15550100199", f"{TEXT}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/v1/meetings/mt_2026_01_16/photos", [
            ("photo", "pengajian.jpg", "image/jpeg", L(JPEG + b"\x3a", f"{MEDIA}|{SENS}")),
            ("caption", None, "application/json",
             {"text": L("Pengajian Sakinah with Bu Dewi Anggraini", f"{TEXT}|{SENS}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/host/offer", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "month": "2026-02", "address": L(YK_HOME["line"], ADDR),
            "kampung": L(YK_HOME["kampung"], COARSE)}),
        case(f, f"{a}/v1/ledger", headers=_h(rng, how="none"), query={"circle": CIRCLE},
             cookies={"at_sess": L(opaque(rng, "", 40), CRED),
                      "at_m": W({"m": L(MEMBER, UID), "c": L(CIRCLE, SENS)}, "b64json")}),
        case(f, f"{a}/v1/members/{MEMBER}/profile", headers=_h(rng, **b), body={
            "nama": L(f"{FIRST} {LAST}", NAMEC), "alamat": L(YK_HOME["line"], ADDR),
            "tgl_lahir": L("17/05/1991", BIRTH), "suami": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/rounds", headers=_h(rng, **b), query={"circle": L(CIRCLE, SENS),
                                                             "member": L(MEMBER, UID)}),
        case(f, f"{a}/v1/zakat/calc", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "savings": 18500000,
            "zakat_due": L(462500, SENS), "haul_complete": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("contribution_paid", 1), ev("draw_viewed", 2),
                ev("screen", 3, screen=L("Round", USAGE))]}),
    ]


def arisantaklim_sdks() -> list[Case]:
    rng = random.Random(15072)
    return [
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "contribution", {"round": "2026-01"}, revenue=200000.0),
        mc_batch(APP, rng, [("Contribution Paid", {"amount": L(200000, BUY)}),
                            ("Meeting Attended", {"topic": L("Tafsir", SENS)})],
                 at=HOST_FIX, nd=2),
        mc_queue(APP, rng, [("Tadarus Logged", {"juz": L(12, SENS)}),
                            ("Chat Opened", {})]),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "draw already closed"),
                 [cd_crumb("nav", "Round -> Draw")], screen="DrawActivity"),
        pt_register(APP, rng, tags={"circle": L(CIRCLE, SENS), "pengajian": "yes"}, lang="id"),
        cy_check(APP, rng, {"analytics": True}),
        cl_wallet(APP, rng, "2400000", L(E164, TEL)),
    ]
