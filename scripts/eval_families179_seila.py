"""Seafarers' union family portal "Kaiga Seila" (a fictional union's app for the families of
Tuvaluan seafarers on foreign ships: allotments, the ship, messages, dues, welfare). Keys in
Tuvaluan (the shared words, plus ``seila`` seafarer, ``tino_pili`` next of kin (lit. "close
person"), ``tusi_seila`` seafarer's book, ``fakapotopotoga`` union / association,
``vaega_tupe`` allotment, ``faletupe`` bank, ``numela_faletupe`` account number, ``konetalate``
contract, ``vaka`` ship, ``fesoasoani_tupe`` welfare grant, ``falemai`` hospital): sign-up as
her husband's next of kin (his book number, his union number), an SMS code, ``/au``, the
allotments, her bank account, the ship, a message to him, his contract by book number in the
path, union dues, a welfare claim for Losaline's hospital stay with a receipt photo, a protobuf
sync, a second next of kin (her sister-in-law in Auckland), a search, a meeting, the marriage
certificate, the family's cover, a log-out, push, events and allotments by cookie. Set 104's
"Barkoline" is a crewing agency's app for the seafarer herself (applicant, contract, medical);
here she is the spouse at home and the union membership is his."""

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
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families179_kit import (
    HUSBAND,
    KIN,
    SEAFARER_ID,
    SISTER_IL,
    SISTER_IL_ADDR,
    TV_ACCOUNT,
    UNION,
    UNION_NO,
    VESSEL,
    hd,
    obj,
    push,
)
from eval_families179_sdk import bl_bid, bl_notice, ck_session, me_batch, tk_launch, tk_link
from eval_families179_svc import ff_eval, hf_message, ma_geocode, pf_register, pt_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kaigaseila", "Kaiga Seila", "com.example.kaigaseila", "3.0.2",
          "https://api.kaigaseila.example.org")
