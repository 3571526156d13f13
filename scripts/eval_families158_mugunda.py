"""Land search, survey and transfer app "Mugunda" (``mugunda`` a farm plot; they are buying the
plot next to the family's shamba at Wamagana; Gikuyu keys, English for ``kra_pin``,
``stamp_duty``, ``token``): sign-up with her foreigner certificate and KRA PIN, a JSON log-in,
an SMS code, ``/niini``, an identity check (a selfie, a face template, her ID card's photo), an
official search of the parcel and its fee, the search result, a surveyor booked at the plot, the
beacons walked (msgpack fixes) and sent as corners, the sale agreement (PDF; the seller, her
husband as co-buyer with his ID number, the price), the land control board application, the
stamp duty (her KRA PIN) and its mobile-money payment, the receipt by code in the path, the
county's land rates, a search of plots for sale, a message to the advocate, the file by cookie
GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families158_kit import (
    ALIEN_ID,
    FARM_AT,
    FARM_CORNERS,
    HUSBAND,
    KE_LINE,
    KRA_PIN,
    PARCEL,
    REGISTRY,
    SELLER,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families158_sdk import (
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families158_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    hs_attach,
    mm_geocode,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("mugunda", "Mugunda", "com.example.mugunda", "1.9.0", "https://api.mugunda.example.net")
IID = "X-Mugunda-Install"
PW = "Wamagana#1187"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
PRICE = 1800000


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def _template(rng: random.Random) -> list[float]:
    return [round(rng.gauss(0, 0.09), 5) for _ in range(128)]


def mugunda() -> list[Case]:
    rng = random.Random(15821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeiri=L(EMAIL, MAIL), kra_pin=L(KRA_PIN, NID)))}
    fla, flo = fix(FARM_AT, 6)
    code = mpesa(rng)
    srch = obj(rng, "os")
    visit = obj(rng, "sv")
    rec = at_path(case(f, f"{a}/api/marihi/{code}", headers=_h(rng, **b)), code, BUY)
    return [
        case(f, f"{a}/api/kwiyandikithia", headers=_h(rng), body={
            "ritwa_ria_mbere": L(FIRST, NAMEC), "ritwa_ria_thutha": L(LAST, NAMEC),
            "imeiri": L(EMAIL, MAIL), "thimu": L(E164, TEL), "namba_ya_kipande": L(ALIEN_ID, NID),
            "kra_pin": L(KRA_PIN, NID), "kiugo_kia_hitho": L(PW, CRED)}),
        case(f, f"{a}/api/gutonya", headers=_h(rng), body={
            "imeiri": L(EMAIL, MAIL), "kiugo_kia_hitho": L(PW, CRED), "kiuma": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/gutonya/otp", fmt="form", headers=_h(rng), body={
            "thimu": L(KE_LINE, TEL), "namba_ya_hitho": L("093417", CRED)}),
        case(f, f"{a}/api/niini", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/kyc", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("kipande", "id_front.jpg", "image/jpeg", L(JPEG + b"\x12", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "namba_ya_kipande": L(ALIEN_ID, NID), "uthiu": L(_template(rng), FACE),
                "liveness": 0.97, "model": "fn-128-v3"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/official-search", headers=_h(rng, **b), body={
            "search": srch, "namba_ya_plot": L(PARCEL, BUY), "registry": REGISTRY["id"],
            "mbeca": L(520, BUY), "muhoi": L(NAME, NAMEC)}),
        case(f, f"{a}/api/official-search/{srch}", headers=_h(rng, **b)),
        case(f, f"{a}/api/plots", headers=_h(rng, **b), query={"namba": L(PARCEL, BUY)}),
        case(f, f"{a}/api/surveyor/booking", headers=_h(rng, **b), body={
            "visit": visit, "namba_ya_plot": L(PARCEL, BUY), "muthenya": "2026-02-03",
            "handu": {"lat": fla, "lng": flo}, "thimu": L(KE_LINE, TEL), "mbeca": L(15000, BUY),
            "surveyor": "srv_0212"}),
        case(f, f"{a}/api/surveyor/{visit}/walk", fmt="msgpack", headers=_h(rng, **b), body={
            "visit": visit, "fixes": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE),
                                       "t": 1770109200 + 95 * i}
                                      for i, (la, lo) in enumerate(FARM_CORNERS)]}),
        case(f, f"{a}/api/surveyor/{visit}/mihaka", headers=_h(rng, **b), body={
            "namba_ya_plot": L(PARCEL, BUY), "eka": 0.75,
            "mihaka": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FARM_CORNERS]}),
        multipart(f, f"{a}/api/agreements", [
            ("agreement", "sale_agreement.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "namba_ya_plot": L(PARCEL, BUY), "thogora": L(PRICE, BUY),
                "mwendia": {"ritwa": L(SELLER[0], NAMEC), "thimu": L(SELLER[1], TEL)},
                "aguri": [{"ritwa": L(NAME, NAMEC), "kra_pin": L(KRA_PIN, NID)},
                          {"ritwa": L(HUSBAND[0], NAMEC),
                           "namba_ya_kipande": L(HUSBAND[2], NID)}]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lcb/applications", fmt="form", headers=_h(rng, **b), body={
            "namba_ya_plot": L(PARCEL, BUY), "muthemba": "agricultural",
            "muthuri": L(HUSBAND[0], NAMEC), "mucemanio": "2026-02-17", "kaunti": "Nyeri"}),
        case(f, f"{a}/api/stamp-duty", headers=_h(rng, **b), body={
            "kra_pin": L(KRA_PIN, NID), "thogora": L(PRICE, BUY), "stamp_duty": L(72000, BUY),
            "namba_ya_plot": L(PARCEL, BUY), "rate": 0.04}),
        case(f, f"{a}/api/marihi", headers=_h(rng, **b), body={
            "thimu": L(KE_LINE, TEL), "mbeca": L(72000, BUY), "risiti": L(code, BUY),
            "kwa": "stamp_duty", "reference": rid(rng)}),
        rec,
        case(f, f"{a}/api/land-rates", fmt="form", headers=_h(rng, **b), body={
            "kaunti": L("Nyeri", COARSE), "namba_ya_plot": L(PARCEL, BUY),
            "mbeca": L("2300", BUY), "mwaka": "2026"}),
        case(f, f"{a}/api/plots/for-sale", headers=_h(rng, **b), query={
            "gucaria": L("mugunda wa kwendia Tetu hakuhi na barabara", SEARCH),
            "eka_nini": "0.5", "kaunti": "Nyeri"}),
        case(f, f"{a}/api/ndumiriri", headers=_h(rng, **b), body={
            "kwa": "advocate_kimani",
            "ndumiriri": L("Gitonga Ndegwa nĩ etĩkĩrĩte 1.8M, tũrĩhe stamp duty ruciũ?",
                           f"{TEXT}|{NAMEC}|{BUY}")}),
        case(f, f"{a}/api/files/latest", headers=_h(rng, how="none"), cookies={
            "mg_sess": L(opaque(rng, "", 40), CRED), "mg_dev": L(INSTALL_ID, DID),
            "mg_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/maundu", gz=True, headers=_h(rng, **b), body={
            "muhuthiri": L(USER_ID, UID), "maundu": [
                ev("search_paid", 1, mbeca=L(520, BUY)), ev("screen", 2,
                                                           screen=L("Mihaka", USAGE))]}),
    ]


def mugunda_sdks() -> list[Case]:
    rng = random.Random(15822)
    return [
        mc_batch(APP, rng, [("Search Paid", {"fee": L(520, BUY)}), ("Beacons Saved", {})],
                 at=FARM_AT, nd=2),
        mc_identify(APP, rng, {"kaunti": L("Nyeri", COARSE), "kyc": "passed"}),
        mc_pixel(APP, rng, "Search Result Opened", {"registry": REGISTRY["id"]}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"plot": L(PARCEL, BUY)}, revenue=520.0, hashed=True),
        cd_crash(APP, rng, ("java.io.IOException", "camera busy"),
                 [cd_crumb("nav", "Kyc -> Selfie"), cd_crumb("tap", "capture")],
                 screen="SelfieActivity"),
        fn_eval(APP, rng, {"kyc": "passed", "county": L("Nyeri", COARSE)}, hdr=True),
        pt_register(APP, rng, tags={"registry": REGISTRY["id"]}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "15000.00"),
        mm_reverse(APP, rng, FARM_AT, PRECISE, nd=5),
        mm_geocode(APP, rng, "Nyeri Land Registry", SEARCH, near=FARM_AT, nd=3),
        hs_attach(APP, rng, L(PDF, MEDIA), "official_search.pdf", "application/pdf"),
    ]
