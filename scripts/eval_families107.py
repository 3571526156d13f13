"""Hundred-and-seventh, BLIND labelled set for the classifier evaluation: written without reading
the classifier code, its rules, the tests or the README's evaluation tables, and never run through
a classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (168 first-party and 70 SDK calls, 238 exchanges, 1,506 labels after
``listed_once`` as ``report`` counts them),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``) with everyday
look-alikes. She is on a two-year posting in Antananarivo, where her husband's family lives; her
Malagasy line, her resident card, her flat, her son and her husband are in
``eval_families107_kit.py``. Seven app kinds new to the evaluation (fictional names, hosts under
example.* per RFC 2606), each with its own API and the SDKs it embeds: a mobile-money
bill-payment app with Malagasy API keys ``_vatsy.py`` ("Vatsy": earlier sets have mobile money and
a bill payer, none a Malagasy biller app with these keys), a malaria rapid-test result reporter
``_tazo.py`` ("Tazomoka": earlier sets mention malaria only in passing), a taxi-be route app
``_taxibe.py`` ("Lalantsara": sets 73, 78 and 94 have minibus apps; this one is a numbered-line
planner with crowd reports, no booking and no driver), a vanilla growers' cooperative
``_vanilla.py`` ("Vanilaka"), a zebu livestock-market app ``_zebu.py`` ("Ombyvaro": sets 93, 97
and 98 have herders' apps; this one is a cattle-market sale with an ox's passport), a rice-field
irrigation water-turn app ``_rano.py`` ("Ranodrano": sets 58/65 have garden watering, not an
association's water turns) and a preschool app ``_zaza.py`` ("Zazakely": sets 94 and 101 have
kindergartens; this one centres on the child's health data, pickup people and fees);
``_more.py`` holds each app's everyday config, refresh, heartbeat and log-out calls and a few
more. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Lemurlytics", MMP "Sifakatrace", OpenRTB 2.5 ads "Bidtenrec", crash
reporting "Crashkily") and ``_svc.py`` (flags "Flagravina", push "Pushfody", consent
"Consentaloe", payments "Paylovia", maps "Mapzaho", support chat "Chatvoara"); their shapes follow
set 37's vendors (the author adapted that code), with this set's hosts, paths, keys, locale and
an analytics batch of its own (snake_case, ``context.ll`` a ``lat,lon`` string).

What is in it: sign-ups (JSON, Malagasy keys), log-ins (forms, an OAuth password grant, SMS and
OTP codes), ``/me`` GETs with JWT bearers (claims ``finday``, ``kaonty``, ``email``,
``phone_number``, ``member``, ``name``, ``kids``), a wallet PIN, KYC with both sides of her
resident card, bills looked up and paid, airtime and a transfer to her husband, a cash-in agent
nearby, a receipt and a sale receipt and a statement by number/ID in the path, disputes and
support texts; malaria: the household (her son), a kit scan, a cassette photo, the result,
symptoms, a trip to Toamasina, a treatment, a protobuf report (nested fix, temperature), readings
in JSON Lines; taxi-be: saved places, a plan ``from``/``to`` as ``lat,lon``, lines near her, a
ride with a msgpack trace, a fare, a crowd report with a photo, a lost item; vanilla: a plot with
its boundary, harvest photo, a theft alert, a delivery, an advance; zebu: the seller's card, a
listing with photos, a check-in at the market, an accepted offer, the sale to a buyer she types,
the fee, a vet certificate, transport; irrigation: the parcel, turns, a swap with a neighbour, a
protobuf gate event with her fix, a water-level photo, dues, a flood alert; preschool: the
child's profile, pickup people, daily reports, an absence, fees, a message, a drawing, a pickup
check-in. Per app a push registration, a gzip event log and a cookie GET; SDK batches, identify,
queues, pixels, installs/launches/events, bids and notices, crash envelopes and sessions, flags
(one in a base64 JSON header), push, consent (JWT receipt cookie, base64 JSON cookie), card and
bank tokens, confirmations, geocoding, reverse geocoding, a route, telemetry, chat and a file.

Negatives are implicit: request, trace, payment, listing, offer, ride, plot, turn, thread and
test IDs, idempotency keys, timestamps, versions, public SDK keys, OpenRTB auction/bid/creative
IDs and prices; the billers' IDs and names, a cash-in agent's code, name, phone and point; the
test kit's brand, lot, GTIN and expiry, the health post's ID, name, phone and point; line
numbers, a stop and its point, a bbox; the warehouse, price per kg, grades, curing data; the ox's
passport, ear tag, colour, age and weight, the asking price, the vet's number, a truck; the canal,
gate and its point, another parcel's number; the preschool's ID and point, the teacher's school
mailbox, class names, a feed photo's ID.

Conventions kept from sets 20-37 (as set 37's docstring states them): model, OS, locale,
Accept-Language, time zone, network, battery and User-Agents ``device.info``; event and screen
names, launch counts and session lengths ``behavior.usage``; SDK install/device IDs, push tokens,
consent visitor IDs, payment device fingerprints ``id.device``; passwords, PINs, OTP/SMS codes,
invite codes, bearer and session tokens, refresh tokens, client secrets ``secret.credential``;
JWT claims at ``<where>.claims.<claim>``; scalar lists per element collapsed by ``listed_once``;
carrier ``location.carrier``; town, district, fokontany, region, postal code ``location.coarse``;
street lines ``contact.address``; amounts, bills, receipts, fees, dues, invoices ``financial.
purchase``; card data, last four and payment-method IDs ``financial.payment``; another person's
name and phone typed by her ``contact.*``; URL path values ``path[i]``; text stating a fact
carries that category too (``content.text|...``); Malagasy and French keys as their English
equivalents.

Calls made in this set (a reader may disagree; stated so a score can be read):
- her Malagasy number is hers (``contact.phone``) though not the profile's; a wallet named by
  that number in a payment form is ``contact.phone``; her resident card number and both photos
  ``personal.national_id`` (photos ``content.media|personal.national_id``);
- the electricity contract number, the internet customer number, bill and invoice references,
  the lot of vanilla delivered, the sale and dues receipts ``financial.purchase`` (they identify
  what she bought or sold); the ox's passport and ear tag are the animal's (negatives);
- the cooperative membership number ``id.user`` (body, JWT claim, URL path, cookie); the irrigation
  parcel number unlabelled (a land register's ID, the association's, not hers alone);
- the plot's boundary vertices, the field's and her fixes ``location.precise``; a weather or
  market query at 2 decimals ``location.coarse``; Toamasina, the trip's town ``location.coarse``;
- malaria: the test result, bands, interpretation, symptoms, temperature, bed-net use, drug and
  dose, ``share_with_district`` and a follow-up note ``health.medical`` (notes
  ``content.text|health.medical``); the cassette photo ``content.media|health.medical``; the
  son's weight ``health.fitness``; the son's household record ID ``id.user``;
- preschool: the child is a data subject: his name, surname, birth date, age, ``sex: boy``,
  allergies, asthma and vaccinations labelled; his profile ID ``id.user``; the pickup people and
  the husband ``contact.*``; the invite code ``secret.credential``; a drawing ``content.media``,
  its title naming him ``content.text|contact.name``; a message naming him and his medicine
  ``content.text|contact.name|health.medical``;
- SDKs as set 37: consent receipt cookie labelled by claims only, Chatvoara's identity token a
  credential, OpenRTB ``user.id`` ``id.device``, its IP geo ``location.coarse``.

Looked at (stated honestly): TAXONOMY.md, DESIGN.md; the whole of ``eval_payloads.py``;
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_marche`` and import lines and protobuf
calls of ``_ride``/``_sleep``; through ``inspect``, signatures, first docstring lines and some
sources of the helpers of kits 17, 18, 20, 21, 22, 24 and ``eval_families21.listed_once`` and
``eval_families17_kit.report``; file-name-only greps of ``scripts/`` for the app kinds and the
vendor and app names. No classifier, rule, test, README table or decoder was read; ``main``'s
``report`` (the project's path check) was run at the end (twice: once piped to ``head``,
once for its exit status); it reported no missing path.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families107_more
import eval_families107_rano
import eval_families107_taxibe
import eval_families107_tazo
import eval_families107_vanilla
import eval_families107_vatsy
import eval_families107_zaza
import eval_families107_zebu
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked by the author's own path decoder and the project's report path check; no gap stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families107_vatsy.vatsy(), *eval_families107_vatsy.vatsy_sdks(),
            *eval_families107_tazo.tazomoka(), *eval_families107_tazo.tazomoka_sdks(),
            *eval_families107_taxibe.lalantsara(), *eval_families107_taxibe.lalantsara_sdks(),
            *eval_families107_vanilla.vanilaka(), *eval_families107_vanilla.vanilaka_sdks(),
            *eval_families107_zebu.ombyvaro(), *eval_families107_zebu.ombyvaro_sdks(),
            *eval_families107_rano.ranodrano(), *eval_families107_rano.ranodrano_sdks(),
            *eval_families107_zaza.zazakely(), *eval_families107_zaza.zazakely_sdks(),
            *eval_families107_more.more(), *eval_families107_more.more_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
