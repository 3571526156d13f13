"""Tel Aviv pharmacy and health-fund (kupat holim) app "Marpeh": its API's keys are romanised
Hebrew (shem, shem_prati, shem_mishpacha, telefon, ktovet, rechov, ir, mikud, taarich_leida,
sisma, teudat_zehut, doar_el...); she lives in Tel Aviv for a year and is a member of the fund.
Sign-up, log-in by ID number and password with an SMS code, ``/ani`` with a JWT, her address,
a device check, branches nearby, a stock check, prescriptions (a list by cookie, a refill, a
private doctor's prescription photographed), a delivery with a door code, a family member, an
appointment with the fund's doctor, a referral, a question to the pharmacist, allergies and
chronic conditions, reminders (msgpack), a search, the cart and the payment, push and events."""

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
    GENDER,
    IPLOC,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families69_kit import (
    CLINIC_DOC,
    KUPA_MEMBER,
    MIRPAA,
    PARTNER_TZ,
    PRIVATE_DOC,
    RX,
    SNIF,
    TA_HOME,
    TA_HOME_AT,
    TEUDAT_ZEHUT,
    obj,
)
from eval_families69_sdk import cv_crash, cv_crumb, rr_event, rr_launch, sl_batch, sl_identify
from eval_families69_svc import cb_message, cw_save, mw_geocode, nh_register, pf_card
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("marpeh", "Marpeh", "com.example.marpeh", "5.12.0", "https://api.marpeh.example.com")
IID = "X-Marpeh-Device"
PW = "Yarkon#Bridge42"
HE = {"Accept-Language": L("he-IL,he;q=0.9,en-US;q=0.8", DEV)}
TZ = "Asia/Jerusalem"
MTX = "Methotrexate 2.5 mg"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(HE, **kw.pop("extra", {}))
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def _addr() -> dict[str, Any]:
    return {"rechov": L(TA_HOME["rechov"], ADDR), "dira": L(TA_HOME["dira"], ADDR),
            "ir": L(TA_HOME["ir"], COARSE), "mikud": L(TA_HOME["mikud"], COARSE)}


