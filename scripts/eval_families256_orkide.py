"""An orchid society's member app "Bromki Orkide" (Paramaribo: monthly meetings in the society's
hall, a yearly show, plant swaps between members and a field trip; she grows orchids on the
back veranda). Its API's keys are Sranan Tongo, ASCII-folded, with English ``email``, ``token``,
``id`` and the growers' loans (``orkide``, ``soort`` species, ``klasse`` show class,
``tentoonstelling`` show): ``nen`` name, ``famiri_nen`` surname, ``telefon`` phone,
``kibriwortu`` password, ``adresi`` street line, ``birti`` neighbourhood, ``foto`` town,
``lidnomru`` member number, ``bromki`` flower, ``prani`` plant, ``kweki`` grow, ``ruilen`` swap,
``preis`` price, ``moni`` amount, ``paiman`` payment, ``bijdrage`` dues, ``prenki`` picture,
``boskopu`` message, ``suku`` search, ``presi`` place, ``kon`` attend, ``reis`` trip,
``sidon_presi`` seat, ``den_sani`` events. Calls: sign-up, a log-in, ``/mi``, the dues, the show
entry, a plant photo, a swap listing with her phone, a message to a swapper with her address,
members' gardens near her house (3 decimals), the meeting RSVP and check-in at the hall, the
field-trip seats, a care question, the verandah sensor's readings (gzip), a search, the member
card by number in the path, a base64 JSON preferences cookie, push, events and a log-out. No
earlier set has an orchid society (a docstring grep for "orchid" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families256_kit import (
    HALL,
    HALL_FIX,
    HUSBAND,
    ORCHID_MEMBER,
    PB_HOME,
    PB_HOME_AT,
    SISTER_US,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families256_sdk import bk_bid, bk_notice, ck_crash, ck_crumb, tk_launch, tt_batch
from eval_families256_svc import cb_check, cp_card, cp_confirm, hm_message, mk_reverse, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bromkiorkide", "Bromki Orkide", "com.example.bromkiorkide", "2.0.3",
          "https://api.bromkiorkide.example.org")
IID = "X-Orkide-Device"
PW = "Cattleya#Flora7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bromkiorkide() -> list[Case]:
    rng = random.Random(25651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lidnomru=L(ORCHID_MEMBER, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HALL_FIX, 5)
    card = at_path(case(f, f"{a}/api/lid/{ORCHID_MEMBER}/kaart", headers=_h(rng, **b),
                        query={"formaat": "qr"}), ORCHID_MEMBER, UID)
    return [
        case(f, f"{a}/api/skrifi", headers=_h(rng), body={
            "nen": L(FIRST, NAMEC), "famiri_nen": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kibriwortu": L(PW, CRED),
            "adresi": L(PB_HOME["line"], ADDR), "birti": L(PB_HOME["area"], COARSE),
            "foto": L(PB_HOME["town"], COARSE), "lidnomru": L(ORCHID_MEMBER, UID),
            "kweki_sensi": 2023}),
        case(f, f"{a}/api/kon_na_ini", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kibriwortu": L(PW, CRED)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/bijdrage", fmt="form", headers=_h(rng, **b), body={
            "lidnomru": L(ORCHID_MEMBER, UID), "yari": "2026", "moni": L("300.00", BUY),
            "valuta": "SRD", "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/tentoonstelling/inschrijving", headers=_h(rng, **b), body={
            "lidnomru": L(ORCHID_MEMBER, UID), "tentoonstelling": "ts_2026_04",
            "prani": [{"soort": "Cattleya violacea", "klasse": "C2", "bromki": 4},
                      {"soort": "Oncidium hybrid", "klasse": "H1", "bromki": 11}],
            "moni": L(75, BUY)}),
        multipart(f, f"{a}/api/prani/prenki", [
            ("prenki", "cattleya_bromki.jpg", "image/jpeg", L(JPEG + b"\x43", MEDIA)),
            ("meta", None, "application/json", {"prani": "pr_cat_v01", "soort": "Cattleya"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ruilen", headers=_h(rng, **b), body={
            "lidnomru": L(ORCHID_MEMBER, UID), "prani": "Dendrobium stekje",
            "preis": 40, "kontakt_telefon": L(NATIONAL, TEL),
            "tekst": L("Twee Dendrobium stekjes fu ruilen, kon teki den na mi oso", TEXT)}),
        case(f, f"{a}/api/boskopu", headers=_h(rng, **b), body={
            "gi": "lid_bo_0877", "ruilen": obj(rng, "rl"),
            "boskopu": L("Yu kan kon teki a prani sabaten, mi adresi na Pijnboomstraat 14, "
                         "Zorg en Hoop", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/lid/dyaso", headers=_h(rng, **b), query={
            "lat": L(f"{PB_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{PB_HOME_AT[1]:.3f}", PRECISE),
            "km": "5"}),
        case(f, f"{a}/api/vergadering/kon", fmt="form", headers=_h(rng, **b), body={
            "vergadering": "vg_2026_02", "kon": "yes", "gasi": "1",
            "lidnomru": L(ORCHID_MEMBER, UID)}),
        case(f, f"{a}/api/vergadering/doro", headers=_h(rng, **b), body={
            "vergadering": "vg_2026_02", "presi": {"lat": hla, "lng": hlo},
            "zaal": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/api/reis/sidon_presi", headers=_h(rng, **b), body={
            "reis": "rs_brownsberg_03", "sidon_presi": 2,
            "nen": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "moni": L(500, BUY)}),
        case(f, f"{a}/api/vraag", headers=_h(rng, **b), body={
            "kategori": "kweki",
            "tekst": L("Den wiwiri fu mi Phalaenopsis e kon geel, mi e gi den tumsi furu "
                       "watra?", TEXT)}),
        case(f, f"{a}/api/sensor", gz=True, headers=_h(rng, **b), body={
            "sensor": "sn_veranda_01", "lidnomru": L(ORCHID_MEMBER, UID),
            "meting": [{"t": 1769990400, "temp": 29.4, "vocht": 78},
                       {"t": 1769994000, "temp": 30.1, "vocht": 74}]}),
        case(f, f"{a}/api/suku", headers=_h(rng, **b), query={
            "suku": L("Catasetum kweki na bakadoro", SEARCH), "bladzijde": "1"}),
        case(f, f"{a}/api/tentoonstelling/karta", headers=_h(rng, **b), body={
            "tentoonstelling": "ts_2026_04", "karta": 2, "moni": L(100, BUY),
            "gi": {"nen": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "boskopu": L("Emily, yu o si mi Cattleya na a tentoonstelling!", TEXT)}),
        card,
        case(f, f"{a}/api/voorkeur", headers=_h(rng, **b), cookies={
            "bo_sesi": L(opaque(rng, "", 40), CRED),
            "bo_voorkeur": W({"lidnomru": L(ORCHID_MEMBER, UID), "tongo": L("nl", DEV),
                              "ten_zone": L(TZ, DEV)}, "b64json")}),
        case(f, f"{a}/api/masyin", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masyin_id": L(INSTALL_ID, DID),
            "tongo": L("en", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/den_sani", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sesi": rid(rng), "den_sani": [
                ev("inschrijving", 1), ev("skrin", 2, skrin=L("Ruilen", USAGE))]}),
        case(f, f"{a}/api/komoto", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def bromkiorkide_sdks() -> list[Case]:
    rng = random.Random(25652)
    return [
        tt_batch(APP, rng, [("Show Entry", {"plants": 2}), ("Swap Listed", {})],
                 at=PB_HOME_AT, nd=2),
        tk_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PB_HOME_AT, nd=3,
               keywords="orchids,garden,plants"),
        bk_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalArgumentException", "show closed"),
                 [ck_crumb("nav", "Tentoonstelling -> Inschrijving")], screen="ShowActivity"),
        ps_register(APP, rng, tags={"klasse": "C2"}),
        cb_check(APP, rng, {"analytics": True}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "300.00"),
        mk_reverse(APP, rng, PB_HOME_AT, PRECISE, nd=5),
        hm_message(APP, rng, L("Mi lidkaart no e sori a yari 2026", TEXT),
                   {"lidnomru": L(ORCHID_MEMBER, UID)}),
    ]
