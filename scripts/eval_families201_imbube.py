"""Imbube group app "Imbube Yethu" (an a-cappella imbube group from Makokoba in which her husband
sings bass; she is its secretary and treasurer; its API's keys are isiNdebele: ``ibizo`` /
``isibongo``, ``ibizo_eliphelele``, ``imeyili``, ``ucingo``, ``iphasiwedi``, ``iqembu`` group,
``isikhundla`` role (``unobhala`` secretary), ``amalungu`` / ``ilungu`` member(s), ``ilizwi``
voice part, ``umncintiswano`` competition, ``ingoma`` song, ``inombolo_yesitupa`` ID number,
``ukuzilolonga`` rehearsal, ``ihholo`` hall, ``abakhona`` present, ``ukurekhoda`` recording,
``iyunifomu`` uniform, ``izilinganiso`` measurements (``isifuba`` chest, ``ubude`` height),
``iminikelo`` subscriptions, ``ibhuku_lemali`` cash book, ``umklomelo`` prize, ``izabelo``
shares, ``ibhasi`` bus, ``ukuvota`` vote, ``umlayezo``, ``ukudinga``, ``izehlakalo``).

Calls: sign-up as the group's secretary, a form log-in, ``/mina``, members added (names,
phones), a competition entry (two members' ID numbers), rehearsal attendance with her fix, a
rehearsal recording (M4A), a uniform order with measurements, subscriptions by mobile money, an
offline cash book (msgpack), the prize shared out, a bus hire, competitions, a group chat
message, a group photo, her tasks by user ID in the path, an audience vote by phone, a search,
announcements with a base64 JSON context header, a receipt by cookie, push and events. Choir
apps of earlier sets are church or rehearsal-recording apps; an imbube group's competition
entries, prize shares and uniforms are new ("imbube" and "a cappella" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families201_kit import (
    GROUP,
    HALL,
    HALL_FIX,
    HUSBAND,
    LEADER,
    ZW_MOBILE,
    fix,
    hd,
    idivayisi,
    obj,
    zw_id,
)
from eval_families201_sdk import (
    ab_event,
    ab_launch,
    bi_bid,
    bi_notice,
    cs_crash,
    cs_crumb,
    sg_batch,
    sg_pixel,
)
from eval_families201_svc import fm_eval, hu_attach, mp_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("imbube", "Imbube Yethu", "com.example.imbubeyethu", "1.1.9",
          "https://api.imbubeyethu.example.com")
IID = "X-Imbube-Device"
PW = "Makokoba!Bass26"
NID = "personal.national_id"
LEADER_ID = zw_id("08", "1772046", "21")
MEMBER3 = ("Sipho Mpofu", "+263784120377")
COMP = "cmp_mats_2026"  # the regional competition (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nd=True, **kw)


def imbube() -> list[Case]:
    rng = random.Random(20161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), iqembu=GROUP["id"],
                                    isikhundla="unobhala"))}
    hla, hlo = fix(HALL_FIX, 5)
    tasks = at_path(case(f, f"{a}/v1/abasebenzisi/{USER_ID}/imisebenzi", headers=_h(rng, **b)),
                    USER_ID, UID)
    return [
        case(f, f"{a}/v1/ukubhalisa", headers=_h(rng), body={
            "ibizo": L(FIRST, NAMEC), "isibongo": L(LAST, NAMEC), "imeyili": L(EMAIL_MIXED, MAIL),
            "ucingo": L(ZW_MOBILE, TEL), "iphasiwedi": L(PW, CRED), "iqembu": GROUP["id"],
            "isikhundla": "unobhala"}),
        case(f, f"{a}/v1/ukungena", fmt="form", headers=_h(rng), body={
            "ucingo": L(ZW_MOBILE, TEL), "iphasiwedi": L(PW, CRED)}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/amalungu", headers=_h(rng, **b), body={
            "iqembu": GROUP["id"], "amalungu": [
                {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC), "ucingo": L(HUSBAND["phone"], TEL),
                 "ilizwi": "bass"},
                {"ibizo_eliphelele": L(LEADER[0], NAMEC), "ucingo": L(LEADER[1], TEL),
                 "ilizwi": "lead"},
                {"ibizo_eliphelele": L(MEMBER3[0], NAMEC), "ucingo": L(MEMBER3[1], TEL),
                 "ilizwi": "alto"}]}),
        case(f, f"{a}/v1/umncintiswano/ukungena", headers=_h(rng, **b), body={
            "umncintiswano": COMP, "iqembu": GROUP["id"], "ibizo_leqembu": GROUP["name"],
            "ingoma": "Thula Mntwana", "inani": L(25, BUY), "unobhala": L(f"{FIRST} {LAST}",
                                                                          NAMEC),
            "abameli": [{"ibizo_eliphelele": L(LEADER[0], NAMEC),
                         "inombolo_yesitupa": L(LEADER_ID, NID)},
                        {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC),
                         "inombolo_yesitupa": L(HUSBAND["id"], NID)}]}),
        case(f, f"{a}/v1/ukuzilolonga/ukufika", headers=_h(rng, **b), body={
            "ukuzilolonga": obj(rng, "rh"), "lat": hla, "lng": hlo, "abakhona": 11,
            "ihholo": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        multipart(f, f"{a}/v1/ukurekhoda", [
            ("ifayela", "thula_mntwana.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"ingoma": "Thula Mntwana",
                                                "iqembu": GROUP["id"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/iyunifomu", headers=_h(rng, **b), body={
            "iqembu": GROUP["id"], "izilinganiso": [
                {"ilungu": L(HUSBAND["name"], NAMEC), "isifuba": L(104, FIT),
                 "ubude": L(181, FIT)},
                {"ilungu": L(MEMBER3[0], NAMEC), "isifuba": L(98, FIT), "ubude": L(174, FIT)}],
            "umbala": "black_gold", "inani": L(180, BUY)}),
        case(f, f"{a}/v1/iminikelo", fmt="form", headers=_h(rng, **b), body={
            "inani": L("5.00", BUY), "imali": "USD", "indlela": "imali_wallet",
            "ucingo_lwewallet": L(ZW_MOBILE, TEL), "inyanga": "2026-03"}),
        case(f, f"{a}/v1/ibhuku_lemali", fmt="msgpack", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "amarekhodi": [
                {"uhlobo": "transport", "inani": L(40, BUY), "usuku": "2026-03-07"},
                {"uhlobo": "amanzi", "inani": L(6, BUY), "usuku": "2026-03-07"}]}),
        case(f, f"{a}/v1/umklomelo", headers=_h(rng, **b), body={
            "umncintiswano": COMP, "umklomelo_wonke": L(300, BUY), "izabelo": [
                {"ilungu": L(HUSBAND["name"], NAMEC), "inani": L(25, BUY)},
                {"ilungu": L(LEADER[0], NAMEC), "inani": L(25, BUY)}]}),
        case(f, f"{a}/v1/ibhasi", fmt="form", headers=_h(rng, **b), body={
            "usuka": "Stanley Hall", "uya": "Gwanda", "usuku": "2026-03-28",
            "inani": L("120", BUY), "abagibeli": "14"}),
        case(f, f"{a}/v1/imincintiswano", headers=_h(rng, **b), query={
            "isifundazwe": "Matabeleland South", "unyaka": "2026"}),
        case(f, f"{a}/v1/umlayezo", headers=_h(rng, **b), body={
            "ingxoxo": "grp_chat",
            "umbhalo": L("Bafowethu, ukuzilolonga kungoLwesine 18:00. UMthokozisi uzaletha amanzi",
                         TEXT)}),
        multipart(f, f"{a}/v1/isithombe", [
            ("isithombe", "group_2026.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"iqembu": GROUP["id"], "isihloko": "iqembu"})],
            headers=_h(rng, **b)),
        tasks,
        case(f, f"{a}/v1/ukuvota", fmt="form", headers=_h(rng, **b), body={
            "umncintiswano": COMP, "iqembu": GROUP["id"], "ucingo": L(ZW_MOBILE, TEL)}),
        case(f, f"{a}/v1/ukudinga", headers=_h(rng, **b), query={
            "q": L("izingoma zembube zakudala", SEARCH)}),
        case(f, f"{a}/v1/izaziso", headers=_h(rng, **b, extra={
            "X-Imbube-Ctx": W({"umsebenzisi": L(USER_ID, UID), "ulimi": L("nd", DEV),
                               "iqembu": GROUP["id"]}, "b64json")})),
        case(f, f"{a}/v1/irisidi", headers=_h(rng, how="none"), cookies={
            "im_sess": L(opaque(rng, "", 40), CRED), "im_dev": L(INSTALL_ID, DID),
            "im_req": rid(rng)}),
        case(f, f"{a}/v1/idivayisi", headers=_h(rng, **b), body=idivayisi(push_token(rng))),
        case(f, f"{a}/v1/izehlakalo", gz=True, headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "izehlakalo": [
                ev("ukungena_umncintiswano", 1),
                ev("isikrini", 2, isikrini=L("Amalungu", USAGE))]}),
    ]


def imbube_sdks() -> list[Case]:
    rng = random.Random(20162)
    return [
        sg_batch(APP, rng, [("Entry Submitted", {"fee": L(25, BUY)}),
                            ("Rehearsal Checked In", {})], at=HALL_FIX, nd=2, locale="nd_ZW"),
        sg_pixel(APP, rng, "Song Played", {"song": "Thula Mntwana"}),
        ab_launch(APP, rng),
        ab_event(APP, rng, "entry", {"umncintiswano": COMP}, revenue=25.0),
        bi_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,choir,bulawayo"),
        bi_notice(APP, rng, "imp"),
        cs_crash(APP, rng, ("java.io.IOException", "recorder stopped"),
                 [cs_crumb("nav", "Ukuzilolonga -> Ukurekhoda")], screen="RecorderActivity"),
        fm_eval(APP, rng, {"iqembu": GROUP["id"], "idolobho": L("Bulawayo", COARSE)}),
        pk_register(APP, rng, lang="nd", tags={"iqembu": GROUP["id"]}),
        hu_attach(APP, rng, L(M4A, MEDIA), "rehearsal.m4a", "audio/mp4"),
        mp_geocode(APP, rng, "Stanley Hall Makokoba", SEARCH),
    ]
