"""Co-heirs' family-land app "Fenua Tupuna" (the Teriitehau family's land in Haapiti, Moorea, held
in indivision; she manages her husband's co-heir file; keys in reo Tahiti: ``ioa`` /
``ioa_utuafare`` names, ``rata_uira`` e-mail, ``niuniu`` phone, ``parau_huna`` password,
``mahana_fanauraa`` birth date, ``mahana_pohe`` date of death, ``numera_parau_noho`` residence
permit number, ``huaai`` lineage (the co-heir file), ``papa_tupuna`` genealogy, ``tupuna``
ancestors, ``metua`` parent, ``tamarii`` children, ``mootua`` grandchildren, ``tuhaa`` share,
``fenua`` land, ``otia`` boundary, ``vahi`` place, ``taata_faito_fenua`` surveyor,
``putuputuraa`` meeting, ``maitiraa`` vote, ``tute`` tax, ``tapao_rima`` signature, ``parau``
documents, ``imiraa`` search, ``poroi`` message, ``tumu`` reason, ``reo`` language): sign-up,
log-in, ``/ou``, the parcel, the genealogy (ancestors, her mother-in-law, her husband with his
NIR, their son), her husband's share, the boundary, the surveyor's visit with her fix, a deed's
photo, the notary's appointment, a signed power of attorney, the land tax, the family chat, a
vote (msgpack), the account for the proceeds, the file's documents by file number in the path,
a cadastre search, a preferences cookie (base64 JSON), a death certificate (PDF), an offline
sync (JSON Lines), push and events. Sets 125 (a land title) and 135 (a genealogy) are near; this
one is a joint-ownership file among co-heirs (shares, votes, a notary), new in a grep."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families159_kit import (
    HEIR,
    HUSBAND,
    HUSBAND_NIR,
    IBAN,
    LAND_AT,
    LAND_FIX,
    MOTHER_IL,
    NOTARY,
    PARCEL,
    RESIDENCE,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families159_sdk import bm_bid, bm_notice, cm_crash, cm_crumb, mt_batch, tv_launch
from eval_families159_svc import (
    cn_save,
    ft_eval,
    hu_message,
    mo_geocode,
    mo_reverse,
    pp_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("fenuatupuna", "Fenua Tupuna", "com.example.fenuatupuna", "1.2.5",
          "https://api.fenuatupuna.example.org")
IID = "X-Fenua-Device"
PW = "Tupuna*Haapiti7"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ty=True, **kw)


def fenua() -> list[Case]:
    rng = random.Random(15931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rata_uira=L(EMAIL, MAIL), huaai=[L(HEIR, UID)],
                                    role="mandataire"))}
    lla, llo = fix(LAND_FIX)
    docs = at_path(case(f, f"{a}/v1/huaai/{HEIR}/parau", headers=_h(rng, **b)), HEIR, UID)
    return [
        case(f, f"{a}/v1/tapaoraa", headers=_h(rng), body={
            "ioa": L(FIRST, NAMEC), "ioa_utuafare": L(LAST, NAMEC),
            "rata_uira": L(EMAIL_MIXED, MAIL), "niuniu": L(E164, TEL), "parau_huna": L(PW, CRED),
            "mahana_fanauraa": L(DOB, BIRTH), "numera_parau_noho": L(RESIDENCE, NID),
            "huaai": L(HEIR, UID), "tiaraa": "vahine_faaipoipo"}),
        case(f, f"{a}/v1/tomo", headers=_h(rng), body={
            "rata_uira": L(EMAIL, MAIL), "parau_huna": L(PW, CRED)}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fenua/{PARCEL}", headers=_h(rng, **b), query={
            "huaai": L(HEIR, UID), "tuhaa": "true"}),
        case(f, f"{a}/v1/papa_tupuna", gz=True, headers=_h(rng, **b), body={
            "huaai": L(HEIR, UID), "fenua": PARCEL,
            "tupuna": [{"ioa": L("Teriitehau a Tetuanui", NAMEC), "mahana_pohe": "1958"},
                       {"ioa": L("Tehei Teriitehau", NAMEC), "mahana_pohe": "2019-03-11"}],
            "metua": {"ioa": L(MOTHER_IL[0], NAMEC), "mahana_fanauraa": L("1952-02-03", BIRTH),
                      "numera_cps": L(MOTHER_IL[2], NID)},
            "tamarii": [{"ioa": L(HUSBAND[0], NAMEC), "mahana_fanauraa": L("1986-03-21", BIRTH),
                         "nir": L(HUSBAND_NIR, NID)},
                        {"ioa": L("Vaiana Teriitehau", NAMEC), "mahana_fanauraa": L(
                            "1989-07-30", BIRTH)}],
            "mootua": [{"ioa": L(KID, NAMEC), "mahana_fanauraa": L(SON["dob"], BIRTH)}]}),
        case(f, f"{a}/v1/huaai/{HEIR}/tuhaa", headers=_h(rng, **b), body={
            "ioa": L(HUSBAND[0], NAMEC), "nir": L(HUSBAND_NIR, NID), "tuhaa": "1/6",
            "faaipoiporaa": "2017-11-04", "tauturu": {"ioa": L(f"{FIRST} {LAST}", NAMEC),
                                                     "niuniu": L(E164, TEL)}}),
        case(f, f"{a}/v1/fenua/{PARCEL}/otia", headers=_h(rng, **b), body={
            "huaai": L(HEIR, UID), "otia": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in LAND_AT],
            "rahi_m2": 4120}),
        case(f, f"{a}/v1/fenua/{PARCEL}/faito", headers=_h(rng, **b), body={
            "taata_faito_fenua": "geo_tmt_02", "mahana": "2025-11-20",
            "vahi": {"lat": lla, "lng": llo, "acc": 4}, "pou": "P3"}),
        multipart(f, f"{a}/v1/parau/tomite", [
            ("hohoa", "tomite_1921.jpg", "image/jpeg", L(JPEG + b"\x45", MEDIA)),
            ("meta", None, "application/json", {"huaai": L(HEIR, UID), "fenua": PARCEL,
                                                "matahiti": 1921})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/putuputuraa/notaire", headers=_h(rng, **b), body={
            "notaire": NOTARY["id"], "mahana": "2026-01-22T09:00",
            "taata": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)],
            "vahi": {"lat": NOTARY["lat"], "lng": NOTARY["lon"]}}),
        multipart(f, f"{a}/v1/parau/procuration", [
            ("tapao_rima", "tapao_rima.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"huaai": L(HEIR, UID),
                                                "na": L(HUSBAND[0], NAMEC),
                                                "ia": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tute", fmt="form", headers=_h(rng, **b), body={
            "fenua": PARCEL, "matahiti": "2025", "moni": L("18400", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "huaai": L(HEIR, UID)}),
        case(f, f"{a}/v1/poroi", headers=_h(rng, **b), body={
            "piha": "huaai_teriitehau",
            "poroi": L("E mama Rosina, ua faaoti te taata faito fenua i te pou toru.", TEXT)}),
        case(f, f"{a}/v1/putuputuraa/pt_0122/maitiraa", fmt="msgpack", headers=_h(rng, **b),
             body={"huaai": L(HEIR, UID), "maitiraa": "e",
                   "tumu": L("Ia vai noa te fenua no te mau mootua", TEXT)}),
        case(f, f"{a}/v1/huaai/moni", headers=_h(rng, **b), body={
            "huaai": L(HEIR, UID), "iban": L(IBAN, PAY), "ioa": L(HUSBAND[0], NAMEC),
            "bank": "Example Bank Polynesia"}),
        docs,
        case(f, f"{a}/v1/cadastre/imiraa", headers=_h(rng, **b), query={
            "imiraa": L("Haapiti tuhaa AO Teriitehau", SEARCH)}),
        case(f, f"{a}/v1/ou/reo", headers=_h(rng, **b), cookies={
            "ft_sesi": L(opaque(rng, "", 40), CRED),
            "ft_pref": W({"huaai": L(HEIR, UID), "reo": L("ty", DEV)}, "b64json")}),
        multipart(f, f"{a}/v1/parau/pohe", [
            ("parau", "acte_deces.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"huaai": L(HEIR, UID),
                                                "ioa": L("Tehei Teriitehau", NAMEC)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/sync", [
            {"op": "note", "id": obj(rng, "nt"), "huaai": L(HEIR, UID),
             "text": L("Te haari i te pae tooa o te ra, na Tehei i tanu", TEXT)},
            {"op": "pou", "id": "P3", "lat": L(LAND_AT[0][0], PRECISE),
             "lng": L(LAND_AT[0][1], PRECISE),
             "na": L(USER_ID, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ty_PF")),
        case(f, f"{a}/v1/tupuraa", gz=True, headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tupuraa": [
                ev("papa_tupuna", 1), ev("hiti", 2, hiti=L("Otia", USAGE))]}),
    ]


def fenua_sdks() -> list[Case]:
    rng = random.Random(15932)
    return [
        mt_batch(APP, rng, [("Genealogy Saved", {"people": 6}), ("Vote Cast", {})],
                 at=LAND_FIX, nd=2, locale="ty_PF"),
        tv_launch(APP, rng),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="land,notary,moorea"),
        bm_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "otia[4]"),
                 [cm_crumb("nav", "Fenua -> Otia")], screen="OtiaActivity"),
        ft_eval(APP, rng, {"huaai_count": 1, "island": L("Moorea", COARSE)}, hdr=True),
        pp_register(APP, rng, lang="ty", tags={"huaai": L(HEIR, UID)}),
        cn_save(APP, rng, {"analytics": True, "marketing": False}),
        mo_reverse(APP, rng, LAND_FIX, PRECISE, nd=5),
        mo_geocode(APP, rng, "Haapiti", SEARCH, near=LAND_FIX, nd=2),
        hu_message(APP, rng, L(f"Aita te parau a te notaire i tae mai no te {HEIR}",
                               f"{TEXT}|{UID}"), {"huaai": L(HEIR, UID)}),
    ]
