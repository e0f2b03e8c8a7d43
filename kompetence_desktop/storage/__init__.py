"""Storage: the .kompetence file. The only package that writes SQL."""
