"""Entry point of pyarena's sandbox harness: python3 -S -s -P -B harness.py JOB_DIR.

The work is in pyarena_harness, which is precompiled when the harness is staged (a script is
compiled at every start; an imported module with a .pyc is not).
"""
import sys

sys.path.insert(0, __file__.rpartition("/")[0])
import pyarena_harness  # noqa: E402

del sys.path[0]
pyarena_harness.run()
