"""A long-term-care coordination app for families "Chimugukuru" (compassion: she coordinates, from
Okinawa City, the care of her mother-in-law Kamado, 84, who lives alone in Nago with mild
dementia: the care plan, day-service days with pick-up and bathing, a home blood-pressure log, a
GPS shoe tag with a geofence around her house, a wandering alert, the visiting nurse, respite
stays, the co-payments by bank debit, the care-level review). Uchinaaguchi keys: ``naa``,
``yaanaa``, ``miiru``, ``keetai``, ``kakushi_kutuba``, ``kuudu``, ``kazuku`` family,
``kankii`` relation (``yumi`` daughter-in-law), ``tushiyui`` the elder cared for, ``nmari``,
``wikiga_winagu``, ``mainanbaa`` My Number, ``kaigo_bangoo`` care-insurance number,
``kaigo_dankee`` care level, ``sumee``, ``machi``, ``yuubin``, ``dinwa``, ``yamee``
illnesses, ``kusui`` medicines, ``arerugii``, ``shujii`` family doctor, ``mukee`` pick-up,
``fuuru`` bath, ``kamun`` meals, ``chii_atsu`` blood pressure, ``myakuhaku`` pulse, ``teejuu``
weight, ``mayui`` wandering (lit. "lost"), ``kakui`` geofence, ``hankee`` radius,
``ututu`` younger brother, ``kango`` nursing, ``shootoki`` short stay, ``riyuu``, ``jin``,
``kuuza``, ``miiji``, ``shinsei`` application, ``yuntaku``, ``kutuba``, ``tumi``, ``wan``.
Calls: the family caregiver's sign-up, an SMS code, ``/wan``, linking her mother-in-law (My
Number, care-insurance number, level), the health profile (gzip), the care plan, day-service
days, a protobuf vitals record, a wandering alert with her last fix, the tag's geofence
(msgpack), a nurse request and a photo of a pressure sore, a respite stay, the co-payment,
invoices by care-insurance number in the path, a message to the care manager, a video room, a
search, the care-level review, notices by cookie, push and events. Set 71 books visits at a care
home; none coordinates home long-term care from a distance."""

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
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families205_kit import (
    BROTHER_IL,
    CARE_MANAGER,
    DAYSERVICE,
    FAMILY_ID,
    JP_ACCOUNT,
    KAIGO_NO,
    MIL_HOME_AT,
    MOTHER_IL,
    NID,
    hd,
    obj,
    push,
)
from eval_families205_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families205_svc import (
    fn_eval,
    hs_attach,
    mm_geocode,
    mm_reverse,
    mm_telemetry,
    pt_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("chimugukuru", "Chimugukuru", "com.example.chimugukuru", "5.1.3",
          "https://api.chimugukuru.example.org")
IID = "X-CG-Install"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
LOST_AT = (26.593102, 127.975488)  # her mother-in-law's tag when she wandered (precise)
LOST_TRACK = [(26.592411, 127.976120), (26.593102, 127.975488)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def chimugukuru() -> list[Case]:
    rng = random.Random(20541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kazuku=L(FAMILY_ID, UID),
                                    tushiyui=[L(KAIGO_NO, MED)]))}
    lab: dict[str, str] = {}
    vitals = pb([(1, L(KAIGO_NO, MED)), (2, 1770940800),
                 (3, [(1, L(148, MED)), (2, L(86, MED)), (3, L(72, FIT))]),
                 (4, L(43.2, FIT)), (5, "bp-cuff-2")], "", lab)
    invoices = at_path(case(f, f"{a}/v3/seikyuu/{KAIGO_NO}", headers=_h(rng, **b),
                            query={"chichi": "2026-01"}), KAIGO_NO, MED)
    mil = MOTHER_IL
    return [
        case(f, f"{a}/v3/kazuku", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "yaanaa": L(LAST, NAMEC), "miiru": L(EMAIL_MIXED, MAIL),
            "keetai": L(E164, TEL), "kakushi_kutuba": L("Tida!Nago1941", CRED),
            "kankii": "yumi", "kazuku": L(FAMILY_ID, UID)}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "keetai": L(E164, TEL), "kuudu": L("271946", CRED)}),
        case(f, f"{a}/v3/wan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/tushiyui", headers=_h(rng, **b), body={
            "naa": L(mil["name"], NAMEC), "nmari": L(mil["dob"], BIRTH),
            "wikiga_winagu": L("winagu", GENDER), "mainanbaa": L(mil["mynum"], NID),
            "kaigo_bangoo": L(KAIGO_NO, MED), "kaigo_dankee": L("youkaigo 2", MED),
            "sumee": L(mil["line"], ADDR), "machi": L(mil["town"], COARSE),
            "yuubin": L(mil["post"], COARSE), "dinwa": L(mil["phone"], TEL)}),
        case(f, f"{a}/v3/kenkou", gz=True, headers=_h(rng, **b), body={
            "kaigo_bangoo": L(KAIGO_NO, MED),
            "yamee": [L("Alzheimer-type dementia (mild)", MED), L("hypertension", MED),
                      L("osteoporosis", MED)],
            "kusui": [L("donepezil 5 mg", MED), L("amlodipine 5 mg", MED),
                      L("alendronate 35 mg weekly", MED)],
            "arerugii": [L("sulfa drugs", MED)],
            "shujii": L("Dr. Kenta Oshiro", NAMEC), "tsue": L(True, MED)}),
        case(f, f"{a}/v3/keekaku", headers=_h(rng, **b), query={
            "kaigo_bangoo": L(KAIGO_NO, MED), "han": "current"}),
        case(f, f"{a}/v3/deesaabisu/yoyaku", headers=_h(rng, **b), body={
            "jigyousho": DAYSERVICE["id"], "youbi": ["tue", "fri"],
            "mukee": {"tuchi": "08:40", "sumee": L(mil["line"], ADDR)},
            "fuuru": L("full assistance bath", MED), "kamun": L("kizami (minced) diet", MED),
            "kaigo_bangoo": L(KAIGO_NO, MED)}),
        raw(f, f"{a}/v3/kiroku", vitals, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/mayui", headers=_h(rng, **b), body={
            "kaigo_bangoo": L(KAIGO_NO, MED),
            "saigo": {"nishi_hai": L(LOST_AT[0], PRECISE), "agari_iri": L(LOST_AT[1], PRECISE),
                      "tuchi": "2026-02-09T15:12:00+09:00"},
            "kutuba": L("Anmaa went out in slippers around 15:00, blue kasuri blouse; she gets "
                        "confused after dark.", f"{TEXT}|{MED}"),
            "ututu": {"naa": L(BROTHER_IL[0], NAMEC), "keetai": L(BROTHER_IL[1], TEL)}}),
        case(f, f"{a}/v3/mayui/tag", fmt="msgpack", headers=_h(rng, **b), body={
            "tag": "GT-7F2A-00931", "kaigo_bangoo": L(KAIGO_NO, MED),
            "kakui": {"nishi_hai": L(MIL_HOME_AT[0], PRECISE),
                      "agari_iri": L(MIL_HOME_AT[1], PRECISE), "hankee": 300}}),
        case(f, f"{a}/v3/kango", headers=_h(rng, **b), body={
            "kaigo_bangoo": L(KAIGO_NO, MED),
            "kutuba": L("Her left heel has a pressure sore, can the nurse look at it on "
                        "Thursday?", f"{TEXT}|{MED}"), "kiboo_hii": "2026-02-12"}),
        multipart(f, f"{a}/v3/kango/shashin", [
            ("photo", "heel.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kaigo_bangoo": L(KAIGO_NO, MED),
                                                "bui": L("left heel", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/shootoki", headers=_h(rng, **b), body={
            "kaigo_bangoo": L(KAIGO_NO, MED), "kara": "2026-05-01", "made": "2026-05-09",
            "jin": L(18400, BUY),
            "riyuu": L("We fly to Oregon for my sister Laura's wedding.", TEXT)}),
        case(f, f"{a}/v3/harai", fmt="form", headers=_h(rng, **b), body={
            "jin": L("23850", BUY), "seikyuu": L("SK-2601-4471", BUY),
            "kuuza": L(JP_ACCOUNT, PAY), "miiji": L(f"{FIRST} {LAST}", NAMEC)}),
        invoices,
        case(f, f"{a}/v3/yuntaku", headers=_h(rng, **b), body={
            "ate": {"naa": L(CARE_MANAGER[0], NAMEC), "miiru": L(CARE_MANAGER[1], MAIL)},
            "kutuba": L("Higa-san, Anmaa missed her donepezil twice this week; Tsuyoshi will "
                        "set up the pill box.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/bideo", headers=_h(rng, **b), body={
            "yoyaku": obj(rng, "vd"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v3/tumi", headers=_h(rng, **b), query={
            "tumi": L("kaigo taxi Nago to Okinawa City", SEARCH)}),
        case(f, f"{a}/v3/shinsei", gz=True, headers=_h(rng, **b), body={
            "shurui": "kubun_henkou", "mainanbaa": L(mil["mynum"], NID),
            "kaigo_bangoo": L(KAIGO_NO, MED),
            "riyuu": L("More falls at night and she no longer cooks for herself.",
                       f"{TEXT}|{MED}"),
            "shinseisha": {"naa": L(f"{FIRST} {LAST}", NAMEC), "kankii": "yumi",
                           "keetai": L(E164, TEL)}}),
        case(f, f"{a}/v3/oshirase", headers=_h(rng, how="none"), cookies={
            "cg_sesshon": L(opaque(rng, "", 40), CRED), "cg_kikai": L(INSTALL_ID, DID),
            "cg_req": rid(rng)}),
        case(f, f"{a}/v3/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kikai": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("mayui_alert", 1), ev("screen", 2, screen=L("KaigoKeekaku", USAGE)),
                ev("battery", 3, level=L(41, DEV))]}),
    ]


def chimugukuru_sdks() -> list[Case]:
    rng = random.Random(20542)
    return [
        mc_batch(APP, rng, [("Alert Raised", {"kind": "wandering"}),
                            ("Plan Viewed", {})]),
        mc_queue(APP, rng, [("Vitals Logged", {"sys": L(148, MED)}),
                            ("Photo Uploaded", {"kind": "nurse"})]),
        tn_launch(APP, rng, user=True),
        cd_session(APP, rng, secs=688),
        fn_eval(APP, rng, {"region": L("Nago", COARSE), "role": "family"}, hdr=True),
        pt_register(APP, rng, tags={"tushiyui_machi": L("Nago", COARSE)}),
        mm_geocode(APP, rng, "Nago Tida Day Service", SEARCH, near=MIL_HOME_AT, nd=2),
        mm_reverse(APP, rng, LOST_AT, PRECISE, nd=5),
        mm_telemetry(APP, rng, LOST_TRACK, PRECISE),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "care_plan_feb.pdf", "application/pdf"),
    ]
