"""Agadir thalassotherapy app "Amanilel" (aman n ilel, "sea water": a seafront centre where her
rheumatologist prescribed a three-week cure for a lumbar disc hernia). Its API's keys are
Tachelhit in Latin letters, ASCII-folded as a local developer types them, with French/Arabic
loans people say: ``assagh`` first name, ``assagh_n_tawja`` family name, ``nnmra`` phone number,
``taguri_n_uzray`` password, ``tarikh_n_tlalit`` birth date, ``anaw`` sex (``tamtut`` woman),
``lakart`` identity card, ``l3nwan`` address, ``tamdint`` town, ``lhuma`` quarter, ``ssurans``
insurance, ``lordonans`` prescription, ``tbib`` doctor, ``attan`` illness, ``tadawt`` back,
``ddwa`` medicine, ``tazzayt`` weight, ``tiddi`` height, ``lhjz`` booking, ``tikkal``
sessions, ``iqariden`` amount, ``lxlas`` payment, ``lwasl`` receipt, ``adgar`` place, ``awal``
remark, ``itran`` stars, ``lmsaj`` message, ``asiggl`` search, ``amsqdac`` user, ``aruku``
device, ``tigawin`` events, ``agdil`` screen, ``kchm`` log in, ``nkki`` me, ``ffugh`` log out.
Calls: sign-up, log-in, ``/nkki``, the prescription upload (PDF), the medical questionnaire
(gzip), the cure booked, its payment, the insurer's cover, a check-in with her fix, a protobuf
session of the hydro-jet bed, a msgpack add-on order, a body-measurement record, a message to
the physio, a review, a search, the centre's Wi-Fi, a gift card for her sister-in-law, the
receipt by cure number in the path, a cookie GET, push, events and log-out. New: "thalasso" and
"sea water" matched no docstring (set 151's sulphur bath is a leisure bath, no prescription)."""

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
    GENDER,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families254_kit import (
    CURE,
    DOCTOR,
    HOME,
    HOME_AT,
    MUTUAL,
    RESIDENCE,
    SISTER_IL,
    THALASSO,
    THALASSO_FIX,
    aruku,
    fix,
    hd,
    obj,
)
from eval_families254_sdk import (
    bw_bid,
    bw_notice,
    ck_crash,
    ck_crumb,
    ck_session,
    mg_batch,
    mg_identify,
    ta_event,
    ta_launch,
)
from eval_families254_svc import mb_route, pg_register, pq_card, pq_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("amanilel", "Amanilel", "com.example.amanilel", "3.4.1",
          "https://api.amanilel.example.com")
