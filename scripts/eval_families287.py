"""Two-hundred-and-eighty-seventh, BLIND labelled set for the classifier evaluation ("blind284"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check,
which runs no classifier) was run at the end (it exited 0 on its first run, every labelled path
produced; it was run again after this docstring was written). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (150 first-party calls and 77 SDK calls, 227 exchanges, 1,722
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Darbhanga (Lalbagh tola; Bihar, India) with her Maithil husband
Ravikant Jha, her US SIM roaming; their son Aarush (8) learns harmonium and Maithili songs after
school; her mother-in-law Kalyani Jha, a family pensioner, lives in the family house in Rajnagar
(Madhubani district); her brother Daniel Doe lives in Minnesota; the family leases a makhana pond
near Manigachhi (all fictional). Seven app kinds (fictional names, hosts under example.com/.net/
.org per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds. The APIs' keys are Maithili in Latin letters, ASCII-folded as a Darbhanga developer types
them (no diacritics, no Devanagari), mixed with the English words Indian APIs keep (``email``,
``otp``, ``upi``, ``pan``, ``aadhaar``, ``ifsc``, ``uhid``, ``lat``/``lng``, ``refresh_token``,
``id``) and loans where a clinic or an office keeps them (``passport``, ``pension``,
``recharge``, ``elarji``). Words shared across the apps: ``naam`` name, ``upnaam``/``padvi``
surname (``padvi`` the family title, as Mithila forms say), ``mobail``/``durbhash`` phone,
``gupt_shabd``/``gupt_kunji`` password, ``janm_tithi`` birth date, ``ling`` sex (``stri``,
``mahila`` woman, ``balak`` boy), ``pata``/``thekaan`` address, ``tola`` neighbourhood, ``gaam``
village, ``nagar`` town, ``jila`` district, ``rajya`` state, ``rashi`` amount, ``kul`` total,
``bhugtaan`` payment, ``dabai`` medicines, ``sandesh`` message, ``khoj`` search, ``thaam``
place, ``pati`` husband, ``maay`` mother, ``sasu`` mother-in-law, ``hamar`` mine (the ``/me``
route), ``yantra`` device, ``ghatna`` events, ``parda`` screen, ``satra`` session; set 180's
Bhojpuri keys (naanv, titil, imel, mobail, kunji, janam_tarikh, rakam, bhugtan) were not reused
except the unavoidable ``mobail``. The seven:
- ``eval_families287_makhana.py`` "Makhanpokhar" (money): the family's leased makhana pond and
  the sale of its raw seed (``gurri``) to a processor: ``utpadak_sankhya`` grower number,
  ``pokhari`` pond, ``seema`` boundary, ``patta`` lease, ``katni`` harvest, ``chhatai``
  grading, ``suta`` grade, ``kretaa`` buyer, ``dar`` rate, ``bikri`` sale, ``majdoori`` wages,
  ``hisab`` statement, ``khata_sankhya`` account number, ``mausam`` weather;
- ``_kohbar.py`` "Kohbarkala": a women's Mithila (Madhubani) painting collective in Jitwarpur, a
  kohbar painting commissioned for her husband's cousin's wedding and a weekend workshop:
  ``sangrahak`` patron, ``chitrakar`` painter, ``vishay`` theme, ``shaili`` style, ``var_badhu``
  groom and bride, ``aadesh`` order, ``agrim`` advance, ``shesh`` balance, ``kaaryashala``
  workshop, ``aasan`` seat, ``praptkarta`` recipient, ``mulyankan`` rating, ``upahaar`` gift;
- ``_panji.py`` "Panjidhar" (a sensitive trait: caste and religion): the panjikars' register of
  Maithil lineages at Saurath and the sidhant, the marriage-eligibility certificate: ``jati``
  caste, ``gotra``, ``mool`` lineage village, ``shakha`` Vedic branch, ``panji_sankhya`` folio,
  ``vanshavali`` family tree, ``peedhi`` generations, ``purkha`` ancestors, ``santaan``
  children, ``maike`` natal home, ``vivah_paddhati`` wedding rite, ``kanya``/``var`` bride/groom,
  ``sanshodhan`` correction, ``daan`` donation, ``sanyojan`` sharing;
- ``_merudand.py`` "Merudand" (her health): a spine clinic in Laheriasarai treating her cervical
  spondylosis: ``rogi`` patient, ``lakshan`` symptoms, ``dard`` pain, ``jhunjhuni`` tingling,
  ``akadan`` stiffness, ``elarji`` allergies, ``garbh`` pregnancy, ``jaanch`` scan, ``kshetra``
  region, ``samay`` appointment, ``vyayam`` exercise, ``parchi`` prescription, ``saman`` goods,
  ``beema`` insurance, ``nidan`` diagnosis, ``kadam`` steps, ``niyam`` routine;
- ``_harmonium.py`` "Surbaal" (the child): her son's harmonium and Maithili song class:
  ``abhibhavak`` guardian, ``chhatra`` pupil, ``swasthya`` health, ``pragati`` progress,
  ``abhyaas`` practice, ``geet`` song, ``pariksha`` exam, ``anukramank`` roll number, ``chhutti``
  leave, ``lene_wala`` person collecting, ``vaadya`` instrument, ``kiraya`` rent, ``tikat``
  ticket;
- ``_chakki.py`` "Chakkighar": the neighbourhood flour mill that collects a household's own grain
  and brings back the flour: ``grahak`` customer, ``anaaj`` grain, ``gahum`` wheat, ``pisaai``
  grinding, ``uthaav`` pick-up, ``pahunchaai`` delivery, ``khep`` slot, ``tokri`` basket,
  ``shikayat`` complaint, ``masik`` monthly plan, ``mitra`` friend, ``satyapan`` verification;
- ``_csc.py`` "Sewakendra": a common service centre (forms, bills, transfers, Aadhaar updates):
  ``nagrik`` citizen, ``seva`` service, ``aavedan`` application, ``pita_ke_naam`` father's name,
  ``dastavej`` documents, ``jeevan_praman`` life certificate, ``pensionbhogi`` pensioner,
  ``upbhokta_sankhya`` consumer number, ``bakaya`` dues, ``dhan_preshan`` money transfer,
  ``prapt_karta`` recipient, ``chhapai`` printing.
New kinds, by a grep of the file names and module docstrings of ``scripts/eval_families*``
(this set's files excepted): "makhana", "fox nut", "madhubani", "mithila", "kohbar", "sikki",
"darbhanga", "maithil", "saurath", "sidhant", "spondyl", "harmonium", "sangeet", "folk song",
"chakki", "flour mill", "common service", "aeps", "bank correspondent" matched nothing; "bihar"
matched set 180 only (Varanasi and Saran: a Chhath ghat, a land mutation, a Ganga water network,
a paying-guest house, a kushti class, a trichology clinic, a gold scheme: none of these kinds);
"panji" matched only set 174's ``panjika`` almanac; "genealog", "lineage" and "family tree"
matched clan and family-tree apps elsewhere (Panjidhar is a caste genealogists' register used
for marriage eligibility); "painting" matched other painting apps (not a Mithila collective's
commissions); "physio" matched physiotherapy apps (Merudand is one degenerative spine condition
at a clinic); "music school" matched schools of other instruments; "cyber" matched one other
kind. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Lekhajokh", MMP "Srotpath", OpenRTB 2.5 ads "Haatbid", crash reporting
"Tootphoot") and ``_svc.py`` (flags "Jhandiya", push "Ghantabajan", consent "Sahmatiq", payments
"Takakosh" with a UPI collect/payout call, maps "Nakshaghar", support chat "Madatbaat"); their
code is set 151's SDK shapes with the vendors, hosts, zone, country, region and currency changed
(a case-insensitive grep of ``scripts/`` found none of the ten names; "tutfut" and "ghantipush",
first candidates, were taken). ``eval_families287_kit.py`` holds her places, people and the apps'
businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS OTPs),
``/hamar`` GETs with JWT bearers; makhana: the pond's corners and lease, the lease payment by UPI,
the harvest with her fix on the bank, grading (msgpack), market rates by district, a sale offer,
a photo of the seed, the diver's wages (his name, phone, account), the statement by grower number
in the path, the payout account with her PAN, payouts, an offline sync (JSON Lines, 5-decimal
strings), a message to the buyer quoting her husband's name and phone, the weather at 2
decimals, a search, a receipt by cookie, log-out; painting: the account, the commission with the
couple's names, the advance by UPI, the couple's photo, a workshop seat, her check-in (5
decimals), her first painting with a caption, the order's status by number in the path, delivery
to their house with her husband as recipient, a message to the painter, a rating, a search, a
gift card for her brother, a base64 JSON preferences cookie, the balance by card, a sikki basket
(msgpack); genealogy: registration with caste, gotra and mool, an OTP, the family tree by folio in
the path, her entry as a married-in wife (her father's name, natal home, the rite), her son's
entry, sidhant slots and an application for the cousin's wedding (both sides' gotra and mool),
its fee, her check-in at Saurath (4 decimals), a photo of an old folio leaf, a question naming
her husband's great-grandfather and his mool, a search by name and mool, a correction (msgpack),
a donation, sharing with her husband, the postal address, the certificate by session cookie;
spine: registration with her passport, the symptoms form (gzip), the MRI PDF, reports, a
traction booking, the payment, a check-in, a protobuf pain diary, an exercise video, a message to
her doctor, prescriptions, a video room, a collar and pillow (msgpack), sharing with her husband,
the bill by record number in the path, a travel-insurance claim, steps and sitting hours, a
search; music: the parent's account, the son's enrolment (his asthma), the timetable, the fee by
UPI, progress by pupil number in the path, a practice log, his recording, her fix at the class
door, the grade exam application with his Aadhaar, his admit-card photo, a note to the teacher
(a fever), leave, a pick-up authorisation for his grandmother, notices, a search, a harmonium
rental (msgpack), concert tickets, the address, events with a session cookie; mill: sign-up with
her number typed nationally, an OTP, the rate list, a grinding order with a remark on her
mother-in-law's diabetes, the pick-up with her fix at the door, UPI, the status by order number in
the path, a delivery slot, a basket (msgpack), a search, a rating, a complaint, a weekly plan, a
receipt by cookie, her mother-in-law's address, a referral naming a neighbour, an address check
(base64 JSON in a form field, 4 decimals), log-out; service centre: registration, the PAN
application (gzip; her OCI card, passport, father's name, address), the scans, the fee by UPI,
the mother-in-law's life certificate (PPO, Aadhaar), the electricity bill, dues by consumer number
in the path, a money transfer to the diver from her account, the son's Aadhaar update slot, her
check-in (6 decimals), a print job, the status, a message quoting her street line, a recharge of
the mother-in-law's phone, a receipts sync (JSON Lines), a base64 JSON preferences cookie. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field, one
with her caste), offline queues (JSON Lines), base64url beacons; MMP installs, sessions, events
(hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the commission and her
e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers (one tagged with the
mool); consent records and checks; card tokens, confirmations and UPI collect/payout requests;
geocoding, reverse geocoding (``lat,lon`` in the path) and routes; support messages and an
upload.

Negatives are implicit: request, thread, slot, appointment, harvest, order-line, application and
upload IDs, idempotency keys, nonces, UTR-style references, timestamps, versions, public SDK
keys, OpenRTB IDs and prices; the processor's ID, name, phone and point, seed kilos, grades,
rates and the grader; the collective's ID and point, the painter's ID, catalogue SKUs and
prices; the genealogists' seat's ID and point, the genealogist's ID, ancestors' death years; the
clinic's ID and point, the doctor's and room IDs; the music class's ID and point, the teacher's
ID, song and raag names, the instrument's ID; the mill's ID and point, grain kilos and rates,
delivery slots; the centre's ID and point, its fingerprint device's ID, the form number, the PAN
application's acknowledgement number, the electricity board, the phone operator and plan, IFSC
branch codes and bank names; the wedding date of the cousin and her own marriage date (no
taxonomy type fits).

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language, time
zone, rooted flags, network type, battery, free memory and User-Agents ``device.info``; event and
screen names ``behavior.usage``; SDK and install IDs, push tokens ``id.device``; passwords, OTPs,
bearer, refresh, session, client-secret and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, tola, village,
district, state, PIN code and country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, leases, orders, commissions, sales, bills and wages
``financial.purchase``; card data, last four digits, payment-method IDs, bank account numbers and
UPI addresses ``financial.payment``; another person's full name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact,
a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Pallavi in the note to the painter, Danny in the gift note)
  is not ``contact.name`` except where the text is about the child (Aarush in the note to his
  teacher); full names always are;
- makhana: the grower number ``id.user``; the pond's corners and her fixes on its bank
  ``location.precise`` (the family's leased water), the processor's point a negative; the sale
  (her revenue) ``financial.purchase`` as set 151's sales; the diver's name, phone and account,
  typed by her, ``contact.name``/``contact.phone``/``financial.payment``; the IFSC unlabelled (a
  branch code); her PAN ``personal.national_id``; her UPI address ``financial.payment``;
- painting: the patron number ``id.user``; the couple's names painted into the commission
  ``contact.name``; the couple's reference photo and her painting ``content.media``; the
  cousin's wedding date unlabelled;
- genealogy: caste (``jati``), ``gotra``, ``mool``, the wedding rite and the gotra change on
  marriage ``personal.sensitive`` (caste read as ethnic origin and religion); the cousin's and
  the groom's gotra and mool labelled so too (another family's traits, sent by her); the folio
  number ``id.user`` (body, JWT, URL path); ancestors' names ``contact.name``; her father's name
  ``contact.name``; her natal home "Minneapolis, USA" ``location.coarse``; the photo of a folio
  leaf ``content.media|personal.sensitive``; the search by name and mool
  ``behavior.search|contact.name`` and ``behavior.search|personal.sensitive``; her marriage date
  unlabelled;
- spine: the UHID (body, JWT, query, URL path, protobuf) ``health.medical`` (a medical record
  number, as set 151's chart); symptoms, medicines, allergies, scan region, the booked therapy,
  the diagnosis, the collar and pillow she buys (their names state her condition; the total is
  ``financial.purchase``) ``health.medical``; the travel-insurance policy number
  ``health.medical`` (as set 37's member ID); steps and sitting hours ``health.fitness``; the MRI
  and X-ray PDFs and the exercise video ``content.media|health.medical``; her passport
  ``personal.national_id``; the search for neck-pain exercises ``behavior.search|health.medical``;
- music: the son is a data subject: pupil number and exam roll number ``id.user`` (body, query,
  JWT ``chhatra``, URL path), his Aadhaar ``personal.national_id``, name, birth date, sex; his
  asthma note ``content.text|health.medical``, the leave reason ``health.medical``; his song
  recording ``content.media`` only (a child singing, not a voiceprint); his admit-card photo
  ``content.media``;
- mill: the customer account ``id.user``; the remark on her mother-in-law's diabetes
  ``content.text|health.medical`` (no name in it); the neighbour's name and phone in a referral
  ``contact.*``; the address check's point at 4 decimals ``location.precise``;
- service centre: her OCI card and passport ``personal.national_id`` and their scans
  ``content.media|personal.national_id``; her nationality ("USA") unlabelled (not ethnic origin;
  no type fits); the mother-in-law's PPO ``id.user`` (her pension account) and Aadhaar
  ``personal.national_id``; the electricity consumer number ``id.user`` (body and URL path); the
  print job's rental agreement ``content.media``; the PAN acknowledgement number a negative (an
  application reference, not an account);
- SDKs: Srotpath's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country (``IND``), region (``BR``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a caste trait sent to analytics and a
  mool push tag ``personal.sensitive``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` (whole); ``/work/shared/DESIGN.md`` only
through a grep for "report.json" (its ``report.json`` section, about fifty lines); set 151 whole
(``eval_families151.py`` and all its modules, except about thirty lines of ``_svan.py``, its
review to its SDK list, lost to a truncated display) and ``eval_payloads.py`` whole; of the
kits, the definition and signature lines (a grep for ``def``/constants) of ``eval_families6_kit``,
``17``, ``18``, ``19``, ``20``, ``21``, ``22``, ``24``, the bodies of ``App``, ``pos``,
``latlng``, ``ev``, ``opaque`` (20), ``at_path``, ``sdk_uid`` (21), ``lines``, ``sdk_uuid``
(22), ``rid``, ``sdk_id``, ``head``, ``claims`` (24), ``raw``, ``multipart`` (6), ``token``,
``add`` (10), ``enc``, ``jsonl`` (7), the head of ``report`` (8), the first 80 lines and
``__all__`` of ``eval_families17_kit`` and ``listed_once`` in ``eval_families21.py``; grep lines
for the constants ``MP4``, ``M4A``, ``JPEG``, ``PDF`` and the category-id lines of kits 105-130
that a grep for them also printed; module docstrings of all ``scripts/eval_families*`` through a
script grepping them for the candidate words above, with the opening of the docstrings of
``eval_families180.py``, ``eval_families174_shraddha.py`` and ``eval_families286.py`` read (a
Bihar set, the "panji" hit, a "kosi" hit) and a case-insensitive content grep of ``scripts/``
for the vendor and app names (file names printed only). No
classifier, rule, test, decoder or README was read or run, nothing under ``analysis/`` or
``addons/`` was opened, no git command was run; ``ruff check --select F`` ran on these files (it
found one unused import, removed).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families287_chakki
import eval_families287_csc
import eval_families287_harmonium
import eval_families287_kohbar
import eval_families287_makhana
import eval_families287_merudand
import eval_families287_panji
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
    return [*eval_families287_makhana.makhanpokhar(),
            *eval_families287_makhana.makhanpokhar_sdks(),
            *eval_families287_kohbar.kohbarkala(), *eval_families287_kohbar.kohbarkala_sdks(),
            *eval_families287_panji.panjidhar(), *eval_families287_panji.panjidhar_sdks(),
            *eval_families287_merudand.merudand(), *eval_families287_merudand.merudand_sdks(),
            *eval_families287_harmonium.surbaal(), *eval_families287_harmonium.surbaal_sdks(),
            *eval_families287_chakki.chakkighar(), *eval_families287_chakki.chakkighar_sdks(),
            *eval_families287_csc.sewakendra(), *eval_families287_csc.sewakendra_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
