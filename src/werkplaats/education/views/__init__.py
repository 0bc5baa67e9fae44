"""Pages of the education bridge: the public board and programmes (``board``), the journey of an
offer (``journey``), teaching cases and what practice asks (``cases``)."""
