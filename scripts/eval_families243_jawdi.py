"""Livestock micro-insurance app "Jawdi Kisal" (``jawdi`` livestock, wealth; ``kisal`` safety: an
insurer's agency in Maroua insures herds against death and theft, premiums by mobile money; she
holds the policy on her husband's family's fourteen cattle kept by her brother-in-law at
Meskine; its API's keys are Adamawa Fulfulde in ASCII with French loans: ``innde`` first name,
``innde_baaba`` surname (the father's name), ``limre_tilifol`` phone number, ``sirri`` password,
``jibinannde`` birth date, ``kartal_sejour`` residence card, ``nokku_hoddaare`` home address,
``wuro`` village, ``diiwal`` region, ``tokkere`` herd, ``nai`` cattle, ``gaynaako`` herder,
``police`` policy, ``njobdi_lewru`` monthly premium, ``ceede`` amount, ``coggu`` value,
``naamnal`` claim, ``maayde`` death, ``sabu`` cause, ``natal`` photo, ``yobtaade`` payout,
``binndi`` text, ``nulal`` message, ``ndungu`` rains, ``kod`` code, ``jom_konte`` account
holder): sign-up with her residence card, an SMS code, ``/am``, the herd registered with its
herder, the kraal's position (her fix), the tariff, the policy bought and paid, a photo of the
herd, a protobuf relay of the lead cow's collar, a death claim with photos, claims by policy
number in the path, the payout to her account, a vet visit, the rain forecast at the kraal, an
offline sync (JSON Lines), a message to the agent, agencies near her, receipts by cookie, push and
events. No earlier set has livestock insurance ("livestock insurance", "herd insurance" and
"cattle insurance" matched no docstring)."""

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
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families243_kit import (
    AGENCY,
    BROTHER_IL,
    CM_ACCOUNT,
    CM_LINE,
    CM_LINE_LOCAL,
    COLLAR_AT,
    HERD_TAGS,
    KRAAL_AT,
    MR_HOME,
    MR_HOME_AT,
    POLICY,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families243_sdk import (
    bl_bid,
    bl_notice,
    cm_session,
    mn_pixel,
    mn_queue,
    tw_event,
    tw_launch,
)
from eval_families243_svc import cp_wallet, hj_message, ml_reverse, pn_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jawdi", "Jawdi Kisal", "com.example.jawdikisal", "1.9.0",
          "https://api.jawdikisal.example.com")
IID = "X-Jawdi-Device"
PW = "Meskine!Nai14"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, ff=True, **kw)


