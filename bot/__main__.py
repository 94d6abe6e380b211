"""`python -m bot` is the same CLI as `newsbrief`."""

from bot.cli.main import main

raise SystemExit(main())
