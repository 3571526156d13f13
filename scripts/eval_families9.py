"""Ninth, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark, with the category ids of TAXONOMY.md and the
paths of DESIGN.md. Every family is new to the evaluation (set 4 had a generic cycle-tracker sync
and set 5 a CMP log; the shapes here are different apps and SDK styles):
``eval_families9_bet.py``: a sports-betting app (geo-compliance packets, KYC, wallet, bet slips)
and a period/fertility tracker (daily logs, BBT thermometer, pregnancy mode, partner sharing);
``eval_families9_mind.py``: a mental-health journaling/therapy-chat app and a smart-ring sleep
tracker's companion app (BLE sync batches, sleep, readiness);
``eval_families9_talk.py``: a messenger's contact discovery and a Zendesk-style helpdesk SDK;
``eval_families9_sdk.py``: Statsig/LaunchDarkly/GrowthBook/Split-style feature-flag SDKs and an
APM SDK (captured network URLs, screen traces, ANR breadcrumbs, OTLP-like protobuf span);
``eval_families9_cn.py``: an Umeng/JPush-style analytics+push SDK and a PlayFab-style game
backend (with an anti-cheat attestation);
``eval_families9_web.py``: an IAB-TCF consent-management platform and a Capacitor/Cordova-style
hybrid WebView shop. ``eval_families9_kit.py`` holds the device blocks and loads ``check_ci``.
Values are synthetic; hosts are under example.* (RFC 2606); no real company is named as sender.
Encodings: JSON, JSON Lines, form, query strings, cookies, mixed-case headers, bearer and bare
JWTs, base64/base64url (a URL path segment, a header), gzip+base64 form fields, hex JSON, JSON
strings inside JSON, multipart, msgpack, schema-less protobuf, XML/SOAP, gzip/br/zstd/deflate.
Run this file to check every labelled path against ``decode_exchange`` and print the counts.

Conventions kept from sets 1-8 (see ``eval_families8.py``): device model/OS/locale/time zone/
screen/battery/network type/rooted and emulator flags, the User-Agent and the LAN address are
``device.info``; event and screen names, session lengths are ``behavior.usage``; SDK install/
device IDs and push tokens are ``id.device``; public client keys, app/SDK versions, trace/event
IDs, nonces, experiment keys and variations are unlabelled; an Authorization secret, password,
OTP or session token is ``secret.credential`` and a JWT's claims continue at ``.claims.``; a
scalar list is labelled once; records are labelled per field; MCC/MNC, carrier name and cell IDs
are ``location.carrier``; city/state/ZIP/region and < 3 decimals are ``location.coarse``; a street
line is ``contact.address``; accuracy/speed/altitude are not a location; an order's ID, items and
total are ``financial.purchase``, catalogue prices and odds are not; a card token, last four,
expiry, routing and account number are ``financial.payment``; another person typed in by the
user (partner, emergency contact, invitee, friend, clinician) is ``contact.name/email/phone``,
while entries taken from the address book are ``content.contacts``; pregnancy and a TTC goal are
``personal.sensitive`` (set 4); journal text and mood check-ins are ``health.medical`` (text also
``content.text``, set 7); heart rate, HRV, SpO2, skin temperature, sleep and steps from a
consumer wearable are ``health.fitness`` (set 5); the TC string is unlabelled (set 5).

Calls made in this set (a reader may disagree; stated so a score can be read):
- betting: a deposit/withdrawal amount and its reference are ``financial.purchase`` (transaction
  history), as are a bet slip's ID, stake and picks; odds, potential payout, event IDs and the
  operator's licence are not; gambling is not ``personal.sensitive``; the nearby Wi-Fi list of a
  geo-compliance packet is labelled per record (``bssid``, ``ssid``); a signed geolocation
  verdict (JWT) is ``secret.credential`` with its state and 2-decimal position ``location.coarse``;
  the ``developer_options`` flag is ``device.info``; a self-exclusion reason is ``content.text``;
  the SSN's last four digits are ``personal.national_id`` like the whole SSN;
- cycle: cycle day, flow, BBT, cervical mucus, LH tests, mood, symptoms, contraception and
  predictions queried for the user are ``health.medical``; sexual activity logs (even "none")
  and pregnancy mode (due date, test date, week) are ``personal.sensitive``; ad keywords derived
  from a TTC goal are ``personal.sensitive``; a forum post announcing a pregnancy is
  ``content.text|personal.sensitive``; a health article search is ``behavior.search`` only; a
  thermometer's MAC is ``id.hardware``; a research donation's SHA-256 of the e-mail is
  ``contact.email`` and its age band ``personal.birthdate``;
- journal: PHQ-9 answers (one list), score, severity and item-9 flag, crisis risk level and
  medication name/dose are ``health.medical``; a crisis phrase and therapy messages are
  ``health.medical|content.text``; sleep hours in a check-in are ``health.fitness``; a client-side
  encrypted entry's ciphertext is unlabelled but its clear mood and tags are labelled; the
  therapist's display name (assigned by the service, echoed back) is unlabelled; a prescriber
  typed in by the user is ``contact.name``; inter-key gaps, key down/up event lists, backspace
  and deletion counts and compose time are ``behavior.keystroke``; crisis resources opened are
  ``behavior.usage``;
- ring: a ring's serial and MAC, the phone's serial and Bluetooth MAC and a SHA-1 of the ring
  serial are ``id.hardware``; ring size is ``health.fitness`` (a body measurement); bedtime start/
  end and the hypnogram (one string) are ``health.fitness``; a ring-derived period prediction
  and cycle phase are ``health.medical``; ring battery and firmware string are ``device.info``;
  raw sensor frames and bare protobuf varints/floats are unlabelled (not legible without schema);
- discovery: truncated SHA-256 of address-book numbers are ``content.contacts`` (one list or per
  protobuf occurrence), the user's own number (or its truncated hash) ``contact.phone``; presence
  state, last-seen and typing notices are ``behavior.usage``; a username is ``id.user``; profile
  "about" text and a group title are ``content.text``; prekeys, identity keys and profile
  commitments are unlabelled; a Signal-style registration ID is ``id.device``;
- helpdesk: ticket subject/body, chat and CSAT comments by the user are ``content.text`` (plus
  ``financial.payment`` or ``contact.address`` when they quote a card's last four or the street);
  the agent's messages and name are unlabelled; a log attachment containing the user ID is
  ``id.user`` on the file part; a screen recording and a screenshot are ``content.media``;
- flags: a user attribute of lifetime value or purchase count is ``financial.purchase``; an
  exposure's gate/flag, rule and variation are unlabelled; a custom event's name is
  ``behavior.usage`` and its value ``behavior.search`` when it is a search term; a Split-style
  bucketing key holding the e-mail is ``contact.email``; the LaunchDarkly-style context in a URL
  path segment is labelled inside the decoded segment;
- APM: a captured URL's query parameters are labelled per parameter (search term, position,
  e-mail, phone, OTP); a captured URL with the e-mail or user ID in its path is labelled as a
  whole field (an OTLP-like span's ``http.url`` with user ID and phone: ``id.user|contact.phone``);
  a captured Authorization header is ``secret.credential``; a breadcrumb recording
  a typed street is ``contact.address``; tap coordinates and scroll deltas are unlabelled;
- Chinese-style SDK: OAID is ``id.advertising``; a UTDID-style ID and a push registration ID are
  ``id.device``; the MD5 of the IMEI is ``id.hardware``; a WeChat-style provider user ID and a
  push alias equal to the user ID are ``id.user``; installed apps are ``device.apps`` per record
  (package and label); an encrypted envelope is unlabelled; push arrival/click is usage;
- game: a device-generated ``CustomId`` is ``id.device``; a display name and a title-player
  entity ID are ``id.user``; statistics and PlayStream events are ``behavior.usage``; a Play
  receipt's order ID, product, time and purchase token are ``financial.purchase`` (proof of a
  purchase, not a payment instrument), as is the price; a Google server auth code, an entity
  token and an integrity token are ``secret.credential``; packages an anti-cheat scan found are
  ``device.apps`` (one list);
- CMP: a TC/GPP/US-privacy string and purpose/vendor choices are unlabelled; the CMP's
  per-device consent UUID and a consent-mode client ID are ``id.device``; the ``authId`` is
  ``id.user``; a zeroed advertising ID (limit ad tracking) is unlabelled; the region the CMP
  resolved is ``location.coarse``;
- hybrid: the app's own WebView routes (``capacitor://localhost/#/...``) are ``behavior.usage``,
  external pages opened in the in-app browser ``behavior.browsing``; localStorage values that are
  JSON strings are labelled inside; a ``cordova-plugin-device`` ``uuid`` (the Android ID) is
  ``id.device``; a photo as a data URL is ``content.media`` on the field; the
  ``X-Requested-With`` package name is ``device.info`` (it names the app, as the UA does).

Decoder facts noticed while checking paths (``decode_exchange`` only, through ``check_ci``): a
base64url JSON URL path segment is decoded (``url`` ``path[3].user.key``); a URL inside a JSON
string is parsed, its query parameters continuing the path (``requests[0].url.q``); a JSON string
inside JSON (localStorage values, a Play ``ReceiptJson``) is parsed; a repeated protobuf field is
indexed (``1[0]``, ``1.1[1].2.1``); hex strings of 12-16 characters in protobuf stay leaves; a
base64 JSON header is decoded at the header path (``X-Client-Fingerprint.imei``); JWTs in body
fields and headers expose ``.claims``; XML attributes of nested elements are ``@name``; a top-
level JSON list body is ``[i]``; every labelled path was produced, so ``DECODER_GAPS`` is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families9_bet
import eval_families9_cn
import eval_families9_mind
import eval_families9_sdk
import eval_families9_talk
import eval_families9_web
from eval_families8_kit import report
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families9_bet.betting(), *eval_families9_bet.cycle(),
            *eval_families9_mind.journal(), *eval_families9_mind.ring(),
            *eval_families9_talk.discovery(), *eval_families9_talk.helpdesk(),
            *eval_families9_sdk.abtest(), *eval_families9_sdk.apm(),
            *eval_families9_cn.cnpush(), *eval_families9_cn.game(),
            *eval_families9_web.cmp(), *eval_families9_web.hybrid()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
