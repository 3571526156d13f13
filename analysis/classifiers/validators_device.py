"""Validators of values that describe the phone: an OS name, a phone model, a build code name,
a User-Agent that names an OS version or model. Named by the rule files like the others
(``validators.VALIDATORS``). Sources: Android ``Build`` (MODEL, PRODUCT, BOARD, HARDWARE) and
iOS ``UIDevice`` value forms; RFC 9110 §10.1.5 for User-Agent product tokens; Apple's build
number format (two digits, a letter, digits).
"""

from __future__ import annotations

import re

from analysis.classifiers.validators_ids import imei

# (Unity's RuntimePlatform names the OS with a suffix: "AndroidPlayer", "IPhonePlayer")
_OS = re.compile(r"(?i)\b(android|ios|ipados|iphone ?os|harmonyos|fire ?os|tizen|kaios|"
                 r"windows|mac ?os|macos|linux|watchos|tvos|wear ?os|androidplayer|"
                 r"iphoneplayer)\b")


def osname(value: str) -> bool:
    return bool(_OS.search(value))


_MODEL = re.compile(r"(?i)^((google|samsung|apple|motorola|lge?|sony|htc|asus|lenovo|zte|tcl|"
                    r"nothing|fairphone)[ _-])?(watch\d|sm-|gt-|mi \d|cph\d|rmx\d|phone \(|"
                    # a brand's or a line's whole name: not "pixelcnn", "motor", "opponent"
                    r"(iphone|ipad|ipod|pixel|redmi|oneplus|motorola|moto|nokia|huawei|honor|"
                    r"oppo|vivo|realme|xiaomi|galaxy|nexus|xperia|zenfone)(?![a-z]))")


# Android ConnectivityManager/TelephonyManager network types as SDKs report them.
_NETTYPE = re.compile(r"(?i)(wi-?fi|wlan|lte|4g|5g|3g|2g|nr|cellular|mobile|ethernet|umts|hspa\+?|"
                      r"hsdpa|edge|gprs|cdma|evdo|none|offline|wwan|vpn|bluetooth)")


def nettype(value: str) -> bool:
    """A network-connection type ("WIFI", "LTE", "5g", "cellular"), not a network's name."""
    return bool(_NETTYPE.fullmatch(value.strip()))


def flag(value: str) -> bool:
    """A boolean as SDKs send it (a connection flag: ``"wifi": true``)."""
    return value.strip().lower() in ("true", "false")


def model(value: str) -> bool:
    return bool(_MODEL.match(value.strip()))


_CODENAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.,-]{1,47}")


def codename(value: str) -> bool:
    """A build code name as Android's ``Build.PRODUCT``/``BOARD``/``HARDWARE`` hold them
    ("husky", "sdk_gphone64_arm64", "qcom"): one token, never words with spaces like a shop
    product's name ("Noir filter pack")."""
    return bool(_CODENAME.fullmatch(value.strip()))


# words of a store product's ID, no build's code name
STORE_WORDS = frozenset({"premium", "pro", "plus", "monthly", "yearly", "annual", "weekly",
                         "subscription", "sub", "month", "year", "pack", "bundle", "trial",
                         "lifetime", "vip", "gold", "coins", "gems", "credits", "12m", "1m",
                         "3m", "6m", "1y", "1w"})


def product_codename(value: str) -> bool:
    """``Build.PRODUCT``/``BOARD`` under a bare "product" or "board": a code name, and lower
    case without dashes — a SKU ("TR-223") or a forum board's slug ("first-90-days") is none
    (the 11th and 14th blind sets). ("hardware" keeps ``codename``: Apple's location services
    send the model, "iPhone10,6", under it.)"""
    v = value.strip()
    # (words joined by underscores without a digit name a product of the app's, not a build:
    # "video_ident", QA63; "sdk_gphone64_arm64" is one)
    return (codename(v) and "-" not in v and not any(c.isupper() for c in v)
            and ("_" not in v or any(c.isdigit() for c in v))
            and not set(re.split(r"[._]", v)) & STORE_WORDS  # ("cyklia_premium_12m", QA68)
            and v.count(".") < 2)  # (a reverse-DNS store ID, "com.cyklia.premium.12m": QA69)


_ML_TOKEN = re.compile(r"[a-z]{4,}")
_EMULATOR = re.compile(r"sdk_|gphone|emulator|generic|simulator")
# Families of machine-learning models apps name in a request (a chat completion's "gpt-4o", a
# detector's "yolov8n"), and phone brands written in lower case ("fairphone-4", "poco-f5").
_ML_MODEL = re.compile(r"(?i)(gpt|o\d|tts|whisper|llama|mistral|gemini|claude|bert|yolo|clip|"
                       r"resnet|mobilenet|efficientnet|dall-e|text-embedding|stable-diffusion|"
                       r"sd-|phi-?\d|qwen|deepseek|arcface|facenet|ecapa|silero|wav2vec|vad|"
                       # face recognisers' backbones ("arc-r100-v3", InsightFace's buffalo_l)
                       r"arc-|iresnet|insightface|buffalo|r100|r50\b)")
