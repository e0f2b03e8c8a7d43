"""Kompetence Desktop: competence development for one Danish social tilbud."""

__version__ = "0.1.0"
APP_NAME = "Kompetence Desktop"
