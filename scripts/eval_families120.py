"""Hundred-and-twentieth, BLIND labelled set for the classifier evaluation: written without reading
the classifier code, its rules, the tests or the README's evaluation tables, and never run through
a classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (128 first-party calls and 57 SDK calls, 185 exchanges, 1,234 labels
after ``listed_once``; smaller than asked, written against the clock), mostly ordinary placements
of the profile's values (``eval_payloads.profile()``) with everyday look-alikes. She has lived in
Gøta (Eysturoy, Faroe Islands) for two years with her husband Sjúrður and her son Rói; her phone,
SIM and accounts are the profile's. Seven app kinds new to the evaluation (fictional names, hosts
under example.*): a helicopter-and-ferry island-hopping ticket app ``eval_families120_oyggj.py``
("Oyggjaflog", Faroese API keys: ``navn`` name, ``eftirnavn`` family name, ``telefonnummar`` phone
number, ``teldupostur`` e-mail, ``bústaður`` address, ``býur`` town, ``postnummar`` postcode,
``p_tal`` personal identity number, ``føðingardagur`` birth date, ``loyniorð`` password,
``maður`` husband), a sheep-breeding cooperative's lambing registry where she farms ``_lamb.py``
("Lembing"; set 97 has a Welsh flock register: this one is a lambing-season record with lambings,
tag reads and a headage claim), a knitting-pattern subscription ``_knit.py`` ("Garnstova"), a
chain-dance (kvæði) festival ticket app ``_dans.py`` ("Ringdans"), a salmon-farm shift roster
where she works ``_salmon.py`` ("Alivakt"), a seasonal-affective-disorder light-therapy log
``_light.py`` ("Ljósstund", her own health data) and a children's football academy for her son
``_ball.py`` ("Tindur Bóltskúli"; set 98's kit names a football academy in passing: here the app
is the academy's own, the child's data throughout). Ten new SDK vendors, built once and called by
every app with its own events: ``_sdk.py`` (analytics "Tallymoth", MMP "Ravelmark", OpenRTB 2.5
ads "Dunbid", crash reporting "Wrecklog") and ``_svc.py`` (flags "Flagnook", push "Pingharrow",
consent "Assentwick", payments "Coinlatch", maps "Mapfjord", support chat "Chatkestrel"); their
shapes follow set 37's vendors (adapted: Faroese locale and zone, IP geo in the Faroes, GDPR
consent string in bids). ``eval_families120_kit.py`` holds her Faroese home, p-tal, IBAN, husband
and son, the places of others and ``common`` (push registration, a gzip event log, a cookie GET).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, a PIN, an
MFA code, password changes), ``/me`` GETs with JWT bearers (``teldupostur``, ``p_tal``, ``emp``,
``kids`` claims); bookings, tickets, orders, payments and subscriptions; her fixes at the ferry
terminal, in the lambing field, on the pier, on the workboat, at the festival and at home; a tag
reader's and a lamp's protobuf messages, a clock-out in protobuf; photos, a dance video, a skills
video, a voice memo; health intake, sessions, mood, sick leave, a child's asthma and fitness test;
messages, notes, captions, comments; hashed phone numbers for friend discovery.

Negatives are implicit: request, trace, booking-flight, walk, project, session and shift IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, auction/bid/creative IDs and a
price; the heliports, the ferry terminal (ID, name, point, phone), the venue's point, the farm
site's ID and point, the pitch's point, the vet practice's name and phone; the farm's holding
number, ewes' and lambs' ear tags, lamb sex, weights and colours, the tag reader's serial, an ear
mark; the lamp's serial, Bluetooth address and firmware; seats, baggage, pattern, yarn and needle
data, row counts, shift and coach IDs, colleagues' and other parents' IDs, the husband's birth
date and weight (not sent as a labelled fact about him here: see calls), t-shirt size and diet.

Encodings: JSON (plain and gzip), form bodies, GETs with query strings, multipart (JSON, text,
JPEG, MP4, M4A parts), msgpack (4), JSON Lines (a boat log, a replay queue, crash envelopes),
schema-less protobuf (3: nested fixes ``3.1``/``3.2``, flat doubles ``3``/``4``), headers
(User-Agents, install IDs plain, upper case and without dashes, Accept-Language, opaque and JWT
bearers, a session header, base64 JSON flag context), cookies (sessions, a signed consent
receipt, a base64 JSON cookie), base64 JSON in a form field, base64url JSON in a query, JSON
strings in JSON fields, a URL in a JSON field, values in URL paths. Profile transforms: the e-mail
plain, upper case and SHA-256; the phone E.164, spaced, ten digits and SHA-256; the install ID
plain, upper case and without dashes; the Android ID; the advertising ID; the user ID; the public
IP; MCC/MNC and carrier; the birth date ISO and as a year; coordinates at 1 to 6 decimals as
numbers, strings, ``lat,lon`` path segments and protobuf doubles, all at her places in the Faroes.

Conventions kept from sets 20-37 (as set 37 states them): model, OS, locale, language,
Accept-Language, time zone and User-Agents naming model or OS ``device.info``; event and screen
names, launch counts and session lengths ``behavior.usage``; SDK install/device IDs, push tokens,
the Android ID ``id.device``; passwords, PINs, MFA codes, bearer and session tokens and cookies, a
client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``, series once at their path;
MCC/MNC and carrier ``location.carrier``; town, postcode, island and country ``location.coarse``;
street lines ``contact.address``; plans, amounts, totals, booking, order, invoice and ticket codes,
Play products and tokens ``financial.purchase``; payment-method IDs, card data and the IBAN
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``;
URL path values ``url`` ``path[i]``; text stating a health fact or naming a person carries that
category too (``content.text|...``); Faroese keys labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- the p-tal ``personal.national_id`` (body, JWT claim, subsidy claim, payroll); her weight for the
  helicopter's load sheet ``health.fitness`` (body weight), the husband's weight and birth date
  unlabelled (data of a third person the booking needs, not typed identifying contact data); the
  husband's name, phone and e-mail ``contact.*`` wherever sent (``maður``, helper, next of kin);
- a timetable search by picked stops unlabelled (selections, not typed terms); the ballad and
  pattern searches ``behavior.search``; the refund reason ``content.text``;
- lambing: the holding number, ear tags and the animals' health (a ewe's prolapse, twin-lamb
  disease) are not personal data (negatives; the notes are ``content.text``, naming her husband
  ``|contact.name``); the headage subsidy amount and counts unlabelled (income, no taxonomy type);
- knitting: chest, waist and arm measurements ``health.fitness`` (body measurements); the row
  counter unlabelled; her username ``id.user``; a gift's recipient ``contact.*``;
- festival: the hashed address-book numbers ``content.contacts`` (one label per list), her own hash
  ``contact.phone``; the shared live location at 5 decimals ``location.precise``;
- salmon farm: her employee number ``id.user`` (login, MFA, JWT ``emp``, protobuf); the site Wi-Fi
  she joins ``location.wifi``; sick-leave reason ``content.text|health.medical``; the boat licence
  photo ``content.media`` only (the licence number in its meta is a work certificate: negative);
  payslip month and hours unlabelled; the incident's fix is hers (she reports it standing there);
- light therapy: diagnosis, SPAQ, PHQ-9 (one label, a series), medicine, session minutes and lux,
  mood, energy, sleep hours, oversleeping ``health.medical`` (a treatment log for a diagnosed
  condition), steps ``health.fitness``; the voice memo ``content.media|health.medical``; her home
  at 1 decimal ``location.coarse``; the GP typed by her ``contact.*``;
- football: the child is a data subject: his player ID ``id.user`` (body, path, JWT ``kids``), his
  names ``contact.name``, birth date and age ``personal.birthdate``, ``gender: boy``
  ``personal.gender``, asthma ``health.medical``, sprint, height, weight and beep level
  ``health.fitness``, his photo and video ``content.media``; the COPPA bid has no advertising ID;
- SDKs: Ravelmark's ``rm_device_id`` ``id.device``; Dunbid ``user.id`` ``id.device``, its IP
  geo ``location.coarse``, the GDPR consent string unlabelled; Assentwick's receipt cookie a
  signed JWT that opens nothing (claims labelled, token not); Chatkestrel's identity token
  ``secret.credential``; Pingharrow's position at 2 decimals ``location.coarse``.

Looked at beyond TAXONOMY.md and DESIGN.md (honestly): the whole of ``eval_payloads.py``;
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_ride`` (the SDK modules of this set
were derived from set 37's by renaming and adapting); through ``inspect``, the ``__all__`` lists,
signatures, docstrings and constants of ``eval_families17/18/20/21/22/24_kit`` and the sources of
``head``, ``claims``, ``App``, ``ev``, ``sjwt``, ``tok``, ``enc``, ``multipart`` and
``listed_once`` (and ``LISTED_ONCE``); the first docstring lines of ``eval_families97_flock.py``
and one matching line each of ``eval_families55_kit.py`` and ``eval_families98_kit.py`` (from
the novelty greps); ``grep -ril`` name checks over ``scripts/``. No classifier, rule, test or
decoder was read or run. Every label's path was checked with a small decoder of the author's own
outside the project; ``main``'s report was run at the end (twice: once more to see its head).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families120_ball
import eval_families120_dans
import eval_families120_knit
import eval_families120_lamb
import eval_families120_light
import eval_families120_oyggj
import eval_families120_salmon
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families120_oyggj.oyggjaflog(), *eval_families120_oyggj.oyggjaflog_sdks(),
            *eval_families120_lamb.lembing(), *eval_families120_lamb.lembing_sdks(),
            *eval_families120_knit.garnstova(), *eval_families120_knit.garnstova_sdks(),
            *eval_families120_dans.ringdans(), *eval_families120_dans.ringdans_sdks(),
            *eval_families120_salmon.alivakt(), *eval_families120_salmon.alivakt_sdks(),
            *eval_families120_light.ljosstund(), *eval_families120_light.ljosstund_sdks(),
            *eval_families120_ball.tindur(), *eval_families120_ball.tindur_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
