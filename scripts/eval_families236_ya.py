"""A kindred development union's app "Ochiya" (her husband's kindred, Ai-Ogwuche of Ugboju in
Otukpo LGA: levies, meetings, burial levies, projects; its API's keys are Idoma, ASCII-folded as a
local developer writes them, with English ``email``, ``id``, ``token``: ``enyi`` name,
``enyi_ada`` surname (lit. "father's name"), ``enyi_kpo`` full name, ``foni`` phone, ``asiri``
password (lit. "secret"), ``ojo_omi`` birth date, ``ekpa`` sex (``oyinya`` woman), ``ole``
house (street line), ``ijeni`` town, ``akpa`` ward, ``ya`` kindred, ``idu`` people (ethnic
group), ``ogba`` age grade / women's wing, ``oko`` husband, ``oyi`` child, ``owo`` amount,
``ikpo`` payment, ``iko`` meeting, ``okwu`` funeral, ``ohu`` message, ``ekwo`` search, ``ebo``
place, ``efoto`` photo, ``ale`` land): registration as a wife of the kindred, a log-in, ``/me``,
her levies, a levy paid, the general meeting with her fix at the hall, the minutes, an elder's
burial levy, the borehole project, the women's wing, a protobuf check-in at the compound,
pledges (msgpack), a message to the secretary, a festival photo, the household in the register,
a search, the receipt by membership number in the path, the family land's corners, notices by
cookie, push, events and a log-out. A docstring grep found no kindred, town-union or
development-association app ("town union", "development association", "age grade": nothing;
"kindred" only a peer-support forum's name)."""

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
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families236_kit import (
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    SON,
    VILLAGE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families236_sdk import (
    ab_event,
    ab_launch,
    bo_bid,
    ck_crash,
    ck_crumb,
    mo_batch,
    mo_identify,
)
from eval_families236_svc import cn_card, cn_confirm, co_save, hj_message, pi_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ochiya", "Ochiya", "com.example.ochiya", "1.8.2", "https://api.ochiya.example.com")
IID = "X-Ochiya-Ekwu"
PW = "Ugboju!Ene2026"
YA = "Ai-Ogwuche"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, idu=True, **kw)


