"""An Adama photo studio's app "Fakkii Studio" (ID and passport photos, portraits, prints; the
app checks an ID photo on the phone before upload): its API's keys are Afaan Oromo in Qubee
(``maqaa``, ``maqaa_abbaa``, ``imeelii``, ``bilbila``, ``jecha_iccitii``, ``tajaajila``
service, ``beellama`` appointment, ``ajaja`` order, ``hanga`` amount, ``gatii`` price,
``kaffaltii`` payment, ``suuraa`` photo, ``fuula`` face, ``qabxiilee_fuulaa`` face points,
``tarree_fuulaa`` face template, ``qulqullina`` quality, ``maxxansa`` print, ``baay'ina`` ->
``baayina`` quantity, ``teessoo`` address, ``magaalaa`` town, ``daaima`` child, ``umurii_jia``
age in months, ``ergaa`` message, ``madaallii`` review, ``qooddachuu`` share, ``eeyyama``
consent, ``mallattoo`` signature, ``seensa`` check-in, ``maatii`` family): sign-up, an OAuth
password grant, ``/ana``, the service list, studios near her house, a passport-photo booking for
the baby, its payment, her check-in at the studio, the on-phone ID-photo check (68 landmarks and
a 128-float template: ``biometric.face``), the photo upload, a prints order (msgpack) delivered
home, a retake message, the order's photos by number in the path, a family portrait session, a
review, a search, an album shared with her husband, the album by cookie, a consent for the
window display, a Fayda card replacement photo, push and events. A wedding photographer's client
app exists (set with "Vowlight"); this is a walk-in ID-photo and portrait studio."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import f32b64, landmarks
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
    FACE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families160_kit import (
    ET_LINE,
    FIN,
    HOME,
    HOME_AT,
    HUSBAND,
    SON,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families160_sdk import (
    bo_bid,
    bo_notice,
    cg_session,
    md_batch,
    md_pixel,
    th_event,
    th_launch,
)
from eval_families160_svc import cq_card, cq_confirm, fb_eval, hg_attach
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("fakkii", "Fakkii Studio", "com.example.fakkii", "3.4.0",
          "https://api.fakkiistudio.example.com")
IID = "X-Fakkii-Device"
PW = "Suuraa!Adama91"
NID = "personal.national_id"
ORDER = "FK-2512-3381"  # the baby's passport-photo order (financial.purchase)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def fakkii() -> list[Case]:
    rng = random.Random(16021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeelii=L(EMAIL, MAIL), bilbila=L(ET_LINE, TEL)))}
    sla, slo = fix(STUDIO_FIX, 6)
    vec = [round(rng.uniform(-0.2, 0.2), 5) for _ in range(128)]
    photos = at_path(case(f, f"{a}/v1/ajaja/{ORDER}/suuraawwan", headers=_h(rng, **b)),
                     ORDER, BUY)
    return [
        case(f, f"{a}/v1/galmee", headers=_h(rng), body={
            "maqaa": L(FIRST, NAMEC), "maqaa_abbaa": L(LAST, NAMEC),
            "imeelii": L(EMAIL_UPPER, MAIL), "bilbila": L(E164, TEL),
            "bilbila_itoophiyaa": L(ET_LINE, TEL), "jecha_iccitii": L(PW, CRED)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "fakkii-android"}),
        case(f, f"{a}/v1/ana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tajaajiloota", headers=_h(rng, **b), query={
            "magaalaa": L("Adama", COARSE), "gosa": "id_photo"}),
        case(f, f"{a}/v1/studiyoowwan/dhiyoo", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "4"}),
        case(f, f"{a}/v1/beellama", headers=_h(rng, **b), body={
            "studiyoo": STUDIO["id"], "tajaajila": "suuraa_paaspoortii_daaimaa",
            "guyyaa": "2025-12-12", "sa_aatii": "10:30", "ajaja": L(ORDER, BUY),
            "gatii": L(350, BUY), "daaima": {"maqaa": L(KID, NAMEC), "umurii_jia": L(3, BIRTH)},
            "yaada": L("Daa'imni ji'a sadii, mataa isaa ni qabna", TEXT)}),
        case(f, f"{a}/v1/kaffaltii", fmt="form", headers=_h(rng, **b), body={
            "ajaja": L(ORDER, BUY), "hanga": L("350.00", BUY), "maallaqa": "ETB",
            "mala": L(opaque(rng, "pm_", 24), PAY), "dhuma_afur": L("4444", PAY)}),
        case(f, f"{a}/v1/seensa", headers=_h(rng, **b), body={
            "ajaja": L(ORDER, BUY), "iddoo": {"lat": sla, "lon": slo, "sirrii": 6},
            "studiyoo": {"id": STUDIO["id"], "lat": STUDIO["lat"], "lon": STUDIO["lon"]}}),
        case(f, f"{a}/v1/suuraa/qorannoo", headers=_h(rng, **b), body={
            "ajaja": L(ORDER, BUY), "qabxiilee_fuulaa": L(landmarks(rng, 68), FACE),
            "tarree_fuulaa": L(f32b64(vec), FACE), "qulqullina": {"ifa": 0.82, "dugda": 0.97},
            "ija_banaa": True, "bocni": "icao_ok", "moodela": "fq-2.3"}),
        multipart(f, f"{a}/v1/suuraa/olkaa", [
            ("suuraa", "paaspoortii.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("odeeffannoo", None, "application/json", {"ajaja": L(ORDER, BUY),
                                                       "gosa": "us_passport_2x2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maxxansa", fmt="msgpack", headers=_h(rng, **b), body={
            "ajaja": L("FK-2512-3407", BUY),
            "wantoota": [{"hamma": "10x15", "baayina": 6, "gatii": 25},
                         {"hamma": "20x30", "baayina": 1, "gatii": 120}],
            "hanga": L(270, BUY), "teessoo": L(HOME["line"], ADDR),
            "magaalaa": L(HOME["town"], COARSE), "bilbila": L(ET_LINE, TEL)}),
        case(f, f"{a}/v1/ergaa", headers=_h(rng, **b), body={
            "gara": STUDIO["id"], "ajaja": L(ORDER, BUY),
            "barreeffama": L(f"Suuraa {SON['first']} irratti iji isaa cufameera, irra "
                             "deebi'aa kaasaa", f"{TEXT}|{NAMEC}")}),
        photos,
        case(f, f"{a}/v1/portreetii", headers=_h(rng, **b), body={
            "studiyoo": STUDIO["id"], "guyyaa": "2026-01-04", "namoota": 3,
            "maatii": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "uffata": "aadaa", "gatii": L(900, BUY), "beellama": obj(rng, "bl")}),
        case(f, f"{a}/v1/madaallii", fmt="form", headers=_h(rng, **b), body={
            "studiyoo": STUDIO["id"], "urjii": "5",
            "yaada": L("Daa'ima xiqqaaf obsa guddaa qabu, suuraan gaarii dha.", TEXT)}),
        case(f, f"{a}/v1/barbaacha", headers=_h(rng, **b), query={
            "q": L("suuraa maatii uffata aadaa Oromoo", SEARCH)}),
        case(f, f"{a}/v1/albuma/qooddachuu", headers=_h(rng, **b), body={
            "albuma": obj(rng, "al"), "maqaa": L(HUSBAND[0], NAMEC),
            "bilbila": L(HUSBAND[1], TEL), "hayyama": "ilaaluu"}),
        case(f, f"{a}/v1/albuma", headers=_h(rng, how="none"), cookies={
            "fk_sesii": L(opaque(rng, "", 40), CRED),
            "fk_filannoo": W({"meeshaa": L(INSTALL_ID, DID), "afaan": L("om", DEV)}, "b64json")}),
        case(f, f"{a}/v1/eeyyama", fmt="form", headers=_h(rng, **b), body={
            "ajaja": L(ORDER, BUY), "foddaa_irratti": "lakki",
            "mallattoo": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/fayda/suuraa", headers=_h(rng, **b), body={
            "fayda": L(FIN, NID), "maqaa": L(f"{FIRST} {LAST}", NAMEC),
            "suuraa": obj(rng, "ph"), "sababa": "kaardii_badeef"}),
        case(f, f"{a}/v1/meeshaa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/taateewwan", headers=_h(rng, **b), body={
            "fayyadamaa": L(USER_ID, UID), "sesii": rid(rng), "taateewwan": [
                ev("qorannoo_fuulaa", 1, bu_aa="icao_ok"),
                ev("fuula", 2, fuula=L("Albuma", USAGE))]}),
    ]


def fakkii_sdks() -> list[Case]:
    rng = random.Random(16022)
    return [
        md_batch(APP, rng, [("Photo Checked", {"result": "ok"}),
                            ("Order Paid", {"total": L(350, BUY)})], at=STUDIO_FIX, nd=2),
        md_pixel(APP, rng, "Album Opened", {"count": 12}),
        th_launch(APP, rng, first=True),
        th_event(APP, rng, "purchase", {"ajaja": L(ORDER, BUY)}, revenue=350.0, currency="ETB",
                 hashed=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STUDIO_FIX, nd=3,
               keywords="photo,passport,studio"),
        bo_notice(APP, rng, "win"),
        cg_session(APP, rng, secs=388),
        fb_eval(APP, rng, {"studio": STUDIO["id"], "faceCheck": "v2"}),
        cq_card(APP, rng),
        cq_confirm(APP, rng, "350.00", "etb"),
        hg_attach(APP, rng, L(JPEG + b"\x23", MEDIA), "retake.jpg", "image/jpeg"),
    ]
