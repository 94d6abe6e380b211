"""bot/runtime/aiohttp_import.py: aiohttp imported without the CA bundle in the default context
that never verifies, the verifying one as before, `ssl` left as it was."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, ssl
from bot.runtime.aiohttp_import import import_aiohttp
import_aiohttp()
import_aiohttp()  # again: a no-op
from aiohttp import connector
verified, unverified = connector._SSL_CONTEXT_VERIFIED, connector._SSL_CONTEXT_UNVERIFIED
fresh = ssl.create_default_context()
print(json.dumps({
    "verified_cas": verified.cert_store_stats()["x509_ca"],
    "fresh_cas": fresh.cert_store_stats()["x509_ca"],
    "verified_mode": int(verified.verify_mode), "hostname": verified.check_hostname,
    "unverified_cas": unverified.cert_store_stats()["x509_ca"],
    "unverified_mode": int(unverified.verify_mode),
    "ssl_patched": "set_default_verify_paths" in vars(ssl.SSLContext),
}))
"""


def test_only_the_context_that_never_verifies_goes_without_the_ca_bundle() -> None:
    """In a fresh interpreter (this one imported aiohttp long ago)."""
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                         check=True).stdout
    got = json.loads(out)
    # the verifying context holds what a new default context holds (the system's CAs)
    assert got["verified_cas"] == got["fresh_cas"]
    assert got["verified_mode"] == 2 and got["hostname"] is True  # CERT_REQUIRED
    # the unverified one verifies nothing, so it reads no CA store: none was loaded
    assert got["unverified_mode"] == 0 and got["unverified_cas"] == 0  # CERT_NONE
    assert got["ssl_patched"] is False  # ssl.SSLContext as it was
