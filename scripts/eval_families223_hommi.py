"""An amateur astronomy club's app "Hommimu" (``/hommi`` sky + ``mu`` see; a fictional
Keetmanshoop club whose observing nights are at the foot of Brukkaros, with telescope loans and
a children's course). Its API's keys are Khoekhoegowab with Afrikaans loans, ASCII-folded
(click letters dropped): ``ons`` name, ``familie_ons`` surname, ``foon`` phone, ``geheim``
password (Afrikaans "secret"), ``kurin`` age (years), ``dorob`` town, ``oms`` house (street
line), ``lid`` member, ``ledegeld`` membership fee, ``goas`` daughter, ``aob`` husband,
``tsuxub`` night (an observing night), ``hommi`` sky, ``gamiron`` stars (this author's best
form), ``khab`` moon/month, ``khais`` place, ``teleskoop`` telescope, ``leen`` loan, ``borg``
deposit, ``waarneming`` observation, ``notas`` notes, ``wolke`` clouds, ``mari`` amount,
``mari_gui`` payment, ``khanis`` message, ``soek`` search, ``toestel`` device, ``xun`` events:
joining (a family membership), a form log-in, ``/ti``, the fee, the observing nights, a night
booked with a pick-up at her house, the arrival at the site with her fix, a telescope loan
against her permit, an observation log, an astrophoto with where she stood, the club chat,
the member card by number in the path, a cloud report from home (msgpack), a search, the
children's course, an outreach night, the calendar with a base64 JSON header, invoices by
cookie, a protobuf session beat, push and events."""

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
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families223_kit import (
    DAUGHTER,
    HUSBAND,
    KH_HOME,
    KH_HOME_AT,
    MEMBER_AST,
    PERMIT,
    SITE,
    SITE_FIX,
    fix,
    hd,
    push,
)
from eval_families223_sdk import (
    bo_bid,
    bo_notice,
    cn_session,
    mk_batch,
    mk_identify,
    tg_launch,
    tg_link,
)
from eval_families223_svc import ca_card, ca_confirm, mg_reverse, mg_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("hommimu", "Hommimu", "com.example.hommimu", "1.11.0",
          "https://api.hommimu.example.net")
