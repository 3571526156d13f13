"""Hundred-and-seventy-fourth, BLIND labelled set for the classifier evaluation ("blind171"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run by the
author until it exited 0. It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (160 first-party calls and 75 SDK calls, 235
exchanges, 1,780 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She has lived three years in Bhubaneswar (Odisha, India) with her Odia
husband Subhransu Mohapatra, her US SIM roaming; their daughter Ipsita (8) learns Odissi dance;
her mother-in-law Sabitri Mohapatra lives in Cuttack; her late father-in-law Bijay Kumar
Mohapatra's yearly shraddha is kept at their Saheed Nagar flat. She teaches English at a private
college, holds an Aadhaar (a resident of over 182 days) and a PAN, and pays by UPI. Seven app
kinds (fictional names, hosts under example.* per RFC 2606, no real company named as sender),
each with its own API whose keys are Odia written in Latin letters the way a local developer
would (with English where real apps have it: ``email``, ``token``, ``otp``, ``upi_id``, ``pan``,
``aadhaar``, ``uhid``), and the SDKs it embeds:
- ``eval_families174_rupa.py`` "Tarakasi Rupa": commissioning Cuttack silver filigree (anklets
  for the daughter) from a karigar workshop;
- ``_nrutya.py`` "Nrutyashala": the daughter's Odissi dance school, parent side (the child's
  data: Baal Aadhaar, religion and caste category on the admission form, costume measurements);
- ``_shraddha.py`` "Shraddhaseva": a priest booked home for the shraddha, the ancestors' names,
  gotra, ritual materials and mahaprasad (her religion as a married-in member of the family);
- ``_pitta.py`` "Pittasathi": a day-care hospital's laparoscopic gallbladder surgery package
  with cashless insurance (her health);
- ``_bidyut.py`` "Bidyut Sathi": the electricity distributor's consumer app (bills, outages,
  a rooftop-solar net-metering application with the subsidy's Aadhaar, PAN and bank account);
- ``_kabadi.py`` "Kabadi Ghara": doorstep scrap pickup (weighing, a UPI payout, an old phone's
  IMEI at an e-waste hand-over);
- ``_sangha.py`` "Sikhyaka Sangha": a private-college teachers' association (a trade union: dues,
  arrears grievance, court case, sit-in, strike ballot).
A docstring grep of ``scripts/`` found no Odisha, Odia, Bhubaneswar, Cuttack, filigree, kabadi,
gallbladder/gallstone, shraddha/purohit or Odissi set. Four kinds are near earlier ones and are
made different (each module says how): set 170's silver shop has her as the seller (here the
buyer of a commission); set 87's Bharatanatyam app is for the adult learner (here a child's
school seen by the parent); set 149 books temple pujas (here a priest at home for an ancestor
rite); sets 13 and 171 have union apps (a civic union, a plant committee with a children's camp;
here a pay dispute); set 33 is a home-energy app and sets 106-108 and 133 prepaid tokens (here
the post-paid distributor's own app). The SDKs are ten new vendors, built once and called by
every app with its own events: ``_sdk.py`` (analytics "Gananika", MMP "Chihnatrack", OpenRTB 2.5
ads "Bigyapanix", crash reporting "Bhangalog") and ``_svc.py`` (flags "Dhwajaflip", push
"Ghantipush", consent "Anumodix", payments with UPI "Tankapay", maps "Manachitra", support chat
"Sahajyadesk"); their code is set 151's SDK shapes with the vendors, hosts, zone
(Asia/Kolkata), country (IN / IND, region OR), currency (INR) changed and the mobile-money call
made a UPI collect / payout (a grep of ``scripts/`` found none of the ten names; "Sammatika" was
taken by set 123 and not used). ``eval_families174_kit.py`` holds her places, people, IDs and
the businesses (its docstring lists them), and computes the Aadhaar Verhoeff check digits.

Key words (Odia, Latin letters): ``nama`` (first) name, ``upanama`` surname, ``mobile_sankhya`` /
``mobile`` / ``durabhasa`` phone, ``gupta_sabda`` password, ``sanketa`` code, ``janma_tarikha``
birth date, ``linga`` sex (``mahila`` woman, ``jhia`` girl / daughter), ``thikana`` address,
``sahi`` lane / locality, ``sahara`` city, ``jilla`` district, ``pin`` PIN code, ``swami``
husband, ``shashu`` / ``shashura`` mother- / father-in-law, ``jejemaa`` grandmother, ``sampark``
relation, ``grahaka`` customer (``grahaka_sankhya`` consumer number), ``byabaharakari`` user,
``yantra`` device, ``ghatana`` events, ``bhasa`` language, ``samaya_kshetra`` time zone,
``akshansa`` / ``dragimansa`` latitude / longitude, ``avasthiti`` position, ``sthana`` place,
``sandesha`` message, ``tippani`` remark, ``bibarana`` details, ``khoja`` search, ``mata``
review / vote, ``tara`` stars, ``rashi`` amount, ``mulya`` price, ``dara`` rate, ``mota``
total, ``sulka`` / ``chanda`` fee / dues, ``bhugtana`` payment, ``agrima`` advance, ``rasida``
receipt, ``farmaisa`` commission, ``karigar`` artisan, ``nakasa`` design, ``alankara`` ornament,
``paunji`` anklet, ``khodei`` engraving, ``ojana`` weight, ``badala`` exchange, ``bima``
insurance, ``pahancha`` delivery, ``sikhyarthi`` pupil, ``abhibhabaka`` guardian, ``shreni``
class, ``upasthiti`` / ``anupasthiti`` attendance / absence, ``karana`` reason, ``pariksha``
exam, ``poshaka`` costume, ``uchchata`` height, ``kati`` waist, ``chhati`` chest,
``anusthana`` recital, ``anumati`` permission, ``dharma`` religion, ``jati_shreni`` caste
category, ``gotra``, ``karma`` rite, ``tithi`` lunar day, ``pitru`` ancestors, ``swargata``
departed, ``jajamana`` the rite's patron, ``sankalpa`` vow, ``samagri`` materials, ``dakshina``
priest's fee, ``annadana`` food donation, ``panjika`` almanac, ``chinha`` landmark, ``rogi``
patient, ``lakshana`` symptoms, ``aushadha`` medicines, ``rakta_chapa`` blood pressure,
``madhumeha`` diabetes, ``garbhabati`` pregnant, ``roga_nirnaya`` diagnosis, ``astropachara``
surgery, ``bhartti`` admission, ``chhuti`` discharge, ``sahachara`` attendant, ``khata``
wound, ``sammati`` consent, ``dastakhata`` signature, ``padhiba`` meter reading,
``bidyut_bandha`` outage, ``abhijoga`` complaint / grievance, ``saura`` solar, ``chhata`` roof,
``kone`` corners, ``bhartuki`` subsidy, ``bhara`` load, ``namantara`` name transfer,
``bank_khata`` bank account, ``kabadi`` scrap, ``kagaja`` paper, ``loha`` iron, ``botala``
bottle, ``uthaiba`` pickup, ``hastantara`` hand-over, ``purana`` old, ``bandhu`` friend,
``radda`` cancel, ``sadasya`` member, ``sangha`` union, ``sakha`` branch, ``darama`` salary,
``bakeya`` arrears, ``mamala`` court case, ``okila`` lawyer, ``dharana`` sit-in,
``dharmaghata`` strike, ``bhota`` ballot, ``sabha`` meeting, ``manonita`` nominee,
``seba_pustaka`` service book, ``suchana`` notices, ``panjikarana`` registration,
``prabesha`` log-in, ``mo`` "my" (the ``/mo`` endpoint), ``bahari`` log-out.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/mo`` GETs with JWT bearers (claims: customer, pupil list, devotee and gotra, record number,
consumer number, member number and branch), profile edits, UPI and card payments, uploads (JPEG,
PNG signatures, PDFs, an MP4), searches, messages (one msgpack), protobuf bodies (a live-view beat,
a post-op diary, a smart-meter beat, a home pin, a rally position), msgpack bodies (the
old-silver exchange, materials, a load increase, a weighing, a chat), gzip bodies, values in URL
paths (commission, pupil, booking, hospital record, consumer and member numbers), query strings,
cookies (sessions, a base64 JSON preferences cookie), headers, JWT claims. SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), an offline
queue (JSON Lines), base64url pixels; MMP installs, events (hashed e-mail and phone) and a
referral deep link carrying her phone; OpenRTB bids (GPS at 3 decimals or IP geo) and notices;
crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers;
consent records and checks; card tokens, confirmations, UPI collects and a payout; geocoding,
reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and an
upload.

Negatives are implicit: request, slot, thread, pickup, object and ballot IDs, idempotency keys,
transaction references, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices;
the workshop's ID, name, phone and point, designs, the silver weights and purity; the dance
school's ID, point and gate, classes, a ticket code; the temple kitchen's ID and point, the
priest's ID and his starting point on the route, the lunar day, materials; the hospital's ID and
point, the doctor's ID, ward; the discom office, division, meter ID and readings, the smart
meter's kWh/amps/volts, roof area, capacity, the IFSC (a branch's public code), the vendor; the
depot's ID and point, scrap weights and rates, the collector's ID; the college's ID and point,
her post (no taxonomy type fits), the court case number, the lawyer's ID.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a hand-over code, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, district, locality, PIN and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, bills, bookings, commissions and orders
``financial.purchase`` (her sales of scrap and the old phone too, as set 151's excise revenue);
card data, UPI IDs, payment-method IDs and bank accounts ``financial.payment``; another person's
full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too; a first name alone in free text is not ``contact.name`` except where the text
is about the child; the child's full name always is.

Calls made in this set (a reader may disagree; stated so a score can be read):
- Aadhaar numbers (hers, the daughter's; spaced or not) and her PAN ``personal.national_id``;
  the daughter is a data subject (name, birth date, sex, Aadhaar, pupil number ``id.user``,
  costume measurements ``health.fitness``, her fever and sore knee ``health.medical``, the
  recital video and card photo ``content.media``);
- religion and caste category on the admission form, gotra, rite kinds, the vow, the offering's
  purpose and religious tags ``personal.sensitive``; the ancestors' names (the dead)
  ``contact.name``; the devotee account ``id.user``;
- filigree: the engraving (the child's first name and birth year)
  ``content.text|contact.name|personal.birthdate``; the customer number ``id.user``; the live
  view's watch seconds ``behavior.usage``;
- surgery: the hospital record number (UHID: body, JWT, query, protobuf, URL path) and the
  insurance policy number ``health.medical`` (as set 151's chart and set 37's member ID); her
  weight ``health.fitness``; the ultrasound and discharge PDFs and the wound photo
  ``content.media|health.medical``; the signature image ``content.media``; a search for food
  after the operation ``behavior.search|health.medical``;
- electricity: the consumer number ``id.user``; the roof's corners and her fixes at home
  ``location.precise``; the home Wi-Fi for the in-home display ``location.wifi``; the meter
  photo and the marriage-certificate PDF ``content.media`` only; meter readings negatives;
- scrap: the old phone's IMEI (Luhn-valid, her own former device) ``id.hardware``; the
  hand-over code ``secret.credential``; the referred neighbour's name and phone ``contact.*``;
- union: the membership number ``id.user|personal.sensitive`` (it reveals membership); the
  union's and branch's names, the sit-in, the strike vote ``personal.sensitive``; the dues
  amount ``financial.purchase|personal.sensitive``; her employee number
  ``id.user``; the salary arrears she claims are text only (no taxonomy type for income);
  the nominee's birth date ``personal.birthdate``;
- SDKs: Chihnatrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``OR``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; TAXONOMY.md; DESIGN.md's ``report.json`` paragraph on
paths (lines ~100-135); ``eval_payloads.py``; set 151's top module, kit, ``_sdk.py``, ``_svc.py``
and all seven app modules (copied in shape; ``_sdk.py``/``_svc.py`` were copied with ``sed``
renames and edited); the helper sources needed to call them (``App``, ``ev``, ``opaque`` in
``eval_families20_kit``; ``at_path``, ``sdk_uid`` in ``_21_kit``; ``lines``, ``sdk_uuid`` in
``_22_kit``; ``rid``, ``sdk_id``, ``head``, ``claims`` in ``_24_kit``; ``raw``, ``multipart``,
``pb`` in ``_6_kit``; ``token``/``add`` in ``_10_kit``; ``sjwt`` in ``_18_kit``; ``enc`` in
``_7_kit``; ``report`` in ``_8_kit``; constant and function-name listings of the 17-22 kits);
the first lines of the docstrings of sets 87 (dance), 105, 123, 165, 57 (Indian sets),
149 (puja), 154, 170 (silver), 73, 155 (domestic workers), 168, 171, 13 (unions) and 33
(solar), and docstring/file-name greps of ``scripts/`` for app kinds and names. No classifier,
rule, test, decoder or README was read or run; no git command was run. ``ruff check --select F``
ran on these files (it removed one unused import).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families174_bidyut
import eval_families174_kabadi
import eval_families174_nrutya
import eval_families174_pitta
import eval_families174_rupa
import eval_families174_sangha
import eval_families174_shraddha
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path is one the decoders produce (``main`` exits 0); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families174_rupa.tarakasi(), *eval_families174_rupa.tarakasi_sdks(),
            *eval_families174_nrutya.nrutyashala(), *eval_families174_nrutya.nrutyashala_sdks(),
            *eval_families174_shraddha.shraddhaseva(),
            *eval_families174_shraddha.shraddhaseva_sdks(),
            *eval_families174_pitta.pittasathi(), *eval_families174_pitta.pittasathi_sdks(),
            *eval_families174_bidyut.bidyutsathi(), *eval_families174_bidyut.bidyutsathi_sdks(),
            *eval_families174_kabadi.kabadighara(), *eval_families174_kabadi.kabadighara_sdks(),
            *eval_families174_sangha.sikhyakasangha(),
            *eval_families174_sangha.sikhyakasangha_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
