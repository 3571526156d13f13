"""A Brikama women's kafo (association) app "Kafo Kendeh" (the women's kafo of Kabafita ward, her
husband's family's ward; its API's keys are Mandinka in ASCII: ``too`` first name, ``kontong``
surname, ``telefoon`` phone, ``imeel`` e-mail, ``gundo`` password (lit. "secret"),
``wulu_lungo`` birth date, ``suwo`` compound (street line), ``saatee`` town, ``kabilo`` ward,
``diinoo`` religion, ``siyo`` ethnic group, ``kee`` husband, ``mooko_nimero`` member number,
``kafo_kodoo`` dues, ``joo`` payment, ``kodoo`` amount, ``bengo`` meeting, ``dulaa`` place,
``sadaa`` alms, ``donkiloo`` song, ``faanoo`` cloth, ``sandu`` savings box, ``juloo`` loan,
``sababoo`` reason, ``kibaaroo`` message, ``safee`` writing, ``nyinin`` search, ``jaa`` photo,
``kango`` language): sign-up, an SMS code, ``/nna``, the dues, a meeting attendance with her fix at
the bantaba, the Gamo (Mawlid) night contribution, the Sunkaro (Ramadan) alms, the Qur'an reading
circle, the kafo cloth order, the savings box, a loan request, the leader vote, the member list
search, the group chat, a naming-ceremony photo, her register entry by member number in the path,
receipts by cookie, push and events."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families265_kit import (
    BANTABA_FIX,
    BRIKAMA,
    HOME,
    HOME_AT,
    HUSBAND,
    KAFO,
    MEMBER,
    MOTHER_IL,
    fix,
    hd,
    obj,
)
from eval_families265_sdk import ct_crash, ct_crumb, mb_batch, mb_identify, mb_pixel, tk_event
from eval_families265_svc import ck_save, ha_message, mk_route, pd_card, pd_confirm, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kafokendeh", "Kafo Kendeh", "com.example.kafokendeh", "1.8.0",
          "https://api.kafokendeh.example.org")
IID = "X-Kafo-Telefoon"
PW = "Kabafita#2026"
DOB_MNK = "17/05/1991"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mnk=True, **kw)


def kafokendeh() -> list[Case]:
    rng = random.Random(26511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeel=L(EMAIL, MAIL), mooko_nimero=L(MEMBER, UID),
                                    kafo=KAFO["id"]))}
    bla, blo = fix(BANTABA_FIX, 5)
    reg = at_path(case(f, f"{a}/api/mookolu/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/konto/safee", headers=_h(rng), body={
            "too": L(FIRST, NAMEC), "kontong": L(LAST, NAMEC), "telefoon": L(E164, TEL),
            "imeel": L(EMAIL, MAIL), "gundo": L(PW, CRED), "wulu_lungo": L(DOB_MNK, BIRTH),
            "suwo": L(HOME["line"], ADDR), "saatee": L(HOME["town"], COARSE),
            "kabilo": L(BRIKAMA["area"], COARSE), "diinoo": L("Silaamu", REL),
            "kee": {"too": L(HUSBAND[0], NAMEC), "telefoon": L(HUSBAND[1], TEL),
                    "siyo": L("Mandinka", REL)},
            "kafo": KAFO["id"], "mooko_nimero": L(MEMBER, UID), "kango": L("en", DEV)}),
        case(f, f"{a}/api/konto/kod", fmt="form", headers=_h(rng), body={
            "telefoon": L(E164, TEL), "kod": L("508213", CRED)}),
        case(f, f"{a}/api/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kafo_kodoo", fmt="form", headers=_h(rng, **b), body={
            "mooko_nimero": L(MEMBER, UID), "karoo": "2026-01", "kodoo": L("150", BUY),
            "joo": L(opaque(rng, "pm_", 24), PAY), "currency": "GMD"}),
        case(f, f"{a}/api/bengo/naa", headers=_h(rng, **b), body={
            "bengo": obj(rng, "bg"), "mooko_nimero": L(MEMBER, UID),
            "dulaa": {"lat": bla, "lon": blo, "accuracy": 9},
            "bantaba": {"lat": KAFO["lat"], "lon": KAFO["lon"]}}),
        case(f, f"{a}/api/gamo", headers=_h(rng, **b), body={
            "suutoo": L("Gamo 2026", REL), "taariki": "2026-08-25",
            "kodoo": L(500, BUY), "mooko_nimero": L(MEMBER, UID),
            "safee": L("I will come to the Gamo night with my daughter, we bring the attaya", f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/sadaa", fmt="form", headers=_h(rng, **b), body={
            "sadaa_kuu": L("sunkaro_mbuuri", REL), "mooko_siyaa": "5", "kodoo": L("375", BUY),
            "joo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/kurana/karang", headers=_h(rng, **b), body={
            "kuu": L("Kurana karang musolu", REL), "lungo": "alamisa", "waatoo": "20:00",
            "mooko_nimero": L(MEMBER, UID), "karamoo": "krm_ustaz_04"}),
        case(f, f"{a}/api/faanoo/komandi", headers=_h(rng, **b), body={
            "faanoo": "fn_tobaski_blue", "metiri": 6, "sango": L(1200, BUY),
            "mooko_nimero": L(MEMBER, UID),
            "safee": L("Please sew one for my daughter too, same blue", TEXT)}),
        case(f, f"{a}/api/sandu", headers=_h(rng, **b), query={
            "mooko_nimero": L(MEMBER, UID), "sanji": "2026"}),
        case(f, f"{a}/api/juloo", headers=_h(rng, **b), body={
            "mooko_nimero": L(MEMBER, UID), "kodoo": L(6000, BUY), "karoolu": 4,
            "sababoo": L("Fatoumata la karambung kodoo", f"{TEXT}|{NAMEC}"),
            "konto": L("0110204917012", PAY)}),
        case(f, f"{a}/api/woti", fmt="form", headers=_h(rng, **b), body={
            "woti": "kuntigi_2026", "sugandiroo": "cand_03", "mooko_nimero": L(MEMBER, UID)}),
        case(f, f"{a}/api/mookolu", headers=_h(rng, **b), query={
            "nyinin": L("Bojang", SEARCH), "kafo": KAFO["id"]}),
        case(f, f"{a}/api/kibaaroo", headers=_h(rng, **b), body={
            "kulu": "kafo_chat",
            "safee": L(f"My mother-in-law {MOTHER_IL[0]} will bring the bowls tomorrow, her number is "
                       f"{MOTHER_IL[1]}", f"{TEXT}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/api/jaa", [
            ("jaa", "kulliyo.jpg", "image/jpeg", L(JPEG + b"\x65", MEDIA)),
            ("meta", None, "application/json", {
                "kuu": "naming",
                "safee": L("Kulliyo Sanneh Kunda la, Brikama", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/donkiloo", headers=_h(rng, **b), query={
            "kafo": KAFO["id"], "kuu": "kulliyo"}),
        reg,
        case(f, f"{a}/api/resi/laban", headers=_h(rng, how="none"), cookies={
            "kk_sesoo": L(opaque(rng, "", 40), CRED), "kk_telefoon": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/api/telefoon", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "kango": L("mnk", DEV), "waati_dulaa": L("Africa/Banjul", DEV),
            "modeli": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "mooko": L(USER_ID, UID), "events": [
                ev("kodoo_joo", 1, kodoo=L(150, BUY)), ev("screen", 2, screen=L("Bengo", USAGE)),
                ev("gamo", 3, suutoo=L("Gamo 2026", REL))]}),
        case(f, f"{a}/api/konto/bo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "install_id": L(INSTALL_ID, DID)}),
    ]


def kafokendeh_sdks() -> list[Case]:
    rng = random.Random(26512)
    return [
        mb_batch(APP, rng, [("Dues Paid", {"amount": L(150, BUY)}),
                            ("Gamo Pledge", {"night": L("Gamo 2026", REL)})],
                 at=BANTABA_FIX, nd=2, locale="mnk_GM"),
        mb_identify(APP, rng, {"saatee": L("Brikama", COARSE), "kabilo": L("Kabafita", COARSE),
                               "mooko_nimero": L(MEMBER, UID), "diinoo": L("Silaamu", REL)}),
        mb_pixel(APP, rng, "Quran Circle Opened", {"day": "alamisa"}),
        tk_event(APP, rng, "donation", {"fund": L("sunkaro_mbuuri", REL)}, revenue=375.0),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "api/kafo_kodoo"),
                 [ct_crumb("nav", "Bengo -> Kodoo"), ct_crumb("tap", "joo_button")],
                 screen="KodooActivity"),
        pk_register(APP, rng, at=HOME_AT, nd=2, lang="mnk",
                    tags={"kafo": KAFO["id"], "gamo": L(True, REL)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        pd_card(APP, rng, email=True),
        pd_confirm(APP, rng, "150.00"),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((KAFO["lat"], KAFO["lon"]), None)],
                 mode="driving"),
        ha_message(APP, rng, L("My Gamo night receipt did not come", f"{TEXT}|{REL}"),
                   {"mooko_nimero": L(MEMBER, UID)}),
    ]

