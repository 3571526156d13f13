"""Tol Babai's New Year visits and letters "Tolbabai Dor" (Tol Babai is the Udmurt Winter
Grandfather, whose estate is in Sharkan; the app books him and his granddaughter Lymy Nyl for a
home visit, posts the children's letters and sells a bus trip to the estate; the child's data).
Its API's keys are Udmurt in ASCII (a local developer's folding of Cyrillic: ``dzh`` for the
affricate, no diacritics) with Russian loans and English where real APIs keep them: ``nim`` first
name, ``vyzhynim`` surname, ``e_pochta`` e-mail, ``telefon``, ``parol`` password (loans),
``vordskem_nunal`` birth date, ``arlyd`` age, ``pi`` boy (sex), ``nylpi`` child, ``ulon_inty``
address (lit. "living place"), ``kar`` town, ``raion`` district, ``podezd`` / ``etazh`` entrance /
floor (loans), ``domofon`` intercom code, ``gozhtet`` letter, ``malpan`` wish, ``kylbur`` poem,
``kuzym`` gift, ``kuno`` visit (lit. "guest"), ``nunal`` day, ``dyr`` time, ``dun`` price,
``tyron`` payment, ``sured`` picture, ``allergiya``, ``ivor`` message, ``utchan`` search,
``kyl`` language, ``kutis`` user, ``uchyrjos`` events, ``svidetelstvo`` birth certificate (loan),
``mon`` me. Calls: sign-up, a log-in, ``/mon``, Miron added, his letter (typed by her from his
dictation), his drawing, the letter's status by its number in the path (a negative), visit slots,
the home visit booked (the address, the intercom code, where the gift bag waits, his allergies),
the payment, extras (msgpack), the visit by number in the path, a personalised video greeting, the
bus trip to Sharkan (his birth certificate), a check-in at the estate, the gift catalogue by his
age, a search, a message to the office, a review, a receipt by cookie GET, push, events and a
log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
from eval_families24_kit import claims, rid
from eval_families274_kit import (
    ESTATE,
    HUSBAND,
    IZ_HOME,
    IZ_HOME_AT,
    LETTER,
    SON,
    VISIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families274_sdk import (
    bg_bid,
    cp_crash,
    cp_crumb,
    gl_event,
    gl_launch,
    ld_batch,
    ld_identify,
)
from eval_families274_svc import hv_message, pk_card, pk_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tolbabai", "Tolbabai Dor", "com.example.tolbabai", "3.0.7",
          "https://api.tolbabai.example.com")
IID = "X-Tolbabai-Ustrojstvo"
PW = "Lymy_Nyl_2025"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
CERT = "III-NI 604417"  # his birth certificate (series and number): personal.national_id


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def tolbabai() -> list[Case]:
    rng = random.Random(27401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_pochta=L(EMAIL, MAIL), kutis=L(USER_ID, UID),
                                    nylpios=[L(SON["first"], NAMEC)]))}
    ela, elo = fix((ESTATE["lat"] + 0.000214, ESTATE["lon"] - 0.000187), 5)
    kid_id = obj(rng, "np")
    status = case(f, f"{a}/api/v1/gozhtet/{LETTER}/status", headers=_h(rng, **b))
    visit = at_path(case(f, f"{a}/api/v1/kuno/{VISIT}", headers=_h(rng, **b)), VISIT, BUY)
    return [
        case(f, f"{a}/api/v1/registraciya", headers=_h(rng), body={
            "nim": L(FIRST, NAMEC), "vyzhynim": L(LAST, NAMEC), "e_pochta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "kar": L(IZ_HOME["town"], COARSE),
            "yylon": True}),
        case(f, f"{a}/api/v1/pyron", fmt="form", headers=_h(rng), body={
            "e_pochta": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED), "tador": "1"}),
        case(f, f"{a}/api/v1/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/nylpios", headers=_h(rng, **b), body={
            "nylpi_id": kid_id, "nim": L(SON["first"], NAMEC), "vyzhynim": L(SON["last"], NAMEC),
            "vordskem_nunal": L(SON["dob"], BIRTH), "arlyd": L(7, BIRTH),
            "pi": L(SON["sex"], GENDER), "klass": "1"}),
        case(f, f"{a}/api/v1/gozhtet", headers=_h(rng, **b), body={
            "nylpi_id": kid_id, "kyl": "udmurt",
            "tekst": L("Zechbur, Tol Babai! Mon Miron, 7 arlyd. Mon bur vylem, lydzhyny dyshi.",
                       f"{TEXT}|{NAMEC}|{BIRTH}"),
            "malpan": [L("velosiped vylem shinaen", TEXT), L("konstruktor kosmodrom", TEXT)],
            "kylbur": L("Lymy usem, tol vuem, Tol Babai mynym kuzym vaem", TEXT),
            "ulon_inty": L(IZ_HOME["line"], ADDR), "kar": L(IZ_HOME["town"], COARSE),
            "indeks": L(IZ_HOME["post"], COARSE), "treking": LETTER}),
        multipart(f, f"{a}/api/v1/gozhtet/sured", [
            ("sured", "miron_risunok.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"treking": LETTER, "nylpi_id": kid_id})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/api/v1/kuno/dyrjos", headers=_h(rng, **b), query={
            "kar": L("Izhevsk", COARSE), "raion": L(IZ_HOME["area"], COARSE),
            "nunal": "2025-12-30"}),
        case(f, f"{a}/api/v1/kuno", headers=_h(rng, **b), body={
            "kuno": L(VISIT, BUY), "nunal": "2025-12-30", "dyr": "18:40", "kuzhmo": 20,
            "lymy_nyl": True, "ulon_inty": L(IZ_HOME["line"], ADDR),
            "kar": L(IZ_HOME["town"], COARSE), "podezd": "3", "etazh": "5",
            "domofon": L("37K2609", CRED),
            "nylpi": {"nim": L(SON["first"], NAMEC), "arlyd": L(7, BIRTH),
                      "allergiya": L("tsitrusjos, shokolad", MED)},
            "kuzym_inty": L("Kuzym kuzo, lyz sumka, kon'serzh dorin 1 etazhyn", TEXT),
            "dun": L(4500, BUY), "telefon": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/v1/tyron", fmt="form", headers=_h(rng, **b), body={
            "kuno": L(VISIT, BUY), "dun": L("4500.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_berpum": L("4444", PAY)}),
        case(f, f"{a}/api/v1/kuno/{VISIT}/extra", fmt="msgpack", headers=_h(rng, **b), body={
            "kuno": L(VISIT, BUY),
            "extra": [{"nim": "fotosessiya", "dun": 1200}, {"nim": "lymy_shou", "dun": 800}],
            "nylpios_lyd": 2, "dun": L(2000, BUY)}),
        visit,
        case(f, f"{a}/api/v1/video_gozhtet", headers=_h(rng, **b), body={
            "nim": L(SON["first"], NAMEC), "arlyd": L(7, BIRTH), "pi": L("pi", GENDER),
            "kylbur_kyl": "udmurt",
            "shumpoton": L("Miron velosipedyn vetlyny dyshiz no 1 klassyn vitjos gine basht'e",
                           f"{TEXT}|{NAMEC}"),
            "sured": W({"kuzym": L("konstruktor kosmodrom", TEXT)}, "b64json"),
            "dun": L(390, BUY)}),
        case(f, f"{a}/api/v1/yeksursiya", headers=_h(rng, **b), body={
            "marshrut": "izhevsk-sharkan", "nunal": "2026-01-04", "avtobus": "bus_17",
            "puksonjos": [
                {"nim": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)},
                {"nim": L(HUSBAND[0], NAMEC)},
                {"nim": L(KID, NAMEC), "vordskem_nunal": L(SON["dob"], BIRTH),
                 "svidetelstvo": L(CERT, NID)}],
            "dun": L(5400, BUY), "usadba": ESTATE["id"]}),
        case(f, f"{a}/api/v1/yeksursiya/check_in", headers=_h(rng, **b), body={
            "usadba": ESTATE["id"], "inty": {"shir": ela, "dolg": elo, "tochnost": 14},
            "usadba_inty": {"shir": ESTATE["lat"], "dolg": ESTATE["lon"]},
            "check_in": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/kuzymjos/katalog", headers=_h(rng, **b), query={
            "arlyd": L("7", BIRTH), "pi": L("pi", GENDER), "dun_max": "3000", "bam": "1"}),
        case(f, f"{a}/api/v1/utchan", headers=_h(rng, **b), query={
            "utchan": L("Tol Babai Sharkan yeksursiya Izhkarysen", SEARCH), "bam": "1"}),
        case(f, f"{a}/api/v1/ivor", headers=_h(rng, **b), body={
            "kinly": "ofis",
            "ivor": L("Miron ogshory kyshkaske, Tol Babai odig kylbur gine kuriz med. "
                      "Mynym +1 555 010 0199 shuez", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/otzyv", fmt="form", headers=_h(rng, **b), body={
            "kuno": VISIT, "ball": "5",
            "tekst": L("Tol Babai udmurt kylyn veraz, Miron shumpotiz! Lymy Nyl tuzh bur.",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/chek/berpum", headers=_h(rng, how="none"), cookies={
            "tb_sessiya": L(opaque(rng, "", 40), CRED), "tb_ustrojstvo": L(INSTALL_ID, DID),
            "tb_req": rid(rng)}),
        case(f, f"{a}/api/v1/ustrojstvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/uchyrjos", gz=True, headers=_h(rng, **b), body={
            "kutis": L(USER_ID, UID), "uchyrjos": [
                ev("gozhtet_ystem", 1), ev("kuno_bron", 2, dun=L(4500, BUY)),
                ev("ekran", 3, ekran=L("MonKunojos", USAGE))]}),
        case(f, f"{a}/api/v1/potyny", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "ustrojstvo": L(INSTALL_ID, DID)}),
    ]


def tolbabai_sdks() -> list[Case]:
    rng = random.Random(27402)
    return [
        ld_batch(APP, rng, [("Letter Sent", {"kids": 1}),
                            ("Visit Booked", {"total": L(4500, BUY)})],
                 at=IZ_HOME_AT, nd=2, locale="ru_RU"),
        ld_identify(APP, rng, {"kar": L("Izhevsk", COARSE), "nylpios": 1,
                               "nylpi_arlyd": [L(7, BIRTH)]}),
        gl_launch(APP, rng, first=True),
        gl_event(APP, rng, "purchase", {"kuno": L(VISIT, BUY)}, revenue=4500.0, hashed=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="new year,kids,gifts"),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "slot already taken"),
                 [cp_crumb("nav", "Kuno -> Dyrjos"),
                  cp_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kuno", "status": 409})],
                 screen="KunoActivity"),
        ps_register(APP, rng, lang="ru", at=IZ_HOME_AT, nd=2,
                    tags={"kar": L("Izhevsk", COARSE), "nylpi_arlyd": L(7, BIRTH)}),
        pk_card(APP, rng),
        pk_confirm(APP, rng, "4500.00"),
        hv_message(APP, rng, L(f"Kuno {VISIT} kyk pol tyrem", f"{TEXT}|{BUY}"),
                   {"nylpi": L(SON["first"], NAMEC)}),
    ]
