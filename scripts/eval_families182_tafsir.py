"""A Juma'at mosque's khutbah and Ramadan tafsir app "Tafsirbe" (Yerwa Central Juma'at Mosque,
fictional: Friday sermons in Kanuri with translations, the Ramadan tafsir sessions with a
women's section, questions to the Sheikh, zakat al-fitr; she converted to Islam at her marriage).
Kanuri keys: ``cu``, ``cu_abba``, ``cu_musulmi`` her Muslim name, ``imel``, ``lamba_waya``,
``sirri``, ``kau_ganji``, ``kwa_kamu``, ``din`` religion (``Musulmi``), ``kau_shahada`` the
day she took the shahada, ``masallaci`` mosque, ``kwanyi`` my husband, ``lamba_member``,
``khutba``, ``tafsir``, ``salla`` prayer, ``mazhab``, ``tambaya`` question, ``labar``,
``kurdi``, ``kamye`` people (heads for the fitra), ``tada`` child, ``nemtu``, ``kembu`` food,
``malum`` teacher. Registration, an OAuth password grant, ``/nyi``, the week's khutbah, a listening
position, a tafsir seat, attendance with her fix (4 decimals), a question to the Sheikh, zakat
al-fitr, an almajiri meals sponsorship, prayer times by a rounded point, tafsir notes (msgpack),
her daughter's Qur'an circle, the member card by number in the path, a protobuf listening beat,
a voice question, a renovation donation, a search, a receipt by cookie, iftar food (gzip), push
and events. Sets 43, 60, 131 and 143 have mosque apps (prayer times, zakat, membership, waqf, a
women's tafsir search); this one is built around sermons and the Ramadan tafsir sessions."""

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
    GENDER,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families182_kit import (
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    LOCAL_NO,
    MEMBER,
    MOSQUE,
    MOSQUE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families182_sdk import kd_crash, kd_crumb, mk_batch, mk_identify, mk_pixel, ty_event
from eval_families182_svc import cn_card, cn_confirm, cs_save, hp_message, mp_route, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tafsirbe", "Tafsirbe", "org.example.tafsirbe", "2.2.6",
          "https://api.tafsirbe.example.org")
IID = "X-Tafsirbe-Device"
PW = "Yerwa*Tafsir2026"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kr=True, **kw)


