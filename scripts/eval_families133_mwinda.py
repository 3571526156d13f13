"""A generator-electricity subscription app "Mwinda" (a neighbourhood generator operator at the
central market) for her stall: subscription, SMS code, her subscriber record by number in the
path, sites near the stall, the socket's installation at the stall, a bill paid by mobile money,
consumption, an outage report with a photo and its follow-up (msgpack), a fuel contribution, a
meter photo, the socket's smart-plug telemetry (protobuf), a transfer to her assistant, a
referral, a call-back request, notification settings, push, events and a cookie GET."""

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
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families133_kit import (
    GEN_SITE,
    SOCKET,
    STALL,
    STALL_AT,
    SUBSCRIBER,
    fix,
    kin_head,
    obj,
)
from eval_families133_sdk import (
    bs_bid,
    bs_win,
    fl_session,
    st_event,
    st_session,
    tally_batch,
    tally_traits,
)
from eval_families133_svc import ab_save, ak_register, cb_search, gw_flags, hc_message, pm_momo
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("mwinda", "Mwinda", "com.example.mwinda", "1.6.3", "https://api.mwinda.example.net")
IID = "X-Mwinda-Device"
WIFI = "location.wifi"
ASSISTANT = ("Grâce Mbala", "+243895550156")  # her assistant, who takes the subscription over
NEIGHBOUR = ("Papa Nsimba Tekila", "+243975550188")  # the stall next door, referred by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return kin_head(APP, rng, IID, how, **kw)


