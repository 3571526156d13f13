"""A trout-angling licence and catch-log app "Aslm" (aslm "fish"; the forest service's lakes and
rivers of the Middle Atlas: Aguelmam Azigza, the Srou, the upper Oum Er-Rbia; she fishes with
her daughter). Keys are Central Atlas Tamazight in Latin letters with loans: ``isem`` name,
``imayl`` e-mail, ``tilifun`` phone, ``awal_uffir`` password, ``ass_n_tlalit`` birth date,
``uttun_n_paspor`` passport number, ``tansa`` address, ``tamdint`` town, ``lbirmi`` licence
(loan, "permis"), ``aslm``/``islman`` fish, ``agelmam`` lake, ``asif`` river, ``tighzi`` length,
``tazayt`` weight, ``ssrh`` released (lit. "let go"), ``tawsit`` species (lit. "kind"), ``adeg``
place, ``tawlaft`` photo, ``azal`` amount, ``axelles`` payment, ``ukkuz_ineggura`` last four,
``anadi`` search, ``awal`` remark, ``tabrat`` message, ``tagharast`` complaint, ``tafluka`` boat
(loan), ``imdanen`` people, ``asggasn`` years (age), ``argaz`` husband, ``asos`` SOS contact,
``allal`` device, ``nekk`` me, ``tidyanin`` events, ``tasna`` screen, ``amzruy`` history,
``ajerred`` registration, ``tuqqna`` log-in, ``ffegh`` log-out, ``ugdud`` zone (lit. "people's
place"; a coinage), ``anmeggaru`` junior, ``lgarde`` ranger (loan), ``aswir`` level,
``itran`` stars, ``tuqqlt`` return, ``tisaatin`` hours, ``tikkelt`` a turn (a log line),
``tiwlafin`` photos. Earlier sets have a whitebait catch diary, a
fishing-crew roster and a shellfish permit; none a recreational trout licence (docstring grep:
"trout", "angling" matched nothing)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families206_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    LAKE,
    LICENCE,
    PASSPORT,
    SHORE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families206_sdk import (
    bt_bid,
    bt_notice,
    ca_crash,
    ca_crumb,
    sz_batch,
    sz_pixel,
    ta_event,
    ta_launch,
)
from eval_families206_svc import mi_reverse, mi_telemetry, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("aslm", "Aslm", "com.example.aslm", "1.5.0", "https://api.aslm.example.com")
IID = "X-Aslm-Allal"
PW = "Azigza!Trout26"
NID = "personal.national_id"
RIVER_FIX = (32.999512, -5.563318)  # her phone on the Srou bank


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def aslm() -> list[Case]:
    rng = random.Random(20661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), lbirmi=L(LICENCE, UID)))}
    sla, slo = fix(SHORE_FIX)
    rla, rlo = fix(RIVER_FIX, 5)
    lab: dict[str, str] = {}
    catch = pb([(1, L(LICENCE, UID)), (2, 1773064800),
                (3, [(1, "fario"), (2, 31), (3, True)]),
                (4, [(1, L(SHORE_FIX[0], PRECISE)), (2, L(SHORE_FIX[1], PRECISE))]),
                (5, L(71, DEV))], "", lab)
    qr = at_path(case(f, f"{a}/api/lbirmi/{LICENCE}/qr", headers=_h(rng, **b)), LICENCE, UID)
    return [
        case(f, f"{a}/api/ajerred", headers=_h(rng), body={
            "isem": L(f"{FIRST} {LAST}", NAMEC), "imayl": L(EMAIL, MAIL), "tilifun": L(E164, TEL),
            "awal_uffir": L(PW, CRED), "ass_n_tlalit": L(DOB, BIRTH),
            "uttun_n_paspor": L(PASSPORT, NID), "tansa": L(HOME["line"], ADDR),
            "tamdint": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/tuqqna", fmt="form", headers=_h(rng), body={
            "imayl": L(EMAIL_UPPER, MAIL), "awal_uffir": L(PW, CRED)}),
        case(f, f"{a}/api/nekk", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/lbirmi", headers=_h(rng, **b), body={
            "lbirmi": L(LICENCE, UID), "asggas": 2026, "ugdud": ["azigza", "srou"],
            "azal": L(200, BUY),
            "anmeggaru": {"isem": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                          "asggasn": L(8, BIRTH)}}),
        case(f, f"{a}/api/axelles", fmt="form", headers=_h(rng, **b), body={
            "lbirmi": L(LICENCE, UID), "azal": L("200.00", BUY), "tadrimt": "MAD",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "ukkuz_ineggura": L("4444", PAY)}),
        qr,
        case(f, f"{a}/api/agelmam/check-in", headers=_h(rng, **b), body={
            "lbirmi": L(LICENCE, UID), "agelmam": LAKE["id"],
            "adeg": {"lat": sla, "lng": slo, "acc": 7},
            "lgarde": {"lat": LAKE["lat"], "lng": LAKE["lon"]}}),
        raw(f, f"{a}/api/islman", catch, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/islman/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "lbirmi": L(LICENCE, UID), "islman": [
                {"tawsit": "arc-en-ciel", "tighzi": 27, "ssrh": False,
                 "lat": L(rla, PRECISE), "lng": L(rlo, PRECISE)},
                {"tawsit": "fario", "tighzi": 22, "ssrh": True,
                 "lat": L(round(RIVER_FIX[0] + 0.0009, 5), PRECISE),
                 "lng": L(round(RIVER_FIX[1] - 0.0011, 5), PRECISE)}]}),
        multipart(f, f"{a}/api/tiwlafin", [
            ("tawlaft", "itto_aslm.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "awal": L("Aslm amezwaru n Itto!", TEXT), "agelmam": LAKE["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/anadi", headers=_h(rng, **b), query={
            "anadi": L("ideggan n tiyyrdin n wasif Srou", SEARCH)}),
        case(f, f"{a}/api/asif/aswir", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "asif": "srou"}),
        case(f, f"{a}/api/awal", fmt="form", headers=_h(rng, **b), body={
            "agelmam": LAKE["id"], "itran": "4",
            "awal": L("Agelmam ifulki, maca ur illi umalu", TEXT)}),
        case(f, f"{a}/api/tabrat", headers=_h(rng, **b), body={
            "i": "lgarde_azigza",
            "tabrat": L("Nella g ugelmam d yelli, tilifun inu +1 555 010 0199",
                        f"{TEXT}|{TEL}")}),
        multipart(f, f"{a}/api/tagharast", [
            ("tawlaft", "plastic.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {
                "adeg": {"lat": sla, "lng": slo},
                "awal": L("Izbel d plastic g tama n ugelmam", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tafluka", headers=_h(rng, **b), body={
            "tafluka": "bt_03", "tisaatin": 2, "imdanen": 2, "azal": L(60, BUY),
            "isem": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/asos", headers=_h(rng, **b), body={
            "isem": L(HUSBAND[0], NAMEC), "tilifun": L(HUSBAND[1], TEL), "ass": "2026-03-09",
            "tuqqlt": "18:30"}),
        case(f, f"{a}/api/amzruy", headers=_h(rng, how="none"), cookies={
            "sl_sesyu": L(opaque(rng, "", 40), CRED), "sl_allal": L(INSTALL_ID, DID),
            "sl_req": rid(rng)}),
        case(f, f"{a}/api/allalen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tidyanin", gz=True, headers=_h(rng, **b), body={
            "anessemres": L(USER_ID, UID), "tidyanin": [
                ev("aslm_yettwaru", 1), ev("tasna", 2, tasna=L("Amzruy", USAGE))]}),
        case(f, f"{a}/api/ffegh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "allal": L(INSTALL_ID, DID),
            "tikkelt": obj(rng, "lg")}),
    ]


def aslm_sdks() -> list[Case]:
    rng = random.Random(20662)
    return [
        sz_batch(APP, rng, [("Licence Bought", {"total": L(200, BUY)}),
                            ("Catch Logged", {"cm": 31})], at=SHORE_FIX, nd=3),
        sz_pixel(APP, rng, "Rules Opened", {"zone": "azigza"}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "purchase", {"lbirmi": L(LICENCE, UID)}, revenue=200.0,
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHORE_FIX, nd=2,
               keywords="fishing,trout,outdoor"),
        bt_notice(APP, rng, "win"),
        ca_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [ca_crumb("nav", "Islman -> Camera")], screen="CatchActivity"),
        pm_card(APP, rng),
        pm_confirm(APP, rng, "200.00"),
        mi_reverse(APP, rng, SHORE_FIX, PRECISE, nd=4),
        mi_telemetry(APP, rng, [SHORE_FIX, RIVER_FIX], PRECISE),
    ]
