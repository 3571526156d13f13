"""Hundred-and-sixty-fifth, BLIND labelled set for the classifier evaluation ("blind162"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check, which runs
no classifier) was run by the author until it exited 0. It is to be scored once, by the lead, on
the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes
in roughly the proportions real captures have (159 first-party calls and 73 SDK calls, 232
exchanges, 1,779 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She has lived for two years in Panaji (Goa, India) with her Goan husband
Melwyn Rodrigues, her US SIM roaming and an Indian number beside it; their daughter Alisha (8)
is in the third standard; her mother-in-law Filomena lives in the family's old house in Margao.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Konkani in Romi (Latin) script, mixed with English
where local developers would (``email``, ``token``, ``id``, ``allergy``, ``fee``), and the SDKs
it embeds:

- ``eval_families165_dorxon.py`` "Dorxon": timed veneration passes for the Exposition of the
  saint's relics at Old Goa, wax ex-votos, Mass intentions (her religion, her mother-in-law's
  disability, the daughter's asthma);
- ``_gaunkari.py`` "Gaunkari": the village comunidade's shareholders (the family folio, the
  ``zonn`` dividend, a plot lease to build on, meetings; her and her husband's Aadhaar and PAN);
- ``_vokot.py`` "Vokot": a homeopathy clinic (her urticaria, sleep, mood, cycle: health);
- ``_rongmanch.py`` "Rongmanch": the daughter's children's tiatr workshop and show tickets (the
  child's data: name, birth date, sex, Aadhaar, asthma, measurements, voice audition);
- ``_sakalpao.py`` "Sakalchem Pao": the poder's morning bread round (her gate pinned, a gate
  code, a UPI autopay mandate);
- ``_nustem.py`` "Nustem": Margao fish-market pre-orders (delivered to her mother-in-law; her
  shellfish allergy);
- ``_khobro.py`` "Khobro": a Konkani Romi weekly (subscription, e-paper, a poll, a comment and a
  letter carrying political opinions, a remembrance notice with a Mass).

Key words (Konkani, Romi script): ``nanv`` (first) name, ``apelid`` surname, ``mobail`` mobile,
``gupit_utor`` password, ``kod`` code, ``zolm_tarik`` birth date, ``ling`` sex (``stri``
woman), ``voy`` age, ``patto`` address, ``xar`` town, ``ganv`` village, ``taluko`` taluka, ``pin``
PIN code, ``jaga`` place, ``ghor_jaga`` home pin, ``ghov`` husband, ``avoi`` mother, ``bapui``
father, ``bhoinn`` sister, ``dhuv`` daughter, ``aji`` grandmother, ``bhurgem`` child, ``palok``
guardian, ``naton`` relation, ``sangati`` companions, ``konnak`` to whom, ``shezari``
neighbour, ``adhar`` Aadhaar, ``pan`` PAN, ``vaparpi`` user, ``yontr`` device, ``bhas``
language, ``ghoddnneo`` events, ``sondes`` message, ``sod`` search, ``obhiprai`` feedback,
``tokrar`` complaint, ``karonn`` reason, ``rokom`` amount, ``mol`` price, ``bhornni`` payment,
``pavti`` receipt, ``vorgonni`` subscription, ``vostu`` items, ``sonkhea`` count, ``vell`` time
or slot, ``dis`` day, ``voros`` year, ``mhoino`` month; Dorxon: ``yatri`` pilgrim, ``igorz``
church, ``dhorm`` religion, ``rang`` queue, ``chakachi_khurxi`` wheelchair, ``bhett`` offering,
``menn`` wax, ``ang`` body part, ``promes`` vow, ``missa`` Mass, ``hetu`` intention, ``dan``
donation, ``fond`` fund, ``magnnem`` prayer, ``prayannkar`` passengers, ``mothali`` caption;
Gaunkari: ``zonnkar`` shareholder (``folio``), ``vante`` shares, ``zonn`` dividend,
``bank_khatem`` bank account, ``khatedar`` account holder, ``aforamento`` plot lease, ``xim``
boundary, ``vistar`` area, ``hetu`` purpose, ``xet`` site visit, ``nokxo`` plan, ``dostavez``
document, ``prokar`` kind, ``kor`` fee, ``zomat`` meeting, ``hazri`` attendance, ``mot`` vote,
``prostav`` motion, ``harkot`` objection, ``varsdar`` heir; Vokot: ``rugnn`` patient, ``vozon``
weight, ``unchai`` height, ``lokxonn`` symptoms, ``kat`` skin, ``khaj`` itch, ``nhid`` sleep,
``bhirant`` fear, ``mon`` mood, ``mhoineachem`` monthly cycle, ``khann`` food (cravings; in
Rongmanch snacks), ``tanh`` thirst, ``adi_vokot`` earlier medicines, ``kuttumb`` family history,
``vokot`` medicine, ``pavonni`` delivery, ``dotor`` doctor; Rongmanch: ``iskol`` school,
``vorg`` standard, ``bholaiki`` health, ``dhompachi_piddi`` asthma, ``sorov`` rehearsal,
``gair`` absence, ``kantar`` song, ``patr`` role, ``awaz`` voice, ``vesh`` costume, ``mapam``
measurements, ``komor`` waist, ``ghevpi`` pick-up person, ``tiket`` ticket, ``jago`` seats,
``sommot`` consent, ``sohi`` signature, ``suchona`` note; Sakalchem Pao: ``pao`` / ``poie`` /
``kankonn`` / ``undo`` breads, ``dar`` gate, ``dar_kod`` gate code, ``band`` pause (``thavn``
from, ``meren`` to), ``chodd_rokom`` mandate ceiling, ``pavlo`` received; Nustem: ``ghenar``
buyer, ``nustem`` fish, ``nitoll`` cleaned, ``katorop`` cut, ``bhav`` rates, ``bazar`` market,
``patte`` saved addresses, ``pavsali_bondi`` monsoon fishing ban; Khobro: ``vachpi`` reader,
``ank`` issue, ``e_pann`` e-paper page, ``lekh`` article, ``vachlele`` read, ``zomoilele``
saved, ``sorvekxonn`` poll, ``prosn`` question, ``zap`` answer, ``tippnni`` comment, ``potr``
letter, ``sompadok`` editor, ``khobor`` news tip, ``vixoy`` topics, ``jahirat`` notice,
``ugddas`` remembrance, ``mornn`` death date, ``mozkur`` text.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrikaju", MMP "Trackokum", OpenRTB 2.5 ads "Bidbebinca", crash
reporting "Crashsorpotel") and ``_svc.py`` (flags "Flagurrak", push "Pingmando", consent
"Consentsusegad", payments "Xacutipay", maps "Mapmandovi", support chat "Helpbalchao"): set
151's call shapes renamed (zone Asia/Kolkata, IN/IND, region GA, INR; Xacutipay's mobile-money
call became a UPI collect/payout). A grep of ``scripts/`` found none of the ten names nor the
seven app names. ``eval_families165_kit.py`` holds her places, people, IDs and the apps'
businesses (its docstring lists them; Aadhaar numbers pass a Verhoeff check it asserts).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/mhaka`` GETs with JWT bearers, profile data, payments (UPI IDs, cards, a mandate, a bank
account), uploads (an Aadhaar scan, PDFs, photos, an M4A audition), searches, messages, crash
envelopes, analytics batches (gzip), MMP installs with hashed e-mail and phone, OpenRTB bids (GPS
at 2 or 3 decimals or IP geo), consent records and checks, push subscribers, maps (routes,
geocoding, reverse geocoding with ``lat,lon`` in the path, telemetry), support chat; protobuf
beats (Dorxon's queue, Vokot's symptom diary, Nustem's pick-up), msgpack bodies (ex-votos, tiatr
snacks, a party bread order), JSON Lines (Gaunkari's sync, SDK queues), values in URL paths
(pilgrim number, folio, case number, workshop number, ticket, bill account, order, reader),
query strings, cookies (sessions, a base64 JSON consent cookie, a consent JWT), headers (a
base64 JSON flag context).

Negatives are implicit: request, pass, slot, visit, thread, order-line and lease-application
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
basilica's ID and point, the gate number, a shuttle's ID and its public pick-up stand; the
comunidade's ID, point and phone, the survey number, a motion ID and her vote on it, an
architect's ID, the IFSC; the clinic's ID and point, the courier's ID; the hall's ID and point, a
song title, seat numbers, a role, a costume, the child's school name (a call: an institution's
name); the bakery's ID, bread counts and prices, a referral code; the stall's ID, point and
phone, fish names, weights and cuts, market rates; article slugs outside read history, topics
(``vixoy``, not an opinion), issue and page numbers.

Conventions kept from set 151 (as it states them, from sets 20-37 and 132): model, make, OS,
locale, language, Accept-Language, time zone, rooted flags, network type, battery, free memory,
LAN addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK
and install IDs, push tokens ``id.device``; passwords, SMS codes, a gate code, bearer, refresh,
session and video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; town, village, taluka, PIN code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, bills, orders, tickets and
subscriptions ``financial.purchase``; card data, last four digits, payment-method IDs, UPI IDs
and bank accounts ``financial.payment``; another person's full name, phone and address typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Melwyn, Alisha, Jane) is not ``contact.name`` except where
  the text is about the child (her asthma, fever, fee); full names always are;
- Aadhaar and PAN (hers, her husband's, the daughter's; in bodies, a query, a message, a card
  scan ``content.media|personal.national_id``) ``personal.national_id``;
- Dorxon: parish, religion, Mass, fund, novena church and push tags ``personal.sensitive``
  (religion); the wheelchair need and its reason ``health.medical|personal.sensitive``
  (disability); wax ex-voto body parts ``health.medical|personal.sensitive``; the pilgrim number
  ``id.user``; a lost-child message quoting her age and phone ``content.text|personal.birthdate|
  contact.phone``;
- Gaunkari: the share folio ``id.user``; the plot's corners, her fix at the site and at the
  meeting ``location.precise``; the dividend and lease fee ``financial.purchase``; the objection
  to a hotel on khazan land ``content.text`` only (a shareholder's land-use objection, not
  labelled a political opinion); the husband's and daughter's Aadhaar ``personal.national_id``;
- Vokot: the case number (body, JWT ``case_no``, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); every case-taking answer, including mood, fears,
  sleep, cycle and cravings ``health.medical``; weight and height ``health.fitness``; skin photos
  and lab PDFs ``content.media|health.medical``;
- Rongmanch: Alisha is a data subject: workshop number ``id.user`` (body, URL path, JWT
  ``bhurgim``); her costume measurements ``health.fitness``; the voice audition ``content.media``
  only (a recording, not a voiceprint); the progress card PDF ``content.media``;
- Sakalchem Pao: her gate pin and the delivery acknowledgement ``location.precise``; the gate
  photo ``content.media``; the bread account ``id.user``;
- Nustem: the delivery to her mother-in-law (name, phone, street line) ``contact.*``; her
  allergy ``health.medical``; a position on her way to the stall ``location.precise``;
- Khobro: the poll answer (official status for Romi Konkani), the comment on how she will vote
  and the letter to the editor ``personal.sensitive`` (political opinions); read-history slugs
  and a saved article ``behavior.usage`` (content inside the app), a link opened in the in-app
  browser ``behavior.browsing``; the remembrance notice's departed father-in-law ``contact.name``
  and its Mass ``personal.sensitive``;
- SDKs: Trackokum's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``GA``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

What I looked at (stated honestly): the brief; TAXONOMY.md and DESIGN.md; ``eval_payloads.py``
(the whole file, including ``profile()``, ``case`` and ``resolve``); set 151's top module and all
its modules (the template, copied with renames); the constants and function signatures of
``eval_families6_kit``, ``17_kit``, ``18_kit``, ``19_kit``, ``20_kit``, ``21_kit``, ``22_kit``,
``24_kit`` and the bodies of the small helpers there (``App``, ``ev``, ``at_path``, ``lines``,
``head``, ``claims``, ``rid``, ``sdk_id``); the signatures of ``listed_once`` and ``report``. I
extracted every ``scripts/eval_families*.py`` module docstring (with Python's ``ast``) and
grepped them for the app kinds and names. No classifier, rule, decoder, test or README was read
or run; ``main`` of this set and ``ruff check --select F --fix`` (it removed unused imports)
were run, plus a throw-away runner in /tmp that called the same ``report`` on the modules
while they were being written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families165_dorxon
import eval_families165_gaunkari
import eval_families165_khobro
import eval_families165_nustem
import eval_families165_rongmanch
import eval_families165_sakalpao
import eval_families165_vokot
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was produced by the decoders at the author's last run of ``main``.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [
        *eval_families165_dorxon.dorxon(),
        *eval_families165_dorxon.dorxon_sdks(),
        *eval_families165_gaunkari.gaunkari(),
        *eval_families165_gaunkari.gaunkari_sdks(),
        *eval_families165_vokot.vokot(),
        *eval_families165_vokot.vokot_sdks(),
        *eval_families165_rongmanch.rongmanch(),
        *eval_families165_rongmanch.rongmanch_sdks(),
        *eval_families165_sakalpao.sakalpao(),
        *eval_families165_sakalpao.sakalpao_sdks(),
        *eval_families165_nustem.nustem(),
        *eval_families165_nustem.nustem_sdks(),
        *eval_families165_khobro.khobro(),
        *eval_families165_khobro.khobro_sdks(),
    ]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