# lower-case letters, then a version: "fv-2.3", "asl-tr-4", "skin-7.2.0"
_VERSIONED = re.compile(r"[a-z]{2,}(?:[-_][a-z]+)*[-_]v?\d+(?:\.\d+)*")
_PHONE_BRAND = re.compile(r"(?i)(fairphone|poco|nothing|oneplus|pixel|galaxy|redmi|moto|nokia|"
                          r"oppo|vivo|realme|honor|huawei|xiaomi|sony|asus|zte|tcl|lenovo)"
                          r"(?![a-z])")  # a brand's whole name: not "pixelcnn", "motor"


# ...a language model's or a speech model's name, by its kind or the locale it is for
# ("lm-en_SG-large", "asr-de-DE-small": QA109's keyboard)
# (lower-case: LG's phones are "LM-Q720", "LM_X420", the review)
_LANGUAGE_MODEL = re.compile(r"(?:^|[-_])(?:lm|llm|asr|tts|nlu|stt)(?:[-_]|$)|"
                             r"(?:^|[-_])[a-z]{2}[-_][A-Z]{2}[-_]")


def phone_model(value: str) -> bool:
    """A value a bare ``model`` key holds for the phone: anything but a machine-learning model's
    name, which is lower-case words joined by hyphens or underscores ("facenet-mobile-2",
    "snorenet-3.1", "medical_conversation"); a phone's is a brand's name or a code
    ("Pixel 8", "SM-G991B", "CPH2451"), and an emulator's ("sdk_gphone64_arm64") is one too."""
    v = value.strip()
    if not v or model(v) or _EMULATOR.search(v.lower()):
        return bool(v)
    brand = _PHONE_BRAND.match(v)
    if brand and not re.search(r"(?i)\bv\d|[-_ ][a-z]{3,}", v[brand.end():]):
        return True  # a brand, then a model code: "fairphone-4", "poco-f5"
    if (_ML_MODEL.match(v) or (v == v.lower() and not any(c.isdigit() for c in v))
            or _VERSIONED.fullmatch(v) or _LANGUAGE_MODEL.search(v)):
        return False  # an ML model ("ivx-5.2"), or a word ("default"): no phone is called so
    joined = ("-" in v or "_" in v) and v == v.lower() and " " not in v and "/" not in v
    return not (joined and any(_ML_TOKEN.fullmatch(t) for t in re.split(r"[-_.]", v)))


def model_or_os(value: str) -> bool:
    return model(value) or osname(value)


# A User-Agent says something about the device only when it names an OS version or a model:
# "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UQ1A)", "MyApp/3 (iPhone; iOS 17.1)",
# "CFNetwork/1410 Darwin/22.6.0". A bare "okhttp/4.12.0" names only the HTTP library
# (RFC 9110 §10.1.5: product tokens; OS and model are conventions of the platforms' defaults).
_UA_OS_VERSION = re.compile(
    # not an SDK's own product name ending in a platform ("bugnest-android/7.3.0", QA15;
    # Sentry's "sentry.java.android/7.3.0", QA61)
    r"(?i)(?<![\w.-])(?:android|ios|ipados|iphone os|cpu os|mac os x|macos|windows nt|"
    r"windows phone|darwin|harmonyos|tizen|kaios|watchos|tvos|fire os|linux; u; android)"
    r"[ /]?v?\d+(?:[._]\d+)*")
_UA_BUILD = re.compile(r"\bBuild/[A-Z0-9][\w.]{3,}")
# An Apple OS build number names the exact OS version ("18B92" is iOS 14.2): Apple's own
# daemons send it as their whole User-Agent or after the model ("iPhone10,6/18B92").
_APPLE_BUILD = re.compile(r"\d{2}[A-Z]\d{1,4}[a-z]?")


def user_agent_device(value: str) -> bool:
    if _UA_OS_VERSION.search(value) or _UA_BUILD.search(value):
        return True
    if any(model(part) for part in re.split(r"[;()]", value) if part.strip()):
        return True  # "Pixel 8", "SM-G991B" between the parentheses
    return any(model(token) or _APPLE_BUILD.fullmatch(token)
               for token in re.split(r"[\s/;()]+", value) if token)


