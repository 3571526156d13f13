"""A Buddhist khurul's festival and home-rites app "Zul Gerl" (``zul`` the festival lamps,
``gerl`` light; a fictional Elista khurul). On Zul each Kalmyk adds a year to their age and lights
as many lamps; the app orders the family's lamps by their ages, prayer readings for named
relatives, a lama's blessing of the in-laws' house now that gas is in, Tsagan Sar offerings and
donations. Its API's keys are Kalmyk in Latin letters: ``nern`` name, ``ovg`` surname, ``utsn``
phone, ``el_bichg`` e-mail, ``nuuts_ug`` password, ``torsn_odr`` birth date, ``shajn`` religion
(``burhn shajn`` Buddhism), ``khurl`` temple, ``hural`` service, ``gelng`` monk, ``zul``
lamp(s), ``nasn`` age, ``gerlin_too`` lamp count, ``morgl`` prayer reading, ``nom`` sutra,
``amdtn`` the living, ``ukdlmud`` the departed, ``ger_ariulhn`` house blessing, ``haig``
address, ``selan`` village, ``hazr`` place, ``orgl`` offering / donation, ``yoral`` blessing
request, ``bichg`` message / text, ``zurg`` photo, ``tolvr`` payment, ``mongn`` amount,
``dans`` account, ``haah`` search, ``shuud`` live stream, ``harh`` log out; ``token``, ``id``,
``lat``/``lng`` as they are. Sign-up (religion, her temple, donor card), an OAuth password grant,
``/bi``, the family's Zul lamps by age, a reading for named relatives (living and departed), the
house blessing in Yashkul, its payment, the hural timetable, attendance with her fix, a Tsagan Sar
offering, a blessing for her daughter's contest, a photo, a message to a monk, the donor entry by
number in the path, a receipt by cookie, a monthly donation from her account, a search, a live
stream, push, events and a log-out. Sets 113, 125, 141 and 186 have Buddhist temple, pagoda,
monastery (sutra readings, butter lamps, an astrologer) and teachings apps; Zul Gerl differs: the
festival's lamps counted by each family member's age and a monk's house blessing at home."""

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
from eval_families202_kit import (
    DAUGHTER,
    DONOR,
    HOME_AT,
    HUSBAND,
    KHURUL,
    KHURUL_FIX,
    MIR,
    RU_ACCOUNT,
    YASHKUL,
    YASHKUL_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families202_sdk import ct_crash, ct_crumb, md_batch, md_identify, md_pixel, tm_event
from eval_families202_svc import ck_save, hj_message, mk_route, pg_card, pg_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zulgerl", "Zul Gerl", "com.example.zulgerl", "1.9.3", "https://api.zulgerl.example.org")
IID = "X-ZulGerl-Device"
PW = "Zul#Khurl2025"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def zulgerl() -> list[Case]:
    rng = random.Random(20261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_bichg=L(EMAIL, MAIL), donor=L(DONOR, UID),
                                    khurl=L(KHURUL["name"], REL)))}
    kla, klo = fix(KHURUL_FIX, 4)
    reg = at_path(case(f, f"{a}/v1/orglchn/{DONOR}", headers=_h(rng, **b)), DONOR, UID)
    return [
        case(f, f"{a}/v1/burtkl", headers=_h(rng), body={
            "nern": L(FIRST, NAMEC), "ovg": L(LAST, NAMEC), "el_bichg": L(EMAIL_MIXED, MAIL),
            "utsn": L(E164, TEL), "nuuts_ug": L(PW, CRED), "torsn_odr": L(DOB, BIRTH),
            "shajn": L("burhn shajn", REL), "khurl": L(KHURUL["id"], REL),
            "donor": L(DONOR, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "zulgerl-android"}),
        case(f, f"{a}/v1/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/zul", headers=_h(rng, **b), body={
            "hural": L("Zul", REL), "odr": "2025-12-17",
            "zul": [{"nern": L(f"{FIRST} {LAST}", NAMEC), "nasn": L(35, BIRTH)},
                    {"nern": L(HUSBAND[0], NAMEC), "nasn": L(38, BIRTH)},
                    {"nern": L(KID, NAMEC), "nasn": L(10, BIRTH)}],
            "gerlin_too": 83, "mongn": L(830, BUY)}),
        case(f, f"{a}/v1/morgl", headers=_h(rng, **b), body={
            "nom": L("Nogan Dar Ekin nom", REL), "odr": "2025-12-18",
            "amdtn": [L("Bulgun Erdnieva", NAMEC), L("Ochir Erdniev", NAMEC)],
            "ukdlmud": [L("Tsagan Erdnieva", NAMEC)], "mongn": L(500, BUY)}),
        case(f, f"{a}/v1/ger_ariulhn", headers=_h(rng, **b), body={
            "haig": L(YASHKUL["line"], ADDR), "selan": L(YASHKUL["town"], COARSE),
            "hazr": {"lat": L(YASHKUL_AT[0], PRECISE), "lng": L(YASHKUL_AT[1], PRECISE)},
            "odr": "2026-04-20", "gelng": "gl_0412",
            "bichg": L("Gaz orsn hadm ekin ger ariulhar irtn", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/tolvr", fmt="form", headers=_h(rng, **b), body={
            "zakaz": obj(rng, "zk"), "mongn": L("3000.00", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartin_suul": L(MIR[-4:], PAY)}),
        case(f, f"{a}/v1/hural/tsag", headers=_h(rng, **b), query={
            "khurl": L(KHURUL["id"], REL), "sar": "2025-12"}),
        case(f, f"{a}/v1/hural/orlt", headers=_h(rng, **b), body={
            "hural": L("Zul hural", REL), "odr": "2025-12-17",
            "hazr": {"lat": kla, "lng": klo},
            "khurl": {"lat": KHURUL["lat"], "lng": KHURUL["lon"]}}),
        case(f, f"{a}/v1/tsagan_sar/orgl", headers=_h(rng, **b), body={
            "orgl": L("tsagan idan, boortsg", REL), "mongn": L(300, BUY),
            "odr": "2026-02-18"}),
        case(f, f"{a}/v1/yoral", headers=_h(rng, **b), body={
            "bichg": L("Kermen Lagand Jangrin temtsand orlta, kishg yoral", f"{TEXT}|{REL}|"
                       f"{NAMEC}"), "kemd": "gelng"}),
        multipart(f, f"{a}/v1/zurg", [
            ("zurg", "zul_gerl.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "album": "zul-2025",
                "bichg": L("Zul odr gerl noka ortavdg, Sanal Kermen hamdan", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gelng/bichg", headers=_h(rng, **b), body={
            "to": "gl_0412",
            "bichg": L("Nokrin eej Tsagan Erdnieva ukl jiltan, nom umshulhar bolhu?",
                       f"{TEXT}|{REL}|{NAMEC}")}),
        reg,
        case(f, f"{a}/v1/tolvrs/suul", headers=_h(rng, how="none"), cookies={
            "zg_sess": L(opaque(rng, "", 40), CRED), "zg_dev": L(INSTALL_ID, DID),
            "zg_req": rid(rng)}),
        case(f, f"{a}/v1/orgl/sar", headers=_h(rng, **b), body={
            "fond": L("khurl_zasvr", REL), "mongn": L(1000, BUY), "odr": 5,
            "dans": L(RU_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/haah", headers=_h(rng, **b), query={
            "haah": L("Zul hural ehlh tsag", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v1/shuud", headers=_h(rng, **b), body={
            "khurl": L(KHURUL["id"], REL), "stream_token": L(opaque(rng, "st_", 32), CRED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("zul_zakaz", 1, too=83), ev("screen", 2, screen=L("Morgl", USAGE)),
                ev("orgl", 3, fond=L("khurl_zasvr", REL))]}),
        case(f, f"{a}/v1/harh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def zulgerl_sdks() -> list[Case]:
    rng = random.Random(20262)
    return [
        md_batch(APP, rng, [("Lamps Ordered", {"count": 83}),
                            ("Service Attended", {"hural": L("Zul hural", REL)})],
                 at=KHURUL_FIX, nd=2),
        md_identify(APP, rng, {"khurl": L(KHURUL["name"], REL), "donor": L(DONOR, UID),
                               "balhsn": L("Elista", COARSE)}),
        md_pixel(APP, rng, "Calendar Opened", {"month": "2025-12"}),
        tm_event(APP, rng, "donation", {"fond": L("khurl_zasvr", REL)}, revenue=1000.0),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/zul"),
                 [ct_crumb("nav", "Home -> Zul"), ct_crumb("tap", "order_lamps")],
                 screen="ZulActivity"),
        ps_register(APP, rng, at=HOME_AT, nd=2, tags={"khurl": L(KHURUL["id"], REL)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        pg_card(APP, rng, email=True),
        pg_confirm(APP, rng, "830.00"),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((KHURUL["lat"], KHURUL["lon"]), None)],
                 mode="walking"),
        hj_message(APP, rng, L("The Zul lamp receipt did not arrive", f"{TEXT}|{REL}"),
                   {"donor": L(DONOR, UID)}),
    ]
