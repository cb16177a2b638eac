"""Logguppföljningens PDF:er: protokoll-mallen (tom, offentlig), det ifyllda protokollet
(internt) och årssammanställningen för patientsäkerhetsberättelsen (offentlig, bara antal)."""
