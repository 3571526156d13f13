"""Mobile-money agent app "Makuta Point" (``makuta``: money; a fictional agent-network operator's
app for the cash-in/cash-out kiosk she runs at the Ndesha market in Kananga): agent KYC (her
residence card, passport, tax number, a selfie and its face template), a PIN log-in, ``/meme``,
float top-ups from her bank, customers' deposits and withdrawals (their names, numbers and, above
the limit, their voter cards), an offline queue, commissions by agent code in the path, the tax
declaration, a fraud report, the kiosk's opening with the market's Wi-Fi, the daily closing
(JSON Lines), a message to the super-agent. Tshiluba keys with French and English:
``dina``, ``dina_dia_diku``, ``telefone``, ``diyi_dia_musokoko``, ``dituku_dia_kuledibua``,
``kalata_wa_kusomba`` residence card, ``pasipo`` passport, ``nif`` tax number,
``muaba_wa_mudimu`` workplace (lit. "place of work"), ``tshimfuanyi`` picture,
``tshimfuanyi_tshia_mpala`` selfie (lit. "picture of the face"), ``mpala`` face,
``mukiliya`` customer, ``kuela`` deposit (lit. "to put in"), ``kuangata`` withdrawal (lit.
"to take"), ``bungi`` amount, ``komisio`` commission, ``kalata_wa_kusungula`` voter card,
``kode_wa_musokoko`` secret code, ``mukenji``, ``lumu``. Newness: "mobile money agent" and
"agent float" matched nothing in a docstring grep of ``scripts/`` (wallets and exchange bureaus
exist, e.g. sets 61 and 178; here she is the agent)."""

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
    E164,
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families195_kit import (
    AGENT,
    KIOSK,
    LOCAL_TEL,
    NIF,
    PASSPORT,
    RCCM,
    RESIDENCE,
    RIB,
    fix,
    hd,
    obj,
    push,
)
from eval_families195_sdk import (
    bl_bid,
    bl_notice,
    cm_crash,
    cm_crumb,
    ss_batch,
    ss_identify,
    tb_event,
    tb_launch,
)
from eval_families195_svc import fk_eval, hl_attach, pt_register, pw_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("makuta", "Makuta Point", "com.example.makutapoint", "5.0.2",
          "https://api.makutapoint.example.com")
IID = "X-MP-Device"
NID = "personal.national_id"
CUST1 = ("Tshibola Ilunga", "+243845550183")  # a customer's deposit
CUST2 = ("Kabasele Ngoyi", "+243905550266", "0512077310458")  # a withdrawal above the limit
MARKET_WIFI = ("Ndesha-Marche-Libre", "e8:48:b8:3c:71:a2")  # the market's hotspot (wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _template(rng: random.Random) -> list[float]:
    return [round(rng.gauss(0, 0.09), 5) for _ in range(128)]


