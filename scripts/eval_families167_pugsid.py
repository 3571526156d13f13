"""Catholic marriage-preparation app "Pugsidlem" (marriage; the diocese of Koudougou's course for
couples and the church wedding's file: she and Boukary, married civilly, prepare their church
wedding at the cathedral where his family worships; her religion and his). Moore keys with
English: ``yuure`` first name, ``sondre`` family name, ``telefon`` phone, ``solgre`` password,
``rogem_daare`` birth date, ``tuudum`` faith/religion, ``batem`` baptism (``batem_daare``
its date, ``batem_wendoogo`` its church), ``wendoogo`` church (lit. God's house), ``puusgo``
prayer, ``pugsidlem`` marriage, ``sida`` husband, ``kaset`` witnesses, ``dossier`` the
couple's file, ``laoogo`` course session (lit. gathering), ``daare`` day, ``ligdi`` amount,
``yaoogo`` payment, ``koeega`` message, ``baoobo`` search, ``foto`` photo, ``soaba`` user,
``yela`` events: the couple's registration, an OAuth password grant, ``/maam``, her baptism
certificate (PDF), the civil marriage and both IDs (gzip), the sessions, a session check-in
with her fix, the couple's questionnaire, the witnesses, the banns, the date at the cathedral
and its offering, the choir (msgpack), the file by number in the path, a message to the priest,
a search, the couple's photo, a prayer intention, a receipt by cookie, push and events. No
earlier set has marriage preparation ("marriage prep", "pre-marriage" and "marriage course"
found nothing; sets 124, 128 and 129 are Catholic parish apps of sacraments, tithes and
catechism; set 158 plans a dowry negotiation)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families167_kit import (
    CATH_FIX,
    CATHEDRAL,
    DOSSIER,
    HOME_AT,
    HUSBAND,
    PRIEST,
    RESIDENT,
    WITNESS,
    fix,
    hd,
    masiin,
    obj,
)
from eval_families167_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families167_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pugsidlem", "Pugsidlem", "com.example.pugsidlem", "1.1.2",
          "https://api.pugsidlem.example.org")
IID = "X-Pugsidlem-Masiin"
PW = "SaintAugustin#26"
NID = "personal.national_id"
REL = SENS
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))
D = DOSSIER


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def pugsidlem() -> list[Case]:
    rng = random.Random(16751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dossier=L(D, UID),
                                    wendoogo=L(CATHEDRAL["name"], REL)))}
    cla, clo = fix(CATH_FIX, 4)
    fil = at_path(case(f, f"{a}/v1/dossiers/{D}", headers=_h(rng, **b)), D, UID)
    return [
        case(f, f"{a}/v1/couples", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "solgre": L(PW, CRED), "rogem_daare": L(DOB, BIRTH),
            "tuudum": L("catholique", REL), "batem_daare": L("1991-08-25", REL),
            "batem_wendoogo": L("St. Patrick, Columbus OH", REL),
            "sida": {"yuure": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                     "rogem_daare": L("1987-11-02", BIRTH), "tuudum": L("catholique", REL)},
            "wendoogo": L(CATHEDRAL["id"], REL), "dossier": L(D, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pugsidlem-android"}),
        case(f, f"{a}/v1/maam", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/dossiers/batem", [
            ("certificat", "bapteme_jane.pdf", "application/pdf", L(PDF, f"{MEDIA}|{REL}")),
            ("meta", None, "application/json", {"dossier": L(D, UID), "qui": "epouse"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dossiers/civil", gz=True, headers=_h(rng, **b), body={
            "dossier": L(D, UID), "mairie": "mairie_arr5_oua", "daare": "2024-12-14",
            "epouse_carte": L(RESIDENT, NID), "epoux_cnib": L(HUSBAND[2], NID),
            "regime": "monogamie"}),
        case(f, f"{a}/v1/laoogo", headers=_h(rng, **b), query={
            "dossier": L(D, UID), "paroisse": L(CATHEDRAL["id"], REL)}),
        case(f, f"{a}/v1/laoogo/checkin", headers=_h(rng, **b), body={
            "laoogo": obj(rng, "lg"), "at": {"lat": cla, "lng": clo},
            "wendoogo": {"lat": CATHEDRAL["lat"], "lng": CATHEDRAL["lon"]}}),
        case(f, f"{a}/v1/questionnaire", headers=_h(rng, **b), body={
            "dossier": L(D, UID), "kamba_rat": L(3, REL),
            "planification": L("methode naturelle (Billings)", REL),
            "pourquoi": L("We want God's blessing on the family we already are.",
                          f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/kaset", headers=_h(rng, **b), body={
            "dossier": L(D, UID), "kaset": [
                {"yuure": L(WITNESS[0][0], NAMEC), "telefon": L(WITNESS[0][1], TEL)},
                {"yuure": L(WITNESS[1][0], NAMEC), "telefon": L(WITNESS[1][1], TEL)}]}),
        case(f, f"{a}/v1/bans", fmt="form", headers=_h(rng, **b), body={
            "dossier": L(D, UID), "paroisse_epoux": L(CATHEDRAL["id"], REL),
            "paroisse_epouse": L("St. Patrick, Columbus OH", REL), "dimanches": "3"}),
        case(f, f"{a}/v1/pugsidlem/date", headers=_h(rng, **b), body={
            "dossier": L(D, UID), "wendoogo": L(CATHEDRAL["id"], REL), "daare": "2026-05-16",
            "wakato": "09:30", "offrande": L(50000, BUY), "messe": L("messe de mariage", REL)}),
        case(f, f"{a}/v1/chorale", fmt="msgpack", headers=_h(rng, **b), body={
            "dossier": L(D, UID), "chants": ["ch_entree_12", "ch_offertoire_04", "ch_sortie_9"],
            "gomde": "moore", "ligdi": L(25000, BUY)}),
        fil,
        case(f, f"{a}/v1/koeega", headers=_h(rng, **b), body={
            "reegda": "abbe_zongo",
            "koeega": L(f"{PRIEST}, can my sister read the second reading in English?",
                        f"{TEXT}|{REL}|{NAMEC}")}),
        case(f, f"{a}/v1/baoobo", headers=_h(rng, **b), query={
            "baoobo": L("messe en moore dimanche Koudougou", f"{SEARCH}|{REL}")}),
        multipart(f, f"{a}/v1/dossiers/foto", [
            ("foto", "couple.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"dossier": L(D, UID), "usage": "faire_part"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/puusgo", headers=_h(rng, **b), body={
            "puusgo": L("Pour ma belle-mere Pauline et pour notre enfant a naitre",
                        f"{TEXT}|{REL}"), "visibilite": "clerge"}),
        case(f, f"{a}/v1/recus/latest", headers=_h(rng, how="none"), cookies={
            "pg_session": L(opaque(rng, "", 40), CRED), "pg_masiin": L(INSTALL_ID, DID),
            "pg_req": rid(rng)}),
        case(f, f"{a}/v1/masiin", headers=_h(rng, **b), body=masiin(push_token(rng))),
        case(f, f"{a}/v1/yela", gz=True, headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "yela": [
                ev("laoogo_checkin", 1), ev("screen", 2, screen=L("Dossier", USAGE)),
                ev("offering", 3, messe=L("messe de mariage", REL))]}),
        case(f, f"{a}/v1/kaset/accord", fmt="form", headers=_h(rng, **b), body={
            "dossier": L(D, UID), "kaset": "1", "telefon": L(WITNESS[0][1], TEL),
            "kode": L("551902", CRED)}),
        case(f, f"{a}/v1/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masiin": L(INSTALL_ID, DID)}),
    ]


def pugsidlem_sdks() -> list[Case]:
    rng = random.Random(16752)
    return [
        mc_batch(APP, rng, [("Session Attended", {"paroisse": L(CATHEDRAL["id"], REL)}),
                            ("Date Booked", {})], at=CATH_FIX, nd=2),
        mc_identify(APP, rng, {"paroisse": L(CATHEDRAL["name"], REL), "dossier": L(D, UID)}),
        mc_pixel(APP, rng, "Reading Opened", {"day": "2026-03-01"}),
        tn_event(APP, rng, "offering", {"messe": L("mariage", REL)}, revenue=50000.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/bans"),
                 [cd_crumb("nav", "Dossier -> Bans"), cd_crumb("tap", "send_bans")],
                 screen="BansActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"paroisse": L("cathedrale_kdg", REL)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "50000"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((CATHEDRAL["lat"], CATHEDRAL["lon"]), None)]),
        hs_message(APP, rng, L("The receipt for the wedding offering did not arrive",
                               f"{TEXT}|{REL}"), {"dossier": L(D, UID)}),
    ]
