"""Two-hundred-and-thirty-first, BLIND labelled set for the classifier evaluation ("blind228"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run six times
at the end (each run exited 0; after the first, five first-party and two SDK calls were added to
reach the brief's size; the later runs followed edits of docstrings only). It is to be scored once,
by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did
not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (152 first-party calls and 78 SDK calls, 230 exchanges, 1,714
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Niamey (Niger; Koira Kano) with her Zarma husband Issoufou Hamani, an
agronomist from Dosso, her US SIM roaming (a local SIM carries her mobile-money wallet); their son
Seyni (8) is in primary school; her mother-in-law Mariama Boubacar lives in the family compound
in Dosso, where the family's millet field lies; her husband's sister Hadiza lives in Niamey. Seven
app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as sender),
each with its own API whose keys are Zarma (Djerma), ASCII-folded as a local developer would
write them (no special letters: ``ng`` for the velar nasal), mixed with French loans
(``kartiye``, ``adiresi``, ``alerji``, ``konti``, ``tiraj``), Arabic loans (``sadaka``,
``diina``, ``alkawli``, ``sabaabu``) and the English words APIs keep (``token``, ``id``,
``lat``/``lng``, ``refresh_token``, ``events``, ``wallet``), and the SDKs it embeds:

- ``eval_families231_hi.py`` "Isahi": pirogue crossings and river outings on the Niger (a
  boatmen's cooperative at the Gaweye landing);
- ``_baani.py`` "Gaabaani": a private clinic's outpatient app through her typhoid fever (her own
  health data);
- ``_alfa.py`` "Alfasanni": a marabout's (alfa's) consultations, istikhara, prayers and alms (her
  religion);
- ``_fari.py`` "Fari Gaabi": tractor hire for the Dosso millet field, an advance by mobile money
  and credit until the harvest (money);
- ``_suura.py`` "Zanka Suura": her son's Saturday drawing-and-painting workshop (the child's data);
- ``_tira.py`` "Tirafu": a print and copy shop (a CV, certified copies, wedding invitations);
- ``_kaanu.py`` "Kaanu": an incense and perfume seller (a Tabaski gift, delivery to her house).

New kinds (an ``ast`` dump of the module docstrings of all ``scripts/eval_families*.py`` plus
``ls scripts``, grepped case-insensitively): "pirogue", "typhoid" as an app (one passing mention
as a refund's reason in set 115), "widal", "marabout", "tractor hire", "drawing class", "art
class", "print shop", "perfume", "Niamey", "Dosso", "Zarma" and "Djerma" found nothing; "incense"
only a columbarium's offerings (216). Close kinds, made different: canoes are a regatta club (116)
and a child's canoe-building programme (148), here a ferry and outing service; fever clinics
(malaria and dengue triage, 129) and schistosomiasis (183) exist, here a typhoid follow-up with a
blood culture, antibiotics and the household's stool tests; Sufi circles (172, 177), a tafsir
class (182), Quran classes (88), hajj planners (57, 91) and mosque apps exist, here a private
cleric's consultation book; gold, pawn and savings apps exist, so money is carried by the tractor
hire's advance, mobile-money payment, credit and payout account; children's judo (140), wrestling
(180), scouts (156), canoes (148) and a holiday camp (157) exist, here an art workshop; a photo
studio (160) takes ID portraits, here she prints her own files. Candidates dropped after the grep:
a tontine (112, 124), a ram for Tabaski (145), kids' wrestling (112, 180), rabies shots (142), a
gold-savings scheme (180), butane (139), septic pumping (194), a giraffe-reserve visit (close to
the safari sets 73, 100, 202), a meningitis vaccination centre (close to 142's shots).

Key words (each module's docstring lists its own): ``maa`` name, ``baaba_maa`` surname (lit. the
father's name), ``maa_kulu`` full name, ``silaama_maa`` Muslim name, ``imel`` e-mail,
``telefon`` phone, ``sirri`` password (lit. secret), ``kode`` code, ``hay_zaari`` birth date,
``hay_tira`` birth certificate, ``jinsi`` sex (``weyboro`` woman, ``aru`` boy), ``jiiri`` age or
year, ``adiresi`` street line, ``kartiye`` neighbourhood, ``komin`` commune, ``kwaara`` town,
``laabu`` region, ``karti_sejur`` residence card, ``paspor`` passport, ``kurnye`` husband,
``ize``/``izo``/``izey`` child/children, ``hay_koy`` parent, ``nya`` mother, ``haawa`` aunt,
``windi`` household, ``boro``/``borey`` person/people, ``nooru`` amount (lit. money),
``banayan`` payment, ``neera`` price, ``dayyan`` booking or order (lit. purchase), ``cindi``
remainder, ``alkawli`` appointment, ``alkawli_banayan`` credit, ``konti`` bank account,
``karti_taaci`` card's last four, ``doori`` illness, ``gaa_konni`` fever, ``gunde_doori``
stomach pain, ``bon_doori`` headache, ``safari`` medicine, ``alerji`` allergy, ``asma``
asthma, ``kuri_dumi`` blood group, ``lokotoro`` doctor, ``labo`` laboratory, ``dosiye`` file,
``asuraans`` insurance, ``diina`` religion, ``jingar`` prayer, ``sadaka`` alms, ``mehaw``
fasting, ``batu`` gathering, ``kaayan`` visit, ``fari`` field, ``fari_me`` field edge,
``fari_koy`` farmer, ``hayni`` millet, ``tarakter`` tractor, ``cawyan`` class,
``cawandikaw`` teacher, ``suura`` picture or photo, ``tira`` paper or document, ``hiijay``
wedding, ``kandiyan`` delivery, ``nooyan`` gift, ``hi`` pirogue, ``hi_koy`` boatman,
``bisayan`` crossing, ``nongu`` place, ``maanu`` near, ``sanni`` message, ``ceeci`` search,
``jinde`` voice, ``deene`` language, ``masin`` device, ``ay`` me, ``furo``/``fatta`` log
in/out. The author's Zarma is a learner's: a few words are approximate or coined from Zarma
roots (``hantumyan`` sign-up, ``gaa_konni`` fever, ``alkawli_banayan`` credit, ``dugu``
incense), as the docstrings say.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes, a
password change), ``/ay`` GETs with JWT bearers; pirogue: the rider card, pirogues near her house
(3 decimals), crossing times, a crossing ticket, the Boubon outing for the family, its payment
(card and wallet), the passenger list (her passport), a check-in at the landing, a protobuf trip
beat on the river, an offline msgpack queue of fixes, lunch and pottery extras, points by cookie,
a rating, a search, the receipt by booking number in the path, a gift ride for her
sister-in-law, a card link (base64 JSON in a form field), a complaint; clinic: registration (her
residence card, insurer), blood group and emergency contact, the symptom intake (gzip), an
appointment and its payment, a check-in (5 decimals), the lab report (PDF), results, the
prescription, a protobuf temperature diary (a float32), a message to her doctor, stool tests for
her husband and their cook, a video room, the bill by file number in the path, an insurance
claim, a control visit, pharmacies on duty (2 decimals), receipts by cookie; alfa: registration
with her Muslim name, free slots, a consultation, an istikhara question, a prayer request, the
alms and a payment, a check-in at his house (4 decimals), prayer times (2 decimals), a dhikr
gathering, a voice note (M4A), a message naming her husband, her record by number in the path,
receipts by cookie, fasting days to make up, a protective writing for her son; tractor: sign-up
(residence card, husband), the field's corners, tractors free, the job, the advance by wallet,
the credit with her bank account, a check-in in the field, a protobuf field beat, the work log
(msgpack), a field photo, the harvest plan, payments, jobs by farmer number in the path, a
message naming her mother-in-law with her phone, the payout account, rain (2 decimals), an
offline sync (JSON Lines); art workshop: enrolling Seyni (birth certificate), his pictures by
member number in the path, the parent's address, a place and the fee, the health form (gzip), an
absence (malaria), a pick-up authorisation for his aunt, the gate check-in (5 decimals), a
painting's photo, his card photo, a message to the teacher, the exhibition consent, supplies, a
search, the signed consent (PDF), events with a session cookie; print shop: a CV (PDF), a copy of
her residence card with its number, wedding invitations naming the couple, the proof, the payment,
delivery to Dosso, the status by cookie, the invoice by order number in the path, orders by
account in the query, prices, collection with her fix, a search, the son's photo prints, a chat,
an offline sync (JSON Lines); incense: sellers near her (3 decimals), the catalogue, an order, the
delivery pin (5 decimals), a wallet payment, a Tabaski gift, the cart (msgpack), points by cookie
with a base64 JSON preferences cookie, a rating, a search, the order by number in the path, a
photo of a broken bottle, a question naming her asthma, a re-order, the rider's ETA. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone)
and deep links (a URL in a JSON field carrying the booking or order and her e-mail); OpenRTB bids
(GPS at 2 or 3 decimals or IP geo; one with year of birth and gender) and notices; crash envelopes
and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and mobile-money collections; geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload. The SDKs are ten
new vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Metrikwaara", MMP "Trackdosso", OpenRTB 2.5 ads "Bidgaya", crash reporting "Crashfilingue") and
``_svc.py`` (flags "Flagbirni", push "Pingkoure", consent "Consentsay", payments "Coinsifa", maps
"Mapgorou", support chat "Helpbaani"); their code is set 151's SDK modules copied with the
vendors, hosts, function prefixes, zone (Africa/Niamey), country (NE/NER), region, city and
currency (XOF) changed (a ``grep -ril`` of ``scripts/`` found none of the ten names).
``eval_families231_kit.py`` holds her places, people and the apps' businesses (its docstring lists
them).

Negatives are implicit: request, check-in, ticket, slot, consultation, thread, field, picture and
order-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the landing's ID, name, phone and point, the pirogue's and boatman's IDs, Boubon's
landing point, dishes and pottery prices; the clinic's ID and point, the doctor's and pharmacy's
IDs, the water source (``robinet``); the alfa's ID and his house's point, the Islamic year; the
tractor's ID, litres, hectares, sacks, the yard's point, the bank's name; the art centre's ID and
point, the group, day and slot, the teacher's ID, supplies and prices, the paediatrician's phone
(a practice's number); the print shop's ID and point, pages, copies, print run, the wedding hall;
the seller's ID, items, prices and the rider's ID.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens and a
client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; neighbourhood, commune, town, region and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, invoices, bookings, jobs and orders
``financial.purchase``; card data, last four digits, payment-method IDs and bank accounts
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Hadiza in a gift note, the teacher Rakia) is not
  ``contact.name`` except where the text is about the child (Seyni in an absence, a message to
  the teacher, the istikhara question); the child's full name always is; ``baaba_maa`` (the
  father's name used as surname) ``contact.name``;
- the mobile-money wallet number (her local SIM) ``contact.phone`` wherever sent (first-party
  forms, Coinsifa's ``msisdn``);
- pirogue: the rider card ``id.user``; her passport ``personal.national_id``; the son's age
  ``personal.birthdate``; her fixes on the river and at the landing ``location.precise``, the
  landing and Boubon as places negatives;
- clinic: the file number (body, JWT ``dosiye``, query, URL path, protobuf) and the insurance
  member number ``health.medical`` (medical records' numbers, as set 151's chart number); blood
  group, temperatures, symptoms, medicines, allergies, the lab kind and the claim's diagnosis
  ``health.medical``; the lab PDF and the prescription upload ``content.media|health.medical``;
  the cook typed with a surname ``contact.name``;
- alfa: her Muslim name, religion, the consultation kind, du'a, alms, madhab, the dhikr
  gathering, fasting days and the protective writing ``personal.sensitive`` (religion), also in
  JWT claims, push tags, analytics and MMP params; free text typed into the cleric's app carries
  ``personal.sensitive`` (as set 151's candle intention); the prayer request naming her
  mother-in-law's diabetes ``content.text|personal.sensitive|health.medical|contact.name``; the
  son's bad dreams ``content.text`` only (not stated as a condition); the voice note
  ``content.media`` only; her client number ``id.user``;
- tractor: the farmer account ``id.user``; her residence card ``personal.national_id``; the
  field's corners and her fix in the field ``location.precise`` (the family's land, as set 151's
  vineyard), the yard a negative; the credit's remainder ``financial.purchase``;
- art workshop: Seyni is a data subject (sets 29, 35, 37): his birth-certificate number
  ``personal.national_id``, member number ``id.user`` (body, JWT ``izey``, URL path), name, birth
  date, sex, asthma, latex allergy and inhaler; "Seyni H." on the exhibition label
  ``contact.name``; the painting's title ``content.text``; the signed consent PDF
  ``content.media`` only;
- print shop: the CV PDF and the residence-card scan ``content.media`` (their contents are not
  decoded), the typed card number ``personal.national_id``; the wedding couple (her
  brother-in-law and his bride) ``contact.name``;
- incense: the Tabaski gift note and the analytics ``occasion: Tabaski``
  ``personal.sensitive`` (a religious festival, as set 145's occasion); the question naming her
  and her son's asthma ``content.text|health.medical``;
- SDKs: Trackdosso's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country (``NER``), region (``8``, Niamey's ISO 3166-2 number) and city ``location.coarse``;
  positions at 2 decimals ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md (whole) and DESIGN.md's ``report.json`` section (lines 105-135),
stated honestly: ``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc``,
``_abano``, ``_building``, ``_dental``, ``_parish``, ``_qvevri``, ``_school``, ``_svan``) whole;
``eval_payloads.py`` whole; of the helper kits only definitions and signatures: the imports block
of ``eval_families17_kit`` and a grep of its definitions, the category constants' lines of the
earlier kits (a grep of ``eval_families*_kit.py``), ``raw``, ``multipart`` and ``pb`` of
``eval_families6_kit``, ``add``/``Acc`` of ``eval_families10_kit``, the definitions lists of
``eval_families18_kit`` and ``_19_kit``, ``App``/``ev``/``opaque``/``pos`` of ``_20_kit``,
``at_path``/``sdk_uid`` of ``_21_kit``, ``lines``/``sdk_uuid`` of ``_22_kit``,
``rid``/``sdk_id``/``head``/``claims`` of ``_24_kit``, ``report`` of ``eval_families8_kit`` and
``listed_once``/``raw_build`` of ``eval_families21.py``; the docstring dump described above (its
grep hits, and the head of set 157's entry docstring, a Bamako set, to avoid its kinds). No
classifier, rule, test, decoder or README was read or run; ``ruff check --select F`` ran on these
files (it removed three unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families231_alfa
import eval_families231_baani
import eval_families231_fari
import eval_families231_hi
import eval_families231_kaanu
import eval_families231_suura
import eval_families231_tira
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
    return [*eval_families231_hi.isahi(), *eval_families231_hi.isahi_sdks(),
            *eval_families231_baani.gaabaani(), *eval_families231_baani.gaabaani_sdks(),
            *eval_families231_alfa.alfasanni(), *eval_families231_alfa.alfasanni_sdks(),
            *eval_families231_fari.farigaabi(), *eval_families231_fari.farigaabi_sdks(),
            *eval_families231_suura.zankasuura(), *eval_families231_suura.zankasuura_sdks(),
            *eval_families231_tira.tirafu(), *eval_families231_tira.tirafu_sdks(),
            *eval_families231_kaanu.kaanu(), *eval_families231_kaanu.kaanu_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
