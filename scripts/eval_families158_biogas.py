"""Home biogas app "Gesimucii" (``gesi ya mucii`` gas for the home; a 6 m3 digester fed with the
cows' dung at the family's shamba, sold on pay-as-you-go; Gikuyu keys): sign-up with her
foreigner certificate and address, an SMS code requested and verified, ``/niini``, the site
survey at the shamba (her fix), the contract (deposit, instalments, her husband as guarantor
with his ID number), her ID card's photo, the deposit paid by mobile money, the balance by
account number in the path, a protobuf reading from the gas meter (relayed over Bluetooth), an
unlock code, the meter's gateway joining the shamba's Wi-Fi, a service request and visits, a
review, a friend referred, the statement by cookie GET, push, events and a log-out. Sets with
pay-as-you-go solar kits meter electricity from a panel; this is a digester built on her
compound, fed daily, with a gas meter and a technician's visits."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families158_kit import (
    ALIEN_ID,
    DIGESTER,
    FARM_AT,
    HOME,
    HOME_AT,
    HUSBAND,
    KE_LINE,
    KE_LINE_LOCAL,
    PAYG,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families158_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    tn_event,
    tn_launch,
)
from eval_families158_svc import cl_wallet, hs_attach, hs_message, mm_reverse, pt_register
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("gesimucii", "Gesimucii", "com.example.gesimucii", "2.2.7",
          "https://api.gesimucii.example.net")
IID = "X-GM-Device"
NID = "personal.national_id"
SHAMBA_WIFI = ("Wachira-Shamba", "d8:47:32:5e:90:1c")  # the shamba's router (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gesimucii() -> list[Case]:
    rng = random.Random(15851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, akaunti=L(PAYG, UID), thimu=L(KE_LINE, TEL)))}
    fla, flo = fix(FARM_AT)
    f4a, f4o = fix(FARM_AT, 4)
    lab: dict[str, str] = {}
    meter = pb([(1, L(PAYG, UID)), (2, DIGESTER["serial"]), (3, 0.84), (4, 7.2),
                (5, L(63, DEV)), (6, 1770900000)], "", lab)
    bal = at_path(case(f, f"{a}/v1/akaunti/{PAYG}/balance", headers=_h(rng, **b)), PAYG, UID)
    return [
        case(f, f"{a}/v1/ateja", headers=_h(rng), body={
            "ritwa": L(NAME, NAMEC), "thimu": L(KE_LINE, TEL),
            "namba_ya_kipande": L(ALIEN_ID, NID), "mucii": L(HOME["line"], ADDR),
            "itura": L(HOME["area"], COARSE), "kaunti": L(HOME["county"], COARSE),
            "posta": L(HOME["post"], COARSE), "ngombe": 3, "andu_a_nyumba": 3}),
        case(f, f"{a}/v1/otp/request", fmt="form", headers=_h(rng), body={
            "thimu": L(KE_LINE_LOCAL, TEL), "njira": "sms"}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "thimu": L(KE_LINE_LOCAL, TEL), "namba_ya_hitho": L("604128", CRED)}),
        case(f, f"{a}/v1/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/survey", headers=_h(rng, **b), body={
            "handu": {"lat": fla, "lng": flo, "acc": 6}, "mai": "tangi",
            "ruuri_kg_muthenya": 45, "size_m3": DIGESTER["size_m3"], "survey": obj(rng, "sy")}),
        case(f, f"{a}/v1/contract", headers=_h(rng, **b), body={
            "akaunti": L(PAYG, UID), "deposit": L(15000, BUY), "mieri": 24,
            "mbeca_cia_mweri": L(2750, BUY), "mbeca_ciothe": L(81000, BUY),
            "mudhamini": {"ritwa": L(HUSBAND[0], NAMEC), "thimu": L(HUSBAND[1], TEL),
                          "namba_ya_kipande": L(HUSBAND[2], NID)}}),
        multipart(f, f"{a}/v1/kyc/kipande", [
            ("kipande", "kipande_front.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"akaunti": L(PAYG, UID), "ruthia": "mbere"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/marihi", headers=_h(rng, **b), body={
            "akaunti": L(PAYG, UID), "thimu": L(KE_LINE, TEL), "mbeca": L(15000, BUY),
            "risiti": L(mpesa(rng), BUY)}),
        bal,
        raw(f, f"{a}/v1/mita/reading", meter, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/unlock", fmt="form", headers=_h(rng, **b), body={
            "akaunti": L(PAYG, UID), "code": L("4481-2270-9315", CRED), "matuku": "30"}),
        case(f, f"{a}/v1/mita/wifi", headers=_h(rng, **b), body={
            "ssid": L(SHAMBA_WIFI[0], WIFI), "bssid": L(SHAMBA_WIFI[1], WIFI),
            "gateway": "gw_" + DIGESTER["serial"][-5:], "ip": L("192.168.8.104", DEV)}),
        case(f, f"{a}/v1/service/requests", headers=_h(rng, **b), body={
            "akaunti": L(PAYG, UID), "muthemba": "low_pressure",
            "ndeto": L("Gesi ni nini kuuma Jumatatu, mubira wa gesi ni mutuuke", TEXT),
            "handu": {"lat": f4a, "lng": f4o}}),
        case(f, f"{a}/v1/service/visits", headers=_h(rng, **b), query={
            "akaunti": L(PAYG, UID), "state": "open"}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "njata": "4",
            "ndeto": L("Technician okire na ihinda, no ndacokirie thimu", TEXT)}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "murata": {"ritwa": L("Lucy Wanjiku Gitau", NAMEC), "thimu": L("+254724551870", TEL)},
            "akaunti": L(PAYG, UID)}),
        case(f, f"{a}/v1/statement", headers=_h(rng, how="none"), cookies={
            "gm_session": L(opaque(rng, "", 40), CRED), "gm_device": L(INSTALL_ID, DID),
            "gm_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/maundu", gz=True, headers=_h(rng, **b), body={
            "muhuthiri": L(USER_ID, UID), "maundu": [
                ev("deposit_paid", 1, mbeca=L(15000, BUY)), ev("screen", 2,
                                                              screen=L("Mita", USAGE))]}),
        case(f, f"{a}/v1/uma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kiuma": L(INSTALL_ID, DID)}),
    ]


def gesimucii_sdks() -> list[Case]:
    rng = random.Random(15852)
    return [
        mc_batch(APP, rng, [("Deposit Paid", {"amount": L(15000, BUY)}),
                            ("Meter Synced", {"m3": 0.84})], at=FARM_AT, nd=2),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"plan": "payg-24"}, revenue=15000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="energy,cooking,farm"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("android.bluetooth.BluetoothException", "gatt 133"),
                 [cd_crumb("nav", "Mita -> Sync"), cd_crumb("log", "ble scan")],
                 screen="MitaActivity"),
        cd_session(APP, rng, secs=204),
        pt_register(APP, rng, at=FARM_AT, nd=2, tags={"plan": "payg-24"}),
        cl_wallet(APP, rng, "2750", L(KE_LINE, TEL)),
        mm_reverse(APP, rng, FARM_AT, PRECISE, nd=4),
        hs_message(APP, rng, L(f"Akaunti {PAYG} ndiri kuona marihi ma Februari",
                               f"{TEXT}|{UID}"), {"akaunti": L(PAYG, UID)}),
        hs_attach(APP, rng, L(JPEG + b"\x42", MEDIA), "digester_leak.jpg", "image/jpeg"),
    ]
