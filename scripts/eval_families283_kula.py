"""The Sheltozero village elder's residents' app "Kulanvanhim" (``kula`` village, ``vanhim``
elder: the starosta the village elects keeps a list of households, posts notices, gathers
requests for the settlement's administration, a road grading, the clean-up day, a petition for
the bus to Petrozavodsk, fire-safety checks of the wooden houses and a shared pump repair). Its
API's keys are Veps in ASCII with the Russian loans of local government: ``nimi``, ``sugunimi``,
``telefon``, ``email``, ``parol``, ``kod``, ``perekund`` household, ``adres``, ``kula``,
``indeks``, ``kadastr`` cadastral number, ``elajad`` residents, ``vozrast`` age, ``anop``
mother-in-law, ``invalidnost`` disability, ``pros`` request, ``tee`` road, ``sija``, ``kuva``,
``tedotuz``, ``subbotnik`` clean-up day, ``petitsii`` petition, ``podpis`` signature,
``pozharnii`` fire safety, ``pech`` stove, ``vezi`` water, ``pump``, ``vznos`` contribution,
``summ``, ``maksand``, ``golosuind`` vote, ``ecind``. Joining, an SMS code, ``/mina``, the
household (her mother-in-law's disability), notices, a road request with her fix and a photo, the
clean-up sign-up, the bus petition, a fire-safety visit, the pump fund, its payment, a vote, a
chat message, a search, the household by resident number in the path, the house's Wi-Fi for the
village alarm, a base64 JSON cookie, push and events. A docstring grep found no "starosta",
"village head", "village elder" or "village council"; set 187's traditional council allocates
stands, set 151's residents' association is a block of flats."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families283_kit import (
    DAUGHTER,
    HALL,
    HUSBAND,
    MOTHER_IL,
    RESIDENT,
    SH_HOUSE,
    SH_HOUSE_AT,
    fix,
    hd,
    push,
)
from eval_families283_sdk import bf_bid, bf_notice, mc_batch, mc_identify, tn_launch
from eval_families283_svc import cl_card, cl_confirm, cy_check, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("kulanvanhim", "Kulanvanhim", "com.example.kulanvanhim", "1.2.5",
          "https://api.kulanvanhim.example.net")
IID = "X-Kula-Device"
SSID, BSSID = "Lonin_dom", "e8:48:b8:c2:17:5a"  # the Sheltozero house's router (hers: wifi)
ROAD_AT = (61.367012, 35.359204)  # her fix at the pothole on the village road


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def kulanvanhim() -> list[Case]:
    rng = random.Random(28361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, perekund=L(RESIDENT, UID), email=L(EMAIL, MAIL)))}
    rla, rlo = fix(ROAD_AT, 5)
    hh = at_path(case(f, f"{a}/v1/perekund/{RESIDENT}", headers=_h(rng, **b)), RESIDENT, UID)
    return [
        case(f, f"{a}/v1/tulend", headers=_h(rng), body={
            "nimi": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "adres": L(SH_HOUSE["line"], ADDR),
            "kula": L(SH_HOUSE["village"], COARSE), "indeks": L(SH_HOUSE["post"], COARSE),
            "perekund": L(RESIDENT, UID), "kadastr": "10:20:0040112:218"}),
        case(f, f"{a}/v1/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("771240", CRED)}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/perekund", headers=_h(rng, **b), body={
            "perekund": L(RESIDENT, UID), "elajad": [
                {"nimi": L(MOTHER_IL[0], NAMEC), "vozrast": L(74, BIRTH),
                 "telefon": L(MOTHER_IL[1], TEL),
                 "invalidnost": L("II grupp", f"{SENS}|{MED}"), "postojanno": True},
                {"nimi": L(HUSBAND[0], NAMEC), "postojanno": False},
                {"nimi": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "vozrast": L(11, BIRTH), "postojanno": False}]}),
        case(f, f"{a}/v1/ilmoitused", headers=_h(rng, **b), query={
            "kula": "sheltozero", "since": "2026-04-01"}),
        multipart(f, f"{a}/v1/pros/tee", [
            ("kuva", "jama.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "perekund": L(RESIDENT, UID), "sija": {"lat": rla, "lon": rlo},
                "tekst": L("Pervomaiskajal om suur' jama, mašin ei pästa anopin kodhe", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/subbotnik", fmt="form", headers=_h(rng, **b), body={
            "subbotnik": "2026-05-16", "perekund": L(RESIDENT, UID), "lugu": "2",
            "instrument": "grabli"}),
        case(f, f"{a}/v1/petitsii/avtobus", headers=_h(rng, **b), body={
            "podpis": L(f"{FIRST} {LAST}", NAMEC), "adres": L(SH_HOUSE["line"], ADDR),
            "tekst": L("Pidab kaks' avtobusad päiväs Petroskoihe, anop ajab bol'nicaha", TEXT)}),
        case(f, f"{a}/v1/pozharnii/vizit", headers=_h(rng, **b), body={
            "perekund": L(RESIDENT, UID), "paiv": "2026-05-21", "pech": "kirpichnii",
            "izveshchatel": 2, "kontakt": L(MOTHER_IL[1], TEL)}),
        case(f, f"{a}/v1/vezi/pump", headers=_h(rng, **b), query={"kula": "sheltozero"}),
        case(f, f"{a}/v1/vezi/pump/vznos", fmt="form", headers=_h(rng, **b), body={
            "perekund": L(RESIDENT, UID), "summ": L("1200", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/golosuind", fmt="form", headers=_h(rng, **b), body={
            "kuzund": "q_lampad_tee", "valind": "ka", "perekund": L(RESIDENT, UID)}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "kanal": "kula_obshchii",
            "tekst": L("Ken ajab Petroskoihe pühapäivän? Voin maksta bensinaspäi.", TEXT)}),
        case(f, f"{a}/v1/ecind", headers=_h(rng, **b), query={
            "q": L("drova hind sheltozero", SEARCH)}),
        hh,
        case(f, f"{a}/v1/signalizacii/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L("192.168.0.104", DEV),
            "datchik": "dym_kuhn", "hall": {"lat": HALL["lat"], "lon": HALL["lon"]}}),
        case(f, f"{a}/v1/nastroikad", headers=_h(rng, **b), cookies={
            "kv_sess": L(opaque(rng, "", 40), CRED),
            "kv_prefs": W({"perekund": L(RESIDENT, UID), "kel": L("ru", DEV)}, "b64json")}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v1/sobitijad", headers=_h(rng, **b), body={
            "kavutai": L(USER_ID, UID), "sobitijad": [
                ev("pros_tehtud", 1), ev("ekran", 2, ekran=L("Ilmoitused", USAGE))]}),
    ]


def kulanvanhim_sdks() -> list[Case]:
    rng = random.Random(28362)
    return [
        mc_batch(APP, rng, [("Request Sent", {"kind": "tee"}), ("Vote Cast", {})],
                 at=SH_HOUSE_AT, nd=2, locale="ru_RU"),
        mc_identify(APP, rng, {"kula": L("Sheltozero", COARSE), "perekund": L(RESIDENT, UID)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="village,garden,firewood"),
        bf_notice(APP, rng, "win"),
        fn_eval(APP, rng, {"kula": L("Sheltozero", COARSE)}, hdr=True),
        pt_register(APP, rng, lang="ru", tags={"kula": "sheltozero"}),
        cy_check(APP, rng, {"analytics": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1200"),
        hs_message(APP, rng, L("Vznos pumpaspäi lugetihe kaks' kerdad", TEXT),
                   {"perekund": L(RESIDENT, UID)}),
    ]
