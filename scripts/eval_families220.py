"""Two-hundred-and-twentieth, BLIND labelled set for the classifier evaluation ("blind217"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end. It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md's report.json
paths: dotted keys, ``[i]`` indices, protobuf field numbers, a header, cookie or query parameter by
its name, ``url`` ``path[i]``). Like sets 20-37 this set measures ORDINARY traffic: mainstream
app-backend and SDK shapes in roughly the proportions real captures have (152 first-party calls
and 81 SDK calls, 233 exchanges, 1,760 labelled fields after ``listed_once``, 1,793 labels per
category as ``main`` prints them), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes.

Who she is: the profile's person, living on Tonoas in Chuuk Lagoon (Federated States of
Micronesia) in her husband's family's house in Nechap village, crossing to Weno by boat most
days, her US SIM roaming on the island network; money is US dollars, phones +691, her post box and
ZIP are in Weno. Her Chuukese husband Simiron Nukuto; their daughter Marisa (13) finishes the
eighth grade at Nechap Elementary; his aunt Serina Nukuto (71) lives with them; her sister Emily
is in Ohio. All fictional; ``eval_families220_kit.py`` holds her places, people and the apps'
businesses (its docstring lists them).

The seven apps (fictional names, hosts under example.* per RFC 2606, no real company named as a
sender), each with its own API whose keys are CHUUKESE as a local developer would write them
(ASCII, accents dropped, mixed with the English ``id``, ``token``, ``email``, ``lat``/``lon`` and
form names real APIs keep), and the SDKs it embeds:
- ``eval_families220_safei.py`` "Safei Fonu": the state's lymphatic-filariasis mass drug
  administration register (her household's doses and side effects: health);
- ``_tikit.py`` "Tikitin Sai": a Weno travel agency's airfare layaway (money);
- ``_tingor.py`` "Tingor": a state senator's constituent services (a political-status survey, a
  petition, a pledge, a donation: her political opinions);
- ``_kreit.py`` "Kreit Eit": the daughter's eighth-grade graduation (the child's data);
- ``_ttit.py`` "Ttitin Mataw": the municipality's seawall and shore-erosion reports;
- ``_mwenge.py`` "Mwenge Limelimoch": public health's food-handler card and stall permit (she sells
  lunch plates at the Weno market);
- ``_paipel.py`` "Kapas Eis": a Protestant church youth Bible-quiz league she coaches (her
  religion).
Chuukese key words used (the author is not a Chuukese speaker; these are the everyday words as
the author knows them, and coinages are marked; a native speaker may word some differently):
``it`` name, ``iten_famili`` surname (with the loan ``famili``), ``nampaan_fon`` phone number
(``nampa`` number, a loan), ``kapas_monomon`` password ("hidden word", a coinage),
``ranin_upwutiw`` birth date, ``mwaan_fefin`` sex (``fefin`` woman), ``leenien_nonnom``
residence, ``sopw`` village, ``fonu`` island, ``imw`` house/household, ``pwuluwa`` spouse,
``nau`` child, ``ierin`` age, ``choun`` weight, ``tekiyan`` height, ``pwopwo`` pregnant,
``safei`` medicine, ``semmwen`` illness, ``metek`` pain, ``unumi`` taken (drunk), ``moni``
amount/money, ``liwin`` payment, ``taala`` dollar, ``kisikis`` instalment (a coinage), ``akaun``
account (a loan), ``kapas`` message, ``kuta`` search, ``leeni`` place, ``ran`` day, ``fansoun``
time, ``foto`` photo, ``taropwe`` document/letter, ``kaat`` card, ``kood`` code, ``seni`` /
``ngeni`` from / to, ``sikoki`` airplane, ``sai`` trip, ``wa`` boat, ``paspot`` passport,
``tingor`` request, ``aninnis`` help, ``ekiek`` opinion, ``filfil`` vote, ``mwich`` meeting,
``poraus`` news, ``aan`` road, ``ttit`` wall, ``mataw`` open sea, ``konik`` water, ``angang``
work, ``mwenge`` food, ``imwenfel`` church, ``iotek`` prayer, ``paipel`` Bible, ``tiim`` team,
``pwarata`` answer (the author's least certain word), ``sensei`` teacher, ``mwaramwar`` flower
crown, ``ewer`` / ``aapw`` yes / no, ``ngang`` me (the ``/ngang`` routes), ``tolong`` / ``towu``
log in / out (guesses at everyday verbs, used only in URL paths).

Newness (an ``ast`` docstring extraction of every ``scripts/eval_families*.py`` into a scratch file
and a grep of it and of the file names): "mass drug", "filariasis", "albendazole",
"ivermectin"; "layaway", "lay-by", "travel agen", "airfare"; "legislat", "constituen",
"political status", "referendum"; "graduation", "commencement", "cap and gown", "valedictor";
"seawall", "sea wall", "erosion", "coastal", "sandbag", "flood report"; "food handler", "food
safety", "sanitation"; "bible quiz" matched nothing. Candidates dropped because earlier sets have
them: a water taxi, a family freight consolidator (shipping container), a funeral, a Christmas
song-and-dance group, customary-land lease records, a field-trip ship, a church youth camp (children's
holiday camps exist), a hepatitis-B clinic, a post office box, a licensing counter, a fish market.
Nearby kinds made different: airline apps exist (Tikitin Sai is the agency's instalment plan);
canvassing and ballot apps exist (Tingor is the legislator's own services); school e-journals and
yearbooks exist (Kreit Eit is the graduation itself); a Tuvalu set has reclaimed-land plots (Ttitin
Mataw is erosion and flood reporting); parish, choir and offering apps exist (Kapas Eis is a quiz
league). The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrinomw", MMP "Trakwaa", OpenRTB 2.5 ads "Bidfonu", crash reporting
"Crashmataw") and ``_svc.py`` (flags "Flagpwuk", push "Pingkonik", consent "Consentewer", payments
"Cointaala", maps "Mapsopw", support chat "Helpaninnis"); their code is set 151's SDK modules
copied with the vendors, hosts, zone (Pacific/Chuuk), country (FM / FSM, region TRK, city Weno),
locale and currency (USD) changed (a grep of ``scripts/`` found none of the ten names).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/ngang``/``/me`` GETs with JWT bearers, refresh-token log-outs; MDA: the household, the post near
home (3 decimals), her dose at the post (weight, height, pregnancy, medicines), a check-in with her
fix (5 decimals), a protobuf beat, the daughter's dose, an offline msgpack queue of the husband's
and the aunt's records, side effects, the aunt's refusal (her diabetes), a dose-card photo, a
message to the nurse, a search, the household by number in the path, a certificate by cookie;
layaway: a search, fares, the plan for four (her passport), instalments by card and by bank
account, her passport photo, the daughter's passport, the frequent-flyer link, the husband's
diabetic meal, a counter visit (4 decimals), an itinerary (msgpack), insurance (her condition, her
sister as beneficiary), a message quoting her phone, reminders in a base64 JSON cookie, the plan in
the path; senator: news, a road repair with her fix and photo, a referral letter for the aunt, the
political-status survey, a town-hall RSVP, a petition, a message, a supporter pledge, a campaign
donation, a scholarship request for the daughter, msgpack drafts, news read (JSON Lines), her
requests by voter number in the path; graduation: linking the child, the diploma name and its
pronunciation, the gown (height), tickets naming the guests, the fee, a baby photo, the parents'
line, flower crowns, guests' boat seats, the party's allergy, the diploma check, the ceremony
check-in (5 decimals), a teacher message, the record by student number in the path, prints, the
speech rehearsal (M4A), a gallery search, events with a session cookie; seawall: an erosion report
(6 decimals) with a photo, a king-tide flood report (gzip), segments and tides, a work day,
sandbags to the house, the family land's corners, the household for relocation help, a damage
claim and its payout account, a JSON Lines queue, a tide gauge (msgpack), a protobuf beat, a
message naming the husband with his phone, her reports by reporter number in the path; food
handler: sign-up with her FSM social security number, the course, a quiz, an exam slot, her
screening (X-ray, stool, hepatitis A), the certificate PDF, the fee, the stall and menu, the
inspection with her fix, a fridge photo and log (msgpack), a sick notice, her helper, the card in
the path, the permit by cookie; quiz: the coach's church and membership, the team (names and
ages), the daughter's consent, question sets, her typed answers, a check-in at the hall (4
decimals), the score sheet (gzip), a prayer request, an offering, boat seats, a team photo naming
the children, a message, a verse search, msgpack drafts, the roster in the path, a base64 JSON
preferences cookie. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64
JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, sessions,
events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the layaway and
her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens and confirmations; geocoding, reverse geocoding (``lat,lon`` in the path),
routes and telemetry; support messages and uploads.

Negatives are implicit: request, dose-line, check-in, slot, ticket, report, claim, thread,
inspection, sheet and draft IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the distribution post's ID, name, phone and point; the agency's ID and
point, routes, flight numbers, fare basis; the senator's office, survey, town-hall and petition
IDs, news IDs; the school's ID and point, the class, honours, gown size and colour, the crown
maker, photo IDs; the seawall segments' points, the tide station, the gauge and its readings, flood
depth, shore length; the market's ID and point, her stall's number, the menu and its prices, quiz
answers and score, the fridge sensor and its readings, her helper's card number; the church's
point, question sets, quizmaster, team scores, the boat's ID; her occupation ("English tutor", no
taxonomy type fits; left unlabelled).

Conventions kept from set 151 (and sets 20-37 through it): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names, reading and lesson seconds ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and client
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; island, village, district, state, ZIP and country ``location.coarse``;
street-less house lines and the post box ``contact.address``; amounts, totals, fees, fares,
layaways, claims and orders ``financial.purchase``; card data, last four digits, payment-method
IDs and bank accounts ``financial.payment``; another person's full name, phone and e-mail typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too; positions at 2
decimals ``location.coarse``, at 3 or more ``location.precise`` (hers), a business's or the
municipality's point a negative.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Simiron, Serina, Titus) is not ``contact.name`` except where
  the text is about the daughter (set 151's rule for the child); full names always are;
- ages (hers, the aunt's, the team's children's) ``personal.birthdate``, as set 151's child age;
- MDA: the household number ``id.user`` (an account, as set 151's flat); weight and height
  ``health.fitness``; the pregnancy answer (``aapw``) ``health.medical|personal.sensitive`` even
  when negative; medicines, "taken", side effects, the aunt's refusal reason ``health.medical``;
  the dose card photo ``content.media|health.medical``;
- layaway: her and the daughter's passports ``personal.national_id``, the passport page
  ``content.media|personal.national_id`` (its expiry left unlabelled); the frequent-flyer number
  ``id.user``; the husband's diabetic meal code ``health.medical``; the layaway number
  ``financial.purchase`` (body, JWT, path, cookie, deep link, SDK);
- senator: her voter registration number ``personal.national_id`` (a government number; body, JWT,
  path, SDK); survey answers, priorities, the petition signature flag, the supporter pledge, the
  volunteer role, the campaign's name and a petition event parameter ``personal.sensitive``
  (political opinions); the donation amount ``financial.purchase``; the district
  ``location.coarse``;
- graduation: Marisa is a data subject: student number ``id.user`` (body, JWT ``students``, path),
  name, diploma name and its pronunciation ``contact.name``, birth date, sex; her height
  ``health.fitness``; her shellfish allergy ``health.medical``; the baby photo and the speech
  recording ``content.media``;
- seawall: the reporter number ``id.user``; the family land's corners and her fixes on the shore
  ``location.precise``; the aunt's wheelchair ``personal.sensitive|health.medical`` (disability);
  the claim amount ``financial.purchase``;
- food handler: her FSM social security number ``personal.national_id``; the card number
  ``id.user``; screening results and vaccination dates ``health.medical``; the certificate PDF
  ``content.media|health.medical``; the helper's name and phone ``contact.*``;
- quiz: her church, denomination, baptism date, offering fund and push tag ``personal.sensitive``
  (religion; the church's ID where tied to her too); the membership number ``id.user``; her typed
  answers ``content.text`` only; the verse search ``behavior.search`` only; a prayer request naming
  an illness ``content.text|personal.sensitive|health.medical``; the team caption naming the
  children ``content.text|contact.name|personal.sensitive``;
- SDKs: Trakwaa's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region and city ``location.coarse``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md``; DESIGN.md's report.json section (the
path notation); ``scripts/eval_families151.py`` and all its modules whole (``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_kit``,
``_sdk``, ``_svc``); ``scripts/eval_payloads.py`` whole; definitions and signatures only in
``eval_families6_kit`` (``raw``, ``multipart``, ``pb``), ``eval_families8_kit`` (``report``),
``eval_families13_kit`` (the ``M4A`` constant), ``eval_families17_kit`` (its imports and
``__all__``), the constant and ``def`` lines of ``eval_families18_kit``, ``_19_kit``,
``_20_kit`` (``App``, ``ev``, ``opaque``), ``_21_kit`` (``at_path``), ``_22_kit`` (``lines``),
``_24_kit`` (``rid``, ``sdk_id``, ``head``, ``claims``) and the category-constant lines of
``eval_families7_kit``. A grep for category constant names over ``eval_families*_kit.py`` also
printed about twenty constant lines of other sets' kits (101, 108, 110, 113-118: category ids and
three Wi-Fi names) before it was narrowed: a slip, nothing from them was used. The file-name and
docstring greps above (with the matching docstring lines, which printed the opening docstrings of
sets 148 and 204, two Micronesian sets, to avoid their kinds); a grep of ``scripts/`` for the ten
vendor names and some Chuukese words (counts only). No classifier, rule, test or decoder was read
or run; ``ruff check --select F`` ran on these files (it removed unused imports); a scratch script
counted each module's exchanges and labels with ``listed_once``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families220_kreit
import eval_families220_mwenge
import eval_families220_paipel
import eval_families220_safei
import eval_families220_tikit
import eval_families220_tingor
import eval_families220_ttit
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
    return [*eval_families220_safei.safeifonu(), *eval_families220_safei.safeifonu_sdks(),
            *eval_families220_tikit.tikitinsai(), *eval_families220_tikit.tikitinsai_sdks(),
            *eval_families220_tingor.tingor(), *eval_families220_tingor.tingor_sdks(),
            *eval_families220_kreit.kreiteit(), *eval_families220_kreit.kreiteit_sdks(),
            *eval_families220_ttit.ttitinmataw(), *eval_families220_ttit.ttitinmataw_sdks(),
            *eval_families220_mwenge.mwengelim(), *eval_families220_mwenge.mwengelim_sdks(),
            *eval_families220_paipel.kapaseis(), *eval_families220_paipel.kapaseis_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
