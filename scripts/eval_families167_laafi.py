"""Community health mutual app "Songtaaba Laafi" (songtaaba "mutual help", laafi "health"; a
mutuelle de sante in Ouagadougou's Zone du Bois: members pay a monthly contribution and the
mutual pays most of the bill at the health centre). Moore keys with English: ``yuure`` first
name, ``sondre`` family name, ``telefon`` phone, ``solgre`` password, ``kode`` SMS code,
``rogem_daare`` birth date, ``poaka_rao`` sex (``poaka`` woman, ``bipuglga`` girl), ``zaka``
home (street line), ``saka`` quarter, ``tenga`` town, ``kart_sejour`` residence card, ``neba``
beneficiaries (lit. people), ``sida`` husband, ``biiga`` child, ``acte`` birth-certificate entry,
``cnib`` national ID card, ``ligdi`` amount, ``kiuugu`` month, ``yaoogo`` payment, ``baaga``
illness, ``tiim`` medicine, ``ziim`` blood (group), ``puuga`` pregnancy (lit. belly), ``cpn``
antenatal visit, ``logtoor`` doctor, ``koeega`` message, ``baoobo`` search, ``soaba`` user,
``yela`` events: sign-up with her residence card, an SMS code, ``/maam``, the beneficiaries (her
husband's CNIB, Awa's birth certificate), a contribution by mobile money, the member card and its
photo, a care claim for Awa's malaria, her antenatal visit (she is 18 weeks pregnant), a check-in
at the health centre, the health questionnaire (gzip), a protobuf blood-pressure reading, a
referral letter (PDF), payments by member number in the path, a message, a search, a receipt by
cookie, an address change, the renewal (base64 JSON in a form field), push and events. Set 133
has a health mutual inside a clinic's app and sets 28 and 136 a French mutuelle number; this is
the mutual's own member app (contributions, beneficiaries, claims)."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families24_kit import claims, rid
from eval_families167_kit import (
    CSPS,
    CSPS_FIX,
    DAUGHTER,
    HOME,
    HUSBAND,
    LOCAL,
    MEMBER,
    RESIDENT,
    fix,
    hd,
    masiin,
)
from eval_families167_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families167_svc import cl_wallet, cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("songtaaba", "Songtaaba Laafi", "com.example.songtaaba", "2.4.1",
          "https://api.songtaaba.example.net")
IID = "X-Songtaaba-Masiin"
PW = "Laafi-ZdB-2026"
NID = "personal.national_id"
FIT = "health.fitness"
PREG = f"{MED}|{SENS}"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, fr=True, **kw)


def songtaaba() -> list[Case]:
    rng = random.Random(16721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(LOCAL, TEL), member=L(MEMBER, UID)))}
    cla, clo = fix(CSPS_FIX, 5)
    lab: dict[str, str] = {}
    bp = pb([(1, L(MEMBER, UID)), (2, 1772150400), (3, L(118, MED)), (4, L(74, MED)),
             (5, L(88, MED)), (6, CSPS["id"])], "", lab)
    hist = at_path(case(f, f"{a}/api/members/{MEMBER}/yaoogo", headers=_h(rng, **b),
                        query={"yuumde": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/members", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "telefon": L(LOCAL, TEL),
            "email": L(EMAIL, MAIL), "solgre": L(PW, CRED), "rogem_daare": L(DOB, BIRTH),
            "poaka_rao": L("poaka", GENDER), "kart_sejour": L(RESIDENT, NID),
            "zaka": L(HOME["line"], ADDR), "saka": L(HOME["area"], COARSE),
            "tenga": L(HOME["town"], COARSE), "member": L(MEMBER, UID), "formule": "famille"}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(LOCAL, TEL), "kode": L("508131", CRED)}),
        case(f, f"{a}/api/maam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/members/neba", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "neba": [
                {"buudu": "sida", "yuure": L(HUSBAND[0], NAMEC), "cnib": L(HUSBAND[2], NID),
                 "rogem_daare": L("1987-11-02", BIRTH), "telefon": L(HUSBAND[1], TEL)},
                {"buudu": "biiga", "yuure": L(KID, NAMEC), "acte": L(DAUGHTER["acte"], NID),
                 "rogem_daare": L(DAUGHTER["dob"], BIRTH), "poaka_rao": L("bipuglga", GENDER)}]}),
        case(f, f"{a}/api/cotisations", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "kiuugu": "2026-02", "ligdi": L("1500", BUY),
            "telefon": L(LOCAL, TEL), "kode": L("220917", CRED), "reference": rid(rng)}),
        case(f, f"{a}/api/kart", headers=_h(rng, **b), query={
            "member": L(MEMBER, UID), "format": "qr"}),
        multipart(f, f"{a}/api/kart/foto", [
            ("foto", "member.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"member": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/claims", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "beneficiary": L(KID, NAMEC), "csps": CSPS["id"],
            "baaga": L("paludisme simple", MED), "tdr": L("positif", MED),
            "tiim": [L("artemether-lumefantrine", MED), L("paracetamol sirop", MED)],
            "ligdi": L(3200, BUY), "part_mutuelle": L(2560, BUY)}),
        case(f, f"{a}/api/puuga/cpn", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "cpn": 2, "puuga_semaine": L(18, PREG),
            "terme_prevu": L("2026-07-21", PREG), "ziim": L("O+", MED),
            "tension": L("118/74", MED), "kilo": L(67.5, FIT), "fer_acide_folique": L(True, MED),
            "logtoor": "sf_0412"}),
        case(f, f"{a}/api/visits/checkin", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "at": {"lat": cla, "lng": clo},
            "csps": {"id": CSPS["id"], "lat": CSPS["lat"], "lng": CSPS["lon"]}}),
        case(f, f"{a}/api/laafi/questionnaire", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "diabete": L(False, MED), "hypertension": L(False, MED),
            "allergies": [L("sulfamides", MED)], "grossesses_avant": L(1, PREG),
            "drepanocytose": L("AA", MED), "tabac": L(False, MED)}),
        raw(f, f"{a}/api/laafi/tension", bp, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/referrals", [
            ("lettre", "reference_chu.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"member": L(MEMBER, UID),
                                                "motif": L("echographie morphologique", PREG),
                                                "hopital": "chu_yalgado"})],
            headers=_h(rng, **b)),
        hist,
        case(f, f"{a}/api/koeega", headers=_h(rng, **b), body={
            "reegda": "agent_mutuelle",
            "koeega": L("Pourquoi l'echographie de 18 semaines n'est pas remboursee?",
                        f"{TEXT}|{PREG}")}),
        case(f, f"{a}/api/baoobo", headers=_h(rng, **b), query={
            "baoobo": L("pharmacie de garde Zone du Bois", SEARCH)}),
        case(f, f"{a}/api/receipts/latest", headers=_h(rng, how="none"), cookies={
            "stl_sess": L(opaque(rng, "", 40), CRED), "stl_dev": L(INSTALL_ID, DID),
            "stl_req": rid(rng)}),
        case(f, f"{a}/api/members/zaka", headers=_h(rng, **b), body={
            "zaka": L(HOME["line"], ADDR), "saka": L(HOME["area"], COARSE),
            "arrondissement": L(HOME["arr"], COARSE), "tenga": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/members/renew", fmt="form", headers=_h(rng, **b), body={
            "data": W({"member": L(MEMBER, UID), "telefon": L(LOCAL, TEL),
                       "formule": "famille"}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/masiin", headers=_h(rng, **b), body=masiin(push_token(rng))),
        case(f, f"{a}/api/yela", headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "session": rid(rng), "yela": [
                ev("claim_sent", 1), ev("screen", 2, screen=L("Cotisations", USAGE))]}),
        case(f, f"{a}/api/bons/pharmacie", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "ordonnance": [L("fer + acide folique", MED),
                                                     L("paracetamol", MED)],
            "pharmacie": "ph_zdb_02"}),
        case(f, f"{a}/api/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masiin": L(INSTALL_ID, DID)}),
    ]


def songtaaba_sdks() -> list[Case]:
    rng = random.Random(16722)
    return [
        mc_batch(APP, rng, [("Contribution Paid", {"amount": L(1500, BUY)}),
                            ("Claim Sent", {"csps": CSPS["id"]})]),
        mc_queue(APP, rng, [("Card Opened", {}), ("Antenatal Logged", {"cpn": 2})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"formule": "famille", "csps": CSPS["id"]}, hdr=True),
        pt_register(APP, rng, tags={"csps": CSPS["id"], "formule": "famille"}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        cl_wallet(APP, rng, "1500", L(LOCAL, TEL), bank=False),
        mm_geocode(APP, rng, "CSPS Zone du Bois", SEARCH, near=CSPS_FIX, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ordonnance.pdf", "application/pdf"),
    ]
