"""Three-hundred-and-first, BLIND labelled set for the classifier evaluation ("blind298"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; only ``main`` (the project's decoder path check) and
``ruff check --select F`` were run (the same ``report`` check was run on each app's cases while
writing; every run exited 0 with no path reported; ruff's ``--fix`` removed four unused imports
after seventeen first-party and three SDK calls were trimmed to the brief's size). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (151 first-party calls and 76 SDK calls, 227
exchanges, 1,713 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She (the profile's Jane Doe) lives in Uyo (Akwa Ibom State, Nigeria) in
Ewet Housing Estate with her Ibibio husband Aniekan Udofia, working remotely for a US company;
her US SIM roams on a Nigerian network. Their daughter Idara (10, born 2015) is in primary 5; her
mother-in-law Ekaete Udofia lives in the family compound in Ikot Udo Obong (a fictional village of
the Offot clan, Uyo LGA); her father-in-law Obong Etim Udofia turns seventy; her sister-in-law
Imaobong Essien lives in Ikot Ekpene (all fictional; phone numbers made up in Nigerian shapes).
The apps' keys are Ibibio as an Uyo developer writes it: ASCII, no tone marks or subdots, ``ng``
for the velar nasal, snake_case, with the English words APIs keep (``email``, ``token``, ``id``,
``pin``, ``nin``, ``bvn``, ``lat``/``lng``, ``slot``, ``order``...) and loans (``nomba``,
``steti``, ``akaunt``, ``tiket``, ``pasport``, ``kod``, ``kad``). Shared words: ``enying`` first
name, ``enying_ekpuk`` surname (lit. "lineage name"), ``nomba_fon`` phone, ``iko_mbubik``
password (lit. "secret word"), ``usen_mana`` birth date, ``eren_nwaan`` sex (``nwaan``
female), ``ufok`` house (the street line), ``obio`` town, ``idung`` village, ``okuk`` amount
(lit. "money"), ``ukpe`` payment, ``usen`` day, ``ini`` time, ``itie`` place, ``ndise`` photo,
``iko`` words, ``etop`` message, ``yom`` search, ``owo`` person / user, ``ami`` me, ``ndisin``
sign up, ``ndiduk`` log in, ``ndiworo`` log out. Seven app kinds (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds (each module's docstring lists its keys):

- ``eval_families301_ukot.py`` "Ukotnkpo": a raffia workshop in Ikot Ekpene taking commissions
  (``ukot`` raffia, ``nkpo`` items, ``ibaat`` quantity, ``nomba_customer``, ``andibo`` receiver,
  ``eno`` gift);
- ``_kad.py`` "Kadokuk": a naira-funded virtual US-dollar card (money: ``akaunt``, ``dola``,
  ``ndino`` send, ``ndisio`` withdraw, ``mfina`` dispute, ``ndep`` purchases, ``pasport``,
  ``nin``, ``bvn``, ``pin``);
- ``_idung.py`` "Eyenidung": the LGA's indigene (state-of-origin) certificate for Idara (the
  child and a sensitive trait, ethnic origin: ``eyen`` child, ``ete`` father, ``ete_ete``
  grandfather, ``ikpaisong`` clan, ``ekpuk`` lineage, ``orua`` ethnic group, ``lga``, ``steti``,
  ``nwed`` document, ``ufok_nwed`` school);
- ``_usoro.py`` "Usoro Krismas": a Christmas village fair with rides, food stalls and Father
  Christmas's grotto (``tiket``, ``ndito`` children, ``isua`` age, ``anyan`` height, ``udia``
  food, ``mmin`` drink, ``ikwo`` song);
- ``_ibok.py`` "Ufokibok": a private hospital's inpatient app, her three-day admission for
  malaria (health: ``nomba_ufokibok`` hospital number, ``udongo`` illness, ``ibok`` medicine,
  ``abia_ibok`` doctor, ``ubiak`` pain, ``ufiop`` fever, ``iyip`` blood, ``owo_ekpuk`` next of
  kin);
- ``_ofong.py`` "Nditofong": a children's holiday sewing and fashion class (the child: ``eka``
  mother, ``ndomo`` measurements, ``isin`` waist, ``ukpep`` lesson, ``andikpep`` teacher,
  ``ndimen`` pick-up, ``ofong`` cloth);
- ``_mbono.py`` "Mbonohall": an event hall booked for her father-in-law's seventieth birthday
  thanksgiving (``mbono`` event, ``ufok_mbono`` hall, ``ibaat_owo`` guests, ``ete_ebe``
  father-in-law, ``ekpere`` near).

Novelty (stated honestly): the module docstrings of ``scripts/eval_families*.py`` were extracted
(Python ``ast``) to a scratch file and grepped with the file names; "raffia", "cane furniture",
"virtual card", "dollar card", "usd card", "domiciliary", "indigene", "christmas village",
"christmas fair", "inpatient" (only a parking app's visitor), "tailoring class", "fashion
class", "sewing class", "holiday class", "hall hire", "venue hire", "event center" matched
nothing or only what is said in brackets; "state of origin" only as a field of a hostel form,
"certificate of origin" only customs paperwork, "hall booking" only a feature of an association
app, "weav" other weaving kinds, "sewing" adult tailors and ateliers. Rejected because earlier
sets have them: POS agents, BNPL, a lecturers' and teachers' union, pest control, party
rentals, a children's Scrabble club, a children's dance troupe, bone-setters, a
residence-permit medical exam, an adult ENT/sinus hospital, second-hand clothing bales, a
supporters' club, pay-TV, thrift/osusu groups, a hometown association. Set 255 (Calabar, Efik
keys) and set 122 were seen in those docstrings; Efik and Ibibio are close, so some words
coincide (``ibok``, ``udongo``, ``etop``, ``okuk``, ``ukpe``, ``itie``, ``ndise``, ``owo``,
``ami``); this set's name, surname, phone, password, birth-date, house and sex keys differ from
255's. The ten SDK vendors are new (a ``grep -ril`` of ``scripts/eval_families*.py`` for each name
counted no file): ``_sdk.py`` (analytics "Ndisemetry", MMP "Ikpatrack", OpenRTB 2.5 ads
"Uruabid", crash reporting "Afangcrash") and ``_svc.py`` (flags "Flagedikang", push
"Pingekomo", consent "Consentsosongo", payments "Payokuk", maps "Mapidung", support chat
"Helpunwam"), set 151's code with vendors, hosts, function prefixes, zone (Africa/Lagos),
country (NG/NGA, region AK, city Uyo), locale and currency (NGN) changed.
``eval_families301_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes),
``/ami`` GETs with JWT bearers, log-outs with refresh tokens; raffia: workshops near her (3
decimals), the commission, its deposit, a visit with her sister-in-law, the check-in with her
fix, a veranda photo (the order in the path), weave options (msgpack), a protobuf cart, the order
by number in the path, delivery to her house with her husband receiving, a gift bag for her
mother-in-law, a review, a search, a receipt by cookie; dollar card: KYC (NIN, passport, street,
a selfie), the BVN as base64 JSON in a form field, the PIN, the device binding (protobuf: Android
ID, LAN address, carrier), funding from her naira account, a card created, revealed with the PIN
in a header, frozen (card ID in the path), purchases, a dispute, a withdrawal, naira sent to her
husband, the statement by account number in the path, notification acks (JSON Lines), rates by
cookie; indigene certificate: the application (Idara's name, birth date, sex and NIN, her father,
village, clan, LGA, state, ethnic group), the lineage (msgpack), the birth certificate and
passport photos and the village head's letter (application number in the paths), the fee, the
appointment, the check-in (5 decimals), a protobuf checklist, a message to the desk officer, a
draft queue (JSON Lines), a search, the declaration (base64 JSON in a form), collection by her
husband; Christmas fair: tickets for the three of them, payment, the gate check-in, the fair's
Wi-Fi, a ride wristband (Idara's height and age), a ride queue (4 decimals), food (msgpack), the
grotto slot with Idara's wish, its photo, a carol request, a shared photo, a lost-child alert, the
ticket in the path, a protobuf presence beat (5 decimals), wallet by cookie; hospital:
registration (blood group, genotype, allergy, passport, next of kin), the admission with the
illness, the deposit, the check-in, the medication chart by hospital number in the path, meals
(msgpack) with a diet, visitor passes, a nurse call, a drip-site photo, a message to her doctor,
a protobuf fever diary, the malaria history (gzip), the signed discharge summary (PDF), the bill
by cookie, the final payment (her account), a sick note mailed to her manager, a refill, the
home temperature log (JSON Lines); sewing class: Idara enrolled (asthma), her measurements
(learner number in the path), a slot, the fee, a fabric kit (msgpack), drop-off with her fix, a
pick-up authorisation for a neighbour, an absence note, progress by learner number in the path,
photo and catwalk video, the show entry, a message to the teacher, a protobuf attendance beat,
the certificate, events with a session cookie; event hall: halls near her (2 decimals), a quote,
the booking (the celebrant, his age), the deposit, a site visit with her fix, a stage photo, the
guest tables (JSON Lines of names), decor (msgpack), the menu with a diabetic uncle's note, the
contract signature, the balance by transfer, the booking in the path, a message to the manager,
the vendors' access list (protobuf), a preferences cookie (base64 JSON). SDKs: analytics batches
(gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep link (the
ticket and her phone in a URL in a JSON field); OpenRTB bids (GPS at 2 or 3 decimals, or IP geo
with year of birth and gender) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations and
a mobile-money collection; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and uploads.

Negatives are implicit: request, visit, slot, appointment, admission, transaction, notification,
stall and table IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs
and prices; catalogue SKUs, quantities and unit prices, the veranda's size in cm, weave and dye,
the bank code; the workshop's ID, name, phone and point; the LGA office's ID and point, the
village head's title on the letter, the school's name; the fair's ID, gate and point, rides,
stalls, dishes; the hospital's ID and point, the bed and ward, the pharmacy, her employer's name;
the studio's ID and point, the kit's SKUs; the hall's ID and point, the caterer's name and phone
(a business), the menu, decor, guest count, a car's plate (no taxonomy type fits); the mother's
nationality ("US") on the indigene form; a teacher's or weaver's first name in a message.

Conventions kept from set 151 (as it states them, after sets 20-37 and 132): model, make, OS,
locale, language, Accept-Language, time zone, rooted flags, network type, battery, free memory,
LAN addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens, the Android ID ``id.device``; passwords, SMS codes, the card PIN,
bearer, refresh and session tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, village
(where she or a recipient lives), state, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, deposits, top-ups, tickets, bookings and orders
``financial.purchase``; last four digits, payment-method and card IDs and bank accounts
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ekemini, Ekaete, Ini, Eka Ekaete) is not ``contact.name``
  except where the text is about the child (the grotto wish, the absence note, a message about
  Idara); the child's full name always is;
- dollar card: her BVN ``personal.national_id`` (an identity number issued for banking, not an
  account); NIN and passport ``personal.national_id``; the selfie ``content.media`` only (no face
  vector is sent); the virtual card's ID ``financial.payment`` (also in the URL path);
- indigene certificate: the village, clan, lineage, LGA and state of ORIGIN and the ethnic group
  ``personal.sensitive`` only (on this form they state ethnic origin, not where anyone is, as
  an earlier set's hostel form); the village head's attestation
  ``content.media|personal.sensitive``;
  the application number ``id.user`` (body, JWT, path, protobuf); Idara's NIN
  ``personal.national_id``; the LGA tag the app sends to its SDKs (every user's office) is a
  negative; her house's street line and town stay ``contact.address``/``location.coarse``;
- Christmas fair: Idara's height for the rides ``health.fitness``, her age
  ``personal.birthdate``; the fair's Wi-Fi she joins ``location.wifi``;
- hospital: the hospital number ``health.medical`` (a medical record number, as set 151's
  chart number), blood group, genotype, allergy, temperatures, pain, diet, the clinic, medicines
  ``health.medical``; the drip-site photo and the discharge summary
  ``content.media|health.medical``; her manager's e-mail for the sick note ``contact.email``;
- sewing class: Idara is a data subject: learner number ``id.user`` (body, JWT ``ndito``, path,
  protobuf), name, birth date, sex, asthma and dust allergy ``health.medical``, her body
  measurements ``health.fitness``; the dress photo and the catwalk video ``content.media``;
- event hall: the celebrant's age ``personal.birthdate`` (a named person's age); the guests she
  types ``contact.name``; the diabetic uncle's note ``content.text|health.medical|contact.name``;
  the signature image ``content.media``;
- SDKs: Ikpatrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``AK``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; TAXONOMY.md whole; DESIGN.md's ``report.json`` section
(a grep with 80 lines after it); set 151 whole (``eval_families151.py``, ``_kit.py``,
``_sdk.py``, ``_svc.py``, ``_abano.py``, ``_parish.py``, ``_dental.py``, ``_school.py``,
``_svan.py``, ``_qvevri.py``, ``_building.py``); ``eval_payloads.py`` whole; of the helper kits
only definitions and signatures: the head and imports of ``eval_families17_kit.py`` and its
``def`` lines, the constants ``E164``/``NATIONAL``/``DIGITS``/``DASHED``/``EMAIL_UPPER``/
``JPEG``/``M4A``/``STREET`` (grep over ``eval_families*_kit.py``), the first lines of ``pb``,
``multipart``, ``raw``, ``jwt`` (``eval_families6_kit``), ``enc``, ``xml``, ``urlq``,
``counts`` (``eval_families7_kit``), ``add`` (``eval_families10_kit``), ``report``
(``eval_families8_kit``), ``sjwt`` (``eval_families18_kit``), ``EMAIL_MIXED``
(``eval_families19_kit``), ``App``/``ev``/``opaque``/``FIRST``/``LAST``/``DOB``/``T0``/``pos``
(``eval_families20_kit``), ``at_path``/``sdk_uid`` and the next two helpers
(``eval_families21_kit``), ``lines``/``sdk_uuid``/``tracking`` and its ``__all__``
(``eval_families22_kit``), the docstring, constants and ``rid``/``sdk_id``/``head``/``claims``/
``others`` (``eval_families24_kit``), the head of ``listed_once`` (``eval_families21.py``); the
docstring greps above (whose printed excerpts included set 255's and set 122's docstrings and
lines of many others). No classifier, rule, test, decoder, README or ``analysis/`` file was read
or run; no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families301_ibok
import eval_families301_idung
import eval_families301_kad
import eval_families301_mbono
import eval_families301_ofong
import eval_families301_ukot
import eval_families301_usoro
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
    return [*eval_families301_ukot.ukotnkpo(), *eval_families301_ukot.ukotnkpo_sdks(),
            *eval_families301_kad.kadokuk(), *eval_families301_kad.kadokuk_sdks(),
            *eval_families301_idung.eyenidung(), *eval_families301_idung.eyenidung_sdks(),
            *eval_families301_usoro.usoro(), *eval_families301_usoro.usoro_sdks(),
            *eval_families301_ibok.ufokibok(), *eval_families301_ibok.ufokibok_sdks(),
            *eval_families301_ofong.nditofong(), *eval_families301_ofong.nditofong_sdks(),
            *eval_families301_mbono.mbonohall(), *eval_families301_mbono.mbonohall_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
