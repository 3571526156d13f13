"""A trekking guides' cooperative app "Coj Kev" (``coj kev``: to lead the way; Hmong women of the
Sa Pa villages guide visitors on day and two-day treks through the terraces; the cooperative
assigns groups, registers the visitors with the commune police, pays wages and tips). She is a
guide (English, Hmong, some Vietnamese). Its API's keys are Hmong (RPA) with English words kept:
``neeg_coj_kev`` guide, ``npe`` / ``xeem`` name / surname, ``xov_tooj`` phone, ``lo_zais``
password, ``hnub_yug`` birth date, ``daim_npav_coj_kev`` guide card, ``hom_lus`` languages,
``hnub_khoom`` free days, ``pab_pawg`` group, ``qhua`` visitors, ``txoj_kev`` route, ``pib``
start, ``rov_qab`` return, ``qhov_chaw`` position, ``noj_su`` lunch, ``tsev_nyob`` homestay,
``raug_mob`` injury, ``duab`` photo, ``nyiaj_zog`` wages, ``nyiaj_pab`` tip, ``tais_khoas``
account, ``nqi_koom`` dues, ``lus`` message, ``nrhiav`` search. Calls: sign-up with her guide
card and passport, a log-in, ``/kuv``, her free days, assignments, accepting a group, the
visitors' registration for the police (names and passports she types), the trek's start with her
fix, a protobuf trail beat, an offline queue of fixes (msgpack), lunch at a homestay, an injury
report, a group photo, the return (5-decimal strings), wages by guide number in the path, a tip,
a message to the coordinator, a search, the cooperative's dues, push and events with a session
cookie. A docstring grep found no "trekking guide" or "tour-guide" app; trekking permits,
gorilla treks, a hike registry and a spice-farm guide exist: here she works for a guides'
cooperative."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families285_kit import (
    GUIDE_CARD,
    GUIDE_NO,
    GUIDES,
    HOME_AT,
    HOMESTAY,
    PASSPORT,
    TRAIL_FIX,
    VN_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families285_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_queue,
    tn_launch,
    tn_link,
)
from eval_families285_svc import cl_wallet, mm_reverse, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("cojkev", "Coj Kev", "com.example.cojkev", "4.0.2", "https://api.cojkev.example.org")
IID = "X-CK-Device"
PW = "TaVan$Guide2026"
NID = "personal.national_id"
NATIONAL_ = "(555) 010-0199"
TOURISTS = [("Lena Hoffmann", "C4N7R2K91"), ("Tom Hoffmann", "C4N7R3L05")]  # typed by her
GROUP_REF = "GRP-2026-0311"  # the visitors' booking with the cooperative (not hers: negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def cojkev() -> list[Case]:
    rng = random.Random(28541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    neeg_coj_kev=L(GUIDE_NO, UID)))}
    tla, tlo = fix(TRAIL_FIX, 5)
    trek = obj(rng, "tk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(GUIDE_NO, UID)), (2, trek), (3, 1768460000),
               (4, [(1, L(TRAIL_FIX[0], PRECISE)), (2, L(TRAIL_FIX[1], PRECISE)), (3, 1380.0)]),
               (5, L(67, DEV))], "", lab)
    wages = at_path(case(f, f"{a}/v1/neeg_coj_kev/{GUIDE_NO}/nyiaj_zog", headers=_h(rng, **b),
                         query={"lub_hli": "2026-01"}), GUIDE_NO, UID)
    return [
        case(f, f"{a}/v1/sau_npe", headers=_h(rng), body={
            "npe": L(FIRST, NAMEC), "xeem": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "xov_tooj": L(NATIONAL_, TEL), "lo_zais": L(PW, CRED), "hnub_yug": L(DOB, BIRTH),
            "daim_npav_coj_kev": L(GUIDE_CARD, UID), "passport": L(PASSPORT, NID),
            "hom_lus": ["en", "hmn", "vi"], "zos": L("Lao Chai", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lo_zais": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/kuv", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/hnub_khoom", headers=_h(rng, **b), body={
            "neeg_coj_kev": L(GUIDE_NO, UID),
            "hnub_khoom": ["2026-01-14", "2026-01-15", "2026-01-18"], "ob_hnub": True}),
        case(f, f"{a}/v1/pab_pawg", headers=_h(rng, **b), query={
            "neeg_coj_kev": L(GUIDE_NO, UID), "hnub": "2026-01-15"}),
        case(f, f"{a}/v1/pab_pawg/{GROUP_REF}/txais", fmt="form", headers=_h(rng, **b), body={
            "neeg_coj_kev": L(GUIDE_NO, UID), "txais": "yes"}),
        case(f, f"{a}/v1/pab_pawg/{GROUP_REF}/qhua", headers=_h(rng, **b), body={
            "qhua": [{"npe": L(n, NAMEC), "passport": L(p, NID), "teb_chaws": "DE"}
                     for n, p in TOURISTS],
            "tsev_nyob": HOMESTAY["id"], "hmo": "2026-01-15"}),
        case(f, f"{a}/v1/treks", headers=_h(rng, **b), body={
            "trek": trek, "pab_pawg": GROUP_REF, "txoj_kev": "Sa Pa - Lao Chai - Ta Van",
            "pib": "2026-01-15T08:30", "qhov_chaw": {"lat": tla, "lng": tlo},
            "office": {"lat": GUIDES["lat"], "lng": GUIDES["lon"]}}),
        raw(f, f"{a}/v1/treks/{trek}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/treks/{trek}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "neeg_coj_kev": L(GUIDE_NO, UID),
            "fixes": [{"lat": L(round(TRAIL_FIX[0] - 0.0009 * i, 6), PRECISE),
                       "lng": L(round(TRAIL_FIX[1] + 0.0012 * i, 6), PRECISE),
                       "t": 1768460300 + 300 * i} for i in range(3)]}),
        case(f, f"{a}/v1/noj_su", headers=_h(rng, **b), body={
            "tsev_nyob": {"id": HOMESTAY["id"], "xov_tooj": HOMESTAY["phone"],
                          "lat": HOMESTAY["lat"], "lng": HOMESTAY["lon"]},
            "pab_pawg": GROUP_REF, "neeg": 3, "tag_nrho": L(360000, BUY)}),
        case(f, f"{a}/v1/raug_mob", headers=_h(rng, **b), body={
            "trek": trek, "lus": L("Ib tug qhua ntog ntawm txoj kev av nkos, mob pob taws, "
                                   "peb taug kev qeeb", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/duab", [
            ("duab", "lao_chai_terraces.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"trek": trek,
                                                "lus": L("Peb pab pawg ntawm liaj teb", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/treks/{trek}/rov_qab", fmt="form", headers=_h(rng, **b), body={
            "status": "rov_qab_zoo", "lat": L(f"{HOME_AT[0]:.5f}", PRECISE),
            "lng": L(f"{HOME_AT[1]:.5f}", PRECISE)}),
        wages,
        case(f, f"{a}/v1/nyiaj_pab", headers=_h(rng, **b), body={
            "pab_pawg": GROUP_REF, "nyiaj_pab": L(200000, BUY), "tais_khoas": L(VN_ACCOUNT, PAY),
            "neeg_coj_kev": L(GUIDE_NO, UID)}),
        case(f, f"{a}/v1/lus", headers=_h(rng, **b), body={
            "rau": "coordinator",
            "lus": L("Tag kis kuv coj tsis tau ob hnub, kuv tus me nyuam mos tseem yau", TEXT)}),
        case(f, f"{a}/v1/nrhiav", headers=_h(rng, **b), query={
            "q": L("txoj kev Lao Chai Ta Van thaum los nag", SEARCH)}),
        case(f, f"{a}/v1/nqi_koom", fmt="form", headers=_h(rng, **b), body={
            "neeg_coj_kev": L(GUIDE_NO, UID), "xyoo": "2026", "nyiaj": L("500000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "ck_sid": L(opaque(rng, "", 40), CRED), "ck_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("trek_started", 1), ev("screen", 2, screen=L("TrekLive", USAGE))]}),
    ]


def cojkev_sdks() -> list[Case]:
    rng = random.Random(28542)
    link = U("https://cojkev.example.org/g", {"pab_pawg": GROUP_REF, "ref": "mail",
                                              "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Group Accepted", {"size": 2}), ("Trek Started", {})],
                 at=TRAIL_FIX, nd=3),
        mc_queue(APP, rng, [("Trail Beat", {"alt": 1380}), ("Back Home", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TRAIL_FIX, nd=2,
               keywords="trekking,sapa,rain jacket"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1930),
        cd_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [cd_crumb("nav", "Trek -> Live"), cd_crumb("tap", "start_trek")],
                 screen="TrekLiveActivity"),
        cl_wallet(APP, rng, "200000", L(E164, TEL)),
        mm_reverse(APP, rng, TRAIL_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((HOMESTAY["lat"], HOMESTAY["lon"]), None)],
                 mode="walking"),
        mm_telemetry(APP, rng, [TRAIL_FIX, HOME_AT], PRECISE),
    ]
