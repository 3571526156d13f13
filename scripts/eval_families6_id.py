"""Blind set six, part four: sign-in, crash reporting and end-to-end-encrypted messaging (see
``eval_families6.py`` for the rules of this set and its labelling conventions).

Shapes follow public specifications: OAuth 2.0 token requests (RFC 6749 §4.1.3/§4.3/§6, form-
encoded, client authentication by HTTP Basic), PKCE (RFC 7636 ``code_verifier``), an OpenID
Connect ID token (standard claims of OIDC Core §5.1) posted for a token exchange, sign-up and
SMS one-time-code verification; Raygun's crash reporting API (``/entries``: ``details``
``environment``/``user``/``breadcrumbs``/``userCustomData``) and its RUM ``/events`` (``data``
as a JSON string); and an end-to-end-encrypted messenger's account API (registration with a
one-time code in the URL path, X3DH-style pre-key upload, contact discovery with truncated
hashes, sealed message send, push registration) whose ciphertexts and public keys are the
negatives. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families6_kit import (
    CRED,
    DEV,
    E164,
    NATIONAL,
    USAGE,
    b64,
    encode,
    id_token,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    NAME,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)


def _basic(user: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()


def oauth(rng: random.Random, i: int) -> Case:
    kind = i % 6
    form: dict[str, Any]
    body: dict[str, Any]
    client = "android-" + rnd_hex(rng, 8)  # the public client id, in every copy of the app
    # the confidential client's secret in HTTP Basic (RFC 6749 §2.3.1): a credential
    basic = {"Authorization": L(_basic(client, rnd_hex(rng, 32)), CRED)}
    url = "https://auth.lumenfit.example/oauth/token"
    if kind == 0:
        form = {"grant_type": "password", "username": L(EMAIL if i % 12 == 0 else
                                                         "Jane.Doe@Example.org",
                                                         "contact.email"),
                "password": L("Summer2026!" + rnd_hex(rng, 2), CRED), "client_id": client,
                "scope": "openid profile offline_access",
                "device_id": L(ANDROID_ID, "id.device")}
        return case("oauth", url, body=form, fmt="form", headers=basic)
    if kind == 1:
        form = {"grant_type": "refresh_token", "client_id": client,
                "refresh_token": L("rt_" + rnd_hex(rng, 64), CRED)}
        return case("oauth", url, body=form, fmt="form", headers=basic)
    if kind == 2:
        verifier = base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip("=")
        # the authorization code and the PKCE verifier together redeem a token: credentials
        form = {"grant_type": "authorization_code", "client_id": client,
                "code": L(rnd_hex(rng, 40), CRED), "code_verifier": L(verifier, CRED),
                "redirect_uri": "com.example.lumenfit:/oauth2redirect"}
        return case("oauth", url, body=form, fmt="form")
    if kind == 3:
        labels: dict[str, str] = {}
        own = i % 12 == 3
        claims = {"iss": "https://sso.idp.example", "aud": "lumenfit-android",
                  "sub": L(str(rng.randint(10**20, 10**21)), "id.user"),
                  "email": L(EMAIL if own else "kofi.mensah@example.net", "contact.email"),
                  "email_verified": True,
                  "name": L(NAME if own else "Kofi Mensah", "contact.name"),
                  "given_name": L("Jane" if own else "Kofi", "contact.name"),
                  "family_name": L("Doe" if own else "Mensah", "contact.name"),
                  "locale": L("en-US", DEV),
                  "birthdate": L("1990-04-12", "personal.birthdate"),
                  "phone_number": L(E164 if own else "+233201234567", "contact.phone"),
                  "nonce": rnd_hex(rng, 32), "iat": 1700000000, "exp": 1700003600}
        body = {"provider": "idp", "id_token": id_token(claims, "id_token", labels),
                "nonce": rnd_hex(rng, 32), "client": {"platform": L("android", DEV),
                                                      "app_version": "5.2.0"}}
        c = case("oauth", "https://api.lumenfit.example/v1/auth/token-exchange", body=body)
        c.labels.update({("body", p): cat for p, cat in labels.items()})
        c.labels[("body", "client.platform")] = DEV
        return c
    if kind == 4:
        body = {"email": L(EMAIL, "contact.email"), "password": L("Summer2026!", CRED),
                "name": L(NAME, "contact.name"), "phone": L(NATIONAL, "contact.phone"),
                "birthdate": L("1990-04-12", "personal.birthdate"),
                "gender": L("female", "personal.gender"), "marketing_opt_in": False,
                # an anti-bot challenge answer, valid once: not the user's credential
                "captcha_token": "03AFcWeA" + rnd_hex(rng, 120),
                "signup_id": rnd_uuid(rng), "referral": "friend_invite"}
        return encode(case("oauth", "https://api.lumenfit.example/v1/auth/signup", body=body),
                      "gzip")
    body = {"phone": L(E164 if i % 12 == 5 else "+15550100642", "contact.phone"),
            "otp": L(str(rng.randint(100000, 999999)), CRED),
            "request_id": rnd_uuid(rng), "channel": "sms"}
    return case("oauth", "https://api.lumenfit.example/v1/auth/otp/verify", body=body)


def raygun(rng: random.Random, i: int) -> Case:
    hdr = {"X-ApiKey": rnd_hex(rng, 22)}  # the application's API key, shipped in the app
    if i % 3 == 2:  # RUM: page (activity) timings, the payload a JSON string
        data = W([{"name": L("ProductListActivity", USAGE),
                   "timing": {"type": "p", "duration": rng.randint(300, 1500)}},
                  {"name": L("CartActivity", USAGE), "timing": {"type": "p", "duration": 512}}],
                 "json")
        body: Any = {"eventData": [{
            "sessionId": rnd_hex(rng, 16), "timestamp": "2026-11-27T08:00:00Z",
            "type": "mobile_event_timing",
            "user": {"identifier": L(USER_ID, "id.user"), "isAnonymous": False,
                     "email": L(EMAIL, "contact.email"), "uuid": L(INSTALL_ID, "id.device")},
            "version": "2.4.0", "os": L("Android", DEV), "osVersion": L("14", DEV),
            "platform": L("Pixel 8", DEV), "data": data}]}
        return case("raygun", "https://api.raygun-sdk.example/events", body=body, headers=hdr)
    screens = ["SplashActivity", "HomeActivity", "CategoryActivity", "ProductListActivity",
               "ProductActivity", "ReviewsActivity", "ProductActivity", "CartActivity"]
    crumbs = [{"timeStamp": 1699999990000 + 1000 * k, "level": "info", "type": "navigation",
               "category": "screen", "message": L(name, USAGE)}
              for k, name in enumerate(screens)]
    crumbs += [
              {"timeStamp": 1700000002000, "level": "info", "type": "request",
               "category": "http", "message": "HTTP GET 200",
               "customData": {"url": U("https://api.jewelbox.example/v1/search",
                                       {"q": L("engagement rings", "behavior.search"),
                                        "page": "1"})}},
              {"timeStamp": 1700000004000, "level": "info", "type": "manual",
               "category": "ui", "message": L("Tapped Add to cart", USAGE)}]
    body = {"occurredOn": "2026-11-27T08:00:05Z", "details": {
        "machineName": L("Pixel 8", DEV), "version": "2.4.0",
        "client": {"name": "Raygun4Android", "version": "4.0.1",
                   "clientUrl": "https://docs.raygun-sdk.example/android"},
        "error": {"className": "java.lang.NullPointerException",
                  "message": "Attempt to invoke virtual method 'int Cart.size()' on null",
                  "stackTrace": [{"lineNumber": 142, "className": "com.example.jewelbox.Cart",
                                  "fileName": "Cart.kt", "methodName": "total"}]},
        "environment": {"processorCount": L(9, DEV), "osVersion": L("14", DEV),
                        "windowsBoundWidth": L(1080, DEV), "windowsBoundHeight": L(2400, DEV),
                        "currentOrientation": "Portrait", "cpu": L("arm64-v8a", DEV),
                        "deviceManufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                        "utcOffset": L(-5, DEV), "locale": L("en_US", DEV),
                        "totalPhysicalMemory": L(7985, DEV),
                        "availablePhysicalMemory": L(2311, DEV)},
        "tags": ["release", "checkout"],
        "userCustomData": {"cartItems": 3, "abGroup": "B",
                           "lastSearch": L("engagement rings", "behavior.search")},
        "user": {"identifier": L(USER_ID, "id.user"), "isAnonymous": False,
                 "email": L(EMAIL, "contact.email"), "fullName": L(NAME, "contact.name"),
                 "firstName": L("Jane", "contact.name"), "uuid": L(INSTALL_ID, "id.device")},
        "breadcrumbs": crumbs}}
    c = case("raygun", "https://api.raygun-sdk.example/entries", body=body, headers=hdr)
    return encode(c, "gzip") if i % 3 == 1 else c


def messenger(rng: random.Random, i: int) -> Case:
    kind = i % 6
    password = b64(rng.randbytes(18))
    auth = {"Authorization": L(_basic(E164 + ".1", password), CRED),
            # the client's name, version and OS level
            "User-Agent": L("Whisper-Android/6.40.4 Android/34", DEV),
            "X-Whisper-Agent": "OWA"}
    base = "https://chat.whisper.example"
    if kind == 0:
        code = str(rng.randint(100000, 999999))
        body: Any = {"number": L(E164, "contact.phone"),
                     "registrationId": rng.randint(1, 16380), "fetchesMessages": False,
                     "capabilities": {"storage": True, "senderKey": True},
                     "name": b64(rng.randbytes(81)),  # the encrypted device name
                     "fcmToken": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 110),
                                   "id.device"),
                     "discoverableByPhoneNumber": True}
        # the SMS verification code is the URL path's last segment: a one-time credential
        c = case("messenger", f"{base}/v1/accounts/code/{code}", body=body, headers=auth)
        c.labels[("url", "path[3]")] = CRED
        return c
    if kind == 1:  # X3DH keys: public keys and signatures, nothing personal
        body = {"identityKey": b64(b"\x05" + rng.randbytes(32)),
                "signedPreKey": {"keyId": rng.randint(1, 10**6),
                                 "publicKey": b64(b"\x05" + rng.randbytes(32)),
                                 "signature": b64(rng.randbytes(64))},
                "preKeys": [{"keyId": rng.randint(1, 10**6),
                             "publicKey": b64(b"\x05" + rng.randbytes(32))} for _ in range(8)]}
        return case("messenger", f"{base}/v2/keys", body=body, headers=auth)
    if kind == 2:
        others = ["+1555012" + str(rng.randint(1000, 9999)) for _ in range(12)]
        # the address book, as truncated hashes of each contact's number
        hashes = [h("sha256", n)[:20] for n in others]
        body = {"contacts": L(hashes, "content.contacts"), "batch_nonce": rnd_hex(rng, 32),
                "mode": "full"}
        return case("messenger", f"{base}/v1/directory/tokens", body=body, headers=auth)
    if kind == 3:  # a sealed message: ciphertext only; the recipient's id is in the path
        body = {"messages": [{"type": 6, "destinationDeviceId": 1,
                              "destinationRegistrationId": rng.randint(1, 16380),
                              "content": b64(rng.randbytes(240))}],
                "online": False, "urgent": True, "timestamp": 1700000000000 + i}
        return case("messenger", f"{base}/v1/messages/{rnd_uuid(rng)}", body=body,
                    headers={"Unidentified-Access-Key": b64(rng.randbytes(16)),
                             "User-Agent": L("Whisper-Android/6.40.4 Android/34", DEV)})
    if kind == 4:  # encrypted profile: nothing readable
        body = {"version": rnd_hex(rng, 64), "name": b64(rng.randbytes(81)),
                "about": b64(rng.randbytes(156)), "aboutEmoji": b64(rng.randbytes(60)),
                "avatar": False, "commitment": b64(rng.randbytes(97))}
        return case("messenger", f"{base}/v1/profile", body=body, headers=auth)
    body = {"gcmRegistrationId": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 110),
                                   "id.device"), "webSocketChannel": True}
    return case("messenger", f"{base}/v1/accounts/gcm", body=body, headers=auth)


FAMILIES = (oauth, raygun, messenger)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
