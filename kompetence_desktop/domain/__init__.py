"""The domain of Kompetence Desktop: no Qt, no SQL."""