IID = "X-Hommi-Toestel"
PW = "OmegaCen!2026"
NID = "personal.national_id"
MEDIA = "content.media"
NIGHT = "tx_2026_03_21"  # an observing night (the club's: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def hommimu() -> list[Case]:
    rng = random.Random(22351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lid=L(MEMBER_AST, UID)))}
    sla, slo = fix(SITE_FIX)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER_AST, UID)), (2, 1774126800), (3, 1),
               (4, [(1, L(41, DEV)), (2, L("Android 14", DEV))])], "", lab)
    card = at_path(case(f, f"{a}/v1/lede/{MEMBER_AST}/kaart", headers=_h(rng, **b)),
                   MEMBER_AST, UID)
    return [
        case(f, f"{a}/v1/lede", headers=_h(rng), body={
            "ons": L(FIRST, NAMEC), "familie_ons": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "foon": L(E164, TEL), "geheim": L(PW, CRED), "kurin": L(34, BIRTH),
            "dorob": L(KH_HOME["town"], COARSE), "lid": L(MEMBER_AST, UID),
            "soort": "familie",
            "familie": [{"ons": L(HUSBAND[0], NAMEC), "verhouding": "aob"},
                        {"ons": L(kid, NAMEC), "kurin": L(8, BIRTH), "verhouding": "goas"}]}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "geheim": L(PW, CRED)}),
        case(f, f"{a}/v1/ti", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ledegeld", fmt="form", headers=_h(rng, **b), body={
            "lid": L(MEMBER_AST, UID), "kurib": "2026", "mari": L("420.00", BUY),
            "valuta": "NAD", "mari_gui": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tsuxub", headers=_h(rng, **b), query={
            "khab": "2026-03", "khais": SITE["id"], "maanfase": "nuut"}),
        case(f, f"{a}/v1/tsuxub/{NIGHT}/bespreek", headers=_h(rng, **b), body={
            "lid": L(MEMBER_AST, UID), "plekke": 3, "saamry": True,
            "optel_by": L(KH_HOME["line"], ADDR), "mari": L(90, BUY)}),
        case(f, f"{a}/v1/tsuxub/{NIGHT}/aankoms", headers=_h(rng, **b), body={
            "lid": L(MEMBER_AST, UID), "khais": {"lat": sla, "lon": slo, "akk": 7},
            "terrein": {"id": SITE["id"], "lat": SITE["lat"], "lon": SITE["lon"]}}),
        case(f, f"{a}/v1/teleskoop/leen", headers=_h(rng, **b), body={
            "teleskoop": "ts_dob_8in_02", "lid": L(MEMBER_AST, UID), "van": "2026-03-20",
            "tot": "2026-03-27", "borg": L(500, BUY), "id_nommer": L(PERMIT, NID)}),
        case(f, f"{a}/v1/waarneming", headers=_h(rng, **b), body={
            "tsuxub": NIGHT, "voorwerp": "NGC 5139", "sien": 4, "vergroting": 48,
            "khais": {"lat": L(round(SITE_FIX[0], 3), PRECISE),
                      "lon": L(round(SITE_FIX[1], 3), PRECISE)},
            "notas": L("Omega Centauri vul die hele oogstuk, Aletta het dit eerste gesien",
                       TEXT)}),
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "melkweg_brukkaros.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "tsuxub": NIGHT, "hommi": "Milky Way core",
                "khais": {"lat": L(round(SITE_FIX[0], 4), PRECISE),
                          "lon": L(round(SITE_FIX[1], 4), PRECISE)},
                "beligting_s": 20})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/khanis", headers=_h(rng, **b), body={
            "kamer": "tsuxub_21_maart",
            "khanis": L("Hendrik bring die koffie; wie het 'n rooi flits om te leen?", TEXT)}),
        card,
        case(f, f"{a}/v1/weer/wolke", fmt="msgpack", headers=_h(rng, **b), body={
            "lid": L(MEMBER_AST, UID), "wolke_pct": 20, "wind": "ligte suidwes",
            "khais": {"lat": L(round(KH_HOME_AT[0], 3), PRECISE),
                      "lon": L(round(KH_HOME_AT[1], 3), PRECISE)}}),
        case(f, f"{a}/v1/soek", headers=_h(rng, **b), query={
            "soek": L("Saturnus ringe Maart 2026", SEARCH)}),
        case(f, f"{a}/v1/kursus/inskryf", headers=_h(rng, **b), body={
            "kursus": "klein_sterrekykers_26", "goas": {"ons": L(kid, NAMEC),
                                                       "kurin": L(8, BIRTH)},
            "ouer_foon": L(NATIONAL, TEL), "mari": L(150, BUY)}),
        case(f, f"{a}/v1/uitreik/vrywilligers", fmt="form", headers=_h(rng, **b), body={
            "geleentheid": "skool_tsuxub_april", "ons": L(f"{FIRST} {LAST}", NAMEC),
            "saam_met": L(HUSBAND[0], NAMEC), "saam_met_foon": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/kalender", headers={
            **_h(rng, **b), "X-Hommi-Ctx": W({"lid": L(MEMBER_AST, UID),
                                             "dorob": L("Keetmanshoop", COARSE)}, "b64json")}),
        case(f, f"{a}/v1/fakture", headers=_h(rng, how="none"), cookies={
            "hm_sessie": L(opaque(rng, "", 40), CRED), "hm_toestel": L(INSTALL_ID, DID),
            "hm_req": rid(rng)}),
        raw(f, f"{a}/v1/sessie/pols", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/toestelle", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/xun", headers=_h(rng, **b), body={
            "khoe": L(USER_ID, UID), "xun": [
                ev("tsuxub_bespreek", 1), ev("rooi_lig_aan", 2),
                ev("skerm", 3, skerm=L("Waarnemings", USAGE))]}),
    ]


def hommimu_sdks() -> list[Case]:
    rng = random.Random(22352)
    link = U("https://hommimu.example.net/t", {"tsuxub": NIGHT, "ref": "epos",
                                               "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Night Booked", {"seats": 3}),
                            ("Arrived", {"site": SITE["id"]})], at=SITE_FIX, nd=3),
        mk_identify(APP, rng, {"lid": L(MEMBER_AST, UID), "dorob": L("Keetmanshoop", COARSE),
                               "soort": "familie"}),
        tg_launch(APP, rng, first=True),
        tg_link(APP, rng, link),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SITE_FIX, nd=2,
               keywords="astronomy,telescopes,namibia"),
        bo_notice(APP, rng, "imp"),
        cn_session(APP, rng, secs=1930),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "420.00"),
        mg_reverse(APP, rng, SITE_FIX, PRECISE, nd=4),
        mg_route(APP, rng, [(KH_HOME_AT, PRECISE), ((SITE["lat"], SITE["lon"]), None)]),
    ]
