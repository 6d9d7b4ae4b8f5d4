"""`python -m tdkt`: the same command line as `tdkt`."""

from tdkt.cli import main

raise SystemExit(main())