def ochiya() -> list[Case]:
    rng = random.Random(23601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER, UID),
                                    ya=L(YA, SENS)))}
    hla, hlo = fix(HALL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, 1768896000),
               (3, [(1, L(VILLAGE_AT[0], PRECISE)), (2, L(VILLAGE_AT[1], PRECISE)), (3, 9.0)]),
               (4, "compound"), (5, "1.8.2")], "", lab)
    rcpt = at_path(case(f, f"{a}/v1/ochiya/{MEMBER}/esi", headers=_h(rng, **b),
                        query={"odun": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/ochiya", headers=_h(rng), body={
            "enyi": L(FIRST, NAMEC), "enyi_ada": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "foni": L(E164, TEL), "asiri": L(PW, CRED), "ojo_omi": L(DOB, BIRTH),
            "ekpa": L("oyinya", GENDER), "ole": L(HOME["line"], ADDR),
            "ijeni": L(HOME["town"], COARSE), "lga": L(HOME["lga"], COARSE),
            "ya": L(YA, SENS), "idu": L("Idoma", SENS), "akpa": L("Ugboju", COARSE),
            "oko": {"enyi_kpo": L(HUSBAND[0], NAMEC), "foni": L(HUSBAND[1], TEL)},
            "ogba": L("Ogba Oyinya Ai-Ogwuche", SENS), "member": L(MEMBER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "asiri": L(PW, CRED), "nyanyi": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/owo_ya", headers=_h(rng, **b), query={
            "member": L(MEMBER, UID), "odun": "2026"}),
        case(f, f"{a}/v1/ikpo", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "owo": L("15000", BUY), "currency": "NGN",
            "kind": "levy_2026", "method": L(opaque(rng, "pm_", 24), PAY),
            "last4": L("4444", PAY), "esi": L("AOK-R-26-0193", BUY)}),
        case(f, f"{a}/v1/iko/attendance", headers=_h(rng, **b), body={
            "iko": obj(rng, "ik"), "ojo": "2026-01-04", "member": L(MEMBER, UID),
            "ebo": {"lat": hla, "lng": hlo, "acc": 14},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/v1/iko/minutes", headers=_h(rng, **b), query={
            "hall": HALL["id"], "ojo": "2026-01-04", "ya": L(YA, SENS)}),
        case(f, f"{a}/v1/okwu/owo", headers=_h(rng, **b), body={
            "okwu": obj(rng, "ok"), "enyi_kpo": L("Chief Ogwuche Adikwu", NAMEC),
            "owo": L(5000, BUY), "member": L(MEMBER, UID),
            "ohu": L("May Baba Ogwuche rest with the ancestors. Oche and I will be at the okwu.",
                     f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/projects/borehole/ikpo", headers=_h(rng, **b), body={
            "project": "pj_bh_ugboju", "owo": L(20000, BUY), "member": L(MEMBER, UID),
            "anonymous": False}),
        case(f, f"{a}/v1/ogba/join", headers=_h(rng, **b), body={
            "ogba": L("Ogba Oyinya Ai-Ogwuche", SENS), "member": L(MEMBER, UID),
            "role": "member", "ijeni": L("Otukpo", COARSE)}),
        raw(f, f"{a}/v1/ebo/pulse", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/pledges", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "pledges": [
                {"project": "pj_bh_ugboju", "owo": L(10000, BUY), "by": "2026-03-31"},
                {"project": "pj_hall_roof", "owo": L(7500, BUY), "by": "2026-06-30"}]}),
        case(f, f"{a}/v1/ohu", headers=_h(rng, **b), body={
            "to": "secretary", "thread": obj(rng, "th"),
            "ohu": L("Please add my husband Oche Adikwu (+2348035550142) to the levy WhatsApp "
                     "list, he changed his number", f"{TEXT}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/v1/efoto", [
            ("efoto", "alekwu_2026.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {
                "album": "alekwu-2026",
                "caption": L("With Mama Ene at the Alekwu night, Ugboju", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ole_ya", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "ya": L(YA, SENS), "ene_oko": L(MOTHER_IL[0], NAMEC),
            "oyi": [{"enyi": L(SON["first"], NAMEC), "enyi_ada": L(SON["last"], NAMEC),
                     "ojo_omi": L(SON["dob"], BIRTH), "ekpa": L("oyobi", GENDER)}]}),
        case(f, f"{a}/v1/ekwo", headers=_h(rng, **b), query={
            "ekwo": L("burial levy receipt December", SEARCH), "page": "1"}),
        rcpt,
        case(f, f"{a}/v1/ale", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "ale": "family_farm_ugboju", "acres": 3.5,
            "corners": [[L(round(VILLAGE_AT[0] + d1, 6), PRECISE),
                         L(round(VILLAGE_AT[1] + d2, 6), PRECISE)]
                        for d1, d2 in [(0.0011, 0.0009), (0.0012, -0.0008), (-0.0007, -0.0010)]]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"), cookies={
            "oy_sess": L(opaque(rng, "", 40), CRED), "oy_dev": L(INSTALL_ID, DID),
            "oy_prefs": W({"member": L(MEMBER, UID), "lang": L("idu", "device.info")},
                          "b64json"), "oy_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "idu_NG")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("levy_paid", 1, owo=L(15000, BUY)), ev("screen", 2, screen=L("Okwu", USAGE)),
                ev("meeting_checkin", 3)]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ochiya_sdks() -> list[Case]:
    rng = random.Random(23602)
    return [
        mo_batch(APP, rng, [("Levy Paid", {"amount": L(15000, BUY)}),
                            ("Meeting Check In", {"hall": HALL["id"]})],
                 at=HALL_FIX, nd=2, locale="idu_NG"),
        mo_identify(APP, rng, {"kindred": L(YA, SENS), "ward": L("Ugboju", COARSE),
                               "member": L(MEMBER, UID), "wing": L("women", GENDER)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "levy_paid", {"kind": "levy_2026"}, revenue=15000.0, currency="NGN"),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="community,idoma,events"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "minutes pdf viewer"),
                 [ck_crumb("nav", "Iko -> Minutes"), ck_crumb("tap", "open_pdf")],
                 screen="MinutesActivity"),
        pi_register(APP, rng, lang="idu", at=HOME_AT, nd=2,
                    tags={"ya": L(YA, SENS), "ogba": L("women", GENDER)}),
        co_save(APP, rng, {"analytics": True, "marketing": False}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "15000.00"),
        hj_message(APP, rng, L("My levy payment shows twice on the January list", TEXT),
                   {"member": L(MEMBER, UID)}),
    ]
