"""A district council's citizen app "Dorbar Hima" (a fictional autonomous district council of the
Khasi hills: Scheduled Tribe certificates, clan records, trading licences for non-tribals, house
tax). She applies for her daughter's ST certificate through her husband's clan and renews the
trading licence her basket stall needs as a non-tribal. Its API's keys are Khasi, ASCII-folded:
``kyrteng`` name, ``kyrteng_jait`` surname, ``nombar_phone`` phone, ``kyntien_rieh`` password,
``sngi_kha`` birth date, ``jaka_shong`` address, ``shnong`` locality, ``nongbah`` town,
``kur`` clan, ``jait_bynriew`` tribe, ``kpa`` father, ``kmie`` mother, ``khun`` child,
``rangbah_shnong`` village headman, ``jingpynshisha`` certificate, ``dukan`` shop, ``bai``
fee, ``jingsiew`` payment, ``khubor`` message, ``jaka`` place, ``dur`` picture, ``niam``
faith: sign-up with her OCI card, log-in, ``/nga``, the child's ST application (tribe, the
father's clan, the headman's letter), documents, the clan record, the fee, the application by
number in the path, the hearing slot, a check-in at the council office with her fix, the trading
licence renewal (her PAN, the stall), its fee, the licence by number in a query, house tax, a
grievance, a search, the certificate PDF, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families293_kit import (
    APPLICATION,
    COUNCIL,
    COUNCIL_FIX,
    DAUGHTER,
    HUSBAND,
    LICENCE,
    MOTHER_IL,
    OCI,
    PAN,
    SH_HOME,
    STALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families293_sdk import bl_bid, cn_crash, cn_crumb, mu_batch, mu_pixel, tm_launch
from eval_families293_svc import cp_card, cp_confirm, dk_save, hk_message, mp_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("dorbarhima", "Dorbar Hima", "com.example.dorbarhima", "1.3.7",
          "https://api.dorbarhima.example.in")
IID = "X-DH-Device"
PW = "Hima@Laitumkhrah7"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CLAN = "Kharkongor"  # the husband's clan (a kin/ethnic affiliation where sent as a clan)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kha=True, **kw)


def dorbarhima() -> list[Case]:
    rng = random.Random(29341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), licence=L(LICENCE, UID),
                                    cases=[L(APPLICATION, SENS)]))}
    cla, clo = fix(COUNCIL_FIX, 4)
    appl = at_path(case(f, f"{a}/api/v1/st/{APPLICATION}", headers=_h(rng, **b)),
                   APPLICATION, SENS)
    return [
        case(f, f"{a}/api/v1/citizens", headers=_h(rng), body={
            "kyrteng": L(FIRST, NAMEC), "kyrteng_jait": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nombar_phone": L(E164, TEL), "kyntien_rieh": L(PW, CRED), "sngi_kha": L(DOB, BIRTH),
            "oci": L(OCI, NID), "jaka_shong": L(SH_HOME["line"], ADDR),
            "shnong": L(SH_HOME["area"], COARSE), "nongbah": L(SH_HOME["town"], COARSE),
            "jait_bynriew": L("non-tribal", SENS)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kyntien_rieh": L(PW, CRED)}),
        case(f, f"{a}/api/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/st/apply", headers=_h(rng, **b), body={
            "application": L(APPLICATION, SENS),
            "khun": {"kyrteng": L(KID, NAMEC), "sngi_kha": L(DAUGHTER["dob"], BIRTH),
                     "kynthei_shynrang": L(DAUGHTER["sex"], GENDER),
                     "aadhaar": L(DAUGHTER["aadhaar"], NID)},
            "jait_bynriew": L("Khasi", SENS), "kur": L(CLAN, SENS),
            "kpa": {"kyrteng": L(HUSBAND[0], NAMEC), "kur": L(CLAN, SENS),
                    "jait_bynriew": L("Khasi", SENS)},
            "kmie": {"kyrteng": L(f"{FIRST} {LAST}", NAMEC), "jait_bynriew": L("non-tribal",
                                                                                SENS)},
            "niam": L("Christian (Presbyterian)", SENS),
            "rangbah_shnong": "rs_laitumkhrah", "shnong": L("Laitumkhrah", COARSE)}),
        multipart(f, f"{a}/api/v1/st/documents", [
            ("birth_certificate", "birth_cert.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("headman_letter", "rangbah_shnong.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"application": L(APPLICATION, SENS),
                                                "kur": L(CLAN, SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kur/record", headers=_h(rng, **b), body={
            "kur": L(CLAN, SENS), "kmie_kur": {"kyrteng": L(MOTHER_IL[0], NAMEC),
                                               "shnong": L("Sohra", COARSE)},
            "khun": L(KID, NAMEC), "tang_jait": L(True, SENS),
            "khubor": L("Ka khun ka kynthei jong ngi ka shim ia ka jait jong u kpa",
                        f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/jingsiew", fmt="form", headers=_h(rng, **b), body={
            "application": L(APPLICATION, SENS), "bai": L("50.00", BUY), "currency": "INR",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        appl,
        case(f, f"{a}/api/v1/st/hearing", fmt="form", headers=_h(rng, **b), body={
            "application": L(APPLICATION, SENS), "slot": obj(rng, "hr"), "tarik": "2026-02-03"}),
        case(f, f"{a}/api/v1/checkin", headers=_h(rng, **b), body={
            "jaka": {"lat": cla, "lng": clo}, "office": {"id": COUNCIL["id"],
                                                         "lat": COUNCIL["lat"],
                                                         "lng": COUNCIL["lon"]},
            "token_no": "C-118"}),
        case(f, f"{a}/api/v1/licence/renew", headers=_h(rng, **b), body={
            "licence": L(LICENCE, UID), "pan": L(PAN, NID),
            "kyrteng": L(f"{FIRST} {LAST}", NAMEC),
            "dukan": {"id": STALL["id"], "row": STALL["row"], "rukom": "khoh bad ki shang"},
            "jait_bynriew": L("non-tribal", SENS), "snem": "2026-27"}),
        case(f, f"{a}/api/v1/licence/fee", fmt="form", headers=_h(rng, **b), body={
            "licence": L(LICENCE, UID), "bai": L("2400", BUY), "currency": "INR",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/v1/licence", headers=_h(rng, **b), query={
            "licence": L(LICENCE, UID), "format": "pdf"}),
        case(f, f"{a}/api/v1/house-tax", headers=_h(rng, **b), body={
            "holding": "LTK-14-0331", "jaka_shong": L(SH_HOME["line"], ADDR),
            "bai": L(780, BUY), "snem": "2025-26"}),
        case(f, f"{a}/api/v1/grievance", headers=_h(rng, **b), body={
            "rukom": "delay",
            "khubor": L("My daughter's ST certificate application has waited six weeks for "
                        "the hearing", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/wad", headers=_h(rng, **b), query={
            "wad": L("trading licence non tribal renewal documents", SEARCH)}),
        multipart(f, f"{a}/api/v1/st/certificate/ack", [
            ("jingpynshisha", "st_certificate.pdf", "application/pdf", L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"application": L(APPLICATION, SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/settings", headers=_h(rng, how="none"), cookies={
            "dh_sess": L(opaque(rng, "", 40), CRED),
            "dh_pref": W({"licence": L(LICENCE, UID), "ktien": "kha"}, "b64json"),
            "dh_req": rid(rng)}),
        case(f, f"{a}/api/v1/notices", headers=_h(rng, **b), query={
            "shnong": L("Laitumkhrah", COARSE), "since": "2026-01-01"}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "kha_IN")),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("st_applied", 1), ev("screen", 2, screen=L("Licence", USAGE))]}),
    ]


def dorbarhima_sdks() -> list[Case]:
    rng = random.Random(29342)
    return [
        mu_batch(APP, rng, [("Application Filed", {"kind": L("ST", SENS)}),
                            ("Fee Paid", {"amount": L(50, BUY)})], locale="kha_IN"),
        mu_pixel(APP, rng, "Licence Opened", {"year": "2026-27"}),
        tm_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="government,forms,shillong"),
        cn_crash(APP, rng, ("java.io.FileNotFoundException", "headman_letter.jpg"),
                 [cn_crumb("nav", "Apply -> Documents")], screen="DocumentsActivity"),
        pg_register(APP, rng, lang="kha", tags={"office": COUNCIL["id"]}),
        dk_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "2400"),
        mp_route(APP, rng, [(COUNCIL_FIX, "location.precise"),
                            ((COUNCIL["lat"], COUNCIL["lon"]), None)], mode="walking"),
        hk_message(APP, rng, L("The licence fee was taken twice from my card", TEXT),
                   {"licence": L(LICENCE, UID)}),
    ]
