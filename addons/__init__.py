"""mitmproxy glue for phonehome: thin addons that hand flows to ``analysis``."""
