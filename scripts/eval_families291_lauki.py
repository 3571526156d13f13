"""Farm area-payment declaration app "Lauki" (``lauki`` fields: the paying agency's app for the
EU single area payment; the family's small farm in Ozolaine parish is registered to her and she
files the 2026 declaration; its API's keys are Latgalian, ASCII-folded: ``personys_kods``,
``parole``, ``kods``, ``tuolrunis``, ``e_posts``, ``saimniceiba`` holding, ``adress``, ``sola``
village, ``pogosts`` parish, ``nuovods`` municipality, ``bankys_konts`` bank account, ``lauks``
field, ``rūbeža`` boundary, ``plateiba`` area, ``kulturaugs`` crop, ``pieteikums``
application, ``atbolsts`` aid, ``paraksts``, ``bilde``, ``meslojums`` fertiliser, ``lūpi``
livestock, ``moksajumi`` payments, ``vasts``, ``plausona`` mowing, ``pilnvara`` power of
attorney, ``pilnvarotais`` proxy, ``laiks`` weather): a log-in with her personal code, a second
factor, ``/muns``, the holding by number in the path, the contacts and account, two fields'
boundaries (one gzip), the application, a geotagged field photo, a fertiliser log (msgpack),
livestock, payments, a message to the adviser, a mowing report, an offline field queue (JSON
Lines), the organic certificate (PDF), a search, a power of attorney for her husband, the
weather at the fields, push, events and documents by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    COARSE,
    CRED,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families291_kit import (
    AGENCY,
    FIELD_FIX,
    FIELDS,
    HOLDING,
    HUSBAND,
    LV_ACCOUNT,
    PERSONAL_CODE,
    RZ_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families291_sdk import cd_crash, cd_crumb, mc_batch, mc_queue, tn_launch
from eval_families291_svc import (
    fn_eval,
    hs_message,
    mm_reverse,
    mm_route,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lauki", "Lauki", "com.example.lauki", "4.0.7", "https://api.lauki.example.lv")
IID = "X-Lauki-Ireice"
PW = "Ozolaine!2026rudzi"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
FARM = {"line": "\"Vucani\", Ozolaines pag.", "sola": "Bekši", "pogosts": "Ozolaines pogosts",
        "nuovods": "Rezeknis nuovods", "post": "LV-4633"}  # the farmhouse (her property)
HUSBAND_PK = "150788-10234"  # her husband's personal code, typed by her (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ltg=True, **kw)


def _ring(pts: list[tuple[float, float]]) -> list[list[L]]:
    return [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in pts]


def lauki() -> list[Case]:
    rng = random.Random(29161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, saimniceiba=L(HOLDING, UID),
                                    personys_kods=L(PERSONAL_CODE, NID)))}
    fla, flo = fix(FIELD_FIX)
    mla, mlo = FIELD_FIX[0] - 0.00041, FIELD_FIX[1] + 0.00027
    holding = at_path(case(f, f"{a}/api/v3/saimniceibys/{HOLDING}", headers=_h(rng, **b)),
                      HOLDING, UID)
    return [
        case(f, f"{a}/api/v3/ieeja", fmt="form", headers=_h(rng), body={
            "personys_kods": L(PERSONAL_CODE, NID), "parole": L(PW, CRED)}),
        case(f, f"{a}/api/v3/ieeja/otrais_faktors", fmt="form", headers=_h(rng), body={
            "tuolrunis": L(E164, TEL), "kods": L("773120", CRED)}),
        case(f, f"{a}/api/v3/muns", headers=_h(rng, extra=jw)),
        holding,
        case(f, f"{a}/api/v3/saimniceiba/kontakti", headers=_h(rng, **b), body={
            "saimniceiba": L(HOLDING, UID), "adress": L(FARM["line"], ADDR),
            "sola": L(FARM["sola"], COARSE), "pogosts": L(FARM["pogosts"], COARSE),
            "nuovods": L(FARM["nuovods"], COARSE), "pasta_indekss": L(FARM["post"], COARSE),
            "tuolrunis": L(E164, TEL), "e_posts": L(EMAIL, MAIL),
            "bankys_konts": L(LV_ACCOUNT, PAY)}),
        case(f, f"{a}/api/v3/lauki", headers=_h(rng, **b), body={
            "saimniceiba": L(HOLDING, UID), "lauks": "lauks_1", "plateiba_ha": 3.4,
            "kulturaugs": "auzys", "rubeza": _ring(FIELDS["lauks_1"])}),
        case(f, f"{a}/api/v3/lauki", gz=True, headers=_h(rng, **b), body={
            "saimniceiba": L(HOLDING, UID), "lauks": "lauks_2", "plateiba_ha": 1.7,
            "kulturaugs": "zuolaugi", "rubeza": _ring(FIELDS["lauks_2"])}),
        case(f, f"{a}/api/v3/pieteikums", headers=_h(rng, **b), body={
            "gods": 2026, "saimniceiba": L(HOLDING, UID), "personys_kods": L(PERSONAL_CODE, NID),
            "atbolsts": ["VPM", "BIO", "SAP"], "kopejuo_plateiba": 5.1,
            "paraksts": L(f"{FIRST} {LAST}", NAMEC), "bankys_konts": L(LV_ACCOUNT, PAY),
            "pieteikums": opaque(rng, "PT26-", 8)}),
        multipart(f, f"{a}/api/v3/bilde", [
            ("bilde", "lauks_1.jpg", "image/jpeg", L(JPEG + b"\x70", MEDIA)),
            ("meta", None, "application/json", {
                "lauks": "lauks_1", "plotums": fla, "garums": flo, "virziens": 212,
                "laiks": "2026-05-18T10:41:07+03:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/meslojums", fmt="msgpack", headers=_h(rng, **b), body={
            "saimniceiba": L(HOLDING, UID), "lauks": "lauks_1", "veids": "komposts",
            "kg": 800, "datums": "2026-04-22"}),
        case(f, f"{a}/api/v3/lupi", headers=_h(rng, **b), body={
            "saimniceiba": L(HOLDING, UID), "goveis": 4, "aitys": 6, "vystys": 15}),
        case(f, f"{a}/api/v3/moksajumi", headers=_h(rng, **b), query={
            "gods": "2025", "saimniceiba": L(HOLDING, UID)}),
        case(f, f"{a}/api/v3/vastis", headers=_h(rng, **b), body={
            "kam": "konsultants_rz", "teksts": L(
                "Monika Vucāne piec sirds operacejis vairs navar pļaut, voi drūši nūmuot zemi "
                "kaiminim?", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/v3/plausona", fmt="form", headers=_h(rng, **b), body={
            "lauks": "lauks_2", "datums": "2026-06-20",
            "vita": L(f"{mla:.5f},{mlo:.5f}", PRECISE)}),
        lines(f, f"{a}/api/v3/sync", [
            {"op": "bilde_rinda", "lauks": "lauks_1", "plotums": L(round(FIELD_FIX[0], 6),
                                                                   PRECISE),
             "garums": L(round(FIELD_FIX[1], 6), PRECISE)},
            {"op": "plausona", "lauks": "lauks_2", "datums": "2026-06-20",
             "saimniceiba": L(HOLDING, UID)}], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/bio_sertifikats", [
            ("fails", "bio_2026.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"saimniceiba": L(HOLDING, UID),
                                                "derigs_leidz": "2027-03-31"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/meklet", headers=_h(rng, **b), query={
            "q": L("atbolsts mozajom saimniceibom 2026", SEARCH)}),
        case(f, f"{a}/api/v3/pilnvara", headers=_h(rng, **b), body={
            "saimniceiba": L(HOLDING, UID), "pilnvarotais": {
                "vuords": L(HUSBAND[0], NAMEC), "personys_kods": L(HUSBAND_PK, NID),
                "tuolrunis": L(HUSBAND[1], TEL)}, "leidz": "2027-12-31"}),
        case(f, f"{a}/api/v3/laiks", headers=_h(rng, **b), query={
            "plotums": L(f"{FIELD_FIX[0]:.2f}", COARSE), "garums": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "dinys": "5"}),
        case(f, f"{a}/api/v3/ireices", headers=_h(rng, **b), body=push(push_token(rng),
                                                                       "ltg_LV")),
        case(f, f"{a}/api/v3/nutykumi", headers=_h(rng, **b), body={
            "lituotuojs": L(USER_ID, UID), "nutykumi": [
                ev("pieteikums_iesnīgts", 1), ev("ekrans", 2, ekrans=L("Karte", USAGE))]}),
        case(f, f"{a}/api/v3/dokumenti", headers=_h(rng, how="none"), cookies={
            "la_sesija": L(opaque(rng, "", 40), CRED), "la_ireice": L(INSTALL_ID, DID),
            "la_req": rid(rng)}),
    ]


def lauki_sdks() -> list[Case]:
    rng = random.Random(29162)
    corner = FIELDS["lauks_1"][0]
    return [
        mc_batch(APP, rng, [("Application Submitted", {"year": 2026}),
                            ("Field Drawn", {"ha": 3.4})], at=FIELD_FIX, nd=2),
        mc_queue(APP, rng, [("Photo Queued", {"field": "lauks_1"}), ("Mowing Logged", {})]),
        tn_launch(APP, rng, user=True),
        fn_eval(APP, rng, {"nuovods": L("Rezeknis nuovods", COARSE), "bio": True}),
        pt_register(APP, rng, lang="lv", tags={"saimniceiba": L(HOLDING, UID)}),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "polygon self-intersects"),
                 [cd_crumb("nav", "Lauki -> Zeimeit"), cd_crumb("tap", "saglabuot")],
                 screen="ZeimeitActivity"),
        mm_telemetry(APP, rng, [FIELD_FIX, corner], PRECISE),
        mm_reverse(APP, rng, FIELD_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(RZ_HOME_AT, PRECISE), (corner, PRECISE),
                            ((AGENCY["lat"], AGENCY["lon"]), None)]),
        hs_message(APP, rng, L("Pieteikuma moksajums vēļ nav atīts", TEXT),
                   {"saimniceiba": L(HOLDING, UID)}),
    ]