def makuta() -> list[Case]:
    rng = random.Random(19541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, agent=L(AGENT, UID), telefone=L(LOCAL_TEL, TEL)))}
    kla, klo = fix(KIOSK["at"])
    txn = obj(rng, "tx", 12)
    comm = at_path(case(f, f"{a}/api/agents/{AGENT}/komisio", headers=_h(rng, **b),
                        query={"ngondo": "2026-01"}), AGENT, UID)
    return [
        case(f, f"{a}/api/agents", headers=_h(rng), body={
            "dina": L(FIRST, NAMEC), "dina_dia_diku": L(LAST, NAMEC),
            "telefone": L(LOCAL_TEL, TEL), "telefone_mukuabo": L(E164, TEL),
            "email": L(EMAIL, MAIL), "dituku_dia_kuledibua": L(DOB, BIRTH),
            "kalata_wa_kusomba": L(RESIDENCE, NID), "pasipo": L(PASSPORT, NID),
            "nif": L(NIF, NID), "rccm": RCCM,
            "muaba_wa_mudimu": {"line": L(KIOSK["line"], ADDR),
                                "komine": L("Ndesha", COARSE),
                                "lat": kla, "lon": klo},
            "agent": L(AGENT, UID)}),
        multipart(f, f"{a}/api/agents/kyc", [
            ("pasipo", "pasipo.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NID}")),
            ("tshimfuanyi_tshia_mpala", "selfie.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"agent": L(AGENT, UID),
                                                "mpala": L(_template(rng), FACE),
                                                "liveness": 0.97})], headers=_h(rng)),
        case(f, f"{a}/api/auth/pin", fmt="form", headers=_h(rng), body={
            "agent": L(AGENT, UID), "pin": L("8206", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/meme", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/float/topup", headers=_h(rng, **b), body={
            "agent": L(AGENT, UID), "bungi": L(500, BUY), "devise": "USD",
            "kufuma": {"rib": L(RIB, PAY), "dina": L(f"{FIRST} {LAST}", NAMEC)}}),
        case(f, f"{a}/api/kuela", headers=_h(rng, **b), body={
            "mukiliya": {"dina": L(CUST1[0], NAMEC), "telefone": L(CUST1[1], TEL)},
            "bungi": L(50000, BUY), "devise": "CDF", "komisio": L(500, BUY),
            "transaction": obj(rng, "tx", 12)}),
        case(f, f"{a}/api/kuangata", headers=_h(rng, **b), body={
            "mukiliya": {"dina": L(CUST2[0], NAMEC), "telefone": L(CUST2[1], TEL),
                         "kalata_wa_kusungula": L(CUST2[2], NID)},
            "bungi": L(300, BUY), "devise": "USD", "transaction": txn,
            "kode_wa_musokoko": L("551902", CRED)}),
        multipart(f, f"{a}/api/kuangata/{txn}/kalata", [
            ("tshimfuanyi", "kalata.jpg", "image/jpeg", L(JPEG + b"\x93", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"transaction": txn, "cote": "recto"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/transactions", headers=_h(rng, **b), query={
            "agent": L(AGENT, UID), "dituku": "2026-01-16", "dibeji": "1"}),
        comm,
        case(f, f"{a}/api/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "agent": L(AGENT, UID), "ops": [
                {"type": "kuela", "msisdn": L("+243815550590", TEL), "bungi": L(20000, BUY),
                 "t": 1768550000},
                {"type": "kuangata", "msisdn": L("+243975550734", TEL), "bungi": L(45, BUY),
                 "t": 1768550420}]}),
        case(f, f"{a}/api/impots", gz=True, headers=_h(rng, **b), body={
            "nif": L(NIF, NID), "periode": "2025-T4", "komisio": L(1420.75, BUY),
            "devise": "USD", "rccm": RCCM}),
        case(f, f"{a}/api/fraude", headers=_h(rng, **b), body={
            "agent": L(AGENT, UID), "telefone_wa_muntu": L("+243995550847", TEL),
            "mukenji": L("Muntu umue wakalua ne dolar 20 wa dishima, ndi mumupangila", TEXT)}),
        case(f, f"{a}/api/kiosk/open", headers=_h(rng, **b), body={
            "agent": L(AGENT, UID), "muaba": {"lat": kla, "lon": klo, "acc": 9},
            "wifi": [{"ssid": L(MARKET_WIFI[0], WIFI), "bssid": L(MARKET_WIFI[1], WIFI),
                      "rssi": -61}], "battery": L(82, DEV)}),
        case(f, f"{a}/api/float", headers=_h(rng, auth="session")),
        case(f, f"{a}/api/mikenji", headers=_h(rng, **b), body={
            "kudi": "super_agent_kng", "mukenji": L(
                "Float wanyi wakajika, tumayi dolar 300 ku +243975550199", f"{TEXT}|{TEL}")}),
        lines(f, f"{a}/api/closing", [
            {"agent": L(AGENT, UID), "dituku": "2026-01-16", "cash_cdf": L(1250000, BUY)},
            {"agent": L(AGENT, UID), "e_float_usd": L(212.4, BUY), "ops": 37}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/resi", headers=_h(rng, how="none"), cookies={
            "mp_sesi": L(opaque(rng, "", 40), CRED), "mp_device": L(INSTALL_ID, DID),
            "mp_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/bienzedi", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "bienzedi": [
                ev("cash_in", 1, bungi=L(50000, BUY)), ev("cash_out", 2, bungi=L(300, BUY)),
                ev("screen", 3, screen=L("Komisio", USAGE))]}),
        case(f, f"{a}/api/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def makuta_sdks() -> list[Case]:
    rng = random.Random(19542)
    return [
        ss_batch(APP, rng, [("Cash In", {"amount": L(50000, BUY)}),
                            ("Cash Out", {"amount": L(300, BUY)})], at=KIOSK["at"], nd=2),
        ss_identify(APP, rng, {"agent": L(AGENT, UID), "komine": L("Ndesha", COARSE),
                               "tier": "silver"}),
        tb_launch(APP, rng, user=True),
        tb_event(APP, rng, "float_topup", {"agent": L(AGENT, UID)}, revenue=500.0,
                 currency="USD"),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KIOSK["at"], nd=3, yob=1991,
               gender="F", keywords="finance,phones,airtime"),
        bl_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.net.SocketTimeoutException", "api/kuangata"),
                 [cm_crumb("nav", "Home -> Kuangata"), cm_crumb("tap", "confirm_button")],
                 screen="KuangataActivity"),
        fk_eval(APP, rng, {"agent": L(AGENT, UID), "province": L("Kasai-Central", COARSE)}),
        pt_register(APP, rng, at=KIOSK["at"], nd=2, tags={"tier": "silver"}),
        pw_wallet(APP, rng, "300", L(LOCAL_TEL, TEL), currency="USD", bank=True),
        hl_attach(APP, rng, L(JPEG + b"\x94", MEDIA), "ecran_erreur.jpg", "image/jpeg"),
    ]

