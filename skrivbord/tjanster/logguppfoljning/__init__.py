"""Logguppföljning: protokollen över granskade åtkomstloggar (``protokoll``), MAS lista
över journalsystem (``journalsystem``), årssammanställningen för
patientsäkerhetsberättelsen (``arssammanstallning``) och PDF:erna (``utskrift``).

Påminnelser om månadskontroller och förslag på stickprovsdagar kommer från
egenkontrollernas schema (tjanster/egenkontroller), inte härifrån; se
``protokoll.spara`` för var en sparad granskning ska markera sitt tillfälle utfört.
"""
