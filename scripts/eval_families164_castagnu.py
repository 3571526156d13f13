"""A chestnut-flour cooperative's member app "Castagnu" (``castagnu``: chestnut tree; the family's
grove above Piedicroce in the Castagniccia, whose chestnuts she delivers to the cooperative's
mill for AOP flour). Its API's keys are Corsican: ``soci`` members, ``sociu`` member,
``numeru_sociu`` member number, ``nome``/``casata`` first name/surname, ``telefunu`` phone,
``nir`` social security number (the farm's social insurer uses it), ``cuproprietariu``
co-owner, ``paese`` village, ``regione`` region, ``indirizzu`` address, ``codice`` code,
``castagneti`` groves, ``varieta`` variety, ``ettari`` hectares, ``cunfini`` boundary,
``parcella`` parcel, ``cugliera`` harvest, ``chilo`` kilograms, ``pusizione`` position,
``raccoglitori`` pickers, ``grataghju`` drying house, ``fumu`` smoke, ``note`` notes,
``testu`` text, ``cunsegne`` deliveries, ``lottu`` lot, ``mulinu`` mill, ``valore`` value,
``analisi`` analysis, ``umidita`` moisture, ``ritrattu`` photo, ``pagamenti`` payouts,
``titulare`` holder, ``banca`` bank, ``fiscale`` tax, ``numeru_fiscale`` tax number,
``rivenutu`` income, ``estrattu`` statement, ``messaghju`` message, ``assemblea`` general
meeting, ``votu`` vote, ``cumanda`` order, ``farina`` flour, ``tutale`` total, ``ricerca``
search. Member sign-up (her NIR, her husband as co-owner with his), an SMS code, ``/eiu``, the
grove's boundary, the harvest with her fix, a drying-house note (msgpack), a delivery to the
mill, deliveries, a moisture analysis, a photo, the payout account (their IBAN), payouts, the
tax form (gzip; her tax number), an offline sync (JSON Lines), the statement by member number
in the path, a message naming her husband, a vote, a flour order, a search, push, events and a
token refresh. Chestnuts are new in a grep; sets 83, 94 and 100 have olive, cotton and coffee
cooperatives (a chestnut mill's drying house, AOP lots and flour orders differ)."""

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
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families164_kit import (
    FR_IBAN,
    GROVE_AT,
    HOME,
    HUSBAND,
    HUSBAND_NIR,
    MEMBER,
    MILL,
    NIR,
    PARCEL,
    TAX_NO,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families164_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families164_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("castagnu", "Castagnu", "com.example.castagnu", "4.0.2",
          "https://api.castagnu.example.org")
IID = "X-Castagnu-Install"
GROVE_FIX = (42.380902, 9.373355)  # her phone among the trees at harvest


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, co=True, **kw)


