"""Two-hundred-and-fifty-second, BLIND labelled set for the classifier evaluation ("blind249"):
written without reading the classifier code, its rules, the tests, the README or other sets'
data (beyond a file-name and docstring grep and set 151), and never run through a classifier by
its author; ``main`` (the project's decoder path check) was run at the end, once before and
once after the docstring was written, both exiting 0 with no gap listed. It is to be scored
once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (153 first-party calls and 77 SDK calls, 230 exchanges, 1,726
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's
values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She lives
in Dangriga (Stann Creek District, Belize) with her Garifuna husband Kenroy Palacio, her US SIM
roaming on a Belizean network (MCC/MNC 702/67); their daughter Aniya (11) is in Standard 6 of a
Dangriga primary school and spells in the national bee in Belize City; Kenroy's mother Cleotilda
lives next door; his brother Dwight serves a sentence at a correctional centre near Belize City;
her sister Laura lives in Ohio. Seven app kinds (fictional names, hosts under example.* per RFC
2606, no real company named as sender), each with its own API and the SDKs it embeds:
- a visiting surgical mission's clinic days ``eval_families252_mision.py`` ("Magadei": her own
  health, a lipoma removed from her shoulder);
- the citrus growers' delivery tickets and crop payments ``_citrus.py`` ("Boksu Grower": money;
  the family's orange grove near Alta Vista);
- a Garifuna heritage council's membership, language classes, Settlement Day and a family dugu
  ``_council.py`` ("Wagucha": ethnicity and religion);
- the national spelling bee's parent app ``_bee.py`` ("Beelize": the child);
- sargassum landing reports and paid beach crews ``_sargassum.py`` ("Barana");
- a lionfish derby and fillet market ``_lionfish.py`` ("Hanou Derby");
- a correctional centre's visits, canteen deposits and e-messages ``_prison.py`` ("Lidan", Belize
  City side).
Their APIs' keys are Garifuna as a Belizean developer would write them, ASCII-folded (u for
u-umlaut, n for n-tilde, accents dropped), mixed with the English real APIs keep (``email``,
``token``, ``password`` in some, ``id``) and Kriol and Spanish loans where natural: ``iri`` name
(first name), ``apeyidu`` surname (Spanish loan), ``telefon``, ``kontrasena`` / ``paswod``
password (Spanish / Kriol spelling), ``kodu`` code, ``usteragule`` birthday (birth date; from
the greeting "buiti bausteragule", happy birthday), ``sexu`` sex (``hinaru`` woman),
``muna`` house (street
line), ``taun`` town, ``distrik`` district, ``hosban`` husband (Kriol), ``irahu`` child,
``uguchu`` mother, ``etnisidad`` ethnicity, ``ayanuha`` illness, ``remediu`` medicine,
``alerjia`` allergies, ``anigi`` heart, ``presion`` blood pressure, ``sensu`` amount, ``pago``
payment, ``presiu`` price, ``akaunt`` bank account, ``boksu`` boxes, ``ubou`` land (the grove),
``weyu`` day, ``irumu`` year, ``garada`` paper (a form), ``liburu`` book (a word list),
``meisturu`` teacher, ``aturiahani`` studies (a class), ``dimurei`` words (the dictionary),
``ritu`` rite, ``barana`` sea, ``ugunei`` dory, ``posishan`` position, ``foto``, ``mesij``
message, ``busca`` search. The author is not a Garifuna speaker: the words come from public
phrase lists and loans (see "Looked at"); a speaker may spell some differently. The app kinds are
new (a file-name grep and an ``ast`` extraction of every ``scripts/eval_families*`` module
docstring, grepped): "medical mission", "visiting doctor", "lipoma", "citrus" (only as "matched
nothing" in two docstrings), "garifuna", "settlement day", "spelling bee", "quiz bowl", "math
olymp", "sargassum", "beach clean", "lionfish", "derby", "spearfish", "fishing tournament",
"prison", "inmate" and "correctional" matched no app ("dugu" matched only a Mande key for
"town"; "jail" only "jailbroken"). Near files were read by docstring only and are other kinds:
``eval_families128_mission.py`` (a Catholic mission school's fees and catechism),
``eval_families97_council.py`` (council tax and bins), a Xhosa healer (155), an ancestral rite
booked from a phone, parish apps (101, 102, 115, 151), an invasive-species snake trap, a seaweed
farmers' cooperative, a hand clinic, gallbladder, fibroid and hypertension clinics (her lipoma
at a mission day is none of these). The SDKs are ten new vendors, built once and called by every
app with its own events: ``_sdk.py`` (analytics "Metrihudut", MMP "Trackpunta", OpenRTB 2.5 ads
"Bidgarawon", crash reporting "Crashmanatee") and ``_svc.py`` (flags "Flagcohune", push
"Pingjabiru", consent "Consentbelu", payments "Coingibnut", maps "Mapcockscomb", support chat
"Helpseremei"); their code is set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts,
function prefixes, zone, country, region, city, language and currency changed (151's OpenRTB
country ``VUT``, left from set 132, is ``BLZ`` here); a grep of ``scripts/`` found none of the
ten names. ``eval_families252_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/me``-style GETs with JWT bearers; mission: clinic days near her house (3
decimals), the triage form (gzip), a photo of the lump, slots and the booking, a consent
signature, the check-in (5 decimals), protobuf vitals, a donation, a wound photo, a message to
the nurses, the pathology result by patient number in the path, prescriptions, sharing with her
husband, a video follow-up, a receipt by cookie, a log-out; citrus: the grove boundary, prices,
weather (2 decimals), a picking day with her fix, a truck (msgpack), tickets, a ticket by number
in the path, a dispute, a truck photo, the payout account, payments, an advance, a fertiliser
order (gzip), a spray log (JSON Lines), the statement by grower number in the path, a message,
the income declaration (gzip; her tax number); council: the household's heritage, classes, an
enrolment, the child's Settlement Day role, a dugu contribution, a donation, the dawn landing
with her fix (4 decimals), the calendar, a photo, a message to her teacher, the member card by
number in the path, dues (msgpack), a dictionary search, her pronunciation recording, a quiz, a
heritage survey (gzip); bee: the child's registration (her social security number), photo, word
lists, protobuf practice, a voice recording, the final's check-in (5 decimals), guests' seats, a
travel grant (msgpack), the fee, the hotel, the medical form (gzip), the media consent, results
by speller number in the path, a message to the coach, a search, the address; sargassum: a
landing report with her fix, a photo with a position in the part's JSON, beaches near her (3
decimals), shifts, the check-in, a protobuf tally, a tool loan (msgpack), an exposure report,
the stipend account, stipends by crew number in the path, a forecast (2 decimals), compost to
her house, an offline queue (JSON Lines), the crew chat, a certificate by cookie; derby: the
team, the fee, a waiver signature, the trip start at the pier, a protobuf catch beat over the
reef, a catch queue (msgpack), a photo, the weigh-in, a sting, a fillet listing, an order
accepted, sales, the payout account, the leaderboard by cookie, a message quoting her phone, a
recipe search; prison: her visitor registration (her residence card), ID photo, the inmate
linked, slots, a visit for her and her mother-in-law, the gate check-in, a canteen deposit, an
e-message, the inbox, a video visit, property (msgpack), a medical request for him, her history
by visitor number in the path, a complaint, the lawyer's contact. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL
in a JSON field carrying her crew number and e-mail); OpenRTB bids (GPS at 2 or 3 decimals or
IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers; consent records and checks; card tokens, confirmations and a mobile-wallet
payout; geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support
messages and an upload.

Negatives are implicit: request, slot, thread, booking, report, shift, visit, trip and weigh-in
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
hospital's ID, name, phone and point, the theatre, the volunteer surgeon's ID, the queue number;
the plant's ID, name, point and price list, the variety, acres, tree and box counts, the truck's
plate and driver ID, fertiliser SKUs and prices, spray products; the hall's ID and point, the
class, the temple's ID, the costume size, the household size; the school's ID, the venue's ID and
point, the seat, the hotel's ID, word-list IDs, practice scores and the word spelled; the beach's
access point, tool IDs, bag counts and kilograms, the mat's length; the team, the boat's name and
registration, the weigh station's ID and point, a marker buoy, fish lengths, depths and counts,
the fillet price, the buyer's ID; the correctional centre's ID, point and phone, the unit, the
locker, e-message stamps, property items.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session, video-room and
join tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, village, district and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, fares, tickets, orders, deposits, dues and sales
``financial.purchase``; card data, payment-method IDs and bank accounts ``financial.payment``;
another person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Kenroy, Dwight, Mama) is not ``contact.name`` except where
  the text is about the child (a caption, a message to her coach); full names always are;
- mission: the patient number (body, JWT, query, path, protobuf ``1``) ``health.medical`` (a
  medical record number, as 151's chart); pulse and weight ``health.fitness`` (TAXONOMY lists
  heart rate and weight there), blood pressure, glucose, the procedure (also in a query), the
  site, medicines, allergies ``health.medical``; the consent signature ``content.media``; the
  lump, wound and referral files ``content.media|health.medical``; her social security number
  ``personal.national_id``;
- citrus: the grower number (held with her husband) ``id.user``; a delivery ticket, gross sales,
  the advance and its repayment ``financial.purchase`` (her sales, as 132's copra); the grove's
  corners and her fixes ``location.precise`` (the family's land), the plant a negative; her tax
  number ``personal.national_id``; the dispute text ``content.text`` only;
- council: her stated ethnicity (non-Garifuna) and her husband's and daughter's (Garifuna)
  ``personal.sensitive``; "Garifuna" as a household or first language ``personal.sensitive`` (a
  proxy of ethnic origin; English and Kriol left unlabelled); the dugu and the survey's religion
  ``personal.sensitive`` (religion); the ancestor's name ``contact.name``; the heritage trait in
  SDK traits and push tags ``personal.sensitive``; quiz answers she typed ``content.text``
  (lesson words, debatable); her pronunciation recording ``content.media`` (a recording, no
  voiceprint); a message naming her mother-in-law's hospital stay ``content.text|health.medical``;
- bee: Aniya is a data subject: her name, birth date, sex, social security number
  (``personal.national_id``) and speller number (``id.user``: body, query, JWT ``spellers``,
  protobuf, path) are labelled; her asthma ``health.medical``; her photo and voice recording
  ``content.media``; her coach's name typed by the mother ``contact.name``;
- sargassum: the crew number ``id.user``; the exposure symptoms ``health.medical``; positions
  in the photo part's JSON and the offline queue ``location.precise``; the forecast at 2 decimals
  ``location.coarse``;
- derby: the diver number ``id.user``; her dive-certification number ``id.user`` (an agency's
  identifier of her, not a government ID: debatable); the sting ``health.medical``; the order
  ``financial.purchase``;
- prison: her brother-in-law's inmate number ``id.user`` (an institution's identifier of a
  person: debatable), his name ``contact.name``, birth date ``personal.birthdate``, asthma and
  inhaler ``health.medical``; a relative's incarceration has no taxonomy type (not labelled
  ``personal.sensitive``); her residence card ``personal.national_id``; her ID photo
  ``content.media`` (no face template is sent); the lawyer's name and phone she typed
  ``contact.*``; the e-message ``content.text`` only;
- SDKs: Trackpunta's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country (``BLZ``), region (``SC``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``DESIGN.md``; set 151 whole
(``eval_families151.py``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``,
``_qvevri``, ``_building``, ``_kit``, ``_sdk``, ``_svc``); ``eval_payloads.py`` whole; of the
helper kits only definitions: ``eval_families6_kit.py`` lines 25-140 (``raw``, ``encode``,
``multipart``, ``pb``, ``jwt``), ``eval_families7_kit.py`` lines 45-100 (``enc``, ``pb64``,
``jsonl``, ``xml``), ``eval_families10_kit.py`` lines 26-45 (``token``, ``add``),
``eval_families17_kit.py`` lines 1-124 (its docstring and import list) and its ``def`` lines,
``eval_families18_kit.py`` lines 140-160 (``sjwt``), ``eval_families20_kit.py`` lines 25-90
(``App``, ``ev``, ``opaque``, the profile's name and birth date), ``eval_families21_kit.py``
lines 25-50 (``at_path``, ``sdk_uid``), ``eval_families22_kit.py`` lines 55-80 (``lines``,
``sdk_uuid``), ``eval_families24_kit.py`` lines 1-130 (``rid``, ``sdk_id``, ``head``,
``claims``, its constants), ``eval_families21.py`` lines 150-200 (``listed_once``, ``build``,
``main``), and grep lines locating constants (``E164``, ``JPEG``, ``M4A``, ``MCCMNC``...) in the
kits; the file names of ``scripts/`` and every ``eval_families*`` module docstring (extracted
with ``ast`` into a scratch file, then grepped for the candidate kinds, with the matching lines
and the two near docstrings named above read); a grep of ``scripts/`` for the ten vendor names.
For the Garifuna words, public web pages found through the reference search (Garifuna phrase
lists at hamanasi.com and sipasvg.com, omniglot's Garifuna page, the allaboutgarifuna blog, a
Peace Corps blog, bep2000.tripod.com). No classifier, rule, test or decoder was read or run;
``ruff check --select F`` ran on these files, and the author's own ``build()`` was imported
once to count exchanges before ``main`` ran.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families252_bee
import eval_families252_citrus
import eval_families252_council
import eval_families252_lionfish
import eval_families252_mision
import eval_families252_prison
import eval_families252_sargassum
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
    return [*eval_families252_mision.magadei(), *eval_families252_mision.magadei_sdks(),
            *eval_families252_citrus.boksu(), *eval_families252_citrus.boksu_sdks(),
            *eval_families252_council.wagucha(), *eval_families252_council.wagucha_sdks(),
            *eval_families252_bee.beelize(), *eval_families252_bee.beelize_sdks(),
            *eval_families252_sargassum.barana(), *eval_families252_sargassum.barana_sdks(),
            *eval_families252_lionfish.hanou(), *eval_families252_lionfish.hanou_sdks(),
            *eval_families252_prison.lidan(), *eval_families252_prison.lidan_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
