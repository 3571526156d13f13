"""Eleventh, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark, with the category ids of TAXONOMY.md and the
paths of DESIGN.md. Every app kind is new to the evaluation (none of sets 1-10):
``eval_families11_money.py``: a crypto wallet/exchange, a QR-code payments wallet, a car-sharing
app; ``eval_families11_home.py``: a smart thermostat/home-energy app, a pet-care app, a grocery-
delivery app with a loyalty card; ``eval_families11_body.py``: a fitness-class booking app, a
sleep-sounds app with snore detection, a hearing-aid companion app; ``eval_families11_geo.py``: a
weather-radar app with an embedded location SDK, a news app with paywall and comments, a
personal-safety/SOS app; ``eval_families11_more.py``: more traffic of the same apps (sign-in,
a fraud/risk SDK, sensor windows, a pet collar's modem, deep links, URL-path IDs, OpenRTB, more
negatives); ``eval_families11_plus.py``: history syncs and household records (a week of nights,
reading history, SDK place visits, away-mode household, a dog walker's access, a hearing-test
run, trip export, a tax report, a request-to-pay, a base64 JSON profile header).
``eval_families11_kit.py`` re-exports the earlier kits' ids, device blocks (set 9's) and
``check_ci`` (through set 9's kit, so mypy on these files stays clean). Values are synthetic;
hosts are under example.* (RFC 2606). Encodings: JSON, JSON Lines, form, query strings,
cookies, mixed-case headers, bearer and bare JWTs (header, cookie,
form/JSON fields), base64/base64url/gzip+base64/hex JSON wrappers, base64 protobuf in a form
field, a URL inside JSON, multipart, msgpack, schema-less protobuf, XML, gzip/br/zstd/deflate.

Conventions kept from sets 1-10 (see ``eval_families8.py``-``eval_families10.py``): device model/
OS/locale/time zone/screen/battery/charging/rooted/ADB flags, the User-Agent and the LAN address
are ``device.info``; event/screen names and session lengths are ``behavior.usage``; SDK install/
device IDs, push tokens and an analytics client-ID cookie are ``id.device``; public client keys,
versions, trace/request/batch IDs, nonces, ETags, experiment arms, cryptograms and timestamps
are unlabelled; an Authorization secret, password, PIN, OTP, pairing code, OAuth code or
session cookie is ``secret.credential`` and a JWT's claims continue at ``.claims.``; a scalar
list or a sample series is labelled once, records per field; MCC/MNC, operator, SIM country,
LAC and cell ID are ``location.carrier``; city/ZIP/state/zone codes and < 3 decimals are
``location.coarse``, >= 3 decimals ``location.precise``; a street line or one-line address is
``contact.address``; orders, bookings, subscriptions and their IDs/totals/tokens are
``financial.purchase``, unit and limit prices not; a product view or cart sync is usage; card
tokens, last four, expiry, routing/account numbers are ``financial.payment``; another person
typed in by the user is ``contact.*``, address-book entries ``content.contacts``; a business's
name, address, phone and coordinates are negatives; halal is ``personal.sensitive``; sleep
times and durations, HR and steps are ``health.fitness``; accelerometer/touch series are
``behavior.motion``; typed keys with timings ``behavior.keystroke|content.text``; a value in
the URL path is ``url`` ``path[i]`` (0-based); articles read are ``behavior.usage``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- crypto: the user's own chain addresses, xpub and a withdrawal destination are
  ``financial.payment`` (account identifiers for funds); a txid of the user's transaction,
  trade pair/side/size and wallet balances are ``financial.purchase``; occupation, source of
  funds, PEP flag and document expiry are unlabelled; a liveness/face-match vector is
  ``biometric.face``, ID scans and selfie ``content.media``; a BIP-39 mnemonic is
  ``secret.credential``, an encrypted backup unlabelled but its hint ``content.text``; a Play-
  Integrity-style attestation JWT is a credential, its claims unlabelled; a wallet label and a
  support message are ``content.text`` (plus ``financial.payment`` if quoting an address);
- QR wallet: the EMV QR payload, merchant ID/name are the merchant's public data; payer
  positions are ``location.precise``; a SHA-256 of the Android ID is ``id.device``; a ``$handle``
  is ``id.user``; truncated contact hashes in repeated protobuf fields are ``content.contacts``
  each; a deep link's query parameters are labelled inside the URL;
- car sharing: the licence's PDF417 string is ``personal.national_id|contact.name|
  personal.birthdate`` (like an MRZ); the fleet car's plate, vehicle ID, fuel and odometer are
  unlabelled (not the user's); a trip's end address ``contact.address``; distance ``financial.
  purchase`` (billed); IMU series ``behavior.motion``, harsh-brake count and top speed
  ``behavior.usage``; a BLE digital key ``secret.credential``;
- thermostat: its serial/MAC ``id.hardware``, neighbours' networks in a setup scan
  ``location.wifi`` per record; the utility account number ``id.user``; room occupancy,
  setpoints, humidity, schedules and kWh/cost are unlabelled (no TAXONOMY category), as is a
  geofence transition's direction, while its coordinates are ``location.precise``;
- pets: the animal's name, breed, sex, birth date, weight and vet records (diagnosis, drugs)
  are unlabelled (not a person's data); its microchip number is ``id.hardware`` (a chip serial
  registered to the owner, as set 10's own plate); a pet-insurance policy number ``id.user``;
  the appointment reason typed by the owner ``content.text``; a collar's modem IMEI/ICCID are
  ``id.hardware``/``id.sim``; a referral's invitees from the address book ``content.contacts``;
- grocery: the loyalty card number is ``id.user``; a birthday without year ``personal.
  birthdate``; gluten-free, lactose-free, coeliac and allergies are ``health.medical``; a search
  for pregnancy vitamins ``behavior.search|personal.sensitive``; ad segments
  (``gluten_free_shopper``) are unlabelled; a car description for pickup is ``content.text``;
- classes: a waiver's pregnancy flag is ``personal.sensitive`` even when false, injuries and
  heart condition ``health.medical``; HR zones (per zone), HR series, kcal, weight, reps and load
  ``health.fitness``; a strap's/watch's serial and MAC ``id.hardware``; a class booking and a
  waitlist entry are ``financial.purchase``; the leaderboard rank is unlabelled;
- sleep: snore MFCC vectors, snore share and apnea risk are ``health.medical`` (breathing
  analysis, not speaker identification), snore and sleep-talk clips ``content.media``; mood,
  alcohol and melatonin ``health.medical``, caffeine ``health.fitness`` (lifestyle log); ambient
  dB unlabelled; under-pillow accelerometer ``behavior.motion``;
- hearing: each audiogram threshold (XML) or threshold list (msgpack), a diagnosis and tinnitus
  are ``health.medical``; a hearing-impaired flag is ``personal.sensitive`` (disability), the
  audiogram itself only medical; an own-voice profile vector and mean pitch ``biometric.voice``;
  the acoustic environment class and volumes are unlabelled, the chosen programme
  ``behavior.usage``; a health-insurance member ID ``id.user``; live-caption text ``content.text``;
- weather/SDK: NWS-style alert zone codes are ``location.coarse`` (one list); a saved place of
  another city is ``location.coarse``; a street without number is ``contact.address``; a
  tile z/x/y and a map bbox are unlabelled (a viewport, not a position); an MD5 of the ad ID is
  ``id.advertising``; visited venues' names and categories in an SDK's visit batch are
  ``location.coarse`` (named places, as set 10's stations), their coordinates precise, even
  for a hospital (no ``health.medical`` inferred from a place); an analytics ``anon_id`` is
  ``id.device``;
- news: a political comment is ``content.text|personal.sensitive``, other comments
  ``content.text``; the newsletter lists chosen are unlabelled; an in-app web page is
  ``behavior.browsing``, as is the page URL in a bid request; a saved-article tag
  ``content.text``; a gift message ``content.text``;
- safety: the share-session ID in the URL path is unlabelled; a timer's destination label is
  ``content.text``; blood type, allergies, conditions and drugs ``health.medical`` (epilepsy not
  also sensitive); a fake-call caller label ("Mom") ``content.text``, not a name; a SHA-1 of the
  IMEI ``id.hardware``; a walk-route destination typed ``behavior.search``;
- households: another member's name, phone and last position are labelled as the user's would
  be, the home/away presence state is unlabelled; a dog walker's name/phone/e-mail are
  ``contact.*``, a door code ``secret.credential``; neighbourhood names in a trip export are
  ``location.coarse``; a list of past order IDs is one ``financial.purchase`` label; an SSN's
  last four is ``personal.national_id``.

Decoder facts noticed while checking paths (``decode_exchange`` through ``check_ci`` only):
XML attributes of repeated nested elements are ``Root.Elem[i].Sub[j].@attr``; a repeated
top-level protobuf sub-message inside base64 in a form field is ``p.2[i].k``; a JWT given as a
cookie value or as a bare header value exposes ``.claims``; hex JSON in a query parameter and
base64url JSON in a query parameter are unwrapped with the path continuing; a URL inside JSON
is parsed into its query parameters; JSON Lines records are ``[i]`` under every content coding
tried; a base64 JSON header is decoded at the header's path (``x-profile.email``).
Every labelled path was produced, so ``DECODER_GAPS`` is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families11_body
import eval_families11_geo
import eval_families11_home
import eval_families11_money
import eval_families11_more
import eval_families11_plus
from eval_families8_kit import report
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families11_money.crypto(), *eval_families11_money.qrpay(),
            *eval_families11_money.carshare(), *eval_families11_home.thermostat(),
            *eval_families11_home.petcare(), *eval_families11_home.grocery(),
            *eval_families11_body.classes(), *eval_families11_body.sleep(),
            *eval_families11_body.hearing(), *eval_families11_geo.weather(),
            *eval_families11_geo.news(), *eval_families11_geo.safety(),
            *eval_families11_more.money_more(), *eval_families11_more.home_more(),
            *eval_families11_more.body_more(), *eval_families11_more.extra(),
            *eval_families11_plus.plus()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
