"""Concession reindeer-herding co-operative app "Porokirja" (``porokirja``: reindeer book; in the
Torne valley a concession sameby lets non-Sami villagers own reindeer under the herders' care; she
owns twelve animals under her own registered earmark, her husband more). Its API's keys are
Meänkieli, ASCII-folded, snake_case, with the English ``push_token``, ``refresh_token``, ``os``,
``op`` and ``t`` kept: ``nimi`` first name,
``sukunimi`` surname, ``eposti`` e-mail, ``telefooni`` phone, ``salasana`` password,
``syntymapaiva`` birth date, ``henkilonumero`` personal number, ``atressi`` address, ``kyla``
village, ``kunta`` municipality, ``puoliso`` spouse, ``merkki`` earmark, ``porot`` reindeer,
``vasat`` calves, ``erotus`` round-up, ``aitaus`` corral, ``teurastus`` slaughter, ``tilitys``
settlement, ``summa`` amount, ``maksu`` payment, ``pankkitili`` bank account, ``petovahinko``
predator loss, ``korvaus`` compensation, ``ruokinta`` feeding, ``jakala`` lichen, ``panta``
collar, ``leveys``/``pituus`` latitude/longitude, ``paikka`` place, ``tarkkuus`` accuracy,
``viesti`` message, ``kuva`` photo, ``haku`` search, ``laite`` device, ``kieli`` language,
``aikavyohyke`` time zone, ``tapahtumat`` events: sign-up, log-in, ``/mie``, her earmark, the
herd list, the autumn round-up with her fix at the corral, calves marked (msgpack), the
slaughter settlement to her account, the payout account, a predator-loss claim with a photo, the
feeding log, the collars' positions (the reindeer's, negatives), a protobuf corral beat, a
message to the herd leader, a search, the earmark by number in the path, the co-operative's
fees, an offline count queue (JSON Lines), push, events and a log-out. The grep found no
reindeer or earmark; earlier herd apps (cattle, horses, bison, sheep) are other animals and
other papers."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families284_kit import (
    COLLARS,
    CORRAL,
    CORRAL_FIX,
    EARMARK,
    HERD,
    HOME,
    HOME_AT,
    HUSBAND,
    PNR,
    SE_ACCOUNT,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families284_sdk import (
    bl_bid,
    bl_notice,
    jr_event,
    jr_launch,
    kc_crash,
    kc_crumb,
    lp_batch,
    lp_identify,
    lp_queue,
)
from eval_families284_svc import ht_message, kp_wallet, mv_reverse, mv_telemetry, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("porokirja", "Porokirja", "com.example.porokirja", "3.4.1",
          "https://api.porokirja.example.com")
IID = "X-Porokirja-Laite"
PW = "Vaara!Poro2026"
DOB_FIT = "17.5.1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fit=True, **kw)


def porokirja() -> list[Case]:
    rng = random.Random(28401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, eposti=L(EMAIL, MAIL), merkki=L(EARMARK, UID),
                                    sameby=HERD["id"]))}
    cla, clo = fix(CORRAL_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(EARMARK, UID)), (2, CORRAL["id"]), (3, 1760601600),
               (4, [(1, L(CORRAL_FIX[0], PRECISE)), (2, L(CORRAL_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    mark = at_path(case(f, f"{a}/api/v3/merkit/{EARMARK}", headers=_h(rng, **b)), EARMARK, UID)
    return [
        case(f, f"{a}/api/v3/rekisterointi", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC), "eposti": L(EMAIL, MAIL),
            "telefooni": L(E164, TEL), "salasana": L(PW, CRED),
            "syntymapaiva": L(DOB_FIT, BIRTH), "henkilonumero": L(PNR, NID),
            "atressi": L(HOME["line"], ADDR), "kyla": L(HOME["village"], COARSE),
            "kunta": L(HOME["town"], COARSE), "postinumero": L(HOME["post"], COARSE),
            "puoliso": {"nimi": L(HUSBAND[0], NAMEC), "telefooni": L(HUSBAND[1], TEL)},
            "sameby": HERD["id"], "merkki": L(EARMARK, UID), "hyvaksyn_ehot": True}),
        case(f, f"{a}/api/v3/kirjaudu", fmt="form", headers=_h(rng), body={
            "eposti": L(EMAIL_UPPER, MAIL), "salasana": L(PW, CRED), "muista_mie": "1"}),
        case(f, f"{a}/api/v3/mie", headers=_h(rng, extra=jw)),
        mark,
        case(f, f"{a}/api/v3/porot", headers=_h(rng, **b), query={
            "merkki": L(EARMARK, UID), "kausi": "2025-2026", "sivu": "1"}),
        case(f, f"{a}/api/v3/erotus/ilmoittautuminen", headers=_h(rng, **b), body={
            "erotus": "er_2025_10_kuusivaara", "aitaus": CORRAL["id"],
            "paiva": "2025-10-16", "merkki": L(EARMARK, UID), "auttajat": 2,
            "paikka": {"leveys": cla, "pituus": clo, "tarkkuus": 9},
            "aitauksen_paikka": {"leveys": CORRAL["lat"], "pituus": CORRAL["lon"]}}),
        case(f, f"{a}/api/v3/vasat/merkinta", fmt="msgpack", headers=_h(rng, **b), body={
            "merkki": L(EARMARK, UID), "erotus": "er_2025_10_kuusivaara",
            "vasat": [{"sukupuoli": "vaatimo", "vari": "harmaa", "kello": False},
                      {"sukupuoli": "hirvas", "vari": "valkoinen", "kello": True}],
            "merkitsija": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/v3/teurastus/tilitys", headers=_h(rng, **b), query={
            "merkki": L(EARMARK, UID), "kausi": "2025-2026"}),
        case(f, f"{a}/api/v3/teurastus/ilmoitus", headers=_h(rng, **b), body={
            "merkki": L(EARMARK, UID), "porot": 4, "teurastamo": "tm_pajala",
            "kilot": 142.5, "kilohinta": 62, "summa": L(8835, BUY),
            "tilitys": L("TL-25-00918", BUY)}),
        case(f, f"{a}/api/v3/maksu/pankkitili", fmt="form", headers=_h(rng, **b), body={
            "tilinomistaja": L(f"{FIRST} {LAST}", NAMEC), "pankkitili": L(SE_ACCOUNT, PAY),
            "henkilonumero": L(PNR, NID), "merkki": L(EARMARK, UID)}),
        multipart(f, f"{a}/api/v3/petovahinko", [
            ("kuva", "raato_ahma.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("tiedot", None, "application/json", {
                "merkki": L(EARMARK, UID), "peto": "ahma", "loydetty": "2026-01-22",
                "kartta_piste": {"leveys": 67.35102, "pituus": 23.14577},
                "korvaus_haettu": L(3800, BUY),
                "viesti": L("Löysin vaatimon raadon Kuusivaaran takana, ahman jäljet", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/ruokinta", headers=_h(rng, **b), body={
            "merkki": L(EARMARK, UID), "paiva": "2026-02-03", "jakala_kg": 60,
            "pelletti_kg": 120, "hinta": 1840, "ruokintapaikka": "rp_kengis_2"}),
        case(f, f"{a}/api/v3/pannat/paikat", headers=_h(rng, **b), body={
            "pannat": [{"panta": "pt_40211", "leveys": COLLARS[0][0], "pituus": COLLARS[0][1],
                        "akku": 71},
                       {"panta": "pt_40388", "leveys": COLLARS[1][0], "pituus": COLLARS[1][1],
                        "akku": 54}],
            "pyyntaja": L(EARMARK, UID)}),
        raw(f, f"{a}/api/v3/aitaus/syke", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/viestit", headers=_h(rng, **b), body={
            "vastaanottaja": "esimies_kons_vaara", "ketju": obj(rng, "kt"),
            "viesti": L("Mikael tulee lauantaina erotukseen, mie tuon kahvit ja leivät", TEXT)}),
        case(f, f"{a}/api/v3/haku", headers=_h(rng, **b), query={
            "haku": L("valkoinen hirvas kello", SEARCH), "merkki": L(EARMARK, UID)}),
        case(f, f"{a}/api/v3/sameby/maksut", headers=_h(rng, **b), query={
            "merkki": L(EARMARK, UID), "vuosi": "2026"}),
        case(f, f"{a}/api/v3/sameby/maksut/maksa", fmt="form", headers=_h(rng, **b), body={
            "merkki": L(EARMARK, UID), "summa": L("1200.00", BUY), "valuutta": "SEK",
            "lasku": L("SB-26-0311", BUY), "maksutapa": L(opaque(rng, "pm_", 24), PAY)}),
        lines(f, f"{a}/api/v3/laskenta/synkka", [
            {"op": "laskenta", "aitaus": CORRAL["id"], "merkki": L(EARMARK, UID), "porot": 12,
             "vasat": 3, "t": 1760602200},
            {"op": "laskenta", "aitaus": CORRAL["id"], "merkki": "BD-KV-2290", "porot": 31,
             "vasat": 8, "t": 1760602560}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/laite", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "laite_id": L(INSTALL_ID, DID),
            "kieli": L("fit", DEV), "aikavyohyke": L(TZ, DEV), "malli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v3/tapahtumat", gz=True, headers=_h(rng, **b), body={
            "kayttaja": L(USER_ID, UID), "tapahtumat": [
                ev("erotus_ilmoitettu", 1, aitaus=CORRAL["id"]),
                ev("tilitys_avattu", 2, summa=L(8835, BUY)),
                ev("naytto", 3, naytto=L("MiunPorot", USAGE))]}),
        case(f, f"{a}/api/v3/ulos", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "laite": L(INSTALL_ID, DID)}),
    ]


def porokirja_sdks() -> list[Case]:
    rng = random.Random(28402)
    return [
        lp_batch(APP, rng, [("Round-up Registered", {"corral": CORRAL["id"]}),
                            ("Settlement Opened", {"total": L(8835, BUY)})],
                 at=CORRAL_FIX, nd=2, locale="fit_SE"),
        lp_identify(APP, rng, {"kunta": L("Pajala", COARSE), "merkki": L(EARMARK, UID),
                               "porot": 12}),
        lp_queue(APP, rng, [("Calf Marked", {"n": 2}), ("Count Synced", {"corral": CORRAL["id"]})]),
        jr_launch(APP, rng, first=True),
        jr_event(APP, rng, "settlement", {"tilitys": L("TL-25-00918", BUY)}, revenue=8835.0,
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="reindeer,snowmobile,hunting"),
        bl_notice(APP, rng, "win"),
        kc_crash(APP, rng, ("java.lang.IllegalStateException", "collar map tile missing"),
                 [kc_crumb("nav", "MiunPorot -> Pannat"),
                  kc_crumb("net", "POST", {"url": f"{APP.api}/api/v3/pannat/paikat",
                                           "status": 200})], screen="PantaKarttaActivity"),
        pr_register(APP, rng, lang="fit", at=HOME_AT, nd=2,
                    tags={"sameby": HERD["id"], "kunta": L("Pajala", COARSE)}),
        kp_wallet(APP, rng, "8835", L(E164, TEL)),
        mv_reverse(APP, rng, CORRAL_FIX, PRECISE, nd=5),
        mv_telemetry(APP, rng, [CORRAL_FIX, HOME_AT], PRECISE),
        ht_message(APP, rng, L("Tilitys TL-25-00918 puuttuu vielä tililtä", f"{TEXT}|{BUY}"),
                   {"merkki": L(EARMARK, UID)}),
    ]
