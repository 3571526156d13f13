"""Three-hundred-and-fourth, BLIND labelled set for the classifier evaluation ("blind301"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run by the
author once at the end (exit 0; it printed no
missing path). It is to be scored once, by the lead, on the final rules (the lead registers
it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (150 first-party calls and 84 SDK calls, 234 exchanges, 1,699
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements
of the profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Wolaita Sodo (southern Ethiopia) with her Wolaita husband Ermias Anjulo,
her US SIM roaming; their daughter Selam Ermias (8) is at primary school in Sodo; her
mother-in-law Almaz Wochamo lives in Boditi, where the family's enset garden is (all fictional).
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API and the SDKs it embeds; the API keys are Wolaytta in Latin
letters, ASCII-folded as a local developer would write them (the glottal stop dropped or written
as in ``naa`` for na'aa), mixed with the English words real APIs keep (``email``, ``token``,
``id``, ``password`` where a developer kept it) and Amharic loans where natural (``qebeelee``
kebele, ``mewaaju`` dues, ``bidiraa`` loan, ``birraa`` currency, ``baankkiyaa_hisaabaa`` bank
account, ``dareseenyaa`` receipt, ``tikeetiyaa`` ticket). The author is not a Wolaytta speaker:
the words are the author's best knowledge of everyday Wolaytta and a native developer might
spell some differently. Common words: ``sunttaa`` name, ``aawaa_sunttaa`` father's name (the
surname, Ethiopian style), ``silkkiyaa`` phone, ``geemmo_qaalaa`` password (lit. "secret word"),
``yelettido_gallassaa`` birth date, ``deiyo_sohuwaa`` address (lit. "the place one lives"),
``katamaa`` town, ``miishshaa`` amount, ``qanxxuwaa`` payment, ``waagaa`` price,
``harggiyaa`` illness, ``xalliyaa`` medicine, ``kiitaa`` message, ``koyuwaa`` search,
``misiliyaa`` photo, ``azinaa`` husband, ``naa`` child, ``attuma_maccaa`` sex (``maccaa``
female), ``doonaa`` language, ``hanotaa`` events, ``sohuwaa`` place, ``qofaa`` note/opinion.

The apps: a neighbourhood iddir (funeral mutual-aid association) ``eval_families304_iddir.py``
("Shooro Iddir": money; ``abaalaa_qoodaa`` member book number, ``mewaaju`` dues, ``hayqqo``
death, ``yeehuwaa`` mourning, ``bidiraa`` loan, ``keettaa_asaa`` household, ``id_kaardiyaa``
her resident card), a women's enset-processing group ``_uttaa.py`` ("Uttaa Citaa": camelCase
keys; ``uttaa`` enset, ``moorqqiyaa`` scraping, ``kochuwaa``/``bulluwaa`` kocho/bulla,
``ollaa`` pit, ``biittaa`` land, ``biittaaAawaa`` land owner, ``ehiyo`` delivery, ``ajajuwaa``
order), the Wolaita cultural association and Gifaataa new-year festival ``_gifaata.py``
("Gifaataa Bonchcho": ethnicity; ``zariyaa`` clan, ``asa_zariyaa`` ethnic group, ``biittaa``
country of origin, ``bonchchuwaa`` festival, ``imotaa`` donation, ``uddufuwaa`` measures), a
Protestant church's children's holiday Bible club ``_bibleclub.py`` ("Hope Naatu": the child and
religion; ``woosa_keettaa`` church, ``ammanuwaa`` faith, ``woosaa`` prayer, ``qaalaa`` verse,
``yeggiyaa``/``ekkiyaa`` drop-off/pick-up), a private diagnostic laboratory and clinic
``_xalliya.py`` ("Xalliya Lab": her own health, giardiasis; ``paacciyaa`` test, ``labNo``), a
holiday ox-share among neighbours ``_qircha.py`` ("Qirchaa": money; ``booraa`` ox, ``kutta``
share, ``shaakkiyaa`` split, ``ashuwaa`` meat, ``zaaruwaa`` refund, ``xeelluwaa`` review) and
a latrine desludging and tank-cleaning service ``_desludge.py`` ("Bolloo": camelCase; ``ollaa``
pit, ``haatta`` water tank, ``shooruwaa`` neighbour). What was checked (a grep of the file names
and module docstrings of ``scripts/eval_families*``, made into one text file under /tmp): no
earlier set is in Wolaita ("wolaita", "wolayta", "boditi" matched nothing; "sodo" only sets 289
and 292, other places); Ethiopian sets are 102 (Addis Ababa, Amharic), 115 (Mekelle, Tigrinya)
and 160 (Adama, Oromo), whose app kinds were avoided. "iddir", "edir", "equb", "enset", "kocho",
"bulla", "gifaata", "meskel", "qircha"/"kircha", "vacation bible", "bible club", "holiday club",
"memory verse", "giardia", "desludg", "latrine", "sewage", "vacuum truck" matched nothing. Near
kinds that did match and were made different: "burial" (13 docstrings, e.g. set 128's funeral
cover) and "mutual aid" (sets 192, 273): an iddir is a neighbourhood association, not
insurance, with dues, mourners' coffee and bread, the tent and chair rota and a loan fund;
"cultural association" (set 249, a Kabyle association): Gifaataa Bonchcho is Wolaita's with a
clan register and a statehood survey; "meat shar" (sets 197, 203, 249): Qirchaa is a holiday ox
bought by neighbours in shares; "sunday school" (115, 127, 136, 147...) and "summer camp"/"holiday
camp": a Protestant church's day club in the school break; "pylori" and "gastro" (160, 193, 224,
271) and "stool" (22): Xalliya is a laboratory's app with a parasite result and home sample
pick-up; "septic" (194, 231, 257, 265) and "sanitation" (220, 257): Bolloo is a pit-latrine
desludging truck booking. The SDKs are ten new vendors, built once and called by every app with
its own events: ``_sdk.py`` (analytics "Metriqotu", MMP "Tracksodo", OpenRTB 2.5 ads "Bidabaya",
crash reporting "Crashdamota") and ``_svc.py`` (flags "Flaguttaa", push "Pingboditi", consent
"Consentogiya", payments "Coinbirra", maps "Mapajora", support chat "Helpkawo"); their code is set
151's SDK shapes with vendors, hosts, zone, country (ET, ETH), region and currency (ETB) changed
(the ten names matched nothing in the docstring grep). ``eval_families304_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes, an OTP), ``/me``-style GETs with JWT bearers; iddir: the household, dues by book
number in the path, a dues payment (from her birr account), a death notice naming a
neighbour, a mourners' contribution, the mourning-house check-in (6 decimals), the tent rota, a
chair loan (msgpack), a meeting check-in at the hall (5 decimals), a vote, the minutes, a loan
request, a condolence message quoting her husband's number, the secretary's offline attendance
(JSON Lines with other members' book numbers), a receipt by cookie, the device, events (gzip),
a log-out; enset: a grower sign-up (the garden's owner her mother-in-law), an SMS code, the
garden's boundary, a plant count, a scraping booked, her check-in among the plants, a protobuf
weighing record (her fix, the scale's reading), a pit note (msgpack), a kocho and bulla order
with delivery, its payment, prices, a photo of wilted enset, a message, a search, suckers she
sells, a pick-up authorisation, the payout account, the order by number in the path, a base64
JSON preferences cookie; festival: membership with origin and clan, the card photo, fees, three
tickets, the festival check-in (4 decimals), a Wolaytta class, a museum donation, the family
tree, the children's dance troupe, a traditional dress with her measurements, an album photo
captioned, a search, the statehood survey, the programme, the card by number in the path;
Bible club: the parent sign-up (congregation, faith), Selam's registration (allergy, medicine,
dedication), her badge photo, the schedule, the drop-off (5 decimals), a pick-up authorisation,
the fee, a missions offering, Selam's memory verse (audio), a message about her cough,
volunteering, a prayer request for her mother-in-law's knee, the snack menu, a search,
attendance by club number in the path, the certificate acknowledged, events with a session
cookie; laboratory: registration with her passport, the symptom questionnaire (gzip), tests
booked, a home sample pick-up (5 decimals), the check-in, payment, results by lab number in the
path, an older US result (PDF), a protobuf symptom diary, the prescription, a message to the
doctor, a video room, a pharmacy order, her husband's test, sharing with him, a follow-up, a
water-filter search, an invoice by cookie; ox-share: the oxen, a share, a split with her
mother-in-law, payment, a photo of the ox, the butcher's yard check-in (4 decimals), the
slaughter day, cut preferences (msgpack), delivery, the chat, the share by number in the path,
a review, a search, a share transfer (base64 JSON in a form field), a complaint, a refund;
desludging: the pit with her fix, a quote, the job (5-decimal strings), payment, a pit photo,
the truck polled, her pin (protobuf), a message with her number, tank cleaning (msgpack), the
job by number in the path, a review, a complaint, an offline queue (JSON Lines), a referral,
the invoice by cookie. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits
(base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs,
events (hashed e-mail and phone) and deep links (a URL in a JSON field carrying a ticket or a
job with her e-mail or phone); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices;
crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers;
consent records and checks; card tokens, confirmations and mobile-money payouts; geocoding,
reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, slot, visit, thread, ticket, pit-note, mourning-house,
meeting, weighing-scale, object IDs, idempotency keys, nonces, timestamps, versions, public SDK
keys, OpenRTB IDs and prices; the iddir's ID, hall phone and point, other members' book numbers
(as the secretary records them), the coffee and bread in kind; the processing group's ID, phone
and shed point, plant counts and ages, hectares, kilograms, the scale's reading and ID, price
lists; the stadium's ID and point, the stand, the tailor's ID, the fund name of the museum; the
church's ID and point, the gate, the group and teacher IDs; the laboratory's ID and point, the
room, the water source; the ox's ID, weight and breed, the butcher's ID and point, the cuts; the
depot's ID and point (in a query), the truck's ID and its position in a queued record, the
pit's depth and users, the tank's litres, a referral code; Ethiopian-calendar year and month
parameters (``laytta``, ``aginaa``), holiday names.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS/e-mail codes, an OTP, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, kebele, woreda, region, a birthplace and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, prices she pays,
shares, jobs, orders and bookings ``financial.purchase``; card data, last four digits,
payment-method and card tokens and bank accounts ``financial.payment``; another person's full
name and phone typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the
  child (Selam's cough) or names a person for a medical or religious purpose (the prayer request
  naming Almaz); Selam's full name always is; the deceased neighbour's full name in the death
  notice (field and text) is ``contact.name`` (as 151's departed commemorated);
- iddir: the household book number ``id.user`` (body, JWT, query, URL path, JSON Lines); her
  foreign-resident card ``personal.national_id``; the Ethiopian-calendar birth date
  ``personal.birthdate``; the daughter's birth year ``personal.birthdate``; the loan's reason
  ``content.text`` only (school fees are not a purchase here); other members' book numbers
  unlabelled (negatives: the secretary's records of others);
- enset: the grower account ``id.user``; the garden's corners and her fix among the plants
  ``location.precise`` (the family's land), the shed a negative; "wilt" and ``harggiyaa`` on a
  plant are NOT ``health.medical`` (a crop disease); the suckers she sells ``financial.purchase``
  (her sales, as 151's wine sales);
- festival: her country of origin and ethnic-group field ("Amerikaa"), her husband's and
  daughter's ethnic group ("Wolaytta"), the clan, the origin trait and a JWT ``zariyaa`` claim
  ``personal.sensitive`` (racial or ethnic origin); the statehood survey's answer and comment
  ``personal.sensitive`` (political opinion); the album caption "our Wolaytta family"
  ``content.text|personal.sensitive``; the dress measurements ``health.fitness`` (body
  measurements); Selam's troupe entry labelled as a data subject; the festival ticket in a deep
  link ``financial.purchase``;
- Bible club: congregation, faith, dedication, the missions fund, the volunteer team, the
  church's name or ID where it says which church she belongs to, the verse reference and the
  recorded verse ``personal.sensitive`` (religion); the recorded verse
  ``content.media|personal.sensitive``; Selam's club number ``id.user`` (body, JWT
  ``children``, URL path); her allergy, medicine and the peanut-free diet ``health.medical``;
  the church's ID in the schedule query (a listing, not her membership) unlabelled;
- laboratory: the lab number (body, JWT ``labNo``, query, URL path, protobuf, as ``payer``)
  ``health.medical`` (a medical record number, as 151's chart number); symptoms, tests, results
  scope, medicines, travel as exposure history, the follow-up kind, the gastro program flag
  ``health.medical``; her husband's symptoms typed by her ``health.medical``; the PDFs
  ``content.media|health.medical``; the passport ``personal.national_id``;
- ox-share: the share ``financial.purchase`` everywhere; her fix at the butcher's yard
  ``location.precise`` at 4 decimals, the yard's point a negative; the cut preferences
  unlabelled (food, not health);
- desludging: the pit is behind their house, so her pin, the job's 5-decimal strings and the
  queued pin ``location.precise``; the truck's position and the depot's point negatives;
- SDKs: Tracksodo's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``SN``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` and ``DESIGN.md`` (whole);
``eval_families151.py`` and all its modules (``_abano``, ``_parish``, ``_dental``, ``_school``,
``_svan``, ``_qvevri``, ``_building``, ``_kit``, ``_sdk``, ``_svc``) whole; ``eval_payloads.py``
whole; of the helper kits only definitions and signatures: the head of ``eval_families17_kit``
(its imports and ``__all__``, ``push_token``), ``eval_families20_kit`` (constants, ``App``,
``ev``, ``opaque``), ``eval_families6_kit`` (``raw``, ``multipart``, ``pb``),
``eval_families21_kit`` (``at_path``, ``sdk_uid``), ``eval_families22_kit`` (``lines``,
``sdk_uuid``), ``eval_families24_kit`` (``CARD2``, ``WEBVIEW_UA``, ``rid``, ``sdk_id``, ``head``,
``claims``, ``others``), the ``def`` lines of ``eval_families18_kit``/``_19_kit``, a grep of the
kits' ``def`` and constant lines for where ``tok``, ``enc``, ``add``, ``report``,
``listed_once``, ``MED`` and ``SENS`` are defined (its one-line hits showed such lines of kits
7, 8, 10, 108, 116, 118, 138 and 187); the file names of ``scripts/`` and the module docstrings
of ``scripts/eval_families*.py`` (extracted to a scratch
file and grepped for the candidate words above, including the docstrings of sets 102, 115 and
160 only as grep hits). No classifier, rule, test, addon, analysis module or README was read or
run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families304_bibleclub
import eval_families304_desludge
import eval_families304_gifaata
import eval_families304_iddir
import eval_families304_qircha
import eval_families304_uttaa
import eval_families304_xalliya
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
    return [*eval_families304_iddir.iddir(), *eval_families304_iddir.iddir_sdks(),
            *eval_families304_uttaa.uttaa(), *eval_families304_uttaa.uttaa_sdks(),
            *eval_families304_gifaata.gifaata(), *eval_families304_gifaata.gifaata_sdks(),
            *eval_families304_bibleclub.bibleclub(),
            *eval_families304_bibleclub.bibleclub_sdks(),
            *eval_families304_xalliya.xalliya(), *eval_families304_xalliya.xalliya_sdks(),
            *eval_families304_qircha.qircha(), *eval_families304_qircha.qircha_sdks(),
            *eval_families304_desludge.desludge(), *eval_families304_desludge.desludge_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
