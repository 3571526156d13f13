"""A Pashto folk-poetry app "Tappay" (landays, the two-line tappa, and the mushairas of a
Peshawar literary society; she writes under a pen name while learning Pashto): its API's keys are
Pashto in Latin letters: ``noom`` name, ``brekhnalik`` e-mail, ``patnoom`` password,
``takhallus`` pen name, ``khar`` city, ``zhaba`` language, ``tappa`` landay, ``matan`` text,
``mauzu`` theme, ``ghag`` voice (a recording), ``latun`` search, ``khwakh`` like, ``tabsira``
comment, ``mushaira`` poetry evening, ``melma`` guest, ``zanana_dzay`` women's seating,
``rasedal`` arrival, ``ghari`` member, ``chanda`` dues, ``kitab`` book, ``baya`` price,
``tol_paise`` total, ``pata`` address, ``paigham`` message, ``lwastal`` reading, ``siyal``
contest, ``shaer`` poet, ``inam`` tip, ``karan`` user, ``pekhe`` events: sign-up, an OAuth
password grant, ``/zama``, a landay posted, her recitation (audio), a search, likes, a comment,
the mushaira registration and check-in, the society's dues by wallet, an anthology order
(msgpack), a message to another poet, a protobuf reading session, her landays by user ID in the
path, a contest entry, a tip, notifications by cookie, push, events and a log-out. A docstring
grep found poetry only as a word in set 106 and no landay or mushaira app."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families176_kit import (
    ACADEMY,
    ACADEMY_FIX,
    HUSBAND,
    MEMBER,
    PEN,
    PK_HOME,
    PK_HOME_AT,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families176_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_pixel,
    tn_launch,
)
from eval_families176_svc import cl_card, cl_confirm, fn_eval, md_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tappay", "Tappay", "com.example.tappay", "2.6.3", "https://api.tappay.example.net")
IID = "X-Tappay-Aala"
PW = "Landay*Pekhawar9"
WAL = f"{TEL}|{PAY}"
LANDAY = ("Pa Swat ke me zra pate shu da chinar la sore / "
          "Pekhawar ta raghlam kho ghag me halta pate shu")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ps=True, **kw)


def tappay() -> list[Case]:
    rng = random.Random(17651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, takhallus=L(PEN, UID), brekhnalik=L(EMAIL, MAIL),
                                    ghari=L(MEMBER, UID)))}
    ala, alo = fix(ACADEMY_FIX, 5)
    t1 = obj(rng, "tp")
    lab: dict[str, str] = {}
    sess = pb([(1, L(USER_ID, UID)), (2, 14), (3, L(912, USAGE)), (4, 1768700000),
               (5, L("ps", DEV))], "", lab)
    mine = at_path(case(f, f"{a}/v1/karan/{USER_ID}/tappay", headers=_h(rng, **b),
                        query={"page": "1"}), USER_ID, UID)
    return [
        case(f, f"{a}/v1/nomlikana", headers=_h(rng), body={
            "noom": L(f"{FIRST} {LAST}", NAMEC), "brekhnalik": L(EMAIL_MIXED, MAIL),
            "patnoom": L(PW, CRED), "takhallus": L(PEN, UID), "khar": L("Peshawar", COARSE),
            "zhaba": L("ps-Latn", DEV)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tappay-android"}),
        case(f, f"{a}/v1/zama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tappay", headers=_h(rng, **b), body={
            "tappa_id": t1, "matan": L(LANDAY, TEXT), "mauzu": "musafari",
            "takhallus": L(PEN, UID)}),
        multipart(f, f"{a}/v1/ghag", [
            ("ghag", "landay_recital.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"tappa_id": t1, "seconds": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/latun", headers=_h(rng, **b), query={
            "q": L("da mor tappay", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/khwakh", headers=_h(rng, **b), body={
            "tappa_id": obj(rng, "tp"), "karan": L(USER_ID, UID)}),
        case(f, f"{a}/v1/tabsira", headers=_h(rng, **b), body={
            "tappa_id": obj(rng, "tp"),
            "matan": L("Wah! Da dwa karkhe me pa zra ke kenastale", TEXT)}),
        case(f, f"{a}/v1/mushaira/nomlikana", headers=_h(rng, **b), body={
            "mushaira": "msh_jan_pa", "noom": L(f"{FIRST} {LAST}", NAMEC),
            "mobile": L(E164, TEL), "zanana_dzay": True,
            "melma": {"noom": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL)},
            "lwastal_ghwaram": True}),
        case(f, f"{a}/v1/mushaira/rasedal", headers=_h(rng, **b), body={
            "mushaira": "msh_jan_pa", "dzay": {"lat": ala, "lng": alo},
            "academy": {"id": ACADEMY["id"], "lat": ACADEMY["lat"], "lng": ACADEMY["lon"]}}),
        case(f, f"{a}/v1/ghari/chanda", fmt="form", headers=_h(rng, **b), body={
            "ghari": L(MEMBER, UID), "chanda": L("2400", BUY), "kal": "2026",
            "wallet_shmera": L(WALLET, WAL)}),
        case(f, f"{a}/v1/kitab/farmaish", fmt="msgpack", headers=_h(rng, **b), body={
            "kitabuna": [{"kitab": "kb_landay_anthology", "baya": 1200, "tedad": 1},
                         {"kitab": "kb_rahman_baba", "baya": 800, "tedad": 1}],
            "tol_paise": L(2000, BUY), "pata": L(PK_HOME["line"], ADDR),
            "khar": L(PK_HOME["town"], COARSE), "mobile": L(E164, TEL)}),
        case(f, f"{a}/v1/paigham", headers=_h(rng, **b), body={
            "ta": "sh_zarsanga_k",
            "matan": L("Ustada, zama tappay ta islah pa kar da, brekhnalik me "
                       "jane.doe@example.org da", f"{TEXT}|{MAIL}")}),
        raw(f, f"{a}/v1/lwastal", sess, "application/x-protobuf", lab, headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/v1/siyal", headers=_h(rng, **b), body={
            "siyal": "sy_aman_2026", "mauzu": "aman",
            "matan": L("Aman me ghwara da Swat pa ghro ke / "
                       "chi bia da topak ghag na wazi zama da zoy khob ke", TEXT),
            "takhallus": L(PEN, UID)}),
        case(f, f"{a}/v1/inam", headers=_h(rng, **b), body={
            "shaer": "sh_zarsanga_k", "paise": L(500, BUY), "wallet_shmera": L(WALLET, WAL)}),
        case(f, f"{a}/v1/khabartiawe", headers=_h(rng, how="none"), cookies={
            "tp_sesia": L(opaque(rng, "", 40), CRED), "tp_aala": L(INSTALL_ID, DID),
            "tp_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ps_PK")),
        case(f, f"{a}/v1/pekhe", gz=True, headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "pekhe": [
                ev("tappa_posted", 1), ev("screen", 2, screen=L("Mushaira", USAGE)),
                ev("recital_played", 3, tappa=t1)]}),
        case(f, f"{a}/v1/watal", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aala": L(INSTALL_ID, DID)}),
    ]


def tappay_sdks() -> list[Case]:
    rng = random.Random(17652)
    return [
        mc_batch(APP, rng, [("Landay Posted", {"theme": "musafari"}),
                            ("Recital Uploaded", {"seconds": 14})],
                 at=ACADEMY_FIX, nd=2, locale="ps_PK"),
        mc_identify(APP, rng, {"takhallus": L(PEN, UID), "khar": L("Peshawar", COARSE),
                               "ghari": L(MEMBER, UID)}),
        mc_pixel(APP, rng, "Landay Of The Day", {"day": "2026-01-18"}),
        tn_launch(APP, rng, user=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, at=PK_HOME_AT, nd=3, yob=1991,
               gender="F", keywords="poetry,pashto,books"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [cd_crumb("nav", "Tappa -> Ghag"), cd_crumb("tap", "record_button")],
                 screen="GhagActivity"),
        fn_eval(APP, rng, {"zhaba": L("ps", DEV), "ghari": True}),
        pt_register(APP, rng, lang="ps", at=PK_HOME_AT, nd=2, tags={"mushaira": "msh_jan_pa"}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "2000"),
        md_message(APP, rng, L(f"Zama takhallus {PEN} bal chaa akhistay", f"{TEXT}|{UID}"),
                   {"takhallus": L(PEN, UID)}),
    ]

