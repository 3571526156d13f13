"""phonehome's mitmproxy addon: record every flow of a test phone into the study database.

mitmproxy glue only (DESIGN.md): flows become records in ``analysis.sources.mitm`` (an HTTP
flow only becomes a tuple of plain values here, ``mitm_wire.http_wire``: the hooks run on
mitmproxy's event loop and must cost next to nothing), the batched writer process is
``analysis.live``, live marks come from ``analysis.live_classify`` in that process. Options follow
mitmproxy's addon conventions (``mitmproxy/addons/save.py``): declared in ``load`` with a
``phonehome_`` prefix, validated in ``configure``, a bad value raises ``OptionsError`` naming it.
Like ``save.py``, losing the record of truth stops the proxy rather than letting traffic through
unrecorded.

From a checkout: ``mitmdump -s addons/phonehome.py --set phonehome_db=study.db``.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import weakref
from pathlib import Path
from typing import Any

if __name__ != "addons.phonehome":  # loaded by ``mitmdump -s``: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mitmproxy import ctx, dns, exceptions, hooks, http, tcp, tls, udp
from mitmproxy.flow import Flow

from analysis.errors import PhonehomeError
from analysis.live import LiveWriter, WriterStats
from analysis.records import Capture, Consent, Exchange, ReadError
from analysis.sources import mitm, mitm_events, mitm_wire
from analysis.sources.base import DEFAULT_MAX_BODY
from analysis.store import Store

log = logging.getLogger(__name__)

CONSENTS = [c.value for c in Consent]
_DONE = "phonehome_recorded"  # flow.metadata key: this HTTP flow's exchange is recorded
# The error of a request still waiting for (the rest of) its response when the proxy stops.
STOPPED = "proxy stopped before the response"
STOPPED_MID = "proxy stopped before the response was complete"


class PhoneHome:
    def __init__(self) -> None:
        self.writer: LiveWriter | None = None
        self.live = False
        # phonehome_max_body, kept here: an option lookup costs ~3 µs on the event loop.
        self.max_body = DEFAULT_MAX_BODY
        # Live mode: flows waiting for their marks, by flow id (weak: mitmdump forgets a flow
        # after its last hook, mitmweb keeps it in its view, and only the latter is marked).
        self._to_mark: weakref.WeakValueDictionary[str, Flow] = weakref.WeakValueDictionary()
        self.last_stats: WriterStats | None = None
        # Flows started but not finished, by flow id, so that ``done`` can record what is still
        # waiting when the proxy stops (SIGTERM while a response is on its way). Weak values: a
        # flow mitmproxy drops without a final hook is never kept alive by this table.
        self._open: weakref.WeakValueDictionary[str, Flow] = weakref.WeakValueDictionary()

    def load(self, loader: Any) -> None:
        loader.add_option("phonehome_db", str | None, None,
                          "Study database (SQLite) to record every flow into.")
        loader.add_option("phonehome_app", str | None, None,
                          "App under test (package name or bundle id) for this session.")
        loader.add_option("phonehome_label", str | None, None,
                          "Session label, e.g. consent, noconsent, v2.3.")
        loader.add_option("phonehome_consent", str, "unknown",
                          "Was consent given in the app during this session?", choices=CONSENTS)
        loader.add_option("phonehome_max_body", int, DEFAULT_MAX_BODY,
                          "Keep at most this many bytes of each body; a cut is recorded.")
        loader.add_option("phonehome_live", bool, False,
                          "Classify live and mark/comment flows with the categories found.")
        loader.add_option("phonehome_device", str | None, None,
                          "device.toml with the phone's known values, for live mode.")

    # -- configuration ----------------------------------------------------------------------------

    def configure(self, updated: set[str]) -> None:
        opts = ctx.options
        if "phonehome_consent" in updated and opts.phonehome_consent not in CONSENTS:
            raise exceptions.OptionsError(
                f"phonehome_consent must be yes, no or unknown, not {opts.phonehome_consent!r}")
        if "phonehome_max_body" in updated and opts.phonehome_max_body < 0:
            raise exceptions.OptionsError(
                f"phonehome_max_body must be 0 or more bytes, not {opts.phonehome_max_body}")
        self.max_body = opts.phonehome_max_body
        session = {"phonehome_db", "phonehome_app", "phonehome_label", "phonehome_consent",
                   "phonehome_live", "phonehome_device"}
        if not updated & session:
            return
        profile = None
        if opts.phonehome_device:
            from analysis.profile import load_profile

            try:
                profile = load_profile(Path(opts.phonehome_device).expanduser())
            except (PhonehomeError, OSError) as exc:
                raise exceptions.OptionsError(
                    f"phonehome_device {opts.phonehome_device!r}: {exc}") from exc
        # New session metadata means a new session: close the current capture, open another.
        self._close()
        if not opts.phonehome_db:
            return
        path = Path(opts.phonehome_db).expanduser()
        try:
            store = Store.open(path)
        except PhonehomeError as exc:
            raise exceptions.OptionsError(f"phonehome_db {opts.phonehome_db!r}: {exc}") from exc
        self.live = bool(opts.phonehome_live)
        capture = Capture(kind="proxy", source=_listen_text(), app=opts.phonehome_app,
                          label=opts.phonehome_label, consent=Consent(opts.phonehome_consent))
        params = {k: getattr(opts, k) for k in sorted(session)}
        try:
            self.writer = LiveWriter(store, capture, params, on_failure=self._write_failed,
                                     on_mark=self._mark, live=self.live, profile=profile)
        except OSError as exc:
            store.close()
            raise exceptions.OptionsError(
                f"phonehome_db {opts.phonehome_db!r}: cannot start the writer: {exc}") from exc
        log.info(f"phonehome: recording into {path} (capture {self.writer.capture_id})")

    # -- failure handling ---------------------------------------------------------------------

    def _write_failed(self, exc: BaseException) -> None:
        """From the writer's receiver thread: the database cannot be written (or the writer
        process died). Stop the proxy, loudly."""
        msg = (f"phonehome: cannot write the study database ({exc}); stopping the proxy so "
               "that no traffic passes unrecorded")
        sys.stderr.write(msg + "\n")
        log.error(msg)
        ctx.master.shutdown()  # thread-safe

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if self.writer is not None and self.writer.failed:
            flow.kill()  # until the shutdown lands: no unrecorded traffic
        else:
            self._open[flow.id] = flow

    # -- live marks (writer process -> receiver thread -> event loop) ------------------------

    def _mark(self, flow_id: str, categories: list[str]) -> None:
        ctx.master.event_loop.call_soon_threadsafe(self._apply_mark, flow_id, categories)

    def _apply_mark(self, flow_id: str, categories: list[str]) -> None:
        flow = self._to_mark.pop(flow_id, None)
        if flow is None:
            return  # mitmproxy has let go of the flow: nothing shows the mark
        flow.marked = ":warning:"
        note = "phonehome: " + ", ".join(categories)
        flow.comment = f"{flow.comment}\n{note}" if flow.comment else note
        ctx.master.addons.trigger(hooks.UpdateHook([flow]))

    # -- recording --------------------------------------------------------------------------------

    def _tag(self, flow: Flow | None) -> str | None:
        """The flow's id when live marks need it; only its id crosses to the writer."""
        if flow is None or not self.live:
            return None
        self._to_mark[flow.id] = flow
        return flow.id

    def _put(self, item: Any, flow: Flow | None = None) -> None:
        if self.writer is not None:
            self.writer.put(item, self._tag(flow))

    def _record_http(self, flow: http.HTTPFlow, stopped: bool = False) -> None:
        self._open.pop(flow.id, None)
        if self.writer is None or flow.metadata.get(_DONE):
            return
        flow.metadata[_DONE] = True
        error = None
        if stopped and not flow.error:
            error = STOPPED if flow.response is None else STOPPED_MID
        self.writer.put_http(mitm_wire.http_wire(flow, error), self.max_body,
                             self._tag(flow))

    def response(self, flow: http.HTTPFlow) -> None:
        self._record_http(flow)

    def error(self, flow: http.HTTPFlow) -> None:
        self._record_http(flow)  # a request without response is recorded with its error

    def http_connect_error(self, flow: http.HTTPFlow) -> None:
        """The phone asked to connect to a server the proxy could not reach: an errors row
        naming the destination (no exchange: nothing was sent there)."""
        self._open.pop(flow.id, None)
        flow.metadata[_DONE] = True  # (not an exchange, should an error hook follow)
        self._put(mitm_events.connect_failed_error(flow, _listen_text()))

    def websocket_message(self, flow: http.HTTPFlow) -> None:
        if self.writer is not None and flow.websocket and flow.websocket.messages:
            msg = flow.websocket.messages[-1]
            self._put(mitm.message_exchange(flow, msg, self.max_body), flow)

    def websocket_end(self, flow: http.HTTPFlow) -> None:
        if self.writer is not None and flow.error:
            self._put(ReadError(_listen_text(), "websocket-error",
                                f"WebSocket {flow.request.pretty_url}: {flow.error.msg}"))

    def _track(self, flow: Flow) -> None:
        self._open[flow.id] = flow

    tcp_start = udp_start = dns_request = _track

    def _stream_message(self, flow: tcp.TCPFlow | udp.UDPFlow) -> None:
        if self.writer is not None and flow.messages:
            ex = mitm.message_exchange(flow, flow.messages[-1], self.max_body)
            self._put(ex, flow)

    def _stream_end(self, flow: tcp.TCPFlow | udp.UDPFlow, stopped: bool = False) -> None:
        self._open.pop(flow.id, None)
        if self.writer is None:
            return
        conn = mitm.stream_connection(flow)
        if conn is not None:
            self._put(conn)
        if flow.error:
            self._put(ReadError(_listen_text(), f"{flow.type}-error",
                                f"{flow.type} flow to {mitm._target(flow)[1]}: {flow.error.msg}"))
        if stopped:
            # The connections row has no "still open" field: an errors row of the capture says
            # this flow was cut short, naming it by the same addresses as its connections row.
            self._put(mitm_events.stopped_error(flow, conn, _listen_text()))

    tcp_message = udp_message = _stream_message
    tcp_end = tcp_error = udp_end = udp_error = _stream_end

    def _dns(self, flow: dns.DNSFlow, stopped: bool = False) -> None:
        self._open.pop(flow.id, None)
        if self.writer is not None:
            for item in mitm.dns_items(flow, self.max_body):
                if stopped and isinstance(item, Exchange) and item.error is None:
                    item = dataclasses.replace(item, error=STOPPED)
                self._put(item, flow)

    def dns_response(self, flow: dns.DNSFlow) -> None:
        self._dns(flow)

    dns_error = dns_response

    def tls_failed_client(self, data: tls.TlsData) -> None:
        """The phone refused our certificate: pinning, or the CA is not trusted. Recorded as a
        connection plus an error — what it sent there is unknown, never "nothing"."""
        if self.writer is not None:
            for item in mitm_events.tls_failed_items(data, _listen_text()):
                self._put(item)

    # -- shutdown ---------------------------------------------------------------------------------

    def _close(self) -> None:
        if self.writer is not None:
            stats = self.writer.close()
            self.writer.store.close()
            self.last_stats = stats
            log.info(f"phonehome: recorded {stats.exchanges} exchanges, {stats.connections} "
                     f"connections, {stats.errors} errors in {stats.batches} batches")
            if stats.failure:
                log.error(f"phonehome: recording failed: {stats.failure}; "
                          f"{stats.unrecorded} records unrecorded")
            self.writer = None

    def _record_open(self) -> None:
        """Record every flow still in flight as the proxy stops (SIGTERM, Ctrl-C, mitmproxy's
        ``q``): a request whose response had not come is an exchange with error ``STOPPED``, an
        open raw TCP/UDP flow gets its connection row, a DNS query without answer its exchange.
        Messages of open WebSocket/TCP/UDP flows are already recorded one by one; an open raw
        TCP/UDP flow also gets an errors row of kind ``proxy-stopped`` saying it was cut short."""
        for flow in list(self._open.values()):
            if isinstance(flow, http.HTTPFlow):
                self._record_http(flow, stopped=True)
            elif isinstance(flow, tcp.TCPFlow | udp.UDPFlow):
                self._stream_end(flow, stopped=True)
            elif isinstance(flow, dns.DNSFlow) and flow.response is None:
                self._dns(flow, stopped=True)
        self._open.clear()

    def done(self) -> None:
        # mitmproxy calls ``done`` before it tears the connections down (``Master.run``), so the
        # flows still waiting are recorded here, while the writer still runs.
        self._record_open()
        self._close()


def _listen_text() -> str:
    modes = ",".join(ctx.options.mode) if ctx.options.mode else "regular"
    host = ctx.options.listen_host or "*"
    port = ctx.options.listen_port
    return f"proxy {modes} {host}" + (f":{port}" if port else "")


addons = [PhoneHome()]
