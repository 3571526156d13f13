"""The primate nursery's visitor and sponsorship app "Maimun" (amaimun: monkey; the Sukhum primate
nursery on the hill, fictionalised): the family's visits and the rhesus macaque Astan sponsors with
her. Keys are Abkhaz in Latin letters with English (``akhdz`` name, ``azhwla`` surname, ``atel``
phone, ``azhwamadza`` password, ``abilet`` ticket, ``aphadza`` count, ``adu`` adult, ``akhwychy``
child, ``ashyqws`` years of age, ``amsh`` day, ``aamta`` time, ``ahw`` price, ``apara`` amount,
``aorder`` order, ``amaimun`` monkey, ``apstwy`` animal, ``asponsor`` sponsorship, ``asertifikat``
certificate, ``afatw`` food, ``aekskursia`` excursion, ``aklass`` class, ``atyp`` place, ``atekst``
text, ``apshaara`` search, ``ahamta`` gift, ``abyzshwa`` language): sign-up, log-in (form),
``/sara`` with a JWT, tickets for three, their payment, the gate check-in with her fix, the
enclosure map, the macaque's sponsorship, its monthly payment, the keeper's updates by sponsorship
number in the path, her photos, a feeding tour (her son's kiwi allergy), a class excursion she
organises, a donation, a search, a review, the visitor card by a base64 JSON cookie, a message to
the keeper, a lost item, push, events and a log-out. "monkey", "primate" and "macaque" name only set
206's volunteer census of wild Barbary macaques (a forest walk); this is a nursery's tickets and a
sponsorship ("adopt an animal" matched nothing; "zoo" only inside "zoom")."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families278_kit import (
    HOME_AT,
    MEMBER,
    NURSERY,
    NURSERY_FIX,
    RU_ACCOUNT,
    SON,
    SPONSOR,
    VISIT_ORDER,
    fix,
    hd,
    push,
)
from eval_families278_sdk import (
    br_bid,
    cg_session,
    sa_batch,
    sa_queue,
    ta_event,
    ta_launch,
    ta_link,
)
from eval_families278_svc import ca_card, ca_confirm, md_route, md_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("maimun", "Maimun", "com.example.maimun", "2.6.1", "https://api.maimun.example.org")
IID = "X-Maimun-Device"
PW = "Macaque#Astan10"
KID = f"{SON['first']} {SON['last']}"
PEN_AT = (42.999412, 41.026307)  # the rhesus enclosure (the nursery's: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def maimun() -> list[Case]:
    rng = random.Random(27861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karta=L(MEMBER, UID)))}
    nla, nlo = fix(NURSERY_FIX)
    updates = at_path(case(f, f"{a}/v1/asponsor/{SPONSOR}/novosti", headers=_h(rng, **b)),
                      SPONSOR, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "akhdz": L(FIRST, NAMEC), "azhwla": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "atel": L(E164, TEL), "azhwamadza": L(PW, CRED), "aiira_arytskhw": L(DOB, BIRTH),
            "karta": L(MEMBER, UID), "rassylka": False}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "azhwamadza": L(PW, CRED)}),
        case(f, f"{a}/v1/sara", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/abilet", headers=_h(rng, **b), body={
            "amsh": "2026-03-08", "aamta": "11:00", "aorder": L(VISIT_ORDER, BUY),
            "abilet": [{"kind": "adu", "aphadza": 2},
                       {"kind": "akhwychy", "aphadza": 1, "ashyqws": L(10, BIRTH)}],
            "ahw": L(1400, BUY), "karta": L(MEMBER, UID)}),
        case(f, f"{a}/v1/ashwara", fmt="form", headers=_h(rng, **b), body={
            "aorder": L(VISIT_ORDER, BUY), "apara": L("1400.00", BUY), "valiuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/vkhod", headers=_h(rng, **b), body={
            "aorder": L(VISIT_ORDER, BUY), "qr": opaque(rng, "qr_", 16),
            "atyp": {"lat": nla, "lon": nlo, "acc": 6},
            "vorota": {"id": "gate_main", "lat": NURSERY["lat"], "lon": NURSERY["lon"]}}),
        case(f, f"{a}/v1/karta_vol", headers=_h(rng, **b), query={
            "nursery": NURSERY["id"], "sloi": "vol,kafe,wc"}),
        case(f, f"{a}/v1/asponsor", headers=_h(rng, **b), body={
            "amaimun": "mac_rh_0412", "apstwy_akhdz": "Bzyb", "vol": {
                "lat": PEN_AT[0], "lon": PEN_AT[1]},
            "asponsor": L(SPONSOR, BUY), "amza_ahw": L(1500, BUY),
            "asertifikat_akhdz": L(KID, NAMEC), "karta": L(MEMBER, UID)}),
        case(f, f"{a}/v1/asponsor/avtoplatezh", fmt="form", headers=_h(rng, **b), body={
            "asponsor": L(SPONSOR, BUY), "schet": L(RU_ACCOUNT, PAY), "apara": L("1500", BUY),
            "den": "5"}),
        updates,
        multipart(f, f"{a}/v1/afoto", [
            ("photo", "bzyb.jpg", "image/jpeg", L(JPEG + b"\x2b", MEDIA)),
            ("meta", None, "application/json", {
                "amaimun": "mac_rh_0412",
                "atekst": L("Bzyb took the apple right from Astan's hand", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/afatw/tur", headers=_h(rng, **b), body={
            "amsh": "2026-03-08", "aamta": "13:30", "auawy": 3, "ahw": L(900, BUY),
            "primechanie": L("Our son is allergic to kiwi, please no kiwi for him to hold",
                             f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/aekskursia", headers=_h(rng, **b), body={
            "shkola": "sch_sk_10", "aklass": "4B", "aphadza": 24,
            "otvetstvennyi": {"akhdz": L(f"{FIRST} {LAST}", NAMEC), "atel": L(E164, TEL)},
            "akhwychy": L(KID, NAMEC), "ahw": L(7200, BUY), "amsh": "2026-04-17"}),
        case(f, f"{a}/v1/ahamta", fmt="form", headers=_h(rng, **b), body={
            "fond": "winter_heating", "apara": L("1000", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "anonim": "0"}),
        case(f, f"{a}/v1/apshaara", headers=_h(rng, **b), query={
            "apshaara": L("hamadryas baboon feeding time", SEARCH)}),
        case(f, f"{a}/v1/otzyv", headers=_h(rng, **b), body={
            "nursery": NURSERY["id"], "zvezdy": 4,
            "atekst": L("The enclosures are clean but the cafe was closed on a Sunday", TEXT)}),
        case(f, f"{a}/v1/karta", headers=_h(rng, how="none"), cookies={
            "mm_sess": L(opaque(rng, "", 40), CRED),
            "mm_card": W({"karta": L(MEMBER, UID), "lang": L("en", DEV)}, "b64json"),
            "mm_req": rid(rng)}),
        case(f, f"{a}/v1/atshamta", headers=_h(rng, **b), body={
            "komu": "keeper_rh",
            "atekst": L("Is Bzyb's injured paw better? My son asks every evening.", TEXT)}),
        case(f, f"{a}/v1/poteriannoe", headers=_h(rng, **b), body={
            "amsh": "2026-03-08",
            "atekst": L("A child's blue cap near the baboons, call +1 555 010 0199",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ticket_bought", 1), ev("screen", 2, screen=L("SponsorUpdates", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def maimun_sdks() -> list[Case]:
    rng = random.Random(27862)
    link = U("https://maimun.example.org/t", {"order": L(VISIT_ORDER, BUY), "src": "mail",
                                              "em": L(EMAIL, MAIL)})
    return [
        sa_batch(APP, rng, [("Tickets Bought", {"total": L(1400, BUY)}),
                            ("Gate Entered", {"gate": "gate_main"})], at=NURSERY_FIX, nd=3),
        sa_queue(APP, rng, [("Audio Stop Played", {"stop": 7}),
                            ("Audio Stop Played", {"stop": 8})]),
        ta_launch(APP, rng, first=True),
        ta_link(APP, rng, link),
        ta_event(APP, rng, "purchase", {"order": L(VISIT_ORDER, BUY)}, revenue=1400.0,
                 hashed=True),
        br_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=NURSERY_FIX, nd=2,
               keywords="zoo,family,sukhum"),
        cg_session(APP, rng, secs=1980),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "1400.00"),
        md_route(APP, rng, [(HOME_AT, PRECISE), ((NURSERY["lat"], NURSERY["lon"]), None)],
                 mode="driving"),
        md_telemetry(APP, rng, [NURSERY_FIX, (42.999301, 41.026512)], PRECISE),
    ]