IID = "X-Amanilel-Aruku"
PW = "Ilel!Agadir2026"
DOB_FR = "17/05/1991"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def amanilel() -> list[Case]:
    rng = random.Random(25401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ssurans=L(MUTUAL, MED)))}
    tla, tlo = fix(THALASSO_FIX)
    lab: dict[str, str] = {}
    jet = pb([(1, L(CURE, BUY)), (2, "cab_07"), (3, 1769936400),
              (4, [(1, 38), (2, 20), (3, L("tadawt_l4_l5", MED))]), (5, L(62, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/v2/lhjz/{CURE}/lwasl", headers=_h(rng, **b)), CURE, BUY)
    return [
        case(f, f"{a}/v2/tirra", headers=_h(rng), body={
            "assagh": L(FIRST, NAMEC), "assagh_n_tawja": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "nnmra": L(E164, TEL), "taguri_n_uzray": L(PW, CRED),
            "tarikh_n_tlalit": L(DOB_FR, BIRTH), "anaw": L("tamtut", GENDER),
            "lakart": L(RESIDENCE, NID), "l3nwan": L(HOME["line"], ADDR),
            "tamdint": L(HOME["town"], COARSE), "lhuma": L(HOME["area"], COARSE),
            "ssurans": {"nnmra_n_ssurans": L(MUTUAL, MED), "tamsmunt": "Mutuelle Souss"},
            "cgu": True}),
        case(f, f"{a}/v2/kchm", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "taguri_n_uzray": L(PW, CRED), "ttfkr_iyi": "1"}),
        case(f, f"{a}/v2/nkki", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/lordonans", [
            ("lordonans", "ordonnance_outaleb.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "tbib": {"assagh": L(DOCTOR[0], NAMEC), "nnmra": L(DOCTOR[1], TEL)},
                "attan": L("hernie discale L4-L5", MED), "tikkal": 18})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ssht/tasqsit", gz=True, headers=_h(rng, **b), body={
            "attan": [L("hernie discale L4-L5", MED), L("sciatique droite", MED)],
            "ddwa": [L("naproxene 550 mg", MED), L("thiocolchicoside 4 mg", MED)],
            "tadist": L(False, f"{MED}|personal.sensitive"), "ul": L(False, MED),
            "tansyu": L("normal", MED),
            "lhsasiya": L("iode", MED), "irm": L("L4-L5 protrusion, 2025-11", MED)}),
        case(f, f"{a}/v2/lhjz", headers=_h(rng, **b), body={
            "centre": THALASSO["id"], "programme": L("cure_dos_18", MED),
            "tizwiri": "2026-02-02", "tikkal": 18, "lhjz": L(CURE, BUY),
            "iqariden": L(6480, BUY), "tadrimt": "MAD",
            "awal": L("Ur zmmregh ad bddegh bzzaf, tadawt ar iyi tqqaz", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/lxlas", fmt="form", headers=_h(rng, **b), body={
            "lhjz": L(CURE, BUY), "iqariden": L("1944.00", BUY), "tadrimt": "MAD",
            "tarrayt": L(opaque(rng, "pm_", 24), PAY), "ukan_4": L("4444", PAY)}),
        case(f, f"{a}/v2/ssurans/tafrawt", headers=_h(rng, **b), query={
            "nnmra_n_ssurans": L(MUTUAL, MED), "lhjz": L(CURE, BUY)}),
        case(f, f"{a}/v2/kchm_n_wass", headers=_h(rng, **b), body={
            "centre": THALASSO["id"], "adgar": {"lat": tla, "lng": tlo, "sizuste": 9},
            "adgar_n_centre": {"lat": THALASSO["lat"], "lng": THALASSO["lon"]},
            "lhjz": L(CURE, BUY), "id_n_kchm": obj(rng, "ci")}),
        raw(f, f"{a}/v2/tikkal/jet", jet, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/timrnit", fmt="msgpack", headers=_h(rng, **b), body={
            "lhjz": L(CURE, BUY),
            "timrnit": [{"ism": "enveloppement algues", "ddrt": 2, "ssumt": 280},
                        {"ism": "hammam gommage", "ddrt": 1, "ssumt": 190}],
            "iqariden": L(750, BUY)}),
        case(f, f"{a}/v2/ssht/tisktiwin", headers=_h(rng, **b), body={
            "tazzayt": L(68.4, FIT), "tiddi": L(166, FIT), "tasmmint_n_tadawt": L(6, MED),
            "ass": "2026-02-09", "lhjz": CURE}),
        case(f, f"{a}/v2/lmsaj", headers=_h(rng, **b), body={
            "i": "kine_04",
            "lmsaj": L("Ghassad tadawt tqqaz kigan, ur gnigh yat. Is rad nsmmktu tikkal n waman?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/itran", fmt="form", headers=_h(rng, **b), body={
            "centre": THALASSO["id"], "itran": "5",
            "awal": L("Aman n ilel zwarn, tadawt nu tfulki bahra ghassad", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/asiggl", headers=_h(rng, **b), query={
            "asiggl": L("massage tadawt sciatique", f"{SEARCH}|{MED}"), "tasna": "1"}),
        case(f, f"{a}/v2/wifi", headers=_h(rng, **b), body={
            "ssid": L(THALASSO["ssid"], WIFI), "bssid": L(THALASSO["bssid"], WIFI),
            "ip_lda": L("10.14.2.88", DEV), "lhjz": L(CURE, BUY)}),
        case(f, f"{a}/v2/lhdiya", headers=_h(rng, **b), body={
            "i": {"assagh": L(SISTER_IL[0], NAMEC), "nnmra": L(SISTER_IL[1], TEL)},
            "lmsaj": L("Rqiya, tagi i kmmi, ad tsgunfut yan wass!", TEXT),
            "iqariden": L(500, BUY), "lkud": opaque(rng, "GC", 8)}),
        receipt,
        case(f, f"{a}/v2/tikkal/tiwuriwin", headers=_h(rng, how="none"), cookies={
            "aml_sesyun": L(opaque(rng, "", 40), CRED), "aml_aruku": L(INSTALL_ID, DID),
            "aml_req": rid(rng)}),
        case(f, f"{a}/v2/aruku", headers=_h(rng, **b), body=aruku(push_token(rng))),
        case(f, f"{a}/v2/tigawin", gz=True, headers=_h(rng, **b), body={
            "amsqdac": L(USER_ID, UID), "tigawin": [
                ev("lhjz", 1, centre=THALASSO["id"]), ev("lxlas", 2, iqariden=L(1944, BUY)),
                ev("agdil", 3, agdil=L("TikkalInu", USAGE))]}),
        case(f, f"{a}/v2/ffugh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aruku": L(INSTALL_ID, DID)}),
    ]


def amanilel_sdks() -> list[Case]:
    rng = random.Random(25402)
    return [
        mg_batch(APP, rng, [("Cure Booked", {"programme": L("cure_dos_18", MED),
                                             "total": L(6480, BUY)}),
                            ("Checked In", {"centre": THALASSO["id"]})],
                 at=THALASSO_FIX, nd=2, locale="fr_MA"),
        mg_identify(APP, rng, {"tamdint": L("Taroudant", COARSE),
                               "ssurans": "Mutuelle Souss", "tikkal": 18}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "purchase", {"lhjz": L(CURE, BUY)}, revenue=6480.0, hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=THALASSO_FIX, nd=3,
               keywords="spa,wellness,agadir"),
        bw_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "pdf picker closed"),
                 [ck_crumb("nav", "Lordonans -> Picker"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v2/lordonans", "status": 413})],
                 screen="LordonansActivity"),
        pg_register(APP, rng, lang="fr", at=HOME_AT, nd=2,
                    tags={"centre": THALASSO["id"], "programme": L("cure_dos", MED)}),
        ck_session(APP, rng, secs=640),
        pq_card(APP, rng),
        pq_confirm(APP, rng, "1944.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((THALASSO["lat"], THALASSO["lon"]), None)]),
    ]

