"""Two-hundred-and-forty-ninth, BLIND labelled set for the classifier evaluation ("blind246"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end and exited 0. It is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (150 first-party calls and 78 SDK calls, 228 exchanges, 1,694
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Tizi Ouzou (Kabylia, Algeria) with her Kabyle husband Idir Ait Mellal,
her US SIM roaming, and teaches English at a language school; their son Aksil (7) has G6PD
deficiency (favism) and is in the second year of a primary school in the Nouvelle Ville; Idir's
mother Tassadit lives in the family's village, Ighil Temedda (fictional, Ain El Hammam commune),
where they go at weekends; Idir's brother Massinissa lives in Lyon; in July they rent a flat by
the sea in Tichy near Bejaia. All people, apps, businesses and numbers are fictional; hosts are
under example.* (RFC 2606) and no real company is named as a sender. Seven app kinds, each with
its own API and the SDKs it embeds; every API's keys are Kabyle (Taqbaylit) in Latin letters
ASCII-folded as a local developer writes them (gh for the gamma, e or a for the ayin, plain t, d,
z, s, h for the dotted letters), mixed with the English words APIs keep (``token``, ``id``,
``lat``/``lng``, ``refresh_token``, ``push_token``, ``password`` in one app) and French loans
as spoken (``lkumand``, ``lpermi``, ``lkart_griz``, ``lfatura``, ``rrapil``, ``retrait``,
``portable``, ``paspur``, ``lplaj``); each module's docstring lists its keys and what they mean.
The words vary between apps (first name ``isem``/``isem_amezwaru``/``isem_d_lqeb``; surname
``isem_n_twacult``/``lqeb``/``isem_aneggaru``/``isem_n_tewacult``; phone ``tilifun``/
``uttun_n_tilifun``/``portable``; password ``awal_uffir``/``awal_n_ueddi``/``tasarut``/
``tangalt_tuffirt``/``password``; birth date ``azemz_n_tlalit``/``ass_n_tlalit``):
- a village committee's app ``eval_families249_tajmat.py`` ("Taddart-iw": ``axxam`` household,
  ``bab_n_wexxam`` head of household, ``tawsa`` yearly contribution, ``timecret`` the shared
  sacrifice and its ``imuren`` shares, ``aksum`` meat, ``lkhetya`` fine, ``anejmu`` assembly,
  ``tallalt`` funeral fund, ``tikci`` gift, ``amigri`` emigrant, ``tafrant`` vote, ``ilugan``
  rules, ``algu`` notice, ``abrid`` road, ``tagiwnt`` commune, ``lwilaya`` province);
- a postal current account app ``_ccp.py`` ("Busta Idrimen": money; ``amidan`` account,
  ``tasarut`` its key digits, ``rip``, ``ssuld`` balance, ``timhal`` operations, ``tuzna``
  transfer, ``anermas`` recipient, ``tafaturt`` bill, ``flexy`` top-up, ``tangalt`` PIN/code,
  ``takarda`` card, ``ccik`` cheque, ``takarda_n_uzddugh`` residence card, ``lbiru`` post
  office, ``tikit`` queue ticket);
- a Kabyle cultural association's members' app ``_tadelsa.py`` ("Tafat": a sensitive trait,
  ethnic origin and political opinion; ``aeggal`` member, ``tamsirt`` lesson, ``aswis`` level,
  ``azar`` origin, ``tutlayt_n_yemma`` mother tongue, ``tamagit`` identity, ``tameghra`` the
  Yennayer gala, ``tikit`` ticket, ``amezgun`` theatre, ``asefru`` poem, ``tuttra`` petition,
  ``azmul`` signature, ``asekles`` recording, ``aglam`` caption);
- the son's G6PD-deficiency follow-up app ``_ibawen.py`` ("Ibawen", fava beans: health and the
  child; ``agrud`` child, ``afaylu`` hospital file, ``uttun_n_tegnit`` national number,
  ``tazayt`` weight, ``agraw_n_idammen`` blood group, ``lehlak`` condition, ``aswir`` enzyme
  level, ``asafar``/``isafaren`` medicine(s), ``tagulla`` food, ``tedyant`` episode,
  ``ibezdan`` urine, ``awragh`` jaundice, ``tawla`` fever, ``tamlilit`` appointment,
  ``igmad`` results, ``asekyed`` screening, ``tabrat`` letter, ``anelmad`` pupil);
- a stationery shop's back-to-school list app ``_idlisen.py`` ("Idlisen": the child's list;
  ``tabdart`` list, ``idlisen`` books, ``lkahi`` exercise books, ``astilu`` pens, ``ifecka``
  supplies, ``ssuma`` price, ``tibzimin`` name labels, ``takarda_n_lwafa`` loyalty card,
  ``lifrizun`` delivery);
- a seaside flat rental app ``_ilel.py`` ("Ilel", Tichy: ``lkra`` the rent/booking, ``axxam``
  flat, ``inebgawen`` guests, ``leemer`` age, ``rrehn`` deposit, ``tisura`` keys,
  ``tasiwant`` parasol, ``timerna`` extras, ``asizdeg`` cleaning, ``ugur`` problem, ``itran``
  stars);
- a vehicle technical-inspection centre's app ``_tamughli.py`` ("Tamughli": ``takerrust`` car,
  ``lmatrikul`` plate, ``bab_is`` its owner, ``amenhar`` driver, ``ammas`` centre, ``tizi``
  slot, ``tamughli`` inspection, ``lghaltat`` defects, ``tughalin`` re-inspection,
  ``isemliyen`` documents, ``amazray`` history).
Kinds checked as new with a file-name and docstring grep of ``scripts/eval_families*`` (the
docstrings of all 2,640 modules extracted with ``ast``): "village committee", "tajmaat",
"timecret", "postal account", "postal cheque", "postal bank", "cultural association", "maison de
la culture", "g6pd", "favism", "fava", "stationer", "papeter", "school list", "supply list",
"vacation rental", "holiday rental", "seaside", "summer house", "beach house", "technical
inspection", "kabyl", "algeri", "tizi ouzou", "bejaia" matched nothing. Neighbours made
different: set 206 (Central Atlas Tamazight, Morocco) has a village water association (Aman; no
water here), an Amazigh first-name helper (names, not a cultural association) and some of the same
common Amazigh key words (``isem``, ``imayl``, ``tidyanin``), which are the language's ordinary
words; set 204's post office is a box app; set 188 glosses "school supplies" inside a school
app; homestays (191, 232), a houseboat (210) and a beach club's loungers (140) are other trades
than a week's flat let; set 144's garage and 236's moto apps repair or insure vehicles, not
inspect them. Rejected after the grep because they existed: olive presses and cooperatives (83,
222), ISPs (173), water tankers (126, 138, 183, 188, 206), Sufi circles and shrines (172, 177,
231), strabismus patching (221), trade unions (174, 187, 192), driving schools (63), bird
censuses (198), a sulphur bath (151). The SDKs are ten new vendors, built once and called
by every app with its own events: ``_sdk.py`` (analytics "Asmekti", MMP "Trackurar", OpenRTB
2.5 ads "Bidtafsut", crash reporting "Crashazrem") and ``_svc.py`` (flags "Flagtiziri", push
"Pingtilelli", consent "Consentaggur", payments "Payazemmur", maps "Maptala", support chat
"Helpasirem"); their code is set 151's SDK shapes copied with the vendors, hosts, zone
(Africa/Algiers), country (DZ/DZA, region 15), currency (DZD) and the mobile-money account (her
postal RIP) changed (a grep of the docstrings and file names found none of the ten names nor
"asmekti", "tafsut", "azrem", "tiziri", "tilelli", "aggur", "azemmur", "asirem").
``eval_families249_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes), ``/amaghnu`` GETs with JWT bearers; village: the household (her husband, son and
mother-in-law, the village house's point), the contribution by household number in the path
and its payment (her RIP), timecret shares, the meat collection (JSON Lines with her fix), a
fine with a typed reason, a funeral-fund gift with a condolence, her brother-in-law's emigrant
contribution, notices, rules, a vote, a link of her husband's phone (base64 JSON in a form
field), the assembly's agenda, a fallen-tree photo with her fix (5 decimals), a message quoting
her phone, the ledger (msgpack), settings by cookie; postal account: activation with her
residence card and account, an SMS code, the balance by account number in the path, operations,
a transfer to her husband's account with a typed note, the electricity-and-gas bill, a top-up
for her mother-in-law, a new PIN, a card blocked, a chequebook, a salary attestation, saved
recipients (msgpack), a device binding (protobuf with the public IP), post offices near her (3
decimals), a queue ticket with her fix, preferences in a base64 JSON cookie; association:
membership with her husband (his origin and mother tongue), class enrolment, a recorded
reading (M4A multipart), homework (a text about herself), progress (msgpack), gala tickets for
the three of them, the gala check-in (4 decimals), the theatre rota by member number in the
path, a poem, the petition, a donation, a photo with a caption, a book loan, a search, a card
link (base64 JSON in a form field), a message, a receipt by cookie GET; G6PD: the child's record,
his emergency card by hospital file number in the path, a medicine check, a food barcode, an
episode report, a protobuf diary beat, an offline diary (msgpack), his medicines, an
appointment, the unit check-in (5 decimals), results, a lab result photo, her carrier
screening, the family history (gzip), the school letter (PDF), a message to the haematologist,
sharing with her husband, events with a session cookie; stationery: the list's photo, the
catalogue, the order, the payment, name labels with the child's name, a search, a pick-up slot,
the pick-up with her fix, a missing-book message, the home delivery (her address, 5-decimal
point, her husband as recipient), the receipt by order number in the path, a returned book, the
cart (msgpack), preferences in a base64 JSON cookie; rental: a search, the listing, the booking
(her passport and residence card for the police form, the family), the deposit from her RIP, the
key handover with her fix and the flat's Wi-Fi joined, a protobuf key-box open, a beach parasol
with her fix at 3 decimals, extras (msgpack), cleaning, a problem photo, a message quoting her
phone, the booking by number in the path, the check-out, a review, the deposit refund, the
invoice by cookie; inspection: sign-up with her licence, an SMS code, the car with its owner
(her husband's name, national number and phone), the registration card photo, slots, the
booking, payment, the check-in with her fix, the report by number in the path, an odometer
photo, the defects, the re-inspection, a reminder, a garage search near the centre, an offline
log (JSON Lines), documents (msgpack), a message. SDKs: analytics batches (gzip; positions at 2
or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, sessions, events (hashed e-mail and phone) and a deep link (a URL in a JSON
field carrying the order and her phone); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and
notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens and confirmations; geocoding, reverse
geocoding (``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, operation, ticket, slot, appointment, lesson, recording,
notice, vote, assembly, booking-line and key-box IDs, idempotency keys, nonces, timestamps,
versions, public SDK keys, OpenRTB IDs and prices; the village assembly house's ID and point;
the post office's ID, point and counter; the language school's name (her employer, a business);
the association hall's ID and point, seats, book IDs and the door; the haematology unit's ID and
point, the laboratory's name, a food barcode; the school's ID and class; the shop's ID, point,
phone and street, catalogue items and prices; the agency's listing ID and point, the parasol
number, extras' prices, the flat's electricity meter reading; the inspection centre's ID and
point (also in a garage-search query), slots, defect codes, the car's plate, VIN, make, model,
year and mileage (no taxonomy type fits; left unlabelled).

Conventions kept from sets 20-37 and 151 (as set 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS codes, PINs, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, commune, province, town, post code and country
``location.coarse``; street lines ``contact.address``; amounts, contributions, fines, fees,
tickets, bills, bookings and orders ``financial.purchase``; card data, last four digits,
payment-method IDs, postal account numbers, their key digits and RIPs ``financial.payment``;
another person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Idir, Tassadit, Aksil, Jane) is not ``contact.name`` except
  where the text is about the child (the message to the haematologist, her homework text); the
  child's full name always is (also on the name labels she orders);
- village: the household number ``id.user`` (body, JWT ``axxam``, path, query, base64 JSON,
  msgpack); the village's name ``location.coarse`` (her family's village, also in a JWT claim); the
  village house's point ``location.precise`` (she stays there), the assembly house's a negative;
  her fix where she collected the meat ``location.precise`` (her own position near the assembly
  house); the timecret share number ``financial.purchase``; timecret (a custom every household
  of the village joins) and a condolence formula ("Ad yerhem Rebbi") are not labelled as
  religion (``personal.sensitive``): they are village life, not her stated belief;
- postal account: the account number and its two key digits, the RIP and her husband's account
  ``financial.payment`` (a JWT claim, the path, a query, protobuf, msgpack and a cookie too);
  the bill's reference ``financial.purchase``; the meter's address ``contact.address``; the
  protobuf binding's public IP ``location.ip``;
- association: her member number ``id.user``; her husband's origin ("aqbayli") and mother tongue
  ("taqbaylit") ``personal.sensitive`` (ethnic origin); the petition's ID and her reason for
  Tamazight at her son's school ``personal.sensitive`` (political opinion); a caption on her
  husband and son in Kabyle dress at Yennayer ``content.text|personal.sensitive``; being a member
  and learning Kabyle are not labelled sensitive (the association's ID and her class are not);
  her homework text ``content.text|location.coarse|personal.birthdate|contact.name`` (her town,
  her son's age and name); a message saying her son is ill ``content.text|health.medical``;
- G6PD: the hospital file number ``health.medical`` (a medical record number, as 151's dental
  chart; body, JWT ``arrac``, query, path, protobuf, msgpack, multipart); his national number
  ``personal.national_id``; his weight ``health.fitness``; blood group, enzyme level, class,
  episodes, urine, fever, medicines, the foods and medicines he must avoid, the family history
  (his uncle's favism, his father's none) ``health.medical``; her carrier screening
  ``health.medical`` (her own genetic result); a medicine checked by name
  ``behavior.search|health.medical``; the school letter PDF and the lab photo
  ``content.media|health.medical``; his pupil number ``id.user``;
- stationery: the loyalty card ``id.user``; the list's photo ``content.media`` only;
- rental: her passport and residence card ``personal.national_id``; the child's age
  ``personal.birthdate``; the flat's Wi-Fi she joined ``location.wifi``; her fix on the beach at
  3 decimals ``location.precise``;
- inspection: her driving licence ``personal.national_id``; her husband's national number
  ``personal.national_id``; the registration card's photo ``content.media`` only (it shows her
  husband's identity; an auditor may add ``personal.national_id``); the report and
  re-inspection numbers ``financial.purchase``;
- SDKs: Trackurar's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``15``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): TAXONOMY.md (whole) and DESIGN.md's outputs section (the
report.json paths); ``eval_families151.py`` and all its modules (whole) and
``eval_payloads.py`` (whole); of the helper kits only definitions and signatures: the names
exported by ``eval_families17_kit`` and the values of its category constants (printed with
Python), ``raw``/``multipart``/``pb`` of ``eval_families6_kit``, ``App``, ``ev``, ``opaque``
and the constants of ``eval_families20_kit``, ``at_path``/``sdk_uid`` of ``_21_kit``,
``lines``/``sdk_uuid`` of ``_22_kit``, ``rid``/``sdk_id``/``head``/``claims`` and the card
constants of ``_24_kit``, and ``def`` lines of ``_10_kit``, ``_15_kit``, ``_16_kit``,
``_18_kit`` and ``_19_kit``; the docstrings of every ``scripts/eval_families*.py`` (extracted
with ``ast`` into a scratch file) grepped for the candidate kinds and names above, with a few
context lines printed around hits; ``pyproject.toml``'s line length. No classifier, rule, test,
decoder or README was read or run (``ruff check --select F`` ran on these files and removed
unused imports). One slip: a ``git status`` (output discarded, nothing printed) was run once by
mistake while listing imports; no other git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families249_ccp
import eval_families249_ibawen
import eval_families249_idlisen
import eval_families249_ilel
import eval_families249_tadelsa
import eval_families249_tajmat
import eval_families249_tamughli
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
    return [*eval_families249_tajmat.taddart(), *eval_families249_tajmat.taddart_sdks(),
            *eval_families249_ccp.busta(), *eval_families249_ccp.busta_sdks(),
            *eval_families249_tadelsa.tafat(), *eval_families249_tadelsa.tafat_sdks(),
            *eval_families249_ibawen.ibawen(), *eval_families249_ibawen.ibawen_sdks(),
            *eval_families249_idlisen.idlisen(), *eval_families249_idlisen.idlisen_sdks(),
            *eval_families249_ilel.ilel(), *eval_families249_ilel.ilel_sdks(),
            *eval_families249_tamughli.tamughli(), *eval_families249_tamughli.tamughli_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
