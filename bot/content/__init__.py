"""Pure CPU stages over feed bytes and text: parse, clean, summarize, quotes, attribution,
relevance, tags, clustering, filters. No IO and no store; this code runs in the process pool."""
