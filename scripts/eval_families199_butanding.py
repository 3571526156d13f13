"""Donsol whale-shark (butanding) interaction app "Butandingan" (Sorsogon; its API's keys are
Central Bikol mixed with English: ``pangaran`` name, ``apelyido`` surname, ``numero_selpon``
mobile number, ``sekreto`` password, ``aldaw_kamundagan`` birth date, ``istaran`` residence,
``syudad`` city, ``probinsya`` province, ``pasaporte`` passport, ``agom`` spouse, ``aki`` child,
``edad`` age, ``reserba`` booking, ``bayad`` payment, ``kabilogan`` total, ``presyo`` price,
``bangka`` boat, ``lugar`` place, ``latitud``/``longhitud``, ``salud`` health, ``helang``
illness, ``hika`` asthma, ``buntis`` pregnant, ``pirma`` signature, ``retrato`` photo,
``nakita`` sighted, ``hanapon`` search, ``mensahe`` message, ``reklamo`` complaint,
``katood`` friend, ``paragamit`` user, ``aparato`` device, ``tataramon`` language,
``nangyari`` events, ``sako`` me, ``luwas`` log out): sign-up, log-in, ``/sako``, the day's
schedule, the boat booked for the three of them (her passport), the payment, a health and swim
declaration, a check-in at the centre, a protobuf boat beat, a sighting log (msgpack), an
underwater photo, gear, points by cookie, a review, a search, the interaction officer's rating,
an invitation for her brother, the receipt by booking number in the path, her GCash number
linked (base64 JSON in a form field), a complaint, push, events and a log-out. Sets 104, 129 and
166 have dive or snorkel apps with logbooks; this is a regulated wildlife interaction (a boat
slot, an interaction officer, a briefing, a declaration), new to the evaluation."""

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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families199_kit import (
    BROTHER_US,
    CENTRE,
    CENTRE_FIX,
    DAUGHTER,
    HUSBAND,
    LOCAL,
    PASSPORT,
    RESERBA,
    ROOM,
    ROOM_AT,
    SEA_FIX,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families199_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families199_svc import cl_card, cl_confirm, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("butandingan", "Butandingan", "com.example.butandingan", "3.4.1",
          "https://api.butandingan.example.com")
IID = "X-Butanding-Aparato"
PW = "Butanding#Donsol26"
DOB_PH = "05/17/1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bcl=True, **kw)


def butandingan() -> list[Case]:
    rng = random.Random(19901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), selpon=L(LOCAL, TEL)))}
    cla, clo = fix(CENTRE_FIX)
    boat = obj(rng, "bk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, boat), (3, 1773446400),
               (4, [(1, L(SEA_FIX[0], PRECISE)), (2, L(SEA_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/reserba/{RESERBA}/resibo", headers=_h(rng, **b)),
                      RESERBA, BUY)
    return [
        case(f, f"{a}/api/v1/magrehistro", headers=_h(rng), body={
            "pangaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "numero_selpon": L(LOCAL, TEL), "sekreto": L(PW, CRED),
            "aldaw_kamundagan": L(DOB_PH, BIRTH), "istaran": L(ROOM["line"], ADDR),
            "syudad": L(ROOM["town"], COARSE), "probinsya": L(ROOM["prov"], COARSE),
            "pasaporte": L(PASSPORT, NID), "balita": True}),
        case(f, f"{a}/api/v1/maglaog", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sekreto": L(PW, CRED), "girumdumon": "1"}),
        case(f, f"{a}/api/v1/sako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/iskedyul", headers=_h(rng, **b), query={
            "petsa": "2026-03-14", "sentro": CENTRE["id"]}),
        case(f, f"{a}/api/v1/reserba", headers=_h(rng, **b), body={
            "sentro": CENTRE["id"], "petsa": "2026-03-14", "oras": "07:30", "bangka": boat,
            "reserba": L(RESERBA, BUY), "kabilogan": L(3300, BUY),
            "mga_kaiba": [
                {"pangaran": L(f"{FIRST} {LAST}", NAMEC), "pasaporte": L(PASSPORT, NID)},
                {"pangaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
                {"pangaran": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "edad": L(9, BIRTH)}],
            "nota": L("May aki kaming siyam na taon, gusto niya sa harani kan bangka", TEXT)}),
        case(f, f"{a}/api/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "reserba": L(RESERBA, BUY), "kantidad": L("3300.00", BUY), "kwarta": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "huring_apat": L("4444", PAY)}),
        case(f, f"{a}/api/v1/salud/deklarasyon", headers=_h(rng, **b), body={
            "reserba": RESERBA, "tatao_maglangoy": True, "helang_sa_puso": L(False, MED),
            "hika": L("dati, may inhaler", MED), "buntis": L(False, MED),
            "bulong": L("salbutamol inhaler", MED), "pirma": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/check_in", headers=_h(rng, **b), body={
            "sentro": CENTRE["id"], "lugar": {"latitud": cla, "longhitud": clo, "sigurado": 9},
            "lugar_kan_sentro": {"latitud": CENTRE["lat"], "longhitud": CENTRE["lon"]},
            "briefing_natapos": True, "check_in_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/v1/bangka/{boat}/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/nakita", fmt="msgpack", headers=_h(rng, **b), body={
            "reserba": L(RESERBA, BUY), "butanding": "DSL-WS-0142", "habaon_m": 6.5,
            "lugar": {"latitud": L(round(SEA_FIX[0], 4), PRECISE),
                      "longhitud": L(round(SEA_FIX[1], 4), PRECISE)},
            "paragamit": L(USER_ID, UID), "oras": 1773451800}),
        multipart(f, f"{a}/api/v1/retrato", [
            ("retrato", "butanding_1.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "butanding": "DSL-WS-0142", "latitud": L(f"{SEA_FIX[0]:.5f}", PRECISE),
                "longhitud": L(f"{SEA_FIX[1]:.5f}", PRECISE),
                "caption": L("Si Gelai asin an butanding, grabe!", f"{TEXT}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/gamit/arkila", headers=_h(rng, **b), query={
            "mask": "2", "palikpik": "M,M,S", "reserba": L(RESERBA, BUY)}),
        case(f, f"{a}/api/v1/puntos", headers=_h(rng, how="none"), cookies={
            "bt_sesyon": L(opaque(rng, "", 40), CRED), "bt_aparato": L(INSTALL_ID, DID),
            "bt_req": rid(rng)}),
        case(f, f"{a}/api/v1/rebyu", fmt="form", headers=_h(rng, **b), body={
            "sentro": CENTRE["id"], "bituon": "5",
            "komento": L("Maray an briefing, dai kami pinirit magdani sa butanding.", TEXT)}),
        case(f, f"{a}/api/v1/hanapon", headers=_h(rng, **b), query={
            "hanapon": L("butanding tour na may kaibang aki", SEARCH), "pahina": "1"}),
        case(f, f"{a}/api/v1/opisyal/rating", fmt="form", headers=_h(rng, **b), body={
            "opisyal": "bio_017", "reserba": L(RESERBA, BUY), "bituon": "5",
            "komento": L("Si Kuya Nonoy pasensyoso sa aki", TEXT)}),
        case(f, f"{a}/api/v1/imbitar", headers=_h(rng, **b), body={
            "katood": {"pangaran": L(BROTHER_US[0], NAMEC), "email": L(BROTHER_US[2], MAIL)},
            "mensahe": L("Dan, pag-abot mo sa Abril, mag-Donsol kita!", TEXT),
            "kodigo": opaque(rng, "INV", 8)}),
        receipt,
        case(f, f"{a}/api/v1/gcash/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"numero_gcash": L(LOCAL, TEL), "pangaran": L(f"{FIRST} {LAST}", NAMEC),
                       "aldaw_kamundagan": L(DOB_PH, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/reklamo", headers=_h(rng, **b), body={
            "reserba": L(RESERBA, BUY), "kategorya": "bangka",
            "mensahe": L("Duwang oras kaming naghalat sa pantalan, dai nag-abot an bangka", TEXT)}),
        case(f, f"{a}/api/v1/aparato", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparato_id": L(INSTALL_ID, DID),
            "tataramon": L("bcl", DEV), "oras_sona": L(TZ, DEV), "modelo": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/nangyari", gz=True, headers=_h(rng, **b), body={
            "paragamit": L(USER_ID, UID), "nangyari": [
                ev("reserba", 1, sentro=CENTRE["id"]), ev("bayad", 2, kantidad=L(3300, BUY)),
                ev("iskrin", 3, iskrin=L("MgaReserbaKo", USAGE))]}),
        case(f, f"{a}/api/v1/luwas", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def butandingan_sdks() -> list[Case]:
    rng = random.Random(19902)
    return [
        mc_batch(APP, rng, [("Boat Booked", {"centre": CENTRE["id"], "total": L(3300, BUY)}),
                            ("Shark Sighted", {"shark": "DSL-WS-0142"})],
                 at=SEA_FIX, nd=2, locale="bcl_PH"),
        mc_identify(APP, rng, {"syudad": L("Legazpi City", COARSE),
                               "probinsya": L("Albay", COARSE), "puntos": 220}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"reserba": L(RESERBA, BUY)}, revenue=3300.0,
                 currency="PHP", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CENTRE_FIX, nd=3,
               keywords="whale shark,sorsogon,tour"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cd_crumb("nav", "Reserba -> Retrato"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/retrato", "status": 500})],
                 screen="RetratoActivity"),
        pt_register(APP, rng, lang="bcl", at=ROOM_AT, nd=2,
                    tags={"sentro": CENTRE["id"], "syudad": L("Legazpi City", COARSE)}),
        cd_session(APP, rng, secs=1204),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "3300.00", "php"),
        mm_reverse(APP, rng, SEA_FIX, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Reserba {RESERBA} duwang beses binayadan", f"{TEXT}|{BUY}"),
                   {"reserba": L(RESERBA, BUY)}),
    ]
