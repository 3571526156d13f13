"""Three-hundred-and-fifth, BLIND labelled set for the classifier evaluation ("blind302"): written
without reading the classifier code, its rules, the tests or the README's evaluation tables, and
never run through a classifier by its author; ``main`` (the project's decoder path check) was run
six times at the end, each exiting 0 (cases were added after the first run to reach the brief's
size; later runs followed import and line-wrapping edits), the last printing 230 exchanges and
1,746 labels. It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 80 SDK calls, 230 exchanges, 1,746
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Jodhpur (Marwar, Rajasthan, India) with her husband Abhay Bhandari,
whose Oswal Jain family comes from Pali; her US SIM roams on an Indian network; their daughter
Tanvi (9) is in the fourth class and learns rope mallakhamb; her mother-in-law Kamla Bhandari
lives in the family's house in Pali; her sister Ellen Doe lives in Ohio. All are fictional.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as a
sender), each with its own API and the SDKs it embeds. The apps' keys are Marwari as a local
developer writes it, ASCII-folded, mixed with the English words real APIs keep (``token``,
``id``, ``email``, ``otp``, ``upi``, ``pin``, ``order``, ``fees``) and loans (``mobail``,
``photu``); Marwari forms were preferred to Hindi ones
(genitive ``ro``/``ri``: ``janam_ri_tarikh`` birth date, ``baap_ro_naanv`` father's name;
``naanv`` not ``naam``; ``thikano`` address; ``mharo`` mine; ``dhani`` husband; ``tabar`` child;
``chhori`` girl; ``lugai`` woman; ``mandgi`` illness; ``okhad`` medicine; ``sandeso`` message;
``sodh`` search; ``bakhat`` time; ``nisal`` school):
- ``eval_families305_khamat.py`` "Khamatkhamna": the Pali Jain sangh's Paryushan app (her
  religion): ``naanv``/``upnaanv`` name/surname, ``mobail``, ``gupt_sabad`` password,
  ``janam_ri_tarikh``, ``ling`` sex, ``thikano``, ``sahar`` town, ``dharam`` religion, ``jaati``
  community, ``sangh``, ``dhani`` husband, ``sadasya`` member, ``tapasya`` austerity, ``upvas``
  fast, ``athai`` eight-day fast, ``pachkhan`` vow, ``daktar_ri_salah`` doctor's advice, ``tol``
  weight, ``chakkar`` dizziness, ``ukalo_paani`` boiled water, ``pratikraman``, ``seet`` seat,
  ``haajri`` presence, ``parno`` fast-breaking meal, ``parivar`` family, ``umar`` age, ``bhojan``
  food, ``boli`` ritual bid, ``vidhi`` rite, ``daan`` donation, ``khato`` fund, ``rakam`` amount,
  ``khamapna`` forgiveness message, ``paavanwala`` recipients, ``yatri`` pilgrims, ``chadhno``
  boarding, ``varghodo`` procession, ``vivran`` caption, ``raseed`` receipt, ``panno`` page;
- ``_paseeno.py`` "Sukhohath": a skin clinic's hyperhidrosis programme (her own health data):
  ``poro_naanv`` full name, ``fon``, ``janam_din``, ``marij_nambar`` patient number, ``mandgi``
  illness, ``paseeno`` sweat, ``hatheli`` palm, ``pag_ra_taliya`` soles, ``kaankh`` underarm,
  ``kad_su`` since when, ``alarjee`` allergy, ``lambai_cm`` height, ``jaanch`` test, ``masheen``
  the rented unit, ``bhadu`` rent, ``jamanat`` deposit, ``ilaj`` treatment, ``milni``
  appointment, ``kursi`` chair, ``chukaro`` payment, ``mudra`` currency, ``parchi``
  prescription, ``dawakhano`` pharmacy, ``matra`` quantity, ``kane`` to, ``kamro`` room,
  ``garmi`` heat, ``seema`` threshold, ``jillo`` district;
- ``_bachat.py`` "Bachatsathi": a small-savings agency's recurring deposit in Pali (money; her
  daughter as nominee): ``khatedar`` holder, ``baap_ro_naanv``, ``oci_card``, ``pan``,
  ``khato`` account, ``kisht`` instalment, ``mahina``/``mahino`` months/month, ``byaaj_dar``
  rate, ``nominee``, ``rishto`` relation, ``sanrakshak`` guardian, ``bank_khato``, ``seema``
  limit, ``raseed`` receipt, ``passbook``, ``vivaran`` statement, ``su``/``tak`` from/to,
  ``pramanpatra`` certificate, ``karaj`` loan, ``karan`` reason, ``bhugtaan_khato`` payout
  account, ``junno``/``navo`` old/new, ``pasand`` preferences, ``boli`` language;
- ``_malkhamb.py`` "Malkhamb": the daughter's rope-mallakhamb akhada (the child's data):
  ``maavdi`` mother, ``tabar`` child, ``tabar_ro_naanv``, ``aadhaar``, ``nisal`` school,
  ``kalas`` class, ``vajan_kg`` weight, ``pakad_kg`` grip, ``dama`` asthma, ``sahmati``
  consent, ``sahi`` signature, ``umar_varg`` age group, ``chhodno`` drop-off, ``naap`` measures,
  ``chot`` injury, ``tipni`` note, ``mukablo`` competition, ``pravesh`` entry, ``varg``
  category, ``ustad`` coach, ``lene_aavno`` pick-up, ``manakh`` person, ``camp``;
- ``_jutti.py`` "Mochdi": a made-to-order jutti maker by the Clock Tower: ``pag_ro_naap`` foot
  measure, ``jimno``/``dabo`` right/left, ``chaudai_cm`` width, ``rang`` colour, ``kasido``
  embroidery, ``chamdo`` leather, ``mol`` price, ``bhet`` gift, ``lenwalo`` receiver, ``desh``
  country, ``bhejno/bhav`` shipping rate, ``dukan`` shop, ``badlav`` alteration, ``tara``
  stars;
- ``_baori.py`` "Baori Seva": stepwell clean-up volunteer drives: ``sevadar`` volunteer,
  ``mohallo`` neighbourhood, ``abhiyan`` drive, ``najdeek`` near, ``akshansh``/``deshantar``
  latitude/longitude, ``judo`` join, ``paari`` shift, ``saathi`` companions, ``janam_baras``
  birth year, ``aafat_mein`` emergency contact, ``sateekta`` accuracy, ``bori`` sacks,
  ``kachro`` rubbish, ``paani_ro_star_m`` water level, ``ghatna`` incident, ``ghanta`` hours,
  ``dastana`` gloves, ``samooh`` group;
- ``_pakheru.py`` "Pakheru": injured-bird rescue at kite time: ``pakheru`` bird, ``ghayal``
  injured, ``parevo`` pigeon, ``cheel`` kite (bird), ``mor`` peacock, ``manjho`` kite string,
  ``ghaav`` wound, ``gaadi`` van, ``kes`` case, ``pahunchayo`` delivered, ``camp``, ``palan``
  sponsorship, ``chhat/jaali`` roof net, ``sankalp`` pledge, ``chhodyo`` released, ``dikhyo``
  sightings, ``khulo`` open.
New kinds (a file-name and docstring grep of ``scripts/eval_families*``, docstrings extracted
with ``ast.get_docstring`` into a scratch file): "paryushan", "pratikraman", "derasar",
"upashray", "jain" (only diets), "hyperhidros", "iontophor", "antiperspir", "recurring deposit",
"mallakhamb", "jutti", "mojari", "shoemaker", "stepwell", "baori", "jhalra", "bird rescue",
"injured" (one unrelated), "sankranti", "manja", "marwar", "marwari", "jodhpur", "rajasthan"
matched nothing; neighbours made different: religious fasting calendars (Orthodox, set 102's
"Tsomgize") and parishes exist, so Khamatkhamna is a sangh's festival logistics (fast register,
pratikraman seats, a ritual bid, forgiveness messages, a yatra bus); CPAP, sleep, dermatology and
many clinics exist, the hyperhidrosis programme with a rented iontophoresis unit does not;
savings accounts, a unit-trust plan for a daughter (223), a safe-deposit box (278) and gold
savings exist, an agent's monthly recurring-deposit collection does not; a kids' kushti akhara
(180) and a girls' gymnastics club (223) exist, mallakhamb does not; shoe fittings appear in
foot-care apps and a shoe size in a uniform order, no shoemaker's shop; clean-up days appear in
settlement apps, no heritage stepwell; a pigeon loft, a songbird contest and birders' checklists
exist, no rescue. Candidates dropped because the grep found them: CPAP/sleep apnoea, rabies
shots, gout, camel milk, gift ledgers, kitty groups, a safe-deposit box, a gold loan, a wrestling
akhara, a uniform shop, home blood collection, water tankers, a mandi. The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Metricmoomal", MMP "Attribkhejri", OpenRTB 2.5 ads "Bidbandhej", crash reporting
"Crashkachori") and ``_svc.py`` (flags "Flagghevar", push "Pingkhartal", consent
"Consentrohida", payments "Coinrupaiyo", maps "Mapmehran", support chat "Helpjharokha"); their
code is set 151's ``_sdk.py``/``_svc.py`` with the vendors, hosts, zone (Asia/Kolkata), country
(IN/IND, region RJ, city Jodhpur) and currency (INR) changed (``grep -ril`` of ``scripts/`` for
each of the ten names and their stems found no file). ``eval_families305_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
OTP codes), ``/mharo``-style GETs with JWT bearers, log-outs with refresh tokens; sangh:
registration (religion, community, sangh, husband), the programme, an eight-day fast with her
doctor's advice and medicine, a fast day (msgpack), an offline sync of fast days (JSON Lines),
a pratikraman seat, attendance with her fix (4 decimals), the family's parno meal, a ritual bid,
a donation by UPI, forgiveness messages to her mother-in-law and sister, the Ranakpur yatra bus
(ages), a procession photo, a vow, a message to the coordinator, the member record by number in
the path, a receipt by cookie, a search, push, events; clinic: sign-up, OTP, the questionnaire
(gzip), starch-iodine photos, the unit's rent and deposit, a protobuf session, a diary (msgpack),
an injection appointment, check-in (5 decimals), a card payment, prescriptions, a pharmacy
order, a message to her doctor, a video room, sharing with her husband, the bill by patient
number in the path, a heat alert by city, the address; savings: OTP, KYC (PAN, OCI card, her
father's name), the RD with her daughter as nominee, a UPI autopay mandate with her bank account,
an instalment with its UTR, the agent's visit to the Pali house (4 decimals), a receipt, a
passbook photo, the statement by account number in the path, the interest certificate by PAN, a
loan against the deposit, an address change, a message to the agent, a base64 JSON preferences
cookie; akhada: the parent, the child enrolled (Aadhaar, height, weight, allergy), a consent
signature, fees, attendance by the child's number in the path, the drop-off (5 decimals), a
monthly measure, an injury note, a competition entry, a routine video (MP4), the child's card
photo, a message to the coach, a pick-up authorisation for her mother-in-law, a camp with a Jain
lunch, a search, events with a session cookie; jutti: the catalogue, a search, her foot
measurements, a tracing photo, a custom order (her heel pain), the cart (msgpack), the payment,
a gift pair for her sister in Ohio (her address) and its shipping quote, a fitting check-in (3
decimals), the order by number in the path, an alteration, a review photo, the address with a
JSON-string point (5 decimals), an invoice by cookie; stepwell: drives near her (2 decimals), a
drive joined with her daughter and an emergency contact, a waiver signature, check-in (6
decimals), a protobuf beat, sacks (msgpack), a rubbish photo with her fix, a water gauge, an
incident, an offline queue (JSON Lines), hours by volunteer number in the path, a certificate, a
donation, the group chat; birds: a report from her roof (photo, 6 decimals), the rescue van to
her house, the case, camps near her (3 decimals), the drop-off at the camp (4 decimals), a
donation, a volunteer shift, a pledge, a release photo, a message to the vet, a peacock's feed
sponsored, a roof net, an offline queue of sightings (msgpack). SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL
in a JSON field carrying the order and her phone); OpenRTB bids (GPS at 2 or 3 decimals or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers; consent records and checks; card tokens, confirmations and UPI wallet
collections; geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry;
support messages and an upload.

Negatives are implicit: request, slot, bid, appointment, thread, drive, case-line and object IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
upashray's ID and point, the hall and seat, the yatra bus and the Ranakpur temple's point, the
card design; the clinic's ID, phone and point, the rented unit's serial and firmware, the chair,
the doctor's ID, the day's temperature; the savings agent's code and phone, the bank branch's
IFSC, the interest rate; the akhada's ID and point, the school's name and class, the batch, the
competition; the shop's ID, phone and point, designs, SKUs, catalogue prices, the parcel's
weight; the stepwell's ID and point, the gauge and its water level, the sacks and rubbish
weight; the bird camp's ID, phone and point, the rescue case number (the bird's file), the
bird's kind and wound, the sponsored peacock's ID.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/OTP codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, neighbourhood, district, post code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, rents, deposits paid, instalments,
orders and receipts ``financial.purchase``; card data, last four digits, payment-method IDs,
bank and deposit account numbers and UPI addresses ``financial.payment``; another person's full
name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Tanvi, Ellen) is not ``contact.name`` except where the text is
  about the child (the injury note; the loan reason naming her school fees); the child's full
  name always is;
- sangh: religion, sect, community (``jaati`` Oswal: caste, an ethnic origin), the sangh's ID and
  name (in the body, JWT, traits and push tags), the fast's kind, fast days, boiled water, the
  vow, the pratikraman kind, the sermon, the rite bid for, the donation fund and the Jain
  no-onion-garlic food ``personal.sensitive``; her doctor's advice, blood pressure, medicine and
  dizziness ``health.medical``, her weight ``health.fitness``; the bid amount
  ``financial.purchase`` only; the membership number ``id.user``; a search for the pilgrims'
  lodging ``behavior.search|personal.sensitive``;
- clinic: the patient number (body, JWT ``marij``, query, URL path, protobuf field 1)
  ``health.medical`` (a medical record number, as set 151's chart number); sites, scores,
  onset, thyroid, medicines, allergies, the session's current and minutes, the treatment
  ``health.medical``; height and weight ``health.fitness``; the starch-iodine photo
  ``content.media|health.medical``; the rent and deposit ``financial.purchase``; a heat alert by
  city ``location.coarse``;
- savings: PAN and OCI card ``personal.national_id``; the RD account (body, JWT ``khato``, URL
  path, cookie) and her bank account ``financial.payment``; the passbook photo
  ``content.media|financial.payment``; the instalment's UTR and the agent's receipt number
  ``financial.purchase`` (as invoice numbers); her father's name typed ``contact.name``; the
  Pali house's point (4 decimals) ``location.precise`` (the family's place);
- akhada: the daughter is a data subject: her Aadhaar ``personal.national_id``, akhada number
  ``id.user`` (body, JWT ``tabar``, URL path), name, birth date, sex ``personal.gender``;
  height, weight and grip ``health.fitness``; allergy, asthma flag and injury
  ``health.medical``; the consent signature, the routine video and the card photo
  ``content.media`` only; the Jain lunch ``personal.sensitive``;
- jutti: foot lengths, widths and shoe size ``health.fitness`` (body measurements); the foot
  tracing photo ``content.media`` only; her heel pain in a note ``content.text|health.medical``;
  the tightness note ``content.text|health.fitness``; her sister's street line
  ``contact.address``, her city, ZIP and country ``location.coarse`` (typed by her);
- stepwell: her fixes on the landing and in the queue ``location.precise``, the stepwell's
  point a negative; drives near her at 2 decimals ``location.coarse``; the daughter's age and
  birth year ``personal.birthdate``; an incident stating another volunteer's knee injury
  ``content.text|health.medical``;
- birds: the injured bird's position is her own fix on her roof ``location.precise``; the
  rescue case number is unlabelled (the bird's file, like a ticket); the bird's kind and wound
  are not health data;
- SDKs: Attribkhejri's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``RJ``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole and the outputs
section of ``/work/shared/DESIGN.md`` (report.json); ``scripts/eval_families151.py`` and all its
modules whole (``_kit``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``, ``_sdk``, ``_svc``); ``scripts/eval_payloads.py`` whole; from the helper kits only
definitions and signatures: the head of ``eval_families17_kit.py`` (its re-export list), a grep
of its and ``eval_families15/16_kit.py``'s constant and function lines, the values of its
category ids and of ``E164``, ``NATIONAL``, ``FIRST``, ``LAST``, ``DOB``, ``EMAIL_MIXED``
printed by Python, the sources of ``head``, ``claims``, ``rid``, ``sdk_id`` (24), ``App``,
``ev``, ``opaque`` (20), ``at_path`` (21), ``lines`` (22), ``raw``, ``multipart``'s and ``pb``'s
opening lines (6), ``enc``'s opening lines (7), ``sjwt`` (18) and ``report`` (8); the name lists
of ``eval_families20_kit`` and ``eval_families24_kit``. Greps: module docstrings of
``scripts/eval_families*`` (extracted to a scratch file; only the matching excerpts were read)
for the candidate kinds, and ``grep -ril`` (file counts only) of ``scripts/eval_families*`` for
the ten vendor names, their stems and the apps' names. No classifier, rule, test, decoder or
other set's code was read or run; ``ruff check --select F`` ran on these files (its ``--fix``
removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families305_bachat
import eval_families305_baori
import eval_families305_jutti
import eval_families305_khamat
import eval_families305_malkhamb
import eval_families305_pakheru
import eval_families305_paseeno
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
    return [*eval_families305_khamat.khamatkhamna(), *eval_families305_khamat.khamatkhamna_sdks(),
            *eval_families305_paseeno.sukhohath(), *eval_families305_paseeno.sukhohath_sdks(),
            *eval_families305_bachat.bachatsathi(), *eval_families305_bachat.bachatsathi_sdks(),
            *eval_families305_malkhamb.malkhamb(), *eval_families305_malkhamb.malkhamb_sdks(),
            *eval_families305_jutti.mochdi(), *eval_families305_jutti.mochdi_sdks(),
            *eval_families305_baori.baoriseva(), *eval_families305_baori.baoriseva_sdks(),
            *eval_families305_pakheru.pakheru(), *eval_families305_pakheru.pakheru_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
