"""A seabob-shrimp plant's boat-owner portal "Sarasara Boto" (Nieuw Nickerie: the family's boat
"Kamla II" lands its seabob, ``sarasara``, at the plant's jetty; her brother-in-law Deepak skippers
it and she is the co-owner who keeps the books). Its API's keys are Sranan Tongo, ASCII-folded,
with English ``email``, ``token``, ``id`` and the trade's Dutch loans (``vergunning`` licence,
``voorschot`` advance, ``afrekening`` statement, ``belasting`` tax): ``nen`` name, ``telefon``
phone, ``kode`` code, ``ID_nomru`` ID number, ``FIN_nomru`` tax number, ``banku_nomru`` bank
account, ``eigenaar`` owner, ``boto`` boat, ``skipper``, ``wrokoman`` crew, ``prati`` share,
``fisi`` catch, ``sarasara`` seabob, ``kilo``, ``ijsi`` ice, ``oli`` fuel, ``reis`` trip,
``moni`` amount, ``ala_moni`` total, ``paiman`` payment, ``presi`` place, ``prenki`` picture,
``boskopu`` message, ``ondroskrifi`` signature, ``den_sani`` events. Calls: the owner's
registration (her residence permit, tax number, the co-owner), an SMS code, ``/mi``, the boat,
the landings by owner number in the path, the price list, a fuel advance, an ice order
(msgpack), the crew list with their shares, the payout account, payouts, the weekly statement
(gzip), her fix on the jetty, a catch photo, the licence PDF, the signed supply contract, an
offline sync (JSON Lines), a message to the plant's office, push, events and a session refresh.
No earlier set has a seabob or shrimp boat (a docstring grep: "seabob" nothing, "shrimp" only
allergies, "trawler" set 77's deckhand roster, "fish landing" a beach and a buyer's pre-order);
here she is the owner paid by the plant."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families256_kit import (
    BOAT,
    BROTHER_IL,
    FIN,
    JETTY_FIX,
    OWNER,
    PLANT,
    RESIDENCE,
    SR_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families256_sdk import tk_event, tk_launch, tt_batch, tt_identify, tt_pixel
from eval_families256_svc import cp_wallet, fp_eval, hm_message, mk_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sarasaraboto", "Sarasara Boto", "com.example.sarasaraboto", "1.4.7",
          "https://api.sarasaraboto.example.net")
IID = "X-SB-Install"
NID = "personal.national_id"
CREW = [("Ramon Pinas", "+5978133902"), ("Errol Tjon", "+5978390441")]  # typed: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nl=True, **kw)


def sarasaraboto() -> list[Case]:
    rng = random.Random(25641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, eigenaar=L(OWNER, UID), telefon=L(E164, TEL)))}
    jla, jlo = fix(JETTY_FIX)
    trip = obj(rng, "rs")
    landings = at_path(case(f, f"{a}/v1/eigenaar/{OWNER}/aanlandingen", headers=_h(rng, **b),
                            query={"fu": "2026-01-01", "te": "2026-02-15"}), OWNER, UID)
    return [
        case(f, f"{a}/v1/eigenaar", headers=_h(rng), body={
            "nen": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "telefon": L(E164, TEL),
            "ID_nomru": L(RESIDENCE, NID), "FIN_nomru": L(FIN, NID), "eigenaar": L(OWNER, UID),
            "mede_eigenaar": {"nen": L(BROTHER_IL[0], NAMEC), "telefon": L(BROTHER_IL[1], TEL),
                              "prati_pct": 50},
            "foto": L("Nieuw Nickerie", COARSE), "distrikt": L("Nickerie", COARSE),
            "plant": PLANT["id"]}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kode": L("307719", CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/boto", headers=_h(rng, **b), body={
            "eigenaar": L(OWNER, UID), "boto": BOAT["name"], "vergunning": BOAT["licence"],
            "lengte_m": 14.2, "motor_pk": 220, "skipper": {"nen": L(BROTHER_IL[0], NAMEC),
                                                          "telefon": L(BROTHER_IL[1], TEL)}}),
        landings,
        case(f, f"{a}/v1/jaaropgave", headers=_h(rng, **b), query={
            "eigenaar": L(OWNER, UID), "FIN_nomru": L(FIN, "personal.national_id"),
            "yari": "2025"}),
        case(f, f"{a}/v1/preislijst", headers=_h(rng, **b), query={
            "plant": PLANT["id"], "wiki": "2026-W06"}),
        case(f, f"{a}/v1/voorschot/oli", headers=_h(rng, **b), body={
            "eigenaar": L(OWNER, UID), "boto": BOAT["id"], "reis": trip,
            "oli_liter": 900, "moni": L(18900, BUY), "valuta": "SRD"}),
        case(f, f"{a}/v1/ijsi/bestel", fmt="msgpack", headers=_h(rng, **b), body={
            "boto": BOAT["id"], "reis": trip, "blok": 40, "preis_blok": 55,
            "ala_moni": L(2200, BUY), "eigenaar": L(OWNER, UID)}),
        case(f, f"{a}/v1/wrokoman", headers=_h(rng, **b), body={
            "boto": BOAT["id"], "reis": trip, "wrokoman": [
                {"nen": L(CREW[0][0], NAMEC), "telefon": L(CREW[0][1], TEL),
                 "prati": 12},
                {"nen": L(CREW[1][0], NAMEC), "telefon": L(CREW[1][1], TEL),
                 "prati": 12}]}),
        case(f, f"{a}/v1/uitbetaling/konto", headers=_h(rng, **b), body={
            "nen": L(f"{FIRST} {LAST}", NAMEC), "banku_nomru": L(SR_ACCOUNT, PAY),
            "banku": "Example Bank Suriname", "eigenaar": L(OWNER, UID)}),
        case(f, f"{a}/v1/uitbetaling", headers=_h(rng, **b), query={"eigenaar": L(OWNER, UID)}),
        case(f, f"{a}/v1/afrekening", gz=True, headers=_h(rng, **b), body={
            "eigenaar": L(OWNER, UID), "wiki": "2026-W06",
            "fisi": [{"reis": trip, "sarasara_kilo": 2840, "klasse": "A"},
                     {"reis": obj(rng, "rs"), "sarasara_kilo": 1910, "klasse": "B"}],
            "ala_moni": L(96420, BUY), "voorschot_af": L(18900, BUY),
            "belasting_inhouding": L(4821, BUY), "FIN_nomru": L(FIN, NID)}),
        case(f, f"{a}/v1/steiger/doro", headers=_h(rng, **b), body={
            "reis": trip, "presi": {"lat": jla, "lng": jlo, "acc": 9},
            "steiger": {"id": PLANT["id"], "lat": PLANT["lat"], "lng": PLANT["lon"]}}),
        multipart(f, f"{a}/v1/fisi/prenki", [
            ("prenki", "vangst_0211.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"reis": trip, "bakken": 96})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/boto/vergunning", [
            ("vergunning", "vergunning_2026.pdf", "application/pdf",
             b"%PDF-1.5\n" + bytes(range(30))),
            ("meta", None, "application/json", {"boto": BOAT["id"], "geldig_te": "2026-12-31"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kontrakt/ondroskrifi", [
            ("ondroskrifi", "handtekening.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"kontrakt": "lc_2026_nck",
                                                "nen": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/sync", [
            {"op": "landing", "reis": trip, "kilo": 2840, "by": L(OWNER, UID)},
            {"op": "advance", "moni": L(18900, BUY), "by": L(OWNER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/boskopu", headers=_h(rng, **b), body={
            "gi": "kantoor_nck",
            "boskopu": L("A afrekening fu wiki 6 no abi a tweede reis, beri Deepak Sewdihal "
                         "tapu +5978470915", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/masyin", headers=_h(rng, **b), body=push(push_token(rng), "nl_SR")),
        case(f, f"{a}/v1/den_sani", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "den_sani": [
                ev("afrekening_open", 1), ev("skrin", 2, skrin=L("Uitbetaling", USAGE))]}),
        case(f, f"{a}/v1/sesi/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masyin": L(INSTALL_ID, DID)}),
    ]


def sarasaraboto_sdks() -> list[Case]:
    rng = random.Random(25642)
    return [
        tt_batch(APP, rng, [("Statement Opened", {"week": 6}), ("Advance Requested", {})],
                 at=JETTY_FIX, nd=2, locale="nl_SR"),
        tt_identify(APP, rng, {"role": "owner", "distrikt": L("Nickerie", COARSE),
                               "eigenaar": L(OWNER, UID)}),
        tt_pixel(APP, rng, "Price List Viewed", {"week": "2026-W06"}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "payout_viewed", {"boat": BOAT["id"]}),
        fp_eval(APP, rng, {"distrikt": L("Nickerie", COARSE), "role": "owner"}),
        ps_register(APP, rng, lang="nl", at=JETTY_FIX, nd=2,
                    tags={"plant": PLANT["id"]}),
        cp_wallet(APP, rng, "2400", L(E164, TEL)),
        mk_geocode(APP, rng, "ijsfabriek Nieuw Nickerie", "behavior.search", near=JETTY_FIX,
                   nd=3),
        hm_message(APP, rng, L("Mi uitbetaling fu wiki 6 no kon ete", f"{TEXT}|{BUY}"),
                   {"eigenaar": L(OWNER, UID)}),
    ]
