"""Language knowledge as data: one package per language, one table per module."""
