"""Copy-shop app "Sebrdoogo" (sebre "paper", doogo "house"; a cyber and copy shop in central
Ouagadougou that prints, scans, types and takes documents to the town hall for certified
copies). Moore keys with English: ``yuure`` first name, ``sondre`` family name, ``telefon``
phone, ``solgre`` password, ``kode`` SMS code, ``tuuma`` job (lit. work), ``sebre`` document,
``kart`` ID document, ``ligdi`` amount, ``yaoogo`` payment, ``kode_yiibu`` pick-up code,
``zaka`` home address, ``saka`` quarter, ``tenga`` town, ``reegda`` recipient, ``koeega``
message, ``soama`` rating, ``baoobo`` search, ``ziiga`` place, ``soaba`` user, ``yela``
events: sign-up, an SMS code, ``/maam``, her CV (PDF), the print job, certified copies of her
passport and residence card (scans), ID photos, the wedding invitations typed, the pick-up code,
payment by mobile money, a check-in at the shop, the job by number in the path, a scan sent by
e-mail to her sister, lamination, a search, delivery to her house, a review, jobs by cookie
(base64 JSON preferences), push, events and a log-out. No earlier set has a copy shop ("copy
shop", "photocop" and "cyber" found nothing; sets 20 and 30 print photos, set 25 prints in
3-D)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families167_kit import (
    CATHEDRAL,
    HOME,
    HOME_AT,
    HUSBAND,
    JOB,
    LOCAL,
    LOCAL_NAT,
    PASSPORT,
    RESIDENT,
    SHOP,
    SHOP_FIX,
    SISTER_US,
    fix,
    hd,
    masiin,
)
from eval_families167_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_launch,
)
from eval_families167_svc import cl_wallet, cy_check, fn_eval, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sebrdoogo", "Sebrdoogo", "com.example.sebrdoogo", "2.0.6",
          "https://api.sebrdoogo.example.net")
IID = "X-Sebr-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
JOB2 = "SB-88240"  # the certified-copies job (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def sebrdoogo() -> list[Case]:
    rng = random.Random(16761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(LOCAL, TEL)))}
    sla, slo = fix(SHOP_FIX, 5)
    st = at_path(case(f, f"{a}/v2/tuuma/{JOB}/statut", headers=_h(rng, **b)), JOB, BUY)
    invite = (f"{FIRST} {LAST} et {HUSBAND[0]} vous invitent a la benediction de leur mariage "
              f"le 16 mai 2026 a la {CATHEDRAL['name']}")
    return [
        case(f, f"{a}/v2/soaba", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "telefon": L(LOCAL, TEL),
            "solgre": L("Sebre-2026!", CRED), "tenga": L("Ouagadougou", COARSE)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(LOCAL_NAT, TEL), "kode": L("390552", CRED)}),
        case(f, f"{a}/v2/maam", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/sebre", [
            ("sebre", "CV_Jane_Doe.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"tuuma": L(JOB, BUY), "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tuuma", headers=_h(rng, **b), body={
            "tuuma": L(JOB, BUY), "boutique": SHOP["id"], "copies": 5, "couleur": False,
            "papier": "A4_90g", "ligdi": L(750, BUY)}),
        multipart(f, f"{a}/v2/legalisation", [
            ("passeport", "passeport.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NID}")),
            ("carte", "carte_sejour.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "tuuma": L(JOB2, BUY), "passeport": L(PASSPORT, NID), "carte": L(RESIDENT, NID),
                "copies": 3, "mairie": "mairie_baskuy"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/photos-identite", [
            ("foto", "visage.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("meta", None, "application/json", {"format": "4x4", "nombre": 6})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/saisie", headers=_h(rng, **b), body={
            "buudu": "faire_part", "nombre": 120,
            "texte": L(invite, f"{TEXT}|{NAMEC}|{SENS}"), "ligdi": L(36000, BUY)}),
        case(f, f"{a}/v2/tuuma/{JOB}/retrait", fmt="form", headers=_h(rng, **b), body={
            "kode_yiibu": L("4471", CRED), "qui": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v2/yaoogo", fmt="form", headers=_h(rng, **b), body={
            "tuuma": L(JOB, BUY), "ligdi": L("36750", BUY), "telefon": L(LOCAL, TEL),
            "kode": L("118204", CRED), "reference": rid(rng)}),
        case(f, f"{a}/v2/boutique/checkin", headers=_h(rng, **b), body={
            "ziiga": {"lat": sla, "lng": slo},
            "boutique": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"]}}),
        st,
        case(f, f"{a}/v2/scan/email", headers=_h(rng, **b), body={
            "tuuma": L(JOB2, BUY), "reegda": L(SISTER_US[2], MAIL), "cc": L(EMAIL, MAIL),
            "koeega": L("Sarah, here are the certified copies for the consulate", TEXT)}),
        case(f, f"{a}/v2/plastification", fmt="form", headers=_h(rng, **b), body={
            "tuuma": L(JOB2, BUY), "format": "A6", "ligdi": L("600", BUY)}),
        case(f, f"{a}/v2/baoobo", headers=_h(rng, **b), query={
            "baoobo": L("formulaire renouvellement carte de sejour", SEARCH)}),
        case(f, f"{a}/v2/livraison", headers=_h(rng, **b), body={
            "tuuma": L(JOB, BUY), "zaka": L(HOME["line"], ADDR), "saka": L(HOME["area"], COARSE),
            "lat": L(HOME_AT[0], PRECISE), "lng": L(HOME_AT[1], PRECISE),
            "telefon": L(LOCAL, TEL), "ligdi": L(1000, BUY)}),
        case(f, f"{a}/v2/avis", headers=_h(rng, **b), body={
            "boutique": SHOP["id"], "soama": 4,
            "koeega": L("Fast, but the colour printer was broken again.", TEXT)}),
        case(f, f"{a}/v2/tuuma/latest", headers=_h(rng, how="none"), cookies={
            "sd_sess": L(opaque(rng, "", 40), CRED),
            "sd_prefs": W({"telefon": L(LOCAL, TEL), "gomde": L("fr", DEV),
                           "boutique": SHOP["id"]}, "b64json")}),
        case(f, f"{a}/v2/masiin", headers=_h(rng, **b), body=masiin(push_token(rng))),
        case(f, f"{a}/v2/yela", headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "yela": [
                ev("job_sent", 1), ev("screen", 2, screen=L("Legalisation", USAGE))]}),
        case(f, f"{a}/v2/soaba/yiibu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masiin": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/devis", headers=_h(rng, **b), query={
            "pages": "2", "copies": "5", "couleur": "0", "boutique": SHOP["id"]}),
    ]


def sebrdoogo_sdks() -> list[Case]:
    rng = random.Random(16762)
    return [
        mc_batch(APP, rng, [("Job Sent", {"total": L(750, BUY)}),
                            ("Copies Ordered", {"copies": 3})], at=SHOP_FIX, nd=2),
        mc_queue(APP, rng, [("Scan Opened", {}), ("Delivery Asked", {})]),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="impression,documents"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.io.IOException", "pdf too large"),
                 [cd_crumb("nav", "Sebre -> Upload")], screen="UploadActivity"),
        fn_eval(APP, rng, {"boutique": SHOP["id"], "tenga": L("Ouagadougou", COARSE)}),
        cy_check(APP, rng, {"analytics": True}),
        cl_wallet(APP, rng, "36750", L(LOCAL, TEL), bank=False),
        mm_geocode(APP, rng, "Cyber Kwame Nkrumah", SEARCH, near=HOME_AT, nd=3),
    ]
