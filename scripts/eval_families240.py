"""Two-hundred-and-fortieth, BLIND labelled set for the classifier evaluation ("blind237"):
written without reading the classifier code, its rules, its decoders, the tests, the README or
the evaluation scripts, and never run through a classifier by its author; only ``main`` (the
project's decoder path check, which runs no classifier) and ``ruff check --select F`` were run on
it (see "Looked at" for a scratch harness that ran the same check per app while writing). It is
to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (154 first-party calls and 79 SDK calls, 233
exchanges, 1,763 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She (the profile's Jane Doe) lives in Catania (Sicily, Italy; EUR, zone
Europe/Rome, her US SIM roaming on an Italian network) in a flat in the Borgo with her Sicilian
husband Salvatore ("Turi") Mangiaracina, from Palermo, and their daughter Agata (7, born in
Catania); her mother-in-law Concetta Mangiaracina lives in Palermo (Noce), where Jane goes for
her bone clinic and the anti-racket network; the husband's cousin Nunzia Mangiaracina picks
Agata up on Tuesdays; her sister Emily Doe is in Ohio (all fictional). Italian tax codes are
computed with the real rule (check letter) and the couple's IBAN has a valid CIN and check
digits; they belong to nobody. Seven app kinds (fictional names, hosts under example.* per RFC
2606, no real company named as sender), each with its own API whose keys are Sicilian as a local
developer writes them, ASCII-folded (``cugnomu``, ``nnirizzu``, ``jornu_di_nascita``), mixed
with the English real APIs keep (``email``, ``id``, ``token``, ``lat``/``lng``, ``iban``,
``grant_type``, ``push_token``, ``refresh_token``) and Italian loans where a Sicilian developer
would use them (``codici_fiscali`` for codice fiscale, ``t_score``, ``cap``, ``ticket``); each
module's docstring lists its key words and meanings. Shared words: ``nomu`` first name,
``cugnomu`` surname, ``nomu_cumpletu`` full name, ``telefunu`` phone, ``cellulari`` mobile,
``chiavi`` / ``paloraDordini`` / ``paroraSigreta`` password ("key", "word of order", "secret
word"), ``jornu_di_nascita`` / ``jornuNascita`` birth date, ``sessu`` sex (``fimmina``),
``codici_fiscali`` tax code, ``nnirizzu`` address, ``quarteri`` quarter, ``cita`` city,
``paisi`` town, ``pruvincia`` province, ``mpurtu`` amount, ``prezzu`` price, ``totali``,
``valuta`` currency, ``pagamenti`` payments, ``metudu`` method, ``ultimi_quattru`` last four,
``ordini`` order, ``prenotazzioni`` booking, ``pusizzioni`` position, ``fotu`` photo, ``testu``
text, ``missaggi`` messages, ``circata`` search, ``utenti`` user, ``eventi`` events,
``schermu`` screen, ``dispusitivu`` device, ``lingua`` language, ``sessioni`` session,
``trasi``/``nesci`` log in/out, ``iu`` me, ``maritu`` husband, ``socira`` mother-in-law,
``figghia`` daughter, ``picciriddi`` children, and the health words ``duluri`` pain,
``midicina`` medicine, ``allergii`` allergies. The apps:
 - ``eval_families240_cinniri.py`` "Cinniredda": Catania's Etna-ash bag collection (bags,
   drop-offs at a collection point, home pickups, a paid extra pickup, reports, alerts);
 - ``_granita.py`` "Briosciu": a granita bar's order-ahead and loyalty (tables, tips, a
   catering order for Agata's party);
 - ``_ossa.py`` "Ossa Forti": a Palermo metabolic-bone clinic (her osteopenia: DXA, history,
   diary, medicines, exercise; her health);
 - ``_casuzza.py`` "Casuzza": a hill town's one-euro houses (Prizzi: the tender, a guarantee,
   the deposit and notary's fees, builder instalments, a renovation grant; money);
 - ``_pizzu.py`` "Nuddu Paga": an anti-racket consumers' network (membership, pledge, dues,
   volunteering, the 21 March march, a petition; her political opinion);
 - ``_jocu.py`` "Jocu Jocu": a children's play centre (Agata's enrolment, passes, pick-ups, her
   birthday party; the child's data);
 - ``_aranci.py`` "Aranciu Russu": a blood-orange grower's boxes (orders, a gift box, a
   subscription, refunds, a picking day in the grove).
All seven kinds are new in a docstring and file-name grep of ``scripts/eval_families*.py``
(``ast`` docstrings of all 2,541 files, searched with regexes): "volcanic", "ash bag",
"tephra", "granita", "brioche", "gelat", "ice cream", "osteopor", "osteopeni", "bone
density", "dexa" (only set 227's statement that it checked "osteopor"), "one euro", "1 euro",
"derelict", "abandoned", "mafia", "antimafia", "anti-racket", "pizzo", "extortion",
"protection money", "play centre", "ludoteca", "indoor play", "citrus", "blood orange" matched
no app; the near ones and how these differ are in each module's docstring (set 77's eruption
alerts; the food apps of sets 40 and 68; set 200's renovation and the listings of sets 8, 16,
23; the union and civic apps of sets 13, 174, 187; set 218's puppet workshop and set 162's
cinema parties; set 173's orange seller). Set 168 is the only earlier Italian set (Cagliari,
Sardinian keys); none of its kinds (dig volunteers, mushroom permits, a sanctuary novena, a
730 tax centre, a longevity cohort, a carnival-mask group, a ZTL permit) is reused and its
Sardinian words are not Sicilian ones. The SDKs are ten new vendors, built once and called by
every app with its own events: ``_sdk.py`` (analytics "Metricannolu", MMP "Tracktrinacria",
OpenRTB 2.5 ads "Bidarancinu", crash reporting "Crashcaponata") and ``_svc.py`` (flags
"Flagzibibbu", push "Pingpanelle", consent "Consentcassata", payments "Coinsfincia", maps
"Mapmuntagna", support chat "Helpcuscusu"); their code is set 151's SDK shapes with the
vendors, hosts, zone, country, language and currency changed (a file-listing grep of
``scripts/`` found none of the ten names nor the seven app names).
``eval_families240_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an SMS
code), ``/iu`` GETs with JWT bearers (claims: ``utenza_tari``, ``tessera``, ``cartella``,
``candidatu``, ``rolu``, ``picciriddi``, ``cliente``); ash: points near her flat (3 decimals),
bags requested, bags dropped with her fix, a home pickup (her husband's slipped disc), a paid
extra pickup, a photo report in her street (5 decimals), its status, alerts, a msgpack queue of
scanned bags, a protobuf truck-proximity beat, pickups by account in the path, the roof terrace
cleaning naming the building's manager, a message, a search, notices by a base64 JSON cookie,
push, events (gzip), a log-out; granita: bars near her flat, the menu, an order with a note,
payment and tip, status by order number in the path, "I'm here" with her fix, a protobuf queue
beat, a msgpack cart, points by cookie, a gift card for her sister, a review, a search, the
family's allergies, the bar's Wi-Fi, a catering order to her address, a card link (base64 JSON
in a form field), push, events, a session refresh; bone clinic: registration (tax code,
residence card), an SMS code, the history (gzip), the DXA PDF with T-scores, the plan, a
follow-up, the co-pay, arrival with her fix (5 decimals), a protobuf diary, prescriptions by
NRE, a message to her doctor, exercise, a video room, sharing with her husband, invoices by
record number in the path, a tax-deduction statement, a reminder, the health card's photo, sites
near Catania (2 decimals); houses: listings, the application with both buyers' tax codes, the
project PDF naming the surveyor, the guarantee policy, the one-euro deposit and the notary's
fees by IBAN, the site visit with her fix, a photo, the plot's outline, a builder's instalment,
works status, an offline site diary (JSON Lines), her file by applicant number in the path, a
message quoting her husband's name and phone, the renovation grant (gzip), notices by cookie, a
search; anti-racket: joining with the pledge, the dues, shops near her mother-in-law's flat (3
decimals), a purchase checked in at a shop with her fix, a receipt photo, a volunteer shift, the
march with her family (5 decimals), a petition with a comment, a donation, newsletter topics, a
message, her card by member number in the path, public events, a search, the card by cookie
(base64 JSON), a msgpack offline queue, analytics (gzip), a log-out; play centre: the parent,
Agata enrolled, activities, a pass and its payment, the door check-in (5 decimals), a pick-up
authorisation, the party and its guests, a photo, the diary, a message (a cough), entries by
card number in the path, a workshop, snacks (msgpack), the emergency card (gzip), notices by
cookie; oranges: an order with a courier note, payment, a gift box to her mother-in-law, the
subscription, the shipment by order in the query, the invoice by order in the path, invoice data
(tax code), a complaint photo, a refund (IBAN), the picking day, arrival in the grove, an offline
sync (JSON Lines), a rating, a search, the cart by cookie. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone) and a deep
link (a URL in a JSON field carrying the lot and her e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo; yob and gender once) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and a P2P-wallet payment; geocoding (a typed address), reverse
geocoding (``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, drop-off, report, slot, appointment, shift, thread, cart and
turn IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the collection point's ID, name and point, the bags' QR codes, the alert channels; the
bar's ID, phone and point, the table, the menu's products and prices, the gift code; the
clinic's ID and point, the room, the app version in the diary; the town hall's point, the lot
ID, the builder's name, VAT number and phone, the insurer's name, the payment reference; the
network's office, the member shops' IDs and points, the petition's ID in the path, the public
events; the play centre's ID and point, the hall, the workshop ID, the snack choices; the
farm's ID and point, varieties, kilos, box prices in the order lines, the courier's name. Her
citizenship (``statunitensi``) and the house's cadastral sheet and parcel are left unlabelled
(no taxonomy type fits; citizenship is not ethnic origin), as set 151 left a car's plate.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, quarter, town, province, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, tips, co-pays,
dues, invoices, bookings, passes, policies and orders ``financial.purchase``; card data, last
four digits, payment-method and card tokens and IBANs ``financial.payment``; another person's
full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too; tax codes, the residence card and passport numbers
``personal.national_id``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Agata, Emily, Concetta) is not ``contact.name`` except where
  the text is about the child (the party photo's caption, the cough, the workshop note); the
  child's full name always is;
- ash: ``utenza_tari`` (the household's waste-tax account) ``id.user``; the home pickup's reason
  naming her husband's slipped disc ``content.text|health.medical``; the building manager's name
  and phone ``contact.*``; the extra pickup booking ``financial.purchase``; her street outside
  the door ``location.precise``;
- granita: the loyalty card ``id.user``; the tip ``financial.purchase``; Agata's nut allergy in
  the family profile ``health.medical`` with her name and birth date; the catering note naming
  the allergy ``content.text|health.medical``; the bar's Wi-Fi joined ``location.wifi``;
- bone clinic: the record number (body, JWT ``cartella``, query, URL path, protobuf)
  ``health.medical`` (a medical record number, as set 151's chart); the NRE prescription number,
  fractures, falls, steroids, cycle, the mother's hip fracture (her family history), T-scores,
  medicines, calcium intake and back pain ``health.medical``; weight, height, walking minutes,
  steps and repetitions ``health.fitness``; the DXA and vitamin D PDFs
  ``content.media|health.medical``; the health card's photo ``content.media`` only; medical
  expenses for the tax deduction ``financial.purchase``;
- houses: the applicant number ``id.user``; both buyers' tax codes ``personal.national_id``;
  the house's point, the plot's outline and her fixes there ``location.precise`` (hers, as set
  151's vineyard), the town hall a negative; the guarantee policy number and its sum, the
  one-euro price, the notary's fees, instalments, documented expenses and invoice numbers
  ``financial.purchase``; the surveyor's name ``contact.name``; the project PDF
  ``content.media``;
- anti-racket: membership of the association is her political opinion: the member kind, the
  pledge, the JWT role, the dues reference, the volunteer activity, the march attendance, the
  petition signature and comment, the donation fund, newsletter topics, her message about
  bringing her cousin, and the SDKs' events, traits and tags ``personal.sensitive``; the dues and
  donation amounts ``financial.purchase`` only; purchases at member shops and their receipts
  ``financial.purchase`` only (the shop list is public); her member card ``id.user``;
- play centre: Agata is a data subject: her names, birth date, sex (``fimmina``), tax code,
  card number (body, query, JWT ``picciriddi``, URL path), allergy, medicine and blood group
  are labelled; her age at the party and the children's age at the grove
  ``personal.birthdate``; the cake without nuts and the snack diet ``health.medical``; other
  children's names and their parents' phones, the paediatrician's name ``contact.*``;
- oranges: the customer number ``id.user``; the gift's recipient (name, phone, address)
  ``contact.*``; the geocoded address she typed ``contact.address|behavior.search``;
- SDKs: Tracktrinacria's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country, region (``82``, Sicily) and city ``location.coarse``; positions at 2
  decimals ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``DESIGN.md`` whole;
``eval_families151.py`` and all its modules whole (``_kit``, ``_abano``, ``_parish``,
``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_sdk``, ``_svc``);
``eval_payloads.py`` whole; of the helper kits only definitions and signatures: ``raw``,
``encode``, ``multipart`` and ``pb`` in ``eval_families6_kit``, the import list and constants of
``eval_families17_kit``, ``App``, ``ev``, ``DOB``/``FIRST``/``LAST``/``T0`` in ``_20_kit``,
``at_path`` and ``sdk_uid`` in ``_21_kit``, ``lines`` and ``sdk_uuid`` in ``_22_kit``, ``rid``,
``sdk_id``, ``head``, ``claims`` and the constants of ``_24_kit``, ``sjwt`` and ``FIT`` in
``_18_kit``, ``EMAIL_MIXED`` in ``_19_kit``, ``token``/``add`` in ``_10_kit``, ``report`` in
``_8_kit``, ``LISTED_ONCE``/``listed_once`` in ``eval_families21.py`` (the lines shown also
named set 21's modules); the module docstrings and file names of all ``scripts/eval_families*``
(extracted with ``ast`` into a scratch file and searched; excerpts around hits were printed,
including the heads of sets 152, 168, 202, 227's ``_krzepko`` and 238 and the hits in sets 77,
140, 142, 150, 173, 183, 204, 218, 222); a file-listing grep (``grep -ril``, names only) of
``scripts/`` for the ten vendor and seven app names. While writing, a scratch script under
``/tmp/s24/blind237/`` ran ``eval_families8_kit.report`` (the same decoder path check ``main``
runs, no classifier) on one app at a time; that is a bend of "run only ``main``", stated here.
No classifier, rule, test, decoder, README or evaluation script was read or run; no git command
was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families240_aranci
import eval_families240_casuzza
import eval_families240_cinniri
import eval_families240_granita
import eval_families240_jocu
import eval_families240_ossa
import eval_families240_pizzu
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked only by ``main`` (and the per-app scratch runs); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families240_cinniri.cinniredda(), *eval_families240_cinniri.cinniredda_sdks(),
            *eval_families240_granita.briosciu(), *eval_families240_granita.briosciu_sdks(),
            *eval_families240_ossa.ossaforti(), *eval_families240_ossa.ossaforti_sdks(),
            *eval_families240_casuzza.casuzza(), *eval_families240_casuzza.casuzza_sdks(),
            *eval_families240_pizzu.nuddupaga(), *eval_families240_pizzu.nuddupaga_sdks(),
            *eval_families240_jocu.jocujocu(), *eval_families240_jocu.jocujocu_sdks(),
            *eval_families240_aranci.aranciurussu(),
            *eval_families240_aranci.aranciurussu_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
