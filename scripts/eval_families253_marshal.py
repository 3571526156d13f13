"""Road-race marshals' app "Arrey Raad" (``arrey`` watch, ``raad`` road: the volunteer marshals of
the island's closed-road motorcycle races sign on at their posts; its API's keys are Manx Gaelic,
ASCII-folded, snake_case: ``ennym_bashtee`` first name, ``sloinney`` surname, ``post_l`` e-mail,
``chellvane_laue`` mobile, ``fockle_arrey`` password (lit. watchword), ``laa_ruggyree`` birth
date, ``enmys`` address, ``balley`` town, ``coad_post`` postcode, ``earroo_arreyder`` marshal
number, ``earroo_arrey_ashoonagh`` national insurance number, ``sheshey`` spouse, ``ennym`` name,
``chellvane`` phone, ``gleashtan`` car, ``lheead``/``lhiurid`` latitude/longitude, ``kiartys``
accuracy, ``boayl`` place, ``taghyrt`` incident, ``bratagh`` flag, ``raa`` remark, ``jalloo``
photo, ``slaynt`` health, ``chingys`` illness, ``lheeys`` medicine, ``bee`` food, ``alleragh``
allergy, ``chaghteraght`` message, ``gys`` to, ``stayd`` state, ``laaghyn`` days, ``ymmydeyr``
user, ``taghyrtyn`` events, ``greie`` device, ``chengey`` language, ``lieen`` network): sign-up,
log-in, ``/mish``, the race calendar, her availability, the post's roster, a sign-on at the post
with her fix, a protobuf beat, an incident report (a rider's injury), its photo, the offline flag
log (JSON Lines), her own health note (a seat), the road-closure pass, the lunch pack (msgpack),
her hours by marshal number in the path, a message to the sector chief, the sign-off home, a
training module, the marshal card by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families253_kit import (
    DOB_DOTS,
    HOME,
    HOME_AT,
    HUSBAND,
    IM_NET,
    MARSHAL,
    NI_NUMBER,
    POST,
    POST_FIX,
    RACE_CONTROL,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families253_sdk import (
    cc_crash,
    cc_crumb,
    cc_session,
    co_batch,
    co_identify,
    co_queue,
    tv_launch,
)
from eval_families253_svc import (
    fs_eval,
    hm_message,
    mb_reverse,
    mb_route,
    mb_telemetry,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("arrey", "Arrey Raad", "com.example.arreyraad", "5.1.2",
          "https://api.arreyraad.example.org")
IID = "X-Arrey-Greie"
PW = "Snaefell!Post27"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gv=True, **kw)


def arrey() -> list[Case]:
    rng = random.Random(25301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, post_l=L(EMAIL, MAIL),
                                    earroo_arreyder=L(MARSHAL, UID), rolley="marshal"))}
    pla, plo = fix(POST_FIX)
    inc = obj(rng, "tg")
    lab: dict[str, str] = {}
    beat = pb([(1, L(MARSHAL, UID)), (2, POST["id"]), (3, 1780300800),
               (4, [(1, L(POST_FIX[0], PRECISE)), (2, L(POST_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV)), (6, "5.1.2")], "", lab)
    hours = at_path(case(f, f"{a}/api/v5/arreyderyn/{MARSHAL}/oor", headers=_h(rng, **b),
                         query={"blein": "2026"}), MARSHAL, UID)
    return [
        case(f, f"{a}/api/v5/clarey", headers=_h(rng), body={
            "ennym_bashtee": L(FIRST, NAMEC), "sloinney": L(LAST, NAMEC),
            "post_l": L(EMAIL, MAIL), "chellvane_laue": L(E164, TEL),
            "fockle_arrey": L(PW, CRED), "laa_ruggyree": L(DOB_DOTS, BIRTH),
            "enmys": L(HOME["line"], ADDR), "balley": L(HOME["town"], COARSE),
            "coad_post": L(HOME["post"], COARSE),
            "earroo_arrey_ashoonagh": L(NI_NUMBER, NID),
            "earroo_arreyder": L(MARSHAL, UID),
            "sheshey": {"ennym": L(HUSBAND[0], NAMEC), "chellvane": L(HUSBAND[1], TEL)},
            "chied_chooney": "level_2", "towse_lheiney": "M", "gleashtan": "MAN 418 X"}),
        case(f, f"{a}/api/v5/cur_stiagh", fmt="form", headers=_h(rng), body={
            "post_l": L(EMAIL_UPPER, MAIL), "fockle_arrey": L(PW, CRED), "freill_mee": "1"}),
        case(f, f"{a}/api/v5/mish", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v5/roieyn", headers=_h(rng, **b), query={
            "blein": "2026", "chengey": L("gv", DEV), "rheynn": "sulby"}),
        case(f, f"{a}/api/v5/arreyder/laaghyn", headers=_h(rng, **b), body={
            "earroo_arreyder": L(MARSHAL, UID), "laaghyn": ["2026-05-30", "2026-06-01",
                                                           "2026-06-03"],
            "post_sharoo": POST["id"],
            "raa": L("Happy to do Sulby again, not the Friday evening session", TEXT)}),
        case(f, f"{a}/api/v5/postyn/{POST['id']}/arreyderyn", headers=_h(rng, **b),
             query={"laa": "2026-06-01"}),
        case(f, f"{a}/api/v5/sign_on", headers=_h(rng, **b), body={
            "earroo_arreyder": L(MARSHAL, UID), "post": POST["id"],
            "boayl": {"lheead": pla, "lhiurid": plo, "kiartys": 6},
            "boayl_post": {"lheead": POST["lat"], "lhiurid": POST["lon"]},
            "traa": "2026-06-01T09:41:07+01:00", "sign_on_id": obj(rng, "so")}),
        raw(f, f"{a}/api/v5/arreyder/bwoalley", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v5/taghyrt", headers=_h(rng, **b), body={
            "taghyrt": inc, "post": POST["id"], "earroo_roieder": 47, "bratagh": "yellow",
            "traa": "2026-06-01T11:02:44+01:00",
            "raa": L("Rider 47 off at the kink, conscious, holding his left wrist, bike in the "
                     "hedge", f"{TEXT}|{MED}"),
            "lheead": L(round(POST_FIX[0], 5), PRECISE), "lhiurid": L(round(POST_FIX[1], 5),
                                                                      PRECISE),
            "earroo_arreyder": L(MARSHAL, UID)}),
        multipart(f, f"{a}/api/v5/taghyrt/{inc}/jalloo", [
            ("jalloo", "kink_oil.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "taghyrt": inc, "raa": L("Oil on the racing line at the exit of the bend", TEXT)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v5/lioar_bratagh", [
            {"bratagh": "yellow", "traa": "11:02:50", "post": POST["id"],
             "by": L(MARSHAL, UID)},
            {"bratagh": "oil", "traa": "11:04:12", "post": POST["id"], "by": L(MARSHAL, UID),
             "lheead": L(round(POST_FIX[0], 4), PRECISE),
             "lhiurid": L(round(POST_FIX[1], 4), PRECISE)},
            {"bratagh": "clear", "traa": "11:31:05", "post": POST["id"],
             "by": L(MARSHAL, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v5/slaynt", headers=_h(rng, **b), body={
            "earroo_arreyder": L(MARSHAL, UID), "chingys": L("fibromyalgia", MED),
            "lheeys": L("pregabalin", MED), "feme_stoyl": L(True, MED),
            "raa": L("I can't stand for more than four hours, I bring a folding stool",
                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v5/pass_raad", headers=_h(rng, **b), body={
            "earroo_arreyder": L(MARSHAL, UID), "gleashtan": "MAN 418 X",
            "enmys": L(HOME["line"], ADDR), "coad_post": L(HOME["post"], COARSE),
            "raad_stiagh": "A3 Sulby", "laaghyn": ["2026-06-01"]}),
        case(f, f"{a}/api/v5/bee", fmt="msgpack", headers=_h(rng, **b), body={
            "earroo_arreyder": L(MARSHAL, UID), "post": POST["id"], "bee": "vegetarian",
            "alleragh": L("peanuts", MED), "laa": "2026-06-01", "count": 1}),
        hours,
        case(f, f"{a}/api/v5/chaghteraght", headers=_h(rng, **b), body={
            "gys": "sc_sulby", "thread": obj(rng, "th"),
            "chaghteraght": L("Orry will drop me at the post at 09:30, his number is "
                              "07700 900314 if you can't reach me", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v5/sign_off", fmt="form", headers=_h(rng, **b), body={
            "stayd": "home_safe", "lheead": L(f"{HOME_AT[0]:.4f}", PRECISE),
            "lhiurid": L(f"{HOME_AT[1]:.4f}", PRECISE), "earroo_arreyder": L(MARSHAL, UID)}),
        case(f, f"{a}/api/v5/ynsaghey", headers=_h(rng, **b), body={
            "module": "incident-scene-v3", "scoar": 92, "earroo_arreyder": L(MARSHAL, UID),
            "race_control": RACE_CONTROL["phone"]}),
        case(f, f"{a}/api/v5/kaart", headers=_h(rng, how="none"), cookies={
            "ar_sesoon": L(opaque(rng, "", 40), CRED), "ar_greie": L(INSTALL_ID, DID),
            "ar_req": rid(rng)}),
        case(f, f"{a}/api/v5/greie", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "greie_id": L(INSTALL_ID, DID),
            "chengey": L("gv", DEV), "cryss_traa": L(TZ, DEV), "modeyl": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lieen": L(IM_NET, CARRIER), "roaming": L(True, DEV)}),
        case(f, f"{a}/api/v5/taghyrtyn", gz=True, headers=_h(rng, **b), body={
            "ymmydeyr": L(USER_ID, UID), "taghyrtyn": [
                ev("sign_on", 1, post=POST["id"]), ev("flag_logged", 2, bratagh="yellow"),
                ev("screen", 3, screen=L("PostLive", USAGE))]}),
        case(f, f"{a}/api/v5/cur_magh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "greie": L(INSTALL_ID, DID)}),
    ]


def arrey_sdks() -> list[Case]:
    rng = random.Random(25302)
    return [
        co_batch(APP, rng, [("Signed On", {"post": POST["id"]}),
                            ("Incident Filed", {"flag": "yellow"})],
                 at=POST_FIX, nd=3, locale="gv_IM"),
        co_identify(APP, rng, {"balley": L("Ramsey", COARSE), "earroo_arreyder": L(MARSHAL, UID),
                               "postyn": 14}),
        co_queue(APP, rng, [("Flag Logged", {"flag": "oil"}),
                            ("Beat", {"battery": L(63, DEV)})]),
        tv_launch(APP, rng, first=True),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "sign-on without post"),
                 [cc_crumb("nav", "Posts -> SignOn"),
                  cc_crumb("net", "POST", {"url": f"{APP.api}/api/v5/sign_on", "status": 409})],
                 screen="SignOnActivity"),
        cc_session(APP, rng, secs=9140),
        fs_eval(APP, rng, {"post": POST["id"], "rolley": "marshal"}),
        pk_register(APP, rng, lang="gv", at=POST_FIX, nd=2, tags={"rheynn": "sulby"}),
        mb_reverse(APP, rng, POST_FIX, PRECISE, nd=5),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((POST["lat"], POST["lon"]), None)]),
        mb_telemetry(APP, rng, [POST_FIX, HOME_AT], PRECISE),
        hm_message(APP, rng, L("My sign-on at Post 27 did not show in race control", TEXT),
                   {"earroo_arreyder": L(MARSHAL, UID)}),
    ]
