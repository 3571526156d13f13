"""A Londoni family's village-house app "Bari Dekha" (the Chowdhury bari in Kadamhata, Rajnagar,
Moulvibazar, owned by her husband and his brother Kamrul in London; her mother-in-law lives
there and a caretaker keeps it; she supervises it from Sylhet; its API's keys are Sylheti in
ASCII: ``bari`` house account, ``nam``, ``email``, ``mubail``, ``gufon_shobdo``, ``kaz`` role,
``tikana``, ``gaw``, ``upozila``, ``zila``, ``malik`` owners, ``faharadar`` caretaker, ``nid``
his national ID, ``mojuri`` wage, ``mash`` month, ``dekha`` visit, ``meramot`` repair,
``mistri`` mason, ``dam``, ``khajna`` land tax, ``dag_nombor``/``khotian`` plot and record
numbers, ``fukur`` pond, ``lij`` lease, ``kam`` task, ``khoroch`` expenses, ``mehman`` guest,
``likha`` text): joining with the house's account, an e-mail code, ``/amar``, the owners, the
caretaker registered, his wage to his mobile wallet, a visit with her fix, a leak photo, a
repair quote approved, the land tax (gzip), the electricity bill, the pond lease, the family
chat, a task naming her mother-in-law's insulin, the house's accounts by its number in the
path, expenses (msgpack), her brother-in-law's visit, the house router for a camera,
preferences in a base64 JSON cookie, push and events. "londoni", "property manag" found
nothing and "caretaker" only farm and plot caretakers."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families289_kit import (
    BARI,
    BARI_AT,
    BARI_ID,
    BROTHER_IL,
    CARETAKER,
    HUSBAND,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families289_sdk import bj_bid, bj_notice, cm_crash, cm_crumb, ms_batch, tk_launch
from eval_families289_svc import ch_check, fs_eval, hc_message, pg_register, ps_wallet
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("baridekha", "Bari Dekha", "com.example.baridekha", "2.0.6",
          "https://api.baridekha.example.com")
IID = "X-BariDekha-Device"
PW = "Kadamhata@Bari9"
NID = "personal.national_id"
SSID, BSSID = "Chowdhury-Bari", "d8:07:b6:5e:21:9c"  # the house's router (location.wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def baridekha() -> list[Case]:
    rng = random.Random(28951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, bari=L(BARI_ID, UID), email=L(EMAIL, MAIL)))}
    bla, blo = fix(BARI_AT, 5)
    accounts = at_path(case(f, f"{a}/api/bari/{BARI_ID}/hiseb", headers=_h(rng, **b),
                            query={"mash": "2026-01"}), BARI_ID, UID)
    return [
        case(f, f"{a}/api/join", headers=_h(rng), body={
            "bari": L(BARI_ID, UID), "nam": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "mubail": L(E164, TEL), "gufon_shobdo": L(PW, CRED),
            "kaz": "dekhbal", "tikana": L(BARI["line"], ADDR), "gaw": L(BARI["village"], COARSE),
            "upozila": L(BARI["upazila"], COARSE), "zila": L(BARI["district"], COARSE)}),
        case(f, f"{a}/api/auth/email-kod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kod": L("518402", CRED)}),
        case(f, f"{a}/api/amar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/malik", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "malik": [
                {"nam": L(BROTHER_IL[0], NAMEC), "mubail": L(BROTHER_IL[1], TEL),
                 "email": L(BROTHER_IL[2], MAIL), "desh": "UK"},
                {"nam": L(HUSBAND[0], NAMEC), "mubail": L(HUSBAND[1], TEL)}]}),
        case(f, f"{a}/api/faharadar", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "nam": L(CARETAKER[0], NAMEC),
            "mubail": L(CARETAKER[1], TEL), "nid": L("4617283905", NID),
            "shuru": "2023-04-01"}),
        case(f, f"{a}/api/mojuri", fmt="form", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "mash": "2026-01", "mojuri": L("6000", BUY),
            "wallet": L(CARETAKER[1], TEL), "trx": opaque(rng, "TX", 10).upper()}),
        case(f, f"{a}/api/dekha", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "zaga": {"lat": bla, "lng": blo}, "tarik": "2026-01-17",
            "kisim": "mashik"}),
        multipart(f, f"{a}/api/meramot/fotu", [
            ("fotu", "chal_fani.jpg", "image/jpeg", L(JPEG + b"\x58", MEDIA)),
            ("meta", None, "application/json", {
                "bari": L(BARI_ID, UID),
                "likha": L("Uttor ghoror tiner chal dia borshar fani fore", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/meramot/{obj(rng, 'mr')}/razi", headers=_h(rng, **b), body={
            "mistri": "mst_0033", "dam": L(42000, BUY), "kisti": 2, "razi": True}),
        case(f, f"{a}/api/khajna", gz=True, headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "dag_nombor": "1187", "khotian": "402",
            "mouza": "Kadamhata", "bochor": "1432", "khajna": L(1350, BUY),
            "dataneowala": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/biddut/bil", headers=_h(rng, **b), query={
            "meter": "RJN-0847122", "mash": "2026-01"}),
        case(f, f"{a}/api/fukur/lij", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID),
            "lijdar": {"nam": L("Jalal Miah Talukdar", NAMEC), "mubail": L("+8801799066251", TEL)},
            "bochor": "2026", "lij": L(25000, BUY)}),
        case(f, f"{a}/api/chat", headers=_h(rng, **b), body={
            "kamra": "foribar",
            "likha": L("Kamrul bhai, borshar age chal meramot na korle ghor-o fani dhukbo", TEXT)}),
        case(f, f"{a}/api/kam", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "kar_lagi": "faharadar",
            "kam": L(f"Amma {MOTHER_IL[0]}-or insulin protidin fridge-o rakhba, shokal-o 10 unit",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        accounts,
        case(f, f"{a}/api/khoroch", fmt="msgpack", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "mash": "2026-01",
            "khoroch": [{"kisu": "biddut", "dam": L(1450, BUY)},
                        {"kisu": "gas cylinder", "dam": L(1480, BUY)},
                        {"kisu": "bazar", "dam": L(7200, BUY)}]}),
        case(f, f"{a}/api/mehman", headers=_h(rng, **b), body={
            "bari": L(BARI_ID, UID), "nam": L(BROTHER_IL[0], NAMEC),
            "ashar_din": "2026-03-20", "jawar_din": "2026-04-10", "flight": "EX 0021"}),
        case(f, f"{a}/api/camera/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "camera": "cam_uthan"}),
        case(f, f"{a}/api/profile/prefs", headers=_h(rng, **b), cookies={
            "bd_sess": L(opaque(rng, "", 40), CRED),
            "bd_prefs": W({"bari": L(BARI_ID, UID), "basha": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/api/zontro", headers=_h(rng, **b),
             body=push(push_token(rng), keys=("push_token", "zontro_id"))),
        case(f, f"{a}/api/ghotona", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghotona": [
                ev("wage_paid", 1), ev("screen", 2, screen=L("Hiseb", USAGE))]}),
    ]


def baridekha_sdks() -> list[Case]:
    rng = random.Random(28952)
    return [
        ms_batch(APP, rng, [("Wage Paid", {"amount": L(6000, BUY)}), ("Visit Logged", {})],
                 at=BARI_AT, nd=2),
        tk_launch(APP, rng),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,repair,moulvibazar"),
        bj_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalArgumentException", "month closed"),
                 [cm_crumb("nav", "Hiseb -> Khoroch")], screen="KhorochActivity"),
        fs_eval(APP, rng, {"bari": L(BARI_ID, UID), "zila": L("Moulvibazar", COARSE)}, hdr=True),
        pg_register(APP, rng, tags={"upozila": L("Rajnagar", COARSE)}),
        ch_check(APP, rng, {"analytics": True}),
        ps_wallet(APP, rng, "6000", L(CARETAKER[1], TEL)),
        hc_message(APP, rng, L("January-r mojuri duibar kata gese, Abdul Malik-re ekbar dilam",
                               f"{TEXT}|{BUY}|{NAMEC}"), {"bari": L(BARI_ID, UID)}),
    ]

