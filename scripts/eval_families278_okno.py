"""A PVC-window firm's customer app "Apendzhyr" (apendzhyr: window; a Gudauta firm that measures,
makes and fits double-glazed PVC windows and balcony enclosures): new windows for the family house
in Gudauta where her mother-in-law lives. Keys are Abkhaz in Latin letters with the Russian trade
words a Gudauta firm keeps (``akhdz`` name, ``azhwla`` surname, ``atel`` phone, ``kod`` code,
``aadres`` address, ``aqalaq`` town, ``aorientir`` landmark, ``atyp`` place, ``aamta`` time,
``amsh`` day, ``apendzhyr`` window, ``abalkon`` balcony, ``ashwagha`` measurement, ``atbaara``
width, ``aharakyra`` height, ``apshtwy`` colour, ``zakaz`` order, ``dogovor`` contract,
``anapytsawra`` signature, ``pasport``, ``apredoplata`` deposit, ``ahw`` price, ``apara`` amount,
``schet`` account, ``amontazh`` fitting, ``zamershchik`` measurer, ``an_akhatsa`` mother-in-law
(husband's mother), ``atekst`` text, ``otzyv`` review): an SMS sign-up and code, ``/sara`` with a
JWT, the measurer's visit to the Gudauta house, her fix when he arrives, the measurements (msgpack),
the quote by order number in the path, options, the contract signed (a drawn signature, her
passport), the deposit, the fitting day, photos of the old frames, a balcony enclosure added, the
balance by bank transfer, a draught complaint, the warranty, her notes (JSON Lines), a review,
preferences by a base64 JSON cookie, push, events and a refresh. "pvc", "plastic window", "double
glaz", "window install" and "glazier" matched no earlier docstring; the nearest are set 215's welded
burglar bars and a curtain maker's window sizes (neither makes or fits windows)."""

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
from eval_families24_kit import claims, rid
from eval_families278_kit import (
    FIRM,
    GUD,
    GUD_AT,
    MOTHER_IL,
    PASSPORT,
    RU_ACCOUNT,
    WIN_ORDER,
    fix,
    hd,
    obj,
    push,
)
from eval_families278_sdk import (
    br_bid,
    cg_crash,
    cg_crumb,
    sa_batch,
    sa_identify,
    ta_event,
    ta_launch,
)
from eval_families278_svc import ca_wallet, hw_message, md_geocode, md_reverse, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("apendzhyr", "Apendzhyr", "com.example.apendzhyr", "1.1.4",
          "https://api.apendzhyr.example.net")
IID = "X-Apendzhyr-Device"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ab=True, **kw)


