from tests.support.feedserver import feedserver  # noqa: F401  (the shared fault-injecting server)
