"""A print and copy shop's app "Tirafu" (tira paper + fu house: a shop by the Grand Marche that
prints documents, invitations and photos, keeps certified copies and delivers, also to Dosso). Its
API's keys are Zarma, ASCII-folded, with the French printing words Niamey uses: ``maa_kulu`` full
name, ``imel`` e-mail, ``telefon`` phone, ``sirri`` password, ``karti`` customer account,
``adiresi`` street line, ``kartiye`` neighbourhood, ``kwaara`` town, ``tira`` document, ``paaji``
pages, ``kopi`` copies, ``kulor`` colour, ``tiraj`` print run, ``hiijay`` wedding, ``hiijay_tira``
wedding invitation, ``arusu``/``amarya`` groom/bride, ``dayyan`` order (lit. purchase), ``nooru``
amount, ``banayan`` payment, ``karti_taaci`` card's last four, ``kandiyan`` delivery (lit.
bringing), ``nongu`` place, ``yarda`` approval, ``neera`` price, ``sanni`` message, ``ceeci``
search, ``suura`` photo, ``masin`` device, ``furo``/``fatta`` log in/out, ``ay`` me. Calls:
sign-up, log-in, ``/ay``, a CV uploaded (PDF), a copy of her residence card for certification, the
wedding invitations for her brother-in-law, the proof approved, the payment, delivery to her
mother-in-law in Dosso, the order's status by cookie, the invoice by order number in the path, her
orders by account in the query, the price list, collection at the shop with her fix, a search, the
son's photos printed, a chat with the shop, an offline sync (JSON Lines), push, events and a
log-out. "print shop" matched nothing in a docstring grep (set 160's photo studio takes ID
portraits; here she brings her own files to print)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families231_kit import (
    DOSSO_HOME,
    MOTHER_IL,
    NY_HOME,
    NY_HOME_AT,
    PRINT_ACC,
    RESIDENCE,
    SHOP,
    SHOP_FIX,
    SON,
    fix,
    hd,
    push,
)
from eval_families231_sdk import (
    bg_bid,
    bg_notice,
    cf_crash,
    cf_crumb,
    mk_batch,
    mk_pixel,
    td_launch,
    td_link,
)
from eval_families231_svc import co_card, co_confirm, cs_check, mg_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("tirafu", "Tirafu", "com.example.tirafu", "4.0.6", "https://api.tirafu.example.com")
IID = "X-Tirafu-Masin"
PW = "GrandMarche!2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(60))
ORDER = "TF-26-4410"  # the invitations' order (financial.purchase)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, fr=True, **kw)


def tirafu() -> list[Case]:
    rng = random.Random(23151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, karti=L(PRINT_ACC, UID), imel=L(EMAIL, MAIL)))}
    sla, slo = fix(SHOP_FIX, 4)
    inv = at_path(case(f, f"{a}/api/dayyan/{ORDER}/faktir", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/hantumyan", headers=_h(rng), body={
            "maa_kulu": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(NATIONAL, TEL), "sirri": L(PW, CRED), "karti": L(PRINT_ACC, UID),
            "adiresi": L(NY_HOME["line"], ADDR), "kartiye": L(NY_HOME["area"], COARSE),
            "kwaara": L(NY_HOME["town"], COARSE)}),
        case(f, f"{a}/api/furo", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_MIXED, MAIL), "sirri": L(PW, CRED), "masin": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ay", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/tira", [
            ("tira", "CV_Jane_Doe_2026.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"karti": L(PRINT_ACC, UID), "paaji": 2,
                                                "kopi": 10, "kulor": False})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/tira/kopi_legalize", [
            ("tira", "carte_sejour.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"karti": L(PRINT_ACC, UID),
                                                "dumi": "carte de sejour",
                                                "nimero": L(RESIDENCE, NID), "kopi": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/hiijay_tira", headers=_h(rng, **b), body={
            "hiijay": {"arusu": L("Abdoul Razak Hamani", NAMEC),
                       "amarya": L("Nafissa Soumana", NAMEC), "zaari": "2026-04-18",
                       "nongu": "Salle des fetes, Dosso"},
            "tiraj": 300, "kulor": "or", "dayyan": L(ORDER, BUY), "nooru": L(90000, BUY),
            "sanni": L("Gold lettering please, and the RSVP number is my husband's "
                       "+22796412278", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/dayyan/yarda", fmt="form", headers=_h(rng, **b), body={
            "dayyan": L(ORDER, BUY), "yarda": "1",
            "sanni": L("Looks good, only make the date bigger", TEXT)}),
        case(f, f"{a}/api/banayan", fmt="form", headers=_h(rng, **b), body={
            "dayyan": L(ORDER, BUY), "nooru": L("90000", BUY), "nooru_dumi": "XOF",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "karti_taaci": L("4444", PAY)}),
        case(f, f"{a}/api/kandiyan", headers=_h(rng, **b), body={
            "dayyan": L(ORDER, BUY), "nongu": {
                "maa_kulu": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                "kartiye": L(DOSSO_HOME["area"], COARSE), "kwaara": L(DOSSO_HOME["town"], COARSE)},
            "nooru_kandiyan": L(5000, BUY)}),
        case(f, f"{a}/api/dayyan/status", headers=_h(rng, how="none"), cookies={
            "tf_session": L(opaque(rng, "", 40), CRED), "tf_masin": L(INSTALL_ID, DID),
            "tf_req": rid(rng)}),
        inv,
        case(f, f"{a}/api/dayyanyey", headers=_h(rng, **b), query={
            "karti": L(PRINT_ACC, UID), "status": "prete"}),
        case(f, f"{a}/api/neera", headers=_h(rng, **b), query={
            "kopi": "40", "kulor": "0", "paaji": "A4"}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "dayyan": L(ORDER, BUY), "ay_nongu": {"lat": sla, "lng": slo},
            "boutique": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"]}}),
        case(f, f"{a}/api/ceeci", headers=_h(rng, **b), query={
            "ceeci": L("cartes de visite papier epais dore", SEARCH)}),
        multipart(f, f"{a}/api/suura", [
            ("suura", "seyni_ecole.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"maa": L(KID, NAMEC), "dumi": "4x4",
                                                "kopi": 6, "karti": L(PRINT_ACC, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sanni", headers=_h(rng, **b), body={
            "to": SHOP["id"],
            "sanni": L("Can I pick up the CVs tomorrow at 10? My number is +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        lines(f, f"{a}/api/sync", [
            {"op": "tira", "karti": L(PRINT_ACC, UID), "paaji": 2},
            {"op": "dayyan", "dayyan": L(ORDER, BUY), "nooru": L(90000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_NE")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "boro": L(USER_ID, UID), "events": [
                ev("tira_uploaded", 1), ev("ekran", 2, ekran=L("HiijayTira", USAGE))]}),
        case(f, f"{a}/api/fatta", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masin": L(INSTALL_ID, DID)}),
    ]


def tirafu_sdks() -> list[Case]:
    rng = random.Random(23152)
    link = U("https://tirafu.example.com/o", {"dayyan": L(ORDER, BUY), "em": L(EMAIL, MAIL),
                                              "src": "wa"})
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(90000, BUY)}),
                            ("Proof Approved", {})], locale="fr_NE"),
        mk_pixel(APP, rng, "Price List Opened", {"kopi": 40}),
        td_launch(APP, rng, first=True, user=True),
        td_link(APP, rng, link),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHOP_FIX, nd=2,
               keywords="printing,wedding,cards"),
        bg_notice(APP, rng, "win"),
        cf_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 [cf_crumb("nav", "Ay -> Tira"),
                  cf_crumb("net", "POST", {"url": f"{APP.api}/api/tira", "status": 499})],
                 screen="TiraUploadActivity"),
        cs_check(APP, rng, {"analytics": True}),
        co_card(APP, rng),
        co_confirm(APP, rng, "90000"),
        mg_geocode(APP, rng, "Salle des fetes Dosso", SEARCH, near=NY_HOME_AT, nd=3),
    ]
