"""Helper module whose body raises."""
print("mod_raises: executing")
value = 1
raise ValueError("error during import of mod_raises")
