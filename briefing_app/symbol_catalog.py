"""APP-6D unit symbols to choose from."""