def marpeh() -> list[Case]:
    rng = random.Random(6911)
    a, f = APP.api + "/api/v2", APP.fam
    jw = {"Authorization": J(claims(rng, teudat_zehut=L(TEUDAT_ZEHUT, NATID),
                                    kupa="marpeh", chaver=L(KUPA_MEMBER, MED)))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/mishtamshim/harshama", headers=_h(rng), body={
            "shem_prati": L(FIRST, NAMEC), "shem_mishpacha": L(LAST, NAMEC),
            "teudat_zehut": L(TEUDAT_ZEHUT, NATID), "taarich_leida": L("17/05/1991", BIRTH),
            "min": L("isha", GENDER), "telefon": L(E164, TEL), "doar_el": L(EMAIL, MAIL),
            "sisma": L(PW, CRED), "mispar_chaver": L(KUPA_MEMBER, MED),
            "haskama_divur": False, "safa": L("he", DEV)}),
        case(f, f"{a}/knisa", fmt="form", headers=_h(rng), body={
            "teudat_zehut": L(TEUDAT_ZEHUT, NATID), "sisma": L(PW, CRED), "sug": "sisma",
            "zchor_oti": "1"}),
        case(f, f"{a}/knisa/imut", fmt="form", headers=_h(rng), body={
            "telefon": L(PHONE, TEL), "kod": L("482913", CRED), "ofen": "sms"}),
        case(f, f"{a}/ani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/ani/ktovet", headers=_h(rng, **b), body={
            "ktovet": _addr(), "eretz": L("IL", COARSE), "ktovet_lemishloach": True}),
        case(f, f"{a}/bitachon/mahshir", headers=_h(rng, **b), body={
            "android_id": L(ANDROID_ID, DID), "ip_chitzoni": L(PUBLIC_IP, IPLOC),
            "ip_mekomi": L(LOCAL_IP, DEV), "wifi": {"shem": L(SSID, WIFI),
                                                   "bssid": L(BSSID, WIFI)},
            "rooted": L(False, DEV), "emulator": L(False, DEV), "nonce": opaque(rng, "", 24)}),
        case(f, f"{a}/snifim/karov", headers=_h(rng, **b), query={
            "lat": L(f"{TA_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{TA_HOME_AT[1]:.4f}", PRECISE),
            "radius": "1500", "patuach_achshav": "1"}),
        case(f, f"{a}/snifim/{SNIF['id']}/mlai", headers=_h(rng, **b), query={
            "sku": "729000123417", "shem_tarufa": L(MTX, MED)}),
        case(f, f"{a}/mirshamim", headers=_h(rng, how="upper"),
             cookies={"mrp_sess": L(opaque(rng, "", 48), CRED), "lang": "he"}),
        case(f, f"{a}/mirshamim/{RX[0]}/hazmana", headers=_h(rng, **b), body={
            "tarufa": L(MTX, MED), "minun": L("6 tablets once a week (Friday)", MED),
            "kamut": 24, "snif": SNIF["id"], "isuf": "mishloach",
            "mispar_chaver": L(KUPA_MEMBER, MED)}),
        multipart(f, f"{a}/mirshamim/prati", [
            ("tmuna", "mirsham.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("pratim", None, "application/json", {
                "rofe": L(PRIVATE_DOC[0], NAMEC), "telefon_rofe": L(PRIVATE_DOC[1], TEL),
                "tarufa": L("Folic acid 5 mg", MED), "teudat_zehut": L(TEUDAT_ZEHUT, NATID),
                "taarich": "2025-12-07"})], headers=_h(rng, **b)),
        case(f, f"{a}/mishloachim", headers=_h(rng, **b), body={
            "mirsham": RX[0], "ktovet": dict(_addr(), koma=L("3", ADDR)),
            "kod_knisa": L("4471", CRED), "telefon": L(E164, TEL),
            "hearot": L("If I'm out leave it with the neighbour in flat 5", TEXT),
            "chalon": "16:00-19:00", "sach_hakol": L("38.50", BUY), "matbea": "ILS"}),
        case(f, f"{a}/mishpacha", headers=_h(rng, **b), body={
            "shem": L(PARTNER[0], NAMEC), "teudat_zehut": L(PARTNER_TZ, NATID),
            "telefon": L(PARTNER[1], TEL), "kirva": "ben_zug", "isuf_tarufot": True}),
        case(f, f"{a}/torim/panuyim", headers=_h(rng, **b), query={
            "mirpaa": MIRPAA["id"], "rofe": CLINIC_DOC[0], "me": "2025-12-10"}),
        case(f, f"{a}/torim", headers=_h(rng, **b), body={
            "mirpaa": {"id": MIRPAA["id"], "shem": MIRPAA["shem"], "ktovet": MIRPAA["ktovet"],
                       "telefon": MIRPAA["telefon"], "lat": MIRPAA["lat"],
                       "lon": MIRPAA["lon"]},
            "rofe": {"id": CLINIC_DOC[0], "shem": CLINIC_DOC[1]}, "moed": "2025-12-14T10:20",
            "siba": L("Knee and wrist pain worse in the mornings", f"{TEXT}|{MED}"),
            "teudat_zehut": L(TEUDAT_ZEHUT, NATID)}),
        case(f, f"{a}/hafnayot", headers=_h(rng, **b), body={
            "tchum": L("rheumatology", MED), "mispar_chaver": L(KUPA_MEMBER, MED),
            "tiur": L("Follow-up for rheumatoid arthritis, methotrexate blood tests",
                      f"{TEXT}|{MED}"), "dchifut": "ragil"}),
        case(f, f"{a}/rokeach/shelot", headers=_h(rng, **b), body={
            "snif": SNIF["id"], "nose": "tofaot levai",
            "tochen": L("Can I take ibuprofen for a few days while on methotrexate?",
                        f"{TEXT}|{MED}"), "thread": obj(rng, "thr", 8)}),
        case(f, f"{a}/refui/alergiot", headers=_h(rng, **b), body={
            "alergiot": [L("penicillin", MED), L("sulfa drugs", MED)],
            "machalot_kroniot": [L("rheumatoid arthritis", MED)]}),
        case(f, f"{a}/tizkorot", fmt="msgpack", headers=_h(rng, **b), body={
            "tarufot": [{"shem": L(MTX, MED), "yom": "friday", "shaa": "20:00"},
                        {"shem": L("Folic acid 5 mg", MED), "yom": "saturday",
                         "shaa": "09:00"}],
            "ezor_zman": L(TZ, DEV)}),
        case(f, f"{a}/chipus", fmt="form", headers=_h(rng, **b), body={
            "q": L("vitamin D 1000", SEARCH), "snif": SNIF["id"], "amud": "1"}),
        case(f, f"{a}/agala", headers=_h(rng, **b), body={
            "snif": SNIF["id"], "parit": [
                {"sku": "729000311482", "shem": "Vitamin D3 1000 IU", "mechir": "42.90"},
                {"sku": "729000508117", "shem": "Sunscreen SPF 50", "mechir": "59.90"}]}),
        case(f, f"{a}/tashlum", headers=_h(rng, **b), body={
            "sach": L("38.50", BUY), "matbea": "ILS", "tashlumim": 1,
            "kartis": {"4_sfarot": L("4444", PAY), "tokef": L("11/29", PAY),
                       "token": L(opaque(rng, "tok_", 24), PAY)}, "hazmana": obj(rng, "ord", 8)}),
        case(f, f"{a}/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "mahshir": L(INSTALL_ID, DID),
            "degem": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("he_IL", DEV)}),
        case(f, f"{a}/eruim", gz=True, headers=_h(rng, **b), body={
            "mishtamesh": L(USER_ID, UID), "eruim": [
                ev("refill_ordered", 1, items=1), ev("branch_search", 2),
                ev("screen", 3, screen=L("Mirshamim", USAGE))]}),
        case(f, f"{a}/hodaot", headers=_h(rng, how="nodash"),
             cookies={"mrp_sess": L(opaque(rng, "", 48), CRED)}),
    ]


