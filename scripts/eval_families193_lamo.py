"""An Anglican diocese's women's fellowship app "Lamo Mamine" (``lamo`` prayer, ``mamine``
mothers; her branch at a Milimani church: membership, dues, offerings, fellowship meetings, a
welfare fund for bereaved members, the annual retreat, uniforms and Bible study). Its API's keys
are Dholuo with English where the diocese kept it (``email``, ``token``, ``retreat``, ``fund``,
``paybill``): ``jariwruok`` member (lit. "one of the association"), ``namba_jariwruok`` member
number, ``kanisa`` church, ``dini`` denomination, ``batiso`` baptism, ``nying`` /
``nying_dhoot``, ``namba_simu``, ``siri``, ``tarik_nywol``, ``chwor`` husband, ``chiwo``
offering (lit. "giving"), ``pesa`` amount, ``namba_pesa`` wallet number, ``chokruok`` meeting,
``dhi`` go (RSVP), ``kama_ni`` position, ``kony`` welfare (lit. "help"), ``lewni`` uniform
(clothes), ``kar_dak`` residence, ``muma`` Bible, ``ndiko`` note, ``picha`` photo, ``ote``
message, ``manyo`` search, ``nyathi`` child, ``gir`` device, ``timbe`` events: joining the
branch, an OAuth password grant, ``/an``, a tithe by wallet, the meetings, an RSVP and a
check-in with her fix (4 decimals), a prayer request for her mother-in-law, a welfare
contribution, the retreat and its payment, a uniform order, the Bible plan and a note (msgpack),
an album photo, a message to the branch chair, dues by member number in the path, a receipt by
cookie, a search, Achieng's Sunday-school enrolment, push and events. Set 151 has an Orthodox
parish (candles, commemorations, confession) and sets 101, 102, 115, 124, 129, 132 and 134
church apps; none is a women's fellowship with a welfare fund and a retreat."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families193_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    HUSBAND,
    KE_PHONE,
    KSM_HOME,
    KSM_HOME_AT,
    MEMBER,
    fix,
    gir,
    hd,
    obj,
)
from eval_families193_sdk import kt_crash, kt_crumb, kw_batch, kw_identify, kw_pixel, lw_event
from eval_families193_svc import kh_message, nm_route, op_register, pl_card, pl_confirm, yc_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lamomamine", "Lamo Mamine", "com.example.lamomamine", "1.11.4",
          "https://api.lamomamine.example.org")
IID = "X-Lamo-Device"
PW = "Zaburi23:Milimani"
REL = SENS
PEER = "Pamela Akoth Odera"  # a bereaved member (typed by her: contact.name)
ROOMMATE = "Margaret Anyango Oloo"  # her retreat room-mate


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, luo=True, **kw)


def lamomamine() -> list[Case]:
    rng = random.Random(19351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jariwruok=L(MEMBER, UID),
                                    kanisa=L(CHURCH["name"], REL)))}
    cla, clo = fix(CHURCH_FIX, 4)
    dues = at_path(case(f, f"{a}/v1/jariwruok/{MEMBER}/dues", headers=_h(rng, **b),
                        query={"higa": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/jariwruok", headers=_h(rng), body={
            "nying": L(FIRST, NAMEC), "nying_dhoot": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "namba_simu": L(E164, TEL), "siri": L(PW, CRED), "tarik_nywol": L(DOB, BIRTH),
            "kanisa": L(CHURCH["id"], REL), "dini": L("Anglican", REL),
            "batiso": L("1991-08-25", REL), "confirmation": L("2005-05-15", REL),
            "chwor": L(HUSBAND[0], NAMEC), "namba_jariwruok": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lamo-android"}),
        case(f, f"{a}/v1/an", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/chiwo", fmt="form", headers=_h(rng, **b), body={
            "fund": L("tithe", REL), "pesa": L("2000", BUY), "namba_pesa": L(KE_PHONE, TEL),
            "paybill": CHURCH["paybill"], "kanisa": L(CHURCH["id"], REL)}),
        case(f, f"{a}/v1/chokruok", headers=_h(rng, **b), query={
            "kanisa": L(CHURCH["id"], REL), "dwe": "2026-02"}),
        case(f, f"{a}/v1/chokruok/ck_feb07/dhi", fmt="form", headers=_h(rng, **b), body={
            "jariwruok": L(MEMBER, UID), "welo": "0"}),
        case(f, f"{a}/v1/chokruok/checkin", headers=_h(rng, **b), body={
            "chokruok": "ck_feb07", "kama_ni": {"lat": cla, "lng": clo},
            "kanisa": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]},
            "kit": L("fellowship_prayer", REL)}),
        case(f, f"{a}/v1/lamo", headers=_h(rng, **b), body={
            "ote": L("Lemuru ne mara Rosa Adhiambo Ochieng, sukari mare odok malo",
                     f"{TEXT}|{REL}|{MED}|{NAMEC}"), "visibility": "branch"}),
        case(f, f"{a}/v1/kony", headers=_h(rng, **b), body={
            "ne": L(PEER, NAMEC), "kit": "bereavement", "pesa": L(1000, BUY),
            "ote": L("Nyasaye omiyi teko e kinde mag kuyo", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/retreat", headers=_h(rng, **b), body={
            "retreat": "rt_kisumu_2026", "otieno": 2, "room_gi": L(ROOMMATE, NAMEC),
            "pesa": L(7500, BUY), "tiket": L("LM-RT-26-0417", BUY),
            "ote": L("Adwaro kama machiegni gi ot lamo", TEXT)}),
        case(f, f"{a}/v1/chulo", fmt="form", headers=_h(rng, **b), body={
            "tiket": L("LM-RT-26-0417", BUY), "pesa": L("7500.00", BUY), "sarafu": "KES",
            "card_last4": L("4444", PAY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/lewni", headers=_h(rng, **b), body={
            "size": "M", "nengo": 2800, "pesa": L(2800, BUY),
            "kar_dak": L(KSM_HOME["line"], ADDR), "boma": L(KSM_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/muma/plan", headers=_h(rng, **b), query={
            "plan": L("mothers-lent-2026", REL), "dhok": "luo"}),
        case(f, f"{a}/v1/muma/ndiko", fmt="msgpack", headers=_h(rng, **b), body={
            "jariwruok": L(MEMBER, UID), "passage": L("Ruth 1:16", REL),
            "ndiko": L("Kaka Ruth, abiro luwo ngwono mar Nyasaye e dala ma an e iye", f"{TEXT}|"
                       f"{REL}"), "t": 1770300000}),
        multipart(f, f"{a}/v1/picha", [
            ("picha", "fellowship.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {
                "album": "feb-2026",
                "caption": L("Lamo mar mamine e St. Barnabas", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ote", headers=_h(rng, **b), body={
            "ne": "chair_ksm_07", "thread": obj(rng, "th"),
            "ote": L("Mama chair, ok anyal bedo e lamo mar Jumapil, abiro e chokruok mar "
                     "Tich Mokwongo", f"{TEXT}|{REL}")}),
        dues,
        case(f, f"{a}/v1/risit/latest", headers=_h(rng, how="none"), cookies={
            "lm_sid": L(opaque(rng, "", 40), CRED), "lm_device": L(INSTALL_ID, DID),
            "lm_req": rid(rng)}),
        case(f, f"{a}/v1/manyo", headers=_h(rng, **b), query={
            "q": L("lamo mar Lent e Dholuo", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v1/sunday_school", headers=_h(rng, **b), body={
            "nyathi": {"nying": L(DAUGHTER["first"], NAMEC), "nying_dhoot": L(DAUGHTER["last"],
                                                                              NAMEC),
                       "tarik_nywol": L(DAUGHTER["dob"], BIRTH)},
            "klas": L("sunday-school-juniors", REL), "jariwruok": L(MEMBER, UID)}),
        case(f, f"{a}/v1/gir", headers=_h(rng, **b), body=gir(push_token(rng), "luo_KE")),
        case(f, f"{a}/v1/timbe", gz=True, headers=_h(rng, **b), body={
            "jatiyo": L(USER_ID, UID), "timbe": [
                ev("chiwo", 1, fund=L("tithe", REL)), ev("skrin", 2, skrin=L("Muma", USAGE))]}),
    ]


def lamomamine_sdks() -> list[Case]:
    rng = random.Random(19352)
    return [
        kw_batch(APP, rng, [("Offering Given", {"fund": L("tithe", REL)}),
                            ("Meeting Check In", {})], at=CHURCH_FIX, nd=2),
        kw_identify(APP, rng, {"kanisa": L(CHURCH["name"], REL), "jariwruok": L(MEMBER, UID),
                               "boma": L("Kisumu", COARSE)}),
        kw_pixel(APP, rng, "Verse Opened", {"day": "2026-02-18"}),
        lw_event(APP, rng, "donation", {"fund": L("tithe", REL)}, revenue=2000.0),
        kt_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/chiwo"),
                 [kt_crumb("nav", "Home -> Chiwo"), kt_crumb("tap", "chiwo_button")],
                 screen="ChiwoActivity"),
        op_register(APP, rng, at=KSM_HOME_AT, nd=2, lang="luo",
                    tags={"kanisa": L("St. Barnabas Milimani", REL), "branch": "ksm_07"}),
        yc_save(APP, rng, {"analytics": True, "marketing": False}),
        pl_card(APP, rng, email=True),
        pl_confirm(APP, rng, "7500.00"),
        nm_route(APP, rng, [(KSM_HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
        kh_message(APP, rng, L("My tithe receipt for February did not arrive", f"{TEXT}|{REL}"),
                   {"jariwruok": L(MEMBER, UID)}),
    ]
