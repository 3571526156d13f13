"""A Free Church congregation's communion-season and precenting app "Salmadair" (Tarbert; its
API's keys are Scottish Gaelic: ``eaglais`` church, ``coitheanal`` congregation,
``ball_comanachaidh`` communicant member, ``aireamh_rola`` communicants' roll number,
``comanachadh`` communion, ``seusan`` season, ``cairt`` card (token), ``seirbheis`` service,
``frithealadh`` attendance, ``salm`` psalm, ``fonn`` tune, ``togail_fuinn`` precenting ("raising
the tune"), ``clar_fuaim`` recording, ``rann`` verse, ``searmon`` sermon, ``eildear`` elder,
``tadhal`` visit, ``tabhartas`` donation, ``maoin`` fund, ``urnaigh`` prayer, ``sabaid``
Sabbath, ``siubhal`` a lift, ``paiste`` child, ``baisteadh`` baptism, ``sgoil_shabaid`` Sunday
school, ``naidheachdan`` notices, with the shared Gaelic keys): sign-up as a communicant, log-in,
``/mise``, the communion season's services, a communion card, attendance at the Friday
question meeting with her fix, a psalm and its tune, her precenting recording (audio), the
precenting rota, a swap, a donation, a Gift Aid declaration, a prayer request for her
mother-in-law in Glasgow, an elder's visit, a lift for a neighbour, a sermon search, Calum's
Sunday-school enrolment (msgpack), the roll entry by number in the path, notices by cookie, a
message to the minister, Sabbath-quiet settings, push and events. Church apps exist in many sets
(28, 51, 59, 126, 132, 134's Sabbath app, 151's parish): this one is a Presbyterian
congregation's communion season (fast day, question meeting, tokens) and its Gaelic psalm
precenting, with no candles, liturgy or confession."""

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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families213_kit import (
    CHURCH,
    CHURCH_FIX,
    COMMUNICANT,
    HOME,
    HOME_AT,
    HUSBAND,
    NEIGHBOUR,
    SON,
    TZ,
    fix,
    hd,
    obj,
    push,
)
from eval_families213_sdk import lr_event, tl_crash, tl_crumb, tm_batch, tm_identify, tm_pixel
from eval_families213_svc import ag_save, bp_register, cc_message, mp_route, sg_card, sg_confirm
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("salmadair", "Salmadair", "com.example.salmadair", "1.9.2",
          "https://api.salmadair.example.org")
