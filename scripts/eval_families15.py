"""Fifteenth, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Twelve
app kinds new to the evaluation (none in sets 1-14): ``eval_families15_family.py``: a
co-parenting app, a kids' GPS smartwatch companion; ``_safe.py``: a domestic-violence safety app
disguised as a calculator, with a quick exit, a hunting/fishing licence app; ``_clinic.py``: an
IVF/fertility-clinic patient app, an insulin-pump companion; ``_money.py``: a remittance app, a
tenant rent app; ``_sense.py``: a golf-swing sensor app, a smart-glasses companion;
``_civic.py``: a veterans' benefits app, a political door-to-door canvassing app;
``_more.py``: batches of the same kinds that repeat context per record, and negative-only
exchanges. ``eval_families15_kit.py`` re-exports the earlier kits' ids, transforms, device
blocks, wire helpers and ``check_ci``/``report``, and adds a few transforms and IMU/pose
generators. Values are synthetic, hosts under example.* (RFC 2606), no real company is named as
sender. Encodings: JSON (also top-level arrays, plain and br), JSON Lines (gzip, br, zstd,
none), form, query, cookies, mixed-case headers (``API-SECRET``, ``X-Ctx``), JWTs (bearer
header, cookie, an OIDC ID token in a JSON field), base64 JSON (header, JSON field), base64url
JSON (query parameter, header), hex JSON (form field, query parameter), gzip+base64 JSON (form
and JSON fields), base64 protobuf in a form field, a URL inside JSON, multipart (JSON, JPEG,
MP4, WAV, M4A, PDF parts), msgpack, schema-less protobuf (E7 varints, doubles, repeated
sub-messages, a packed int16 bytes field; zstd, deflate), XML (attributes on root and child),
URL path segments (an IMEI, a customer ID, a transfer tracking number, a claim number),
gzip/br/zstd/deflate bodies. Profile transforms: e-mail plain, upper case, percent-encoded (in
a query value); phone E.164, national, dashed, dotted, ten digits, inside a typed text;
GAID plain and without dashes upper case; Android ID; SSN with and without dashes and last
four; IBAN spaced; coordinates at 2-6 decimals, E7 integers, ``"lat,lon"`` strings at 5-6
decimals, 4-decimal strings in a query, 5-decimal XML attributes, protobuf doubles.

Conventions kept from sets 1-10 (see ``eval_families8.py``/``eval_families10.py``): model, OS,
locale, time zone, screen, battery, network type, rooted/emulator/debugger/VPN flags, the
User-Agent and the LAN address are ``device.info``; event/screen names, session counts and
lengths ``behavior.usage``; SDK install/device IDs and push tokens ``id.device``; public client
keys (write keys, ``pk.`` map tokens, site keys), app/SDK versions, trace/event/session/request
IDs, nonces, hashes, ETags, experiments and timestamps unlabelled; passwords, OTPs, PINs,
bearer/session tokens ``secret.credential`` with JWT claims at ``<where>.claims.<claim>``; a
scalar list or one behavioural/biometric series is labelled once, ordinary records per field;
MCC/MNC, carrier, cell ID/LAC ``location.carrier``; city/state/ZIP/country and < 3 decimals
``location.coarse``; a street line ``contact.address``; an order's ID, items, total
``financial.purchase``; titles watched ``behavior.usage`` even where they suggest a condition;
steps/HR/HRV/SpO2/sleep/weight ``health.fitness``, glucose/insulin/cycle ``health.medical``;
typed keys with timings ``behavior.keystroke`` plus what the characters reveal; a value in
the URL path is ``url`` ``path[i]`` (0-based); another person's name/phone typed by the user is
``contact.*``, address-book entries ``content.contacts``; a health search is ``behavior.search``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- co-parenting: the other parent, a mediator and a pediatrician ``contact.*`` per field; the
  children's names, birth dates, sex per field, allergies and medicines ``health.medical``,
  their school ``location.coarse``; the agreed hand-off site's name ``location.coarse`` (a named
  place, as set 10's stations), its site ID unlabelled; hand-off check-ins ``location.precise``;
  messages, journal entries and a late-hand-off note ``content.text`` (plus ``health.medical``
  for a child's infection); the tone meter's score and label unlabelled, its label in analytics
  ``behavior.usage``; an orthodontic expense's title ``financial.purchase|health.medical``, the
  receipt ``content.media``, a reimbursement's routing/account ``financial.payment``; a family
  court case number ``id.user`` (as set 14), the order PDF ``content.media``;
- kids' smartwatch: the watch's IMEI ``id.hardware`` (also in the URL path), its ICCID
  ``id.sim`` and number ``contact.phone`` (the child's device, the user's household); the
  child's profile per field (height/weight ``health.fitness``); watch positions, safe-zone
  centres (home, and the school the child attends) ``location.precise``; the watch's public IP
  ``location.ip`` (not the phone's); an SOS recording, voice messages and a remote photo
  ``content.media``; the call whitelist ``content.contacts`` per field; the listen-in call-back
  number ``contact.phone``; battery ``device.info``; heartbeat ``sig``/``fw`` unlabelled;
- safety app: the calculator unlock sequence with key timings ``behavior.keystroke|
  secret.credential``; an alias ``id.user``, a recovery e-mail ``contact.email``; safe people,
  the abuser (name, plate ``id.hardware`` as set 13) per field; the code word and notes
  ``content.text``; incidents ``content.text|health.medical`` with injuries ``health.medical``
  and a police report number ``id.user``; evidence photos/audio ``content.media``, their
  captions ``content.text`` (+ ``health.medical``); the quick exit is ``behavior.usage`` and the
  decoy news page it opens is a negative; a hotline message disclosing a pregnancy
  ``content.text|personal.sensitive``; a shelter search ``behavior.search``; a protective
  order's number ``id.user``, respondent ``contact.name``/``contact.address``;
- hunting licence: the driving-licence number and SSN last four ``personal.national_id``, its
  state ``location.coarse``; customer ID (also in the URL path), hunter-education certificate
  and licence numbers ``id.user`` (they key the person's records; not identity documents);
  height and weight ``health.fitness``, eye and hair colour and residency unlabelled (no
  TAXONOMY category); harvest, trail-camera and track positions ``location.precise``, a
  management unit and county ``location.coarse``; the animal's sex, species and points
  unlabelled; a landowner per field; the licence cart ``financial.purchase``, a card token
  ``financial.payment``; a course module ``behavior.usage``;
- IVF: the patient ID ``id.user``; the partner per field, "same-sex couple, reciprocal IVF"
  ``personal.sensitive`` (orientation); AMH, diagnosis, miscarriages, drugs, doses, a missed
  dose, reminders' labels, follicle counts, lining, BBT and LH ``health.medical``; a positive
  home pregnancy test ``personal.sensitive|health.medical``; a donor search ``behavior.search``;
  a consent's on-screen signature ``behavior.motion``, its disposition choice unlabelled; an
  invoice, amount and financing plan ``financial.purchase``; insurance member ID ``id.user``;
- insulin pump: diabetes type, diagnosis year, A1c, glucose, carbs entered for a bolus, IOB,
  ratios, basal segments (one list), alarms, reservoir, supplies' SKUs (``financial.purchase|
  health.medical``) and the prescription ``health.medical``; pump serial/MAC, CGM transmitter
  ID ``id.hardware``, the sensor's printed calibration code unlabelled; a clinic share code
  ``secret.credential``, the clinic's name ``health.medical``; a hashed Nightscout API secret
  ``secret.credential``; exercise and heart rate ``health.fitness``, a temp target medical;
- remittance: passport number, SSN and the passport MRZ (``personal.national_id|contact.name|
  personal.birthdate``); a 512-float liveness template ``biometric.face``, the head-turn
  challenge ``behavior.motion``; the recipient per field, her IBAN ``financial.payment``, her
  country and city ``location.coarse``; a quote unlabelled (not bought yet), the transfer's
  amount, fee and tracking number (also in the URL path) ``financial.purchase``; the fraud
  SDK's key events typing an IBAN ``behavior.keystroke|financial.payment``; hashed address-book
  numbers ``content.contacts`` (one list); a card's number, expiry and CVC ``financial.payment``;
  occupation and source of funds unlabelled;
- rent: SSN without dashes and last four ``personal.national_id``; previous addresses one
  ``contact.address`` label; employer, income and pets unlabelled; a landlord reference per
  field; the screening consent's signature ``behavior.motion`` and IP ``location.ip``, the SSN
  field's dwell and flight lists ``behavior.keystroke`` each; rent,
  late fee, application fee and a roommate's share ``financial.purchase``; a door code for
  maintenance ``secret.credential``; a maintenance text ``content.text|health.medical``; a
  listing search ``behavior.search`` with its ``"lat,lon"`` ``location.precise``;
- golf: IMU windows, a packed int16 sensor window (protobuf bytes) and pose keypoints
  ``behavior.motion`` (one label each); club speed, tempo, handicap and handedness unlabelled;
  shot and swing positions ``location.precise`` (the user's, on a public course; the course
  map's bounding box is a negative); the course name ``location.coarse``; playing partners
  ``contact.name``; a tee-time booking ``financial.purchase``;
- smart glasses: the lens prescription and pupillary distance (also the glasses' IPD
  calibration) ``health.medical``; a 256-float wake-word speaker vector, its pitch and MFCC
  means and a per-query d-vector ``biometric.voice`` each, the WAV samples ``content.media``;
  assistant audio ``content.media``, transcripts ``content.text``, the match score
  unlabelled; bystanders' face embeddings ``biometric.face`` (other people's faceprints are
  faceprints), their tags ``contact.name``; head and gaze series ``behavior.motion`` each;
  wear minutes ``behavior.usage``; translated captions of what others said ``content.text``
  (+ ``health.medical``); mirrored notifications per field;
- veterans: SSN, EDIPI (DoD ID) and VA file number ``personal.national_id``; branch, service
  dates and discharge unlabelled (veteran status unlabelled, as set 14); conditions, a stressor
  statement, facilities, drugs and Rx numbers ``health.medical``; the disability rating
  ``health.medical|personal.sensitive`` (disability); deployment countries ``location.coarse``
  (one list); the claim number ``id.user`` (also in the URL path); dependents per field; a
  crisis chat ``content.text|health.medical`` with position and call-back;
- canvassing: voters' file IDs ``id.user``, names, birth dates or ages, addresses, phones and
  e-mails per field; their party, support score and issues ``personal.sensitive`` (political
  opinions); the geocode of a voter's door ``location.precise`` (another person's home); a
  canvasser's note ``content.text|health.medical``; peer-to-peer texts naming the voter
  ``content.text|contact.name``; a voter search by name ``behavior.search|contact.name``; the
  canvass result codes and the campaign office's coordinates unlabelled.

Decoder facts noticed (``decode_exchange`` through ``check_ci`` is all the author ran): every
labelled path is produced, so there are no stated gaps. A URL inside a JSON string is a leaf
at its key and its query parameters continue at ``<key>.q``; a protobuf ``bytes`` field of
packed int16 samples is one leaf at its field number; repeated protobuf sub-messages are
``2[i].n`` (under zstd too) and E7 varints ``2.1``; hex JSON in a query parameter continues at
``h.<key>``, base64url JSON in ``X-Rent-Ctx`` at ``x-rent-ctx.<key>``; gzip+base64 JSON in a
JSON field (``s.``) and a form field (``z.``), base64 JSON in a JSON field (``payload.``) and
base64 protobuf in a form field (``p.1.1``) are unwrapped; a JWT in a cookie also yields
``<cookie>.header.alg``/``typ``/``kid`` leaves beside ``.claims.``; XML keeps the root tag's
case with attributes as ``@name`` on the root and on children; a top-level JSON array is
``[i].key`` (plain and under br); JSON Lines are ``[i].key`` under gzip, br, zstd and none;
three WAV parts of one multipart body are fields at their part names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families15_civic
import eval_families15_clinic
import eval_families15_family
import eval_families15_money
import eval_families15_more
import eval_families15_safe
import eval_families15_sense
from eval_families15_kit import report
from eval_payloads import Case

# Every labelled path is produced by the decoders; no gap to state.
DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families15_family.coparent(), *eval_families15_family.kidwatch(),
            *eval_families15_safe.dvsafe(), *eval_families15_safe.hunt(),
            *eval_families15_clinic.ivf(), *eval_families15_clinic.pump(),
            *eval_families15_money.remit(), *eval_families15_money.rent(),
            *eval_families15_sense.golf(), *eval_families15_sense.glasses(),
            *eval_families15_civic.vets(), *eval_families15_civic.canvass(),
            *eval_families15_more.more(), *eval_families15_more.negatives()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
