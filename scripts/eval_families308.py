"""Three-hundred-and-eighth, BLIND labelled set for the classifier evaluation ("blind305"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run six times while writing (it exited 0 each time; between runs first-party calls
were added to reach the brief's size, no label was changed to suit the check). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 79 SDK calls, 229 exchanges, 1,729
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Kalimpong (West Bengal, India) with her Lepcha husband Ugen Simick
Lepcha, her US SIM roaming; their daughter Sangmit (10) learns the Lepcha flute after school; her
mother-in-law Ongkit Simick Lepcha lives in Lingthem, Dzongu (North Sikkim), where the family has
a large-cardamom plot under alders; her sister Claire is in the US. All people are fictional.

Seven app kinds (fictional names, hosts under example.com/.net/.org per RFC 2606, no real company
named as sender), each with its own API and the SDKs it embeds. The API keys are Lepcha in Latin
letters, ASCII-folded as a Kalimpong developer types them (no accents), mixed with the English
words APIs keep (``email``, ``token``, ``id``, ``order``, ``permit``, ``uhid``...) and with the
Nepali loans that Kalimpong's forms and speech use. The Lepcha words, from the author's memory of
Plaisier-style romanisation, are: ``abryang`` name, ``ptso`` clan / surname, ``li`` house (street
line), ``kyong`` village, ``lyang`` land / plot, ``lom`` road, ``kup`` child, ``amu`` mother,
``abu`` father, ``ring`` message (lit. "word, speech"), ``nam`` year, ``ong`` water, ``faat``
soil, ``vee`` blood, ``dok`` illness, ``kung`` tree, ``zo`` rice / food, ``chi`` millet beer,
``hik`` fowl, ``rum`` god, ``rumfaat`` worship, ``bongthing`` / ``mun`` priest / priestess,
``gosa`` "my" (for ``/me``); the Nepali loans: ``fon`` phone, ``sangket`` password ("code"),
``janmamiti`` birth date, ``sahar`` town, ``zilla`` district, ``rakam`` amount, ``bhuktani``
payment, ``mudra`` currency, ``mol`` price, ``khata`` bank account, ``kamai`` earnings,
``aushadhi`` medicine, ``jaanch`` test, ``pet_dukhai`` belly pain, ``mahinabari`` period,
``garbha`` pregnancy, ``linga`` sex, ``jat`` ethnicity, ``jiwansathi`` spouse, ``sasu``
mother-in-law, ``nata`` relation, ``khoj`` search, ``biu`` seed, ``sapat`` loan in kind,
``firta`` return, ``sadasya`` member, ``chanda`` subscription, ``tara`` stars, ``bela`` time,
``umer`` age, ``yatri`` travellers, ``karan`` reason, ``malik`` owner. A native speaker may
correct some Lepcha glosses; the keys are what a local developer plausibly writes, not a
dictionary. The apps:
- ``eval_families308_zonggu.py`` "Zonggulom": Dzongu restricted-area entry permit and homestay;
- ``_cactus.py`` "Kaktusli": a cactus and succulent nursery's shop;
- ``_rong.py`` "Mutanchi": a Lepcha tribal association's members' app (sensitive trait:
  ethnicity, the indigenous Mun-Bongthing faith, a political petition);
- ``_flute.py`` "Palitkup": the daughter's Lepcha flute (palit) and lute (tungbuk) school (the
  child);
- ``_clinic.py`` "Durpincare": a women's clinic following her ovarian cyst (health);
- ``_carbon.py`` "Kungcarbon": quarterly agroforestry carbon payments for the family's plot
  (money);
- ``_seeds.py`` "Biulyang": a community seed bank lending heirloom seed.
Checked new with a grep of the file names and module docstrings of ``scripts/eval_families*``:
"restricted area", "inner line", "protected area permit", "succulent", "flute", "palit",
"tungbuk", "ovarian cyst", "carbon credit", "seed bank", "seed library", "lepcha", "bongthing",
"mutanchi", "kalimpong", "sikkim", "dzongu" matched nothing; "cactus" matched only a kit's place
(set 65); near kinds were made different: a plant nursery (242) and an orchid app (256) vs a
cactus grower's shop with a plant doctor; shamans (196, 205, 264), a Scheduled Tribe council
(293) and community associations (163, 179) vs an ethnic association's membership app with its
rites, petitions and certificate desk; piano lessons (25) vs a traditional flute school;
fibroids (147, 219), endometriosis (44), cervical screening (134, 261, 266) vs an ovarian cyst
follow-up; a cardamom sales ledger (285) vs payments for the shade trees. The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Tistalytics", MMP "Trackrongnyu", OpenRTB 2.5 ads "Bidkanchen", crash reporting "Crashdurpin")
and ``_svc.py`` (flags "Flagdelo", push "Pingrangit", consent "Consentmayel", payments
"Coinrelli" with a UPI payout, maps "Maptendong", support chat "Helpkhamri"); their code is set
151's SDK shapes with the vendors, hosts, zone, country (IN / IND, region WB), language and
currency (INR) changed (a grep of ``scripts/`` found none of the ten names).
``eval_families308_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/gosa``- and ``/me``-style GETs with JWT bearers; permit: sign-up with passport
and OCI card, the permit for three with the host and an emergency contact, a passport scan, the
fee, the permit PDF by number in the path, the check-post scan (5 decimals), a protobuf beat, a
homestay search near the in-laws' house (3 decimals), booking, meals (msgpack), payment, the
booking by cookie, a road report (4 decimals), an offline fix queue (JSON Lines, 5-decimal
strings), a review, a host message quoting her husband's phone, an extension; nursery: the
catalogue, a search, the cart (prices negatives), an order with a gift to her mother-in-law, a UPI
payment, tracking by order number in the path, the plant doctor photo, a schedule, the pick-up
with her fix, a wish list (msgpack), points in a base64 JSON cookie, a review, a workshop for her
and the child, her address pinned (4 decimals), a return; association: registration with her
husband's clan, the card by member number in the path, the subscription, Namsoong tickets, a
house rite's slots and booking, attendance (4 decimals), the child's ST certificate desk, her
husband's certificate scan, a script class, a donation, a petition, a message, a calendar, a clan
search, a photo, volunteering, a receipt by cookie; flute school: an e-mail code, enrolment with
the child's asthma, fees, the timetable by student number in the path, attendance, an absence, a
practice recording (audio), a protobuf practice log, a flute bought, recital seats, the gate
pick-up, a pick-up by her father, a teacher message, the recital card photo, notices, a search,
a lute hire, feedback, a session cookie; clinic: the intake (gzip), an ultrasound PDF, a home
blood draw at her flat (5 decimals), an appointment, payment, check-in, a protobuf symptom
diary, a message to the gynaecologist, prescriptions, a video room, sharing with her husband,
invoices by record number in the path, an insurance claim, a reminder, a pharmacy order, a
log-out; carbon: enrolment with her tax card and her mother-in-law as owner, the plot boundary,
the tree count with her fix, a geotagged photo, notes (msgpack), credits, the payout account
(bank account, UPI handle), payouts, the statement by grower number in the path, the tax
declaration (gzip), an offline sync (JSON Lines), messages, a training, a dispute, prices by
cookie; seed bank: joining, a loan of seed with the sowing point, a deposit, its photo, a
check-in, germination (msgpack), the fee by UPI, the ledger by card number in the path, a swap
offer, a sowing log (JSON Lines), a message, a base64 JSON preferences cookie, the return, the
profile. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a
form field), offline queues (JSON Lines), base64url beacons; MMP installs and events (hashed
e-mail and phone); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes
and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and a UPI payout; geocoding, reverse geocoding (``lat,lon`` in
the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, scan, slot, appointment, thread, plot, lot, cart, case and
receipt IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the check-post's ID and point; the homestay's ID, phone, point and room; the nursery's ID,
phone, point, SKUs, plant names and catalogue prices; the hall's point, the priest's and
petition's IDs; the music school's ID, point and gate, the instrument unit; the clinic's ID,
phone, point, doctor and room; the carbon office, tree species, counts and diameters, the bank
branch's IFSC; the seed bank's ID and point, seed varieties, grams, germination counts.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town,
ward, village, district, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, fares, invoices, bookings and orders
``financial.purchase``; card data, last four digits, payment-method IDs, bank accounts and her
UPI handle ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Sangmit, Ongkit without her surname) is not ``contact.name``
  except where the text is about the child (absence note, teacher message); the child's full name
  always is;
- permit: the entry permit number ``id.user`` (it keys her account and permit, body, JWT, query,
  protobuf, URL path; it is not an identity document); her passport and OCI card
  ``personal.national_id``; the passport scan ``content.media|personal.national_id``; the child's
  age ``personal.birthdate``; nationality "US" left unlabelled (as set 151's);
- nursery: the customer number ``id.user``; her UPI handle ``financial.payment``;
- association: her ethnicity line, her husband's clan name (``ptso`` "Simick", in the
  association it states a Lepcha clan), festival, rite, offerings, ceremony, tradition, fund and
  push tag ``personal.sensitive``; the petition stance and text ``personal.sensitive`` (political
  opinion); a clan search ``behavior.search|personal.sensitive``; the child's birth registration
  number and her husband's ST certificate number ``personal.national_id``; his certificate scan
  ``content.media|personal.sensitive``; the Lepcha script class left unlabelled (learning a
  language is not a trait);
- flute school: Sangmit is a data subject: her student number ``id.user`` (body, query, JWT
  ``kup``, URL path, protobuf), name, birth date, sex; her asthma and inhaler ``health.medical``;
  the practice minutes ``behavior.usage``; the recording ``content.media``;
- clinic: the record number (UHID: body, JWT, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); pregnancy status ``health.medical|
  personal.sensitive`` (TAXONOMY lists pregnancy under sensitive); the insurance member number
  ``health.medical`` (as set 37); the ultrasound and lab PDFs ``content.media|health.medical``;
- carbon: the grower number ``id.user``; her tax card ``personal.national_id``; the plot's corners
  and her fixes in it ``location.precise`` (the family's land); the carbon payments and tax
  declaration earnings ``financial.purchase`` (her sales, as set 151's excise revenue);
- seed bank: the seed card ``id.user``; the seed loan and its return ``financial.purchase`` (a
  loan in kind); the sowing point at the in-laws' terraces ``location.precise``;
- SDKs: Trackrongnyu's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``WB``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole and DESIGN.md's
report.json section; ``eval_families151.py`` and all its modules whole (``_abano``, ``_parish``,
``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_kit``, ``_sdk``, ``_svc``;
``_sdk``/``_svc`` copied with renames into this set's); ``eval_payloads.py`` whole; of the helper
kits only the import list and header of ``eval_families17_kit.py``, the values of the constants
used (E164, NATIONAL, EMAIL_UPPER, MCCMNC, JPEG, category ids, FIRST, LAST, DOB, T0, EMAIL_MIXED,
CARD2...) printed with Python, the signatures of ``App``, ``ev``, ``opaque``, ``head``, ``claims``,
``rid``, ``sdk_id``, ``pb``, ``multipart``, ``raw``, ``tok``, ``enc``, ``add``, ``listed_once`` and
the sources of ``App``, ``ev``, ``head``, ``claims``, ``at_path`` and ``lines``; a grep of
``eval_families*_kit.py`` for constant definitions (its output showed other kits' category-id
lines and a few birth-date constants); file-name and docstring greps of ``scripts/eval_families*``
for the app kinds and the new names (their hit lists named files; the first 12 lines of
``eval_families285_thauqua.py`` were read to tell its cardamom app from this one). Three web
searches (the search tool's stored pages) for Lepcha vocabulary returned only general pages (they
confirmed ``chi``, ``faat``, ``ong``, ``vee``, ``mun``, ``bongthing``; a village named "Ngase
Kyong" suggested ``kyong``); the other glosses are the author's. No classifier, rule, test or
decoder was read or run (``ruff check --select F`` ran on these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families308_cactus
import eval_families308_carbon
import eval_families308_clinic
import eval_families308_flute
import eval_families308_rong
import eval_families308_seeds
import eval_families308_zonggu
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families308_zonggu.zonggulom(), *eval_families308_zonggu.zonggulom_sdks(),
            *eval_families308_cactus.kaktusli(), *eval_families308_cactus.kaktusli_sdks(),
            *eval_families308_rong.mutanchi(), *eval_families308_rong.mutanchi_sdks(),
            *eval_families308_flute.palitkup(), *eval_families308_flute.palitkup_sdks(),
            *eval_families308_clinic.durpincare(), *eval_families308_clinic.durpincare_sdks(),
            *eval_families308_carbon.kungcarbon(), *eval_families308_carbon.kungcarbon_sdks(),
            *eval_families308_seeds.biulyang(), *eval_families308_seeds.biulyang_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
