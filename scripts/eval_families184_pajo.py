"""A folklore archive's crowd-recording app "Pajoarhiivu" (pajo song; volunteers record old
singers' songs and laments in Livvi for the archive; Livvi keys in ASCII: ``nimi``,
``sugunimi``, ``e_posti``, ``telefon``, ``salasana``, ``koodu``, ``kerajai`` collector,
``linnu``, ``pajattai`` singer, ``roinduvuozi`` birth year, ``kyla`` village, ``rahvahus``
nationality (ethnic origin), ``usko`` faith, ``sugulaine`` relation, ``luba`` consent,
``allekirjutus`` signature, ``zapisi`` recording, ``kohtu``, ``kirjutus`` transcription,
``tekstu``, ``itkuvirzi`` lament, ``kenen_muistoh`` in whose memory, ``murreh`` dialect,
``kommentarii``, ``kuva``, ``lahjoitus`` donation, ``summu``, ``maksu``, ``viesti``,
``eccimine``): sign-up, an e-mail code, ``/mina``, her mother-in-law as a singer (birth year,
village, nationality, faith), the singer's consent (a signature image), a song recorded in the
Olonets house, its transcription, a lament's notes, a search, her recordings by collector number
in the path, a comment, an offline field session (msgpack), a dialect-map pin, the singer's
photo, a donation, a message to the archivist, tag edits (JSON Lines), downloads by cookie,
push, events and a log-out. Set 135's congregation family tree and set 139's folklore troupe
are other kinds: this is a minority-language folklore archive fed by volunteers."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families184_kit import (
    ARCHIVE,
    COLLECTOR,
    MOTHER_IL,
    OLO_HOUSE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families184_sdk import jg_launch, kt_crash, kt_crumb, kt_session, lg_batch, lg_pixel
from eval_families184_svc import ab_attach, kl_register, kr_geocode, lb_check, lp_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pajoarhiivu", "Pajoarhiivu", "com.example.pajoarhiivu", "1.2.0",
          "https://api.pajoarhiivu.example.org")
IID = "X-Pajo-Device"
PW = "Itkuvirzi*Megrega"
MIL = MOTHER_IL[0]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, krl=True, **kw)


def pajoarhiivu() -> list[Case]:
    rng = random.Random(18471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kerajai=L(COLLECTOR, UID), e_posti=L(EMAIL, MAIL)))}
    hla, hlo = fix(OLO_HOUSE_AT, 5)
    singer = obj(rng, "pj")
    rec = obj(rng, "zp")
    mine = at_path(case(f, f"{a}/api/kerajat/{COLLECTOR}/zapisit", headers=_h(rng, **b),
                        query={"sivu": "1"}), COLLECTOR, UID)
    return [
        case(f, f"{a}/api/kerajat", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "e_posti": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "salasana": L(PW, CRED), "kerajai": L(COLLECTOR, UID),
            "linnu": L("Petroskoi", COARSE), "kielet": ["en", "ru", "olo"]}),
        case(f, f"{a}/api/kirjuttavu/koodu", fmt="form", headers=_h(rng), body={
            "e_posti": L(EMAIL, MAIL), "koodu": L("904418", CRED)}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pajattajat", headers=_h(rng, **b), body={
            "pajattai": singer, "nimi": L(MIL, NAMEC), "roinduvuozi": L(1949, BIRTH),
            "kyla": L("Megrega", COARSE), "rahvahus": L("livvikoi", SENS),
            "usko": L("ortodoksu", SENS), "telefon": L(MOTHER_IL[1], TEL),
            "sugulaine": "anoppi", "kerajai": L(COLLECTOR, UID)}),
        multipart(f, f"{a}/api/luvat", [
            ("allekirjutus", "luba.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {"pajattai": singer, "nimi": L(MIL, NAMEC),
                                                "luba": "CC-BY-NC", "datu": "2025-07-19"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/zapisit", [
            ("zapisi", "megrega_pajo_01.m4a", "audio/mp4", L(M4A + b"\x2f", MEDIA)),
            ("meta", None, "application/json", {
                "zapisi": rec, "pajattai": singer, "nimi": "Kuuzen kuuzen kukkaine",
                "kohtu": {"lat": hla, "lng": hlo}, "kesto_s": 212, "murreh": "livvi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/zapisit/{rec}/kirjutus", headers=_h(rng, **b), body={
            "kieli": "olo", "tekstu": L("Kuuzen kuuzen kukkaine, kus sinun kukkaine kazvoi...",
                                        TEXT), "kerajai": L(COLLECTOR, UID)}),
        case(f, f"{a}/api/zapisit/{rec}/itkuvirzi", headers=_h(rng, **b), body={
            "tyyppi": "itkuvirzi", "kenen_muistoh": L("Pedri Makarov", NAMEC),
            "tekstu": L(f"{MIL} itki ukon muistoh, pogostal oli panihida",
                        f"{TEXT}|{NAMEC}|{SENS}"),
            "kerajai": L(COLLECTOR, UID)}),
        case(f, f"{a}/api/eccimine", headers=_h(rng, **b), query={
            "eccimine": L("itkuvirret Vieljarvi", SEARCH), "tyyppi": "audio"}),
        mine,
        case(f, f"{a}/api/zapisit/zp_44c0a1/kommentarii", headers=_h(rng, **b), body={
            "tekstu": L("Tata pajuo pajatti minun anoppi mugai, toizin sanoin", TEXT)}),
        case(f, f"{a}/api/kenttu/synk", fmt="msgpack", headers=_h(rng, **b), body={
            "kerajai": L(COLLECTOR, UID), "zapisit": [
                {"zapisi": obj(rng, "zp"), "lat": L(round(OLO_HOUSE_AT[0] + 0.00041 * i, 6),
                                                    PRECISE),
                 "lng": L(round(OLO_HOUSE_AT[1] - 0.00033 * i, 6), PRECISE), "kesto_s": 95 + i}
                for i in range(3)]}),
        case(f, f"{a}/api/kartu/murreh", headers=_h(rng, **b), body={
            "zapisi": rec, "kyla": L("Vieljarvi", COARSE), "lat": L(61.38, COARSE),
            "lng": L(33.49, COARSE), "murreh": "livvi"}),
        multipart(f, f"{a}/api/pajattajat/kuva", [
            ("kuva", "valentina.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "pajattai": singer, "tekstu": L(f"{MIL} kodipihal", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lahjoitus", fmt="form", headers=_h(rng, **b), body={
            "summu": L("1000", BUY), "valuuttu": "RUB", "maksu": L(opaque(rng, "pm_", 24), PAY),
            "arhiivu": ARCHIVE["id"]}),
        case(f, f"{a}/api/viestit", headers=_h(rng, **b), body={
            "kenele": "arhivaru_olga",
            "viesti": L("Anoppi ei tahto, ku hänen nimi nägyy netis, voigo panna vai kylan?",
                        TEXT)}),
        lines(f, f"{a}/api/tagat", [
            {"zapisi": rec, "tagat": ["svuad'bu", "kehtopajo"], "kerajai": L(COLLECTOR, UID)},
            {"zapisi": obj(rng, "zp"), "tagat": ["itkuvirzi"], "kerajai": L(COLLECTOR, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/latavukset", headers=_h(rng, how="none"), cookies={
            "pa_sess": L(opaque(rng, "", 40), CRED), "pa_dev": L(INSTALL_ID, DID),
            "pa_req": rid(rng)}),
        case(f, f"{a}/api/laite", headers=_h(rng, **b), body=push(push_token(rng), "olo_RU")),
        case(f, f"{a}/api/sobytiet", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sobytiet": [
                ev("zapisi_upload", 1, kesto_s=212), ev("ekran", 2, ekran=L("Kirjutus", USAGE))],
            "arhiivu": {"lat": ARCHIVE["lat"], "lng": ARCHIVE["lon"]}}),
        case(f, f"{a}/api/lahtie", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "laite": L(INSTALL_ID, DID)}),
    ]


def pajoarhiivu_sdks() -> list[Case]:
    rng = random.Random(18472)
    return [
        lg_batch(APP, rng, [("Recording Uploaded", {"secs": 212}),
                            ("Transcript Saved", {})], at=OLO_HOUSE_AT, nd=2, locale="olo_RU"),
        lg_pixel(APP, rng, "Map Opened", {"layer": "dialects"}),
        jg_launch(APP, rng, first=True, user=True),
        kt_crash(APP, rng, ("java.lang.IllegalStateException", "MediaRecorder stop failed"),
                 [kt_crumb("nav", "Singer -> Record")], screen="RecordActivity"),
        kt_session(APP, rng, secs=1520),
        lp_eval(APP, rng, {"collector": L(COLLECTOR, UID), "dialect": "livvi"}),
        kl_register(APP, rng, lang="olo", tags={"archive": ARCHIVE["id"]}),
        lb_check(APP, rng, {"analytics": True}),
        ab_attach(APP, rng, L(M4A + b"\x30", MEDIA), "megrega_pajo_02.m4a", "audio/mp4"),
        kr_geocode(APP, rng, "Megrega", SEARCH, near=OLO_HOUSE_AT, nd=2),
    ]
