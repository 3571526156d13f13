"""``phonehome proxy``: mitmproxy in-process with the phonehome addon.

Dump mode (``mitmproxy.tools.dump.DumpMaster``) by default, the mitmweb UI
(``mitmproxy.tools.web.master.WebMaster``) with ``--web``. SIGINT/SIGTERM shut the master down the
way ``mitmdump`` does (``mitmproxy/tools/main.py``), so the addon's ``done`` hook drains the
writer and every recorded flow is on disk before the process exits. mitmproxy is imported only
inside ``run_proxy``: the CLI stays fast for every other command.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path
from typing import Any

from analysis.errors import PhonehomeError
from analysis.live_guide import phone_setup_guide


class ProxyError(PhonehomeError):
    """The proxy cannot start with these options."""


def mode_spec(mode: str, listen_port: int | None) -> str:
    """The mitmproxy mode string; ``--listen-port`` replaces a port given in ``--mode``."""
    from mitmproxy.proxy.mode_specs import ProxyMode

    mode = mode.strip() or "regular"
    if listen_port is not None and "@" in mode:
        mode = mode.rsplit("@", 1)[0]
    try:
        ProxyMode.parse(mode)
    except ValueError as exc:
        raise ProxyError(f"--mode {mode!r}: {exc}") from exc
    return mode


def _set_pairs(values: list[str]) -> list[str]:
    for v in values:
        if "=" not in v:
            raise ProxyError(f"--set {v!r}: expected OPTION=VALUE (a mitmproxy option)")
    return values


class _Announce:
    """Prints the phone set-up guide (and the WireGuard QR code) once the servers listen."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    async def running(self) -> None:
        from mitmproxy import ctx

        proxyserver: Any = ctx.master.addons.get("proxyserver")
        out = sys.stdout
        for server in proxyserver.servers:
            addrs = ", ".join(f"{a[0]}:{a[1]}" for a in server.listen_addrs)
            print(f"phonehome: {server.mode.full_spec} listening on {addrs}", file=out)
            port = server.listen_addrs[0][1] if server.listen_addrs else None
            if not self.args.quiet:
                print(phone_setup_guide(server.mode.full_spec, self.args.listen_host or "",
                                        port, ctx.options.confdir), file=out)
            conf = getattr(server, "client_conf", lambda: None)()
            if conf:
                print("WireGuard client configuration:\n" + conf, file=out)
                _print_qr(conf)
        print(f"phonehome: recording into {self.args.db}; Ctrl-C or SIGTERM stops and keeps "
              "everything recorded", file=out, flush=True)


def _print_qr(text: str) -> None:
    try:
        import segno
    except ImportError:  # optional: the configuration text above is enough
        print("(install 'segno' to get a QR code here)")
        return
    segno.make(text, error="l").terminal(out=sys.stdout, compact=True)


async def _run(args: argparse.Namespace) -> int:
    from mitmproxy import exceptions, options

    from addons.phonehome import PhoneHome

    opts = options.Options()
    if args.web:
        from mitmproxy.tools.web.master import WebMaster

        master: Any = WebMaster(opts, with_termlog=not args.quiet)
    else:
        from mitmproxy.tools.dump import DumpMaster

        master = DumpMaster(opts, with_termlog=True, with_dumper=False)
    addon = PhoneHome()
    master.addons.add(addon, _Announce(args))
    try:
        if args.confdir:
            opts.update(confdir=str(Path(args.confdir).expanduser()))
        opts.set(*_set_pairs(args.set), defer=False)
        opts.update(
            mode=[mode_spec(args.mode, args.listen_port)],
            listen_host=args.listen_host or "",
            listen_port=args.listen_port,
            termlog_verbosity="error" if args.quiet else "info",
        )
        if args.web:
            opts.update(web_port=args.web_port, web_open_browser=False)
        opts.update(
            phonehome_max_body=args.max_body,
            phonehome_app=args.app,
            phonehome_label=args.label,
            phonehome_consent=args.consent,
            phonehome_live=args.live,
            phonehome_device=str(args.device) if args.device else None,
            phonehome_db=str(args.db),
        )
    except exceptions.OptionsError as exc:
        addon.done()
        raise ProxyError(str(exc)) from exc

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, master.shutdown)
    await master.run()
    # The addon's ``done`` hook has recorded every flow, finished or still waiting. What is left
    # is asyncio.run cancelling the open connection tasks, an expected end that must not print
    # a traceback.
    loop.set_exception_handler(_quiet_cancel)
    stats = addon.last_stats
    if stats is None:
        return 1
    print(f"phonehome: stopped; recorded {stats.exchanges} exchanges, {stats.connections} "
          f"connections, {stats.dns_answers} DNS answers, {stats.errors} errors into {args.db}",
          flush=True)
    if stats.failure:
        print(f"phonehome: error: recording failed: {stats.failure} "
              f"({stats.unrecorded} records not written)", file=sys.stderr, flush=True)
        return 1
    return 0


def _quiet_cancel(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Drop CancelledError reports at shutdown; anything else goes to asyncio's default handler.

    On Python 3.11, ``asyncio.streams.StreamReaderProtocol`` calls ``task.exception()`` in a done
    callback of a client connection task without checking ``task.cancelled()`` first, so each
    connection still open when ``asyncio.run`` cancels the remaining tasks was reported as
    "Exception in callback ... CancelledError" (QA round 2, a request waiting at SIGTERM)."""
    if isinstance(context.get("exception"), asyncio.CancelledError):
        return
    loop.default_exception_handler(context)


def run_proxy(args: argparse.Namespace) -> int:
    """Run the proxy until SIGINT/SIGTERM; 0 when everything was recorded, 1 otherwise."""
    for name, default in (("confdir", None), ("set", []), ("quiet", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.max_body < 0:
        raise ProxyError(f"--max-body must be 0 or more bytes, not {args.max_body}")
    return asyncio.run(_run(args))
