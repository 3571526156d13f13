"""Oral-history recording app "Makani gha Kale" (stories of long ago) of a community archive in the
north: she records her husband's grandmother Esther Nyirenda (86) telling the family's and the
lakeshore's history at the family home in Mwenilondo, Karonga, with consent, transcripts, photos
and a family tree. Its API's keys are Chitumbuka: ``lembeska`` register, ``njira`` log in,
``ine`` me, ``zina``, ``zina_la_fuko``, ``imelo``, ``foni``, ``mazgu_ghachisisi``, ``msumba``
town, ``mulongosori`` / ``walongosori`` narrator / narrators, ``vyaka`` age, ``jenda``,
``muzi`` village, ``boma`` district, ``fuko`` clan, ``mtundu`` people (ethnic group),
``chiyowoyero`` language, ``ubale`` relationship, ``makani`` story or stories, ``mutu`` title,
``lizgu`` voice (the recording), ``malemba`` transcript (writings), ``mwambo`` custom,
``chivomerezo`` consent, ``kawonere`` who may see it, ``kaboni`` witness, ``chithuzi`` photo,
``malo`` place, ``mitu`` topics, ``mbiri_ya_banja`` family tree, ``chaka_chakubabika`` birth
year, ``mphaso`` gift (an honorarium), ``uthenga`` message, ``penja`` search, ``vigawa``
segments, ``mazgu`` words (a caption), ``chidindo`` seal (a thumbprint), ``mphindi``
minutes, ``vyakuchitika`` events. Sign-up, a log-in, ``/ine``, the narrator added, a
recording uploaded, its transcript (gzip), the consent with her thumbprint, the stories by
contributor number in the path, a photo, a protobuf recorder beat, an offline segment
queue (msgpack), topics, a search, the family tree, the honorarium to her phone,
the latest by cookie, a note to the archive's editor, push, events and a token
refresh. No earlier set has an oral-history app (a docstring grep for "oral history" and
"oral-history" found nothing; "storytell" matched three unrelated lines)."""

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
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families208_kit import (
    COLLECTOR,
    ELDER,
    FAMILY_AT,
    HUSBAND,
    MOTHER_IL,
    MW_PHONE,
    fix,
    hd,
    obj,
    push,
)
from eval_families208_sdk import (
    cr_session,
    mn_batch,
    mn_identify,
    mn_queue,
    tv_event,
    tv_launch,
)
from eval_families208_svc import fz_eval, hu_message, mk_reverse, mk_telemetry, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kale", "Makani gha Kale", "com.example.makanighakale", "0.9.12",
          "https://api.makanikale.example.net")
IID = "X-MK-Device"
PW = "Mwenilondo!1914"
ETH = SENS  # clan and people: ethnic origin (personal.sensitive)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, tum=True, **kw)


