"""Infrastructure every layer may use: paths of what ships, the user's folders, files
written atomically, JSON read with errors that name the place, the log, derived caches."""
