"""The Great Samogitian Calvary feast app "Kalnelē" (Žemaičių Kalvarija's July indulgence feast:
the Way of the Cross through the hill chapels, Masses, confession, lodging and the parish bus;
its API's keys are Samogitian in Latin letters, ASCII-folded: ``vards`` first name, ``pavarde``
surname, ``el_pasts`` e-mail, ``telefuons`` phone, ``slaptazuodis`` password, ``gemtadeinis``
birth date, ``parapije`` parish, ``tikiejims`` faith, ``piligrims`` pilgrim number,
``intencije`` Mass intention, ``auka`` offering, ``stuotis`` station, ``vieta`` place,
``platoma``/``elgoma`` latitude/longitude, ``nakvyne`` lodging, ``zmuones`` people, ``amzios``
age, ``soma`` amount, ``muokejims`` payment, ``maldas_prasyms`` prayer request, ``zenute``
message, ``eiskuojims`` search, ``zvakes`` candles, ``kuortele`` card): registration, a log-in,
``/mona``, the programme, a Mass intention, the Way of the Cross with her fix at a station, a
protobuf procession beat, candles (msgpack), the hymnal, a confession slot, lodging for the
family, the parish bus seats, the payment, the children's programme for Ugnė, a prayer request,
a procession photo, a message to the organisers quoting her phone, the pilgrim card by number in
the path, a search, the receipt by cookie, a preferences cookie (base64 JSON), push, events and
a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families296_kit import (
    BASILICA,
    CALVARY_FIX,
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    PILGRIM,
    fix,
    hd,
    obj,
    push,
)
from eval_families296_sdk import (
    bl_bid,
    bl_notice,
    ck_crash,
    ck_crumb,
    tm_event,
    tm_launch,
    tt_batch,
    tt_identify,
)
from eval_families296_svc import ca_save, cz_card, cz_confirm, hp_message, mv_route, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kalnele", "Kalnele", "com.example.kalnele", "3.1.0", "https://api.kalnele.example.org")
IID = "X-Kalnele-Irenginys"
PW = "Kalvarija!Telsei26"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lt=True, **kw)


def kalnele() -> list[Case]:
    rng = random.Random(29601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pasts=L(EMAIL, MAIL), piligrims=L(PILGRIM, UID),
                                    parapije=L("Telšių Šv. Antano Paduviečio katedra", REL)))}
    cla, clo = fix(CALVARY_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PILGRIM, UID)), (2, "kalnelis_07"), (3, 1783490400),
               (4, [(1, L(CALVARY_FIX[0], PRECISE)), (2, L(CALVARY_FIX[1], PRECISE)),
                    (3, 9.0)]), (5, L(64, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v3/piligrimai/{PILGRIM}/kuortele", headers=_h(rng, **b),
                        query={"formats": "qr"}), PILGRIM, UID)
    return [
        case(f, f"{a}/v3/registracije", headers=_h(rng), body={
            "vards": L(FIRST, NAMEC), "pavarde": L(LAST, NAMEC), "el_pasts": L(EMAIL, MAIL),
            "telefuons": L(E164, TEL), "slaptazuodis": L(PW, CRED),
            "gemtadeinis": L(DOB, BIRTH), "tikiejims": L("katalėkė", REL),
            "parapije": L("Telšių Šv. Antano Paduviečio katedra", REL),
            "piligrims": L(PILGRIM, UID), "naujienlaiskis": False}),
        case(f, f"{a}/v3/prisijongims", fmt="form", headers=_h(rng), body={
            "el_pasts": L(EMAIL_UPPER, MAIL), "slaptazuodis": L(PW, CRED), "atsimink": "1"}),
        case(f, f"{a}/v3/mona", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/programa", headers=_h(rng, **b), query={
            "deina": "2026-07-05", "kalba": "sgs"}),
        case(f, f"{a}/v3/intencijes", headers=_h(rng, **b), body={
            "mesa": obj(rng, "ms"), "deina": "2026-07-05", "laiks": "12:00",
            "intencije": L("Ož a. a. Juozapa Girdvainė dūšė ė vėsa šeimīna sveikata",
                           f"{TEXT}|{REL}|{NAMEC}"),
            "auka": L(10, BUY), "piligrims": L(PILGRIM, UID)}),
        case(f, f"{a}/v3/kryziaus_kelios/stuotis", headers=_h(rng, **b), body={
            "grope": "gr_telsiai_3", "stuotis": 7, "kalnelis": "kalnelis_07",
            "vieta": {"platoma": cla, "elgoma": clo, "tikslumas": 9},
            "kalnelia_vieta": {"platoma": 56.12209, "elgoma": 22.01262},
            "piligrims": L(PILGRIM, UID)}),
        raw(f, f"{a}/v3/procesije/pulss", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/zvakes", fmt="msgpack", headers=_h(rng, **b), body={
            "piligrims": L(PILGRIM, UID),
            "zvakes": [{"dydis": "didele", "keikis": 2, "kaina": 3},
                       {"dydis": "maza", "keikis": 3, "kaina": 1}],
            "soma": L(9, BUY), "kalnelis": "kalnelis_12"}),
        case(f, f"{a}/v3/giesmes", headers=_h(rng, **b), query={
            "stuotis": "7", "kalba": "sgs", "natas": "true"}),
        case(f, f"{a}/v3/espazintis/rezervacije", fmt="form", headers=_h(rng, **b), body={
            "laiks": obj(rng, "sl"), "kunigs": "kn_0412", "kalba": "en",
            "sakraments": L("espažintis", REL), "piligrims": L(PILGRIM, UID)}),
        case(f, f"{a}/v3/nakvyne", headers=_h(rng, **b), body={
            "nams": "nk_parapijes_nams", "nu": "2026-07-04", "lig": "2026-07-06",
            "zmuones": [{"vards": L(f"{FIRST} {LAST}", NAMEC)},
                        {"vards": L(HUSBAND[0], NAMEC)},
                        {"vards": L(KID, NAMEC), "amzios": L(10, BIRTH)}],
            "rezervacije": L("NK-0705-118", BUY), "soma": L(60, BUY)}),
        case(f, f"{a}/v3/autobuss/vietas", headers=_h(rng, **b), body={
            "reiss": "bs_telsiai_0705", "vietas": 3, "miests": L("Telšiai", COARSE),
            "stuotele": "Katedros aikštė", "soma": L(15, BUY), "piligrims": L(PILGRIM, UID)}),
        case(f, f"{a}/v3/muokejims", fmt="form", headers=_h(rng, **b), body={
            "soma": L("94.00", BUY), "valiota": "EUR",
            "muokejima_buods": L(opaque(rng, "pm_", 24), PAY),
            "kuorteles_galas": L("4444", PAY), "ozsakyms": L("KLV-26-30118", BUY)}),
        case(f, f"{a}/v3/vaiku_programa", headers=_h(rng, **b), body={
            "vaiks": {"vards": L(DAUGHTER["first"], NAMEC), "pavarde": L(DAUGHTER["last"], NAMEC),
                      "gemtadeinis": L(DAUGHTER["dob"], BIRTH),
                      "pirmuoji_kuomunije": L(True, REL), "alergije": L("riešutā", MED)},
            "tievs": L(PILGRIM, UID), "grope": "vaikai_9_12"}),
        case(f, f"{a}/v3/maldas_prasyms", headers=_h(rng, **b), body={
            "tekstas": L("Please pray for my mother-in-law Genovaitė Girdvainienė, her hip "
                         "operation is on Friday in Klaipėda", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "matuoms": "kunigams"}),
        multipart(f, f"{a}/v3/fuotuo", [
            ("fuotuo", "procesija.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "albums": "atlaidai-2026",
                "parasos": L("Our first Kalvarija procession with Mantas", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/zenute", headers=_h(rng, **b), body={
            "kam": "organizatuorē",
            "zenute": L("We will be late for the 18:00 station, my number is +1 555 010 0199",
                        f"{TEXT}|{TEL}")}),
        card,
        case(f, f"{a}/v3/eiskuojims", headers=_h(rng, **b), query={
            "eiskuojims": L("nakties procesija angliškai", SEARCH), "puslapis": "1"}),
        case(f, f"{a}/v3/kvitai/paskotinis", headers=_h(rng, how="none"), cookies={
            "kl_sesije": L(opaque(rng, "", 40), CRED), "kl_irenginys": L(INSTALL_ID, DID),
            "kl_req": rid(rng)}),
        case(f, f"{a}/v3/nustatymai", headers=_h(rng, **b), cookies={
            "kl_pref": W({"piligrims": L(PILGRIM, UID), "kalba": L("en", DEV),
                          "parapije": L("Telšių katedra", REL)}, "b64json")}),
        case(f, f"{a}/v3/irenginei", headers=_h(rng, **b), body=push(push_token(rng), "lt_LT")),
        case(f, f"{a}/v3/ivyke", gz=True, headers=_h(rng, **b), body={
            "vartuotuos": L(USER_ID, UID), "ivyke": [
                ev("stuotis_aplankyta", 1, stuotis=7), ev("ekrans", 2,
                                                           ekrans=L("KryziausKelios", USAGE)),
                ev("auka", 3, soma=L(10, BUY))]}),
        case(f, f"{a}/v3/atsijongims", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "irenginys": L(INSTALL_ID, DID)}),
    ]


def kalnele_sdks() -> list[Case]:
    rng = random.Random(29602)
    return [
        tt_batch(APP, rng, [("Station Visited", {"station": 7}),
                            ("Candle Lit", {"count": 5})], at=CALVARY_FIX, nd=2,
                 locale="lt_LT"),
        tt_identify(APP, rng, {"parapije": L("Telšių katedra", REL),
                               "miests": L("Telšiai", COARSE), "piligrims": L(PILGRIM, UID)}),
        tm_launch(APP, rng, first=True),
        tm_event(APP, rng, "offering", {"fund": L("atlaidai-2026", REL)}, revenue=10.0),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="summer,events,travel"),
        bl_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "audio player released"),
                 [ck_crumb("nav", "Programa -> KryziausKelios"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v3/kryziaus_kelios/stuotis",
                                           "status": 201})], screen="StuotisActivity"),
        pp_register(APP, rng, lang="lt", at=HOME_AT, nd=2,
                    tags={"parapije": L("Telšių katedra", REL), "grope": "gr_telsiai_3"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        cz_card(APP, rng, email=True),
        cz_confirm(APP, rng, "94.00"),
        mv_route(APP, rng, [((56.12105, 22.00931), None),
                            ((BASILICA["lat"], BASILICA["lon"]), None),
                            (CALVARY_FIX, PRECISE)], mode="walking"),
        hp_message(APP, rng, L("The bus seats were charged twice on my card", f"{TEXT}|{BUY}"),
                   {"piligrims": L(PILGRIM, UID)}),
    ]
