"""Farm and packhouse workers' union app "Vatirhi" (vatirhi: workers; a Limpopo union of
farm and packhouse workers; she is a quality-control clerk at an avocado estate's packhouse near
Tzaneen and a member; its API's keys are Xitsonga: ``vito``/``xivongo`` names, ``riqingho``,
``imeyili``, ``xihundla`` password, ``nomboro_ya_id`` ID number, ``siku_ro_velekiwa`` birth
date, ``rimbewu`` sex, ``nhlangano`` union (lit. "association"), ``xirho`` member,
``nomboro_ya_xirho`` member number, ``muthori`` employer, ``nomboro_ya_mutirhi`` employee
number, ``xikhundlha`` position, ``mali_ya_xirho`` dues, ``muholo`` wage, ``xivilelo``
grievance, ``swikombiso`` symptoms, ``mirhi_ya_switsotswana`` pesticide, ``nhlengeletano``
meeting, ``vhota`` vote, ``nandzu`` case, ``ndyangu`` family, ``n'wana`` child, ``nhlamuselo``
description, ``rungula`` message, ``lava`` search): joining, an OAuth password grant, ``/mina``,
her membership by number in the path, a dues stop order (her account), a pay slip (PDF), a wage
grievance, a pesticide-rash report with a photo, a gate meeting with her fix, meetings, a strike
ballot (msgpack) and its protobuf receipt, legal aid, a message to the shop steward, a search,
funeral-benefit beneficiaries (husband, daughter), her address, the canteen Wi-Fi, statements by
cookie, push, events, a log-out. An earlier set's teachers' association ("Sikhyaka Sangha", dues and
a teachers' trade union) is the neighbour; this is a farmworkers' union with health-and-safety
grievances and a strike ballot."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families187_kit import (
    ADDR,
    BANK,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DAUGHTER,
    DEV,
    DID,
    ESTATE,
    GENDER,
    HOME,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    MEMBER,
    NAMEC,
    NID,
    PACK_FIX,
    PAY,
    SA_ID,
    SEARCH,
    SENS,
    STAFF,
    STEWARD,
    TEL,
    TEXT,
    UID,
    UNION,
    USAGE,
    WIFI,
    fix,
    hd,
    obj,
    push,
)
from eval_families187_sdk import ct_crash, ct_crumb, lz_launch, nm_batch, nm_identify
from eval_families187_svc import (
    cp_check,
    ft_eval,
    hp_message,
    ph_confirm,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vatirhi", "Vatirhi", "com.example.vatirhi", "5.0.2", "https://api.vatirhi.example.org")
IID = "X-Vatirhi-Device"
PW = "Avocado$Union25"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ts=True, **kw)


def vatirhi() -> list[Case]:
    rng = random.Random(18731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), xirho=L(MEMBER, SENS)))}
    pla, plo = fix(PACK_FIX, 5)
    lab: dict[str, str] = {}
    receipt = pb([(1, L(MEMBER, SENS)), (2, obj(rng, "bl")), (3, 1767168000),
                  (4, rid(rng))], "", lab)
    status = at_path(case(f, f"{a}/v1/swirho/{MEMBER}/xiyimo", headers=_h(rng, **b)),
                     MEMBER, SENS)
    return [
        case(f, f"{a}/v1/swirho", headers=_h(rng), body={
            "vito": L(FIRST, NAMEC), "xivongo": L(LAST, NAMEC), "riqingho": L(E164, TEL),
            "imeyili": L(EMAIL, MAIL), "xihundla": L(PW, CRED), "nomboro_ya_id": L(SA_ID, NID),
            "siku_ro_velekiwa": L(DOB, BIRTH), "rimbewu": L("wansati", GENDER),
            "muthori": ESTATE["name"], "nomboro_ya_mutirhi": L(STAFF, UID),
            "xikhundlha": "QC clerk", "nhlangano": L(UNION["name"], SENS),
            "nomboro_ya_xirho": L(MEMBER, SENS)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(E164, TEL), "password": L(PW, CRED),
            "client_id": "vatirhi-android"}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        status,
        case(f, f"{a}/v1/mali_ya_xirho/stop_order", headers=_h(rng, **b), body={
            "nomboro_ya_xirho": L(MEMBER, SENS), "nomboro_ya_akhawunti": L(BANK["account"], PAY),
            "khodi_ya_rhavi": BANK["branch"], "ntsengo": L(95, BUY),
            "khodi": L(f"UNION_DUES_{UNION['short']}", SENS), "siku_ra_nhweti": 25}),
        multipart(f, f"{a}/v1/muholo/xiviko", [
            ("xiviko", "payslip_2025_11.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"nhweti": "2025-11",
                                                "nomboro_ya_mutirhi": L(STAFF, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/swivilelo", headers=_h(rng, **b), body={
            "muxaka": "overtime", "muthori": ESTATE["id"], "nomboro_ya_xirho": L(MEMBER, SENS),
            "nhlamuselo": L("A va hi hakeli overtime ya Sonto ku sukela hi Ndzhati", TEXT),
            "xivilelo_id": obj(rng, "gr")}),
        case(f, f"{a}/v1/swivilelo/rihanyo", headers=_h(rng, **b), body={
            "swikombiso": [L("ku pfimba ka mavoko", MED), L("ku hisa ka mahlo", MED)],
            "mirhi_ya_switsotswana": L("organophosphate spray, block 12", MED),
            "dokodela": L(True, MED), "masiku_ya_ku_vabya": L(3, MED),
            "nhlamuselo": L("Ndzi khomiwe hi vuvabyi bya nhlonge endzhaku ka ku fafazeriwa ka "
                            "mirhi ekusuhi ni packhouse", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/swivilelo/xifaniso", [
            ("xifaniso", "mavoko.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"xivilelo": obj(rng, "gr")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nhlengeletano/ku_fika", headers=_h(rng, **b), body={
            "nhlengeletano": obj(rng, "mt"), "ndhawu": {"lat": pla, "lng": plo},
            "muthori": {"id": ESTATE["id"], "lat": ESTATE["lat"], "lng": ESTATE["lon"]},
            "nomboro_ya_xirho": L(MEMBER, SENS)}),
        case(f, f"{a}/v1/tinhlengeletano", headers=_h(rng, **b), query={
            "xirho": L(MEMBER, SENS), "ndhawu": L("Letsitele", COARSE), "nhweti": "2026-01"}),
        case(f, f"{a}/v1/vhota", fmt="msgpack", headers=_h(rng, **b), body={
            "balote": obj(rng, "bl"), "xivutiso": "strike_2026_01",
            "vhota": L("ina", SENS), "nomboro_ya_xirho": L(MEMBER, SENS)}),
        raw(f, f"{a}/v1/vhota/vumbhoni", receipt, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mpfuno_wa_nawu", headers=_h(rng, **b), body={
            "nomboro_ya_xirho": L(MEMBER, SENS), "muxaka": "ku_xungetiwa",
            "nandzu": L("Manejara u ndzi xungete ku ndzi tshika ntirho hikwalaho ka ku va xirho "
                        "xa nhlangano", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/rungula", headers=_h(rng, **b), body={
            "eka": {"vito": L(STEWARD[0], NAMEC), "riqingho": L(STEWARD[1], TEL)},
            "rungula": L("Ndzi rhumerile xiviko xa muholo, hi nga vulavula hi Ravumune?", TEXT)}),
        case(f, f"{a}/v1/lava", headers=_h(rng, **b), query={
            "lava": L("nawu wa overtime eka vatirhi va mapurasi", SEARCH)}),
        case(f, f"{a}/v1/ndyangu", headers=_h(rng, **b), body={
            "nuna": {"vito": L(HUSBAND["name"], NAMEC), "nomboro_ya_id": L(HUSBAND["id"], NID),
                     "riqingho": L(HUSBAND["phone"], TEL)},
            "n'wana": {"vito": L(KID, NAMEC), "siku_ro_velekiwa": L(DAUGHTER["dob"], BIRTH),
                       "nomboro_ya_id": L(DAUGHTER["id"], NID)},
            "mpfuno": "funeral_benefit"}),
        case(f, f"{a}/v1/xirho/adirese", fmt="form", headers=_h(rng, **b), body={
            "adirese": L(HOME["line"], ADDR), "muti": L(HOME["village"], COARSE),
            "khodi_ya_poso": L(HOME["post"], COARSE),
            "xifundzankulu": L(HOME["province"], COARSE)}),
        case(f, f"{a}/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L("LVAE-Canteen", WIFI), "bssid": L("5c:a6:e6:1f:82:0d", WIFI),
            "ip_ya_le_ndzeni": L("10.40.2.118", DEV), "xiyimo": "sync"}),
        case(f, f"{a}/v1/swiviko", headers=_h(rng, how="none"), cookies={
            "vt_sesheni": L(opaque(rng, "", 40), CRED), "vt_xirho": L(MEMBER, SENS),
            "vt_req": rid(rng)}),
        case(f, f"{a}/v1/xitirhisiwa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/swiendlakalo", gz=True, headers=_h(rng, **b), body={
            "mutirhisi": L(USER_ID, UID), "swiendlakalo": [
                ev("vhota_yi_nghenile", 1), ev("xikirini", 2, xikirini=L("Swivilelo", USAGE))]}),
        case(f, f"{a}/v1/huma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "xitirhisiwa": L(INSTALL_ID, DID)}),
    ]


def vatirhi_sdks() -> list[Case]:
    rng = random.Random(18732)
    return [
        nm_batch(APP, rng, [("Ballot Cast", {}), ("Grievance Filed", {"kind": "overtime"})],
                 at=PACK_FIX, nd=2, locale="ts_ZA"),
        nm_identify(APP, rng, {"union": L(UNION["short"], SENS),
                               "region": L("Letsitele", COARSE), "role": "member"}),
        lz_launch(APP, rng),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "ballot row"),
                 [ct_crumb("nav", "Mina -> Vhota")], screen="VhotaActivity"),
        ft_eval(APP, rng, {"member": L(True, SENS), "region": L("Letsitele", COARSE)}),
        pr_register(APP, rng, lang="ts", tags={"nhlangano": L(UNION["short"], SENS)}),
        cp_check(APP, rng, {"analytics": True, "marketing": False}),
        ph_confirm(APP, rng, "95.00"),
        hp_message(APP, rng, L("Mali ya xirho yi tekiwile kambirhi hi Hukuri",
                               f"{TEXT}|{SENS}"), {"xirho": L(MEMBER, SENS)}),
    ]
