"""House-building tracker "Sokodilan" (``so`` house, ``dilan`` build: owners follow their house
being built by a mason's team, order materials from a hardware store and pay instalments; her and
her husband's house on a plot at Pelengana Nord, Ségou; camelCase Bambara API): sign-up, a log-in
(JSON password), ``/ne``, the project with the plot's corners and street line (its land-title
number unlabelled: no taxonomy type), the building-permit file (both owners' NINAs), a site
visit with her fix, progress photos, the store's catalogue, a materials order delivered to the
plot, the mason's instalment by bank transfer (her IBAN), the workers' pay list (names and
phones she typed), the budget by project number in the path, a bank-loan file (gzip), a daily
log (msgpack), a search, a message to the mason, the receipt by cookie, push, events. Keys:
``togo`` first name, ``jamu`` surname, ``imeli`` e-mail, ``telefoni`` phone, ``gundo``
password, ``porozi`` project, ``dugukolo`` plot, ``dan`` corners, ``sigiyoro`` street line,
``dugu`` town, ``mara`` region, ``yamaruya`` permit, ``baarayoro`` site, ``baarakelaw``
workers, ``masoni`` mason, ``simen`` cement, ``biriki`` bricks, ``ci`` order, ``taali``
delivery, ``konti`` bank account, ``juru`` loan, ``sara``/``sarali`` pay/payment, ``hake``
amount, ``songo`` price, ``ja`` photo, ``kuma`` text, ``nyinini`` search, ``kow`` events.
A file-name and docstring grep found no construction, mason or building-site app."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families157_kit import (
    HUSBAND,
    HUSBAND_NINA,
    ML_ACCOUNT,
    MY_NINA,
    PLOT,
    PLOT_AT,
    PROJECT,
    RES_CARD,
    SITE_FIX,
    STORE,
    fix,
    hd,
    obj,
    push,
)
from eval_families157_sdk import ck_session, jm_batch, jm_pixel, sb_bid, sb_notice, st_event
from eval_families157_svc import cs_save, fs_eval, hp_attach, mj_geocode, mj_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sokodilan", "Sokodilan", "com.example.sokodilan", "2.0.6",
          "https://api.sokodilan.example.net")
IID = "X-Soko-Install"
PW = "Pelengana#214"
NID = "personal.national_id"
TITLE = "TF 3418/SEG"  # the plot's land-title number (no taxonomy type: unlabelled)
ORDER = "QF-26-02117"  # a materials order (financial.purchase)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sokodilan() -> list[Case]:
    rng = random.Random(15741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), porozi=L(PROJECT, UID)))}
    sla, slo = fix(SITE_FIX)
    budget = at_path(case(f, f"{a}/v1/porozi/{PROJECT}/wari", headers=_h(rng, **b)),
                     PROJECT, UID)
    return [
        case(f, f"{a}/v1/sebenni", headers=_h(rng), body={
            "togo": L(FIRST, NAMEC), "jamu": L(LAST, NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "gundo": L(PW, CRED), "dugu": L("Bamako", COARSE)}),
        case(f, f"{a}/v1/donni", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "gundo": L(PW, CRED), "minen": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ne", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/porozi", headers=_h(rng, **b), body={
            "porozi": L(PROJECT, UID), "dugukoloSeben": TITLE,
            "sigiyoro": L(PLOT["line"], ADDR), "dugu": L(PLOT["town"], COARSE),
            "mara": L(PLOT["region"], COARSE), "metereKare": 420,
            "dan": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PLOT_AT],
            "boloda": {"so": "F4", "sisan": "kogo"}}),
        multipart(f, f"{a}/v1/yamaruya", [
            ("seben", "nina_karti.pdf", "application/pdf", L(PDF, f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "porozi": L(PROJECT, UID),
                "tigiw": [{"togo": L(f"{FIRST} {LAST}", NAMEC), "nina": L(MY_NINA, NID),
                           "sejourKarti": L(RES_CARD, NID)},
                          {"togo": L(HUSBAND[0], NAMEC), "nina": L(HUSBAND_NINA, NID)}],
                "dugukoloSeben": TITLE})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/baarayoro/seginni", headers=_h(rng, **b), body={
            "porozi": L(PROJECT, UID), "yoro": {"lat": sla, "lng": slo, "sizuti": 6},
            "visite": obj(rng, "vs")}),
        multipart(f, f"{a}/v1/baarayoro/ja", [
            ("ja", "kogo_feburuye.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "porozi": L(PROJECT, UID),
                "kuma": L("Kogow sera metere 2 ma, salon finetiri ma bo folo", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/butiki/{STORE['id']}/fenw", headers=_h(rng, **b), query={
            "kulu": "simen,biriki,nege"}),
        case(f, f"{a}/v1/ci", headers=_h(rng, **b), body={
            "butiki": STORE["id"], "ci": L(ORDER, BUY),
            "fenw": [{"fen": "simen CPA 42.5", "boro": 60, "songo": 5500},
                     {"fen": "biriki 15", "hake": 2000, "songo": 300}],
            "hake": L(930000, BUY),
            "taali": {"sigiyoro": L(PLOT["line"], ADDR), "telefoni": L(HUSBAND[1], TEL),
                      "don": "2026-02-06"}, "porozi": L(PROJECT, UID)}),
        case(f, f"{a}/v1/sarali/masoni", headers=_h(rng, **b), body={
            "porozi": L(PROJECT, UID), "masoni": "ms_traore_sg",
            "hake": L(600000, BUY), "konti": L(ML_ACCOUNT, PAY),
            "kuma": L("Sara 3nan: kogow ni poteliw", TEXT), "ref": rid(rng)}),
        case(f, f"{a}/v1/baarakelaw/sara", headers=_h(rng, **b), body={
            "porozi": L(PROJECT, UID), "dogokun": "2026-W06",
            "baarakelaw": [{"togo": L("Moussa Dembélé", NAMEC), "telefoni":
                            L("+22375230918", TEL), "hake": L(35000, BUY)},
                           {"togo": L("Adama Sacko", NAMEC), "telefoni":
                            L("+22366114702", TEL), "hake": L(30000, BUY)}]}),
        budget,
        case(f, f"{a}/v1/porozi/{PROJECT}/edm", headers=_h(rng, **b), body={
            "kuran": "monophase", "ji": True, "tigi": L(f"{FIRST} {LAST}", NAMEC),
            "nina": L(MY_NINA, NID), "sigiyoro": L(PLOT["line"], ADDR),
            "telefoni": L(E164, TEL)}),
        case(f, f"{a}/v1/masoniw", headers=_h(rng, **b), query={
            "dugu": "Segou", "baara": "kogo,pote"}),
        case(f, f"{a}/v1/juru", gz=True, headers=_h(rng, **b), body={
            "porozi": L(PROJECT, UID), "banki": "Banque Example Mali",
            "konti": L(ML_ACCOUNT, PAY), "juruHake": L(8000000, BUY), "sanw": 7,
            "tigi": {"togo": L(f"{FIRST} {LAST}", NAMEC), "nina": L(MY_NINA, NID),
                     "telefoni": L(E164, TEL)}}),
        case(f, f"{a}/v1/baarayoro/don", fmt="msgpack", headers=_h(rng, **b), body={
            "porozi": L(PROJECT, UID), "don": "2026-02-09", "baarakela": 6,
            "simen_boro": 8, "kuma": L("Sanji nana, an ma baara ke wula fe", TEXT)}),
        case(f, f"{a}/v1/nyinini", headers=_h(rng, **b), query={
            "q": L("toli tole songo Segou", SEARCH), "kulu": "butiki"}),
        case(f, f"{a}/v1/cikan", headers=_h(rng, **b), body={
            "ka_taa": "ms_traore_sg",
            "kuma": L("Masoni, ni simen banna i ka n wele +1 555 010 0199 la", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/sarali/seben", headers=_h(rng, how="none"), cookies={
            "sk_sesi": L(opaque(rng, "", 40), CRED), "sk_minen": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/minen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kow", gz=True, headers=_h(rng, **b), body={
            "tigi": L(USER_ID, UID), "kow": [
                ev("ci_kera", 1, hake=L(930000, BUY)),
                ev("ekran", 2, ekran=L("BaarayoroJa", USAGE))]}),
    ]


def sokodilan_sdks() -> list[Case]:
    rng = random.Random(15742)
    return [
        jm_batch(APP, rng, [("Order Placed", {"total": L(930000, BUY)}),
                            ("Photo Added", {"stage": "kogo"})], at=SITE_FIX, nd=3),
        jm_pixel(APP, rng, "Budget Opened", {"porozi": L(PROJECT, UID)}),
        st_event(APP, rng, "purchase", {"ci": L(ORDER, BUY)}, revenue=930000.0,
                 currency="XOF"),
        sb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SITE_FIX, nd=3,
               keywords="cement,building,segou"),
        sb_notice(APP, rng, "imp"),
        ck_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"mara": L("Ségou", COARSE), "stage": "kogo"}),
        cs_save(APP, rng, {"analytics": True, "ads": False}),
        mj_geocode(APP, rng, "Quincaillerie du Fleuve Segou", SEARCH, near=SITE_FIX, nd=3),
        mj_telemetry(APP, rng, [SITE_FIX, PLOT_AT[0]], PRECISE),
        hp_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "fissure.jpg", "image/jpeg"),
    ]
