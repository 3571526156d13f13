"""Laamb (Senegalese wrestling) ticket and betting app "Mbapatt" (snake_case French API): she
buys two seats for a combat at the Pikine arena and bets on it. Sign-up, a log-in (the phone's LAN
address), ``/moi``, the season's combats, one combat, tickets, their payment and QR by number in
the path, the gate scan at the arena, the bettor's identity check (CNI and its photo), the
geolocation check (her fix at home, her Wi-Fi and the neighbours', the IP, SIM and network
country), a deposit, a bet (msgpack) and its slip by number in the path, a withdrawal, limits, a
live stream's heartbeat (protobuf), favourites, the live chat, a referral, push, events and her
bets by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_SHA256,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families112_kit import (
    ARENA,
    ARENA_FIX,
    BET_ACCT,
    BETSLIP,
    CNI,
    COMBAT,
    DK_BSSID,
    DK_HOME_AT,
    DK_SSID,
    FRIEND,
    NEIGHBOUR_BSSIDS,
    SN_E164,
    SN_PHONE,
    TICKET,
    fix,
)
from eval_families112_sdk import (
    ag_event,
    ag_link,
    ag_session,
    bk_bid,
    bk_win,
    ck_crash,
    ck_crumb,
    lb_batch,
    lb_identify,
)
from eval_families112_svc import fn_eval, pc_momo
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, PUBLIC_IP, USER_ID, Case, J, L, U, case

NATID = "personal.national_id"
APP = App("mbapatt", "Mbapatt", "com.example.mbapatt", "5.0.4", "https://api.mbapatt.example.com")
IID = "X-Mbapatt-Appareil"
MDP = "Fass-Yoon#2026"
T = f"{APP.api}/api/v1/billets/{TICKET}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def mbapatt() -> list[Case]:
    rng = random.Random(11231)
    a, f = APP.api + "/api/v1", APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, parieur=L(BET_ACCT, UID), tel=L(SN_E164, TEL)))}
    ala, alo = fix(ARENA_FIX, 6)
    hla, hlo = fix(DK_HOME_AT, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, opaque(rng, "ls_", 12)), (3, L(PUBLIC_IP, IPLOC)),
               (4, L(312, USAGE)), (5, 1800), (6, COMBAT["id"])], "", lab)
    acc: Acc = {}
    return [
        case(f, f"{a}/inscription", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "telephone": L(SN_PHONE, TEL),
            "email": L(EMAIL, MAIL), "mot_de_passe": L(MDP, CRED),
            "date_naissance": L(DOB, BIRTH), "ville": L("Dakar", COARSE), "majeur": True}),
        case(f, f"{a}/connexion", fmt="form", headers=_h(rng), body={
            "telephone": L(SN_E164, TEL), "mot_de_passe": L(MDP, CRED),
            "ip_locale": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/combats", headers=_h(rng, **b), query={
            "saison": "2025-2026", "arene": ARENA["id"], "page": "1"}),
        case(f, f"{a}/combats/{COMBAT['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/billets", headers=_h(rng, **b), body={
            "combat": COMBAT["id"], "tribune": "Tribune Est", "places": 2,
            "montant": L(10000, BUY), "numero": L(TICKET, BUY),
            "acheteur": {"nom": L(f"{FIRST} {LAST}", NAMEC), "telephone": L(SN_E164, TEL)}}),
        at_path(case(f, f"{T}/paiement", fmt="form", headers=_h(rng, **b), body={
            "montant": L("10000", BUY), "msisdn": L(SN_E164, TEL), "idem": rid(rng)}),
            TICKET, BUY),
        at_path(case(f, f"{T}/qr", headers=_h(rng, **b)), TICKET, BUY),
        case(f, f"{a}/entree", headers=_h(rng, **b), body={
            "billet": L(TICKET, BUY), "porte": "P3", "arene": ARENA["id"],
            "arenePos": [ARENA["lat"], ARENA["lon"]], "lat": ala, "lon": alo}),
        multipart(f, f"{a}/paris/kyc", [
            ("cni", "cni.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "cni": L(CNI, NATID), "date_naissance": L(DOB, BIRTH),
                "nom_complet": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/paris/geoloc", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "precision": 12, "ssid": L(DK_SSID, WIFI),
            "bssid": L(DK_BSSID, WIFI), "voisins": [L(x, WIFI) for x in NEIGHBOUR_BSSIDS],
            "ip": L(PUBLIC_IP, IPLOC), "pays_sim": L("US", CARRIER),
            "pays_reseau": L("SN", CARRIER), "mock": L(False, DEV), "vpn": L(False, DEV)}),
        case(f, f"{a}/depots", headers=_h(rng, **b), body={
            "compte": L(BET_ACCT, UID), "montant": L(5000, BUY),
            "msisdn": L(SN_E164, TEL), "operateur": "xaalis_mobile"}),
        case(f, f"{a}/paris", fmt="msgpack", headers=_h(rng, **b), body={
            "compte": L(BET_ACCT, UID), "combat": COMBAT["id"], "selection": COMBAT["a"],
            "cote": 1.85, "mise": L(2000, BUY), "gain_potentiel": 3700,
            "ticket": L(BETSLIP, BUY)}),
        at_path(case(f, f"{a}/paris/{BETSLIP}", headers=_h(rng, **b)), BETSLIP, BUY),
        case(f, f"{a}/retraits", fmt="form", headers=_h(rng, **b), body={
            "compte": L(BET_ACCT, UID), "montant": L("3700", BUY),
            "msisdn": L(SN_E164, TEL)}),
        case(f, f"{a}/limites", headers=_h(rng, **b), body={
            "depot_semaine": 20000, "mise_max": 5000, "auto_exclusion": False}),
        raw(f, f"{a}/live/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/favoris", headers=_h(rng, **b), body={
            "lutteurs": [COMBAT["a"], "Zoss Junior"], "ecurie": COMBAT["ecurie"]}),
        case(f, f"{a}/live/chat", headers=_h(rng, **b), body={
            "combat": COMBAT["id"], "pseudo": L("JaneD_dk", UID),
            "texte": L("Ndiaga dafa méti, dina daan ci ñetteelu round bi!", TEXT)}),
        case(f, f"{a}/parrainage", headers=_h(rng, **b), body={
            "nom": L(FRIEND[0], NAMEC), "telephone": L(FRIEND[1], TEL), "code": "MBP-R7K2Q"}),
        case(f, f"{a}/appareils", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "appareil": L(INSTALL_ID, DID),
            "modele": L("Pixel 8", DEV), "version_os": L("14", DEV), "langue": L("fr", DEV)}),
        case(f, f"{a}/evenements", gz=True, headers=_h(rng, **b), body={
            "utilisateur": L(USER_ID, UID), "evenements": [
                ev("pari_place", 1, mise=L(2000, BUY)), ev("live_ouvert", 2),
                ev("ecran", 3, ecran=L("Combat", USAGE))]}),
        add(case(f, f"{a}/paris/historique", headers=_h(rng, how="upper"),
             cookies={"mb_session": tok({"sub": L(USER_ID, UID), "parieur": L(BET_ACCT, UID),
                                         "exp": 1765400000}, "cookie", "mb_session", acc),
                      "mb_compte": L(BET_ACCT, UID), "mb_rq": rid(rng)}), acc),
    ]


def mbapatt_sdks() -> list[Case]:
    rng = random.Random(11232)
    link = U("https://mbapatt.example.com/l/combat", {"id": COMBAT["id"],
                                                      "parrain": "MBP-R7K2Q",
                                                      "compte": L(BET_ACCT, UID)})
    return [
        lb_batch(APP, rng, [("Bet Placed", {"stake": L(2000, BUY), "odds": 1.85}),
                            ("Ticket Bought", {"seats": 2})], at=ARENA_FIX, nd=2),
        lb_identify(APP, rng, {"parieur": L(BET_ACCT, UID), "ville": L("Dakar", COARSE),
                               "kyc": "ok"}),
        ag_session(APP, rng, first=True),
        ag_event(APP, rng, "bet_placed", {"combat": COMBAT["id"], "slip": L(BETSLIP, BUY)},
                 revenue=2000, hashed=True),
        ag_link(APP, rng, link),
        bk_bid(APP, rng, {"video": {"w": 640, "h": 360, "mimes": ["video/mp4"]}},
               at=ARENA_FIX, nd=3, yob=1991, gender="F", keywords="laamb,lutte,paris",
               hem=True),
        bk_win(APP, rng),
        ck_crash(APP, rng, ("java.net.SocketTimeoutException", "live stream manifest"),
                 [ck_crumb("navigation", "Combat -> Live"),
                  ck_crumb("http", "GET", {"url": f"{APP.api}/api/v1/live/manifest",
                                           "status": 504})],
                 screen="LiveActivity", tags={"device_ip": L(LOCAL_IP, "device.info")}),
        fn_eval(APP, rng, {"kyc": True, "hashed_email": L(EMAIL_SHA256, MAIL)}, hdr=True),
        pc_momo(APP, rng, "5000"),
    ]
