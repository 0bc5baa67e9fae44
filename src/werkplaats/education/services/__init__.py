"""The education bridge's business rules: offers and their journey (``offers``, ``journey``),
what comes back (``returns``), teaching cases (``cases``)."""
