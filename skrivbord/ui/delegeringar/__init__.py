"""Delegeringar: delegations of health-care tasks to care staff."""
