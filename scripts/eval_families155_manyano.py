"""Methodist women's prayer-union app "Umanyano" (the Manyano of a Gqeberha Methodist church: the
Thursday prayer meeting, the red-and-white uniform, quarterly contributions, revival trips and
bereavement support; isiXhosa keys: ``igama`` / ``ifani`` first name / surname, ``imeyile``,
``ifowuni``, ``iphasiwedi``, ``umhla_wokuzalwa``, ``ibandla`` congregation, ``isekethe``
circuit, ``ilungu_elipheleleyo`` full member, ``inombolo_yelungu`` member number, ``umyeni``
husband, ``iyunifomu`` uniform, ``umbutho`` society, ``intlanganiso`` meeting, ``inkonzo``
service, ``ubukho`` attendance, ``iminikelo`` contributions, ``ingxowa`` fund, ``umthandazo``
prayer, ``uhambo`` trip, ``abakhweli`` passengers, ``umngcwabo`` funeral, ``umfi`` the
departed, ``inkxaso`` support, ``ingoma`` hymn, ``utyelelo`` visit, ``isibhedlele`` hospital,
``umguli`` patient, ``isizathu`` reason, ``umfundisi`` minister, ``ubhaptizo`` baptism,
``abazali`` parents, ``abakhapheli`` sponsors, ``isicatshulwa`` scripture passage): sign-up,
log-in, ``/mna``, a uniform order, meetings, attendance with her fix (4 decimals), a
contribution, a prayer request for her mother-in-law, revival-trip seats, a bereavement
contribution, a hymn search, a hospital-visit rota, an album photo, a message to the minister,
her member record by number in the path, a receipt by cookie, Anele's baptism registration, a
scripture reading log, the circuit list with a base64 JSON header, push, events and a token
refresh. Parish apps (sets 101, 102, 115, 151) are about a church's services and candles; a
women's prayer union with uniform, dues and visiting rotas is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
from eval_families155_kit import (
    CHURCH,
    DAUGHTER,
    HALL_FIX,
    HUSBAND,
    MEMBER,
    PE_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families155_sdk import ab_event, cz_crash, cz_crumb, mq_batch, mq_identify, mq_pixel
from eval_families155_svc import cr_card, cr_confirm, cv_save, hn_message, mk_route, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("umanyano", "Umanyano", "com.example.umanyano", "2.2.5",
          "https://api.umanyano.example.net")
IID = "X-Umanyano-Device"
PW = "Lizalisa#Idinga7"
FRIEND = ("Nozuko Ntsebeza", "+27835550164")  # a fellow member she types in (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, xh=True, **kw)


def manyano() -> list[Case]:
    rng = random.Random(15531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    mem = L(MEMBER, UID)
    jw = {"Authorization": J(claims(rng, imeyile=L(EMAIL, MAIL), ilungu=L(MEMBER, UID),
                                    ibandla=L(CHURCH["name"], SENS)))}
    cla, clo = fix(HALL_FIX, 4)
    rec = at_path(case(f, f"{a}/api/amalungu/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/bhalisa", headers=_h(rng), body={
            "igama": L(FIRST, NAMEC), "ifani": L(LAST, NAMEC), "imeyile": L(EMAIL_MIXED, MAIL),
            "ifowuni": L(E164, TEL), "iphasiwedi": L(PW, CRED), "umhla_wokuzalwa": L(DOB, BIRTH),
            "ibandla": L(CHURCH["id"], SENS), "isekethe": L("Gqeberha Central Circuit", SENS),
            "ilungu_elipheleleyo": L(True, SENS), "umyeni": L(HUSBAND["name"], NAMEC),
            "inombolo_yelungu": mem}),
        case(f, f"{a}/api/ngena", fmt="form", headers=_h(rng), body={
            "imeyile": L(EMAIL, MAIL), "iphasiwedi": L(PW, CRED)}),
        case(f, f"{a}/api/mna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/iyunifomu/odola", headers=_h(rng, **b), body={
            "inombolo_yelungu": mem, "umbutho": L("Women's Manyano", SENS),
            "izinto": [{"into": "red blouse", "ubukhulu": "38", "ixabiso": 380},
                       {"into": "white collar", "ubukhulu": "M", "ixabiso": 95}],
            "isixa": L(475, BUY)}),
        case(f, f"{a}/api/iintlanganiso", headers=_h(rng, **b), query={
            "ibandla": L(CHURCH["id"], SENS), "inyanga": "2026-01"}),
        case(f, f"{a}/api/ubukho", headers=_h(rng, **b), body={
            "intlanganiso": obj(rng, "mt"), "umhla": "2026-01-15",
            "inkonzo": L("Thursday prayer meeting", SENS), "indawo": {"lat": cla, "lng": clo},
            "iholo": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]}, "inombolo_yelungu": mem}),
        case(f, f"{a}/api/iminikelo", fmt="form", headers=_h(rng, **b), body={
            "inombolo_yelungu": mem, "isixa": L("200", BUY), "imali": "ZAR",
            "ingxowa": L("manyano-quarterly", SENS), "indlela": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/imithandazo", headers=_h(rng, **b), body={
            "umthandazo": L("Thandazelani umamazala wam uNomvula, uxinzelelo lwegazi lwakhe "
                            "luphezulu kule veki", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "ukubonakala": "abafundisi"}),
        case(f, f"{a}/api/uhambo/izihlalo", headers=_h(rng, **b), body={
            "uhambo": "rv_mthatha_mar", "izihlalo": 2,
            "abakhweli": [L(f"{FIRST} {LAST}", NAMEC), L(FRIEND[0], NAMEC)],
            "isixa": L(700, BUY), "ukukhwela": "Central hall gate"}),
        case(f, f"{a}/api/umngcwabo/inkxaso", headers=_h(rng, **b), body={
            "umfi": L("Thembeka Sigcau", NAMEC), "isixa": L(100, BUY),
            "umyalezo": L("Akuthuthuzele uThixo kule nzima", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/iingoma", headers=_h(rng, **b), query={
            "ingoma": L("Lizalis' idinga lakho", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/api/utyelelo", fmt="form", headers=_h(rng, **b), body={
            "isibhedlele": "Livingstone Hospital", "usuku": "2026-01-20",
            "inombolo_yelungu": mem, "umguli": L(FRIEND[0], NAMEC),
            "isizathu": L("uqhaqho lwedolo", MED)}),
        multipart(f, f"{a}/api/ialbham", [
            ("ifoto", "manyano_day.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "ialbham": "manyano-day-2026",
                "inkcazo": L("Manyano day, ndinoAnele noLwazi", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/imiyalezo", headers=_h(rng, **b), body={
            "kubani": "umfundisi_pe01",
            "umyalezo": L(f"Mfundisi, ndicela ubhaptizo luka-{DAUGHTER['first']} "
                          f"{DAUGHTER['last']} ngePasika", f"{TEXT}|{SENS}|{NAMEC}")}),
        rec,
        case(f, f"{a}/api/iirisithi/zamva", headers=_h(rng, how="none"), cookies={
            "umy_seshoni": L(opaque(rng, "", 40), CRED), "umy_isixhobo": L(INSTALL_ID, DID),
            "umy_req": rid(rng)}),
        case(f, f"{a}/api/ubhaptizo", headers=_h(rng, **b), body={
            "umntwana": {"igama": L(DAUGHTER["first"], NAMEC), "ifani": L(DAUGHTER["last"], NAMEC),
                         "umhla_wokuzalwa": L(DAUGHTER["dob"], BIRTH),
                         "isini": L(DAUGHTER["sex"], GENDER)},
            "abazali": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND["name"], NAMEC)],
            "abakhapheli": [L(FRIEND[0], NAMEC)], "ibandla": L(CHURCH["id"], SENS),
            "umhla": "2026-04-05", "uhlobo": L("infant baptism", SENS)}),
        case(f, f"{a}/api/isifundo", fmt="form", headers=_h(rng, **b), body={
            "inombolo_yelungu": mem, "isicatshulwa": L("Ruth 1:16", SENS), "imizuzu": "20"}),
        case(f, f"{a}/api/isekethe/uluhlu", headers={**_h(rng, **b), "X-Ilungu": W({
            "ilungu": L(MEMBER, UID), "ibandla": L(CHURCH["id"], SENS),
            "ifowuni": L(E164, TEL)}, "b64json")}),
        case(f, f"{a}/api/izixhobo", headers=_h(rng, **b), body=push(push_token(rng), "xh_ZA")),
        case(f, f"{a}/api/iziganeko", gz=True, headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "iziganeko": [
                ev("umthandazo", 1), ev("iscreen", 2, iscreen=L("Iintlanganiso", USAGE)),
                ev("umnikelo", 3, ingxowa=L("manyano-quarterly", SENS))]}),
        case(f, f"{a}/api/ndibuyisele", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "isixhobo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/abahlobo", headers=_h(rng, **b), body={
            "igama": L(FRIEND[0], NAMEC), "ifowuni": L(FRIEND[1], TEL), "isigaba": "class 4"}),
    ]


def manyano_sdks() -> list[Case]:
    rng = random.Random(15532)
    return [
        mq_batch(APP, rng, [("Meeting Attended", {"service": L("Thursday prayer meeting",
                                                                SENS)}),
                            ("Contribution Paid", {"amount": L(200, BUY)})],
                 at=HALL_FIX, nd=2, locale="xh_ZA"),
        mq_identify(APP, rng, {"ibandla": L(CHURCH["name"], SENS), "ilungu": L(MEMBER, UID),
                               "isixeko": L("Gqeberha", COARSE)}),
        mq_pixel(APP, rng, "Hymn Opened", {"hymn": "MHB 402"}),
        ab_event(APP, rng, "donation", {"ingxowa": L("manyano-quarterly", SENS)}, revenue=200.0,
                 currency="ZAR"),
        cz_crash(APP, rng, ("java.net.SocketTimeoutException", "api/iminikelo"),
                 [cz_crumb("nav", "Ikhaya -> Iminikelo"), cz_crumb("tap", "hlawula")],
                 screen="IminikeloActivity"),
        pq_register(APP, rng, at=PE_HOME_AT, nd=2, lang="xh",
                    tags={"umbutho": L("Women's Manyano", SENS), "isigaba": "class 4"}),
        cv_save(APP, rng, {"analytics": True, "marketing": False}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "200.00"),
        mk_route(APP, rng, [(PE_HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)]),
        hn_message(APP, rng, L("My uniform order has not arrived at the hall", TEXT),
                   {"ilungu": L(MEMBER, UID)}),
    ]
