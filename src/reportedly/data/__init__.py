"""Language-neutral reference data: tables that are facts about the world, not words."""
