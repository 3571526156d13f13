"""Erbil neighbourhood-generator electricity subscription app "Kareba Taxê" (kareba: electricity,
tax: neighbourhood; Kurmanji keys in Latin letters, some with and some without diacritics as
its API sends them): sign-up (nav, paşnav, hejmara_telefonê, navnîşan, bajar,
hejmara_nasnameyê, roja_jidayikbûnê, şîfre, mêr), log-in, ``/me`` with a JWT, the subscription
(amperes, the generator, her flat's point), a meter photo, bills, a payment, an outage report,
the outage map near her flat, a switch to the night plan, a complaint, push, events and the
bills by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families106_kit import (
    ERB,
    ERB_AT,
    GEN,
    LOCAL_MOBILE,
    METER,
    RESIDENCY,
    SPOUSE,
    SUBSCRIBER,
    fix,
    obj,
)
from eval_families106_sdk import hw_event, hw_session, lt_batch, ob_bid, sl_crash
from eval_families106_svc import cw_register, fk_eval, gm_reverse, pb_message, tb_charge
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("kareba", "KarebaTaxe", "com.example.karebatax", "2.3.0",
          "https://api.karebatax.example.com")


def kareba() -> list[Case]:
    rng = random.Random(10601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer", "lang": True}
    hla, hlo = fix(ERB_AT, 6)
    bill = obj(rng, "fatura", 8)
    return [
        case(f, f"{a}/v1/endam/tomar", headers=head(APP, rng, iid="X-Amûr-Id"), body={
            "nav": L(FIRST, NAMEC), "paşnav": L(LAST, NAMEC), "hejmara_telefonê": L(E164, TEL),
            "email": L(EMAIL, MAIL), "navnîşan": L(f"{ERB['line']}, {ERB['district']}", ADDR),
            "bajar": L(ERB["city"], COARSE), "hejmara_nasnameyê": L(RESIDENCY, NATID),
            "roja_jidayikbûnê": L(DOB, BIRTH), "şîfre": L("Hewler#2025", CRED),
            "mêr": L(SPOUSE[0], NAMEC), "ziman": L("kmr", DEV)}),
        case(f, f"{a}/v1/endam/teketin", fmt="form", headers=head(APP, rng, iid="X-Amûr-Id"),
             body={"hejmara_telefone": L(NATIONAL, TEL), "sifre": L("Hewler#2025", CRED),
                   "amur": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/endam/kod", fmt="form", headers=head(APP, rng, iid="X-Amûr-Id"),
             body={"hejmar": L(LOCAL_MOBILE, TEL), "kod": L("48213", CRED)}),
        case(f, f"{a}/v1/endam/ez", headers=head(APP, rng, iid="X-Amûr-Id", extra={
            "Authorization": J(claims(rng, aboner=L(SUBSCRIBER, UID), tel=L(E164, TEL)))})),
        case(f, f"{a}/v1/abonetî", headers=head(APP, rng, iid="X-Amûr-Id", **b), body={
            "hejmara_aboneyê": L(SUBSCRIBER, UID), "moledî": GEN["id"], "amper": 10,
            "plan": L("10A-24saet", BUY), "biha_mehane": L(150000, BUY),
            "cih": {"lat": hla, "lng": hlo}, "xwedî": GEN["owner"],
            "telefona_xwedî": GEN["phone"]}),
        multipart(f, f"{a}/v1/jimarvan/wêne", [
            ("wene", "meter.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("dane", None, "application/json", {"jimarvan": METER, "xwendin": 18422.5,
                                                "hejmara_aboneyê": L(SUBSCRIBER, UID)})],
            headers=head(APP, rng, iid="X-Amûr-Id", **b)),
        case(f, f"{a}/v1/fatura", headers=head(APP, rng, iid="X-Amûr-Id", **b),
             query={"aboner": L(SUBSCRIBER, UID), "meh": "2025-11"}),
        case(f, f"{a}/v1/fatura/{bill}/pere", headers=head(APP, rng, iid="X-Amûr-Id", **b), body={
            "mîqdar": L("150000", BUY), "dirav": "IQD", "rêbaz": "card",
            "method": L(opaque(rng, "pm_", 20), PAY), "fatura": bill}),
        case(f, f"{a}/v1/qut/rapor", headers=head(APP, rng, iid="X-Amûr-Id", **b), body={
            "moledî": GEN["id"], "lat": hla, "lng": hlo, "dem": "2025-12-10T21:14:00+03:00",
            "not": L("Ji saet 9ê ve kareba nîne, kolana 14", TEXT)}),
        case(f, f"{a}/v1/qut/nexşe", headers=head(APP, rng, iid="X-Amûr-Id", **b), query={
            "lat": L(f"{ERB_AT[0]:.3f}", PRECISE), "lng": L(f"{ERB_AT[1]:.3f}", PRECISE),
            "radius": "1500"}),
        case(f, f"{a}/v1/abonetî/plan", fmt="form", headers=head(APP, rng, iid="X-Amûr-Id", **b),
             body={"plan": L("5A-şev", BUY), "biha": L("90000", BUY),
                   "aboner": L(SUBSCRIBER, UID)}),
        case(f, f"{a}/v1/gilî", headers=head(APP, rng, iid="X-Amûr-Id", **b), body={
            "mijar": "voltage", "nivîs": L("Voltaj pir kêm e, sarinc naxebite", TEXT),
            "têkilî": L(PHONE, TEL), "cîran": others(rng, 2)}),
        case(f, f"{a}/v1/navnîşan", headers=head(APP, rng, iid="X-Amûr-Id", **b), body={
            "navnisan": L(ERB["line"], ADDR), "herem": L(ERB["district"], COARSE),
            "bajar": L(ERB["city_en"], COARSE), "herêm": L(ERB["region"], COARSE)}),
        case(f, f"{a}/v1/amûr/push", headers=head(APP, rng, iid="X-Amûr-Id", **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "ziman": L("ku_IQ", DEV)}),
        case(f, f"{a}/v1/bûyer", gz=True, headers=head(APP, rng, iid="X-Amûr-Id", **b), body={
            "bikarhêner": L(USER_ID, UID), "bûyer": [
                ev("fatura_dît", 1), ev("pere_da", 2, mîqdar=L(150000, BUY)),
                ev("screen", 3, navê=L("NexşeyaQutê", USAGE))]}),
        case(f, f"{a}/v1/fatura/dîrok", headers=head(APP, rng, iid="X-Amûr-Id", how="nodash"),
             cookies={"kt_sess": L(opaque(rng, "", 40), CRED), "kt_lang": L("kmr", DEV)}),
    ]


def kareba_sdks() -> list[Case]:
    rng = random.Random(10602)
    return [
        lt_batch(APP, rng, [("bill_paid", {"amount": L(150000, BUY), "currency": "IQD"}),
                            ("outage_reported", {"generator": GEN["id"]})], at=ERB_AT, nd=2),
        hw_session(APP, rng, first=True),
        hw_event(APP, rng, "af_purchase", {"plan": "10A"}, revenue=150000.0, hashed=True),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        sl_crash(APP, rng, ("java.lang.IllegalStateException", "map tiles not ready"),
                 ["open OutageMap", "GET /v1/qut/nexşe"], screen="OutageMapActivity"),
        fk_eval(APP, rng, {"bajar": L("Erbil", COARSE)}, hdr=True),
        cw_register(APP, rng, tags={"generator": GEN["id"]}, at=ERB_AT, nd=2),
        tb_charge(APP, rng, "150000"),
        gm_reverse(APP, rng, ERB_AT, PRECISE, nd=5),
        pb_message(APP, rng, L("Min du caran pere da, fatura hê jî vekirî ye", TEXT),
                   {"aboner": L(SUBSCRIBER, UID)}),
    ]
