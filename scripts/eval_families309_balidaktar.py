"""A plant clinic's crop-doctor app "Balidaktar" (the municipal agriculture section's plant clinic
in Tulsipur answers farmers' photos of sick crops; she sends the family's tomato and paddy
problems from the Manpur field). Keys are Dangaura Tharu, ASCII-folded, with English and Nepali
loans (``otp``, ``token``, ``photo``, ``ph``, ``order``): ``naun`` name, ``mobail`` mobile,
``lukal_sabd`` password, ``utpadak_nambar`` grower number, ``gaun`` village, ``wada`` ward,
``bhasa`` language, ``khet`` field, ``phasal`` crop, ``kattha`` (land unit), ``kendra`` centre
point, ``samasya`` problem, ``lakshan`` symptom, ``rog`` (plant) disease, ``kira`` pest,
``prashna`` question, ``salah`` advice, ``dawai`` (plant) medicine, ``kinmel`` purchase,
``jamma`` total, ``rupiya`` amount, ``chukta`` payment, ``bhet`` visit, ``thaun`` place,
``chhirkaw`` spraying, ``mato`` soil, ``mausam`` weather, ``bazar`` market, ``bhau`` price,
``khoj`` search, ``itihas`` history, ``rujhan`` preferences, ``tipot`` note. Calls: sign-up, a
log-in, ``/hamar``, the field, a problem with a leaf photo and her fix, an insect photo, the
advice, a question, the recommended medicines, an order at the agro shop and its payment, a
field visit booked (her mother-in-law at the field), a protobuf spray log, a soil sample
(msgpack), the weather (2 decimals), market prices, a search, her history by grower number in the
path, an offline sync of notes (JSON Lines), preferences (base64 JSON in a form field), push and
events. Agronomist questions exist inside growers' buying apps (sets 100, 127, 169, 222); a plant
clinic's crop-doctor app is new ("plant clinic" matched only set 151's dental clinic, "crop
doctor", "plant doctor" nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families309_kit import (
    FIELD_FIX,
    GROWER,
    PLANT_CLINIC,
    SASU,
    fix,
    hd,
    obj,
    tharu_push,
)
from eval_families309_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_queue,
    tn_launch,
)
from eval_families309_svc import cy_check, fn_eval, hs_attach, mm_reverse, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("balidaktar", "Balidaktar", "com.example.balidaktar", "2.0.9",
          "https://api.balidaktar.example.org")
IID = "X-Bali-Jantar"
PW = "Golbheda%Manpur7"
PATCH = (28.097811, 82.323994)  # the tomato patch in the family's field (precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ne=True, **kw)


def balidaktar() -> list[Case]:
    rng = random.Random(30961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, utpadak_nambar=L(GROWER, UID), mobail=L(E164, TEL)))}
    pla, plo = fix(PATCH, 6)
    fla, flo = fix(FIELD_FIX, 5)
    case_id = obj(rng, "smp")
    lab: dict[str, str] = {}
    spray = pb([(1, L(GROWER, UID)), (2, "khet_03"), (3, 1768813200),
                (4, [(1, L(PATCH[0], PRECISE)), (2, L(PATCH[1], PRECISE))]),
                (5, "mancozeb"), (6, 16.0)], "", lab)
    hist = at_path(case(f, f"{a}/api/utpadak/{GROWER}/itihas", headers=_h(rng, auth="bearer")),
                   GROWER, UID)
    return [
        case(f, f"{a}/api/darta", headers=_h(rng), body={
            "naun": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL),
            "lukal_sabd": L(PW, CRED), "utpadak_nambar": L(GROWER, UID),
            "gaun": L("Manpur", COARSE), "wada": L("Tulsipur-7", COARSE),
            "bhasa": L("thl", DEV)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "lukal_sabd": L(PW, CRED), "jantar": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/khet", headers=_h(rng, **b), body={
            "utpadak_nambar": L(GROWER, UID), "khet": "khet_03", "kattha": 12,
            "phasal": ["dhan", "golbheda"],
            "kendra": {"lat": L(round(PATCH[0], 4), PRECISE), "lng": L(round(PATCH[1], 4),
                                                                      PRECISE)}}),
        multipart(f, f"{a}/api/samasya", [
            ("photo", "golbheda_patta.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "samasya_id": case_id, "phasal": "golbheda",
                "lakshan": L("Patta me kala dag, niche se sukhat ba", TEXT),
                "thaun": {"lat": pla, "lng": plo}})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/samasya/{case_id}/kira", [
            ("photo", "kira.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {"kira": "unknown", "ganti": "dhera"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/samasya/{case_id}/salah", headers=_h(rng, **b)),
        case(f, f"{a}/api/prashna", headers=_h(rng, **b), body={
            "samasya_id": case_id,
            "prashna": L("Golbheda ke patta pe kala dag aur seto dhulo ba, ka chhirkai?",
                         TEXT)}),
        case(f, f"{a}/api/dawai", headers=_h(rng, **b), query={
            "phasal": "golbheda", "rog": "late_blight", "jilla": "dang"}),
        case(f, f"{a}/api/kinmel", headers=_h(rng, **b), body={
            "order": L("AG-26-11804", BUY), "pasal": "agro_tlp_12",
            "saman": [{"dawai": "mancozeb 75 WP", "kilo": 1, "bhau": 850},
                      {"dawai": "sticker", "litre": 0.5, "bhau": 220}],
            "jamma": L(1070, BUY), "utpadak_nambar": L(GROWER, UID)}),
        case(f, f"{a}/api/chukta", fmt="form", headers=_h(rng, **b), body={
            "order": L("AG-26-11804", BUY), "rupiya": L("1070.00", BUY), "mudra": "NPR",
            "madhyam": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/bhet", headers=_h(rng, **b), body={
            "samasya_id": case_id, "din": "2026-01-21",
            "thaun": {"lat": fla, "lng": flo},
            "khet_pe": {"naun": L(SASU[0], NAMEC), "mobail": L(SASU[1], TEL)},
            "clinic": {"id": PLANT_CLINIC["id"], "lat": PLANT_CLINIC["lat"],
                       "lng": PLANT_CLINIC["lon"]}}),
        raw(f, f"{a}/api/chhirkaw/log", spray, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mato", fmt="msgpack", headers=_h(rng, **b), body={
            "namuna": obj(rng, "mt"), "khet": "khet_03", "ph": 6.2, "jaivik": 1.8,
            "utpadak_nambar": L(GROWER, UID)}),
        case(f, f"{a}/api/mausam", headers=_h(rng, **b), query={
            "lat": L(f"{PATCH[0]:.2f}", COARSE), "lng": L(f"{PATCH[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/bazar/bhau", headers=_h(rng, **b), query={
            "bazar": "tulsipur_haat", "phasal": "golbheda"}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "khoj": L("golbheda patta kala dag dawai", SEARCH)}),
        hist,
        lines(f, f"{a}/api/sync", [
            {"op": "tipot", "utpadak": L(GROWER, UID),
             "tipot": L("Pachhim kona ke bot me jyada dag", TEXT)},
            {"op": "chhirkaw", "utpadak": L(GROWER, UID), "din": "2026-01-19"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/rujhan", fmt="form", headers=_h(rng, **b), body={
            "data": W({"utpadak_nambar": L(GROWER, UID), "bhasa": L("thl", DEV),
                       "gaun": L("Manpur", COARSE)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/jantar", headers=_h(rng, **b), body=tharu_push(push_token(rng))),
        case(f, f"{a}/api/ghatna", gz=True, headers=_h(rng, **b), body={
            "prayogkarta": L(USER_ID, UID), "ghatna": [
                ev("photo_pathail", 1), ev("screen", 2, screen=L("Salah", USAGE))]}),
    ]


def balidaktar_sdks() -> list[Case]:
    rng = random.Random(30962)
    return [
        mc_batch(APP, rng, [("Problem Sent", {"phasal": "golbheda"}),
                            ("Order Paid", {"total": L(1070, BUY)})], at=FIELD_FIX, nd=2),
        mc_identify(APP, rng, {"gaun": L("Manpur", COARSE), "utpadak": L(GROWER, UID)}),
        mc_queue(APP, rng, [("Note Saved", {}), ("Spray Logged", {"litre": 16})]),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FIELD_FIX, nd=3,
               keywords="agro,fungicide,seed"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap decode"),
                 [cd_crumb("nav", "Samasya -> Camera")], screen="CameraActivity"),
        fn_eval(APP, rng, {"clinic": PLANT_CLINIC["id"], "jilla": L("Dang", COARSE)}),
        pt_register(APP, rng, lang="ne", tags={"phasal": "golbheda"}),
        cy_check(APP, rng, {"analytics": True}),
        mm_reverse(APP, rng, PATCH, PRECISE, nd=5),
        hs_attach(APP, rng, L(JPEG + b"\x33", MEDIA), "bot.jpg", "image/jpeg"),
    ]
