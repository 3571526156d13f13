"""Dowry-negotiation planner "Ruracio" (her brother-in-law Kariuki's ruracio at the bride's family
in Karatina; Gikuyu keys): sign-up, a form log-in, ``/niini``, the ruracio (the groom, the
bride, her father, both clans, the bride's home), the elders' delegation, the bride-price items
agreed, her contribution by mobile money, the contributions list, guests from her address book,
SMS invitations (``mwitio``, a JSON string), the RSVP queue (msgpack), catering ordered and its
order by number in the path, a photo of the gifts, her check-in at the bride's compound, the
minutes of the negotiation, the couple's church wedding date, a search, the budget by cookie
GET, push, events and a log-out. Set 155 has a family-ceremony planner (a child's imbeleko at
the family's own homestead); Ruracio is about a negotiation between two families: delegations of
elders, the clans, goats and cash agreed in rounds, the bride's home as venue."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families158_kit import (
    BRIDE,
    BRIDE_FATHER,
    BRIDE_HOME,
    BRIDE_HOME_AT,
    GROOM,
    HUSBAND,
    KE_LINE,
    MOTHER_IL,
    SISTER_US,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families158_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families158_svc import cl_wallet, cy_check, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("ruracio", "Ruracio", "com.example.ruracio", "2.4.0", "https://api.ruracio.example.com")
IID = "X-Ruracio-Device"
PW = "Mburi40&Kagochi"
RUR = "rr_kariuki_2026"  # the event's ID (a negative)
ORDER = "RC-IR-55820"  # the catering order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ki=True, **kw)


def ruracio() -> list[Case]:
    rng = random.Random(15831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    e = f"{a}/v1/ruracio/{RUR}"
    jw = {"Authorization": J(claims(rng, imeiri=L(EMAIL, MAIL), nyumba="ny_wachira"))}
    bla, blo = fix(BRIDE_HOME_AT, 5)
    code = mpesa(rng)
    order = at_path(case(f, f"{e}/irio/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    guests = [(MOTHER_IL[0], MOTHER_IL[1]), ("Njoroge Kamau Mbugua", "+254722604418"),
              ("Esther Wangui Maina", "+254718330276")]
    sms = {"kwa": [L(p, TEL) for _, p in guests[1:]],
           "ndumiriri": L("Mwitirwo ruracio-ini rwa Kariuki na Nyambura, Kagochi, 14/2 saa "
                          "tano", f"{TEXT}|{NAMEC}")}
    return [
        case(f, f"{a}/v1/kwiyandikithia", headers=_h(rng), body={
            "ritwa": L(NAME, NAMEC), "imeiri": L(EMAIL_MIXED, MAIL), "thimu": L(KE_LINE, TEL),
            "kiugo_kia_hitho": L(PW, CRED), "nyumba": "ny_wachira",
            "muhiriga_wa_muthuri": L("Anjiru", SENS), "muthuri": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/gutonya", fmt="form", headers=_h(rng), body={
            "imeiri": L(EMAIL, MAIL), "kiugo_kia_hitho": L(PW, CRED)}),
        case(f, f"{a}/v1/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ruracio", headers=_h(rng, **b), body={
            "id": RUR, "muhikania": {"ritwa": L(GROOM[0], NAMEC), "thimu": L(GROOM[1], TEL),
                                     "umuri": L(31, BIRTH)},
            "muhiki": {"ritwa": L(BRIDE[0], NAMEC), "thimu": L(BRIDE[1], TEL),
                       "umuri": L(27, BIRTH)},
            "ithe_wa_muhiki": {"ritwa": L(BRIDE_FATHER[0], NAMEC),
                               "thimu": L(BRIDE_FATHER[1], TEL)},
            "muhiriga_wa_muhikania": L("Anjiru", SENS), "muhiriga_wa_muhiki": L("Ambui", SENS),
            "handu": L(BRIDE_HOME, ADDR), "itura": L("Karatina", COARSE),
            "muthenya": "2026-02-14"}),
        case(f, f"{e}/athuri", headers=_h(rng, **b), body={
            "athuri": [{"ritwa": L("Kiragu wa Ndung'u", NAMEC), "wira": "muaria"},
                       {"ritwa": L(HUSBAND[0], NAMEC), "wira": "mubangi"},
                       {"ritwa": L("Gichohi Wamae Kiragu", NAMEC), "wira": "muthuri"}],
            "atumia": [L(MOTHER_IL[0], NAMEC), L(NAME, NAMEC)]}),
        case(f, f"{e}/indo", headers=_h(rng, **b), body={
            "mburi": 30, "ng'ombe": 2, "mbeca": L(150000, BUY), "njohi": "muratina",
            "guthira": "2026-12", "gicunji": 1}),
        case(f, f"{e}/micango", headers=_h(rng, **b), body={
            "thimu": L(KE_LINE, TEL), "mbeca": L(10000, BUY), "risiti": L(code, BUY),
            "nyumba": "ny_wachira"}),
        case(f, f"{e}/micango", headers=_h(rng, **b), query={"ukurasa": "1", "ciothe": "true"}),
        case(f, f"{e}/ageni", headers=_h(rng, **b), body={
            "ageni": [{"ritwa": L(n, f"{CONTACTS}|{NAMEC}"), "thimu": L(p, f"{CONTACTS}|{TEL}")}
                      for n, p in guests]}),
        case(f, f"{e}/mwitio", fmt="form", headers=_h(rng, **b), body={
            "payload": W(sms, "json"), "sender_id": "RURACIO"}),
        case(f, f"{e}/rsvp", fmt="msgpack", headers=_h(rng, **b), body={
            "macokio": [{"mugeni": obj(rng, "gs"), "nitukuka": True, "andu": 2},
                        {"mugeni": obj(rng, "gs"), "nitukuka": False, "andu": 0}],
            "muhuthiri": L(USER_ID, UID)}),
        case(f, f"{e}/irio", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "caterer": "ct_karatina_04", "andu": 150,
            "indo": [{"kiindo": "nyama choma", "kg": 40}, {"kiindo": "mukimo", "sufuria": 6}],
            "mbeca_ciothe": L(96000, BUY)}),
        order,
        multipart(f, f"{e}/mbica", [
            ("mbica", "mburi_na_indo.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"ndeto": L("Indo iria tũrakuua Kagochi", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{e}/checkin", headers=_h(rng, **b), body={
            "kuria": {"lat": bla, "lng": blo, "acc": 14}, "ihinda": "2026-02-14T11:05"}),
        case(f, f"{e}/maandiko", headers=_h(rng, **b), body={
            "gicunji": 1, "ndeto": L("Athoni maitikira mburi 30 na ng'ombe igiri; mbeca "
                                     "150,000 ikarihwo mwaka uyu", f"{TEXT}|{BUY}")}),
        case(f, f"{e}/uhiki", fmt="form", headers=_h(rng, **b), body={
            "kanitha": L("Karatina Catholic Parish", SENS), "muthenya": "2026-08-22",
            "muhiki": L(BRIDE[0], NAMEC), "muhikania": L(GROOM[0], NAMEC)}),
        case(f, f"{a}/v1/gucaria", headers=_h(rng, **b), query={
            "q": L("mburi njega Karatina thogora", SEARCH)}),
        case(f, f"{e}/bajeti", headers=_h(rng, how="none"), cookies={
            "rr_session": L(opaque(rng, "", 40), CRED), "rr_device": L(INSTALL_ID, DID),
            "rr_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ki_KE")),
        case(f, f"{a}/v1/maundu", gz=True, headers=_h(rng, **b), body={
            "muhuthiri": L(USER_ID, UID), "maundu": [
                ev("items_agreed", 1), ev("mucango", 2, mbeca=L(10000, BUY)),
                ev("screen", 3, screen=L("Ageni", USAGE))]}),
        case(f, f"{a}/v1/uma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ruracio_sdks() -> list[Case]:
    rng = random.Random(15832)
    link = U("https://ruracio.example.com/i", {"ev": RUR, "mugeni": L(SISTER_US[2], MAIL),
                                               "ref": "sms"})
    return [
        mc_batch(APP, rng, [("Items Agreed", {"round": 1}),
                            ("Contribution Sent", {"amount": L(10000, BUY)})],
                 at=BRIDE_HOME_AT, nd=3, locale="ki_KE"),
        mc_queue(APP, rng, [("Rsvp Synced", {"count": 2}), ("Guests Imported", {"count": 3})]),
        tn_launch(APP, rng),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "contribution", {"event": RUR}, revenue=10000.0),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="wedding,catering,tents"),
        cd_session(APP, rng, secs=1260),
        pt_register(APP, rng, lang="ki", at=BRIDE_HOME_AT, nd=2, tags={"event": RUR}),
        cl_wallet(APP, rng, "10000", L(KE_LINE, TEL)),
        cy_check(APP, rng, {"analytics": True, "ads": True}),
        hs_message(APP, rng, L(f"SMS ya mwitio ndinakinya kuri {MOTHER_IL[0]}",
                               f"{TEXT}|{NAMEC}"), {"event": RUR}),
    ]

