"""`python -m bot` is the same CLI as `newsbrief`."""

from bot.cli import main

raise SystemExit(main())
