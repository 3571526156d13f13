"""Two-hundred-and-seventy-first, BLIND labelled set for the classifier evaluation ("blind268"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
registry, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run by the author five times at the end (every run exited 0 with no missing path and
printed 231 exchanges, 1,749 labels; between the first and second ``ruff check --select F --fix``
removed five unused imports, the third followed this docstring, the fourth and fifth line-length
edits). It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK
shapes in roughly the proportions real captures have (153 first-party calls and 78 SDK calls, 231
exchanges, 1,749 labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements
of the profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes.

Who she is: the profile's person, living in Barangay Bonuan Gueset, Dagupan City (Pangasinan, the
Philippines) with her Pangasinense husband Romeo ("Meo") Cayabyab; their daughter Lianne (8) is in
Grade 3; her mother-in-law Remedios ("Remy") Cayabyab lives in Calasiao; her brother Michael Doe
lives in Ohio. The Cayabyab family works solar salt beds at Pugaro, whose orders and books she
keeps; she owns a six-room boarding house for college students in Lingayen, the provincial
capital. Her US SIM roams on a Philippine network; her local prepaid number is her e-wallet's.
She holds an ACR I-Card, a TIN and a PhilHealth number. All people, numbers and businesses are
fictional.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Pangasinan in ASCII (no diacritics are needed),
mixed with the English words real APIs keep (``token``, ``id``, ``email``, ``code``, ``otp``,
``tin``, ``zip``) and Spanish/English loans where a local developer would use them (``kalye``,
``kantidad``, ``kontrasenya``, ``resibo``, ``litrato``, ``mensahe``):
- ``eval_families271_asin.py`` "Asindayat": the family's salt beds (a seller app; money: orders,
  payouts, her TIN). Keys: ``ngaran`` name, ``apelyido`` surname, ``selpon`` mobile,
  ``kontrasenya`` password, ``petsa_kianak`` birth date, ``asawa`` spouse, ``baley`` town,
  ``siak`` me, ``sumlek``/``ompaway`` log in/out, ``asinan`` salt bed, ``sukat`` boundary, ``ani``
  harvest, ``sako`` sacks, ``ngina`` price, ``saliw`` order, ``manaliw`` buyer, ``bayad``
  payment, ``lugar`` place, ``danum`` brine, ``buwis`` tax, ``panaon`` weather, ``gamit`` device,
  ``salita`` language, ``ibaga`` note;
- ``_eges.py`` "Egesmaong": a gastro clinic's heartburn/reflux (GERD) programme (her own health
  data). Keys: ``numero`` mobile, ``seks`` (``bii`` woman), ``adres``/``kalye``/``barangay``,
  ``pasyente`` patient number, ``philhealth``, ``sakit`` illness, ``sintomas``, ``agamil``
  medicine, ``inom`` dose taken, ``mangan`` meal, ``akan`` food, ``labi`` night, ``ogip`` sleep,
  ``timbang`` weight, ``kaatagey`` height, ``iskedyul`` appointment, ``anapen`` search;
- ``_tipon.py`` "Tiponan": a Jehovah's Witnesses congregation's own meetings-and-ministry helper
  (her religion; not the organisation's app). Keys: ``kongregasyon``, ``petsa_na_bawtismo``
  baptism date, ``pulong`` meeting, ``asainment``, ``kaiba`` partner, ``ulat`` report,
  ``oras_na_ministeryo`` hours, ``pangaral`` Bible studies, ``abong`` house, ``kontribusyon``
  donation, ``agi`` sibling, ``grupo`` group;
- ``_mutya.py`` "Mutyaan": the town fiesta's children's pageant (the child's data). Keys:
  ``atateng`` parent, ``relasyon``, ``anak`` child, ``edad`` age, ``kaatagey_cm``,
  ``timbang_kg``, ``dibdib_cm``/``baywang_cm`` chest/waist, ``eskuelaan`` school, ``lrn``,
  ``talento``, ``kostyum``, ``boto`` votes, ``alerhiya``, ``mangala`` who collects her;
- ``_pikol.py`` "Pikolan": pickleball open play and courts. Keys: ``pila`` queue, ``kaaro``
  friend, ``iskor`` score, ``puso`` heart (rate), ``akbang`` steps, ``sugat`` injury,
  ``latitud``/``longhitud``;
- ``_upa.py`` "Upaan": her boarding house (a landlady's app; money). Keys: ``upa`` rent,
  ``kuarto`` room, ``katre`` bed, ``deposito``, ``kuryente`` electricity, ``bulan`` month,
  ``kontrata``, ``pabalita`` notice, ``kumpuni`` repair, ``tubero`` plumber;
- ``_lako.py`` "Lakoan": a live-selling shop app where she claims bangus, dried fish and preloved
  clothes with "mine". Keys: ``komento`` comment, ``kabuuan`` total, ``padala`` shipping,
  ``iruma`` return, ``dahilan`` reason, ``regalo`` gift.
The kinds were checked as new by a file-name listing and a grep of every
``scripts/eval_families*`` module docstring (extracted with ``ast``, then searched): "salt bed",
"salt farm", "salt pan", "heartburn", "gerd", "jehovah", "kingdom hall", "field service",
"ministry report", "little miss", "beauty contest", "pickleball", "live selling", "live
shopping", "boarding house" and "bedspace" matched nothing; "pageant" appears once, only in set
263's list of rejected words; "salt" only a salt quiz, oral rehydration salts and set 169's
salt-cave clinic; "dagupan", "lingayen", "pangasinan" nothing. Neighbours made different: gastro
and endoscopy clinics exist (sets 193, 224: H. pylori, colonoscopy), Egesmaong is a reflux
programme with a meal and night log; many religious apps exist (parishes, a Catholic couples'
group in 266, an Aglipayan cemetery in 156), none a Witnesses congregation's ministry report and
cart witnessing; court apps exist (padel 221, badminton 91, tennis), none pickleball's open-play
queue; "landlord" and "tenant" match docstrings of sets 140, 144, 169, 177 and others (not read
further: rent appears there from the tenant's side as far as the matches show), here she is the
landlady collecting rent; set 192 has a family milkfish pond and 104 a sari-sari credit
ledger, none a salt seller. Rejected after the grep because they existed: rotating savings
(paluwagan is new as a word, the kind is not), fishponds, dialysis, a currency exchange, an
optician, a cataract clinic, a gout log, school vans, a Wi-Fi voucher hotspot (173), an
air-conditioning service (194), pest control (178), a children's birthday-party venue.
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrictupig", MMP "Trackpigar", OpenRTB 2.5 ads "Bidkalutan", crash
reporting "Crashsabangan") and ``_svc.py`` (flags "Flagbinmaley", push "Pingdayat", consent
"Consentkaleskes", payments "Paybinungey", maps "Mapagno", support chat "Helppatupat"); their
code is set 151's SDK shapes with the vendors, hosts, function prefixes, zone (Asia/Manila),
country (PH/PHL), region (PAN), city, locale and currency (PHP) changed (a case-insensitive grep
of ``scripts/`` found none of the ten names). ``eval_families271_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes, an e-wallet OTP), ``/siak``-style GETs with JWT bearers; salt: seller sign-up (TIN,
ACR I-Card, husband), the beds' corners, the harvest with her fix on the dikes, brine readings
(msgpack), the price list, a buyer's order typed with the buyer's name and phone, a deposit-slip
photo, a delivery, the payout account, payouts, the e-wallet link, a tax declaration (gzip), an
offline sync (JSON Lines), sales by seller number in the path, a message naming her husband and
his number, a heap photo, weather at 2 decimals; clinic: sign-up with PhilHealth and address, an
intake questionnaire (gzip), a protobuf symptom diary, a meal log, prescriptions, a dose, an
endoscopy booking, a deposit, a PhilHealth claim, a check-in (5 decimals), the EGD report (PDF),
a message to the doctor, a night log, weight and height, invoices by patient number in the path,
sharing with her husband, a video room token, a search; congregation: sign-up with baptism date,
the meeting schedule, attendance with her fix at the hall, an assignment with a partner's name,
the monthly ministry report, a cart slot and a cart check-in (6 decimals), return visits
(msgpack, a householder's name and street line), a donation, a Memorial invitation to her
brother, the record by publisher number in the path, a message to an elder mentioning her reflux,
a publication search, the group, the cleaning rota, a reading recording (M4A), a receipt by
cookie GET; pageant: the parent's sign-up, registration of the child (birth date, age, sex,
height, weight, learner number), the PSA birth certificate (PDF) by contestant number in the
path, a headshot, a talent video (MP4), the fee, a rehearsal check-in, costume measurements, paid
votes by e-wallet, a sponsor pledge with her mother-in-law as contact, a medical clearance
(gzip), a pick-up authorisation, a message about the child's fever, the schedule, scores by
contestant number in the path, a signed waiver (PNG), a search, the address, events with a
session cookie; pickleball: sign-up, courts near her house (3 decimals), the open-play board, the
queue with her husband, a check-in with the courts' Wi-Fi, a match, a self-rating, a watch sync
(gzip: heart rate series, steps, calories), a booking and payment, a monthly pass, an invited
friend, an ankle injury, a drills log (msgpack), a group chat, history by player number in the
path, a search, a base64 JSON preferences cookie; boarding house: the landlady's sign-up with the
property address, an e-mail code, the listing with the house's point (5 decimals), room photos, a
boarder and her guardian, the contract (PDF), rent due, cash rent, a receipt with her TIN, the
electricity sub-meter split (gzip), payout account and request, an e-wallet collection from a
boarder, a message and a notice, an inspection with her fix, a plumber's repair, the ledger by
landlady number in the path, the yearly rent summary (gzip), the house Wi-Fi and its password;
live selling: sign-up with both numbers, lives in her town, joining a live, a "mine" comment, the
claim, the cart, checkout with her address and a landmark, payment and a proof screenshot,
tracking by order number in the path, delivery confirmed with her fix at the gate, a review, a
follow, a return, a search, a wishlist (msgpack), a gift to her mother-in-law, a JSON Lines view
queue, vouchers by cookie (base64 JSON). SDKs: analytics batches (gzip; positions at 2 or 3
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons;
MMP installs, sessions, events (hashed e-mail and phone) and deep links (a URL in a JSON field
carrying a booking or order and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals, or IP geo;
year of birth and gender once) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations,
e-wallet payouts; geocoding (a clinic's name, a search, her typed address), reverse geocoding
(``lat,lon`` in the path), a walking route, telemetry; support messages and uploads.

Negatives are implicit: request, line, slot, appointment, thread, match, claim-line, live,
voucher-reference and boarder IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the co-op's salt shed (ID, point), bed and refractometer IDs, brine
readings (Baume), sacks, kilograms, the truck's plate (no taxonomy type fits; unlabelled); the
clinic's ID, point, room and doctor ID; the Kingdom Hall's ID and point, the plaza's point, the
cart ID, the elder's ID, a "not at home" house number; the pageant venue's ID and point, the
category, the talent, the shoe size and colour, the school's name; the courts' ID and point,
other players' IDs (her husband's included), ratings, scores, drills; the boarding house's
catalogue price per bed, room and bed numbers, sub-meter IDs and kWh, the electricity rate; the
live shop's ID, item IDs and catalogue prices, the rider's ID.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory and User-Agents ``device.info``;
event and screen names ``behavior.usage``; SDK and install IDs, push tokens ``id.device``;
passwords, SMS/e-mail codes and OTPs, bearer, refresh, session and video-room tokens, a Wi-Fi
password ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled
per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, barangay, province, zip and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, rent, deposits, orders, bookings, claims, receipts
and invoices ``financial.purchase``; card data, last four digits, payment-method IDs and bank
account numbers ``financial.payment``; another person's full name, phone and e-mail typed or sent
by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Kristine, Luisa, Mike, Manang Nita) is not ``contact.name``
  except where the text is about the child (her fever); full names always are;
- her local prepaid number (a Philippine mobile, not the profile's) is ``contact.phone``
  wherever sent, also as an e-wallet ``msisdn``; her ACR I-Card, TIN, PhilHealth number and the
  child's birth-registry number ``personal.national_id``;
- salt: the seller number ``id.user``; the beds' corners and her fix on the dikes
  ``location.precise`` (the family's land), the co-op shed's point a negative; her percentage
  tax and quarterly sales ``financial.purchase``; a buyer's name and phone typed by her
  ``contact.*``; the weather query at 2 decimals ``location.coarse``;
- clinic: the patient number (body, JWT, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); foods eaten in a reflux meal log, coffee per day,
  pregnancy "no", the EGD finding and the sedation ``health.medical``; weight, height and hours
  of sleep ``health.fitness``; the EGD PDF ``content.media|health.medical``;
- congregation: congregation (ID and name), baptism date, pioneer flag, meeting kind, parts,
  ministry hours, Bible studies, "shared in ministry", the fund, the service group and push tags
  ``personal.sensitive`` (religion); the hall attendance fix ``location.precise``; a
  householder's name and street line in a return-visit record ``contact.name`` /
  ``contact.address`` (people she visits, typed by her); the assigned partner's full name
  ``contact.name``; the reading recording ``content.media`` only;
- pageant: Lianne is a data subject: name, birth date, age, sex, height, weight and body
  measurements (``health.fitness``), allergies and the clearance ``health.medical``; her learner
  reference number (LRN) and contestant number ``id.user`` (as set 151's pupil number, not a
  national ID); her school's name unlabelled (an institution); the PSA certificate PDF, the
  headshot, the talent video and the signature ``content.media``;
- pickleball: heart-rate series, steps, calories and minutes ``health.fitness``; the sprain
  ``health.medical``; the courts' Wi-Fi she joins ``location.wifi`` (their point a negative);
- boarding house: the property's street line ``contact.address`` and its point
  ``location.precise`` (her property, as 151's vineyard); boarders', a guardian's and the
  plumber's names and phones ``contact.*``; the house router's SSID/BSSID ``location.wifi``;
  the electricity bill total and the rent-income summary ``financial.purchase``; the payout
  account's last four digits ``financial.payment``;
- live selling: the landmark typed for the rider ``content.text|contact.address``; the e-wallet
  transaction reference ``financial.purchase``; the claim ID ``financial.purchase``;
- SDKs: Trackpigar's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``PAN``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a forward geocode of her typed address
  ``contact.address``.

Looked at (stated honestly): TAXONOMY.md and DESIGN.md; set 151 whole (``eval_families151.py``,
its kit, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``, ``_sdk``, ``_svc``) and ``eval_payloads.py`` whole; in the helper kits only
definitions and signatures (a grep of ``def``/constant lines of ``eval_families6_kit``,
``_17_kit`` (its docstring, imports and ``__all__``), ``_18_kit``, ``_19_kit``, ``_20_kit``,
``_21_kit``, ``_22_kit``, ``_24_kit``, and the bodies of ``raw``, ``multipart``, ``pb``,
``head``, ``claims``, ``rid``, ``sdk_id``, ``App``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``,
``lines``, ``sdk_uuid``); the first 30 lines of ``eval_families21.py`` and its ``listed_once``;
``report`` in ``eval_families8_kit``; the lines defining ``JPEG``, ``MP4`` and ``M4A`` in the
kits. Beyond that only the file-name listing and the docstring greps above (module docstrings of
all ``eval_families*`` modules extracted to a scratch file under ``/tmp/s25/blind268/`` and
searched there, printing short snippets around the searched words; the opening docstrings of
sets 62, 104, 142, 156, 183, 192, 199, 242 and 266,
the Philippine sets, were read in part to avoid their kinds and vendors, and a few module
docstrings' first lines: 125_kromchey, 173_wifitlan, 186_debter, 204_pasport, 218_karen). No
classifier, rule, test or decoder was read or run; no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families271_asin
import eval_families271_eges
import eval_families271_lako
import eval_families271_mutya
import eval_families271_pikol
import eval_families271_tipon
import eval_families271_upa
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
    return [*eval_families271_asin.asindayat(), *eval_families271_asin.asindayat_sdks(),
            *eval_families271_eges.egesmaong(), *eval_families271_eges.egesmaong_sdks(),
            *eval_families271_tipon.tiponan(), *eval_families271_tipon.tiponan_sdks(),
            *eval_families271_mutya.mutyaan(), *eval_families271_mutya.mutyaan_sdks(),
            *eval_families271_pikol.pikolan(), *eval_families271_pikol.pikolan_sdks(),
            *eval_families271_upa.upaan(), *eval_families271_upa.upaan_sdks(),
            *eval_families271_lako.lakoan(), *eval_families271_lako.lakoan_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
