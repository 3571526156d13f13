"""A ward youth association's eisa troupe app "Chondaraa" (Goya's troupe in Okinawa City: her
husband plays the big drum, she dances the hand-dance lines, Mio is in the children's eisa; the
app is named after the troupe's painted clown). Uchinaaguchi keys in Latin letters: ``naa``,
``yaanaa``, ``miiru``, ``keetai``, ``kakushi_kutuba``, ``nmari``, ``sumee``, ``shima`` ward
(lit. home community), ``yuubin``, ``wuttu`` husband, ``warabi`` child, ``tushi`` age,
``wikiga_winagu`` sex, ``yaku`` role (``tiwudui`` hand-dance, ``uudeeku`` big drum,
``paarankuu`` hand drum), ``rinshuu`` rehearsal, ``michijunee`` street procession, ``ishuu``
costume, ``takasa`` height, ``wata_mawai`` waist, ``kata_haba`` shoulders, ``jika_tabi`` foot
size, ``hana`` gift money to the troupe, ``kuudu`` code, ``kuma``, ``nishi_hai`` /
``agari_iri``, ``yasumi`` absence, ``riyuu`` reason, ``kaiin`` member, ``kaihi`` dues,
``teeku`` drum, ``munu`` food, ``arerugii`` allergy, ``hoken`` insurance, ``yuntaku``,
``kutuba``, ``tumi``, ``wan``. Calls: joining, an SMS code, ``/wan``, rehearsals, a rehearsal
check-in with her fix, costume measurements, Mio's place in the children's eisa, gift money, the
procession route, a protobuf procession beat and an offline queue of fixes (msgpack), a video, the
group chat, an absence, dues by member number in the path and their payment, a drum hire, a
search, festival lunch with an allergy, event insurance for the two of them, notices by cookie,
push and events. Sets 142 (no festival troupe), 161 and 192 (a rondalla) were checked: no earlier
set has an eisa or other drum-dance street troupe."""

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
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families205_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    PARADE,
    TROUPE_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families205_sdk import bf_bid, cd_session, mc_batch, mc_pixel, tn_launch, tn_link
from eval_families205_svc import cy_save, fn_eval, mm_route, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("chondaraa", "Chondaraa", "com.example.chondaraa", "2.2.0",
          "https://api.chondaraa.example.org")
IID = "X-Chondaraa-Kikai"
PW = "Uudeeku#Goya2026"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, ja=True, **kw)


