"""A cash-agent (POS) network's customer app "Kurdikam" (``kurdi`` money, ``kam`` person: find a
POS agent with cash, withdraw with a card at the agent, send naira to bank accounts, buy airtime
and electricity). Kanuri keys: ``cu``, ``cu_abba``, ``cu_pat`` full name, ``lamba_waya``,
``imel``, ``lamba_bvn``, ``kau_ganji``, ``pin``, ``kodu``, ``kurdi``, ``kurdi_agent`` the
agent's fee, ``akawun``, ``banki``, ``labar`` narration/message, ``nemtu``, ``fato``, ``lamar``
dispute, ``wallet``, ``mita`` meter, ``kamye`` contacts. Sign-up, an OTP, ``/nyi``, agents near
her (3 decimals), a withdrawal at an agent with her fix, its confirmation, a transfer to her
husband, a saved beneficiary, a card link (base64 JSON in a form field), the history by wallet
number in the path, airtime, an electricity token, a dispute, a protobuf session beat, limits
(msgpack), a selfie with a face template for KYC, a PIN change, a search, statements by cookie,
contacts matched for transfers, push, events and a log-out. Many sets have wallets and agents
(sets 121, 122, 160: agent cash-out); none is a POS-agent finder with card withdrawals."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, claims, rid
from eval_families182_kit import (
    AGENT,
    AGENT_FIX,
    BANK_CODE,
    BVN,
    HOME,
    HUSBAND,
    HUSBAND_ACCOUNT,
    LOCAL_NAT,
    LOCAL_NO,
    SISTER_IL,
    WALLET,
    fix,
    hd,
    nuban,
    obj,
    push,
)
from eval_families182_sdk import (
    bk_bid,
    bk_notice,
    kd_crash,
    kd_crumb,
    mk_batch,
    mk_identify,
    ty_event,
    ty_launch,
)
from eval_families182_svc import fl_eval, mp_reverse, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kurdikam", "Kurdikam", "com.example.kurdikam", "7.2.0",
          "https://api.kurdikam.example.com")
IID = "X-Kurdikam-Device"
NID = "personal.national_id"
FACE = "biometric.face"
SIS_ACCOUNT = nuban("214", "031928475")  # her sister-in-law's account, typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kurdikam() -> list[Case]:
    rng = random.Random(18261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, wallet=L(WALLET, UID), phone=L(LOCAL_NO, TEL),
                                    tier=2))}
    ala, alo = fix(AGENT_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(WALLET, UID)), (2, 1768500000),
               (3, [(1, L(round(AGENT_FIX[0], 5), PRECISE)),
                    (2, L(round(AGENT_FIX[1], 5), PRECISE))]), (4, L(38, DEV))], "", lab)
    hist = at_path(case(f, f"{a}/v1/wallets/{WALLET}/history", headers=_h(rng, **b),
                        query={"page": "1", "size": "20"}), WALLET, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "cu": L(FIRST, NAMEC), "cu_abba": L(LAST, NAMEC), "lamba_waya": L(LOCAL_NAT, TEL),
            "imel": L(EMAIL, MAIL), "lamba_bvn": L(BVN, NID), "kau_ganji": L(DOB, BIRTH),
            "pin": L("2718", CRED), "wallet": L(WALLET, UID)}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "lamba_waya": L(LOCAL_NO, TEL), "kodu": L("863012", CRED)}),
        case(f, f"{a}/v1/nyi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/agents/near", headers=_h(rng, **b), query={
            "lat": L(f"{AGENT_FIX[0]:.3f}", PRECISE), "lng": L(f"{AGENT_FIX[1]:.3f}", PRECISE),
            "km": "2", "cash": "true"}),
        case(f, f"{a}/v1/withdrawals", headers=_h(rng, **b), body={
            "agent": AGENT["id"], "kurdi": L(50000, BUY), "kurdi_agent": L(1000, BUY),
            "card_last4": L("4444", PAY), "at": {"lat": ala, "lng": alo},
            "agent_at": {"lat": AGENT["lat"], "lng": AGENT["lon"]},
            "withdrawal": obj(rng, "wd")}),
        case(f, f"{a}/v1/withdrawals/confirm", fmt="form", headers=_h(rng, **b), body={
            "withdrawal": obj(rng, "wd"), "otp": L("440913", CRED)}),
        case(f, f"{a}/v1/transfers", headers=_h(rng, **b), body={
            "to": {"akawun": L(HUSBAND_ACCOUNT, PAY), "banki": BANK_CODE,
                   "cu_pat": L(HUSBAND[0], NAMEC)},
            "kurdi": L(25000, BUY), "labar": L("Kurdi makaranta Falmata", TEXT),
            "ref": rid(rng)}),
        case(f, f"{a}/v1/beneficiaries", headers=_h(rng, **b), body={
            "cu_pat": L(SISTER_IL[0], NAMEC), "akawun": L(SIS_ACCOUNT, PAY), "banki": "214",
            "lamba_waya": L(SISTER_IL[1], TEL)}),
        case(f, f"{a}/v1/cards/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"pan": L(CARD2, PAY), "exp": L(f"{CARD2_EXP[0]}/{CARD2_EXP[1][2:]}", PAY),
                       "cvv": L(CARD2_CVC, PAY), "cu_pat": L(f"{FIRST} {LAST}", NAMEC)},
                      "b64json"), "v": "2"}),
        hist,
        case(f, f"{a}/v1/airtime", headers=_h(rng, **b), body={
            "lamba_waya": L(LOCAL_NO, TEL), "kurdi": L(2000, BUY), "network": "net_a"}),
        case(f, f"{a}/v1/bills/electricity", headers=_h(rng, **b), body={
            "mita": "04271938855", "kurdi": L(15000, BUY), "fato": L(HOME["line"], ADDR),
            "disco": "disco_yola"}),
        case(f, f"{a}/v1/disputes", headers=_h(rng, **b), body={
            "agent": AGENT["id"], "kurdi": L(20000, BUY), "card_last4": L("4444", PAY),
            "lamar": L("The agent's machine failed but my card was debited 20,000", TEXT)}),
        raw(f, f"{a}/v1/session/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/limits", fmt="msgpack", headers=_h(rng, **b), body={
            "tier": 2, "lamba_bvn": L(BVN, NID), "daily": 300000, "wallet": L(WALLET, UID)}),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "wallet": L(WALLET, UID), "liveness": 0.94,
                "face_template": L([round(rng.gauss(0.0, 0.1), 5) for _ in range(128)],
                                   FACE)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/pin/change", fmt="form", headers=_h(rng, **b), body={
            "old_pin": L("2718", CRED), "new_pin": L("9051", CRED)}),
        case(f, f"{a}/v1/nemtu", headers=_h(rng, **b), query={
            "nemtu": L("POS Post Office roundabout cash", SEARCH)}),
        case(f, f"{a}/v1/statements", headers=_h(rng, how="none"), cookies={
            "kk_sid": L(opaque(rng, "", 40), CRED), "kk_dev": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/v1/contacts/match", headers=_h(rng, **b), body={
            "kamye": [{"cu": L(n, CONTACTS), "lamba_waya": L(p, CONTACTS)} for n, p in [
                (HUSBAND[0], HUSBAND[1]), (SISTER_IL[0], SISTER_IL[1]),
                ("Bintu Mustapha", "+2348025518834"), ("Ibrahim Goni Lawan", "+2348064470218")]]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("withdrawal", 1, kurdi=L(50000, BUY)),
                ev("screen", 2, screen=L("AgentsMap", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kurdikam_sdks() -> list[Case]:
    rng = random.Random(18262)
    return [
        mk_batch(APP, rng, [("Withdrawal Done", {"amount": L(50000, BUY)}),
                            ("Agent Viewed", {"agent": AGENT["id"]})], at=AGENT_FIX, nd=3),
        mk_identify(APP, rng, {"tier": 2, "wallet": L(WALLET, UID),
                               "bla": L("Maiduguri", "location.coarse")}),
        ty_launch(APP, rng, first=True),
        ty_event(APP, rng, "withdrawal", {"agent": AGENT["id"]}, revenue=1000.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=AGENT_FIX, nd=2,
               keywords="finance,cash,loans"),
        bk_notice(APP, rng, "win"),
        kd_crash(APP, rng, ("java.net.UnknownHostException", "api.kurdikam.example.com"),
                 [kd_crumb("nav", "Home -> Withdraw"), kd_crumb("tap", "confirm")],
                 screen="WithdrawActivity"),
        fl_eval(APP, rng, {"tier": 2, "state": L("Borno", "location.coarse")}),
        pf_register(APP, rng, at=AGENT_FIX, nd=2, tags={"tier": "2"}),
        mp_reverse(APP, rng, AGENT_FIX, PRECISE, nd=5),
    ]
