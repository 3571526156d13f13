"""Solar-lamp pay-as-you-go app "Limyekay" (one lantern with a phone charger, paid a few days at a
time; unlike set 88's solar home system it is a single lamp, bought by the week with a mobile wallet
and unlocked by a keypad token; its API's keys are Creole): sign-up (her passport for the agreement,
her flat and its point), the SMS code, ``/mwen``, the documents (passport page and the house), the
lamp paired at home, its state, a week of light bought, the token fetched and keyed in, the lamp's
log (gzip JSON), a sync (protobuf), a theft check with her network, a support ticket with a photo, a
neighbour referred and lent the lamp, agents near her, SMS reminders, an agent's visit, a credit
check with her installed apps, an upgrade ordered, push, events and her payments by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
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
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families101_kit import (
    DOB_HT,
    HT_HOME,
    HT_HOME_AT,
    LAMP,
    LAMP_ACCOUNT,
    NET_MCCMNC,
    NET_NAME,
    PASSPORT_US,
    TZ,
    UNLOCK,
    code,
    lamp_log,
)
from eval_families101_sdk import ak_install, ak_session, cv_batch, cv_queue, fe_sessions
from eval_families101_svc import at_message, fk_eval, mv_geocode, pc_wallet, pm_register
from eval_payloads import BSSID, INSTALL_ID, SSID, USER_ID, Case, J, L, case

APP = App("limyekay", "Limyekay", "com.example.limyekay", "4.2.7",
          "https://api.limyekay.example.net")
IID = "X-Limyekay-Telefon"
ORDER = "LK-UP-20931"  # her upgrade order (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def limyekay() -> list[Case]:
    rng = random.Random(10151)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, kont=L(LAMP_ACCOUNT, UID), telefon=L(E164, TEL)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HT_HOME_AT, 6)
    h5a, h5o = fix(HT_HOME_AT, 5)
    pay = code(rng, "py_", 10)
    lab: dict[str, str] = {}
    sync = pb([(1, L(LAMP_ACCOUNT, UID)), (2, LAMP["seri"]), (3, 71), (4, 5),
               (5, [(1, L(round(HT_HOME_AT[0], 4), PRECISE)),
                    (2, L(round(HT_HOME_AT[1], 4), PRECISE))]),
               (6, L(INSTALL_ID, DID)), (7, 1765321900)], "", lab)
    return [
        case(f, f"{a}/v2/kliyan", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "siyati": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "dat_nesans": L(DOB_HT, BIRTH), "nimewo_idantite": L(PASSPORT_US, NATID),
            "kalite_idantite": "paspo", "adres": L(HT_HOME["adres"], ADDR),
            "vil": L(HT_HOME["vil"], COARSE), "lat": hla, "lon": hlo, "moun_nan_kay": 3,
            "ajan": "AJ-0877"}),
        case(f, f"{a}/v2/otp", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("770215", CRED)}),
        case(f, f"{a}/v2/mwen", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/kliyan/dokiman", [
            ("idantite", "paspo.jpg", "image/jpeg", L(JPEG + b"\xe1", f"{MEDIA}|{NATID}")),
            ("kay", "kay.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA)),
            ("meta", None, "application/json", {"kont": L(LAMP_ACCOUNT, UID),
                                                "kalite": ["paspo", "kay"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lanp/asosye", headers=_h(rng, **b), body={
            "kont": L(LAMP_ACCOUNT, UID), "seri": LAMP["seri"], "ble": LAMP["ble"],
            "model": LAMP["model"], "fw": LAMP["fw"], "pozisyon": {"lat": h5a, "lon": h5o}}),
        case(f, f"{a}/v2/lanp/{LAMP['seri']}/eta", headers=_h(rng, **b), query={
            "kont": L(LAMP_ACCOUNT, UID)}),
        case(f, f"{a}/v2/peman", headers=_h(rng, **b), body={
            "kont": L(LAMP_ACCOUNT, UID), "jou": 7, "montan": L("350", BUY), "lajan": "HTG",
            "moyen": L(opaque(rng, "pm_", 24), PAY), "telefon_peman": L(E164, TEL),
            "peman": pay}),
        case(f, f"{a}/v2/kod", headers=_h(rng, **b), query={
            "kont": L(LAMP_ACCOUNT, UID), "peman": pay}),
        case(f, f"{a}/v2/lanp/kod/aplike", headers=_h(rng, **b), body={
            "kod": L(UNLOCK, CRED), "seri": LAMP["seri"], "rezilta": "ok",
            "jou_ki_rete": 7}),
        case(f, f"{a}/v2/lanp/jounal", gz=True, headers=_h(rng, **b), body={
            "kont": L(LAMP_ACCOUNT, UID), "aparey": L(INSTALL_ID, DID), "seri": LAMP["seri"],
            "jounal": lamp_log(rng, 12)}),
        raw(f, f"{a}/v2/lanp/senk", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/aparey/lokal", headers=_h(rng, **b), body={
            "lat": h5a, "lon": h5o, "presizyon": 11, "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "mcc_mnc": L(NET_MCCMNC, CARRIER),
            "operate": L(NET_NAME, CARRIER), "lanp": LAMP["seri"]}),
        multipart(f, f"{a}/v2/sipo/tike", [
            ("foto", "lanp.jpg", "image/jpeg", L(JPEG + b"\xe3", MEDIA)),
            ("tike", None, "application/json", {
                "kont": L(LAMP_ACCOUNT, UID), "seri": LAMP["seri"],
                "teks": L("Pò chajè telefòn nan pa mache ankò depi lapli a", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/parenaj", headers=_h(rng, **b), body={
            "vwazen": {"non": L(PEOPLE[0][0], NAMEC), "telefon": L(PEOPLE[0][1], TEL)},
            "mesaj": L("Lanp sa a bon anpil pou timoun yo etidye aswè", TEXT)}),
        case(f, f"{a}/v2/lanp/prete", headers=_h(rng, **b), body={
            "kont": L(LAMP_ACCOUNT, UID), "seri": LAMP["seri"], "jou": 2,
            "vwazen_telefon": L(PEOPLE[0][1], TEL)}),
        case(f, f"{a}/v2/ajan/pre", headers=_h(rng, **b), query={
            "lat": L(f"{HT_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HT_HOME_AT[1]:.2f}", COARSE),
            "sevis": "reparasyon"}),
        case(f, f"{a}/v2/sms/preferans", fmt="form", headers=_h(rng, **b), body={
            "telefon": L(E164, TEL), "lang": L("ht", DEV), "rapel": "1", "le": "18:00"}),
        case(f, f"{a}/v2/ajan/vizit", fmt="form", headers=_h(rng, **b), body={
            "ajan": "AJ-0877", "dat": "2025-12-13", "adres": L(HT_HOME["adres"], ADDR),
            "not": L("Rele m anvan ou vini, pòtay la fèmen ak kadna", TEXT)}),
        case(f, f"{a}/v2/kredi/evalyasyon", headers=_h(rng, **b), body={
            "kont": L(LAMP_ACCOUNT, UID), "travay": "ONG", "revni_chak_mwa": "45000-60000",
            "aplikasyon": [L(p, APPS) for p in ("com.example.lajanvit",
                                                "com.example.kobmobil.wallet",
                                                "com.example.taptapwout",
                                                "com.example.whatsnext.chat")],
            "kantite_kontak": 212, "peyi_sim": L("US", CARRIER)}),
        case(f, f"{a}/v2/upgrade/komand", headers=_h(rng, **b), body={
            "kont": L(LAMP_ACCOUNT, UID), "pwodui": L("Limyè 3 + radyo", BUY),
            "pri": L("4200", BUY), "komand": L(ORDER, BUY), "livrezon": "ajan"}),
        case(f, f"{a}/v2/aparey", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "aparey": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "sistem": L("Android 14", DEV),
            "zon_le": L(TZ, DEV), "batri": L(38, DEV)}),
        case(f, f"{a}/v2/evenman", gz=True, headers=_h(rng, **b), body={
            "itilizate": L(USER_ID, UID), "evenman": [
                ev("peman_fet", 1, jou=7), ev("kod_aplike", 2),
                ev("ekran", 3, ekran=L("Lanp", USAGE))]}),
        case(f, f"{a}/v2/istorik/peman", headers=_h(rng, how="none"),
             cookies={"lk_sesyon": L(opaque(rng, "", 40), CRED),
                      "lk_kont": L(LAMP_ACCOUNT, UID), "lk_req": rid(rng)}),
    ]


def limyekay_sdks() -> list[Case]:
    rng = random.Random(10152)
    return [
        cv_batch(APP, rng, [("Payment Completed", {"amount_htg": L(350, BUY), "days": 7}),
                            ("Token Applied", {"days_left": 7})]),
        cv_queue(APP, rng, [("Lamp Synced", {"battery": 71}),
                            ("Offline Screen", {"screen": L("Lanp", USAGE)})]),
        ak_install(APP, rng),
        ak_session(APP, rng, 9),
        fe_sessions(APP, rng, [311, 94, 540]),
        fk_eval(APP, rng, {"lampModel": LAMP["model"], "country": L("HT", COARSE)}, get=True),
        pm_register(APP, rng, tags={"kont": L(LAMP_ACCOUNT, UID), "jou_ki_rete": "7"}),
        pc_wallet(APP, rng, "350"),
        mv_geocode(APP, rng, f"{HT_HOME['adres']}, {HT_HOME['vil']}", ADDR,
                   near=HT_HOME_AT, nd=3),
        at_message(APP, rng, L(f"Kod {UNLOCK} la pa louvri lanp lan", f"{TEXT}|{CRED}"),
                   {"kont": L(LAMP_ACCOUNT, UID)}),
    ]