def chondaraa() -> list[Case]:
    rng = random.Random(20511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaiin=L(TROUPE_NO, UID), keetai=L(E164, TEL)))}
    hla, hlo = fix(HALL_FIX, 5)
    parade = obj(rng, "mj")
    lab: dict[str, str] = {}
    beat = pb([(1, L(TROUPE_NO, UID)), (2, parade), (3, 1787400000),
               (4, [(1, L(PARADE[0][0], PRECISE)), (2, L(PARADE[0][1], PRECISE))]),
               (5, L(38, DEV))], "", lab)
    dues = at_path(case(f, f"{a}/api/kaiin/{TROUPE_NO}/kaihi", headers=_h(rng, **b),
                        query={"tushi": "2026"}), TROUPE_NO, UID)
    return [
        case(f, f"{a}/api/kanyuu", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "yaanaa": L(LAST, NAMEC), "miiru": L(EMAIL, MAIL),
            "keetai": L(E164, TEL), "kakushi_kutuba": L(PW, CRED), "nmari": L(DOB, BIRTH),
            "sumee": L(HOME["line"], ADDR), "shima": L(HOME["area"], COARSE),
            "yuubin": L(HOME["post"], COARSE), "yaku": "tiwudui",
            "wuttu": {"naa": L(HUSBAND[0], NAMEC), "keetai": L(HUSBAND[1], TEL),
                      "yaku": "uudeeku"}, "kaiin": L(TROUPE_NO, UID)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "keetai": L(E164, TEL), "kuudu": L("550381", CRED)}),
        case(f, f"{a}/api/wan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/rinshuu", headers=_h(rng, **b), query={
            "shima": L("Goya", COARSE), "chichi": "2026-07"}),
        case(f, f"{a}/api/rinshuu/sanka", headers=_h(rng, **b), body={
            "rinshuu": obj(rng, "rs"), "kaiin": L(TROUPE_NO, UID),
            "kuma": {"nishi_hai": hla, "agari_iri": hlo},
            "kominkan": {"id": HALL["id"], "nishi_hai": HALL["lat"], "agari_iri": HALL["lon"]}}),
        case(f, f"{a}/api/ishuu/sunpuu", headers=_h(rng, **b), body={
            "kaiin": L(TROUPE_NO, UID), "takasa": L(167, FIT), "wata_mawai": L(68, FIT),
            "kata_haba": L(39, FIT), "jika_tabi": L(24.0, FIT), "ishuu": "tiwudui_women"}),
        case(f, f"{a}/api/warabi", headers=_h(rng, **b), body={
            "naa": L(DAUGHTER["first"], NAMEC), "yaanaa": L(DAUGHTER["last"], NAMEC),
            "nmari": L(DAUGHTER["dob"], BIRTH), "tushi": L(DAUGHTER["age"], BIRTH),
            "wikiga_winagu": L(DAUGHTER["sex"], GENDER), "yaku": "paarankuu",
            "yamee": L("asthma (inhaler in her bag)", MED), "hogosha": L(TROUPE_NO, UID)}),
        case(f, f"{a}/api/hana", fmt="form", headers=_h(rng, **b), body={
            "jin": L("5000", BUY), "harai": L(opaque(rng, "pm_", 24), PAY),
            "naa_nukusu": "Tamashiro-ke", "kaiin": L(TROUPE_NO, UID)}),
        case(f, f"{a}/api/michijunee", headers=_h(rng, **b), query={
            "hii": "2026-08-22", "shima": L("Goya", COARSE)}),
        raw(f, f"{a}/api/michijunee/{parade}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/michijunee/{parade}/queue", fmt="msgpack", headers=_h(rng, **b),
             body={"kaiin": L(TROUPE_NO, UID),
                   "kuma": [{"nishi_hai": L(la, PRECISE), "agari_iri": L(lo, PRECISE),
                             "t": 1787400300 + 240 * i} for i, (la, lo) in enumerate(PARADE)],
                   "hajimi": {"nishi_hai": 26.33502, "agari_iri": 127.79977}}),
        multipart(f, f"{a}/api/dooga", [
            ("video", "rinshuu.mp4", "video/mp4", L(MP4 + b"\x07", MEDIA)),
            ("meta", None, "application/json", {
                "rinshuu": obj(rng, "rs"),
                "kutuba": L("Mio's first time with the paarankuu in the front line!",
                            f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/yuntaku", headers=_h(rng, **b), body={
            "heya": "goya_eisa_all",
            "kutuba": L("Saturday's rehearsal moves to 19:30, Seiji brings the spare uudeeku.",
                        TEXT)}),
        case(f, f"{a}/api/yasumi", headers=_h(rng, **b), body={
            "rinshuu": obj(rng, "rs"), "kaiin": L(TROUPE_NO, UID),
            "riyuu": L("Mio has a fever of 38.2, we both stay home tonight.",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        dues,
        case(f, f"{a}/api/kaihi/harai", fmt="form", headers=_h(rng, **b), body={
            "kaiin": L(TROUPE_NO, UID), "jin": L("3000", BUY),
            "harai": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/teeku/kashi", headers=_h(rng, **b), body={
            "teeku": "paarankuu", "kazu": 1, "chassa": L(500, BUY), "kaiin": L(TROUPE_NO, UID),
            "tsukau_chu": L(KID, NAMEC)}),
        case(f, f"{a}/api/tumi", headers=_h(rng, **b), query={
            "tumi": L("tiwudui kachaashii video slow", SEARCH)}),
        case(f, f"{a}/api/bentoo", headers=_h(rng, **b), body={
            "hii": "2026-08-22", "munu": [{"shina": "juushii onigiri", "kazu": 3},
                                         {"shina": "sata andagii", "kazu": 6}],
            "jin": L(1650, BUY), "arerugii": L("Mio: no buckwheat (soba allergy)",
                                                f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/hoken", headers=_h(rng, **b), body={
            "ibento": "ev_eisa_2026", "chu_nu_naa": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)],
            "nmari": [L(DOB, BIRTH), L(DAUGHTER["dob"], BIRTH)], "jin": L(300, BUY)}),
        case(f, f"{a}/api/oshirase", headers=_h(rng, how="none"), cookies={
            "cd_sesshon": L(opaque(rng, "", 40), CRED), "cd_kikai": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ja_JP")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rinshuu_sanka", 1), ev("screen", 2, screen=L("Michijunee", USAGE))]}),
    ]


def chondaraa_sdks() -> list[Case]:
    rng = random.Random(20512)
    link = U("https://chondaraa.example.org/i", {"kaiin": L(TROUPE_NO, UID), "ref": "line",
                                                  "miiru": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Rehearsal Checked In", {"hall": HALL["id"]}),
                            ("Video Uploaded", {"secs": 48})], at=HALL_FIX, nd=3,
                 locale="ja_JP"),
        mc_pixel(APP, rng, "Route Opened", {"day": "2026-08-22"}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="eisa,festival,okinawa"),
        cd_session(APP, rng, secs=1320),
        fn_eval(APP, rng, {"shima": L("Goya", COARSE), "yaku": "tiwudui"}),
        pt_register(APP, rng, lang="ja", at=HOME_AT, nd=2, tags={"shima": L("Goya", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="walking"),
        mm_telemetry(APP, rng, PARADE[:2], PRECISE),
    ]
