"""Solar home-system pay-as-you-go app "Khanyabox" (``khanya``, light) for a kit with a fridge at
the family's cattle post near Thaba-Tseka, paid from Maseru. Unlike set 88's kit on the family
house (a credit check by NIN) and sets 101 and 115's lamps, it is a home system at a remote post
she pays for by the day and watches over the kit's own GSM modem: sign-up, a log-in, ``/me``,
the agreement with her ID and the post's point, the installer's photos, the kit paired by
Bluetooth at the post, a day bought by mobile money, the unlock token fetched by her account in
the path and keyed in, the kit's log (gzip JSON) and a protobuf heartbeat relayed by the phone,
the fridge's alarm, arrears, a fault report with a photo, an upgrade, a referral, push, events
and the balance by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
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
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families128_kit import HOME, HOME_AT, KBX_ACCT, KIT, NID_LS, POST_AT, TOKEN, fix, kit_log
from eval_families128_sdk import ab_event, ab_link, bs_bid, sk_crash, sk_crumb, tq_batch, tq_queue
from eval_families128_svc import cd_register, cf_reverse, cf_tiles, ht_attach, sb_eval, tqy_wallet
from eval_payloads import BSSID, EMAIL, INSTALL_ID, PHONE, SSID, USER_ID, Case, J, L, U, case

APP = App("khanyabox", "Khanyabox", "com.example.khanyabox", "6.1.2",
          "https://api.khanyabox.example.com")
IID = "X-Khanya-Device"
PW = "Letsatsi-Khanya-31"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def khanyabox() -> list[Case]:
    rng = random.Random(12861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, account=L(KBX_ACCT, UID), phone=L(E164, TEL)))}
    post = fix(POST_AT, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, KIT["serial"]), (2, L(KBX_ACCT, UID)), (3, 78), (4, 4.2),
               (5, [(1, post[0]), (2, post[1])]), (6, 1765352400)], "", lab)
    return [
        case(f, f"{a}/v2/customers", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "msisdn": L(E164, TEL), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "home_district": L(HOME["district"], COARSE)}),
        case(f, f"{a}/v2/session", fmt="form", headers=_h(rng), body={
            "msisdn": L(PHONE, TEL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/agreements", headers=_h(rng, **b), body={
            "account": L(KBX_ACCT, UID), "id_number": L(NID_LS, "personal.national_id"),
            "site": {"name": "cattle post", "district": L("Thaba-Tseka", COARSE),
                     "lat": L(str(post[0].value), PRECISE),
                     "lon": L(str(post[1].value), PRECISE)},
            "plan": L("shs120-fridge-36m", BUY), "deposit": L("1200.00", BUY),
            "daily_rate": L("18.00", BUY)}),
        multipart(f, f"{a}/v2/installations/photos", [
            ("photo", "panel_roof.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"serial": KIT["serial"],
                                                "installer": "ins_0381", "ok": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kits/pair", headers=_h(rng, **b), body={
            "serial": KIT["serial"], "ble": KIT["ble"], "firmware": KIT["fw"],
            "model": KIT["model"], "phone_install": L(INSTALL_ID, DID),
            "lat": post[0], "lon": post[1]}),
        case(f, f"{a}/v2/payments", headers=_h(rng, **b), body={
            "account": L(KBX_ACCT, UID), "days": 7, "amount": L("126.00", BUY),
            "wallet": L(E164, f"{TEL}|financial.payment"), "ref": rid(rng)}),
        at_path(case(f, f"{a}/v2/accounts/{KBX_ACCT}/token", headers=_h(rng, **b)),
                KBX_ACCT, UID),
        case(f, f"{a}/v2/tokens/applied", fmt="form", headers=_h(rng, **b), body={
            "account": L(KBX_ACCT, UID), "token": L(TOKEN, CRED), "serial": KIT["serial"],
            "keyed_at": "2025-12-10T18:02:11+02:00"}),
        case(f, f"{a}/v2/kits/{KIT['serial']}/log", gz=True, headers=_h(rng, **b), body={
            "hours": kit_log(rng, 12), "serial": KIT["serial"]}),
        raw(f, f"{a}/v2/kits/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kits/{KIT['serial']}/alarms", headers=_h(rng, **b), body={
            "type": "fridge_warm", "fridgeC": 9.4, "since": "2025-12-10T13:00:00+02:00"}),
        case(f, f"{a}/v2/arrears", query={"account": L(KBX_ACCT, UID), "msisdn": L(E164, TEL)},
             headers=_h(rng, how="upper")),
        multipart(f, f"{a}/v2/tickets", [
            ("photo", "inverter.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("ticket", None, "application/json", {
                "account": L(KBX_ACCT, UID), "text": L(
                    "The fridge stops at night and the inverter beeps three times", TEXT),
                "callback": L(PHONE, TEL)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/upgrades", headers=_h(rng, **b), body={
            "account": L(KBX_ACCT, UID), "offer": "tv-24in", "price": L("2400.00", BUY)}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "friend_name": L("Motlatsi Ramoholi", NAMEC), "friend_msisdn": L("+26658771204", TEL),
            "village": L("Mantsonyane", COARSE)}),
        case(f, f"{a}/v2/settings/wifi", headers=_h(rng, **b), body={
            "home_ssid": L(SSID, WIFI), "home_bssid": L(BSSID, WIFI),
            "home": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                     "lon": L(round(HOME_AT[1], 3), PRECISE)}, "sync_on_wifi": True}),
        case(f, f"{a}/v2/network", headers=_h(rng, **b), body={
            "sim_mccmnc": L("310260", CARRIER), "net_mccmnc": L("65101", CARRIER),
            "roaming": L(True, DEV), "kit_modem_imei": "356938035643809"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("days_bought", 1, days=7), ev("token_applied", 2),
                ev("screen", 3, screen=L("KitStatus", USAGE))]}),
        case(f, f"{a}/v2/balance", headers=_h(rng, how="nodash"),
             cookies={"kb_session": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "5", "comment": L("The children can study at night at the post now", TEXT)}),
    ]


def khanyabox_sdks() -> list[Case]:
    rng = random.Random(12862)
    return [
        tq_batch(APP, rng, [("Days Bought", {"days": 7, "amount": L("126.00", BUY)}),
                            ("Token Applied", {})], at=POST_AT, nd=2),
        tq_queue(APP, rng, [("Kit Synced Offline", {"hours": 12}), ("Fridge Alarm Seen", {})]),
        ab_event(APP, rng, "purchase_days", {"days": 7}, revenue=126.0),
        ab_link(APP, rng, U("https://khanyabox.example.com/pay", {
            "acct": L(KBX_ACCT, UID), "days": "7"})),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="solar,fridge,tv"),
        sk_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [sk_crumb("nav", "Kit -> Pair"),
                  sk_crumb("log", "gatt", {"serial": KIT["serial"]})], screen="PairActivity"),
        sb_eval(APP, rng, {"plan": "shs120", "arrears": False}, hdr=True),
        cd_register(APP, rng, tags={"account": L(KBX_ACCT, UID)}, at=HOME_AT, nd=2),
        cf_reverse(APP, rng, POST_AT, PRECISE, nd=4),
        cf_tiles(APP, rng, [(round(POST_AT[0], 5), round(POST_AT[1], 5)),
                            (round(POST_AT[0] + 0.00021, 5), round(POST_AT[1] - 0.00013, 5))],
                 PRECISE),
        tqy_wallet(APP, rng, "126.00", "KBX-55120-D7"),
        ht_attach(APP, rng, L(JPEG + b"\xd3", MEDIA), "kit_display.jpg", "image/jpeg"),
    ]
