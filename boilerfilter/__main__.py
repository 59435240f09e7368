"""``python -m boilerfilter``: the same as the ``boilerfilter`` command."""
import sys

from .cli import main

if __name__ == "__main__":  # worker processes re-import this module: they must not run main
    sys.exit(main())
