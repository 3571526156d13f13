"""A children's Scrabble club's parent app "Bisono" (``bisono`` letters, marks; the French-language
club of the Ville Haute youth centre, Matadi): their son Nsimba (11) plays there; she is the
account holder (the child's data). Its API's keys are Kituba in ASCII with the French words of
the game: ``zina`` first name, ``zina_ya_dikanda`` family name, ``imele`` e-mail, ``nsinga``
phone, ``nsapi`` password (lit. "key"), ``mbanza`` town, ``mbuti`` parent, ``mwana`` child,
``lumbu_ya_kubutuka`` birth date, ``kento_bakala`` sex (``bakala`` boy), ``nzo_nkanda`` school,
``kalasi`` class, ``licence`` club licence, ``nsaka`` game, ``mpovo`` word, ``pwenti`` points,
``turnwa`` tournament, ``nkwenda`` trip, ``nswa`` permission, ``nkaka`` grandparent, ``kimbevo``
illness, ``kilumbu`` day, ``ntalu`` amount, ``lufutu`` payment, ``nsangu`` message, ``mambu``
text, ``sosa`` search, ``foto`` photo. Sign-up, a log-in, ``/mono`` with a ``bana`` claim, the
child's registration, the licence fee, training sessions, the drop-off with her fix, a game's
moves and score (msgpack), the rating by licence in the path, the Boma tournament (travel consent,
his grandmother as the accompanying adult, his asthma), the bus seat, a trophy photo, a message
to the coach, a word check, an anagram quiz he typed, an absence note, the club shirt, notices, a
certificate (PDF), a cookie GET, push and events. New kind: "scrabble" and "crossword" matched
nothing in a docstring grep, "word game" only an SDK set's host app; chess and draughts clubs
exist (63 and 9 docstring hits for "chess" and "draughts"), made different by words, racks and
French-language licences."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
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
from eval_families24_kit import claims, rid
from eval_families246_kit import (
    CLUB,
    CLUB_FIX,
    HOME,
    MOTHER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families246_sdk import bm_bid, bm_notice, cz_crash, cz_crumb, lm_launch, ty_batch
from eval_families246_svc import ck_save, fm_eval, hb_message, pn_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bisono", "Bisono", "com.example.bisono", "1.3.5", "https://api.bisono.example.org")
IID = "X-Bisono-Aparey"
PW = "Nsimba2014!Vh"
KID = f"{SON['first']} {SON['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(28))
OTHERS = ["FCS-KC-0388", "FCS-KC-0452"]  # other children's licences (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def bisono() -> list[Case]:
    rng = random.Random(24631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    lic = SON["licence"]
    jw = {"Authorization": J(claims(rng, imele=L(EMAIL, MAIL), bana=[L(lic, UID)],
                                    role="mbuti"))}
    cla, clo = fix(CLUB_FIX, 4)
    rating = at_path(case(f, f"{a}/v1/licences/{lic}/klasman", headers=_h(rng, **b),
                          query={"saison": "2025-2026"}), lic, UID)
    return [
        case(f, f"{a}/v1/mbuti/kusonika", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_ya_dikanda": L(LAST, NAMEC),
            "imele": L(EMAIL_MIXED, MAIL), "nsinga": L(E164, TEL), "nsapi": L(PW, CRED),
            "mbanza": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/kukota", fmt="form", headers=_h(rng), body={
            "imele": L(EMAIL, MAIL), "nsapi": L(PW, CRED), "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mono", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bana", headers=_h(rng, **b), body={
            "mwana": {"zina": L(SON["first"], NAMEC), "zina_ya_dikanda": L(SON["last"], NAMEC),
                      "lumbu_ya_kubutuka": L(SON["dob"], BIRTH),
                      "kento_bakala": L("bakala", GENDER), "nzo_nkanda": "EP Kinkanda",
                      "kalasi": "6e primaire", "licence": L(lic, UID)},
            "kilabu": CLUB["id"], "mbuti": "mama"}),
        case(f, f"{a}/v1/licences/lufutu", fmt="form", headers=_h(rng, **b), body={
            "licence": L(lic, UID), "saison": "2025-2026", "ntalu": L("15", BUY),
            "devise": "USD", "lufutu_id": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/formation/bangunga", headers=_h(rng, **b), query={
            "licence": L(lic, UID), "kilabu": CLUB["id"], "ngonda": "2026-01"}),
        case(f, f"{a}/v1/kukota/kilabu", headers=_h(rng, **b), body={
            "licence": L(lic, UID), "kisika": {"lat": cla, "lon": clo},
            "kilabu": {"id": CLUB["id"], "lat": CLUB["lat"], "lon": CLUB["lon"]},
            "mutindu": "kutula"}),
        case(f, f"{a}/v1/nsaka/resultat", fmt="msgpack", headers=_h(rng, **b), body={
            "nsaka": obj(rng, "ng"), "licence": L(lic, UID), "mpinzani": OTHERS[0],
            "mpovo": [{"mpovo": L("KOALA", TEXT), "pwenti": 24},
                      {"mpovo": L("ZEBRES", TEXT), "pwenti": 41}],
            "pwenti": 388, "pwenti_ya_mpinzani": 352}),
        rating,
        case(f, f"{a}/v1/turnwa/boma-2026/kukotisa", headers=_h(rng, **b), body={
            "licence": L(lic, UID), "mwana": L(KID, NAMEC),
            "nswa_ya_nkwenda": True,
            "muntu_ya_kutambusa": {"zina": L(MOTHER_IL[0], NAMEC),
                                   "nsinga": L(MOTHER_IL[1], TEL), "kinkazi": "nkaka"},
            "kimbevo": L("asthme, ke nata pompe na saki", f"{TEXT}|{MED}"),
            "nsinga_ya_nswalu": L(E164, TEL)}),
        case(f, f"{a}/v1/turnwa/boma-2026/bisi", fmt="form", headers=_h(rng, **b), body={
            "licence": L(lic, UID), "biti": "2", "ntalu": L("8", BUY), "devise": "USD",
            "nkwenda": "Matadi-Boma 2026-02-14"}),
        multipart(f, f"{a}/v1/foto", [
            ("foto", "nsimba_coupe.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "licence": L(lic, UID),
                "mambu": L("Nsimba me baka coupe ya 2e na kalasi ya bana!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nsangu", headers=_h(rng, **b), body={
            "kwa": "coach_vh", "nsangu_id": obj(rng, "ms"),
            "mambu": L(f"Coach, {KID} ta kuma na retard na sabado, yandi kele na ekzame",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/mpovo/tala", headers=_h(rng, **b), query={
            "mpovo": L("WAGONNAI", SEARCH), "dictionnaire": "ods9"}),
        case(f, f"{a}/v1/quiz/anagrammes", headers=_h(rng, **b), body={
            "licence": L(lic, UID), "quiz": "qz_0112",
            "mvutu": [L("ARGENT", TEXT), L("GERANT", TEXT), L("GARENT", TEXT)],
            "sekonda": 95}),
        case(f, f"{a}/v1/kukonda", headers=_h(rng, **b), body={
            "licence": L(lic, UID), "kilumbu": "2026-01-17",
            "mambu": L("Nsimba kele na fievre ya 38,7 ti kukosola, yandi ta kwisa ve",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/boutique/maillot", fmt="form", headers=_h(rng, **b), body={
            "licence": L(lic, UID), "taye": "12 ans", "nimero_ya_maillot": "11",
            "ntalu": L("12", BUY)}),
        case(f, f"{a}/v1/nsangu-ya-kilabu", headers=_h(rng, **b), query={
            "kilabu": CLUB["id"], "katuka": "2026-01-01"}),
        multipart(f, f"{a}/v1/diplome/ack", [
            ("diplome", "diplome_nsimba.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"licence": L(lic, UID),
                                                "mbuti": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/resi/ya-nsuka", headers=_h(rng, how="none"), cookies={
            "bs_sid": L(opaque(rng, "", 40), CRED), "bs_dev": L(INSTALL_ID, DID),
            "bs_req": rid(rng)}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mambu", headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "events": [
                ev("rating_opened", 1), ev("ekrani", 2, ekrani=L("Turnwa", USAGE))]}),
    ]


def bisono_sdks() -> list[Case]:
    rng = random.Random(24632)
    return [
        ty_batch(APP, rng, [("Game Saved", {"points": 388}),
                            ("Fee Paid", {"amount": L(15, BUY)})], at=CLUB_FIX, nd=3),
        lm_launch(APP, rng),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="scrabble,kids,books"),
        bm_notice(APP, rng, "imp"),
        cz_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "rack tile 7"),
                 [cz_crumb("nav", "Nsaka -> Resultat")], user={"id": L(USER_ID, UID)},
                 screen="ResultActivity"),
        fm_eval(APP, rng, {"kilabu": CLUB["id"], "bana": 1}),
        pn_register(APP, rng, lang="fr", tags={"kilabu": CLUB["id"], "turnwa": "boma-2026"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        py_card(APP, rng),
        py_confirm(APP, rng, "15.00"),
        hb_message(APP, rng, L(f"Licence ya {KID} ke monika 'ke futa ve'", f"{TEXT}|{NAMEC}"),
                   {"licence": L(SON["licence"], UID)}),
    ]

