"""Blind evaluation set, part four: purchases, payments, messages and contacts (see
``eval_families4.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: a RevenueCat-style ``/v1/receipts`` post (``attributes`` with
``$email``/``$gpsAdId``), Stripe-style card tokenisation (``card[number]`` form keys) and payment
confirmation (``billing_details``, ``client_secret``), a Sendbird-style chat message, a help-desk
widget ticket (``requester``, ``comment.body``) and a contacts upload for friend finding with
hashed numbers and addresses. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random

from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    NAME,
    USER_ID,
    Case,
    L,
    case,
    h,
    quote,
    rnd_hex,
    rnd_uuid,
)

DEV, BUY, PAY = "device.info", "financial.purchase", "financial.payment"
CARRIER, COARSE = "location.carrier", "location.coarse"
E164, NATIONAL = "+15550100199", "(555) 010-0199"


def revenuecat(rng: random.Random, i: int) -> Case:
    anon = "$RCAnonymousID:" + rnd_hex(rng, 32)
    body = {"fetch_token": L(rnd_hex(rng, 24) + ".AO-J1O" + rnd_hex(rng, 90), BUY),
            "product_ids": L(["pro_yearly"], BUY),
            "platform_product_ids": [{"product_id": L("pro_yearly", BUY),
                                      "base_plan_id": "yearly", "offer_id": None}],
            # before login the SDK's anonymous id is per install (id.device); after, the
            # app's account id
            "app_user_id": L(anon, "id.device") if i % 2 else L(USER_ID, "id.user"),
            "is_restore": False, "observer_mode": False, "price": L(29.99, BUY),
            "currency": "USD", "normal_duration": "P1Y",
            "presented_offering_identifier": "default", "initiation_source": "purchase",
            "attributes": {"$email": {"value": L(EMAIL, "contact.email"),
                                      "updated_at_ms": 1700000000000},
                           "$phoneNumber": {"value": L(E164, "contact.phone"),
                                            "updated_at_ms": 1700000000000},
                           "$displayName": {"value": L(NAME, "contact.name"),
                                            "updated_at_ms": 1700000000000},
                           "$gpsAdId": {"value": L(GAID, "id.advertising"),
                                        "updated_at_ms": 1700000000000},
                           "$androidId": {"value": L(ANDROID_ID, "id.device"),
                                          "updated_at_ms": 1700000000000},
                           "$ip": {"value": "true", "updated_at_ms": 1700000000000},
                           "$fcmTokens": {"value": L(rnd_hex(rng, 22) + ":APA91b"
                                                     + rnd_hex(rng, 70), "id.device"),
                                          "updated_at_ms": 1700000000000}}}
    return case("revenuecat", "https://api.revenuecat-sdk.example/v1/receipts", body=body,
                headers={"Authorization": L("Bearer goog_" + rnd_hex(rng, 24),
                                            "secret.credential"),
                         "X-Platform": L("android", DEV), "X-Platform-Version": L("34", DEV),
                         "X-Client-Locale": L("en-US", DEV), "X-Version": "7.4.0",
                         "X-Nonce": base64.b64encode(rng.randbytes(12)).decode(),
                         "X-Is-Sandbox": "false"})


def _luhn_card(rng: random.Random) -> str:
    digits = [4, 5, 3, 9] + [rng.randint(0, 9) for _ in range(11)]
    total = 0
    for n, d in enumerate(reversed(digits)):
        d = d * 2 if n % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def payment(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # card tokenisation, form-encoded as Stripe-style APIs take it
        form = {"card[number]": L(_luhn_card(rng), PAY), "card[cvc]": L("737", PAY),
                "card[exp_month]": L("04", PAY), "card[exp_year]": L("2029", PAY),
                "card[name]": L(NAME, "contact.name"),
                "card[address_zip]": L("10001", COARSE),
                "guid": L(rnd_uuid(rng) + rnd_hex(rng, 6), "id.device"),  # anti-fraud device
                "muid": L(rnd_uuid(rng) + rnd_hex(rng, 6), "id.device"),  # ids, kept per phone
                "sid": rnd_uuid(rng) + rnd_hex(rng, 6),
                "payment_user_agent": "stripe-android/20.34.0;PaymentSheet",
                "key": "pk_live_" + rnd_hex(rng, 40)}
        return case("payment", "https://api.payments-sdk.example/v1/tokens", body=form,
                    fmt="form", headers={"Idempotency-Key": rnd_uuid(rng)})
    body = {"payment_method": L("pm_" + rnd_hex(rng, 24), PAY),  # the card's token
            "card": {"brand": "visa", "last4": L(str(rng.randint(1000, 9999)), PAY),
                     "exp_month": L(4, PAY), "exp_year": L(2029, PAY)},
            "amount": L(2999, BUY), "currency": "usd",
            "receipt_email": L(quote(EMAIL, safe=""), "contact.email"),
            "billing_details": {"name": L(NAME, "contact.name"),
                                "email": L(EMAIL, "contact.email"),
                                "phone": L(E164, "contact.phone"),
                                # the street line is the postal address; city and postal code
                                # are location.coarse by TAXONOMY's own wording
                                "address": {"line1": L("12 Example Street", "contact.address"),
                                            "city": L("New York", COARSE),
                                            "postal_code": L("10001", COARSE)}},
            "client_secret": L("pi_" + rnd_hex(rng, 24) + "_secret_" + rnd_hex(rng, 25),
                               "secret.credential"),
            "return_url": "clipshare://payments/return", "use_stripe_sdk": True}
    return case("payment", "https://api.payments-sdk.example/v1/payment_intents/confirm",
                body=body, headers={"Idempotency-Key": rnd_uuid(rng)})


def chat_support(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # a chat message
        body = {"message_type": "MESG", "user_id": L(USER_ID, "id.user"),
                "message": L("running 10 min late, save me a seat by the window",
                             "content.text"),
                "custom_type": "", "data": "", "req_id": rnd_hex(rng, 16),
                "mention_type": "users", "translation_target_languages": ["es"],
                "push_option": "default", "created_at": 1700000000123}
        return case("chat", f"https://api-{rnd_hex(rng, 8)}.chat-sdk.example/v3/group_channels/"
                    f"group_{rnd_hex(rng, 16)}/messages", body=body,
                    fmt="msgpack" if i % 4 == 2 else "json",
                    headers={"Session-Key": L(rnd_hex(rng, 40), "secret.credential"),
                             "Request-Sent-Timestamp": "1700000000123"})
    ticket = {"requester": {"name": L(NAME, "contact.name"), "email": L(EMAIL, "contact.email")},
              "subject": L("Charged twice for the yearly plan", "content.text"),
              "comment": {"body": L("Hi, my card was charged two times this morning. Could you "
                                    "refund one of them? Thanks", "content.text")},
              "tags": ["android", "billing"], "via": {"channel": "mobile_sdk"},
              "custom_fields": [{"id": 360001234, "value": L("Pixel 8", DEV)},
                                {"id": 360001235, "value": L("Android 14", DEV)}],
              "metadata": {"sdk": {"version": "5.1.0"},
                           "device_id_sha256": L(h("sha256", ANDROID_ID), "id.device")}}
    return case("support", "https://help.supportdesk.example/api/mobile/requests.json",
                body={"request": ticket},
                headers={"Authorization": L("Bearer " + rnd_hex(rng, 64), "secret.credential")})


def contacts(rng: random.Random, i: int) -> Case:
    people = [("Alex Roe", "+15550100245", "alex.roe@example.net"),
              ("Sam Poe", "+15550100317", "sam.poe@example.com"),
              ("Kim Loe", "+447700900123", "kim@example.co.uk")]
    if i % 2 == 0:
        book = [{"name": L(n, "content.contacts"),
                 "phone_sha256": L(h("sha256", p), "content.contacts"),
                 "email_sha256": L(h("sha256", e), "content.contacts"),
                 "starred": j == 0} for j, (n, p, e) in enumerate(people)]
        body = {"owner": {"id": L(USER_ID, "id.user"),
                          "phone_sha256": L(h("sha256", E164), "contact.phone")},
                "contacts": book, "batch": 1, "total_batches": 1,
                "upload_id": rnd_uuid(rng)}
        return case("contacts", "https://social.clipshare.example/v1/friends/match", body=body,
                    gz=True)
    # one field holding every hashed number, comma-separated, and the user's own in national
    # form (a find-friends lookup)
    form = {"numbers": L(",".join(h("sha1", p) for _, p, _ in people), "content.contacts"),
            "self": L(NATIONAL, "contact.phone"), "sim_country": L("US", CARRIER),
            "client_ts": "1700000000"}
    # sim_country: read by the app to parse national numbers (location.carrier)
    return case("contacts", "https://social.clipshare.example/v1/friends/lookup", body=form,
                fmt="form")


FAMILIES = (revenuecat, payment, chat_support, contacts)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
