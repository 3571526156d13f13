"""A resort hotel's staff app "Shigutu" (work: she is on the guest-relations desk of a resort in
Naha; the app does shifts, clocking at the staff door, leave, the employer's collection of her My
Number, the year-end tax adjustment with her dependants' My Numbers, the statutory health check,
the salary account, payslips, the commuter allowance, the uniform and typhoon-day availability).
Uchinaaguchi keys: ``naa``, ``yaanaa``, ``miiru``, ``keetai``, ``kakushi_kutuba``, ``nmari``,
``wikiga_winagu``, ``zairyuu_kaado``, ``sumee``, ``machi``, ``yuubin``, ``staff_no`` (English),
``kinkyuu`` emergency contact, ``shifuto`` shift, ``dakoku`` clocking, ``uwai`` end,
``yasumi`` leave, ``riyuu``, ``mainanbaa`` My Number, ``nenmatsu`` year-end adjustment,
``fuyuu`` dependants, ``kankii``, ``chaagan_shirabi`` health check (lit. "checking one is
well"), ``takasa``, ``teejuu``, ``chii_atsu``, ``ninshin`` pregnancy, ``isha_nu_kutuba``
doctor's remark, ``kuuza``, ``miiji``, ``kyuuryoo`` pay, ``tsuukin`` commute (``kara`` /
``made`` from / to), ``seefuku`` uniform, ``wata_mawai``, ``kutsu`` shoe size,
``kajifuchi`` typhoon, ``kaeree`` can come in, ``kuma``, ``nishi_hai`` / ``agari_iri``,
``yuntaku``, ``kutuba``, ``tumi``, ``wan``. Calls: onboarding, a password grant, ``/wan``,
shifts, a clock-in with her fix and the staff Wi-Fi, a protobuf on-shift beat, the clock-out
(form), leave, her My Number (gzip) and the card's photo, the year-end adjustment (gzip; her
husband's and Mio's My Numbers), the health check (gzip), the salary account, the payslip by
staff number in the path, the commuter allowance, a uniform order, typhoon-day availability, a
message to her manager, a search, notices by cookie, push, events and a log-out. Payroll and
shift apps exist (13, 39, 73, 120, 125, 130, 155); this one is a Japanese employer's, centred on
the My Number collection, the year-end adjustment with dependants and the statutory health
check."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families205_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HOTEL,
    HUSBAND,
    JP_ACCOUNT,
    MY_NUMBER,
    NID,
    RESIDENCE_CARD,
    SPOUSE_MYNUM,
    STAFF_FIX,
    STAFF_NO,
    fix,
    hd,
    push,
)
from eval_families205_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families205_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    hs_message,
    mm_geocode,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shigutu", "Shigutu", "com.example.shigutu", "7.0.1", "https://api.shigutu.example.net")
IID = "X-Shigutu-Terminal"
PW = "Naminoue@Desk7"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SSID, BSSID = "NTR-Staff", "00:1a:2b:7c:41:e0"  # the hotel's staff Wi-Fi she joins (wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ja=True, **kw)


def shigutu() -> list[Case]:
    rng = random.Random(20561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, staff_no=L(STAFF_NO, UID), miiru=L(EMAIL, MAIL),
                                    role="guest_relations"))}
    sla, slo = fix(STAFF_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(STAFF_NO, UID)), (2, 1770958800),
               (3, [(1, L(STAFF_FIX[0], PRECISE)), (2, L(STAFF_FIX[1], PRECISE))]),
               (4, "front_desk"), (5, L(66, DEV))], "", lab)
    slip = at_path(case(f, f"{a}/v1/kyuuryoo/{STAFF_NO}/meisai", headers=_h(rng, **b),
                        query={"chichi": "2026-01"}), STAFF_NO, UID)
    return [
        case(f, f"{a}/v1/shigutunin", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "yaanaa": L(LAST, NAMEC), "miiru": L(EMAIL_MIXED, MAIL),
            "keetai": L(E164, TEL), "kakushi_kutuba": L(PW, CRED), "nmari": L(DOB, BIRTH),
            "wikiga_winagu": L("winagu", GENDER), "zairyuu_kaado": L(RESIDENCE_CARD, NID),
            "zairyuu_kigen": "2028-09-30", "staff_no": L(STAFF_NO, UID),
            "sumee": L(HOME["line"], ADDR), "machi": L(HOME["town"], COARSE),
            "yuubin": L(HOME["post"], COARSE),
            "kinkyuu": {"naa": L(HUSBAND[0], NAMEC), "keetai": L(HUSBAND[1], TEL),
                        "kankii": "wuttu"}}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(STAFF_NO, UID), "password": L(PW, CRED),
            "client_id": "shigutu-android"}),
        case(f, f"{a}/v1/wan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/shifuto", headers=_h(rng, **b), query={
            "staff_no": L(STAFF_NO, UID), "chichi": "2026-02", "busho": "front"}),
        case(f, f"{a}/v1/dakoku", headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "shurui": "hajimi",
            "kuma": {"nishi_hai": sla, "agari_iri": slo, "seedo": 7},
            "hoteru": {"id": HOTEL["id"], "nishi_hai": HOTEL["lat"], "agari_iri": HOTEL["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        raw(f, f"{a}/v1/dakoku/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/dakoku/uwai", fmt="form", headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "nishi_hai": L(f"{STAFF_FIX[0]:.5f}", PRECISE),
            "agari_iri": L(f"{STAFF_FIX[1]:.5f}", PRECISE), "zangyou": "25"}),
        case(f, f"{a}/v1/yasumi", headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "kara": "2026-05-30", "made": "2026-05-30",
            "shurui": "yuukyuu",
            "riyuu": L("Mio's school sports day, and my mother-in-law's care meeting in Nago.",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/mainanbaa", gz=True, headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "mainanbaa": L(MY_NUMBER, NID),
            "honnin_kakunin": "zairyuu_kaado", "zairyuu_kaado": L(RESIDENCE_CARD, NID)}),
        multipart(f, f"{a}/v1/mainanbaa/kaado", [
            ("card", "mynumber_back.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"staff_no": L(STAFF_NO, UID), "men": "ura"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nenmatsu", gz=True, headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "tushi": 2025,
            "fuyuu": [
                {"naa": L(HUSBAND[0], NAMEC), "nmari": L("1987-11-02", BIRTH),
                 "mainanbaa": L(SPOUSE_MYNUM, NID), "kankii": "wuttu",
                 "shotoku_mikomi": 2400000},
                {"naa": L(KID, NAMEC), "nmari": L(DAUGHTER["dob"], BIRTH),
                 "mainanbaa": L(DAUGHTER["mynum"], NID), "kankii": "warabi"}],
            "seimei_hoken": 84000, "jishin_hoken": 12000}),
        case(f, f"{a}/v1/chaagan_shirabi", gz=True, headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "hii": "2025-11-18",
            "takasa": L(167.2, FIT), "teejuu": L(58.4, FIT), "bmi": L(20.9, FIT),
            "chii_atsu": L("118/74", MED), "hba1c": L(5.4, MED), "ldl": L(142, MED),
            "ninshin": L(False, MED),
            "isha_nu_kutuba": L("LDL high, re-test in six months; otherwise fit for work.",
                                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kuuza", headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "kuuza": L(JP_ACCOUNT, PAY),
            "ginkoo": "Ryukyu Example Bank", "miiji": L("DOE JANE", NAMEC)}),
        slip,
        case(f, f"{a}/v1/tsuukin", headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "kara": L("Goya bus stop", COARSE),
            "made": "Asahibashi", "shudan": ["bus", "yui_rail"], "teiki_1m": 16800}),
        case(f, f"{a}/v1/seefuku", headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "takasa": L(167, FIT), "wata_mawai": L(68, FIT),
            "kutsu": L(24.0, FIT), "shurui": "kariyushi_f", "tsuika": 1,
            "jin": L(4800, BUY)}),
        case(f, f"{a}/v1/kajifuchi", headers=_h(rng, **b), body={
            "staff_no": L(STAFF_NO, UID), "kajifuchi": "T2606", "kaeree": False,
            "riyuu": L("The buses stop in Koza during the typhoon, I cannot get to Naha.",
                       f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v1/yuntaku", headers=_h(rng, **b), body={
            "ate": "mgr_front_02",
            "kutuba": L("Could I swap Saturday with Aiko? My husband Seiji Tamashiro is on night "
                        "duty.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/tumi", headers=_h(rng, **b), query={
            "tumi": L("childcare leave school holidays", SEARCH)}),
        case(f, f"{a}/v1/oshirase", headers=_h(rng, how="none"), cookies={
            "sg_sesshon": L(opaque(rng, "", 40), CRED), "sg_kikai": L(INSTALL_ID, DID),
            "sg_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ja_JP")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dakoku", 1), ev("screen", 2, screen=L("Meisai", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kikai": L(INSTALL_ID, DID)}),
    ]


def shigutu_sdks() -> list[Case]:
    rng = random.Random(20562)
    return [
        mc_batch(APP, rng, [("Clocked In", {"hotel": HOTEL["id"]}),
                            ("Payslip Opened", {"month": "2026-01"})],
                 at=STAFF_FIX, nd=2, locale="ja_JP"),
        mc_identify(APP, rng, {"busho": "front", "staff_no": L(STAFF_NO, UID),
                               "machi": L("Okinawa City", COARSE)}),
        tn_launch(APP, rng),
        pt_register(APP, rng, lang="ja", tags={"busho": "front"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "4800"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((HOTEL["lat"], HOTEL["lon"]), None)],
                 mode="transit"),
        mm_geocode(APP, rng, "Asahibashi station", SEARCH, near=STAFF_FIX, nd=3),
        cd_crash(APP, rng, ("java.lang.SecurityException", "camera permission"),
                 [cd_crumb("nav", "Mainanbaa -> Kaado")], screen="KaadoActivity"),
        hs_message(APP, rng, L("My January payslip does not show the commuter allowance", TEXT),
                   {"staff_no": L(STAFF_NO, UID)}),
    ]