def tafsirbe() -> list[Case]:
    rng = random.Random(18231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), lamba_member=L(MEMBER, UID),
                                    masallaci=L(MOSQUE["name"], REL)))}
    mla, mlo = fix(MOSQUE_FIX, 4)
    kh = obj(rng, "kh")
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, kh), (3, 1770000000), (4, 1260), (5, L(66, DEV))],
              "", lab)
    card = at_path(case(f, f"{a}/v1/members/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/rijista", headers=_h(rng), body={
            "cu": L(FIRST, NAMEC), "cu_abba": L(LAST, NAMEC), "cu_musulmi": L("Aisha", REL),
            "imel": L(EMAIL_MIXED, MAIL), "lamba_waya": L(LOCAL_NO, TEL),
            "sirri": L(PW, CRED), "kau_ganji": L(DOB, BIRTH), "kwa_kamu": L("kamu", GENDER),
            "din": L("Musulmi", REL), "kau_shahada": L("2019-03-08", REL),
            "masallaci": L(MOSQUE["id"], REL), "kwanyi": L(HUSBAND[0], NAMEC),
            "lamba_member": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tafsirbe-android"}),
        case(f, f"{a}/v1/nyi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/khutba", headers=_h(rng, **b), query={
            "masallaci": L(MOSQUE["id"], REL), "kau": "2026-01-16", "luga": "kr"}),
        case(f, f"{a}/v1/khutba/{kh}/listen", headers=_h(rng, **b), body={
            "position_s": 1260, "lamba_member": L(MEMBER, UID), "speed": 1.0}),
        case(f, f"{a}/v1/tafsir/seat", headers=_h(rng, **b), body={
            "masallaci": L(MOSQUE["id"], REL), "kau": "2026-02-19", "section": "kamye_kamu",
            "seat": "W-14", "lamba_member": L(MEMBER, UID)}),
        case(f, f"{a}/v1/tafsir/attendance", headers=_h(rng, **b), body={
            "salla": L("tarawih", REL), "kau": "2026-02-21",
            "at": {"lat": mla, "lng": mlo},
            "masallaci": {"lat": MOSQUE["lat"], "lng": MOSQUE["lon"]}}),
        case(f, f"{a}/v1/tambaya", headers=_h(rng, **b), body={
            "tambaya": L("Is zakat al-fitr for my daughter due here if she is with her "
                         "grandmother in Diffa at Eid?", f"{TEXT}|{REL}"),
            "anonymous": False, "malum": "sh_abatcha"}),
        case(f, f"{a}/v1/fitra", fmt="form", headers=_h(rng, **b), body={
            "kamye": "3", "kurdi": L("7500", BUY), "currency": "NGN",
            "fund": L("zakat_fitr", REL), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tsangaya/sponsor", headers=_h(rng, **b), body={
            "tsangaya": "ts_gwange_2", "almajiri": 5, "kurdi": L(20000, BUY), "wata": 1,
            "labar": L("For the boys' breakfast during Ramadan", TEXT)}),
        case(f, f"{a}/v1/salla/times", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "mazhab": L("maliki", REL), "month": "2026-02"}),
        case(f, f"{a}/v1/notes", fmt="msgpack", headers=_h(rng, **b), body={
            "surah": 18, "ayah": 10, "tafsir": "tf_2026_d03",
            "labar": L("Sheikh said the cave sleepers teach patience; ask Modu about the "
                       "Kanuri word he used", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/halqa/enrol", headers=_h(rng, **b), body={
            "halqa": L("yara_quran_weekend", REL),
            "tada": {"cu": L(DAUGHTER["full"], NAMEC), "kau_ganji": L(DAUGHTER["dob"], BIRTH),
                     "kwa_kamu": L(DAUGHTER["sex"], GENDER), "juz": L("juz amma", REL)},
            "lamba_member": L(MEMBER, UID)}),
        card,
        raw(f, f"{a}/v1/listen/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/tambaya/voice", [
            ("audio", "tambaya.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"malum": "sh_abatcha", "seconds": 41,
                                                "topic": L("fasting while nursing", REL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "fund": L("masallaci_renovation", REL), "kurdi": L("10000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": "true"}),
        case(f, f"{a}/v1/nemtu", headers=_h(rng, **b), query={
            "nemtu": L("tafsir suratul kahf kanuri 2025", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v1/rasit/latest", headers=_h(rng, how="none"), cookies={
            "tf_session": L(opaque(rng, "", 40), CRED), "tf_device": L(INSTALL_ID, DID),
            "tf_req": rid(rng)}),
        case(f, f"{a}/v1/iftar", gz=True, headers=_h(rng, **b), body={
            "kau": "2026-02-25", "kembu": [{"iri": "kunu", "adadi": 40},
                                           {"iri": "dates_kg", "adadi": 5}],
            "kurdi": L(38000, BUY), "masallaci": L(MOSQUE["id"], REL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "kr_NG")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("khutba_played", 1), ev("screen", 2, screen=L("TafsirLive", USAGE)),
                ev("fitra_paid", 3, kurdi=L(7500, BUY))]}),
    ]


def tafsirbe_sdks() -> list[Case]:
    rng = random.Random(18232)
    return [
        mk_batch(APP, rng, [("Khutbah Played", {"seconds": 1260}),
                            ("Tafsir Attended", {"salla": L("tarawih", REL)})],
                 at=MOSQUE_FIX, nd=2, locale="kr_NG"),
        mk_identify(APP, rng, {"masallaci": L(MOSQUE["name"], REL),
                               "lamba_member": L(MEMBER, UID), "bla": L("Maiduguri", COARSE)}),
        mk_pixel(APP, rng, "Times Opened", {"month": "2026-02"}),
        ty_event(APP, rng, "donation", {"fund": L("zakat_fitr", REL)}, revenue=7500.0),
        kd_crash(APP, rng, ("java.io.IOException", "audio stream reset"),
                 [kd_crumb("nav", "Khutba -> Player"), kd_crumb("tap", "play")],
                 screen="PlayerActivity"),
        pf_register(APP, rng, lang="kr", at=HOME_AT, nd=2,
                    tags={"masallaci": L(MOSQUE["id"], REL), "section": "women"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        cn_card(APP, rng, email=True),
        cn_confirm(APP, rng, "7500.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((MOSQUE["lat"], MOSQUE["lon"]), None)],
                 mode="walking"),
        hp_message(APP, rng, L("My fitra receipt did not arrive by e-mail", f"{TEXT}|{REL}"),
                   {"lamba_member": L(MEMBER, UID)}),
    ]
