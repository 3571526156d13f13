"""A Kitwe copper workshop's commissions app "Fyamukuba" (``fya mukuba`` things of copper: a
fictional coppersmiths' workshop that takes orders for engraved plates, bangles and bowls; she
commissions a family nameplate for the Kasama house, bangles for herself and her daughter and a
bowl for her sister in Ohio). Keys Bemba in ASCII with the English words shop APIs keep:
``ishina`` name, ``ishina_lyalupwa`` surname, ``foni`` phone, ``inkama`` password, ``itauni``
town, ``ifyakupanga`` works (lit. "things to make"), ``ukupanga`` commission, ``ifyakulemba``
text to engrave, ``ubukulu`` size, ``icikope`` picture, ``indalama`` amount, ``ukulipila``
payment, ``ukutwala`` delivery, ``uwakupoka`` receiver, ``apo_wikala`` address, ``amamaki``
rating, ``ubukombe`` message, ``ukufwaya`` search, ``incende`` place, ``icibombelo`` device,
``ifyacitika`` events. Calls: sign-up, log-in, ``/nebo``, the catalogue, a commission (the
engraving names the family), her sketch, the deposit, bangle sizes (msgpack: her and her
daughter's wrists), the workshop visit, a protobuf progress poll, a message to the smith, the
commission by number in the path, delivery to their house, a gift shipped to her sister, a
review, a search, points by cookie, a context header (base64 JSON), push, events, a log-out."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families261_kit import (
    COMMISSION,
    HUSBAND,
    KT_HOME,
    KT_HOME_AT,
    SISTER_US,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    push,
)
from eval_families261_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families261_svc import cl_card, cl_confirm, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("fyamukuba", "Fyamukuba", "com.example.fyamukuba", "2.2.0",
          "https://api.fyamukuba.example.net")
IID = "X-FMK-Device"
PW = "Mukuba$Kitwe2025"
FIT = "health.fitness"
PRECISE = "location.precise"
SISTER_ADDR = "418 Brown Street, Dayton, OH 45409"  # typed by her (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fyamukuba() -> list[Case]:
    rng = random.Random(26151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), foni=L(E164, TEL)))}
    wla, wlo = fix(WORKSHOP_FIX)
    lab: dict[str, str] = {}
    prog = pb([(1, L(COMMISSION, BUY)), (2, "stage_engraving"), (3, 65),
               (4, WORKSHOP["id"])], "", lab)
    order = at_path(case(f, f"{a}/api/ukupanga/{COMMISSION}", headers=_h(rng, **b)),
                    COMMISSION, BUY)
    ctx = {"X-FMK-Ctx": W({"umwina": L(USER_ID, UID), "itauni": L("Kitwe", COARSE),
                           "ululimi": L("en", DEV)}, "b64json")}
    return [
        case(f, f"{a}/api/ukulembesha", headers=_h(rng), body={
            "ishina": L(FIRST, NAMEC), "ishina_lyalupwa": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "foni": L(NATIONAL, TEL), "inkama": L(PW, CRED),
            "itauni": L(KT_HOME["town"], COARSE), "newsletter": False}),
        case(f, f"{a}/api/ukwingila", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "inkama": L(PW, CRED), "icibombelo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/nebo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ifyakupanga", headers=_h(rng, **b, extra=ctx), query={
            "umusango": "nameplate", "ibula": "1"}),
        case(f, f"{a}/api/ukupanga", headers=_h(rng, **b), body={
            "ukupanga": L(COMMISSION, BUY), "icintu": "nameplate_oval",
            "ubukulu": {"cm_w": 30, "cm_h": 18},
            "ifyakulemba": L("Ing'anda ya ba Mulenga: Bwalya, Jane na Chileshe",
                             f"{TEXT}|{NAMEC}"),
            "indalama": L(1450, BUY), "ukupwa": "2026-01-20"}),
        multipart(f, f"{a}/api/ukupanga/{COMMISSION}/icikope", [
            ("icikope", "sketch_nameplate.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "ubukombe": L("Mulembe mu mulembo wa kale, ne ng'wena panshi", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ukulipila", fmt="form", headers=_h(rng, **b), body={
            "ukupanga": L(COMMISSION, BUY), "indalama": L("725.00", BUY), "ndalama": "ZMW",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/ukupanga/{COMMISSION}/bangles", fmt="msgpack", headers=_h(rng, **b),
             body={"ifintu": [{"umwine": "ine", "ubukulu_bwa_kuboko_cm": L(16.5, FIT)},
                              {"umwine": "umwana", "ubukulu_bwa_kuboko_cm": L(12.0, FIT)}],
                   "indalama": L(520, BUY)}),
        case(f, f"{a}/api/ukutandala", headers=_h(rng, **b), body={
            "ukupanga": L(COMMISSION, BUY), "incende": {"lat": wla, "lng": wlo, "acc": 6},
            "workshop": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"],
                         "foni": WORKSHOP["phone"]}}),
        raw(f, f"{a}/api/ukupanga/progress", prog, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ilyashi", headers=_h(rng, **b), body={
            "ku": "smith_desk", "ukupanga": L(COMMISSION, BUY),
            "ubukombe": L("Ba shikulu, kuti mwalundapo akang'wena akanono pa kona?", TEXT)}),
        order,
        case(f, f"{a}/api/ukutwala", headers=_h(rng, **b), body={
            "ukupanga": L(COMMISSION, BUY), "apo_wikala": L(KT_HOME["line"], ADDR),
            "area": L(KT_HOME["area"], COARSE), "itauni": L(KT_HOME["town"], COARSE),
            "uwakupoka": {"ishina": L(HUSBAND[0], NAMEC), "foni": L(HUSBAND[1], TEL)},
            "indalama": L(60, BUY)}),
        case(f, f"{a}/api/icabupe", headers=_h(rng, **b), body={
            "icintu": "bowl_engraved_small", "indalama": L(980, BUY),
            "uwakupoka": {"ishina": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL),
                          "apo_wikala": L(SISTER_ADDR, ADDR)},
            "ubukombe": L("Sarah, this is Kitwe copper for your new kitchen! Love, Jane",
                          f"{TEXT}")}),
        case(f, f"{a}/api/amamaki", fmt="form", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "amamaki": "5",
            "ubukombe": L("Umulimo uwasuma, bacilama icine icine", TEXT)}),
        case(f, f"{a}/api/ukufwaya", headers=_h(rng, **b), query={
            "q": L("copper bowl with crocodile engraving", SEARCH)}),
        case(f, f"{a}/api/amapointi", headers=_h(rng, how="none"), cookies={
            "fmk_session": L(opaque(rng, "", 40), CRED), "fmk_device": L(INSTALL_ID, DID),
            "fmk_req": rid(rng)}),
        case(f, f"{a}/api/icibombelo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ifyacitika", gz=True, headers=_h(rng, **b), body={
            "umwina": L(USER_ID, UID), "ifyacitika": [
                ev("ukupanga", 1, indalama=L(1450, BUY)),
                ev("screen", 2, screen=L("Progress", USAGE))]}),
        case(f, f"{a}/api/ukufuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def fyamukuba_sdks() -> list[Case]:
    rng = random.Random(26152)
    link = U("https://fyamukuba.example.net/c", {"ukupanga": L(COMMISSION, BUY),
                                                 "ref": "sms", "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Commission Placed", {"total": L(1450, BUY)}),
                            ("Sketch Uploaded", {})], at=WORKSHOP_FIX, nd=3),
        mc_identify(APP, rng, {"itauni": L("Kitwe", COARSE), "commissions": 1}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"ukupanga": L(COMMISSION, BUY)}, revenue=1450.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=WORKSHOP_FIX, nd=2,
               keywords="copper,crafts,gifts"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=733),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "725.00"),
        mm_route(APP, rng, [(KT_HOME_AT, PRECISE),
                            ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        mm_telemetry(APP, rng, [WORKSHOP_FIX, KT_HOME_AT], PRECISE),
    ]