def apendzhyr() -> list[Case]:
    rng = random.Random(27871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, atel=L(E164, TEL), zakaz=L(WIN_ORDER, BUY)))}
    hla, hlo = fix(GUD_AT, 5)
    ala, alo = fix((GUD_AT[0] + 0.000041, GUD_AT[1] - 0.000027))
    quote = at_path(case(f, f"{a}/api/zakaz/{WIN_ORDER}/smeta", headers=_h(rng, **b)),
                    WIN_ORDER, BUY)
    return [
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "atel": L(E164, TEL), "akhdz": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/auth/kod", fmt="form", headers=_h(rng), body={
            "atel": L(E164, TEL), "kod": L("7734", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/sara", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/zamer", headers=_h(rng, **b), body={
            "aadres": L(GUD["line"], ADDR), "aqalaq": L(GUD["town"], COARSE),
            "aorientir": L("Blue gate after the school, the house with the fig tree", TEXT),
            "atyp": {"lat": hla, "lon": hlo}, "amsh": "2026-02-07", "aamta": "10:00-12:00",
            "kontakt": {"akhdz": L(MOTHER_IL[0], NAMEC), "atel": L(MOTHER_IL[1], TEL),
                        "rol": "an_akhatsa"}, "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/zamer/prishel", headers=_h(rng, **b), body={
            "zamer": obj(rng, "zm"), "atyp": {"lat": ala, "lon": alo, "acc": 7},
            "firma": {"id": FIRM["id"], "lat": FIRM["lat"], "lon": FIRM["lon"]}}),
        case(f, f"{a}/api/ashwagha", fmt="msgpack", headers=_h(rng, **b), body={
            "zakaz": L(WIN_ORDER, BUY), "zamershchik": "zm_tarba",
            "apendzhyr": [{"n": "w1", "atbaara": 1400, "aharakyra": 1500, "stvorki": 2},
                          {"n": "w2", "atbaara": 900, "aharakyra": 1400, "stvorki": 1},
                          {"n": "w3", "atbaara": 1750, "aharakyra": 1500, "stvorki": 3}]}),
        quote,
        case(f, f"{a}/api/zakaz/optsii", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(WIN_ORDER, BUY), "apshtwy": "zolotoi_dub", "steklo": "energo",
            "setki": "3", "podokonnik": "1"}),
        multipart(f, f"{a}/api/dogovor", [
            ("anapytsawra", "podpis.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {
                "dogovor": L(WIN_ORDER, BUY), "akhdz": L(f"{FIRST} {LAST}", NAMEC),
                "pasport": L(PASSPORT, NID), "ahw": L(118000, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/apredoplata", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(WIN_ORDER, BUY), "apara": L("45000.00", BUY), "valiuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "bolo_4": L("4444", PAY)}),
        case(f, f"{a}/api/amontazh", headers=_h(rng, **b), body={
            "zakaz": L(WIN_ORDER, BUY), "amsh": "2026-03-02", "brigada": "br_02",
            "vyvoz_staryh": True}),
        multipart(f, f"{a}/api/afoto", [
            ("photo", "old_frame_w2.jpg", "image/jpeg", L(JPEG + b"\x4f", MEDIA)),
            ("meta", None, "application/json", {"zakaz": L(WIN_ORDER, BUY), "n": "w2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/abalkon", headers=_h(rng, **b), body={
            "zakaz": L(WIN_ORDER, BUY), "abalkon": {"dlina": 3200, "tip": "teplyi"},
            "ahw": L(38000, BUY)}),
        case(f, f"{a}/api/ashwara/perevod", headers=_h(rng, **b), body={
            "zakaz": L(WIN_ORDER, BUY), "apara": L(111000, BUY), "schet": L(RU_ACCOUNT, PAY),
            "platelshchik": L(f"{FIRST} {LAST}", NAMEC), "naznachenie": "okna Nartaa 9"}),
        case(f, f"{a}/api/zhaloba", headers=_h(rng, **b), body={
            "zakaz": L(WIN_ORDER, BUY), "apendzhyr": "w3",
            "atekst": L("The big kitchen window lets in a draught at the bottom left, my "
                        "mother-in-law is cold at night", TEXT)}),
        case(f, f"{a}/api/garantiia", headers=_h(rng, **b), query={
            "zakaz": L(WIN_ORDER, BUY)}),
        lines(f, f"{a}/api/zametki/sync", [
            {"op": "note", "atekst": L("Ask about a mosquito net for the balcony door", TEXT),
             "t": 1770012000},
            {"op": "note", "atekst": L("Nuriye wants white sills, not oak", TEXT),
             "t": 1770015600}], headers=_h(rng, **b)),
        case(f, f"{a}/api/otzyv", fmt="form", headers=_h(rng, **b), body={
            "firma": FIRM["id"], "otsenka": "4",
            "atekst": L("Neat fitting, they took the old frames away", TEXT)}),
        case(f, f"{a}/api/nastroiki", headers=_h(rng, how="none"), cookies={
            "ap_sess": L(opaque(rng, "", 40), CRED),
            "ap_prefs": W({"zakaz": L(WIN_ORDER, BUY), "abyzshwa": L("ru", DEV),
                           "atel": L(NATIONAL, TEL)}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("quote_viewed", 1), ev("screen", 2, screen=L("Smeta", USAGE))]}),
        case(f, f"{a}/api/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def apendzhyr_sdks() -> list[Case]:
    rng = random.Random(27872)
    return [
        sa_batch(APP, rng, [("Quote Viewed", {"total": L(118000, BUY)}),
                            ("Contract Signed", {})], at=GUD_AT, nd=2, locale="ab_GE"),
        sa_identify(APP, rng, {"aqalaq": L("Gudauta", COARSE), "zakaz": L(WIN_ORDER, BUY)}),
        ta_launch(APP, rng, user=True),
        ta_event(APP, rng, "contract", {"zakaz": L(WIN_ORDER, BUY)}, revenue=45000.0),
        br_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="windows,renovation,home"),
        cg_crash(APP, rng, ("java.lang.IllegalArgumentException", "signature empty"),
                 [cg_crumb("nav", "Dogovor -> Podpis")], screen="SignatureActivity"),
        pz_register(APP, rng, at=GUD_AT, nd=2, lang="ab",
                    tags={"zakaz_state": "montazh"}),
        ca_wallet(APP, rng, "7000", L(E164, TEL)),
        md_geocode(APP, rng, "Gudauta, 9 Nartaa Lane", ADDR),
        md_reverse(APP, rng, GUD_AT, PRECISE, nd=5),
        hw_message(APP, rng, L(f"Order {WIN_ORDER}: the fitting date moved twice",
                               f"{TEXT}|{BUY}"), {"zakaz": L(WIN_ORDER, BUY)}),
    ]
