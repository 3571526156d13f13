"""A clan tailgan registry "Ugsaa" (the husband's Khuasai clan gathers every summer on its hill
near Kyakhta for the tailgan, the shamanic offering to the clan's masters of the place; the
council keeps the register of households, collects the money for the sheep and the shaman and
shares rides from Ulan-Ude). Its API's keys are Buryat in Latin letters, folded as a local
developer writes them (``h`` for the Buryat h, ``kh`` for kh, ``u``/``o`` for the rounded
vowels): ``nere`` first name, ``obog`` surname, ``utahan`` phone, ``nyuusa_uge`` password (lit.
"secret word"), ``turehen_uder`` birth date, ``nukher`` spouse, ``yahan`` clan (lit. "bone"),
``ugsaa`` lineage, ``geshuun_dugaar`` member number, ``ger_bule`` household, ``khandib``
donation, ``dun`` sum, ``tulberi`` payment, ``urgel`` offering, ``khonin`` sheep, ``shutelge``
faith, ``boo`` shaman, ``ireen`` arrival, ``urgereg``/``urtarag`` latitude/longitude,
``nariin`` accuracy, ``zakhyaa`` message, ``hanamzha`` remark, ``bederelge`` search, ``unaa``
ride, ``khelen`` language, ``tukheeremzhe`` device, ``garalga`` log-out; ``email``, ``token``,
``id`` kept. Calls: registration, an OAuth password grant, ``/minii``, this year's tailgans for
the clan, the household registered, a donation for the sheep, the offering list, the arrival on
the hill with her fix, a protobuf beat, the lineage entry (the husband's forefathers), a ride
offered from Ulan-Ude, a task list (msgpack), a message to the council, a photo, the member by
number in the path, a search, the member card link (base64 JSON in a form field), a receipt by
cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families264_kit import (
    CLAN_MEMBER,
    GRANNY,
    HUSBAND,
    SON,
    TAILGAN,
    TAILGAN_FIX,
    TZ,
    UU_HOME,
    UU_HOME_AT,
    fix,
    hd,
    obj,
)
from eval_families264_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event, tn_launch
from eval_families264_svc import cl_card, cl_confirm, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ugsaa", "Ugsaa", "com.example.ugsaa", "1.7.2", "https://api.ugsaa.example.org")
IID = "X-Ugsaa-Tukheeremzhe"
PW = "Khiagta#Tailgan26"
DOB_RU = "17.05.1991"
CLAN = "Khuasai"  # the husband's clan (ethnicity and the clan's faith: personal.sensitive)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bua=True, **kw)


def ugsaa() -> list[Case]:
    rng = random.Random(26411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), geshuun=L(CLAN_MEMBER, UID),
                                    yahan=L(CLAN, SENS)))}
    tla, tlo = fix(TAILGAN_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CLAN_MEMBER, UID)), (2, TAILGAN["id"]), (3, 1784700000),
               (4, [(1, L(TAILGAN_FIX[0], PRECISE)), (2, L(TAILGAN_FIX[1], PRECISE)),
                    (3, 9.0)]), (5, L(63, DEV))], "", lab)
    member = at_path(case(f, f"{a}/api/v1/geshuud/{CLAN_MEMBER}", headers=_h(rng, **b)),
                     CLAN_MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/buridkhel", headers=_h(rng), body={
            "nere": L(FIRST, NAMEC), "obog": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "utahan": L(E164, TEL), "nyuusa_uge": L(PW, CRED), "turehen_uder": L(DOB_RU, BIRTH),
            "yahan": L(CLAN, SENS), "ugsaa": L("Khori buryaad", SENS),
            "shutelge": L("boo murgel", SENS), "ger_bule_dotor": L("beri", SENS),
            "nukher": {"nere": L(HUSBAND[0], NAMEC), "utahan": L(HUSBAND[1], TEL),
                       "geshuun_dugaar": L(CLAN_MEMBER, UID)},
            "khoto": L(UU_HOME["town"], COARSE), "zubshoolgo": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ugsaa-android"}),
        case(f, f"{a}/api/v1/minii", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/tailganuud", headers=_h(rng, **b), query={
            "yahan": L(CLAN, SENS), "zhel": "2026", "khelen": L("bua", DEV)}),
        case(f, f"{a}/api/v1/tailganuud/{TAILGAN['id']}/buridkhel", headers=_h(rng, **b), body={
            "geshuun_dugaar": L(CLAN_MEMBER, UID), "too": 4,
            "ger_bule": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                         L(f"{SON['first']} {SON['last']}", NAMEC), L(GRANNY[0], NAMEC)],
            "boo": "boo_0031", "takhilga": L("yahan tailgan", SENS), "uder": "2026-07-18"}),
        case(f, f"{a}/api/v1/khandib", fmt="form", headers=_h(rng, **b), body={
            "tailgan": TAILGAN["id"], "dun": L("3000", BUY), "munge": "RUB",
            "zorilgo": L("khonin", SENS), "tulberi_arga": L(opaque(rng, "pm_", 24), PAY),
            "geshuun_dugaar": L(CLAN_MEMBER, UID)}),
        case(f, f"{a}/api/v1/urgel", headers=_h(rng, **b), body={
            "tailgan": TAILGAN["id"], "geshuun_dugaar": L(CLAN_MEMBER, UID),
            "zuiluud": [{"ner": "serzhem suu", "too": 3}, {"ner": "sai", "too": 2},
                        {"ner": "boortsog", "too": 1}],
            "hanamzha": L("Ezhy will bring the milk for the libation, I bring tea and boortsog",
                          f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/ireen", headers=_h(rng, **b), body={
            "tailgan": TAILGAN["id"], "gazar": {"urgereg": tla, "urtarag": tlo, "nariin": 7},
            "tailganai_gazar": {"urgereg": TAILGAN["lat"], "urtarag": TAILGAN["lon"]},
            "geshuun_dugaar": L(CLAN_MEMBER, UID), "ireen_id": obj(rng, "ir")}),
        raw(f, f"{a}/api/v1/session/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ugsaa_bishig", headers=_h(rng, **b), body={
            "geshuun_dugaar": L(CLAN_MEMBER, UID), "yahan": L(CLAN, SENS),
            "ugsaa": [{"nere": L("Tsyren Dambaev", NAMEC), "uye": 3},
                      {"nere": L("Dorzho Tsyrenov", NAMEC), "uye": 2}],
            "hanamzha": L("Bair's great-grandfather came from Altanbulag side", TEXT)}),
        case(f, f"{a}/api/v1/unaa", headers=_h(rng, **b), body={
            "tailgan": TAILGAN["id"], "suudal": 2, "gazarhaa": L("Ulan-Ude, Sovetsky", COARSE),
            "sag": "2026-07-18T05:30", "utahan": L(E164, TEL),
            "mashina": "white Toyota Noah"}),
        case(f, f"{a}/api/v1/daalgabar", fmt="msgpack", headers=_h(rng, **b), body={
            "tailgan": TAILGAN["id"], "geshuun_dugaar": L(CLAN_MEMBER, UID),
            "daalgabarnuud": [{"id": obj(rng, "dl"), "ner": "gal tulikhe mod", "kg": 20},
                              {"id": obj(rng, "dl"), "ner": "togoo", "too": 1}]}),
        case(f, f"{a}/api/v1/zakhyaa", headers=_h(rng, **b), body={
            "khen": "zhasaa_council",
            "beshig": L(f"Bair brings the sheep from Kyakhta. His grandmother {GRANNY[0]} "
                        f"({GRANNY[1]}) cannot climb with her bad knees, can she sit by the car "
                        "during the offering?", f"{TEXT}|{SENS}|{NAMEC}|{TEL}|{MED}")}),
        multipart(f, f"{a}/api/v1/album", [
            ("zurag", "tailgan_2025.jpg", "image/jpeg", L(JPEG + b"\x26", MEDIA)),
            ("meta", None, "application/json", {
                "tailgan": TAILGAN["id"],
                "hanamzha": L("Last year's tailgan, Aldar poured the milk for the first time",
                              f"{TEXT}|{SENS}|{NAMEC}")})], headers=_h(rng, **b)),
        member,
        case(f, f"{a}/api/v1/bederelge", headers=_h(rng, **b), query={
            "q": L("Khuasai tailgan Kyakhta 2026 boo", f"{SEARCH}|{SENS}"), "page": "1"}),
        case(f, f"{a}/api/v1/geshuun/kholbokho", fmt="form", headers=_h(rng, **b), body={
            "data": W({"geshuun_dugaar": L(CLAN_MEMBER, UID), "utahan": L(NATIONAL, TEL),
                       "turehen_uder": L(DOB_RU, BIRTH)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/barimta/huulshyn", headers=_h(rng, how="none"), cookies={
            "ug_sess": L(opaque(rng, "", 40), CRED), "ug_tukheeremzhe": L(INSTALL_ID, DID),
            "ug_req": rid(rng)}),
        case(f, f"{a}/api/v1/tukheeremzhe", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "tukheeremzhe_id": L(INSTALL_ID, DID),
            "khelen": L("bua", DEV), "sagai_buhe": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "khereglegshe": L(USER_ID, UID), "events": [
                ev("tailgan_buridkhel", 1), ev("khandib", 2, dun=L(3000, BUY)),
                ev("screen", 3, screen=L("MiniiTailgan", USAGE))]}),
        case(f, f"{a}/api/v1/garalga", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "tukheeremzhe": L(INSTALL_ID, DID)}),
    ]


def ugsaa_sdks() -> list[Case]:
    rng = random.Random(26412)
    return [
        mc_batch(APP, rng, [("Tailgan Registered", {"household": 4}),
                            ("Donation Sent", {"total": L(3000, BUY),
                                               "purpose": L("khonin", SENS)})],
                 at=TAILGAN_FIX, nd=2, locale="bua_RU"),
        mc_identify(APP, rng, {"yahan": L(CLAN, SENS), "khoto": L("Ulan-Ude", COARSE),
                               "geshuun_dugaar": L(CLAN_MEMBER, UID)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "donation", {"yahan": L(CLAN, SENS)}, revenue=3000.0, currency="RUB"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "album upload cancelled"),
                 [cd_crumb("nav", "MiniiTailgan -> Album"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/album", "status": 499})],
                 screen="AlbumActivity"),
        pt_register(APP, rng, lang="bua", at=UU_HOME_AT, nd=2,
                    tags={"yahan": L(CLAN, SENS), "tailgan": TAILGAN["id"]}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "3000.00"),
        mm_route(APP, rng, [(UU_HOME_AT, PRECISE), ((TAILGAN["lat"], TAILGAN["lon"]), None)]),
        hs_message(APP, rng, L("My khandib for the sheep shows twice on the card",
                               f"{TEXT}|{SENS}"), {"geshuun_dugaar": L(CLAN_MEMBER, UID)}),
    ]
