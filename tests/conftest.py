"""What every test worker does first."""

import sys

import pytest

# Test modules, rewritten by pytest for its assertion messages, and the
# package's modules are cached as bytecode even where PYTHONDONTWRITEBYTECODE
# is set: without the cache each worker compiles them all again at every run,
# half of its start-up (2 s of CPU a worker on this machine).
sys.dont_write_bytecode = False


@pytest.fixture(scope="module")
def cleaner():
    """A Cleaner with the default settings, one for each test module; a module that wants other settings
    makes its own fixture of this name."""
    from cleaner import Cleaner  # imported here, after the bytecode setting above applies to the package

    return Cleaner()
