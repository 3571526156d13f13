"""A well-diggers' app "Kolonbe" (a Selibaby family firm digs hand-dug, concrete-ringed wells; she
orders one for the compound's yard; ouguiya prices; its API's keys are Soninke with loans:
``toxo`` first name, ``kabila_toxo`` surname, ``imeeli``, ``telefoni``, ``sirru`` password,
``ka`` compound (street line), ``kartiye`` quarter, ``debe`` town, ``jamaane`` country,
``dingira`` place, ``kolon`` well, ``metere`` depth, ``buse`` concrete rings, ``devi`` quote,
``kontra`` contract, ``santiye`` site, ``avans`` deposit, ``tranche`` instalment, ``xaalisi``
amount, ``sara`` payment, ``resu`` receipt, ``ji`` water, ``foto``, ``xibaare`` message,
``noti`` rating, ``komanter`` remark, ``garanti`` warranty, ``livere`` delivery, ``kiye`` day,
``aparey`` device): sign-up, a log-in, ``/ndi``, a quote with the yard's pin, the site by
contract number in the path, the contract (her passport, her husband as site contact), the
deposit, a progress photo, her check-in at the well, the progress by query, a message to the
crew, materials (msgpack), a water test, the second instalment by her sister-in-law's wallet,
receipts by cookie, a review, the warranty, a hand pump, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families270_kit import (
    DIGGERS,
    FIL,
    HUSBAND,
    PASSPORT,
    SB_HOME,
    SB_HOME_AT,
    SIL,
    TZ_MR,
    WELL_AT,
    WELL_JOB,
    fix,
    hd,
    obj,
    push,
)
from eval_families270_sdk import (
    db_bid,
    db_notice,
    jt_event,
    jt_launch,
    tk_batch,
    tk_identify,
    wc_session,
)
from eval_families270_svc import bc_attach, km_route, xl_card, xl_confirm, xp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kolonbe", "Kolonbe", "com.example.kolonbe", "1.1.7", "https://api.kolonbe.example.com")
IID = "X-Kolonbe-Aparey"
PW = "Kolon!Selibaby26"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kolonbe() -> list[Case]:
    rng = random.Random(27061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeeli=L(EMAIL, MAIL), telefoni=L(E164, TEL)))}
    wla, wlo = fix(WELL_AT)
    site = at_path(case(f, f"{a}/v1/santiye/{WELL_JOB}", headers=_h(rng, **b)), WELL_JOB, BUY)
    return [
        case(f, f"{a}/v1/sere", headers=_h(rng), body={
            "toxo": L(FIRST, NAMEC), "kabila_toxo": L(LAST, NAMEC), "imeeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "sirru": L(PW, CRED), "debe": L("Selibaby", COARSE)}),
        case(f, f"{a}/v1/sere/login", fmt="form", headers=_h(rng), body={
            "imeeli": L(EMAIL_UPPER, MAIL), "sirru": L(PW, CRED)}),
        case(f, f"{a}/v1/ndi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/devi", headers=_h(rng, **b), body={
            "ka": L(SB_HOME["line"], ADDR), "kartiye": L(SB_HOME["area"], COARSE),
            "debe": L(SB_HOME["town"], COARSE), "jamaane": L("MR", COARSE),
            "dingira": {"lat": wla, "lon": wlo}, "metere": 18, "buse": 18,
            "soil": "laterite", "acces_camion": True}),
        site,
        case(f, f"{a}/v1/kontra", headers=_h(rng, **b), body={
            "kontra": L(WELL_JOB, BUY), "devi": obj(rng, "dv"), "xaalisi": L(145000, BUY),
            "avans": L(50000, BUY), "devise": "MRU", "toxo": L(f"{FIRST} {LAST}", NAMEC),
            "paspor": L(PASSPORT, NID),
            "santiye_contact": {"toxo": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "firm": DIGGERS["id"]}),
        case(f, f"{a}/v1/sara", fmt="form", headers=_h(rng, **b), body={
            "kontra": L(WELL_JOB, BUY), "xaalisi": L("50000", BUY), "devise": "MRU",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "karti_laban": L("4444", PAY)}),
        multipart(f, f"{a}/v1/santiye/foto", [
            ("foto", "kolon_9m.jpg", "image/jpeg", L(JPEG + b"\x09", MEDIA)),
            ("meta", None, "application/json", {"kontra": L(WELL_JOB, BUY), "metere": 9})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/santiye/check_in", headers=_h(rng, **b), body={
            "kontra": L(WELL_JOB, BUY), "dingira": {"lat": wla, "lon": wlo, "acc": 5},
            "firm": {"id": DIGGERS["id"], "lat": DIGGERS["lat"], "lon": DIGGERS["lon"]}}),
        case(f, f"{a}/v1/santiye/progress", headers=_h(rng, **b), query={
            "kontra": L(WELL_JOB, BUY), "since": "2026-02-01"}),
        case(f, f"{a}/v1/xibaare", headers=_h(rng, **b), body={
            "to": "chef_chantier_pz044",
            "xibaare": L("The rings arrive on Thursday. My father-in-law will be in the yard, "
                         "please stop digging at 18:00", TEXT)}),
        case(f, f"{a}/v1/materiel", fmt="msgpack", headers=_h(rng, **b), body={
            "kontra": L(WELL_JOB, BUY),
            "lines": [{"item": "ciment_50kg", "qty": 40, "price": 450},
                      {"item": "buse_140", "qty": 18, "price": 2200}],
            "xaalisi": L(57600, BUY), "livere": L(SB_HOME["line"], ADDR)}),
        case(f, f"{a}/v1/ji/test", headers=_h(rng, **b), body={
            "kolon": obj(rng, "kl"), "kontra": L(WELL_JOB, BUY), "nitrate_mg_l": 38,
            "turbidite_ntu": 4.1, "ph": 7.2,
            "contact": {"toxo": L(f"{FIRST} {LAST}", NAMEC), "telefoni": L(E164, TEL)}}),
        case(f, f"{a}/v1/sara/tranche", headers=_h(rng, **b), body={
            "kontra": L(WELL_JOB, BUY), "tranche": 2, "xaalisi": L(50000, BUY),
            "wallet": {"toxo": L(SIL[0], NAMEC), "telefoni": L(SIL[1], TEL)}}),
        case(f, f"{a}/v1/resu", headers=_h(rng, how="none"), cookies={
            "kb_sesiyon": L(opaque(rng, "", 40), CRED), "kb_aparey": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/v1/noti", fmt="form", headers=_h(rng, **b), body={
            "firm": DIGGERS["id"], "noti": "5",
            "komanter": L("Water at 17 metres, clean, the crew cleaned the yard after", TEXT)}),
        case(f, f"{a}/v1/garanti", headers=_h(rng, **b), body={
            "kontra": L(WELL_JOB, BUY), "toxo": L(FIL["name"], NAMEC),
            "ka": L(SB_HOME["line"], ADDR), "telefoni": L(FIL["phone"], TEL), "years": 5}),
        case(f, f"{a}/v1/pompe", fmt="form", headers=_h(rng, **b), body={
            "kontra": L(WELL_JOB, BUY), "option": "pompe_manuelle_india", "xaalisi": L("38000",
                                                                                        BUY)}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b),
             body=push(push_token(rng), "en_MR", TZ_MR)),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "sere": L(USER_ID, UID), "events": [
                ev("contract_signed", 1), ev("screen", 2, screen=L("Santiye", USAGE))]}),
        case(f, f"{a}/v1/sere/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kolonbe_sdks() -> list[Case]:
    rng = random.Random(27062)
    return [
        tk_batch(APP, rng, [("Contract Signed", {"total": L(145000, BUY)}),
                            ("Photo Viewed", {"depth": 9})], at=WELL_AT, nd=2),
        tk_identify(APP, rng, {"debe": L("Selibaby", COARSE), "jamaane": L("MR", COARSE)}),
        jt_launch(APP, rng, first=True),
        jt_event(APP, rng, "contract_signed", {"kontra": L(WELL_JOB, BUY)}, revenue=145000.0,
                 currency="MRU"),
        db_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=SB_HOME_AT, nd=3,
               keywords="well,water,construction"),
        db_notice(APP, rng, "win"),
        wc_session(APP, rng, secs=522),
        xp_register(APP, rng, tags={"kontra_state": "digging"}),
        xl_card(APP, rng),
        xl_confirm(APP, rng, "50000", "mru"),
        km_route(APP, rng, [((DIGGERS["lat"], DIGGERS["lon"]), None), (WELL_AT, PRECISE)]),
        bc_attach(APP, rng, L(JPEG + b"\x0b", MEDIA), "buse_fissure.jpg", "image/jpeg"),
    ]
