"""English tables: each module holds one UPPERCASE constant (and small lookups over it)."""
