"""An injured-bird rescue app "Pakheru" (in the kite-flying days around Makar Sankranti, glass-coated
kite string cuts pigeons, kites and peacocks over Jodhpur; a charitable trust runs treatment camps
and a rescue van). Its API's keys are Marwari in ASCII with English loans: ``pakheru`` bird,
``ghayal`` injured, ``parevo`` pigeon, ``cheel`` kite (the bird), ``mor`` peacock, ``manjho``
kite string, ``ghaav`` wound, ``jagah`` place, ``lat``/``lng``, ``naanv`` name, ``mobail``,
``gupt_sabad`` password, ``thikano`` address, ``chhat`` roof, ``gaadi`` van, ``kes`` case,
``daan`` donation, ``rakam`` amount, ``sevadar`` volunteer, ``umar`` age, ``paari`` shift,
``sandeso`` message, ``sodh`` search, ``photu``, ``tipni`` note: sign-up, a log-in, ``/mharo``,
a bird reported from her roof with its photo and her fix, the rescue van to her house, the case
by number in the path, camps near her, the drop-off at the camp with her fix, a donation, a
volunteer shift, a kite-string pledge, the release photo, a message to the camp's vet, a bird's
feed sponsored, a roof net requested, an offline queue of sightings (msgpack), a search, push,
events and a log-out. Earlier sets have a pigeon loft, a songbird contest and birders'
checklists; none a rescue of injured birds."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families305_kit import (
    CAMP,
    CAMP_FIX,
    HOME,
    HOME_AT,
    ROOF_FIX,
    UPI,
    fix,
    hd,
    push,
)
from eval_families305_sdk import (
    bb_bid,
    bb_notice,
    ck_crash,
    ck_crumb,
    ck_session,
    kj_event,
    kj_launch,
    mo_batch,
)
from eval_families305_svc import cn_card, cn_confirm, cr_save, mh_reverse, mh_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pakheru", "Pakheru", "com.example.pakheru", "4.0.3", "https://api.pakheru.example.org")
IID = "X-Pakheru-Device"
PW = "Parevo*Sankranti26"
KES = "PK-26-01147"  # the rescue case (a negative: the bird's file)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def pakheru() -> list[Case]:
    rng = random.Random(30571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mobail=L(E164, TEL)))}
    rla, rlo = fix(ROOF_FIX)
    cla, clo = fix(CAMP_FIX, 4)
    kes = case(f, f"{a}/v2/kes/{KES}", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "gupt_sabad": L(PW, CRED), "sahar": L("Jodhpur", COARSE)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gupt_sabad": L(PW, CRED)}),
        case(f, f"{a}/v2/mharo", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/ghayal", [
            ("photu", "parevo_paankh.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {
                "pakheru": "parevo", "ghaav": "paankh kato", "manjho": True,
                "jagah": {"lat": rla, "lng": rlo, "sateekta": 9},
                "tipni": L("Mhari chhat par parevo padyo hai, paankh ma manjho uljhyo", TEXT),
                "mobail": L(E164, TEL)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/gaadi", headers=_h(rng, **b), body={
            "kes": KES, "thikano": L(HOME["line"], ADDR), "mohallo": L(HOME["area"], COARSE),
            "jagah": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                      "lng": L(round(HOME_AT[1], 5), PRECISE)},
            "mobail": L(E164, TEL), "naanv": L(f"{FIRST} {LAST}", NAMEC)}),
        kes,
        case(f, f"{a}/v2/camp/najdeek", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "khulo": "true"}),
        case(f, f"{a}/v2/kes/{KES}/pahunchayo", headers=_h(rng, **b), body={
            "camp": CAMP["id"], "jagah": {"lat": cla, "lng": clo},
            "campri_jagah": {"lat": CAMP["lat"], "lng": CAMP["lon"]}, "bakhat": "14:20"}),
        case(f, f"{a}/v2/daan", fmt="form", headers=_h(rng, **b), body={
            "kaam": "okhad_pakheru", "rakam": L("1100", BUY), "upi": L(UPI, PAY),
            "80g": "haan", "naanv": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/sevadar", headers=_h(rng, **b), body={
            "naanv": L(f"{FIRST} {LAST}", NAMEC), "umar": L(34, BIRTH),
            "janam_ri_tarikh": L(DOB, BIRTH), "paari": ["2026-01-14", "2026-01-15"],
            "camp": CAMP["id"], "kaam": "patti"}),
        case(f, f"{a}/v2/sankalp", fmt="form", headers=_h(rng, **b), body={
            "naanv": L(f"{FIRST} {LAST}", NAMEC), "sahar": L("Jodhpur", COARSE),
            "sankalp": "bina_kaanch_manjho"}),
        multipart(f, f"{a}/v2/kes/{KES}/chhodyo", [
            ("photu", "udaan.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("meta", None, "application/json", {
                "tipni": L("Das din baad parevo udyo! Tanvi ghani raaji hui.", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sandeso", headers=_h(rng, **b), body={
            "kane": "vet_camp_sdr", "kes": KES,
            "sandeso": L("Parevo ne ghar par daano kitro devun? Paani ma kai milaun?", TEXT)}),
        case(f, f"{a}/v2/palan", headers=_h(rng, **b), body={
            "pakheru": "mor_0112", "mahina": 3, "rakam": L(1500, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/chhat/jaali", headers=_h(rng, **b), body={
            "thikano": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE),
            "chhat_m2": 48, "rakam": L(2200, BUY), "mobail": L(E164, TEL)}),
        case(f, f"{a}/v2/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "dikhyo": [
                {"pakheru": "cheel", "lat": L(round(ROOF_FIX[0] + 0.0004 * i, 6), PRECISE),
                 "lng": L(round(ROOF_FIX[1] + 0.0003 * i, 6), PRECISE),
                 "t": 1768370000 + 600 * i} for i in range(3)]}),
        case(f, f"{a}/v2/sodh", headers=_h(rng, **b), query={
            "sodh": L("ghayal mor kane le jaavun", SEARCH)}),
        case(f, f"{a}/v2/camp/{CAMP['id']}", headers=_h(rng, **b), query={
            "fon": CAMP["phone"]}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("bird_reported", 1), ev("screen", 2, screen=L("KesStatus", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, how="none"), cookies={
            "pk_sesan": L(opaque(rng, "", 40), CRED), "pk_req": rid(rng)}, body={
            "device": L(INSTALL_ID, DID)}),
    ]


def pakheru_sdks() -> list[Case]:
    rng = random.Random(30572)
    return [
        mo_batch(APP, rng, [("Bird Reported", {"bird": "parevo"}),
                            ("Van Requested", {})], at=ROOF_FIX, nd=3, locale="hi_IN"),
        kj_launch(APP, rng, first=True),
        kj_event(APP, rng, "donation", {"kaam": "okhad_pakheru"}, revenue=1100.0, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="birds,sankranti,kites"),
        bb_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [ck_crumb("nav", "Ghayal -> Photu"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v2/ghayal", "status": 0})],
                 screen="ReportActivity"),
        ck_session(APP, rng, secs=930),
        pk_register(APP, rng, lang="hi", at=HOME_AT, nd=2, tags={"sahar": L("Jodhpur", COARSE)}),
        cr_save(APP, rng, {"analytics": True, "marketing": False}),
        cn_card(APP, rng, email=True),
        cn_confirm(APP, rng, "1500.00"),
        mh_reverse(APP, rng, ROOF_FIX, PRECISE, nd=4),
        mh_route(APP, rng, [(HOME_AT, PRECISE), ((CAMP["lat"], CAMP["lon"]), None)],
                 mode="driving"),
    ]
