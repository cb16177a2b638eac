"""Logguppföljning: reviews of the journal system's access logs."""
