"""Wax-print fabric wholesaler "Kitoko Wax" (Kinshasa, Limete depot) whose API keys are Lingala:
she buys bales of wax prints for her stall at the central market. Sign-up (``nkombo`` name,
``nkombo_ya_libota`` family name, ``nimero_ya_telefone`` phone, ``esika_ya_kofanda`` address,
``komine`` commune, ``kalati_ya_kopona`` voter card number, ``mokolo_ya_kobotama`` birth date,
``liloba_ya_sekele`` password, ``mobali`` husband), log-in and code, ``/ngai``, her shop, a
search, a basket, an order delivered to the stall, mobile-money payment, status by number in
the path, the delivery point (msgpack), a defect photo, a chat with the depot, trade credit with
her voter card, a shop assistant added, an invoice, push, events and a cookie GET."""

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
    DIGITS,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MCCMNC,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families133_kit import (
    DEPOT,
    DOB_FR,
    HUSBAND,
    KIN_HOME,
    KIN_HOME_AT,
    ROAM_MCCMNC,
    ROAM_NET,
    SKUS,
    STALL,
    STALL_AT,
    VOTER,
    fix,
    kin_head,
    obj,
)
from eval_families133_sdk import (
    bs_bid,
    fl_crash,
    fl_crumb,
    st_event,
    st_session,
    tally_batch,
    tally_traits,
)
from eval_families133_svc import ak_register, cb_search, gw_flags, pm_momo
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("kitoko", "KitokoWax", "com.example.kitokowax", "3.8.2",
          "https://api.kitokowax.example.net")
IID = "X-Kitoko-Device"
SEKELE = "Elamba!Zando2025"
NATID = "personal.national_id"
KOMANDE = "KW-C-2512-07731"  # her order (financial.purchase)
ASSISTANT = ("Grâce Mbala", "+243895550156")  # her shop assistant, typed by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return kin_head(APP, rng, IID, how, **kw)


