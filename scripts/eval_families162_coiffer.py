"""Hair-salon app "Hoerkonscht" (a salon on rue de l'Alzette, Esch: bookings, colour formulas and
a virtual colour try-on; its API's keys are Luxembourgish with the umlauts dropped: ``virnumm``
first name, ``numm`` surname, ``gebuertsdag`` birthday, ``geschlecht`` sex, ``kaart`` client
card, ``termin`` appointment, ``coiffeuse`` stylist, ``servicer`` services, ``notiz`` note,
``allergietest`` patch test, ``hautreaktioun`` skin reaction, ``gesiichtspunkten`` face
landmarks, ``gesiichtsform`` face shape, ``hoerfaarf`` hair colour, ``rezept`` colour formula,
``virdrun``/``duerno`` before/after, ``ukomm`` arrival, ``betrag`` amount, ``drenkgeld`` tip,
``bewaertung`` rating, ``sichen`` search, ``kaddo`` gift, ``waardelescht`` waiting list,
``punkten`` points): sign-up, an SMS log-in, ``/client``, services, a booking with a note on her
scalp (psoriasis), the patch test, the try-on (68 landmarks and a face shape) and its selfie, the
colour formula (msgpack), before and after photos, the arrival with her fix, the payment and tip,
the receipt by booking number in the path, a review, a search, a gift card for her mother-in-law,
points by cookie, the waiting list, a protobuf queue beat, push, events and a log-out. Set 146
has a barber in a market app; this is a salon's own app with a colour try-on."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families16_kit import landmarks
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families162_kit import CLIENT, HOME_AT, MOTHER_IL, SALON, fix, hd, obj, push
from eval_families162_sdk import (
    bk_bid,
    bk_notice,
    cp_crash,
    cp_crumb,
    mt_event,
    mt_launch,
    qs_batch,
    qs_identify,
    qs_pixel,
)
from eval_families162_svc import ck_save, cm_card, cm_confirm, ma_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hoerkonscht", "Hoerkonscht", "com.example.hoerkonscht", "2.2.5",
          "https://api.hoerkonscht.example.com")
IID = "X-HK-Install"
FACE = "biometric.face"
BOOKING = "HK-T-260311-0772"  # her appointment (financial.purchase)
SALON_FIX = (49.496861, 5.981092)  # her phone in the salon


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lb=True, **kw)


def hoerkonscht() -> list[Case]:
    rng = random.Random(16271)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaart=L(CLIENT, UID), handy=L(E164, TEL)))}
    sla, slo = fix(SALON_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CLIENT, UID)), (2, L(BOOKING, BUY)), (3, 1773225000),
               (4, [(1, L(SALON_FIX[0], PRECISE)), (2, L(SALON_FIX[1], PRECISE))]),
               (5, L(81, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/v2/termaen/{BOOKING}/quittung", headers=_h(rng, **b)),
                      BOOKING, BUY)
    return [
        case(f, f"{a}/v2/clienten", headers=_h(rng), body={
            "virnumm": L(FIRST, NAMEC), "numm": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "handy": L(E164, TEL), "gebuertsdag": L("17.05", BIRTH),
            "geschlecht": L("fra", GENDER), "kaart": L(CLIENT, UID), "newsletter": True}),
        case(f, f"{a}/v2/login/sms", fmt="form", headers=_h(rng), body={
            "handy": L(NATIONAL, TEL), "code": L("219604", CRED)}),
        case(f, f"{a}/v2/client", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/salons/{SALON['id']}/servicer", headers=_h(rng, **b)),
        case(f, f"{a}/v2/termaen", headers=_h(rng, **b), body={
            "salon": SALON["id"], "coiffeuse": "cf_sandy", "datum": "2026-03-11T14:00",
            "servicer": ["balayage", "schneiden"], "termin": L(BOOKING, BUY),
            "betrag": L(145, BUY), "kaart": L(CLIENT, UID),
            "notiz": L("Ech hunn Psoriasis op der Kopphaut, w.e.g. mëll Produkter",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/allergietest", fmt="form", headers=_h(rng, **b), body={
            "kaart": L(CLIENT, UID), "produkt": "ppd_free_7", "hautreaktioun": L("keng", MED),
            "datum": "2026-03-09"}),
        case(f, f"{a}/v2/tryon", headers=_h(rng, **b), body={
            "kaart": L(CLIENT, UID), "gesiichtspunkten": L(landmarks(rng, 68), FACE),
            "gesiichtsform": L("oval", FACE), "hoerfaarf": "kaffi_karamell",
            "bild": {"b": 720, "h": 1280}}),
        multipart(f, f"{a}/v2/tryon/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"kaart": L(CLIENT, UID), "filter": "none"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/rezept", fmt="msgpack", headers=_h(rng, **b), body={
            "kaart": L(CLIENT, UID), "termin": L(BOOKING, BUY),
            "rezept": [{"produkt": "7.3", "g": 30}, {"produkt": "9.13", "g": 15}],
            "oxydant": "6%", "minutten": 35}),
        multipart(f, f"{a}/v2/fotoen", [
            ("virdrun", "virdrun.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("duerno", "duerno.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"termin": L(BOOKING, BUY),
                                                "oeffentlech": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ukomm", headers=_h(rng, **b), body={
            "termin": L(BOOKING, BUY), "standuert": {"lat": sla, "lng": slo},
            "salon": {"lat": SALON["lat"], "lng": SALON["lon"]}}),
        case(f, f"{a}/v2/bezuelen", fmt="form", headers=_h(rng, **b), body={
            "termin": L(BOOKING, BUY), "betrag": L("145.00", BUY), "drenkgeld": L("10.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "leschte_4": L("4444", PAY)}),
        receipt,
        case(f, f"{a}/v2/bewaertungen", headers=_h(rng, **b), body={
            "salon": SALON["id"], "staeren": 5,
            "text": L("D'Sandy ass genial, de Balayage gesäit natierlech aus!", TEXT)}),
        case(f, f"{a}/v2/sichen", headers=_h(rng, **b), query={
            "sichen": L("balayage kuerz hoer grau iwwerdecken", SEARCH)}),
        case(f, f"{a}/v2/kaddo", headers=_h(rng, **b), body={
            "fir": {"numm": L(MOTHER_IL[0], NAMEC), "handy": L(MOTHER_IL[1], TEL)},
            "betrag": L(60, BUY), "text": L("Alles Guddes fir de Gebuertsdag, Josée!", TEXT),
            "code": opaque(rng, "KD", 8)}),
        case(f, f"{a}/v2/punkten", headers=_h(rng, how="none"), cookies={
            "hk_sid": L(opaque(rng, "", 40), CRED), "hk_inst": L(INSTALL_ID, DID),
            "hk_req": rid(rng)}),
        case(f, f"{a}/v2/waardelescht", fmt="form", headers=_h(rng, **b), body={
            "kaart": L(CLIENT, UID), "handy": L(E164, TEL), "dag": "2026-04-02"}),
        raw(f, f"{a}/v2/queue/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/apparater", headers=_h(rng, **b), body=push(push_token(rng), "lb_LU")),
        case(f, f"{a}/v2/evenementer", headers=_h(rng, **b), body={
            "benotzer": L(USER_ID, UID), "evenementer": [
                ev("tryon_op", 1, faarf="kaffi_karamell"),
                ev("ecran", 2, ecran=L("Tryon", USAGE)),
                ev("termin_gebucht", 3, slot=obj(rng, "sl"))]}),
        case(f, f"{a}/v2/ofmellen", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparat": L(INSTALL_ID, DID)}),
    ]


def hoerkonscht_sdks() -> list[Case]:
    rng = random.Random(16272)
    return [
        qs_batch(APP, rng, [("Booking Made", {"total": L(145, BUY)}),
                            ("Try On Used", {"colour": "kaffi_karamell"})],
                 at=SALON_FIX, nd=2, locale="lb_LU"),
        qs_identify(APP, rng, {"kaart": L(CLIENT, UID), "geschlecht": L("fra", GENDER),
                               "stad": L("Esch-sur-Alzette", "location.coarse")}),
        qs_pixel(APP, rng, "Offer Opened", {"offer": "balayage_mars"}),
        mt_launch(APP, rng, first=True),
        mt_event(APP, rng, "purchase", {"termin": L(BOOKING, BUY)}, revenue=155.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3, yob=1991,
               gender="F", keywords="hair,beauty,colour"),
        bk_notice(APP, rng, "imp"),
        cp_crash(APP, rng, ("java.lang.OutOfMemoryError", "tryon bitmap"),
                 [cp_crumb("nav", "Home -> Tryon"), cp_crumb("tap", "capture")],
                 screen="TryonActivity"),
        ck_save(APP, rng, {"analytics": True, "marketing": True}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "155.00"),
        ma_geocode(APP, rng, "rue de l'Alzette Esch", SEARCH, near=HOME_AT, nd=3),
    ]
