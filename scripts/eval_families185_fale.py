"""Housing-aid app "Fale Lelei" (``fale`` house, ``lelei`` good: the territory's grant for
repairing a family house after a cyclone; their kitchen roof and a ramp for her mother-in-law):
its API's keys are Wallisian without the glottal stop (``higoa`` / ``higoa_famili``, ``meli``,
``telefoni``, ``kupu_fufu``, ``kode``, ``aho_fanau``, ``numelo_secu``, ``faila`` file,
``nofoaga`` address, ``kolo`` village, ``vahe`` district, ``potu`` place, ``kelekele`` land,
``kaiga`` household, ``tau`` age, ``sea_teka`` wheelchair, ``mahaki`` illness, ``ata``
picture, ``tohi`` document, ``tufuga`` builder, ``fakalelei`` repair, ``matagi`` wind / cyclone,
``asiasi`` visit, ``paaga`` amount, ``totogi`` payment, ``fakamooni`` signature, ``talanoa``
message, ``kumi`` search, ``lisi`` list): registration, an SMS code, ``/au``, the application
(their house's point, the customary plot), roof photos with her fix, the chief's land attestation
(PDF), the builder's quote, the inspector's visit with directions, the ramp, the file by number in
the path, the co-payment, a protobuf beat, the household resources (gzip), the materials list
(msgpack), an offline checklist (JSON Lines), a message, a search, the signature, letters by
cookie, push and events. No earlier set has a housing-repair grant (cyclone water delivery and
shelters exist)."""

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
    PRECISE,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families185_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HOUSING_FILE,
    HUSBAND,
    MOTHER_IL,
    NIR_ME,
    PARCEL,
    SON,
    WF_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families185_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families185_svc import (
    hs_attach,
    mm_geocode,
    mm_reverse,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("falelelei", "Fale Lelei", "com.example.falelelei", "2.0.3",
          "https://api.falelelei.example.com")
IID = "X-FaleLelei-Device"
NID = "personal.national_id"
DIS = f"{SENS}|{MED}"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(34))
BUILDER = {"id": "tf_0087", "name": "Tufuga Fakalelei Hahake SARL", "phone": "+681723390"}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, wls=True, **kw)


