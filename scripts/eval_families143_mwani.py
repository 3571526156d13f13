"""A Paje seaweed farmers' cooperative app "Mwanisoko" (its API's keys are Kiswahili: ``jina``
first name, ``jina_la_ukoo`` family name, ``barua_pepe`` e-mail, ``namba_ya_simu`` phone number,
``nenosiri`` password, ``tarehe_ya_kuzaliwa`` birth date, ``jinsia`` sex, ``anwani`` address,
``mtaa`` neighbourhood, ``kijiji`` village, ``wilaya`` district, ``mkoa`` region, ``kisiwa``
island, ``kitambulisho`` identity number, ``mume`` husband, ``namba_ya_mwanachama`` member
number; also ``shamba`` farm, ``kamba`` lines, ``aina`` kind, ``kilo``, ``daraja`` grade,
``bei`` price, ``jumla`` total, ``malipo`` payment, ``risiti`` receipt, ``pochi`` wallet,
``akaunti_ya_benki`` bank account, ``ujumbe`` message, ``maoni`` comment, ``tafuta`` search,
``msimbo`` code, ``mahali`` place, ``lugha`` language, ``saa_za_eneo`` time zone, ``kifaa``
device): joining the co-op, an SMS code, ``/mimi``, her lines' corners, a planting log, a
harvest weigh-in at the store, the delivery receipt (msgpack), prices, the payout to her mobile
wallet, a bank account, an offline sync (JSON Lines), a photo of the drying racks, a die-off
report, the tide table near her lines, a search, a loan for ropes, a message to the field
officer, a group meeting RSVP, statements by member number in the path, a base64 JSON profile
link, push, events and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
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
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families143_kit import (
    DELIVERY,
    FARM_LINES,
    HOME,
    HUSBAND,
    LINES_FIX,
    MEMBER_NO,
    STORE,
    TZ,
    TZ_ACCOUNT,
    ZANID,
    fix,
    hd,
    obj,
)
from eval_families143_sdk import (
    dh_event,
    dh_launch,
    kd_crash,
    kd_crumb,
    ng_bid,
    pz_batch,
    pz_identify,
    pz_queue,
)
from eval_families143_svc import bc_message, bp_register, kz_wallet, mw_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("mwanisoko", "Mwanisoko", "com.example.mwanisoko", "2.6.1",
          "https://api.mwanisoko.example.org")
IID = "X-Kifaa-Id"
PW = "Paje#Mwani2026"
DOB_SW = "17/05/1991"
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sw=True, **kw)


def mwanisoko() -> list[Case]:
    rng = random.Random(14301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, barua_pepe=L(EMAIL, MAIL),
                                    namba_ya_mwanachama=L(MEMBER_NO, UID)))}
    la, lo = fix(LINES_FIX)
    corners = [{"lat": L(p[0], PRECISE), "lon": L(p[1], PRECISE)} for p in FARM_LINES]
    stmt = at_path(case(f, f"{a}/api/v2/wanachama/{MEMBER_NO}/taarifa",
                        headers=_h(rng, **b), query={"mwezi": "2026-03"}), MEMBER_NO, UID)
    offline = lines(f, f"{a}/api/v2/sync", [
        {"aina": "kupanda", "namba_ya_mwanachama": L(MEMBER_NO, UID), "kamba": 40,
         "mahali": {"lat": la, "lon": lo}, "t": 1772600400},
        {"aina": "kuvuna", "namba_ya_mwanachama": L(MEMBER_NO, UID), "kilo": 62.5,
         "t": 1772604000},
        {"aina": "picha", "namba_ya_mwanachama": L(MEMBER_NO, UID), "faili": "img_0412.jpg",
         "t": 1772604300}], headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/v2/jisajili", headers=_h(rng), body={
            "jina": L(FIRST, NAMEC), "jina_la_ukoo": L(LAST, NAMEC), "barua_pepe": L(EMAIL, MAIL),
            "namba_ya_simu": L(E164, TEL), "nenosiri": L(PW, CRED),
            "tarehe_ya_kuzaliwa": L(DOB_SW, BIRTH), "jinsia": L("mwanamke", GENDER),
            "anwani": {"mtaa": L(HOME["area"], COARSE), "nyumba": L(HOME["line"], ADDR),
                       "wilaya": L(HOME["district"], COARSE), "mkoa": L(HOME["region"], COARSE),
                       "kisiwa": L(HOME["island"], COARSE)},
            "kijiji_cha_shamba": L("Paje", COARSE), "kitambulisho": L(ZANID, NATID),
            "mume": {"jina": L(HUSBAND[0], NAMEC), "namba_ya_simu": L(HUSBAND[1], TEL)},
            "kikundi": "Paje Wanawake B", "kubali_masharti": True}),
        case(f, f"{a}/api/v2/thibitisha", fmt="form", headers=_h(rng), body={
            "namba_ya_simu": L(E164, TEL), "msimbo": L("804417", CRED)}),
        case(f, f"{a}/api/v2/ingia", fmt="form", headers=_h(rng), body={
            "barua_pepe": L(EMAIL_UPPER, MAIL), "nenosiri": L(PW, CRED), "kumbuka": "1"}),
        case(f, f"{a}/api/v2/mimi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/shamba", headers=_h(rng, **b), body={
            "namba_ya_mwanachama": L(MEMBER_NO, UID), "pembe": corners, "kamba": 40,
            "aina": "spinosum", "urefu_wa_kamba_m": 10, "shamba_id": obj(rng, "sh")}),
        case(f, f"{a}/api/v2/kupanda", headers=_h(rng, **b), body={
            "namba_ya_mwanachama": L(MEMBER_NO, UID), "kamba": 12, "aina": "cottonii",
            "mahali": {"lat": la, "lon": lo, "usahihi": 6}, "tarehe": "2026-03-02",
            "maoni": L("Nimepanda kamba 12 mpya karibu na mwamba", TEXT)}),
        case(f, f"{a}/api/v2/mavuno", headers=_h(rng, **b), body={
            "ghala": STORE["id"], "ghala_mahali": {"lat": STORE["lat"], "lon": STORE["lon"]},
            "namba_ya_mwanachama": L(MEMBER_NO, UID), "kilo": 62.5, "daraja": "A",
            "unyevu": 34, "mizani": "SC-0931"}),
        case(f, f"{a}/api/v2/risiti", fmt="msgpack", headers=_h(rng, **b), body={
            "risiti": L(DELIVERY, BUY), "namba_ya_mwanachama": L(MEMBER_NO, UID),
            "kilo": 62.5, "bei": 900, "jumla": L(56250, BUY), "ghala": STORE["id"]}),
        case(f, f"{a}/api/v2/bei", headers=_h(rng, **b), query={
            "aina": "spinosum", "ghala": STORE["id"], "wiki": "10"}),
        case(f, f"{a}/api/v2/malipo", fmt="form", headers=_h(rng, **b), body={
            "risiti": L(DELIVERY, BUY), "jumla": L("56250", BUY), "sarafu": "TZS",
            "pochi": L(E164, TEL), "mtandao": "pesa", "ref": rid(rng)}),
        case(f, f"{a}/api/v2/benki", headers=_h(rng, **b), body={
            "akaunti_ya_benki": L(TZ_ACCOUNT, PAY), "jina_la_akaunti": L(f"{FIRST} {LAST}", NAMEC),
            "benki": "Benki ya Mfano", "tawi": "Darajani"}),
        offline,
        multipart(f, f"{a}/api/v2/picha", [
            ("picha", "kukausha.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"namba_ya_mwanachama": L(MEMBER_NO, UID),
                                                "mahali": {"lat": la, "lon": lo},
                                                "aina": "kukausha"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/ripoti/ugonjwa", headers=_h(rng, **b), body={
            "namba_ya_mwanachama": L(MEMBER_NO, UID),
            "ujumbe": L("Mwani umeoza kwenye kamba za nje, maji ni ya moto sana wiki hii", TEXT),
            "kamba_zilizoathirika": 9, "mahali": {"lat": la, "lon": lo}}),
        case(f, f"{a}/api/v2/maji_kupwa", headers=_h(rng, **b), query={
            "lat": L(f"{LINES_FIX[0]:.3f}", PRECISE), "lon": L(f"{LINES_FIX[1]:.3f}", PRECISE),
            "siku": "7"}),
        case(f, f"{a}/api/v2/tafuta", headers=_h(rng, **b), query={
            "tafuta": L("kamba za nailoni bei nafuu", SEARCH), "ukurasa": "1"}),
        case(f, f"{a}/api/v2/mkopo", headers=_h(rng, **b), body={
            "namba_ya_mwanachama": L(MEMBER_NO, UID), "kiasi": L(150000, BUY),
            "sababu": L("Kununua kamba na vigingi kwa msimu mpya", TEXT), "miezi": 4,
            "mdhamini": {"jina": L(HUSBAND[0], NAMEC), "namba_ya_simu": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v2/ujumbe", headers=_h(rng, **b), body={
            "kwa": "afisa_ugani", "namba_ya_mwanachama": L(MEMBER_NO, UID),
            "ujumbe": L("Naomba mbegu za cottonii, nipo shambani kesho saa nne", TEXT)}),
        case(f, f"{a}/api/v2/mkutano/rsvp", fmt="form", headers=_h(rng, **b), body={
            "mkutano": "mk_0311", "namba_ya_mwanachama": L(MEMBER_NO, UID), "nitahudhuria": "ndiyo",
            "watu": "1"}),
        stmt,
        case(f, f"{a}/api/v2/wasifu/unganisha", fmt="form", headers=_h(rng, **b), body={
            "data": W({"namba_ya_mwanachama": L(MEMBER_NO, UID), "namba_ya_simu": L(E164, TEL),
                       "tarehe_ya_kuzaliwa": L(DOB, BIRTH)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v2/kifaa", headers=_h(rng, **b), body={
            "tokeni_ya_push": L(push_token(rng), DID), "kifaa_id": L(INSTALL_ID, DID),
            "lugha": L("sw", DEV), "saa_za_eneo": L(TZ, DEV), "modeli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v2/matukio", gz=True, headers=_h(rng, **b), body={
            "mtumiaji": L(USER_ID, UID), "matukio": [
                ev("mavuno_yamepimwa", 1, kilo=62.5), ev("malipo_yameonekana", 2),
                ev("skrini", 3, skrini=L("TaarifaYangu", USAGE))]}),
        case(f, f"{a}/api/v2/toka", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kifaa": L(INSTALL_ID, DID)}),
    ]


def mwanisoko_sdks() -> list[Case]:
    rng = random.Random(14302)
    return [
        pz_batch(APP, rng, [("Harvest Weighed", {"kg": 62.5, "grade": "A"}),
                            ("Payout Viewed", {"total": L(56250, BUY)})],
                 at=LINES_FIX, nd=2, locale="sw_TZ"),
        pz_identify(APP, rng, {"kijiji": L("Paje", COARSE), "kisiwa": L("Unguja", COARSE),
                               "namba_ya_mwanachama": L(MEMBER_NO, UID), "kamba": 40}),
        pz_queue(APP, rng, [("Lines Planted", {"lines": 12}), ("Photo Queued", {}),
                            ("Sync Done", {"items": 3})]),
        dh_launch(APP, rng, first=True),
        dh_event(APP, rng, "sale", {"risiti": L(DELIVERY, BUY)}, revenue=56250.0, hashed=True),
        ng_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="seaweed,farming,ropes"),
        kd_crash(APP, rng, ("java.io.IOException", "sync timeout on 2G"),
                 [kd_crumb("nav", "Shamba -> Mavuno"),
                  kd_crumb("net", "POST", {"url": f"{APP.api}/api/v2/mavuno", "status": 504})],
                 screen="MavunoActivity"),
        bp_register(APP, rng, lang="sw", at=LINES_FIX, nd=2,
                    tags={"ghala": STORE["id"], "kijiji": L("Paje", COARSE)}),
        kz_wallet(APP, rng, "56250", L(E164, TEL)),
        mw_reverse(APP, rng, LINES_FIX, PRECISE, nd=5),
        bc_message(APP, rng, L("Malipo ya risiti RS-2603-11842 bado hayajafika", f"{TEXT}|{BUY}"),
                   {"namba_ya_mwanachama": L(MEMBER_NO, UID)}),
    ]
