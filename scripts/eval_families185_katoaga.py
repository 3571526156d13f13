"""Village customary-ceremony registry "Katoaga" (Ahoa's households register for the village's
katoaga, the customary feast offered to the king and chiefs: what each household brings, who
dances, who reads at the Mass before it, the village work days): its API's keys are Wallisian
without the glottal stop (``kaiga`` household, ``pule_kolo`` village chief, ``kolo`` village,
``vahe`` district, ``higoa``, ``meli``, ``telefoni``, ``kupu_fufu``, ``kode`` code, ``puaka``
pigs, ``kava`` kava roots, ``ufi`` yams, ``kato`` baskets, ``paaga`` money, ``totogi`` payment,
``gaue_kolo`` village work, ``misa`` Mass, ``lotu`` religion, ``tohi_tapu`` reading (lit. "holy
book"), ``kuaea`` choir, ``eke`` stick dance, ``fakaafe`` guests, ``kai`` food, ``mahaki``
illness, ``ata`` picture, ``talanoa`` message, ``kumi`` search, ``lisi`` list): the household's
registration, an SMS code, ``/au``, this year's katoaga, the pledge, the money contribution, a
check-in at the village hall, the work roster, the Mass reading, the dance group, a photo, the
guests from Noumea, the household by number in the path, a message to the chief, an offline
pledge list (msgpack), food needs, a protobuf beat, receipts by cookie, a search, push and events.
Samoan family-obligation ledgers (fa'alavelave: money, mats, pigs) exist; this is a village's
collective feast roster run by the chief, not a family ledger."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families185_kit import (
    DAUGHTER,
    HALL_FIX,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    MOTHER_IL,
    SISTER_IL,
    SON,
    VILLAGE_HALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families185_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families185_svc import cl_wallet, cy_save, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("katoaga", "Katoaga", "com.example.katoaga", "1.3.7", "https://api.katoaga.example.com")
IID = "X-Katoaga-Mea"
PW = "Ahoa*Katoaga26"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, wls=True, **kw)


def katoaga() -> list[Case]:
    rng = random.Random(18531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaiga=L(HOUSEHOLD, UID), telefoni=L(E164, TEL)))}
    hla, hlo = fix(HALL_FIX, 5)
    ev_id = obj(rng, "kt")
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, ev_id), (3, 1771000000),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
               (5, L(81, DEV))], "", lab)
    house = at_path(case(f, f"{a}/v1/kaiga/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/kaiga/lesita", headers=_h(rng), body={
            "kaiga": L(HOUSEHOLD, UID), "ulu_kaiga": {"higoa": L(HUSBAND[0], NAMEC),
                                                      "telefoni": L(HUSBAND[1], TEL)},
            "higoa": L(f"{FIRST} {LAST}", NAMEC), "meli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED),
            "kolo": L(HOME["village"], COARSE), "vahe": L(HOME["district"], COARSE),
            "tokolahi": 6}),
        case(f, f"{a}/v1/hu/kode", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("508331", CRED)}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/katoaga", headers=_h(rng, **b), query={
            "kolo": L("Ahoa", COARSE), "tau": "2026"}),
        case(f, f"{a}/v1/katoaga/{ev_id}/fakapaaga", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "puaka": 2, "kava": 10, "ufi": {"kato": 4},
            "paaga": L(20000, BUY), "fakamatala": "puaka lalahi e lua"}),
        case(f, f"{a}/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "paaga": L("20000", BUY), "valuta": "XPF",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/hu_fale_fono", headers=_h(rng, **b), body={
            "potu": {"lat": hla, "lon": hlo},
            "fale_fono": {"id": VILLAGE_HALL["id"], "lat": VILLAGE_HALL["lat"],
                          "lon": VILLAGE_HALL["lon"]}, "kaiga": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/gaue_kolo", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "aho": "2026-02-07", "gaue": "hala_fakamaa",
            "tagata": [L(HUSBAND[0], NAMEC), L(f"{SON['first']} {SON['last']}", NAMEC)]}),
        case(f, f"{a}/v1/misa", headers=_h(rng, **b), body={
            "katoaga": ev_id, "lotu": L("Katolika", SENS), "tohi_tapu": L("Luka 2, 41-52", SENS),
            "lautohi": L(f"{FIRST} {LAST}", NAMEC), "kuaea": L("alto", SENS)}),
        case(f, f"{a}/v1/eke", headers=_h(rng, **b), body={
            "katoaga": ev_id, "kulupu": "eke_finemui",
            "tagata": [L(KID, NAMEC)], "ako": ["2026-02-03", "2026-02-05"]}),
        multipart(f, f"{a}/v1/ata", [
            ("ata", "katoaga_2025.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {"katoaga": ev_id,
                                                "fakamatala": L("Our eke group last year",
                                                                TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fakaafe", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "fakaafe": [
                {"higoa": L(SISTER_IL["name"], NAMEC), "telefoni": L(SISTER_IL["phone"], TEL),
                 "mai": L(SISTER_IL["town"], COARSE), "vakalele": "SB 0910"}]}),
        house,
        case(f, f"{a}/v1/talanoa", headers=_h(rng, **b), body={
            "ki": "pule_kolo",
            "talanoa": L(f"Malo pule kolo, {MOTHER_IL['name']} cannot stand long since her "
                         "stroke, may she sit near the door?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/lisi", fmt="msgpack", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID), "lisi": [
                {"mea": "puaka", "tokolahi": 2, "t": 1770990000},
                {"mea": "kava", "tokolahi": 10, "t": 1770990060}]}),
        case(f, f"{a}/v1/kai", headers=_h(rng, **b), body={
            "kaiga": L(HOUSEHOLD, UID),
            "mahaki": [{"tagata": L(KID, NAMEC), "mea": L("peanut allergy", MED)},
                       {"tagata": L(MOTHER_IL["name"], NAMEC), "mea": L("low salt", MED)}]}),
        raw(f, f"{a}/v1/fakaili", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/tohi_totogi", headers=_h(rng, how="none"), cookies={
            "kt_sesio": L(opaque(rng, "", 40), CRED), "kt_mea": L(INSTALL_ID, DID),
            "kt_req": rid(rng)}),
        case(f, f"{a}/v1/kumi", headers=_h(rng, **b), query={
            "kumi": L("puaka fakatau Mua", SEARCH)}),
        case(f, f"{a}/v1/mea", headers=_h(rng, **b), body=push(push_token(rng), "fr_WF")),
        case(f, f"{a}/v1/fakamatala", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("fakapaaga", 1), ev("screen", 2, screen=L("Katoaga", USAGE))]}),
    ]


def katoaga_sdks() -> list[Case]:
    rng = random.Random(18532)
    return [
        mc_batch(APP, rng, [("Pledge Saved", {"pigs": 2}),
                            ("Hall Check In", {"hall": VILLAGE_HALL["id"]})],
                 at=HALL_FIX, nd=3, locale="fr_WF"),
        mc_pixel(APP, rng, "Roster Opened", {"day": "2026-02-07"}),
        tn_launch(APP, rng),
        tn_event(APP, rng, "contribution", {"kaiga": L(HOUSEHOLD, UID)}, revenue=20000.0,
                 currency="XPF"),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="feast,pigs,kava"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "roster row 7"),
                 [cd_crumb("nav", "Katoaga -> GaueKolo")], screen="GaueKoloActivity"),
        pt_register(APP, rng, lang="fr", tags={"kolo": L("Ahoa", COARSE), "eke": True}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "location": True}),
        cl_wallet(APP, rng, "20000", L(E164, TEL)),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
