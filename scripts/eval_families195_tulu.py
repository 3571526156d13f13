"""Mosquito-net and malaria campaign app "Tulu Tuimpe" (``tulu tuimpe``: good sleep; a fictional
health zone's campaign app for household heads and community health workers in Kananga): the
household's census (her pregnancy, the child), net vouchers, the distribution site, the child's
fever, a rapid test, the treatment, her antenatal preventive dose, a home visit. Tshiluba keys
with French health words: ``mfumu_wa_nzubu`` head of household (lit. "chief of the house"),
``bena_nzubu`` household members, ``dina``, ``telefone``, ``bidimu`` age (lit. "years"),
``sexe`` (``mukaji`` woman, ``mulume`` man), ``difu`` pregnancy (lit. "belly"),
``ngondo_ya_difu`` months of pregnancy, ``bilalu`` sleeping places, ``mustikere`` nets,
``muaba_wa_kusombela`` address, ``kartie``, ``aire_de_sante`` health area,
``kalata_wa_kusungula`` voter card, ``disama`` illness, ``diteta`` test, ``manga`` medicine,
``bujitu`` weight, ``munganga`` nurse/doctor, ``lopitalu`` health centre, ``mukenji``,
``dikeba``, ``lumu``, ``kode``. Newness: "mosquito net", "bednet" and "bed net" matched nothing
in a docstring grep of ``scripts/`` (malaria appears in clinic sets such as 133)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families195_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    LOCAL_TEL,
    SITE,
    VOUCHER,
    fix,
    hd,
    obj,
    push,
)
from eval_families195_sdk import cm_crash, cm_crumb, cm_session, ss_batch, ss_identify, tb_launch
from eval_families195_svc import cs_check, fk_eval, hl_message, mk_geocode, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tulu", "Tulu Tuimpe", "com.example.tulutuimpe", "1.3.5",
          "https://api.tulutuimpe.example.org")
IID = "X-Tulu-Device"
NID = "personal.national_id"
PREG = f"{SENS}|{MED}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tulu() -> list[Case]:
    rng = random.Random(19531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nzubu=L(HOUSEHOLD, UID), telefone=L(LOCAL_TEL, TEL)))}
    hla, hlo = fix(HOME_AT)
    sla, slo = fix((SITE["lat"] + 0.000131, SITE["lon"] - 0.000087), 5)  # her, at the site
    lab: dict[str, str] = {}
    sync = pb([(1, L(HOUSEHOLD, UID)), (2, 3), (3, L(1, PREG)), (4, 2),
               (5, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))])], "", lab)
    hh = at_path(case(f, f"{a}/v1/nzubu/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "telefone": L(LOCAL_TEL, TEL), "kode": L("275190", CRED)}),
        case(f, f"{a}/v1/nzubu", headers=_h(rng), body={
            "mfumu_wa_nzubu": {"dina": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL),
                               "kalata_wa_kusungula": L(HUSBAND[2], NID)},
            "muaba_wa_kusombela": L(HOME["line"], ADDR), "kartie": L(HOME["quartier"], COARSE),
            "aire_de_sante": L("Malandji", COARSE), "zone_de_sante": L("Kananga", COARSE),
            "gps": {"lat": hla, "lon": hlo, "acc": 6}, "nzubu": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/meme", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/nzubu/bena", gz=True, headers=_h(rng, **b), body={
            "nzubu": L(HOUSEHOLD, UID), "bilalu": 2, "bena_nzubu": [
                {"dina": L(f"{FIRST} {LAST}", NAMEC), "bidimu": L(34, BIRTH),
                 "sexe": L("mukaji", GENDER), "difu": L(True, PREG),
                 "ngondo_ya_difu": L(5, PREG)},
                {"dina": L(HUSBAND[0], NAMEC), "bidimu": L(38, BIRTH),
                 "sexe": L("mulume", GENDER)},
                {"dina": L(KID, NAMEC), "dituku_dia_kuledibua": L(DAUGHTER["dob"], BIRTH),
                 "sexe": L(DAUGHTER["sex"], GENDER), "muana_wa_bidimu_5": False}]}),
        case(f, f"{a}/v1/mustikere/voucher", headers=_h(rng, **b), body={
            "nzubu": L(HOUSEHOLD, UID), "mustikere": 2, "voucher": VOUCHER,
            "site": SITE["id"]}),
        case(f, f"{a}/v1/sites", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "2"}),
        case(f, f"{a}/v1/distribution/checkin", headers=_h(rng, **b), body={
            "voucher": VOUCHER, "muaba": {"lat": sla, "lon": slo},
            "site": {"id": SITE["id"], "lat": SITE["lat"], "lon": SITE["lon"]},
            "mustikere_yakapetshibua": 2}),
        case(f, f"{a}/v1/disama", headers=_h(rng, **b), body={
            "nzubu": L(HOUSEHOLD, UID), "muntu": {"dina": L(KID, NAMEC), "bidimu": L(6, BIRTH)},
            "fievre": L(39.2, MED), "bimanyinu": [L("kutshinga", MED), L("kusanza", MED)],
            "matuku": L(2, MED)}),
        multipart(f, f"{a}/v1/diteta", [
            ("tshimfuanyi", "tdr.jpg", "image/jpeg", L(JPEG + b"\x8a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "muntu": L(KID, NAMEC), "diteta": "TDR", "lot": "RDT-PF-2511-07",
                "tshipeta": L("positif P. falciparum", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/manga", headers=_h(rng, **b), body={
            "muntu": L(KID, NAMEC), "manga": L("artemether-lumefantrine 20/120", MED),
            "dose": L("2 comprimes x 2 par jour, 3 jours", MED),
            "bujitu": L(21, "health.fitness")}),
        case(f, f"{a}/v1/lopitalu", headers=_h(rng, **b), query={
            "aire_de_sante": L("Malandji", COARSE), "ouvert": "true"}),
        case(f, f"{a}/v1/cpn", fmt="form", headers=_h(rng, **b), body={
            "muntu": L(f"{FIRST} {LAST}", NAMEC), "difu": L("true", PREG),
            "semaines": L("21", PREG), "tpi_dose": L("SP-2", MED),
            "lopitalu": "cs_malandji"}),
        case(f, f"{a}/v1/mikenji", headers=_h(rng, **b), body={
            "kudi": "relais_mal_04", "mukenji": L(
                "Ngalula udi ne fievre kabidi, ndi ne difu dia ngondo itanu, ngambuluishayi",
                f"{TEXT}|{MED}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/v1/visite", headers=_h(rng, **b), body={
            "nzubu": L(HOUSEHOLD, UID), "visite": obj(rng, "vs"),
            "mustikere_mijinga": 2, "bilalu": 2, "munganga": "rc_mal_04",
            "muaba": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                      "lon": L(round(HOME_AT[1], 4), PRECISE)}}),
        hh,
        lines(f, f"{a}/v1/visites/sync", [
            {"nzubu": L(HOUSEHOLD, UID), "visite": obj(rng, "vs"), "mustikere_mijinga": 2},
            {"nzubu": L(HOUSEHOLD, UID), "disama": L("fievre", MED),
             "muntu": L(KID, NAMEC)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/dikeba", headers=_h(rng, **b), query={
            "dikeba": L("manga a malaria bua bana", SEARCH)}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "nzubu": L(HOUSEHOLD, UID), "ntoto": "5",
            "mukenji": L("Mustikere mimpe, kadi site uvua ne muinshi mukole", TEXT)}),
        raw(f, f"{a}/v1/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/certificat", headers=_h(rng, how="none"), cookies={
            "tt_sesi": L(opaque(rng, "", 40), CRED), "tt_device": L(INSTALL_ID, DID),
            "tt_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/bienzedi", headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "bienzedi": [
                ev("household_registered", 1), ev("screen", 2, screen=L("Diteta", USAGE))]}),
    ]


def tulu_sdks() -> list[Case]:
    rng = random.Random(19532)
    return [
        ss_batch(APP, rng, [("Household Registered", {"members": 3}),
                            ("Voucher Issued", {"nets": 2})]),
        ss_identify(APP, rng, {"aire_de_sante": L("Malandji", COARSE), "role": "mfumu"}),
        tb_launch(APP, rng, first=True),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "camera preview"),
                 [cm_crumb("nav", "Disama -> Diteta")], screen="DitetaActivity"),
        cm_session(APP, rng, secs=624),
        fk_eval(APP, rng, {"zone": L("Kananga", COARSE), "pregnant": L(True, PREG)}, hdr=True),
        pt_register(APP, rng, tags={"aire": L("Malandji", COARSE), "campaign": "mii_2026"}),
        cs_check(APP, rng, {"analytics": True, "research": True}),
        mk_geocode(APP, rng, "EP Malandji", SEARCH, near=HOME_AT, nd=3),
        hl_message(APP, rng, L(f"Diteta dia {KID} kadiena mu app", f"{TEXT}|{NAMEC}|{MED}"),
                   {"nzubu": L(HOUSEHOLD, UID)}),
    ]
