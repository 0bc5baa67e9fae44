def register(router):
    """Adds this domain's read-only endpoints to the API router."""
