"""Hundred-and-eightieth, BLIND labelled set for the classifier evaluation ("blind177"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check, which runs no
classifier) was run while writing and at the end (every labelled path was produced on the first
run). It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (151 first-party calls and 73 SDK calls, 224 exchanges, 1,746
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Varanasi (Bhadaini, by Assi ghat) with her husband Rohit Pandey, whose
family comes from Sitalpur village near Chhapra (Saran, Bihar); her US SIM roams on an Indian
network; their son Aarav (8) trains at a children's akhara at Tulsi ghat; her mother-in-law
Sunita Devi, a Chhath vrati, lives in Gorakhpur with her younger son Manoj; her father-in-law
Ramesh Chandra Pandey died in June 2025; her brother Mark Doe lives in Ohio. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API whose keys are Bhojpuri written in Latin letters the way a local developer would
write them (mixed with English ``token``, ``id``, ``otp``, ``upi``, ``lat``/``lng`` where Indian
apps keep them), and the SDKs it embeds:
- ``eval_families180_chhath.py`` "Arghghat": a Chhath ghat committee at Rajghat, Gorakhpur
  (her religion as a married-in member of the family; the mother-in-law's vrat);
- ``_jamin.py`` "Bhumisathi": the land-record mutation (dakhil-kharij) of the family plot in
  Sitalpur after the father-in-law's death, filed at the Dighwara circle office (Aadhaar of the
  heirs, the applicant's caste, the plot's corners);
- ``_ganga.py`` "Jalparakh": a Ganga water-quality volunteers' network (her fixes at the ghats,
  an itch after sampling);
- ``_kothri.py`` "Kothrimitra": the paying-guest house she lets to students (she is the landlady;
  the tenants' Aadhaar, police verification, rent by UPI);
- ``_akhara.py`` "Akhadaguru": the son's kushti class (the child's data: Aadhaar, weight, height,
  asthma, an injury);
- ``_kes.py`` "Kesrakhi": a trichology clinic treating her hair loss (her health data);
- ``_sona.py`` "Sonabachat": a Gorakhpur jeweller's monthly gold-savings scheme (PAN, Aadhaar,
  UPI autopay, her son as nominee).
New kinds (file-name and docstring greps of ``scripts/``: "chhath", "kushti", "akhara",
"paying guest", "water quality", "citizen science", "trichol", "alopecia", "PRP", "mutation",
"savings scheme" matched nothing). Close cousins made different: set 149 (a temple committee's
puja bookings) and sets 174/175 (a priest for home rites) against a river-bank festival's ghat
committee; set 159's co-heirs' land app (a joint-ownership file: shares, votes, a notary) against
a state land-record mutation with the land revenue; tenants' rent apps and set 124's hostel
against the landlady's side; gold loans and a pawnshop against an instalment plan to buy gold;
an adult wrestling ticket-and-bet app against a children's class. Key words shared by the APIs:
``naanv`` name, ``titil`` surname, ``imel`` e-mail, ``mobail`` mobile, ``kunji`` password (lit.
"key"), ``janam_tarikh`` birth date, ``umir`` age, ``ling`` sex (``mehraru`` woman, ``laika``
boy), ``aadhar``, ``pan``, ``pata`` address, ``mohalla`` neighbourhood, ``shahar`` city, ``pin``
PIN code, ``sambandh`` relation, ``rakam`` amount, ``bhugtan`` payment, ``rasid`` receipt,
``thaur`` place, ``akshansh``/``deshantar`` latitude/longitude, ``sateekta`` accuracy,
``tippani`` remark, ``sanesa`` message, ``ke`` to, ``khoj`` search, ``suchna`` notices,
``yantar`` device (``yantar_id``), ``bhasa`` language, ``samay_khetra`` time zone, ``ghatna``
events, ``judin`` join (sign-up), ``hamaar`` mine (the ``/me`` route), ``jankari`` details (a
multipart's JSON part); each app module lists its own. The SDKs are ten new vendors, built once
and called by every app with its own events: ``_sdk.py`` (analytics "Gintilitti", MMP
"Trackchokha", OpenRTB 2.5 ads "Bidbaati", crash reporting "Crashthekua") and ``_svc.py`` (flags
"Flagsattu", push "Pingnagada", consent "Consentgamchha", payments "Coinkhaja" with cards and UPI,
maps "Mapghaghra", support chat "Helppaan"); their code is set 151's SDK shapes with the vendors,
hosts, zone, country, region and currency changed and its mobile-money call turned into a UPI
collect/payout (a grep of ``scripts/`` found none of the ten names). ``eval_families180_kit.py``
holds her places, people, IDs (Aadhaar numbers with a valid Verhoeff check digit, computed there)
and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS OTPs,
an Aadhaar e-sign OTP), ``/hamaar`` GETs with JWT bearers; Chhath: the vrati registration (the
mother-in-law's Aadhaar), free bedis, a bedi booked and paid by UPI, the offering kit (msgpack),
kharna invitations, her arrival with her fix, a protobuf crowd beat, arghya times, a lost-child
wristband for her son (photo), a donation with her PAN, the receipt by number in the path, ghat
cleaning, a message about the mother-in-law's knee, a search, notices by cookie; land: the
account with her Aadhaar and PAN, the mutation application (gzip; the husband's caste), the death
certificate (PDF), the heirs with their Aadhaar, an e-signed affidavit, the amin's measurement,
the plot's corners, her presence (protobuf too), a plot photo, the land revenue by UPI, receipt
and case status by number in the path, the record of rights, a lawyer; river: ghats near her
house (3 decimals), samples with her fixes (JSON, multipart, msgpack queue), a protobuf walk
beat, a symptom report, a litter report (5-decimal strings), training with her husband as
emergency contact, a test kit, the certificate by volunteer number in the path, the Wi-Fi-only
setting (her home network); PG: the house (her point), tenants with Aadhaar, an Aadhaar card
photo, police verification (gzip), rent, electricity shares (msgpack), a move-out refund to a
tenant's UPI address, income by owner number in the path, a tax summary, the tenants' Wi-Fi, the
rent agreement (PDF), a base64 JSON preferences cookie; akhara: the son's enrolment, a consent
signature, fees, weights by member number in the path, a drop-off fix, a protobuf training
count, diet (peanut allergy), an injury and its photo, a dangal entry, a bout video (MP4), an
absence note, a pick-up permission; hair: the questionnaire (gzip), scalp photos, blood tests
(PDF and values), plan, payment, session, check-in, a protobuf hair-fall diary, the bill by record
number in the path, a doctor message, a video room, medicines (msgpack), instalments (PAN, bank
account), sharing with her husband; gold: KYC (PAN card photo), the scheme with her son as
nominee, instalments by UPI and by scheme number in the path, rates, an autopay mandate, a chain
chosen, a shop visit for her brother-in-law, her fix at the counter, an offline sync (JSON
Lines), a gift voucher for her brother. SDKs: analytics batches (gzip; positions at 2 or 3
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons;
MMP installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying
her volunteer number and e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices;
crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers;
consent records and checks; card tokens, confirmations, UPI collects and a payout; geocoding,
reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, arrival, slot, sample, bout, thread, appointment and visit IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; UTR
numbers (the bank's transaction references) and IFSC codes (a branch's code); the ghat
committee's ID, name, phone and point, wristband numbers; the circle office's ID and point, the
amin, the land record's khata, khesra, thana number and area, the date of death (no taxonomy type
fits); the river readings (temperature, pH, oxygen, turbidity, colour, smell) and the official
station's point; the PG's listed room rents, room labels and the e-stamp number; the akhara's ID,
phone and point, the dangal and its results; the clinic's ID, point, chair and lab; the
jeweller's ID and point, the chain's item ID, grams, size and the carat; catalogue prices of the
offering kit.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory, LAN addresses and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail/e-sign codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city,
mohalla, village, circle, district, state, PIN code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, deposits, rents, refunds, bookings and receipts
``financial.purchase``; card data, last four digits, payment-method IDs, bank accounts and UPI
addresses ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ankit, Manoj, Mark, Saurabh) is not ``contact.name`` except
  where the text is about the child (the absence note); full names always are;
- Aadhaar numbers and PANs, whoever they belong to (hers, the husband's, the mother-in-law's,
  the late father-in-law's, the son's, the tenants'), ``personal.national_id``; an Aadhaar or
  PAN card photo ``content.media|personal.national_id``; an age ``personal.birthdate``;
- Chhath: ``dharam``, the festival (``parv`` in a claim, tags and traits), the vrat years, the
  first-time vrati flag, the donation fund and the kharna invitation ``personal.sensitive``
  (religion); the bedi booking ``financial.purchase``; the vrati registration ``id.user``;
- land: the applicant's ``jaati`` (caste) ``personal.sensitive``; the mutation case number
  ``id.user`` (her file, as set 159's co-heir file; also in the JWT and the path); the plot's
  corners and her fix there ``location.precise`` (the family's land, as set 151's vineyard); the
  death certificate ``content.media`` only;
- river: her fixes at the ghats and her house (3 decimals in the query) ``location.precise``;
  the itch and rash ``health.medical``; her home SSID/BSSID ``location.wifi``;
- PG: the house's point ``location.precise`` and address ``contact.address`` (hers); the
  tenants' names, phones, fathers' phones, birth date, permanent address and Aadhaar labelled;
  a tenant's UPI address ``financial.payment``; the PG's own Wi-Fi ``location.wifi``, its router
  address ``device.info``; her rental income and deductions ``financial.purchase``;
- akhara: the son is a data subject: member number ``id.user`` (body, JWT ``bachcha``, path,
  protobuf), name, birth date, sex, Aadhaar; weight, height, weight class and training counts
  ``health.fitness``; asthma, peanut allergy and the injury ``health.medical``; the consent
  signature and the bout video ``content.media``;
- hair: the record number ``health.medical`` (as set 151's chart number); the pregnancy answer
  ``health.medical|personal.sensitive`` (TAXONOMY names pregnancy under sensitive); a search
  about thyroid hair loss ``behavior.search|health.medical``; photos and the blood-test PDF
  ``content.media|health.medical``;
- gold: the scheme account ``financial.payment`` (a savings account held with the jeweller, also
  in the JWT and the path); the engraving (initials) ``content.text``; her fix at the counter
  ``location.precise``, the shop's point a negative;
- SDKs: Trackchokha's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country (``IND``), region (``UP``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; TAXONOMY.md and DESIGN.md; ``eval_payloads.py``;
``eval_families151.py`` and all ten of its modules (in full; ``_sdk.py``/``_svc.py`` copied with
renames); the ``def``/class/constant lines of ``eval_families6``, ``17``, ``18``, ``19``, ``20``,
``21``, ``22`` and ``24`` kits and the bodies of the helpers called (``raw``, ``multipart``,
``pb``, ``head``, ``claims``, ``rid``, ``sdk_id``, ``at_path``, ``lines``, ``App``, ``ev``,
``opaque``, ``listed_once``, ``report``), the import block of ``eval_families17_kit`` and a grep
for the phone/e-mail/JPEG constants across the kits; module docstrings of every
``scripts/eval_families*.py`` (extracted with ``ast`` and grepped for the kinds and the new
names). No classifier, rule, decoder, test, README or evaluation script was read or run; no git
command was used; ``ruff check --select F --fix`` ran on these files (it removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families180_akhara
import eval_families180_chhath
import eval_families180_ganga
import eval_families180_jamin
import eval_families180_kes
import eval_families180_kothri
import eval_families180_sona
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by ``main`` while writing; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families180_chhath.arghghat(), *eval_families180_chhath.arghghat_sdks(),
            *eval_families180_jamin.bhumisathi(), *eval_families180_jamin.bhumisathi_sdks(),
            *eval_families180_ganga.jalparakh(), *eval_families180_ganga.jalparakh_sdks(),
            *eval_families180_kothri.kothrimitra(), *eval_families180_kothri.kothrimitra_sdks(),
            *eval_families180_akhara.akhadaguru(), *eval_families180_akhara.akhadaguru_sdks(),
            *eval_families180_kes.kesrakhi(), *eval_families180_kes.kesrakhi_sdks(),
            *eval_families180_sona.sonabachat(), *eval_families180_sona.sonabachat_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