def kitoko() -> list[Case]:
    rng = random.Random(13301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefone=L(E164, TEL), nkombo=L(NAME, NAMEC)))}
    sla, slo = fix(STALL_AT, 5)
    status = at_path(case(f, f"{a}/v1/komande/{KOMANDE}/nzela", headers=_h(rng, **b)),
                     KOMANDE, BUY)
    basket = [{"sku": s, "motango": q, "ntalo": p}
              for s, q, p in zip(SKUS, (4, 2, 1, 3), ("38.00", "41.50", "72.00", "36.00"),
                                 strict=True)]
    return [
        case(f, f"{a}/v1/basombi", headers=_h(rng), body={
            "nkombo": L(FIRST, NAMEC), "nkombo_ya_libota": L(LAST, NAMEC),
            "nimero_ya_telefone": L(PHONE, TEL), "imeli": L(EMAIL, MAIL),
            "liloba_ya_sekele": L(SEKELE, CRED), "mokolo_ya_kobotama": L(DOB_FR, BIRTH),
            "kalati_ya_kopona": L(VOTER, NATID),
            "esika_ya_kofanda": L(KIN_HOME["line"], ADDR),
            "komine": L(KIN_HOME["commune"], COARSE), "engumba": L("Kinshasa", COARSE),
            "mobali": {"nkombo": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL)},
            "ndakisa_ya_mosala": "mobongo ya bilamba"}),
        case(f, f"{a}/v1/kokota", fmt="form", headers=_h(rng), body={
            "telefone": L(E164, TEL), "liloba_ya_sekele": L(SEKELE, CRED),
            "kobomba": "true"}),
        case(f, f"{a}/v1/kokota/code", fmt="form", headers=_h(rng), body={
            "telefone": L(DIGITS, TEL), "code": L("608214", CRED), "nonce": rid(rng)}),
        case(f, f"{a}/v1/ngai", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/butiki", headers=_h(rng, **b), body={
            "nkombo_ya_butiki": L("Wax ya Maman Jane Doe", f"{TEXT}|{NAMEC}"),
            "esika": L(STALL, ADDR), "komine": L("Gombe", COARSE), "lat": sla, "lon": slo,
            "rccm": "CD/KNG/RCCM/24-A-01873", "mokolo_ya_kofungola": "2024-02-01"}),
        case(f, f"{a}/v1/bilamba", headers=_h(rng, **b), query={
            "boluki": L("super wax bleu ya ndeke", SEARCH), "depot": DEPOT["id"],
            "page": "1", "motango": "20"}),
        case(f, f"{a}/v1/bilamba/{SKUS[1]}", headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/v1/depots", headers=_h(rng, **b), query={
            "lat": L(f"{KIN_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{KIN_HOME_AT[1]:.3f}", PRECISE),
            "radius_km": "15"}),
        case(f, f"{a}/v1/panier", headers=_h(rng, **b), body={
            "biloko": basket, "depot": DEPOT["id"], "mbongo_nyonso": L("426.00", BUY),
            "mbongo_ya_botindi": L("15.00", BUY), "devise": "USD"}),
        case(f, f"{a}/v1/komande", headers=_h(rng, **b), body={
            "komande": L(KOMANDE, BUY), "mbongo_nyonso": L("441.00", BUY), "depot": DEPOT,
            "botindi": {"esika": L(STALL, ADDR), "komine": L("Gombe", COARSE),
                        "telefone_ya_moyambi": L(E164, TEL)},
            "lifuti": "mobile_money", "mokolo_ya_botindi": "2025-12-12"}),
        case(f, f"{a}/v1/lifuti", fmt="form", headers=_h(rng, **b), body={
            "komande": L(KOMANDE, BUY), "mbongo": L("441.00", BUY), "devise": "USD",
            "msisdn": L(E164, f"{TEL}|{PAY}"), "reseau": "mbote_money", "ref": rid(rng)}),
        status,
        case(f, f"{a}/v1/komande/{KOMANDE}/moyambi", fmt="msgpack", headers=_h(rng, **b),
             body={"lat": L(STALL_AT[0], PRECISE), "lon": L(STALL_AT[1], PRECISE),
                   "moyambi": {"nkombo": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL)},
                   "ts": 1765402100}),
        multipart(f, f"{a}/v1/bilamba/mabe", [
            ("elilingi", "elamba.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("makambo", None, "application/json", {
                "sku": SKUS[2], "komande": L(KOMANDE, BUY),
                "nsango": L("Elamba oyo ezali na mabe, langi ebimi", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nsango", headers=_h(rng, **b), body={
            "depot": DEPOT["id"], "thread": obj(rng, "th"),
            "text": L(f"Tinda bilamba na {STALL} liboso ya 10h", f"{TEXT}|{ADDR}")}),
        multipart(f, f"{a}/v1/kredi", [
            ("kalati_liboso", "kalati1.jpg", "image/jpeg", L(JPEG + b"\x14", f"{MEDIA}|{NATID}")),
            ("kalati_nsima", "kalati2.jpg", "image/jpeg", L(JPEG + b"\x15", f"{MEDIA}|{NATID}")),
            ("mokanda", None, "application/json", {
                "kalati_ya_kopona": L(VOTER, NATID), "mokolo_ya_kobotama": L(DOB, BIRTH),
                "nkombo": L(NAME, NAMEC), "esika_ya_kofanda": L(KIN_HOME["line"], ADDR),
                "quartier": L(KIN_HOME["quartier"], COARSE), "mbongo_elingami": "1500"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/butiki/basali", headers=_h(rng, **b), body={
            "nkombo": L(ASSISTANT[0], NAMEC), "telefone": L(ASSISTANT[1], TEL),
            "makoki": ["kosomba", "kotala_stock"]}),
        case(f, f"{a}/v1/fakture", fmt="form", headers=_h(rng, **b), body={
            "komande": L(KOMANDE, BUY), "imeli": L(EMAIL_UPPER, MAIL), "nkombo": L(NAME, NAMEC),
            "format": "pdf"}),
        case(f, f"{a}/v1/bilamba/bolingo", headers=_h(rng, **b), body={
            "skus": SKUS[:3], "depot": DEPOT["id"]}),
        case(f, f"{a}/v1/appareils", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "appareil": L(INSTALL_ID, DID),
            "lokota": L("ln", DEV), "ntango": L("Africa/Kinshasa", DEV),
            "modele": L("Pixel 8", DEV), "android": L("14", DEV)}),
        case(f, f"{a}/v1/mayele", gz=True, headers=_h(rng, **b), body={
            "mosaleli": L(USER_ID, UID), "makambo": [
                ev("komande_esilisi", 1, motango=10), ev("boluki", 2),
                ev("ecran", 3, ecran=L("Panier", USAGE))]}),
        case(f, f"{a}/v1/diag/reseau", fmt="form", headers=_h(rng, **b), body={
            "ip_publique": L(PUBLIC_IP, "location.ip"), "ip_locale": L(LOCAL_IP, DEV),
            "reseau": L(ROAM_NET, "location.carrier"),
            "mcc_mnc": L(ROAM_MCCMNC, "location.carrier"), "sim": L(MCCMNC, "location.carrier"),
            "wifi": L(SSID, "location.wifi"), "latence_ms": "412", "serveur": "198.51.100.20"}),
        case(f, f"{a}/v1/points", headers=_h(rng, how="none"),
             cookies={"kw_session": L(opaque(rng, "", 40), CRED),
                      "kw_device": L(INSTALL_ID, DID), "kw_lang": L("ln", DEV)}),
    ]


def kitoko_sdks() -> list[Case]:
    rng = random.Random(13302)
    return [
        st_session(APP, rng, first=True),
        tally_batch(APP, rng, [("Order Placed", {"total": L(441.0, BUY), "bales": 10}),
                               ("Search", {"q": L("super wax bleu ya ndeke", SEARCH)})],
                    at=STALL_AT, nd=2),
        tally_traits(APP, rng, {"komine": L("Ngaliema", COARSE), "segment": "detaillant",
                                "telefone": L(E164, TEL)}),
        st_event(APP, rng, "purchase", {"order": L(KOMANDE, BUY), "depot": DEPOT["id"]},
                 revenue=441.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STALL_AT, nd=3,
               keywords="wax,pagne,tissu"),
        fl_crash(APP, rng, ("java.lang.IllegalStateException", "basket sync conflict"),
                 [fl_crumb("nav", "Bilamba -> Panier"),
                  fl_crumb("net", "POST", {"url": f"{APP.api}/v1/panier", "status": 409})],
                 screen="PanierActivity"),
        gw_flags(APP, rng, {"komine": L("Gombe", COARSE), "buyerTier": "gold"}),
        ak_register(APP, rng, tags={"depot": DEPOT["id"], "komine": L("Gombe", COARSE)},
                    lang="ln"),
        pm_momo(APP, rng, "441.00", "USD", reason=L(KOMANDE, BUY)),
        cb_search(APP, rng, "Limete Industriel", SEARCH, near=STALL_AT, nd=4),
    ]
