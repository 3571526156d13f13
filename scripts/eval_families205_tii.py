"""Karate and kobudo dojo app "Tiigumi" (a Shorin-style dojo in Koza where she trains in the
adults' class and Mio in the children's; ``tii`` is the old Okinawan name of karate). Its API's
keys are Okinawan (Uchinaaguchi) in Latin letters, mixed with Japanese loans in their Okinawan
sound shape and some English: ``naa`` given name, ``yaanaa`` surname (lit. house name),
``miiru`` e-mail, ``keetai`` mobile, ``kakushi_kutuba`` password (lit. "hidden word"), ``nmari``
birth date, ``wikiga_winagu`` sex (``winagu`` woman), ``sumee`` residence, ``machi`` town,
``yuubin`` postcode, ``dishi`` pupil (``dishi_bangoo`` member number), ``duujuu`` dojo,
``shinshii`` teacher, ``keiko`` class, ``shikin`` grading, ``kumiti`` sparring, ``teejuu``
weight, ``takasa`` height, ``kiga`` injury, ``yamee`` illness, ``kusui`` medicine, ``buki``
weapons, ``warabi`` child, ``anmaa`` mother, ``wuttu`` husband, ``tushi`` age, ``jin`` amount,
``harai`` payment, ``kaado_yuttsu`` card's last four, ``kuma`` here (her fix), ``nishi_hai`` /
``agari_iri`` latitude / longitude (lit. north-south / east-west), ``yuntaku`` message,
``kutuba`` text, ``tumi`` search, ``wan`` me. Calls: sign-up, log-in (form), ``/wan``, Mio's
registration (her asthma), classes, a check-in with her fix, a grading, the dues, a tournament
entry (weight class), an injury and its photo, a kobudo weapon hire (msgpack), a seminar with her
passport, the seminar by booking number in the path, a protobuf makiwara session beat, her grading
history by member number in the path, a message to the teacher, a search, a kata video for remote
grading, the payment history by cookie, push, events and a log-out. Set 140 has a children's judo
club and sets 45 and 153 boxing and silat; none a karate dojo with kata grading and kobudo."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families205_kit import (
    DAUGHTER,
    DOJO,
    DOJO_FIX,
    HOME,
    HUSBAND,
    MEMBER,
    MIO_MEMBER,
    NID,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families205_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families205_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tiigumi", "Tiigumi", "com.example.tiigumi", "3.4.1", "https://api.tiigumi.example.com")
IID = "X-Tiigumi-Device"
PW = "Makiwara!Koza26"
FIT = "health.fitness"
SEMINAR = "GS-26-0418"  # her seminar booking (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tiigumi() -> list[Case]:
    rng = random.Random(20501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, miiru=L(EMAIL, MAIL), dishi_bangoo=L(MEMBER, UID)))}
    dla, dlo = fix(DOJO_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, obj(rng, "mk")), (3, 1770890400),
               (4, [(1, L(240, FIT)), (2, L(142, FIT)), (3, L(85, FIT))]),
               (5, L(63, DEV))], "", lab)
    seminar = at_path(case(f, f"{a}/v1/gasshuku/{SEMINAR}", headers=_h(rng, **b)), SEMINAR, BUY)
    history = at_path(case(f, f"{a}/v1/dishi/{MEMBER}/shikin", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/dishi", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "yaanaa": L(LAST, NAMEC), "miiru": L(EMAIL_MIXED, MAIL),
            "keetai": L(E164, TEL), "kakushi_kutuba": L(PW, CRED), "nmari": L(DOB, BIRTH),
            "wikiga_winagu": L("winagu", GENDER), "sumee": L(HOME["line"], ADDR),
            "machi": L(HOME["town"], COARSE), "yuubin": L(HOME["post"], COARSE),
            "dishi_bangoo": L(MEMBER, UID), "duujuu": DOJO["id"], "doui": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "miiru": L(EMAIL_UPPER, MAIL), "kakushi_kutuba": L(PW, CRED), "wasurinna": "1"}),
        case(f, f"{a}/v1/wan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/warabi", headers=_h(rng, **b), body={
            "naa": L(DAUGHTER["first"], NAMEC), "yaanaa": L(DAUGHTER["last"], NAMEC),
            "nmari": L(DAUGHTER["dob"], BIRTH), "tushi": L(DAUGHTER["age"], BIRTH),
            "wikiga_winagu": L(DAUGHTER["sex"], GENDER), "dishi_bangoo": L(MIO_MEMBER, UID),
            "anmaa": L(MEMBER, UID), "yamee": L("shouni zensoku (childhood asthma)", MED),
            "kusui": L("salbutamol inhaler before class", MED), "keiko": "kids_tue_thu"}),
        case(f, f"{a}/v1/keiko", headers=_h(rng, **b), query={
            "duujuu": DOJO["id"], "chichi": "2026-02", "kurasu": "adult"}),
        case(f, f"{a}/v1/keiko/sanka", headers=_h(rng, **b), body={
            "keiko": obj(rng, "kk"), "dishi_bangoo": L(MEMBER, UID),
            "kuma": {"nishi_hai": dla, "agari_iri": dlo, "seedo": 9},
            "duujuu_tukuru": {"nishi_hai": DOJO["lat"], "agari_iri": DOJO["lon"]}}),
        case(f, f"{a}/v1/shikin", headers=_h(rng, **b), body={
            "dishi_bangoo": L(MEMBER, UID), "ima_nu_kyuu": "4-kyuu", "nozumu_kyuu": "3-kyuu",
            "kata": ["Pinan Yondan", "Naihanchi Shodan"], "hii": "2026-03-08",
            "jin": L(5500, BUY)}),
        case(f, f"{a}/v1/harai", fmt="form", headers=_h(rng, **b), body={
            "dishi_bangoo": L(MEMBER, UID), "jin": L("8000", BUY), "tsuuka": "JPY",
            "harai_hoohoo": L(opaque(rng, "pm_", 24), PAY), "kaado_yuttsu": L("4444", PAY),
            "warabi_bun": L(MIO_MEMBER, UID)}),
        case(f, f"{a}/v1/taikai", headers=_h(rng, **b), body={
            "taikai": "tk_koza_spring26", "dishi_bangoo": L(MEMBER, UID),
            "nmari": L(DOB, BIRTH), "teejuu": L(61.5, FIT), "takasa": L(167, FIT),
            "kumiti_kurasu": L("women -61kg", FIT), "kata_bumon": True, "jin": L(3000, BUY)}),
        case(f, f"{a}/v1/kiga", headers=_h(rng, **b), body={
            "dishi_bangoo": L(MEMBER, UID), "hii": "2026-02-12",
            "kiga": L("Right wrist sprained in kumiti, swollen, iced for 20 minutes",
                      f"{TEXT}|{MED}"),
            "isha_ni_ichan": L(True, MED), "keiko": obj(rng, "kk")}),
        multipart(f, f"{a}/v1/kiga/shashin", [
            ("photo", "wrist.jpg", "image/jpeg", L(JPEG + b"\x05", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dishi_bangoo": L(MEMBER, UID),
                                                "bui": L("right wrist", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/buki/kashi", fmt="msgpack", headers=_h(rng, **b), body={
            "dishi_bangoo": L(MEMBER, UID),
            "buki": [{"shurui": "bo", "kazu": 1, "chassa": 800},
                     {"shurui": "sai", "kazu": 2, "chassa": 700}],
            "jin": L(1500, BUY), "kaesu_hii": "2026-02-28"}),
        case(f, f"{a}/v1/gasshuku", headers=_h(rng, **b), body={
            "gasshuku": "gs_intl_2026", "yoyaku": L(SEMINAR, BUY),
            "chu_nu_naa": L(f"{FIRST} {LAST}", NAMEC), "pasupooto": L(PASSPORT, NID),
            "heya": "twin_shared", "jin": L(42000, BUY),
            "kinkyuu": {"naa": L(HUSBAND[0], NAMEC), "keetai": L(HUSBAND[1], TEL)}}),
        seminar,
        raw(f, f"{a}/v1/makiwara/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        history,
        case(f, f"{a}/v1/yuntaku", headers=_h(rng, **b), body={
            "ate": "shinshii_chinen",
            "kutuba": L("Shinshii, Mio has her asthma check-up on Thursday and will miss the "
                        "children's class.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/tumi", headers=_h(rng, **b), query={
            "q": L("bo kata for beginners Shushi no kon", SEARCH), "peeji": "1"}),
        multipart(f, f"{a}/v1/shikin/dooga", [
            ("video", "pinan_yondan.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"dishi_bangoo": L(MEMBER, UID),
                                                "kata": "Pinan Yondan", "kaku_do": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/harai/rireki", headers=_h(rng, how="none"), cookies={
            "tg_sesshon": L(opaque(rng, "", 40), CRED), "tg_kikai": L(INSTALL_ID, DID),
            "tg_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("keiko_sanka", 1, duujuu=DOJO["id"]), ev("shikin_moushikomi", 2),
                ev("screen", 3, screen=L("ShikinRireki", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kikai": L(INSTALL_ID, DID)}),
    ]


def tiigumi_sdks() -> list[Case]:
    rng = random.Random(20502)
    return [
        mc_batch(APP, rng, [("Class Checked In", {"dojo": DOJO["id"]}),
                            ("Grading Booked", {"fee": L(5500, BUY)})],
                 at=DOJO_FIX, nd=2, locale="ja_JP"),
        mc_identify(APP, rng, {"machi": L("Okinawa City", COARSE),
                               "dishi_bangoo": L(MEMBER, UID), "obi": "green"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"yoyaku": L(SEMINAR, BUY)}, revenue=42000.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DOJO_FIX, nd=3,
               keywords="karate,martial arts,okinawa"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "video encoder released"),
                 [cd_crumb("nav", "Shikin -> Dooga"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v1/shikin/dooga", "status": 413})],
                 screen="DoogaActivity"),
        pt_register(APP, rng, lang="ja", tags={"duujuu": DOJO["id"], "kurasu": "adult"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "42000"),
        hs_message(APP, rng, L(f"The seminar booking {SEMINAR} was charged twice",
                               f"{TEXT}|{BUY}"), {"dishi_bangoo": L(MEMBER, UID)}),
    ]
