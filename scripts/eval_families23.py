"""Twenty-third, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier (nor through the decoders) by its author; it is to be scored once, by the lead, on the
final rules (registered as ``--set blind20``).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-22 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (about two thirds first-party calls, one third SDK calls), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. Seven app kinds new to the evaluation (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds: a language-learning app with speech exercises ``eval_families23_lingo.py`` ("Parlance",
free tier with ads), a home-security camera app ``_cam.py`` ("Watchpost"), a pharmacy and
prescription-refill app ``_rx.py`` ("Refillo"), a real-estate search app ``_nest.py``
("Nestfind", ad-funded), a podcast player ``_pod.py`` ("Earshot", mostly signed out, audio ads), a
carpool-to-school app used by a parent ``_pool.py`` ("Schoolpool") and a smart-thermostat app
``_thermo.py`` ("Thermly"). The SDKs are new vendors, built once and called by every app with its
own events and choices: ``_sdk.py`` (analytics "Tallyfin", MMP "Linkloft", OpenRTB ads
"Bidharbor", crash reporting "Faultline") and ``_svc.py`` (flags "Toggleby", push "Pingwell",
consent "Permitly", payments "Paycrest", maps "Atlasly", support chat "Helpnook").
``eval_families23_kit.py`` holds places that are not the user's, businesses' numbers and
addresses, the user's child, medicines and insurance card, and the apps' common headers; the rest
comes from ``eval_families17_kit.py`` to ``eval_families22_kit.py``.

What is in it: log-ins (form and JSON passwords, an SMS one-time code, an MFA code, OAuth code +
PKCE verifier, a Google-style ID token), refreshes, sign-up, profiles, lessons with typed answers,
speech attempts (WAV) and transcripts, an AI tutor chat, dictionary and podcast searches and
autocompletes, friend matching by hashed phones, invitations, a Play purchase verification, camera
provisioning with the home Wi-Fi, a live-view offer with ICE candidates, talk-back audio, a named
familiar face, a shared clip, household members and emergency contacts, geofence arming (JSON and
protobuf), refills, prescription history by number in the URL path, nearby stores, insurance and
card photos, allergies and conditions, dose reminders, a transfer, a vaccine booking, a
pharmacist chat, a dependent child, listing searches, saved searches, agent leads, tours, a
commute, a home-value estimate, recently viewed (msgpack), event batches (JSON Lines), episode
downloads, playback progress (msgpack), an offline event queue, a voice clip, OPML export,
ratings, a child's profile, photo and emergency card, a carpool group, trips with a protobuf
track, pick-ups, a driver's licence check, live location sharing, thermostat structures,
pairing, setpoints, schedules, presence, weather by ZIP, a utility rebate, readings history;
analytics batches, legacy base64 uploads and identify calls; MMP sessions and events; OpenRTB
bid requests (banner, native, audio) and beacons; crash and session envelopes; flag evaluations
and exposure logs; push registrations, opens and focus pings; consent records; card tokens and
confirmations; geocoding, reverse geocoding, directions and map telemetry; support
conversations and attachments.
Negatives are implicit: event, request, batch, trace, attempt and message IDs, idempotency keys,
nonces, ETags, signatures, CSRF tokens, timestamps, versions, experiments and flag variations,
public SDK and map keys, a DSN, OpenRTB request/impression/bid/creative IDs and prices, lesson,
exercise, listing, episode, show, camera, event, face, school, store, trip, structure and
thermostat IDs, other users' opaque IDs, feed URLs, a thermostat's and a camera's serial and MAC,
phoneme scores, motion-zone polygons, mortgage-calculator inputs, schedules and setpoints,
temperature readings, a listing's and a school's and a utility office's coordinates, the map
bounds of a searched neighbourhood, directions' destinations (a pharmacy, a school), a pharmacy's,
a prescriber's (with an NPI), a pediatrician's, a school's, an installer's and an agent's phone
numbers, an agent's e-mail, a listing's street, insurance group/BIN/PCN and plan name, the app's
own prompt texts, promo codes, the user's car plate, make and colour.

Encodings, in rough proportion to real traffic: JSON (plain and gzip; a top-level array for map
telemetry and flag exposures), form bodies (log-ins, refresh, OAuth token, feedback, OPML export,
location sharing, the MMP's posts, bracketed card-token keys, payment confirmations, consent with
base64 JSON, the analytics legacy upload), query strings, headers (the apps' User-Agents, OkHttp's,
an ExoPlayer one, install IDs plain, upper case and without dashes, opaque and JWT bearers,
session-token headers), cookies (device, session and experiment cookies), JWTs (bearers with
user ID, e-mail, phone, patient number and name claims; an ID token in a JSON field), JSON strings
in form fields (the MMP's ``callback_params`` and ``partner_params``), URLs in JSON fields (crash
breadcrumbs), base64 JSON in form fields (analytics ``data``, consent ``payload``), JSON Lines
(crash envelopes, an event batch in gzip, an offline queue in gzip), multipart (JSON, text,
JPEG, WAV and M4A parts), msgpack (lesson progress, playback, subscriptions, recently viewed,
readings) and schema-less protobuf (an arming call, a carpool track with repeated fixes, a
thermostat sync). Profile transforms: the e-mail plain, mixed case, URL-encoded (form), MD5 (an
unsubscribe link) and SHA-256 of the normalised address (OpenRTB extended IDs, MMP partner
parameters); the phone E.164, national with parentheses, ``+1 (555) ...``, dashed, in JWT claims,
SHA-256 of E.164; others' numbers SHA-256 for matching; the install ID plain, upper case, without
dashes (also in a CDN query), in cookies; the Android ID; the advertising ID; the user ID plain,
in JWTs, in msgpack and protobuf, in a URL path segment; the public IP (OpenRTB, analytics) and
in an ICE candidate; MCC/MNC (split and ``310-260``) and the carrier; the home Wi-Fi SSID/BSSID;
coordinates at 2 to 6 decimals as numbers, strings, query values, protobuf doubles, ``lat,lon``
and ``lon,lat`` (in a query and in URL path segments).

Conventions kept from sets 20-22 (as their docstrings state them): model, make, OS, build, locale,
language (also a ``country``/``region`` the SDK or app takes from the locale), time zone (also as
seconds), screen, density, battery, charging, memory, orientation, rooted, network and connection
type, CPU ABI and User-Agents naming the model are ``device.info``; event names, screen names,
event tokens, session counts and lengths, focus and listening time, dwell time on a listing,
streaks and minutes practised ``behavior.usage``; SDK install/device IDs, the Android ID, push
tokens, push player IDs, payment SDK ``guid``/``muid``, the consent SDK's user ID and the map
SDK's telemetry user ID ``id.device``; passwords, SMS/MFA codes, OAuth codes and PKCE verifiers,
refresh/bearer/session tokens, session cookies, Wi-Fi passwords, setup and pairing codes, an
alarm safe word and payment client secrets ``secret.credential`` with JWT claims at
``<where>.claims.<claim>``; scalar lists are labelled per element in the module and collapsed by
``eval_families21.listed_once`` for the categories it lists once (allergies, conditions,
prescription numbers, hashed contacts); MCC/MNC and carrier ``location.carrier``; city, state,
ZIP and country ``location.coarse``; street lines ``contact.address``; a plan, a price, a copay,
a revenue, an order ID, a Play product, order and purchase token ``financial.purchase``; card
number, expiry, CVC and payment-method IDs ``financial.payment``; another person's name, phone and
e-mail typed by the user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based
over the non-empty segments); a URL in a JSON field is labelled per query parameter; text that
states a health fact carries ``content.text|health.medical``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- voice and media: speech-exercise recordings, talk-back audio and a voice clip ``content.media``
  only (recordings, not voiceprints); a speech transcript ``content.text``; phoneme scores
  unlabelled; avatar, child's photo and screenshots ``content.media``; insurance card photos
  ``content.media|health.medical``; a camera snapshot GET unlabelled (a download);
- health: medicines, prescription numbers (also in the URL path and in a crash breadcrumb), a
  former pharmacy's Rx number, allergies, conditions, a drug class in an event, a vaccine, vaccine
  screening answers and the insurance member ID ``health.medical``; a medication name in an
  analytics event ``health.medical``; a child's asthma, inhaler, nut allergy and car sickness
  ``health.medical`` (with ``content.text`` when typed); a ``pregnancy_status`` of null
  unlabelled;
- identity: the pharmacy patient number, the utility account number and a sign-in provider's
  ``sub`` ``id.user`` (the user's account there); the crash SDK's ``did`` and ``user.id`` the user
  ID signed in, the install ID signed out; "Jane's Pixel 8" as a device name
  ``device.info|contact.name``; the first name as a display name ``contact.name``; a driver's
  licence number ``personal.national_id`` and its state ``location.coarse``; birth year and dates
  of birth (the user's, her child's) ``personal.birthdate``; OpenRTB ``yob``/``gender``;
- positions: the user's own positions at 3-6 decimals ``location.precise`` (the home pin, a
  geofence exit and an arrival, presence, nearby searches, trip fixes, pick-up and arrival fixes
  (the arrival is the phone at the school, not the school's own coordinates, which are a
  negative), shared live location, the work place the user enters for a commute), 2 decimals
  ``location.coarse``; directions' origin and destination are one path segment labelled once; the
  home Wi-Fi's SSID/BSSID in camera provisioning, thermostat pairing, presence and a crash
  breadcrumb ``location.wifi``; a server-reflexive ICE candidate ``location.ip``; a ZIP typed into a
  store search ``behavior.search|location.coarse``; the work address ``contact.address``;
- searches: typed searches and autocompletes ``behavior.search`` (also in analytics events,
  breadcrumbs and forward geocoding of a typed place); the user's street typed into geocoding
  ``contact.address``; a saved search's name ``content.text``;
- unlabelled on purpose: podcast feed subscriptions (content followed, not in the taxonomy; no
  sensitive show among them), the car's plate (no taxonomy type), heating type and floor area,
  mortgage inputs, the OpenRTB consent string and US-privacy string.

Looked at beyond the allowed files (stated honestly): the source of ``eval_payloads.profile``,
``L``/``W``/``U``/``J``, ``resolve``, ``Case`` and ``case`` (the exchange/label builders); the
signatures and docstrings of every name ``eval_families17_kit`` re-exports (they come from the
sixteenth and earlier kits), printed with ``inspect``; the source of ``eval_families20_kit.ev``,
``pos`` and ``opaque`` and the ``App`` attributes; ``eval_families21.listed_once`` (signature and
the ``LISTED_ONCE`` constant, run on a toy case); ``pyproject.toml``'s ruff settings. Kit helpers
were run on toy inputs to see their output shapes. No classifier, rule, test or decoder was read
or run; ``check_ci`` was not run, so ``DECODER_GAPS`` is empty by assumption: the paths assume the
decoder conventions set 22's docstring states (JSON Lines ``[i]``, repeated protobuf
sub-messages ``2[i].1``, multipart parts at their names, base64 and JSON strings continuing at
the field, URL path ``path[i]``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families23_cam
import eval_families23_lingo
import eval_families23_nest
import eval_families23_pod
import eval_families23_pool
import eval_families23_rx
import eval_families23_thermo
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders (the author ran only ``build()``); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families23_lingo.parlance(), *eval_families23_lingo.parlance_sdks(),
            *eval_families23_cam.watchpost(), *eval_families23_cam.watchpost_sdks(),
            *eval_families23_rx.refillo(), *eval_families23_rx.refillo_sdks(),
            *eval_families23_nest.nestfind(), *eval_families23_nest.nestfind_sdks(),
            *eval_families23_pod.earshot(), *eval_families23_pod.earshot_sdks(),
            *eval_families23_pool.schoolpool(), *eval_families23_pool.schoolpool_sdks(),
            *eval_families23_thermo.thermly(), *eval_families23_thermo.thermly_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
