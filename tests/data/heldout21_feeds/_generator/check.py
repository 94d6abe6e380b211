"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it.
The shared check knows the codecs of earlier sets; this set adds ISO-8859-15, which is
registered here so that the shared file stays as it is."""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
COMMON = HERE.parent.parent / "heldout_common" / "check.py"
spec = importlib.util.spec_from_file_location("heldout_check", COMMON)
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)
check.ENC.setdefault("iso-8859-15", "iso-8859-15")
sys.exit(check.main())
