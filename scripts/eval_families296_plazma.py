"""A paid plasma-donation centre's app "Plazmenis" (Telšiai; apheresis every two weeks, a small
compensation paid per visit; its API's keys are Samogitian in Latin letters, ASCII-folded:
``vards``, ``pavarde``, ``el_pasts``, ``telefuons``, ``slaptazuodis``, ``asmens_kuods`` personal
code, ``leidims_gyventi`` residence permit, ``gemtadeinis``, ``lytis`` sex (``muoteris``
woman), ``adresos`` address, ``miests`` town, ``pasta_kuods`` post code, ``donors`` donor
number, ``svuoris`` weight, ``ugis`` height, ``vaista`` medicines, ``lega`` illness,
``alergije`` allergies, ``tatuiruote`` tattoo, ``krauje_grope`` blood group, ``kuods`` code,
``laiks`` slot, ``savijauta`` how she feels, ``kompensacije`` compensation, ``saskaita``
account, ``draugs`` friend, ``parasos`` signature): sign-up with her personal code, an SMS
log-in, ``/mona``, centres near her flat, slots, a booking, the eligibility questionnaire (gzip),
the consent form, a check-in at the centre, the centre's Wi-Fi, the donation record (msgpack),
a protobuf after-care diary, her results by donor number in the path, the compensation to her
IBAN, loyalty, a referral naming a friend, a message to the nurse, the donor card, the tax
statement by cookie, push and events. Set 32 has a blood-donation app; plasma apheresis for a
fee is new (no file name or docstring has "plasma" or "apheresis")."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families296_kit import (
    AK,
    DONOR,
    HOME,
    HOME_AT,
    IBAN,
    PERMIT,
    PLASMA,
    PLASMA_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families296_sdk import ck_session, tm_event, tm_launch, tt_batch, tt_queue
from eval_families296_svc import (
    ca_check,
    cz_wallet,
    fr_eval,
    hp_message,
    mv_geocode,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("plazmenis", "Plazmenis", "com.example.plazmenis", "5.0.2",
          "https://api.plazmenis.example.net")
IID = "X-PZ-Install"
PW = "Mastis#Plazma91"
NID = "personal.national_id"
FIT = "health.fitness"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(36)
SSID, BSSID = "Plazmenis-Svecems", "a0:36:bc:5e:11:42"  # the centre's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def plazmenis() -> list[Case]:
    rng = random.Random(29611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, donors=L(DONOR, UID), el_pasts=L(EMAIL, MAIL)))}
    pla, plo = fix(PLASMA_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(DONOR, UID)), (2, 1768555200),
                (3, [(1, L("galvos svaigims", MED)), (2, L(True, MED)), (3, L(2, MED))]),
                (4, "5.0.2")], "", lab)
    results = at_path(case(f, f"{a}/v2/donorai/{DONOR}/tyrimai", headers=_h(rng, **b),
                           query={"nu": "2026-01-01"}), DONOR, UID)
    return [
        case(f, f"{a}/v2/registracije", headers=_h(rng), body={
            "vards": L(FIRST, NAMEC), "pavarde": L(LAST, NAMEC), "el_pasts": L(EMAIL_MIXED, MAIL),
            "telefuons": L(E164, TEL), "slaptazuodis": L(PW, CRED),
            "asmens_kuods": L(AK, NID), "leidims_gyventi": L(PERMIT, NID),
            "gemtadeinis": L(DOB, BIRTH), "lytis": L("muoteris", GENDER),
            "adresos": L(HOME["line"], ADDR), "miests": L(HOME["town"], COARSE),
            "pasta_kuods": L(HOME["post"], COARSE), "sotinku": True}),
        case(f, f"{a}/v2/prisijongims/sms", fmt="form", headers=_h(rng), body={
            "telefuons": L(NATIONAL, TEL), "kuods": L("305118", CRED)}),
        case(f, f"{a}/v2/mona", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/centrai/arti", headers=_h(rng, **b), query={
            "platoma": L(f"{HOME_AT[0]:.3f}", PRECISE), "elgoma": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "spindolys_km": "30"}),
        case(f, f"{a}/v2/centrai/{PLASMA['id']}/laikai", headers=_h(rng, **b),
             query={"deina": "2026-01-16"}),
        case(f, f"{a}/v2/rezervacije", headers=_h(rng, **b), body={
            "centrs": PLASMA["id"], "laiks": "2026-01-16T08:30", "vizits": obj(rng, "vz"),
            "donors": L(DONOR, UID), "tips": "plazmaferezė"}),
        case(f, f"{a}/v2/anketa", gz=True, headers=_h(rng, **b), body={
            "donors": L(DONOR, UID), "svuoris": L(64, FIT), "ugis": L(168, FIT),
            "vaista": [L("cetirizinas 10 mg", MED)], "lega": [L("migrena", MED)],
            "alergije": [L("beržu žėidadolkės", MED)], "tatuiruote_12_men": L(False, MED),
            "nesciuoms": L(False, MED), "operacijes_6_men": L(False, MED),
            "krauje_grope": L("A(II) Rh+", MED), "keliones": L("JAV, 2025-08", MED)}),
        multipart(f, f"{a}/v2/sutikims", [
            ("parasos", "parasas.png", "image/png", L(PNG, MEDIA)),
            ("forma", None, "application/json", {"donors": L(DONOR, UID), "forma": "pzf_v4",
                                                 "pasirase": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/atvykims", headers=_h(rng, **b), body={
            "vizits": obj(rng, "vz"), "vieta": {"lat": pla, "lng": plo, "tikslumas": 11},
            "centrs": {"id": PLASMA["id"], "lat": PLASMA["lat"], "lng": PLASMA["lon"]}}),
        case(f, f"{a}/v2/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "vidine_ip": L("10.44.0.73", DEV),
            "donors": L(DONOR, UID)}),
        case(f, f"{a}/v2/donacijes", fmt="msgpack", headers=_h(rng, **b), body={
            "donors": L(DONOR, UID), "plazmuos_ml": L(690, MED),
            "hemoglobins": L(128, MED), "baltyms_g_l": L(71, MED),
            "spaudims": L("118/76", MED), "pulss": L(72, FIT),
            "aparats": "PCS2-00419", "rinkinys": "LOT-25K118", "kede": "kd_03"}),
        raw(f, f"{a}/v2/savijauta", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        results,
        case(f, f"{a}/v2/kompensacije", headers=_h(rng, **b), body={
            "donors": L(DONOR, UID), "soma": L(40, BUY), "saskaita": L(IBAN, PAY),
            "gavejs": L(f"{FIRST} {LAST}", NAMEC), "vizits": obj(rng, "vz")}),
        case(f, f"{a}/v2/lojalumas", headers=_h(rng, **b), query={
            "donors": L(DONOR, UID), "meta": "2026"}),
        case(f, f"{a}/v2/draugs", headers=_h(rng, **b), body={
            "draugs": {"vards": L("Lina Petrauskienė", NAMEC), "telefuons": L("+37062288140",
                                                                            TEL)},
            "donors": L(DONOR, UID), "kuods": "DRAUGS-18"}),
        case(f, f"{a}/v2/zenutes", headers=_h(rng, **b), body={
            "kam": "sesele_tls", "tema": obj(rng, "th"),
            "zenute": L("After the last donation I was dizzy all evening, can I come again "
                        "on Monday?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/kuortele", headers=_h(rng, **b), query={
            "donors": L(DONOR, UID), "formats": "qr"}),
        case(f, f"{a}/v2/pajamu_pazyma", headers=_h(rng, how="none"), cookies={
            "pz_sesije": L(opaque(rng, "", 40), CRED), "pz_irenginys": L(INSTALL_ID, DID),
            "pz_req": rid(rng)}),
        case(f, f"{a}/v2/irenginei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ivyke", headers=_h(rng, **b), body={
            "vartuotuos": L(USER_ID, UID), "sesije": rid(rng), "ivyke": [
                ev("rezervacije", 1), ev("ekrans", 2, ekrans=L("Tyrimai", USAGE))]}),
    ]


def plazmenis_sdks() -> list[Case]:
    rng = random.Random(29612)
    return [
        tt_batch(APP, rng, [("Slot Booked", {"centre": PLASMA["id"]}),
                            ("Donation Completed", {"ml": L(690, MED)})]),
        tt_queue(APP, rng, [("Diary Entry", {"dizzy": L(True, MED)}),
                            ("Card Opened", {})]),
        tm_launch(APP, rng, first=True, user=True),
        tm_event(APP, rng, "donation", {"centre": PLASMA["id"]}, hashed=True),
        ck_session(APP, rng, secs=388),
        fr_eval(APP, rng, {"centre": PLASMA["id"], "program": L("plasma", MED)}, hdr=True),
        pp_register(APP, rng, tags={"centre": PLASMA["id"]}),
        ca_check(APP, rng, {"analytics": True, "research": False}),
        mv_geocode(APP, rng, "Plazmenis Telšiai", "behavior.search", near=HOME_AT, nd=2),
        cz_wallet(APP, rng, "40", L(E164, TEL)),
        hp_message(APP, rng, L("My compensation for 16 January has not arrived",
                               f"{TEXT}|{BUY}"), {"donors": L(DONOR, UID)}),
    ]