def marpeh_sdks() -> list[Case]:
    rng = random.Random(6912)
    return [
        sl_batch(APP, rng, [("Refill Ordered", {"rx_count": 1, "delivery": True}),
                            ("Branch Selected", {"branch": SNIF["id"]})],
                 at=TA_HOME_AT, nd=2, tz=TZ, locale="he-IL"),
        sl_identify(APP, rng, {"city": L("Tel Aviv-Yafo", COARSE), "fund": "marpeh",
                               "language": L("he", DEV), "chronic": L(True, MED)}),
        rr_launch(APP, rng, first=True),
        rr_event(APP, rng, "order_delivery", {"items": 3, "branch": SNIF["id"]}, revenue=38.5,
                 currency="ILS", hashed=True),
        cv_crash(APP, rng, ("java.lang.IllegalStateException", "prescription list empty"),
                 [cv_crumb("navigation", "Bayit -> Mirshamim"),
                  cv_crumb("http", "GET /api/v2/mirshamim", {"status": 503})],
                 screen="MirshamimActivity", tz=TZ, locale="he_IL"),
        nh_register(APP, rng, tz=TZ, lang="he", tags={"branch": SNIF["id"]}),
        cw_save(APP, rng, {"analytics": True, "marketing": False}, country="IL",
                region="TA"),
        pf_card(APP, rng, zip_=TA_HOME["mikud"]),
        mw_geocode(APP, rng, "Dizengoff 112, Tel Aviv", ADDR, near=TA_HOME_AT, nd=3,
                   lang="he"),
        cb_message(APP, rng, L("My refill delivery did not arrive yesterday", TEXT),
                   {"fund_member": L(KUPA_MEMBER, MED), "branch": SNIF["id"]}),
    ]