def castagnu() -> list[Case]:
    rng = random.Random(16451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sociu=L(MEMBER, UID), telefunu=L(E164, TEL)))}
    gla, glo = fix(GROVE_FIX)
    g1 = obj(rng, "gr")
    stmt = at_path(case(f, f"{a}/api/v1/soci/{MEMBER}/estrattu", headers=_h(rng, **b),
                        query={"stagione": "2025"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/soci", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "casata": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "nir": L(NIR, NATID), "numeru_sociu": L(MEMBER, UID),
            "cuproprietariu": {"nome": L(HUSBAND[0], NAMEC), "nir": L(HUSBAND_NIR, NATID)},
            "indirizzu": L(VILLAGE["line"], ADDR), "paese": L(VILLAGE["town"], COARSE),
            "regione": L(VILLAGE["region"], COARSE), "mulinu": MILL["id"]}),
        case(f, f"{a}/api/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefunu": L(E164, TEL), "codice": L("904316", CRED)}),
        case(f, f"{a}/api/v1/eiu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/castagneti", headers=_h(rng, **b), body={
            "sociu": L(MEMBER, UID), "varieta": "Campanese", "ettari": 2.1, "parcella": PARCEL,
            "cunfini": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in GROVE_AT]}),
        case(f, f"{a}/api/v1/cugliera", headers=_h(rng, **b), body={
            "data": "2025-10-18", "chilo": 640, "pusizione": {"lat": gla, "lng": glo},
            "raccoglitori": 4, "castagnetu": "cg_campana"}),
        case(f, f"{a}/api/v1/grataghju/{g1}/note", fmt="msgpack", headers=_h(rng, **b), body={
            "grataghju": g1, "fumu_ghjorni": 21, "temperatura": 38.5,
            "testu": L("Focu di legnu di castagnu, giratu e castagne duie volte", TEXT),
            "da": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/cunsegne", headers=_h(rng, **b), body={
            "sociu": L(MEMBER, UID), "lottu": "LT25-0217-03", "chilo": 410,
            "mulinu": MILL["id"], "valore": L(1640, BUY), "aop": True}),
        case(f, f"{a}/api/v1/cunsegne", headers=_h(rng, **b), query={
            "sociu": L(MEMBER, UID), "stagione": "2025"}),
        case(f, f"{a}/api/v1/analisi", fmt="form", headers=_h(rng, **b), body={
            "lottu": "LT25-0217-03", "umidita": "7.8", "sociu": L(MEMBER, UID)}),
        multipart(f, f"{a}/api/v1/ritratti", [
            ("ritrattu", "castagne_secche.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"lottu": "LT25-0217-03"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pagamenti/contu", headers=_h(rng, **b), body={
            "titulare": L(f"{FIRST} {LAST}", NAMEC), "iban": L(FR_IBAN, PAY),
            "banca": "Banca di Esempiu", "sociu": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/pagamenti", headers=_h(rng, **b), query={"sociu": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/fiscale", gz=True, headers=_h(rng, **b), body={
            "sociu": L(MEMBER, UID), "annu": "2025", "rivenutu": L(4380, BUY),
            "numeru_fiscale": L(TAX_NO, NATID), "regime": "micro_bic"}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "lottu", "lottu": "LT25-0217-04", "chilo": 230, "da": L(MEMBER, UID)},
            {"op": "cumanda", "ordine": L("CM-88104", BUY), "tutale": L(46, BUY)}],
            headers=_h(rng, **b)),
        stmt,
        case(f, f"{a}/api/v1/messaghji", headers=_h(rng, **b), body={
            "a": "mulinu_desk",
            "testu": L("Per a cunsegna di sabbatu chjamate u mo maritu Ghjuvan Petru Santoni "
                       "à u +33639980412", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/assemblea/votu", fmt="form", headers=_h(rng, **b), body={
            "mozione": "mz_2026_02", "votu": "ie", "sociu": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/cumanda", headers=_h(rng, **b), body={
            "farina_kg": 5, "tutale": L(46, BUY), "ordine": L("CM-88104", BUY),
            "cunsegna": {"carrughju": L(HOME["line"], ADDR), "cita": L(HOME["town"], COARSE)}}),
        case(f, f"{a}/api/v1/ricerca", headers=_h(rng, **b), query={
            "q": L("prezzu farina AOP 2026", SEARCH)}),
        case(f, f"{a}/api/v1/apparechju", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/avvenimenti", headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "avvenimenti": [
                ev("cunsegna_fatta", 1), ev("screen", 2, screen=L("Grataghju", USAGE))]}),
        case(f, f"{a}/api/v1/sessione/rinnova", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparechju": L(INSTALL_ID, DID)}),
    ]


def castagnu_sdks() -> list[Case]:
    rng = random.Random(16452)
    return [
        mc_batch(APP, rng, [("Harvest Logged", {"kg": 640}),
                            ("Delivery Made", {"value": L(1640, BUY)})], at=GROVE_FIX, nd=2),
        mc_identify(APP, rng, {"regione": L("Castagniccia", COARSE), "sociu": L(MEMBER, UID)}),
        mc_pixel(APP, rng, "Statement Opened", {"season": "2025"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "delivery", {"mulinu": MILL["id"]}),
        fn_eval(APP, rng, {"regione": L("Castagniccia", COARSE), "role": "member"}),
        pt_register(APP, rng, at=GROVE_FIX, nd=2, tags={"mulinu": MILL["id"]}),
        cl_wallet(APP, rng, "46", L(E164, TEL)),
        mm_geocode(APP, rng, "Mulinu di Orezza", "behavior.search", near=GROVE_FIX, nd=3),
        hs_message(APP, rng, L("U pagamentu di a cunsegna LT25-0217-03 ùn hè micca ghjuntu",
                               TEXT), {"sociu": L(MEMBER, UID)}),
    ]
