"""What every test worker does first."""

import sys

# Test modules, rewritten by pytest for its assertion messages, and the
# package's modules are cached as bytecode even where PYTHONDONTWRITEBYTECODE
# is set: without the cache each worker compiles them all again at every run,
# half of its start-up (2 s of CPU a worker on this machine).
sys.dont_write_bytecode = False
