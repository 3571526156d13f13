"""Twentieth, BLIND labelled set for the classifier evaluation (``--set blind17``): written without
reading the classifier rules, the decoders' code or their README sections, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Unlike
sets 16-19, which were weighted to exotic encodings and look-alikes, this set measures ORDINARY
traffic: the mainstream SDK and app-backend shapes real apps send today, in the proportions real
captures have. Seven app kinds new to the evaluation (none of sets 1-19's; fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API and the
SDKs it embeds: a job board ``eval_families20_jobs.py`` ("Jobnook"), a sports-scores app
``_score.py`` ("Scorecast", ad-funded), a photo-printing app ``_print.py`` ("Printpost"), a
second-hand marketplace ``_swap.py`` ("Swapnest"), a campground-booking app ``_camp.py``
("Pitchpine"), a salon-booking app and a wine-rating app ``_book.py`` ("Shearly", "Vinora"). The
third-party SDKs are built once and called by every app with its own events and choices, so the
same shapes recur as in real captures: ``_sdk.py`` (analytics "Metricove", MMP "Linkfable", OpenRTB
ads "Bidharbor", crash "Crashkite") and ``_svc.py`` (remote config "Flagpost", push "Pingwell",
consent "Permitly", purchase validation "Receiptly", maps "Placemint", payments "Paywick").
``eval_families20_kit.py`` holds the app descriptor, the user's address parts, positions at ``n``
decimals, analytics events and token shapes; the rest comes from ``eval_families17_kit.py`` to
``eval_families19_kit.py``.

What is in it: sign-up, log-in (JSON, an OAuth password grant, magic link, SMS codes, single
sign-on with an ID token), token refresh, profile updates, searches, messages, uploads (résumé
PDF, photos by multipart and by a signed PUT), bookings, orders, reviews, reports, invitations,
push registration, the apps' own event logs; analytics batches, hits, protobuf uploads and the
legacy base64 endpoints; MMP installs, sessions, events, deep-link clicks and identity matches;
OpenRTB bid requests and beacons; crash and session envelopes; remote-config fetches and
exposures; consent lookups and saves; receipt validation and subscriber fetches; autocomplete,
nearby search, reverse geocoding, routes, place details and static maps; card tokenisation and
payment confirmation. Negatives are implicit (event IDs, nonces, timestamps, versions, content
hashes, experiments, public keys, promo codes, catalogue and cart contents, asking prices, other
places' coordinates, other users' opaque IDs, server addresses).

Encodings, in rough proportion to real traffic: JSON (plain and gzip; one top-level object per
request), form bodies (OAuth, MMP, payments, the legacy analytics endpoint), query strings,
headers (the apps' User-Agents, OkHttp's default one, install and Android IDs, bearer JWTs,
opaque bearers, a public key as bearer), cookies (a session and a device cookie), JWTs (bearer,
an ID token and an installation token in JSON fields), JSON strings in form fields, a URL in a
form field, JSON Lines (crash envelopes, an event log, gzip), base64 JSON in form fields (the
legacy analytics endpoint only), multipart (JSON, PDF and JPEG parts), a raw JPEG PUT, msgpack (a
live-score subscription) and schema-less protobuf (an analytics upload with repeated events).
Profile transforms: the e-mail plain, as typed with capitals, SHA-256 (MMP, OpenRTB EIDs), MD5 (MMP)
and in error texts; the phone E.164, national, dashed, SHA-256 of E.164, in a chat message and a JWT
claim; the install ID plain and without dashes; the Android ID; the advertising ID; the user ID
plain, SHA-256 (OpenRTB ``user.id``) and in the URL path; the public IP; MCC/MNC, carrier;
coordinates at 2, 3, 4, 5 and 6 decimals as numbers, query values and ``"lat,lon"`` strings.

Conventions kept from sets 1-19 (see ``eval_families8.py``, ``eval_families10.py`` and
``eval_families16.py`` to ``eval_families19.py``): model, make, OS name and version, API level,
locale and language, time zone (also as an offset), screen size, battery, memory, ABI, rooted
flags, network type, the device type and the User-Agents that name the model are
``device.info``; event and screen names, session counts and lengths, engagement time and titles
watched ``behavior.usage``; SDK install/device IDs (also without dashes), the Android ID, push
tokens, consent IDs, SDK player IDs and anonymous subscriber IDs ``id.device``; public client
keys (also as a bearer), app/SDK versions, trace/event/session/request IDs, nonces, hashes,
signatures, experiments/variants and timestamps unlabelled; passwords, OTPs, magic-link codes,
refresh, bearer and session tokens and installation auth tokens ``secret.credential`` with JWT
claims at ``<where>.claims.<claim>``; a scalar list is labelled once, ordinary records per field;
MCC/MNC and carrier ``location.carrier``; city/state/ZIP/country, ``US-NY`` and < 3 decimals
``location.coarse``; a street line ``contact.address``; an order's or booking's ID, items,
total and revenue, purchase tokens and products ``financial.purchase``, a cart unlabelled; card
number, expiry, CVC and payment-method tokens ``financial.payment``; another person's name,
phone, e-mail and address typed by the user ``contact.*``; hashed address-book numbers one
``content.contacts`` list; a value in the URL path is ``url`` ``path[i]`` (0-based); a URL in a
field is labelled per query parameter; text quoting a profile value carries that category.

Calls made in this set (a reader may disagree; stated so a score can be read):
- the voluntary EEO self-identification of a job application: gender ``personal.gender``, race
  and disability status ``personal.sensitive`` (a "no" answer still states disability status),
  veteran status unlabelled (not a TAXONOMY category); desired pay, years of experience, work
  authorisation, a job title, an employer's name and screening answers picked from a list
  unlabelled, free-text answers, a headline, a cover letter and a job description the user wrote
  ``content.text``; a résumé PDF ``content.media``, its file name quoting the user's name
  ``contact.name``; a salary lookup's job title ``behavior.search``;
- OkHttp's default ``User-Agent`` (``okhttp/4.12.0``) unlabelled: it names a library, not the
  device; the apps' own User-Agents and the Dalvik one name the model and OS ``device.info``;
- a 2-decimal position sent to find local teams, a feed and an alert ``location.coarse``; a job
  search, a listing's pickup point, a check-in and a trip share at 3-6 decimals
  ``location.precise``; EXIF GPS of the user's own photos ``location.precise`` (also taken on a
  trip away from the profile's position), EXIF make/model ``device.info``; a route's destination
  ``location.precise`` (set 12), the campground's own weather lookup and static map, a salon's
  map, offline-pack boxes and a place-details lookup unlabelled;
- OpenRTB: ``devicetype`` ``device.info``, ``geo.type``, ``dnt``/``lmt``, ``js``, the floor and
  the TCF string unlabelled; ``country: "USA"`` from geo ``location.coarse``; a page's title
  ``behavior.usage`` and its URL ``behavior.browsing`` (set 17); interest keywords unlabelled;
- an ID token from an identity provider: the token ``secret.credential`` (set 6), its ``sub``
  (the user's account at the provider) ``id.user``, name claims ``contact.name``, a picture URL
  unlabelled; a display name/handle and a user name ``id.user``; "Jane D." ``contact.name``;
- marketplace: the asking price of the user's own listing and an offer's amount unlabelled (no
  purchase was made), a checkout's item, total and order reference ``financial.purchase``; the
  user ID of the friend who shared a deep link ``id.user`` (set 18), another user's opaque ID as
  a message's recipient or a blocked user unlabelled (set 14);
- campground: the car's plate ``id.hardware`` (set 13); an accessible site and a federal access
  pass ``personal.sensitive`` (disability, as set 10's ``wheelchair=true``); a birth date given
  for a senior rate ``personal.birthdate``; travel dates, party size and pets unlabelled; the
  device's battery in a location share ``device.info``;
- salon: a note about a dye allergy and a cancellation naming the flu ``content.text|
  health.medical``; a birthday without the year and a birth-month push tag
  ``personal.birthdate``; the booked services, price and deposit ``financial.purchase``, the
  stylist and salon IDs unlabelled;
- wine: the price the user paid in a rating and cellar ``financial.purchase``; a shop's name
  unlabelled; an age-gate date of birth ``personal.birthdate`` and the state ``location.coarse``;
  an age bucket ``personal.birthdate`` (set 10's age band);
- payments: the intent's ``client_secret`` ``secret.credential`` (it lets whoever holds it confirm
  the payment); ``guid`` (the install ID) and ``muid`` ``id.device``; the publishable key
  unlabelled; the ZIP on the card ``location.coarse``;
- purchases: an anonymous subscriber ID ``$RCAnonymousID:...`` ``id.device`` (set 17), also in the
  URL path; subscriber attributes labelled by their names; an order count ``financial.purchase``
  (set 9); a last-order date ``financial.purchase`` (set 17);
- crash: ``ip_address: "{{auto}}"`` (a placeholder) and a boot time unlabelled; a session's
  ``did`` is the install ID ``id.device`` or the user ID ``id.user``; an exception quoting the
  e-mail or a position carries that category; a file path of the user's photo unlabelled;
- analytics: ``limit_ad_tracking`` unlabelled; ``session_id``, ``sid`` and ``_p`` unlabelled,
  ``sct`` (session count) and ``_et``/``engagement_time_msec`` ``behavior.usage``; a ``search``
  event's term ``behavior.search``; a purchase event's value and transaction ID
  ``financial.purchase``, a checkout's value unlabelled (a cart); user properties labelled only
  when they are personal (ZIP, state, age bucket, order count).

Decoder facts noticed (``decode_exchange`` through ``check_ci`` is all the author ran): every
labelled path is produced, so there are no stated gaps. Base64 JSON in a form field continues at
``data.properties.distinct_id``, a JSON string in a form field at ``callback_params.user_id``, a
URL in a form field at ``deeplink.ref``; a JWT in a JSON field at ``id_token.claims.sub`` and a
bearer JWT at ``authorization.claims.sub``; JSON Lines records are ``[i]`` (an envelope's event at
``[2].user.id``); repeated protobuf sub-messages are ``4[i].1``; a raw JPEG body is ``$``; a
multipart JSON part continues at its name (``meta.gps.lat``), a file part is a leaf at its name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families20_book
import eval_families20_camp
import eval_families20_jobs
import eval_families20_print
import eval_families20_score
import eval_families20_swap
from eval_families17_kit import report
from eval_payloads import Case

# Every labelled path is produced by the decoders; no gap to state.
DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families20_jobs.jobnook(), *eval_families20_jobs.jobnook_sdks(),
            *eval_families20_score.scorecast(), *eval_families20_score.scorecast_sdks(),
            *eval_families20_print.printpost(), *eval_families20_print.printpost_sdks(),
            *eval_families20_swap.swapnest(), *eval_families20_swap.swapnest_sdks(),
            *eval_families20_camp.pitchpine(), *eval_families20_camp.pitchpine_sdks(),
            *eval_families20_book.shearly(), *eval_families20_book.vinora()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
