"""``python -m desk``: same as the ``desk`` command."""
import sys

from desk.cli import main

sys.exit(main())
