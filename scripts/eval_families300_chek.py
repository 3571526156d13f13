"""A bank's post-dated cheque registry app "Chekyar" (the fictional Bank Sepidrud: in Iran a cheque
is registered by its issuer in a central registry and confirmed by its payee before it can be
cashed; its API's keys are Gilaki with the banking loans a Rasht developer keeps: ``nam`` name,
``famil`` surname, ``mobail`` mobile, ``ramz`` password, ``ramze_dovom`` second (one-time)
password, ``tavallode_ruz`` birth date, ``kode_atba`` foreign national's ID, ``gozarname``
passport, ``mushtari`` customer, ``hesabe_nomre`` account number, ``sheba`` IBAN, ``shobe``
branch, ``chek`` cheque, ``shenase`` registry ID, ``sar_resid`` due date, ``girande`` payee,
``sader`` drawer, ``kode_melli`` national code, ``mablagh`` amount, ``tozih`` description,
``gharardad`` lease, ``kode_rahgiri`` tracking code, ``khane_neshani`` home address,
``kode_posti`` post code, ``nobat`` queue ticket, ``gab`` message, ``arz`` / ``tul``
latitude / longitude, ``gardesh`` statement): registration with her foreign national's ID and
passport, a log-in with a one-time code, ``/mi``, her cheque books, a cheque registered to her
landlord for the rent deposit, a cheque received from her brother-in-law confirmed, her cheque's
status by its ID in the path, an inquiry on a cheque by the drawer's national code, a dynamic
card password, a rent transfer to the landlord's IBAN, the cheque's photo, the lease's tracking
code, a statement request (msgpack), a protobuf session beat with her fix, a branch queue
ticket, branches near her flat, a message to the bank, a preferences cookie (base64 JSON), push,
events and a log-out. No ads."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families300_kit import (
    ACCOUNT,
    BRANCH,
    CHEQUE,
    FIDA,
    HOME,
    HOME_AT,
    HUSBAND,
    IR_SHEBA,
    LANDLORD,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families300_sdk import ab_launch, cs_session, mv_batch, mv_queue
from eval_families300_svc import cg_check, fk_eval, hc_attach, md_geocode, pb_wallet, ps_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("chekyar", "Chekyar", "com.example.chekyar", "5.4.0", "https://api.chekyar.example.net")
IID = "X-Chekyar-Device"
NID = "personal.national_id"
CUSTOMER = "SP-00918274"  # her customer number at the bank (id.user)
LANDLORD_SHEBA = "IR350570011180009913642001"  # the landlord's IBAN, typed by her (payment)
BROTHER_IL = ("Siamak Golshani", "0384127705")  # her brother-in-law, a cheque's drawer
IN_CHEQUE = "1456020017719043"  # the cheque he gave her (financial.payment)
LEASE = "L-2718-4409-63"  # the lease's tracking code at the estate agent (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def chekyar() -> list[Case]:
    rng = random.Random(30021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mushtari=L(CUSTOMER, UID), kode_atba=L(FIDA, NID),
                                    mobail=L(E164, TEL)))}
    bla, blo = fix(HOME_AT, 3)
    qla, qlo = fix((37.300703, 49.589571), 5)  # her fix at the branch's counter
    lab: dict[str, str] = {}
    beat = pb([(1, L(CUSTOMER, UID)), (2, 1766050000), (3, [(1, bla), (2, blo)]),
               (4, L(False, DEV)), (5, L(63, DEV)), (6, "5.4.0")], "", lab)
    status = at_path(case(f, f"{a}/v2/chek/{CHEQUE}/vaziyat", headers=_h(rng, **b)), CHEQUE,
                     PAY)
    return [
        case(f, f"{a}/v2/mushtari/sabtenam", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "famil": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "tavallode_ruz": L(DOB, BIRTH), "kode_atba": L(FIDA, NID),
            "gozarname": L(PASSPORT, NID), "tabeiyat": "USA", "hesabe_nomre": L(ACCOUNT, PAY),
            "shobe": BRANCH["id"], "khane_neshani": L(HOME["line"], ADDR),
            "kode_posti": L(HOME["post"], COARSE), "shahr": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v2/vorud", fmt="form", headers=_h(rng), body={
            "mobail": L(NATIONAL, TEL), "ramz": L("Sepid!rud1404", CRED),
            "kod": L("557190", CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/chek/daste", headers=_h(rng, **b), query={
            "hesab": L(ACCOUNT, PAY), "vaziyat": "faal"}),
        case(f, f"{a}/v2/chek/sabt", headers=_h(rng, **b), body={
            "shenase": L(CHEQUE, PAY), "hesab": L(ACCOUNT, PAY), "mablagh": L(800000000, BUY),
            "sar_resid": "1404/12/25",
            "girande": {"nam": L(LANDLORD[0], NAMEC), "kode_melli": L(LANDLORD[2], NID),
                        "mobail": L(LANDLORD[1], TEL)},
            "babat": "vadie", "tozih": L("Vadie-ye ejare-ye khane, yek sal", TEXT)}),
        case(f, f"{a}/v2/chek/tayid", fmt="form", headers=_h(rng, **b), body={
            "shenase": L(IN_CHEQUE, PAY), "sader_nam": L(BROTHER_IL[0], NAMEC),
            "mablagh": L("150000000", BUY), "tayid": "1", "mushtari": L(CUSTOMER, UID)}),
        status,
        case(f, f"{a}/v2/chek/estelam", headers=_h(rng, **b), query={
            "shenase": L(IN_CHEQUE, PAY), "kode_melli": L(BROTHER_IL[1], NID)}),
        case(f, f"{a}/v2/kart/ramze_dovom", fmt="form", headers=_h(rng, **b), body={
            "kart": L("5555555555554444", PAY), "mobail": L(E164, TEL)}),
        case(f, f"{a}/v2/enteghal/paya", headers=_h(rng, **b), body={
            "mabda": L(IR_SHEBA, PAY), "maghsad": L(LANDLORD_SHEBA, PAY),
            "maghsade_nam": L(LANDLORD[0], NAMEC), "mablagh": L(180000000, BUY),
            "tozih": L("Ejare-ye azar mah, vahed 6", TEXT), "ramze_dovom": L("90177315", CRED),
            "peygiri": rid(rng)}),
        multipart(f, f"{a}/v2/chek/aks", [
            ("aks", "chek_vadie.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"shenase": L(CHEQUE, PAY), "ru": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/gharardad", headers=_h(rng, **b), body={
            "kode_rahgiri": L(LEASE, BUY), "chek": L(CHEQUE, PAY),
            "khane_neshani": L(HOME["line"], ADDR), "kode_posti": L(HOME["post"], COARSE),
            "mojer": L(LANDLORD[0], NAMEC), "vadie": L(800000000, BUY),
            "ejare": L(180000000, BUY)}),
        case(f, f"{a}/v2/gardesh", fmt="msgpack", headers=_h(rng, **b), body={
            "hesab": L(ACCOUNT, PAY), "az": "1404/07/01", "ta": "1404/09/30", "format": "pdf",
            "mushtari": L(CUSTOMER, UID)}),
        raw(f, f"{a}/v2/session/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/shobe/nobat", headers=_h(rng, **b), body={
            "shobe": BRANCH["id"], "khedmat": "daste_chek", "ja": {"arz": qla, "tul": qlo},
            "shobe_ja": {"arz": BRANCH["lat"], "tul": BRANCH["lon"]},
            "mushtari": L(CUSTOMER, UID)}),
        case(f, f"{a}/v2/shobeha", headers=_h(rng, **b), query={
            "arz": L(f"{HOME_AT[0]:.2f}", COARSE), "tul": L(f"{HOME_AT[1]:.2f}", COARSE),
            "baz": "true"}),
        case(f, f"{a}/v2/gab", headers=_h(rng, **b), body={
            "mozu": "chek", "shenase": L(CHEQUE, PAY),
            "gab": L("Mi shuhar Kourosh Golshani (+989115550182) be jaye man chek-a tahvil gire",
                     f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/mi/tanzimat", headers=_h(rng, **b), cookies={
            "cy_sess": L(opaque(rng, "", 40), CRED),
            "cy_pref": W({"mushtari": L(CUSTOMER, UID), "zaban": L("fa", DEV),
                          "tem": "tire"}, "b64json")}),
        case(f, f"{a}/v2/mi/hamrah", headers=_h(rng, **b), body={
            "nam": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL), "nesbat": "shuhar",
            "dastresi": "faghat_didan"}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("chek_sabt", 1), ev("safhe", 2, safhe=L("ChekhayeMan", USAGE))]}),
        case(f, f"{a}/v2/khoruj", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": obj(rng, "dv")}),
    ]


def chekyar_sdks() -> list[Case]:
    rng = random.Random(30022)
    return [
        mv_batch(APP, rng, [("Cheque Registered", {"amount": L(800000000, BUY)}),
                            ("Transfer Sent", {"amount": L(180000000, BUY)})], locale="fa_IR"),
        mv_queue(APP, rng, [("Statement Requested", {"months": 3}),
                            ("Branch Ticket", {"branch": BRANCH["id"]})]),
        ab_launch(APP, rng, first=True, user=True),
        cs_session(APP, rng, secs=388),
        fk_eval(APP, rng, {"segment": "foreign_resident", "branch": BRANCH["id"]}, hdr=True),
        ps_register(APP, rng, lang="fa", tags={"branch": BRANCH["id"]}),
        cg_check(APP, rng, {"analytics": True, "marketing": False}),
        md_geocode(APP, rng, "Bank Sepidrud Golsar", "behavior.search", near=HOME_AT, nd=2),
        hc_attach(APP, rng, L(JPEG + b"\x53", MEDIA), "chek_zakhmi.jpg", "image/jpeg"),
        pb_wallet(APP, rng, "20000000", L(E164, TEL)),
    ]