IID = "X-Salmadair-Device"
PW = "Salm103!Tairbeart"
REL = SENS
MED = "health.medical"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def salmadair() -> list[Case]:
    rng = random.Random(21321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, post_d=L(EMAIL, MAIL), rola=L(COMMUNICANT, UID),
                                    coitheanal=L(CHURCH["name"], REL)))}
    cla, clo = fix(CHURCH_FIX, 4)
    roll = at_path(case(f, f"{a}/api/rola/{COMMUNICANT}", headers=_h(rng, **b)),
                   COMMUNICANT, UID)
    return [
        case(f, f"{a}/api/clarachadh", headers=_h(rng), body={
            "ainm": L(FIRST, NAMEC), "sloinneadh": L(LAST, NAMEC), "post_d": L(EMAIL, MAIL),
            "fon": L(PHONE, TEL), "facal_faire": L(PW, CRED), "la_breith": L(DOB, BIRTH),
            "eaglais": L(CHURCH["id"], REL), "ball_comanachaidh": L(True, REL),
            "aireamh_rola": L(COMMUNICANT, UID), "ceile": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/logadh_a_steach", fmt="form", headers=_h(rng), body={
            "post_d": L(EMAIL, MAIL), "facal_faire": L(PW, CRED)}),
        case(f, f"{a}/api/mise", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/seusan_comanachaidh", headers=_h(rng, **b), query={
            "eaglais": L(CHURCH["id"], REL), "bliadhna": "2026"}),
        case(f, f"{a}/api/comanachadh/cairt", headers=_h(rng, **b), body={
            "aireamh_rola": L(COMMUNICANT, UID), "seusan": "2026-03",
            "comanachadh": L("Sàbaid a' Chomanachaidh", REL), "canan": "gd"}),
        case(f, f"{a}/api/seirbheisean/frithealadh", headers=_h(rng, **b), body={
            "seirbheis": L("La na Ceist", REL), "ceann_latha": "2026-03-13",
            "aite": {"domhan_leud": cla, "domhan_fad": clo},
            "eaglais_aite": {"domhan_leud": CHURCH["lat"], "domhan_fad": CHURCH["lon"]}}),
        case(f, f"{a}/api/salm/103", headers=_h(rng, **b), query={
            "rainn": "1-5", "fonn": "Coleshill", "canan": "gd"}),
        multipart(f, f"{a}/api/togail_fuinn/clar", [
            ("clar_fuaim", "salm103_coleshill.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{REL}")),
            ("meta", None, "application/json", {"salm": 103, "fonn": "Coleshill",
                                                "seirbheis": L("Seirbheis Ghàidhlig", REL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/togail_fuinn/rota", headers=_h(rng, **b), query={
            "aireamh_rola": L(COMMUNICANT, UID), "mios": "2026-03"}),
        case(f, f"{a}/api/togail_fuinn/iomlaid", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "le": L("Dòmhnall MacAoidh", NAMEC),
            "adhbhar": L("Tha mi ann an Glaschu aig an ospadal an t-seachdain sin",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/tabhartasan", fmt="form", headers=_h(rng, **b), body={
            "maoin": L("Sustentation Fund", REL), "suim": L("40", BUY), "airgead": "GBP",
            "modh": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/gift_aid", headers=_h(rng, **b), body={
            "ainm": L(f"{FIRST} {LAST}", NAMEC), "seoladh": L(HOME["line"], ADDR),
            "baile": L(HOME["town"], COARSE), "cod_puist": L(HOME["post"], COARSE),
            "paigh_cise_rg": True, "bho": "2026-01-01"}),
        case(f, f"{a}/api/urnaigh", headers=_h(rng, **b), body={
            "teacsa": L("Ùrnaigh airson mo mhàthair-chèile Catriona MacLeod ann an Glaschu, tha i "
                        "san ospadal an dèidh stròc", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "cò_chì": "ministear"}),
        case(f, f"{a}/api/tadhal_eildear", headers=_h(rng, **b), body={
            "aireamh_rola": L(COMMUNICANT, UID), "ceann_latha": "2026-02-18",
            "adhbhar": L("Tha Murchadh airson a dhol air beulaibh an t-seisein airson a' chiad "
                         "uair", f"{TEXT}|{REL}"), "seoladh": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/siubhal", headers=_h(rng, **b), body={
            "ainm": L(NEIGHBOUR[0], NAMEC), "fon": L(NEIGHBOUR[1], TEL),
            "bho": L(HOME["line"], ADDR), "seirbheis": L("sabaid_madainn", REL), "suidheachain": 2}),
        case(f, f"{a}/api/searmonan", headers=_h(rng, **b), query={
            "lorg": L("searmon salm 103 Gàidhlig", SEARCH), "duilleag": "1"}),
        case(f, f"{a}/api/sgoil_shabaid", fmt="msgpack", headers=_h(rng, **b), body={
            "paiste": {"ainm": L(SON["first"], NAMEC), "sloinneadh": L(SON["last"], NAMEC),
                       "la_breith": L(SON["dob"], BIRTH), "baisteadh": L(True, REL)},
            "clas": "cl_p5_p7", "parant": L(COMMUNICANT, UID)}),
        roll,
        case(f, f"{a}/api/naidheachdan", headers=_h(rng, how="none"), cookies={
            "fc_seisean": L(opaque(rng, "", 40), CRED), "fc_inneal": L(INSTALL_ID, DID),
            "fc_iarrtas": rid(rng)}),
        case(f, f"{a}/api/teachdaireachd", headers=_h(rng, **b), body={
            "gu": "ministear",
            "teachdaireachd": L("Am faod mi an salm a thogail aig an t-seirbheis Ghàidhlig "
                                "Didòmhnaich?", f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/sabaid/samhach", fmt="form", headers=_h(rng, **b), body={
            "sabaid": L("true", REL), "son_uine": L(TZ, DEV), "tosach": "00:00",
            "crioch": "23:59"}),
        case(f, f"{a}/api/inneal", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tachartasan", gz=True, headers=_h(rng, **b), body={
            "cleachdaiche": L(USER_ID, UID), "tachartasan": [
                ev("salm_air_fhosgladh", 1, salm=103),
                ev("sgrion", 2, sgrion=L("Comanachadh", USAGE)),
                ev("tabhartas", 3, maoin=L("Sustentation Fund", REL))]}),
    ]


def salmadair_sdks() -> list[Case]:
    rng = random.Random(21322)
    return [
        tm_batch(APP, rng, [("Psalm Opened", {"salm": 103}),
                            ("Service Attended", {"seirbheis": L("La na Ceist", REL)})],
                 at=CHURCH_FIX, nd=2),
        tm_identify(APP, rng, {"coitheanal": L(CHURCH["name"], REL),
                               "rola": L(COMMUNICANT, UID), "baile": L("Tarbert", COARSE)}),
        tm_pixel(APP, rng, "Psalm Shared", {"salm": 103}),
        lr_event(APP, rng, "donation", {"maoin": L("Sustentation Fund", REL)}, revenue=40.0,
                 currency="GBP"),
        tl_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [tl_crumb("nav", "TogailFuinn -> Clar"), tl_crumb("tap", "record_button")],
                 screen="ClarActivity"),
        bp_register(APP, rng, lang="gd", at=HOME_AT, nd=2,
                    tags={"coitheanal": L("Tarbert Free Church", REL), "togail_fuinn": "yes"}),
        ag_save(APP, rng, {"analytics": True, "marketing": False}),
        sg_card(APP, rng, email=True),
        sg_confirm(APP, rng, "40.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="driving"),
        cc_message(APP, rng, L("The Gift Aid receipt for the Sustentation Fund is missing",
                               f"{TEXT}|{REL}"), {"aireamh_rola": L(COMMUNICANT, UID)}),
    ]
