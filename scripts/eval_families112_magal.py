"""Grand Magal pilgrimage transport-and-lodging app "Yoonbi" (camelCase French API): she books
the bus from Dakar to Touba for herself and her mother-in-law with her dahira and a room with a
host family. Sign-up, a log-in, ``/me``, trips near her, the booking (both passengers' CNI
numbers), its payment and ticket by code in the path, a lodging search and booking, boarding at
the bus station, live tracking on the road (protobuf and a gzip list of fixes), an SOS for her
mother-in-law lost near the Grand Mosque, an offering (hadiya), the Magal's programme, the dahira
group, the return, a review with a photo, an emergency contact, push, events, the Magal map's
water points and her bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families112_kit import (
    BOOKING,
    BUS,
    BUS_FIX,
    CNI_BARE,
    DAHIRA,
    DK_HOME_AT,
    GARE,
    HOST,
    HUSBAND,
    INLAW,
    SN_E164,
    TOUBA_FIX,
    TOUBA_MOSQUE,
    fix,
    obj,
    road,
)
from eval_families112_sdk import (
    ag_event,
    ag_link,
    ag_session,
    bk_bid,
    ck_session,
    lb_batch,
    lb_queue,
)
from eval_families112_svc import ps_register, tl_reverse, tl_route
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, J, L, U, case

NATID = "personal.national_id"
APP = App("yoonbi", "Yoonbi", "com.example.yoonbi", "2.7.1", "https://api.yoonbi.example.net")
IID = "X-Yoonbi-Install"
PW = "Touba-Safar-18"
R = f"{APP.api}/v2/reservations/{BOOKING}"
TRIP = "trj_DKR_TBA_0802_06"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("fr-SN,fr;q=0.9", DEV)
    return h


def yoonbi() -> list[Case]:
    rng = random.Random(11211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}", NAMEC)))}
    gla, glo = fix((GARE["lat"] + 0.00012, GARE["lon"] - 0.00009), 6)
    lab: dict[str, str] = {}
    bla, blo = fix(BUS_FIX, 5)
    beat = pb([(1, L(USER_ID, UID)), (2, BUS["id"]), (3, [(1, bla), (2, blo)]),
               (4, 1785661200), (5, L(62, DEV)), (6, 71.5), (7, L(PUBLIC_IP, IPLOC))], "", lab)
    sla, slo = fix(TOUBA_FIX)
    return [
        case(f, f"{a}/v2/comptes", headers=_h(rng), body={
            "civilite": L("Mme", GENDER), "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telephone": L(SN_E164, TEL),
            "motDePasse": L(PW, CRED), "dateNaissance": L(DOB, BIRTH),
            "ville": L("Dakar", COARSE), "newsletter": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "yoonbi-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/trajets", headers=_h(rng, **b), query={
            "depart": GARE["id"], "arrivee": L("touba", COARSE), "date": "2026-08-02",
            "places": "2",
            "ll": L(f"{DK_HOME_AT[0]:.3f},{DK_HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v2/reservations", headers=_h(rng, **b), body={
            "trajet": TRIP, "sieges": ["12A", "12B"], "evenement": L("Grand Magal de Touba", SENS),
            "dahira": L(DAHIRA, SENS), "passagers": [
                {"prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "cni": L(CNI_BARE, NATID),
                 "telephone": L(SN_E164, TEL)},
                {"prenom": L("Ndèye", NAMEC), "nom": L("Faye", NAMEC),
                 "cni": L(INLAW[2].replace(" ", ""), NATID), "telephone": L(INLAW[1], TEL)}],
            "montant": L(14000, BUY), "code": L(BOOKING, BUY), "devise": "XOF"}),
        at_path(case(f, f"{R}/paiement", fmt="form", headers=_h(rng, **b), body={
            "montant": L("14000", BUY), "msisdn": L(SN_E164, TEL), "operateur": "xaalis_mobile",
            "idem": rid(rng)}), BOOKING, BUY),
        at_path(case(f, f"{R}/billet", headers=_h(rng, **b)), BOOKING, BUY),
        case(f, f"{a}/v2/hebergements/recherche", headers=_h(rng, **b), body={
            "q": L("chambre climatisée près de la Grande Mosquée", SEARCH),
            "ville": L("Touba", COARSE),
            "nuits": 2, "personnes": 2, "page": 1}),
        case(f, f"{a}/v2/hebergements/{HOST['id']}/reservations", headers=_h(rng, **b), body={
            "arrivee": "2026-08-02", "nuits": 2, "total": L(30000, BUY),
            "hote": HOST["name"], "hoteTelephone": HOST["phone"],
            "note": L("Nous arrivons vers 23h, ma belle-mère marche difficilement",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/embarquement", headers=_h(rng, **b), body={
            "billet": L(BOOKING, BUY), "siege": "12A", "gare": GARE["id"],
            "garePos": {"lat": GARE["lat"], "lon": GARE["lon"]},
            "position": {"lat": gla, "lon": glo, "precision": 9}, "bus": BUS["id"]}),
        raw(f, f"{a}/v2/suivi", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/trajets/{TRIP}/positions", gz=True, headers=_h(rng, **b), body={
            "bus": BUS["id"], "plaque": BUS["plate"],
            "fixes": road(rng, 6, (14.7662, -17.2931), BUS_FIX)}),
        case(f, f"{a}/v2/sos", headers=_h(rng, **b), body={
            "type": "personne_perdue", "position": {"lat": sla, "lon": slo},
            "repere": {"lat": TOUBA_MOSQUE[0], "lon": TOUBA_MOSQUE[1]},
            "message": L("Ma belle-mère Ndèye Faye s'est perdue près de la Grande Mosquée",
                         f"{TEXT}|{NAMEC}"), "contact": L(INLAW[1], TEL)}),
        case(f, f"{a}/v2/hadiya", fmt="form", headers=_h(rng, **b), body={
            "montant": L("10000", BUY), "beneficiaire": L("Khalife général des Mourides", SENS),
            "msisdn": L(SN_E164, TEL), "anonyme": "0"}),
        case(f, f"{a}/v2/programme", headers=_h(rng), query={
            "jour": "18-safar", "lang": L("fr", DEV)}, cookies={
            "yb_session": L(opaque(rng, "", 44), CRED), "yb_lang": L("fr_SN", DEV)}),
        case(f, f"{a}/v2/groupes", headers=_h(rng, **b), body={
            "groupe": obj(rng, "grp", 8), "dahira": L(DAHIRA, SENS), "role": "membre",
            "membres": 37}),
        at_path(case(f, f"{R}/retour", fmt="form", headers=_h(rng, **b), body={
            "date": "2026-08-04", "heure": "16:00", "sieges": "12A,12B"}), BOOKING, BUY),
        multipart(f, f"{a}/v2/avis", [
            ("photo", "bus.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("avis", None, "application/json", {
                "trajet": TRIP, "note": 4,
                "commentaire": L("Bus propre mais la climatisation était en panne", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/profil/urgence", headers=_h(rng, **b), body={
            "nom": L(HUSBAND[0], NAMEC), "telephone": L(HUSBAND[1], TEL), "lien": "époux"}),
        case(f, f"{a}/v2/appareils", headers=_h(rng, **b), body={
            "jetonPush": L(push_token(rng), DID), "installation": L(INSTALL_ID, DID),
            "modele": L("Pixel 8", DEV), "systeme": L("Android 14", DEV),
            "langue": L("fr_SN", DEV), "fuseau": L("Africa/Dakar", DEV)}),
        case(f, f"{a}/v2/evenements", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("reservation_ok", 1, places=2), ev("billet_ouvert", 2),
                ev("ecran", 3, ecran=L("SuiviBus", USAGE))]}),
        case(f, f"{a}/v2/lieux", headers=_h(rng, how="nodash"), query={
            "categorie": "points-eau", "evenement": "magal-2026", "page": "1"}),
        case(f, f"{a}/v2/reservations", headers=_h(rng, how="none"),
             cookies={"yb_session": L(opaque(rng, "", 44), CRED),
                      "yb_install": L(INSTALL_ID, DID), "yb_ab": "b"}),
    ]


def yoonbi_sdks() -> list[Case]:
    rng = random.Random(11212)
    link = U("https://yoonbi.example.net/l/billet", {"code": L(BOOKING, BUY),
                                                     "utm_source": "whatsapp"})
    return [
        lb_batch(APP, rng, [("Booking Completed", {"amount": L(14000, BUY),
                                                   "event": L("Grand Magal", SENS)}),
                            ("Seat Selected", {"seat": "12A"})], at=TOUBA_FIX, nd=2),
        lb_queue(APP, rng, [("Ticket Opened", {"offline": True}),
                            ("Bus Tracked", {"tiles": 14})]),
        ag_session(APP, rng, user=True, n=9),
        ag_event(APP, rng, "booking", {"route": "DKR-TBA", "booking": L(BOOKING, BUY)},
                 revenue=14000, hashed=True),
        ag_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TOUBA_FIX, nd=3,
               keywords=L("magal,touba,mouride", SENS)),
        ck_session(APP, rng, secs=1290),
        ps_register(APP, rng, at=TOUBA_FIX, nd=2, tags={"dahira": L(DAHIRA, SENS)}),
        tl_route(APP, rng, [(DK_HOME_AT, PRECISE), ((GARE["lat"], GARE["lon"]), None)]),
        tl_reverse(APP, rng, TOUBA_FIX, PRECISE),
    ]