_RESOLUTION = re.compile(r"\d{2,5}\s*[x×*X]\s*\d{2,5}")


def resolution(value: str) -> bool:
    """A screen resolution written as width x height ("1080x2400"): what GA's ``sr`` and the
    short ``res`` keys hold; a sample rate (16000) or a reservation status ("ok") is not."""
    return _RESOLUTION.fullmatch(value.strip()) is not None


def battery_level(value: str) -> bool:
    """A battery's charge: 0-100 percent, or a 0-1 fraction written with a decimal point."""
    v = value.strip()
    try:
        n = float(v)
    except ValueError:
        return False
    return 0 <= n <= 100 and (n.is_integer() or n <= 1 or "." in v)


# Phone makers as Build.BRAND / Build.MANUFACTURER write them (lower-cased)
PHONE_BRANDS = frozenset({
    "samsung", "google", "apple", "xiaomi", "redmi", "poco", "oneplus", "huawei", "honor",
    "oppo", "vivo", "realme", "motorola", "moto", "lenovo", "sony", "lg", "lge", "nokia", "hmd",
    "asus", "zte", "nubia", "tecno", "infinix", "itel", "alcatel", "tcl", "fairphone", "nothing",
    "meizu", "sharp", "kyocera", "htc", "blackview", "doogee", "ulefone", "oukitel", "cat",
    "umidigi", "micromax", "lava", "wiko", "blu", "iqoo", "generic", "android", "iphone"})


def phone_brand(value: str) -> bool:
    """A phone maker's name ("samsung", "Google", "Xiaomi")."""
    return value.strip().lower() in PHONE_BRANDS


# the validators of connection types and flags, by the names the rules use
_FINGERPRINT_ID = re.compile(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}"
                             r"|[0-9a-fA-F]{16,128}|[A-Za-z0-9_-]{16,64}")


def fingerprint_id(value: str) -> bool:
    """A device fingerprint an SDK derives: a UUID, a hex digest or an opaque token of 16-128
    characters with digits in it, not an Android build fingerprint ("google/oriole/...:user/
    release-keys", Build.FINGERPRINT: slashes and colons)."""
    v = value.strip()
    return bool(_FINGERPRINT_ID.fullmatch(v)) and any(c.isdigit() for c in v)


# An IMEI written into a log line or a breadcrumb ("pair retry for watch imei=35209...": QA82,
# sent to a crash reporter), with its Luhn check digit right; not a help article's example nor
# a listing's phone for sale (QA83)
IMEI_IN_TEXT = re.compile(r"(?i)\bimei\s*[:=#]?\s*(\d{15})\b")
EXAMPLE = re.compile(r"(?i)\b(?:example|sample|e\.g\.|z\.b\.|ejemplo)\b")
NOT_LOGS = frozenset({"article", "articles", "help", "faq", "listing", "listings", "description",
                      "title", "product", "products", "post", "posts", "body", "content",
                      "query", "q"})  # (QA83)



def imei_in_text(text: str, words: frozenset[str]) -> bool:
    """``text`` (a field under the path ``words``) names an IMEI (above)."""
    m = IMEI_IN_TEXT.search(text)
    return (m is not None and imei(m.group(1)) and not words & NOT_LOGS
            and not EXAMPLE.search(text))


# A screen's orientation as crash and analytics SDKs report the device's state (Bugsnag's
# "device.orientation", iOS's UIDeviceOrientation and Android's names): blind59-blind62
ORIENTATIONS = frozenset({"portrait", "landscape", "portraitupsidedown", "landscapeleft",
                          "landscaperight", "faceup", "facedown", "reverselandscape",
                          "reverseportrait", "portrait-upside-down", "landscape-left",
                          "landscape-right", "portrait_upside_down", "landscape_left",
                          "landscape_right", "portrait-primary", "landscape-primary",
                          "portrait-secondary", "landscape-secondary"})


def screen_orientation(value: str) -> bool:
    return value.strip().lower() in ORIENTATIONS


# ...and the screen the app was on, by its class's name ("MainActivity", "CheckoutFragment",
# "ProfileViewController", "com.example.ui.CartScreen"): Bugsnag's "context" of an error
_SCREEN_CLASS = re.compile(r"(?:[a-z][\w]*\.)*[A-Z][A-Za-z0-9]*(?:Activity|Fragment|ViewController|"
                          r"Controller|Screen|Page)")


def screen_class(value: str) -> bool:
    return bool(_SCREEN_CLASS.fullmatch(value.strip()))


DEVICE_VALIDATORS = {"nettype": nettype, "flag": flag, "fingerprint_id": fingerprint_id,
                     "screen_orientation": screen_orientation, "screen_class": screen_class}
