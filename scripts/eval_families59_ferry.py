"""Ferry-ticket and island-travel app "Kymaferry" (Athens; its API's keys are Greek in Latin
letters: onoma, eponymo, tilefono, dieuthinsi, tk, afm, amka): sign-up, a log-in, ``/me``, the
profile with her Athens flat, her tax and social-security numbers, the passport page, a port
search, a route search, a booking for her and a friend, the confirmation with an invoice, the
tickets by booking code in the path, boarding at the gate, the vessel's live position, transfers
on Naxos, a hotel, the sea forecast, a saved companion, a review in Greek, a pass bought on
Play, push, events and the booking history by a cookie GET."""

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
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
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
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families59_kit import (
    AFM,
    AMKA,
    ATH_HOME,
    ATH_HOME_AT,
    COMPANION,
    HOTEL_NX,
    KRATISI,
    NAXOS,
    PIRAEUS,
    PORT_FIX,
)
from eval_families59_sdk import (
    af_bid,
    gl_batch,
    gl_identify,
    sk_event,
    sk_session,
    sn_crumb,
    sn_report,
)
from eval_families59_svc import (
    ag_save,
    bk_register,
    pw_geocode,
    tf_card,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, W, case

APP = App("kymaferry", "Kymaferry", "com.example.kymaferry", "5.3.2",
          "https://api.kymaferry.example.com")
IID = "X-Kyma-Device"
PW = "Meltemi!Kyma88"
NAXOS_FIX = (37.106322, 25.376941)  # her phone on the quay at Naxos
GR = "el-GR,el;q=0.9,en-US;q=0.8"
TICKET = "ET-88120457"  # her e-ticket (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L(GR, DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def kymaferry() -> list[Case]:
    rng = random.Random(5911)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    pla, plo = fix(PORT_FIX)
    nla, nlo = fix(NAXOS_FIX, 5)
    lab: dict[str, str] = {}
    board = pb([(1, L(TICKET, BUY)), (2, L(USER_ID, UID)), (3, [(1, pla), (2, plo)]),
                (4, PIRAEUS["gate"]), (5, 1765861200), (6, "KF-PIR-NAX-0730")], "", lab)
    return [
        case(f, f"{a}/v2/logariasmos/eggrafi", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kodikos": L(PW, CRED), "onoma": L(FIRST, NAMEC),
            "eponymo": L(LAST, NAMEC), "tilefono": L(E164, TEL), "glossa": L("el", DEV),
            "apodoxi_oron": True, "newsletter": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L(PW, CRED), "client_id": "kymaferry-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profil", headers=_h(rng, **b), body={
            "onoma": L(FIRST, NAMEC), "eponymo": L(LAST, NAMEC),
            "imerominia_gennisis": L("17/05/1991", BIRTH), "fylo": L("G", GENDER),
            "ethnikotita": "US", "tilefono": L(PHONE, TEL),
            "dieuthinsi": L(ATH_HOME["dieuthinsi"], ADDR), "orofos": L(ATH_HOME["orofos"], ADDR),
            "tk": L(ATH_HOME["tk"], COARSE), "poli": L(ATH_HOME["poli"], COARSE)}),
        case(f, f"{a}/v2/profil/forologika", headers=_h(rng, **b), body={
            "afm": L(AFM, NATID), "doy": "D.O.Y. A' Athinon", "amka": L(AMKA, NATID),
            "monimos_katoikos_nision": False}),
        multipart(f, f"{a}/v2/profil/taftotita", [
            ("eikona", "diavatirio.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("stoixeia", None, "application/json", {
                "typos": "diavatirio", "arithmos": L(PASSPORT, NATID), "xora_ekdosis": "USA",
                "lixi": "2031-03-02"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/limania", headers=_h(rng, **b), query={
            "q": L("naxo", SEARCH), "glossa": L("el", DEV)}),
        case(f, f"{a}/v2/dromologia", headers=_h(rng, **b), query={
            "apo": PIRAEUS["code"], "pros": NAXOS["code"], "imerominia": "2025-12-19",
            "epivates": "2", "oxima": "0"}),
        case(f, f"{a}/v2/kratiseis", headers=_h(rng, **b), body={
            "dromologio": "KF-PIR-NAX-0730", "ploio": "Aigaiaki Kyma", "thesi": "aeroplanou",
            "epivates": [
                {"onoma": L(FIRST, NAMEC), "eponymo": L(LAST, NAMEC),
                 "imerominia_gennisis": L("17/05/1991", BIRTH), "fylo": L("G", GENDER),
                 "arithmos_eggrafou": L(PASSPORT, NATID), "ekptosi": None},
                {"onoma": L(COMPANION[0].split()[0], NAMEC),
                 "eponymo": L(COMPANION[0].split()[1], NAMEC),
                 "imerominia_gennisis": L("11/02/1993", BIRTH), "fylo": L("G", GENDER),
                 "ekptosi": "foititiko"}],
            "email_epikoinonias": L(EMAIL, MAIL), "tilefono_epikoinonias": L(E164, TEL),
            "metadata": W({"pigi": "app", "syskevi": L(INSTALL_ID, DID), "ekdosi": APP.ver},
                          "json")}),
        at_path(case(f, f"{a}/v2/kratiseis/{KRATISI}/epivevaiosi", fmt="form",
                     headers=_h(rng, **b), body={
                         "kratisi": L(KRATISI, BUY), "poso": L("142.50", BUY),
                         "nomisma": "EUR", "methodos": L(opaque(rng, "pm_", 24), PAY),
                         "timologio": "1", "afm_timologiou": L(AFM, NATID),
                         "eponymia": L(NAME, NAMEC)}), KRATISI, BUY),
        at_path(case(f, f"{a}/v2/kratiseis/{KRATISI}/eisitiria", headers=_h(rng, **b)),
                KRATISI, BUY),
        raw(f, f"{a}/v2/eisitiria/epivivasi", board, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ploia/vsl_4471/thesi", headers=_h(rng, **b), query={
            "dromologio": "KF-PIR-NAX-0730"}),
        case(f, f"{a}/v2/metafores", headers=_h(rng, **b), query={
            "lat": L(f"{NAXOS_FIX[0]:.4f}", PRECISE), "lon": L(f"{NAXOS_FIX[1]:.4f}", PRECISE),
            "typos": "taxi"}),
        case(f, f"{a}/v2/xenodoxeia/kratisi", headers=_h(rng, **b), body={
            "xenodoxeio": {"onoma": HOTEL_NX["name"], "tilefono": HOTEL_NX["tel"],
                           "lat": HOTEL_NX["lat"], "lon": HOTEL_NX["lon"]},
            "afixi": "2025-12-19", "anaxorisi": "2025-12-22", "atoma": 2,
            "timi": L("186.00", BUY), "onoma_kratisis": L(NAME, NAMEC),
            "sxolia": L("We arrive on the late ferry, around 23:30", TEXT),
            "thesi_xristi": {"lat": nla, "lon": nlo}}),
        case(f, f"{a}/v2/kairos/thalassa", headers=_h(rng, **b), query={
            "lat": f"{NAXOS['lat']:.2f}", "lon": f"{NAXOS['lon']:.2f}", "meres": "3"}),
        case(f, f"{a}/v2/syntaxidiotes", headers=_h(rng, **b), body={
            "onoma": L(COMPANION[0].split()[0], NAMEC),
            "eponymo": L(COMPANION[0].split()[1], NAMEC), "tilefono": L("+306945550172", TEL),
            "imerominia_gennisis": L("11/02/1993", BIRTH)}),
        case(f, f"{a}/v2/axiologiseis", headers=_h(rng, **b), body={
            "kratisi": L(KRATISI, BUY), "vathmos": 4,
            "sxolio": L("Καθαρό πλοίο, αλλά 40 λεπτά καθυστέρηση στον Πειραιά", TEXT)}),
        at_path(case(f, f"{a}/v2/kratiseis/{KRATISI}/akyrosi", fmt="form",
                     headers=_h(rng, **b), body={
                         "eisitirio": L(TICKET, BUY), "epistrofi": L("71.25", BUY),
                         "aitia": L("Άλλαξαν τα σχέδιά μας, θα ταξιδέψουμε την Κυριακή", TEXT)}),
                KRATISI, BUY),
        case(f, f"{a}/v2/syndromi/play", headers=_h(rng, **b), body={
            "productId": L("kf_nisia_pass_12m", BUY), "orderId": L("GPA.3398-2218-4471-80917", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/eidopoiiseis/syskevi", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "syskevi_id": L(INSTALL_ID, DID),
            "montelo": L("Pixel 8", DEV), "ekdosi_os": L("Android 14", DEV),
            "glossa": L("el_GR", DEV), "zoni_oras": L("Europe/Athens", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "xristis": L(USER_ID, UID), "gegonota": [
                ev("kratisi_oloklirothike", 1, epivates=2), ev("epivivasi", 2),
                ev("othoni", 3, othoni=L("Eisitiria", USAGE))]}),
        case(f, f"{a}/v2/kratiseis/istoriko", headers=_h(rng, how="upper"),
             cookies={"kf_sess": L(opaque(rng, "", 40), CRED), "kf_lang": "el"}),
    ]


def kymaferry_sdks() -> list[Case]:
    rng = random.Random(5912)
    return [
        gl_batch(APP, rng, [("Ferry Searched", {"route": "PIR-NAX", "pax": 2}),
                            ("Booking Completed", {"value": L(142.5, BUY), "currency": "EUR"})],
                 at=ATH_HOME_AT, nd=2, tz="Europe/Athens", locale="el-GR", screen="Kratisi"),
        gl_identify(APP, rng, {"email": L(EMAIL, MAIL), "firstName": L(FIRST, NAMEC),
                               "city": L("Athina", COARSE), "language": L("el", DEV)}),
        sk_session(APP, rng, first=True),
        sk_event(APP, rng, "k4f2a1", {"route": "PIR-NAX", "pax": 2}, revenue="142.50",
                 currency="EUR", hashed=True),
        af_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PORT_FIX, nd=3, gdpr=True,
               ipgeo=("GRC", "I", "Athens", "10681")),
        sn_report(APP, rng, ("java.lang.IllegalStateException", "seat map not loaded"),
                  [sn_crumb("navigation", "Dromologia -> Kratisi"),
                   sn_crumb("request", "GET /v2/dromologia", {"status": 200})],
                  context="KratisiActivity", tz="Europe/Athens", locale="el_GR"),
        bk_register(APP, rng, tz="Europe/Athens", lang="el", tags={"limani": "PIR"}),
        ag_save(APP, rng, {"analytics": True, "ads": True}, country="GR", region="I",
                lang="el"),
        tf_card(APP, rng, zip_=ATH_HOME["tk"]),
        pw_geocode(APP, rng, "Kallidromiou 42", ADDR, near=ATH_HOME_AT, nd=3, lang="el"),
    ]
