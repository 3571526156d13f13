"""Island-of-origin community app "Fale Nukufetau" (the Nukufetau community living in Funafuti: its
maneapa, dues, feast contributions, fatele practice, its congregation's Sunday offering). Keys in
Tuvaluan (the shared words, plus ``numela_tino`` member number, ``ekalesia`` congregation,
``lotu`` worship / service, ``taulaga`` offering, ``Aso_Tapu`` Sunday, ``kai_fakamanatu`` feast,
``tufaga_kai`` food share, ``fatele`` dance, ``akoakoga`` practice, ``fono`` meeting, ``palota``
vote, ``fakaalofa`` gift of sympathy, ``matua`` parent / guardian, ``tamaliki`` children):
sign-up with her congregation, a log-in, ``/au``, dues, the Sunday offering, a feast share,
fatele practice with her fix, Losaline's place in the children's fatele (her asthma), a
meeting vote, a funeral gift, a member search, a fatele photo, a message to the secretary, the
minutes by member number in the path, the service times, a lift to church for the aunt, the
household roll, an offline roll call (msgpack), push, events and a receipt by cookie. Earlier
sets have dance groups and church apps; none an island-of-origin community association in the
capital (a docstring grep for "island community", "home island" and "hometown association"
found nothing)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families179_kit import (
    AUNT,
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME_AT,
    HUSBAND,
    MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families179_sdk import ck_crash, ck_crumb, me_batch, me_identify, me_pixel, tk_event
from eval_families179_svc import ca_save, hf_message, ma_route, pf_register, pt_card, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("falenuku", "Fale Nukufetau", "com.example.falenuku", "1.8.1",
          "https://api.falenuku.example.com")
IID = "X-Fale-Masini"
PW = "Fatele*Nuku26"
EKT = "Ekalesia Kelisiano Tuvalu"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tvl=True, **kw)


def falenuku() -> list[Case]:
    rng = random.Random(17921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, numela_tino=L(MEMBER, UID), ekalesia=L(EKT, SENS)))}
    hla, hlo = fix(HALL_FIX, 4)
    minutes = at_path(case(f, f"{a}/v1/tino/{MEMBER}/fono", headers=_h(rng, **b),
                           query={"tausaga": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/lesitala", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "upu_huna": L(PW, CRED), "aso_fanau": L(DOB, BIRTH),
            "numela_tino": L(MEMBER, UID), "ekalesia": L(EKT, SENS),
            "avaga": L(HUSBAND[0], NAMEC),
            "tamaliki": [{"igoa": L(KID, NAMEC), "aso_fanau": L(DAUGHTER["dob"], BIRTH)}]}),
        case(f, f"{a}/v1/ulu", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "upu_huna": L(PW, CRED), "masini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tupe_fakatasi", fmt="form", headers=_h(rng, **b), body={
            "numela_tino": L(MEMBER, UID), "masina": "2026-02", "tupe": L("20.00", BUY),
            "tupe_ituaiga": "AUD", "metotia": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/taulaga", headers=_h(rng, **b), body={
            "ekalesia": L(EKT, SENS), "lotu": L("Aso_Tapu", SENS), "aso": "2026-02-22",
            "taulaga": L(15, BUY), "numela_tino": L(MEMBER, UID),
            "fakamatalaga": L("Mo te fakamanuiaga o toku kaiga", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/kai_fakamanatu/tufaga_kai", headers=_h(rng, **b), body={
            "kai": "kai_fenua_2026", "numela_tino": L(MEMBER, UID),
            "tufaga_kai": [{"mea": "pulaka", "taga": 2}, {"mea": "ika", "kg": 10},
                           {"mea": "puaka", "numela": 1}], "aso": "2026-03-07"}),
        case(f, f"{a}/v1/fatele/akoakoga", headers=_h(rng, **b), body={
            "akoakoga": obj(rng, "ak"), "koga": {"lat": hla, "lon": hlo},
            "maneapa": {"id": HALL["id"], "lat": HALL["lat"], "lon": HALL["lon"]},
            "numela_tino": L(MEMBER, UID)}),
        case(f, f"{a}/v1/fatele/tamaliki", headers=_h(rng, **b), body={
            "tama": {"igoa": L(DAUGHTER["first"], NAMEC), "igoa_kaiga": L(DAUGHTER["last"], NAMEC),
                     "aso_fanau": L(DAUGHTER["dob"], BIRTH), "itulagi": L(DAUGHTER["sex"], GENDER),
                     "masaki": L("asima, e isi tena vailakau", MED)},
            "matua": L(MEMBER, UID), "telefoni_matua": L(E164, TEL)}),
        case(f, f"{a}/v1/fono/palota", fmt="form", headers=_h(rng, **b), body={
            "fono": "fn_2026_02", "mataupu": "budget_kai_fenua", "palota": "ioe",
            "numela_tino": L(MEMBER, UID)}),
        case(f, f"{a}/v1/fakaalofa", headers=_h(rng, **b), body={
            "mo": L("Tafaoga Penitusi", NAMEC), "tupe": L(50, BUY),
            "fekau": L("Ko matou e fakamaopoopo atu ki te kaiga i te mate o te matou matua",
                       TEXT), "numela_tino": L(MEMBER, UID)}),
        case(f, f"{a}/v1/tino/sala", headers=_h(rng, **b), query={
            "sala": L("Simeona Savave", SEARCH), "itulau": "1"}),
        multipart(f, f"{a}/v1/ata", [
            ("ata", "fatele_aso_fenua.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("meta", None, "application/json", {
                "album": "aso_fenua_2026",
                "fakamatalaga": L(f"{KID} i te fatele o tamaliki", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fekau", headers=_h(rng, **b), body={
            "ki": "sec_fn01",
            "fekau": L("Au e se mafai o vau ki te fono, ko au e i Nukufetau", TEXT)}),
        minutes,
        case(f, f"{a}/v1/lotu/taimi", headers=_h(rng, **b), query={
            "ekalesia": L(EKT, SENS), "vaiaso": "2026-W09"}),
        case(f, f"{a}/v1/fesoasoani/tafiga", headers=_h(rng, **b), body={
            "tino": L(AUNT[0], NAMEC), "lotu": L("Aso_Tapu", SENS),
            "manakoga": L("saea tafiga", f"{MED}|{SENS}"),
            "mai": {"lat": L(HOME_AT[0], PRECISE), "lon": L(HOME_AT[1], PRECISE)}}),
        case(f, f"{a}/v1/kaiga", headers=_h(rng, **b), body={
            "numela_tino": L(MEMBER, UID), "kaiga": [
                {"igoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL), "i_te_vaka": True},
                {"igoa": L(KID, NAMEC), "aso_fanau": L(DAUGHTER["dob"], BIRTH)}]}),
        case(f, f"{a}/v1/fatele/lolo", fmt="msgpack", headers=_h(rng, **b), body={
            "akoakoga": obj(rng, "ak"), "tino": [L(MEMBER, UID)],
            "koga": {"lat": hla, "lon": hlo}, "taimi": 1771750800}),
        case(f, f"{a}/v1/pese", headers=_h(rng, **b), query={"fatele": "ft_te_atua_2026"}),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body=push(push_token(rng), "tvl_TV")),
        case(f, f"{a}/v1/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "tino": L(USER_ID, UID), "mea_tutupu": [
                ev("offering_paid", 1, ekalesia=L(EKT, SENS)),
                ev("screen", 2, screen=L("Fatele", USAGE))]}),
        case(f, f"{a}/v1/tusi_tupe/fakamuli", headers=_h(rng, how="none"), cookies={
            "fn_sesi": L(opaque(rng, "", 40), CRED), "fn_masini": L(INSTALL_ID, DID),
            "fn_req": rid(rng)}),
    ]


def falenuku_sdks() -> list[Case]:
    rng = random.Random(17922)
    return [
        me_batch(APP, rng, [("Offering Paid", {"amount": L(15, BUY)}),
                            ("Practice Attended", {"group": "fatele"})], at=HALL_FIX, nd=2),
        me_identify(APP, rng, {"ekalesia": L(EKT, SENS), "numela_tino": L(MEMBER, UID),
                               "motu": L("Fongafale", COARSE)}),
        me_pixel(APP, rng, "Minutes Opened", {"month": "2026-02"}),
        tk_event(APP, rng, "offering", {"ekalesia": L(EKT, SENS)}, revenue=15.0),
        ck_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/taulaga"),
                 [ck_crumb("nav", "Home -> Taulaga"), ck_crumb("tap", "totogi_button")],
                 screen="TaulagaActivity"),
        pf_register(APP, rng, lang="tvl", at=HOME_AT, nd=2,
                    tags={"ekalesia": L("EKT Funafuti", SENS), "fatele": "alto"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        pt_card(APP, rng, email=True),
        pt_confirm(APP, rng, "15.00"),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="walking"),
        hf_message(APP, rng, L("Te tusi tupe mo te taulaga ne seai ne oko mai", f"{TEXT}|{SENS}"),
                   {"numela_tino": L(MEMBER, UID)}),
    ]
