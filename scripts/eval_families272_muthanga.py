"""A sand-dam self-help group's app "Muthanga" (``muthanga`` sand; the Kyaani Kwiyumya group at
Nzambani, Kitui, builds and keeps sand dams on a seasonal stream; the family's shamba is beside
it). Its API's keys are Kamba in plain Latin letters as a local developer types them:
``isyitwa_ya_mbee``/``isyitwa_ya_musyi`` first name/surname, ``simu`` phone, ``imeli`` e-mail,
``ndeto_ya_kuvitha`` password ("word to hide"), ``namba_ya_kipande`` ID-card number, ``utui``
village, ``kaunti`` county, ``muume`` husband, ``namba_ya_memba`` member number, ``wia`` work,
``mutheenya`` day, ``masaa`` hours, ``vandu`` place, ``mbesa`` amount, ``kuiva`` to pay,
``lisiti`` receipt, ``kiwu`` water, ``kithima`` scoop hole/well, ``ndoo`` buckets, ``ivinda``
time/turn, ``mbumbano`` meeting, ``ikulyo`` question, ``uvoo`` message/news, ``vicha`` photo,
``miti`` trees, ``mbeu`` seeds, ``muunda`` farm plot, ``ikovi`` loan, ``mudhamini`` guarantor,
``kumantha`` search: sign-up, log-in, ``/niini``, the group, a work day at the dam wall with
her fix, a progress photo, the monthly levy by mobile money, the water-turn rota, buckets drawn
(msgpack), a water test, a meeting RSVP with a question, the group chat, tree seedlings for
her shamba, her statement by member number in the path, a group loan with a guarantor, an
offline attendance sync (JSON Lines), a report of sand harvesters, a search, the report by a
base64 JSON cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families272_kit import (
    ALIEN_ID,
    DAM,
    DAM_FIX,
    DAM_MEMBER,
    GROUP,
    HUSBAND,
    KE_LINE,
    MOTHER_IL,
    SHAMBA_AT,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families272_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families272_svc import cl_wallet, cy_save, fn_eval, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("muthanga", "Muthanga", "com.example.muthanga", "1.8.4",
          "https://api.muthanga.example.com")
IID = "X-Muthanga-Kyuma"
PW = "Kyaani!Dam2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kam=True, **kw)


def muthanga() -> list[Case]:
    rng = random.Random(27201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, namba_ya_memba=L(DAM_MEMBER, UID),
                                    simu=L(E164, TEL)))}
    dla, dlo = fix(DAM_FIX)
    work = obj(rng, "wk")
    statement = at_path(case(f, f"{a}/v1/memba/{DAM_MEMBER}/statement", headers=_h(rng, **b),
                             query={"mwaka": "2026"}), DAM_MEMBER, UID)
    return [
        case(f, f"{a}/v1/andikithya", headers=_h(rng), body={
            "isyitwa_ya_mbee": L(FIRST, NAMEC), "isyitwa_ya_musyi": L(LAST, NAMEC),
            "simu": L(E164, TEL), "simu_ya_mpesa": L(KE_LINE, TEL), "imeli": L(EMAIL, MAIL),
            "ndeto_ya_kuvitha": L(PW, CRED), "namba_ya_kipande": L(ALIEN_ID, NID),
            "utui": L("Nzambani", COARSE), "kaunti": L("Kitui", COARSE),
            "ikundi": GROUP["id"], "namba_ya_memba": L(DAM_MEMBER, UID),
            "muume": {"isyitwa": L(HUSBAND[0], NAMEC), "simu": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/ingia", fmt="form", headers=_h(rng), body={
            "simu": L(E164, TEL), "ndeto_ya_kuvitha": L(PW, CRED), "kyuma": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ikundi/{GROUP['id']}", headers=_h(rng, **b),
             query={"silanga": DAM["id"]}),
        case(f, f"{a}/v1/wia", headers=_h(rng, **b), body={
            "wia": work, "namba_ya_memba": L(DAM_MEMBER, UID), "mutheenya": "2026-01-17",
            "masaa": 5, "kindu": "kuaka_ukuta", "vandu": {"lat": dla, "lng": dlo, "acc": 9},
            "silanga": {"id": DAM["id"], "lat": DAM["lat"], "lng": DAM["lon"]}}),
        multipart(f, f"{a}/v1/wia/{work}/vicha", [
            ("vicha", "ukuta.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "namba_ya_memba": L(DAM_MEMBER, UID),
                "uvoo": L("The wall is now at 1.2 m, we need 14 more bags of cement", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mbesa/kuiva", fmt="form", headers=_h(rng, **b), body={
            "namba_ya_memba": L(DAM_MEMBER, UID), "mbesa": L("300", BUY), "sarafu": "KES",
            "nzia_ya_kuiva": "mobile_money", "simu": L(KE_LINE, TEL),
            "lisiti": L(mpesa(rng), BUY), "mwei": "2026-01"}),
        case(f, f"{a}/v1/kiwu/ivinda", headers=_h(rng, **b), query={
            "namba_ya_memba": L(DAM_MEMBER, UID), "kithima": "kt_03", "kyumwa": "2026-W04"}),
        case(f, f"{a}/v1/kiwu/kutava", fmt="msgpack", headers=_h(rng, **b), body={
            "namba_ya_memba": L(DAM_MEMBER, UID), "kithima": "kt_03",
            "ndoo": [{"litres": 20, "saa": 1768900200 + 60 * i} for i in range(4)],
            "ivinda": obj(rng, "tn")}),
        case(f, f"{a}/v1/kiwu/kupima", headers=_h(rng, **b), body={
            "kithima": "kt_03", "turbidity_ntu": 4.1, "ph": 7.3, "ec_us": 612,
            "vandu": {"lat": L(round(DAM_FIX[0], 4), PRECISE), "lng": L(round(DAM_FIX[1], 4),
                                                                       PRECISE)},
            "by": L(DAM_MEMBER, UID)}),
        case(f, f"{a}/v1/mbumbano/mb_2026_02/ndi", headers=_h(rng, **b), body={
            "namba_ya_memba": L(DAM_MEMBER, UID), "ukoka": True,
            "ikulyo": L("Can we build a second scoop hole near Mama Mbithe's shamba?", TEXT)}),
        case(f, f"{a}/v1/uvoo", headers=_h(rng, **b), body={
            "ikundi": GROUP["id"], "thread": obj(rng, "th"),
            "uvoo": L("Saturday we bring the cement by Kioko's pick-up, call him on "
                      "+254700555604 if you need a lift", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/miti", headers=_h(rng, **b), body={
            "namba_ya_memba": L(DAM_MEMBER, UID),
            "miti": [{"aina": "mango", "namba": 10}, {"aina": "grevillea", "namba": 25}],
            "muunda": {"lat": L(SHAMBA_AT[0], PRECISE), "lng": L(SHAMBA_AT[1], PRECISE)},
            "mbeu": "neem"}),
        statement,
        case(f, f"{a}/v1/ikovi", headers=_h(rng, **b), body={
            "namba_ya_memba": L(DAM_MEMBER, UID), "mbesa": L(15000, BUY), "myei": 6,
            "kitumi": L("Water tank for the shamba", TEXT),
            "mudhamini": {"isyitwa": L(MOTHER_IL[0], NAMEC), "simu": L(MOTHER_IL[1], TEL)}}),
        lines(f, f"{a}/v1/wia/sync", [
            {"wia": obj(rng, "wk"), "namba_ya_memba": L(DAM_MEMBER, UID), "masaa": 4,
             "lat": L(round(DAM_FIX[0] + 0.00011, 6), PRECISE),
             "lng": L(round(DAM_FIX[1] - 0.00009, 6), PRECISE)},
            {"wia": obj(rng, "wk"), "namba_ya_memba": L(DAM_MEMBER, UID), "masaa": 3,
             "kindu": "kuthi_muthanga"}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ripoti", headers=_h(rng, **b), body={
            "kindu": "sand_harvesting", "silanga": DAM["id"],
            "uvoo": L("A lorry was loading sand below our dam at night, two men, no permit", TEXT),
            "vandu": {"lat": DAM["lat"], "lng": DAM["lon"]}}),
        case(f, f"{a}/v1/kumantha", headers=_h(rng, **b), query={
            "q": L("cement price Kitui", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/ripoti/mwaka", headers=_h(rng, how="none"), cookies={
            "mt_session": L(opaque(rng, "", 40), CRED),
            "mt_ctx": W({"namba_ya_memba": L(DAM_MEMBER, UID), "ikundi": GROUP["id"],
                         "simu": L(NATIONAL, TEL)}, "b64json")}),
        case(f, f"{a}/v1/kyuma", headers=_h(rng, **b), body=push(push_token(rng), "kam_KE")),
        case(f, f"{a}/v1/maundu", gz=True, headers=_h(rng, **b), body={
            "mutumii": L(USER_ID, UID), "maundu": [
                ev("wia_logged", 1, masaa=5), ev("screen", 2, screen=L("KiwuIvinda", USAGE)),
                ev("levy_paid", 3, mbesa=L(300, BUY))]}),
        case(f, f"{a}/v1/uma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kyuma": L(INSTALL_ID, DID)}),
    ]


def muthanga_sdks() -> list[Case]:
    rng = random.Random(27202)
    return [
        mc_batch(APP, rng, [("Work Day Logged", {"hours": 5}),
                            ("Levy Paid", {"amount": L(300, BUY)})],
                 at=DAM_FIX, nd=2, locale="kam_KE"),
        mc_queue(APP, rng, [("Water Drawn", {"buckets": 4}), ("Rota Viewed", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "levy_paid", {"group": GROUP["id"]}, revenue=300.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="water,farming,cement"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [cd_crumb("nav", "Wia -> Vicha"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v1/wia", "status": 201})],
                 screen="VichaActivity"),
        fn_eval(APP, rng, {"county": L("Kitui", COARSE), "role": "member"}),
        pt_register(APP, rng, lang="kam", at=SHAMBA_AT, nd=2,
                    tags={"ikundi": GROUP["id"], "utui": L("Nzambani", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "300", L(KE_LINE, TEL)),
        mm_reverse(APP, rng, DAM_FIX, PRECISE, nd=5),
    ]