def kale() -> list[Case]:
    rng = random.Random(20851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imelo=L(EMAIL, MAIL), collector=L(COLLECTOR, UID)))}
    fla, flo = fix(FAMILY_AT)
    story = obj(rng, "st")
    lab: dict[str, str] = {}
    beat = pb([(1, L(COLLECTOR, UID)), (2, story), (3, 1312),
               (4, [(1, L(FAMILY_AT[0], PRECISE)), (2, L(FAMILY_AT[1], PRECISE))]),
               (5, L(37, DEV)), (6, L(2210000000, DEV))], "", lab)
    mine = at_path(case(f, f"{a}/api/v1/collectors/{COLLECTOR}/makani", headers=_h(rng, **b),
                        query={"peji": "1"}), COLLECTOR, UID)
    return [
        case(f, f"{a}/api/v1/lembeska", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_la_fuko": L(LAST, NAMEC), "imelo": L(EMAIL, MAIL),
            "foni": L(MW_PHONE, TEL), "mazgu_ghachisisi": L(PW, CRED),
            "msumba": L("Mzuzu", COARSE), "collector": L(COLLECTOR, UID)}),
        case(f, f"{a}/api/v1/njira", fmt="form", headers=_h(rng), body={
            "imelo": L(EMAIL, MAIL), "mazgu_ghachisisi": L(PW, CRED)}),
        case(f, f"{a}/api/v1/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/walongosori", headers=_h(rng, **b), body={
            "zina": L(ELDER[0], NAMEC), "vyaka": L(ELDER[1], BIRTH),
            "jenda": L("mwanakazi", GENDER), "muzi": L("Mwenilondo", COARSE),
            "boma": L("Karonga", COARSE), "fuko": L("Nyirenda", ETH), "mtundu": L("Tumbuka", ETH),
            "foni": L(ELDER[2], TEL), "ubale": "ambuya", "chiyowoyero": "Chitumbuka"}),
        multipart(f, f"{a}/api/v1/makani", [
            ("lizgu", "ambuya_1.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "makani": story, "mutu": L("Usodi wa usipa na nkhondo ya 1914", TEXT),
                "malo": {"lat": fla, "lng": flo}, "mphindi": 22,
                "mulongosori": "wl_0091"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/makani/{story}/malemba", gz=True, headers=_h(rng, **b), body={
            "malemba": L("Ine nkhababikira ku Mwenilondo. Adada ŵakaŵa ŵalovi, ndipo "
                         "tikalombanga Chiuta ku Livingstonia mu mpingo wa CCAP.",
                         f"{TEXT}|{SENS}|{COARSE}"),
            "mwambo": L("Malowolo gha ng'ombe zinayi pa ukwati wa Anyirenda", f"{TEXT}|{ETH}"),
            "chiyowoyero": "Chitumbuka"}),
        multipart(f, f"{a}/api/v1/chivomerezo", [
            ("chidindo", "thumb.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {
                "mulongosori": L(ELDER[0], NAMEC), "kawonere": "banja_pera",
                "kaboni": L(f"{FIRST} {LAST}", NAMEC), "makani": story})],
            headers=_h(rng, **b)),
        mine,
        multipart(f, f"{a}/api/v1/vithuzi", [
            ("chithuzi", "ambuya.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "makani": story, "malo": {"lat": L(round(FAMILY_AT[0], 4), PRECISE),
                                          "lng": L(round(FAMILY_AT[1], 4), PRECISE)},
                "mazgu": L("Ambuya pa khonde la nyumba yawo", TEXT)})], headers=_h(rng, **b)),
        raw(f, f"{a}/api/v1/recorder/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/makani/{story}/vigawa", fmt="msgpack", headers=_h(rng, **b), body={
            "collector": L(COLLECTOR, UID), "vigawa": [{"i": 0, "bytes": 412330},
                                                       {"i": 1, "bytes": 398112}],
            "malo": {"lat": L(round(FAMILY_AT[0], 4), PRECISE),
                     "lng": L(round(FAMILY_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/api/v1/makani/{story}/mitu", fmt="form", headers=_h(rng, **b), body={
            "mitu": "usodi,nkhondo,ukwati", "chaka": "1914"}),
        case(f, f"{a}/api/v1/penja", headers=_h(rng, **b), query={
            "penja": L("nthanthi za Anyirenda ku Karonga", SEARCH)}),
        case(f, f"{a}/api/v1/mbiri_ya_banja", headers=_h(rng, **b), body={
            "fuko": L("Mkandawire", ETH), "wanthu": [
                {"zina": L(ELDER[0], NAMEC), "chaka_chakubabika": L(1939, BIRTH)},
                {"zina": L(MOTHER_IL[0], NAMEC), "chaka_chakubabika": L(1957, BIRTH)},
                {"zina": L(HUSBAND[0], NAMEC), "chaka_chakubabika": L(1986, BIRTH)}]}),
        case(f, f"{a}/api/v1/mphaso", fmt="form", headers=_h(rng, **b), body={
            "ku_foni": L(ELDER[2], TEL), "ndalama": L("10000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "reference": rid(rng)}),
        case(f, f"{a}/api/v1/makani/latest", headers=_h(rng, how="none"), cookies={
            "mk_session": L(opaque(rng, "", 40), CRED), "mk_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/uthenga", headers=_h(rng, **b), body={
            "ku": "editor_north", "makani": story,
            "uthenga": L(f"Ambuya {ELDER[0]} wakukhumba kuti makani agha ghaleke kuwoneka "
                         "kwa wose, banja pera", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/vyakuchitika", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vyakuchitika": [
                ev("recording_saved", 1, mphindi=22),
                ev("screen", 2, screen=L("Malemba", USAGE))]}),
        case(f, f"{a}/api/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kale_sdks() -> list[Case]:
    rng = random.Random(20852)
    return [
        mn_batch(APP, rng, [("Recording Saved", {"minutes": 22}),
                            ("Transcript Saved", {})], at=FAMILY_AT, nd=2, locale="tum_MW"),
        mn_queue(APP, rng, [("Segment Queued", {"i": 0}), ("Segment Queued", {"i": 1})]),
        mn_identify(APP, rng, {"boma": L("Karonga", COARSE), "collector": L(COLLECTOR, UID)}),
        tv_launch(APP, rng, user=True),
        tv_event(APP, rng, "story_uploaded", {"topic": "usodi"}),
        cr_session(APP, rng, secs=1730),
        fz_eval(APP, rng, {"region": L("Northern Region", COARSE), "role": "collector"}),
        pk_register(APP, rng, lang="tum", at=FAMILY_AT, nd=2,
                    tags={"boma": L("Karonga", COARSE)}),
        mk_reverse(APP, rng, FAMILY_AT, PRECISE, nd=5),
        mk_telemetry(APP, rng, [FAMILY_AT], PRECISE),
        hu_message(APP, rng, L("Lizgu la ambuya lakanika kukwera kawiri", TEXT),
                   {"collector": L(COLLECTOR, UID)}),
    ]
