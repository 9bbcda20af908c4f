"""``pelayanan serve``: run the reference HTTP service (needs ``pip install 'pelayanan[server]'``).

The service answers ``POST /validate``, ``POST /ikm``, ``GET /deadline``, ``GET /rules``,
``GET /schema/{name}`` and ``GET /healthz`` with the JSON the commands print; its OpenAPI document
is at ``/openapi.json``. It listens on 127.0.0.1 unless told otherwise: put it behind a reverse
proxy (TLS, authentication) before opening it to a network.
"""

from __future__ import annotations

import argparse
from typing import Any, Final

from ._common import EXIT_OK, UsageError, describe, said

DEFAULT_MAX_BODY_BYTES: Final = 10 * 1024 * 1024
"""The largest request body accepted unless configured: 10 MiB."""

_DESCRIPTION_ID: Final = (
    "pelayanan serve: jalankan layanan HTTP rujukan (memerlukan pip install 'pelayanan[server]')."
)
"""The first paragraph of the module's docstring in Indonesian, for ``--help --lang id``."""


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        msg = said(
            f"{text!r} bukan port; tulis bilangan dari 1 sampai 65535",
            f"{text!r} is not a port; write a number from 1 to 65535",
        )
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _size(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        msg = said(
            f"{text!r} bukan ukuran; tulis jumlah bita paling kecil 1",
            f"{text!r} is not a size; write a number of bytes of at least 1",
        )
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``serve`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help=said(
            "jalankan layanan HTTP (POST /validate, /ikm; GET /deadline, /rules, /schema)",
            "run the HTTP service (POST /validate, /ikm; GET /deadline, /rules, /schema)",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help=said(
            "alamat yang didengarkan (bawaan: 127.0.0.1)",
            "address to listen on (default: 127.0.0.1)",
        ),
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=8000,
        help=said("port (bawaan: 8000)", "port (default: 8000)"),
    )
    parser.add_argument(
        "--max-body",
        type=_size,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="BYTES",
        help=said(
            "ukuran maksimal isi permintaan; yang lebih besar dijawab 413 "
            f"(bawaan: {DEFAULT_MAX_BODY_BYTES})",
            f"largest request body; larger ones get 413 (default: {DEFAULT_MAX_BODY_BYTES})",
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    # Loaded here, not with the command list: FastAPI takes a second to import.
    from .server import serve  # noqa: PLC0415

    try:
        serve(args.host, args.port, max_body_bytes=args.max_body)
    except OSError as exc:  # the port is taken, the address is not this machine's
        msg = f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
        raise UsageError(msg) from None
    return EXIT_OK
