"""Twenty-first, BLIND labelled set for the classifier evaluation (``--set blind18``): written
without reading the classifier rules, the decoders' code, the tests or the README, and never run
through a classifier or a decoder by its author; it is to be scored once, by the lead, on the final
rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set 20
this set measures ORDINARY traffic: mainstream SDK and app-backend shapes in the proportions real
captures have, mostly ordinary placements of the profile's values, with a few everyday look-alikes.
Seven app kinds new to the evaluation (none of sets 1-20's; fictional names, hosts under example.*
per RFC 2606, no real company named as sender), each with its own API and the SDKs it embeds: a
restaurant-reservation app ``eval_families21_dine.py`` ("Tablewren"), a fuel-price finder
``_fuel.py`` ("Fuelfinch", ad-funded, mostly signed out), a flower-delivery app ``_bloom.py``
("Petalpost"), a habit-tracker and to-do app ``_habit.py`` ("Streakly"), a laundry-pickup app
``_wash.py`` ("Rinsely"), a ski-resort app ``_slope.py`` ("Powderline") and a coworking desk-booking
app ``_desk.py`` ("Deskhop"). The third-party SDKs are new vendors, built once and called by every
app with its own events and choices: ``_sdk.py`` (analytics "Eventwell", MMP "Trailmark", OpenRTB
ads "Adwharf", crash "Bugfinch") and ``_svc.py`` (flags "Toggleton", push "Notifox", consent
"Choicely", payments "Checkbay", maps "Geonook", purchase validation "Subvault").
``eval_families21_kit.py`` holds a URL-path label helper, SDK ID shapes, other places' coordinates
and a GPS-track generator; the rest comes from ``eval_families17_kit.py`` to
``eval_families20_kit.py``.

What is in it: log-ins (JSON, form, an OAuth password grant, SMS codes, a two-factor code, single
sign-on with an ID token), a refresh, searches, bookings and reservations, orders, tracking and
ratings by an ID in the URL path, profiles, addresses, recipients, invitations, reviews, photo and
PDF uploads, a health-store import, a ski day's track, an offline queue, push registration, the
apps' own event logs and a pixel; analytics batches and identify calls; MMP launches, events,
identity and deep-link resolution; OpenRTB bid requests, an SDK ad request and beacons; error
reports and sessions; flag evaluations and summaries; push channels and events; consent lookups and
saves; card payment methods and confirmations; autocomplete, geocoding, reverse geocoding, routes,
place search and static maps; purchase validation and a customer fetch. Negatives are implicit
(event, request and message IDs, nonces, timestamps, versions, experiments, public keys, promo and
referral codes, catalogue, cart and menu items, prices of things not bought, other places'
coordinates, a restaurant's phone number, an app's support address, other users' opaque IDs, a
driver's position lookup, server addresses).

Encodings, in rough proportion to real traffic: JSON (plain and gzip; one top-level object per
request), form bodies (an OAuth grant, a session log-in, payment confirmation), query strings,
headers (the apps' User-Agents, the Dalvik one, OkHttp's default one, install and Android IDs,
bearer JWTs, opaque bearers, device headers of the push SDK, a bare JWT as the flags SDK's
installation token), cookies (sessions and device IDs), JWTs (bearer, an ID token in a JSON field, a
bare one in a header), a JSON string in a JSON field (the MMP's ``eventValue``), a URL in a JSON
field (a deep link), JSON Lines (an offline queue, gzip), base64 JSON in a query parameter (a
pixel), multipart (JSON, JPEG and PDF parts), msgpack (a to-do sync) and schema-less protobuf (a
nearby-stations RPC). Profile transforms: the e-mail plain, as typed with capitals, URL-encoded in a
query, SHA-256 (MMP, OpenRTB EIDs) and in error texts; the phone E.164, national, dashed and
SHA-256; other people's numbers SHA-256; the install ID plain and without dashes; the Android ID;
the advertising ID; the user ID plain, base64 (push named user), SHA-256 (OpenRTB ``user.id``) and
in the URL path; the public IP; MCC/MNC and the carrier; coordinates at 2 to 6 decimals as numbers,
query values, protobuf doubles and ``"lat,lon"`` strings.

Conventions kept from sets 1-20 (see ``eval_families20.py`` and the sets it names): model, make, OS
name and version, API level, locale and language, time zone (also as an offset), screen size,
battery, memory, ABIs (each element of a list), rooted flags, network type, the device type and the
User-Agents that name the model are ``device.info``; event and screen names, session and launch
counters, engagement and session lengths ``behavior.usage``; SDK install/device IDs, the Android ID,
push tokens, push channel IDs and consent IDs ``id.device``; public client keys (also as a bearer),
app/SDK versions, trace/event/session/request IDs, nonces, hashes, experiments and timestamps
unlabelled; passwords, SMS and two-factor codes, refresh, bearer and session tokens, installation
tokens and payment client secrets ``secret.credential`` with JWT claims at
``<where>.claims.<claim>``; every element of a scalar list is its own leaf ``key[i]``, ordinary
records per field; MCC/MNC and carrier ``location.carrier``; city/state/ZIP/country, ``US``/``NY``
from geo and < 3 decimals ``location.coarse``; a street line ``contact.address``; an order's,
booking's or reservation's ID, items, total and revenue, purchase tokens and products
``financial.purchase``, a cart unlabelled; card number, expiry, CVC and payment-method tokens
``financial.payment``; another person's name, phone, e-mail and address typed by the user
``contact.*`` (their city/ZIP ``location.coarse``); hashed address-book numbers
``content.contacts``, one per element; a value in the URL path is ``url`` ``path[i]`` (0-based over
the non-empty segments); a URL in a field is labelled per query parameter; text quoting a profile
value or an order number carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- health: a special request naming a peanut allergy, a care note naming eczema, a lesson note
  naming knee surgery and a habit naming a medication ``content.text|health.medical``; a
  profile's allergy list ``health.medical`` per element; a health-store import (steps, sleep,
  weight, active calories), a rental fitting's height and weight and a ski day's distance,
  vertical, calories, heart rate and top speed ``health.fitness``;
- birth dates: a birthday without the year, a date of birth for age pricing, an age for a
  binding setting, a birth year, an age group ``personal.birthdate``; the user's mother's
  birthday in an occasion reminder ``personal.birthdate`` too (another person's data typed by
  the user, as their name and phone are labelled); OpenRTB ``yob``/``gender`` as set 20;
- positions: a search, nearby stations, a price report at the station, a photo's EXIF at the
  station, a geocoded home, a geofence at home, a door unlock, a ski day's fixes, a friend ping
  and a ski-patrol report at 3-6 decimals ``location.precise``; a 2-decimal ``"lat,lon"`` and the
  ad SDK's 2-decimal query ``location.coarse``; a route's destination ``location.precise`` (set
  12, set 20), a restaurant's and an office's static map and a resort's weather lookup by the
  resort's own coordinates unlabelled; the office Wi-Fi the phone joins (SSID, BSSID)
  ``location.wifi`` although it is not the profile's network;
- purchases: a reservation ID (also in the URL path), a season pass number, a fill-up's total, a
  laundry tip and the services ordered, a subscription plan and price, an order count
  ``financial.purchase``; the gallons, the price per gallon, dishes named in a review and a
  desk booking's credits unlabelled;
- identity: a nickname and a display name that is a handle ``id.user``, "Jane D." ``contact.name``;
  an ID token's ``sub`` ``id.user``; the push SDK's named user (base64 of the user ID)
  ``id.user``; the flags SDK's context key the user's ``id.user`` or the install's ``id.device``;
  the MMP SDK's own install ID (``uid``) ``id.device``; a car's plate ``id.hardware`` (set 13),
  its make, model and year unlabelled; a job title and an employer unlabelled (set 20), a
  visitor's company unlabelled;
- the push SDK's tags: a tag naming the user's city, state or ZIP ``location.coarse``, the
  others unlabelled; a route's travel mode ``behavior.usage`` (set 20);
- a restaurant's phone number in the app's event log, the app's support address in a feedback
  form, a driver's position lookup, a print job's file name and menu/catalogue items unlabelled;
  the order number in the driver lookup's query ``financial.purchase``.

Decoder facts: none checked. The author ran no decoder (this set's brief forbade it); the cases were
built with stand-ins for ``analysis.records``/``analysis.profile`` only, so the real package was
never imported. Paths follow DESIGN.md and set 20's stated decoder facts: base64 JSON in a query
parameter continues at ``d.e``, a JSON string in a JSON field at ``eventValue.af_revenue``, a URL in
a JSON field at ``link.ref``, a JWT in a JSON field at ``id_token.claims.sub``, a bare JWT in a
header at ``x-tg-installation.claims.sub``, JSON Lines records are ``[i]``, protobuf fields ``1``, a
multipart JSON part continues at its name, a file part is a leaf at its name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families21_bloom
import eval_families21_desk
import eval_families21_dine
import eval_families21_fuel
import eval_families21_habit
import eval_families21_slope
import eval_families21_wash
from eval_families17_kit import report
from eval_payloads import Case

# No decoder was run by the author (blind brief), so no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


# Added by the lead after the first scoring, mechanically (1,396 labels become 1,380): the
# helper labelled every element of a list of scalars at ``key[i]``, as the lead's prompt asked,
# but sets 1-20 label such a list once at its path when its category is one of these (the
# categories phonehome reports once per list, ``LISTY`` in analysis/classifiers/keys.py: a list
# of installed apps, allergies or tags is one finding, a list of e-mail addresses one per item).
LISTED_ONCE = frozenset({"device.apps", "content.contacts", "location.wifi", "behavior.usage",
                         "health.medical", "personal.sensitive", "device.info",
                         "financial.purchase", "behavior.search", "behavior.browsing",
                         "health.fitness", "location.coarse", "content.text",
                         "behavior.keystroke"})


def _list_of(path: str) -> str | None:
    """``tags[1]`` -> ``tags`` for an element of a list (not a bracketed form key)."""
    if not path.endswith("]") or "[" not in path:
        return None
    at = path.rindex("[")
    return path[:at] if path[at + 1:-1].isdigit() and at > 0 else None


def listed_once(cases: list[Case]) -> list[Case]:
    for case in cases:
        labels: dict[tuple[str, str], str] = {}
        for (part, path), category in case.labels.items():
            above = _list_of(path)
            # (a URL's path segments ``path[i]`` are fields of their own, no list)
            if (above is not None and part != "url"
                    and set(category.split("|")) <= LISTED_ONCE):
                labels.setdefault((part, above), category)
            else:
                labels[(part, path)] = category
        case.labels = labels
    return cases


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: as first written (scalar lists labelled per element)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families21_dine.tablewren(), *eval_families21_dine.tablewren_sdks(),
            *eval_families21_fuel.fuelfinch(), *eval_families21_fuel.fuelfinch_sdks(),
            *eval_families21_bloom.petalpost(), *eval_families21_bloom.petalpost_sdks(),
            *eval_families21_habit.streakly(), *eval_families21_habit.streakly_sdks(),
            *eval_families21_wash.rinsely(), *eval_families21_wash.rinsely_sdks(),
            *eval_families21_slope.powderline(), *eval_families21_slope.powderline_sdks(),
            *eval_families21_desk.deskhop(), *eval_families21_desk.deskhop_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
