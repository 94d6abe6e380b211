"""Importing aiohttp without loading the CA bundle into a context that never verifies.

aiohttp makes its two default SSL contexts when it is imported (aiohttp/connector.py,
`_make_ssl_context`): the verified one (`ssl.create_default_context()`) and an unverified one
(CERT_NONE, no host name check, used for `ssl=False`), which it also gives the system's CA
bundle with `set_default_verify_paths()`. Each load parses every certificate of the bundle
(~20 ms of CPU, the GIL held throughout): ~40% of the instructions of `import aiohttp`, on the
path of every `newsbrief run` before its first fetch. A context that verifies nothing never
reads its CA store, so the unverified one is made without it; the verified one loads it as
before.
"""

from __future__ import annotations

import ssl
import sys


def import_aiohttp() -> None:
    """Import aiohttp (once; a no-op if it is imported already), its unverified default SSL
    context made without the CA bundle."""
    if "aiohttp" in sys.modules:
        return
    own = "set_default_verify_paths" in vars(ssl.SSLContext)  # else _ssl._SSLContext's
    load = ssl.SSLContext.set_default_verify_paths

    def unless_unverified(context: ssl.SSLContext) -> None:
        if context.verify_mode != ssl.CERT_NONE:
            load(context)

    ssl.SSLContext.set_default_verify_paths = unless_unverified  # type: ignore[method-assign,assignment]
    try:
        import aiohttp  # noqa: F401 - imported for its side effect here
    finally:
        if own:
            ssl.SSLContext.set_default_verify_paths = load  # type: ignore[method-assign]
        else:
            del ssl.SSLContext.set_default_verify_paths
