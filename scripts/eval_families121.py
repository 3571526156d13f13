"""Hundred-and-twenty-first, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never
run through a classifier by its author; it is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes, mostly ordinary
placements of the profile's values (``eval_payloads.profile()``) with everyday look-alikes
(143 first-party calls and 58 SDK calls, 201 exchanges, 1,280 labelled fields after
``listed_once``, 1,310 category labels as ``main`` counts them).
She lives in Lae, Papua New Guinea, for a year with her
husband's family (her US SIM roams; her New York home is the profile's position). Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Lae PMV bus-fare app whose API keys are Tok Pisin
``eval_families121_pmv.py`` ("Kar Pasindia"; its docstring lists the words: nem, nem_famili,
namba_fon, adres, taun, namba_aidi_kat, de_bilong_bon, paswot, hasban), a betel-nut market stall
app where she sells ``_buai.py`` ("Maket Meri"), a malaria bed-net distribution registry
``_net.py`` ("Taitnet"), a coffee smallholder's buyer app ``_kopi.py`` ("Kopi Bung"), a
school-fee loan app for her daughter ``_skul.py`` ("Skulmani": the child's data), an antenatal
clinic (haus sik) visit app ``_anc.py`` ("Mamakea": her own pregnancy) and a SIM airtime and
mobile-money top-up app ``_kredit.py`` ("Kredit Kwik"). A file-name-only grep of earlier
docstrings found bed nets (sets 106, 107), coffee (100, 113), school fees (100, 115, 117, 99),
antenatal care (10, 27, 33, 109, ...) and airtime (61, 71, 96, 107); these are made different as
each module's docstring says (a household net census, a grower selling to a buyer, a loan
against a child's enrolment, a PNG haus sik visit record, a SIM read-out with roaming). The SDKs
are ten new vendors built once and called by every app with its own events: ``_sdk.py``
(analytics "Tallykite", MMP "Tracewallaby", OpenRTB 2.5 ads "Bidhornbill", crash reporting
"Faultgecko") and ``_svc.py`` (flags "Switchbanyan", push "Pokewattle", consent "Okayfern",
payments "Paycassia" with mobile-money collection, maps "Mapmangrove", support chat "Helpkundu").
``eval_families121_kit.py`` holds her places, people, cards and the businesses (negatives).

What is in it: sign-ups and log-ins (JSON and form passwords, PINs, SMS codes, an OAuth password
grant with the grower number), ``/me`` GETs with JWT bearers (claims: namba_fon, phone, e-mail,
grower, anc, msisdn, wallet), profiles with address, town, province, birth date, the identity
card (number and photo), her husband; PMV stops, boarding, a msgpack trace, a protobuf
heartbeat, fares and top-ups from her wallet, the fare card in the path, a trip shared with her
husband (a URL in a JSON field); stall check-in, stock bought, sales (msgpack, JSON Lines), the
market fee, a credit book; a household census with members (msgpack), malaria, a signature (PNG),
a protobuf sync, a hang-up check; a garden boundary, deliveries, payouts, inputs, a protobuf
field visit, pests; a loan quote, application, acceptance and schedule (loan number in the path),
repayments, the child's record and bursary note, references (msgpack), a base64 JSON device
header; pregnancy, visits, an ultrasound, symptoms (msgpack), kick counts (protobuf packed
varints), the birth plan, a week in the path, a voice note (M4A), a diary (JSON Lines); the SIM
read-out (IMSI, ICCID, MCC/MNC, SIM and network country), airtime, bundles, transfers, agents,
hashed contact matching, a power bill, a protobuf device check (SSID, BSSID, LAN and public IP),
offers by hashed number, KYC; per app push, gzip events and a cookie GET. SDKs: analytics batches
(gzip and plain, rounded or precise positions), identify (base64 JSON in a form field), an
offline queue (JSON Lines), a signed-out pixel (base64url JSON in the query); MMP installs,
sessions, events (a JSON string ``params``; hashed e-mail and phone) and a deep link; OpenRTB 2.5
bids (GPS geo or IP geo) and a win beacon; crash envelopes and sessions; flags (JSON; base64 JSON
in a GET header); push devices; consent records (a signed receipt cookie) and checks (a base64
JSON cookie); a card token, a mobile-money collection, a confirmation; geocoding, reverse
geocoding (``lat,lon`` in the path), a route and telemetry (a gzip JSON array); support messages
(an identity JWT in a JSON field) and an attachment.

Negatives are implicit: request, trip, sale, delivery, visit, check, transaction, auction, bid
and creative IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, a clearing
price; the PMV's plate, route, driver and stops; the market's ID, name, phone, office and point,
her stall number, the wholesaler's ID, name and phone, unit prices, customers' sales; the
campaign, household number, net lots, the aid post's ID, phone and point, the distributor; the
depot's ID, name, phone and point, price per kilo, kilos, grade, moisture, trees, area; the
school's ID, name, phone and bank account, the grade, employer and income; the clinic's ID and
point, the midwife (staff), slots, the labour ward; the agent's ID, name and phone, a fee,
the balance; a wallet-transfer count, queue sizes, ratings.

Conventions kept from sets 20-37 (as set 37 states them): model, OS, locale, language,
Accept-Language, time zone, network type, battery, memory, the LAN address and User-Agents naming
the model or OS ``device.info``; event and screen names, session and launch counts, durations
``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent visitor IDs
and the payment SDK's fingerprint ``id.device``; passwords, PINs, one-time codes, bearer, session
and refresh tokens and cookies, a client secret ``secret.credential``; JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; series labelled once at their path; MCC/MNC, carrier and SIM or
network country ``location.carrier``; town, province, district, village, ward, postcode
``location.coarse``; street lines ``contact.address``; amounts, totals, fares, fees paid,
top-ups, bundles, receipts ``financial.purchase``; card data, wallet numbers and payment-method
IDs ``financial.payment``; another person's name and phone typed by the user ``contact.*``; a
value in the URL path ``url`` ``path[i]``; text stating a health fact ``content.text|...``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- the profile's position (her New York home) is sent once, as the loan applicant's previous
  home at 5 decimals ``location.precise``; everything else is placed at her Lae places;
- her mobile-money wallet number ``financial.payment`` (a payment account); its PIN
  ``secret.credential``; the wallet JWT claim too;
- her PNG identity-card number ``personal.national_id`` (Tok Pisin ``namba_aidi_kat`` too), its
  photos ``content.media|personal.national_id``; selfies for KYC ``content.media`` (no template);
- the fare card number (body and URL path) and the coffee grower number (log-in, JWT claim,
  query, deep link) ``id.user``: they are her accounts there; the daughter's student number
  ``id.user`` (body, cookie, URL path), the child's own ID as set 37's child profile ID;
- the stall app: her sales to passing customers are her stall's till (negatives); stock she
  buys from the wholesaler, the market fee and savings contributions ``financial.purchase``; a
  customer in her credit book ``contact.*`` and the note ``content.text``;
- bed nets: household members' names ``contact.name`` (hers too), their sex ``personal.gender``,
  ages ``personal.birthdate``; her pregnancy flag and the survey's pregnant-woman answer
  ``health.medical|personal.sensitive``; the daughter's malaria (fever, RDT, species, treatment)
  and hospitalisation ``health.medical``; net counts and sleeping spaces unlabelled; the
  household's GPS and the hang-up check's point ``location.precise``; the signature PNG
  ``content.media``;
- coffee: the garden's boundary corners are her place ``location.precise``; the weather query at
  2 decimals ``location.coarse``; deliveries' payments to her and payouts ``financial.purchase``
  (her sales as transaction history, as set 37's deposits); her husband working in the garden
  ``contact.name``; the OpenRTB keywords the publisher's (unlabelled);
- school-fee loan: the loan number (body, URL path) and amounts ``financial.purchase``; the child's
  name, birth date, gender ``contact.name``/``personal.birthdate``/``personal.gender``; the
  bursary note on her asthma ``content.text|health.medical``; references ``contact.*``; the
  co-signer husband ``contact.*``; the support message quoting the loan number
  ``content.text|financial.purchase``;
- antenatal: pregnancy facts (LMP, EDD, weeks, gravida, para, fundal height, fetal heart rate,
  gestational age, fetal weight, trimester, the lesson week in the path, kick counts as one
  packed field, the ultrasound's image with ``content.media``) ``health.medical|personal.sensitive``
  (TAXONOMY lists pregnancy under sensitive); BP, Hb, tests, IPTp, iron, blood group, symptoms,
  previous complications, medicines and the ANC card number ``health.medical``; weight
  ``health.fitness``; messages, the appointment reason and diary notes ``content.text|...``; the
  voice note ``content.media|health.medical``;
- airtime: IMSI and ICCID ``id.sim``; hashed address-book numbers ``content.contacts`` (one label
  after ``listed_once``), her own hash ``contact.phone``; the power meter number with the bill
  ``financial.purchase`` (the bill's account reference); the device check's SSID/BSSID
  ``location.wifi``, LAN address ``device.info``, public IP ``location.ip``;
- SDKs: OpenRTB ``mccmnc`` ``location.carrier``; Okayfern's receipt JWT opens nothing (claims
  labelled, the token not); Helpkundu's identity token ``secret.credential`` with its claims;
  Pokewattle's position at 2 decimals ``location.coarse``; reverse geocoding of the aid post's
  point unlabelled; geocoding text typed ``behavior.search``.

Looked at (stated honestly): TAXONOMY.md, DESIGN.md (the report.json and path parts);
``eval_payloads.py`` whole; ``eval_families37.py`` whole, ``_kit``, ``_sdk``, ``_svc`` and
``_ride``; signatures, constants and some sources of the kits of sets 6, 7, 10, 16, 17, 18, 20,
21, 22, 24 (by ``grep`` of their ``def``/constant lines and a few ``sed`` ranges);
``eval_families21.py``'s ``listed_once``, ``LISTED_ONCE`` and ``_list_of``; ``eval_families8_kit``'s
``report``; file-name-only ``grep`` of earlier sets for the app kinds and vendor names. No
classifier, rule, test or decoder was read; paths were checked with a small decoder of the
author's own outside the project (no gap found), then ``main`` ran (twice by slip: once to
see its output, once for its exit code; it listed no path the decoders miss).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families121_anc
import eval_families121_buai
import eval_families121_kopi
import eval_families121_kredit
import eval_families121_net
import eval_families121_pmv
import eval_families121_skul
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families121_pmv.karpasindia(), *eval_families121_pmv.karpasindia_sdks(),
            *eval_families121_buai.maketmeri(), *eval_families121_buai.maketmeri_sdks(),
            *eval_families121_net.taitnet(), *eval_families121_net.taitnet_sdks(),
            *eval_families121_kopi.kopibung(), *eval_families121_kopi.kopibung_sdks(),
            *eval_families121_skul.skulmani(), *eval_families121_skul.skulmani_sdks(),
            *eval_families121_anc.mamakea(), *eval_families121_anc.mamakea_sdks(),
            *eval_families121_kredit.kreditkwik(), *eval_families121_kredit.kreditkwik_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
