"""Two-hundred-and-nineteenth, BLIND labelled set for the classifier evaluation ("blind216"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run by the author on the set as it grew and at the end (every full run exited 0
and reported no decoder gap; one run piped into ``head`` ended on a broken pipe). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (154 first-party calls and 77 SDK calls, 231 exchanges, 1,720
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Freetown (Sierra Leone) with her Krio husband Emmanuel Olufemi
Macauley, her US SIM roaming; their daughter Abigail (7) takes a Saturday ballet class in
Aberdeen; her mother-in-law Christiana Macauley keeps the family house in Bo, where the family's
awujoh is held; her brother Michael is in Ohio. Seven app kinds (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds, all with keys in Krio written as a Freetown developer would (ASCII-folded: ``ɛ``/``ɔ``
typed ``e``/``o``; English kept for ``token``, ``id``, ``email``/``imel`` loans, ``lat``/``lon``,
``ssid``, ``refresh_token``...):
- a Krio family society's lineage register and awujoh (ancestral feast) app
  ``eval_families219_awujoh.py`` ("Awujoh Famili": ``fos_nem``/``las_nem`` names, ``imel``,
  ``fon_nomba`` phone, ``paswod``, ``bon_de`` birth date, ``trayb`` ethnic group, ``relijon``,
  ``mared_to``, ``memba_nomba`` member number, ``ol_granpa_dem`` the ancestors,
  ``kontribyushon``, ``pement``, ``moni`` amount, ``mobail_moni`` wallet, ``tin_dem`` items,
  ``ples`` place, ``tong`` town, ``adres``, ``mesej``, ``pikcho``, ``grev_yad`` graveyard,
  ``pul_na_do`` naming ceremony, ``mitin``, ``vot``, ``fen`` search, ``pikin``, ``seks``): her
  ethnic and religious data (the sensitive trait);
- a rent-advance lender ``_rent.py`` ("Rent Advans": ``nem``, ``fon``, ``aydi_kad`` identity
  card, ``wok_ples``, ``mont_salari``, ``landlod``, ``os``, ``rent_fo_wan_ia``, ``ia_dem``,
  ``lon``/``lon_moni`` loan, ``mont_pe`` instalment, ``gyarantor``, ``bank_akaunt``, ``pe``,
  ``balans``, ``kod``, ``komplen``, ``fren``): money;
- a locksmith ``_kiman.py`` ("Ki Man": camelCase ``fosNem``, ``fonNomba``, ``lok``, ``do``,
  ``ki``, ``kiKopi``, ``udatGetKi``, ``wetinApin``, ``bukin``, ``prays``, ``mobailMoni``,
  ``nemPanKod``, ``fren``, ``garanti``, ``rivyu``);
- a fibroid and gynaecology clinic ``_wombkia.py`` ("Wombkia": ``fayl_nomba`` file number,
  ``si_mun`` period, ``bele_at`` belly pain, ``blod``, ``meresin``, ``alaji``, ``pikin_dem``,
  ``want_get_bele``, ``skan``, ``opareshon``, ``apoyntment``, ``dokta``, ``sher``,
  ``insurans``, ``seks`` ``uman``): her own health data;
- the daughter's ballet school ``_ballet.py`` ("Pikin Ballet": ``pikin``, ``ayt`` height,
  ``wes`` waist, ``sayz``, ``sik``, ``ticha``, ``klas``, ``pikup``, ``tiket``, ``kostum``,
  ``nem_dem``): the child's data;
- a generator-servicing workshop ``_jenereta.py`` ("Jenereta Dokta": ``jenereta``, ``mek``,
  ``bay_de``, ``wetin_du_am`` fault, ``sevis``, ``mekanik``, ``fyul``, ``lita``, ``pat``,
  ``oda``, ``istri``, ``ripot``);
- a car spare-parts dealer ``_motoka.py`` ("Motoka Pat": ``motoka`` car, ``ia``, ``kat``,
  ``oda``, ``sen_to``, ``rod``, ``wetin_apin``, ``ritan``, ``kostoma``).
New kinds (file-name and module-docstring greps of ``scripts/eval_families*``): "awujoh",
"ballet", "rent advance"/"rent loan", "locksmith"/"lock change"/"keys cut"/"padlock",
"myomectomy", "spare part"/"car parts"/"auto parts", "generator repair"/"generator servic"
matched nothing; near words did, and those sets are different kinds: "fibroid" only as one fact
in set 147's fertility app; "lineage"/"family tree" sets 138, 141, 148, 157, 159, 168, 184, 197,
212 (genealogy, clans, roots), none an ancestral-feast society; "dance school" sets 87, 174, 189
(adults, music); "rent" set 38 (rent payment and screening) and set 177 (a tenant police
registration with an advance as a field); "burglar" set 215 (a welding workshop); "generator"
sets 106, 124, 211 (an electricity subscription, diesel delivery, a compound's shared set).
Rejected on the grep because an earlier set had the kind: a palm-oil cooperative (set 124), a
canopy-and-chair hire (157), a flat-hunting/real-estate app (16), pest control (178), osusu
savings (124, 178), keke and okada rides, tailoring, a phone-repair shop (145), a pharmacy, a
fever clinic, a travel clinic. No earlier set is in Sierra Leone or in Krio ("Freetown", "Krio",
"Sierra Leone" matched nothing). The SDKs are ten new vendors, built once and called by every
app with its own events: ``_sdk.py`` (analytics "Lukmetrix", MMP "Trakopoda", OpenRTB 2.5 ads
"Bidsalone", crash reporting "Krashkasava") and ``_svc.py`` (flags "Flagfufu", push "Pingpoyo",
consent "Consentkola", payments "Leonikoin", maps "Mapbintumani", support chat "Helpbenni");
their code is set 151's SDK shapes with the vendors, hosts, zone, country and currency changed
(a ``grep -il`` of ``scripts/eval_families*`` found none of the ten names).
``eval_families219_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes),
``/mi``-style GETs with JWT bearers; awujoh: registration (ethnic group, church, husband), the
family tree, Abigail added, the awujoh with the ancestors' names, its mobile-money payment, food
pledges (msgpack), a check-in at the Bo house (4 decimals), the graves cleaned (her fix, 5
decimals), an album photo, a family message, the member by number in the path, a cousin's
naming ceremony, minutes, a vote, dues, a receipt by cookie, a search, a link (base64 JSON in a
form field); rent: sign-up with her residence card, the application (landlord, new flat,
husband as guarantor), ID and payslip uploads, the tenancy agreement, her bank account, the
schedule by loan number in the path, an instalment by wallet, the inspector's visit (her fix),
branches near her (3 decimals), a credit check, a protobuf loan status, a message, a receipt
by cookie with base64 JSON preferences, a search, a complaint, a referral; locksmith: the
services, locksmiths near the new flat (3 decimals), the lock change with her fix (6 decimals),
its wallet payment, the arrival with her fix and the van's point, an old-lock photo, a message
naming the landlord, key copies, a smart-lock code, the lock on the flat's Wi-Fi, the lock's log
(msgpack), offline events (JSON Lines), the warranty, a guest code for her brother, the invoice
by booking in the path, a review; clinic: the questionnaire (gzip), an ultrasound PDF, the plan,
a deposit, the surgery, the consent signature, a check-in, a protobuf recovery diary, blood
donors, a message to her doctor, medicines, a search, a video room, sharing with her husband,
invoices by file number in the path, her insurer's member number, a wound photo; ballet:
enrolment (height, asthma, emergency contact), the timetable, the term and its payment,
attendance by student number in the path, a pick-up authorisation, a door check-in, a recital
video, the card photo, a costume (measurements), a message (a fever), notices, recital tickets,
a search, the signed progress report (PDF), a base64 JSON preferences cookie, events with a
session cookie; generator: the set registered, a service with her fix at home, its payment,
mechanics near her (2 decimals), the job's ETA, a fuel log (msgpack), monitor readings (JSON
Lines), a protobuf monitor beat, an oil-leak photo, a message quoting her phone, the history by
serial in the path, parts, a review, an invoice by cookie, the monitor on the home Wi-Fi; parts:
the car, a search, a part, the cart, the order to the mechanic in Bo, its payment, a roadside
request with her fix on the highway, tracking by order number in the path, a photo, a saved list
(msgpack), a message, a return refunded to her wallet, garages near the breakdown (4 decimals),
her address, a receipt by cookie, a loyalty link (base64 JSON in a form field). SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and deep
links (a URL in a JSON field); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices;
crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers;
consent records and checks; card tokens, confirmations and mobile-wallet transfers; geocoding,
reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and an
upload; push registrations and events of every app.

Negatives are implicit: request, check-in, slot, visit, job, cart, order-line, thread, lock and
appointment IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the society's ID, the feast's ID, the foods and their quantities, the graves' point, the
election and candidate IDs, a newborn cousin's first name alone; the lender's branch ID, the
employer's name; the locksmith's ID and the van's point (his), the lock's model and serial, the
lock's log times and battery; the clinic's ID and point, the theatre; the studio's ID and point,
the class and costume IDs, the garment size; the workshop's ID and point, the generator's make,
model, serial, kVA, run hours, volts and fuel level (a machine's readings); the parts shop's ID,
the parts and their catalogue prices, the car's make, model, year, VIN and plate (no taxonomy
type fits; left unlabelled), the mechanic's garage and the bus park.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, lock codes, bearer, refresh, session and video-room
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled
per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, area, district, region and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, fares, invoices, bookings, loans and orders
``financial.purchase``; card data, last four digits, payment-method IDs and bank accounts
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- awujoh: her ``trayb`` ("Krio (bai mared)"), her church, Abigail's ethnic group and baptism,
  the feast's kind, a push tag and an SDK trait naming the Krio group, the contribution's kind
  ``personal.sensitive`` (ethnic origin; the awujoh is an ancestral religious rite); text about
  the awujoh ``content.text|personal.sensitive``; the ancestors' and relatives' full names
  ``contact.name`` (as set 151's commemorated names); the family house's street line
  ``contact.address`` (her mother-in-law's home), her fixes there and the route to it
  ``location.precise``, the graves' point a negative; the member number ``id.user``;
- her local mobile-money wallet number (a second, local SIM of hers) ``contact.phone`` wherever
  sent (body, form, base64 JSON, the SDK's ``msisdn``);
- rent: the loan number ``financial.purchase`` (body, JWT, path, protobuf, SDK); the yearly rent,
  loan amount, instalment and balance ``financial.purchase``; her residence card
  ``personal.national_id``; her employer and monthly pay left unlabelled (no taxonomy type);
  the ID-card photo, payslip and tenancy PDFs ``content.media`` only; the new flat's street
  ``contact.address`` (typed also into the map SDK's geocoder: ``contact.address`` there);
- locksmith: the new flat is hers (its street ``contact.address``, her fixes there
  ``location.precise``, its Wi-Fi ``location.wifi`` and the lock's LAN address
  ``device.info``); smart-lock codes ``secret.credential``; the van's point a negative;
- clinic: the file number (body, JWT ``fayl``, query, path, protobuf) and her US insurer's
  member number ``health.medical`` (as sets 37 and 151); period, pain, haemoglobin, blood group
  (also her husband's as a donor), medicines, allergies, births, wish to conceive, scan finding,
  procedure, anaesthesia ``health.medical``; a search about recovery
  ``behavior.search|health.medical``; the consent signature ``content.media``;
- ballet: Abigail is a data subject: her student number ``id.user`` (body, JWT ``students``,
  path, cookie), name, birth date, sex (``gyal``); her height and waist ``health.fitness``, the
  garment size unlabelled; her asthma ``content.text|health.medical``; the recital video and
  photos ``content.media``; her first name alone in a caption or message is labelled
  ``contact.name`` only where the text is about her (as set 151's absence note);
- generator and locksmith: the home Wi-Fi ``location.wifi``; mechanics near her at 2 decimals
  ``location.coarse``; a machine's serial in the URL path left unlabelled;
- parts: her customer number ``id.user``; the order ``financial.purchase``; the mechanic's name
  and phone (typed by her) ``contact.*``, his garage a negative; Bo as the delivery town
  ``location.coarse``; her fix on the highway ``location.precise``;
- SDKs: Trakopoda's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/tmp/s23/briefs/blind216.md`` (the brief; the directory listing
showed the other briefs' names, none opened); ``eval_families151.py`` and all its modules whole
(``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``,
``_qvevri``, ``_building``), ``eval_payloads.py`` whole; of the helper kits only definitions and
signatures: grep listings of ``def``/constant lines of ``eval_families6_kit``, ``17_kit``,
``18_kit``, ``19_kit``, ``20_kit``, ``21_kit``, ``22_kit``, ``24_kit``, lines 24-123 of
``eval_families17_kit`` (its import list, to see the names it exports), the bodies of ``raw``,
``multipart``'s head, ``App``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``, ``lines``,
``sdk_uuid``, ``rid``, ``sdk_id``, ``head``, ``claims``, ``sjwt``'s head and
``eval_families21.listed_once``; a grep of constant names in ``eval_families1*_kit.py`` (which
printed category-id lines of kits 105-118 and a few constants of kits 11, 16, 100, 110, 132,
148) and one Python import printing the values of ``E164``, ``NATIONAL``, ``EMAIL_UPPER``,
``EMAIL_MIXED``, ``MCCMNC`` and ``JPEG``; TAXONOMY.md; DESIGN.md's ``report.json`` section.
Module docstrings of all ``scripts/eval_families*.py`` were extracted to a scratch file and
searched for the candidate words; where a word matched, up to ~500 characters of the matching
docstrings were read (sets 103, 106, 115, 124, 125, 129, 145, 147, 155, 156, 157, 16, 177, 178,
187, 211, 215, 38); a
``grep -ril`` of ``scripts/eval_families*.py`` for the vendor and app names printed file names
only. No classifier, rule, test or decoder was read or run (``ruff check --select F`` ran on
these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families219_awujoh
import eval_families219_ballet
import eval_families219_jenereta
import eval_families219_kiman
import eval_families219_motoka
import eval_families219_rent
import eval_families219_wombkia
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
    return [*eval_families219_awujoh.awujoh(), *eval_families219_awujoh.awujoh_sdks(),
            *eval_families219_rent.rentadvans(), *eval_families219_rent.rentadvans_sdks(),
            *eval_families219_kiman.kiman(), *eval_families219_kiman.kiman_sdks(),
            *eval_families219_wombkia.wombkia(), *eval_families219_wombkia.wombkia_sdks(),
            *eval_families219_ballet.pikinballet(), *eval_families219_ballet.pikinballet_sdks(),
            *eval_families219_jenereta.jenereta(), *eval_families219_jenereta.jenereta_sdks(),
            *eval_families219_motoka.motokapat(), *eval_families219_motoka.motokapat_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
