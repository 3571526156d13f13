"""Data categories: the ids every finding and claim uses (shared/TAXONOMY.md, a public contract).

Each id maps to the Apple App Privacy label type and the Google Play Data safety type, so a
report can be held against either label. Add categories, never rename one.
"""

from __future__ import annotations

from typing import NamedTuple


class Category(NamedTuple):
    id: str
    description: str
    apple: str
    google: str


CATEGORIES: dict[str, Category] = {
    c.id: c
    for c in (
        Category('id.advertising', 'resettable advertising IDs: IDFA, GAID/AAID, OAID',
                 'Identifiers › Device ID', 'Device or other IDs'),
        Category('id.device', 'software device IDs: Android ID, IDFV, SDK install/device IDs tied to the device',
                 'Identifiers › Device ID', 'Device or other IDs'),
        Category('id.hardware', 'IMEI, MEID, serial number, MAC address',
                 'Identifiers › Device ID', 'Device or other IDs'),
        Category('id.sim', 'IMSI, ICCID (SIM serial)',
                 'Identifiers › Device ID', 'Device or other IDs'),
        Category('id.user', 'account IDs, user names, logged-in user identifiers',
                 'Identifiers › User ID', 'Personal info › User IDs'),
        Category('contact.email', 'e-mail addresses (also hashed)',
                 'Contact Info › Email Address', 'Personal info › Email address'),
        Category('contact.phone', 'phone numbers (also hashed)',
                 'Contact Info › Phone Number', 'Personal info › Phone number'),
        Category('contact.name', "a person's name",
                 'Contact Info › Name', 'Personal info › Name'),
        Category('contact.address', 'postal address',
                 'Contact Info › Physical Address', 'Personal info › Address'),
        Category('location.precise', 'coordinates with 3 or more decimals (about 100 m or better)',
                 'Location › Precise Location', 'Location › Precise location'),
        Category('location.coarse', 'rounded coordinates, city, postal code, region',
                 'Location › Coarse Location', 'Location › Approximate location'),
        Category('location.carrier', 'location derived from the SIM or network: MCC/MNC, carrier name, SIM or network country, cell ID',
                 'Location › Coarse Location', 'Location › Approximate location'),
        Category('location.ip', "the device's own IP address reported in a payload (location based on IP address)",
                 'Location › Coarse Location', 'Location › Approximate location'),
        Category('location.wifi', 'Wi-Fi SSID/BSSID and nearby network identifiers',
                 'Location › Precise Location', 'Location › Precise location'),
        Category('biometric.face', 'faceprints: face landmarks, face geometry, face embeddings or templates',
                 'Sensitive Info', 'Personal info › Other info'),
        Category('biometric.voice', 'voiceprints: speaker embeddings, voice templates, audio features for identification',
                 'Sensitive Info', 'Audio › Voice or sound recordings'),
        Category('behavior.keystroke', 'keystroke patterns or rhythms: key down/up timings, dwell and flight times, typing cadence',
                 'Sensitive Info', 'App activity › Other actions'),
        Category('behavior.motion', 'touch and swipe trajectories, accelerometer/gyroscope series (behavioural biometrics)',
                 'Sensitive Info', 'App activity › Other actions'),
        Category('behavior.usage', 'app interaction events, screen views, session lengths',
                 'Usage Data › Product Interaction', 'App activity › App interactions'),
        Category('content.text', 'text the user typed or wrote: messages, posts, search terms',
                 'User Content › Other User Content', 'Messages › Other in-app messages'),
        Category('content.contacts', 'address book entries',
                 'Contacts', 'Contacts'),
        Category('content.media', 'photos, video or audio the user made',
                 'User Content › Photos or Videos / Audio Data', 'Photos and videos / Audio files'),
        Category('behavior.search', 'in-app search terms and search history',
                 'Search History', 'App activity › In-app search history'),
        Category('behavior.browsing', 'web pages visited (in-app browsers, web views)',
                 'Browsing History', 'Web browsing › Web browsing history'),
        Category('personal.birthdate', 'date of birth, age',
                 'Other Data', 'Personal info › Other info'),
        Category('personal.gender', 'gender',
                 'Other Data', 'Personal info › Other info'),
        Category('personal.national_id', 'government identity numbers: social security, tax or national ID numbers, passport numbers',
                 'Other Data', 'Personal info › Other info'),
        Category('personal.sensitive', 'racial or ethnic origin, religion, political opinions, sexual orientation, pregnancy, disability, trade-union membership',
                 'Sensitive Info', 'Personal info › Race and ethnicity / Political or religious beliefs / Sexual orientation / Other info'),
        Category('health.fitness', 'workouts, steps, heart rate, weight, body measurements',
                 'Health & Fitness › Fitness', 'Health and fitness › Fitness info'),
        Category('health.medical', 'health conditions, symptoms, medications, medical records',
                 'Health & Fitness › Health', 'Health and fitness › Health info'),
        Category('financial.payment', 'payment card numbers (also partial), bank accounts, payment tokens',
                 'Financial Info › Payment Info', 'Financial info › User payment info'),
        Category('financial.purchase', 'purchases, bookings, orders',
                 'Purchases › Purchase History', 'Financial info › Purchase history'),
        Category('device.apps', 'list of installed apps',
                 'Other Data', 'App activity › Installed apps'),
        Category('device.info', 'model, OS version, screen, locale, time zone, battery, storage',
                 'Diagnostics › Other Diagnostic Data', 'App info and performance › Other app performance data'),
        Category('secret.credential', 'passwords, auth tokens, session cookies',
                 'Other Data', '(not a Data safety type: a security finding)'),
    )
}

# Categories whose values are identifiers (masked in reports unless --show-values).
IDENTIFYING = frozenset(
    c for c in CATEGORIES
    if c.startswith(("id.", "contact.", "location.", "personal.", "financial."))
)
SECRET = frozenset({"secret.credential"})
SENSITIVE_PREFIXES = ("biometric.", "behavior.keystroke", "behavior.motion", "health.",
                      "personal.", "location.precise")


def expand(pattern: str) -> frozenset[str]:
    """Expand a claim's category pattern: an id, a prefix such as ``biometric``, or ``*``.

    Raises ``KeyError`` for a pattern that matches nothing.
    """
    if pattern == "*":
        return frozenset(CATEGORIES)
    if pattern in CATEGORIES:
        return frozenset({pattern})
    prefix = pattern.rstrip(".*") + "."
    found = frozenset(c for c in CATEGORIES if c.startswith(prefix))
    if not found:
        raise KeyError(pattern)
    return found


def is_sensitive(category: str) -> bool:
    return category.startswith(SENSITIVE_PREFIXES)