def jawdi() -> list[Case]:
    rng = random.Random(24321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tilifol=L(CM_LINE, TEL), police=L(POLICY, BUY)))}
    kla, klo = fix(KRAAL_AT)
    herd = obj(rng, "tk")
    lab: dict[str, str] = {}
    relay = pb([(1, "col_" + HERD_TAGS[0]), (2, [(1, COLLAR_AT[0]), (2, COLLAR_AT[1])]),
                (3, 38.9), (4, 71), (5, L(POLICY, BUY)),
                (6, [(1, L(KRAAL_AT[0], PRECISE)), (2, L(KRAAL_AT[1], PRECISE))])], "", lab)
    claims_path = at_path(case(f, f"{a}/v2/police/{POLICY}/naamle", headers=_h(rng, **b)),
                          POLICY, BUY)
    return [
        case(f, f"{a}/v2/konte", headers=_h(rng), body={
            "innde": L(FIRST, NAMEC), "innde_baaba": L(LAST, NAMEC),
            "limre_tilifol": L(CM_LINE, TEL), "sirri": L(PW, CRED), "jibinannde": L(DOB, BIRTH),
            "kartal_sejour": L(RESIDENCE, NID), "nokku_hoddaare": L(MR_HOME["line"], ADDR),
            "saare": L(MR_HOME["town"], COARSE), "diiwal": L(MR_HOME["region"], COARSE),
            "tilifol_US": L(E164, TEL)}),
        case(f, f"{a}/v2/otp", fmt="form", headers=_h(rng), body={
            "limre_tilifol": L(CM_LINE, TEL), "kod": L("508126", CRED)}),
        case(f, f"{a}/v2/am", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tokkere", headers=_h(rng, **b), body={
            "tokkere": herd, "wuro": L("Meskine", COARSE), "diiwal": L("Extreme-Nord", COARSE),
            "gaynaako": {"innde": L(BROTHER_IL[0], NAMEC), "tilifol": L(BROTHER_IL[1], TEL)},
            "nai": [{"tag": t, "jinsi": "nagge" if i else "ngaari", "duubi": 4 + i,
                     "coggu": 350000} for i, t in enumerate(HERD_TAGS)],
            "limre_nai": 14}),
        case(f, f"{a}/v2/tokkere/{herd}/nokku", headers=_h(rng, **b), body={
            "hoggo": {"lat": kla, "lng": klo, "sizuste": 6},
            "kolye_gadano": {"lat": COLLAR_AT[0], "lng": COLLAR_AT[1]}}),
        case(f, f"{a}/v2/tarif", headers=_h(rng, **b), query={
            "nai": "14", "diiwal": L("EN", COARSE), "risk": "maayde,wujjo"}),
        case(f, f"{a}/v2/police", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "tokkere": herd, "njobdi_lewru": L(7500, BUY),
            "lebbi": 12, "moneyaa": "XAF", "jom_konte": L(USER_ID, UID)}),
        case(f, f"{a}/v2/njobdi", fmt="form", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "ceede": L("7500", BUY), "moneyaa": "XAF",
            "limre_momo": L(CM_LINE_LOCAL, TEL), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v2/tokkere/{herd}/natal", [
            ("natal", "tokkere_meskine.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "police": L(POLICY, BUY), "lat": L(round(KRAAL_AT[0], 5), PRECISE),
                "lng": L(round(KRAAL_AT[1], 5), PRECISE), "nai_e_natal": 11})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/kolye/relay", relay, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/naamnal", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "tag": HERD_TAGS[2], "maayde": "2026-01-19",
            "sabu": "nyawu (charbon?)", "veto_sertifika": "VET-EN-26-0114",
            "binndi": L("Nagge ndee maayi jemma, Souleymane tawi nde les lekki", TEXT),
            "naamnal": obj(rng, "nm")}),
        multipart(f, f"{a}/v2/naamnal/natal", [
            ("natal", "nagge_maayde.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {"police": L(POLICY, BUY),
                                                "tag": HERD_TAGS[2]})],
            headers=_h(rng, **b)),
        claims_path,
        case(f, f"{a}/v2/yobtaade", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "ceede": L(280000, BUY),
            "konte_banke": L(CM_ACCOUNT, PAY), "jom_konte": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/veto", headers=_h(rng, **b), body={
            "wuro": L("Meskine", COARSE), "gaynaako_tilifol": L(BROTHER_IL[1], TEL),
            "binndi": L("Nai tati ina njahi boyli, ina njaraa ndiyam seeda", TEXT),
            "nai": 3, "nyalnde": "2026-01-21"}),
        case(f, f"{a}/v2/ndungu", headers=_h(rng, **b), query={
            "lat": L(f"{KRAAL_AT[0]:.2f}", COARSE), "lng": L(f"{KRAAL_AT[1]:.2f}", COARSE),
            "balde": "10"}),
        lines(f, f"{a}/v2/sync", [
            {"op": "limre", "tokkere": herd, "nai": 13, "nyalnde": "2026-01-20"},
            {"op": "binndi", "police": L(POLICY, BUY),
             "binndi": L("Ngaari mawndi nden ina tampi, ina woni e hoggo", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/nulal", headers=_h(rng, **b), body={
            "to": AGENCY["id"],
            "binndi": L(f"Mi noototo, noddu lam e {CM_LINE_LOCAL} ndeen ceede ngalaa",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/agences", headers=_h(rng, **b), query={
            "lat": L(f"{MR_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{MR_HOME_AT[1]:.3f}", PRECISE),
            "km": "10"}),
        case(f, f"{a}/v2/resu", headers=_h(rng, how="none"), cookies={
            "jk_sesiyo": L(opaque(rng, "", 40), CRED), "jk_device": L(INSTALL_ID, DID),
            "jk_req": rid(rng)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng), "ff_CM")),
        case(f, f"{a}/v2/kewuuji", headers=_h(rng, **b), body={
            "jom_konte": L(USER_ID, UID), "kewuuji": [
                ev("police_yobaama", 1, ceede=L(7500, BUY)), ev("naamnal_neldaama", 2),
                ev("yiyde", 3, yiyde=L("Tokkere", USAGE))]}),
    ]


def jawdi_sdks() -> list[Case]:
    rng = random.Random(24322)
    return [
        mn_queue(APP, rng, [("Herd Counted", {"cattle": 13}),
                            ("Claim Photo Taken", {"policy": L(POLICY, BUY)})]),
        mn_pixel(APP, rng, "Tariff Viewed", {"cattle": 14}),
        tw_launch(APP, rng, user=True),
        tw_event(APP, rng, "subscribe", {"policy": L(POLICY, BUY)}, revenue=7500.0,
                 currency="XAF"),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KRAAL_AT, nd=2,
               keywords="cattle,feed,veterinary"),
        bl_notice(APP, rng, "imp"),
        cm_session(APP, rng, secs=388),
        pn_register(APP, rng, lang="ff", at=MR_HOME_AT, nd=2, tags={"wuro": L("Meskine", COARSE)}),
        cp_wallet(APP, rng, "280000", L(CM_LINE, TEL)),
        ml_reverse(APP, rng, KRAAL_AT, PRECISE, nd=4),
        hj_message(APP, rng, L(f"Naamnal police {POLICY} ina darii", f"{TEXT}|{BUY}"),
                   {"police": L(POLICY, BUY)}),
    ]
