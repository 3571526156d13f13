"""Market women's esusu (rotating savings) group app "Esusumma" of fabric sellers at Ogbete Main
Market, Enugu (she co-owns a stall her sister minds). Unlike set 112's Dakar tontine circle it is
built around the market day: daily contributions marked by the group's collector at the stall,
late penalties, a payout-order swap. Sign-up with her stall and BVN, the SMS code, a PIN, a PIN
log-in, ``/me`` with a JWT, joining the group by its invite code, the group, a contribution, the
history, a swap asked, her payout account, the collector's mark at the stall (msgpack, her fix),
a market-day sync (protobuf, her fix), a guarantor, a member invited by number, the group chat
and a voice note, a goal, a penalty, a statement e-mailed, a receipt by number in the path, push,
events and the wallet by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import NATID
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families124_kit import (
    BANK_CODE,
    BVN,
    COLLECTOR,
    MARKET,
    NUBAN,
    SISTER,
    STALL,
    STALL_FIX,
    fix,
    members,
    obj,
    ref,
)
from eval_families124_sdk import (
    as_bid,
    ck_crumb,
    ck_report,
    gh_batch,
    gh_queue,
    of_event,
    of_session,
)
from eval_families124_svc import cw_message, pay_otp, pay_resolve, pg_register
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("esusumma", "Esusumma", "com.example.esusumma", "3.0.4",
          "https://api.esusumma.example.com")
IID = "X-Esusu-Device"
PIN = "2719"
GROUP = "grp_ogbete_umunne"  # the group's ID (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def esusumma() -> list[Case]:
    rng = random.Random(12441)
    a, f = APP.api, APP.fam
    g = f"{a}/v2/groups/{GROUP}"
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), group=GROUP))}
    b = {"auth": "bearer"}
    sla, slo = fix(STALL_FIX, 6)
    rc = ref(rng, "ESU")
    receipt = at_path(case(f, f"{a}/v2/receipts/{rc}", headers=_h(rng, **b)), rc, BUY)
    lab: dict[str, str] = {}
    pla, plo = fix(STALL_FIX, 5)
    sync = pb([(1, L(USER_ID, UID)), (2, GROUP), (3, [(1, pla), (2, plo)]),
               (4, 1765278300), (5, 14000)], "", lab)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "dob": L(DOB, BIRTH), "trade": "fabrics", "market": MARKET["id"],
            "stall": L(STALL, ADDR), "bvn": L(BVN, NATID)}),
        case(f, f"{a}/v2/signup/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("660218", CRED)}),
        case(f, f"{a}/v2/pin", fmt="form", headers=_h(rng), body={
            "pin": L(PIN, CRED), "pinConfirm": L(PIN, CRED)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "pin": L(PIN, CRED), "device": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/groups/join", headers=_h(rng, **b), body={
            "inviteCode": L("ESU-4Q7K-91", CRED), "group": GROUP}),
        case(f, g, headers=_h(rng, **b)),
        case(f, f"{g}/contributions", fmt="form", headers=_h(rng, **b), body={
            "amount": L("2000", BUY), "day": "2025-12-09", "channel": "card",
            "reference": L(rc, BUY)}),
        case(f, f"{g}/contributions", query={"page": "2", "per": "31"}, headers=_h(rng, **b)),
        case(f, f"{g}/swap", headers=_h(rng, **b), body={
            "fromSlot": 7, "toSlot": 3, "order": members(rng, 4),
            "reason": L("My daughter's hostel fees are due in January", TEXT)}),
        case(f, f"{a}/v2/payout-account", headers=_h(rng, **b), body={
            "accountNumber": L(NUBAN, PAY), "bankCode": BANK_CODE,
            "accountName": L(NAME.upper(), NAMEC)}),
        case(f, f"{a}/v2/collections", fmt="msgpack", headers=_h(rng, **b), body={
            "collector": COLLECTOR["id"], "group": GROUP, "lat": sla, "lon": slo,
            "amount": L(2000, BUY), "stall": L(STALL, ADDR), "ts": 1765278010}),
        raw(f, f"{a}/v2/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/guarantor", headers=_h(rng, **b), body={
            "name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL), "relationship": "sister"}),
        case(f, f"{g}/invite", fmt="form", headers=_h(rng, **b), body={
            "phone": L("+2348105550126", TEL), "name": L("Nneka Obi", NAMEC)}),
        case(f, f"{g}/chat", headers=_h(rng, **b), body={
            "text": L("I will pay Tuesday and Wednesday together, my sister will bring it", TEXT),
            "clientId": obj(rng, "c", 10)}),
        multipart(f, f"{g}/chat/voice", [
            ("audio", "ozi.m4a", "audio/mp4", L(M4A + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"durationS": 14, "clientId": obj(rng, "c", 10)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/goals", headers=_h(rng, **b), body={
            "title": L("Shop rent for 2026", TEXT), "target": 600000, "by": "2026-02-01"}),
        case(f, f"{a}/v2/penalties/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("500", BUY), "reason": "late", "day": "2025-12-06"}),
        case(f, f"{a}/v2/statements/export", query={"email": L(EMAIL, MAIL), "format": "pdf",
                                                   "month": "2025-11"}, headers=_h(rng, **b)),
        receipt,
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "android": L("14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("contribution_paid", 1, amount=L(2000, BUY)), ev("chat_sent", 2),
                ev("screen", 3, screen=L("Group", USAGE))]}),
        case(f, f"{a}/v2/wallet", headers=_h(rng, how="nodash"),
             cookies={"esu_sid": L(opaque(rng, "", 40), CRED), "esu_grp": GROUP}),
    ]


def esusumma_sdks() -> list[Case]:
    rng = random.Random(12442)
    return [
        gh_batch(APP, rng, [("Contribution Paid", {"amount": L(2000, BUY)}),
                            ("Screen Viewed", {"screen": L("Group", USAGE)})],
                 at=STALL_FIX, nd=2),
        gh_queue(APP, rng, [("Group Viewed", {}), ("Chat Sent", {"chars": 73})]),
        of_session(APP, rng, first=True),
        of_event(APP, rng, "contribution", {"group_size": 12}, revenue=2000.0),
        as_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="NGA", region="EN",
               city="Enugu", yob=1991, gender="F"),
        ck_report(APP, rng, ("okhttp3.internal.http2.StreamResetException", "stream was reset"),
                  [ck_crumb("navigation", "Group -> Contribute"),
                   ck_crumb("request", "POST /v2/groups/contributions", {"status": 0})],
                  screen="ContributeActivity"),
        pg_register(APP, rng, tags={"market": L("ogbete", COARSE), "slot": "7"}),
        pay_resolve(APP, rng, NUBAN, BANK_CODE),
        pay_otp(APP, rng, "551902"),
        cw_message(APP, rng, L("My payout for slot 7 has not come to my Coal Savings account",
                               TEXT), {"group": GROUP}),
    ]
