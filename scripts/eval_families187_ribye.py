"""Tombstone-order and unveiling-ceremony app "Ribye" (ribye: stone; a Tzaneen stonemason's app:
the family orders the granite stone a year after the burial and plans the unveiling, the ceremony
at the grave with a church service, a meal and relatives from Maputo; its API's keys are Xitsonga:
``vito``/``xivongo`` names, ``imeyili``, ``riqingho``, ``xihundla`` password, ``nomboro_ya_id`` ID
number, ``mufi`` the deceased, ``siku_ro_velekiwa`` / ``siku_ra_rifu`` birth / death dates,
``xivangelo_xa_rifu`` cause of death, ``vuxaka`` relationship, ``kereke`` church, ``mufundhisi``
pastor, ``ribye`` stone, ``muhlovo`` colour, ``marito`` inscription (lit. "words"), ``vesi`` verse,
``odara`` order, ``dipositi`` deposit, ``sirha`` grave, ``nkhuvo`` ceremony, ``vaendzi`` guests,
``xirhambo`` invitation, ``swakudya`` food, ``homu`` cow, ``muxavisi`` seller, ``tende`` tent,
``nsayino`` signature, ``pfumela`` agree): sign-up, an OAuth password grant, ``/mina``, the
deceased's record, the death certificate, the catalogue, the order with its inscription, the
deposit, the order by number in the path, the grave's place (her fix), a grave photo, the
inscription proof signed, the ceremony, invitations to Maputo, the catering (msgpack), a cow, a
tent to their yard, guests by cookie, a message to the mason, a search, an EFT, push and events. No
earlier set has a tombstone or unveiling app (a docstring grep for "tombstone", "headstone",
"unveiling" found nothing); set 45's funeral/memorial planner and a Philippine parish cemetery's
app are the neighbours."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, multipart, push_token
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families187_kit import (
    ADDR,
    BANK,
    BIRTH,
    BROTHER_IL,
    BUY,
    CEMETERY,
    COARSE,
    CRED,
    DID,
    FATHER_IL,
    GRAVE_FIX,
    HOME,
    HOME_AT,
    MAIL,
    MASON,
    MED,
    MEDIA,
    MOTHER_IL,
    NAMEC,
    NID,
    ORDER,
    PAY,
    PRECISE,
    SA_ID,
    SEARCH,
    SENS,
    SISTER_US,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families187_sdk import ct_session, lz_launch, lz_link, nm_batch, nm_pixel
from eval_families187_svc import (
    cp_save,
    hp_attach,
    mn_route,
    ph_card,
    ph_confirm,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ribye", "Ribye", "com.example.ribye", "1.8.2", "https://api.ribye.example.net")
IID = "X-Ribye-Device"
PW = "Tatana!Risenga49"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
CHURCH = "Presbyterian"  # the family's church (personal.sensitive where sent)
PASTOR = "Moruti Khensani Novela"  # typed by her: contact.name
SELLER = ("Vongani Mabunda", "+27825550177")  # a neighbour selling the cow (typed)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def ribye() -> list[Case]:
    rng = random.Random(18711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), odara=L(ORDER, BUY)))}
    gla, glo = fix(GRAVE_FIX)
    status = at_path(case(f, f"{a}/v2/odara/{ORDER}/xiyimo", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v2/tsarisa", headers=_h(rng), body={
            "vito": L(FIRST, NAMEC), "xivongo": L(LAST, NAMEC), "imeyili": L(EMAIL_MIXED, MAIL),
            "riqingho": L(E164, TEL), "xihundla": L(PW, CRED), "nomboro_ya_id": L(SA_ID, NID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ribye-android"}),
        case(f, f"{a}/v2/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/mufi", headers=_h(rng, **b), body={
            "vito_ra_mufi": L(FATHER_IL["name"], NAMEC), "nomboro_ya_id": L(FATHER_IL["id"], NID),
            "siku_ro_velekiwa": L(FATHER_IL["born"], BIRTH), "siku_ra_rifu": FATHER_IL["died"],
            "xivangelo_xa_rifu": L("stroke", MED), "vuxaka": "tatana_nuna",
            "kereke": L(CHURCH, SENS), "sirha": CEMETERY["id"]}),
        multipart(f, f"{a}/v2/mufi/xitifiketi", [
            ("xitifiketi", "death_certificate.jpg", "image/jpeg", L(JPEG + b"\x24", MEDIA)),
            ("meta", None, "application/json", {"nomboro_ya_id": L(FATHER_IL["id"], NID),
                                                "muxaka": "rifu"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/maribye", headers=_h(rng, **b), query={
            "muxaka": "granite", "muhlovo": "ntima", "mason": MASON["id"]}),
        case(f, f"{a}/v2/odara", headers=_h(rng, **b), body={
            "ribye": "rb_hd_black_1800", "muhlovo": "ntima", "vulehi_mm": 1800,
            "marito": L(f"{FATHER_IL['name']} 1949 - 2024. Etlela hi ku rhula, Tatana.",
                        f"{TEXT}|{NAMEC}"),
            "vesi": L("Yesu i ndlela ni ntiyiso ni vutomi", f"{TEXT}|{SENS}"),
            "odara": L(ORDER, BUY), "ntsengo": L(18500, BUY), "mason": MASON["id"]}),
        case(f, f"{a}/v2/dipositi", fmt="form", headers=_h(rng, **b), body={
            "odara": L(ORDER, BUY), "ntsengo": L("9250.00", BUY), "mali": "ZAR",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "makhadi_4": L("4444", PAY)}),
        status,
        case(f, f"{a}/v2/sirha/ndhawu", headers=_h(rng, **b), body={
            "odara": L(ORDER, BUY), "ndhawu": {"lat": gla, "lng": glo, "sizuste": 6},
            "rivala": {"id": CEMETERY["id"], "lat": CEMETERY["lat"], "lng": CEMETERY["lon"]},
            "nomboro_ya_sirha": "C-14"}),
        multipart(f, f"{a}/v2/sirha/xifaniso", [
            ("xifaniso", "sirha.jpg", "image/jpeg", L(JPEG + b"\x25", MEDIA)),
            ("meta", None, "application/json", {"odara": L(ORDER, BUY), "tlhelo": "n'walungu"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/marito/vumbhoni", fmt="form", headers=_h(rng, **b), body={
            "odara": L(ORDER, BUY), "pfumela": "1",
            "nsayino": L(f"{FIRST} {LAST}", NAMEC), "vumbhoni_id": obj(rng, "pf")}),
        case(f, f"{a}/v2/nkhuvo", headers=_h(rng, **b), body={
            "siku": "2026-04-04", "muti": L(HOME["village"], COARSE), "kereke": L(CHURCH, SENS),
            "mufundhisi": L(PASTOR, NAMEC), "vaendzi_nhlayo": 150,
            "nhlamuselo": L("Ku pfula ribye ra Tatana na nkhongelo ya kereke", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/nkhuvo/xirhambo", headers=_h(rng, **b), body={
            "vaendzi": [
                {"vito": L(MOTHER_IL[0], NAMEC), "riqingho": L(MOTHER_IL[1], TEL),
                 "tiko": L("MZ", COARSE)},
                {"vito": L(BROTHER_IL[0], NAMEC), "riqingho": L(BROTHER_IL[1], TEL),
                 "tiko": L("MZ", COARSE)},
                {"vito": L(SISTER_US[0], NAMEC), "imeyili": L(SISTER_US[2], MAIL),
                 "tiko": L("US", COARSE)}],
            "rungula": L("Mi rhambiwa eku pfuleni ka ribye ra Tatana hi 4 Dzivamisoko",
                         TEXT)}),
        case(f, f"{a}/v2/nkhuvo/swakudya", fmt="msgpack", headers=_h(rng, **b), body={
            "swakudya": [{"vito": "vuswa", "nhlayo": 150}, {"vito": "nyama ya homu", "nhlayo": 150},
                         {"vito": "xigwimbi", "nhlayo": 60}],
            "vanhu": 150, "ntsengo": L(12600, BUY), "odara": L(ORDER, BUY)}),
        case(f, f"{a}/v2/nkhuvo/homu", headers=_h(rng, **b), body={
            "muxavisi": {"vito": L(SELLER[0], NAMEC), "riqingho": L(SELLER[1], TEL)},
            "ntsengo": L(9000, BUY), "ntiko_kg": 420}),
        case(f, f"{a}/v2/nkhuvo/tende", fmt="form", headers=_h(rng, **b), body={
            "adirese": L(HOME["line"], ADDR), "muti": L(HOME["village"], COARSE),
            "ntsengo": L("2400", BUY), "tende": "10x20", "masiku": "2"}),
        case(f, f"{a}/v2/nkhuvo/vaendzi", headers=_h(rng, how="none"), cookies={
            "rb_sesheni": L(opaque(rng, "", 40), CRED), "rb_xitirhisiwa": L(INSTALL_ID, DID),
            "rb_req": rid(rng)}),
        case(f, f"{a}/v2/rungula", headers=_h(rng, **b), body={
            "eka": MASON["id"], "odara": L(ORDER, BUY),
            "rungula": L("Hi kombela mi tsala 'Tatana' hi Xitsonga, ku nga ri 'Father'", TEXT)}),
        case(f, f"{a}/v2/lava", headers=_h(rng, **b), query={
            "lava": L("ribye ra granite ra ntima na xifaniso", SEARCH)}),
        case(f, f"{a}/v2/hakelo/eft", headers=_h(rng, **b), body={
            "nomboro_ya_akhawunti": L(BANK["account"], PAY), "khodi_ya_rhavi": BANK["branch"],
            "vito_ra_akhawunti": L(f"{FIRST} {LAST}", NAMEC), "ntsengo": L(9250, BUY),
            "xikombo": L(ORDER, BUY)}),
        case(f, f"{a}/v2/xitirhisiwa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/swiendlakalo", headers=_h(rng, **b), body={
            "mutirhisi": L(USER_ID, UID), "sesheni": rid(rng), "swiendlakalo": [
                ev("odara_yi_endliwile", 1), ev("xikirini", 2, xikirini=L("Nkhuvo", USAGE))]}),
    ]


def ribye_sdks() -> list[Case]:
    rng = random.Random(18712)
    link = U("https://ribye.example.net/odara", {
        "odara": L(ORDER, BUY), "imeyili": L(EMAIL, MAIL), "utm_source": "sms"})
    return [
        nm_batch(APP, rng, [("Order Placed", {"total": L(18500, BUY)}),
                            ("Invite Sent", {"guests": 3})]),
        nm_pixel(APP, rng, "Catalogue Opened", {"colour": "black"}),
        lz_launch(APP, rng, user=True),
        lz_link(APP, rng, link),
        ct_session(APP, rng, secs=622),
        pr_register(APP, rng, lang="ts", tags={"odara": L(ORDER, BUY)}),
        cp_save(APP, rng, {"analytics": True, "marketing": False}),
        ph_card(APP, rng, email=True),
        ph_confirm(APP, rng, "9250.00"),
        mn_route(APP, rng, [(HOME_AT, PRECISE), ((MASON["lat"], MASON["lon"]), None)]),
        hp_attach(APP, rng, L(PDF, MEDIA), "marito_vumbhoni.pdf", "application/pdf"),
    ]
