"""Blind set seven, part three: checkout, sign-in and an in-app messenger (see
``eval_families7.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: a PayPal/Braintree-style checkout (a vaulted card sent only as
a payment-method nonce with its display fields, an Orders-v2-style ``purchase_units`` order with
``shipping.address`` ``address_line_1``/``admin_area_2``/``postal_code``, a wallet payment source
with ``email_address``) and its risk SDK's device-data post (a form with a gzip+base64 JSON
``payload``, as fraud SDKs send their fingerprint); a Firebase-Auth-style REST sign-in
(``accounts:signUp``/``signInWithPassword``/``sendVerificationCode``/``signInWithPhoneNumber``/
``signInWithIdp`` with ``postBody`` ``id_token=...``, ``accounts:lookup`` with an ``idToken``, the
secure-token refresh form) and Sign in with Apple (``identityToken``, ``authorizationCode``, the
one-time ``user`` JSON); an Intercom-style messenger (user registration with ``user_hash``,
conversations, attachment upload as multipart/form-data per RFC 7578, events, article search,
ratings). Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families6_kit import jwt, multipart, raw
from eval_families7_kit import (
    ADDR,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    IPLOC,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Labels,
    enc,
    urlq,
    with_labels,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    ICCID,
    IMEI,
    IMSI,
    LAT,
    LOCAL_IP,
    LON,
    MAC,
    NAME,
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

PAYAPI = "https://api.payments.example.com"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(300)


def _shipping() -> dict[str, Any]:
    return {"name": {"full_name": L(NAME, NAMEC)},
            "address": {"address_line_1": L("221 Example Street Apt 4B", ADDR),
                        "admin_area_2": L("Brooklyn", COARSE), "admin_area_1": L("NY", COARSE),
                        "postal_code": L("11201", COARSE), "country_code": L("US", COARSE)}}


def checkout() -> list[Case]:
    rng = random.Random(7301)
    out = []
    guid = rnd_uuid(rng)
    for _n in range(4):
        out.append(case("checkout", f"{PAYAPI}/v1/payment_methods", body={
            "payment_method_nonce": L(f"tokencc_bc_{rnd_hex(rng, 6)}_{rnd_hex(rng, 6)}", PAY),
            "device_data": enc({"correlation_id": rnd_hex(rng, 32)}, "body", "device_data",
                               "json", {}),
            "billing_address": {"postal_code": L("11201", COARSE)},
            "details": {"last_four": L("1881", PAY), "bin": L("411111", PAY),
                        "expiration_month": L("08", PAY), "expiration_year": L("2029", PAY),
                        "card_type": "Visa"}, "customer_id": L(USER_ID, UID),
            # The payer reference the SDK builds: base64 of the e-mail address.
            "payer_ref": L(base64.b64encode(EMAIL.encode()).decode(), MAIL)},
            headers={"Authorization": L(f"Bearer {rnd_hex(rng, 48)}", CRED)}))
        order = f"PO-{rng.randint(10**7, 10**8)}"
        items = [{"name": L(nm, BUY), "quantity": L(str(q), BUY),
                  "unit_amount": {"currency_code": "USD", "value": L(v, BUY)}}
                 for nm, q, v in (("Ceramic pour-over set", 1, "38.00"), ("Filters x100", 2,
                                                                           "6.20"))]
        out.append(case("checkout", f"{PAYAPI}/v2/checkout/orders", body={
            "intent": "CAPTURE", "purchase_units": [{
                "reference_id": L(order, BUY),
                "amount": {"currency_code": "USD", "value": L("50.40", BUY)},
                "items": items, "shipping": _shipping()}],
            "payment_source": {"paypal": {"email_address": L(EMAIL, MAIL),
                                          "name": {"given_name": L("Jane", NAMEC),
                                                   "surname": L("Doe", NAMEC)},
                                          "experience_context": {"locale": L("en-US", DEV),
                                                                 "return_url": "example://ok"}}}},
            headers={"PayPal-Request-Id": rnd_uuid(rng),
                     "Authorization": L(f"Bearer A21AA{rnd_hex(rng, 60)}", CRED)}))
    for n in range(3):
        acc: Labels = {}
        nd = 4 if n else 6
        payload = {
            "app_guid": L(guid, DID), "android_id": L(ANDROID_ID, DID),
            "serial_number": L(SERIAL, HW), "device_id": L(IMEI, HW),
            "mac_addrs": L(MAC, HW), "subscriber_id": L(IMSI, SIM),
            "sim_serial_number": L(ICCID, SIM), "sim_operator_name": L("Example Mobile", CARRIER),
            "network_operator": L("310260", CARRIER), "cell_id": L(21766153, CARRIER),
            "location_area_code": L(18433, CARRIER), "phone_type": L("gsm", DEV),
            "ip_addrs": L(f"fe80::3e5a:b4ff:fe12:3456%wlan0,{LOCAL_IP}", DEV),
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "conn_type": L("WIFI", DEV),
            "public_ip": L(PUBLIC_IP, IPLOC),
            "device_model": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "locale_lang": L("en", DEV), "locale_country": L("US", DEV),
            "tz_name": L("America/New_York", DEV), "total_storage_space": L(118274211840, DEV),
            "is_emulator": L(False, DEV), "is_rooted": L(False, DEV),
            "device_uptime": L(88123114, DEV), "roaming": False,
            "location": {"lat": L(round(LAT, nd), PRECISE), "lng": L(round(LON, nd), PRECISE),
                         "acc": 12.5},
            "correlation_id": rnd_hex(rng, 32), "pairing_id": rnd_hex(rng, 32),
            "payload_type": "full", "timestamp": 1764240000000 + n, "library_version": "5.4.0",
            # Behavioural signals of the card form: key timings only (the digits are not
            # logged) and the accelerometer while typing.
            "behavior": {"card_form_keys": L([{"k": "digit", "d": i * 190 + rng.randint(0, 60),
                                                "u": i * 190 + 80 + rng.randint(0, 40)}
                                               for i in range(16)], KEYS),
                         "accel": L([[round(rng.gauss(0, 0.3), 3), round(rng.gauss(9.6, 0.2), 3),
                                      round(rng.gauss(1.1, 0.3), 3), i * 20] for i in range(25)],
                                    MOTION)}}
        form = {"appGuid": L(guid, DID), "libraryVersion": "5.4.0",
                "payload": enc(payload, "body", "payload", "gzb64", acc)}
        out.append(with_labels(case("checkout", "https://risk.payments.example.com/r/v1/device/"
                                    "client-metadata", body=form, fmt="form"), acc))
    return out


def _idtok(rng: random.Random, provider: str) -> dict[str, Any]:
    return {"iss": f"https://accounts.{provider}.example.com", "aud": "1087-app.example",
            "sub": L(str(rng.randint(10**20, 10**21)), UID), "email": L(EMAIL, MAIL),
            "email_verified": True, "name": L(NAME, NAMEC), "given_name": L("Jane", NAMEC),
            "nonce": rnd_hex(rng, 32), "iat": 1764240000, "exp": 1764243600}


def signin() -> list[Case]:
    rng = random.Random(7302)
    idt = "https://identity.example.com/v1/"
    hdr = {"X-Android-Package": "com.example.brewbox", "X-Android-Cert": rnd_hex(rng, 40).upper(),
           "X-Client-Version": "Android/Fallback/X22003001/FirebaseCore-Android"}
    key = {"key": "AIzaSyD" + rnd_hex(rng, 32)}
    out = [case("signin", f"{idt}accounts:{m}", query=key, headers=hdr, body={
        "email": L(EMAIL if m == "signUp" else EMAIL.upper(), MAIL),
        "login_hint": L(urlq(EMAIL), MAIL),
        "password": L("Correct-Horse-77", CRED), "returnSecureToken": True,
        "clientType": "CLIENT_TYPE_ANDROID"}) for m in ("signUp", "signInWithPassword")]
    out.append(case("signin", f"{idt}accounts:sendVerificationCode", query=key, headers=hdr,
                    body={"phoneNumber": L(E164, TEL), "recaptchaToken": rnd_hex(rng, 120),
                          "autoRetrievalInfo": {"appSignatureHash": "Kx7qP3fGd9A"}}))
    # The one-time code is the secret; sessionInfo is server state bound to it (like OAuth
    # ``state``), unlabelled.
    out.append(case("signin", f"{idt}accounts:signInWithPhoneNumber", query=key, headers=hdr,
                    body={"sessionInfo": rnd_hex(rng, 96), "code": L("492013", CRED)}))
    for prov in ("google", "facebook"):
        lab: dict[str, str] = {}
        tok = jwt(_idtok(rng, prov), "postBody.id_token", lab)
        c = case("signin", f"{idt}accounts:signInWithIdp", query=key, headers=hdr, body={
            "postBody": f"id_token={tok}&providerId={prov}.com", "requestUri": "http://localhost",
            "returnIdpCredential": True, "returnSecureToken": True})
        c.labels.update({("body", p): v for p, v in lab.items()})
        out.append(c)
    out.append(case("signin", "https://token.identity.example.com/v1/token", query=key,
                    headers=hdr, fmt="form", body={
                        "grant_type": "refresh_token",
                        "refresh_token": L("AMf-vB" + rnd_hex(rng, 200), CRED)}))
    fb_claims = {"iss": "https://securetoken.example.com/brewbox", "aud": "brewbox",
                 "user_id": L(USER_ID, UID), "sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                 "phone_number": L(E164, TEL), "auth_time": 1764240000,
                 "firebase": {"sign_in_provider": "password",
                              "identities": {"email": [L(EMAIL, MAIL)],
                                             "phone": [L(E164, TEL)]}}}
    for m, extra in (("lookup", {}), ("update", {"displayName": L(NAME, NAMEC),
                                                 "returnSecureToken": True})):
        lab = {}
        body: dict[str, Any] = {"idToken": jwt(fb_claims, "idToken", lab), **extra}
        c = case("signin", f"{idt}accounts:{m}", query=key, headers=hdr, body=body)
        c.labels.update({("body", p): v for p, v in lab.items()})
        out.append(c)
    lab = {}
    lab_acc: Labels = {}
    apple = {"iss": "https://appleid.example.com", "aud": "com.example.brewbox",
             "sub": L("001234.5f0c1e9a7b2d4c86a1e3f5b7d9c0e2a4.1311", UID),
             "email": L("x7k2qp9m4d@privaterelay.appleid.example.com", MAIL),
             "email_verified": "true", "is_private_email": "true", "auth_time": 1764240000,
             "nonce_supported": True, "c_hash": rnd_hex(rng, 22)}
    c = case("signin", "https://api.brewbox.example.com/auth/apple", body={
        "identityToken": jwt(apple, "identityToken", lab),
        "authorizationCode": L("c" + rnd_hex(rng, 31) + ".0.nrxy." + rnd_hex(rng, 20), CRED),
        "user": enc({"name": {"firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC)},
                     "email": L("x7k2qp9m4d@privaterelay.appleid.example.com", MAIL)},
                    "body", "user", "json", lab_acc)})
    c.labels.update({("body", p): v for p, v in lab.items()})
    out.append(with_labels(c, lab_acc))
    out.append(case("signin", "https://api.brewbox.example.com/v1/me", headers={
        "Authorization": J({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "scope": "user"})},
        cookies={"session": L(rnd_hex(rng, 64), CRED), "ab": "b7"}))
    return out


def messenger() -> list[Case]:
    rng = random.Random(7303)
    api = "https://api-messenger.example.com/messenger/mobile"
    auth = {"Authorization": L("Bearer " + rnd_hex(rng, 40), CRED)}
    out = [case("messenger", f"{api}/users", headers=auth, body={
        "app_id": "x9k2pl", "user": {"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                     "name": L(NAME, NAMEC)},
        "user_hash": L(rnd_hex(rng, 64), CRED),
        "device": {"model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                   "device_token": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 100), DID),
                   "device_id": L(ANDROID_ID, DID), "locale": L("en_US", DEV)},
        "custom_attributes": {"plan": "pro", "last_order_city": L("Brooklyn", COARSE),
                              "orders": 14}})]
    texts = ["My order PO-88123 never arrived, the tracking says delivered to the wrong door",
             "Can you change the delivery address to my office at 30 Example Plaza?",
             "I was charged twice on my card ending 1881"]
    for i, text in enumerate(texts):
        out.append(case("messenger", f"{api}/conversations" + ("" if i == 0 else "/reply"),
                        headers=auth, body={"user": {"user_id": L(USER_ID, UID)},
                                            "conversation_id": None if i == 0 else "9918273",
                                            "blocks": [{"type": "paragraph",
                                                        "text": L(text, TEXT)}],
                                            "client_message_id": rnd_uuid(rng)}))
    out.append(multipart("messenger", f"{api}/uploads", [
        ("meta", None, "application/json", {"conversation_id": "9918273",
                                            "user_id": L(USER_ID, UID)}),
        ("file", "IMG_20261127_101512.jpg", "image/jpeg", L(JPEG, MEDIA))], headers=auth))
    for ev in ("viewed_pricing", "started_trial", "opened_help"):
        out.append(case("messenger", f"{api}/events", headers=auth, body={
            "user_id": L(USER_ID, UID), "event_name": L(ev, USAGE),
            "created_at": 1764240000, "metadata": {"source": "settings"}}))
    out.append(case("messenger", f"{api}/articles/search", headers=auth,
                    query={"phrase": L("how do I cancel and get a refund", SEARCH),
                           "locale": L("en", DEV)}))
    out.append(case("messenger", f"{api}/conversations/9918273/rate", headers=auth, body={
        "rating": 2, "remark": L("took three days to answer", TEXT)}))
    out.append(case("messenger", f"{api}/conversations/9918273/typing", headers=auth,
                    body={"type": "typing", "client_ts": 1764240000}))
    out.append(raw("messenger", f"{api}/ping", b"", "application/json", {}, headers=auth))
    return out


def build() -> list[Case]:
    return checkout() + signin() + messenger()