def mwinda() -> list[Case]:
    rng = random.Random(13313)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, abonne=L(SUBSCRIBER, UID), tel=L(E164, TEL)))}
    sla, slo = fix(STALL_AT, 6)
    bill, outage = obj(rng, "fac", 8), obj(rng, "pan", 8)
    lab: dict[str, str] = {}
    plug = pb([(1, L(SUBSCRIBER, UID)), (2, SOCKET), (3, 1765404300), (4, 412.5), (5, 3.1),
               (6, GEN_SITE["id"])], "", lab)
    me = at_path(case(f, f"{a}/v1/abonnes/{SUBSCRIBER}", headers=_h(rng, extra=jw)),
                 SUBSCRIBER, UID)
    return [
        case(f, f"{a}/v1/abonnes", headers=_h(rng), body={
            "nom": L(NAME, NAMEC), "telephone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "adresse": L(STALL, ADDR), "commune": L("Gombe", COARSE),
            "numero_abonne": L(SUBSCRIBER, UID), "formule": "2A eclairage+congelateur",
            "mensuel": L("45", BUY), "devise": "USD", "site": GEN_SITE["id"]}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "telephone": L(PHONE, TEL), "code": L("550912", CRED)}),
        me,
        case(f, f"{a}/v1/sites", headers=_h(rng, **b), query={
            "lat": L(f"{STALL_AT[0]:.4f}", PRECISE), "lon": L(f"{STALL_AT[1]:.4f}", PRECISE),
            "rayon_m": "300"}),
        case(f, f"{a}/v1/abonnes/{SUBSCRIBER}/prise", headers=_h(rng, **b), body={
            "prise": SOCKET, "site": GEN_SITE, "installation": {"lat": sla, "lon": slo},
            "cable_m": 35, "technicien": "tec_0441"}),
        case(f, f"{a}/v1/factures/{bill}/payer", fmt="form", headers=_h(rng, **b), body={
            "montant": L("45", BUY), "devise": "USD", "mois": "2025-12",
            "msisdn": L(E164, f"{TEL}|{PAY}"), "ref": rid(rng)}),
        case(f, f"{a}/v1/consommation", headers=_h(rng, how="nodash", **b), query={
            "abonne": L(SUBSCRIBER, UID), "mois": "2025-11"}),
        multipart(f, f"{a}/v1/pannes", [
            ("photo", "prise_brulee.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("panne", None, "application/json", {
                "id": outage, "abonne": L(SUBSCRIBER, UID), "lat": sla, "lon": slo,
                "description": L("Plus de courant depuis 14h, la prise a fondu", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pannes/{outage}/suivi", fmt="msgpack", headers=_h(rng, **b), body={
            "note": 2, "commentaire": L("Réparé le lendemain seulement, congélateur perdu", TEXT),
            "abonne": L(SUBSCRIBER, UID)}),
        case(f, f"{a}/v1/carburant/contributions", headers=_h(rng, **b), body={
            "site": GEN_SITE["id"], "montant": L("10", BUY), "litres_site": 200,
            "prix_litre": "1.65"}),
        multipart(f, f"{a}/v1/compteur/releves", [
            ("photo", "compteur.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("releve", None, "application/json", {"kwh": 318.4, "prise": SOCKET})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/prises/{SOCKET}/telemetrie", plug, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/abonnes/{SUBSCRIBER}/transfert", headers=_h(rng, **b), body={
            "nouveau_titulaire": {"nom": L(ASSISTANT[0], NAMEC),
                                  "telephone": L(ASSISTANT[1], TEL)},
            "date": "2026-01-01", "motif": L("Je rentre aux États-Unis en janvier", TEXT)}),
        case(f, f"{a}/v1/parrainages", fmt="form", headers=_h(rng, **b), body={
            "nom": L(NEIGHBOUR[0], NAMEC), "telephone": L(NEIGHBOUR[1], TEL),
            "etal": "allée C, étal 15"}),
        case(f, f"{a}/v1/support/rappel", headers=_h(rng, **b), body={
            "telephone": L(NATIONAL, TEL), "creneau": "08:00-10:00",
            "sujet": L("Facture de novembre comptée deux fois", TEXT)}),
        case(f, f"{a}/v1/prises/{SOCKET}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "psk": L("ZandoWax2025", CRED),
            "phone_ip": L(LOCAL_IP, DEV), "plug_mac": "5c:cf:7f:a2:10:3e", "band": "2.4"}),
        case(f, f"{a}/v1/notifications/preferences", fmt="form", headers=_h(rng, **b), body={
            "coupures": "true", "factures": "true", "promo": "false"}),
        case(f, f"{a}/v1/appareils", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "appareil": L(INSTALL_ID, DID),
            "langue": L("fr_CD", DEV), "modele": L("Pixel 8", DEV),
            "reseau": L("2g", DEV)}),
        case(f, f"{a}/v1/evenements", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("facture_payee", 1), ev("panne_signalee", 2),
                ev("ecran", 3, ecran=L("Consommation", USAGE))]}),
        case(f, f"{a}/v1/solde", headers=_h(rng, how="none"),
             cookies={"mw_session": L(opaque(rng, "", 40), CRED),
                      "mw_device": L(INSTALL_ID, DID), "mw_site": GEN_SITE["id"]}),
    ]


def mwinda_sdks() -> list[Case]:
    rng = random.Random(13314)
    return [
        st_session(APP, rng, first=True),
        st_event(APP, rng, "bill_paid", {"month": "2025-12"}, revenue=45.0, hashed=True),
        tally_batch(APP, rng, [("Bill Paid", {"amount": L(45.0, BUY)}),
                               ("Outage Reported", {"hours": 20})], at=STALL_AT, nd=2,
                    adid=True),
        tally_traits(APP, rng, {"abonne": L(SUBSCRIBER, UID), "commune": L("Gombe", COARSE)}),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STALL_AT, nd=3),
        bs_win(APP, rng),
        fl_session(APP, rng, secs=230),
        gw_flags(APP, rng, {"site": GEN_SITE["id"]}, hdr=True),
        ak_register(APP, rng, tags={"site": GEN_SITE["id"], "commune": L("Gombe", COARSE)}),
        ab_save(APP, rng, {"analytics": True, "ads": True}),
        pm_momo(APP, rng, "45", "USD", reason="mwinda 2025-12"),
        cb_search(APP, rng, STALL, ADDR, near=STALL_AT, nd=3),
        hc_message(APP, rng, L("Coupure à l'étal 14 depuis hier", TEXT),
                   {"abonne": L(SUBSCRIBER, UID)}),
    ]
