"""The daughter's Brownie pack app "Brownietrail" (the 3rd Takoradi Brownie pack of a guiding
association meets on Saturdays in a church hall: badges, subs, the uniform, a pack holiday at
Busua). Its API's keys are Nzema in ASCII with the guiding words kept in English: ``kakula``
child, ``mrale`` children (a JWT claim), ``duma``, ``agyale_duma``, ``awole_kenle``,
``raale_nrenyia`` sex, ``nli`` mother (the parent), ``kunli`` husband, ``eyale`` illness,
``ayile`` medicine, ``alee`` food (diet), ``tenlenle`` height (the author's word), ``ezukoa``
amount, ``tuale`` payment, ``eleka`` place, ``meke`` time, ``kenle`` day, ``edweke`` message,
``kponde`` search, ``foto``; ``badge``, ``pack``, ``six`` as the association writes them; OAuth
keeps ``password``. Calls: the parent's OAuth log-in, ``/me`` with a children claim, linking
Adwoba by her member number, badges by member number in the path, attendance, the term's subs,
a uniform order (her height), the pack-holiday consent and health form (gzip), a pick-up
authorisation for her grandmother, the pick-up check-in with her fix, a badge photo, a message to
the leader, an absence (malaria), a Thinking Day ticket, a search, an offline badge sync (JSON
Lines), push, events and the newsletter by cookie. A docstring grep found "brownie", "girl
guide" and "guiding" in no app (a "spice-tour guiding" app in set 143); children's scouts exist
(set 156), so this is the girls' guiding section with badges and a pack holiday."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families235_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HUSBAND,
    MOTHER_IL,
    TK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families235_sdk import (
    ak_batch,
    ak_identify,
    bb_bid,
    cp_crash,
    cp_crumb,
    sk_launch,
    sk_link,
)
from eval_families235_svc import (
    ce_save,
    ck_card,
    ck_confirm,
    fs_eval,
    he_message,
    mb_route,
    pa_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("brownietrail", "Brownietrail", "com.example.brownietrail", "2.4.0",
          "https://api.brownietrail.example.org")
IID = "X-Brownie-Device"
PW = "Adwoba2017!Pack"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def brownietrail() -> list[Case]:
    rng = random.Random(23551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    mem = DAUGHTER["member"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrale=[L(mem, UID)],
                                    role="parent"))}
    pla, plo = fix(HALL_FIX, 5)
    badges = at_path(case(f, f"{a}/v1/members/{mem}/badges", headers=_h(rng, **b),
                          query={"section": "brownies"}), mem, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "brownietrail-parent"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/parents/link", headers=_h(rng, **b), body={
            "member": L(mem, UID),
            "kakula": {"duma": L(DAUGHTER["first"], NAMEC), "agyale_duma": L(DAUGHTER["last"],
                                                                           NAMEC),
                       "awole_kenle": L(DAUGHTER["dob"], BIRTH),
                       "raale_nrenyia": L(DAUGHTER["sex"], GENDER)},
            "nli": {"duma": L(f"{FIRST} {LAST}", NAMEC), "fonu": L(E164, TEL)},
            "pack": HALL["id"], "six": "Kingfishers"}),
        badges,
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), query={
            "member": L(mem, UID), "term": "2026-1"}),
        case(f, f"{a}/v1/subs/pay", fmt="form", headers=_h(rng, **b), body={
            "member": L(mem, UID), "term": "2026-1", "ezukoa": L("60.00", BUY),
            "currency": "GHS", "tuale": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/uniform/orders", headers=_h(rng, **b), body={
            "member": L(mem, UID), "items": [{"sku": "brw-tunic", "size": "8-9"},
                                             {"sku": "brw-sash", "size": "one"}],
            "tenlenle": L(128, FIT), "ezukoa": L(145, BUY)}),
        case(f, f"{a}/v1/holiday/consent", gz=True, headers=_h(rng, **b), body={
            "member": L(mem, UID), "holiday": "ph_busua_2026", "consent": True,
            "kakula": {"duma": L(KID, NAMEC), "awole_kenle": L(DAUGHTER["dob"], BIRTH)},
            "eyale": [L("sickle cell trait (AS)", MED), L("groundnut allergy", MED)],
            "ayile": [L("cetirizine 5 mg when needed", MED)],
            "alee": L("no groundnut soup", MED), "swims": "25 m without help",
            "emergency": {"duma": L(HUSBAND[0], NAMEC), "fonu": L(HUSBAND[1], TEL)},
            "ezukoa": L(380, BUY)}),
        case(f, f"{a}/v1/pickup/authorise", headers=_h(rng, **b), body={
            "member": L(mem, UID),
            "person": {"duma": L(MOTHER_IL[0], NAMEC), "fonu": L(MOTHER_IL[1], TEL),
                       "relation": "grandmother"}, "days": ["sat"]}),
        case(f, f"{a}/v1/pickup/checkin", headers=_h(rng, **b), body={
            "member": L(mem, UID), "eleka": {"lat": pla, "lng": plo},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            "meke": "12:05"}),
        multipart(f, f"{a}/v1/badges/evidence", [
            ("foto", "cook_badge.jpg", "image/jpeg", L(JPEG + b"\x3b", MEDIA)),
            ("meta", None, "application/json", {
                "member": L(mem, UID), "badge": "cook",
                "caption": L("Adwoba made tatale and fried plantain for the family",
                             f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "leader_tkd3",
            "edweke": L("Brown Owl, can the girls bring their own water bottles on Saturday?",
                        TEXT)}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "member": L(mem, UID), "kenle": "2026-01-17",
            "edweke": L("Adwoba has malaria and is on treatment, she will miss this week",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/events/thinking-day/tickets", fmt="form", headers=_h(rng, **b),
             body={"member": L(mem, UID), "tickets": "2", "ezukoa": L("40", BUY)}),
        case(f, f"{a}/v1/ceremonies/promise/rsvp", headers=_h(rng, **b), body={
            "member": L(mem, UID), "guests": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)],
            "kenle": "2026-02-07"}),
        case(f, f"{a}/v1/holiday/ph_busua_2026/kit", headers=_h(rng, **b),
             query={"section": "brownies"}),
        case(f, f"{a}/v1/kponde", headers=_h(rng, **b), query={
            "q": L("swimmer badge what to do", SEARCH)}),
        lines(f, f"{a}/v1/badges/sync", [
            {"member": L(mem, UID), "badge": "cook", "clause": 3, "done": True},
            {"member": L(mem, UID), "badge": "swimmer", "clause": 1, "done": False}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("badge_opened", 1, badge="cook"),
                ev("screen", 2, screen=L("PackHoliday", USAGE))]}),
        case(f, f"{a}/v1/newsletter/latest", headers=_h(rng, how="none"), cookies={
            "bt_sid": L(opaque(rng, "", 40), CRED), "bt_dev": L(INSTALL_ID, DID)}),
    ]


def brownietrail_sdks() -> list[Case]:
    rng = random.Random(23552)
    return [
        ak_batch(APP, rng, [("Subs Paid", {"amount": L(60, BUY)}),
                            ("Badge Evidence Sent", {"badge": "cook"})], at=HALL_FIX, nd=2),
        ak_identify(APP, rng, {"role": "parent", "children": 1}),
        sk_launch(APP, rng),
        sk_link(APP, rng, U("https://brownietrail.example.org/h", {
            "holiday": "ph_busua_2026", "m": L(DAUGHTER["member"], UID), "em": L(EMAIL, MAIL)})),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,crafts,outdoors"),
        cp_crash(APP, rng, ("java.lang.NullPointerException", "badge clause"),
                 [cp_crumb("nav", "Badges -> Cook")], user={"id": L(USER_ID, UID)},
                 screen="BadgeActivity"),
        fs_eval(APP, rng, {"pack": HALL["id"], "children": 1}),
        pa_register(APP, rng, tags={"pack": HALL["id"], "six": "Kingfishers"}),
        ce_save(APP, rng, {"analytics": True, "marketing": False}),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "380.00"),
        mb_route(APP, rng, [(TK_HOME_AT, "location.precise"),
                            ((HALL["lat"], HALL["lon"]), None)]),
        he_message(APP, rng, L(f"The holiday payment for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"member": L(DAUGHTER["member"], UID)}),
    ]
