"""voc.lazy: package names imported on first read, then kept on the package."""

from __future__ import annotations

import subprocess
import sys


def test_a_lazy_name_is_imported_on_first_read_and_unknown_names_fail_clearly():
    code = (
        "import sys, voc.lang\n"
        "assert 'voc.lang.pipeline' not in sys.modules\n"
        "assert 'process' in dir(voc.lang)\n"
        "p = voc.lang.process\n"
        "assert 'voc.lang.pipeline' in sys.modules and vars(voc.lang)['process'] is p\n"
        "try:\n"
        "    voc.lang.nothing\n"
        "except AttributeError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "module 'voc.lang' has no attribute 'nothing'"