def falelelei() -> list[Case]:
    rng = random.Random(18561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, meli=L(EMAIL, MAIL), faila=L(HOUSING_FILE, UID)))}
    hla, hlo = fix(HOME_AT)
    pla, plo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSING_FILE, UID)), (2, 1769400000),
               (3, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 6.0)]),
               (4, L(47, DEV))], "", lab)
    fil = at_path(case(f, f"{a}/v1/faila/{HOUSING_FILE}", headers=_h(rng, **b)),
                  HOUSING_FILE, UID)
    return [
        case(f, f"{a}/v1/lesita", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_famili": L(LAST, NAMEC), "meli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "aho_fanau": L(DOB, BIRTH),
            "numelo_secu": L(NIR_ME, NID)}),
        case(f, f"{a}/v1/hu/kode", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("274106", CRED)}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/faila", headers=_h(rng, **b), body={
            "faila": L(HOUSING_FILE, UID), "nofoaga": L(HOME["line"], ADDR),
            "kolo": L(HOME["village"], COARSE), "vahe": L(HOME["district"], COARSE),
            "post": L(HOME["post"], COARSE), "potu": {"lat": hla, "lon": hlo},
            "kelekele": L(PARCEL, UID), "matagi": "2026-01 cyclone",
            "kaiga": [{"higoa": L(HUSBAND[0], NAMEC), "tau": L(37, BIRTH)},
                      {"higoa": L(f"{SON['first']} {SON['last']}", NAMEC), "tau": L(18, BIRTH)},
                      {"higoa": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                       "tau": L(15, BIRTH)},
                      {"higoa": L(MOTHER_IL["name"], NAMEC), "tau": L(74, BIRTH),
                       "sea_teka": L(True, DIS)}]}),
        multipart(f, f"{a}/v1/ata", [
            ("ata1", "ato_fale.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("ata2", "peito.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {"faila": L(HOUSING_FILE, UID),
                                                "lat": pla, "lon": plo})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/tohi", [
            ("tohi", "fakamooni_pule_kolo.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"kelekele": L(PARCEL, UID),
                                                "kind": "attestation_coutumiere"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tufuga", headers=_h(rng, **b), body={
            "faila": L(HOUSING_FILE, UID), "tufuga": BUILDER["id"],
            "tufuga_higoa": BUILDER["name"], "tufuga_telefoni": BUILDER["phone"],
            "fakalelei": [{"mea": "ato ukamea", "m2": 36, "paaga": 540000},
                          {"mea": "hala sea_teka", "m": 6, "paaga": 210000}],
            "paaga_katoa": L(750000, BUY)}),
        case(f, f"{a}/v1/asiasi", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "as"), "telefoni": L(HUSBAND[1], TEL),
            "fakamatala": L("Blue roof behind the chapel of Ahoa, second house on the left",
                            f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/sea_teka", headers=_h(rng, **b), body={
            "faila": L(HOUSING_FILE, UID), "higoa": L(MOTHER_IL["name"], NAMEC),
            "mahaki": L("left hemiplegia", MED), "sea_teka": L(True, DIS), "hala_m": 6}),
        fil,
        case(f, f"{a}/v1/totogi", headers=_h(rng, **b), body={
            "faila": L(HOUSING_FILE, UID), "paaga": L(75000, BUY), "valuta": "XPF",
            "iban": L(WF_ACCOUNT, PAY)}),
        raw(f, f"{a}/v1/fakaili", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/kaiga/paaga", gz=True, headers=_h(rng, **b), body={
            "faila": L(HOUSING_FILE, UID), "numelo_secu": [L(NIR_ME, NID), L(HUSBAND[2], NID)],
            "paaga_tau": 3850000, "tokolahi": 5}),
        case(f, f"{a}/v1/lisi", fmt="msgpack", headers=_h(rng, **b), body={
            "faila": L(HOUSING_FILE, UID), "lisi": [
                {"mea": "tole ukamea", "tokolahi": 18}, {"mea": "fao", "kg": 5}]}),
        lines(f, f"{a}/v1/sync", [
            {"op": "check", "mea": "ato", "faila": L(HOUSING_FILE, UID), "t": 1769401000},
            {"op": "note", "fakamatala": L("Water comes in above the stove when it rains", TEXT),
             "faila": L(HOUSING_FILE, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/talanoa", headers=_h(rng, **b), body={
            "ki": "agent_ah_03",
            "talanoa": L("The builder can start on 2 March if the grant is confirmed", TEXT)}),
        case(f, f"{a}/v1/kumi", headers=_h(rng, **b), query={
            "kumi": L("tufuga ato fale Hahake", SEARCH)}),
        multipart(f, f"{a}/v1/fakamooni", [
            ("fakamooni", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {"faila": L(HOUSING_FILE, UID),
                                                "higoa": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tohi", headers=_h(rng, how="none"), cookies={
            "fl_sesio": L(opaque(rng, "", 40), CRED), "fl_device": L(INSTALL_ID, DID),
            "fl_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_WF")),
        case(f, f"{a}/v1/fakamatala", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("faila_sent", 1), ev("screen", 2, screen=L("Ata", USAGE))]}),
    ]


def falelelei_sdks() -> list[Case]:
    rng = random.Random(18562)
    return [
        mc_batch(APP, rng, [("File Sent", {"step": 5}),
                            ("Photos Added", {"n": 2})], at=HOME_AT, nd=2, locale="fr_WF"),
        mc_identify(APP, rng, {"vahe": L("Hahake", COARSE), "faila": L(HOUSING_FILE, UID)}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "application", {"faila": L(HOUSING_FILE, UID)}),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="roofing,hardware,cyclone"),
        bf_notice(APP, rng, "win"),
        cd_session(APP, rng, secs=903),
        pt_register(APP, rng, lang="fr", at=HOME_AT, nd=2, tags={"vahe": L("Hahake", COARSE)}),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mm_geocode(APP, rng, "quincaillerie Mata-Utu", "behavior.search", near=HOME_AT, nd=3),
        mm_telemetry(APP, rng, [HOME_AT, (HOME_AT[0] + 0.0002, HOME_AT[1] - 0.0001)], PRECISE),
        hs_attach(APP, rng, L(JPEG + b"\x34", MEDIA), "devis_tufuga.jpg", "image/jpeg"),
    ]
