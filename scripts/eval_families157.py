"""Hundred-and-fifty-seventh, BLIND labelled set for the classifier evaluation ("blind154"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run several
times while writing (it exited 0 each time it ran to the end; one run was cut by a pipe into
``head``). It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (155 first-party calls and 75 SDK calls, 230 exchanges, 1,757
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Bamako (Mali; Hamdallaye ACI 2000) with her Malian husband Seydou
Coulibaly, her US SIM roaming; their daughter Kadiatou ("Kadi", 7) and their son Bakary, born on
9 January 2026; the couple is building a house in Ségou near his village Banankoro, where the
household's millet sits in the village cereal bank; her mother-in-law Nana Diarra lives in Ségou.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API in Bambara (Bamanankan, Latin letters without the special ones:
``e`` for ɛ, ``o`` for ɔ, ``ny`` for ɲ) mixed with English (``token``, ``id``, ``ref``,
``refresh_token``) and the SDKs it embeds: a maternity's postnatal follow-up
``eval_families157_bange.py`` ("Bangeso": her health and the newborn's), a griot-booking app for
the naming ceremony ``_jeli.py`` ("Jelikan": lineage, ethnic group, religion), a ceremony-
equipment rental ``_sigilan.py`` ("Sigilanw": chairs, canopies, sound, generator), the village
cereal bank ``_nyo.py`` ("Nyobondo"), a house-building tracker ``_so.py`` ("Sokodilan"), a
bogolan (mud-cloth) workshop's course and shop ``_bogolan.py`` ("Bogolanso") and Kadi's
holiday camp by the Niger ``_tulon.py`` ("Tulonso": the child's data).

New kinds (an ``ast`` dump of the module docstrings of ``scripts/eval_families*.py``, grepped):
"griot", "bogolan", "mudcloth", "postnatal", "postpartum", "cereal bank", "grain bank",
"chair rental", "canopy" (2 hits: an SDK name), "construction", "mason", "building site" (1
hit: a husband's job) and "holiday camp" found no app of the kind. Close ones, made
different: naming ceremonies appear as occasions in other sets, here the app is the griot's
booking (lineage and praise); batik/kebaya commissions and a dyeing class exist, here she is an
apprentice who also sells through the workshop; grain appears as hammer-mill queues, a cotton
cooperative and payouts, here a cereal bank stores and lends millet; antenatal and fertility
apps exist, none postnatal; set 93's "summer camp" is a herder's pasture.

Key words (each module's docstring lists its own): ``togo`` first name, ``jamu`` surname (clan
name), ``imeli`` e-mail, ``telefoni`` phone, ``gundo`` password (lit. secret), ``kode`` code,
``bangedon`` birth date, ``ce_muso``/``ceMuso`` sex (``muso`` woman/girl, ``ce`` man/boy),
``sigiyoro`` home (street line), ``kin`` neighbourhood, ``komini`` commune, ``dugu`` town or
village, ``mara`` region, ``jamana`` country, ``furuke`` husband, ``sotigi`` household head,
``den`` child, ``denw`` children, ``wolo`` parent, ``dosiye`` file, ``jiginni`` childbirth,
``keneya`` health, ``bana`` illness, ``fura`` medicine, ``joli`` blood, ``dimi`` pain,
``farigan`` fever, ``sindili`` breast-feeding, ``boloci`` vaccination, ``girinya`` weight,
``janya`` length, ``sumanw`` measurements, ``siya`` ethnic group, ``diine`` religion
(``silame`` Islam), ``misiri`` mosque, ``alimami`` imam, ``benbaw`` ancestors, ``fasa`` praise
song, ``seli`` ceremony (``denkundi`` naming), ``jeli`` griot, ``boloda`` booking, ``ci`` order,
``taali`` delivery, ``sigilan`` chair, ``tonden`` member, ``bila`` deposit, ``juru`` loan,
``foro`` field, ``dan`` boundary, ``porozi`` project, ``dugukolo`` plot, ``yamaruya`` permit,
``baarayoro`` site, ``baarakelaw`` workers, ``konti`` bank account, ``kalan`` course,
``kalanden`` apprentice, ``fini`` cloth, ``feereli`` sale, ``hake`` amount, ``songo`` price,
``sarali``/``sara`` payment/pay, ``lamini`` refund, ``seben`` receipt/document, ``cikan``
message, ``kuma`` text, ``nyinini`` search, ``ja`` photo, ``kan`` voice/language, ``yoro``
place, ``minen`` device, ``waati_mara`` time zone, ``kow`` events, ``ekran`` screen, ``tigi``
account holder, ``ne`` me, ``sebenni`` sign-up, ``donni`` log-in, ``bo`` log-out.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes, a password change), ``/ne`` GETs with JWT bearers; maternity: the birth record (a
caesarean; the newborn's name, sex, weight, APGAR), her postnatal check (gzip), a protobuf
feeding beat, vaccinations, a health-booklet photo, an appointment, a check-in (5 decimals), a
message to her midwife, medicines bought, family planning, a mood questionnaire (msgpack), the
bill by mobile money, the invoice by file number in the path, a video room, news by cookie;
griot: griots near her flat (3 decimals), the booking, the lineage form, a deposit with a
one-time code, a voice recording (M4A), the name to proclaim, a message quoting her husband's
phone, the booking by number in the path, a praise-song search, a family photo, drummers
(msgpack), invitations from her address book; rental: the order delivered to her pin (6
decimals), a card payment, changes by order number in the path, a signed delivery with her fix,
a refund to her wallet, points by cookie, a base64 JSON form field; cereal bank: her NINA, the
field's corners, a deposit, a granary check-in, a protobuf beat, a loan and its repayment, the
statement by member number in the path, household members, JSON Lines sync; building: the
plot's corners, the permit with both owners' NINAs (a PDF scan), site fixes and photos, a
materials order, the mason paid from her IBAN, workers' names and phones, the budget by project
number in the path, a loan file (gzip), a daily log (msgpack); bogolan: the course with her
eczema, attendance (4 decimals), Kadi's measurements, consignment, sales by apprentice number in
the path, a payout, a parcel to her sister in Ohio, a base64 JSON cookie; camp: Kadi's
registration with her NINA, her health form (gzip), collectors, status by camper number in the
path, a gate fix, her badge photo, a message about her asthma. SDKs (``_sdk.py``: analytics
"Jatemetric", MMP "Siratrack", OpenRTB 2.5 "Sugubid", crash "Crashkolo"; ``_svc.py``: flags
"Flagsugandi", push "Pingkan", consent "Consentson", payments "Warisara", maps "Mapjoliba",
support chat "Helpdeme"; set 151's call shapes with vendors, hosts, zone ``Africa/Bamako``,
country ``ML``/``MLI``, region ``BKO``, currency XOF changed; none of the ten names is in an
earlier docstring): gzip batches, base64 JSON traits, JSON Lines queues, base64url beacons; MMP
installs, events with hashed e-mail and phone, a deep link carrying an order and her phone;
OpenRTB bids (GPS at 2 or 3 decimals or IP geo, ``yob``/``gender`` once) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent
records and checks; card tokens, confirmations, mobile-money payouts (with her IBAN); geocoding,
reverse geocoding (``lat,lon`` in the path), routes, telemetry; support messages and an upload.

Negatives are implicit: request, slot, visit, thread, note and transaction IDs, idempotency
keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the maternity's ID,
name, phone and point, a vaccine lot, the ward; the griot's ID, name, phone, point and free
days, drum and ngoni prices; the rental yard's ID, point, catalogue and item counts; the
granary's ID and point, kilograms, sacks, prices per kilo, market prices, vote choices; the
hardware store's ID, name, phone, point, catalogue and prices, the mason's ID, the plot's size
and land-title number (no taxonomy type), the bank's name; the workshop's ID and point, motifs,
cloth IDs and shop prices; the camp's ID, point, gate, bus, programme and age group; nationality
(``jamana``, as set 22).

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS and one-time codes, bearer, refresh, session and video-room
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, commune, neighbourhood, village, region and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, bookings, orders,
loans, deposits' receipts and invoices ``financial.purchase``; card data, last four digits,
payment-method IDs, card tokens and IBANs ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Seydou, Jeli Mamadou) is not ``contact.name`` except where the
  text is about a child (Bakary's fever, Kadi's asthma); a child's full name always is; a first
  name in a ``togo`` field beside a surname is;
- her mobile-money number (``WALLET``) is ``contact.phone`` (a phone number; the wallet rides
  on it), her NINA and residence-card number ``personal.national_id`` (the NINA's check letter
  is an assumption: mod 23, see the kit);
- maternity: her file number (body, JWT ``dosiye``, query, URL path, helpdesk) and the
  newborn's ``health.medical`` (a medical record number, as set 151's chart); her AMO insurance
  number ``health.medical`` (set 37's member ID); the caesarean, gestation weeks, APGAR, blood
  pressure, bleeding, pain, the wound, breast-feeding, feeds, vaccinations, medicines, the
  contraceptive implant and the mood scores ``health.medical``; weights and length
  ``health.fitness``; the health-booklet photo ``content.media|health.medical``;
- griot: ``siya`` (ethnic group), ``diine``, the ceremony kind (``denkundi``, a Muslim naming
  rite), the mosque and the prayer time ``personal.sensitive``; the imam's and the ancestors'
  names ``contact.name``; the praise text ``content.text|personal.sensitive|contact.name``;
  invitees picked from her address book ``content.contacts`` (not ``contact.*``); the voice
  recording of her mother-in-law ``content.media`` (a recording, not a voiceprint); a geocoded
  mosque ``behavior.search|personal.sensitive``;
- rental: the ceremony kind ``personal.sensitive``; the signature image ``content.media``;
- cereal bank: the member card ``id.user``; the field's corners and her granary fixes
  ``location.precise``; the loan and the deposit receipt ``financial.purchase``; a household
  member's birth year ``personal.birthdate``;
- building: the project account ``id.user``; the plot's corners and her site fixes
  ``location.precise``, its street line ``contact.address``; the NINA card scan
  ``content.media|personal.national_id``; workers' names and phones ``contact.*``;
- bogolan: the apprentice card ``id.user``; her eczema ``content.text|health.medical``; Kadi's
  body measurements ``health.fitness``; her sister's Ohio address ``contact.address``;
- camp: Kadi is a data subject: her NINA ``personal.national_id``, camper number ``id.user``
  (body, query, JWT ``denw``, URL path), name and nickname, birth date, sex, asthma, allergy,
  inhaler, blood group, peanut-free meals ``health.medical``, weight ``health.fitness``; her
  doctor's name and phone ``contact.name|contact.phone``;
- SDKs: Siratrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region and city ``location.coarse``; positions at 2 decimals ``location.coarse``, at
  3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's ``findings``/``path`` paragraph (stated honestly):
``eval_payloads.py``; ``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc``
and the seven apps: copied in structure, ``_sdk``/``_svc`` copied with renames by ``sed``); the
signatures, constants and docstrings of the helpers they import (``eval_families6_kit``
``raw``/``multipart``/``pb``, ``eval_families7_kit`` ``enc``, ``eval_families10_kit`` ``add``,
``eval_families11_kit``/``eval_families16_kit`` constants, ``eval_families17_kit``'s exports,
``eval_families18_kit`` ``sjwt``, ``eval_families19_kit`` constants, ``eval_families20_kit``,
``eval_families21_kit`` ``at_path``, ``eval_families22_kit`` ``lines``, ``eval_families24_kit``
``head``/``claims``/``rid``/``sdk_id``, ``eval_families8_kit`` ``report``'s signature); module
docstrings of ``scripts/eval_families*.py`` (dumped with ``ast`` and grepped for kinds and
names); one web-page search on the NINA's format (14 digits and a check letter). No classifier,
rule, test, decoder, README or evaluation script was read or run; ``ruff check --select F`` ran
on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families157_bange
import eval_families157_bogolan
import eval_families157_jeli
import eval_families157_nyo
import eval_families157_sigilan
import eval_families157_so
import eval_families157_tulon
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` found every labelled path among the decoders' paths; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families157_bange.bangeso(), *eval_families157_bange.bangeso_sdks(),
            *eval_families157_jeli.jelikan(), *eval_families157_jeli.jelikan_sdks(),
            *eval_families157_sigilan.sigilanw(), *eval_families157_sigilan.sigilanw_sdks(),
            *eval_families157_nyo.nyobondo(), *eval_families157_nyo.nyobondo_sdks(),
            *eval_families157_so.sokodilan(), *eval_families157_so.sokodilan_sdks(),
            *eval_families157_bogolan.bogolanso(), *eval_families157_bogolan.bogolanso_sdks(),
            *eval_families157_tulon.tulonso(), *eval_families157_tulon.tulonso_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