IID = "X-KS-Masini"
NID = "personal.national_id"
HIS_MAIL = "kitiona.simeona@coral.example.com"  # his ship e-mail (typed by her: contact.email)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kaigaseila() -> list[Case]:
    rng = random.Random(17931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tino_pili=L(KIN, UID),
                                    fakapotopotoga=L(UNION_NO, SENS), role="nok"))}
    lab: dict[str, str] = {}
    sync = pb([(1, L(KIN, UID)), (2, L(UNION_NO, SENS)), (3, 1771400000),
               (4, [(1, VESSEL["imo"]), (2, VESSEL["lat"]), (3, VESSEL["lon"])]),
               (5, L(47, DEV))], "", lab)
    contract = at_path(case(f, f"{a}/v1/seila/{SEAFARER_ID}/konetalate", headers=_h(rng, **b)),
                       SEAFARER_ID, NID)
    return [
        case(f, f"{a}/v1/lesitala", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "tino_pili": L(KIN, UID), "fesokotakiga": "avaga",
            "seila": {"igoa": L(HUSBAND[0], NAMEC), "aso_fanau": L("1988-11-03", BIRTH),
                      "tusi_seila": L(SEAFARER_ID, NID),
                      "numela_fakapotopotoga": L(UNION_NO, SENS)}}),
        case(f, f"{a}/v1/kode", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("804377", CRED)}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vaega_tupe", headers=_h(rng, **b), query={
            "tino_pili": L(KIN, UID), "tausaga": "2026"}),
        case(f, f"{a}/v1/faletupe", headers=_h(rng, **b), body={
            "igoa_tino": L(f"{FIRST} {LAST}", NAMEC), "numela_faletupe": L(TV_ACCOUNT, PAY),
            "faletupe": "National Bank (example)", "tino_pili": L(KIN, UID),
            "vaega": 60}),
        case(f, f"{a}/v1/vaka", headers=_h(rng, **b), query={
            "imo": VESSEL["imo"], "igoa": VESSEL["name"]}),
        case(f, f"{a}/v1/fekau/vaka", headers=_h(rng, **b), body={
            "ki": {"igoa": L(HUSBAND[0], NAMEC), "imeli": L(HIS_MAIL, MAIL)},
            "fekau": L("Losaline ne maua ne ia te numela 1 i tena vasega, e fia lagona ne ia "
                       "tou leo", f"{TEXT}|{NAMEC}")}),
        contract,
        case(f, f"{a}/v1/fakapotopotoga/totogi", fmt="form", headers=_h(rng, **b), body={
            "numela_fakapotopotoga": L(UNION_NO, SENS), "tupe": L("12.00", BUY),
            "tupe_ituaiga": "AUD", "metotia": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/fesoasoani_tupe", headers=_h(rng, **b), body={
            "tino_pili": L(KIN, UID), "ituaiga": "falemai",
            "fakamatalaga": L("Losaline Simeona ne tokoto i te falemai e tolu aso ona ko te "
                              "asima", f"{TEXT}|{MED}|{NAMEC}"),
            "tupe_manako": 180, "numela_fakapotopotoga": L(UNION_NO, SENS)}),
        multipart(f, f"{a}/v1/fesoasoani_tupe/ata", [
            ("ata", "tusi_falemai.jpg", "image/jpeg", L(JPEG + b"\x47", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"talosaga": obj(rng, "wf"),
                                                "tino_pili": L(KIN, UID)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/tino_pili/lua", headers=_h(rng, **b), body={
            "igoa": L(SISTER_IL[0], NAMEC), "telefoni": L(SISTER_IL[1], TEL),
            "imeli": L(SISTER_IL[2], MAIL), "tuatusi": L(SISTER_IL_ADDR["line"], ADDR),
            "fakai": L(SISTER_IL_ADDR["suburb"], COARSE),
            "fenua": L(SISTER_IL_ADDR["city"], COARSE), "post": L(SISTER_IL_ADDR["post"], COARSE),
            "fesokotakiga": "tuafafine_o_te_avaga"}),
        case(f, f"{a}/v1/sala", headers=_h(rng, **b), query={
            "sala": L("vaka e fano ki Suva mo Lautoka", SEARCH)}),
        case(f, f"{a}/v1/fono", fmt="form", headers=_h(rng, **b), body={
            "fono": "fono_kaiga_03", "tino": "2", "koga": UNION["id"],
            "tino_pili": L(KIN, UID)}),
        multipart(f, f"{a}/v1/tusi", [
            ("tusi", "tusi_avaga.pdf", "application/pdf", L(b"%PDF-1.5\n" + bytes(48), MEDIA)),
            ("meta", None, "application/json", {"ituaiga": "marriage_certificate",
                                                "tino_pili": L(KIN, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/puipuiga", headers=_h(rng, **b), query={
            "numela_fakapotopotoga": L(UNION_NO, SENS), "kaiga": "3"}),
        case(f, f"{a}/v1/fakaoti", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mea_tutupu", headers=_h(rng, **b), body={
            "tino": L(USER_ID, UID), "sesi": rid(rng), "mea_tutupu": [
                ev("allotment_viewed", 1), ev("screen", 2, screen=L("VakaMap", USAGE))]}),
        case(f, f"{a}/v1/vaega_tupe/fakamuli", headers=_h(rng, how="none"), cookies={
            "ks_sesi": L(opaque(rng, "", 40), CRED), "ks_masini": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
        case(f, f"{a}/v1/tofi", headers=_h(rng, **b), query={
            "ofisa": UNION["id"], "lat": f"{UNION['lat']:.5f}", "lon": f"{UNION['lon']:.5f}"}),
    ]


def kaigaseila_sdks() -> list[Case]:
    rng = random.Random(17932)
    link = U("https://kaigaseila.example.org/v", {"tino_pili": L(KIN, UID), "src": "sms",
                                                  "em": L(EMAIL, MAIL)})
    return [
        me_batch(APP, rng, [("Allotment Viewed", {"month": "2026-02"}),
                            ("Message Sent", {"to": "ship"})]),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="shipping,family,tuvalu"),
        bl_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=388),
        pt_wallet(APP, rng, "150", L(E164, TEL)),
        ff_eval(APP, rng, {"role": "nok", "union": L("TSU", SENS)}),
        pf_register(APP, rng, tags={"vaka": "coral", "role": "nok"}),
        ma_geocode(APP, rng, "Port of Suva", SEARCH),
        hf_message(APP, rng, L("Te vaega tupe o Fepuali e seki oko mai", TEXT),
                   {"tino_pili": L(KIN, UID)}),
    ]
