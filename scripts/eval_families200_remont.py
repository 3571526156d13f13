"""A flat-renovation contractor's app "Remontchi" (an Almaty firm renovates their flat's kitchen
and the children's room after the baby's birth; she is the client). Uyghur keys in Latin letters
(with the Russian loan ``remont`` as Almaty speakers use it): ``oy`` flat, ``qewet`` floor,
``maydan_m2`` area, ``ishik_kodi`` door code, ``olchesh`` measuring visit, ``layihe`` design,
``paket`` package, ``kelishim`` contract, ``basquch`` stage, ``material``, ``mallar`` goods,
``usta`` craftsman, ``ustilar`` crew, ``kirish_xatirisi`` entry log, ``ilgirlesh`` progress,
``shikayet`` complaint, ``qoshnilar`` neighbours, ``agahlandurush`` notice, ``hesab_faktura``
invoice, ``akt`` acceptance act, with the shared words (``isim``, ``familiye``, ``elxet``,
``yanfon``, ``mexpiy_nomur``, ``iin``, ``adres``, ``sheher``, ``nahiye``, ``kenglik``/
``uzunluq``, ``summa``, ``iban``, ``imza``, ``uchur``, ``izdesh``). Calls: sign-up, log-in,
``/men``, the flat (her fix, the door code), a measuring visit, the floor plan, the design
package, the contract signed (signature image), a stage payment from her IBAN, stages, a
materials order (msgpack), her approval at the site, a protobuf progress beat, a progress photo,
a complaint, a message to the foreman quoting the door code, a search, an invoice by cookie, the
acts by contract number in the path, a notice to the neighbours, the new thermostat on the home
Wi-Fi, push and events. Earlier sets have a repair ticket in a lease app (set 144) and a
contractor's estimate in an insurance claim (set 40); no renovation contractor's own app."""

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
    E164,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families200_kit import (
    CONTRACT,
    DOOR_CODE,
    FIRM,
    HOME,
    HOME_AT,
    HUSBAND,
    IIN,
    KZ_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families200_sdk import (
    bs_bid,
    bs_notice,
    cm_crash,
    cm_crumb,
    mr_batch,
    td_event,
    td_launch,
)
from eval_families200_svc import cs_check, fd_eval, hc_message, pl_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("remontchi", "Remontchi", "com.example.remontchi", "2.6.0",
          "https://api.remontchi.example.org")
IID = "X-Remont-Device"
PW = "Remont*Almaly31"
NID = "personal.national_id"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(34)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def remontchi() -> list[Case]:
    rng = random.Random(20071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elxet=L(EMAIL, MAIL), yanfon=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CONTRACT, BUY)), (2, "st_02_electrics"), (3, 45),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
               (5, 1765612800)], "", lab)
    acts = at_path(case(f, f"{a}/api/v2/kelishimler/{CONTRACT}/aktlar", headers=_h(rng, **b)),
                   CONTRACT, BUY)
    return [
        case(f, f"{a}/api/v2/tizimlitish", headers=_h(rng), body={
            "isim": L(FIRST, NAMEC), "familiye": L(LAST, NAMEC), "elxet": L(EMAIL_MIXED, MAIL),
            "yanfon": L(E164, TEL), "mexpiy_nomur": L(PW, CRED),
            "adres": L(HOME["line"], ADDR), "sheher": L(HOME["town"], COARSE),
            "nahiye": L(HOME["area"], COARSE)}),
        case(f, f"{a}/api/v2/kirish", fmt="form", headers=_h(rng), body={
            "elxet": L(EMAIL, MAIL), "mexpiy_nomur": L(PW, CRED), "uskune": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/oy", headers=_h(rng, **b), body={
            "adres": L(HOME["line"], ADDR), "qewet": 7, "maydan_m2": 78.4, "oyler": 3,
            "orun": {"kenglik": L(HOME_AT[0], PRECISE), "uzunluq": L(HOME_AT[1], PRECISE)},
            "ishik_kodi": L(DOOR_CODE, CRED)}),
        case(f, f"{a}/api/v2/olchesh/bron", headers=_h(rng, **b), body={
            "kun": "2025-12-13", "waqit": "10-12", "firma": FIRM["id"],
            "alaqe": {"isim": L(HUSBAND["name"], NAMEC), "yanfon": L(HUSBAND["phone"], TEL)}}),
        multipart(f, f"{a}/api/v2/oy/plan", [
            ("plan", "plan_kitchen.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"oy": "kitchen", "maydan_m2": 11.2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/layihe/tallash", headers=_h(rng, **b), body={
            "paket": "pk_comfort_2", "oyler": ["kitchen", "bala_oyi"],
            "kelishim": L(CONTRACT, BUY), "omumiy_summa": L(4850000, BUY),
            "izahat": L("Bala oyi bowaq uchun, boyaq hidsiz bolsun", TEXT)}),
        multipart(f, f"{a}/api/v2/kelishim/imza", [
            ("imza", "imza.png", "image/png", L(PNG, MEDIA)),
            ("form", None, "application/json", {"kelishim": L(CONTRACT, BUY),
                                                "isim": L(f"{FIRST} {LAST}", NAMEC),
                                                "iin": L(IIN, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/tolem/basquch", fmt="form", headers=_h(rng, **b), body={
            "kelishim": L(CONTRACT, BUY), "basquch": "1", "summa": L("1455000", BUY),
            "iban": L(KZ_ACCOUNT, PAY), "pul_birliki": "KZT"}),
        case(f, f"{a}/api/v2/basquchlar", headers=_h(rng, **b), query={
            "kelishim": L(CONTRACT, BUY)}),
        case(f, f"{a}/api/v2/material/buyrutma", fmt="msgpack", headers=_h(rng, **b), body={
            "kelishim": L(CONTRACT, BUY), "mallar": [
                {"mal": "kafel_30x60_aq", "m2": 14, "baha": 6900},
                {"mal": "laminat_oak_33", "m2": 12, "baha": 8400}],
            "summa": L(197400, BUY), "yetkuzush_adresi": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/v2/basquch/qobul", headers=_h(rng, **b), body={
            "kelishim": L(CONTRACT, BUY), "basquch": "st_01_demolition",
            "orun": {"kenglik": hla, "uzunluq": hlo}, "qobul": True}),
        raw(f, f"{a}/api/v2/ilgirlesh/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/ilgirlesh/resim", [
            ("resim", "kitchen_day9.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"kelishim": L(CONTRACT, BUY), "kun": 9})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/shikayet", headers=_h(rng, **b), body={
            "kelishim": L(CONTRACT, BUY), "tur": "waqit",
            "mezmun": L("Ustilar ikki kun kelmidi, kafel tam yeqilmidi", TEXT)}),
        case(f, f"{a}/api/v2/uchur", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": "usta_beshi", "thread": obj(rng, "th"),
            "uchur": L(f"Podyezd ishikining kodi {DOOR_CODE}, bowaq uxlawatidu, qongghuraq "
                       "chalmanglar", f"{TEXT}|{CRED}")}),
        case(f, f"{a}/api/v2/izdesh", headers=_h(rng, **b), query={
            "soz": L("balilar oyi uchun hidsiz boyaq", SEARCH)}),
        case(f, f"{a}/api/v2/hesab_faktura", headers=_h(rng, how="none"), cookies={
            "rm_sess": L(opaque(rng, "", 40), CRED), "rm_dev": L(INSTALL_ID, DID),
            "rm_req": rid(rng)}),
        acts,
        case(f, f"{a}/api/v2/qoshnilar/agahlandurush", headers=_h(rng, **b), body={
            "bina": "bld_nb64", "kunler": ["2025-12-15", "2025-12-16"],
            "mezmun": L("Hormetlik qoshnilar, 31-oyde remont bolidu, kechurunglar", TEXT)}),
        case(f, f"{a}/api/v2/termostat/wifi", headers=_h(rng, **b), body={
            "uskune": "th_kitchen_01", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "ip": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/api/v2/uskune", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/hadisiler", gz=True, headers=_h(rng, **b), body={
            "ishletkuchi": L(USER_ID, UID), "hadisiler": [
                ev("basquch_tolendi", 1, summa=L(1455000, BUY)),
                ev("ekran", 2, ekran=L("Ilgirlesh", USAGE))]}),
    ]


def remontchi_sdks() -> list[Case]:
    rng = random.Random(20072)
    return [
        mr_batch(APP, rng, [("Contract Signed", {"total": L(4850000, BUY)}),
                            ("Stage Paid", {})], at=HOME_AT, nd=2),
        td_launch(APP, rng),
        td_event(APP, rng, "purchase", {"kelishim": L(CONTRACT, BUY)}, revenue=4850000.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,renovation,almaty"),
        bs_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo decode"),
                 [cm_crumb("nav", "Ilgirlesh -> Resim")], screen="PhotoActivity"),
        fd_eval(APP, rng, {"firma": FIRM["id"], "sheher": L("Almaty", COARSE)}, hdr=True),
        pl_register(APP, rng, tags={"firma": FIRM["id"]}),
        cs_check(APP, rng, {"analytics": True}),
        hc_message(APP, rng, L(f"Kelishim {CONTRACT} boyiche hesab-faktura kelmidi",
                               f"{TEXT}|{BUY}"), {"kelishim": L(CONTRACT, BUY)}),
    ]
