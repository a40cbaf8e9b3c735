"""Sub-commands of the ``desk`` command line; each module defines ``register(subparsers)``."""
