"""Audio-Bible recording app "Diyi dia Nzambi" (``diyi dia Nzambi``: the word of God; a fictional
translation society's app for volunteer narrators recording the Tshiluba Bible at a Kananga
studio and playing it to village listening groups): sign-up (her church), her husband as a second
voice (his ethnic group), a voice enrolment (a speaker embedding kept to keep one narrator per
book), takes uploaded (M4A), a speaker check, the studio check-in, a review of a take, her
stipend, her takes by narrator number in the path, a prayer request (her pregnancy), a listening
group in a village, an offline queue, a message to the coordinator. Tshiluba keys with English:
``mubadi`` narrator (lit. "reader"), ``babadi`` narrators, ``diyi`` voice/word,
``mukanda`` book, ``nshapita`` chapter, ``mvese`` verses, ``ekeleziya`` church,
``tshisamba`` ethnic group, ``muakulu`` language, ``dina``, ``dina_dia_diku``, ``telefone``,
``diyi_dia_musokoko``, ``dituku_dia_kuledibua``, ``sexe``, ``mulume``, ``tshitupa`` take (lit.
"piece"), ``difuta`` stipend, ``bungi``, ``disambila`` prayer, ``tshisumbu`` group,
``bateleji`` listeners, ``musoko`` village, ``tshimfuanyi``, ``mukenji``, ``dikeba``, ``lumu``.
Newness: "audio bible", "recording studio", "dubbing" and "voice actor" matched nothing in a
docstring grep of ``scripts/``; church apps (133, 134, 151 and more) are about worship,
offerings and sacraments, this one about recording and listening groups."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
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
    MED,
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
    VOICE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families195_kit import (
    HOME_AT,
    HUSBAND,
    LOCAL_TEL,
    NARRATOR,
    RIB,
    STUDIO,
    fix,
    hd,
    obj,
    push,
)
from eval_families195_sdk import cm_crash, cm_crumb, cm_session, ss_batch, ss_pixel, tb_launch
from eval_families195_svc import cs_save, fk_eval, hl_attach, mk_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("diyi", "Diyi dia Nzambi", "com.example.diyidianzambi", "2.0.7",
          "https://api.diyidianzambi.example.org")
IID = "X-Diyi-Device"
PW = "Misambu23:Kananga"
CHURCH = "CPK Kananga-Malandji (Presbyterienne)"  # her church as she states it (religion)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lua=True, **kw)


def _embedding(rng: random.Random, n: int = 192) -> list[float]:
    return [round(rng.gauss(0, 0.07), 5) for _ in range(n)]


def diyi() -> list[Case]:
    rng = random.Random(19551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mubadi=L(NARRATOR, UID), email=L(EMAIL, MAIL),
                                    ekeleziya=L(CHURCH, SENS)))}
    sla, slo = fix((STUDIO["lat"] + 0.000091, STUDIO["lon"] + 0.000057), 5)  # her, at the studio
    take = obj(rng, "tk")
    takes = at_path(case(f, f"{a}/v1/babadi/{NARRATOR}/bitupa", headers=_h(rng, **b),
                         query={"mukanda": "YHN"}), NARRATOR, UID)
    return [
        case(f, f"{a}/v1/babadi", headers=_h(rng), body={
            "dina": L(FIRST, NAMEC), "dina_dia_diku": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefone": L(E164, TEL), "diyi_dia_musokoko": L(PW, CRED),
            "dituku_dia_kuledibua": L(DOB, BIRTH), "sexe": L("mukaji", GENDER),
            "ekeleziya": L(CHURCH, SENS), "muakulu": ["lua", "en", "fr"],
            "mubadi": L(NARRATOR, UID)}),
        case(f, f"{a}/v1/kubuela", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "diyi_dia_musokoko": L(PW, CRED)}),
        case(f, f"{a}/v1/meme", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/babadi/mulume", headers=_h(rng, **b), body={
            "dina": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL),
            "tshisamba": L("Muluba", SENS), "ekeleziya": L(CHURCH, SENS),
            "sexe": L("mulume", GENDER), "bidimu": L(38, BIRTH)}),
        case(f, f"{a}/v1/diyi/enrol", headers=_h(rng, **b), body={
            "mubadi": L(NARRATOR, UID), "sample_rate": 16000, "model": "spk-ecapa-v2",
            "diyi": L(_embedding(rng), VOICE), "consent": True}),
        multipart(f, f"{a}/v1/bitupa", [
            ("diyi", "yhn_03_01-21.m4a", "audio/mp4", L(M4A + b"\x01", MEDIA)),
            ("meta", None, "application/json", {
                "mukanda": "YHN", "nshapita": 3, "mvese": "1-21", "tshitupa": take,
                "mubadi": L(NARRATOR, UID), "studio": STUDIO["id"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/diyi/check", headers=_h(rng, **b), body={
            "tshitupa": take, "diyi": L(_embedding(rng), VOICE), "score": 0.91,
            "mubadi": L(NARRATOR, UID)}),
        case(f, f"{a}/v1/babadi/matuku", fmt="form", headers=_h(rng, **b), body={
            "mubadi": L(NARRATOR, UID), "matuku": "lundi,mercredi", "diba": "08-12"}),
        case(f, f"{a}/v1/nshapita", headers=_h(rng, **b), query={
            "mukanda": "YHN", "nshapita": "4", "muakulu": "lua"}),
        case(f, f"{a}/v1/studio/checkin", headers=_h(rng, **b), body={
            "muaba": {"lat": sla, "lon": slo},
            "studio": {"id": STUDIO["id"], "lat": STUDIO["lat"], "lon": STUDIO["lon"]},
            "dituku": "2026-01-15"}),
        case(f, f"{a}/v1/bitupa/review", headers=_h(rng, **b), body={
            "tshitupa": obj(rng, "tk"), "ntoto": 4,
            "mukenji": L("Mvese 16 udi ne dîyi dia lukasa, bala kabidi bitekete", TEXT)}),
        case(f, f"{a}/v1/difuta", fmt="form", headers=_h(rng, **b), body={
            "mubadi": L(NARRATOR, UID), "bungi": L("75.00", BUY), "devise": "USD",
            "wallet": L(LOCAL_TEL, TEL), "rib": L(RIB, PAY)}),
        takes,
        case(f, f"{a}/v1/disambila", headers=_h(rng, **b), body={
            "mukenji": L("Nsambilayi bua difu dianyi, ngondo itanu, ne bua Ngalula udi musama",
                         f"{TEXT}|{SENS}|{MED}|{NAMEC}"), "kudi": "bapasteur"}),
        case(f, f"{a}/v1/tshisumbu/session", headers=_h(rng, **b), body={
            "tshisumbu": "tsb_bena_leka", "musoko": L("Bena Leka", COARSE), "bateleji": 23,
            "mukanda": "YHN", "nshapita": 3,
            "muaba": {"lat": L(-5.9712, PRECISE), "lon": L(22.3874, PRECISE)}}),
        case(f, f"{a}/v1/bitupa/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "mubadi": L(USER_ID, UID), "bitupa": [
                {"tshitupa": obj(rng, "tk"), "sec": 212}, {"tshitupa": obj(rng, "tk"),
                                                           "sec": 187}]}),
        case(f, f"{a}/v1/mikenji", headers=_h(rng, **b), body={
            "kudi": "coordinator", "mukenji": L(
                "Pasteur Kabasele Mukendi, ndi mujike Yone 3; studio udi ne courant lelu?",
                f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/dikeba", headers=_h(rng, **b), query={
            "dikeba": L("Misambu 23", SEARCH)}),
        multipart(f, f"{a}/v1/profile/tshimfuanyi", [
            ("tshimfuanyi", "mubadi.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lumu", headers=_h(rng, how="none"), cookies={
            "dn_sesi": L(opaque(rng, "", 40), CRED), "dn_device": L(INSTALL_ID, DID),
            "dn_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "lua_CD")),
        case(f, f"{a}/v1/bienzedi", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "bienzedi": [
                ev("take_uploaded", 1, sec=212), ev("screen", 2, screen=L("Bitupa", USAGE))]}),
    ]


def diyi_sdks() -> list[Case]:
    rng = random.Random(19552)
    return [
        ss_batch(APP, rng, [("Take Uploaded", {"book": "YHN"}),
                            ("Stipend Paid", {"amount": L(75, BUY)})], locale="lua_CD"),
        ss_pixel(APP, rng, "Chapter Played", {"book": "YHN", "ch": 3}),
        tb_launch(APP, rng, first=True),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "recorder not prepared"),
                 [cm_crumb("nav", "Bitupa -> Recorder")], screen="RecorderActivity"),
        cm_session(APP, rng, secs=1940),
        fk_eval(APP, rng, {"ekeleziya": L(CHURCH, SENS), "role": "mubadi"}),
        pt_register(APP, rng, lang="lua", tags={"ekeleziya": L("CPK", SENS),
                                                 "tshimenga": L("Kananga", COARSE)}),
        cs_save(APP, rng, {"analytics": True, "voice_research": False}),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((STUDIO["lat"], STUDIO["lon"]), None)],
                 mode="walking"),
        hl_attach(APP, rng, L(M4A + b"\x02", MEDIA), "take_noise.m4a", "audio/mp4"),
    ]
