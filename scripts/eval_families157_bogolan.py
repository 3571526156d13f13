"""Bogolan-workshop app "Bogolanso" (a Ségou workshop teaching mud-cloth dyeing (bogolan: fermented
mud and n'gallama leaves on cotton) and selling apprentices' cloths in its shop; she is an
apprentice; snake_case Bambara API with English words): sign-up, a log-in (form), ``/ne``, the
course enrolment (her skin condition for the dyes), its payment, attendance with her fix (4
decimals), her cloth's photo, a commission of a cloth wrap for Kadi (her measurements), cloths
given to the shop, her sales by apprentice number in the path, the payout to her mobile money, a
dye-batch note (msgpack), a message to the teacher, a search, a review, a parcel to her sister in
Ohio, a base64 JSON preferences cookie, push, events. Unlike the batik commission and the dyeing
class of earlier sets, she learns and sells through the workshop. Keys: ``togo`` first name,
``jamu`` surname, ``imeli`` e-mail, ``telefoni`` phone, ``gundo`` password, ``bangedon`` birth
date, ``ce_muso`` sex, ``kalan`` course, ``kalanden`` apprentice, ``karamogo`` teacher,
``sebenni`` enrolment, ``keneya`` health, ``fini`` cloth, ``taamasiyen`` motif, ``ci``
commission, ``sumanw`` measurements, ``butiki`` shop, ``feereli`` sale, ``sara`` pay,
``songo`` price, ``hake`` amount, ``ci_taa`` shipment, ``yoro`` place, ``ja`` photo, ``kuma``
text, ``nyinini`` search, ``kow`` events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families157_kit import (
    APPRENTICE,
    DAUGHTER,
    SISTER_US,
    WALLET,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families157_sdk import ck_crash, ck_crumb, jm_batch, jm_identify, st_launch, st_link
from eval_families157_svc import cs_check, pk_register, ws_card, ws_confirm, ws_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("bogolanso", "Bogolanso", "com.example.bogolanso", "1.2.9",
          "https://api.bogolanso.example.com")
IID = "X-Bogolanso-Device"
PW = "Ngallama!Segou"
FIT = "health.fitness"
COMMISSION = "BGC-26-0088"  # Kadi's wrap (financial.purchase)
SISTER_LINE = "418 Maple Ave, Dayton, OH 45402"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bogolanso() -> list[Case]:
    rng = random.Random(15751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), kalanden=L(APPRENTICE, UID)))}
    wla, wlo = fix(WORKSHOP_FIX, 4)
    sales = at_path(case(f, f"{a}/v1/kalandenw/{APPRENTICE}/feereli", headers=_h(rng, **b),
                         query={"kalo": "2026-03"}), APPRENTICE, UID)
    return [
        case(f, f"{a}/v1/sebenni", headers=_h(rng), body={
            "togo": L(FIRST, NAMEC), "jamu": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "gundo": L(PW, CRED), "bangedon": L(DOB, BIRTH),
            "ce_muso": L("muso", GENDER), "dugu": L("Ségou", COARSE)}),
        case(f, f"{a}/v1/donni", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "gundo": L(PW, CRED), "minen": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ne", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kalan", headers=_h(rng, **b), query={
            "atelier": WORKSHOP["id"], "kalo": "2026-03", "kan": "bm"}),
        case(f, f"{a}/v1/kalan/sebenni", headers=_h(rng, **b), body={
            "kalan": "bogolan_1_mars", "kalanden": L(APPRENTICE, UID), "songo": L(60000, BUY),
            "keneya": L("fari bana (eczema) bolow la, gan ka kan ni gant ye", f"{TEXT}|{MED}"),
            "atelier": WORKSHOP["id"]}),
        case(f, f"{a}/v1/kalan/sara", fmt="form", headers=_h(rng, **b), body={
            "kalanden": L(APPRENTICE, UID), "hake": L("60000", BUY), "wari": "XOF",
            "cogoya": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/kalan/seginni", headers=_h(rng, **b), body={
            "kalanden": L(APPRENTICE, UID), "don": "2026-03-04",
            "yoro": {"lat": wla, "lon": wlo},
            "atelier": {"lat": WORKSHOP["lat"], "lon": WORKSHOP["lon"]}}),
        multipart(f, f"{a}/v1/fini/ja", [
            ("ja", "n_fini_1.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "kalanden": L(APPRENTICE, UID), "taamasiyen": "kalaka_sen",
                "kuma": L("N ka fini folo, nogo fila ni ngallama", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ci", headers=_h(rng, **b), body={
            "ci": L(COMMISSION, BUY), "fini": "pagne_den", "taamasiyen": "mali_kono",
            "den": {"togo": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                    "sumanw": {"janya_cm": L(122, FIT), "cesuru_cm": L(58, FIT)}},
            "songo": L(25000, BUY), "don": "2026-03-20"}),
        case(f, f"{a}/v1/butiki/bila", headers=_h(rng, **b), body={
            "kalanden": L(APPRENTICE, UID),
            "finiw": [{"id": "fn_0311", "songo": 35000}, {"id": "fn_0312", "songo": 28000}]}),
        sales,
        case(f, f"{a}/v1/sara/bo", headers=_h(rng, **b), body={
            "kalanden": L(APPRENTICE, UID), "hake": L(52500, BUY),
            "telefoni": L(WALLET, TEL), "cogoya": "mobile_money", "ref": rid(rng)}),
        case(f, f"{a}/v1/nogo/seben", fmt="msgpack", headers=_h(rng, **b), body={
            "kalanden": L(APPRENTICE, UID), "nogo": obj(rng, "ng"), "tile": 3,
            "kuma": L("Nogo tun ka nyi ka teme, a ka jeya fini kan", TEXT)}),
        case(f, f"{a}/v1/cikan", headers=_h(rng, **b), body={
            "ka_taa": "kr_nakunte",
            "kuma": L("Karamogo, n bolow fari be n dimi, n be se ka na sini wa?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/nyinini", headers=_h(rng, **b), query={
            "q": L("bogolan taamasiyen kalaka sen", SEARCH)}),
        case(f, f"{a}/v1/jateminen", fmt="form", headers=_h(rng, **b), body={
            "atelier": WORKSHOP["id"], "lamaga": "5",
            "kuma": L("Karamogow ka di, kalan ka nyi kosebe", TEXT)}),
        case(f, f"{a}/v1/ci_taa", headers=_h(rng, **b), body={
            "ci": L(COMMISSION, BUY), "jamana": "US",
            "ka_taa": {"togo": L(SISTER_US[0], NAMEC), "imeli": L(SISTER_US[2], MAIL),
                       "telefoni": L(SISTER_US[1], TEL), "sigiyoro": L(SISTER_LINE, ADDR)},
            "songo": L(18000, BUY), "girinya_kg": 0.6}),
        case(f, f"{a}/v1/ne/prefs", headers=_h(rng, **b), cookies={
            "bo_sesi": L(opaque(rng, "", 40), CRED),
            "bo_prefs": W({"kalanden": L(APPRENTICE, UID), "kan": L("bm", DEV)}, "b64json")}),
        case(f, f"{a}/v1/ne/gundo", fmt="form", headers=_h(rng, **b), body={
            "gundo_koro": L(PW, CRED), "gundo_kura": L("Ngallama!Segou26", CRED)}),
        case(f, f"{a}/v1/minen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kow", headers=_h(rng, **b), body={
            "tigi": L(USER_ID, UID), "kow": [
                ev("kalan_seginni", 1), ev("ekran", 2, ekran=L("Butiki", USAGE))]}),
    ]


def bogolanso_sdks() -> list[Case]:
    rng = random.Random(15752)
    link = U("https://bogolanso.example.com/ci", {"ci": L(COMMISSION, BUY), "src": "sms",
                                                  "tel": L(E164, TEL)})
    return [
        jm_batch(APP, rng, [("Course Joined", {"price": L(60000, BUY)}),
                            ("Cloth Listed", {"count": 2})], at=WORKSHOP_FIX, nd=2),
        jm_identify(APP, rng, {"dugu": L("Ségou", COARSE), "kalanden": L(APPRENTICE, UID)}),
        st_launch(APP, rng, first=True, user=True),
        st_link(APP, rng, link),
        ck_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 [ck_crumb("nav", "Fini -> Ja")], screen="ClothPhotoActivity"),
        pk_register(APP, rng, lang="bm", at=WORKSHOP_FIX, nd=3,
                    tags={"atelier": WORKSHOP["id"]}),
        cs_check(APP, rng, {"analytics": True}),
        ws_card(APP, rng),
        ws_confirm(APP, rng, "60000", "xof"),
        ws_wallet(APP, rng, "52500", L(WALLET, TEL)),
    ]
