"""A Krio family society's app "Awujoh Famili" (the Macauley family's lineage register and its
awujoh, the feast Krio families hold for their ancestors at the family house in Bo; its API's keys
are Krio, ASCII-folded as a Freetown developer types them (``ɛ``/``ɔ`` written ``e``/``o``):
``fos_nem`` first name, ``las_nem`` surname, ``imel`` e-mail, ``fon_nomba`` phone number,
``paswod`` password, ``bon_de`` birth date, ``trayb`` ethnic group, ``relijon`` religion,
``mared_to`` married to, ``memba_nomba`` member number, ``ol_granpa_dem`` the ancestors,
``kontribyushon`` contribution, ``pement`` payment, ``moni`` amount, ``mobail_moni`` mobile-money
wallet, ``tin_dem`` items, ``ples`` place, ``tong`` town, ``adres`` address, ``mesej`` message,
``pikcho`` photo, ``grev_yad`` graveyard, ``pul_na_do`` a naming ceremony, ``mitin`` meeting,
``vot`` vote, ``fen`` search, ``pikin`` child, ``mama``/``papa``): sign-up, log-in, ``/mi``, the
family tree, Abigail added to the tree, the awujoh registration with the names of the ancestors,
its payment, food pledges (msgpack), a check-in at the Bo house, the graves cleaned, an album
photo, a family message, the member record by number in the path, a cousin's naming ceremony,
minutes, a vote, dues, a receipt by cookie, a search, linking her number (base64 JSON in a form
field), push, events."""

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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families219_kit import (
    BO_HOUSE,
    BO_HOUSE_AT,
    CUR,
    DAUGHTER,
    FAMILY_SOC,
    FT_HOME_AT,
    GRAVE_AT,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families219_sdk import (
    bs_bid,
    kk_crash,
    kk_crumb,
    lk_batch,
    lk_identify,
    tp_event,
    tp_launch,
)
from eval_families219_svc import ck_save, hb_message, ln_card, ln_confirm, mb_route, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("awujoh", "Awujoh Famili", "com.example.awujohfamili", "1.8.2",
          "https://api.awujohfamili.example.org")
IID = "X-Awujoh-Divays"
PW = "Granpa$Josiah1926"
DOB_KRI = "17/05/1991"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
ANCESTORS = ["Josiah Adeyemi Macauley", "Hannah Macauley", "Samuel Olu Macauley"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kri=True, **kw)


def awujoh() -> list[Case]:
    rng = random.Random(21901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), memba=L(MEMBER, UID),
                                    sosayti=FAMILY_SOC["id"]))}
    bla, blo = fix(BO_HOUSE_AT, 4)
    gla, glo = fix((GRAVE_AT[0] + 0.000041, GRAVE_AT[1] - 0.000022), 5)
    feast = obj(rng, "aw")
    member = at_path(case(f, f"{a}/api/v1/memba/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/rejista", headers=_h(rng), body={
            "fos_nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "fon_nomba": L(E164, TEL), "paswod": L(PW, CRED), "bon_de": L(DOB_KRI, BIRTH),
            "mared_to": {"nem": L(HUSBAND[0], NAMEC), "fon_nomba": L(HUSBAND[1], TEL)},
            "trayb": L("Krio (bai mared)", SENS), "relijon": L("Metodis", SENS),
            "sosayti": FAMILY_SOC["id"], "memba_nomba": L(MEMBER, UID), "gri_wit_rul": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "paswod": L(PW, CRED), "mem_mi": "1"}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/famili/{FAMILY_SOC['id']}/tri", headers=_h(rng, **b),
             query={"jenereshon": "5", "memba": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/famili/tri/pikin", headers=_h(rng, **b), body={
            "fos_nem": L(DAUGHTER["first"], NAMEC), "las_nem": L(DAUGHTER["last"], NAMEC),
            "bon_de": L("12/06/2018", BIRTH), "seks": L(DAUGHTER["sex"], GENDER),
            "mama": L(f"{FIRST} {LAST}", NAMEC), "papa": L(HUSBAND[0], NAMEC),
            "trayb": L("Krio", SENS), "baptays": L("Wesley Methodist Church, Freetown", SENS),
            "memba_nomba": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/awujo", headers=_h(rng, **b), body={
            "awujo": feast, "de": "2026-03-14", "tong": L(BO_HOUSE["town"], COARSE),
            "adres": L(BO_HOUSE["line"], ADDR), "kain": L("awujo fo ol granpa dem", SENS),
            "ol_granpa_dem": [L(n, NAMEC) for n in ANCESTORS],
            "pipul": 3, "kontribyushon": L(750, BUY), "memba_nomba": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/pement", fmt="form", headers=_h(rng, **b), body={
            "awujo": feast, "moni": L("750.00", BUY), "kurensi": CUR,
            "mobail_moni": L(WALLET, TEL), "metod": L(opaque(rng, "pm_", 24), PAY),
            "refrens": rid(rng)}),
        case(f, f"{a}/api/v1/awujo/{feast}/tin_dem", fmt="msgpack", headers=_h(rng, **b), body={
            "memba_nomba": L(MEMBER, UID),
            "tin_dem": [{"tin": "akara", "kwantiti": 60}, {"tin": "agidi", "kwantiti": 40},
                        {"tin": "fray fish", "kwantiti": 30}, {"tin": "pap", "bokit": 2}],
            "nota": L("A go bring di akara an di pap Fraide nit", TEXT)}),
        case(f, f"{a}/api/v1/awujo/{feast}/chekin", headers=_h(rng, **b), body={
            "ples": {"lat": bla, "lon": blo, "akyurasi": 14},
            "memba_nomba": L(MEMBER, UID), "chekin_id": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/grev_yad/klin", headers=_h(rng, **b), body={
            "grev_yad": "gy_bo_01", "grev": {"lat": GRAVE_AT[0], "lon": GRAVE_AT[1]},
            "mi_ples": {"lat": gla, "lon": glo}, "de": "2026-03-13",
            "nem_pan_grev": L(ANCESTORS[0], NAMEC), "wok": "klin an pent"}),
        multipart(f, f"{a}/api/v1/album", [
            ("pikcho", "awujo_tebul.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "album": "awujo-2026",
                "kapshon": L("Di awujo tebul fo Granpa Josiah, wi ol bin de na Bo",
                             f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mesej", headers=_h(rng, **b), body={
            "grup": "famili_ol", "mesej": L(
                "Una ol kam erli Satide. Mama Christiana Macauley se una mos bring white klos "
                "fo di grev yad", f"{TEXT}|{SENS}|{NAMEC}")}),
        member,
        case(f, f"{a}/api/v1/pul_na_do", headers=_h(rng, **b), body={
            "pikin_nem": "Oluwaseun", "mama_en_papa": [L("Yetunde Macauley-Cole", NAMEC),
                                                      L("Ibrahim Cole", NAMEC)],
            "de": "2026-04-02", "kontribyushon": L(200, BUY),
            "mesej": L("God bless di pikin, wi go de de", TEXT)}),
        case(f, f"{a}/api/v1/mitin", headers=_h(rng, **b), query={
            "sosayti": FAMILY_SOC["id"], "mont": "2026-02"}),
        case(f, f"{a}/api/v1/vot", fmt="form", headers=_h(rng, **b), body={
            "eleshon": "chiaman_2026", "kandidet": "cd_0193", "memba_nomba": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "memba_nomba": L(MEMBER, UID), "ia": "2026", "moni": L("300", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/resit/las", headers=_h(rng, how="none"), cookies={
            "aw_seshon": L(opaque(rng, "", 40), CRED), "aw_divays": L(INSTALL_ID, DID),
            "aw_req": rid(rng)}),
        case(f, f"{a}/api/v1/fen", headers=_h(rng, **b), query={
            "fen": L("granpa Josiah Macauley we i bon", f"{SEARCH}|{NAMEC}"), "pej": "1"}),
        case(f, f"{a}/api/v1/memba/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"memba_nomba": L(MEMBER, UID), "fon_nomba": L(WALLET, TEL),
                       "bon_de": L(DOB_KRI, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/divays", headers=_h(rng, **b),
             body=push(push_token(rng), "kri_SL", krio=True)),
        case(f, f"{a}/api/v1/ivent", gz=True, headers=_h(rng, **b), body={
            "yuza": L(USER_ID, UID), "ivent_dem": [
                ev("awujo_rejista", 1), ev("pement", 2, moni=L(750, BUY)),
                ev("skrin", 3, skrin=L("FamiliTri", USAGE))]}),
        case(f, f"{a}/api/v1/logaut", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "divays": L(INSTALL_ID, DID)}),
    ]


def awujoh_sdks() -> list[Case]:
    rng = random.Random(21902)
    return [
        lk_batch(APP, rng, [("Awujoh Registered", {"total": L(750, BUY)}),
                            ("Family Tree Opened", {"generations": 5})],
                 at=BO_HOUSE_AT, nd=2, locale="kri_SL"),
        lk_identify(APP, rng, {"trayb": L("Krio", SENS), "tong": L("Bo", COARSE),
                               "memba_nomba": L(MEMBER, UID), "sosayti": FAMILY_SOC["id"]}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "contribution", {"kain": L("awujo", SENS)}, revenue=750.0,
                 currency=CUR),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="family,events,catering"),
        kk_crash(APP, rng, ("java.lang.OutOfMemoryError", "tree render"),
                 [kk_crumb("nav", "Om -> FamiliTri"), kk_crumb("tap", "expand_generation")],
                 screen="FamiliTriActivity"),
        pp_register(APP, rng, lang="kri", at=FT_HOME_AT, nd=2,
                    tags={"trayb_grup": L("krio", SENS), "sosayti": FAMILY_SOC["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        ln_card(APP, rng),
        ln_confirm(APP, rng, "750.00", "sle"),
        mb_route(APP, rng, [(FT_HOME_AT, PRECISE), (BO_HOUSE_AT, PRECISE)]),
        hb_message(APP, rng, L(f"Mi awujo pement no sho yet, na {MOTHER_IL[0]} in os",
                               f"{TEXT}|{SENS}|{NAMEC}"), {"memba_nomba": L(MEMBER, UID)}),
    ]
