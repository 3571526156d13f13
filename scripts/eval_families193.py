"""Hundred-and-ninety-third, BLIND labelled set for the classifier evaluation ("blind190"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; the project's decoder path check (``report``
from ``eval_families8_kit``, which runs no classifier) was run by the author on each app's cases
while writing, and ``main`` on the whole set at the end (every run exited 0, no missing path, no
gap stated). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (159 first-party calls and 76 SDK calls, 235
exchanges, 1,755 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Kisumu (Kenya, on Lake Victoria, where Dholuo is spoken) with
her Luo husband Otieno Ochieng and their daughter Achieng (10, Grade 5); her US SIM roams on a
Kenyan network (639-02) and a Kenyan line (+254 700 555 199) carries her M-Pesa-style wallet. Her
mother-in-law Rosa Adhiambo Ochieng lives on the family homestead (dala) in Kanyada, Homa Bay;
her brother-in-law Odhiambo runs the family's fishing boat from a Homa Bay landing beach;
Caroline Akinyi Atieno is their live-in house help. Money is in shillings (KES). Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API whose keys are Dholuo as a Kisumu developer types them (ASCII, ``ng'`` written
``ng``), mixed with English where local apps keep it (``email``, ``token``, ``id``,
``kra_pin``, ``nssf``, ``paybill``, ``till``, ``lat``/``lng``, OAuth fields), and the SDKs it
embeds:

- ``eval_families193_ngich.py`` "Ngichrech": a solar cold room's crate rental at a Homa Bay
  landing beach (the family boat's catch, crew payouts, a fish trader's purchase);
- ``_bura.py`` "Bura Ward": a Kisumu ward's participatory budgeting (projects, votes, forums, a
  petition stating a political opinion, an access request for her mother-in-law's wheelchair);
- ``_thum.py`` "Thumwa": the schools' music festival (Achieng's nyatiti entry: the child's data,
  her asthma, measurements, audition recording);
- ``_ich.py`` "Ich Maber": a gastro clinic (her gastroscopy and H. pylori treatment);
- ``_jatich.py`` "Jatich": employing and paying their house help (her ID number, KRA PIN, NSSF
  number, next of kin, maternity leave);
- ``_lamo.py`` "Lamo Mamine": an Anglican women's fellowship (her religion, a prayer request, a
  welfare fund, a retreat);
- ``_ohangla.py`` "Ohangla Live": an ohangla band, tents and a live stream for her
  mother-in-law's 70th birthday at the homestead.

Dholuo key words used across the apps (each module lists its own): ``nying`` first name,
``nying_dhoot`` surname (lit. "name of the house/clan"), ``nying_duto`` full name,
``namba_simu`` phone number, ``siri`` password (lit. "secret"), ``kod`` code, ``tarik_nywol``
birth date, ``namba_kipande`` ID card number, ``namba_katip_nywol`` birth-certificate number,
``dhako_kata_dichuo`` sex (``dhako`` woman, ``nyako`` girl), ``kar_dak`` residence, ``boma``
town, ``gweng`` village, ``dala`` homestead, ``chwor`` husband, ``maro`` mother-in-law,
``nyathi`` child, ``japuonjre`` learner, ``janyuol`` parent, ``wat_machiegni`` next of kin,
``jatiyo`` user, ``jariwruok`` member, ``jadak`` resident, ``jatuo`` patient, ``jatich``
worker, ``wuon_tich`` employer, ``pesa`` amount, ``chulo`` pay, ``nengo`` price, ``namba_pesa``
wallet number, ``misara`` salary, ``risit`` receipt, ``salio`` balance, ``kama_ni`` position,
``ote`` message, ``manyo`` search, ``pimo`` rating, ``ywak`` complaint, ``paro`` opinion,
``kura`` vote, ``chokruok`` meeting, ``lamo`` prayer, ``chiwo`` offering, ``kony`` help /
welfare, ``muma`` Bible, ``tuo`` illness, ``ranyisi`` symptoms, ``rem`` pain, ``yath``
medicine, ``pek`` weight, ``bor`` height, ``thum`` music, ``wer`` song, ``dwol`` voice,
``sigana`` verse, ``nyasi`` feast, ``welo`` guests, ``mich`` dedication, ``yie`` boat,
``jolupo`` crew, ``rech`` fish, ``sanduku`` crate, ``od_ngich`` cold room, ``picha`` photo,
``gir`` device, ``timbe`` events, ``donjo`` / ``wuok`` log-in / log-out, ``an`` me.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password and refresh-token
grants, SMS codes), ``/an`` GETs with JWT bearers; protobuf bodies (a weigh ticket, a symptom
diary, a live-stream beat), msgpack bodies (an offline catch log, a refill, clock-ins, a Bible
note, a set list), JSON Lines (drafts, timesheets), gzip JSON (questionnaires, deductions,
events), base64 JSON in a form field (crew payouts), multipart uploads (photos, an audition
recording, a signature, a PDF lab report), values in URL paths (account, resident, assessment,
file, employer, member and booking numbers), query strings, cookies, headers and JWT claims.
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and
phone) and a deep link; OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash
envelopes and sessions; flag evaluations; push subscribers; consent records and checks; card
tokens, confirmations and wallet payouts; geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, slot, thread, entry-line, ticket-line, worker-record, draft and
booking-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs
and prices; the cold room's ID, name, phone, till and point, crate prices per unit, fish kinds and
weights, the cold room's temperature; the boat's name and plate (no taxonomy type fits); the ward
office's ID and point, project IDs and the ranked choices of a budget vote; the school's and the
hall's IDs and points, the song's title; the clinic's ID and point, the insurer's name, the
endoscopy room; the worker's hours and contract dates; the church's ID, paybill and point; the
band's ID, till and song titles; business paybill and till numbers.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session, stream and video-room
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, ward, village, county, post code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, deposits, salaries paid, invoices,
bookings and tickets ``financial.purchase``; card data, last four digits, payment-method IDs and
bank accounts ``financial.payment``; another person's full name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact,
a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Odhiambo, Achieng, Akinyi, Otieno) is not ``contact.name``
  except where the text is about the child (her health form note, a message to her teacher) or
  names a person with a surname; the child's full name always is;
- her Kenyan wallet number (not the profile's US number) is ``contact.phone`` wherever sent,
  in any format; her foreigner certificate number, KRA PIN and passport, the house help's ID
  number, KRA PIN and NSSF number, and the child's birth-certificate number are
  ``personal.national_id`` (Kenyan IDs and PINs have no public check digit);
- cold room: the family's account number ``id.user``; crew and trader names and wallet numbers
  ``contact.*``; crew payouts and a trader's purchase ``financial.purchase``;
- ward: the resident number ``id.user``; a petition text opposing the governor and backing the
  opposition ``content.text|personal.sensitive`` (political opinion); the wheelchair access
  request ``content.text|personal.sensitive`` (disability); a budget vote's project choices and
  a view on the market plan are not political opinions (``content.text`` only for the view);
- festival: Achieng's assessment number ``id.user`` (body, query, JWT ``nyithindo``, URL path);
  her height, chest and size ``health.fitness``; her audition recording ``content.media`` (a
  recording, not a voiceprint); her asthma, inhaler, allergy and diet ``health.medical``;
- clinic: the file number and the insurance member number ``health.medical`` (as set 151's
  chart number and set 37's member ID); weight and height ``health.fitness``; the ICD-10 and
  procedure codes, sedation, symptoms and medicines ``health.medical``;
- house help: maternity leave and its note ``personal.sensitive`` (pregnancy), the note also
  ``health.medical``; her cover number ``health.medical``; her photo ``content.media``; salary
  and statutory deductions paid ``financial.purchase``;
- fellowship: church, denomination, baptism and confirmation dates, fund, meeting kind, Bible
  plan and passage, Sunday-school class and push tags ``personal.sensitive`` (religion); the
  member number ``id.user``; a prayer request naming her mother-in-law's diabetes
  ``content.text|personal.sensitive|health.medical|contact.name``;
- feast: her mother-in-law's age ``personal.birthdate``; the homestead's point and the
  directions ``location.precise`` / ``content.text|contact.address`` (the family's home); the
  band's base a negative;
- SDKs: Luwotrack's ``country`` ``location.coarse``, ``roaming`` ``device.info`` and
  ``visited_plmn`` ``location.carrier``; OpenRTB geo country, region (``17``) and city
  ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or more
  ``location.precise``.

What I looked at (stated honestly): /work/shared/TAXONOMY.md and DESIGN.md; ``eval_payloads.py``;
``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc`` and the seven apps),
whose SDK modules were copied with renames (sed) into this set's ``_sdk.py``/``_svc.py`` (one
field, ``visited_plmn``, added; OpenRTB country ``KEN``); the definitions and signatures of the
helpers they import (``eval_families17_kit`` head and exports, ``eval_families20_kit`` App, ev,
opaque, ``eval_families24_kit`` head, claims, rid, sdk_id, ``eval_families6_kit`` raw, multipart,
pb, jwt, ``eval_families21_kit`` at_path, sdk_uid, ``eval_families22_kit`` lines,
``eval_families8_kit`` report, ``eval_families21.listed_once`` signature, constants E164,
NATIONAL, EMAIL_MIXED, CARD2); the docstrings (only) of all ``scripts/eval_families*.py``,
extracted with Python's ``ast`` to a temporary file and grepped for the app kinds and names
(the docstrings of sets 53 nanny, 73 safari, 145 murmushi, 155 umhlohli and amaza, 157 so, 158,
162 neibau, 165, 174 sangha, 177 kiraedar, 181 kaubwai, 183 kagaw, 192 and 195 were read in
part). No classifier, rule, test, decoder or README was read or run; ``ruff check --select F``
ran on these files (its first run found one unused import, removed).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families193_bura
import eval_families193_ich
import eval_families193_jatich
import eval_families193_lamo
import eval_families193_ngich
import eval_families193_ohangla
import eval_families193_thum
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders with ``main`` while writing; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families193_ngich.ngichrech(), *eval_families193_ngich.ngichrech_sdks(),
            *eval_families193_bura.bura(), *eval_families193_bura.bura_sdks(),
            *eval_families193_thum.thumwa(), *eval_families193_thum.thumwa_sdks(),
            *eval_families193_ich.ichmaber(), *eval_families193_ich.ichmaber_sdks(),
            *eval_families193_jatich.jatich(), *eval_families193_jatich.jatich_sdks(),
            *eval_families193_lamo.lamomamine(), *eval_families193_lamo.lamomamine_sdks(),
            *eval_families193_ohangla.ohangla(), *eval_families193_ohangla.ohangla_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
