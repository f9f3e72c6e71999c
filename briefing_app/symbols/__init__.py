"""APP-6D unit symbols: the catalogue to choose from."""
