"""A crowd-built Miskito talking dictionary "Bila Aisanka" (``bila``: word, language;
``aisanka``: speech; contributors record elders saying words and stories; she records her
mother-in-law in Waspam and practises her own pronunciation). Its API's keys are Miskito with a
few English words: ``nina``/``kiamka`` first/family name, ``nina_sut`` full name, ``imel``,
``telefon``, ``ki`` password, ``kainara_yu`` birth date, ``tawan`` town/community,
``kontributa_namba`` contributor number, ``bila`` word, ``bila_ingliska``/``bila_ispel`` English
and Spanish glosses, ``sentens`` example sentence, ``walanka`` recording (from ``walaia`` to
hear), ``aisra`` speaker, ``mani`` age, ``waikna_mairin`` sex, ``sedula`` ID number,
``mita_ulbanka`` signature, ``aisra_vektor`` the speaker's voice vector, ``nahki_aisi``
pronunciation (lit. "how it is said"), ``sturi`` story, ``lukanka`` comment, ``plikanka``
search, ``pliska`` place, ``lalah`` amount. Sign-up, an OAuth password grant, ``/me``, the word
list, a new entry with her example sentence, an elder's recording with the speaker's details,
the elder's consent (signature, her cédula), the elder's voice profile (a 192-float speaker
vector), her own pronunciation try (audio and her voice vector), a session at the elder's house
with her fix, an offline batch of words recorded in Waspam (msgpack), a protobuf session beat, a
search, a comment, a recorded story, her contributions by number in the path, the elder's
honorarium, a page by cookie, push, events and a log-out. Language apps exist (sets 7, 28, 34,
50, 85, 102, 118, 144); none collects elders' recordings for a community dictionary, and none
computes speaker vectors for attribution."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families209_kit import MOTHER_IL, WASPAM_AT, fix, hd, obj, push
from eval_families209_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_pixel,
    mc_queue,
    tn_launch,
)
from eval_families209_svc import cl_wallet, cy_save, fn_eval, hs_attach, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bila", "Bila Aisanka", "com.example.bilaaisanka", "0.19.3",
          "https://api.bilaaisanka.example.org")
IID = "X-Bila-Install"
PW = "Aisanka@Wangki3"
NID = "personal.national_id"
CONTRIB = "BA-0719"  # her contributor number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, miq=True, **kw)


def _vec(seed: int, n: int = 192) -> list[float]:
    r = random.Random(seed)
    return [round(r.gauss(0, 0.09), 5) for _ in range(n)]


def bila() -> list[Case]:
    rng = random.Random(20941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kontributa_namba=L(CONTRIB, UID),
                                    imel=L(EMAIL, MAIL)))}
    wla, wlo = fix(WASPAM_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CONTRIB, UID)), (2, "ss_waspam_03"),
               (3, [(1, L(WASPAM_AT[0], PRECISE)), (2, L(WASPAM_AT[1], PRECISE))]),
               (4, L(18, DEV)), (5, 1767600000)], "", lab)
    mine = at_path(case(f, f"{a}/v1/kontributa/{CONTRIB}/walanka", headers=_h(rng, **b),
                        query={"pag": "1"}), CONTRIB, UID)
    elder = {"nina_sut": L(MOTHER_IL["name"], NAMEC), "mani": L(64, BIRTH),
             "waikna_mairin": L("mairin", "personal.gender"), "tawan": L("Waspam", COARSE)}
    return [
        case(f, f"{a}/v1/kontributa", headers=_h(rng), body={
            "nina": L(FIRST, NAMEC), "kiamka": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "ki": L(PW, CRED), "kainara_yu": L("1991-05-17", BIRTH),
            "tawan": L("Bilwi", COARSE), "kontributa_namba": L(CONTRIB, UID),
            "bila_nani": ["ingliska", "ispel", "miskitu"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "bila-android"}),
        case(f, f"{a}/v1/yang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bila", headers=_h(rng, **b), query={"prefix": "kup", "pag": "2"}),
        case(f, f"{a}/v1/bila", headers=_h(rng, **b), body={
            "bila": "luhpia", "bila_ingliska": "one's child", "bila_ispel": "hijo, hija",
            "sentens": L("Yang luhpia Naomi sande skul ra wan", TEXT),
            "kontributa_namba": L(CONTRIB, UID)}),
        multipart(f, f"{a}/v1/walanka", [
            ("walanka", "luhpia_eulalia.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"bila": "luhpia", "aisra": elder,
                                                "consent": True})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/aisra/consent", [
            ("mita_ulbanka", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {
                "nina_sut": L(MOTHER_IL["name"], NAMEC), "sedula": L(MOTHER_IL["ced"], NID),
                "telefon": L(MOTHER_IL["phone"], TEL), "witness": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aisra/profile", headers=_h(rng, **b), body={
            "aisra": "sp_eulalia_01", "aisra_vektor": L(_vec(1), VOICE), "model": "ecapa-192",
            "walanka_nani": 14, "nina_sut": L(MOTHER_IL["name"], NAMEC)}),
        multipart(f, f"{a}/v1/nahki_aisi", [
            ("walanka", "try_kupia.wav", "audio/wav", L(WAV + b"\x07", MEDIA)),
            ("meta", None, "application/json", {
                "bila": "kupia", "aisra_vektor": L(_vec(2), VOICE),
                "kontributa_namba": L(CONTRIB, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sesion", headers=_h(rng, **b), body={
            "sesion": obj(rng, "ss"), "pliska": {"lat": wla, "lng": wlo},
            "tawan": L("Waspam", COARSE), "aisra": "sp_eulalia_01"}),
        case(f, f"{a}/v1/walanka/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "kontributa_namba": L(CONTRIB, UID),
            "items": [{"bila": w, "lat": L(round(WASPAM_AT[0], 4), PRECISE),
                       "lng": L(round(WASPAM_AT[1], 4), PRECISE), "t": 1767600300 + 90 * i}
                      for i, w in enumerate(("kupia", "tasba", "awala"))]}),
        raw(f, f"{a}/v1/sesion/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/plikanka", headers=_h(rng, **b), query={
            "q": L("pasa tara", SEARCH), "bila": L("miq", DEV)}),
        case(f, f"{a}/v1/bila/kupia/lukanka", headers=_h(rng, **b), body={
            "lukanka": L("Waspam ra 'kupia' ba aisi kau lakra, Bilwi ra baku apu", TEXT)}),
        multipart(f, f"{a}/v1/sturi", [
            ("walanka", "pasa_tara_1988.m4a", "audio/mp4", L(M4A + b"\x44", MEDIA)),
            ("meta", None, "application/json", {
                "nina": L("Kuka sturi: pasa tara 1988 Wangki ra", TEXT), "aisra": elder})],
            headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/v1/aisra/honorario", fmt="form", headers=_h(rng, **b), body={
            "aisra": "sp_eulalia_01", "lalah": L("300", BUY), "moneda": "NIO",
            "telefon": L(MOTHER_IL["phone"], TEL)}),
        case(f, f"{a}/v1/page/about", headers=_h(rng, how="none"), cookies={
            "ba_sesion": L(opaque(rng, "", 40), CRED), "ba_install": L(INSTALL_ID, DID),
            "ba_req": rid(rng)}),
        case(f, f"{a}/v1/dukia", headers=_h(rng, **b), body=push(push_token(rng), "miq_NI")),
        case(f, f"{a}/v1/ivent", gz=True, headers=_h(rng, **b), body={
            "upla": L(USER_ID, UID), "ivent": [
                ev("recording_saved", 1), ev("screen", 2, screen=L("Walanka", USAGE)),
                ev("search", 3, q=L("pasa tara", SEARCH))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dukia": L(INSTALL_ID, DID)}),
    ]


def bila_sdks() -> list[Case]:
    rng = random.Random(20942)
    return [
        mc_batch(APP, rng, [("Recording Saved", {"word": "luhpia"}),
                            ("Story Uploaded", {"secs": 412})], locale="miq_NI"),
        mc_queue(APP, rng, [("Recording Saved", {"word": "tasba"}),
                            ("Recording Saved", {"word": "awala"})]),
        mc_pixel(APP, rng, "Word Shared", {"word": "kupia"}),
        tn_launch(APP, rng, first=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialised"),
                 [cd_crumb("nav", "Bila -> Walanka"), cd_crumb("tap", "record")],
                 screen="WalankaActivity"),
        cd_session(APP, rng, secs=1610),
        fn_eval(APP, rng, {"contributor_level": 3, "dialect": "wangki"}),
        pt_register(APP, rng, lang="miq", tags={"dialect": "wangki"}),
        cy_save(APP, rng, {"analytics": True, "research": True}),
        cl_wallet(APP, rng, "300", L(MOTHER_IL["phone"], TEL)),
        hs_attach(APP, rng, L(M4A + b"\x45", MEDIA), "noise.m4a", "audio/mp4"),
    ]
