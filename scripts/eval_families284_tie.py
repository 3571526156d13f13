"""A private road association's app "Tiekunta" (the owners along Lapinpolku keep the 2.3 km
gravel road, its bridge and its snow ploughing together; fees are set by each property's share
of units). Its API's keys are Meänkieli, ASCII-folded, snake_case, with English ``id``,
``email``, ``token``: ``nimi`` full name, ``email``, ``mopiili`` mobile number, ``salasana``
password, ``kiinteisto`` property (its designation), ``omistaja``/``omistajat`` owner(s),
``osuus`` share, ``yksikot`` units, ``tiemaksu`` road fee, ``lasku`` invoice, ``summa``
amount, ``maksu``/``maksettu`` payment, ``pankkitili`` bank account, ``auraus`` ploughing,
``hiekoitus`` gritting, ``portti`` gate, ``koodi`` code, ``kokous`` meeting, ``aanestys`` vote,
``valtakirja`` proxy, ``silta`` bridge, ``vaurio`` damage, ``hallitus`` board, ``talkoot``
volunteer work, ``paikka``/``lat``/``lon``, ``viesti`` message, ``kuva`` photo: joining with the
property designation, an e-mail code, ``/mie``, the year's fee by member account in the path, its
payment, the payout account for her husband's ploughing, a ploughing request from her driveway
(4 decimals), gritting, the gate code changed, a bridge-damage report with her fix and a photo,
the meeting's agenda, a vote with a proxy for her mother-in-law, the minutes (PDF), the owners
list, volunteer road work, a heavy-transport permit for the timber lorry, a message to the
board, the property's share by cookie (base64 JSON), push and events. The grep found no road
association, private road or road maintenance kind; residents' and building associations exist
(set 151's) and are another kind."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims
from eval_families284_kit import (
    BRIDGE_AT,
    BRIDGE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PROPERTY,
    ROAD,
    ROAD_MEMBER,
    SE_ACCOUNT,
    fix,
    hd,
    push,
)
from eval_families284_sdk import bl_bid, bl_notice, jr_launch, kc_crash, kc_crumb, lp_batch
from eval_families284_svc import ck_check, fj_eval, ht_message, kp_card, kp_confirm, pr_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("tiekunta", "Tiekunta", "com.example.tiekunta", "1.3.7",
          "https://api.tiekunta.example.org")
IID = "X-Tiekunta-Laite"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fit=True, **kw)


def tiekunta() -> list[Case]:
    rng = random.Random(28441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, jasen=L(ROAD_MEMBER, UID), email=L(EMAIL, MAIL),
                                    kiinteisto=L(PROPERTY, ADDR)))}
    hla, hlo = fix(HOME_AT, 4)
    bla, blo = fix(BRIDGE_FIX)
    fee = at_path(case(f, f"{a}/api/jasenet/{ROAD_MEMBER}/tiemaksu", headers=_h(rng, **b),
                       query={"vuosi": "2026"}), ROAD_MEMBER, UID)
    return [
        case(f, f"{a}/api/liity", headers=_h(rng), body={
            "jasen": L(ROAD_MEMBER, UID), "nimi": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "mopiili": L(E164, TEL),
            "kiinteisto": L(PROPERTY, ADDR), "osote": L(HOME["line"], ADDR),
            "kyla": L(HOME["village"], COARSE), "tiekunta": ROAD["id"],
            "omistajat": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "osuus": 0.0412, "yksikot": 412}),
        case(f, f"{a}/api/tunnistus/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "koodi": L("604177", CRED)}),
        case(f, f"{a}/api/mie", headers=_h(rng, extra=jw)),
        fee,
        case(f, f"{a}/api/maksut", fmt="form", headers=_h(rng, **b), body={
            "jasen": L(ROAD_MEMBER, UID), "summa": L("1648.00", BUY), "valuutta": "SEK",
            "lasku": L("TK-2026-041", BUY), "maksutapa": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/tilitys/tili", headers=_h(rng, **b), body={
            "tilinomistaja": L(f"{FIRST} {LAST}", NAMEC), "pankkitili": L(SE_ACCOUNT, PAY),
            "peruste": "aurauskorvaus", "jasen": L(ROAD_MEMBER, UID),
            "summa": L(3200, BUY)}),
        case(f, f"{a}/api/auraus/pyynto", headers=_h(rng, **b), body={
            "jasen": L(ROAD_MEMBER, UID), "syy": "lunta 25 cm", "kiireellinen": True,
            "paikka": {"lat": hla, "lon": hlo},
            "viesti": L("Pihatie tukossa, lapsen koulukyyti tulee seitsemältä", TEXT)}),
        case(f, f"{a}/api/hiekoitus", fmt="form", headers=_h(rng, **b), body={
            "jasen": L(ROAD_MEMBER, UID), "osuus_tiesta": "silta-mäki", "paiva": "2026-02-10"}),
        case(f, f"{a}/api/portti/koodi", fmt="form", headers=_h(rng, **b), body={
            "portti": "portti_pohjoinen", "koodi": L("4471", CRED)}),
        multipart(f, f"{a}/api/silta/vaurio", [
            ("kuva", "silta_kaide.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("tiedot", None, "application/json", {
                "silta": "silta_lapinpolku", "vaurio": "kaide irti",
                "paikka": {"lat": bla, "lon": blo},
                "sillan_paikka": {"lat": BRIDGE_AT[0], "lon": BRIDGE_AT[1]},
                "viesti": L("Aura-auto vei kaiteen, vasen puoli roikkuu", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kokoukset/km_2026_04", headers=_h(rng, **b)),
        case(f, f"{a}/api/kokoukset/km_2026_04/aanestys", headers=_h(rng, **b), body={
            "jasen": L(ROAD_MEMBER, UID), "asia": "sillan_korjaus", "aani": "jaa",
            "valtakirja": {"antaja": L(MOTHER_IL[0], NAMEC),
                           "kiinteisto": L("Pajala Kengis 3:17", ADDR),
                           "mopiili": L(MOTHER_IL[1], TEL)}}),
        multipart(f, f"{a}/api/kokoukset/km_2025_04/poytakirja", [
            ("poytakirja", "poytakirja_2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("tiedot", None, "application/json", {"tarkastaja": L(f"{FIRST} {LAST}", NAMEC),
                                                  "allekirjoitettu": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/omistajat", headers=_h(rng, **b), query={
            "tiekunta": ROAD["id"], "sivu": "1"}),
        case(f, f"{a}/api/talkoot", headers=_h(rng, **b), body={
            "jasen": L(ROAD_MEMBER, UID), "tehtava": "ojien raivaus", "paiva": "2026-06-06",
            "osallistujat": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)]}),
        case(f, f"{a}/api/raskaskuljetus", headers=_h(rng, **b), body={
            "jasen": L(ROAD_MEMBER, UID), "syy": "puutavara", "paivat": ["2026-03-02"],
            "kuljettaja": "Kengis Puukuljetus", "akselipaino_t": 10,
            "yhteyshenkilo": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/viestit", headers=_h(rng, **b), body={
            "vastaanottaja": "hallitus",
            "viesti": L("Miun mies Mikael Alatalo voi aurata ens talven, puh +46702418836",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/kiinteisto/osuus", headers=_h(rng, **b), cookies={
            "tk_sessio": L(opaque(rng, "", 40), CRED),
            "tk_kiinteisto": W({"kiinteisto": L(PROPERTY, ADDR), "jasen": L(ROAD_MEMBER, UID),
                                "kieli": L("fit", DEV)}, "b64json")}),
        case(f, f"{a}/api/laitteet", headers=_h(rng, **b), body=push(push_token(rng), "fit_SE")),
        case(f, f"{a}/api/tapahtumat", headers=_h(rng, **b), body={
            "kayttaja": L(USER_ID, UID), "tapahtumat": [
                ev("maksu_tehty", 1), ev("naytto", 2, naytto=L("Aanestys", USAGE))]}),
    ]


def tiekunta_sdks() -> list[Case]:
    rng = random.Random(28442)
    return [
        lp_batch(APP, rng, [("Fee Paid", {"amount": L(1648, BUY)}), ("Vote Cast", {})],
                 at=HOME_AT, nd=2),
        jr_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="road,gravel,snow"),
        bl_notice(APP, rng, "win"),
        kc_crash(APP, rng, ("java.lang.IllegalArgumentException", "proxy without owner"),
                 [kc_crumb("nav", "Kokous -> Aanestys")], screen="AanestysActivity"),
        fj_eval(APP, rng, {"tiekunta": ROAD["id"], "kunta": L("Pajala", COARSE)}, hdr=True),
        pr_register(APP, rng, lang="fit", tags={"tiekunta": ROAD["id"]}),
        ck_check(APP, rng, {"analytics": True}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "1648.00"),
        ht_message(APP, rng, L("Tiemaksu näkyy kahesti miun tilillä", TEXT),
                   {"jasen": L(ROAD_MEMBER, UID)}),
    ]
