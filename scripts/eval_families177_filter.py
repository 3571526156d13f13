"""A home RO water-filter subscription app "Saaf Paani" (a Karachi company installs a
reverse-osmosis filter in the flat, services it monthly and reads its smart valve over the home
Wi-Fi; Sindhi keys: ``paani`` water, ``rukniyat`` subscription, ``sabab`` reason, ``dauro``
visit, ``mahino`` month, ``bil`` bill, ``khato_nalo`` account holder, ``naqs`` fault,
``kartoos`` cartridge, ``dost`` friend, ``rok`` pause, ``shahar`` city, ``mahallo``
neighbourhood, ``patto`` address, ``kul`` total). Sets 96, 126 and 138 have water-outage,
water-delivery and tank apps; none a filter subscription with a smart appliance: sign-up, an SMS
code, ``/muhinjo``, plans, the subscription (the reason: her husband's kidney stones), the
installation slot (the building's gate code), a direct debit from her IBAN, pairing the filter
to the home Wi-Fi, a protobuf appliance beat, the bill by account number in the path, a
technician's rating, a leak photo, a search, a referral, a water test, daily use (msgpack),
cartridges ordered, receipts by cookie, an invite from her address book (hashed), a pause, push,
events and a token refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    sha,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families177_kit import (
    FILTER,
    HOME_BSSID,
    HOME_SSID,
    KHI_HOME,
    KHI_HOME_AT,
    PK_IBAN,
    PK_SIM,
    SUB,
    fix,
    hd,
    obj,
    push,
)
from eval_families177_sdk import km_batch, km_identify, rk_event, rk_launch, tc_crash, tc_crumb
from eval_families177_svc import ck_save, cr_wallet, fm_eval, hp_message, ps_register
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, case

APP = App("saafpaani", "Saaf Paani", "com.example.saafpaani", "4.8.0",
          "https://api.saafpaani.example.org")
IID = "X-SP-Install"
NEIGHBOUR = ("Farzana Qureshi", "+923008871234")  # a neighbour she refers (contact.*)
BOOK = [("Farzana Qureshi", "+923008871234"), ("Sadia Baloch", "+923453310987"),
        ("Imtiaz Ali Soomro", "+923013345120")]  # address-book entries (content.contacts)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def saafpaani() -> list[Case]:
    rng = random.Random(17751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rukniyat=L(SUB, UID), mobile=L(PK_SIM, TEL)))}
    hla, hlo = fix(KHI_HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SUB, UID)), (2, FILTER["serial"]), (3, [(1, 412), (2, 38), (3, 96)]),
               (4, 1771000000), (5, L(HOME_SSID, WIFI))], "", lab)
    bill = at_path(case(f, f"{a}/api/rukniyat/{SUB}/bil", headers=_h(rng, **b),
                        query={"mahino": "2026-02"}), SUB, UID)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "nalo": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(PK_SIM, TEL), "patto": L(KHI_HOME["line"], ADDR),
            "mahallo": L(KHI_HOME["area"], COARSE), "shahar": L(KHI_HOME["town"], COARSE)}),
        case(f, f"{a}/api/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(PK_SIM, TEL), "otp": L("913364", CRED)}),
        case(f, f"{a}/api/muhinjo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/plans", headers=_h(rng, **b), query={
            "shahar": L("Karachi", COARSE), "ghar": "flat"}),
        case(f, f"{a}/api/rukniyat", headers=_h(rng, **b), body={
            "plan": "ro5s_monthly", "rukniyat": L(SUB, UID), "raqam": L(3200, BUY),
            "sabab": L("Murs khe gurde ji pathri thi hui, doctor RO jo paani chayo",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/install/slot", headers=_h(rng, **b), body={
            "tareekh": "2026-01-24", "waqt": "10-12", "patto": L(KHI_HOME["line"], ADDR),
            "jaga": {"lat": hla, "lng": hlo}, "gate_code": L("4471", CRED),
            "slot": obj(rng, "sl")}),
        case(f, f"{a}/api/adaigi/mandate", fmt="form", headers=_h(rng, **b), body={
            "iban": L(PK_IBAN, PAY), "khato_nalo": L(f"{FIRST} {LAST}", NAMEC),
            "raqam": L("3200", BUY), "rukniyat": L(SUB, UID)}),
        case(f, f"{a}/api/device/pair", headers=_h(rng, **b), body={
            "serial": FILTER["serial"], "model": FILTER["model"], "ssid": L(HOME_SSID, WIFI),
            "bssid": L(HOME_BSSID, WIFI), "phone_ip": L(LOCAL_IP, DEV),
            "rukniyat": L(SUB, UID)}),
        raw(f, f"{a}/api/device/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        bill,
        case(f, f"{a}/api/dauro/rate", fmt="form", headers=_h(rng, **b), body={
            "dauro": obj(rng, "vs"), "stars": "4",
            "likhat": L("Technician waqt te aayo par joota andar pehriya", TEXT)}),
        multipart(f, f"{a}/api/naqs", [
            ("tasveer", "leak.jpg", "image/jpeg", L(JPEG + b"\x3e", MEDIA)),
            ("meta", None, "application/json", {
                "rukniyat": L(SUB, UID), "qisam": "leak",
                "likhat": L("Filter je heth paani tapke tho, kitchen jo farsh alo aahe",
                            TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/gol", headers=_h(rng, **b), query={
            "q": L("kartoos kadahin badlan", SEARCH)}),
        case(f, f"{a}/api/dost", headers=_h(rng, **b), body={
            "nalo": L(NEIGHBOUR[0], NAMEC), "mobile": L(NEIGHBOUR[1], TEL),
            "code": "SAAF-JD22"}),
        case(f, f"{a}/api/paani/test", headers=_h(rng, **b), body={
            "rukniyat": L(SUB, UID), "tds_pehryan": 412, "tds_poe": 38,
            "tareekh": "2026-02-03", "lab": "lab_khi_2"}),
        case(f, f"{a}/api/usage/daily", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "litres": [21.4, 18.9, 24.2, 19.7],
            "from": "2026-02-01"}),
        case(f, f"{a}/api/kartoos/order", headers=_h(rng, **b), body={
            "order": L("SP-OD-77120", BUY), "items": [{"sku": "crt_sed_10", "qty": 2}],
            "raqam": L(2400, BUY), "patto": L(KHI_HOME["line"], ADDR)}),
        case(f, f"{a}/api/receipts", headers=_h(rng, how="none"), cookies={
            "sp_session": L(opaque(rng, "", 40), CRED), "sp_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/invite/contacts", headers=_h(rng, **b), body={
            "contacts": [{"nalo": L(n, CONTACTS), "mobile_sha256": L(sha("sha256", p), CONTACTS)}
                         for n, p in BOOK], "user": L(USER_ID, UID)}),
        case(f, f"{a}/api/rukniyat/rok", fmt="form", headers=_h(rng, **b), body={
            "rukniyat": L(SUB, UID), "mahina": "1",
            "sabab": L("Hik mahino Hyderabad mein sas wat rahanu aahe", f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/waqiya", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "waqiya": [
                ev("filter_paired", 1), ev("bill_viewed", 2),
                ev("screen", 3, screen=L("TdsChart", USAGE))]}),
        case(f, f"{a}/api/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "mobile": L(E164, TEL)}),
    ]


def saafpaani_sdks() -> list[Case]:
    rng = random.Random(17752)
    return [
        km_batch(APP, rng, [("Subscribed", {"plan": "ro5s_monthly", "total": L(3200, BUY)}),
                            ("Filter Paired", {})], at=KHI_HOME_AT, nd=2),
        km_identify(APP, rng, {"mahallo": L("Gulshan-e-Iqbal", COARSE),
                               "rukniyat": L(SUB, UID)}),
        rk_launch(APP, rng, user=True),
        rk_event(APP, rng, "subscribe", {"plan": "ro5s_monthly"}, revenue=3200.0,
                 currency="PKR"),
        tc_crash(APP, rng, ("java.net.ConnectException", "192.168.4.1:80"),
                 [tc_crumb("nav", "Pair -> WifiPick")], screen="PairActivity"),
        fm_eval(APP, rng, {"city": L("Karachi", COARSE), "plan": "ro5s_monthly"}),
        ps_register(APP, rng, tags={"plan": "ro5s_monthly"}),
        ck_save(APP, rng, {"analytics": True, "marketing": True}),
        cr_wallet(APP, rng, "2400", L(PK_SIM, TEL)),
        hp_message(APP, rng, L(f"Subscription {SUB} was charged twice this month",
                               f"{TEXT}|{UID}"), {"rukniyat": L(SUB, UID)}),
    ]
