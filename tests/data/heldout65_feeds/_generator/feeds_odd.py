FEEDS = []
