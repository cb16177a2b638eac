"""Use cases. Each public function opens one short unit of work on a Databas,
commits or rolls back, and returns plain dataclasses (never live ORM objects)."""
